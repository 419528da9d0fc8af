"""Paragraph and line breaks end sentences, so evidence never spans a headline and a body."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from parley.nlp.context import DocContext
from parley.records import Document


def test_nlp_paragraphs_blank_lines_split_sentences(nlp: Language) -> None:
    text = "Envoys Return to Doha\n\nUpdated: 4 June 2024\n\nMediators said the talks resumed."
    sents = [s.text.strip() for s in nlp(text).sents]
    assert sents[0] == "Envoys Return to Doha"
    assert sents[-1] == "Mediators said the talks resumed."
    assert all("\n" not in s for s in sents)


def test_nlp_paragraphs_evidence_excludes_the_break(nlp: Language) -> None:
    text = "The first round ended without a deal.\n\nA second round is planned."
    doc = Document(id="d", text=text)
    ctx = DocContext(document=doc, doc=nlp(text), when=date(2024, 1, 1))
    ev = ctx.evidence(0)
    assert ev.text == "The first round ended without a deal."
    assert text[ev.start : ev.end] == ev.text
    assert ctx.evidence(1).text == "A second round is planned."
