"""Modality of an event: asserted, reported, hypothetical or negated.

Cues come from ``data/modality.yaml``. Precedence (docs/ontology.md): negated >
hypothetical > reported > asserted. Cues are read on the trigger and on the path from
the trigger up to its clause's root, never across a relative clause, so "the talks,
which could have led to a truce" makes the truce hypothetical, not the talks.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from parley.datafiles import read_yaml
from parley.errors import RuleError
from parley.events.ontology import DATA
from parley.events.triggers import elided_source, lemma, load_rules, match, noun_directive

if TYPE_CHECKING:
    from spacy.tokens import Token

    from parley.events.roles import MentionIndex
    from parley.nlp.context import DocContext, Mention

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
MAX_CLIMB = 10


@dataclass(frozen=True)
class Cues:
    neg_determiners: frozenset[str]
    neg_adverbs: frozenset[str]
    neg_verbs: frozenset[str]
    modals: frozenset[str]
    hyp_adjectives: frozenset[str]
    hyp_nouns: frozenset[str]
    hyp_verbs: frozenset[str]
    scheduled: frozenset[str]
    onset: frozenset[str]
    postponed: frozenset[str]
    neg_nouns: frozenset[str]
    unrealised: frozenset[str]
    conditional_marks: frozenset[str]
    speech_verbs: frozenset[str]
    according_to: frozenset[str]
    as_marks: frozenset[str]
    hearsay_adverbs: frozenset[str]
    renewal: frozenset[str]
    plan_nouns: frozenset[str]
    content_verbs: frozenset[str]
    planned: frozenset[str]
    deferral: frozenset[str]
    purpose: frozenset[str]
    failure_nouns: frozenset[str]
    failed_aims: frozenset[str]
    disclosure: frozenset[str]
    aim_preps: frozenset[str]
    outcome_verbs: frozenset[str]
    pending: frozenset[str]
    ahead: frozenset[str]
    observation_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    condition_marks: frozenset[str]
    topic_deals: frozenset[str]
    hearsay_nouns: frozenset[str]
    reluctance: frozenset[str]
    refusal: frozenset[str]
    not_yet: frozenset[str]
    purpose_aims: frozenset[str]
    blame_nouns: frozenset[str]


def parse_cues(raw: Any, source: str) -> Cues:
    """Validate the cue file: every list must exist and hold strings."""
    paths = {
        "neg_determiners": ("negation", "determiners"),
        "neg_adverbs": ("negation", "adverbs"),
        "neg_verbs": ("negation", "verbs"),
        "modals": ("hypothetical", "modals"),
        "hyp_adjectives": ("hypothetical", "adjectives"),
        "hyp_nouns": ("hypothetical", "nouns"),
        "hyp_verbs": ("hypothetical", "verbs"),
        "scheduled": ("hypothetical", "scheduled"),
        "onset": ("hypothetical", "onset"),
        "postponed": ("hypothetical", "postponed"),
        "neg_nouns": ("negation", "nouns"),
        "unrealised": ("negation", "unrealised"),
        "conditional_marks": ("hypothetical", "conditional_marks"),
        "speech_verbs": ("reported", "speech_verbs"),
        "according_to": ("reported", "according_to"),
        "as_marks": ("reported", "as_marks"),
        "hearsay_adverbs": ("reported", "adverbs"),
        "renewal": ("negation", "renewal"),
        "plan_nouns": ("hypothetical", "plan_nouns"),
        "content_verbs": ("hypothetical", "content_verbs"),
        "planned": ("hypothetical", "planned"),
        "deferral": ("hypothetical", "deferral"),
        "purpose": ("hypothetical", "purpose"),
        "failure_nouns": ("negation", "failure_nouns"),
        "failed_aims": ("negation", "failed_aims"),
        "disclosure": ("negation", "disclosure"),
        "aim_preps": ("hypothetical", "aim_preps"),
        "outcome_verbs": ("negation", "outcome_verbs"),
        "pending": ("hypothetical", "pending"),
        "ahead": ("hypothetical", "ahead"),
        "observation_verbs": ("negation", "observation_verbs"),
        "denial_verbs": ("negation", "denial_verbs"),
        "condition_marks": ("hypothetical", "condition_marks"),
        "topic_deals": ("negation", "topic_deals"),
        "hearsay_nouns": ("reported", "hearsay_nouns"),
        "reluctance": ("negation", "reluctance"),
        "refusal": ("negation", "refusal"),
        "not_yet": ("negation", "not_yet"),
        "purpose_aims": ("hypothetical", "purpose_aims"),
        "blame_nouns": ("hypothetical", "blame_nouns"),
    }
    values: dict[str, frozenset[str]] = {}
    problems = []
    for name, (section, key) in paths.items():
        words = (raw or {}).get(section, {}).get(key) if isinstance(raw, dict) else None
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            problems.append(f"{source}: {section}.{key} must be a list of words")
            words = []
        values[name] = frozenset(w.lower() for w in words)
    if problems:
        raise RuleError("; ".join(problems))
    return Cues(**values)


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    path = DATA / "modality.yaml"
    return parse_cues(read_yaml(path), str(path))


def _has_modal(tok: Token, cues: Cues) -> bool:
    return any(
        c.dep_ == "aux" and (lemma(c) in cues.modals or (c.tag_ == "MD" and lemma(c) != "do"))
        for c in tok.children
    )


def _negated_here(tok: Token, cues: Cues) -> bool:
    return any(
        (c.dep_ == "neg" or (c.dep_ == "advmod" and lemma(c) in cues.neg_adverbs))
        for c in tok.children
    )


def is_negated(trigger: Token, governor: Token | None) -> bool:
    """"no agreement was reached", "did not meet", "talks never took place", "failed to"."""
    cues = load_cues()
    if lemma(trigger) in cues.reluctance | cues.refusal:
        return True  # "is hesitant to engage": the readiness it names is absent
    if any(c.dep_ == "det" and lemma(c) in cues.neg_determiners for c in trigger.children) \
            and not _conditional(trigger.head, cues):
        return True
    copula = trigger.head if trigger.dep_ in ("acomp", "attr") else None  # "was not willing"
    if governor is not None and lemma(governor) in cues.disclosure and any(
            c.dep_ in ("det", "poss") and lemma(c) in DEFINITE for c in trigger.children):
        governor = None  # "have yet to announce the suspension": it happened, unsaid
    for tok in (trigger, governor, copula):
        if tok is None:
            continue
        if _negated_here(tok, cues) and not _conditional(tok, cues):
            return True
        if tok.dep_ == "xcomp" and lemma(tok.head) in cues.neg_verbs:
            return True
    if trigger.dep_ == "nsubjpass" and lemma(trigger.head) in cues.renewal and _negated_here(
        trigger.head, cues
    ) and not any(c.dep_ == "agent" for c in trigger.head.children):
        return True  # "the ceasefire was not renewed"
    if _failed_aim(trigger, cues):
        return True
    if _denied(trigger, cues):
        return True
    if _topic_of_no_deal(trigger, cues):
        return True
    verb = trigger.head if trigger.dep_ == "dobj" else (
        trigger.head.head if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" else None)
    if verb is not None and lemma(verb) in cues.outcome_verbs and _negated_here(verb, cues):
        return True  # "the declaration did not amount to a ceasefire"
    for child in trigger.children:  # "a ceasefire that never materialised"
        if child.dep_ == "relcl" and lemma(child) in cues.unrealised and _negated_here(child, cues):
            return True
    return _under_negated_noun(trigger, cues)


def content_clause(trigger: Token) -> Token | None:
    """The clause that holds the trigger as someone's content ("denied that [it had agreed
    to a truce]", "rumours that [talks had resumed]"): a ccomp, or a noun's "that" clause."""
    cur = trigger
    for _ in range(MAX_CLIMB):
        if cur.dep_ == "ccomp" or (cur.dep_ == "acl" and any(
                lemma(c) == "that" and (c.dep_ == "mark" or c.pos_ == "SCONJ")
                for c in cur.children)):
            return cur
        if cur.dep_ in ("relcl", "ROOT") or cur.head is cur:
            return None
        cur = cur.head
    return None


