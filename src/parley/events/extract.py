"""Negotiation events from one parsed document: triggers → roles → modality → merge.

One pass finds verbal and adjectival triggers (which may absorb or mark the event
nouns they act on), a second the nominal ones; each candidate gets roles, modality,
status, terms and a date, then within-document coreference merges repeated mentions.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from parley.events import modality as mod
from parley.events.coref import ANAPHORIC_DETS, NEW_MARKERS, Candidate, groups, merge, nearest
from parley.events.ontology import Ontology, load_ontology
from parley.events.restatements import merge_restatements, state_of
from parley.events.roles import (
    MEDIATOR_LEMMAS,
    RELATIVE,
    MentionIndex,
    Roles,
    broker_subject,
    cast_in_support,
    generic_rounds,
    governor_of,
    is_sides,
    mediators_of,
    modifier_roles,
    object_actors,
    participle_mediators,
    participle_place,
    place,
    prep_roles,
    presence_verb,
    role_words,
    subject_tokens,
)
from parley.events.terms import find_terms, load_provision_verbs
from parley.events.triggers import (
    Governor,
    Rules,
    Trigger,
    conditional,
    has_modal,
    has_particle,
    is_negated,
    lemma,
    load_rules,
    match,
    precondition,
    result_of,
    shared_subjects,
    stance_carrier,
)
from parley.nlp.context import Mention
from parley.records import AUTHOR, UNNAMED, Actor, DateInterval, Event, Term

if TYPE_CHECKING:
    from spacy.tokens import Token

    from parley.nlp.context import DocContext

TERM_TYPES = {"agreement", "proposal", "demand", "concession"}
OUTCOME_TYPES = {"talks", "agreement", "ceasefire", "mediation"}
DEMAND_HEADS = {"call", "demand", "urge", "insist", "propose", "want", "ask", "push", "press"}
GENERIC_DETS = {"any", "every", "each"}
GENERIC_OBJECTS = {"about", "on", "over", "regarding"}  # "talks about talks"
EMBED_DEPS = {"xcomp", "ccomp", "advcl", "conj", "dobj"}
STANCE_FALLBACK = {"rejection", "demand", "willingness"}
FIRST_PERSON = {"we", "i"}
FIRST_PERSON_TYPES = {"concession", "proposal"}  # with STANCE_FALLBACK: "we offer ..."
JOINT_WORDS = {"side", "party", "both", "two", "all", "belligerent", "delegation", "negotiator"}
ACCUSE_VERBS = {"accuse", "blame", "charge"}  # "accused X of working to derail the deal"
ACCUSE_DEPS = {"xcomp", "pcomp", "pobj", "prep", "advcl", "conj"}
NAMED_DEALS = {"agreement", "accord", "declaration", "treaty", "pact", "protocol",
               "memorandum", "communiqué", "communique", "armistice"}
CLOSING_VERBS = {"end", "close", "conclude", "wrap"}  # "the round closed on Tuesday"
REFERENCE_TYPES = {"agreement", "ceasefire"}
EXTEND_VERBS = {"extend", "renew", "prolong"}  # "agreed to extend it": the extension carries it
PRONOUN_DEALS = {"it"}
CEASEFIRE_NOUNS = {"ceasefire", "cease-fire", "truce", "cessation", "armistice"}
UNILATERAL = {"unilateral", "one-sided"}  # declared by one side alone: no partner, no mediator
DEAL_PREPS = {"on", "for"}  # "an agreement on a ceasefire"
TOPIC_PREPS = {"on", "about", "over", "regarding", "towards", "toward"}  # "talks on a truce"
# "the government and the Houthis committed to a set of measures": a joint undertaking is
# an agreement between them, not one party's willingness
PLEDGES = {"commit", "pledge", "promise", "undertake", "vow"}  # verbs: not "remain committed"
JOINT_UNDERTAKING = Trigger(lemmas=frozenset(), pos=frozenset({"VERB", "ADJ"}), type="agreement",
                            subject="parties", object_event="absorb")
MEDIATION_WORDS = frozenset({"mediation"})  # read by roles: "the mediation of X"
ACCEPTANCE = Trigger(lemmas=frozenset(), pos=frozenset({"VERB"}), type="willingness")
PRECONDITION = Trigger(lemmas=frozenset(), pos=frozenset({"VERB"}), type="demand",
                       object_event="hypothetical")
# "the deal provided for Ukraine to give up its bid": a term binding one side of a deal
PROVISION = Trigger(lemmas=frozenset(), pos=frozenset({"VERB"}), type="concession",
                    object_event="keep")
# "Israel will not end the war until Hamas is destroyed": a refusal to stop fighting
REFUSAL = Trigger(lemmas=frozenset(), pos=frozenset({"VERB"}), type="rejection",
                  object_event="keep")


def extract_events(ctx: DocContext) -> list[Event]:
    """All negotiation events in the document, merged within it."""
    rules = load_rules()
    ontology = load_ontology()
    event_nouns = rules.event_nouns
    index = MentionIndex(ctx, opaque=event_nouns | rules.sets.get("process_nouns", frozenset()))
    absorbed: set[int] = set()
    forced_hyp: set[int] = set()
    polar: set[int] = set()  # triggers whose negation is part of their meaning
    candidates: list[Candidate] = []
    twins: dict[int, int] = {}  # agreement noun -> the ceasefire it is about
    provisions: dict[int, int] = {}  # concession trigger -> the deal noun whose term it is

    for tok in ctx.doc:
        if tok.pos_ in ("NOUN", "PROPN") or tok.i in absorbed:
            continue
        deal = _deal_provision(tok, rules)
        if deal is not None:  # "the deal provided for X to withdraw": X's concession
            cand = _verbal_candidate(ctx, tok, PROVISION, None, index)
            shifted = _coordinated_subject(tok)
            if cand is not None and shifted is not None:  # "... and the RSF to free ..."
                bound = index.of_group(shifted)
                cand.roles.agent = bound[0] if bound else None
                cand.roles.parties = bound[:1]
            if cand is not None and cand.roles.agent is not None:
                cand.term = True
                provisions[tok.i] = deal.i
                candidates.append(cand)
            continue
        cond = precondition(tok, rules)
        if cond is not None and cond.dep_ == "prep" and any(
                m.start_token <= g.i < m.end_token for g in cond.children if g.dep_ == "pobj"
                for m in index.of_group(g)):
            cond = None  # "would negotiate only with a future leader": a counterpart
        if cond is not None:  # "will sign only after X": a demand
            kind = REFUSAL if _refuses(tok, rules) else PRECONDITION
            cand = _verbal_candidate(ctx, tok, kind, None, index)
            if cand is not None:
                polar.add(tok.i)
                candidates.append(cand)
        found = match(tok, rules) if cond is None else None
        if found is not None and found[0].type == "concession" and _joint_subject(tok):
            found = match(tok, rules, skip=frozenset({"concession"}))
        if found is not None and found[0].type == "willingness" and lemma(tok) in PLEDGES \
                and tok.pos_ == "VERB" and _joint_subject(tok) and not found[0].negated:
            found = (JOINT_UNDERTAKING, found[1])  # "both sides committed to measures"
        if found is None:
            continue
        trig, anchor = found
        if trig.type == "willingness" and lemma(tok) == "agree" and anchor is not None \
                and lemma(anchor) in rules.sets.get("talk_verbs", frozenset()) \
                and anchor.pos_ in ("VERB", "AUX") and _joint_subject(tok):
            # "the delegations agreed to meet again": no one side's readiness; the meeting
            # they agreed on is yet to come
            forced_hyp.add(anchor.i)
            continue
        if trig.type == "rejection" and trig.negated and trig.modal and _joint_subject(tok):
            continue  # "Yerevan and Baku cannot sign a treaty yet": no one refuses the other
        if lemma(tok) in EXTEND_VERBS and tok.dep_ == "acl" and tok.head.pos_ == "NOUN":
            continue  # "no agreement to extend the truce", "the failure to extend it": the noun
        if trig.type == "talks" and _refusal_noun_complement(tok, rules):
            continue  # "Russia's refusal to discuss X": the refusal, no talks of its own
        if trig.subject_in is not None and _misparsed_reduced_relative(tok, rules):
            continue  # "a truce agreed after talks ... broke down": the truce broke down
        if trig.negated:
            polar.add(tok.i)
        if trig.type == "mediation" and (_absolute(tok) or _role_in_talks(tok, rules)
                                         or _hosting_clause_of_event(tok, rules)):
            continue  # "talks in Havana, with Norway acting as facilitator": a role of the talks
        if _yields_to_noun(tok, trig, rules, event_nouns) or _is_embedded_term(tok, trig):
            continue
        if trig.type == "agreement" and lemma(tok) == "agree" and _not_a_new_deal(tok):
            if _agreed_to_what(tok) and not _joint_subject(tok):
                # "what Baku agreed to": one party accepted the text (willingness)
                cand = _verbal_candidate(ctx, tok, ACCEPTANCE, None, index)
                if cand is not None:
                    candidates.append(cand)
            continue
        _mark_object_events(tok, trig, anchor, event_nouns, absorbed, forced_hyp)
        if trig.condition_in is not None:  # "threatened to quit if he accepts the deal"
            cond_verb = conditional(tok, trig.condition_in)
            if cond_verb is not None:
                absorbed.add(cond_verb.i)
        cand = _verbal_candidate(ctx, tok, trig, anchor, index)
        if cand is not None:
            if tok.i in forced_hyp and cand.type in OUTCOME_TYPES:
                cand.modality = "hypothetical"
            candidates.append(cand)

    for tok in ctx.doc:
        if not _nominal(tok) or tok.i in absorbed:
            continue
        found = match(tok, rules)
        if found is None or _nested_in_same(tok, found[0], rules):
            continue
        if found[0].type == "mediation" and _manner_of_event(tok, rules):
            continue
        cand = _nominal_candidate(ctx, tok, found[0], found[1], index, rules)
        if cand is None:
            continue
        if found[0].noun_directive and cand.roles.agent is None:
            _stance_owner(tok, found[1], cand, index, rules)
        anchor = found[1]
        if found[0].object_event != "keep" and anchor is not None and anchor.i > tok.i:
            if anchor.pos_ in ("VERB", "AUX"):
                # "its willingness to reach a deal": the deal it aims at is not (yet) real
                _mark_object_events(anchor, found[0], None, event_nouns, absorbed, forced_hyp)
            else:  # "expressed readiness for talks": the talks are the stance's object
                _mark_object_events(tok, found[0], anchor, event_nouns, absorbed, forced_hyp)
        truce = _deal_on_truce(tok) if cand.type == "agreement" else None
        if truce is not None:  # "signed an agreement on a ceasefire": the deal and the truce
            twins[tok.i] = truce.i
            absorbed.add(truce.i)
        cand.generic = generic_rounds(tok)
        if cand.type in REFERENCE_TYPES and _topic_of_talks(tok, rules):
            forced_hyp.add(tok.i)  # the talks' aim, not (yet) a deal
        if tok.i in forced_hyp and cand.type in OUTCOME_TYPES and cand.modality != "negated":
            cand.modality, cand.source = "hypothetical", None
        candidates.append(cand)

    references: set[int] = set()  # definite deals under a modal ("would respect the truce")
    candidates = [c for c in (_finish(ctx, c, index, ontology, polar, references)
                              for c in candidates) if c]
    _as_the_deal(ctx, candidates, provisions)
    candidates += [_ceasefire_twin(ctx, c, twins[c.trigger]) for c in candidates
                   if c.trigger in twins and c.type == "agreement"]
    _resolve_references(candidates, references)
    candidates = _resolve_pronoun_deals(ctx, candidates, twins)
    events, by_token = merge(candidates)
    _retype_outside_halts(events, by_token, ctx)
    _inherit_from_talks(events)
    _fill_implicit_parties(events)
    events = merge_restatements(ctx, events, rules)
    homes = _home_dates(events)
    return [_to_event(ctx, e, ontology, homes) for e in events]


def _stance_owner(
    noun: Token, directed: Token | None, cand: Candidate, index: MentionIndex, rules: Rules
) -> None:
    """"Baku blocked the deal with the argument that Yerevan must ...": the stance is Baku's, the
    subject of the clause that carries it (a possessor, when there is one, already is);
    ``directed`` is the clause the match found the stance directing ("Yerevan must ...")."""
    clause = stance_carrier(noun, rules.sets.get("stance_carriers", frozenset()))
    owners = [m for t in (clause.children if clause is not None else ()) if t.dep_ == "nsubj"
              for m in index.of_group(t)]
    if not owners:
        return
    cand.roles.agent = owners[0]
    if not cand.roles.parties and directed is not None:  # whom the stance directs
        cand.roles.add_parties([m for t in directed.children if t.dep_ in ("nsubj", "nsubjpass")
                                for m in index.of_group(t) if m.actor.group
                                != owners[0].actor.group])


def _nominal(tok: Token) -> bool:
    """A noun, or a named deal ("the Jeddah Declaration", "the Minsk Protocol")."""
    return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and lemma(tok) in NAMED_DEALS)


# --- verbal triggers -------------------------------------------------------------------

def _yields_to_noun(tok: Token, trig: Trigger, rules: Rules, nouns: frozenset[str]) -> bool:
    """"reached a deal", "talks mediated by X": the noun carries the event, not the verb."""
    if trig.object_in is not None or trig.complement_in is not None or trig.negated:
        return False  # "will never sign the deal" is a refusal, not a (negated) deal
    word = lemma(tok)
    if word not in rules.governors:
        return False
    gov = rules.governors[word]

    def governs(noun: Token) -> bool:
        found = match(noun, rules) if lemma(noun) in nouns else None
        return found is not None and (gov.types is None or found[0].type in gov.types)

    if tok.dep_ in ("acl", "amod") and governs(tok.head):
        return True
    if tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children
    ):
        # "held talks in Jeddah, mediated by X": a participle qualifying the event noun
        return any(governs(t) for t in tok.sent if t.i < tok.i)
    for child in tok.children:
        if child.dep_ in ("dobj", "nsubjpass") and governs(child):
            return True
        if child.dep_ == "nsubj" and gov.role == "participant" and _is_deal(child, rules):
            return True  # "a ceasefire agreed on 20 May" misparsed: no deal agrees to anything
        if child.dep_ == "prep" and lemma(child) in ("on", "to", "upon") and any(
            g.dep_ == "pobj" and governs(g) and not _package(g, nouns) for g in child.children
        ):
            return True
    return False


def _package(noun: Token, nouns: frozenset[str]) -> bool:
    """"agreed to a ceasefire and the withdrawal of their forces": a deal on several
    points, of which the event noun is one, is an agreement of its own."""
    return any(c.pos_ == "NOUN" and lemma(c) not in nouns for c in noun.conjuncts)


def _is_deal(noun: Token, rules: Rules) -> bool:
    """An agreement or ceasefire noun ("ceasefire", "the accord")."""
    found = match(noun, rules) if noun.pos_ in ("NOUN", "PROPN") else None
    return found is not None and found[0].type in REFERENCE_TYPES


def _is_embedded_term(tok: Token, trig: Trigger) -> bool:
    """"for Ukraine to forgo X" or "demanded that Ukraine give up X": content, not an act."""
    if trig.type not in ("concession", "willingness", "rejection"):
        return False
    if has_modal(tok) and is_negated(tok):
        return False  # "insisted that Kyiv would not accept ultimatums": a refusal, not terms
    if any(c.dep_ == "mark" and lemma(c) == "for" for c in tok.children) and not any(
        c.dep_ == "advmod" and lemma(c) == "only" for c in tok.children
    ):
        return True  # not "accepted the plan only for Hamas to reject it": a narrated turn
    deps = EMBED_DEPS | ({"relcl", "pobj", "prep"} if trig.type == "concession" else set())
    cur = tok
    for _ in range(5 if trig.type == "concession" else 3):
        if cur.dep_ not in deps or cur.head is cur:
            return False
        step = cur.dep_
        cur = cur.head
        if lemma(cur) in DEMAND_HEADS:
            # "demanded X and has ruled out Y": coordinated with the demand, not its content
            return step != "conj"
    return False


REFUSED_ACTS = frozenset({"negotiate", "talk", "sign", "engage"})


def _refuses(tok: Token, rules: Rules) -> bool:
    """"will not end the war until ..." (a negated halt of the fighting) or "would not
    negotiate until Russia withdrew" (a modal refusal to talk or sign): a rejection whose
    condition is the price, not a demand ("will not return to Jeddah until" stays one)."""
    if not is_negated(tok):
        return False
    if lemma(tok) in REFUSED_ACTS and has_modal(tok):
        return True
    return (lemma(tok) in rules.sets.get("halt_verbs", frozenset())
            and any(c.dep_ == "dobj" and lemma(c) in rules.sets.get("fighting_nouns", frozenset())
                    for c in tok.children))


def _refusal_noun_complement(tok: Token, rules: Rules) -> bool:
    """The verb completes a refusal noun ("its refusal to discuss membership"): the noun
    is the event, as the verb "refused to discuss" already is."""
    if tok.dep_ != "acl" or tok.head.pos_ != "NOUN":
        return False
    found = match(tok.head, rules)
    return found is not None and found[0].type == "rejection"


def _misparsed_reduced_relative(tok: Token, rules: Rules) -> bool:
    """"A ceasefire agreed after talks in Moscow broke down": the parser reads "agreed" as
    the main verb of the deal and "after talks ... broke down" as a clause; the deal, not
    the talks, is what broke down (a deal agrees to nothing)."""
    head = tok.head
    return (tok.dep_ == "advcl" and head.tag_ in ("VBD", "VBN") and lemma(head) in rules.governors
            and any(c.dep_ == "nsubj" and _is_deal(c, rules) for c in head.children))


def _not_a_new_deal(tok: Token) -> bool:
    """"as agreed", "what was agreed", "agreed to extend it", "what Baku agreed to": no
    agreement of its own."""
    if _agreed_to_what(tok):
        return True
    if any(c.dep_ in ("mark", "advmod") and lemma(c) == "as" for c in tok.children):
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass") and lemma(c) == "what" for c in tok.children):
        return True
    if any(c.dep_ == "nsubjpass" and lemma(c) in PRONOUN_DEALS for c in tok.children):
        return True  # "a full ceasefire, if it were agreed, ...": the deal already named
    return any(c.dep_ == "xcomp" and lemma(c) in EXTEND_VERBS for c in tok.children)


def _agreed_to_what(tok: Token) -> bool:
    """"the reply matched what Baku agreed to": the free relative names a text already
    on the table (the parser strands the "to" with "what" as its object)."""
    to = [c for c in tok.children if c.dep_ == "prep" and lemma(c) == "to"]
    return any(g.dep_ == "pobj" and lemma(g) == "what" for c in to for g in c.children) or (
        bool(to) and any(c.dep_ == "dobj" and lemma(c) == "what" for c in tok.children))


def _deal_on_truce(noun: Token) -> Token | None:
    """The ceasefire an agreement is about ("an agreement on a bilateral ceasefire").

    By the ontology such a deal is both events: the parties reach or sign an agreement
    (agreement) and the ceasefire is agreed (ceasefire); see ``_ceasefire_twin``.
    """
    for child in noun.children:
        if child.dep_ in ("compound", "nmod") and lemma(child) in CEASEFIRE_NOUNS:
            return child  # "a ceasefire agreement", "the cessation of hostilities agreement"
        if child.dep_ == "prep" and lemma(child) in DEAL_PREPS:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and lemma(pobj) in CEASEFIRE_NOUNS:
                    return pobj
    return None


def _ceasefire_twin(ctx: DocContext, deal: Candidate, truce_i: int) -> Candidate:
    """The ceasefire agreed in a ceasefire agreement: same roles, modality, date, status."""
    r = deal.roles
    roles = Roles(parties=list(r.parties), agent=r.agent, mediators=list(r.mediators),
                  location=r.location, sides=r.sides, process=r.process)
    return replace(deal, type="ceasefire", trigger=truce_i, trigger_text=ctx.doc[truce_i].text,
                   roles=roles, terms=[], sentences=list(deal.sentences),
                   tokens=list(deal.tokens))


def _without(noun: Token) -> bool:
    """"closed without a deal", "ended without any agreement": the outcome did not happen."""
    return noun.dep_ == "pobj" and lemma(noun.head) == "without"


def _impersonal(tok: Token) -> bool:
    """No acting subject of its own: none, or an event noun ("the talks can resume only if")."""
    subj_tokens, _ = subject_tokens(tok)
    nouns = load_rules().event_nouns | load_rules().sets.get("process_nouns", frozenset())
    return all(lemma(s) in nouns for s in subj_tokens)


def _first_person(tok: Token) -> bool:
    """"'We are ready to talk,' the negotiator said": the speaker is the one acting."""
    subj_tokens, _ = subject_tokens(tok)
    return bool(subj_tokens) and all(lemma(s) in FIRST_PERSON for s in subj_tokens)


def _absolute(tok: Token) -> bool:
    """"with X acting as facilitator": an absolute clause qualifying another event. The
    parser may hang the participle elsewhere ("hosted by Egypt with Jordan | acting as
    mediator"); a participle right after the object of "with" is still that clause."""
    if tok.dep_ in ("pcomp", "acl", "advcl") and lemma(tok.head) == "with":
        return True
    if tok.tag_ != "VBG" or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    owner = next((t for t in (before, *before.ancestors) if t.dep_ == "pobj"), None)
    return owner is not None and owner.right_edge.i == before.i and lemma(owner.head) == "with"


def _role_in_talks(tok: Token, rules: Rules) -> bool:
    """"X, acting as intermediaries during the talks in Jeddah, announced ...": the role X
    plays in a round of talks (a mediator of those talks), not a mediation of its own. Only a
    participle: "X mediated during the talks" narrates the act."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("acl", "advcl", "xcomp", "conj", "appos"):
        return False
    # the phrase may hang on the role noun ("acting as intermediaries | during the talks")
    heads = [tok, *(g for c in tok.children if c.dep_ == "prep" and lemma(c) == "as"
                    for g in c.children if g.dep_ == "pobj")]
    return any(c.dep_ == "prep" and lemma(c) in ("during", "in", "at", "throughout") and any(
        g.dep_ == "pobj" and (found := match(g, rules)) is not None and found[0].type == "talks"
        for g in c.children) for h in heads for c in h.children)


def _with_both_sides(
    noun: Token, governor: Token | None, roles: Roles, index: MentionIndex
) -> bool:
    """"talks conducted by Oman with both parties", "Qatar held talks with both sides": a
    third party that talks with both sides carries the negotiation between them (CAMEO 045
    mediation); it becomes the mediator and the two sides the parties (roles updated)."""
    # "discussions and contacts conducted by X": a participle on the last conjunct is shared
    acls = [c for n in (noun, *noun.conjuncts) for c in n.children
            if c.dep_ == "acl" and c.pos_ == "VERB"]
    heads = [noun, *acls]
    if governor is not None:
        heads.append(governor)
    both = [g for h in heads for c in h.children if c.dep_ == "prep" and lemma(c) == "with"
            for g in c.children if g.dep_ == "pobj" and is_sides(g)
            and any(lemma(d) in ("both", "two", "all") for d in g.children)]
    if not both:
        return False
    sides = [m for g in both for m in index.of_group(g)]
    side_groups = {m.actor.group for m in sides}
    by = [m for a in acls for c in a.children if c.dep_ == "agent"
          for g in c.children if g.dep_ == "pobj" for m in index.of_group(g)]
    third = [m for m in (*roles.parties, *by) if m.actor.group not in side_groups]
    if (len(side_groups) < 2 and not (side_groups and len(sides) >= 2)) or not third:
        return False
    roles.parties = [m for m in roles.parties if m.actor.group in side_groups]
    roles.add_parties(sides)
    roles.add_mediators(third)
    return True


def _hosting_clauses(noun: Token) -> list[Token]:
    """Relative clauses that say who hosted or mediated the event noun: on the noun ("the
    talks, which Qatar mediated") or on its place ("the meeting in Jeddah, where Saudi
    Arabia hosted ...")."""
    owners = [noun, *(g for c in noun.children if c.dep_ == "prep" and lemma(c) in ("in", "at")
                      for g in c.children if g.dep_ == "pobj")]
    return [c for o in owners for c in o.children if c.dep_ == "relcl" and c.pos_ == "VERB"
            and lemma(c) in MEDIATOR_LEMMAS]


def _hosting_clause_of_event(tok: Token, rules: Rules) -> bool:
    """``tok`` is such a clause of a talks or deal noun: a role of that event, not a
    mediation of its own."""
    if tok.dep_ != "relcl":
        return False
    head = tok.head
    if head.dep_ == "pobj" and lemma(head.head) in ("in", "at"):
        head = head.head.head
    found = match(head, rules) if head.pos_ in ("NOUN", "PROPN") else None
    return found is not None and found[0].type in ("talks", "agreement", "ceasefire") \
        and tok in _hosting_clauses(head)


def _role_clause(noun: Token, rules: Rules) -> Token | None:
    """The "acting as intermediaries during the talks" participle that ``noun`` is in."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    head = noun.head.head
    if head.dep_ == "pobj" and lemma(head.head) == "as":
        head = head.head.head  # "acting as intermediaries | during the talks"
    return head if head.pos_ == "VERB" and _role_in_talks(head, rules) else None


def _manner_of_event(noun: Token, rules: Rules) -> bool:
    """"talks in Muscat under Omani and Swiss mediation": the mediation is how the
    talks or deal came about, a role of that event (``role_preps``), not one of its own
    ("exchanged prisoners through Norwegian mediation" names no event it qualifies)."""
    if noun.dep_ != "pobj" or lemma(noun.head) not in rules.sets.get("role_preps", frozenset()):
        return False
    head = noun.head.head  # what the phrase qualifies: the talks, or "the round held ..."
    if head.dep_ in ("acl", "relcl") and head.pos_ == "VERB":
        head = head.head
    return _nominal(head) and lemma(head) in rules.event_nouns


def _deal_provision(tok: Token, rules: Rules) -> Token | None:
    """The deal noun whose term ``tok`` states, when ``tok`` is one side's giving-up act.

    "The deal provided for Russia to withdraw ... and for Ukraine to give up its bid",
    "the accord requires the RSF to hand over its weapons": the clause is a term of the
    agreement that binds one named side, which the gold convention (docs/ontology.md:
    giving something up is a concession) counts as that side's concession. A joint subject
    ("for both sides to withdraw") is the deal's content, no one side's concession; a plan
    or proposal's terms ("the plan calls for X to withdraw") stay terms of the proposal.
    """
    if tok.pos_ != "VERB" or _joint_subject(tok):
        return None
    word = lemma(tok)
    acts = rules.sets.get("concede_acts", frozenset())
    gives = rules.sets.get("concede_verbs", frozenset())
    if word not in acts and not (word in gives and (word != "give" or has_particle(tok, "up"))) \
            and not _pulls_back(tok) and word not in load_provision_verbs("release_acts"):
        return None
    marked = any(c.dep_ == "mark" and lemma(c) == "for" for c in tok.children) and any(
        c.dep_ == "nsubj" for c in tok.children)  # "for Ukraine to give up ..."
    controlled = tok.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in tok.head.children)
    controlled = controlled or _coordinated_subject(tok) is not None
    if not (marked or controlled):
        return None
    provide = load_provision_verbs()
    cur = tok
    for _ in range(4):
        for child in cur.children:
            # the parser may hang the deal on the term's own verb ("The deal provided for
            # X to withdraw ... and for Y to give up ...", read with "give" as the root)
            deal = _deal_of_terms(child, rules) if child.dep_ == "nsubj" else None
            if deal is not None and (
                    lemma(cur) in provide or any(lemma(g) in provide for g in child.children
                                                 if g.dep_ in ("acl", "relcl"))):
                return deal
        if lemma(cur) in provide and cur.dep_ in ("acl", "relcl") and _is_deal(cur.head, rules):
            return cur.head  # "a deal that provides for X to ...", "the deal providing for"
        if cur.head is cur or cur.dep_ not in ("advcl", "xcomp", "conj", "ccomp", "acl", "relcl"):
            break
        cur = cur.head
    return None


def _coordinated_subject(verb: Token) -> Token | None:
    """The subject the parser hung on the previous term in "obliged the army to withdraw
    from the city and the RSF to free its prisoners".

    The second infinitive comes out as an adverbial clause of the first, its subject as a
    conjunct of the first clause's last noun: a bare "to"-infinitive with no subject of its
    own, right after a conjunct noun joined by "and", has that noun as its subject.
    """
    if verb.dep_ not in ("advcl", "conj") or any(c.dep_ in ("nsubj", "mark")
                                                 for c in verb.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    start = verb.left_edge.i
    if start == 0:
        return None
    noun = verb.doc[start - 1]
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.i:
        return None
    joined = any(c.dep_ == "cc" for c in noun.head.children) and noun.head.i < noun.i
    inside = verb.head.left_edge.i <= noun.i <= verb.head.right_edge.i
    return noun if joined and inside else None


def _pulls_back(tok: Token) -> bool:
    """ "for the militia to return to its old positions", "to go back to its pre-war
    stance": going back to earlier lines, or to how things stood before the war."""
    word = lemma(tok)
    back = [c for c in tok.children if c.lower_ == "back" and c.dep_ in ("prt", "advmod")]
    if word not in load_provision_verbs("pullback_verbs") and not (
            word in load_provision_verbs("back_verbs") and back):
        return False
    places = load_provision_verbs("pullback_places")
    return any(
        p.dep_ == "prep" and p.lower_ == "to" and any(
            lemma(o) in places or _before_the_war(o) for o in p.children if o.dep_ == "pobj")
        for head in (tok, *back) for p in head.children)  # "go back | to its lines"


def _before_the_war(noun: Token) -> bool:
    """ "its pre-war footing", "the pre-invasion lines": a noun premodified as before the
    war (the tokenizer may split "pre-war" into three tokens)."""
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i]
    if not mods:
        return False
    words = noun.doc[min(m.left_edge.i for m in mods):noun.i]
    text = "".join(t.text for t in words if t.dep_ not in ("det", "poss")).lower()
    return text in load_provision_verbs("pullback_premodifiers")


def _deal_of_terms(noun: Token, rules: Rules) -> Token | None:
    """The deal a subject stands for: the deal itself, or "the terms of the agreement"."""
    if _is_deal(noun, rules):
        return noun
    if lemma(noun) not in load_provision_verbs("term_nouns"):
        return None
    return next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" and _is_deal(o, rules)), None)


def _as_the_deal(
    ctx: DocContext, candidates: list[Candidate], provisions: dict[int, int]
) -> None:
    """A deal's term shares the deal's modality, source and sides ("the deal provided for X
    to withdraw": asserted when the deal is; a proposed deal's terms are hypothetical)."""
    if not provisions:
        return
    deals = {c.trigger: c for c in candidates if c.type in REFERENCE_TYPES}
    for cand in candidates:
        deal_i = provisions.get(cand.trigger)
        if deal_i is None or cand.type != "concession":
            continue
        deal = deals.get(deal_i)
        if deal is not None:
            cand.modality, cand.source = deal.modality, deal.source
            cand.attributed = deal.attributed
            cand.roles.add_parties(deal.roles.parties)
            if deal.date.earliest:
                cand.date = deal.date
            continue
        noun = ctx.doc[deal_i]
        when = _date(ctx, deal_i)
        if when.earliest:
            cand.date = when
        if mod.is_negated(noun, None):
            cand.modality = "negated"
        elif mod.is_hypothetical(noun, None):
            cand.modality = "hypothetical"
        else:
            cand.modality = "reported" if cand.source is not None else "asserted"


def _joint_subject(tok: Token) -> bool:
    """"Both sides agreed to withdraw": a joint undertaking, not one party's concession."""
    subj_tokens, _ = subject_tokens(tok)
    for subj in subj_tokens:
        if subj.conjuncts:
            return True
        words = {lemma(c) for c in subj.children if c.dep_ in ("det", "nummod", "predet")}
        if words & JOINT_WORDS or (lemma(subj) in JOINT_WORDS and subj.tag_ == "NNS"):
            return True  # "both sides", "the parties"; not "the Tigrayan side"
    return False


def _mark_object_events(
    tok: Token, trig: Trigger, anchor: Token | None, nouns: frozenset[str],
    absorbed: set[int], forced_hyp: set[int],
) -> None:
    """Apply ``object_event`` to the event nouns a verbal trigger acts on."""
    if anchor is not None and trig.object_event == "absorb" and anchor.pos_ != "NOUN":
        absorbed.add(anchor.i)  # "refused to meet": no talks event of its own
    # a subject shared with an earlier verb ("the truce took effect and was extended") is
    # that verb's event too: it is never absorbed
    shared = {t.i for t in shared_subjects(tok)}
    targets = [anchor] if anchor is not None and anchor.i not in shared else []
    if trig.negated and trig.object_event == "absorb":  # "will never sign this deal"
        targets += [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        targets += [g for c in tok.children if c.dep_ == "prep" and lemma(c) == "to"
                    for g in c.children if g.dep_ == "pobj"]  # "will not agree to any deal"
    if trig.object_event == "hypothetical":
        targets += [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        for child in tok.children:
            if child.dep_ == "prep" and lemma(child) not in ("during", "at", "in", "after"):
                targets += [g for g in child.children if g.dep_ == "pobj"]
    for target in targets:
        for t in (target, *target.conjuncts, *target.subtree):
            if lemma(t) not in nouns:
                continue
            if trig.object_event == "absorb":
                absorbed.add(t.i)
            elif trig.object_event == "hypothetical":
                forced_hyp.add(t.i)


def _default_role(event_type: str, ontology_directed: bool) -> str:
    if event_type == "mediation":
        return "mediators"
    return "agent" if ontology_directed else "parties"


def _verbal_candidate(
    ctx: DocContext, tok: Token, trig: Trigger, anchor: Token | None, index: MentionIndex
) -> Candidate | None:
    etype = load_ontology()[trig.type]
    directed = "agent" in etype.roles and trig.type != "ceasefire"
    roles = Roles()
    role = trig.subject or _default_role(trig.type, directed)
    visited = _visited(tok, index)
    if trig.object_actor and not object_actors(tok, index) and not visited:
        return None  # "spoke to reporters": no counterpart, no talks
    roles.add_parties(visited)
    subj_tokens, _passive = subject_tokens(tok)
    accused = _accused(tok) if directed else None
    if accused is not None:  # "accused X of working to derail the deal": X is the agent
        subj_tokens = [accused]
    subj = [m for s in subj_tokens for m in index.of_group(s)]
    if trig.object == "parties" and directed and subj:
        # "asked Malaysia to mediate": whoever is asked is not the one asking, even when
        # an unresolved subject ("both governments") falls back on the wrong actors
        addressed = {state_of(m) for m in object_actors(tok, index)
                     if tok.i < m.start_token < tok.sent.end}  # named there, not "both sides"
        subj = [m for m in subj if state_of(m) not in addressed]
    if visited and not {m.actor.group for m in subj} - {m.actor.group for m in visited}:
        return None  # "the mission visited Kyiv": no named visitor, no talks
    _assign(roles, role, subj)
    if trig.object == "parties" or directed:
        roles.add_parties(object_actors(tok, index))
    for child in tok.children:
        if child.dep_ == "nsubjpass" and trig.object == "parties":
            roles.add_parties(index.of_group(child))
    prep_roles(tok, roles, index, by_role=None)
    for child in tok.children:
        if child.dep_ == "dobj":  # "brokered a prisoner swap between X and Y"
            prep_roles(child, roles, index, by_role=None)
    if anchor is not None and anchor.i != tok.i:
        prep_roles(anchor, roles, index, by_role=None)
        if anchor.pos_ in ("VERB", "AUX"):  # "refused to meet Ukrainian negotiators"
            roles.add_parties(object_actors(anchor, index))
            if trig.type == "obstruction":  # "to increase the pressure on Hamas"
                roles.add_parties(_pressured(anchor, index))
        if directed:
            for child in anchor.children:
                if child.dep_ == "poss":
                    roles.add_parties(index.of_group(child))
        if directed and anchor.pos_ == "NOUN":  # "rejected the Egyptian proposal"
            owners = Roles()
            modifier_roles(anchor, owners, index, directed=False)
            owners.add_parties(_proposers(anchor, index))
            # "interfered with the Bennett-brokered negotiations": the broker of the talks
            # acted on is their mediator, no side of the act on them
            brokers = [] if lemma(anchor) in _process_words() else owners.mediators
            roles.add_parties([m for m in (*owners.parties, *brokers)
                               if roles.agent is None or m.actor.group != roles.agent.actor.group])
    if directed and roles.agent is not None:
        roles.parties.insert(0, roles.agent) if roles.agent not in roles.parties else None
    if trig.type == "mediation":  # "X brought the two sides together": X is no side
        mediating = {m.actor.group for m in roles.mediators}
        roles.parties = [m for m in roles.parties if m.actor.group not in mediating]
    # "the United States would stop its bombing campaign": one side halts its own fighting
    unilateral = trig.type == "ceasefire" and anchor is not None and anchor.pos_ == "NOUN" \
        and bool(subj) and not _joint_subject(tok)
    if unilateral:
        roles.agent = subj[0]
        roles.parties = [m for m in roles.parties if m.actor.group == subj[0].actor.group]
    return Candidate(
        type=trig.type, trigger=tok.i, trigger_text=_trigger_text(tok, trig),
        sentence=ctx.sentence_index(tok.i), roles=roles, status=trig.status,
        # an extension is a new event, never a repeated mention of the deal it extends
        new_marker=any(lemma(c) in NEW_MARKERS for c in tok.children) or (
            lemma(tok) in EXTEND_VERBS and trig.type in REFERENCE_TYPES),
        anchor=anchor.i if anchor is not None else None,
        on_process=anchor is None or lemma(anchor) in _process_words(), visit=bool(visited),
        unilateral=unilateral,
        additive=any(c.dep_ == "advmod" and lemma(c) in role_words().additive_adverbs
                     for c in tok.children)
        or (tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had"
                                      for c in tok.children)),  # "they had met in May"
    )


PRESSURE_PREPS = {"on", "against"}


def _proposers(noun: Token, index: MentionIndex) -> list[Mention]:
    """"accepted an Egyptian and Qatari proposal": nationality adjectives name its authors.

    Only for proposal nouns; the actors stage leaves such bare adjectives unlinked.
    """
    if lemma(noun) not in load_rules().sets.get("proposal_nouns", frozenset()):
        return []
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i not in index.at]
    found = [m for c in mods for t in (c, *c.conjuncts) if (m := index.demonym(t)) is not None]
    # "rejected a proposal from Egypt": the author named after the noun
    return found + [m for c in noun.children if c.dep_ == "prep" and lemma(c) in ("from", "by")
                    for g in c.children if g.dep_ == "pobj" for m in index.of_group(g)]


def _visited(tok: Token, index: MentionIndex) -> list[Mention]:
    """"X visited Kyiv": the state of the visited capital is the host (a party)."""
    if lemma(tok) not in load_rules().sets.get("visit_nouns", frozenset()):
        return []
    return [m for c in tok.children if c.dep_ == "dobj" for m in index.host(c)]


TAKING_PART = frozenset({"participation", "engagement", "involvement", "presence", "delegation"})


def _process_words() -> frozenset[str]:
    """What a party halts when it halts the mediated process ("its participation", "talks")."""
    return load_rules().sets.get("talks_like", frozenset()) | TAKING_PART


def _pressured(verb: Token, index: MentionIndex) -> list[Mention]:
    """Who the pressure is on: "increase the pressure on X"."""
    found: list[Mention] = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for prep in (c for c in obj.children if c.dep_ == "prep" and lemma(c) in PRESSURE_PREPS):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                found.extend(index.of_group(pobj))
    return found


def _accused(tok: Token) -> Token | None:
    """The object of "accuse/blame X of/for ..." above ``tok``, if any."""
    cur = tok
    for _ in range(5):
        if cur.dep_ not in ACCUSE_DEPS or cur.head is cur:
            return None
        cur = cur.head
        if lemma(cur) in ACCUSE_VERBS:
            return next((c for c in cur.children if c.dep_ == "dobj"), None)
    return None


def _assign(roles: Roles, role: str, mentions: list[Mention]) -> None:
    if not mentions or role == "none":
        return
    if role == "agent":
        roles.agent = roles.agent or mentions[0]
        roles.add_parties(mentions)
    elif role == "mediators":
        roles.add_mediators(mentions)
    else:
        roles.add_parties(mentions)


def _trigger_text(tok: Token, trig: Trigger) -> str:
    if trig.particle:
        return f"{tok.text} {trig.particle}"
    return tok.text


# --- nominal triggers ------------------------------------------------------------------

def _nested_in_same(tok: Token, trig: Trigger, rules: Rules) -> bool:
    """"round of talks", "talks and negotiations": let the head noun carry the event.

    A modifier that only names the topic ("ceasefire talks", "truce violations") is
    no event of its own either.
    """
    head = tok.head
    if tok.dep_ in ("compound", "amod", "nmod") and trig.type in ("ceasefire", "agreement") \
            and lemma(head) in rules.sets.get("topic_heads", frozenset()):
        return True
    if trig.type == "ceasefire" and tok.dep_ in ("compound", "nmod") \
            and _same(_deal_on_truce(head), tok) and _is_deal_noun(head, rules):
        return True  # "a ceasefire agreement": the agreement noun carries the ceasefire
    if tok.dep_ == "pobj" and lemma(head) == "of":
        found = match(head.head, rules)
        return found is not None and found[0].type == trig.type
    if tok.dep_ == "conj":
        found = match(head, rules)
        return found is not None and found[0].type == trig.type
    if tok.dep_ == "compound":
        found = match(head, rules)
        return found is not None and found[0].type == trig.type
    return False


def _topic_of_talks(tok: Token, rules: Rules) -> bool:
    """"talks on a truce", "negotiations on a ceasefire": what the talks are to reach."""
    head = tok.head
    return (tok.dep_ == "pobj" and lemma(head) in TOPIC_PREPS and head.dep_ == "prep"
            and head.head.pos_ == "NOUN"
            and lemma(head.head) in rules.sets.get("talks_nouns", frozenset()))


def _same(a: Token | None, b: Token) -> bool:
    return a is not None and a.i == b.i


def _nested_of(noun: Token, trig: Trigger, rules: Rules) -> list[Token]:
    """"this round of the Jeddah talks": the nested noun of the same type."""
    found = []
    for prep in (c for c in noun.children if c.dep_ == "prep" and lemma(c) == "of"):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            inner = match(pobj, rules) if pobj.pos_ == "NOUN" else None
            if inner is not None and inner[0].type == trig.type:
                found.append(pobj)
    return found


def _is_deal_noun(tok: Token, rules: Rules) -> bool:
    found = match(tok, rules) if tok.pos_ in ("NOUN", "PROPN") else None
    return found is not None and found[0].type == "agreement"


def _participle_governor(noun: Token, rules: Rules) -> tuple[Token, Governor] | None:
    """A governor as a reduced relative with its own agent ("a plan put forward by X")."""
    for child in noun.children:
        if child.dep_ != "acl" or child.tag_ != "VBN":
            continue
        spec = rules.governors.get(lemma(child))
        if spec is None or (spec.types is not None and load_rules().by_lemma.get(lemma(noun))
                            and not any(t.type in spec.types
                                        for t in rules.by_lemma.get(lemma(noun), []))):
            continue
        return child, spec
    return None


def _meeting_told(visit: Token, rules: Rules) -> bool:
    """A visit whose own clause says whom the visitor met ("a visit to Riyadh where he met
    the foreign minister", "a trip during which she held talks with X"): the meeting is
    the consultation, the visit no second one."""
    for tok in visit.subtree:
        if tok.dep_ in ("relcl", "acl") and tok.pos_ == "VERB" and tok.i > visit.i:
            found = match(tok, rules)
            if found is not None and found[0].type == "talks":
                return True
    return False


ARRIVAL_PREPS = frozenset({"in", "to", "at"})


def _arrived_for(noun: Token) -> Token | None:
    """The arrival verb a talks noun is the purpose of ("arrived in Kyiv for talks",
    "landed in Baku for meetings"): the trip is a visit, read as "visited X" is."""
    prep = noun.head
    if noun.dep_ != "pobj" or lemma(prep) != "for" or prep.dep_ != "prep":
        return None
    verb = prep.head
    return verb if verb.pos_ == "VERB" and lemma(verb) in role_words().arrival_verbs else None


def _visit_roles(noun: Token, roles: Roles, index: MentionIndex) -> None:
    """"X's visit to Kyiv", "a trip to Moscow": the host is a party."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and lemma(c) == "to"):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            roles.add_parties(index.host(pobj))


OCCUR_VERBS = frozenset({"take", "happen", "occur", "begin", "start", "open", "resume",
                         "convene", "commence", "reopen", "restart"})


def _said_to_occur(noun: Token) -> bool:
    """A talks noun whose clause says it takes place, opens or resumes (now or later), or
    that it is planned ("a joint commission meeting is scheduled for 4 May",
    "consultations with Gulf states are planned": the cues make it hypothetical)."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if noun.dep_ == "nsubjpass" and lemma(noun.head) in mod.load_cues().planned:
        # a new meeting only: "the meeting was arranged during a call" names one told before
        return not any(c.dep_ in ("det", "poss") and lemma(c) in ANAPHORIC_DETS
                       for c in noun.children)
    verbs = [noun.head]
    for _ in range(3):  # "is due to take place": through the predicate adjective too
        verbs += [c for v in verbs for c in v.children
                  if c.dep_ in ("xcomp", "acomp") and c not in verbs]
    return any(lemma(v) in OCCUR_VERBS and (lemma(v) != "take" or any(
        lemma(c) == "place" for c in v.children)) for v in verbs)


LABEL_VERBS = frozenset({"describe", "call", "characterise", "characterize", "portray", "label",
                         "brand", "term"})


def _label(noun: Token) -> bool:
    """"described the offer as a peace proposal": the noun names what another one is."""
    head = noun.head
    return noun.dep_ == "pobj" and lemma(head) == "as" and lemma(head.head) in LABEL_VERBS


# what others do with a proposal already on the table ("engaged positively with the plan")
RESPONSE_VERBS = frozenset({"engage", "respond", "react", "support", "endorse", "back", "welcome",
                            "receive", "study", "review", "consider", "examine", "criticise",
                            "criticize", "discuss", "weigh"})
BACKING_VERBS = frozenset({"back", "support", "endorse", "arm", "fund"})


def _backers(noun: Token, index: MentionIndex) -> set[str]:
    """"a proposal, backed by Egypt and Qatar, ...": supporters named in a participle are
    no mediators of the event (a mediator is cast as one: "mediated/brokered by X")."""
    verbs = [c for c in noun.children if c.dep_ == "acl" and lemma(c) in BACKING_VERBS
             and c.tag_ == "VBN"]
    return {m.actor.group for v in verbs for a in v.children if a.dep_ == "agent"
            for p in a.children if p.dep_ == "pobj" for t in (p, *p.conjuncts)
            for m in index.of_group(t)}


def _of_its_own(noun: Token) -> bool:
    """"a cessation of hostilities of their own": a second event, not the one just named
    (the phrase may hang on the noun's own "of" complement)."""
    def own(tok: Token) -> list[Token]:
        return [g for c in tok.children if c.dep_ == "prep" and lemma(c) == "of"
                for g in c.children if g.dep_ == "pobj"]
    return any(lemma(g) == "own" for t in (noun, *own(noun)) for g in own(t))


def _framed_definite(noun: Token) -> bool:
    """"the resumption of talks", "the start of negotiations": a definite frame noun makes
    the event noun in its of-phrase a mention of the event told before."""
    if noun.dep_ != "pobj" or lemma(noun.head) != "of" or noun.head.head.pos_ != "NOUN":
        return False
    frame = noun.head.head
    return lemma(frame) in role_words().frame_nouns and any(
        c.dep_ in ("det", "poss") and (lemma(c) in ANAPHORIC_DETS or c.pos_ in ("NOUN", "PROPN"))
        for c in frame.children)


def has_any_roles(roles: Roles) -> bool:
    return bool(roles.parties or roles.mediators or roles.location or roles.agent)


def _object_of_trigger(noun: Token, rules: Rules) -> bool:
    """"Hamas rejected the Egyptian proposal": the rejecter is not the proposer."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return noun.dep_ in ("dobj", "pobj", "nsubjpass") and match(head, rules) is not None


def _nominal_candidate(
    ctx: DocContext, noun: Token, trig: Trigger, anchor: Token | None, index: MentionIndex,
    rules: Rules,
) -> Candidate | None:
    if any(c.dep_ == "prep" and lemma(c) in GENERIC_OBJECTS and any(
        lemma(g) == lemma(noun) for g in c.children
    ) for c in noun.children):
        return None  # "talks about talks"
    etype = load_ontology()[trig.type]
    directed = "agent" in etype.roles and trig.type not in ("ceasefire",)
    roles = Roles()
    by_role = "agent" if directed else "mediators"
    modifier_roles(noun, roles, index, directed)
    for inner in _nested_of(noun, trig, rules):  # "this round of the Jeddah talks"
        modifier_roles(inner, roles, index, directed)
        prep_roles(inner, roles, index, by_role=by_role)
    if trig.type == "mediation":  # "Qatar's mediation", "the Egyptian mediation"
        roles.add_mediators(roles.parties)
        roles.parties = []
    prep_roles(noun, roles, index, by_role=by_role)
    if trig.type == "mediation" and lemma(noun) not in MEDIATION_WORDS:
        # "the mediation efforts of Qatar and Egypt": who mediates
        owners = [m for prep in noun.children if prep.dep_ == "prep" and lemma(prep) == "of"
                  for g in prep.children if g.dep_ == "pobj" for m in index.of_group(g)]
        groups_ = {m.actor.group for m in owners}
        roles.parties = [m for m in roles.parties if m.actor.group not in groups_]
        roles.add_mediators(owners)
    if trig.type == "talks":  # "a meeting of the two presidents": those who meet
        roles.add_parties([m for prep in noun.children if prep.dep_ == "prep"
                           and lemma(prep) == "of" for g in prep.children if g.dep_ == "pobj"
                           for m in index.of_group(g)])
    backers = _backers(noun, index)
    roles.add_mediators([m for m in participle_mediators(noun, index, rules.event_nouns)
                         if m.actor.group not in backers])
    if roles.location is None:
        roles.location = participle_place(noun, rules.event_nouns)
    for clause in _hosting_clauses(noun):
        # "the meeting in Jeddah, where Saudi Arabia hosted advisers from forty countries",
        # "the talks, which Qatar mediated": the clause's subject hosts or mediates them
        hosts = [m for t in clause.children if t.dep_ == "nsubj" and lemma(t) not in RELATIVE
                 for m in index.mediator_group(t)]
        roles.add_mediators(hosts)
        hosted = {m.actor.group for m in hosts}
        roles.parties = [m for m in roles.parties if m.actor.group not in hosted]
    if (acting := _role_clause(noun, rules)) is not None:  # "X, acting as mediators during
        roles.add_mediators([m for t in subject_tokens(acting, max_steps=1)[0]  # the talks"
                             for m in index.mediator_group(t)])
    visit = lemma(noun) in rules.sets.get("visit_nouns", frozenset())
    if visit and _meeting_told(noun, rules):
        return None  # "a visit to Riyadh, where he met the foreign minister": that meeting
    if visit:
        _visit_roles(noun, roles, index)
    arrival = _arrived_for(noun) if trig.type == "talks" else None
    if arrival is not None:  # "Modi arrived in Kyiv for talks": the traveller and the host
        roles.add_parties([m for s in subject_tokens(arrival)[0] for m in index.of_group(s)])
        met = {m.actor.group for m in roles.parties}
        roles.add_parties([m for prep in arrival.children if prep.dep_ == "prep"
                           and lemma(prep) in ARRIVAL_PREPS for g in prep.children
                           if g.dep_ == "pobj" for m in index.host(g) if m.actor.group not in met])
    status = trig.status
    context = bool(roles.parties or roles.mediators or roles.location or roles.agent)
    gov = governor_of(noun, rules.governors, trig.type)
    governor = gov[0] if gov else None
    if gov is not None:
        verb, spec = gov
        status = spec.status or status
        subj_tokens, passive = subject_tokens(verb)
        if noun.dep_ in ("nsubj",) and not passive:
            subj_tokens = []
        brokers = [t for t in subj_tokens if broker_subject(t)]
        if brokers:  # "the joint mediation of X, Y and Z announced the suspension of talks"
            # a second subject after it is the rest of its list, misparsed ("of the AU, | the
            # US and Saudi Arabia"): a verb has one subject
            brokers += [t for t in subj_tokens if t.i > brokers[0].i and t not in brokers]
            roles.add_mediators([m for t in brokers for m in (
                *index.mediator_group(t), *(mediators_of(t, index) or []))])
            subj_tokens = [t for t in subj_tokens if t not in brokers]
        subj = [m for s in subj_tokens for m in index.of_group(s)]
        role = {"participant": "agent" if directed else "parties", "mediators": "mediators"}
        if spec.role == "participant" and cast_in_support(verb):
            role["participant"] = "mediators"  # "attended the talks as observers"
        _assign(roles, role.get(spec.role, "none"), subj)
        prep_roles(verb, roles, index, by_role=None)
        context = context or spec.role != "none" or bool(subj)
    elif (part := _participle_governor(noun, rules)) is not None:
        # "the Declaration signed in Doha by A and B", "a plan put forward by X"
        verb, spec = part
        status = spec.status or status
        subj_tokens, _ = subject_tokens(verb)
        role = {"participant": "agent" if directed else "parties", "mediators": "mediators"}
        _assign(roles, role.get(spec.role, "none"), [m for s in subj_tokens
                                                     for m in index.of_group(s)])
        prep_roles(verb, roles, index, by_role=None)
        governor = verb
        context = True
    elif result_of(noun):
        context = True  # "the talks ended with a deal", "closed without a deal"
    elif (present := presence_verb(noun, rules.governors)) is not None:
        subj_tokens, _ = subject_tokens(present)
        # "the mediators regretted failing to reach a truce during the round": brokers
        roles.add_mediators([m for s in subj_tokens if broker_subject(s)
                             for m in index.of_group(s)])
        roles.add_parties([m for s in subj_tokens if not broker_subject(s)
                           for m in index.of_group(s)])
        governor = present
        context = True
    if anchor is not None and anchor.i != noun.i:
        prep_roles(anchor, roles, index, by_role=None)
    for child in noun.children:
        if child.dep_ == "amod" and lemma(child) in rules.status_words:
            status = rules.status_words[lemma(child)]
            context = True
    # "the government engaged with the proposal": whoever acts on a definite proposal
    # without proposing it is not its author (the proposal was named before)
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    acted_on = (trig.type == "proposal" and governor is None and noun.dep_ in ("dobj", "pobj")
                and lemma(verb) in RESPONSE_VERBS
                and any(lemma(c) in ANAPHORIC_DETS for c in noun.children if c.dep_ == "det"))
    if directed and roles.agent is None and not _object_of_trigger(noun, rules) \
            and not acted_on:
        subj_tokens, _ = subject_tokens(noun)
        brokering = {m.actor.group for m in roles.mediators}  # the mediators announce it
        subj = [m for s in subj_tokens for m in index.of_group(s)
                if m.actor.group not in brokering]
        _assign(roles, "agent", subj)
    if noun.dep_ in ("nsubj", "nsubjpass") and lemma(noun.head) in CLOSING_VERBS \
            and noun.tag_ == "NN":
        context = True  # "the round closed on Tuesday": a round that took place
    if trig.type == "talks" and _said_to_occur(noun):
        context = True  # "the second round is due to take place in Mexico"
    if trig.type != "concession" and _label(noun):
        # "described the offer as a genuine peace proposal": a label, no event (but
        # "described it as a capitulation by Armenia" states a concession)
        return None
    dets = {lemma(c) for c in noun.children if c.dep_ in ("det", "poss")}
    if dets & GENERIC_DETS and not has_any_roles(roles) and not _without(noun):
        return None  # "before any truce"
    if trig.type in REFERENCE_TYPES and noun.tag_ in ("NNS", "NNPS") and not has_any_roles(roles):
        return None  # "a string of broken truces", "three earlier truces failed": no one event
    if visit and len({m.actor.group for m in roles.parties}) < 2:
        return None  # "the visit was followed by ...": no visitor and host of its own
    # "the envoy's proposal", "Qatar's mediation": a named owner makes the noun definite
    anaphoric = bool(dets & ANAPHORIC_DETS) or any(
        c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in noun.children
    ) or _framed_definite(noun)
    unilateral = any(c.dep_ in ("amod", "compound") and lemma(c) in UNILATERAL
                     for c in noun.children)
    if unilateral and roles.agent is None and roles.parties:
        roles.agent = roles.parties[0]  # "the FARC declared a unilateral ceasefire"
        roles.parties = roles.parties[:1]
    if trig.type == "proposal" and roles.agent is None:  # "an American proposal"
        _assign(roles, "agent", _proposers(noun, index))
    etype_name = trig.type
    if trig.type == "talks" and _with_both_sides(noun, governor, roles, index):
        etype_name = "mediation"  # "contacts conducted by Muscat with both parties"
    cand = Candidate(
        type=etype_name, trigger=noun.i, trigger_text=noun.text,
        sentence=ctx.sentence_index(noun.i), roles=roles, status=status,
        anaphoric=anaphoric, nominal=True, unilateral=unilateral,
        visit=visit or arrival is not None,
        new_marker=any(lemma(c) in NEW_MARKERS for c in noun.children) or _of_its_own(noun),
        anchor=anchor.i if anchor is not None else None,
    )
    cand.tokens = [governor.i] if governor is not None else []
    cand.bare = noun.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("det", "poss", "nummod") for c in noun.children)
    cand.additive = governor is not None and any(  # "also took part in talks"
        c.dep_ == "advmod" and lemma(c) in role_words().additive_adverbs
        for c in governor.children)
    cand.resumed = governor is not None and lemma(governor) in role_words().resume_verbs
    has_roles = bool(roles.parties or roles.mediators or roles.location or roles.agent)
    strong_alone = not trig.weak and trig.type not in ("talks",)
    cand.needs_antecedent = not has_roles and not context and not strong_alone
    if trig.weak and not has_roles and not context:
        cand.needs_antecedent = True
    return cand


# --- shared finishing: modality, status, terms, date -----------------------------------

def _source(cand: Candidate) -> Actor:
    """Who asserts the event: the speaker, an unnamed source ("diplomats said"), or the author."""
    if cand.source is not None:
        return cand.source.actor
    if cand.attributed:
        return UNNAMED.model_copy()
    return AUTHOR.model_copy()


def _finish(
    ctx: DocContext, cand: Candidate, index: MentionIndex, ontology: Ontology, polar: set[int],
    references: set[int],
) -> Candidate | None:
    doc = ctx.doc
    tok = doc[cand.trigger]
    governor = doc[cand.tokens[0]] if cand.tokens else None
    etype = ontology[cand.type]
    forced = cand.modality == "hypothetical"
    if cand.trigger in polar:
        pass  # "would not accept" is a rejection, asserted
    elif mod.is_negated(tok, governor) or (cand.nominal and _without(tok)):
        if etype.negated_as and not mod.absent_by_observation(tok):
            cand.type = etype.negated_as
            etype = ontology[cand.type]
        else:
            cand.modality = "negated"
    elif cand.modality != "hypothetical" and mod.is_hypothetical(
        tok, governor, lexical_only=etype.stance, skip_head=cand.type == "proposal"
    ):
        cand.modality = "hypothetical"
        # "would respect the truce", "the ceasefire could open a lifeline": the modal is
        # about what happens to an existing deal, not about the deal itself
        if (cand.nominal and cand.anaphoric and cand.type in REFERENCE_TYPES
                and governor is None and not forced):
            references.add(cand.trigger)
    # Attribution applies whatever the modality: a hypothetical or negated event inside
    # "X said ..." is still X's account (precedence keeps the stronger modality).
    reported, speaker = mod.speaker(tok, ctx, index)
    if reported:
        cand.source = speaker
        cand.attributed = True
        if cand.modality == "asserted":
            cand.modality = "reported"
    if cand.trigger in polar and cand.roles.agent is None and cand.source is None:
        return None  # "the truce was not renewed": no one refused
    if (cand.type in STANCE_FALLBACK | FIRST_PERSON_TYPES and cand.roles.agent is None
            and cand.source is not None and not cand.nominal
            and (_first_person(tok) or (cand.type in STANCE_FALLBACK and _impersonal(tok)))):
        # "the talks can resume only if X, Petro said": the speaker holds the stance
        cand.roles.agent = cand.source
        cand.roles.add_parties([cand.source])
    if cand.type not in ("agreement", "ceasefire"):
        cand.status = None
    if cand.type in TERM_TYPES:
        span = tok.subtree if cand.type == "concession" else None
        if span is not None:
            # not a coordinated clause: "for X to withdraw ... and for Y to give up Z"
            other = {t.i for c in tok.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                     for t in c.subtree}
            for c in tok.children:  # "... and the RSF to free its prisoners": the RSF's term
                shifted = _coordinated_subject(c)
                if shifted is not None:
                    other |= {t.i for t in (*c.subtree, *shifted.subtree)}
            toks = [t for t in span if t.i not in other]
            sp = doc[min(t.i for t in toks): max(t.i for t in toks) + 1]
        else:
            sp = doc[tok.sent.start:tok.sent.end]
        party = cand.roles.agent if cand.type == "concession" else None
        cand.terms = find_terms(sp, index, party, own_verb=cand.trigger)
        if cand.type == "demand" and cand.roles.agent is not None:
            _target_terms(ctx, cand)
        if cand.type == "concession" and party is not None:
            for term in cand.terms:
                term.party = party.actor
            if cand.term and _pulls_back(tok) and not any(t.issue == "withdrawal"
                                                           for t in cand.terms):
                # "to go back to its pre-invasion footing": a pullback whatever its noun
                end = sp.end
                while end > tok.i + 1 and doc[end - 1].dep_ in ("cc", "punct"):
                    end -= 1
                cand.terms.append(Term(party=party.actor, issue="withdrawal",
                                       text=doc[tok.i:end].text))
    trig = _trigger_for(cand, tok)
    if trig is not None and trig.needs_issue and not cand.terms:
        return None
    if etype.requires_agent and cand.roles.agent is None:
        return None
    cand.date = _date(ctx, cand.trigger)
    if _yet_to_come(ctx, cand):
        cand.modality = "hypothetical"  # "next week's talks", "talks in Geneva on Saturday"
    return cand


def _target_terms(ctx: DocContext, cand: Candidate) -> None:
    """ "X demanded that Y withdraw", "called on Y to withdraw", "demanded an Israeli
    withdrawal": whom a demand's terms bind is its target, a party of the demand."""
    agent = cand.roles.agent
    for term in cand.terms:
        bound = term.party
        if bound is None or agent is None or bound.code == agent.actor.code:
            continue
        named = [m for m in ctx.mentions
                 if m.actor.code == bound.code and m.actor.start == bound.start]
        span = ctx.doc.char_span(bound.start, bound.end) if bound.start is not None \
            and bound.end is not None else None
        if not named and span is not None:  # a nationality adjective ("Israeli withdrawal")
            named = [Mention(bound, span.start, span.end, ctx.sentence_index(span.start))]
        cand.roles.add_parties(named)


def _yet_to_come(ctx: DocContext, cand: Candidate) -> bool:
    """An outcome dated wholly after the document, from the text itself, has not happened.

    The date stage knows "next week's negotiations" or "will meet on 6 November" lie ahead
    of a dated report; such a meeting or deal cannot be narrated as done.
    """
    tok = ctx.doc[cand.trigger]
    if mod.realised(tok):
        return False  # "after the end of the Istanbul talks": a misdated past event
    if tok.dep_ in ("nsubj", "nsubjpass"):
        onset = mod.load_cues().onset
        verbs = [tok.head, *(c for c in tok.head.children if c.dep_ == "xcomp")]
        verbs += [g for a in tok.head.children if a.dep_ == "acomp"  # "is due to expire"
                  for g in a.children if g.dep_ == "xcomp"]
        if lemma(verbs[-1]) not in onset:
            return False  # "the truce is set to expire on Friday": the date is its end
    when, date_ = ctx.when, cand.date
    if (when is None or date_ is None or not date_.earliest or cand.type not in OUTCOME_TYPES
            or cand.modality not in ("asserted", "reported")
            or date_.basis not in ("explicit", "relative")):
        return False
    return date_.earliest > when.isoformat()


def _trigger_for(cand: Candidate, tok: Token) -> Trigger | None:
    found = match(tok, load_rules())
    return found[0] if found else None


def _date(ctx: DocContext, token_i: int) -> DateInterval:
    try:
        from parley.time import date_for
    except ImportError:
        return DateInterval()
    return date_for(ctx, token_i)


# --- document-level repairs ------------------------------------------------------------

def _resolve_references(candidates: list[Candidate], references: set[int]) -> None:
    """A definite deal under a modal ("would respect the truce") refers to an earlier one.

    With an earlier factual event of its type it becomes a mention of that event (it
    merges or is dropped); without one it stays a hypothetical event of its own.
    """
    factual: set[str] = set()
    for cand in sorted(candidates, key=lambda c: c.trigger):
        if cand.trigger in references and cand.type in factual:
            cand.modality = "reported" if cand.attributed else "asserted"
            cand.needs_antecedent = True
        elif cand.modality in ("asserted", "reported"):
            factual.add(cand.type)


def _resolve_pronoun_deals(
    ctx: DocContext, candidates: list[Candidate], twins: dict[int, int]
) -> list[Candidate]:
    """"they extended it": an extension of the nearest earlier agreement or ceasefire."""
    doc = ctx.doc
    out: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: c.trigger):
        tok = doc[cand.trigger]
        if cand.nominal or lemma(tok) not in EXTEND_VERBS or cand.anchor is None \
                or lemma(doc[cand.anchor]) not in PRONOUN_DEALS:
            out.append(cand)
            continue
        earlier = next((c for c in reversed(out) if c.type in REFERENCE_TYPES), None)
        if earlier is None:
            continue  # "it" names no deal we know of
        earlier = next((c for c in out if c.type == "ceasefire" and c.sentence == earlier.sentence
                        and c.trigger in twins.values()), earlier)  # a ceasefire agreement's truce
        cand.type = earlier.type
        out.append(cand)
    return out


