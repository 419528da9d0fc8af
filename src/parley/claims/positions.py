"""Positions: where an actor stands on an issue, from the words that govern the issue.

An issue keyword ("NATO membership", "a ceasefire") takes its stance from the stance
words above it in the parse, innermost first: "said it was willing to give up on the
pursuit of NATO membership" folds seeks (pursuit) under forgo (give up) under seeks
(willing) into willing_to_forgo. The actor is the subject (or possessor) of the
outermost stance word that names one; an actor told what to do holds nothing ("Russia
demanded that Ukraine renounce its NATO bid": Russia opposes membership). Conditions
("only once Y withdraws"), obligations in someone's words and reversals ("the lifting of
sanctions") are demands or oppositions of the holder. Someone saying an issue is "off the
table" opposes it. Beyond that chain: copulas ("Russia's demand was neutrality"),
appositive refusals ("..., a condition Kyiv rejected"), recognition of land, persistence
("the truce will hold"), commitments, accusations and hostilities carried on or ended.
Events with terms add positions where the parse placed none.
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
from parley.claims.demonyms import demonym_owner
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
NARRATION_MARKS = frozenset({"after", "when", "while", "because", "since", "although",
                             "though", "whereas", "before"})
QUANTITIES = frozenset({"all", "part", "parts", "most", "some", "rest", "much", "each", "any"})
UNLESS = frozenset({"unless"})
INVERTED: dict[Stance, Stance] = {  # a stance on a presence is one on its withdrawal
    "seeks": "rejects", "demands": "rejects", "rejects": "demands", "opposes": "demands",
    "willing_to_forgo": "willing_to_forgo",
}
WHETHER = frozenset({"whether"})
FRAME_PREPOSITIONS = frozenset({"before", "during", "until", "till", "pending", "throughout"})


def find_positions(
    ctx: DocContext, attributions: list[Attribution], events: list[Event] | None = None
) -> list[Position]:
    """Every (actor, issue, stance) the document expresses, one per sentence at most."""
    found: dict[tuple[str, str, str, int], Position] = {}
    voided: set[tuple[str, int]] = set()  # (issue, sentence) named only in other senses
    for index, sent in enumerate(ctx.sentences):
        named: set[str] = set()
        keywords = [*issue_matches(sent), *_forces_leaving(ctx, sent), *_recognitions(sent),
                    *_hostilities_ending(sent), *_guaranteed_security(sent), *_releases(sent),
                    *_arms_given_up(sent)]
        for issue, start, end in keywords:
            if _not_the_issue(ctx, issue, start, end):
                voided.add((issue, index))
                continue
            stops: set[str] = set()
            held = _stances_for(ctx, issue, start, end, stops)
            if not held and stops:
                voided.add((issue, index))  # "before talks about a ceasefire": background
                continue
            named.add(issue)
            inverse = keyword_of(ctx.doc[start:end]) in (
                (rules().inverse_keywords or {}).get(issue, frozenset()))
            for mention, stance, trigger in held:
                if inverse:  # refusing a foreign presence demands a withdrawal
                    stance = INVERTED[stance]
                stance = _settle(ctx, issue, start, end, mention, stance)
                for holder in (mention, *_co_holders(ctx, mention, trigger)):
                    _add(ctx, found, holder.actor, issue, stance, index, trigger)
        voided -= {(issue, index) for issue in named}
        _summary_rejections(ctx, found, sent, index)
        for holder, verb in _hostilities_continuing(ctx, sent):
            refusal: Stance = "opposes" if _third_party(ctx, holder) else "rejects"
            _add(ctx, found, holder.actor, "ceasefire", refusal, index, verb)
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
    if key in found or any(k[1:] == key[1:] and _side(p.actor) == _side(actor)
                           for k, p in found.items()):
        return  # one position per side: "Russia" and its negotiator say the same
    found[key] = Position(
        id=ctx.make_id("po", *key), actor=actor, issue=issue, stance=stance,
        date=date_for(ctx, token_i), evidence=[ctx.evidence(sentence)],
    )


def _side(actor: Actor) -> str:
    """A state with its government, army and officials; an armed group (and its leaders)
    on its own ("SDNRSF" is not the army's side)."""
    if actor.kind == "group" or actor.code[3:] not in ("", "GOV", "MIL", "ELI"):
        return actor.code
    return actor.group


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
        if not armed:  # "they would leave the city": a pronoun stands for its actor
            mention = ctx.mention_at(subject.i) or (
                resolve_actor(ctx, subject) if subject.pos_ == "PRON" else None)
            armed = mention is not None and (
                mention.actor.kind == "group" or mention.actor.code.endswith("MIL"))
        if armed and any(c.dep_ in ("dobj", "obj") for c in tok.children):
            out.append(("withdrawal", tok.i, tok.i + 1))
    return out


def _guaranteed_security(sent: Span) -> list[tuple[str, int, int]]:
    """ "provided the security of its population were guaranteed", "underwrite its
    security": guaranteeing security is a security guarantee."""
    r = rules()
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in r.guarantee_verbs:
            continue
        objects = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        objects += [g for c in objects for g in c.conjuncts]
        if any(o.lemma_.lower() in r.guaranteed_nouns for o in objects):
            out.append(("security_guarantees", tok.i, tok.i + 1))
    return out


def _hostilities_ending(sent: Span) -> list[tuple[str, int, int]]:
    """ "stop its bombing campaign", "halt the attacks", "the offensive will not stop", "an
    end to the aggression": ending hostilities is a ceasefire."""
    r = rules()
    out = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in r.ending_verbs:
            objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
            said_of_future = _negated(tok) or any(
                c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children)
            ended = objects or [c for c in tok.children  # "the offensive won't stop", not
                                if c.dep_ == "nsubj" and said_of_future]  # "until war ended"
        elif tok.pos_ == "NOUN" and lemma in r.ending_nouns:
            ended = [g for c in tok.children if c.dep_ == "prep"  # "a moratorium on strikes"
                     and c.lower_ in ("to", "of", "on")
                     for g in c.children if g.dep_ == "pobj"]
        else:
            continue
        if any(c.lemma_.lower() in r.hostility_nouns for c in ended):
            out.append(("ceasefire", tok.i, tok.i + 1))
    return out


def _releases(sent: Span) -> list[tuple[str, int, int]]:
    """ "all remaining women must be released", "the release of everyone", "free the
    Palestinians": releasing people is the prisoners issue."""
    r = rules()
    out = []
    for tok in sent:
        if tok.lemma_.lower() not in r.release_words:
            continue
        if tok.pos_ == "VERB":
            freed = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        elif tok.pos_ == "NOUN":
            freed = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"]
        else:
            continue
        if any(f.lemma_.lower() in r.person_nouns or f.lower_ in r.person_nouns
               or (f.tag_ == "NNPS") for f in freed):
            out.append(("prisoners", tok.i, tok.i + 1))
    return out


def _arms_given_up(sent: Span) -> list[tuple[str, int, int]]:
    """ "hand over its heavy weapons", "surrender their arms": giving up arms is the
    security_guarantees issue (disarmament), whatever words stand between."""
    r = rules()
    out = []
    for tok in sent:
        if tok.pos_ != "VERB":
            continue
        forms = {tok.lemma_.lower(), tok.lower_}
        parts = {c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod", "prep")}
        if not any(seq[0] in forms and all(p in parts for p in seq[1:])
                   for seq in r.arms_verbs):
            continue
        if any(c.dep_ in ("dobj", "obj", "nsubjpass") and (
                c.lemma_.lower() in r.arms_nouns or c.lower_ in r.arms_nouns)
               for c in tok.children):
            out.append(("security_guarantees", tok.i, tok.i + 1))
    return out


def _hostility_owner(ctx: DocContext, verb: Token) -> Mention | None:
    """Whose hostilities end or go on when they are the subject ("his offensive will not
    stop"): their owner, else the speaker."""
    subject = subject_of(verb)
    if subject is None or subject.lemma_.lower() not in rules().hostility_nouns:
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    who = resolve_actor(ctx, owner) if owner is not None else None
    return who or _speaker_covering(ctx, verb.i)


def _harmful(ctx: DocContext, head: Token) -> tuple[Mention, Stance, int] | None:
    """ "exports that Moscow says are hampered by sanctions", "the blockade is strangling
    the port", in someone's words: the speaker opposes what does the harm."""
    if head.dep_ == "nsubj":
        verb = head.head
    elif head.dep_ == "pobj" and head.head.dep_ == "agent":
        verb = head.head.head
    else:
        return None
    if verb.lemma_.lower() not in rules().harm_verbs or _negated(verb):
        return None
    who = _voice_of(ctx, verb)
    return (who, "opposes", verb.i) if who is not None else None


def _no_such_thing(ctx: DocContext, head: Token) -> Mention | None:
    """ "there would be no permanent ceasefire (until ...)" in someone's words: the speaker
    rules the issue out."""
    verb = head.head
    if head.dep_ not in ("attr", "nsubj") or verb.lemma_.lower() != "be" or not any(
            c.dep_ == "expl" for c in verb.children):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
        return None
    return _voice_of(ctx, verb)


def _hostilities_continuing(ctx: DocContext, sent: Span) -> list[tuple[Mention, int]]:
    """ "attacks would continue until the war ended", "we will resume the offensive": said
    of the future (not negated), carrying on hostilities rejects a ceasefire. The holder is
    the subject when it is an actor, else the speaker."""
    r = rules()
    out = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in r.continuation_verbs:
            continue
        vowed = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in r.vowing_words
        if _negated(verb) or not (vowed or any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX
                                               for c in verb.children)):
            continue  # "vowed to continue the war" is a refusal like "will continue it"
        subject = subject_of(verb)
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "xcomp")]
        hostile = [t for t in (subject, *objects) if t is not None
                   and t.lemma_.lower() in r.hostility_nouns]
        if not hostile:
            continue
        holder = resolve_actor(ctx, subject) if subject is not None and subject not in hostile \
            else None
        holder = holder or _speaker_covering(ctx, verb.i)
        if holder is not None:
            out.append((holder, verb.i))
    return out