def _denied(trigger: Token, cues: Cues) -> bool:
    """"Hamas denied that it had agreed to a truce", "the Kremlin denied reports that the
    two had met": the event is said not to have happened (by the denier, the source)."""
    clause = content_clause(trigger)
    if clause is None:
        return False
    head = clause.head
    if clause.dep_ == "ccomp" and lemma(head) in cues.denial_verbs:
        return True
    return (head.pos_ == "NOUN" and lemma(head) in cues.hearsay_nouns
            and head.dep_ == "dobj" and lemma(head.head) in cues.denial_verbs)


def _topic_of_no_deal(trigger: Token, cues: Cues) -> bool:
    """"the talks ended with no deal on a ceasefire": the truce the absent deal was about
    was not agreed either."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.dep_ != "prep" or lemma(prep) not in ("on", "for"):
        return False
    deal = prep.head
    if deal.pos_ != "NOUN" and prep.i > 0:  # "ended with no deal | on a ceasefire", the
        before = prep.doc[prep.i - 1]       # noun's phrase hung on the verb
        if before.dep_ == "pobj" and before.head.head == deal:
            deal = before
    return deal.pos_ == "NOUN" and lemma(deal) in cues.topic_deals and any(
        c.dep_ == "det" and lemma(c) in cues.neg_determiners for c in deal.children)


def _conditional(tok: Token, cues: Cues) -> bool:
    """"sanctions if Moscow did not agree to a ceasefire", "if no deal is reached": a negated
    condition says what might not happen, not that it did not (the event is hypothetical)."""
    return tok.dep_ == "advcl" and any(
        c.dep_ == "mark" and lemma(c) in cues.condition_marks for c in tok.children)


def _pending(verb: Token, cues: Cues) -> bool:
    """"has to be signed", "needs to be ratified", "remains to be agreed", "is yet to be"."""
    if lemma(verb) not in cues.pending and not (
        lemma(verb) == "be" and any(lemma(c) == "yet" for c in verb.children)
    ):
        return False
    return any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and lemma(g) == "to" for g in c.children)
               for c in verb.children)


def _hyp_modifier(tok: Token, cues: Cues) -> bool:
    """"possible", "proposed" (tagged a verb, lemma "propose"): a modifier of the unreal."""
    return lemma(tok) in cues.hyp_adjectives or tok.text.lower() in cues.hyp_adjectives


def _failed_aim(trigger: Token, cues: Cues) -> bool:
    """"the failure to achieve a cessation of hostilities": what the failure names did not
    happen (the deal is the object of the verb the failure noun governs). Not "the failure
    to extend the truce": that truce exists."""
    verb = trigger.head if trigger.dep_ == "dobj" else None
    return (verb is not None and lemma(verb) in cues.failed_aims
            and verb.dep_ in ("acl", "xcomp") and verb.head.pos_ == "NOUN"
            and lemma(verb.head) in cues.failure_nouns)


