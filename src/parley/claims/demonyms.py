"""Speakers named only by a state adjective the actors stage left unlinked.

"The Saudi-led coalition said", "a Sudanese army official said", "the Norwegian and Cuban
guarantors said": the subject names no actor mention, but its modifier is a demonym (or a
state name) in the actors dictionary. The speaker is that state's government (military
with a military modifier or head noun); "X-led" gives the state itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.actors import active_dictionary
from parley.nlp.context import DocContext, Mention
from parley.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

    from parley.claims.cues import CueLexicon

__all__ = ["demonym_owner", "demonym_speakers"]

STATE_LABELS = ("demonym", "name")
MODIFIER_DEPS = ("amod", "compound", "nmod", "npadvmod")
ROLE_NAMES = {"GOV": "government", "MIL": "military"}


def demonym_speakers(ctx: DocContext, head: Token, start: int, end: int,
                     lex: CueLexicon) -> list[Mention]:
    """The states a subject's unlinked adjectives name, as speakers (may be empty)."""
    if head.pos_ not in ("NOUN", "PROPN") or ctx.mention_at(head.i) is not None:
        return []
    lemma = head.lemma_.lower()
    sector = lex.speaker_nouns.get(lemma)
    if lex.nominal.get(lemma) in ROLE_NAMES:
        sector = lex.nominal[lemma]
    led = False
    modifiers: list[Token] = []
    for child in head.children:
        if child.dep_ not in MODIFIER_DEPS or not start <= child.i < end:
            continue
        if child.lemma_.lower() == "lead":  # "the Saudi-led coalition"
            led_by = [c for c in child.children if c.dep_ in MODIFIER_DEPS]
            if led_by:
                led = True
                modifiers.extend(led_by)
            continue
        role = lex.nominal.get(child.lemma_.lower())
        if role in ROLE_NAMES:  # "a Sudanese army official"
            sector = role
            continue
        modifiers.append(child)
    if not led and sector is None:
        return []
    out: list[Mention] = []
    for mod in modifiers:
        for tok in (mod, *mod.conjuncts):
            if ctx.mention_at(tok.i) is not None:
                return []  # the actors stage linked it: its mention decides
            actor = _state(tok.text)
            if actor is None:
                continue
            if not led and sector is not None:
                actor = _sector(actor, sector)
            if all(m.actor.code != actor.code for m in out):
                out.append(_mention(ctx, actor, head, start, end))
    return out


def demonym_owner(ctx: DocContext, tok: Token) -> Mention | None:
    """The state an unlinked demonym names ("an American proposal" → USA), as a mention."""
    if ctx.mention_at(tok.i) is not None:
        return None
    actor = _state(tok.text)
    return _mention(ctx, actor, tok, tok.i, tok.i + 1) if actor is not None else None


def _state(text: str) -> Actor | None:
    d = active_dictionary()
    for label, key in d.surfaces.get(text, ()):
        entity = d.entities.get(key)
        if label in STATE_LABELS and entity is not None and entity.kind == "state":
            return Actor(code=entity.code, country=entity.country or entity.code,
                         kind="state", name=entity.name)
    return None


def _sector(actor: Actor, sector: str) -> Actor:
    country = actor.country or actor.code[:3]
    return actor.model_copy(update={
        "code": f"{country}{sector}", "country": country, "kind": "organisation",
        "name": f"{actor.name or country} {ROLE_NAMES[sector]}",
    })


def _mention(ctx: DocContext, actor: Actor, head: Token, start: int, end: int) -> Mention:
    doc = ctx.doc
    update = {"text": doc[start:end].text, "start": doc[start].idx,
              "end": doc[end - 1].idx + len(doc[end - 1])}
    return Mention(actor=actor.model_copy(update=update), start_token=start, end_token=end,
                   sentence=ctx.sentence_index(head.i))
