"""Dates on real news, third review: rules found reading reports of several conflicts.

Each case is a sentence written for the test; the facts may be real, the wording is ours.
"""

from __future__ import annotations

from datetime import date

import pytest

from parley.nlp.context import DocContext, Mention
from parley.records import Actor, Document
from parley.time import date_for, normalise, select_profile
from test_time_attach import _token

WHEN = date(2024, 6, 27)  # a Thursday


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        # "more than N ago" lies between N and 2N back, with no slack past N
        ("more than a year ago", "2022-06-27", "2023-06-27"),
        ("over three months ago", "2023-12-27", "2024-03-27"),
        # "less than N ago" lies within the last N
        ("less than two weeks ago", "2024-06-13", "2024-06-27"),
        ("under a month ago", "2024-05-27", "2024-06-27"),
    ],
)
def test_time_review3_bounded_ago(text, earliest, latest):
    found = normalise(text, WHEN)
    assert found is not None
    assert (found.earliest, found.latest, found.granularity) == (earliest, latest, "interval")
    assert found.confidence < 0.85  # vaguer than an exact "a year ago"


def test_time_review3_plain_ago_keeps_its_slack():
    found = normalise("a year ago", WHEN)
    assert found is not None
    assert (found.earliest, found.latest) == ("2023-05-13", "2023-08-11")


def test_time_review3_present_progressive_is_the_report_day(make_time_ctx):
    ctx = make_time_ctx("Negotiations are taking place in the desert town of Ghadames.", WHEN)
    found = date_for(ctx, _token(ctx, "Negotiations"))
    assert (found.earliest, found.latest, found.basis) == ("2024-06-27", "2024-06-27", "document")


def test_time_review3_progressive_of_a_plan_is_not_today(make_time_ctx):
    ctx = make_time_ctx("The envoys are going to meet in Cairo.", WHEN)
    found = date_for(ctx, _token(ctx, "meet"))
    assert found.basis != "document"


def test_time_review3_naming_is_no_saying(make_time_ctx):
    # "called" names the plan: no statement that day; the trip it was presented on is
    # the report's news ("went to Doha to present": purpose, not a plan still to come)
    ctx = make_time_ctx(
        "Talks resumed on Monday.\n\nThe envoy went to Doha to present what he called a "
        "bridging proposal.",
        WHEN,
    )
    found = date_for(ctx, _token(ctx, "proposal"))
    assert (found.earliest, found.text, found.confidence) == ("2024-06-24", "went", 0.3)


def test_time_review3_a_step_told_after_after_is_no_news(make_time_ctx):
    # the trip is placed before the main clause's event: not the report's own news
    ctx = make_time_ctx(
        "Talks resumed on Monday.\n\nAfter the envoy went to Doha to present what he called "
        "a plan, the rebels softened their stance.",
        WHEN,
    )
    assert date_for(ctx, _token(ctx, "plan")).earliest is None


def test_time_review3_going_to_is_still_a_plan(make_time_ctx):
    ctx = make_time_ctx(
        "Talks resumed on Monday.\n\nThe envoy is going to present a new proposal.", WHEN
    )
    assert date_for(ctx, _token(ctx, "present")).earliest is None


def test_time_review3_deadline_of_a_plan_is_no_date_of_agreeing(make_time_ctx):
    # the deadline belongs to the implementing still to come, not to the agreeing
    ctx = make_time_ctx(
        "The rebels and the government signed a declaration on Saturday. The two sides "
        "agreed to carry out its terms by July 29.",
        date(2025, 7, 19),
    )
    found = date_for(ctx, _token(ctx, "agreed"))
    assert found.latest == "2025-07-19"


def test_time_review3_own_deadline_beats_a_conjoined_clause(make_time_ctx):
    # "by Wednesday evening" is on the rejecting verb itself; "On Tuesday" on the delivering
    ctx = make_time_ctx(
        "On Tuesday, the group delivered its amended offer to the mediators, but by Wednesday "
        "evening the government had rejected it.",
        date(2024, 2, 8),
    )
    found = date_for(ctx, _token(ctx, "rejected"))
    assert (found.earliest, found.latest) == ("2024-02-07", "2024-02-07")
    delivered = date_for(ctx, _token(ctx, "delivered"))
    assert (delivered.earliest, delivered.latest) == ("2024-02-06", "2024-02-06")


