"""Positions: where an actor stands on an issue, from the words that govern the issue.

An issue keyword ("NATO membership", "a ceasefire") takes its stance from the stance
words above it in the parse, innermost first: "expressed a willingness to give up on the
pursuit of NATO membership" folds seeks (pursuit) under forgo (give up) under seeks
(willingness) into willing_to_forgo. The actor is the subject (or possessor) of the
outermost stance word that names one; an actor told what to do holds nothing ("Russia
demanded that Ukraine renounce its NATO bid": Russia opposes membership). Conditions
("only once Y withdraws"), obligations in someone's words and reversals ("the lifting of
sanctions") are demands or oppositions of the holder. Someone saying an issue is "off the
table" opposes it. Events with terms add positions where the parse placed none.
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
from parley.claims.issues import has_phrase, issue_matches, keyword_of, rules
from parley.records import Actor, Event, Position, Stance
from parley.time import date_for

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from parley.nlp.context import DocContext, Mention

__all__ = ["find_positions"]

MAX_CHAIN = 4
OBLIGATION = frozenset({"must", "should"})
NEGATIONS = frozenset({"not", "never", "n't", "no"})
EVENT_STANCES: dict[str, Stance] = {
    "concession": "willing_to_forgo", "demand": "demands", "rejection": "rejects",
    "proposal": "seeks", "willingness": "seeks",
}
LEAVE_VERBS = frozenset({"leave", "vacate", "quit", "evacuate"})
FORCE_NOUNS = frozenset({"troop", "force", "fighter", "soldier", "army", "militia", "unit",
                         "combatant", "militant", "mercenary", "contingent"})
FLIP_ON_NEGATION: dict[str, Stance] = {
    "seeks": "rejects", "demands": "rejects", "willing_to_forgo": "rejects",
}
WITHDRAW_WORDS = frozenset({"withdraw", "withdrawal", "pull", "pullout", "retreat"})
DEAL_NOUNS = frozenset({"deal", "agreement", "talks", "negotiation", "treaty", "accord",
                        "initiative", "process", "arrangement", "pact", "mediation", "summit",
                        "corridor", "memorandum", "framework", "format", "objection", "claim",
                        "bid", "support", "offer", "proposal", "candidacy", "application"})
ALWAYS_CONDITIONS = frozenset({"if", "unless", "provided", "providing"})
TIME_CONDITIONS = frozenset({"once", "after", "until", "till", "when"})
FUTURE_AUX = frozenset({"will", "would", "'ll", "can", "could", "shall"})
FRAME_PREPOSITIONS = frozenset({"before", "during", "until", "till", "pending", "throughout"})


def find_positions(
    ctx: DocContext, attributions: list[Attribution], events: list[Event] | None = None
) -> list[Position]:
    """Every (actor, issue, stance) the document expresses, one per sentence at most."""
    found: dict[tuple[str, str, str, int], Position] = {}
    voided: set[tuple[str, int]] = set()  # (issue, sentence) named only in other senses
    for index, sent in enumerate(ctx.sentences):
        named: set[str] = set()
        for issue, start, end in [*issue_matches(sent), *_forces_leaving(ctx, sent)]:
            if _not_the_issue(ctx, issue, start, end):
                voided.add((issue, index))
                continue
            named.add(issue)
            for mention, stance, trigger in _stances_for(ctx, issue, start, end):
                stance = _settle(ctx, issue, start, end, mention, stance)
                for holder in (mention, *_co_holders(ctx, mention, trigger)):
                    _add(ctx, found, holder.actor, issue, stance, index, trigger)
        voided -= {(issue, index) for issue in named}
    for att in attributions:
        if att.speaker is not None:
            for issue, stance in _table_positions(ctx, att):
                _add(ctx, found, att.speaker.actor, issue, stance, att.sentence, att.cue_token)
    parsed_groups = {(p.actor.group, p.issue, p.evidence[0].sentence) for p in found.values()}
    for event in events or []:
        _event_positions(ctx, found, event, parsed_groups, voided)
    return sorted(found.values(), key=lambda p: (p.evidence[0].sentence, p.actor.code, p.issue))


def _add(ctx: DocContext, found: dict, actor: Actor, issue: str, stance: Stance, sentence: int,
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



def _trigger_stance(tok: Token) -> Stance | None:
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


def _combine(outer: Stance, inner: Stance) -> Stance:
    """How an outer stance word changes the stance of what it governs (one holder)."""
    if inner == "seeks" and outer in ("willing_to_forgo", "rejects", "demands", "opposes"):
        return outer  # give up a bid / refuse a truce / insist on talks
    if inner == "willing_to_forgo" and outer == "rejects":
        return "rejects"  # refuses to give up
    if inner == "demands" and outer == "rejects":
        return "rejects"
    if inner == "willing_to_forgo" and outer == "demands":
        return "opposes"  # insisting that a bid be dropped
    return inner  # willing to give up stays willing_to_forgo; said/ready keep inner


def _impose(outer: Stance, inner: Stance) -> Stance:
    """An outer holder wanting what another actor does: "Russia demanded that Ukraine
    renounce its NATO bid" opposes membership; "... that Ukraine accept neutrality" demands it.
    """
    if outer in ("seeks", "demands"):
        if inner in ("willing_to_forgo", "rejects", "opposes"):
            return "opposes"
        return outer if inner == "seeks" else inner
    return _combine(outer, inner)


def _obliged(tok: Token) -> bool:
    """ "must/should withdraw", "would have to include", "needs to accept"."""
    if any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in tok.children):
        return True
    return tok.lemma_.lower() in ("have", "need") and any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in tok.children)


def _condition_of(clause: Token, main: Token) -> bool:
    """Whether ``clause`` is a condition the holder of ``main`` sets: "if/unless Y does Z",
    "only once Y does Z", "will not negotiate until Y withdraws"."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if marks & ALWAYS_CONDITIONS:
        return True
    if not marks & TIME_CONDITIONS:
        return False
    mains = [main, main.head] if main.dep_ == "conj" else [main]  # "would order X and start"
    return any(c.lower_ == "only" for c in (*clause.children, *main.children)) or any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in FUTURE_AUX)
        for m in mains for c in m.children)


