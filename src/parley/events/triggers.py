"""Trigger rules: which words signal which event type, and how their roles are read.

The rules are data (``data/triggers.yaml``); this module validates them once, indexes
them by lemma and matches a token against them. Matching looks only at the token and
its dependency neighbours, so a document costs one pass over its tokens.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from parley.datafiles import read_yaml
from parley.errors import RuleError
from parley.events.ontology import DATA, load_ontology

if TYPE_CHECKING:
    from spacy.tokens import Token

ROLE_VALUES = {"parties", "agent", "mediators", "none"}
OBJECT_EVENT = {"keep", "hypothetical", "absorb"}
POS_VALUES = {"VERB", "AUX", "NOUN", "ADJ"}
GOVERNOR_ROLES = {"participant", "mediators", "none"}
OBJECT_DEPS = {"dobj", "nsubjpass", "attr", "oprd"}
COMPLEMENT_DEPS = {"xcomp", "acl", "ccomp", "advcl", "pcomp"}
ASPECTUAL = {"keep", "continue", "go", "carry", "start", "begin"}


@dataclass(frozen=True)
class Trigger:
    """One trigger rule (see the header of ``triggers.yaml`` for the fields)."""

    lemmas: frozenset[str]
    pos: frozenset[str]
    type: str
    tag: str | None = None
    status: str | None = None
    particle: str | None = None
    object_in: frozenset[str] | None = None
    subject_in: frozenset[str] | None = None
    complement_in: frozenset[str] | None = None
    complement_negated: bool = False
    complement: bool = False
    directive: bool = False
    object_not_in: frozenset[str] | None = None
    negated: bool = False
    modal: bool = False
    subject: str | None = None
    object: str = "none"
    object_event: str = "keep"
    needs_issue: bool = False
    weak: bool = False
    active: bool = False  # not in the passive ("demands were met" is no meeting)
    passive: bool = False  # only in the passive ("Israel was not consulted")
    modifier_in: frozenset[str] | None = None  # "a phone call", "the No campaign"
    object_actor: bool = False  # an actor must be named in the object ("spoke with X")
    condition_in: frozenset[str] | None = None  # "threatened to quit if he signs the deal"
    complement_object_in: frozenset[str] | None = None  # "to increase the pressure on X"
    complement_object_count: bool = False  # a bare number also counts ("return only ten")
    ultimatum: bool = False  # "warned X that talks would stop unless they agreed ..."
    result_only: bool = False  # "the round closed with a pledge": only as an outcome
    object_modifier_in: frozenset[str] | None = None  # "campaigning for a No vote"
    possessor: bool = False  # one owner: "Baku's agreement to the plan" (not "their")
    modifier_not_in: frozenset[str] | None = None  # "a press conference" is no meeting
    subject_not_in: frozenset[str] | None = None  # "the plan calls for" is no one's demand
    said_directive: bool = False  # "said Hamas must disarm" (not "would have to")
    cleft: bool = False  # "what we need is for Israel to comply": the wish's content
    topic_in: frozenset[str] | None = None  # no object, but the talks are the topic at hand
    addressed_directive: bool = False  # "told Hezbollah that it would have to disarm"
    framed_by: frozenset[str] | None = None  # "released 30 prisoners under the deal"
    by_means: frozenset[str] | None = None  # "spoke by phone": a "by" phrase in this set
    done: bool = False  # told as done: a past verb with no modal ("released", not "will release")
    noun_directive: bool = False  # "its insistence that Kyiv must withdraw"


@dataclass(frozen=True)
class Governor:
    role: str
    status: str | None = None
    types: frozenset[str] | None = None  # event types of the nouns it governs; None: all


@dataclass(frozen=True)
class Preconditions:
    """Conditional clauses that state a demand ("will sign only after X", "not until Y")."""

    marks: frozenset[str] = frozenset()  # with "only": "only if", "only once", "only after"
    negated_marks: frozenset[str] = frozenset()  # after a negated verb: "not ... until"
    only: frozenset[str] = frozenset({"only"})
    # with "only", a phrase instead of a clause: "can go ahead only with a halt to attacks"
    only_preps: frozenset[str] = frozenset()
    # a modal resumption on a condition: "talks could resume if X"
    resume_verbs: frozenset[str] = frozenset()
    resume_marks: frozenset[str] = frozenset()


@dataclass
class Rules:
    sets: dict[str, frozenset[str]]
    governors: dict[str, Governor]
    status_words: dict[str, str]  # modifier lemma -> status
    by_lemma: dict[str, list[Trigger]] = field(default_factory=dict)
    preconditions: Preconditions = field(default_factory=Preconditions)

    @property
    def event_nouns(self) -> frozenset[str]:
        """Lemmas of every nominal trigger (the nouns events can be named by)."""
        return frozenset(
            lemma for ts in self.by_lemma.values() for t in ts if "NOUN" in t.pos
            for lemma in t.lemmas
        )


def _words(value: Any, sets: dict[str, frozenset[str]], where: str, problems: list[str]
           ) -> frozenset[str] | None:
    """A set reference (name) or an inline list of lemmas."""
    if value is None:
        return None
    if isinstance(value, str):
        if value not in sets:
            problems.append(f"{where}: unknown set {value!r}")
            return frozenset()
        return sets[value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return frozenset(v.lower() for v in value)
    problems.append(f"{where}: expected a set name or a list of lemmas")
    return frozenset()


def parse_rules(raw: Any, source: str) -> Rules:
    """Validate ``triggers.yaml``; every problem is reported at once."""
    if not isinstance(raw, dict):
        raise RuleError(f"{source}: expected a mapping")
    problems: list[str] = []
    sets = {
        name: frozenset(str(w).lower() for w in words)
        for name, words in (raw.get("sets") or {}).items()
        if isinstance(words, list)
    }
    governors: dict[str, Governor] = {}
    for lemma, spec in (raw.get("governors") or {}).items():
        role = (spec or {}).get("role")
        if role not in GOVERNOR_ROLES:
            problems.append(f"{source}: governors.{lemma}: role must be one of {GOVERNOR_ROLES}")
        types = (spec or {}).get("types")
        governors[str(lemma)] = Governor(
            role=str(role),
            status=(spec or {}).get("status"),
            types=frozenset(types) if types else None,
        )
    status_words = {
        str(w).lower(): status
        for status, words in (raw.get("status_words") or {}).items()
        for w in words
    }
    pre = raw.get("preconditions") or {}
    if not isinstance(pre, dict):
        problems.append(f"{source}: preconditions must be a mapping")
        pre = {}
    preconditions = Preconditions(
        marks=frozenset(str(w).lower() for w in pre.get("marks") or ()),
        negated_marks=frozenset(str(w).lower() for w in pre.get("negated_marks") or ()),
        only=frozenset(str(w).lower() for w in pre.get("only") or ("only",)),
        only_preps=frozenset(str(w).lower() for w in pre.get("only_preps") or ()),
        resume_verbs=frozenset(str(w).lower() for w in pre.get("resume_verbs") or ()),
        resume_marks=frozenset(str(w).lower() for w in pre.get("resume_marks") or ()),
    )
    types = set(load_ontology().names)
    rules = Rules(sets=sets, governors=governors, status_words=status_words,
                  preconditions=preconditions)
    for n, spec in enumerate(raw.get("triggers") or []):
        where = f"{source}: triggers[{n}]"
        if not isinstance(spec, dict):
            problems.append(f"{where}: expected a mapping")
            continue
        where += f" ({spec.get('lemma')})"
        lemmas = spec.get("lemma")
        lemmas = [lemmas] if isinstance(lemmas, str) else lemmas
        if not lemmas or not all(isinstance(x, str) for x in lemmas):
            problems.append(f"{where}: lemma must be a string or a list of strings")
            continue
        if spec.get("type") not in types:
            problems.append(f"{where}: unknown event type {spec.get('type')!r}")
        pos = spec.get("pos") or []
        if not pos or set(pos) - POS_VALUES:
            problems.append(f"{where}: pos must list some of {sorted(POS_VALUES)}")
        for key in ("subject", "object"):
            if spec.get(key) is not None and spec[key] not in ROLE_VALUES:
                problems.append(f"{where}: {key} must be one of {sorted(ROLE_VALUES)}")
        if spec.get("particle") is not None and not isinstance(spec["particle"], str):
            problems.append(f"{where}: particle must be a string (quote on/off/yes/no)")
        if spec.get("object_event", "keep") not in OBJECT_EVENT:
            problems.append(f"{where}: object_event must be one of {sorted(OBJECT_EVENT)}")
        unknown = set(spec) - {f for f in Trigger.__dataclass_fields__} - {"lemma"}
        if unknown:
            problems.append(f"{where}: unknown fields {sorted(unknown)}")
        trigger = Trigger(
            lemmas=frozenset(x.lower() for x in lemmas),
            pos=frozenset(pos),
            type=str(spec.get("type")),
            tag=spec.get("tag"),
            status=spec.get("status"),
            particle=spec.get("particle"),
            object_in=_words(spec.get("object_in"), sets, where, problems),
            subject_in=_words(spec.get("subject_in"), sets, where, problems),
            complement_in=_words(spec.get("complement_in"), sets, where, problems),
            complement_negated=bool(spec.get("complement_negated", False)),
            complement=bool(spec.get("complement", False)),
            directive=bool(spec.get("directive", False)),
            object_not_in=_words(spec.get("object_not_in"), sets, where, problems),
            negated=bool(spec.get("negated", False)),
            modal=bool(spec.get("modal", False)),
            subject=spec.get("subject"),
            object=spec.get("object", "none"),
            object_event=spec.get("object_event", "keep"),
            needs_issue=bool(spec.get("needs_issue", False)),
            weak=bool(spec.get("weak", False)),
            active=bool(spec.get("active", False)),
            passive=bool(spec.get("passive", False)),
            modifier_in=_words(spec.get("modifier_in"), sets, where, problems),
            object_actor=bool(spec.get("object_actor", False)),
            condition_in=_words(spec.get("condition_in"), sets, where, problems),
            complement_object_in=_words(spec.get("complement_object_in"), sets, where,
                                        problems),
            complement_object_count=bool(spec.get("complement_object_count", False)),
            ultimatum=bool(spec.get("ultimatum", False)),
            result_only=bool(spec.get("result_only", False)),
            object_modifier_in=_words(spec.get("object_modifier_in"), sets, where, problems),
            possessor=bool(spec.get("possessor", False)),
            modifier_not_in=_words(spec.get("modifier_not_in"), sets, where, problems),
            subject_not_in=_words(spec.get("subject_not_in"), sets, where, problems),
            said_directive=bool(spec.get("said_directive", False)),
            cleft=bool(spec.get("cleft", False)),
            topic_in=_words(spec.get("topic_in"), sets, where, problems),
            addressed_directive=bool(spec.get("addressed_directive", False)),
            framed_by=_words(spec.get("framed_by"), sets, where, problems),
            by_means=_words(spec.get("by_means"), sets, where, problems),
            done=bool(spec.get("done", False)),
            noun_directive=bool(spec.get("noun_directive", False)),
        )
        for lemma in trigger.lemmas:
            rules.by_lemma.setdefault(lemma, []).append(trigger)
    if problems:
        raise RuleError("; ".join(problems))
    return rules


@lru_cache(maxsize=1)
def load_rules(path: Path | None = None) -> Rules:
    """The validated trigger rules (cached; ``path`` for user-supplied rule files)."""
    path = path or DATA / "triggers.yaml"
    return parse_rules(read_yaml(path), str(path))


# --- matching -----------------------------------------------------------------------

def lemma(token: Token) -> str:
    return token.lemma_.lower()


def has_neg(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


NEGATIVE_OBJECTS = {"nothing", "none"}
RELATIVE_PRONOUNS = {"which", "that", "who", "whom"}


def is_negated(token: Token) -> bool:
    """"did not accept", "never signed", "will sign nothing", "no longer exists"."""
    return any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and lemma(c) == "never")
        or (c.dep_ == "dobj" and lemma(c) in NEGATIVE_OBJECTS)
        or (c.dep_ == "advmod" and lemma(c) == "long"
            and any(lemma(g) == "no" for g in c.children))
        for c in token.children
    )


MODIFIER_DEPS = {"compound", "amod", "det", "nmod"}
# an object's modifier may follow it as a participle: "a deal proposed by Qatar"
OBJECT_MODIFIER_DEPS = MODIFIER_DEPS | {"acl"}
# a phrase that dates or frames an act names no object of it: "to end the war during the
# second round of talks" ends no talks
FRAME_PREPS = {"during", "before", "after", "since", "until", "amid", "amidst", "despite",
               "following", "throughout", "ahead"}
# "..., while Azerbaijan has not": an auxiliary standing for the verb it follows; with any
# content of its own ("has not signed", "is not ready") it is no ellipsis
ELIDED_AUX = {"have", "do", "be"}
ELIDED_BLOCKERS = {"dobj", "xcomp", "ccomp", "acomp", "attr", "prep", "aux", "auxpass",
                   "prt", "pobj"}
ELIDED_TYPES = {"willingness", "concession"}
# "While Qatar has shown interest in talks, Egypt has not": the stance comes first
CONTRAST_MARKS = {"while", "whereas", "although", "though"}
# an adverb particle the parser hangs the phrase on: "stayed away from the talks"
PARTICLE_ADVERBS = {"away"}


def is_passive(token: Token) -> bool:
    """"the demands were met", "any provocation would be met with force"."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)