def _recognitions(sent: Span) -> list[tuple[str, int, int]]:
    """ "recognise Crimea as Russian", "recognition of X as part of Y": territory."""
    r = rules()
    out = []
    for tok in sent:
        if tok.lemma_.lower() not in r.recognition_words:
            continue
        scope = [tok, *(c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of")]
        scope += [g for c in scope[1:] for g in c.children if g.dep_ == "pobj"]
        for holder in scope:
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ == "as" and any(
                        _names_territory(g) for g in prep.children):
                    out.append(("territory", tok.i, tok.i + 1))
    return out


def _names_territory(tok: Token) -> bool:
    """ "as part of Azerbaijan", "as Russian", "as an independent state"."""
    r = rules()
    if tok.lemma_.lower() in r.recognition_complements:
        return True
    if tok.pos_ in ("ADJ", "PROPN") and tok.text[:1].isupper():
        return True  # a demonym: "as Russian"
    return any(c.dep_ == "amod" and c.lemma_.lower() in r.recognition_complements
               for c in tok.children)


def _recogniser(ctx: DocContext, tok: Token) -> Mention | None:
    """Who recognises: the subject of "recognise", the possessor of "recognition"."""
    if tok.lemma_.lower() not in rules().recognition_words:
        return None
    if tok.pos_ == "NOUN":
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        return resolve_actor(ctx, owner) if owner is not None else None
    subject = subject_of(tok)
    return resolve_actor(ctx, subject) if subject is not None else None


def _summary_rejections(ctx: DocContext, found: dict, sent: Span, index: int) -> None:
    """ "..., a condition Kyiv regards as unacceptable": the relative clause's subject takes
    its stance on what the others in the sentence demanded or sought."""
    r = rules()
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in r.summary_nouns:
            continue
        if noun.dep_ not in ("appos", "npadvmod", "dobj") or not any(
                t.text == "," for t in ctx.doc[max(sent.start, noun.left_edge.i - 1):noun.i]):
            continue
        for clause in (c for c in noun.children if c.dep_ == "relcl"):
            stance = _judgement(clause)
            subject = subject_of(clause)
            who = resolve_actor(ctx, subject) if subject is not None else None
            if stance is None or who is None:
                continue
            for (_, issue, held, i), pos in list(found.items()):
                if i == index and held in ("demands", "seeks") and not _same_side(
                        pos.actor, who.actor):
                    own = "opposes" if stance == "rejects" and (
                        issue == "sanctions" or _third_party(ctx, who)) else stance
                    _add(ctx, found, who.actor, issue, own, index, clause.i)


def _judgement(verb: Token) -> Stance | None:
    """A refusal by a relative clause ("Israel has refused", "regards as unacceptable")."""
    r = rules()
    own = _trigger_stance(verb)
    if own in ("rejects", "opposes"):
        return None if _negated(verb) else own
    if own == "seeks" and _negated(verb):
        return "rejects"  # "a condition Kyiv will not accept"
    if verb.lemma_.lower() in r.judging_verbs and has_phrase(
            verb.doc[verb.i + 1 : verb.right_edge.i + 1], r.table_always):
        return "rejects"  # "regards as unacceptable"
    return None


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
        if tok.dep_ == "amod":
            return None  # a participle modifying a noun ("forced displacement")
        for child in tok.children:
            if child.dep_ in ("prt", "prep", "advmod") and (lemma, child.lower_) in r.phrasal:
                return r.phrasal[(lemma, child.lower_)]
        return next((r.verbs[f] for f in _verb_forms(tok, lemma) if f in r.verbs), None)
    if tok.pos_ == "ADJ":
        return r.adjectives.get(lemma)
    if tok.pos_ == "NOUN":
        return r.nouns.get(lemma)
    return None


def _verb_forms(tok: Token, lemma: str) -> list[str]:
    """The lemma, then stems of the inflected form: the tagger sometimes lemmatises
    "hoped" as "hop"; only forms found in the lexicon count."""
    word = tok.lower_
    forms = [lemma]
    for suffix, add in (("ied", "y"), ("ed", ""), ("d", ""), ("ing", ""), ("ing", "e"),
                        ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            forms.append(word[: -len(suffix)] + add)
    return forms


def _negated(tok: Token) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in tok.children):
        return True
    head = tok.head  # "is not ready to", "did not want"
    return tok.dep_ in ("acomp", "xcomp") and any(c.dep_ == "neg" for c in head.children)


def _combine(outer: Stance, inner: Stance) -> Stance:
    """How an outer stance word changes the stance of what it governs (one holder)."""
    if inner == "seeks" and outer in ("willing_to_forgo", "rejects", "demands", "opposes"):
        return outer  # give up a bid / refuse a truce / insist on talks
    if inner == "willing_to_forgo" and outer in ("rejects", "opposes"):
        return "rejects"  # refuses (resists, opposes) giving up
    if inner == "demands" and outer in ("rejects", "opposes"):
        return outer  # refuses (pushes back against) a demand
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
    while main.dep_ == "xcomp" and main.head.i != main.i:  # "will not discuss giving up X
        main = main.head  # until Y": the finite verb says whether it is a condition
        mains.append(main)
    return any(c.lower_ == "only" for c in (*clause.children, *main.children)) or any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in FUTURE_AUX)
        for m in mains for c in m.children)


