"""Coreference, roles and terms from a fourth review of real reporting (Sudan, Ethiopia,
Colombia, Yemen, Gaza, the Caucasus): one meeting told several ways is one talks event,
and a deal's terms belong to the side each binds.

All sentences are written for these tests; they paraphrase no article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from parley.events import extract_events
from parley.nlp.context import DocContext
from parley.records import Event

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
