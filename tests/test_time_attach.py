"""Dating events from their trigger token on short parsed texts."""

from __future__ import annotations

import pytest

from parley.nlp.context import DocContext
from parley.time import date_for


@pytest.fixture(scope="module")
def make(make_time_ctx):
    return make_time_ctx


def _token(ctx: DocContext, word: str, nth: int = 0) -> int:
    return [t.i for t in ctx.doc if t.text == word][nth]


@pytest.mark.parametrize(
    ("text", "trigger", "earliest", "latest", "basis"),
    [
        (
            "Delegations held talks in Istanbul on 29 March 2022.",
            "talks",
            "2022-03-29",
            "2022-03-29",
            "explicit",
        ),
        (
            "The March 29 talks produced a communiqué.",
            "talks",
            "2023-03-29",
            "2023-03-29",
            "explicit",
        ),
        (
            "The two sides met in Geneva in August 2024 and agreed to meet again.",
            "met",
            "2024-08-01",
            "2024-08-31",
            "explicit",
        ),
        (
            "Within three days of the start of the war, the two sides began negotiations in "
            "Belarus.",
            "negotiations",
            "2022-02-24",
            "2022-02-27",
            "anchor",
        ),
        (
            "Kyiv signalled on the second day of hostilities that it could drop its NATO bid.",
            "signalled",
            "2022-02-25",
            "2022-02-25",
            "anchor",
        ),
        (
            "The negotiators signed the Istanbul communiqué after long talks.",
            "communiqué",
            "2022-03-29",
            "2022-03-29",
            "anchor",
        ),
        (
            "The minister said on Tuesday that talks had collapsed in May 2022.",
            "collapsed",
            "2022-05-01",
            "2022-05-31",
            "explicit",
        ),
        (
            "The minister said on Tuesday that talks had collapsed in May 2022.",
            "said",
            "2023-09-26",
            "2023-09-26",
            "relative",
        ),
    ],
)
def test_time_attach_picks_the_attached_expression(make, text, trigger, earliest, latest, basis):
    ctx = make(text, profile="russia-ukraine")
    result = date_for(ctx, _token(ctx, trigger))
    assert (result.earliest, result.latest, result.basis) == (earliest, latest, basis)


def test_time_attach_inherits_within_a_paragraph(make):
    ctx = make("Negotiators met in Antalya on 10 March 2022. They agreed to keep talking.")
    result = date_for(ctx, _token(ctx, "agreed"))
    assert (result.earliest, result.basis) == ("2022-03-10", "inherited")
    assert result.confidence < 0.9


def test_time_attach_does_not_inherit_across_paragraphs(make):
    ctx = make("Negotiators met in Antalya on 10 March 2022.\n\nLater they agreed to keep talking.")
    assert date_for(ctx, _token(ctx, "agreed")).basis == "unknown"


def test_time_attach_after_is_not_the_date(make):
    ctx = make("After March 2022 the mediators proposed a new plan.")
    assert date_for(ctx, _token(ctx, "proposed")).basis == "unknown"


def test_time_attach_unknown_when_nothing_fits(make):
    ctx = make("The mediators proposed a new plan.")
    result = date_for(ctx, _token(ctx, "proposed"))
    assert result.basis == "unknown" and result.earliest is None


def test_time_attach_never_defaults_to_publication_date_for_past_events(make):
    ctx = make("The two delegations met in Turkey.")
    assert date_for(ctx, _token(ctx, "met")).earliest is None


@pytest.mark.parametrize(
    ("text", "trigger", "earliest", "latest"),
    [
        ("The foreign minister says talks are possible.", "says", "2023-09-30", "2023-09-30"),
        ("The foreign minister has said talks are possible.", "said", "2023-09-30", "2023-09-30"),
    ],
)
def test_time_attach_present_reporting_takes_document_date(make, text, trigger, earliest, latest):
    ctx = make(text)
    result = date_for(ctx, _token(ctx, trigger))
    assert (result.earliest, result.latest, result.basis) == (earliest, latest, "document")


def test_time_attach_past_said_needs_a_dated_report(make):
    plain = make("The foreign minister said talks were possible.")
    assert date_for(plain, _token(plain, "said")).basis == "unknown"
    # the report names its day ("yesterday"): what was said is that day's, one day wide
    dated = make("Shelling continued yesterday.\nThe foreign minister said talks were possible.")
    result = date_for(dated, _token(dated, "said"))
    assert (result.earliest, result.latest, result.basis) == (
        "2023-09-29",
        "2023-09-29",
        "inherited",
    )


def test_time_attach_without_document_date_only_absolute(make):
    ctx = make("Talks were held on Tuesday and again on 3 March 2022.", when=None)
    assert [t.text for t in ctx.timexes] == ["3 March 2022"]


