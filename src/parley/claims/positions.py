"""Positions: where an actor stands on an issue, from the words that govern the issue.

An issue keyword ("NATO membership", "a ceasefire") takes its stance from the stance
words above it in the parse, innermost first: "expressed a willingness to give up on the
pursuit of NATO membership" folds seeks (pursuit) under forgo (give up) under seeks
(willingness) into willing_to_forgo. The actor is the subject (or possessor) of the
outermost stance word that names one. Someone saying an issue is "off the table"
opposes it. Events with terms add positions too (concessions, demands, rejections).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.claims.attribution import (
    Attribution,
    co_actors,
    find_attributions,
    resolve_actor,
    subject_of,
)
from parley.claims.issues import has_phrase, issue_matches, rules
from parley.records import Actor, Event, Position
from parley.time import date_for

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from parley.nlp.context import DocContext, Mention

__all__ = ["find_positions"]

MAX_CHAIN = 4
OBLIGATION = frozenset({"must", "should"})
NEGATIONS = frozenset({"not", "never", "n't", "no"})
EVENT_STANCES = {"concession": "willing_to_forgo", "demand": "demands", "rejection": "rejects",
                 "proposal": "seeks", "willingness": "seeks"}
LEAVE_VERBS = frozenset({"leave", "vacate", "quit", "evacuate"})
FORCE_NOUNS = frozenset({"troop", "force", "fighter", "soldier", "army", "militia", "unit",
                         "combatant", "militant", "mercenary", "contingent"})
FLIP_ON_NEGATION = {"seeks": "rejects", "demands": "rejects", "willing_to_forgo": "rejects"}


def find_positions(
    ctx: DocContext, attributions: list[Attribution], events: list[Event] | None = None
) -> list[Position]:
    """Every (actor, issue, stance) the document expresses, one per sentence at most."""
    found: dict[tuple[str, str, str, int], Position] = {}
    for index, sent in enumerate(ctx.sentences):
        for issue, start, end in [*issue_matches(sent), *_forces_leaving(ctx, sent)]:
            for mention, stance, trigger in _stances_for(ctx, start, end):
                if issue == "withdrawal" and stance == "seeks":
                    stance = "demands"  # a withdrawal sought is the other side's: a demand
                for holder in (mention, *_co_holders(ctx, mention, trigger)):
                    _add(ctx, found, holder.actor, issue, stance, index, trigger)
    for att in attributions:
        if att.speaker is not None:
            for issue, stance in _table_positions(ctx, att):
                _add(ctx, found, att.speaker.actor, issue, stance, att.sentence, att.cue_token)
    for event in events or []:
        _event_positions(ctx, found, event)
    return sorted(found.values(), key=lambda p: (p.evidence[0].sentence, p.actor.code, p.issue))


def _add(ctx: DocContext, found: dict, actor: Actor, issue: str, stance: str, sentence: int,
         token_i: int) -> None:
    key = (actor.code, issue, stance, sentence)
    if key in found:
        return
    found[key] = Position(
        id=ctx.make_id("po", *key), actor=actor, issue=issue, stance=stance,
        date=date_for(ctx, token_i), evidence=[ctx.evidence(sentence)],
    )


# --- stance from the parse ----------------------------------------------------------


def _forces_leaving(ctx: DocContext, sent: Span) -> list[tuple[str, int, int]]:
    """ "RSF fighters leave the capital", "foreign forces must leave": a withdrawal."""
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in LEAVE_VERBS:
            continue
        subject = subject_of(tok)
        if subject is None:
            continue
        armed = subject.lemma_.lower() in FORCE_NOUNS
        if not armed:
            mention = ctx.mention_at(subject.i)
            armed = mention is not None and (
                mention.actor.kind == "group" or mention.actor.code.endswith("MIL"))
        if armed and any(c.dep_ in ("dobj", "obj") for c in tok.children):
            out.append(("withdrawal", tok.i, tok.i + 1))
    return out


def _co_holders(ctx: DocContext, mention: Mention, trigger_i: int) -> list[Mention]:
    """Coordinated holders of the stance word: "X and Y agreed to a truce", "both sides"."""
    tok = ctx.doc[trigger_i]
    if tok.pos_ == "NOUN":
        return []
    subject = subject_of(tok)
    if subject is None or not (mention.start_token <= subject.i < mention.end_token
                               or ctx.mention_at(subject.i) is None):
        return []
    return [m for m in co_actors(ctx, subject, mention) if m.actor.code != mention.actor.code]



def _trigger_stance(tok: Token) -> str | None:
    r = rules()
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "AUX"):
        for child in tok.children:
            if child.dep_ in ("prt", "prep") and (lemma, child.lower_) in r.phrasal:
                return r.phrasal[(lemma, child.lower_)]
        return r.verbs.get(lemma)
    if tok.pos_ == "ADJ":
        return r.adjectives.get(lemma)
    if tok.pos_ == "NOUN":
        return r.nouns.get(lemma)
    return None


def _negated(tok: Token) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in tok.children):
        return True
    head = tok.head  # "is not ready to", "did not want"
    return tok.dep_ in ("acomp", "xcomp") and any(c.dep_ == "neg" for c in head.children)


def _combine(outer: str, inner: str) -> str:
    """How an outer stance word changes the stance of what it governs."""
    if inner == "seeks" and outer in ("willing_to_forgo", "rejects", "demands", "opposes"):
        return outer  # give up a bid / refuse a truce / insist on talks
    if inner == "willing_to_forgo" and outer == "rejects":
        return "rejects"  # refuses to give up
    if inner == "demands" and outer == "rejects":
        return "rejects"
    return inner  # willing to give up stays willing_to_forgo; said/ready keep inner


def _stances_for(ctx: DocContext, start: int, end: int) -> list[tuple[Mention, str, int]]:
    """Walk up from the issue keyword through the stance words that govern it.

    Each actor met on the way holds the stance folded so far: "Ukraine rejected Russia's
    demand for neutrality" gives RUS demands and UKR rejects. The walk stops where the
    phrase is the subject of its head ("Russia's demand ... was rejected" is not a
    rejection by Russia).
    """
    doc = ctx.doc
    head = next(
        (doc[i] for i in range(start, end) if not start <= doc[i].head.i < end), doc[end - 1]
    )
    out: list[tuple[Mention, str, int]] = []
    stance: str | None = None
    actor: Mention | None = None
    trigger_i = head.i
    if head.pos_ in ("VERB", "AUX"):  # the issue is the verb: "will not withdraw"
        if _negated(head):
            who = _actor_of(ctx, head)
            stance, actor = ("rejects", who) if who is not None else (None, None)
        elif any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in head.children):
            speaker = _speaker_covering(ctx, head.i)
            if speaker is not None:
                out.append((speaker, "demands", head.i))
    tok, steps, triggers = head, 0, 0
    locked = False
    inner_negated_seek = stance == "rejects" and _trigger_stance(head) == "seeks"
    while tok.head.i != tok.i and steps < 12 and triggers < MAX_CHAIN:
        if tok.dep_ in ("nsubj", "nsubjpass", "csubj") and stance is not None:
            break
        tok, steps = tok.head, steps + 1
        if _is_exchange(tok):  # "in favour of X": X is sought, whatever is given up
            stance, locked = "seeks", True
            continue
        own = _trigger_stance(tok)
        if own is None:
            continue
        triggers += 1
        negated_seek = False
        if _negated(tok):
            negated_seek = own == "seeks"
            own = FLIP_ON_NEGATION.get(own)
            if own is None:
                break
        if locked or stance is None:
            new = stance or own
        elif stance == "rejects" and own == "seeks" and inner_negated_seek:
            new = "willing_to_forgo"  # "agreed not to apply for membership"
        else:
            new = _combine(own, stance)
        inner_negated_seek = negated_seek
        who = _actor_of(ctx, tok)
        if who is not None and actor is not None and stance is not None and (
            who.actor.group != actor.actor.group
        ):
            out.append((actor, stance, trigger_i))
        stance = new
        if who is not None:
            actor, trigger_i = who, tok.i
    if stance is not None and actor is not None:
        out.append((actor, stance, trigger_i))
    return out


def _is_exchange(tok: Token) -> bool:
    return (tok.pos_ == "NOUN" and tok.lemma_.lower() in rules().exchange_nouns
            and tok.head.lower_ == "in")


def _speaker_covering(ctx: DocContext, token_i: int) -> Mention | None:
    for att in find_attributions(ctx):
        if att.covers(token_i) and att.speaker is not None:
            return att.speaker
    return None


def _actor_of(ctx: DocContext, tok: Token) -> Mention | None:
    """Who holds a stance word: a verb's subject, a noun's possessor or its verb's subject."""
    if tok.pos_ == "NOUN":
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is not None:
            return resolve_actor(ctx, owner)
        if tok.dep_ in ("dobj", "attr", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
            tok = tok.head
        else:
            return None
    subject = subject_of(tok)
    if subject is None:
        return None
    return resolve_actor(ctx, subject)


def _table_positions(ctx: DocContext, att: Attribution) -> list[tuple[str, str]]:
    """ "X was never on the table" in a speaker's words: the speaker opposes X."""
    r = rules()
    span = ctx.doc[att.content_start_token : att.content_end_token]
    negated = any(t.dep_ == "neg" or t.lower_ in NEGATIONS for t in span)
    if not (has_phrase(span, r.table_always) or (negated and has_phrase(span, r.table_negated))):
        return []
    return [(issue, "opposes") for issue, _, _ in issue_matches(span)]


# --- positions from events ----------------------------------------------------------


def _event_positions(ctx: DocContext, found: dict, event: Event) -> None:
    """A concession, demand or rejection event with terms is a position of its agent."""
    stance = EVENT_STANCES.get(event.type)
    if stance is None or event.agent is None or not event.evidence:
        return
    if event.modality in ("negated", "hypothetical") and stance != "willing_to_forgo":
        return
    sentence = event.evidence[0].sentence
    sent = ctx.sentences[sentence] if sentence < len(ctx.sentences) else None
    token_i = sent.start if sent is not None else 0
    for term in event.terms:
        if term.issue:
            party = term.party if stance == "willing_to_forgo" and term.party else event.agent
            if party.group != event.agent.group:
                party = event.agent
            _add(ctx, found, party, term.issue, stance, sentence, token_i)
