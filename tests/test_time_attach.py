"""Dating events from their trigger token on short parsed texts."""

from __future__ import annotations

from datetime import date

import pytest

from parley.nlp.context import DocContext
from parley.records import Document
from parley.time import date_for, find_timexes, get_profile


@pytest.fixture(scope="module")
def make(nlp):
    def build(text: str, when: date | None = date(2023, 9, 30), profile: str | None = None):
        ctx = DocContext(document=Document(id="t", text=text), doc=nlp(text), when=when)
        ctx.profile = get_profile(profile) if profile else None
        ctx.timexes = find_timexes(ctx)
        return ctx

    return build


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
    dated = make("Shelling continued yesterday.\nThe foreign minister said talks were possible.")
    result = date_for(dated, _token(dated, "said"))
    assert (result.earliest, result.latest, result.basis) == (
        "2023-09-28",
        "2023-09-30",
        "document",
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