def _stances_for(ctx: DocContext, issue: str, start: int, end: int,
                 stops: set[str] | None = None) -> list[tuple[Mention, Stance, int]]:
    """Walk up from the issue keyword through the stance words that govern it.

    Each actor met on the way holds the stance folded so far: "Ukraine rejected Russia's
    demand for neutrality" gives RUS demands and UKR rejects. An actor whose doing is what
    an outer holder demands holds nothing ("Russia demanded that Ukraine renounce its NATO
    bid" is Russia opposing membership). The walk stops where the phrase is the subject of
    its head ("Russia's demand ... was rejected" is not a rejection by Russia) and at a
    time frame ("before any ceasefire"). ``stops`` collects why a walk ended without a
    stance (a background clause, a time frame): events then add nothing for the issue.
    """
    doc = ctx.doc
    head = _match_head(doc, start, end)
    r = rules()
    stops = set() if stops is None else stops
    undo = r.reversals.get(issue, frozenset())
    reversed_ = any(doc[i].lemma_.lower() in undo for i in range(start, end))
    out: list[tuple[Mention, Stance, int]] = _modifier_stances(ctx, head)
    stance: Stance | None = None
    actor: Mention | None = None
    from_subject = False  # the holder so far is a clause subject (not a possessor)
    trigger_i = head.i
    persisting = _persistence_holder(ctx, head)
    if persisting is not None:  # "the ceasefire would hold", in someone's words
        return [(persisting, "seeks", head.head.i)]
    if keyword_of(doc[start:end]) in r.forgo_keywords:  # "Ukraine would stay out of NATO"
        who = _actor_of(ctx, head)
        if who is not None:
            stance = "seeks" if _negated(head) else "willing_to_forgo"
            actor, from_subject = who, True
    elif (harmed := _harmful(ctx, head)) is not None:
        return [harmed]
    elif (nobody := _no_such_thing(ctx, head)) is not None:
        return [(nobody, "rejects", head.head.i)]
    elif head.pos_ in ("VERB", "AUX"):  # the issue is the verb: "will not withdraw"
        if _negated(head):
            who = _actor_of(ctx, head) or _hostility_owner(ctx, head)
            stance, actor = ("rejects", who) if who is not None else (None, None)
            from_subject = True
        elif _obliged(head):
            speaker = _voice_of(ctx, head)  # a speaker, or "Sudan's position is that ..."
            if speaker is not None:
                out.append((speaker, "demands", head.i))
        elif any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in head.children):
            # "the US would stop its bombing", in its own side's words: a commitment
            who, speaker = _actor_of(ctx, head), _speaker_covering(ctx, head.i)
            if who is not None and speaker is not None and _same_side(who.actor, speaker.actor):
                stance, actor, from_subject = "seeks", who, True
    tok, steps, triggers = head, 0, 0
    locked = passed_adp = substitute = failed = topic = lacking = whether = False
    inner_negated_seek = stance == "rejects" and _trigger_stance(head) == "seeks"
    while tok.head.i != tok.i and steps < 12 and triggers < MAX_CHAIN:
        if tok.dep_ in ("nsubj", "nsubjpass", "csubj") and stance is not None:
            break
        if tok.dep_ == "relcl" and stance is None and ctx.mention_at(tok.head.i) is not None:
            break  # "Santos, who was awarded ... after the vote, insisted": background
        if tok.dep_ == "agent":
            break  # "rejected by most of those who voted": the issue names who acts
        below, tok, steps = tok, tok.head, steps + 1
        lemma = tok.lemma_.lower()
        if (tok.pos_ == "ADP" and tok.lower_ in FRAME_PREPOSITIONS and stance is None
                and not passed_adp):
            stops.add("frame")
            break  # "withdraw before any ceasefire": the ceasefire is a time frame
        if tok.pos_ == "ADP":
            passed_adp = True
        if tok.pos_ == "NOUN" and lemma in r.price_nouns and stance is None:
            break  # "its price for releasing the captives": traded away, not asked for
        if lemma in r.failure_verbs and below.dep_ == "xcomp":
            failed = True  # "failing to withdraw"
            continue
        if lemma in r.accusation_verbs and below.pos_ == "ADP":
            # "accused the RSF of failing to withdraw": the accuser demands the withdrawal
            who = _actor_of(ctx, tok)
            if actor is not None and stance is not None:
                out.append((actor, stance, trigger_i))
            if who is not None and (failed or stance is not None):
                wanted: Stance = "demands" if failed or stance in ("rejects", "opposes") \
                    else "opposes"
                out.append((who, wanted, tok.i))
            return _reverse(out, reversed_)
        if tok.pos_ == "NOUN" and lemma in r.substitute_nouns and below.lower_ == "for":
            substitute = True
            continue
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
        narrated = below.tag_ in ("VBD", "VBZ", "VBP") or below.pos_ == "NOUN"
        if below.dep_ == "advcl" and (_marked_by(below, NARRATION_MARKS)
                                      or (stance is None and narrated)):
            if stance is None:
                stops.add("background")
            break  # "suspended talks after an offensive left thousands displaced": background
        if below.pos_ in ("VERB", "AUX") and _marked_by(below, WHETHER):
            whether = True  # "judge it by whether troops left"
        if whether and lemma in r.monitoring_verbs:
            who = _actor_of(ctx, tok)
            if who is not None:
                out.append((who, "demands", tok.i))
            return _reverse(out, reversed_)
        if tok.pos_ == "NOUN" and lemma in r.topic_nouns and below.dep_ == "prep":
            topic = True  # "talks over a ceasefire": what the talks are about
        shared_duty = False
        if below.dep_ == "conj" and tok.pos_ in ("VERB", "AUX"):
            if _has_subject(below) and not _has_subject(tok) and tok.dep_ == "xcomp":
                break  # a clause with its own subject hung on an infinitive: a misparse
            if not (_obliged(tok) and not _has_subject(below)):
                continue  # a coordinated predicate does not govern its partner
            shared_duty = True  # "must renounce X and release Y": "must" binds both
        complement = (_copula_complement(tok, below)  # "X is a prerequisite for talks"
                      or _framed_as(tok, below))  # "set X as a precondition"
        stance_tok = _copula_subject(tok, below) or complement or tok  # "the demand was X"
        own = None if shared_duty else _trigger_stance(stance_tok)
        if topic and own == "opposes":
            break  # "suspended talks over a ceasefire" does not oppose the ceasefire
        if lemma in r.object_only_verbs and below.dep_ not in ("dobj", "obj"):
            own = None  # "keeps saying that ...": no stance on the clause
        if own is None and tok.pos_ == "NOUN" and lemma in r.negating_nouns and any(
                c.lower_ == "no" for c in tok.children):
            stance = FLIP_ON_NEGATION.get(stance or "", stance)  # "no sign of being ready"
            who = _actor_of(ctx, tok) if actor is None else None
            if who is not None:  # "Moscow gave no sign of ...": the giver holds it
                actor, trigger_i, from_subject = who, tok.i, False
            continue
        if (tok.dep_ == "relcl" and tok.pos_ in ("VERB", "AUX") and _negated(tok)
                and stance is None and own in (None, "seeks", "demands") and any(
                    c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in tok.children)):
            lacking = True  # "a proposal that does not guarantee a ceasefire"
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
            who = _actor_of(ctx, stance_tok)
            if complement is not None and complement.head.dep_ == "prep":
                who = _actor_of(ctx, tok)  # "Sudan set X as a precondition": Sudan
            if who is None and complement is not None:
                who = _voice_of(ctx, tok)  # "the release is a prerequisite", M23 said
            if own is not None and _negated(tok):
                negated_seek = own == "seeks"
                own = FLIP_ON_NEGATION.get(own)
                if negated_seek and _marked_child(tok, UNLESS):
                    break  # "will not agree to X unless Y": X is acceptable on a condition
            if own is None:
                break
            if lacking:  # refusing what lacks X is demanding X; wanting it says nothing
                if own not in ("rejects", "opposes"):
                    break
                own, lacking = "demands", False
            speaker = _voice_of(ctx, tok) if _obliged(tok) else None
            imposed = False
            if speaker is not None and (who is None or who.actor.group != speaker.actor.group):
                # "Ukraine must accept neutrality" in Lavrov's words: Russia's demand
                stance = _combine(own, stance) if stance is not None else own
                own, who, imposed, actor, from_subject = "demands", speaker, True, None, False
        if own is None:
            break
        if substitute:  # "did not accept X as a substitute for a ceasefire": wants one
            if who is not None and own in ("rejects", "opposes"):
                out.append((who, "seeks", tok.i))
            return _reverse(out, reversed_)
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
            from_subject = stance_tok.pos_ in ("VERB", "AUX", "ADJ")
    if stance is not None and actor is not None:
        out.append((actor, stance, trigger_i))
    return _reverse(out, reversed_)


