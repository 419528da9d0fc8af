"""Patterns found in a third review of unseen news (Sudan, Colombia, Gaza, Lebanon, DRC,
Yemen, the Caucasus, Ukraine): acceptance and stances shown by acts, demands stressed or
set as conditions, concessions of captives, and passing mentions that are no events.

All sentences are written for these tests; they paraphrase no article.
"""

from __future__ import annotations

import pytest

from test_events_news_review import Ctx, _agent, _of

# --- accepting what someone else put on the table --------------------------------------

def test_news3_agreeing_to_a_deal_put_forward_by_others_is_willingness(make_ctx: Ctx) -> None:
    text = "Hamas said it had agreed to a truce deal put forward by Egypt."
    assert [_agent(e) for e in _of(make_ctx, text, "willingness")] == ["PSE"]


def test_news3_acceptance_in_a_relative_clause_after_the_proposer(make_ctx: Ctx) -> None:
    """The parser hangs "which Kyiv accepted" on the proposer, not on the offer."""
    text = "Moscow ignored the offer tabled by Ankara, which Kyiv accepted."
    assert [_agent(e) for e in _of(make_ctx, text, "willingness")] == ["UKR"]


@pytest.mark.parametrize(
    "text",
    [
        "Israel said it was giving serious consideration to the Egyptian proposal.",
        "The Lebanese cabinet approved the American proposal on Thursday.",
    ],
)
def test_news3_taking_up_a_proposal_is_willingness(make_ctx: Ctx, text: str) -> None:
    assert _of(make_ctx, text, "willingness")


def test_news3_a_delegation_to_be_sent_is_willingness(make_ctx: Ctx) -> None:
    text = "Sudan will send a delegation to Geneva for the talks."
    assert [_agent(e) for e in _of(make_ctx, text, "willingness")] == ["SDN"]


# --- demands ---------------------------------------------------------------------------

def test_news3_asking_that_someone_act_is_a_demand(make_ctx: Ctx) -> None:
    demands = _of(make_ctx, "Lebanon has asked that Israel halt its strikes.", "demand")
    assert [_agent(e) for e in demands] == ["LBN"]


def test_news3_stressing_the_need_for_something_is_a_demand(make_ctx: Ctx) -> None:
    text = ("Burhan stressed the need to address the army's concerns before any talks with "
            "the RSF.")
    assert [_agent(e) for e in _of(make_ctx, text, "demand")] == ["SDN"]


def test_news3_a_deal_conditional_on_an_act_is_the_speakers_demand(make_ctx: Ctx) -> None:
    text = ("Azerbaijan said the signing of the treaty is conditional on Armenia changing its "
            "constitution.")
    demands = _of(make_ctx, text, "demand")
    assert [_agent(e) for e in demands] == ["AZE"]
    assert demands[0].modality == "reported"


def test_news3_what_a_plan_calls_for_is_no_demand(make_ctx: Ctx) -> None:
    text = "The plan, according to an Israeli official, calls for the release of all hostages."
    assert not _of(make_ctx, text, "demand")


# --- concessions and refusals ----------------------------------------------------------

def test_news3_agreeing_to_release_captives_is_a_concession(make_ctx: Ctx) -> None:
    text = "Hamas agreed to release 30 hostages as a goodwill gesture."
    assert [_agent(e) for e in _of(make_ctx, text, "concession")] == ["PSE"]


def test_news3_a_joint_release_is_no_concession(make_ctx: Ctx) -> None:
    text = "Israel and Hamas agreed to free the prisoners within a week."
    assert not _of(make_ctx, text, "concession")


def test_news3_defying_efforts_to_disarm_is_a_rejection(make_ctx: Ctx) -> None:
    text = "Hezbollah vowed to defy efforts to disarm it."
    assert [_agent(e) for e in _of(make_ctx, text, "rejection")] == ["LBN"]


# --- passing mentions that are no events -----------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Aliyev said that even if Armenia meets his demands, Baku would not hurry to sign.",
        "The ELN commander spoke at a press conference in Caracas.",
        "In reply, the families put out a statement in support of the US effort, calling it a "
        "real breakthrough.",
    ],
)
def test_news3_no_meeting_in_terms_met_briefings_or_judgements(make_ctx: Ctx, text: str) -> None:
    assert not _of(make_ctx, text, "talks")