@pytest.mark.parametrize(
    ("text", "ref", "profile", "earliest", "latest"),
    [
        ("the Ohrid agreement", "2023-06-01", "kosovo-serbia", "2023-03-18", "2023-03-18"),
        ("the Brussels Agreement", "2024-06-27", "kosovo-serbia", "2013-04-19", "2013-04-19"),
        ("two days after the November 2024 ceasefire", "2025-01-10", "lebanon-israel",
         "2024-11-29", "2024-11-29"),
        ("the 2006 war", "2024-11-26", "lebanon-israel", "2006-07-12", "2006-08-14"),
        ("the Ankara Declaration", "2025-01-05", "somalia", "2024-12-11", "2024-12-11"),
    ],
)
def test_time_review3_new_profiles_date_their_anchors(text, ref, profile, earliest, latest):
    found = normalise(text, date.fromisoformat(ref), profile)
    assert found is not None, text
    assert (found.earliest, found.latest, found.basis) == (earliest, latest, "anchor")


@pytest.mark.parametrize(
    ("codes", "expected"),
    [
        # Israel and Hezbollah: the Lebanon front, not Gaza
        ([("ISRGOV", "ISR"), ("LBNHEZ", "LBN"), ("LBNGOV", "LBN"), ("USAGOV", "USA")],
         "lebanon-israel"),
        ([("ISRGOV", "ISR"), ("PSEHAM", "PSE"), ("PSEHAM", "PSE"), ("LBNHEZ", "LBN")],
         "israel-hamas"),
        ([("SRBGOV", "SRB"), ("XKXGOV", "XKX"), ("EU", None)], "kosovo-serbia"),
        ([("SOMGOV", "SOM"), ("SOMGOV", "SOM"), ("TURGOV", "TUR")], "somalia"),
    ],
)
def test_time_review3_new_profiles_are_chosen_from_mentions(nlp, codes, expected):
    text = "Talks were held."
    ctx = DocContext(document=Document(id="t", text=text), doc=nlp(text), when=date(2025, 1, 10))
    ctx.mentions = [
        Mention(actor=Actor(code=code, country=country), start_token=0, end_token=1, sentence=0)
        for code, country in codes
    ]
    profile = select_profile(ctx, None)
    assert (profile.name if profile else None) == expected


def test_time_review3_range_end_follows_its_start():
    # both halves lack a year: the end is read after the start, not in the year before
    found = normalise("running from 1 January to 30 June", date(2023, 1, 4))
    assert found is not None
    assert (found.earliest, found.latest) == ("2023-01-01", "2023-06-30")


def test_time_review3_period_in_force_is_not_the_day_agreed(make_time_ctx):
    ctx = make_time_ctx(
        "The president announced on New Year's Eve that his government had agreed a "
        "six-month truce with the rebels, running from 1 January to 30 June.",
        date(2023, 1, 4),
    )
    found = date_for(ctx, _token(ctx, "truce"))
    assert (found.earliest, found.latest) == ("2022-12-31", "2022-12-31")


def test_time_review3_talks_running_over_days_are_dated_by_them(make_time_ctx):
    ctx = make_time_ctx(
        "Delegations from both sides held talks in Geneva, running from 1 to 3 May.",
        date(2023, 5, 10),
    )
    found = date_for(ctx, _token(ctx, "talks"))
    assert (found.earliest, found.latest) == ("2023-05-01", "2023-05-03")


