"""Patterns found in a second review of unseen news (India–Pakistan, Thailand–Cambodia,
Israel–Iran, Gaza, Afghanistan–Pakistan, DRC–M23, Sudan, Colombia, Yemen, Myanmar):
mediation named as the manner of talks, one party's consent, aims pursued, judgements
that are no phone calls, and one outcome retold in several voices.

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


# --- mediation as a role ---------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Talks in Muscat under Omani and Swiss mediation produced a prisoner exchange.",
        "The round in Nairobi, held through Kenyan mediation, lasted two days.",
    ],
)
def test_news2_mediation_under_which_talks_run_is_a_role(make_ctx: Ctx, text: str) -> None:
    assert not _of(make_ctx, text, "mediation")
    talks = _of(make_ctx, text, "talks")
    assert talks and talks[0].mediators


def test_news2_with_x_acting_as_mediator_hung_elsewhere_is_no_mediation(make_ctx: Ctx) -> None:
    text = ("State television said the negotiations, hosted by Egypt with Jordan acting as "
            "mediator, went on until dawn.")
    assert not _of(make_ctx, text, "mediation")
    assert _of(make_ctx, text, "talks")


# --- judgements are not calls ----------------------------------------------------------

def test_news2_calling_a_response_positive_is_no_phone_call(make_ctx: Ctx) -> None:
    text = "The Egyptian spokesman called Hamas's reply to the plan constructive."
    assert not _of(make_ctx, text, "talks")


# --- consent and aims ------------------------------------------------------------------

def test_news2_one_partys_agreement_to_a_truce_is_willingness(make_ctx: Ctx) -> None:
    text = "Oman's foreign minister obtained Tehran's agreement to a ceasefire with Israel."
    found = _of(make_ctx, text, "willingness")
    assert found and _agent(found[0]) == "IRN"
    assert not _of(make_ctx, text, "agreement")


def test_news2_seeking_an_accord_is_willingness_and_the_accord_an_aim(make_ctx: Ctx) -> None:
    text = "The ELN is seeking a separate accord with Bogota."
    found = _of(make_ctx, text, "willingness")
    assert found and _agent(found[0]) == "COL"
    assert all(e.modality == "hypothetical" for e in _of(make_ctx, text, "agreement"))


# --- one outcome, several voices -------------------------------------------------------

def test_news2_a_ceasefire_retold_by_several_speakers_is_one_event(make_ctx: Ctx) -> None:
    text = ("Armenia and Azerbaijan agreed to a ceasefire on Sunday, the Russian foreign "
            "ministry said. \"Azerbaijan and Armenia have agreed to a ceasefire,\" the Armenian "
            "prime minister wrote later. The Azerbaijani presidency confirmed that Armenia and "
            "Azerbaijan had agreed to a ceasefire.")
    assert len(_of(make_ctx, text, "ceasefire")) == 1


def test_news2_two_dated_truces_between_the_same_sides_stay_apart(make_ctx: Ctx) -> None:
    text = ("Armenia and Azerbaijan agreed to a ceasefire on 10 October, Moscow said. "
            "Armenia and Azerbaijan agreed to a ceasefire on 25 October, Washington said.")
    assert len(_of(make_ctx, text, "ceasefire")) == 2


def test_news2_a_suspension_retold_is_one_event(make_ctx: Ctx) -> None:
    text = ("Saudi and US mediators suspended the talks between the army and the RSF, "
            "diplomats said. The talks were suspended because neither side kept its "
            "commitments, Sudanese media reported.")
    assert len(_of(make_ctx, text, "suspension")) == 1


# --- planned meetings, conditions, concessions, consultations ---------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia and Eritrea agreed a truce. A joint border commission meeting is scheduled "
        "for 4 May in Asmara.",
        "Ethiopia and Eritrea agreed a truce. Consultations with Gulf states are also planned, "
        "the Ethiopian minister said.",
    ],
)
def test_news2_a_planned_meeting_is_a_hypothetical_talks_event(make_ctx: Ctx, text: str) -> None:
    talks = _of(make_ctx, text, "talks")
    assert talks and all(e.modality == "hypothetical" for e in talks)


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The Sudanese army said the talks could only resume with a full withdrawal of the "
         "RSF from civilian homes.", "SDN"),
        ("Azerbaijan will sign the treaty only after the removal of the territorial claim "
         "from Armenia's constitution.", "AZE"),
    ],
)
def test_news2_only_with_or_after_a_condition_is_a_demand(
    make_ctx: Ctx, text: str, agent: str
) -> None:
    found = _of(make_ctx, text, "demand")
    assert found and _agent(found[0]) == agent


def test_news2_only_with_a_counterpart_is_no_condition(make_ctx: Ctx) -> None:
    text = "Ukrainian officials said they would negotiate only with a future Russian president."
    assert not _of(make_ctx, text, "demand")


def test_news2_concessions_made_by_a_party_name_their_agent(make_ctx: Ctx) -> None:
    text = "The rebels were condemned despite the concessions made by the Yemeni government."
    found = _of(make_ctx, text, "concession")
    assert found and _agent(found[0]) == "YEM"


def test_news2_a_party_not_consulted_is_negated_talks(make_ctx: Ctx) -> None:
    text = "Israel was not consulted on the deal, Israeli officials said."
    talks = _of(make_ctx, text, "talks")
    assert talks and talks[0].modality == "negated"
    assert "ISR" in {p.group for p in talks[0].parties}


def test_news2_talks_retold_after_a_deal_are_the_same_talks(make_ctx: Ctx) -> None:
    text = ("Pakistan and Afghanistan held talks in Doha, the Qatari ministry said. Afterwards "
            "the Pakistani defence minister confirmed a truce between Pakistan and Afghanistan "
            "following high-level negotiations in Doha.")
    assert len(_of(make_ctx, text, "talks")) == 1


def test_news2_an_indefinite_phone_call_is_talks_of_its_own(make_ctx: Ctx) -> None:
    text = ("Pakistan and Afghanistan held talks in Doha, the Qatari ministry said. Pakistan and "
            "Afghanistan also held a phone call on Sunday, Kabul said.")
    assert len(_of(make_ctx, text, "talks")) == 2


def test_news2_an_acceptance_retold_is_one_willingness(make_ctx: Ctx) -> None:
    text = ("Hamas accepted the Egyptian plan on Monday, Qatar said. Doha expects an answer "
            "from Israel now that Hamas accepted the plan, a Qatari spokesman added.")
    assert len(_of(make_ctx, text, "willingness")) == 1


def test_news2_one_proposed_truce_mentioned_three_times_is_one_aim(make_ctx: Ctx) -> None:
    text = ("Egypt and Qatar presented a plan for a Gaza ceasefire between Israel and Hamas. "
            "The plan foresees a 60-day ceasefire between Israel and Hamas, Egyptian media "
            "said. Cairo said progress had been made on reaching a ceasefire between Israel "
            "and Hamas.")
    truces = _of(make_ctx, text, "ceasefire")
    assert len(truces) == 1 and truces[0].modality == "hypothetical"


def test_news2_a_truce_in_force_that_could_be_extended_stays_apart(make_ctx: Ctx) -> None:
    text = ("A four-day truce between Israel and Hamas took effect on Friday. Netanyahu said "
            "the truce could be extended. Hamas has demanded a permanent ceasefire with "
            "Israel.")
    assert len(_of(make_ctx, text, "ceasefire")) >= 2


def test_news2_an_unannounced_suspension_is_not_negated(make_ctx: Ctx) -> None:
    text = ("Although the mediators have not officially announced the suspension of the "
            "Jeddah talks, the process remains deadlocked.")
    found = _of(make_ctx, text, "suspension")
    assert found and all(e.modality != "negated" for e in found)


def test_news2_a_truce_named_by_its_implementation_is_no_new_truce(make_ctx: Ctx) -> None:
    text = ("Thailand and Cambodia agreed a ceasefire on Monday. Malaysia will send observers "
            "to check the truce implementation.")
    truces = _of(make_ctx, text, "ceasefire")
    assert len(truces) == 1 and truces[0].modality == "asserted"


def test_news2_what_one_party_agreed_to_is_its_acceptance(make_ctx: Ctx) -> None:
    text = "Qatar said Hamas's reply matched what Israel agreed to last month."
    assert not _of(make_ctx, text, "agreement")
    found = _of(make_ctx, text, "willingness")
    assert found and _agent(found[0]) == "ISR"


def test_news2_a_visit_whose_meeting_is_told_is_that_meeting(make_ctx: Ctx) -> None:
    text = ("Hans Grundberg, the UN envoy, concluded a trip to Riyadh, where he met the "
            "Yemeni foreign minister.")
    talks = _of(make_ctx, text, "talks")
    assert len(talks) == 1 and {p.group for p in talks[0].parties} >= {"UN", "YEM"}


# --- wording of mediation, willingness and demands --------------------------------------

def test_news2_playing_a_role_as_intermediary_is_mediation(make_ctx: Ctx) -> None:
    text = "Oman played a central role as an intermediary between Iran and the United States."
    found = _of(make_ctx, text, "mediation")
    assert found and {m.group for m in found[0].mediators} == {"OMN"}
    assert {p.group for p in found[0].parties} == {"IRN", "USA"}


def test_news2_willingness_to_reach_a_deal_leaves_the_deal_an_aim(make_ctx: Ctx) -> None:
    text = "The RSF expressed its readiness to reach a truce with the Sudanese army."
    found = _of(make_ctx, text, "willingness")
    assert found and _agent(found[0]) == "SDN"
    assert all(e.modality == "hypothetical" for e in _of(make_ctx, text, "ceasefire"))


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Baku conditioned the signing on changes to Armenia's constitution.", "AZE"),
        ("Israel made the return of all hostages a condition for ending the war.", "ISR"),
    ],
)
def test_news2_setting_a_price_for_the_deal_is_a_demand(
    make_ctx: Ctx, text: str, agent: str
) -> None:
    found = _of(make_ctx, text, "demand")
    assert found and _agent(found[0]) == agent


def test_news2_seeking_an_end_to_the_war_is_willingness(make_ctx: Ctx) -> None:
    text = "The Houthis are seeking an end to the war with Saudi Arabia."
    found = _of(make_ctx, text, "willingness")
    assert found and _agent(found[0]) == "YEM"


def test_news2_readiness_for_talks_absorbs_the_talks(make_ctx: Ctx) -> None:
    text = "Baku expressed readiness for talks with Yerevan."
    assert _of(make_ctx, text, "willingness")
    assert not _of(make_ctx, text, "talks")


def test_news2_a_partys_push_for_a_truce_is_a_demand(make_ctx: Ctx) -> None:
    text = "Egypt's push for a truce between Israel and Hamas gathered pace."
    found = _of(make_ctx, text, "demand")
    assert found and _agent(found[0]) == "EGY"
    assert all(e.modality == "hypothetical" for e in _of(make_ctx, text, "ceasefire"))


def test_news2_mediation_efforts_are_mediation(make_ctx: Ctx) -> None:
    text = "The mediation efforts of Kuwait between the Houthis and Riyadh resumed."
    found = _of(make_ctx, text, "mediation")
    assert found and "KWT" in {m.group for m in found[0].mediators}


def test_news2_refusing_direct_talks_is_a_rejection(make_ctx: Ctx) -> None:
    text = "Kinshasa has repeatedly refused direct talks with the M23."
    found = _of(make_ctx, text, "rejection")
    assert found and _agent(found[0]) == "COD"
    assert not _of(make_ctx, text, "talks")
