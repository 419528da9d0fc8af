"""Speakers without a mention of their own: role nouns, coordination, "both sides"."""

from __future__ import annotations

from datetime import date

import pytest

from parley.claims import extract_claims
from parley.claims.attribution import find_attributions
from parley.claims.positions import find_positions
from parley.nlp.context import DocContext, Mention
from parley.records import Actor, ActorKind, Document

# Hand-made mentions (token text → code, country, kind); the actors stage is tested apart.
ACTORS: dict[str, tuple[str, str, ActorKind]] = {
    "SAF": ("SDNMIL", "SDN", "organisation"),
    "RSF": ("SDNRSF", "SDN", "group"),
    "Hemedti": ("SDNRSF", "SDN", "person"),
    "Burhan": ("SDNMIL", "SDN", "person"),
    "Russia": ("RUS", "RUS", "state"),
    "Ukraine": ("UKR", "UKR", "state"),
    "Qatar": ("QAT", "QAT", "state"),
    "Kenya": ("KEN", "KEN", "state"),
    "Lavrov": ("RUSGOV", "RUS", "person"),
    "IGAD": ("IGAD", "IGAD", "organisation"),
    "Petro": ("COLGOV", "COL", "person"),
    "ELN": ("COLELN", "COL", "group"),
}


def make_ctx(nlp, text: str) -> DocContext:
    doc = nlp(text)
    ctx = DocContext(document=Document(id="t", text=text), doc=doc, when=date(2023, 5, 1))
    for tok in doc:
        if tok.text in ACTORS:
            code, country, kind = ACTORS[tok.text]
            actor = Actor(code=code, country=country, kind=kind, name=tok.text, text=tok.text,
                          start=tok.idx, end=tok.idx + len(tok))
            ctx.mentions.append(Mention(actor, tok.i, tok.i + 1, ctx.sentence_index(tok.i)))
    return ctx


def claim_speakers(nlp, text: str) -> set[tuple[int, str]]:
    ctx = make_ctx(nlp, text)
    claims, _ = extract_claims(ctx, [])
    return {(c.evidence[0].sentence, c.speaker.code) for c in claims}


def positions(nlp, text: str) -> set[tuple[str, str, str]]:
    ctx = make_ctx(nlp, text)
    return {(p.actor.code, p.issue, p.stance) for p in find_positions(ctx, find_attributions(ctx))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role noun goes back to the latest actor of that kind
        ("The ELN attacked a pipeline on Monday. The group said the attack was a warning.",
         {(1, "COLELN")}),
        ("SAF shelled the market at dawn. The army denied that civilians had been hit.",
         {(1, "SDNMIL")}),
        ("SAF shelled the market at dawn. Army officials say the target was a depot.",
         {(1, "SDNMIL")}),
        ("Petro met the delegation in Caracas. The government said the meeting went well.",
         {(1, "COLGOV")}),
        # "the group" may be a regional bloc as well as an armed group
        ("IGAD met in Nairobi on Friday. The group said both generals had agreed to meet.",
         {(1, "IGAD")}),
        # coordinated speakers each make a claim
        ("Qatar and Kenya said the talks would resume next week.", {(0, "QAT"), (0, "KEN")}),
        # "both sides" are the two latest parties named
        ("Russia and Ukraine traded blame. Both sides said the other had broken the truce.",
         {(1, "RUS"), (1, "UKR")}),
        # cues that name or qualify their object
        ("Lavrov described the proposal as a trap.", {(0, "RUSGOV")}),
        ("Petro called the offer a serious step.", {(0, "COLGOV")}),
        ("Qatar welcomed the agreement.", {(0, "QAT")}),
        # a pronoun prefers the subject of the sentence it goes back to
        ("Burhan refused to meet Hemedti, who he said was a traitor.", {(0, "SDNMIL")}),
    ],
)
def test_claims_speakers_resolved(nlp, text, expected):
    assert claim_speakers(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "An official said the talks would resume.",  # no actor to go back to
        "The army said the road was open.",  # no army named before
        "Both sides said the talks were useful.",  # no parties named before
        "Petro called for a new round of talks.",  # "call for" is not naming
    ],
)
def test_claims_speakers_unknown_stay_unknown(nlp, text):
    assert claim_speakers(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SAF shelled the city. The army demanded that RSF fighters leave the capital.",
         {("SDNMIL", "withdrawal", "demands")}),
        ("Ukraine called for the withdrawal of all foreign troops.",
         {("UKR", "withdrawal", "demands")}),
        ("Qatar and Kenya agreed to a truce.",
         {("QAT", "ceasefire", "seeks"), ("KEN", "ceasefire", "seeks")}),
    ],
)
def test_claims_speakers_positions(nlp, text, expected):
    assert positions(nlp, text) == expected
