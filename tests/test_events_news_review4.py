"""Patterns found in a fourth review of unseen news (Sudan, Gaza, DRC, Colombia, the
Caucasus, Lebanon, Ukraine): mediation told as an effort, talks frozen or left, stances
shown by studying a proposal or keeping up the work, outcomes reached as understandings,
acts that carry out a deal, and demands stated as a party's position.

All sentences are written for these tests; they paraphrase no article.
"""

from __future__ import annotations

import pytest

from parley.events import extract_events
from test_events_news_review import Ctx, _agent, _of


def _mediators(event: object) -> list[str]:
    return sorted(m.group for m in event.mediators)  # type: ignore[attr-defined]


# --- mediation told as an effort -------------------------------------------------------

def test_news4_efforts_to_broker_a_truce_are_mediation(make_ctx: Ctx) -> None:
    text = "Norway is leading efforts to broker a truce between Colombia and the ELN."
    mediations = _of(make_ctx, text, "mediation")
    assert [_mediators(e) for e in mediations] == [["NOR"]]
    assert all(e.modality == "hypothetical" for e in _of(make_ctx, text, "ceasefire"))


def test_news4_trying_to_broker_a_deal_is_mediation(make_ctx: Ctx) -> None:
    text = "Qatar tried to broker a deal between Israel and Hamas in March."
    assert [_mediators(e) for e in _of(make_ctx, text, "mediation")] == [["QAT"]]


def test_news4_mediation_attempts_by_named_states(make_ctx: Ctx) -> None:
    text = "Earlier mediation attempts by Kenya and Ethiopia came to nothing."
    assert [_mediators(e) for e in _of(make_ctx, text, "mediation")] == [["ETH", "KEN"]]


def test_news4_nudging_both_sides_towards_a_deal_is_mediation(make_ctx: Ctx) -> None:
    text = "Washington has been nudging the two sides towards a settlement."
    assert [_mediators(e) for e in _of(make_ctx, text, "mediation")] == [["USA"]]


# --- talks halted ------------------------------------------------------------------------

def test_news4_pulling_out_on_a_day_leaves_the_talks_at_hand(make_ctx: Ctx) -> None:
    text = ("Talks between Kinshasa and the M23 were due to open in Luanda. The M23 pulled "
            "out on Sunday.")
    assert [_agent(e) for e in _of(make_ctx, text, "suspension")] == ["COD"]


def test_news4_a_frozen_negotiating_table_is_a_suspension(make_ctx: Ctx) -> None:
    text = "The ELN said the negotiating table with the government was frozen."
    assert _of(make_ctx, text, "suspension")


# --- stances -----------------------------------------------------------------------------

def test_news4_studying_a_proposal_is_willingness(make_ctx: Ctx) -> None:
    text = "Hamas said it would study the Egyptian proposal."
    assert [_agent(e) for e in _of(make_ctx, text, "willingness")] == ["PSE"]


def test_news4_welcoming_an_invitation_is_willingness(make_ctx: Ctx) -> None:
    text = "The Houthis welcomed the Omani invitation to talks."
    assert [_agent(e) for e in _of(make_ctx, text, "willingness")] == ["YEM"]


def test_news4_agreeing_to_keep_up_efforts_is_willingness_not_a_deal(make_ctx: Ctx) -> None:
    text = "Armenia and Azerbaijan agreed to continue efforts towards a peace treaty."
    assert _of(make_ctx, text, "willingness")
    assert not [e for e in _of(make_ctx, text, "agreement") if e.modality == "asserted"]


def test_news4_criticising_a_proposal_is_a_rejection(make_ctx: Ctx) -> None:
    text = "Burhan criticised the American proposal as biased."
    assert [_agent(e) for e in _of(make_ctx, text, "rejection")] == ["SDN"]


# --- outcomes ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said it had reached an understanding with Washington on the main points.",
        "The meeting of Russia and Ukraine produced an understanding on prisoner exchanges.",
    ],
)
def test_news4_an_understanding_reached_is_an_agreement(make_ctx: Ctx, text: str) -> None:
    assert _of(make_ctx, text, "agreement")


def test_news4_a_ceasefire_declaration_is_no_deal(make_ctx: Ctx) -> None:
    text = "A ceasefire declaration by the RSF did not stop the shelling of El Fasher."
    assert _of(make_ctx, text, "ceasefire")
    assert not _of(make_ctx, text, "agreement")


# --- carrying out a deal -----------------------------------------------------------------

def test_news4_captives_freed_under_a_deal_are_a_concession(make_ctx: Ctx) -> None:
    text = "Israel freed 50 prisoners on Sunday as part of the truce deal."
    assert [_agent(e) for e in _of(make_ctx, text, "concession")] == ["ISR"]


@pytest.mark.parametrize(
    "text",
    [
        "Israel freed 50 prisoners on Sunday.",  # no deal named: a passing act
        "Israel will free 50 prisoners under the deal.",  # a term of the deal, still to come
    ],
)
def test_news4_no_concession_without_a_deal_carried_out(make_ctx: Ctx, text: str) -> None:
    assert not _of(make_ctx, text, "concession")