def has_modal(token: Token) -> bool:
    """"will not sign", "would never accept", "won't negotiate"."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children)


def objects(token: Token) -> list[Token]:
    """Direct and prepositional objects, looking through "failure of X" one level."""
    found: list[Token] = []
    for child in token.children:
        if child.dep_ in OBJECT_DEPS or (child.dep_ == "nsubjpass" and token.pos_ == "VERB"):
            found.append(child)
        elif child.dep_ in ("prep", "agent", "prt") and child.lemma_ != "by" and (
                lemma(child) not in FRAME_PREPS):
            found.extend(g for g in child.children if g.dep_ == "pobj")
            for inner in (g for g in child.children if g.dep_ == "prep"):  # "out of the deal"
                found.extend(g for g in inner.children if g.dep_ == "pobj")
        elif child.dep_ == "advmod" and lemma(child) in PARTICLE_ADVERBS:
            for inner in (g for g in child.children if g.dep_ == "prep"):  # "away from X"
                found.extend(g for g in inner.children if g.dep_ == "pobj")
    found.extend(_stranded_objects(token))
    found.extend(shared_subjects(token))
    for obj in list(found):
        for child in obj.children:
            if child.dep_ == "prep" and child.lemma_ == "of":
                found.extend(g for g in child.children if g.dep_ == "pobj")
    if token.dep_ == "relcl" and all(lemma(o) in RELATIVE_PRONOUNS for o in found):
        found.append(token.head)  # "the plan, which Kyiv rejected": the plan is the object
        found.extend(_attachment_nouns(token.head))
    return found + [c for t in found for c in t.conjuncts]


def shared_subjects(verb: Token) -> list[Token]:
    """"The truce took effect and was extended": a passive conjunct without a subject of its
    own acts on the first verb's subject."""
    if verb.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in verb.children) or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ):
        return []
    return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _attachment_nouns(noun: Token) -> list[Token]:
    """"a meeting in Addis on 10 July, which X boycotted", "the offer tabled by Ankara, which
    Kyiv accepted": the parser hangs the relative clause on the last noun of a phrase (also
    of a participle's "by" phrase); the nouns that phrase modifies are candidates too."""
    found: list[Token] = []
    cur = noun
    for _ in range(2):
        if cur.dep_ != "pobj" or cur.head.dep_ not in ("prep", "agent"):
            break
        up = cur.head.head
        if up.dep_ == "acl" and up.pos_ == "VERB":  # "the offer tabled by Qatar, which ..."
            up = up.head
        if up.pos_ != "NOUN":
            break
        cur = up
        found.append(cur)
    return found


