"""Modality: reported speech acts, hearsay, scheduled events, negation by "no sign of".

All sentences are written for these tests; they paraphrase no article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from parley.errors import RuleError
from parley.events import extract_events
from parley.events.modality import load_cues, parse_cues
from parley.nlp.context import DocContext
from parley.records import Event

Ctx = Callable[..., DocContext]


def _one(events: list[Event], etype: str) -> Event:
    found = [e for e in events if e.type == etype]
    assert found, f"no {etype} event in {[e.type for e in events]}"
    return found[0]


def test_modality_cue_file_loads() -> None:
    cues = load_cues()
    assert "reportedly" in cues.hearsay_adverbs and "due" in cues.scheduled


def test_modality_cue_file_problems_all_reported() -> None:
    with pytest.raises(RuleError) as err:
        parse_cues({"negation": {"determiners": "no"}}, "x.yaml")
    assert "negation.determiners" in str(err.value) and "reported.adverbs" in str(err.value)


@pytest.mark.parametrize(
    ("text", "etype", "modality"),
    [
        ("Serbian and Kosovan envoys are due to meet in Brussels next week.", "talks",
         "hypothetical"),
        ("Under the accord, a ceasefire between Armenia and Azerbaijan is to begin on Friday.",
         "ceasefire", "hypothetical"),
        ("The ceasefire between Israel and Hamas is set to expire on Friday.", "ceasefire",
         "asserted"),
        ("The meeting produced a pledge of a ceasefire between Armenia and Azerbaijan that "
         "never materialised.", "ceasefire", "negated"),
        ("The round in Geneva made no progress towards a ceasefire between the army and the "
         "RSF.", "ceasefire", "negated"),
        ("Hamas reportedly agreed to a truce with Israel.", "ceasefire", "reported"),
    ],
)
def test_modality_of_events(make_ctx: Ctx, text: str, etype: str, modality: str) -> None:
    ev = _one(extract_events(make_ctx(text)), etype)
    assert ev.modality == modality


def test_modality_speech_act_with_clause_is_reported_by_speaker(make_ctx: Ctx) -> None:
    text = "The Houthis insisted that Riyadh pay the salaries first."
    ev = _one(extract_events(make_ctx(text)), "demand")
    assert ev.modality == "reported"
    assert ev.source is not None and ev.source.code == "YEMHOU"


def test_modality_said_ready_is_reported_willingness(make_ctx: Ctx) -> None:
    text = "The RSF said it was ready to negotiate with the army."
    ev = _one(extract_events(make_ctx(text)), "willingness")
    assert ev.modality == "reported" and ev.source.code == "SDNRSF"


def test_modality_narrated_demand_stays_asserted(make_ctx: Ctx) -> None:
    text = "Moscow demanded that Kyiv withdraw its troops from the region."
    ev = _one(extract_events(make_ctx(text)), "demand")
    assert ev.modality == "asserted"