def test_news3_a_round_that_frames_an_aim_is_not_ended(make_ctx: Ctx) -> None:
    text = ("Russia and Ukraine failed to reach a deal to end the war during the third round "
            "of talks in Istanbul.")
    assert not _of(make_ctx, text, "suspension")
    assert _of(make_ctx, text, "talks")


# --- modality --------------------------------------------------------------------------

def test_news3_a_negated_condition_is_hypothetical_not_negated(make_ctx: Ctx) -> None:
    text = "Kyiv said sanctions must follow if Russia did not agree to a ceasefire."
    assert [e.modality for e in _of(make_ctx, text, "ceasefire")] == ["hypothetical"]


def test_news3_interest_shown_as_absent_is_negated_willingness(make_ctx: Ctx) -> None:
    text = "Sudan's army has shown no interest in serious negotiations."
    assert [e.modality for e in _of(make_ctx, text, "willingness")] == ["negated"]
    assert not _of(make_ctx, text, "rejection")


def test_news3_declared_lack_of_interest_stays_a_rejection(make_ctx: Ctx) -> None:
    text = "Sudan's army said it had no interest in negotiations with the RSF."
    assert _of(make_ctx, text, "rejection")
    assert not _of(make_ctx, text, "willingness")


# --- second batch: directives said, denials, hearsay, conditions, acts of taking part -----

def test_news3_a_directive_said_is_a_demand(make_ctx: Ctx) -> None:
    demands = _of(make_ctx, "Israel said Hamas must disarm before the war can end.", "demand")
    assert [(_agent(e), e.modality) for e in demands] == [("ISR", "reported")]


def test_news3_a_foreseen_condition_said_is_no_demand(make_ctx: Ctx) -> None:
    text = "Kyiv officials said any agreement would have to be put to a referendum."
    assert not _of(make_ctx, text, "demand")


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Hamas denied that it had agreed to a truce with Israel.", "ceasefire"),
        ("The Kremlin denied reports that Putin and Zelensky had met in Minsk.", "talks"),
    ],
)
def test_news3_a_denied_event_is_negated(make_ctx: Ctx, text: str, etype: str) -> None:
    assert [e.modality for e in _of(make_ctx, text, etype)] == ["negated"]


def test_news3_what_rumours_say_is_reported(make_ctx: Ctx) -> None:
    text = "Rumours that Hamas had agreed to a truce with Israel spread on Monday."
    assert [e.modality for e in _of(make_ctx, text, "ceasefire")] == ["reported"]


def test_news3_a_stance_inside_a_condition_is_hypothetical(make_ctx: Ctx) -> None:
    text = "Qatar said talks could resume if Hamas agreed to release the hostages."
    assert [e.modality for e in _of(make_ctx, text, "concession")] == ["hypothetical"]


def test_news3_restoring_services_is_a_concession(make_ctx: Ctx) -> None:
    text = ("Ethiopia's federal government committed itself to restoring electricity and "
            "banking services in Tigray.")
    assert [_agent(e) for e in _of(make_ctx, text, "concession")] == ["ETH"]


def test_news3_planning_to_send_negotiators_is_willingness(make_ctx: Ctx) -> None:
    text = "Israel plans to send negotiators to Doha next week."
    assert [_agent(e) for e in _of(make_ctx, text, "willingness")] == ["ISR"]


# --- third batch: resumption on a condition, the topic of an absent deal ---------------------

def test_news3_talks_that_could_resume_on_a_condition_set_a_demand(make_ctx: Ctx) -> None:
    text = "The ELN said talks could resume if the government removed the group from its list."
    demands = _of(make_ctx, text, "demand")
    assert [(_agent(e), e.modality) for e in demands] == [("COL", "reported")]


def test_news3_resuming_an_offensive_on_a_condition_is_no_demand(make_ctx: Ctx) -> None:
    text = "Netanyahu said Israel would resume its offensive once the pause ended."
    assert not _of(make_ctx, text, "demand")