def _stances_for(ctx: DocContext, issue: str, start: int, end: int
                 ) -> list[tuple[Mention, Stance, int]]:
    """Walk up from the issue keyword through the stance words that govern it.

    Each actor met on the way holds the stance folded so far: "Ukraine rejected Russia's
    demand for neutrality" gives RUS demands and UKR rejects. An actor whose doing is what
    an outer holder demands holds nothing ("Russia demanded that Ukraine renounce its NATO
    bid" is Russia opposing membership). The walk stops where the phrase is the subject of
    its head ("Russia's demand ... was rejected" is not a rejection by Russia) and at a
    time frame ("before any ceasefire").
    """
    doc = ctx.doc
    head = _match_head(doc, start, end)
    r = rules()
    undo = r.reversals.get(issue, frozenset())
    reversed_ = any(doc[i].lemma_.lower() in undo for i in range(start, end))
    out: list[tuple[Mention, Stance, int]] = []
    stance: Stance | None = None
    actor: Mention | None = None
    from_subject = False  # the holder so far is a clause subject (not a possessor)
    trigger_i = head.i
    if head.pos_ in ("VERB", "AUX"):  # the issue is the verb: "will not withdraw"
        if _negated(head):
            who = _actor_of(ctx, head)
            stance, actor = ("rejects", who) if who is not None else (None, None)
            from_subject = True
        elif _obliged(head):
            speaker = _speaker_covering(ctx, head.i)
            if speaker is not None:
                out.append((speaker, "demands", head.i))
    tok, steps, triggers = head, 0, 0
    locked = False
    inner_negated_seek = stance == "rejects" and _trigger_stance(head) == "seeks"
    while tok.head.i != tok.i and steps < 12 and triggers < MAX_CHAIN:
        if tok.dep_ in ("nsubj", "nsubjpass", "csubj") and stance is not None:
            break
        below, tok, steps = tok, tok.head, steps + 1
        lemma = tok.lemma_.lower()
        if tok.pos_ == "ADP" and tok.lower_ in FRAME_PREPOSITIONS and stance is None:
            break  # "withdraw before any ceasefire": the ceasefire is a time frame
        if _is_exchange(tok):  # "in favour of X": X is sought, whatever is given up
            stance, locked = "seeks", True
            continue
        if lemma in undo and tok.i not in range(start, end):
            reversed_ = not reversed_
            continue
        if below.dep_ == "advcl" and _condition_of(below, tok):
            # "Moscow would order a ceasefire once Ukraine dropped its NATO plans"
            who = _actor_of(ctx, tok) or _speaker_covering(ctx, tok.i)
            if who is not None:
                out.append((who, _impose("demands", stance or "seeks"), tok.i))
            return _reverse(out, reversed_)
        if below.dep_ == "conj" and tok.pos_ in ("VERB", "AUX"):
            continue  # a coordinated predicate does not govern its partner
        own = _trigger_stance(tok)
        if own is None and tok.pos_ == "NOUN" and lemma in r.negating_nouns and any(
                c.lower_ == "no" for c in tok.children):
            stance = FLIP_ON_NEGATION.get(stance or "", stance)  # "no sign of being ready"
            who = _actor_of(ctx, tok) if actor is None else None
            if who is not None:  # "Moscow gave no sign of ...": the giver holds it
                actor, trigger_i, from_subject = who, tok.i, False
            continue
        obliged = own is None and tok.pos_ in ("VERB", "AUX") and _obliged(tok)
        if own is None and not obliged:
            continue
        triggers += 1
        negated_seek = False
        if obliged:  # "a settlement would have to include X", in someone's words
            who = _voice_of(ctx, tok)
            if who is None:
                continue
            own, imposed = "demands", True
        else:
            who = _actor_of(ctx, tok)
            if own is not None and _negated(tok):
                negated_seek = own == "seeks"
                own = FLIP_ON_NEGATION.get(own)
            if own is None:
                break
            speaker = _voice_of(ctx, tok) if _obliged(tok) else None
            imposed = False
            if speaker is not None and (who is None or who.actor.group != speaker.actor.group):
                # "Ukraine must accept neutrality" in Lavrov's words: Russia's demand
                stance = _combine(own, stance) if stance is not None else own
                own, who, imposed, actor, from_subject = "demands", speaker, True, None, False
        if own is None:
            break
        other = who is not None and actor is not None and stance is not None and (
            who.actor.group != actor.actor.group)
        if locked or stance is None:
            new = stance or own
        elif stance == "rejects" and own == "seeks" and inner_negated_seek:
            new = "willing_to_forgo"  # "agreed not to apply for membership"
        elif (other and from_subject and own in ("seeks", "demands")) or imposed:
            new = _impose(own, stance)  # what another actor is to do: the demand only
            actor = None
        else:
            new = _combine(own, stance)
        if other and actor is not None and stance is not None:
            out.append((actor, stance, trigger_i))
        inner_negated_seek = negated_seek
        stance = new
        if who is not None:
            actor, trigger_i = who, tok.i
            from_subject = tok.pos_ in ("VERB", "AUX", "ADJ")
    if stance is not None and actor is not None:
        out.append((actor, stance, trigger_i))
    return _reverse(out, reversed_)


