"""The actors' cue words live in data/cues.yaml: loaded once, validated, and used."""

from __future__ import annotations

from dataclasses import fields

import pytest
import yaml

from parley.actors.lexicon import CUES_FILE, CueWords, cue_words, parse_cue_words
from parley.errors import RuleError


def shipped() -> dict:
    return yaml.safe_load(CUES_FILE.read_text(encoding="utf-8"))


def test_shipped_cue_words_load_with_every_list() -> None:
    words = cue_words()
    assert cue_words() is words  # read once
    for f in fields(CueWords):
        assert getattr(words, f.name), f.name
    assert "envoy" in words.posted and "Army" in words.armed_heads


def test_lists_that_count_other_lists_include_them() -> None:
    words = cue_words()
    assert {"government", "army"} <= words.of_state_heads  # home heads attach "of <state>"
    assert "governments" in words.of_state_heads
    assert "elect" in words.elect_words and "incoming" in words.elect_words
    assert "Brigade" in words.armed_words and "Liberation" in words.armed_words
    assert "Brigade" not in shipped()["armed_words"]  # the union is made on load


def test_yaml_words_that_are_not_strings_are_quoted() -> None:
    # "on" and "24" would load as a boolean and a number without quotes
    assert "on" in cue_words().motion_adverbs and "24" in cue_words().media_words


def test_longest_back_reference_phrase_comes_from_the_data() -> None:
    assert cue_words().name_phrase_words == 2  # "mediating states", "rebel group"
    raw = shipped()
    raw["group_nouns"] = [*raw["group_nouns"], "armed opposition group"]
    assert parse_cue_words(raw, "cues.yaml").name_phrase_words == 3


def test_every_problem_is_reported_at_once_naming_the_file() -> None:
    raw = shipped()
    del raw["posted"]
    raw["extra_list"] = ["x"]
    raw["motion_adverbs"] = ["back", True]  # an unquoted `on`
    raw["locative"] = ["in", "Inside"]
    raw["departures"] = ["leave", "leave"]
    with pytest.raises(RuleError) as err:
        parse_cue_words(raw, "bad-cues.yaml")
    message = str(err.value)
    assert message.startswith("bad-cues.yaml")
    for part in ("posted: missing list", "extra_list: unknown list", "motion_adverbs: must be",
                 "locative: lower-case words only (Inside)", "departures: a word is listed"):
        assert part in message


def test_capitalised_name_words_may_be_capitalised() -> None:
    words = parse_cue_words(shipped(), "cues.yaml")
    assert "Liberation" in words.flavour and words == cue_words()


def test_a_mapping_is_required() -> None:
    with pytest.raises(RuleError, match="mapping"):
        parse_cue_words(["envoy"], "cues.yaml")