def absent_by_observation(trigger: Token) -> bool:
    """"showed no sign of wanting to negotiate": the author observes the event is absent.

    Unlike "was not willing" (the party's own refusal, a rejection), the negation sits on
    an outside noun, so the event keeps its type and is negated; likewise a stance noun the
    author sees shown as absent ("has shown no interest in talks").
    """
    cues = load_cues()
    if lemma(trigger) in cues.reluctance:
        return not _self_described(trigger)
    if trigger.pos_ == "VERB" and any(
            c.dep_ == "advmod" and lemma(c) in cues.not_yet for c in trigger.children):
        return True  # "have not yet / not officially agreed to the plan": still pending
    source = elided_source(trigger) if trigger.pos_ in ("AUX", "VERB") else None
    if source is not None and lemma(source) in cues.observation_verbs \
            and _negated_here(trigger, cues):
        return True  # "X has shown interest in talks, while Y has not": the same observation
    if trigger.dep_ == "dobj" and lemma(trigger.head) in cues.observation_verbs and any(
            c.dep_ == "det" and lemma(c) in cues.neg_determiners for c in trigger.children):
        return True
    return _under_negated_noun(trigger, cues)


def _self_described(adjective: Token) -> bool:
    """"We are reluctant to ...", "Kyiv said it was unwilling to ...": the party's own word
    (a pronoun subject), a refusal; "Moscow claimed Kyiv is hesitant to ..." is not."""
    verb = adjective.head if adjective.dep_ in ("acomp", "attr") else adjective
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in verb.children)


