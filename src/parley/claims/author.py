"""The author's own judgements of an actor's conduct (opinion pieces) as AUTHOR claims.

Only evaluative statements about what an actor does or did count ("X's attempts are
deceptive", "X has been a major obstacle", the elliptical "..., the US has not."), never
narration: a news sentence stating that Russia attended talks is an event, not a claim.
Sentences inside someone else's words are theirs, not the author's.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from parley.claims.attribution import Attribution, resolve_actor
from parley.datafiles import read_yaml
from parley.errors import RuleError
from parley.records import AUTHOR, Claim
from parley.time import date_for

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from parley.nlp.context import DocContext, Mention

__all__ = ["author_claims"]

DATA_FILE = Path(__file__).parent / "data" / "author.yaml"
SECTIONS = ("adjectives", "nouns", "conduct", "markers")


@dataclass(frozen=True)
class AuthorRules:
    adjectives: frozenset[str]
    nouns: frozenset[str]
    conduct: frozenset[str]
    markers: tuple[tuple[str, ...], ...]


def parse_author_rules(raw: Any, path: Path = DATA_FILE) -> AuthorRules:
    """Validate: every section a non-empty list of lower-case strings."""
    if not isinstance(raw, dict):
        raise RuleError(f"{path}: top level must be a mapping")
    lists: dict[str, list[str]] = {}
    for key in SECTIONS:
        value = raw.get(key)
        if not isinstance(value, list) or not value:
            raise RuleError(f"{path}: {key}: expected a non-empty list")
        for n, word in enumerate(value):
            if not isinstance(word, str) or not word.strip():
                raise RuleError(f"{path}: {key}[{n}]: expected a word, got {word!r}")
        lists[key] = [w.strip().lower() for w in value]
    return AuthorRules(
        adjectives=frozenset(lists["adjectives"]),
        nouns=frozenset(lists["nouns"]),
        conduct=frozenset(lists["conduct"]),
        markers=tuple(tuple(m.split()) for m in lists["markers"]),
    )


@lru_cache(maxsize=1)
def author_rules() -> AuthorRules:
    return parse_author_rules(read_yaml(DATA_FILE), DATA_FILE)


def author_claims(ctx: DocContext, attributions: list[Attribution]) -> list[Claim]:
    """One AUTHOR claim per sentence that judges an actor's conduct."""
    rules = author_rules()
    quoted = {a.sentence for a in attributions}
    claims: list[Claim] = []
    for index, sent in enumerate(ctx.sentences):
        if index in quoted:
            continue
        found = _judgement(ctx, sent, rules)
        if found is None:
            continue
        cue, target, cue_i = found
        claims.append(Claim(
            id=ctx.make_id("cl", index, "AUTHOR"), speaker=AUTHOR.model_copy(), cue=cue,
            cue_class="evaluation", content=sent.text.strip(), targets=[target.actor],
            date=date_for(ctx, cue_i), evidence=[ctx.evidence(index)],
        ))
    return claims


def _judgement(ctx: DocContext, sent: Span, rules: AuthorRules
               ) -> tuple[str, Mention, int] | None:
    """The first main clause (the root or a clause joined to it) that judges an actor."""
    root = sent.root
    for clause in [root, *(c for c in root.children if c.dep_ == "conj")]:
        found = _clause_judgement(ctx, sent, clause, rules)
        if found is not None:
            return found
    return None


def _clause_judgement(ctx: DocContext, sent: Span, root: Token, rules: AuthorRules
                      ) -> tuple[str, Mention, int] | None:
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    target = _judged_actor(ctx, subject, rules)
    if target is None:
        return None
    lemma = root.lemma_.lower()
    # "..., the US has not.": an elliptical negation contrasting with what others did
    if lemma in ("have", "do", "be") and any(c.dep_ == "neg" for c in root.children) and not any(
        c.dep_ in ("dobj", "attr", "acomp", "xcomp", "ccomp", "prep") for c in root.children
    ):
        neg = next(c for c in root.children if c.dep_ == "neg")
        return f"{root.text} {neg.text}", target, root.i
    for child in root.children:
        word = child.lemma_.lower()
        if child.dep_ == "acomp" and word in rules.adjectives:
            return child.text, target, child.i
        if child.dep_ == "attr" and word in rules.nouns:
            return ctx.doc[child.left_edge.i : child.i + 1].text, target, child.i
    words = tuple(t.lower_ for t in sent)
    for marker in rules.markers:
        n = len(marker)
        if any(words[i : i + n] == marker for i in range(len(words) - n + 1)):
            return " ".join(marker), target, root.i
    return None


def _judged_actor(ctx: DocContext, subject: Token, rules: AuthorRules) -> Mention | None:
    """The actor judged: the subject itself, or the possessor of its conduct noun."""
    if subject.pos_ == "PRON":
        return None
    if subject.lemma_.lower() in rules.conduct:
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        return resolve_actor(ctx, owner) if owner is not None else None
    own = ctx.mention_at(subject.i)
    return own