def test_news4_a_crossing_reopened_under_an_agreement_is_a_concession(make_ctx: Ctx) -> None:
    text = "Israel has reopened the Rafah crossing under the agreement with Egypt."
    assert [_agent(e) for e in _of(make_ctx, text, "concession")] == ["ISR"]


# --- demands stated as a position --------------------------------------------------------

def test_news4_a_partys_insistence_that_another_must_act_is_a_demand(make_ctx: Ctx) -> None:
    text = "Moscow's insistence that Kyiv must give up four regions has stalled the talks."
    demands = _of(make_ctx, text, "demand")
    assert [_agent(e) for e in demands] == ["RUS"]
    assert [p.group for p in demands[0].parties] == ["UKR"]


def test_news4_a_position_repeated_is_reported_by_the_speaker(make_ctx: Ctx) -> None:
    text = "Lavrov repeated Moscow's position that Kyiv must accept neutrality."
    demands = _of(make_ctx, text, "demand")
    assert [(_agent(e), e.modality) for e in demands] == [("RUS", "reported")]


def test_news4_an_ownerless_argument_is_no_demand(make_ctx: Ctx) -> None:
    text = "The argument that Kyiv must give up land has few supporters in Europe."
    assert not _of(make_ctx, text, "demand")


def test_news4_an_argument_carried_by_the_clause_is_its_subjects_demand(make_ctx: Ctx) -> None:
    text = ("Turkey slowed the accession process for months, one with the argument that "
            "Sweden must expel the activists.")
    demands = _of(make_ctx, text, "demand")
    assert [(_agent(e), [p.group for p in e.parties]) for e in demands] == [("TUR", ["SWE"])]


def test_news4_an_argument_carried_by_a_clause_with_no_actor_is_no_demand(
        make_ctx: Ctx) -> None:
    text = "The session ended with the argument that Armenia must change its constitution."
    assert not _of(make_ctx, text, "demand")


def test_news4_stalling_the_negotiations_is_obstruction(make_ctx: Ctx) -> None:
    text = "Baku has stalled the negotiations for a year."
    assert [_agent(e) for e in _of(make_ctx, text, "obstruction")] == ["AZE"]


# --- second pass: stances pending, aims, and reporters' formulas -------------------------

def test_news4_open_to_a_proposal_is_willingness(make_ctx: Ctx) -> None:
    text = "Hamas said it was open to any proposal that ends the war."
    assert [_agent(e) for e in _of(make_ctx, text, "willingness")] == ["PSE"]


def test_news4_an_acceptance_not_yet_given_is_pending_not_refused(make_ctx: Ctx) -> None:
    text = "Boulos said Burhan and Hemedti had not officially agreed to the truce proposal."
    assert not _of(make_ctx, text, "rejection")
    assert [e.modality for e in _of(make_ctx, text, "willingness")] == ["negated"]


def test_news4_talks_expected_next_month_are_hypothetical(make_ctx: Ctx) -> None:
    text = "Peace talks between Armenia and Azerbaijan are expected in the autumn."
    assert [e.modality for e in _of(make_ctx, text, "talks")] == ["hypothetical"]


def test_news4_what_continuing_efforts_aim_at_is_hypothetical(make_ctx: Ctx) -> None:
    text = ("Efforts continue to narrow the gaps and reach a ceasefire arrangement between "
            "Israel and Hamas.")
    events = _of(make_ctx, text, "ceasefire") + _of(make_ctx, text, "agreement")
    assert events and all(e.modality == "hypothetical" for e in events)


def test_news4_a_source_requesting_anonymity_makes_no_demand(make_ctx: Ctx) -> None:
    text = "A Sudanese army officer confirmed the meeting with the RSF, requesting anonymity."
    assert not _of(make_ctx, text, "demand")


# --- third pass: concessions offered as gestures, one side's own meetings -----------------

def test_news4_a_withdrawal_as_a_goodwill_gesture_is_a_concession(make_ctx: Ctx) -> None:
    text = "The M23 withdrew from the town of Walikale as a goodwill gesture."
    assert [_agent(e) for e in _of(make_ctx, text, "concession")] == ["COD"]


def test_news4_a_withdrawal_after_fighting_is_no_concession(make_ctx: Ctx) -> None:
    assert not _of(make_ctx, "The M23 withdrew from Walikale after heavy fighting.", "concession")


@pytest.mark.parametrize(
    "text",
    [
        "Israel's security cabinet met on Friday to approve the deal with Hamas.",
        "Zelensky met reporters in Kyiv on Tuesday.",
        "Netanyahu convened a cabinet meeting in Jerusalem on Saturday night.",
        "Britain hosted a humanitarian conference on Sudan in London on Tuesday.",
    ],
)
def test_news4_one_sides_own_meetings_are_no_talks(make_ctx: Ctx, text: str) -> None:
    assert not _of(make_ctx, text, "talks")


# --- fourth pass: attempts at mediation, balking, mooted talks, direct contacts ----------

