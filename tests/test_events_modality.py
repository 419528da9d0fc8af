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


@pytest.mark.parametrize(
    ("text", "etype", "modality"),
    [
        # a verb coordinated with the speech verb is the author's narration
        ("Erdogan said Russian troops would withdraw soon, and urged Ukraine to hold its "
         "fire.", "demand", "asserted"),
        # "wanted X and called on Y": want does not govern its conjunct
        ("Hamas wanted the truce to last and called on Egypt to restrain Israel.", "demand",
         "asserted"),
        # a relative clause on a place is narrated, not part of what was announced
        ("Guterres announced the accord at a ceremony in Geneva, where the Yemeni delegations "
         "had been meeting since Monday.", "talks", "asserted"),
        # a clause in the past under "insisted" reports what happened
        ("Moscow insisted that it had only acted as a facilitator between Armenia and "
         "Azerbaijan.", "mediation", "reported"),
        # a truce realised by a participle with its own agent is no mere attempt
        ("Several attempts to end the war, including a truce declared by Armenia in May, "
         "failed.", "ceasefire", "asserted"),
        # what a plan includes has not happened
        ("The plan includes a prisoner exchange and a final treaty between Russia and "
         "Ukraine.", "agreement", "hypothetical"),
        # a definite existing deal under a modal still exists
        ("Russia said it would not extend the grain deal with Ukraine.", "agreement",
         "asserted"),
        # an unrenewed truce with no one refusing did not happen
        ("After the ceasefire between Colombia and the ELN was not renewed, fighting resumed.",
         "ceasefire", "negated"),
    ],
)
def test_modality_scope_of_cues(make_ctx: Ctx, text: str, etype: str, modality: str) -> None:
    ev = _one(extract_events(make_ctx(text)), etype)
    assert ev.modality == modality


def test_modality_second_that_clause_is_reported(make_ctx: Ctx) -> None:
    text = ("The Russian negotiator said Moscow was satisfied, and that Russia and Ukraine had "
            "agreed to exchange prisoners.")
    ev = _one(extract_events(make_ctx(text)), "agreement")
    assert ev.modality == "reported" and ev.source.country == "RUS"


def test_modality_described_as_is_reported(make_ctx: Ctx) -> None:
    text = "Aliyev described the deal as a capitulation by Armenia."
    ev = _one(extract_events(make_ctx(text)), "concession")
    assert ev.modality == "reported" and ev.source.country == "AZE"


def test_modality_merged_mentions_keep_first_statement(make_ctx: Ctx) -> None:
    text = ("Qatar said it had brokered an agreement between Israel and Hamas. "
            "The agreement between Israel and Hamas takes effect on Friday.")
    ev = _one(extract_events(make_ctx(text)), "agreement")
    assert ev.modality == "reported" and ev.source.country == "QAT"


def test_an_as_clause_names_who_reports_the_event(make_ctx: Callable[..., DocContext]) -> None:
    """"..., as stated by X" attributes the event to X (docs/events.md, modality)."""
    text = "Armenia and Azerbaijan have agreed to a ceasefire, as stated by the Kremlin."
    truces = [e for e in extract_events(make_ctx(text)) if e.type == "ceasefire"]
    assert truces and truces[0].modality == "reported"
    plain = "The truce held, as agreed."
    assert all(e.modality != "reported" for e in extract_events(make_ctx(plain)))


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Cairo said real progress had been made on reaching a truce agreement in Sudan.",
         "hypothetical"),
        ("The mediators were close to securing a truce between the army and the RSF.",
         "hypothetical"),
        ("After reaching a truce in Jeddah, the army and the RSF exchanged prisoners.",
         "asserted"),
    ],
)
def test_a_deal_being_reached_for_is_an_aim(
    make_ctx: Callable[..., DocContext], text: str, modality: str
) -> None:
    truces = [e for e in extract_events(make_ctx(text)) if e.type == "ceasefire"]
    assert truces and truces[0].modality == modality
