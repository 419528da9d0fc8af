"""General temporal patterns found while reviewing date errors: a year before a comma,
narratives that go on through "has since", participle and clause scopes, distances in
weeks, infinitives of purpose and what a proposal would bring about."""

from __future__ import annotations

from datetime import date

import pytest

from parley.nlp.context import DocContext
from parley.time import date_for, normalise

REF = date(2023, 9, 30)  # a Saturday
REPORT = "Envoys gathered in Doha on Wednesday.\n\n"  # the report's day: 2023-09-27


@pytest.fixture(scope="module")
def make(make_time_ctx):
    return make_time_ctx


def _date(ctx: DocContext, word: str, nth: int = -1) -> tuple[str | None, str | None]:
    found = date_for(ctx, [t.i for t in ctx.doc if t.text == word][nth])
    return found.earliest, found.latest


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        # a comma after a year ends the expression; it is no digit group
        ("in late 2019, the envoys", "2019-09-01", "2019-12-31"),
        ("during 2017, both", "2017-01-01", "2017-12-31"),
        ("from 2015-2018, the", "2015-01-01", "2018-12-31"),
    ],
)
def test_time_year_before_a_comma(text, earliest, latest):
    found = normalise(text, REF)
    assert found is not None and (found.earliest, found.latest) == (earliest, latest)


def test_time_year_in_a_number_is_not_a_year():
    assert normalise("some 2,019,000 people", REF) is None


def test_time_month_of_that_year_after_a_year_and_a_comma(make):
    ctx = make(
        "Secret contacts started in mid-2016, and the envoys met in Oslo in March of that year."
    )
    assert _date(ctx, "met") == ("2016-03-01", "2016-03-31")


def test_time_narrative_goes_on_through_has_since(make):
    ctx = make(
        "The story of 2021 is instructive. On 4 February the two camps met in Rome.\n\n"
        "Both sides have since admitted that the meeting was a mistake, and it was "
        "followed by months of silence in which the mediators tried everything.\n\n"
        "By the middle of June the channel was dead."
    )
    assert _date(ctx, "was") == ("2021-06-11", "2021-06-20")


def test_time_since_clause_leaves_out_a_trailing_participle(make):
    ctx = make(
        "Negotiators from both armies sat down on Thursday for their first talks since "
        "the fighting broke out three weeks ago, meeting at a hotel near the coast."
    )
    assert _date(ctx, "meeting") == ("2023-09-28", "2023-09-28")


def test_time_participle_clause_dates_its_noun_phrase_only(make):
    ctx = make(
        "On Friday the council said the commission, the body created in the 1990s, "
        "could only be wound up after a vote."
    )
    assert _date(ctx, "created") == ("1990-01-01", "1999-12-31")
    assert _date(ctx, "wound") != ("1990-01-01", "1999-12-31")


def test_time_participle_clause_dates_the_whole_noun_phrase(make):
    ctx = make("Talks between the envoys hosted by Norway in Oslo on 12 March ended early.")
    assert _date(ctx, "Talks") == ("2023-03-12", "2023-03-12")


def test_time_weeks_before_an_event_keep_the_slack_of_weeks(make):
    ctx = make("The summit opened on 20 May, three weeks after a round of talks in Lome.")
    assert _date(ctx, "talks") == ("2023-04-26", "2023-05-02")


def test_time_infinitive_of_purpose_shares_the_report_day(make):
    ctx = make(REPORT + "The envoy then travelled to Cairo to consult the Egyptian mediators.")
    assert _date(ctx, "consult") == ("2023-09-27", "2023-09-27")


def test_time_infinitive_after_a_verb_of_planning_is_not_the_report_day(make):
    ctx = make(REPORT + "The envoy then decided to consult the Egyptian mediators.")
    assert _date(ctx, "consult") == (None, None)


def test_time_what_a_proposal_would_bring_is_dated_by_the_proposal(make):
    ctx = make(
        REPORT + "The rebels tabled a plan under which they would withdraw from the "
        "port within a month."
    )
    found = date_for(ctx, next(t.i for t in ctx.doc if t.text == "withdraw"))
    assert (found.earliest, found.latest) == ("2023-09-27", "2023-09-27")
    assert found.basis == "inherited" and found.confidence <= 0.2


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        # "into" licenses a month as "in" does
        ("the sieges dragged on into April", "2023-04-01", "2023-04-30"),
        ("contacts continued into late June", "2023-06-21", "2023-06-30"),
        # a bare "Christmas" after a preposition is Christmas Day
        ("the guns fell silent over Christmas", "2022-12-25", "2022-12-25"),
        ("both armies paused for Christmas 2019", "2019-12-25", "2019-12-25"),
    ],
)
def test_time_into_a_month_and_bare_christmas(text, earliest, latest):
    found = normalise(text, REF)
    assert found is not None and (found.earliest, found.latest) == (earliest, latest)


@pytest.mark.parametrize("text", ["a Christmas message", "Christmas Island talks"])
def test_time_christmas_as_a_modifier_is_no_date(text):
    assert normalise(text, REF) is None


def test_time_clause_telling_how_it_began_dates_the_subject(make):
    ctx = make(
        "Negotiations in Nairobi have broken down, three weeks after they opened on 2 August."
    )
    assert _date(ctx, "Negotiations") == ("2023-08-02", "2023-08-02")


def test_time_clause_on_another_verb_leaves_the_subject_undated(make):
    ctx = make("Negotiations in Nairobi have broken down, after the rebels left on 2 August.")
    assert _date(ctx, "Negotiations") != ("2023-08-02", "2023-08-02")


@pytest.mark.parametrize(
    ("text", "profile", "earliest", "latest"),
    [
        # the two Minsk packages named together span both
        ("under the Minsk accords", "russia-ukraine", "2014-09-05", "2015-02-12"),
        ("a week after the Prague meeting", "armenia-azerbaijan", "2022-10-10", "2022-10-16"),
    ],
)
def test_time_profile_anchors_added(text, profile, earliest, latest):
    found = normalise(text, date(2024, 5, 1), profile)
    assert found is not None and (found.earliest, found.latest) == (earliest, latest)


def test_time_infinitive_in_a_relative_clause_is_not_the_report_day(make):
    ctx = make(REPORT + "He praised the forum, where Kenya gathered envoys to review the roadmap.")
    assert _date(ctx, "review") == (None, None)
