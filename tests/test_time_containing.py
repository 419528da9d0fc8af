"""An act placed inside a meeting ("agreed during talks in X", "halted the talks during
the meetings") is dated by the meeting. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from parley.nlp.context import DocContext
from parley.time import date_for


@pytest.fixture(scope="module")
def make(make_time_ctx):
    return make_time_ctx


def _span(ctx: DocContext, word: str, nth: int = 0) -> tuple[str | None, str | None]:
    found = date_for(ctx, [t.i for t in ctx.doc if t.text == word][nth])
    return found.earliest, found.latest


def test_a_deal_agreed_during_anchored_talks_takes_the_talks_date(make):
    text = ("The war has dragged on for a year and a half.\n\n"
            "Above all, during talks in Istanbul, a draft accord was accepted by both "
            "delegations.")
    ctx = make(text, when=date(2023, 9, 30), profile="russia-ukraine")
    assert _span(ctx, "talks") == ("2022-03-29", "2022-03-29")
    assert _span(ctx, "accord") == ("2022-03-29", "2022-03-29")


def test_an_act_during_the_meetings_on_talks_takes_those_talks_date(make):
    text = ("Envoys of both armies opened negotiations in Juba on 14 June 2021.\n\n"
            "Critics say the neighbours froze the Juba negotiations during the meetings "
            "because they wanted more leverage.")
    ctx = make(text, when=date(2023, 9, 30))
    assert _span(ctx, "froze") == ("2021-06-14", "2021-06-14")


def test_without_a_meeting_the_act_stays_undated(make):
    text = ("Envoys of both armies opened negotiations in Juba on 14 June 2021.\n\n"
            "Critics say the neighbours froze the Juba negotiations because they wanted "
            "more leverage.")
    ctx = make(text, when=date(2023, 9, 30))
    assert _span(ctx, "froze") == (None, None)


def test_a_meeting_arranged_on_a_day_keeps_its_own_date(make):
    text = ("Envoys of the two armies met in Jeddah on Saturday 6 May 2023.\n\n"
            "The meeting was organised during a call between the Saudi and American "
            "foreign ministers on Thursday.")
    ctx = make(text, when=date(2023, 5, 7))
    assert _span(ctx, "call") == ("2023-05-04", "2023-05-04")
    assert _span(ctx, "meeting") == ("2023-05-06", "2023-05-06")


def test_a_meeting_still_planned_is_dated_by_its_plan(make):
    ctx = make("A further meeting of the two envoys is planned in Jeddah on 20 May.",
               when=date(2023, 5, 7))
    assert _span(ctx, "meeting") == ("2023-05-20", "2023-05-20")


def test_a_meeting_arranged_for_a_day_is_dated_by_that_day(make):
    ctx = make("The envoys arranged a meeting for 20 May 2023.", when=date(2023, 5, 7))
    assert _span(ctx, "meeting") == ("2023-05-20", "2023-05-20")


def test_what_the_terms_of_a_deal_call_for_takes_the_deal_s_date(make):
    text = ("The two sides signed an accord in Doha on 4 May 2021.\n\n"
            "The terms of the accord called for the rebels to disarm and for the army to "
            "leave the northern districts.")
    ctx = make(text, when=date(2021, 6, 1))
    assert _span(ctx, "disarm") == ("2021-05-04", "2021-05-04")
    assert _span(ctx, "leave") == ("2021-05-04", "2021-05-04")


def test_what_a_plan_requires_takes_the_plan_s_date(make):
    text = ("Mediators presented a plan on 2 March 2021.\n\n"
            "The plan requires the militia to withdraw from the port.")
    ctx = make(text, when=date(2021, 6, 1))
    assert _span(ctx, "withdraw") == ("2021-03-02", "2021-03-02")


def test_the_day_after_a_clause_the_parser_splits_counts_from_the_verb_before(make):
    # the parser reads "the day after the envoys" as a noun phrase and hangs "met" on
    # the root: the meeting is still the day before the offer
    text = ("The talks came about after Kenya offered on 12 March 2024 to host them in "
            "Nairobi, the day after the envoys of both armies met in Juba and agreed a "
            "local truce.")
    ctx = make(text, when=date(2024, 3, 20))
    assert _span(ctx, "met") == ("2024-03-11", "2024-03-11")


def test_the_day_after_as_a_noun_phrase_of_the_verb(make):
    text = ("Ankara proposed on Sunday 11 May 2025 to host direct talks, the day after the "
            "heads of four European governments travelled to Kyiv and demanded a truce.")
    ctx = make(text, when=date(2025, 5, 16))
    assert _span(ctx, "travelled") == ("2025-05-10", "2025-05-10")
    assert _span(ctx, "demanded") == ("2025-05-10", "2025-05-10")


def test_an_added_item_does_not_take_the_paragraph_s_date(make):
    text = ("Envoys of the two armies first met in Juba on 14 June 2021. Additionally, the "
            "army joined talks hosted by Kenya. These discussions might have led to a "
            "truce.")
    ctx = make(text, when=date(2023, 9, 30))
    assert _span(ctx, "met") == ("2021-06-14", "2021-06-14")
    assert _span(ctx, "talks") == (None, None)
    assert _span(ctx, "truce") == (None, None)