def _retype_outside_halts(
    events: list[Candidate], by_token: dict[int, Candidate], ctx: DocContext
) -> None:
    """Acts on talks involve the talks' parties; an outsider halting talks obstructs them.

    "X suspended its talks with Y": talks "with" someone are the halting agent's own.
    """
    for ev in events:
        if ev.type not in ("suspension", "obstruction") or ev.anchor is None:
            continue
        talks = by_token.get(ev.anchor)
        if talks is None or talks is ev:
            continue
        parties = {m.actor.group for m in talks.roles.parties}
        agent = ev.roles.agent
        own_talks = any(c.dep_ == "prep" and lemma(c) == "with"
                        for c in ctx.doc[ev.anchor].children)
        # a mediator of the talks or of the process halting them suspends its own role
        brokers = {m.actor.group for m in (*talks.roles.mediators, *ev.roles.process,
                                           *talks.roles.process)}
        own_talks = own_talks or (agent is not None and agent.actor.group in brokers)
        if ev.type == "suspension" and agent is not None and parties and not own_talks and (
            agent.actor.group not in parties
        ):
            ev.type = "obstruction"
        ev.roles.add_parties(talks.roles.parties)


def _inherit_from_talks(events: list[Candidate]) -> None:
    """An agreement reached "during talks in Istanbul" happened where the talks were.

    With several talks in the sentence, the nearest ("a truce agreed after talks in Moscow
    ..., and a truce announced after meetings in Washington": each its own venue).
    """
    talks_by_sentence: dict[int, list[Candidate]] = {}
    for ev in events:
        if ev.type == "talks":
            for s in ev.sentences:
                talks_by_sentence.setdefault(s, []).append(ev)
    for ev in events:
        if ev.type in ("agreement", "ceasefire") and ev.modality != "hypothetical" \
                and not ev.unilateral:
            talks = nearest(ev, talks_by_sentence.get(ev.sentence, []))
            if talks is not None:
                ev.roles.location = ev.roles.location or talks.roles.location
                ev.roles.add_mediators(talks.roles.mediators)