def test_news4_trying_to_mediate_is_one_mediation_told_as_done(make_ctx: Ctx) -> None:
    text = "The AU envoys went to Addis Ababa to try to mediate between Ethiopia and the TPLF."
    mediations = _of(make_ctx, text, "mediation")
    assert [(_mediators(e), e.modality) for e in mediations] == [(["AU"], "asserted")]


def test_news4_trying_to_win_over_the_rival_factions_is_mediation(make_ctx: Ctx) -> None:
    text = "The United Nations tried on Monday to persuade the rival factions to share power."
    assert [_mediators(e) for e in _of(make_ctx, text, "mediation")] == [["UN"]]


def test_news4_trying_to_persuade_one_ally_is_no_mediation(make_ctx: Ctx) -> None:
    text = "Israel tried to persuade the United States to block the resolution."
    assert not _of(make_ctx, text, "mediation")


def test_news4_balking_at_the_accord_is_a_rejection(make_ctx: Ctx) -> None:
    text = "Hamas balked at parts of the Egyptian proposal."
    assert _of(make_ctx, text, "rejection")


def test_news4_mooting_talks_is_willingness(make_ctx: Ctx) -> None:
    text = "Ethiopia and the TPLF have mooted the possibility of talks."
    assert _of(make_ctx, text, "willingness")
    assert all(e.modality == "hypothetical" for e in _of(make_ctx, text, "talks"))


def test_news4_direct_contacts_between_the_sides_are_talks(make_ctx: Ctx) -> None:
    text = "There have been direct contacts between Moscow and Kyiv since March."
    assert [sorted(p.group for p in e.parties) for e in _of(make_ctx, text, "talks")] == [
        ["RUS", "UKR"]]


# --- fifth pass: halting participation, easing a demand ---------------------------------

def test_news4_halting_participation_in_talks_is_a_suspension(make_ctx: Ctx) -> None:
    text = "Sudan's army halted its participation in the Jeddah talks on Wednesday."
    assert [_agent(e) for e in _of(make_ctx, text, "suspension")] == ["SDN"]


def test_news4_easing_a_demand_is_a_concession_not_a_new_demand(make_ctx: Ctx) -> None:
    text = "Israel eased its demand for a military presence in the corridor."
    assert [_agent(e) for e in _of(make_ctx, text, "concession")] == ["ISR"]
    assert not _of(make_ctx, text, "demand")


# --- sixth pass: a deal named as the purpose of a trip ------------------------------------

def test_news4_a_deal_sought_in_a_purpose_clause_is_hypothetical(make_ctx: Ctx) -> None:
    text = "The envoy flew to Doha to reach a ceasefire agreement between Israel and Hamas."
    events = _of(make_ctx, text, "agreement") + _of(make_ctx, text, "ceasefire")
    assert events and all(e.modality == "hypothetical" for e in events)


def test_news4_a_deal_they_managed_to_secure_happened(make_ctx: Ctx) -> None:
    text = "Russia and Ukraine managed to secure a deal on grain exports on Friday."
    assert [e.modality for e in _of(make_ctx, text, "agreement")] == ["asserted"]


# --- blame presupposes the event it is about ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Moscow tried to shift the blame for the collapse of the talks onto Kyiv.",
    "The ministry keeps trying to pin the responsibility for Hamas's rejection of the plan on "
    "Qatar.",
])
def test_news4_an_attempt_to_shift_blame_leaves_the_blamed_event_told(
        make_ctx: Ctx, text: str) -> None:
    events = [e for e in extract_events(make_ctx(text))
              if e.type in ("suspension", "rejection")]
    assert [e.modality for e in events] == ["asserted"]


def test_news4_an_attempt_without_blame_stays_hypothetical(make_ctx: Ctx) -> None:
    text = "Moscow tried to force the collapse of the talks."
    assert [e.modality for e in _of(make_ctx, text, "suspension")] == ["hypothetical"]


# --- armed forces pulled out --------------------------------------------------------------

def test_news4_pulling_fighters_out_of_a_place_is_a_concession(make_ctx: Ctx) -> None:
    text = "The RSF pulled its fighters out of the hospital in El Fasher."
    assert [_agent(e) for e in _of(make_ctx, text, "concession")] == ["SDN"]
    assert not _of(make_ctx, text, "suspension")


def test_news4_pulling_out_of_the_talks_is_no_concession(make_ctx: Ctx) -> None:
    text = "The rebels' delegation pulled out of the talks in Doha."
    assert not _of(make_ctx, text, "concession")


# --- calls told by their channel ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ruto and Abiy spoke by telephone about the stalled talks.",
    "Erdogan and Zelensky talked by video link for an hour.",
])
def test_news4_two_leaders_speaking_by_phone_or_video_is_talks(make_ctx: Ctx, text: str) -> None:
    talks = _of(make_ctx, text, "talks")
    assert [len(e.parties) for e in talks] == [2]


def test_news4_speaking_to_reporters_by_phone_is_no_talks(make_ctx: Ctx) -> None:
    assert not _of(make_ctx, "Hamas officials spoke to reporters by phone.", "talks")