def _stranded_objects(noun: Token) -> list[Token]:
    """"agreed to a halt | to attacks": a noun's own phrase the parser hung on the verb.

    Only a preposition right after an object noun of a prepositional phrase counts.
    """
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return []
    nxt = noun.right_edge.i + 1
    return [g for c in noun.head.head.children if c.dep_ == "prep" and c.i == nxt
            for g in c.children if g.dep_ == "pobj"]


def complements(token: Token) -> list[Token]:
    """Infinitival or gerund complements ("ready to talk", "refused to meet").

    A clause with a subject of its own ("told them that Kyiv would not sign") is
    reported content, not a complement of the trigger.
    """
    found = [
        c for c in token.children
        if c.dep_ in COMPLEMENT_DEPS and c.pos_ in ("VERB", "AUX")
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        and not (c.dep_ == "advcl" and c.i < token.i)  # "Meeting in Brussels, X agreed to"
    ]
    for child in token.children:
        if child.dep_ == "prep":
            found.extend(g for g in child.children if g.dep_ == "pcomp")
    if token.dep_ == "nsubj" and token.pos_ == "NOUN" and lemma(token.head) == "be":
        # "our aim is to complete the process": the copula's infinitive is the noun's
        found.extend(c for c in token.head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                     and not any(g.dep_ == "nsubj" for g in c.children))
    found += [c for t in found for c in t.conjuncts]
    # "advised them to keep fighting", "agreed to continue negotiating": an aspectual verb
    # passes its own complement on
    return found + [g for t in found if lemma(t) in ASPECTUAL for g in t.children
                    if g.dep_ == "xcomp" and g.pos_ in ("VERB", "AUX")]


