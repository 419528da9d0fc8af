"""Speaker continuity: a pronoun speaker right after someone's words is that someone.

News style names a speaker once and goes on with "he said" / "it said"; the nearest
earlier actor is often one named inside the previous speaker's words ("X's office said
Hamas had refused ... It said ..."), which plain recency would pick.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parley.claims.attribution import Attribution
    from parley.claims.cues import CueLexicon
    from parley.nlp.context import DocContext

__all__ = ["continue_speakers"]

SPEAKER_CONTINUITY_SENTENCES = 2
FIRST_PERSON = frozenset({"we", "i", "us", "our", "my"})
SINGULAR_PERSON = frozenset({"he", "she", "him", "her"})
INSTITUTION_NOUNS = frozenset({"office", "ministry", "government", "administration", "cabinet",
                               "department", "presidency", "embassy", "mission", "secretariat"})


def continue_speakers(
    ctx: DocContext, found: list[Attribution], lex: CueLexicon
) -> list[Attribution]:
    """A pronoun speaker right after someone's words is that someone: in "X's office said
    Hamas had refused ... It said ...", "It" is X's office, not Hamas, which was named only
    inside what was said. Applies when the previous attribution is at most
    ``SPEAKER_CONTINUITY_SENTENCES`` back and no compatible actor is named outside its
    words in between, or when both are quotes of a person ('"...," he said')."""
    out: list[Attribution] = []
    prev: Attribution | None = None
    for att in found:
        kinds = lex.pronouns.get(att.speaker_text.lower())
        if (
            kinds is not None and att.speaker_text.lower() not in FIRST_PERSON
            and prev is not None and prev.speaker is not None
            and att.sentence - prev.sentence <= SPEAKER_CONTINUITY_SENTENCES
            and prev.cue_token < att.speaker_start_token
            and _speaks_as(ctx, prev) in kinds
            and att.speaker is not None
            and att.speaker.actor.code != prev.speaker.actor.code
            and (_quote_goes_on(att, prev)
                 or not _named_between(ctx, prev, att.speaker_start_token, kinds))
        ):
            att = replace(att, speaker=prev.speaker, co_speakers=())
        out.append(att)
        if att.speaker is not None:
            prev = att
    return out


def _quote_goes_on(att: Attribution, prev: Attribution) -> bool:
    """A quote with "he said" right after another person's quote, only narration in
    between, is the quoted person speaking on: in '"...," the envoy told reporters. Haftar
    refused to attend at first. "There is a will," he said', "he" is the envoy, not the man
    narrated about."""
    return (att.direct and prev.direct and att.speaker_text.lower() in SINGULAR_PERSON
            and prev.speaker is not None and prev.speaker.actor.kind == "person")


def _speaks_as(ctx: DocContext, att: Attribution) -> str | None:
    """The kind of actor an attribution's speaker is: "Netanyahu's office" is an
    organisation although the mention inside it is a person."""
    assert att.speaker is not None
    span = ctx.doc[att.speaker_start_token : att.speaker_end_token]
    if len(span) and span.root.lemma_.lower() in INSTITUTION_NOUNS:
        return "organisation"
    return att.speaker.actor.kind


def _named_between(ctx: DocContext, prev: Attribution, token_i: int,
                   kinds: frozenset[str]) -> bool:
    """Whether an actor of a compatible kind is named after ``prev``'s speaker and before
    ``token_i``, outside what ``prev`` says."""
    for m in ctx.mentions:
        if m.start_token < prev.speaker_end_token or m.end_token > token_i:
            continue
        if prev.covers(m.start_token) or prev.speaker_start_token <= m.start_token < (
                prev.speaker_end_token):
            continue
        if m.sentence == prev.sentence and m.start_token > prev.cue_token:
            continue  # after the cue in its sentence: part of what was said
        if m.actor.kind is None or m.actor.kind in kinds:
            return True
    return False
