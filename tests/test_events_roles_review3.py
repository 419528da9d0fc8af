"""Roles, terms and concessions found in a third review of real reporting (Sudan, DRC–M23,
Armenia–Azerbaijan, Thailand–Cambodia, Colombia–ELN): a deal's terms that bind one side,
third parties cast in a meeting's supporting roles, and who asks for mediation.

All sentences are written for these tests; they paraphrase no article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from parley.events import extract_events
from parley.nlp.context import DocContext
from parley.records import Event

Ctx = Callable[..., DocContext]


def _of(make_ctx: Ctx, text: str, etype: str, conflict: str | None = None) -> list[Event]:
    return [e for e in extract_events(make_ctx(text, conflict=conflict)) if e.type == etype]


def _groups(actors: list) -> set[str]:
    return {a.group for a in actors}


# --- a deal's terms that bind one side are that side's concessions ----------------------

def test_review3_each_term_a_deal_provides_for_is_a_concession(make_ctx: Ctx) -> None:
    text = ("Kyiv and Moscow signed a deal that provided for Russia to pull back to its earlier "
            "lines and for Ukraine to give up its bid to join a military alliance.")
    concessions = _of(make_ctx, text, "concession")
    agents = {e.agent.group for e in concessions if e.agent is not None}
    assert agents == {"RUS", "UKR"}
    assert all(e.modality == "asserted" for e in concessions)
    assert all(_groups(e.parties) == {"RUS", "UKR"} for e in concessions)
    deal = _of(make_ctx, text, "agreement")
    assert deal and {(t.party.group if t.party else None, t.issue) for t in deal[0].terms} >= {
        ("RUS", "withdrawal"), ("UKR", "nato_membership")}


def test_review3_a_term_the_parser_roots_in_the_clause_still_counts(make_ctx: Ctx) -> None:
    text = ("The deal provided for Russia to withdraw to its earlier lines and for Ukraine to "
            "give up its bid to join an alliance in exchange for guarantees.")
    agents = {e.agent.group for e in _of(make_ctx, text, "concession") if e.agent is not None}
    assert agents == {"RUS", "UKR"}


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Armenia and Azerbaijan signed an accord in Moscow. The provisions of the accord "
         "required Armenia to return to its earlier lines.", "ARM"),
        ("Israel and Hamas reached a deal in Doha. The terms of the deal called for Israel to "
         "return to its positions of October.", "ISR"),
        ("Israel and Hamas reached a deal in Doha. The deal called for Israel to return to the "
         "table in June.", None),  # going back to talks gives nothing up
    ],
)
def test_review3_the_terms_of_a_deal_and_a_return_to_earlier_lines(
    make_ctx: Ctx, text: str, agent: str | None
) -> None:
    agents = [e.agent.group for e in _of(make_ctx, text, "concession") if e.agent is not None]
    assert agents == ([agent] if agent else [])


def test_review3_a_deal_requiring_one_side_to_disarm_is_its_concession(make_ctx: Ctx) -> None:
    text = ("The accord the army and the RSF signed in Jeddah requires the RSF to hand over "
            "its heavy weapons.")
    concessions = _of(make_ctx, text, "concession", conflict="sudan-2023")
    assert [e.agent.code for e in concessions if e.agent is not None] == ["SDNRSF"]


def test_review3_a_proposed_deals_terms_are_hypothetical(make_ctx: Ctx) -> None:
    text = "The draft deal would provide for Russia to withdraw its troops."
    concessions = _of(make_ctx, text, "concession")
    assert concessions and concessions[0].modality == "hypothetical"


def test_review3_a_plan_or_a_joint_term_is_no_concession(make_ctx: Ctx) -> None:
    plan = ("The plan calls for Russia to withdraw to its earlier lines and for Ukraine to "
            "give up its bid to join NATO.")
    joint = "The agreement provides for both sides to withdraw their forces from the city."
    assert not _of(make_ctx, plan, "concession")
    assert not _of(make_ctx, joint, "concession")


def test_review3_provision_verbs_must_be_a_list_of_lemmas() -> None:
    import pytest

    from parley.errors import RuleError
    from parley.events.terms import parse_provision_verbs

    assert "provide" in parse_provision_verbs({"provision_verbs": ["Provide"]}, "terms.yaml")
    with pytest.raises(RuleError, match="provision_verbs"):
        parse_provision_verbs({"provision_verbs": "provide"}, "terms.yaml")


# --- third parties in a supporting role are no sides ------------------------------------

def test_review3_observers_who_attend_a_meeting_are_third_parties(make_ctx: Ctx) -> None:
    text = ("Egypt and the UAE, which back opposing sides, attended the meeting between the "
            "army and the RSF as observers.")
    talks = _of(make_ctx, text, "talks", conflict="sudan-2023")
    assert talks
    assert _groups(talks[0].mediators) == {"EGY", "ARE"}
    assert not _groups(talks[0].parties) & {"EGY", "ARE"}


def test_review3_a_co_organiser_named_with_with_is_no_party(make_ctx: Ctx) -> None:
    text = ("Hun Manet and the Thai premier met in Putrajaya on Monday, with the United States "
            "as co-organiser.")
    talks = _of(make_ctx, text, "talks")
    assert talks and "USA" in _groups(talks[0].mediators)
    assert "USA" not in _groups(talks[0].parties)


def test_review3_the_inviter_of_a_meeting_convenes_it(make_ctx: Ctx) -> None:
    text = "The Thai and Cambodian leaders met in Putrajaya at the invitation of Malaysia."
    talks = _of(make_ctx, text, "talks")
    assert talks and "MYS" in _groups(talks[0].mediators)
    assert "MYS" not in _groups(talks[0].parties)


def test_review3_the_author_after_a_rejected_proposal_is_a_party(make_ctx: Ctx) -> None:
    text = "Israel rejected a proposal from Egypt for a truce."
    rejection = _of(make_ctx, text, "rejection")
    assert rejection and _groups(rejection[0].parties) == {"ISR", "EGY"}
    proposal = _of(make_ctx, text, "proposal")
    assert proposal and proposal[0].agent is not None and proposal[0].agent.group == "EGY"


def test_review3_role_words_must_be_lists_of_lemmas() -> None:
    import pytest

    from parley.errors import RuleError
    from parley.events.roles import parse_role_words, role_words

    assert "observer" in role_words().support_roles
    with pytest.raises(RuleError, match="convener_nouns"):
        parse_role_words({"support_roles": ["observer"], "agent_preps": ["by"]}, "roles.yaml")


# --- a mediator of one venue is not inherited by a truce agreed at another --------------

def test_review3_a_truce_agreed_at_another_venue_keeps_no_earlier_broker(make_ctx: Ctx) -> None:
    text = ("Baku and Yerevan ended the war under a deal brokered by Russia.\n\n"
            "Two earlier truces had failed. A truce agreed after talks between the two foreign "
            "ministers hosted by Lavrov in Moscow on 10 October broke down at once, and a truce "
            "announced after meetings in Washington on 25 October collapsed the next day.")
    events = extract_events(make_ctx(text, conflict="armenia-azerbaijan"))
    placed = {e.location.name: e for e in events if e.type == "talks" and e.location}
    assert set(placed) == {"Moscow", "Washington"}  # "hosted by X in Moscow" places the talks
    assert "RUS" in _groups(placed["Moscow"].mediators)
    assert not _groups(placed["Washington"].mediators)
    washington = [e for e in events if e.type == "ceasefire" and e.location
                  and e.location.name == "Washington"]
    assert washington and "RUS" not in _groups(washington[0].mediators)


def test_review3_mediators_who_speak_of_the_round_are_no_sides(make_ctx: Ctx) -> None:
    text = ("The army and the RSF met in Jeddah on Monday. Saudi and US mediators said they "
            "regretted the failure to achieve a lasting cessation of hostilities during this "
            "round of talks in Jeddah.")
    talks = _of(make_ctx, text, "talks", conflict="sudan-2023")
    assert len(talks) == 1  # "this round" is the meeting, not a round between the mediators
    assert _groups(talks[0].parties) == {"SDN"}
    truce = _of(make_ctx, text, "ceasefire", conflict="sudan-2023")
    assert truce and truce[0].modality == "negated"
    assert _groups(truce[0].parties) == {"SDN"}
    assert not _groups(truce[0].parties) & {"SAU", "USA"}



def test_review3_acting_as_intermediaries_during_talks_is_a_role(make_ctx: Ctx) -> None:
    text = ("Saudi Arabia, the United States and IGAD, acting as intermediaries during the "
            "talks in Jeddah, announced that aid deliveries would resume.")
    assert not _of(make_ctx, text, "mediation", conflict="sudan-2023")
    talks = _of(make_ctx, text, "talks", conflict="sudan-2023")
    assert talks and _groups(talks[0].mediators) == {"SAU", "USA", "IGAD"}


def test_review3_mediating_during_talks_is_still_narrated(make_ctx: Ctx) -> None:
    text = "Saudi Arabia mediated between the army and the RSF during the talks in Jeddah."
    assert _of(make_ctx, text, "mediation", conflict="sudan-2023")


# --- a named owner makes an event noun definite -----------------------------------------

def test_review3_the_owners_proposal_refers_back_to_it(make_ctx: Ctx) -> None:
    text = ("On Sunday the UN envoy Hans Grundberg put forward a proposal for a longer truce "
            "of six months.\n\nThe Presidential Leadership Council said it had accepted the "
            "envoy's proposal and blamed the Houthis.")
    proposals = _of(make_ctx, text, "proposal", conflict="yemen")
    assert len(proposals) == 1


# --- a third party talking with both sides mediates ------------------------------------

def test_review3_contacts_a_third_party_holds_with_both_sides_are_mediation(
    make_ctx: Ctx
) -> None:
    text = ("The Houthis and the government agreed to reopen the roads around Taiz. Officials "
            "said the deal followed weeks of discussions and contacts conducted by Oman with "
            "both parties.")
    mediation = _of(make_ctx, text, "mediation", conflict="yemen")
    assert mediation and _groups(mediation[0].mediators) == {"OMN"}
    assert "OMN" not in _groups(mediation[0].parties)
    assert not [e for e in _of(make_ctx, text, "talks", conflict="yemen")
                if "OMN" in _groups(e.parties)]


def test_review3_a_mediation_lends_no_pair_to_a_one_sided_event(make_ctx: Ctx) -> None:
    text = ("The Houthis and the United States agreed to stop attacking each other on Tuesday. "
            "Oman said the deal followed contacts conducted by Muscat with both parties. "
            "Israel was not consulted.")
    talks = [e for e in _of(make_ctx, text, "talks", conflict="yemen")
             if "ISR" in _groups(e.parties)]
    assert talks and "USA" in _groups(talks[0].parties)


def test_review3_a_second_deal_dated_apart_lends_no_brokers(make_ctx: Ctx) -> None:
    text = ("Israel and Hamas agreed a week-long truce in November 2023.\n\n"
            "In January 2025, Qatar, Egypt and the United States brokered a second ceasefire "
            "between Israel and Hamas.")
    ctx = make_ctx(text, published="2025-02-01", conflict="israel-hamas")
    truces = sorted((e for e in extract_events(ctx) if e.type == "ceasefire"),
                    key=lambda e: e.date.earliest or "")
    assert len(truces) == 2
    assert not _groups(truces[0].mediators)
    assert _groups(truces[1].mediators) == {"QAT", "EGY", "USA"}


# --- an actor named as absent is no party ------------------------------------------------

def test_review3_an_actor_named_as_absent_is_never_bridged_in(make_ctx: Ctx) -> None:
    text = ("Russian and Ukrainian negotiators last met in Istanbul in 2022. The Kremlin set "
            "out new terms a day before a peace summit on Ukraine opened in Switzerland without "
            "Russia.")
    summit = [e for e in _of(make_ctx, text, "talks", conflict="russia-ukraine")
              if e.location is not None and e.location.name == "Switzerland"]
    assert summit and "RUS" not in _groups(summit[0].parties)


# --- who hosted an event, told in a relative clause --------------------------------------

def test_review3_where_x_hosted_names_the_host_of_the_meeting(make_ctx: Ctx) -> None:
    text = ("Officials recalled last month's meeting in Jeddah, where Saudi Arabia hosted "
            "advisers from forty countries to discuss the peace plan.")
    talks = _of(make_ctx, text, "talks", conflict="russia-ukraine")
    assert talks and "SAU" in _groups(talks[0].mediators)


def test_review3_talks_which_x_mediated_are_no_second_mediation(make_ctx: Ctx) -> None:
    text = "The army and the RSF returned to the talks, which Saudi Arabia and the US mediated."
    assert not _of(make_ctx, text, "mediation", conflict="sudan-2023")
    talks = _of(make_ctx, text, "talks", conflict="sudan-2023")
    assert talks and _groups(talks[0].mediators) == {"SAU", "USA"}


# --- a second pass on bridging and back-references (helper H) --------------------------

def test_review3_several_rounds_of_talks_take_no_bridged_mediators(make_ctx: Ctx) -> None:
    text = ("Armenia and Azerbaijan held talks mediated by the European Union in May 2023. "
            "Over several rounds of talks, Azerbaijan agreed to free detainees.")
    talks = _of(make_ctx, text, "talks")
    mediated = [e for e in talks if e.mediators]
    assert len(talks) == 2 and len(mediated) == 1
    assert _groups(mediated[0].mediators) == {"EU"}


def test_review3_a_refusal_noun_to_discuss_is_no_talks(make_ctx: Ctx) -> None:
    text = "Critics blamed Washington for Russia's refusal to discuss NATO membership."
    assert _of(make_ctx, text, "talks") == []
    refusals = _of(make_ctx, text, "rejection")
    assert [e.agent.group for e in refusals if e.agent is not None] == ["RUS"]


def test_review3_the_broker_of_obstructed_talks_is_no_party(make_ctx: Ctx) -> None:
    text = ("Israel and Hamas held indirect talks in Doha in January 2023. Washington also "
            "obstructed the Qatar-brokered negotiations, Hamas said.")
    obstruction = _of(make_ctx, text, "obstruction")
    assert obstruction and "QAT" not in _groups(obstruction[0].parties)
    talks = _of(make_ctx, text, "talks")
    assert talks and "QAT" in _groups(talks[0].mediators)


def test_review3_a_brokered_back_reference_joins_the_brokered_talks(make_ctx: Ctx) -> None:
    text = ("Ukraine and Russia held talks in Belarus on 28 February 2022. Kyiv also joined "
            "talks mediated by Turkey in March 2022. Moscow later accused London of "
            "undermining the Turkish-brokered negotiations.")
    talks = {e.location.name if e.location else None: e for e in _of(make_ctx, text, "talks")}
    assert set(talks) == {"Belarus", None}
    assert talks["Belarus"].mediators == []
    assert len(talks[None].evidence) == 2


def test_review3_arriving_in_a_capital_for_talks_is_a_visit(make_ctx: Ctx) -> None:
    text = ("Israel and Hamas resumed indirect talks in Doha in March 2023. Indian Prime "
            "Minister Narendra Modi arrived in Kyiv for talks on 23 August 2023.")
    visit = [e for e in _of(make_ctx, text, "talks") if "IND" in _groups(e.parties)]
    assert visit and _groups(visit[0].parties) == {"IND", "UKR"}


def test_review3_landing_for_meetings_names_the_host_once(make_ctx: Ctx) -> None:
    text = ("Turkish President Recep Tayyip Erdogan landed in Baku on Monday for meetings with "
            "Azerbaijani President Ilham Aliyev.")
    talks = _of(make_ctx, text, "talks")
    assert talks and _groups(talks[0].parties) == {"TUR", "AZE"}
    assert len(talks[0].parties) == 2


def test_review3_both_parties_are_the_pair_of_the_sentence_before(make_ctx: Ctx) -> None:
    text = ("Israel and Hamas resumed indirect talks in Doha in May 2023, and Israel said Hamas "
            "must free all hostages. Hamas rejected the Israeli demand. Separately, Oman said "
            "the Houthis and the United States had agreed to stop attacking each other. Both "
            "parties announced the truce on Tuesday.")
    truces = _of(make_ctx, text, "ceasefire")
    assert truces and all(_groups(e.parties) == {"YEM", "USA"} for e in truces)


def test_review3_talks_resumed_twice_in_one_month_are_one_resumption(make_ctx: Ctx) -> None:
    text = ("In March 2023 Armenia and Azerbaijan resumed their talks in Brussels. "
            "In late March 2023 the two countries resumed negotiations, mediated by the "
            "European Union.")
    talks = _of(make_ctx, text, "talks")
    assert len(talks) == 1 and talks[0].location is not None
    assert "EU" in _groups(talks[0].mediators)


def test_review3_talks_resumed_months_apart_stay_two(make_ctx: Ctx) -> None:
    text = ("In March 2023 Armenia and Azerbaijan resumed their talks in Brussels. In July "
            "2023 the two countries resumed negotiations, mediated by the European Union.")
    assert len(_of(make_ctx, text, "talks")) == 2


def test_review3_an_undated_event_codes_a_borrowed_person_by_the_home_events_date(
    make_ctx: Ctx,
) -> None:
    """A former office named today ("the former prime minister") is the office held then."""
    text = ("Armenia and Azerbaijan held talks mediated by Boris Johnson, the former British "
            "prime minister, on 5 March 2022. These talks might have produced a truce.")
    truce = _of(make_ctx, text, "ceasefire")
    assert truce and not truce[0].date.earliest
    assert [m.code for m in truce[0].mediators] == ["GBRGOV"]