def subjects(token: Token) -> list[Token]:
    """The token's subjects; a predicate adjective's are its copula's ("talks were dead")."""
    found = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not found and token.dep_ == "acomp":
        found = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return found


def elided_stance(aux: Token, rules: Rules) -> tuple[Trigger, Token | None] | None:
    """"Armenia has shown interest in talks, while Azerbaijan has not": a bare negated
    auxiliary with a subject of its own repeats the stance of the clause it hangs on."""
    deps = {c.dep_ for c in aux.children}
    verb = elided_source(aux)
    if verb is None or "neg" not in deps or "nsubj" not in deps or deps & ELIDED_BLOCKERS:
        return None
    for tok in [verb] + [c for c in verb.children if c.dep_ == "dobj"]:
        found = match(tok, rules)
        if found is not None and found[0].type in ELIDED_TYPES:
            return replace(found[0], pos=frozenset({"VERB", "AUX"}), subject=None,
                           object="none"), None
    return None


def elided_source(aux: Token) -> Token | None:
    """The verb a bare auxiliary stands for: the one it hangs on ("X has shown interest,
    while Y has not"), or a contrastive clause before it ("While X has shown interest, Y
    has not")."""
    if aux.dep_ in ("advcl", "conj"):
        return aux.head if aux.head.pos_ == "VERB" else None
    return next((c for c in aux.children if c.dep_ == "advcl" and c.pos_ == "VERB" and any(
        m.dep_ == "mark" and lemma(m) in CONTRAST_MARKS for m in c.children)), None)