def _under_negated_noun(trigger: Token, cues: Cues) -> bool:
    """"no sign of wanting to negotiate", "made no progress towards a ceasefire"."""
    cur = trigger
    for _ in range(4):
        if cur.dep_ in ("relcl", "ROOT", "ccomp") or cur.head is cur:
            return False
        cur = cur.head
        if cur.pos_ == "NOUN":
            return lemma(cur) in cues.neg_nouns and any(
                c.dep_ == "det" and lemma(c) in cues.neg_determiners for c in cur.children
            )
    return False


def is_hypothetical(
    trigger: Token, governor: Token | None, lexical_only: bool = False, skip_head: bool = False
) -> bool:
    """Modals, "potential", plans, proposals and conditionals above the trigger.

    ``lexical_only`` (stances: willingness, concession...) ignores modals and
    conditionals: a hedged offer ("could give up X") is still an offer. ``skip_head``
    (proposals): "rejected the plan" does not make the plan's proposal hypothetical.
    """
    cues = load_cues()
    if any(c.dep_ == "amod" and _hyp_modifier(c, cues) for c in trigger.children):
        return True  # "a possible truce", "the proposed agreement" (a participle: by its text)
    if _conditional(trigger, cues) or (
            trigger.dep_ in ("acomp", "attr") and _conditional(trigger.head, cues)):
        return True  # "talks could resume if the government removed the group from its list":
        # a condition, even for a stance (a hedged offer, "could give up X", stays an offer),
        # also on a copula ("if Russia is committed to a peace process")
    if governor is not None and governor.tag_ == "VBG" and governor.dep_ in ("csubj", "nsubj") \
            and lemma(governor) in cues.failed_aims:
        return True  # "reaching a ceasefire remains challenging": an aim, not an outcome
    if trigger.dep_ in ("nsubj", "nsubjpass") and _pending(trigger.head, cues):
        return True  # "the final text still has to be signed", "is yet to be ratified"
    if any(c.dep_ == "poss" and any(g.dep_ == "amod" and lemma(g) in cues.ahead
                                    for g in c.children) for c in trigger.children):
        return True  # "next week's negotiations", "the coming week's summit"
    if not lexical_only and governor is not None and _has_modal(governor, cues):
        return True
    if governor is None and trigger.dep_ not in SUBJECT_DEPS and _presupposed(trigger):
        # "would not extend the grain deal": the deal exists. A deal that is the subject
        # ("the truce could open a lifeline") is left to the events' reference rule.
        lexical_only = True
    realised = _realised(trigger)
    cur = trigger
    for step in range(MAX_CLIMB):
        if not lexical_only and cur.pos_ in ("VERB", "AUX") and _has_modal(cur, cues):
            return True
        if not lexical_only and cur.dep_ == "advcl" and any(
            c.dep_ == "mark" and lemma(c) in cues.conditional_marks for c in cur.children
        ):
            return True
        if cur.dep_ in ("relcl", "ROOT") or cur.head is cur or independent_conjunct(cur):
            return False
        if not lexical_only and cur.dep_ == "xcomp" and lemma(cur.head) in cues.scheduled and (
            any(c.dep_ == "aux" and lemma(c) == "to" for c in cur.children)
        ):
            return True  # "are to meet", "is due to begin", "are expected to resume"
        from_subject = cur.dep_ in SUBJECT_DEPS
        came_by = cur.dep_
        prev, cur = cur, cur.head
        if step == 0 and (cur is governor or skip_head):
            continue
        if step == 1 and skip_head and trigger.dep_ == "pobj":
            continue
        if came_by == "conj" or realised:
            continue  # "wanted X and called on Y": the head governs no conjunct of its own
        word = lemma(cur)
        if came_by == "prep" and lemma(prev) == "for" and (word in cues.blame_nouns or any(
                c.dep_ == "dobj" and lemma(c) in cues.blame_nouns for c in cur.children)):
            return False  # "tried to shift the blame for the collapse of the talks" (the
            # parser may hang "for" on the verb), "blamed Kyiv for the collapse": the attempt
            # is about who is to blame; the collapse it presupposes happened
        if not lexical_only and from_subject and word in cues.scheduled and any(
            c.dep_ == "xcomp" and lemma(c) in cues.onset
            and any(g.dep_ == "aux" and lemma(g) == "to" for g in c.children)
            for c in (*cur.children, *(g for a in cur.children if a.dep_ == "acomp"
                                       and lemma(a) in cues.scheduled for g in a.children))
        ):
            return True  # "a ceasefire is to begin", "the talks are expected to resume"
        if cur.pos_ == "NOUN" and word in cues.hyp_nouns:
            return True
        if came_by == "dobj" and cur.pos_ == "VERB" and cur.dep_ == "advcl" \
                and word in cues.purpose_aims and any(
                    c.dep_ == "aux" and lemma(c) == "to" for c in cur.children):
            return True  # "shuttled between the capitals to secure a deal": the aim
        if came_by == "xcomp" and cur.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and lemma(c) in cues.hyp_nouns for c in cur.children):
            return True  # "efforts continue to reach a truce": what the effort aims at
        if trigger.pos_ in ("NOUN", "PROPN") and cur.pos_ == "VERB" and word in cues.purpose \
                and not from_subject:
            return True  # "a roadmap designed to secure a ceasefire"
        if came_by == "prep" and prev.dep_ == "prep" and lemma(prev) in ("to", "for") and (
            cur.pos_ == "VERB" and word in cues.deferral
        ):
            return True  # "the question was left to a meeting of the two presidents"
        if not lexical_only and came_by == "nsubjpass" and cur.pos_ == "VERB" and (
            word in cues.planned
        ) and not any(c.dep_ == "xcomp" and lemma(c) not in cues.onset for c in cur.children):
            # "a further meeting is planned for June", "a summit was proposed"; not "the
            # truce is scheduled to expire"
            return True
        if came_by == "dobj" and cur.tag_ == "VBG" and word in cues.failed_aims \
                and cur.dep_ == "pcomp" and lemma(cur.head) in cues.aim_preps:
            return True  # "headway on reaching a truce accord", "close to securing a truce"
        if came_by == "ccomp" and _indicative_past(prev) and not _negated_here(cur, cues):
            continue  # "insisted that Russia had only acted as a facilitator": a report
        if came_by == "dobj" and cur.pos_ == "VERB" and word in cues.postponed and not any(
            t.dep_ in CLAUSE_DEPS for t in _path(trigger, prev)
        ):
            return True  # "postponed the signing of a truce"; not "... to conclude a round"
        if cur.pos_ == "VERB" and word in cues.hyp_verbs and not from_subject and (
            came_by != "advcl"
        ):
            return True
        if came_by == "dobj" and word in cues.content_verbs and any(
            c.dep_ in SUBJECT_DEPS and (lemma(c) in cues.plan_nouns or any(
                g.dep_ == "amod" and _hyp_modifier(g, cues) for g in c.children))
            for c in cur.children
        ):
            return True  # "the plan includes a final treaty", "the proposed deal includes"
    return False


