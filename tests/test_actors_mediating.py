"""Actors cast as mediators: "X-mediated" after a preposition, and the dictionaries'
collective adjectives ("African mediators"). Sentences written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from parley.actors import recognise
from parley.actors.dictionary import Dictionary, load_file
from parley.errors import RuleError
from parley.nlp.context import DocContext
from parley.records import Document


def codes(nlp, text: str) -> list[str]:
    ctx = DocContext(Document(id="t", text=text), nlp(text), when=date(2024, 3, 1))
    return [m.actor.code for m in recognise(ctx)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Progress was made in the Kenya-mediated talks between the two armies.", "KEN"),
        ("Both sides signed on to the Qatar-brokered text in the end.", "QAT"),
        ("Delegates returned to the Ghana-hosted round after a week.", "GHA"),
    ],
)
def test_state_before_a_mediating_participle_acts(nlp, text: str, code: str) -> None:
    assert code in codes(nlp, text)


def test_state_before_backed_still_no_actor(nlp) -> None:
    assert "IRN" not in codes(nlp, "Fighting raged in the Iran-backed enclave for days.")


def test_regions_field_is_read_and_checked(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text("organisations:\n- {code: SAARC, names: [SAARC], "
                    "regions: [South Asian, regional]}\n", encoding="utf-8")
    d = Dictionary()
    load_file(d, good)
    assert d.regions["south asian"] == ["SAARC"] and d.regions["regional"] == ["SAARC"]
    bad = tmp_path / "bad.yaml"
    bad.write_text("states:\n- {code: XYZ, names: [Xyzland], regions: [Xyzian]}\n",
                   encoding="utf-8")
    with pytest.raises(RuleError, match="regions"):
        load_file(Dictionary(), bad)


def test_army_led_government_in_a_home_city_is_the_home_government(nlp) -> None:
    text = ("The RSF took the city in April. The army-led government in Port Sudan protested "
            "the next day.")
    assert "SDNGOV" in codes(nlp, text)


def test_government_in_exile_is_not_the_home_government(nlp) -> None:
    text = "The RSF took the city in April. The government in exile protested the next day."
    assert "SDNGOV" not in codes(nlp, text)


def test_government_beside_a_group_of_one_state_among_several(nlp) -> None:
    text = ("The Houthis kept firing at ships while Hamas fought on in Gaza. Talks resumed in "
            "May, and the government and the Houthis agreed to reopen roads.")
    assert "YEMGOV" in codes(nlp, text)


def test_forces_from_tigray_are_the_tplf(nlp) -> None:
    text = "The Ethiopian government and regional forces from Tigray agreed to stop fighting."
    assert "ETHTPLF" in codes(nlp, text)