def habitual(token: Token, rules: Rules) -> bool:
    """"Berri frequently negotiates with Washington", "talks have regularly broken down": a
    habit told in passing names no one event (no date, no single set of sides)."""
    words = rules.sets.get("habitual_adverbs", frozenset())
    return token.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "advmod" and lemma(c) in words for c in token.children)


def match(
    token: Token, rules: Rules, skip: frozenset[str] = frozenset()
) -> tuple[Trigger, Token | None] | None:
    """The first rule matching ``token`` (types in ``skip`` aside) and its anchor."""
    candidates = rules.by_lemma.get(lemma(token))
    if not candidates and lemma(token) in ELIDED_AUX:
        return elided_stance(token, rules)
    if not candidates or habitual(token, rules):
        return None
    pos = "NOUN" if token.pos_ == "PROPN" else token.pos_  # "the Jeddah Declaration"
    for trig in candidates:
        if trig.type in skip or pos not in trig.pos or (trig.tag and token.tag_ != trig.tag):
            continue
        if trig.particle and not has_particle(token, trig.particle):
            continue
        if trig.negated and not is_negated(token):
            continue
        if trig.modal and not has_modal(token):
            continue
        if trig.active and is_passive(token):
            continue
        if trig.passive and not is_passive(token):
            continue
        if trig.modifier_in is not None and not any(
            c.dep_ in MODIFIER_DEPS and lemma(c) in trig.modifier_in for c in token.children
        ):
            continue
        if trig.modifier_not_in is not None and any(
            c.dep_ in MODIFIER_DEPS and lemma(c) in trig.modifier_not_in for c in token.children
        ):
            continue
        if trig.subject_not_in is not None and any(
            lemma(s) in trig.subject_not_in for s in subjects(token)
        ):
            continue
        if trig.possessor and not single_owner(token):
            continue
        anchor: Token | None = None
        if trig.object_in is not None:
            anchor = next((o for o in objects(token) if lemma(o) in trig.object_in and (
                trig.object_modifier_in is None or any(
                    c.dep_ in OBJECT_MODIFIER_DEPS and lemma(c) in trig.object_modifier_in
                    for c in o.children))), None)
            if anchor is None:
                continue
        if trig.object_not_in is not None and any(
            lemma(o) in trig.object_not_in for o in objects(token)
        ):
            continue
        if trig.subject_in is not None:
            anchor = next((s for s in subjects(token) if lemma(s) in trig.subject_in), None)
            if anchor is None:
                continue
        if trig.complement_in is not None:
            comp = next((c for c in complements(token) if lemma(c) in trig.complement_in), None)
            if comp is None or (trig.complement_negated and not has_neg(comp)):
                continue
            if trig.complement_object_in is not None and not any(
                lemma(o) in trig.complement_object_in
                or (trig.complement_object_count and o.like_num and o.dep_ == "dobj")
                for o in objects(comp)
            ):
                continue
            anchor = comp
        if trig.condition_in is not None and conditional(token, trig.condition_in) is None:
            continue
        if trig.ultimatum and ultimatum(token) is None:
            continue
        if trig.result_only and not result_of(token):
            continue
        if trig.said_directive:
            comp = next((c for c in clauses(token) if said_directive(c)), None)
            if comp is None:
                continue
            anchor = anchor or comp
        if trig.topic_in is not None and not bare_on_topic(token, trig.topic_in):
            continue
        if trig.addressed_directive:
            comp = next((c for c in clauses(token) if addressed_directive(c)), None)
            if comp is None:
                continue
            anchor = anchor or comp
        if trig.framed_by is not None and not framed_by(token, trig.framed_by):
            continue
        if trig.by_means is not None and not by_means(token, trig.by_means):
            continue
        if trig.done and not told_as_done(token):
            continue
        if trig.noun_directive:
            comp = noun_directive(token, rules.sets.get("stance_carriers", frozenset()))
            if comp is None:
                continue
            anchor = anchor or comp
        if trig.cleft:
            comp = cleft_content(token)
            if comp is None:
                continue
            anchor = anchor or comp
        if trig.complement or trig.directive:
            comp = next((c for c in clauses(token) if not trig.directive or directive(c)), None)
            if comp is None:
                continue
            anchor = anchor or comp
        return trig, anchor
    return None


