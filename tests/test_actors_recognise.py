"""Recognition on short news-like sentences written for these tests (tricky cases)."""

from __future__ import annotations

from datetime import date

import pytest

from parley.actors import recognise
from parley.nlp.context import DocContext
from parley.records import Document


def found(nlp, text: str, when: date | None = date(2023, 9, 30)) -> list[tuple[str, str]]:
    ctx = DocContext(Document(id="t", text=text), nlp(text), when=when)
    return [(m.actor.text or "", m.actor.code) for m in recognise(ctx)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US Secretary of State Antony Blinken said Moscow was stalling.",
         [("US Secretary of State Antony Blinken", "USAGOV"), ("Moscow", "RUSGOV")]),
        ("Talks in Moscow ended without a deal.", []),
        ("Occupied territories in eastern Ukraine remain contested.", []),
        ("Ukrainian territory and the Russian language were not discussed.", []),
        ("Turkish officials said Turkey would host another round.",
         [("Turkish officials", "TURGOV"), ("Turkey", "TUR")]),
        ("Russian negotiators and the Ukrainian army were both present.",
         [("Russian negotiators", "RUSGOV"), ("Ukrainian army", "UKRMIL")]),
        ("Russian and Ukrainian negotiators met again.",
         [("Russian", "RUSGOV"), ("Ukrainian negotiators", "UKRGOV")]),
        ("Russia's foreign ministry rejected Russia-Ukraine talks led by others.",
         [("Russia's foreign ministry", "RUSGOV"), ("Russia", "RUS"), ("Ukraine", "UKR")]),
        ("The Kremlin and the White House traded barbs; Downing Street stayed silent.",
         [("Kremlin", "RUSGOV"), ("White House", "USAGOV"), ("Downing Street", "GBRGOV")]),
        ("The US-led coalition and NATO backed the UN Security Council resolution.",
         [("US", "USA"), ("NATO", "NATO"), ("UN Security Council", "UNSC")]),
        ("Sudanese army chief Osman Kamal Idris rejected the RSF offer.",
         [("Sudanese army chief Osman Kamal Idris", "SDNMIL"), ("RSF", "SDNRSF")]),
        ("Houthi negotiators met Saudi officials in Muscat.",
         [("Houthi negotiators", "YEMHOU"), ("Saudi officials", "SAUGOV")]),
        ("Millions of Ukrainians fled while the Russians stalled.", [("the Russians", "RUS")]),
        ("Lavrov travelled to Ankara and later met Hamas leaders.",
         [("Lavrov", "RUSGOV"), ("Hamas leaders", "PSEHAM")]),
    ],
)
def test_actors_recognise_sentences(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    got = found(nlp, text)
    assert [c for _, c in got] == [c for _, c in expected]
    for (got_text, _), (want_text, _) in zip(got, expected, strict=True):
        assert want_text in got_text or got_text in want_text


def test_actors_recognise_short_form_needs_full_mention_first(nlp) -> None:
    text = "Johnson spoke first. Later Boris Johnson met Kyiv officials, and Johnson left."
    got = found(nlp, text, date(2022, 4, 9))
    assert got == [("Boris Johnson", "GBRGOV"), ("Kyiv officials", "UKRGOV"),
                   ("Johnson", "GBRGOV")]


def test_actors_recognise_former_and_apposition(nlp) -> None:
    text = ("The talks were brokered by Naftali Bennett, the former Israeli prime minister. "
            "The Bennett-brokered process later stalled.")
    got = found(nlp, text)
    assert [c for _, c in got] == ["ISRELI", "ISRELI", "ISRELI"]
    assert got[1][0] == "former Israeli prime minister"
    assert got[2][0] == "Bennett"


def test_actors_recognise_description_links_office_holder(nlp) -> None:
    text = "According to the mediator, the Ukrainian president was ready to meet."
    ctx = DocContext(Document(id="t", text=text), nlp(text), when=date(2022, 3, 20))
    mentions = recognise(ctx)
    assert [(m.actor.code, m.actor.name) for m in mentions] == [("UKRGOV", "Volodymyr Zelensky")]


def test_actors_recognise_offsets_and_tokens_agree(nlp) -> None:
    text = "Volodymyr Zelensky, the president of Ukraine, spoke to Erdoğan."
    ctx = DocContext(Document(id="t", text=text), nlp(text), when=date(2023, 9, 30))
    mentions = recognise(ctx)
    assert [m.actor.code for m in mentions] == ["UKRGOV", "UKRGOV", "TURGOV"]
    for m in mentions:
        assert text[m.start:m.end] == m.actor.text == ctx.doc[m.start_token:m.end_token].text
        assert m.sentence == 0
    assert mentions == sorted(mentions, key=lambda m: m.start)


def test_actors_recognise_works_without_the_ruler_component(nlp) -> None:
    from parley.actors.ruler import PIPE_NAME

    text = "The Kremlin rejected the plan."
    assert PIPE_NAME in nlp.pipe_names
    with nlp.select_pipes(disable=[PIPE_NAME]):
        plain = nlp(text)
    assert "parley_actors" not in plain.spans
    ctx = DocContext(Document(id="t", text=text), plain, when=None)
    assert [m.actor.code for m in recognise(ctx)] == ["RUSGOV"]


@pytest.mark.parametrize(
    "text",
    ["Officials said the Housing Minister would attend.",
     "Analysts expect the Water Resources Minister to resign."],
)
def test_actors_recognise_portfolio_title_without_name(nlp, text: str) -> None:
    """A title after portfolio words and no name is no mention (and no crash)."""
    assert found(nlp, text) == []