IMPLICIT_TYPES = {"talks", "agreement", "ceasefire", "mediation", "suspension"}


def _fill_implicit_parties(events: list[Candidate]) -> None:
    """"the two sides signed a ceasefire": the parties are the pair the text is about.

    An outcome event naming fewer than two parties takes those of the nearest event
    (earlier first) that names at least two, minus its own mediators.
    """
    def pair(ev: Candidate) -> bool:
        if ev.roles.agent is not None or ev.type not in IMPLICIT_TYPES or ev.visit \
                or ev.type == "mediation":
            return False  # only events the sides share are donors, not "the US halted..."
        med = {m.actor.code for m in ev.roles.mediators}
        return len({m.actor.code for m in ev.roles.parties} - med) >= 2

    ordered = sorted(events, key=lambda e: e.trigger)
    for n, ev in enumerate(ordered):
        if ev.type not in IMPLICIT_TYPES or pair(ev) or ev.roles.agent is not None \
                or ev.unilateral or (ev.visit and len(groups(ev.roles.parties)) >= 2):
            continue  # a visit's visitor and host are its pair, not the document's sides
        donor = next((d for d in reversed(ordered[:n]) if pair(d)), None)
        donor = donor or next((d for d in ordered[n + 1:] if pair(d)), None)
        if donor is None:
            continue
        med = {m.actor.code for m in ev.roles.mediators}
        absent = {m.actor.group for m in ev.roles.absent}
        ev.roles.add_parties([
            m for m in donor.roles.parties
            if m.actor.code not in med and m.actor.group not in absent and m.actor.code not in {
                p.actor.code for p in ev.roles.parties}
        ])


