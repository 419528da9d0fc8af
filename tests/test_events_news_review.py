"""Patterns found in a review of unseen news about Sudan, Yemen, Gaza, Colombia, Tigray and
Armenia–Azerbaijan: readiness and offers, stalled and boycotted talks, failed aims,
upcoming and proposed events.

All sentences are written for these tests; they paraphrase no article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from parley.events import extract_events
from parley.nlp.context import DocContext
from parley.records import Event

Ctx = Callable[..., DocContext]


def _of(make_ctx: Ctx, text: str, etype: str) -> list[Event]:
    return [e for e in extract_events(make_ctx(text)) if e.type == etype]


def _agent(event: Event) -> str | None:
    return event.agent.group if event.agent is not None else None


# --- types -------------------------------------------------------------------------------

def test_news_talks_that_have_been_stalled_are_suspended(make_ctx: Ctx) -> None:
    text = "Talks between Sudan's army and the RSF have been stalled since March."
    assert _of(make_ctx, text, "suspension")
    assert not _of(make_ctx, text, "obstruction")


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The TPLF said it was ready to take part in a process led by the African Union.", "ETH"),
        ("Qatar said it would not give up on a deal between the two sides.", "QAT"),
        ("Israel agreed to send negotiators to the talks in Doha.", "ISR"),
        ("The Colombian government had hoped to extend the truce with the ELN.", "COL"),
        ("Hamas signalled interest in a broader resolution.", "PSE"),
    ],
)
def test_news_statements_of_readiness_are_willingness(
    make_ctx: Ctx, text: str, agent: str
) -> None:
    found = _of(make_ctx, text, "willingness")
    assert found and _agent(found[0]) == agent


def test_news_ready_for_a_ceasefire_leaves_the_ceasefire_an_aim(make_ctx: Ctx) -> None:
    text = "Hamas said it was ready for a ceasefire with Israel."
    assert _of(make_ctx, text, "willingness")
    assert all(e.modality == "hypothetical" for e in _of(make_ctx, text, "ceasefire"))


def test_news_offering_to_sign_a_deal_is_a_proposal(make_ctx: Ctx) -> None:
    found = _of(make_ctx, "Armenia offered to sign a peace agreement with Azerbaijan.", "proposal")
    assert found and _agent(found[0]) == "ARM"


def test_news_challenging_a_proposal_is_a_rejection(make_ctx: Ctx) -> None:
    found = _of(make_ctx, "The TPLF had earlier challenged the AU's proposal.", "rejection")
    assert found and _agent(found[0]) == "ETH"


def test_news_a_boycotted_meeting_took_place_and_is_rejected(make_ctx: Ctx) -> None:
    text = ("At a meeting in Nairobi on 3 May, which Sudan's army boycotted, the envoys "
            "discussed aid deliveries.")
    assert _of(make_ctx, text, "rejection")
    assert _of(make_ctx, text, "talks")


def test_news_two_sides_unable_to_sign_refuse_no_one(make_ctx: Ctx) -> None:
    text = "Armenia and Azerbaijan cannot sign a treaty yet, the minister said."
    assert not _of(make_ctx, text, "rejection")


def test_news_a_fronted_participle_is_no_complement(make_ctx: Ctx) -> None:
    text = "Meeting in Brussels on Monday, Aliyev and Pashinyan agreed to begin drafting a treaty."
    assert not _of(make_ctx, text, "willingness")


# --- modality ----------------------------------------------------------------------------

def test_news_the_failure_to_reach_a_truce_negates_it(make_ctx: Ctx) -> None:
    text = "The mediators regretted the failure to reach a truce between the army and the RSF."
    found = _of(make_ctx, text, "ceasefire")
    assert found and all(e.modality == "negated" for e in found)


def test_news_the_failure_to_extend_a_truce_leaves_the_truce(make_ctx: Ctx) -> None:
    text = "The UN envoy announced the failure to extend the truce in Yemen."
    assert all(e.modality != "negated" for e in _of(make_ctx, text, "ceasefire"))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Delegations will travel to Geneva ahead of next week's negotiations between "
         "Sudan's army and the RSF.", "talks"),
        ("The proposed agreement between Israel and Hamas includes a long truce.", "ceasefire"),
        ("The proposed agreement between Israel and Hamas includes a long truce.", "agreement"),
        ("Reaching a ceasefire between Israel and Hamas remains difficult.", "ceasefire"),
        ("Ethiopia and the TPLF accepted an invitation to peace talks in Pretoria.", "talks"),
    ],
)
def test_news_upcoming_proposed_and_aimed_events_are_hypothetical(
    make_ctx: Ctx, text: str, etype: str
) -> None:
    found = _of(make_ctx, text, etype)
    assert found and all(e.modality == "hypothetical" for e in found)


# --- extensions, pending signatures, outcomes that did not come ---------------------------

def test_news_a_truce_extension_is_an_event_of_its_own(make_ctx: Ctx) -> None:
    text = ("The truce between the Yemeni government and the Houthis took effect on 2 April "
            "and was extended on 2 June.")
    assert len(_of(make_ctx, text, "ceasefire")) == 2


def test_news_the_extended_truce_is_no_second_truce(make_ctx: Ctx) -> None:
    text = ("Sudan's army and the RSF agreed a week-long truce on 20 May. The truce was "
            "extended by five days on 27 May.")
    found = _of(make_ctx, text, "ceasefire")
    assert len(found) == 2 and {e.trigger for e in found} == {"truce", "extended"}


def test_news_taking_part_under_a_modal_is_willingness(make_ctx: Ctx) -> None:
    found = _of(make_ctx, "Turkey said it would take part in monitoring the truce.",
                "willingness")
    assert found and _agent(found[0]) == "TUR"


def test_news_campaigning_for_a_no_vote_obstructs_the_deal(make_ctx: Ctx) -> None:
    assert _of(make_ctx, "Uribe is campaigning for a No vote on the accord with the FARC.",
               "obstruction")
    assert not _of(make_ctx, "Santos is campaigning for a Yes vote on the accord.",
                   "obstruction")


def test_news_a_truce_misread_as_the_subject_of_agreed_is_no_suspension(make_ctx: Ctx) -> None:
    text = ("A truce agreed after talks between Armenia and Azerbaijan hosted by Russia "
            "broke down within hours.")
    assert not _of(make_ctx, text, "suspension")


def test_news_a_text_that_still_has_to_be_signed_is_hypothetical(make_ctx: Ctx) -> None:
    text = "The final text of the accord between Colombia and the FARC still has to be signed."
    found = _of(make_ctx, text, "agreement")
    assert found and all(e.modality == "hypothetical" for e in found)


def test_news_a_paper_that_did_not_amount_to_a_truce_negates_it(make_ctx: Ctx) -> None:
    text = "The declaration signed by Sudan's army and the RSF did not amount to a ceasefire."
    found = _of(make_ctx, text, "ceasefire")
    assert found and all(e.modality == "negated" for e in found)


# --- pull-outs, disowned truces, rounds that are to take place ----------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Israel pulled its negotiating team out of Doha on Friday.",
        "The RSF left the negotiating table in protest.",
        "Hamas withdrew its delegation from the talks in Cairo.",
    ],
)
def test_news_pulling_out_of_talks_is_a_suspension(make_ctx: Ctx, text: str) -> None:
    assert _of(make_ctx, text, "suspension")


def test_news_not_recognising_an_announced_truce_is_a_rejection(make_ctx: Ctx) -> None:
    text = "The Houthis said they did not recognise the truce announced by Riyadh."
    found = _of(make_ctx, text, "rejection")
    assert found and _agent(found[0]) == "YEM"
    assert all(e.modality != "negated" for e in _of(make_ctx, text, "ceasefire"))


def test_news_a_round_due_to_take_place_is_a_hypothetical_event(make_ctx: Ctx) -> None:
    found = _of(make_ctx, "The second round is due to take place in Mexico.", "talks")
    assert found and found[0].modality == "hypothetical"


def test_news_a_truce_due_to_expire_exists(make_ctx: Ctx) -> None:
    text = "The truce between Israel and Hamas is due to expire on Friday."
    found = _of(make_ctx, text, "ceasefire")
    assert found and found[0].modality == "asserted"


# --- offers, proposers, one side's own halt, labels ---------------------------------------

def test_news_an_offer_never_made_is_a_negated_proposal(make_ctx: Ctx) -> None:
    text = "Colombia says the ELN never made a serious offer to extend the truce."
    found = _of(make_ctx, text, "proposal")
    assert found and found[0].modality == "negated"


def test_news_a_nationality_adjective_names_the_proposer(make_ctx: Ctx) -> None:
    text = "Kyiv said it was ready to accept an American proposal for a 30-day ceasefire."
    found = _of(make_ctx, text, "proposal")
    assert found and _agent(found[0]) == "USA"


def test_news_stopping_ones_own_bombing_is_a_unilateral_halt(make_ctx: Ctx) -> None:
    text = "Trump said the United States would stop its bombing campaign against the Houthis."
    found = _of(make_ctx, text, "ceasefire")
    assert found and _agent(found[0]) == "USA"
    assert {a.group for a in found[0].parties} == {"USA"}


def test_news_a_truce_of_their_own_is_a_second_truce(make_ctx: Ctx) -> None:
    text = ("Ethiopia declared a humanitarian truce in March. The TPLF responded to that truce "
            "by announcing a cessation of hostilities of its own.")
    assert len(_of(make_ctx, text, "ceasefire")) == 2


def test_news_a_label_is_no_event_of_its_own(make_ctx: Ctx) -> None:
    text = "Putin described the offer to Ukraine as a genuine peace proposal."
    assert len(_of(make_ctx, text, "proposal")) == 1


def test_news_an_agreement_to_extend_carries_the_extension(make_ctx: Ctx) -> None:
    text = ("The envoy said the government and the Houthis had not reached an agreement to "
            "extend the truce.")
    assert not [e for e in _of(make_ctx, text, "ceasefire") if e.trigger == "extend"]


def test_news_persuading_the_parties_to_extend_leaves_it_hypothetical(make_ctx: Ctx) -> None:
    text = "The UN is trying to persuade the government and the Houthis to extend the truce."
    found = [e for e in _of(make_ctx, text, "ceasefire") if e.trigger == "extend"]
    assert found and found[0].modality == "hypothetical"


def test_news_two_delegations_agreeing_to_meet_plan_a_meeting(make_ctx: Ctx) -> None:
    text = "The Russian and Ukrainian delegations agreed to meet again next week."
    assert not _of(make_ctx, text, "willingness")
    found = _of(make_ctx, text, "talks")
    assert found and found[0].modality == "hypothetical"


def test_news_a_deal_if_it_were_agreed_is_not_a_second_deal(make_ctx: Ctx) -> None:
    text = "A full ceasefire between Russia and Ukraine, if it were agreed, would be the first."
    assert not _of(make_ctx, text, "agreement")


# --- second round of pages: exits, proposed truces, stated commitments --------------------

def test_news_cutting_talks_short_and_pulling_a_team_are_suspensions(make_ctx: Ctx) -> None:
    assert _of(make_ctx, "The US envoy cut the talks with Hamas short on Thursday.",
               "suspension")
    assert _of(make_ctx, "Israel pulled its negotiating team from Qatar.", "suspension")


def test_news_agreeing_to_a_proposed_truce_is_willingness(make_ctx: Ctx) -> None:
    text = "The RSF agreed to a mediator-proposed humanitarian truce in November."
    found = _of(make_ctx, text, "willingness")
    assert found and _agent(found[0]) == "SDN"
    assert all(e.modality == "hypothetical" for e in _of(make_ctx, text, "ceasefire"))


def test_news_a_lack_of_desire_to_reach_a_truce_is_no_truce(make_ctx: Ctx) -> None:
    text = "The envoy said the reply showed a lack of desire to reach a ceasefire in Gaza."
    assert all(e.modality == "hypothetical" for e in _of(make_ctx, text, "ceasefire"))


def test_news_insisting_one_remains_committed_is_reported_not_hypothetical(
    make_ctx: Ctx
) -> None:
    text = "Hamas insisted that it remains committed to achieving a ceasefire with Israel."
    found = _of(make_ctx, text, "willingness")
    assert found and found[0].modality == "reported"


def test_news_backers_named_in_a_participle_are_no_mediators(make_ctx: Ctx) -> None:
    text = ("The agreement between Israel and Hamas, backed by Egypt and Qatar, was signed "
            "in Cairo.")
    found = _of(make_ctx, text, "agreement")
    assert found and not {a.group for a in found[0].mediators} & {"EGY", "QAT"}
    mediated = ("The agreement between Israel and Hamas, brokered by Egypt and Qatar, was "
                "signed in Cairo.")
    found = _of(make_ctx, mediated, "agreement")
    assert found and {"EGY", "QAT"} <= {a.group for a in found[0].mediators}


def test_news_not_ending_the_war_until_is_a_refusal_not_a_demand(make_ctx: Ctx) -> None:
    text = "Netanyahu said that Israel will not end the war until Hamas is destroyed."
    found = _of(make_ctx, text, "rejection")
    assert found and _agent(found[0]) == "ISR"
    assert not _of(make_ctx, text, "demand")
    assert _of(make_ctx, "Russia will not return to the deal until its demands are met.",
               "demand")


def test_news_agreeing_to_a_truce_and_more_is_also_an_agreement(make_ctx: Ctx) -> None:
    text = ("The government and the Houthis agreed to a ceasefire in Hodeidah and the "
            "withdrawal of their forces from the city.")
    assert _of(make_ctx, text, "agreement") and _of(make_ctx, text, "ceasefire")
    assert not _of(make_ctx, "Israel and Hamas agreed to a four-day pause in the fighting.",
                   "agreement")


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Russia had decided to drastically reduce military activity near Kyiv.", "RUS"),
        ("The deal includes a commitment by the FARC to hand over its assets.", "COL"),
    ],
)
def test_news_decisions_and_commitments_to_give_up_are_concessions(
    make_ctx: Ctx, text: str, agent: str
) -> None:
    found = _of(make_ctx, text, "concession")
    assert found and _agent(found[0]) == agent


def test_news_not_negotiating_until_is_a_refusal(make_ctx: Ctx) -> None:
    text = "Kyiv said Ukraine would not negotiate until Russia withdrew its troops."
    found = _of(make_ctx, text, "rejection")
    assert found and _agent(found[0]) == "UKR"


def test_news_a_mediator_halting_the_talks_suspends_them(make_ctx: Ctx) -> None:
    mediated = ("Talks between Sudan's army and the RSF in Jeddah are mediated by Saudi Arabia "
                "and the United States. On Friday the United States suspended the talks.")
    assert _of(make_ctx, mediated, "suspension")
    outsider = ("Talks between Sudan's army and the RSF in Jeddah are mediated by Saudi Arabia. "
                "On Friday Egypt suspended the talks.")
    assert _of(make_ctx, outsider, "obstruction")


@pytest.mark.parametrize(
    "text",
    [
        "The UN envoy tabled a proposal. The government engaged positively with the proposal.",
        "The US put forward a plan. The Security Council adopted a resolution endorsing the "
        "plan.",
    ],
)
def test_news_acting_on_a_tabled_proposal_does_not_author_it(make_ctx: Ctx, text: str) -> None:
    assert all(_agent(e) in ("UN", "USA") for e in _of(make_ctx, text, "proposal"))