def _marked_child(verb: Token, marks: frozenset[str]) -> bool:
    """Whether a verb has an adverbial clause opened by one of ``marks`` ("unless ...")."""
    return any(c.dep_ == "advcl" and _marked_by(c, marks) for c in verb.children)


def _marked_by(clause: Token, marks: frozenset[str]) -> bool:
    """Whether a subordinate clause opens with one of ``marks`` ("after", "while")."""
    return clause.doc[clause.left_edge.i].lower_ in marks or any(
        c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def _has_subject(tok: Token) -> bool:
    """Whether a verb has a subject of its own (a finite clause, not an infinitive)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _copula_subject(tok: Token, below: Token) -> Token | None:
    """ "Russia's core demand was neutrality", "Moscow's goal was to force ...": the stance
    noun that is the subject of a copula governs the copula's complement."""
    if tok.lemma_.lower() != "be" or below.dep_ not in ("attr", "xcomp", "acomp", "ccomp"):
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or _trigger_stance(subject) is None:
        return None
    return subject


def _copula_complement(tok: Token, below: Token) -> Token | None:
    """ "the release of prisoners is a prerequisite for talks": an issue that is the subject
    of a copula whose complement is a stance noun takes that noun's stance."""
    if tok.lemma_.lower() not in ("be", "remain") or below.dep_ != "nsubj":
        return None
    attr = next((c for c in tok.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if attr is None or _trigger_stance(attr) is None:
        return None
    return attr


def _framed_as(tok: Token, below: Token) -> Token | None:
    """ "set the withdrawal of the RSF as a precondition for talks": the stance noun after
    "as" governs the framing verb's object."""
    if tok.lemma_.lower() not in rules().framing_verbs or below.dep_ not in ("dobj", "obj"):
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in ("WDT", "WP"):
        return None  # "the constitution, which names X as a goal": no actor frames it
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            noun = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if noun is not None and noun.pos_ == "NOUN" and _trigger_stance(noun) is not None:
                return noun
    return None


def _modifier_stances(ctx: DocContext, head: Token) -> list[tuple[Mention, Stance, int]]:
    """Stances in clauses that modify the issue's noun phrase: "a ceasefire requested by
    Qatar" (Qatar seeks it), "the release of prisoners, which Ethiopia refused" (Ethiopia
    rejects it). The holder is the clause's own subject or its passive agent."""
    nouns = [head]
    while nouns[-1].dep_ == "pobj" and nouns[-1].head.lower_ == "of" and (
            nouns[-1].head.head.pos_ == "NOUN"):
        nouns.append(nouns[-1].head.head)  # "the release of all prisoners"
    out: list[tuple[Mention, Stance, int]] = []
    for noun in nouns:
        for clause in noun.children:
            if clause.dep_ not in ("acl", "relcl") or clause.pos_ != "VERB":
                continue
            own = _trigger_stance(clause)
            if own is None:
                continue
            if _negated(clause):
                own = FLIP_ON_NEGATION.get(own)
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.tag_ in ("WDT", "WP"):
                continue  # "a deal that left the area ...": the noun does it
            who = (resolve_actor(ctx, subject) if subject is not None
                   else _passive_agent(ctx, clause))
            if own is not None and who is not None:
                out.append((who, own, clause.i))
    return out


def _passive_agent(ctx: DocContext, verb: Token) -> Mention | None:
    """The actor of "by X" after a passive verb or participle ("rejected by the RSF")."""
    for child in verb.children:
        if child.dep_ == "agent":
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return resolve_actor(ctx, obj)
    return None


def _persistence_holder(ctx: DocContext, head: Token) -> Mention | None:
    """Who wants an issue to persist: "the ceasefire would hold" in someone's words (future
    or modal, not negated), or whoever makes it persist ("do everything to make it last")."""
    r = rules()
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() not in r.persistence_verbs:
        return None
    if _negated(verb):
        return None
    maker = verb.head if verb.dep_ in ("ccomp", "xcomp") else None
    if maker is not None and maker.lemma_.lower() in r.causative_verbs:
        return _actor_of(ctx, maker)
    if not any(c.dep_ == "aux" and c.lower_ in (*FUTURE_AUX, *OBLIGATION) for c in verb.children):
        return None
    return _speaker_covering(ctx, verb.i)


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
        (doc[i] for i in range(start, end)
         if doc[i].head.i == i or not start <= doc[i].head.i < end), doc[end - 1]
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
    if head.lemma_.lower() in r.agent_keywords and (
            head.dep_ in ("nsubj", "nsubjpass")
            or (head.dep_ in ("compound", "amod") and head.head.lemma_.lower() in r.agent_heads)):
        return True  # "the guarantor countries urged ...": actors, not guarantees
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
    if _time_frame(head):
        return True  # "withdraw before any ceasefire": the ceasefire is a time frame
    if head.dep_ == "pobj" and head.head.lower_ == "for" and (
            head.head.head.lemma_.lower() in r.condition_nouns):
        return True  # "their conditions for a ceasefire": not what is demanded
    if issue == "territory" and head.lemma_.lower() in r.place_keywords and (
            head.dep_ == "pobj" and head.head.lower_ in r.locative_prepositions):
        return True  # "held hostage in the territory", "forces along their border"
    if issue == "territory":
        while head.dep_ == "pobj" and head.head.lower_ == "of" and (
                head.head.head.lemma_.lower() in QUANTITIES):
            head = head.head.head  # "from all of the territory"
        place_of = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "from" \
            else head.head if head.dep_ in ("dobj", "obj") else None
        if place_of is not None and place_of.lemma_.lower() in (*WITHDRAW_WORDS, *LEAVE_VERBS):
            return True  # "withdraw from Ukrainian territory", "troops left the territory"
    return False


def keyword_voided(ctx: DocContext, issue: str, start: int, end: int) -> bool:
    """Whether the issue keyword at tokens ``start..end`` names something else in its
    context (a place, a time frame, a withdrawal from talks): claims use it for their
    ``issue`` so that a claim and the positions agree."""
    return _not_the_issue(ctx, issue, start, end)


def _time_frame(head: Token) -> bool:
    """ "before any ceasefire", "during a truce": the issue only dates something else."""
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in FRAME_PREPOSITIONS


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
    if issue == "territory" and stance == "seeks":
        recogniser = _recogniser(ctx, ctx.doc[start])
        if recogniser is not None and _same_side(recogniser.actor, holder.actor):
            return "willing_to_forgo"  # "ready to recognise X as part of Y"
    head = _match_head(ctx.doc, start, end)
    if issue == "security_guarantees" and stance == "seeks" and (
            head.lemma_.lower() in rules().own_side_keywords):
        mover = _withdrawer(ctx, head)  # "agreed to disarm its combatants": a concession
        if mover is not None and _same_side(mover.actor, holder.actor):
            return "willing_to_forgo"
    if issue == "withdrawal" and stance == "seeks":
        mover = _withdrawer(ctx, head)
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
        head = tok.head
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if head.lemma_.lower() == "be" and subject is not None and subject.pos_ == "NOUN":
            return _actor_of(ctx, subject)  # "Sudan's position is that the RSF must leave"
        return _actor_of(ctx, head)
    return None


def _speaker_covering(ctx: DocContext, token_i: int) -> Mention | None:
    for att in find_attributions(ctx):
        if att.covers(token_i) and att.speaker is not None:
            return att.speaker
    return None


def _actor_of(ctx: DocContext, tok: Token) -> Mention | None:
    """Who holds a stance word: a verb's subject, a noun's possessor or its verb's subject."""
    if tok.pos_ == "NOUN":
        possessor = next((c for c in tok.children if c.dep_ == "poss"), None)
        if possessor is not None:
            return resolve_actor(ctx, possessor)
        if _trigger_stance(tok) is not None:  # "an American proposal", "the Russian demand"
            for child in tok.children:
                if child.dep_ not in ("amod", "compound"):
                    continue
                if ctx.mention_at(child.i) is not None:
                    return resolve_actor(ctx, child)
                owner = demonym_owner(ctx, child)
                if owner is not None:
                    return owner
            for prep in tok.children:  # "demands from the army", "a proposal by Qatar"
                if prep.dep_ == "prep" and prep.lower_ in ("from", "by"):
                    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                    who = resolve_actor(ctx, obj) if obj is not None else None
                    if who is not None:
                        return who
        if tok.dep_ in ("dobj", "attr", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
            tok = tok.head
        else:
            return None
    if tok.lemma_.lower() in rules().binding_verbs:  # "committed the RSF to a ceasefire"
        bound = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
        who = resolve_actor(ctx, bound) if bound is not None else None
        if who is not None:
            return who
    if tok.dep_ == "pcomp" and tok.head.pos_ == "ADP" and subject_of(tok) is None:
        governor = tok.head.head
        accused = next((c for c in governor.children if c.dep_ in ("dobj", "obj")), None)
        if governor.lemma_.lower() in rules().accusation_verbs and accused is not None:
            return resolve_actor(ctx, accused)  # "accused the RSF of refusing": the RSF
        tok = governor  # "opened the talks by urging ...": the verb's subject urges
    subject = subject_of(tok)
    who = resolve_actor(ctx, subject) if subject is not None else None
    if who is None and tok.pos_ in ("VERB", "AUX"):
        who = _passive_agent(ctx, tok)  # "the plan was rejected by the RSF"
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
    if any(t.lemma_.lower() in r.summary_nouns and any(c.dep_ == "relcl" for c in t.children)
           for t in span):
        return []  # "..., a condition Kyiv regards as unacceptable": _summary_rejections
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