def _home_dates(events: list[Candidate]) -> dict[int, DateInterval]:
    """A person mention's home event date: that of the dated event told in the mention's
    own sentence. An undated event that borrowed the mention ("These talks might have led
    to a truce", mediated by the then prime minister) codes the person by it, not by the
    article's date ("the former prime minister")."""
    homes: dict[int, DateInterval] = {}
    for ev in sorted(events, key=lambda e: e.trigger):
        if not ev.date.earliest:
            continue
        r = ev.roles
        for m in [*r.parties, *r.mediators, *([r.agent] if r.agent else [])]:
            if m.actor.kind == "person" and m.sentence in ev.sentences:
                homes.setdefault(m.start_token, ev.date)
    return homes


def _actor(m: Mention, when: DateInterval, homes: dict[int, DateInterval] | None = None
           ) -> Actor:
    if not when.earliest and homes:
        when = homes.get(m.start_token, when)
    actor = m.actor
    if actor.kind == "person" and when.earliest:
        try:
            from datetime import date

            from parley.actors import relink
        except ImportError:
            return actor
        until = date.fromisoformat(when.latest[:10]) if when.latest else None
        return relink(actor, date.fromisoformat(when.earliest[:10]), until=until)
    return actor


def _unique(actors: list[Actor]) -> list[Actor]:
    """One actor per code: the first mention stands for the rest."""
    seen: set[str] = set()
    out: list[Actor] = []
    for a in actors:
        if a.code not in seen:
            seen.add(a.code)
            out.append(a)
    return out


