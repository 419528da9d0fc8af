"""General negotiation patterns: withdrawals, visits, convening, offers of good offices,
mediators cast by role, unilateral truces, observed absences, stranded phrases.

All sentences are written for these tests; they paraphrase no article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from parley.events import extract_events
from parley.nlp.context import DocContext
from parley.records import Actor, Event

Ctx = Callable[..., DocContext]


def _events(make_ctx: Ctx, text: str) -> list[Event]:
    return extract_events(make_ctx(text))


def _of(events: list[Event], etype: str) -> list[Event]:
    return [e for e in events if e.type == etype]


def _groups(actors: list[Actor]) -> set[str]:
    return {a.group for a in actors}


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Serbia pulled its troops back from the border as a goodwill gesture.", "SRB"),
        ("Eritrean soldiers pulled back from the town last week.", "ERI"),
    ],
)
def test_events_pulling_forces_back_is_a_concession(
    make_ctx: Ctx, text: str, agent: str
) -> None:
    found = _of(_events(make_ctx, text), "concession")
    assert found and found[0].agent is not None and found[0].agent.group == agent


def test_events_pressing_for_a_meeting_is_a_demand(make_ctx: Ctx) -> None:
    found = _of(_events(make_ctx, "Kyiv pressed for a meeting of the two presidents."), "demand")
    assert found and found[0].agent is not None and found[0].agent.group == "UKR"


@pytest.mark.parametrize(
    "text",
    [
        "Armenia presented a new draft to Azerbaijan on Friday.",
        "Hamas delivered its written response to the Egyptian mediators on Monday.",
    ],
)
def test_events_handing_over_a_paper_is_a_proposal(make_ctx: Ctx, text: str) -> None:
    assert _of(_events(make_ctx, text), "proposal")


@pytest.mark.parametrize(
    ("text", "mediators", "parties"),
    [
        ("Norway brought the government and the ELN together in Oslo.", {"NOR"}, {"COL"}),
        ("Norway brought the two sides together in Oslo.", {"NOR"}, set()),
    ],
)
def test_events_bringing_the_sides_together_is_mediation(
    make_ctx: Ctx, text: str, mediators: set[str], parties: set[str]
) -> None:
    found = _of(_events(make_ctx, text), "mediation")
    assert found
    assert _groups(found[0].mediators) == mediators
    assert parties <= _groups(found[0].parties)
    assert not _groups(found[0].parties) & mediators  # the convener is no side


def test_events_relative_pronoun_keeps_the_whole_coordination(make_ctx: Ctx) -> None:
    text = "Qatar and Egypt, which mediated the deal, said the truce would hold."
    deal = _of(_events(make_ctx, text), "agreement")
    assert deal and {"QAT", "EGY"} <= _groups(deal[0].mediators)


@pytest.mark.parametrize(
    ("text", "counterpart"),
    [
        ("Israel consulted Washington before the vote.", "USA"),
        ("The leaders of France and Germany visited Kyiv on Friday.", "UKR"),
        ("British Prime Minister Boris Johnson made a surprise visit to Kyiv on Saturday.", "UKR"),
        ("Blinken's trip to Beijing ended without a breakthrough.", "CHN"),
    ],
)
def test_events_consultations_and_visits_are_talks(
    make_ctx: Ctx, text: str, counterpart: str
) -> None:
    found = _of(_events(make_ctx, text), "talks")
    assert found and counterpart in _groups(found[0].parties)
    assert len(_groups(found[0].parties)) >= 2


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister consulted his lawyers.",
        "The minister visited the front line.",
        "The visit was followed within a week by a prisoner swap.",
        "The African mission visited Kyiv on Friday.",
    ],
)
def test_events_no_counterpart_no_talks(make_ctx: Ctx, text: str) -> None:
    assert not _of(_events(make_ctx, text), "talks")


def test_events_visit_lends_no_pair_to_other_events(make_ctx: Ctx) -> None:
    text = "The leaders of France and Germany visited Kyiv and demanded a ceasefire."
    truce = _of(_events(make_ctx, text), "ceasefire")
    assert truce and "UKR" not in _groups(truce[0].parties)


def test_events_government_and_rebel_negotiators_are_the_sides(make_ctx: Ctx) -> None:
    text = ("Colombia's government and the ELN have fought for decades. "
            "Government and rebel negotiators met in Havana.")
    talks = _of(_events(make_ctx, text), "talks")
    assert talks and {m.code for m in talks[0].parties} == {"COLGOV", "COLELN"}


@pytest.mark.parametrize(
    "text",
    [
        "Talks resumed in Havana, with Venezuela, Cuba and Norway among the guarantor countries.",
        "Talks resumed in Havana, with Cuba and Norway as guarantors.",
    ],
)
def test_events_actors_cast_as_guarantors_are_mediators(make_ctx: Ctx, text: str) -> None:
    talks = _of(_events(make_ctx, text), "talks")
    assert talks and {"CUB", "NOR"} <= _groups(talks[0].mediators)
    assert not _groups(talks[0].parties) & {"CUB", "NOR", "VEN"}


def test_events_unilateral_truce_has_one_agent_and_no_mediators(make_ctx: Ctx) -> None:
    text = ("Government and ELN negotiators met in Caracas, with Cuba and Norway as "
            "guarantors. The ELN declared a unilateral ceasefire over Christmas.")
    truce = _of(_events(make_ctx, text), "ceasefire")
    assert truce and truce[0].agent is not None and truce[0].agent.code == "COLELN"
    assert not truce[0].mediators
    assert {m.code for m in truce[0].parties} == {"COLELN"}


def test_events_one_sides_suspension_of_a_decree_takes_no_mediators(make_ctx: Ctx) -> None:
    text = ("Government and ELN negotiators met in Caracas, with Cuba and Norway as "
            "guarantors. The government later suspended the decree on the truce.")
    halt = _of(_events(make_ctx, text), "suspension")
    assert halt and not halt[0].mediators


def test_events_no_sign_of_willingness_is_negated_not_a_refusal(make_ctx: Ctx) -> None:
    observed = _events(make_ctx, "Azerbaijan showed no sign of wanting to negotiate.")
    assert [(e.type, e.modality) for e in observed] == [("willingness", "negated")]
    refused = _events(make_ctx, "Azerbaijan was not willing to negotiate.")
    assert [e.type for e in refused] == ["rejection"]


def test_events_halt_with_a_stranded_phrase_is_a_ceasefire(make_ctx: Ctx) -> None:
    events = _events(make_ctx, "Moscow agreed to a 30-day halt to attacks on power plants.")
    assert [e.type for e in events] == ["ceasefire"]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The African Union has offered to host a meeting between the two generals.", "AU"),
        ("Norway offered to mediate between the government and the ELN.", "NOR"),
    ],
)
def test_events_offer_of_good_offices_is_a_proposal(
    make_ctx: Ctx, text: str, agent: str
) -> None:
    events = _events(make_ctx, text)
    offer = _of(events, "proposal")
    assert offer and offer[0].agent is not None and offer[0].agent.group == agent
    assert not _of(events, "willingness")
    hosted = [e for e in events if e.type in ("talks", "mediation")]
    assert hosted and hosted[0].modality == "hypothetical"


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Kuleba insisted that Ukraine would not accept ultimatums.", "UKR"),
        ("Ukrainian negotiators said they will not agree to any deal that cedes land.", "UKR"),
        ("Serbia said it would never surrender.", "SRB"),
        ("Russia would not take part in any process built on the plan.", "RUS"),
        ("Putin said Kyiv had abandoned the Istanbul text.", "UKR"),
    ],
)
def test_events_refusals_and_repudiations_are_rejections(
    make_ctx: Ctx, text: str, agent: str | None
) -> None:
    events = _events(make_ctx, text)
    refusal = _of(events, "rejection")
    assert refusal
    if agent is not None:
        assert refusal[0].agent is not None and refusal[0].agent.group == agent
    assert not [e for e in events if e.type == "agreement" and e.modality == "negated"]


def test_events_talks_declared_pointless_are_rejected_by_the_speaker(make_ctx: Ctx) -> None:
    events = _events(make_ctx, "Moscow said any talks held without it were pointless.")
    assert [(e.type, e.agent.group if e.agent else None) for e in events] == [
        ("rejection", "RUS")]


def test_events_planned_meeting_is_hypothetical_and_names_who_meets(make_ctx: Ctx) -> None:
    text = ("Armenia and Azerbaijan met in Prague. "
            "A further meeting of the two leaders is planned in Geneva in June.")
    talks = _of(_events(make_ctx, text), "talks")
    assert [t.modality for t in talks] == ["asserted", "hypothetical"]
    assert _groups(talks[1].parties) == {"ARM", "AZE"}


def test_events_sitting_down_with_an_actor_is_talks(make_ctx: Ctx) -> None:
    talks = _of(_events(make_ctx, "Israel sat down with Hamas negotiators in Cairo."), "talks")
    assert talks and _groups(talks[0].parties) == {"ISR", "PSE"}


def test_events_an_aides_threat_is_his_governments(make_ctx: Ctx) -> None:
    text = "A senior adviser to Iran's supreme leader threatened to block the transit route."
    found = _of(_events(make_ctx, text), "obstruction")
    assert found and found[0].agent is not None and found[0].agent.group == "IRN"


def test_events_urging_a_party_to_keep_fighting_obstructs(make_ctx: Ctx) -> None:
    text = ("Russia and Ukraine held talks in Istanbul. "
            "Britain advised Ukraine's leaders to keep fighting.")
    found = _of(_events(make_ctx, text), "obstruction")
    assert found and found[0].agent is not None and found[0].agent.group == "GBR"
    assert "UKR" in _groups(found[0].parties)
    calm = _events(make_ctx, "Qatar urged both sides to stop fighting.")
    assert not _of(calm, "obstruction")


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Kyiv welcomed any effort to stop the fighting.", "UKR"),
        ("Moscow accepted the good offices of Turkey.", "RUS"),
        ("The Russians were prepared to end the war if Kyiv stayed out of NATO.", "RUS"),
        ("Russia had been ready to sign.", "RUS"),
    ],
)
def test_events_welcoming_efforts_and_readiness_to_settle_are_willingness(
    make_ctx: Ctx, text: str, agent: str
) -> None:
    found = _of(_events(make_ctx, text), "willingness")
    assert found and found[0].agent is not None and found[0].agent.group == agent


def test_events_wanting_a_named_actor_to_act_is_a_demand(make_ctx: Ctx) -> None:
    events = _events(make_ctx, "Ethiopia wants the African Union to convene a meeting.")
    demand = _of(events, "demand")
    assert demand and demand[0].agent is not None and demand[0].agent.group == "ETH"
    assert "AU" in _groups(demand[0].parties)
    assert not _of(_events(make_ctx, "Putin wanted the deal to continue."), "demand")


def test_events_scheduled_end_of_a_truce_is_not_hypothetical(make_ctx: Ctx) -> None:
    events = _events(make_ctx, "The truce between Israel and Hamas is scheduled to expire.")
    assert [e.modality for e in _of(events, "ceasefire")] == ["asserted"]


def test_events_question_left_to_a_meeting_of_two_leaders_is_future_talks(
    make_ctx: Ctx,
) -> None:
    text = ("Russia and Ukraine met in Istanbul. "
            "The future of the east was left to a meeting of the two presidents.")
    talks = _of(_events(make_ctx, text), "talks")
    assert [t.modality for t in talks] == ["asserted", "hypothetical"]
    assert _groups(talks[1].parties) == {"RUS", "UKR"}


@pytest.mark.parametrize(
    ("text", "counterpart"),
    [
        ("Erdogan said he would discuss the grain corridor with Putin.", "RUS"),
        ("His defence minister had spoken to his Russian counterpart on Tuesday.", "RUS"),
    ],
)
def test_events_discussing_with_and_speaking_to_an_actor_are_talks(
    make_ctx: Ctx, text: str, counterpart: str
) -> None:
    talks = _of(_events(make_ctx, text), "talks")
    assert talks and counterpart in _groups(talks[0].parties)


def test_events_speaking_to_the_press_is_no_talks(make_ctx: Ctx) -> None:
    assert not _events(make_ctx, "The minister spoke to reporters in Geneva.")


def test_events_promise_to_respect_a_truce_is_willingness(make_ctx: Ctx) -> None:
    text = ("Israel and Hamas agreed a truce. "
            "Hamas said its fighters would respect the truce as long as Israel did.")
    events = _events(make_ctx, text)
    keep = _of(events, "willingness")
    assert keep and keep[0].agent is not None and keep[0].agent.group == "PSE"
    assert [e.modality for e in _of(events, "ceasefire")] == ["asserted"]
    broken = _events(make_ctx, "Israel and Hamas agreed a truce. "
                               "Hamas said it would not respect the truce.")
    assert _of(broken, "rejection") and not _of(broken, "willingness")


def test_events_deal_a_text_is_designed_to_reach_is_hypothetical(make_ctx: Ctx) -> None:
    events = _events(make_ctx, "The roadmap was designed to secure a ceasefire by March.")
    assert [e.modality for e in _of(events, "ceasefire")] == ["hypothetical"]
    convening = _events(make_ctx, "IGAD formed a group meant to bring the two generals together.")
    assert [e.modality for e in _of(convening, "mediation")] == ["asserted"]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Ukraine would stay out of NATO under the draft.", "UKR"),
        ("Russia agreed to reduce its troops near the border.", "RUS"),
    ],
)
def test_events_staying_out_of_an_alliance_and_drawdowns_are_concessions(
    make_ctx: Ctx, text: str, agent: str
) -> None:
    found = _of(_events(make_ctx, text), "concession")
    assert found and found[0].agent is not None and found[0].agent.group == agent
    assert not _events(make_ctx, "The troops stayed out of the city.")


def test_events_not_committing_to_a_proposal_is_a_rejection(make_ctx: Ctx) -> None:
    events = _events(make_ctx, "Kuleba said Lavrov had not committed to it.")
    assert [(e.type, e.agent.group if e.agent else None) for e in events] == [
        ("rejection", "RUS")]


def test_events_joint_commitment_is_an_agreement(make_ctx: Ctx) -> None:
    joint = _events(make_ctx, "Armenia and Azerbaijan committed to a roadmap for border talks.")
    assert [e.type for e in joint] == ["agreement"]
    assert _groups(joint[0].parties) == {"ARM", "AZE"}
    staying = _events(make_ctx, "Armenia and Azerbaijan remained committed to the peace process.")
    assert [e.type for e in staying] == ["willingness"]
    alone = _events(make_ctx, "Azerbaijan committed to the roadmap.")
    assert [e.type for e in alone] == ["willingness"]


def test_events_truce_agreed_on_a_date_is_one_ceasefire(make_ctx: Ctx) -> None:
    text = ("The army and the RSF met in Jeddah. A seven-day truce agreed on 20 May, which "
            "took effect two days later, was the first one.")
    events = _events(make_ctx, text)
    assert sorted(e.type for e in events) == ["ceasefire", "talks"]


def test_events_two_counted_leaders_are_the_two_sides(make_ctx: Ctx) -> None:
    text = "Russia and Ukraine fought on. The two foreign ministers met in Antalya."
    talks = _of(_events(make_ctx, text), "talks")
    assert talks and _groups(talks[0].parties) == {"RUS", "UKR"}


def test_events_talks_that_never_got_under_way_are_negated(make_ctx: Ctx) -> None:
    text = ("Israel and Hamas agreed a truce in January. Talks on the second phase, which was "
            "supposed to bring a lasting ceasefire, never got under way.")
    events = _events(make_ctx, text)
    assert [e.modality for e in _of(events, "talks")] == ["negated"]
    assert [e.modality for e in _of(events, "ceasefire")] == ["asserted", "hypothetical"]


def test_events_each_actor_takes_its_own_cast_role(make_ctx: Ctx) -> None:
    text = ("Talks resumed in Havana, with Cuba and Norway serving as guarantors and "
            "Venezuela and Chile as accompanying countries.")
    talks = _of(_events(make_ctx, text), "talks")
    assert talks and _groups(talks[0].mediators) == {"CUB", "NOR"}


# --- real-reporting patterns: brokers, invitations, welcomes, acceptances, calls ----------


def test_events_broker_named_often_is_no_side(make_ctx: Ctx) -> None:
    text = (
        "Norway brokered a truce between Colombia's government and the ELN on Friday. "
        "Norway said the truce would hold. Norway will host the next round. "
        "The truce collapsed within a week."
    )
    events = _events(make_ctx, text)
    assert events
    assert all("NOR" not in _groups(e.parties) for e in events)


def test_events_organisation_envoy_is_no_side(make_ctx: Ctx) -> None:
    text = (
        "The UN envoy Ghassan Salame said the talks between the Libyan National Army and "
        "the Government of National Accord would resume. The UN welcomed it. "
        "The ceasefire collapsed on Monday."
    )
    truce = _of(_events(make_ctx, text), "ceasefire")
    assert truce and "UN" not in _groups(truce[0].parties)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya invited the government of South Sudan and the SPLM-IO to talks in Nairobi.",
        "Malaysia appealed to Thailand and Cambodia to agree to a ceasefire.",
    ],
)
def test_events_invited_or_appealed_for_is_hypothetical(make_ctx: Ctx, text: str) -> None:
    outcomes = [e for e in _events(make_ctx, text) if e.type in ("talks", "ceasefire")]
    assert outcomes and all(e.modality == "hypothetical" for e in outcomes)


def test_events_meeting_dated_after_the_report_has_not_happened(make_ctx: Ctx) -> None:
    text = "Talks between Armenia and Azerbaijan open in Berlin on 14 October."
    talks = _of(extract_events(make_ctx(text, published="2023-10-02")), "talks")
    assert talks and talks[0].modality == "hypothetical"


def test_events_welcoming_the_start_of_talks_is_no_willingness(make_ctx: Ctx) -> None:
    events = _events(
        make_ctx, "Norway and Cuba welcomed the start of talks between Colombia and the ELN."
    )
    assert not _of(events, "willingness")
    talks = _of(events, "talks")
    assert talks and "NOR" not in _groups(talks[0].parties)


def test_events_fronted_date_is_no_particle(make_ctx: Ctx) -> None:
    events = _events(
        make_ctx,
        "On Monday, the Colombian negotiator insisted in a statement that a truce would be "
        "signed with the ELN.",
    )
    assert not _of(events, "demand")
    assert _of(events, "ceasefire")


def test_events_agreeing_to_a_proposal_is_willingness(make_ctx: Ctx) -> None:
    events = _events(make_ctx, "Hamas and Israel agreed to the Egyptian proposal on Monday.")
    assert _of(events, "willingness")
    assert not [e for e in _of(events, "proposal") if e.agent and e.agent.group == "PSE"]
    assert not _of(events, "agreement")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Erdogan called Putin on Tuesday.", {"TUR", "RUS"}),
        ("Zelensky called Macron to discuss the plan.", {"UKR", "FRA"}),
    ],
)
def test_events_calling_a_leader_is_talks(make_ctx: Ctx, text: str, expected: set[str]) -> None:
    events = _events(make_ctx, text)
    talks = _of(events, "talks")
    assert talks and _groups(talks[0].parties) == expected
    assert not _of(events, "demand")


def test_events_calling_someone_a_name_is_no_talks(make_ctx: Ctx) -> None:
    assert not _of(_events(make_ctx, "Netanyahu called Hamas a terrorist group."), "talks")


def test_events_those_called_on_do_what_is_asked(make_ctx: Ctx) -> None:
    events = _events(make_ctx, "The UN called on Russia and Ukraine to resume talks.")
    talks = _of(events, "talks")
    assert talks and _groups(talks[0].parties) == {"RUS", "UKR"}


def test_events_accepting_a_national_proposal_names_its_authors(make_ctx: Ctx) -> None:
    events = _events(make_ctx, "Hamas said it had accepted an Egyptian and Qatari proposal.")
    found = _of(events, "willingness")
    assert found and _groups(found[0].parties) == {"PSE", "EGY", "QAT"}


def test_events_every_modifier_of_mediators_is_a_mediator(make_ctx: Ctx) -> None:
    text = "Saudi, US and Kenyan mediators suspended the talks between Sudan's army and the RSF."
    talks = _of(_events(make_ctx, text), "talks")
    assert talks and {"SAU", "USA", "KEN"} <= _groups(talks[0].mediators)
    assert not {"SAU", "USA", "KEN"} & _groups(talks[0].parties)


def test_events_a_mediation_announcing_is_no_agent(make_ctx: Ctx) -> None:
    text = (
        "The joint mediation of the African Union, the United States and Saudi Arabia "
        "announced the suspension of the negotiations."
    )
    found = _of(_events(make_ctx, text), "suspension")
    assert found and found[0].agent is None
    assert {"AU", "USA", "SAU"} <= _groups(found[0].mediators)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Colombia and the ELN postponed the signing of a bilateral truce by a day.",
         "hypothetical"),
        ("Mediators were trying to settle the final details of a truce after long talks in "
         "Doha between Israel and Hamas.", "asserted"),
    ],
)
def test_events_postponed_and_anchoring_events(make_ctx: Ctx, text: str, modality: str) -> None:
    etype = "ceasefire" if modality == "hypothetical" else "talks"
    found = _of(_events(make_ctx, text), etype)
    assert found and found[0].modality == modality


def test_events_talks_after_whose_end_someone_speaks_took_place(make_ctx: Ctx) -> None:
    text = (
        "Turkey said after the end of the Doha talks between Armenia and Azerbaijan that "
        "the two sides would meet again in Istanbul on 6 November."
    )
    talks = _of(extract_events(make_ctx(text, published="2023-10-31")), "talks")
    assert any(e.modality in ("asserted", "reported") for e in talks)
    assert any(e.modality == "hypothetical" for e in talks)


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        ("Serbian and Kosovar negotiators sat across from each other in Brussels.", True),
        ("Armenian and Azerbaijani envoys sat opposite one another in Almaty.", True),
        ("The two ministers sat across the room during the dinner.", False),
    ],
)
def test_events_sitting_across_from_each_other_is_talks(
    make_ctx: Ctx, text: str, talks: bool
) -> None:
    assert bool(_of(_events(make_ctx, text), "talks")) is talks
