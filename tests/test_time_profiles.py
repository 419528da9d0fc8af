"""Conflict profiles: every shipped file loads, validation names the problem, selection."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from parley.errors import RuleError
from parley.nlp.context import DocContext, Mention
from parley.records import Actor, Document
from parley.time import select_profile
from parley.time.lexicon import LEXICON_PATH, parse_lexicon
from parley.time.profiles import PROFILE_DIR, _load_all, all_profiles, load_profile

SHIPPED = sorted(PROFILE_DIR.glob("*.yaml"))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_time_profiles_every_shipped_file_loads(path):
    profile = load_profile(path)
    assert profile.name == path.stem
    assert profile.anchors and profile.countries
    for anchor in profile.anchors:
        assert anchor.start <= anchor.end


def test_time_profiles_required_ones_exist():
    names = set(all_profiles())
    assert {
        "russia-ukraine",
        "sudan-2023",
        "ethiopia-tigray",
        "colombia-farc",
        "israel-hamas",
        "yemen",
        "armenia-azerbaijan",
    } <= names


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("name: Bad Name\ncountries: [RUS]\nstart: 2020-01-01\nanchors: []\n", "name"),
        ("name: x\ncountries: [RUS]\nstart: someday\nanchors: []\n", "start"),
        (
            "name: x\ncountries: [RUS]\nstart: 2020-01-01\nanchors:\n"
            "  - {id: a, start: 2020-02-02, end: 2020-01-01, aliases: [the a]}\n",
            "anchors[a]",
        ),
        (
            "name: x\ncountries: [RUS]\nstart: 2020-01-01\nanchors:\n"
            "  - {id: a, start: 2020-02-02}\n",
            "alias",
        ),
        ("name: x\nstart: 2020-01-01\nanchors: []\n", "countries"),
        ("name: x\ncountries: [RUS]\nstart: 2020-01-01\nanchors: []\ncolour: red\n", "colour"),
        ("- just a list\n", "mapping"),
    ],
)
def test_time_profiles_invalid_file_names_file_and_entry(tmp_path, body, message):
    path = tmp_path / "bad.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_profile(path)
    assert str(path) in str(err.value) and message in str(err.value)


def test_time_profiles_user_directory_from_env(tmp_path, monkeypatch):
    (tmp_path / "drc.yaml").write_text(
        "name: drc-m23\ncountries: [COD]\ncodes: [CODM23]\nstart: 2021-11-01\nanchors:\n"
        "  - {id: luanda, start: 2022-11-23, aliases: [the Luanda summit]}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("PARLEY_PROFILES", str(tmp_path))
    _load_all.cache_clear()
    try:
        assert "drc-m23" in all_profiles()
        assert "russia-ukraine" in all_profiles()
    finally:
        monkeypatch.delenv("PARLEY_PROFILES")
        _load_all.cache_clear()


def test_time_profiles_shipped_lexicon_is_valid():
    import yaml

    raw = yaml.safe_load(Path(LEXICON_PATH).read_text(encoding="utf-8"))
    assert parse_lexicon(raw, "lexicon.yaml").months["Sept"] == 9
    raw["months"]["Smarch"] = 13
    with pytest.raises(RuleError, match=r"months\.Smarch"):
        parse_lexicon(raw, "lexicon.yaml")


@pytest.fixture(scope="module")
def empty_ctx(nlp):
    text = "Talks were held."
    return lambda: DocContext(
        document=Document(id="t", text=text), doc=nlp(text), when=date(2023, 6, 1)
    )


def _mention(code: str, country: str | None) -> Mention:
    return Mention(actor=Actor(code=code, country=country), start_token=0, end_token=1, sentence=0)


def test_time_profiles_select_ignores_conflicts_not_yet_begun(empty_ctx):
    ctx = empty_ctx()  # dated 2023-06-01, before 7 October 2023
    ctx.mentions = [_mention("PSEHAM", "PSE"), _mention("ISRGOV", "ISR")]
    assert select_profile(ctx, None) is None


def test_time_profiles_select_by_name_and_alias(empty_ctx):
    by_name = select_profile(empty_ctx(), "russia-ukraine")
    by_alias = select_profile(empty_ctx(), "Sudan")
    assert by_name is not None and by_name.name == "russia-ukraine"
    assert by_alias is not None and by_alias.name == "sudan-2023"


def test_time_profiles_unknown_name_lists_known(empty_ctx):
    with pytest.raises(RuleError, match="russia-ukraine"):
        select_profile(empty_ctx(), "atlantis")


@pytest.mark.parametrize(
    ("mentions", "expected"),
    [
        ([], None),
        ([("RUSGOV", "RUS"), ("UKRGOV", "UKR"), ("USAGOV", "USA")], "russia-ukraine"),
        ([("SDNRSF", "SDN"), ("SDNMIL", "SDN"), ("SAU", "SAU"), ("USA", "USA")], "sudan-2023"),
        ([("PSEHAM", "PSE"), ("ISRGOV", "ISR"), ("QAT", "QAT")], "israel-hamas"),
        ([("USAGOV", "USA"), ("QAT", "QAT")], None),  # only mediators
        ([("RUSGOV", "RUS")], None),  # too little evidence
        ([("RUSGOV", "RUS"), ("UKR", "UKR"), ("SDNRSF", "SDN"), ("SDNMIL", "SDN")], None),  # tie
    ],
)
def test_time_profiles_select_from_mentions(empty_ctx, mentions, expected):
    ctx = empty_ctx()
    ctx.when = date(2024, 6, 1)
    ctx.mentions = [_mention(code, country) for code, country in mentions]
    profile = select_profile(ctx, None)
    assert (profile.name if profile else None) == expected
