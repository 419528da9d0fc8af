"""Events placed after/before a dated one without a distance, plans the news changed,
and passive relative clauses describing a dated noun (own sentences only)."""

from __future__ import annotations

from datetime import date

import pytest

from parley.errors import RuleError
from parley.nlp.context import DocContext
from parley.time import date_for, find_timexes, normalise
from parley.time.profiles import parse_profile


@pytest.fixture(scope="module")
def make(make_time_ctx):
    def build(text: str, when: date = date(2021, 11, 20)) -> DocContext:
        return make_time_ctx(text, when)

    return build


def _token(ctx: DocContext, word: str) -> int:
    return next(t.i for t in ctx.doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "trigger", "earliest", "latest"),
    [
        (
            "The rebels and the army agreed a truce after talks that ended on 4 November.",
            "truce",
            "2021-11-04",
            "2021-11-05",
        ),
        (
            "A truce declared after meetings in Lusaka on 6 November did not hold.",
            "truce",
            "2021-11-06",
            "2021-11-07",
        ),
        (
            "The envoys signed the accord just before the summit opened on 12 November.",
            "signed",
            "2021-11-05",
            "2021-11-12",
        ),
    ],
)
def test_sequel_is_bounded(make, text, trigger, earliest, latest) -> None:
    ctx = make(text)
    d = date_for(ctx, _token(ctx, trigger))
    assert (d.earliest, d.latest, d.basis) == (earliest, latest, "inherited")


def test_bare_before_gives_no_bounded_date(make) -> None:
    ctx = make("The envoys signed the accord before the summit opened on 12 November.")
    d = date_for(ctx, _token(ctx, "signed"))
    assert d.earliest != "2021-11-12"


def test_distance_is_not_a_sequel(make) -> None:
    ctx = make("The envoys signed the accord two weeks after the summit opened on 1 November.")
    d = date_for(ctx, _token(ctx, "signed"))
    assert d.earliest != "2021-11-01"


@pytest.mark.parametrize(
    "text",
    [
        "The summit was held after a week's delay, originally set for 10 November.",
        "The summit, postponed from 10 November, was finally held.",
    ],
)
def test_superseded_plan_is_not_the_date(make, text) -> None:
    ctx = make(text)
    d = date_for(ctx, _token(ctx, "held"))
    assert d.earliest != "2021-11-10"


def test_passive_relative_clause_takes_the_noun_date(make) -> None:
    ctx = make(
        "The meeting follows four days of talks (November 8-11) that were hosted by Zambia."
    )
    d = date_for(ctx, _token(ctx, "hosted"))
    assert (d.earliest, d.latest, d.basis) == ("2021-11-08", "2021-11-11", "inherited")


def test_participle_sequel_beats_the_governing_verb(make) -> None:
    ctx = make("A truce announced after talks in Lusaka on 6 November collapsed the next day.")
    d = date_for(ctx, _token(ctx, "truce"))
    assert (d.earliest, d.latest) == ("2021-11-06", "2021-11-07")


PROFILE = {
    "name": "testland",
    "countries": ["TST"],
    "start": "2019-01-01",
    "anchors": [
        {"id": "lusaka-accord", "start": "2021-06-02", "aliases": ["the Lusaka accord"],
         "place": "Lusaka", "kinds": ["agreement"]},
        {"id": "lusaka-round", "start": "2021-05-30", "end": "2021-06-02",
         "aliases": ["the Lusaka round"], "place": "Lusaka", "kinds": ["talks"]},
        {"id": "accra-round-1", "start": "2020-03-01", "aliases": ["the first Accra round"],
         "place": "Accra", "kinds": ["talks"]},
        {"id": "accra-round-2", "start": "2021-03-01", "aliases": ["the second Accra round"],
         "place": "Accra", "kinds": ["talks"]},
    ],
}


@pytest.fixture()
def placed(make):
    def build(text: str) -> DocContext:
        ctx = make(text)
        ctx.profile = parse_profile(PROFILE, "test")
        ctx.cache.clear()
        ctx.timexes = find_timexes(ctx)
        return ctx

    return build


def test_place_stands_for_the_one_anchor_of_that_kind(placed) -> None:
    ctx = placed("The rebels said the new draft ignored the terms agreed in Lusaka.")
    d = date_for(ctx, _token(ctx, "agreed"))
    assert (d.earliest, d.latest, d.basis) == ("2021-06-02", "2021-06-02", "anchor")
    assert d.confidence < 0.5


def test_place_with_two_anchors_of_that_kind_gives_no_anchor(placed) -> None:
    ctx = placed("Delegates recalled the talks in Accra.")
    assert date_for(ctx, _token(ctx, "talks")).basis != "anchor"


def test_place_needs_the_kind(placed) -> None:
    ctx = placed("Delegates recalled the protests in Lusaka.")
    assert date_for(ctx, _token(ctx, "protests")).basis != "anchor"


def test_profile_place_needs_valid_kinds() -> None:
    anchors: list[dict[str, object]] = PROFILE["anchors"]  # type: ignore[assignment]
    bad = {**PROFILE, "anchors": [{**anchors[0], "kinds": ["parade"]}]}
    with pytest.raises(RuleError):
        parse_profile(bad, "test")


def test_a_day_inside_a_proper_name_is_no_date(make) -> None:
    ctx = make("Fighters of the June 12 Brigade met envoys. On 7 November Zambia hosted talks.")
    assert [t.text for t in ctx.timexes] == ["7 November"]


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("mid last year", "2020-05-01", "2020-08-31"),
        ("late last month", "2021-10-21", "2021-10-31"),
        ("early next year", "2022-01-01", "2022-04-30"),
    ],
)
def test_part_of_a_relative_period(text, earliest, latest) -> None:
    d = normalise(text, date(2021, 11, 20))
    assert d is not None and (d.earliest, d.latest) == (earliest, latest)


def test_relative_clause_date_stays_in_the_clause_through_conjuncts(make) -> None:
    ctx = make(
        "Both sides have said they are ready for talks to end a war that has killed "
        "thousands and displaced millions since March 2019."
    )
    d = date_for(ctx, _token(ctx, "ready"))
    assert d.earliest != "2019-03-01"


def test_adverbial_noun_phrase_dates_the_clause(make) -> None:
    ctx = make(
        "Zambia had been scheduled to host both envoys in Lusaka last March. "
        "One envoy withdrew from the meeting in protest."
    )
    d = date_for(ctx, _token(ctx, "withdrew"))
    assert (d.earliest, d.latest) == ("2021-03-01", "2021-03-31")


def test_lede_present_perfect_is_the_news_of_the_day(make) -> None:
    text = (
        "Envoys meet in Lusaka\n\n"
        "Zambia has brokered a truce between the two rival militias in the north of the "
        "country. The militias have long rejected every truce offered by the army."
    )
    ctx = make(text)
    d = date_for(ctx, _token(ctx, "brokered"))
    assert (d.earliest, d.latest, d.basis) == ("2021-11-19", "2021-11-20", "relative")
    assert date_for(ctx, _token(ctx, "rejected")).basis != "relative"


def test_lede_perfect_with_no_is_no_news(make) -> None:
    text = "Zambia has produced paper commitments but no truce between the rival militias."
    ctx = make(text)
    assert date_for(ctx, _token(ctx, "truce")).basis != "relative"