CLAUSE_DEPS = {"acl", "xcomp", "advcl", "relcl", "ccomp", "conj"}


def _path(low: Token, high: Token) -> list[Token]:
    """Tokens from ``low`` up to ``high`` (inclusive), following heads."""
    found = [low]
    while found[-1].i != high.i and found[-1].head.i != found[-1].i:
        found.append(found[-1].head)
    return found


def _indicative_past(verb: Token) -> bool:
    """A clause in the past, perfect or third-person present states what is the case,
    whatever verb reports it (a bare "that they withdraw" is a directive)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" or lemma(c) == "to" for c in auxes):
        return False
    return verb.tag_ in ("VBD", "VBZ") or any(lemma(c) == "have" for c in auxes) or any(
        c.tag_ in ("VBD", "VBZ") for c in auxes)  # "insisted that it remains committed"


# "after/following/since the talks": a time anchor presupposes the event happened
PAST_PREPS = {"after", "following", "since", "during", "throughout"}


def realised(trigger: Token) -> bool:
    """Public: the event is presupposed as having happened (see ``_realised``)."""
    return _realised(trigger)


def _realised(trigger: Token) -> bool:
    """"a truce declared by X in June": a participle with its own agent narrates a fact.

    Plans and attempts above it ("attempts, including a truce declared by X") do not
    make it hypothetical.
    """
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    anchor = trigger
    if anchor.dep_ == "pobj" and lemma(anchor.head) == "of" and anchor.head.head.pos_ == "NOUN":
        anchor = anchor.head.head  # "after the end of the Istanbul talks"
    if anchor.dep_ == "pobj" and lemma(anchor.head) in PAST_PREPS and not any(
        c.dep_ == "det" and lemma(c) in ("any", "a", "an") for c in trigger.children
    ):
        return True  # "trying to close a deal after marathon talks": the talks took place
    return any(
        c.dep_ == "acl" and c.tag_ == "VBN" and any(g.dep_ == "agent" for g in c.children)
        for c in trigger.children
    )


def independent_conjunct(tok: Token) -> bool:
    """A finite past verb coordinated with a modal or non-finite one is its own clause.

    "X said soldiers would try to break out, and called on both sides ...": "called" is
    not under "would"; nor is "his partners have threatened" under "Israel will not".
    """
    if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "mark" for c in tok.children):
        return False  # "said that X would ... and that Y had ...": both are content
    head = tok.head
    past = tok.tag_ == "VBD" or (tok.tag_ == "VBN" and any(
        c.dep_ == "aux" and lemma(c) == "have" for c in tok.children))
    if not past or head.pos_ not in ("VERB", "AUX"):
        return False
    cues = load_cues()
    auxes = {lemma(c) for c in head.children if c.dep_ == "aux"}
    if "do" in auxes:
        return False  # "did not trust ... and insisted": both finite, one clause level
    return _has_modal(head, cues) or head.tag_ in ("VB", "VBG") or "to" in auxes


def speaker(trigger: Token, ctx: DocContext, index: MentionIndex) -> tuple[bool, Mention | None]:
    """Whether the event is attributed to someone, and to whom (None: unnamed source).

    "X said [event]" and "X insisted that ..." (the cue itself, with a clause) are
    reported by X; "X reportedly agreed" is reported by an unnamed source.
    """
    cues = load_cues()
    if _presupposed(trigger):
        return (True, None) if _hearsay(trigger, cues) else (False, None)
    found = _from_attributions(trigger, ctx)
    if found is not None and found[0]:
        return found
    if _hearsay(trigger, cues) or _rumoured(trigger, cues):
        return True, None
    for child in trigger.sent.root.children:
        if (who := _as_said_by(child, cues)) is not None:
            return True, index.of_token(who)
    if found is not None:
        return found
    cur = trigger
    for _ in range(MAX_CLIMB):
        if cur.dep_ in ("relcl", "ROOT") or cur.head is cur or independent_conjunct(cur):
            break
        came_by = cur.dep_
        that_clause = came_by == "conj" and any(
            c.dep_ == "mark" and lemma(c) == "that" for c in cur.children)
        cur = cur.head
        if (came_by == "ccomp" or that_clause) and lemma(cur) in cues.speech_verbs:
            # "said X, and that both sides had agreed ...": a second clause of what was said
            subj = [c for c in cur.children if c.dep_ == "nsubj"]
            return True, (index.of_token(subj[0]) if subj else None)
    root = trigger.sent.root
    for child in root.children:
        if child.dep_ == "prep" and lemma(child) in cues.according_to:
            for pobj in child.subtree:
                if pobj.dep_ == "pobj" and pobj.i > child.i + 1:
                    return True, index.of_token(pobj)
    return False, None


def _rumoured(trigger: Token, cues: Cues) -> bool:
    """"Rumours that Hamas had agreed to a truce", "reports that the talks had resumed": the
    content of hearsay is reported, by no one named."""
    clause = content_clause(trigger)
    return clause is not None and clause.head.pos_ == "NOUN" and (
        lemma(clause.head) in cues.hearsay_nouns)


def _as_said_by(clause: Token, cues: Cues) -> Token | None:
    """"..., as stated by the Kremlin", "..., as the ministry announced": an attribution
    clause on the sentence's main verb names who reports it."""
    if clause.dep_ != "advcl" or lemma(clause) not in cues.speech_verbs or not any(
            c.dep_ == "mark" and lemma(c) in cues.as_marks for c in clause.children):
        return None
    for c in clause.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.dep_ == "nsubj":
            return c
    return None


