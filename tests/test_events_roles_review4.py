"""Coreference, roles and terms from a fourth review of real reporting (Sudan, Ethiopia,
Colombia, Yemen, Gaza, the Caucasus): one meeting told several ways is one talks event,
and a deal's terms belong to the side each binds.

All sentences are written for these tests; they paraphrase no article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from parley.events import extract_events
from parley.events.coref import Candidate, merge
from parley.events.roles import Roles
from parley.nlp.context import DocContext, Mention
from parley.records import Actor, Basis, DateInterval, Event

Ctx = Callable[..., DocContext]


def _of(make_ctx: Ctx, text: str, etype: str, published: str = "2023-09-30") -> list[Event]:
    return [e for e in extract_events(make_ctx(text, published=published)) if e.type == etype]


def _groups(actors: list) -> set[str]:
    return {a.group for a in actors}


# --- one meeting told several ways --------------------------------------------------------

SANAA = "Saudi envoys held talks with Houthi leaders in Sanaa on Sunday. "
CARACAS = "Government and ELN negotiators held a round of talks in Caracas on 13 April. "


@pytest.mark.parametrize(
    ("text", "published", "count"),
    [
        # a meeting verb just after the talks, naming no other side, retells them
        (SANAA + "The Saudi ambassador's delegation met with Houthi negotiators for several "
         "hours.", "2023-04-10", 1),
        # one more meeting, or one on another day, stays apart
        (SANAA + "The Saudi delegation also met with Houthi commanders in the afternoon.",
         "2023-04-10", 2),
        (SANAA + "On 2 March the Saudi delegation met with Houthi negotiators.", "2023-04-10", 2),
        # a bare plural "talks" dated alike retells the round; dated apart it is another
        (CARACAS + "Government officials said that talks with the ELN began on 13 April.",
         "2024-04-16", 1),
        (CARACAS + "Government officials said that talks with the ELN began in Havana in 2017.",
         "2024-04-16", 2),
    ],
)
def test_review4_retold_meetings(make_ctx: Ctx, text: str, published: str, count: int) -> None:
    assert len(_of(make_ctx, text, "talks", published=published)) == count


def test_review4_the_resumption_of_talks_is_definite(make_ctx: Ctx) -> None:
    text = ("The army and the RSF resumed negotiations in Jeddah on Thursday, mediated by "
            "Saudi Arabia. Riyadh said it welcomed the resumption of talks between the two.")
    talks = _of(make_ctx, text, "talks", published="2023-10-27")
    assert len(talks) == 1
    assert "SAU" in _groups(talks[0].mediators)


def test_review4_a_factual_retelling_makes_definite_talks_under_a_modal_real(
        make_ctx: Ctx) -> None:
    text = ("Ethiopia and the TPLF meet\n\nHe said he was encouraged by the talks being held "
            "in South Africa. The talks started in South Africa on Tuesday, the South African "
            "government said.")
    talks = _of(make_ctx, text, "talks", published="2022-10-26")
    assert len(talks) == 1
    assert talks[0].modality in ("asserted", "reported")


def test_review4_a_mediator_read_as_a_side_elsewhere_is_another_setting(make_ctx: Ctx) -> None:
    text = ("Saudi and Omani delegations held talks with Houthi officials in Sanaa on Sunday. "
            "The visit shows progress in the Oman-mediated consultations between Riyadh "
            "and the Houthis.")
    talks = _of(make_ctx, text, "talks", published="2023-04-10")
    assert len(talks) == 2
    assert any(_groups(t.mediators) == {"OMN"} for t in talks)


# --- each side's deal term is its own concession ------------------------------------------

def test_review4_a_second_coordinated_term_binds_its_own_side(make_ctx: Ctx) -> None:
    text = "The deal obliged the army to withdraw from the city and the RSF to free its prisoners."
    concessions = _of(make_ctx, text, "concession")
    terms = {e.agent.code: {(t.party.code if t.party else None, t.issue) for t in e.terms}
             for e in concessions if e.agent is not None}
    assert terms == {"SDNMIL": {("SDNMIL", "withdrawal")}, "SDNRSF": {("SDNRSF", "prisoners")}}


def test_review4_a_coordinated_place_is_no_second_side(make_ctx: Ctx) -> None:
    text = "The deal obliged the Sudanese army to withdraw from the city and the airport."
    concessions = _of(make_ctx, text, "concession")
    assert [e.agent.code for e in concessions if e.agent is not None] == ["SDNMIL"]


# --- a back-reference's borrowed date -------------------------------------------------------

def _talks(trigger: int, sentence: int, when: str | None = None, basis: Basis = "unknown",
           broker: str | None = None, anaphoric: bool = False) -> Candidate:
    roles = Roles()
    if broker is not None:
        roles.add_mediators([Mention(Actor(code=broker, country=broker, kind="state"),
                                     trigger - 2, trigger - 1, sentence)])
    date_ = DateInterval(earliest=when, latest=when, basis=basis) if when else DateInterval()
    return Candidate(type="talks", trigger=trigger, trigger_text="talks", sentence=sentence,
                     roles=roles, date=date_, anaphoric=anaphoric, nominal=True)


def test_review4_a_date_borrowed_from_another_round_is_not_given_away() -> None:
    # undated talks brokered by Israel; a round in Istanbul dated by the text; then "the
    # Israeli-brokered talks", dated only by borrowing the Istanbul date
    brokered = _talks(5, 0, broker="ISR")
    istanbul = _talks(20, 2, "2022-03-29", "explicit")
    mention = _talks(40, 4, "2022-03-29", "inherited", broker="ISR", anaphoric=True)
    _, by_token = merge([brokered, istanbul, mention])
    assert by_token[40] is by_token[5]
    assert by_token[5].date.earliest is None


def test_review4_a_date_borrowed_from_no_other_event_is_kept() -> None:
    brokered = _talks(5, 0, broker="ISR")
    mention = _talks(40, 4, "2022-03-29", "inherited", broker="ISR", anaphoric=True)
    _, by_token = merge([brokered, mention])
    assert by_token[5].date.earliest == "2022-03-29"


def test_review4_a_mention_beside_a_placed_one_joins_that_place(make_ctx: Ctx) -> None:
    text = ("In May 2023 envoys of the Sudanese army and the RSF held talks in Jeddah. "
            "At talks in Manama on 20 January 2024, the two sides drew up a draft deal.\n\n"
            "Critics say Abu Dhabi froze the Jeddah negotiations during the sessions.")
    talks = {e.location.name: e for e in _of(make_ctx, text, "talks", published="2024-06-01")
             if e.location is not None}
    assert {"Jeddah", "Manama"} <= set(talks)
    assert not any("froze" in ev.text for ev in talks["Manama"].evidence)
    assert any("froze" in ev.text for ev in talks["Jeddah"].evidence)


# --- going back to how things stood before the war ----------------------------------------

def _terms(event: Event) -> set[tuple[str | None, str | None]]:
    return {(t.party.group if t.party else None, t.issue) for t in event.terms}


def test_review4_back_to_pre_war_positions_is_a_withdrawal_of_its_own_side(make_ctx: Ctx) -> None:
    text = ("In March 2022 the two delegations reached a draft accord that required Russia to "
            "return to its pre-war positions and Ukraine to give up its NATO ambitions.")
    concessions = {e.agent.group: e for e in _of(make_ctx, text, "concession", "2024-06-01")
                   if e.agent is not None}
    assert set(concessions) == {"RUS", "UKR"}
    assert _terms(concessions["RUS"]) == {("RUS", "withdrawal")}
    deal = _of(make_ctx, text, "agreement", "2024-06-01")
    assert deal and ("RUS", "withdrawal") in _terms(deal[0])


def test_review4_going_back_to_a_pre_invasion_footing_is_a_withdrawal(make_ctx: Ctx) -> None:
    text = ("The draft deal obliged Russia to go back to its pre-invasion footing and Ukraine "
            "to give up its NATO ambitions.")
    concessions = {e.agent.group: e for e in _of(make_ctx, text, "concession", "2024-06-01")
                   if e.agent is not None}
    assert ("RUS", "withdrawal") in _terms(concessions["RUS"])


def test_review4_going_back_to_the_talks_gives_nothing_up(make_ctx: Ctx) -> None:
    text = "The draft deal obliged Russia to go back to the negotiating table in June."
    assert not _of(make_ctx, text, "concession", "2024-06-01")


# --- whom a demand targets --------------------------------------------------------------------

def test_review4_a_demand_targets_whom_its_terms_bind(make_ctx: Ctx) -> None:
    for text, target in [
        ("Egypt called on Israel to withdraw from the Rafah crossing.", "ISR"),
        ("Hamas demanded a full Israeli withdrawal from Gaza.", "ISR"),
    ]:
        demands = _of(make_ctx, text, "demand")
        assert demands and target in _groups(demands[0].parties), text
        assert (target, "withdrawal") in _terms(demands[0]), text


# --- mediators of the process -------------------------------------------------------------

def test_review4_guarantors_cast_with_with_are_no_sides(make_ctx: Ctx) -> None:
    text = ("Colombia and the ELN held talks in Caracas in November, with Norway and Cuba as "
            "guarantors. In February the delegations met again in Mexico City.")
    talks = {e.location.name: e for e in _of(make_ctx, text, "talks", "2023-03-01")
             if e.location is not None}
    assert _groups(talks["Caracas"].parties) == {"COL"}
    assert _groups(talks["Caracas"].mediators) == {"NOR", "CUB"}
    assert _groups(talks["Mexico City"].parties) == {"COL"}  # "the delegations": the sides


def test_review4_a_later_unplaced_round_keeps_the_process_mediator(make_ctx: Ctx) -> None:
    text = ("The talks between Ethiopia and the TPLF, mediated by the African Union, opened "
            "on 25 October. Ten days later the delegations resumed talks.")
    talks = _of(make_ctx, text, "talks", "2022-12-15")
    assert talks and all("AU" in _groups(t.mediators) for t in talks)