def _reverse(out: list[tuple[Mention, Stance, int]], reversed_: bool
             ) -> list[tuple[Mention, Stance, int]]:
    """Seeking the lifting of sanctions is opposing them (and opposing it, seeking them)."""
    if not reversed_:
        return out
    flip: dict[Stance, Stance] = {"seeks": "opposes", "demands": "opposes", "rejects": "seeks",
                                  "opposes": "seeks", "willing_to_forgo": "seeks"}
    return [(m, flip[s], i) for m, s, i in out]


def _match_head(doc: Doc, start: int, end: int) -> Token:
    return next(
        (doc[i] for i in range(start, end) if not start <= doc[i].head.i < end), doc[end - 1]
    )


def _not_the_issue(ctx: DocContext, issue: str, start: int, end: int) -> bool:
    """Keywords that name something else here.

    "withdraw its objection", "pull out of the deal" are no troop withdrawal; "territory"
    that forces withdraw from belongs to the withdrawal; "restrictions" are sanctions only
    when lifted.
    """
    doc = ctx.doc
    head = _match_head(doc, start, end)
    r = rules()
    if keyword_of(doc[start:end]) in r.reversal_only:
        undo = r.reversals.get(issue, frozenset())
        up = [head.head, head.head.head] if head.dep_ == "pobj" else [head.head]
        if not any(t.lemma_.lower() in undo for t in up):
            return True
    if issue == "withdrawal" and head.lemma_.lower() in WITHDRAW_WORDS:
        for child in head.children:
            if child.dep_ in ("dobj", "obj") and not _armed(ctx, child):
                return True  # "withdrew its objection", "withdraw claims"
            if child.dep_ == "prep" and child.lower_ in ("from", "of", "out"):
                objs = [g for g in child.children if g.dep_ == "pobj"]
                objs += [h for g in child.children if g.dep_ == "prep" for h in g.children
                         if h.dep_ == "pobj"]  # "out of the deal"
                if any(o.lemma_.lower() in DEAL_NOUNS for o in objs):
                    return True
                if child.lower_ == "of" and any(
                        not _armed(ctx, o) and ctx.mention_at(o.i) is None for o in objs):
                    return True  # "the withdrawal of claims"
    if issue == "territory":
        place_of = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "from" \
            else head.head if head.dep_ in ("dobj", "obj") else None
        if place_of is not None and place_of.lemma_.lower() in (*WITHDRAW_WORDS, *LEAVE_VERBS):
            return True  # "withdraw from Ukrainian territory", "troops left the territory"
    return False


def _armed(ctx: DocContext, tok: Token) -> bool:
    if tok.lemma_.lower() in FORCE_NOUNS:
        return True
    mention = ctx.mention_at(tok.i)
    return mention is not None and (
        mention.actor.kind == "group" or mention.actor.code.endswith("MIL"))


