"""The shipped claims rule files load, and broken ones fail naming file and entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.claims.author import author_rules, parse_author_rules
from parley.claims.cues import lexicon, parse_lexicon
from parley.claims.issues import parse_rules, rules
from parley.errors import RuleError


def test_claims_rules_shipped_files_load():
    assert lexicon().verbs["claim"] == "hedged"
    assert rules().verbs["reject"] == "rejects"
    assert "deceptive" in author_rules().adjectives


@pytest.mark.parametrize(
    ("parser", "raw", "fragment"),
    [
        (parse_lexicon, {"verbs": {"neutral": ["say"]}}, "missing section"),
        (parse_lexicon, [], "top level"),
        (parse_rules, {"issues": {"ceasefire": []}, "stances": {}, "phrasal": {},
                       "table_phrases": {}}, "issues.ceasefire"),
        (parse_rules, {"issues": {"x": ["y"]}, "stances": {"likes": {"verbs": ["like"]}},
                       "phrasal": {}, "table_phrases": {}}, "stances.likes"),
        (parse_author_rules, {"adjectives": ["bad"], "nouns": [], "conduct": ["x"],
                              "markers": ["y"]}, "nouns"),
    ],
)
def test_claims_rules_invalid_data_raises(parser, raw, fragment):
    with pytest.raises(RuleError, match=fragment) as info:
        parser(raw, Path("bad.yaml"))
    assert "bad.yaml" in str(info.value)


def test_claims_rules_conflicting_cue_class_is_reported():
    raw = {key: lexicon_raw for key, lexicon_raw in _minimal().items()}
    raw["verbs"] = {"neutral": ["say"], "hedged": ["say"]}
    with pytest.raises(RuleError, match="'say' is in both"):
        parse_lexicon(raw, Path("bad.yaml"))


def _minimal() -> dict:
    return {"verbs": {"neutral": ["say"]}, "object_cues": {"denial": ["reject"]},
            "claim_nouns": ["claim"], "object_as_content": ["deny"], "phrases": [],
            "source_phrases": [], "speaker_nouns": {"GOV": ["minister"]},
            "pronouns": {"he": ["person"]}}