def _to_event(ctx: DocContext, cand: Candidate, ontology: Ontology,
              homes: dict[int, DateInterval] | None = None) -> Event:
    etype = ontology[cand.type]
    r = cand.roles
    filled = sum([len(r.parties) >= 2, r.location is not None, bool(r.mediators),
                  r.agent is not None])
    confidence = min(0.95, 0.45 + 0.1 * filled + 0.05 * (len(cand.sentences) - 1)
                     + (0.05 if not cand.nominal else 0.0))
    # Status only from cues (modifiers, governing verbs): most reports of a deal do not
    # say whether it is final, and "final" for a temporary truce is wrong.
    status = cand.status if cand.type in REFERENCE_TYPES else None
    return Event(
        id=ctx.make_id("ev", cand.type, cand.trigger),
        type=cand.type,
        status=status,  # type: ignore[arg-type]
        plover=etype.plover,
        cameo=etype.cameo,
        parties=_unique([_actor(m, cand.date, homes) for m in r.parties]),
        agent=_actor(r.agent, cand.date, homes) if r.agent else None,
        mediators=_unique([_actor(m, cand.date, homes) for m in r.mediators]),
        location=r.location,
        date=cand.date,
        modality=cand.modality,  # type: ignore[arg-type]
        source=_source(cand),
        terms=cand.terms,
        evidence=[ctx.evidence(s) for s in sorted(set(cand.sentences))],
        confidence=round(confidence, 2),
        trigger=cand.trigger_text,
    )


__all__ = ["extract_events", "place"]