def _settle(ctx: DocContext, issue: str, start: int, end: int, holder: Mention,
            stance: Stance) -> Stance:
    """Stances that depend on who holds them.

    A withdrawal sought from the other side is a demand; one's own, a concession ("agreed
    to withdraw its forces"). Sanctions are imposed, never offered: refusing them is
    opposing them; so is a third party's refusal (a state outside the conflict profile).
    """
    if issue == "withdrawal" and stance == "seeks":
        mover = _withdrawer(ctx, _match_head(ctx.doc, start, end))
        own = mover is not None and _same_side(mover.actor, holder.actor)
        return "willing_to_forgo" if own else "demands"
    if stance == "rejects" and (issue == "sanctions" or _third_party(ctx, holder)):
        return "opposes"
    return stance


def _same_side(a: Actor, b: Actor) -> bool:
    """Same state or body; an armed group is a side of its own (RSF is not the army)."""
    if "group" in (a.kind, b.kind):
        return a.code == b.code
    return a.group == b.group


def _withdrawer(ctx: DocContext, head: Token) -> Mention | None:
    """Who withdraws: the verb's subject, the noun's possessor or its "of" object."""
    if head.pos_ in ("VERB", "AUX"):
        subject = subject_of(head)
        return resolve_actor(ctx, subject) if subject is not None else None
    for child in head.children:
        if child.dep_ == "poss":
            return resolve_actor(ctx, child)
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
                    return resolve_actor(ctx, owner if owner is not None else obj)
    return None


def _third_party(ctx: DocContext, holder: Mention) -> bool:
    """A state or body outside the conflict profile's belligerents (unknown without one)."""
    profile = ctx.profile
    if profile is None:
        return False
    actor = holder.actor
    return actor.group not in profile.countries and actor.code not in profile.codes


def _is_exchange(tok: Token) -> bool:
    return (tok.pos_ == "NOUN" and tok.lemma_.lower() in rules().exchange_nouns
            and tok.head.lower_ == "in")


def _voice_of(ctx: DocContext, tok: Token) -> Mention | None:
    """Whose words an obligation is: the speaker quoted, else the owner of the noun or
    verb the clause completes ("Moscow's position that Ukraine must accept neutrality")."""
    speaker = _speaker_covering(ctx, tok.i)
    if speaker is not None:
        return speaker
    if tok.dep_ in ("ccomp", "acl") and tok.head.i != tok.i:
        return _actor_of(ctx, tok.head)
    return None


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
    who = resolve_actor(ctx, subject) if subject is not None else None
    if who is None and tok.dep_ == "conj" and tok.head.dep_ == "ccomp" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        # "X said the reply was positive but insisted on ...": the parse hangs "insisted"
        # on the reported clause; its subject is the speaker's
        return _actor_of(ctx, tok.head.head)
    return who


def _table_positions(ctx: DocContext, att: Attribution) -> list[tuple[str, Stance]]:
    """ "X was never on the table" in a speaker's words: the speaker opposes X."""
    r = rules()
    span = ctx.doc[att.content_start_token : att.content_end_token]
    negated = any(t.dep_ == "neg" or t.lower_ in NEGATIONS for t in span)
    if not (has_phrase(span, r.table_always) or (negated and has_phrase(span, r.table_negated))):
        return []
    return [(issue, "opposes") for issue, _, _ in issue_matches(span)]


# --- positions from events ----------------------------------------------------------


def _event_positions(ctx: DocContext, found: dict, event: Event,
                     parsed: set[tuple[str, str, int]], voided: set[tuple[str, int]]) -> None:
    """A concession, demand or rejection event with terms is a position of its agent.

    The parse has the last word: an event adds nothing for an actor and issue that the
    sentence's stance words already placed. A demand that the other side give something up
    ("demanded that Ukraine renounce its NATO ambitions") opposes it.
    """
    stance = EVENT_STANCES.get(event.type)
    if stance is None or event.agent is None or not event.evidence:
        return
    if event.modality == "negated" and stance == "willing_to_forgo":
        stance = "rejects"
    elif event.modality in ("negated", "hypothetical") and stance != "willing_to_forgo":
        return
    sentence = event.evidence[0].sentence
    sent = ctx.sentences[sentence] if sentence < len(ctx.sentences) else None
    token_i = sent.start if sent is not None else 0
    forgo = {w for w, s in rules().verbs.items() if s == "willing_to_forgo"}
    for term in event.terms:
        if not term.issue:
            continue
        party = term.party if stance == "willing_to_forgo" and term.party else event.agent
        if party.group != event.agent.group:
            party = event.agent
        if (party.group, term.issue, sentence) in parsed or (term.issue, sentence) in voided:
            continue
        own = stance
        words = {w.lower() for w in term.text.split()}
        if stance == "demands" and (words & forgo or {"give", "up"} <= words):
            own = "opposes"
        _add(ctx, found, party, term.issue, own, sentence, token_i)
