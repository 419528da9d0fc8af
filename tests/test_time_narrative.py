"""Dates from the narrative and the report: the year a story is in, deadlines, the day
something was reported, the weekend, fixed holidays, things still to come."""

from __future__ import annotations

from datetime import date

import pytest

from parley.nlp.context import DocContext
from parley.time import date_for, normalise

REF = date(2023, 9, 30)  # a Saturday
REPORT = "Talks opened in Geneva on Tuesday.\n\n"  # the report's day: 2023-09-26


@pytest.fixture(scope="module")
def make(make_time_ctx):
    return make_time_ctx


def _date(ctx: DocContext, word: str, nth: int = -1):
    return date_for(ctx, [t.i for t in ctx.doc if t.text == word][nth])


@pytest.mark.parametrize(
    ("text", "earliest", "latest", "granularity"),
    [
        ("on New Year's Eve", "2022-12-31", "2022-12-31", "day"),
        ("on Christmas Day 2021", "2021-12-25", "2021-12-25", "day"),
        ("in the first week of December 2023", "2023-12-01", "2023-12-07", "week"),
        ("in the last week of May 2022", "2022-05-25", "2022-05-31", "week"),
        ("in March last year", "2022-03-01", "2022-03-31", "month"),
        ("on 3 May this year", "2023-05-03", "2023-05-03", "day"),
        ("at the weekend", "2023-09-30", "2023-10-01", "interval"),
    ],
)
def test_time_narrative_normalise(text, earliest, latest, granularity):
    found = normalise(text, REF)
    assert found is not None
    assert (found.earliest, found.latest, found.granularity) == (earliest, latest, granularity)


def test_time_narrative_partial_date_takes_the_story_year(make):
    ctx = make(
        "Mediators first brought the two sides together in Oslo in September 2021. "
        "In early March the envoys shuttled between the capitals."
    )
    found = _date(ctx, "shuttled")
    assert (found.earliest, found.latest) == ("2021-03-01", "2021-03-10")


def test_time_narrative_recent_partial_date_keeps_the_document_year(make):
    ctx = make("The sides first met in Geneva in May 2021. In August they met again.")
    assert _date(ctx, "met").earliest == "2023-08-01"


def test_time_narrative_story_year_fades(make):
    filler = "The mediators kept a low profile and spoke to nobody about it. " * 12
    ctx = make("The sides first met in Geneva in May 2021. " + filler + "In March they met again.")
    assert _date(ctx, "met").earliest == "2023-03-01"


def test_time_narrative_by_dates_what_was_done_by_then(make):
    ctx = make("By the first week of December the talks had been suspended.", date(2023, 12, 10))
    found = _date(ctx, "suspended")
    assert (found.earliest, found.latest) == ("2023-12-01", "2023-12-07")


def test_time_narrative_by_is_no_date_of_what_is_to_come(make):
    ctx = make("The accord is due to be signed by 18 October.")
    assert _date(ctx, "signed").earliest is None


def test_time_narrative_reported_day_is_a_weak_date_of_the_content(make):
    ctx = make("Talks in Geneva were halted, local media reported on Monday.")
    found = _date(ctx, "halted")
    assert (found.earliest, found.basis) == ("2023-09-25", "inherited")
    assert found.confidence < 0.5
    assert _date(ctx, "reported").confidence > 0.5


def test_time_narrative_said_on_a_day_does_not_date_what_is_to_come(make):
    ctx = make("The army said on Tuesday it would attend talks in Geneva.")
    assert _date(ctx, "talks").earliest != "2023-09-26"
    refusal = make("The rebels said on Tuesday that they would not accept the terms.")
    assert _date(refusal, "accept").earliest == "2023-09-26"


def test_time_narrative_first_since_is_no_date(make):
    ctx = make("The sides signed a truce on Friday, the first truce since the war began in 2021.")
    assert _date(ctx, "truce", 0).earliest == "2023-09-29"
    assert _date(ctx, "truce", 1).earliest != "2021-01-01"


def test_time_narrative_weekend_talks(make):
    ctx = make("The leaders reached a deal during weekend talks in Munich.", date(2024, 2, 19))
    found = _date(ctx, "talks")
    assert (found.earliest, found.latest) == ("2024-02-17", "2024-02-18")


def test_time_narrative_hypothetical_in_reported_speech_is_weak(make):
    ctx = make(REPORT + "The envoy said Moscow would accept a truce.")
    found = _date(ctx, "truce")
    assert found.earliest == "2023-09-26"
    assert found.confidence <= 0.2
    assert _date(make(REPORT + "The envoy said Moscow accepted a truce."), "truce").confidence > 0.2


def test_time_narrative_subjunctive_is_not_the_present(make):
    ctx = make("Moscow insisted that Kyiv negotiate with the rebels.")
    assert _date(ctx, "negotiate").basis != "document"


def test_time_narrative_future_in_the_past_takes_the_closest_year(make):
    text = "It had been arranged that the two delegations would meet in Luanda on 18 March."
    ctx = make(text, date(2025, 3, 28))
    assert _date(ctx, "meet").earliest == "2025-03-18"
    ahead = make("The two delegations will meet in Luanda on 18 March.", date(2025, 3, 28))
    assert _date(ahead, "meet").earliest == "2026-03-18"


def test_time_narrative_said_now_of_the_past_is_not_dated_today(make):
    ctx = make("Aid groups have claimed that the blockade was imposed to derail the talks.")
    assert _date(ctx, "imposed").earliest is None
    present = make("Aid groups say the talks are stalled.")
    assert _date(present, "stalled").earliest == "2023-09-30"


def test_time_narrative_page_stamp_is_no_report_day(make):
    stamp = "Updated: Sep 30, 2023\n\nThe envoys met in Doha and agreed on a prisoner swap.\n"
    assert _date(make(stamp), "met").earliest is None
    lede = "DOHA, Sep 29, 2023 - The envoys met and agreed on a prisoner swap.\n"
    assert _date(make(lede), "met").earliest == "2023-09-29"