DEFINITE = {"the", "this", "that", "these", "those"}
PRESUPPOSED_TYPES = {"talks", "agreement", "ceasefire", "mediation", "proposal"}


def _presupposed(trigger: Token) -> bool:
    """A definite event noun with no verb of its own stays the author's inside a quote.

    "X said the grain deal would not be renewed", "Y said the second round of talks,
    held in Istanbul, had been useful": the deal and the round are presupposed (the
    author takes them as given); only what is said about them is X's. A noun with a
    governing verb ("said the deal was signed") is the content itself.
    """
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    found = match(trigger, load_rules())
    if found is None or found[0].type not in PRESUPPOSED_TYPES:
        return False  # "maintained its will for peace" is the stance said, not a given
    definite = any(
        (c.dep_ == "det" and lemma(c) in DEFINITE) or c.dep_ == "poss" for c in trigger.children
    )
    if not definite:
        return False
    head = trigger.head
    via_prep = trigger.dep_ == "pobj" and head.dep_ in ("prep", "agent")
    verb = head.head if via_prep else head
    governed = (trigger.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") or via_prep) and (
        verb.pos_ in ("VERB", "AUX") and lemma(verb) in load_rules().governors)
    return not governed


def _hearsay(trigger: Token, cues: Cues) -> bool:
    """"reportedly agreed", "the allegedly agreed truce": on the trigger or its verb."""
    verb = trigger.head if trigger.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") else trigger
    if verb.dep_ == "prep":
        verb = verb.head
    return any(
        c.dep_ == "advmod" and lemma(c) in cues.hearsay_adverbs
        for tok in (trigger, verb)
        for c in tok.children
    )