def test_news3_a_truce_no_deal_was_reached_on_is_negated(make_ctx: Ctx) -> None:
    text = ("Lasting two hours, the talks between Russia and Ukraine ended with no deal on a "
            "ceasefire but with an agreement on a prisoner swap.")
    assert [e.modality for e in _of(make_ctx, text, "ceasefire")] == ["negated"]


# --- fourth batch: a meeting that brings sides together, a boycott ended -------------------

def test_news3_a_meeting_that_brings_sides_together_is_no_mediation(make_ctx: Ctx) -> None:
    text = "Today's meeting in Addis Ababa brings together Ethiopian and Tigrayan officials."
    assert not _of(make_ctx, text, "mediation")
    assert _of(make_ctx, text, "talks")


def test_news3_a_mediator_bringing_sides_together_still_mediates(make_ctx: Ctx) -> None:
    text = "Qatar brought the Congolese and Rwandan presidents together in Doha."
    assert _of(make_ctx, text, "mediation")


@pytest.mark.parametrize(
    "text",
    [
        "Hamas lifted its boycott of the talks on Monday.",
        "Colombia's ELN called off its boycott of the talks.",
    ],
)
def test_news3_ending_a_boycott_is_willingness_not_a_halt(make_ctx: Ctx, text: str) -> None:
    assert _of(make_ctx, text, "willingness")
    assert not _of(make_ctx, text, "suspension")


# --- second pass (helper G): counted captives, boycotts, reluctance, clefts, habits ---------

def test_news3_agreeing_to_return_a_counted_few_is_a_concession(make_ctx: Ctx) -> None:
    text = "Russia agreed to return only twelve of them."
    assert [_agent(e) for e in _of(make_ctx, text, "concession")] == ["RUS"]
    assert not _of(make_ctx, text, "willingness")


def test_news3_a_stated_intent_to_continue_talks_is_willingness(make_ctx: Ctx) -> None:
    text = "The RSF said it will continue the discussions with the army in Jeddah."
    assert [_agent(e) for e in _of(make_ctx, text, "willingness")] == ["SDN"]


def test_news3_staying_away_from_talks_is_a_boycott(make_ctx: Ctx) -> None:
    text = "The Sudanese army stayed away from the talks in Geneva."
    assert [_agent(e) for e in _of(make_ctx, text, "rejection")] == ["SDN"]
    assert not _of(make_ctx, "The Sudanese army stayed in Geneva.", "rejection")


def test_news3_a_cleft_wish_that_a_party_act_is_a_demand(make_ctx: Ctx) -> None:
    text = "What Lebanon wants is for Israel to withdraw from the five hills."
    assert [_agent(e) for e in _of(make_ctx, text, "demand")] == ["LBN"]
    assert not _of(make_ctx, "What Lebanon wants is more time.", "demand")


def test_news3_reluctance_claimed_by_another_is_negated_willingness(make_ctx: Ctx) -> None:
    text = "Russia claimed that Ukraine is hesitant to engage in serious diplomacy."
    events = _of(make_ctx, text, "willingness")
    assert [(_agent(e), e.modality) for e in events] == [("UKR", "negated")]
    assert events[0].source is not None and events[0].source.code == "RUS"
    assert not _of(make_ctx, text, "rejection")


def test_news3_reluctance_in_the_partys_own_words_is_a_rejection(make_ctx: Ctx) -> None:
    text = "Ukraine said it was unwilling to negotiate with Russia."
    assert [_agent(e) for e in _of(make_ctx, text, "rejection")] == ["UKR"]
    assert not _of(make_ctx, text, "willingness")


def test_news3_unwilling_to_negotiate_told_by_the_author_is_a_refusal(make_ctx: Ctx) -> None:
    text = "Washington remained unwilling to negotiate over the alliance's expansion."
    assert [_agent(e) for e in _of(make_ctx, text, "rejection")] == ["USA"]
    assert not _of(make_ctx, text, "willingness")


