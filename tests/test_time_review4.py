"""Dates on real news, fourth review: rules found reading reports of several conflicts.

Each case is a sentence written for the test; the facts may be real, the wording is ours.
"""

from __future__ import annotations

from datetime import date

import pytest

from parley.nlp.context import DocContext, Mention
from parley.records import Actor, Document
from parley.time import date_for, normalise, select_profile
from test_time_attach import _token

SATURDAY = date(2025, 3, 8)


def test_time_review4_headline_infinitive_looks_ahead(make_time_ctx):
    # "Ukraine to send envoys ... on Monday": a headline's plan, so next Monday; the lede's
    # "on Saturday" stays the report's day
    ctx = make_time_ctx(
        "Ukraine to send envoys to Riyadh on Monday\n\nThe Ukrainian presidency said on Saturday "
        "that a delegation would travel to Saudi Arabia for talks with US officials.",
        SATURDAY,
    )
    monday = next(t for t in ctx.timexes if t.text == "Monday")
    assert monday.interval.earliest == "2025-03-10"
    said = date_for(ctx, _token(ctx, "talks"))
    assert said.latest == "2025-03-08"


def test_time_review4_invited_meeting_takes_the_coming_date(make_time_ctx):
    # the invitation is past, the meeting it invites to is still ahead: this year's 14 August
    ctx = make_time_ctx(
        "Washington has invited the army and the paramilitary force to negotiations in "
        "Switzerland on 14 August.",
        date(2024, 8, 9),
    )
    found = date_for(ctx, _token(ctx, "negotiations"))
    assert (found.earliest, found.latest) == ("2024-08-14", "2024-08-14")


def test_time_review4_deadline_of_a_proposed_meeting_dates_no_proposing(make_time_ctx):
    ctx = make_time_ctx(
        "Ukraine's negotiators proposed a summit of the two presidents by the end of "
        "August.\n\nMoscow gave no answer.",
        date(2025, 7, 23),
    )
    assert date_for(ctx, _token(ctx, "proposed")).earliest != "2024-08-21"
    summit = date_for(ctx, _token(ctx, "summit"))
    assert summit.earliest is None or summit.earliest >= "2025-07-22"


def test_time_review4_told_done_by_a_deadline_still_takes_it(make_time_ctx):
    ctx = make_time_ctx("By the end of March the mediation effort had collapsed.",
                        date(2024, 6, 1))
    found = date_for(ctx, _token(ctx, "collapsed"))
    assert (found.earliest, found.latest) == ("2024-03-21", "2024-03-31")


def test_time_review4_lede_in_the_simple_past_is_the_news_of_the_day(make_time_ctx):
    # no "on Tuesday" anywhere: the lede paragraph's simple past is the day's news
    text = (
        "At a third round of talks in Istanbul, the two delegations agreed to swap 1,200 "
        "prisoners of war. The Russian side proposed a short truce to collect the dead.\n\n"
        "The first direct talks between them took place in the same city three years ago."
    )
    ctx = make_time_ctx(text, date(2025, 7, 23))
    for word in ("round", "agreed", "proposed"):
        found = date_for(ctx, _token(ctx, word))
        assert (found.earliest, found.latest) == ("2025-07-22", "2025-07-23"), word
    assert date_for(ctx, _token(ctx, "took")).earliest != "2025-07-22"


def test_time_review4_lede_rule_leaves_background_and_relative_clauses(make_time_ctx):
    ctx = make_time_ctx(
        "Negotiators who had met in Quito in secret signed a framework in the Venezuelan "
        "capital. Talks that collapsed in Doha were never mentioned.",
        date(2023, 1, 14),
    )
    assert date_for(ctx, _token(ctx, "met")).earliest != "2023-01-13"
    assert date_for(ctx, _token(ctx, "collapsed")).earliest is None
    assert date_for(ctx, _token(ctx, "signed")).latest == "2023-01-14"