JOINT_OWNERS = {"their", "our", "your"}


def single_owner(noun: Token) -> bool:
    """"Baku's agreement", "its consent": one party owns the noun ("their agreement to
    the truce" is the sides' deal)."""
    return any(c.dep_ == "poss" and not c.conjuncts and lemma(c) not in JOINT_OWNERS
               for c in noun.children)


def has_particle(token: Token, particle: str) -> bool:
    """A particle child; an adverb particle may hang on the next preposition instead
    ("brought the two sides together in Oslo"). A fronted phrase is no particle: "On
    Monday, X insisted that ..." does not insist on anything."""
    if any(lemma(c) == particle and c.i > token.i and not _temporal(c)
           for c in token.children) or any(
        g.dep_ == "advmod" and lemma(g) == particle and g.i < c.i
        for c in token.children if c.dep_ == "prep" for g in c.children
    ):
        return True
    # a predicate adjective's phrase hung on the copula: "is conditional | on X"
    if token.dep_ == "acomp" and any(
        c.dep_ == "prep" and lemma(c) == particle and c.i > token.i and not _temporal(c)
        for c in token.head.children
    ):
        return True
    # a noun's own phrase hung on the verb: "obtained Baku's agreement | to the truce"
    nxt = token.right_edge.i + 1
    return (token.pos_ == "NOUN" and token.dep_ == "dobj" and nxt < len(token.doc)
            and token.doc[nxt].head == token.head and lemma(token.doc[nxt]) == particle)


def _temporal(prep: Token) -> bool:
    """"called Putin on Tuesday": a date phrase, not the particle of "call on"."""
    return any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def clauses(token: Token) -> list[Token]:
    """Any verbal complement, with or without its own subject ("asked X to convene")."""
    return [c for c in token.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]


CONDITION_MARKS = {"if", "should"}  # "unless he signs" states what must happen instead
RESULT_VERBS = {"end", "close", "conclude", "culminate", "result", "produce", "yield", "wrap"}
RESULT_PREPS = {"with", "in", "without"}  # "ended with a deal", "closed without a deal"


def _condition_clauses(token: Token) -> list[Token]:
    heads = [token, *(c for c in token.children if c.dep_ in ("xcomp", "ccomp"))]
    return [c for head in heads for c in head.children if c.dep_ == "advcl"]


def conditional(token: Token, verbs: frozenset[str]) -> Token | None:
    """A condition clause under ``token`` or its complement whose verb is in ``verbs``
    ("threatened to quit the coalition if he signs the deal")."""
    for child in _condition_clauses(token):
        if lemma(child) in verbs and any(
            c.dep_ in ("mark", "aux") and lemma(c) in CONDITION_MARKS for c in child.children
        ):
            return child
    return None


def ultimatum(token: Token) -> Token | None:
    """What a threat demands: "... unless they agreed", "... if they did not return"."""
    for child in _condition_clauses(token):
        marks = {lemma(c) for c in child.children if c.dep_ == "mark"}
        if "unless" in marks or ("if" in marks and is_negated(child)):
            return child
    return None


# "reached an understanding", "the talks produced an understanding on corridors": an outcome
# as the object of reaching or yielding it
RESULT_OBJECT_VERBS = {"reach", "strike", "forge", "produce", "yield", "deliver"}


def result_of(noun: Token) -> bool:
    """"ended with a deal", "resulted in an accord", "closed without a deal", "reached an
    understanding": an outcome."""
    head = noun.head
    if noun.dep_ == "dobj" and lemma(head) in RESULT_OBJECT_VERBS:
        return True
    return (noun.dep_ == "pobj" and lemma(head) in RESULT_PREPS
            and lemma(head.head) in RESULT_VERBS)


