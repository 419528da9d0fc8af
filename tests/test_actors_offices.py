"""People named with an office they no longer hold. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from parley.actors import recognise
from parley.nlp.context import DocContext
from parley.records import Document


def codes(nlp, text: str, when: date) -> list[str]:
    ctx = DocContext(Document(id="t", text=text), nlp(text), when=when)
    return [m.actor.code for m in recognise(ctx)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the text gives the office: the person acts in it, even after leaving it
        ("Critics say British Prime Minister Boris Johnson urged Kyiv to keep fighting.",
         "GBRGOV"),
        # "former" keeps the person a former office holder
        ("Former British Prime Minister Boris Johnson denied the account.", "GBRELI"),
        # no title: linked at the document date
        ("Boris Johnson denied the account on Sunday.", "GBRELI"),
    ],
)
def test_title_given_in_the_text_names_the_office(nlp, text: str, code: str) -> None:
    assert code in codes(nlp, text, date(2024, 5, 1))


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("Colombians narrowly rejected the accord in a plebiscite on Sunday.", True),
        ("The Colombians rejected the accord.", True),
        ("Two Colombians were hurt in the blast.", False),
        ("Many Colombians rejected the accord.", False),
    ],
)
def test_a_nation_voting_as_a_bare_subject_is_its_state(nlp, text: str, linked: bool) -> None:
    assert ("COL" in codes(nlp, text, date(2016, 10, 3))) is linked


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("Hamas fighters crossed the fence. Two far-right ministers voted against the deal.",
         True),
        ("Hamas fighters crossed the fence. Ministers from the coalition voted against it.",
         False),
        ("Two far-right ministers voted against the deal.", False),  # no home state
    ],
)
def test_bare_plural_ministers_are_the_home_government(nlp, text: str, linked: bool) -> None:
    assert ("ISRGOV" in codes(nlp, text, date(2023, 11, 22))) is linked