def test_time_review4_lede_rule_needs_no_report_day(make_time_ctx):
    # with "on Friday" in the text, the report's day dates the narrated past instead
    ctx = make_time_ctx(
        "The government and the rebels signed a framework for peace in the Gulf state. "
        "Mediators said on Friday that more rounds were planned.",
        date(2025, 11, 15),
    )
    found = date_for(ctx, _token(ctx, "signed"))
    assert (found.earliest, found.latest) == ("2025-11-14", "2025-11-14")


@pytest.mark.parametrize(
    ("text", "when", "words"),
    [
        # background takes no paragraph date: not the next step of the story
        ("The army accepted the invitation on Tuesday. Previous talks hosted by Riyadh and "
         "Washington ended without an agreement. An earlier truce collapsed within days.",
         date(2024, 7, 30), ("talks", "agreement", "truce")),
        # the present tense says the deal matters today, not that it was made today
        ("The future of the May accord, a previous ceasefire deal that Washington said would "
         "guide the new round, is the main concern of the army's envoys.",
         date(2024, 8, 9), ("ceasefire",)),
        # talks still to come were not held on the day the envoy spoke
        ("The US envoy told reporters on Monday that both sides were open to meetings. The "
         "talks, co-hosted by Riyadh, will include Cairo and Abu Dhabi.",
         date(2024, 7, 30), ("talks",)),
    ],
)
def test_time_review4_stays_undated(make_time_ctx, text, when, words):
    ctx = make_time_ctx(text, when)
    for word in words:
        assert date_for(ctx, _token(ctx, word)).earliest is None, word


def test_time_review4_future_in_the_past_keeps_the_paragraph_date(make_time_ctx):
    # "would not accept" is a refusal stated on a past day: that day still dates it
    ctx = make_time_ctx(
        "The regional leaders met in Djibouti on 12 June 2023. The army said it would not "
        "accept Nairobi as chair.",
        date(2024, 2, 12),
    )
    assert date_for(ctx, _token(ctx, "accept")).earliest == "2023-06-12"


def test_time_review4_resumption_does_not_date_the_suspension(make_time_ctx):
    ctx = make_time_ctx(
        "Negotiations that were suspended by the former president were resumed by the two "
        "delegations last month. Talks that were mediated by Ankara ended on 30 October.",
        date(2023, 1, 14),
    )
    assert date_for(ctx, _token(ctx, "suspended")).earliest is None
    assert date_for(ctx, _token(ctx, "resumed")).earliest == "2022-12-01"
    assert date_for(ctx, _token(ctx, "mediated")).earliest == "2022-10-30"


def test_time_review4_suspension_before_a_resumption_is_background(make_time_ctx):
    # with a report's day ("late on Friday"), the suspension is still no news of that day
    ctx = make_time_ctx(
        "The two sides will meet on Tuesday, the rebels said late on Friday. Negotiations "
        "that were suspended by the former president were resumed last month.",
        date(2023, 1, 14),
    )
    assert date_for(ctx, _token(ctx, "suspended")).earliest is None


def test_time_review4_deal_a_meeting_ended_without_takes_its_date(make_time_ctx):
    ctx = make_time_ctx(
        "The latest round closed on Saturday in Muscat. The round before it, held in Amman "
        "in June 2023, ended without an agreement.",
        date(2024, 7, 7),
    )
    found = date_for(ctx, _token(ctx, "agreement"))
    assert (found.earliest, found.latest, found.basis) == (
        "2023-06-01", "2023-06-30", "inherited")


def test_time_review4_trailing_participle_dates_only_itself(make_time_ctx):
    # "the following year" tells when the intervention came, not when the deal was made
    ctx = make_time_ctx(
        "Officials from both sides said on Tuesday that they had agreed a swap. The deal was "
        "reached after two weeks of talks in Muscat, a city long used as a venue in a war "
        "that began in 2014 when the rebels took the capital, prompting a foreign "
        "intervention the following year.",
        date(2025, 12, 23),
    )
    for word in ("deal", "reached", "talks"):
        assert date_for(ctx, _token(ctx, word)).earliest != "2015-01-01", word