def _from_attributions(trigger: Token, ctx: DocContext) -> tuple[bool, Mention | None] | None:
    """Use the claims stage's attributions (who said what, with the cue and content)."""
    from parley.claims.attribution import find_attributions

    for att in find_attributions(ctx):
        start = getattr(att, "content_start_token", None)
        end = getattr(att, "content_end_token", None)
        cue_i = getattr(att, "cue_token", -1)
        if trigger.i == cue_i and _speech_with_clause(trigger):
            return True, getattr(att, "speaker", None)  # "X insisted that Y withdraw"
        if trigger.head.i == cue_i and trigger.dep_ == "dobj" and noun_directive(trigger):
            # "repeated Moscow's position that Ukraine must accept neutrality": the stance
            # is what the cue says, as in "insisted that"
            return True, getattr(att, "speaker", None)
        if start is not None and end is not None and start <= trigger.i < max(end, start + 1):
            if _object_of_cue(trigger, cue_i) or _narrated(trigger, cue_i):
                return False, None
            return True, getattr(att, "speaker", None)
    return False, None


CLAUSAL_DEPS = {"ccomp", "pcomp", "advcl", "parataxis", "csubj"}


def _narrated(trigger: Token, cue_i: int) -> bool:
    """The trigger hangs off the cue without passing through what was said.

    "announced the deal at the session in Rimbo, where the delegations had been meeting"
    and "confirmed an earlier deal, which was agreed in May" are the author's narration;
    so is a finite past verb coordinated with the content ("said X would try ..., and
    called on both sides"). Only a clause under the cue ("said that talks had stalled")
    is reported.
    """
    cur, clausal = trigger, False
    for _ in range(MAX_CLIMB + 4):
        if cur.i == cue_i:
            return not clausal
        if cur.head is cur:
            return False
        if independent_conjunct(cur):
            return True
        clausal = clausal or cur.dep_ in CLAUSAL_DEPS or _content_like(cur)
        cur = cur.head
    return False


def _content_like(tok: Token) -> bool:
    """What a cue says though not parsed as a clause: "described it as a capitulation",
    "told reporters before the opening that his side wanted ..." (a "that" clause
    misread as a relative clause)."""
    if tok.dep_ == "pobj" and lemma(tok.head) == "as":
        return True
    return tok.dep_ == "relcl" and any(
        c.dep_ == "mark" and lemma(c) == "that" for c in tok.children)


def _speech_with_clause(trigger: Token) -> bool:
    """The event is itself a speech act with a clause: "insisted that", "warned that"."""
    return lemma(trigger) in load_cues().speech_verbs and any(
        c.dep_ == "ccomp" for c in trigger.children
    )


def _object_of_cue(trigger: Token, cue_i: int) -> bool:
    """"X expressed a willingness to ...", "X announced a truce": the act is narrated.

    The event is the cue's own object, so the author asserts it; only content in a
    clause ("X said that talks had collapsed") is reported.
    """
    cur = trigger
    for _ in range(4):
        if cur.i == cue_i:
            return True
        if cur.dep_ not in ("dobj", "acl", "xcomp", "amod", "compound") or cur.head is cur:
            return False
        cur = cur.head
    return cur.i == cue_i
