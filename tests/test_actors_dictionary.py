"""Dictionaries: every shipped file validates; bad data names file and entry; users extend."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from parley.actors import group_of, load_dictionaries, lookup_place, relink
from parley.actors.dictionary import DATA_DIR, SHIPPED, Dictionary, load_file
from parley.errors import RuleError
from parley.records import Actor

EXAMPLE = Path(__file__).parent.parent / "examples" / "actors-extra.yaml"


@pytest.mark.parametrize("name", SHIPPED)
def test_actors_dictionary_shipped_file_loads(name: str) -> None:
    d = Dictionary()
    load_file(d, DATA_DIR / name)
    assert d.surfaces or d.heads or d.places


def test_actors_dictionary_covers_un_members_and_fixed_codes() -> None:
    d = load_dictionaries()
    states = [e for e in d.entities.values() if e.kind == "state"]
    assert len(states) >= 195
    for code in ("UN", "UNSC", "NATO", "EU", "OSCE", "AU", "IGAD", "ICRC", "IAEA", "LAS", "GCC",
                 "ECOWAS", "EAC", "SADC", "OIC", "G7", "IMF", "SDNRSF", "ETHTPLF", "COLFARC",
                 "COLELN", "YEMHOU", "PSEHAM", "PSEPIJ", "LBNHEZ", "CODM23", "RUSWAG"):
        assert code in d.entities, code


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("states:\n- {code: rus, names: [Russia]}\n", "states[1] (rus)"),
        ("states:\n- {code: ABC, names: []}\n", "at least one name"),
        ("people:\n- {name: A Person, country: USA, roles: [{code: USAGOV, from: 2020-13-01}]}\n",
         "people[1] (A Person) role 1"),
        ("people:\n- {name: B Person, country: USA, roles: []}\n", "at least one role"),
        ("groups:\n- {code: XYZGRP, names: [Grp]}\n", "needs `country`"),
        ("weapons: []\n", "unknown section"),
        ("states:\n- {code: ABC, names: [Abc], capital: [X]}\n", "unknown field `capital`"),
        ("people:\n- {name: C Person, country: USA, roles: [{code: USAGOV, role: Envoy, "
         "Peace and Security}]}\n", "role 1: unknown field `Peace and Security`"),
    ],
)
def test_actors_dictionary_errors_name_file_and_entry(
    tmp_path: Path, content: str, fragment: str
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_file(Dictionary(), path)
    assert str(path) in str(info.value) and fragment in str(info.value)


def test_actors_dictionary_reports_every_problem_at_once(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("states:\n- {code: x1, names: [A]}\n- {code: x2, names: [B]}\n")
    with pytest.raises(RuleError) as info:
        load_file(Dictionary(), path)
    assert "states[1]" in str(info.value) and "states[2]" in str(info.value)


def test_actors_dictionary_extension_file_and_env(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "people:\n- name: Amina Example\n  country: SDN\n  aliases: [Example]\n"
        "  roles: [{code: SDNGOV, role: Envoy, from: 2024-01-01}]\n", encoding="utf-8")
    assert "Amina Example" in load_dictionaries([extra]).people
    monkeypatch.setenv("PARLEY_ACTORS", str(tmp_path))
    assert "Amina Example" in load_dictionaries().people
    monkeypatch.setenv("PARLEY_ACTORS", str(tmp_path / "missing.yaml"))
    with pytest.raises(RuleError):
        load_dictionaries()


def test_actors_dictionary_example_file_loads_and_overrides() -> None:
    d = load_dictionaries([EXAMPLE])
    assert d.entities["NATO"].name == "North Atlantic Treaty Organization"
    assert any(p.country == "SDN" for p in d.people.values() if p.name not in
               load_dictionaries().people)


@pytest.mark.parametrize(
    ("name", "when", "code"),
    [
        ("Naftali Bennett", date(2022, 3, 15), "ISRGOV"),
        ("Naftali Bennett", date(2023, 9, 30), "ISRELI"),
        ("Donald Trump", date(2019, 6, 1), "USAGOV"),
        ("Donald Trump", date(2023, 6, 1), "USAELI"),
        ("Donald Trump", date(2025, 3, 1), "USAGOV"),
        ("Antony Blinken", date(2022, 3, 1), "USAGOV"),
        ("Jens Stoltenberg", date(2022, 3, 1), "NATO"),
        ("Yahya Sinwar", date(2025, 1, 1), "PSEHAM"),
        ("Getachew Reda", date(2022, 11, 2), "ETHTPLF"),
        ("Getachew Reda", date(2023, 6, 1), "ETHTPLF"),  # Tigray interim administration
        ("Getachew Reda", date(2025, 6, 1), "ETHGOV"),
    ],
)
def test_actors_linker_relink_by_date(name: str, when: date, code: str) -> None:
    actor = Actor(code="XXX", name=name, kind="person")
    linked = relink(actor, when)
    assert linked.code == code
    assert linked.country == group_of(code)


def test_actors_linker_relink_over_a_span_that_changes_office_keeps_the_link() -> None:
    linked = Actor(code="ISRGOV", country="ISR", name="Naftali Bennett", kind="person")
    kept = relink(linked, date(2022, 1, 1), until=date(2022, 12, 31))
    assert kept is linked  # prime minister until mid-2022: the year alone cannot say
    within = relink(linked, date(2022, 3, 1), until=date(2022, 3, 31))
    assert within.code == "ISRGOV"
    later = relink(linked, date(2023, 1, 1), until=date(2023, 12, 31))
    assert later.code == "ISRELI"


def test_actors_linker_relink_leaves_collectives_alone() -> None:
    state = Actor(code="RUSGOV", country="RUS", kind="state", name="Russia")
    assert relink(state, date(2001, 1, 1)) is state


@pytest.mark.parametrize(
    ("code", "group"),
    [("RUSGOV", "RUS"), ("SDNRSF", "SDN"), ("UNSC", "UN"), ("NATO", "NATO"), ("USA", "USA"),
     ("ISRELI", "ISR"), ("PSEHAM", "PSE"), ("AUTHOR", "AUTHOR"), ("RUSBUS", "RUS")],
)
def test_actors_linker_group_of(code: str, group: str) -> None:
    assert group_of(code) == group


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [("Istanbul", "Istanbul", "TUR"), ("Jeddah", "Jeddah", "SAU"), ("doha", "Doha", "QAT"),
     ("Pretoria", "Pretoria", "ZAF"), ("the Vatican", "Vatican", "VAT"),
     ("Alma-Ata", "Alma-Ata", "KAZ"), ("Almaty", "Alma-Ata", "KAZ"), ("Brest", "Brest", "BLR"),
     ("Genève", "Geneva", "CHE"), ("Belarus", "Belarus", "BLR"), ("Moscow's", "Moscow", "RUS")],
)
def test_actors_places_lookup(text: str, name: str, country: str) -> None:
    place = lookup_place(text)
    assert place is not None and (place.name, place.country) == (name, country)


def test_actors_places_unknown_is_none() -> None:
    assert lookup_place("Atlantis") is None


def test_actors_dictionary_fingerprint_covers_head_nouns(tmp_path: Path) -> None:
    """Cached matchers are keyed by the fingerprint: new head nouns must change it."""
    heads = tmp_path / "heads.yaml"
    heads.write_text("government: [politburo]\n")
    assert load_dictionaries().fingerprint != load_dictionaries([heads]).fingerprint