@pytest.mark.parametrize(
    ("text", "ref", "earliest", "latest"),
    [
        ("the Mexico agreement", "2024-02-01", "2023-03-10", "2023-03-10"),
        ("a day after the police academy bombing", "2023-01-14", "2019-01-18", "2019-01-18"),
        ("the ELN ceasefire", "2024-05-01", "2023-08-03", "2024-08-03"),
        ("the talks in Quito", "2018-03-01", "2017-02-07", "2017-02-07"),
    ],
)
def test_time_review4_colombia_profile_knows_the_eln_process(text, ref, earliest, latest):
    found = normalise(text, date.fromisoformat(ref), "colombia-eln")
    assert found is not None, text
    assert (found.earliest, found.latest) == (earliest, latest)


def test_time_review4_an_eln_report_picks_the_colombia_profile(nlp):
    # ELN and government mentions: Colombia's profile, which now holds both processes
    text = "Talks were held."
    ctx = DocContext(document=Document(id="t", text=text), doc=nlp(text), when=date(2023, 1, 14))
    ctx.mentions = [
        Mention(actor=Actor(code=code, country=country), start_token=0, end_token=1, sentence=0)
        for code, country in [("COLELN", "COL"), ("COLGOV", "COL"), ("VENGOV", "VEN")]
    ]
    profile = select_profile(ctx, None)
    assert profile is not None and profile.name == "colombia-farc"


def test_time_review4_talks_are_dated_by_how_they_began(make_time_ctx):
    ctx = make_time_ctx(
        "The talks, which opened on Monday, are due to close on Friday.", date(2024, 3, 13)
    )
    found = date_for(ctx, _token(ctx, "talks"))
    assert (found.earliest, found.latest) == ("2024-03-11", "2024-03-11")


def test_time_review4_a_past_saying_takes_no_coming_paragraph_date(make_time_ctx):
    # the sentence before speaks of Friday still to come; the saying is the report's day
    ctx = make_time_ctx(
        "Envoys said on Wednesday that the round would close on Friday. The army said it was "
        "willing to resume negotiations.",
        date(2024, 3, 13),
    )
    found = date_for(ctx, _token(ctx, "willing"))
    assert found.latest is not None and found.latest <= "2024-03-13"


def test_time_review4_the_previous_round_is_another_meeting(make_time_ctx):
    ctx = make_time_ctx(
        "Last week's talks in Cairo ended without a deal. The previous round, held in Paris, "
        "produced only a framework.",
        date(2024, 3, 13),
    )
    assert date_for(ctx, _token(ctx, "round")).earliest is None


def test_time_review4_free_relative_dates_only_itself(make_time_ctx):
    # "what Kyiv proposed on Monday" is Monday's proposing, not the rejection's day
    ctx = make_time_ctx(
        "Officials said on Thursday that Moscow had rejected what Kyiv proposed on Monday.",
        date(2024, 3, 14),
    )
    assert date_for(ctx, _token(ctx, "proposed")).earliest == "2024-03-11"
    assert date_for(ctx, _token(ctx, "rejected")).earliest != "2024-03-11"


@pytest.mark.parametrize(("rounds", "dated"), [("several rounds", False), ("the rounds", True)])
def test_time_review4_an_act_spread_over_many_rounds_takes_no_neighbours_date(
        make_time_ctx, rounds: str, dated: bool):
    # "agreed, during several rounds of talks, to ...": many meetings, none of them the day
    # the sentence before names; "during the rounds" may still be that day's
    ctx = make_time_ctx(
        "Kyiv has kept its options open through many months of fighting and diplomacy.\n\n"
        "On the second day of the invasion, President Zelensky signalled that Kyiv could "
        f"drop its NATO bid. Ukraine agreed, during {rounds} of talks, to remain neutral.",
        date(2023, 9, 30), profile="russia-ukraine",
    )
    agreed = date_for(ctx, _token(ctx, "agreed"))
    assert (agreed is not None and agreed.earliest == "2022-02-25") is dated