DIRECTIVE_MODALS = {"must", "should", "ought", "need"}
PLURAL_PRONOUNS = {"i", "we", "you", "they"}


def directive(clause: Token) -> bool:
    """"that Kyiv negotiate directly", "that Eritrea must withdraw", "that X be honoured"."""
    aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(lemma(a) in DIRECTIVE_MODALS for a in aux):
        return True
    if lemma(clause) == "have" and any(c.dep_ == "xcomp" for c in clause.children):
        return True  # "that the TPLF has to disarm"
    if any(a.tag_ in ("MD", "TO") or lemma(a) == "do" for a in aux):
        return False
    subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        return False
    singular = subj[0].tag_ not in ("NNS", "NNPS") and lemma(subj[0]) not in PLURAL_PRONOUNS
    if clause.tag_ == "VB" or (clause.tag_ == "VBP" and singular):
        return True  # "that Kyiv negotiate": a singular subject with a bare verb
    return any(a.tag_ == "VB" and lemma(a) == "be" for a in aux)  # "that it be honoured"


STRICT_DIRECTIVES = {"must", "ought"}
# told to someone's face, "should" directs too ("told Aliyev the dispute should be settled")
ADDRESSED_DIRECTIVES = {"should"}


def bare_on_topic(verb: Token, topic: frozenset[str]) -> bool:
    """"The talks resumed on Monday, but the army pulled out on Wednesday": a verb with no
    object of its own acts on the topic its sentence or the one before names."""
    if any(not _temporal(o.head) for o in objects(verb) if o.dep_ == "pobj") or any(
            o.dep_ != "pobj" for o in objects(verb)):
        return False  # "pulled out on Monday" still has no object
    sent = verb.sent
    start = sent.start
    if start > 0:
        start = verb.doc[start - 1].sent.start
    return any(lemma(t) in topic for t in verb.doc[start:sent.end] if t.i != verb.i)


# how a phrase ties an act to a deal: "under the deal", "as part of the truce", "in
# exchange for a Saudi prisoner", "in line with the agreement"
FRAME_HOPS = 3


def framed_by(verb: Token, deals: frozenset[str]) -> bool:
    """"released 30 prisoners under the deal", "reopened the crossing as part of the truce":
    an act framed as carrying out a deal (a phrase on the verb, or on its object, that
    names one within a few prepositions) is done to implement it, not a passing act."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    frontier = [c for h in heads for c in h.children
                if c.dep_ == "prep" and lemma(c) not in FRAME_PREPS]
    for _ in range(FRAME_HOPS):
        nouns = [g for p in frontier for g in p.children if g.dep_ == "pobj"]
        if any(lemma(n) in deals for n in nouns):
            return True
        frontier = [g for n in nouns for g in n.children if g.dep_ == "prep"]
    return False


def by_means(verb: Token, means: frozenset[str]) -> bool:
    """"spoke by phone", "talked by video link": the verb's "by" phrase names a channel
    (the noun or a modifier before it). Not with a "to" phrase: "spoke to reporters by
    phone" names its listener, and the rules for "spoke to X" decide."""
    if any(p.dep_ == "prep" and lemma(p) == "to" for p in verb.children):
        return False
    return any(lemma(g) in means or any(c.dep_ in ("compound", "amod", "nmod")
                                        and lemma(c) in means for c in g.children)
               for p in verb.children if p.dep_ in ("prep", "agent") and lemma(p) == "by"
               for g in p.children if g.dep_ == "pobj")


def told_as_done(verb: Token) -> bool:
    """"released three hostages", "has reopened the crossing": a past act with no modal
    ("will release", "is to free", "would withdraw" foresee it)."""
    return verb.tag_ in ("VBD", "VBN") and not any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or lemma(c) == "to")
        for c in verb.children)


def noun_directive(noun: Token, carriers: frozenset[str] = frozenset()) -> Token | None:
    """"Russia's insistence that Ukraine must withdraw", "its argument that Y needs to
    leave": a stance noun whose own clause directs someone, owned by one party (the
    possessor, or the subject of the clause that carries it: "Baku blocked the deal with the
    argument that ..."; a bare "the argument that ..." names no one's demand)."""
    if noun.pos_ not in ("NOUN", "PROPN") or not (
            any(c.dep_ == "poss" for c in noun.children)
            or stance_carrier(noun, carriers) is not None):
        return None
    return next((c for c in noun.children if (c.dep_ in ("acl", "ccomp", "appos") or (
                     # the parser often reads "that Kyiv must withdraw" as a relative clause
                     c.dep_ == "relcl" and lemma(c.doc[c.left_edge.i]) == "that"))
                 and c.pos_ in ("VERB", "AUX")
                 and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                 and (said_directive(c) or addressed_directive(c))), None)