def test_time_review3_bare_days_later_counts_from_the_previous_date(make_time_ctx):
    # "days later" without a count: one to ten days after the date before it
    ctx = make_time_ctx(
        "The mediators proposed a truce on 2 June, which the rebels rejected days later.",
        date(2025, 6, 12),
    )
    found = date_for(ctx, _token(ctx, "rejected"))
    assert (found.earliest, found.latest) == ("2025-06-03", "2025-06-12")


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        ("The pact was sealed in the early hours of Friday in Lusaka.", "sealed", "2025-06-06"),
        ("Both sides signed the deal on the morning of 5 June.", "signed", "2025-06-05"),
    ],
)
def test_time_review3_part_of_a_day_dates_its_verb(make_time_ctx, text, trigger, day):
    ctx = make_time_ctx(text, date(2025, 6, 12))
    found = date_for(ctx, _token(ctx, trigger))
    assert (found.earliest, found.latest) == (day, day)
    assert found.basis in {"relative", "explicit"}  # its own expression, not the report's day


def test_time_review3_having_done_is_past(make_time_ctx):
    # a perfect participle tells the past: August is last August, not the coming one
    ctx = make_time_ctx(
        "The army said on Monday it was ready to negotiate, having rejected the Geneva "
        "talks in August.",
        date(2025, 6, 12),
    )
    found = date_for(ctx, _token(ctx, "rejected"))
    assert (found.earliest, found.latest) == ("2024-08-01", "2024-08-31")


def test_time_review3_first_since_bounds_even_as_a_predicate(make_time_ctx):
    # "the first since X in 2023": 2023 bounds the talks, it does not date them
    ctx = make_time_ctx(
        "The talks were the first since the collapse of the Jeddah process in 2023.",
        date(2025, 6, 12),
    )
    assert date_for(ctx, _token(ctx, "talks")).earliest != "2023-01-01"


def test_time_review3_outcome_takes_the_date_of_what_produced_it(make_time_ctx):
    ctx = make_time_ctx(
        "The Jeddah talks of May 2023 produced a short-lived truce.", date(2025, 6, 12)
    )
    found = date_for(ctx, _token(ctx, "truce"))
    assert (found.earliest, found.latest, found.basis) == ("2023-05-01", "2023-05-31", "inherited")
    # a present "produces" is no past outcome
    ctx = make_time_ctx("Every round of talks produces a short truce.", date(2025, 6, 12))
    assert date_for(ctx, _token(ctx, "truce")).basis != "inherited"


@pytest.mark.parametrize(
    "text",
    [
        "The deal, which officials said was reached on Tuesday, will take effect on Friday.",
        "The deal, which was signed on Tuesday, will take effect on Friday.",
    ],
)
def test_time_review3_making_clause_dates_the_deal(make_time_ctx, text):
    # the relative clause tells when the deal was made; Friday is when it takes effect
    ctx = make_time_ctx(text, date(2025, 6, 12))
    found = date_for(ctx, _token(ctx, "deal"))
    assert (found.earliest, found.latest) == ("2025-06-10", "2025-06-10")



@pytest.mark.parametrize(
    ("name", "same"),
    [("Kenyan-brokered", False), ("Jeddah", True)],  # names another meeting / this one
)
def test_time_review3_a_named_meeting_is_the_mention_that_names_it(make_time_ctx, name, same):
    text = (
        "Army and RSF envoys opened negotiations in Jeddah on 6 May 2023.\n\n"
        f"Observers say the {name} negotiations stood a better chance."
    )
    ctx = make_time_ctx(text, WHEN)
    later = [t.i for t in ctx.doc if t.lower_ == "negotiations"][1]
    assert (date_for(ctx, later).earliest == "2023-05-06") is same


@pytest.mark.parametrize(
    ("talks", "trigger", "dated"),
    [("various rounds of talks", "rounds", False), ("a round of talks", "round", True)],
)
def test_time_review3_many_rounds_take_no_neighbours_date(make_time_ctx, talks, trigger, dated):
    text = (
        "The envoys met in Doha on 3 March 2024. "
        f"Hamas gave ground on prisoners during {talks}."
    )
    ctx = make_time_ctx(text, WHEN)
    found = date_for(ctx, _token(ctx, trigger))
    assert (found.earliest == "2024-03-03") is dated