def test_time_find_timexes_offsets_and_sentences(make):
    text = "Talks began yesterday. A deal was signed on 12 February 2015."
    ctx = make(text)
    found = [(t.text, t.sentence, text[t.start : t.end]) for t in ctx.timexes]
    assert found == [("yesterday", 0, "yesterday"), ("12 February 2015", 1, "12 February 2015")]
    last = ctx.timexes[-1]
    assert ctx.doc[last.start_token : last.end_token].text == "12 February 2015"


def test_time_find_timexes_future_tense_moves_partial_dates_forward(make):
    ctx = make("The envoys will meet on 3 October.")
    assert ctx.timexes[0].interval.earliest == "2023-10-03"
    past = make("The envoys met on 3 October.")
    assert past.timexes[0].interval.earliest == "2022-10-03"


def test_time_date_for_is_cached_per_document(make):
    ctx = make("Talks began yesterday.")
    date_for(ctx, 1)
    state = ctx.cache["parley.time"]
    date_for(ctx, 2)
    assert ctx.cache["parley.time"] is state


def test_time_attach_present_clause_does_not_inherit(make):
    ctx = make("Negotiators met in Antalya on 10 March 2022. Talks continue in Geneva.")
    result = date_for(ctx, _token(ctx, "Talks"))
    assert (result.earliest, result.basis) == ("2023-09-30", "document")


REPORT = "Talks opened in Geneva on Tuesday.\n\n"  # the report's day: 2023-09-26


@pytest.mark.parametrize(
    ("text", "trigger", "earliest", "latest"),
    [
        # what a source said, in a later paragraph of a dated report: the report's day
        (REPORT + "The envoy said Moscow was ready to talk.", "ready", "2023-09-26", "2023-09-26"),
        # an undated event narrated in the simple past: the report's day
        (REPORT + "The rebels also signed a memorandum.", "signed", "2023-09-26", "2023-09-26"),
        # "a week later": counted from the date before it, not from the document date
        (
            "The ministers met in Oslo on 10 May 2022. A second round a week later failed.",
            "round",
            "2022-05-17",
            "2022-05-17",
        ),
        ("Envoys met on 3 March 2022 and talked again the next day.", "talked", "2022-03-04",
         "2022-03-04"),
        ("The two sides met in 2021. In May of that year they signed a truce.", "signed",
         "2021-05-01", "2021-05-31"),
        # "two days after X signed": the head's date moved back two days
        (
            "The summit opened on Tuesday, two days after the envoys signed a draft.",
            "signed",
            "2023-09-24",
            "2023-09-24",
        ),
        # "that truce" shares the date of the earlier, dated mention
        (
            "Both sides declared a truce on 2 April 2022.\n\nThe rebels respected that truce.",
            "truce",
            "2022-04-02",
            "2022-04-02",
        ),
        # "is to begin": future, so the partial date is this year's, not last year's
        ("Under the deal, a ceasefire is to begin on 3 October.", "ceasefire", "2023-10-03",
         "2023-10-03"),
        # "since 29 August" is in the past whatever the clause's tense
        ("Santos said the truce in force since 29 August would remain in place.", "truce",
         "2023-08-29", "2023-08-29"),
        # a month naming its event
        ("The September agreements collapsed.", "agreements", "2023-09-01", "2023-09-30"),
        ("Commanders are to meet within five days.", "meet", "2023-09-30", "2023-10-05"),
        ("Talks collapsed on 2 March 2023. Egypt has since put forward a plan.", "plan",
         "2023-03-02", "2023-09-30"),
    ],
)
def test_time_attach_discourse(make, text, trigger, earliest, latest):
    ctx = make(text)
    result = date_for(ctx, _token(ctx, trigger, -1))
    assert (result.earliest, result.latest) == (earliest, latest)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # background is not the report's news
        (REPORT + "Three earlier truces failed.", "truces"),
        (REPORT + "The sides had agreed a truce.", "agreed"),
        # an expression in a relative clause dates that clause, not the sentence
        ("Lavrov said Russia was ready to talk on the terms Putin set out in June.", "ready"),
        # nor one in a clause opened by "since"
        ("The envoys met for the first time since troops crossed the border in May.", "met"),
    ],
)
def test_time_attach_discourse_leaves_undated(make, text, trigger):
    ctx = make(text)
    found = date_for(ctx, _token(ctx, trigger, -1))
    # no expression dates it; a lede in the simple past in a report with no day of its own
    # is still the news of the day (docs/time.md, rule 5a)
    assert found.earliest is None or (found.earliest, found.latest, found.confidence) == (
        "2023-09-29", "2023-09-30", 0.3)


def test_time_attach_anchor_inside_an_offset_names_its_own_date(make):
    ctx = make("Seven months after the Istanbul communiqué, the talks are frozen.",
               profile="russia-ukraine")
    result = date_for(ctx, _token(ctx, "communiqué"))
    assert (result.earliest, result.basis) == ("2022-03-29", "anchor")


def test_time_attach_future_expression_does_not_date_a_past_event(make):
    ctx = make("The envoy said the sides had agreed to talk again in the coming days.")
    assert date_for(ctx, _token(ctx, "agreed")).earliest is None