def stance_carrier(noun: Token, carriers: frozenset[str]) -> Token | None:
    """The clause whose subject holds a stance noun brought in by a carrier preposition:
    "Baku blocked the deal with the argument that ...", or after a restating "one"
    ("Turkey slowed the process, one with the argument that ..."); None when the noun has an
    owner of its own."""
    if noun.dep_ != "pobj" or lemma(noun.head) not in carriers \
            or any(c.dep_ == "poss" for c in noun.children):
        return None
    head = noun.head.head
    while head.dep_ in ("npadvmod", "appos", "dobj") and head.head is not head:
        # "..., one with the argument": "one" restates the clause's point; "blocked the
        # deal with the argument": the parser hangs the phrase on the object
        head = head.head
    if head.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in head.children):
        return None
    return head


def cleft_content(verb: Token) -> Token | None:
    """"What we need is for Israel to comply", "all Kyiv wants is for Moscow to withdraw": a
    wish set out as the subject of "is", its content a "for X to ..." clause naming who acts.
    """
    if verb.dep_ == "csubj":
        copula = verb.head
    elif verb.dep_ == "relcl" and verb.head.dep_ == "nsubj" and lemma(verb.head) in ("all",):
        copula = verb.head.head
    else:
        return None
    if lemma(copula) != "be":
        return None
    return next((c for c in copula.children if c.dep_ in ("advcl", "ccomp", "xcomp")
                 and any(g.dep_ == "mark" and lemma(g) == "for" for g in c.children)
                 and any(g.dep_ == "nsubj" for g in c.children)), None)


def said_directive(clause: Token) -> bool:
    """"said Hamas must disarm", "said sanctions needed to be imposed": a plain directive;
    "would have to be put to a referendum" foresees a condition and "should be judged by
    his deeds" judges; neither is a demand."""
    aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(lemma(a) in STRICT_DIRECTIVES for a in aux):
        return True
    return lemma(clause) == "need" and not any(a.tag_ == "MD" for a in aux) and any(
        c.dep_ == "xcomp" for c in clause.children)


def addressed_directive(clause: Token) -> bool:
    """What someone is told must be done: told face to face, "should" and "would have to"
    direct too ("told Aliyev the conflict should be settled", "told Hezbollah it would have
    to disarm"), unlike the same words said to no one in particular."""
    aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(lemma(a) in STRICT_DIRECTIVES | ADDRESSED_DIRECTIVES for a in aux):
        return True
    return lemma(clause) in ("have", "need") and any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and lemma(g) == "to" for g in c.children)
        for c in clause.children)


def _resumes_talks(verb: Token, rules: Rules) -> bool:
    """"the talks could resume", "could resume negotiations"; not "would resume its
    offensive once the pause ended"."""
    talks = rules.sets.get("talks_like", frozenset())
    return any(lemma(t) in talks for t in (*subjects(verb), *objects(verb)))


def precondition(token: Token, rules: Rules) -> Token | None:
    """The condition clause of "will sign only after X", "will not return until Y"."""
    pre = rules.preconditions
    if token.pos_ not in ("VERB", "AUX"):
        return None
    negated = is_negated(token)
    only_here = any(lemma(c) in pre.only for c in token.children if c.dep_ == "advmod")
    for child in token.children:
        if child.dep_ != "advcl":
            continue
        marks = {lemma(c) for c in child.children if c.dep_ in ("mark", "advmod")}
        only = only_here or any(
            lemma(c) in pre.only for c in child.children if c.dep_ == "advmod"
        )
        if (only and marks & pre.marks) or (negated and marks & pre.negated_marks):
            return child
        if (not negated and lemma(token) in pre.resume_verbs and has_modal(token)
                and marks & pre.resume_marks and _resumes_talks(token, rules)):
            return child  # "talks could resume if the government removed the group"
    if negated:
        return None
    # "the process can resume only with a halt to attacks", "will sign only
    # after the withdrawal": the condition is a phrase; "only" sits on the verb or opens it
    for prep in (c for c in token.children if c.dep_ == "prep" and c.i > token.i):
        opens = any(c.dep_ == "advmod" and lemma(c) in pre.only for c in prep.children)
        if (only_here or opens) and lemma(prep) in pre.only_preps and any(
                g.dep_ == "pobj" and g.pos_ == "NOUN" for g in prep.children):
            return prep
    return None

