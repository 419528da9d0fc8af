"""Dating rules for how news frames an event: a deal's end, what a deal provides for,
names quoted from someone, dates the parser hangs on a name, lists of infinitives."""

from __future__ import annotations

from datetime import date

import pytest

from parley.nlp.context import DocContext
from parley.time import date_for


@pytest.fixture(scope="module")
def make(make_time_ctx):
    return make_time_ctx


def _token(ctx: DocContext, word: str, nth: int = 0) -> int:
    return [t.i for t in ctx.doc if t.text == word][nth]


def _span(ctx: DocContext, word: str) -> tuple[str | None, str | None, str]:
    found = date_for(ctx, _token(ctx, word))
    return found.earliest, found.latest, found.basis


def test_a_named_deal_that_ended_is_dated_by_its_end(make):
    ctx = make("The Black Sea grain deal expired on Monday without being renewed.",
               when=date(2023, 7, 18), profile="russia-ukraine")
    assert _span(ctx, "deal") == ("2023-07-17", "2023-07-17", "relative")


def test_a_named_deal_keeps_its_own_date_otherwise(make):
    ctx = make("Moscow praised the Black Sea grain deal on Monday.",
               when=date(2023, 7, 18), profile="russia-ukraine")
    assert _span(ctx, "deal") == ("2022-07-22", "2022-07-22", "anchor")


def test_what_a_deal_provides_for_is_dated_by_the_deal(make):
    text = ("The two governments signed a deal on 3 March 2024. Under the deal, the army "
            "will withdraw from the border villages over the coming weeks.")
    ctx = make(text, when=date(2024, 3, 4))
    first, last, basis = _span(ctx, "withdraw")
    assert (first, last, basis) == ("2024-03-03", "2024-03-03", "inherited")
    # the deal noun in "Under the deal" is not dated by the withdrawal's time either
    assert _span(ctx, "deal")[0] == "2024-03-03"


def test_a_past_act_under_a_deal_keeps_its_own_date(make):
    text = ("The two governments signed a deal on 3 March 2024. Under the deal, the army "
            "withdrew from the border villages on 20 March 2024.")
    ctx = make(text, when=date(2024, 4, 1))
    assert _span(ctx, "withdrew") == ("2024-03-20", "2024-03-20", "explicit")


def test_a_date_the_parser_hangs_on_a_name_still_dates_the_verb(make):
    # "On 4 May Hamas announced": the date is parsed as part of the name
    ctx = make("On 4 May Hamas announced that it had accepted the mediators' proposal.",
               when=date(2024, 6, 12))
    first, last, _ = _span(ctx, "accepted")
    assert (first, last) == ("2024-05-04", "2024-05-04")


def test_within_days_of_an_anchor(make):
    ctx = make("Moscow agreed to negotiate within days of the full-scale invasion.",
               profile="russia-ukraine")
    assert _span(ctx, "negotiate") == ("2022-02-24", "2022-03-03", "anchor")


def test_an_anchor_named_in_someone_else_s_words(make):
    text = ("The envoy said Moscow agreed to negotiate within days of the start of what the "
            "Kremlin called the special military operation.")
    ctx = make(text, profile="russia-ukraine")
    assert _span(ctx, "negotiate") == ("2022-02-24", "2022-03-03", "anchor")


def test_a_list_of_what_a_proposal_would_bring(make):
    # the parser joins "give up" to "tabled"; it continues "would declare"
    text = ("Shelling continued yesterday.\nThe team tabled a package of draft ideas under "
            "which the republic would declare a neutral status, give up any bloc membership "
            "and allow no foreign troops.")
    ctx = make(text)
    first, last, basis = _span(ctx, "give")
    assert (first, last, basis) == ("2023-09-29", "2023-09-29", "inherited")


def test_what_a_text_declares_is_dated_by_the_text(make):
    text = ("The ministers cited the decree the president signed on 3 March 2024, declaring "
            "that any negotiations with the rebels were impossible.")
    ctx = make(text)
    assert _span(ctx, "negotiations") == ("2024-03-03", "2024-03-03", "inherited")


def test_shortly_before_the_talks_opened_counts_from_the_talks(make):
    # "the talks" refer back to the consultations: another noun for the same kind of event
    text = ("Envoys ended a week of consultations in Oslo on 12 May 2024. The delegations had "
            "swapped prisoners under a deal agreed shortly before the talks opened.")
    ctx = make(text)
    assert _span(ctx, "agreed") == ("2024-05-05", "2024-05-12", "inherited")


def test_a_narrower_date_refines_a_wider_one_on_the_same_verb(make):
    text = ("Earlier this month, at talks with the mediators in Doha on 11 September, the "
            "rebels said they were ready to accept a truce.")
    ctx = make(text)
    first, last, _ = _span(ctx, "ready")
    assert (first, last) == ("2023-09-11", "2023-09-11")


def test_a_date_inside_a_since_phrase_does_not_narrow_it(make):
    text = ("The envoy has spoken with both leaders several times since the war began on "
            "24 February 2022.")
    ctx = make(text, profile="russia-ukraine")
    first, last, _ = _span(ctx, "spoken")
    assert first == "2022-02-24" and last == "2023-09-30"


def test_what_an_earlier_statement_said_would_come_is_dated_by_the_report(make):
    text = ("The talks resumed on Tuesday.\nThe president announced the deal, saying the "
            "rebels had told the mediators that the army would halt its offensive.")
    ctx = make(text)
    found = date_for(ctx, _token(ctx, "halt"))
    assert (found.earliest, found.latest, found.basis) == ("2023-09-26", "2023-09-26",
                                                           "inherited")
    assert found.confidence <= 0.2


def test_its_offer_is_the_offer_of_what_the_sentence_before_is_about(make):
    text = ("The Geneva memorandum was signed on 3 May 2024 by both delegations.\n\n"
            "Its main offer was simple: the rebels would hand over their heavy weapons.")
    ctx = make(text)
    assert _span(ctx, "offer")[:2] == ("2024-05-03", "2024-05-03")
    assert _span(ctx, "hand")[:2] == ("2024-05-03", "2024-05-03")


def test_under_pressure_frames_nothing(make):
    text = ("Mediators met in Doha on 2 September. Under pressure from Washington, the "
            "government will send negotiators to Cairo next week.")
    ctx = make(text)
    assert _span(ctx, "send") == ("2023-10-02", "2023-10-08", "relative")


def test_a_commitment_to_act_listed_after_including_is_dated_by_the_deal(make):
    text = ("The envoys met on Tuesday.\nThe negotiators agreed on several changes, "
            "including a commitment by the rebels to hand over their weapons.")
    ctx = make(text)
    found = date_for(ctx, _token(ctx, "hand"))
    assert (found.earliest, found.latest) == ("2023-09-26", "2023-09-26")
