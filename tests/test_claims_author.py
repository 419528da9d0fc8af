"""AUTHOR claims: the author's judgements of an actor's conduct, and only those."""

from __future__ import annotations

import pytest

from parley.claims import extract_claims
from test_claims_attribution import make_ctx


def author_claims(nlp, text):
    claims, _ = extract_claims(make_ctx(nlp, text), [])
    return [(c.cue, [t.code for t in c.targets]) for c in claims if c.speaker.code == "AUTHOR"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Both sides showed flexibility in Doha, but Russia has not.", [("has not", ["RUS"])]),
        ("Moscow's attempts to blame the mediators are misleading.", [("misleading", ["RUSGOV"])]),
        ("Ethiopia has been a major obstacle to any settlement.",
         [("a major obstacle", ["ETH"])]),
        ("Kyiv is being unreasonable about the sequencing of talks.",
         [("unreasonable", ["UKRGOV"])]),
        ("In my view Qatar has done more than anyone to keep talks alive.",
         [("in my view", ["QAT"])]),
    ],
)
def test_claims_author_judgements(nlp, text, expected):
    assert author_claims(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia took part in talks in Istanbul.",
        "The RSF rejected the ceasefire on Monday.",
        "Lavrov said that Kyiv's position was deceptive.",
        "It was a difficult week for the negotiators.",
    ],
)
def test_claims_author_ignores_narration_and_quotes(nlp, text):
    assert author_claims(nlp, text) == []