def test_news3_a_desire_to_end_the_war_is_willingness(make_ctx: Ctx) -> None:
    text = "Armenia and Azerbaijan expressed a desire to end the war."
    assert _of(make_ctx, text, "willingness")


def test_news3_a_threat_to_pull_out_is_a_hypothetical_suspension(make_ctx: Ctx) -> None:
    text = "Hamas threatened to pull out of the talks."
    assert [e.modality for e in _of(make_ctx, text, "suspension")] == ["hypothetical"]


def test_news3_pulling_out_with_talks_at_hand_is_a_suspension(make_ctx: Ctx) -> None:
    text = ("Talks between the army and the RSF opened in Jeddah on Monday. The army pulled "
            "out two days later.")
    assert [_agent(e) for e in _of(make_ctx, text, "suspension")] == ["SDN"]
    assert not _of(make_ctx, "The army pulled out of Khartoum on Monday.", "suspension")


def test_news3_an_invitation_to_take_part_in_talks_is_a_proposal(make_ctx: Ctx) -> None:
    text = "The United States invited the army and the RSF to participate in talks in Geneva."
    assert [_agent(e) for e in _of(make_ctx, text, "proposal")] == ["USA"]


def test_news3_a_stance_under_an_if_on_a_copula_is_hypothetical(make_ctx: Ctx) -> None:
    text = "If Russia is truly committed to a peace process, this is a good start, Umerov said."
    assert [e.modality for e in _of(make_ctx, text, "willingness")] == ["hypothetical"]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Berri frequently negotiates with Washington on behalf of Hezbollah.", "talks"),
        ("Talks between Israel and Hamas have regularly broken down.", "suspension"),
    ],
)
def test_news3_a_habit_told_in_passing_is_no_event(make_ctx: Ctx, text: str,
                                                   etype: str) -> None:
    assert not _of(make_ctx, text, etype)


@pytest.mark.parametrize(
    "text",
    [
        "Qatar has shown real interest in talks, but Egypt has not.",
        "While Qatar has shown real interest in talks, Egypt has not.",  # the stance first
    ],
)
def test_news3_an_elided_negated_stance_is_the_other_sides_absent_willingness(
        make_ctx: Ctx, text: str) -> None:
    """The bare "has not" repeats the observed interest for Egypt, negated (no rejection)."""
    found = sorted((_agent(e), e.modality) for e in _of(make_ctx, text, "willingness"))
    assert found == [("EGY", "negated"), ("QAT", "asserted")]
    assert not _of(make_ctx, text, "rejection")


def test_news3_an_elided_negated_acceptance_is_a_refusal(make_ctx: Ctx) -> None:
    text = "Hamas accepted the proposal while Israel did not."
    assert [_agent(e) for e in _of(make_ctx, text, "rejection")] == ["ISR"]
    assert not _of(make_ctx, "Hamas accepted the proposal while Israel did not sign.", "rejection")
    first = "While Hamas accepted the proposal, Israel did not."
    assert [_agent(e) for e in _of(make_ctx, first, "rejection")] == ["ISR"]
    assert not _of(make_ctx, "While the talks went on, Israel did not.", "rejection")


@pytest.mark.parametrize(
    "text",
    [
        "Blinken told Aliyev that the dispute should be settled at the table.",
        "The US envoy told Hezbollah that it would have to hand over its weapons.",
    ],
)
def test_news3_a_directive_told_to_a_named_actor_is_a_demand(make_ctx: Ctx, text: str) -> None:
    assert [_agent(e) for e in _of(make_ctx, text, "demand")] == ["USA"]


def test_news3_a_condition_told_to_reporters_is_no_demand(make_ctx: Ctx) -> None:
    text = "Netanyahu told reporters that any deal would have to be put to a vote."
    assert not _of(make_ctx, text, "demand")


def test_news3_a_partys_stated_aim_of_settling_is_willingness(make_ctx: Ctx) -> None:
    text = "Russia's goal is to achieve a ceasefire in the east."
    assert [_agent(e) for e in _of(make_ctx, text, "willingness")] == ["RUS"]
    assert not _of(make_ctx, "Russia's goal is to capture the east.", "willingness")
