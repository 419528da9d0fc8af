"""Who takes part, who acts, who mediates and where: roles read off the dependency parse.

Handles subjects and objects, passives ("were halted by X"), prepositions ("between X
and Y", "with X", "mediated by X", "in Istanbul", "hosted by X"), coordination,
apposition and nominal modifiers ("Russia–Ukraine talks", "the Bennett-brokered
negotiations", "the Istanbul round").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from parley.datafiles import read_yaml
from parley.errors import RuleError
from parley.events.modality import independent_conjunct
from parley.events.ontology import DATA
from parley.events.triggers import Governor, has_particle, lemma
from parley.records import Location

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from parley.nlp.context import DocContext, Mention

MODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "appos", "npadvmod", "nummod"}
CLIMB_DEPS = {"xcomp", "advcl", "acl", "conj", "prep", "pcomp", "pobj", "dobj", "attr", "oprd",
              "acomp"}
TIME_NOUNS = {"year", "month", "week", "day", "hour", "time", "night", "weekend"}  # "spent months"
PRONOUNS = {"it", "they", "he", "she", "we", "its", "their", "his", "her", "our"}
RELATIVE = {"which", "who", "that", "whom"}
# not "back": a deal "backed by the UAE and Egypt" has supporters, not mediators
MEDIATOR_LEMMAS = {"mediate", "broker", "host", "facilitate", "sponsor", "convene",
                   "organise", "organize"}
PARTY_PREPS = {"between", "with", "among", "involving"}
ADDRESS_VERBS = {"speak", "talk", "write"}  # "spoke to his counterpart": the one addressed
# "with X acting as facilitators", "with X mediating", "with IGAD joining the mediators"
MEDIATOR_NOUNS = {"mediator", "facilitator", "guarantor", "host", "broker", "intermediary",
                  "go-between", "sponsor", "convener", "accompanier", "co-chair"}
# verbs whose prepositional object does what the complement says ("appealed to X to ...")
PREP_CONTROL = {"call": ("on", "upon"), "appeal": ("to",), "prevail": ("on", "upon")}
ROLE_VERBS = {"act", "serve", "join", "participate", "sit"}
# "under the auspices of X", "through Qatari mediation", "with the help of X"
AUSPICES_NOUNS = {"auspices", "auspex", "auspice", "mediation", "facilitation", "help", "aegis",
                  "sponsorship", "offices", "intermediary", "chairmanship"}
MEDIATION_NOUNS = {"mediation", "facilitation", "shuttle"}  # "the Saudi and US mediation"
PLACE_PREPS = {"in", "at"}
# "a truce announced by X", "the accord signed by X": X takes part in the event
INVOLVING_VERBS = {"announce", "declare", "agree", "sign", "reach", "negotiate", "conclude",
                   "accept", "initial", "ratify", "endorse", "propose", "offer", "draft",
                   "unveil", "present", "order", "call"}
PRESENCE_PREPS = {"during", "at", "throughout"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
PLACE_NOUNS = {"city", "capital", "town", "port", "resort", "village", "region", "province"}
# "the two sides", "both capitals", "the warring parties": the conflict's two sides
SIDE_NOUNS = {"side", "party", "belligerent", "delegation", "capital", "country", "government",
              "leader", "adversary", "foe", "rival", "enemy", "camp", "combatant", "negotiator",
              "neighbour", "neighbor", "team", "signatory"}
SIDE_COUNTS = {"both", "two"}
# "the two presidents", "both generals": counted leaders stand for the two sides
COUNTED_SIDES = {"president", "minister", "premier", "general", "commander", "chief", "envoy"}
OFFICE_WORDS = {"foreign", "prime", "defence", "defense", "top", "senior"}  # "foreign ministers"
SIDE_ADJECTIVES = {"warring", "war", "opposing", "rival", "belligerent", "negotiating", "feuding",
                   "conflicting", "fighting", "contending"}
DEFINITE_SIDES = {"side", "party", "delegation", "belligerent", "signatory"}  # "the parties"
# "government and rebel negotiators", "army and RSF delegations": a pair of camps names both
SIDE_KINDS = {"government", "rebel", "guerrilla", "insurgent", "army", "military", "militia",
              "paramilitary", "opposition", "separatist", "state", "federal", "regional"}
# people who speak or act for someone named after "to/for": "an adviser to Iran's leader"
AIDE_NOUNS = {"adviser", "advisor", "aide", "spokesman", "spokeswoman", "spokesperson",
              "counsellor", "counselor"}
CAST_PREPS = {"as", "among"}  # "with Cuba and Norway as guarantors / among the guarantors"
# "proposed that X ...": the subject of the proposed clause is who the proposal is about
PROPOSING_VERBS = {"propose", "suggest", "recommend"}
# "that idea", "this plan": a demonstrative proposal noun points back to an earlier one
PROPOSAL_NOUNS = {"idea", "proposal", "plan", "offer", "initiative", "suggestion", "formula"}


@dataclass(frozen=True)
class RoleWords:
    """Role vocabulary from ``data/roles.yaml`` (see the comments there)."""

    support_roles: frozenset[str]
    convener_nouns: frozenset[str]
    agent_preps: frozenset[str]
    generic_rounds: frozenset[str]
    arrival_verbs: frozenset[str]
    resume_verbs: frozenset[str]
    additive_adverbs: frozenset[str]
    frame_nouns: frozenset[str]


def parse_role_words(raw: Any, source: str) -> RoleWords:
    """Validate ``roles.yaml``: each key a non-empty list of lemmas."""
    keys = ("support_roles", "convener_nouns", "agent_preps", "generic_rounds",
            "arrival_verbs", "resume_verbs", "additive_adverbs", "frame_nouns")
    problems = [f"{source}: {key}: expected a list of lemmas" for key in keys
                if not isinstance(raw, dict) or not isinstance(raw.get(key), list)
                or not raw[key] or not all(isinstance(w, str) and w.strip() for w in raw[key])]
    if problems:
        raise RuleError("; ".join(problems))
    return RoleWords(*(frozenset(w.strip().lower() for w in raw[key]) for key in keys))


@lru_cache(maxsize=1)
def role_words() -> RoleWords:
    path = DATA / "roles.yaml"
    return parse_role_words(read_yaml(path), str(path))


def generic_rounds(noun: Token) -> bool:
    """"various rounds of talks", "repeated talks": a plural event noun (or the plural noun
    it hangs on) that a quantifier marks as many meetings, not one."""
    words = role_words().generic_rounds
    nouns = [noun]
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        nouns.append(noun.head.head)  # "rounds of talks"
    return any(n.tag_ in ("NNS", "NNPS") and any(
        c.dep_ in ("amod", "det", "nummod") and lemma(c) in words for c in n.children)
        for n in nouns)


def _support_noun(tok: Token) -> bool:
    """"observer", "witness", "co-organiser" (the tokenizer may split the prefix off)."""
    words = role_words().support_roles
    if lemma(tok) in words or tok.lower_ in words:
        return True
    prefix = tok.doc[tok.i - 2:tok.i] if tok.i >= 2 else None
    return prefix is not None and prefix[1].text in ("-", "–") and \
        f"{prefix[0].lower_}-{lemma(tok)}" in words


def cast_in_support(verb: Token) -> bool:
    """"attended the meeting as observers", "signed the deal as witnesses": the verb's
    subject takes part in a supporting (third-party) role, not as a side. The parser may
    hang the closing "as" phrase on the object's last noun ("the meeting between the army
    and the RSF as observers")."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    # "held talks in Caracas, with Norway and Cuba as guarantors": the "as" phrase right
    # after a "with" phrase casts the with-phrase's actors, not the verb's subject
    cast_with = {w.right_edge.i + 1 for w in preps if lemma(w) == "with"}
    preps = [c for c in preps if c.i not in cast_with]
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        preps += [t for t in obj.subtree if t.dep_ == "prep" and t.i == obj.right_edge.i - 1]
    return any(lemma(c) == "as" and any(
        g.dep_ == "pobj" and (_support_noun(g) or _mediator_noun(g)) for g in c.children)
        for c in preps)


def inviters(pobj: Token, index: MentionIndex) -> list[Mention]:
    """"at the invitation of Malaysia", "at Qatar's invitation": who convened the meeting."""
    if lemma(pobj) not in role_words().convener_nouns:
        return []
    found: list[Mention] = []
    for child in pobj.children:
        if child.dep_ == "poss":
            found += index.of_group(child)
        elif child.dep_ == "prep" and lemma(child) in ("of", "from"):
            found += [m for g in child.children if g.dep_ == "pobj" for m in index.of_group(g)]
    return found


@dataclass
class Roles:
    parties: list[Mention] = field(default_factory=list)
    agent: Mention | None = None
    mediators: list[Mention] = field(default_factory=list)
    location: Location | None = None
    sides: list[Mention] = field(default_factory=list)  # the conflict's two sides (context)
    process: list[Mention] = field(default_factory=list)  # the document's mediators (context)
    # "a peace conference opened in Switzerland without Russia": named as absent, never a
    # party by bridging
    absent: list[Mention] = field(default_factory=list)

    def add_parties(self, mentions: list[Mention]) -> None:
        for m in mentions:
            if all(not same_mention(m, p) for p in self.parties):
                self.parties.append(m)

    def add_mediators(self, mentions: list[Mention]) -> None:
        for m in mentions:
            if all(not same_mention(m, p) for p in self.mediators):
                self.mediators.append(m)


def same_mention(a: Mention, b: Mention) -> bool:
    """One mention read twice; "the mediators" may carry several actors on one span."""
    return a.start_token == b.start_token and a.actor.group == b.actor.group


class MentionIndex:
    """Token → mention lookup built once per document (``ctx.mention_at`` is linear)."""

    def __init__(self, ctx: DocContext, opaque: frozenset[str] = frozenset()) -> None:
        self.ctx = ctx
        self.opaque = opaque  # event nouns: "the Bennett-brokered talks" is not Bennett
        self.at: dict[int, Mention] = {}  # the first mention on each token
        self.every: dict[int, list[Mention]] = {}  # all of them, one per group
        for m in ctx.mentions:
            for i in range(m.start_token, m.end_token):
                self.at.setdefault(i, m)
                found = self.every.setdefault(i, [])
                if all(f.actor.group != m.actor.group for f in found):
                    found.append(m)
        self._sides: list[Mention] | None = None
        self._process: list[Mention] | None = None
        self._brokers: set[int] | None = None  # first tokens of mediator and host mentions
        self._demonyms: dict[int, Mention | None] = {}
        self._breaks: list[int] | None = None

    def process_mediators(self, tok: Token | None = None) -> list[Mention]:
        """Who mediates the process the document is about (computed once per document).

        With ``tok``, only those named before its sentence or in its paragraph: mediators
        a story names at the end ("the guarantors said they remained ready") are no
        evidence that the deal or round it narrated earlier was mediated by them.
        """
        if self._process is None:
            self._process = _process_mediators(self)
        if tok is None:
            return self._process
        here = self.paragraph(tok.i)
        return [m for m in self._process
                if m.start_token < tok.sent.end or self.paragraph(m.start_token) == here]

    def paragraph(self, i: int) -> int:
        """The paragraph of token ``i``: the number of blank-line breaks before it."""
        if self._breaks is None:
            text = self.ctx.doc.text
            self._breaks = [k for k in range(len(text)) if text.startswith("\n\n", k)]
        from bisect import bisect_right

        return bisect_right(self._breaks, self.ctx.doc[i].idx)

    def all_at(self, i: int) -> list[Mention]:
        """Every mention on token ``i`` ("the mediators" after two were named)."""
        return self.every.get(i, [])

    def demonym(self, tok: Token) -> Mention | None:
        """A state named by a nationality adjective ("Egyptian mediation", "Qatari-brokered").

        Only for mediator slots: the actors stage leaves bare adjectives unlinked.
        """
        if tok.i in self.at:
            return self.at[tok.i]
        if tok.i not in self._demonyms:
            self._demonyms[tok.i] = _demonym_mention(self.ctx, tok)
        return self._demonyms[tok.i]

    def host(self, tok: Token) -> list[Mention]:
        """Who is visited at ``tok``: its actors, else the state of a named place ("Kyiv")."""
        found = self.of_group(tok)
        if found:
            return found
        loc = place(tok)
        if loc is None or not loc.country:
            return []
        found_state = _state_mention(self.ctx, tok, loc.country)
        return [found_state] if found_state is not None else []

    def mediator_group(self, tok: Token) -> list[Mention]:
        """Mediators on ``tok`` and its conjuncts, nationality adjectives included."""
        found = self.of_group(tok)
        for t in (tok, *tok.conjuncts):
            if t.i not in self.at and (m := self.demonym(t)) is not None:
                found.append(m)
            for child in t.children:
                if child.dep_ in ("amod", "compound", "nmod"):
                    # "Saudi, US and African mediators": each modifier, linked or adjectival
                    found += [m for c in (child, *child.conjuncts) if (
                        m := self.at.get(c.i) or self.demonym(c) or self.region(c)) is not None]
                elif child.dep_ == "appos":  # "the mediators, Qatar and Egypt,"
                    found += self.of_group(child)
            if lemma(t) in MEDIATOR_NOUNS and t.dep_ in ("compound", "nmod") \
                    and t.head.i in self.at:
                found += self._listed(t.head)  # "officials with mediators Qatar, Egypt and the US"
        return _dedupe(found)

    def _listed(self, head: Token) -> list[Mention]:
        """The names a mediator noun introduces, up to "as well as" (the sides follow it)."""
        stop = next((c.i for c in head.subtree if c.dep_ == "cc" and c.i > head.i
                     and lemma(c) == "as"), len(head.doc))
        return [m for t in (head, *head.conjuncts) if t.i < stop for m in self.all_at(t.i)]

    def region(self, tok: Token) -> Mention | None:
        """"African mediators", "Gulf mediators", "regional mediators": the organisation the
        adjective stands for, only when the text names it (``regions`` in the dictionaries).
        "regional" needs exactly one named regional body; no named body, no mediator."""
        from parley.actors import active_dictionary

        words = [tok.text.lower()]
        if tok.i > 0 and tok.nbor(-1).dep_ == "compound" and tok.nbor(-1).head is tok:
            words.insert(0, f"{tok.nbor(-1).text.lower()} {tok.text.lower()}")  # "East African"
        codes = next((c for w in words if (c := active_dictionary().regions.get(w))), None)
        if not codes:
            return None
        named = [m for m in self.ctx.mentions if m.actor.code in codes]
        if len({m.actor.code for m in named}) != 1:
            return None
        from parley.nlp.context import Mention as MentionRecord

        actor = named[0].actor.model_copy(update={"text": tok.text, "start": tok.idx,
                                                  "end": tok.idx + len(tok.text)})
        return MentionRecord(actor, tok.i, tok.i + 1, self.ctx.sentence_index(tok.i))

    def sides(self) -> list[Mention]:
        """The conflict's two sides, one mention each (computed once per document).

        Actors the text casts as mediators or hosts ("China brokered", "Kenyan-mediated
        talks") are not ranked as sides, so a frequently named broker never becomes a party.
        """
        if self._sides is None:
            self._sides = []  # "the two sides" inside a mediator phrase resolves to none
            mediating = {m.actor.group for m in _mediator_mentions(self)}
            self._sides = principal_sides(self.ctx, mediating)
        return self._sides

    def sentence_pair(self, tok: Token) -> list[Mention]:
        """"Malaysia hosted Thai and Cambodian leaders, and the two neighbours agreed ...":
        "the two sides" are the two states or groups named before it in its own sentence
        when exactly two are, leaving out hosts and mediators (subjects of "host",
        "broker", "mediate", ...; "Egypt and Qatar, the mediators") and organisations,
        when neither is one of the document's sides (a story that turns to another
        conflict). Otherwise the document's sides stand."""
        if self._brokers is None:
            self._brokers = set()  # "the two sides" inside a mediator phrase: no pair
            found = {m.start_token for _, got in _mediator_cues(self) for m in got}
            for verb in (v for v in self.ctx.doc
                         if v.pos_ == "VERB" and lemma(v) in MEDIATOR_LEMMAS):
                subj, _ = subject_tokens(verb, max_steps=1)
                found |= {m.start_token for t in subj for m in self.of_group(t)}
            self._brokers = found
        sent = tok.sent
        first = self._named_between(sent.start, tok.i)
        if not first and sent.start > 0 and not any(
                self.at.get(i) for i in range(sent.start, sent.end)):
            # "the Houthis and the US agreed to stop ... . Both parties confirmed it": a
            # sentence that names no one takes the pair of the sentence before
            first = self._coordinated_pair(self.ctx.doc[sent.start - 1].sent)
        if len(first) != 2 or set(first) & {m.actor.group for m in self.sides()}:
            return []  # "Erdogan urged Putin ...; the two sides": one of them is a side
        return list(first.values())

    def _named_between(self, start: int, end: int) -> dict[str, Mention]:
        """The states and groups first named in ``start:end``, hosts, brokers and
        organisations left out."""
        first: dict[str, Mention] = {}
        for i in range(start, end):
            m = self.at.get(i)
            if m is None or m.start_token != i or m.start_token in (self._brokers or set()):
                continue
            if m.actor.kind in ("organisation", "author") or _organisation(m.actor.group):
                continue
            first.setdefault(m.actor.group, m)
        return first

    def _coordinated_pair(self, sent: Span) -> dict[str, Mention]:
        """The last pair of states or groups coordinated in ``sent`` ("the Houthis and the
        United States"), speakers and brokers named beside them, and a pair cast as
        guarantors, left out."""
        for tok in reversed(list(sent)):
            if not tok.conjuncts or tok.dep_ == "conj" or _cast_as_mediators(tok):
                continue  # "with Norway and Cuba as guarantors": third parties, no pair
            found = {m.actor.group: m for t in (tok, *tok.conjuncts)
                     for m in ([self.at[t.i]] if t.i in self.at else [])
                     if m.start_token not in (self._brokers or set())
                     and m.actor.kind not in ("organisation", "author")
                     and not _organisation(m.actor.group)}
            if len(found) == 2:
                return found
        return {}

    def of_token(self, tok: Token, depth: int = 2) -> Mention | None:
        """The mention at ``tok``, else one in its modifiers or apposition."""
        if tok.i in self.at:
            return self.at[tok.i]
        if lemma(tok) in PRONOUNS or lemma(tok) in RELATIVE:
            return self.resolve_pronoun(tok)
        if depth == 0 or lemma(tok) in self.opaque:
            return None
        for child in tok.children:
            if child.dep_ in MODIFIER_DEPS:
                found = self.of_token(child, depth - 1)
                if found is not None:
                    return found
        return None

    def party_group(self, prep: Token, pobj: Token) -> list[Mention]:
        """``of_group``, and for "between"/"among" a side the parser hung on the other as
        a modifier ("between Zelensky and Belarusian President Lukashenko", with the first
        name parsed as ``nmod`` inside the last's phrase): the preposition needs two sides."""
        found = self.of_group(pobj)
        if lemma(prep) in ("between", "among") and len({m.actor.code for m in found}) < 2:
            for left in (c for c in pobj.subtree if c.i < pobj.i and c.dep_ == "nmod"):
                found += [m for m in self.of_group(left) if not any(
                    same_mention(m, f) for f in found)]
        return found

    def of_group(self, tok: Token) -> list[Mention]:
        """Mentions for ``tok`` and its conjuncts ("Russia and Ukraine").

        Also coordinated modifiers ("Armenian and Azerbaijani officials") and the
        "of" phrase of a delegation-like head ("delegations of the army and the RSF").
        """
        found: list[Mention | None] = []
        for t in (tok, *tok.conjuncts):
            if t.i not in self.at and (is_sides(t) or _sides_pronoun(t)):
                found += self.sentence_pair(t) or self.sides()
                continue
            if t.i not in self.at and (ante := _relative_antecedent(t)) is not None:
                while ante.dep_ == "conj" and ante.head is not ante:
                    ante = ante.head  # "Qatar and Egypt, which mediated": both of them
                found += self.of_group(ante)
                continue
            if t.i in self.every:
                found += self.every[t.i]
                for app in (c for c in t.children if c.dep_ == "appos" and c.conjuncts):
                    # "Saudi Arabia, the United States and IGAD": a list misparsed as an
                    # apposition (a named actor heading a coordination of its own)
                    if app.i in self.at:
                        found += [m for a in (app, *app.conjuncts) for m in self.all_at(a.i)]
            elif (owner := _reported_subject(t)) is not None and (
                speakers := self.of_group(owner)
            ):
                found += speakers  # "X and Y said they were ready"
            elif (ante := _demonstrative_antecedent(t)) is not None and self.of_token(t) is None:
                found += self.of_group(ante)  # "Hamas rejected that idea": Witkoff's proposal
                continue
            else:
                found.append(self.of_token(t))
            if t.i in self.at or lemma(t) in self.opaque:
                if t.i in self.at:
                    for child in t.children:
                        if child.dep_ in ("amod", "compound"):
                            found += [self.at.get(c.i) for c in (child, *child.conjuncts)]
                continue
            for child in t.children:
                if child.dep_ in ("amod", "compound"):
                    found += [m for c in child.conjuncts for m in self.all_at(c.i)]
                if found[-1] is None and child.dep_ == "prep" and (lemma(child) == "of" or (
                        lemma(t) in AIDE_NOUNS and lemma(child) in ("to", "for"))):
                    # "delegations of X and Y", "an adviser to Iran's leader"
                    for pobj in (g for g in child.children if g.dep_ == "pobj"):
                        found += [self.of_token(p) for p in (pobj, *pobj.conjuncts)]
        return _dedupe(found)

    def resolve_pronoun(self, tok: Token) -> Mention | None:
        """A relative pronoun's antecedent noun, or the nearest earlier subject mention."""
        if lemma(tok) in RELATIVE:
            head = tok.head
            while head.dep_ not in ("relcl", "ROOT") and head.head is not head:
                head = head.head
            return self.of_token(head.head, 1) if head.dep_ == "relcl" else None
        best = None
        for m in self.ctx.mentions:
            if m.end_token > tok.i:
                break
            if tok.i - m.start_token > 80:
                continue
            if best is None or any(self.ctx.doc[k].dep_ in ("nsubj", "nsubjpass")
                                   for k in range(m.start_token, m.end_token)):
                best = m  # "the army-led government": the subject is the phrase's head
        return best


# "under joint Saudi and American sponsorship", "through Egyptian mediation"
PROCESS_NOUNS = (AUSPICES_NOUNS | MEDIATION_NOUNS) - {"help", "offices", "chairmanship"}


def _process_mediators(index: MentionIndex) -> list[Mention]:
    """Mediators the document states anywhere, whatever event they attach to.

    "Qatari and Egyptian mediators", "the mediators" (linked to those named earlier),
    "under Saudi and American sponsorship", "X brokered / mediated / facilitated ...",
    "with X acting as guarantors". Offers and denials ("IGAD offered to host",
    "did not mediate") name no mediator; neither side of the conflict is one.
    """
    side_groups = {m.actor.group for m in index.sides()}
    found = [m for tok, got in _mediator_cues(index)
             if not _between_others(tok, index, side_groups) for m in got]
    return [m for m in _dedupe(found) if m.actor.group not in side_groups]


def _cast_objects(noun: Token, index: MentionIndex) -> list[Mention]:
    """"agreed to ratify Cuba, Norway and Venezuela as guarantor countries", "named Kenya
    as mediator": the objects of the verb that casts them in a mediating role."""
    role = noun.head if noun.dep_ == "compound" else noun  # "guarantor countries"
    prep = role.head
    if role.dep_ != "pobj" or prep.dep_ != "prep" or lemma(prep) != "as":
        return []
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return [m for obj in verb.children if obj.dep_ == "dobj" for m in index.of_group(obj)]


def _between_others(cue: Token, index: MentionIndex, side_groups: set[str]) -> bool:
    """"Saudi Arabia and Iran agreed ..., in a deal brokered by China", "Riyadh signed a
    Chinese-brokered deal to restore relations with Iran": the broker of a deal one of whose
    named signatories is no side of the document's conflict mediates another process."""
    if not side_groups:
        return False
    if cue.dep_ == "acl" and cue.head.dep_ == "pobj":
        verb = cue.head.head.head  # "agreed ..., in a deal brokered by X"
    elif cue.dep_ in ("amod", "compound") and cue.head.dep_ in ("dobj", "nsubjpass"):
        verb = cue.head.head  # "signed an X-brokered deal"
    elif cue.dep_ == "acl" and cue.head.dep_ in ("dobj", "nsubjpass"):
        verb = cue.head.head  # "signed a deal brokered by X"
    else:
        return False
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    subj, _ = subject_tokens(verb)
    named = {m.actor.group for t in subj for m in index.of_group(t)}
    for clause in (c for c in verb.subtree if c.dep_ == "prep" and lemma(c) == "with"
                   and c.i > verb.i):  # "... to restore relations with Iran"
        named |= {m.actor.group for g in clause.children if g.dep_ == "pobj"
                  for m in index.of_group(g)}
    mediators = {m.actor.group for m in index.mediator_group(cue)}
    named -= mediators
    return bool(named - side_groups)


def _mediator_mentions(index: MentionIndex) -> list[Mention]:
    """Every actor cast as a mediator in a factual clause (see ``_process_mediators``)."""
    return _dedupe([m for _, got in _mediator_cues(index) for m in got])


def _mediator_cues(index: MentionIndex) -> list[tuple[Token, list[Mention]]]:
    """Each factual mediator cue with the actors it casts as mediators."""
    from parley.events.modality import is_hypothetical, is_negated

    found: list[tuple[Token, list[Mention]]] = []
    for tok in index.ctx.doc:
        word = lemma(tok)
        if tok.pos_ == "NOUN" and word in MEDIATOR_NOUNS - {"host"}:
            got = index.mediator_group(tok) + _cast_objects(tok, index)
        elif tok.pos_ == "NOUN" and word in PROCESS_NOUNS:
            got = mediators_of(tok, index) or []
        elif tok.pos_ == "VERB" and (word in MEDIATOR_LEMMAS - {"host"} or (
                word in ROLE_VERBS and _mediating(tok)) or _brings_together(tok)):
            subj, _ = subject_tokens(tok, max_steps=1)
            got = [m for t in subj for m in index.mediator_group(t)]
            got = got or _prefixed_brokers(tok, index)
        else:
            continue
        if got and not is_negated(tok, None) and not is_hypothetical(tok, None):
            found.append((tok, got))
    return found


def _prefixed_brokers(verb: Token, index: MentionIndex) -> list[Mention]:
    """"China-brokered talks", "a Qatari-mediated truce", "the US- and Saudi-facilitated
    round": a participle that pre-modifies a noun casts the actor hyphened onto it (the
    parser hangs it on the participle) as the mediator, not a side of the talks."""
    if verb.dep_ not in ("amod", "compound", "nmod") or verb.i == 0:
        return []
    found: list[Mention] = []
    for child in verb.children:
        if child.i >= verb.i or child.dep_ not in ("npadvmod", "compound", "nmod", "amod"):
            continue
        if not any(t.text in ("-", "–") for t in verb.doc[child.i + 1:verb.i]):
            continue  # "China brokered" is a clause with a subject; this needs the hyphen
        for t in (child, *child.conjuncts):
            m = index.at.get(t.i) or index.demonym(t)
            if m is not None:
                found.append(m)
    return _dedupe(found)


def _their_pair(tok: Token, index: MentionIndex) -> list[Mention]:
    """"thanked Somalia's president and Ethiopia's prime minister for their reconciliation":
    a plural possessive before an event noun is the coordinated actors named last before
    it in the sentence, when they are of two or more groups."""
    if lemma(tok) not in ("their", "they") or tok.dep_ != "poss":
        return []
    for cand in reversed(tok.doc[tok.sent.start:tok.i]):
        if not cand.conjuncts or cand.dep_ == "conj":
            continue  # the first conjunct heads the coordination
        found = index.of_group(cand)
        if len({m.actor.group for m in found}) >= 2:
            return found
        return []
    return []


def broker_subject(tok: Token) -> bool:
    """"Saudi and US mediators announced ...", "the mediators said they regretted ...": a
    subject that names the brokers (directly, or as the pronoun of a mediator speaker) acts
    as a third party, never as a side of the talks or deal it speaks of."""
    if lemma(tok) in MEDIATOR_NOUNS | MEDIATION_NOUNS:
        return True
    speaker = _reported_subject(tok) if lemma(tok) in PRONOUNS else None
    return speaker is not None and lemma(speaker) in MEDIATOR_NOUNS


def _relative_antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun stands for ("the States" in "the States, which ...")."""
    if lemma(tok) not in RELATIVE or tok.tag_ not in ("WDT", "WP"):
        return None
    head = tok.head
    while head.dep_ not in ("relcl", "ROOT") and head.head is not head:
        head = head.head
    return head.head if head.dep_ == "relcl" and head.head.i < tok.i else None


def _demonstrative_antecedent(tok: Token) -> Token | None:
    """"Israel endorsed a proposal from Witkoff ... Hamas rejected that idea": the author of
    the proposal named in this or the previous sentence ("from/by X", "X's")."""
    if lemma(tok) not in PROPOSAL_NOUNS or not any(
            c.dep_ == "det" and lemma(c) in ("that", "this") for c in tok.children):
        return None
    doc = tok.doc
    start = tok.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    for noun in reversed(doc[start:tok.i]):
        if lemma(noun) not in PROPOSAL_NOUNS or noun.pos_ != "NOUN":
            continue
        preps = [c for c in noun.children if c.dep_ == "prep"]
        if noun.dep_ == "dobj":  # "endorsed a proposal | from Witkoff": hung on the verb
            preps += [c for c in noun.head.children if c.dep_ == "prep" and c.i > noun.i]
        for child in (*noun.children, *preps):
            if child.dep_ == "poss":
                return child
            if child.dep_ == "prep" and lemma(child) in ("from", "by", "of"):
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        return None
    return None


def _sides_pronoun(tok: Token) -> bool:
    """"The two parties reached a deal. They also agreed to ...": a plural subject pronoun
    whose nearest earlier subject (this or the previous sentence) is the two sides."""
    if lemma(tok) != "they" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    sent = tok.sent
    start = sent.start
    if start > 0:
        start = tok.doc[start - 1].sent.start
    earlier = [t for t in tok.doc[start:tok.i] if t.dep_ in ("nsubj", "nsubjpass")]
    return bool(earlier) and is_sides(earlier[-1])


def _brings_together(verb: Token) -> bool:
    """"brought the two delegations together": convening the parties is mediating."""
    return lemma(verb) == "bring" and has_particle(verb, "together")


def _reported_subject(tok: Token) -> Token | None:
    """"X and Y said (that) they were ready": a subject pronoun's antecedent is the speaker."""
    if lemma(tok) not in ("they", "we", "it") or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = tok.head
    if clause.dep_ != "ccomp":
        return None
    speakers = [c for c in clause.head.children if c.dep_ == "nsubj"]
    if not speakers or lemma(speakers[0]) in PRONOUNS:
        return None
    plural = lemma(tok) in ("they", "we")
    if plural != bool(speakers[0].conjuncts or speakers[0].tag_ in ("NNS", "NNPS")):
        return None
    return speakers[0]


def _dedupe(found: Sequence[Mention | None]) -> list[Mention]:
    unique: list[Mention] = []
    for m in found:
        if m is not None and all(not same_mention(m, u) for u in unique):
            unique.append(m)
    return unique


def _demonym_mention(ctx: DocContext, tok: Token) -> Mention | None:
    """A state mention for a nationality adjective, built from the actors dictionary."""
    if tok.pos_ not in ("ADJ", "PROPN", "NOUN") or not tok.text[:1].isupper():
        return None
    from parley.actors import active_dictionary
    from parley.nlp.context import Mention as MentionRecord
    from parley.records import Actor

    d = active_dictionary()
    code = next((key for label, key in d.surfaces.get(tok.text, ()) if label == "demonym"), None)
    entity = d.entities.get(code) if code else None
    if entity is None or entity.kind != "state":
        return None
    actor = Actor(code=entity.code, country=entity.country or entity.code, name=entity.name,
                  kind="state", text=tok.text, start=tok.idx, end=tok.idx + len(tok.text))
    return MentionRecord(actor, tok.i, tok.i + 1, ctx.sentence_index(tok.i))


def _state_mention(ctx: DocContext, tok: Token, code: str) -> Mention | None:
    """A state mention on ``tok`` for the country ``code`` (a visited capital's state)."""
    from parley.actors import active_dictionary
    from parley.nlp.context import Mention as MentionRecord
    from parley.records import Actor

    entity = active_dictionary().entities.get(code)
    if entity is None or entity.kind != "state":
        return None
    actor = Actor(code=entity.code, country=entity.country or entity.code, name=entity.name,
                  kind="state", text=tok.text, start=tok.idx, end=tok.idx + len(tok.text))
    return MentionRecord(actor, tok.i, tok.i + 1, ctx.sentence_index(tok.i))


def is_sides(tok: Token) -> bool:
    """"the two sides", "both delegations", "the warring parties", "the parties"."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return False
    if lemma(tok) in COUNTED_SIDES and not any(
        c.dep_ in ("poss", "compound", "prep")
        or (c.dep_ == "amod" and lemma(c) not in OFFICE_WORDS) for c in tok.children
    ):
        return bool({lemma(c) for c in tok.children if c.dep_ in ("nummod", "det", "predet")}
                    & SIDE_COUNTS)  # "the two presidents"; not "the two Russian generals"
    if lemma(tok) not in SIDE_NOUNS:
        return False
    if any(c.dep_ in ("poss", "compound") or (c.dep_ == "prep" and lemma(c) == "of")
           for c in tok.children):
        return False  # "Ukraine's negotiators", "the parties of the left"
    words = {lemma(c) for c in tok.children}
    if words & SIDE_COUNTS or words & SIDE_ADJECTIVES:
        return True
    if any(c.dep_ in ("nmod", "amod", "compound") and lemma(c) in SIDE_KINDS
           and any(lemma(k) in SIDE_KINDS for k in c.conjuncts) for c in tok.children):
        return True  # "government and rebel negotiators"
    return lemma(tok) in DEFINITE_SIDES and "the" in words and not any(
        c.dep_ in ("amod", "relcl", "acl") for c in tok.children
    )


def principal_sides(ctx: DocContext, mediating: set[str] | None = None) -> list[Mention]:
    """The two sides of the conflict a document is about, as their first mentions.

    The conflict profile's belligerent states when there is one, else the states, groups
    and people mentioned most; organisations, their officials (a UN envoy) and the
    ``mediating`` groups (brokers and hosts) are never a side. Within one state (a civil
    war) the sides are its armed group and its government or army.
    """
    countries = set(getattr(ctx.profile, "countries", ()) or ())
    outside = {m.actor.code for m in ctx.mentions if m.actor.kind == "organisation"}
    outside |= {m.actor.group for m in ctx.mentions if _organisation(m.actor.group)}
    brokers = (mediating or set()) - countries
    if brokers - outside:
        found = _ranked_sides(ctx, countries, outside | brokers, lone_second=True)
        if found:
            return found  # else the "mediator" was a side ("the UN envoy to Libya")
    return _ranked_sides(ctx, countries, outside, lone_second=False)


def _organisation(code: str) -> bool:
    """An organisation's code ("UN" for its envoy): its officials are no conflict side."""
    from parley.actors.dictionary import active_dictionary

    entity = active_dictionary().entities.get(code)
    return entity is not None and entity.kind == "organisation"


def _ranked_sides(
    ctx: DocContext, countries: set[str], outside: set[str], lone_second: bool
) -> list[Mention]:
    """The two most mentioned groups not ``outside`` (see ``principal_sides``).

    A second side named once counts only once the brokers are set aside (``lone_second``):
    with them gone, what remains is the pair they bring together.
    """
    by_group: dict[str, Counter[str]] = {}
    first: dict[str, Mention] = {}
    for m in ctx.mentions:
        actor = m.actor
        if actor.kind in ("author", "organisation") and actor.group not in countries:
            continue
        if actor.group in outside and actor.group not in countries:
            continue
        if countries and actor.group not in countries:
            continue
        by_group.setdefault(actor.group, Counter())[actor.code] += 1
        first.setdefault(actor.code, m)
    ranked = sorted(by_group, key=lambda g: -sum(by_group[g].values()))
    if not countries and len(ranked) >= 2 and (civil := _civil_war(by_group, ranked)):
        return [first[c] for c in civil]
    if len(ranked) >= 2 and (countries or sum(by_group[ranked[1]].values()) >= 2
                             or (lone_second and len(ranked) == 2)):
        return [first[by_group[g].most_common(1)[0][0]] for g in ranked[:2]]
    if not ranked:
        return []
    codes = [c for c, _ in by_group[ranked[0]].most_common()]
    groups_ = {m.actor.code for m in ctx.mentions if m.actor.kind == "group"}  # "Haftar" first
    armed = [c for c in codes if c in groups_]
    state = [c for c in codes if c not in groups_]
    if len(ranked) > 1:  # outsiders named once each: a civil war if it has both camps
        picked = (armed[:1] + state[:1]) if armed and state else []
    else:
        picked = (armed[:1] + state[:1]) if armed and state else codes[:2]
    return [first[c] for c in picked]


def _civil_war(by_group: dict[str, Counter[str]], ranked: list[str]) -> list[str]:
    """The armed group and its own state when the most named country holds both camps.

    "the MNDAA and the junta ... Chinese officials said": a civil war (an armed group
    fighting the state it belongs to, and that state's government, army or leaders) is the
    conflict, and an outside state named no more often than the state's own side is a
    broker or a bystander, not a side. The group must be named at least twice. A group
    that fights another state (Hezbollah, Hamas) leaves its country's government out.
    """
    from parley.actors.dictionary import active_dictionary

    d = active_dictionary()
    top = ranked[0]
    codes = [c for c, _ in by_group[top].most_common()]
    kinds = {c: (e.kind if (e := d.entities.get(c)) else None) for c in codes}
    armed = [c for c in codes if kinds[c] == "group" and d.fights.get(c, top) == top]
    state = [c for c in codes if kinds[c] != "group" and c[3:] in ("", "GOV", "MIL")]
    if not armed or not state or by_group[top][armed[0]] < 2:
        return []  # "... accused Kinshasa of backing the FDLR": a group named in passing
    own_side = sum(by_group[top][c] for c in state)
    if own_side < sum(by_group[ranked[1]].values()):
        return []
    return [armed[0], state[0]]


def place(tok: Token) -> Location | None:
    """A place named by ``tok``: the actors' gazetteer first, else a place entity.

    "the Saudi city of Jeddah", "the Ethiopian capital, Addis Ababa": the named place.
    """
    from parley.actors import lookup_place

    if tok.pos_ == "NOUN" and lemma(tok) in PLACE_NOUNS:
        for child in tok.children:
            if child.dep_ == "appos":
                return place(child)
            if child.dep_ == "prep" and lemma(child) == "of":
                named = [g for g in child.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
                if named:
                    return place(named[0])
    span = _entity_span(tok)
    found = lookup_place(span or tok.text)
    if found is not None:
        return found
    if tok.ent_type_ in PLACE_LABELS and span:
        return Location(name=span)
    return None


def _entity_span(tok: Token) -> str | None:
    doc = tok.doc
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent.text
    return None


def subject_tokens(tok: Token, max_steps: int = 6) -> tuple[list[Token], bool]:
    """The acting subject of ``tok``, climbing through control and attachment.

    Returns the subject tokens and whether they came from a passive ``by`` phrase.
    """
    cur = tok
    for _ in range(max_steps):
        for child in cur.children:
            if child.dep_ == "agent":
                pobj = [g for g in child.children if g.dep_ == "pobj"]
                if pobj:
                    return pobj, True
        subj = [c for c in cur.children if c.dep_ == "nsubj"]
        for aux in (c for c in cur.children if c.dep_ in ("aux", "auxpass")):
            subj += [g for g in aux.children if g.dep_ == "nsubj"]  # a parser quirk
        dated = _dated_subject(cur)
        if dated is not None and (not subj or (subj[0].pos_ == "NOUN" and subj[0].i > dated.i)):
            # "On 10 March Saudi Arabia and Iran, the Houthis' main backer, agreed": the
            # common noun the parser took as subject is an apposition to the swallowed name
            return [dated], False
        if subj:
            return subj, False
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.pos_ == "PROPN":
            return [cur.head], False  # "Ghana, acting as intermediary, ...": the noun acts
        if cur.pos_ in ("NOUN", "PROPN"):
            poss = [c for c in cur.children if c.dep_ == "poss"]
            if poss:
                return poss, False
        if cur.dep_ not in CLIMB_DEPS or cur.head is cur:
            break
        if independent_conjunct(cur):
            # "X said soldiers would try to break out, and called on both sides": the
            # coordination is with the clause above the content, whose subject acts
            cur = cur.head
            while cur.dep_ in ("ccomp", "xcomp", "conj") and cur.head is not cur:
                cur = cur.head
            continue
        if cur.dep_ == "xcomp" and cur.pos_ in ("VERB", "AUX"):
            # the object before the complement controls it; one after it is an appended
            # phrase ("offered to host a meeting, an offer neither side took up")
            controller = [c for c in cur.head.children if c.dep_ == "dobj" and c.i < cur.i
                          and c.ent_type_ not in ("DATE", "TIME") and lemma(c) not in TIME_NOUNS]
            if controller and lemma(cur.head) != "promise":
                return controller, False  # "X pressed A and B to reach a deal": A and B reach it
            controller = [g for c in cur.head.children if c.dep_ == "prep" and c.i < cur.i
                          and lemma(c) in PREP_CONTROL.get(lemma(cur.head), ())
                          for g in c.children if g.dep_ == "pobj"]
            if controller:
                return controller, False  # "called on A and B to resume talks": A and B resume
        cur = cur.head
    return [], False


MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"}


def _dated_subject(verb: Token) -> Token | None:
    """"On 10 March Saudi Arabia and Iran agreed": the parser swallows the subject into the
    fronted date phrase (the name becomes the object of "On", the date its modifiers)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for when in verb.children:  # "the day after the leaders of X and Y visited Kyiv"
        if when.dep_ == "npadvmod" and when.i < verb.i and lemma(when) in TIME_NOUNS:
            for prep in (c for c in when.children if c.dep_ == "prep"
                         and lemma(c) in ("after", "before")):
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ in ("NOUN", "PROPN") \
                        and pobj.right_edge.i + 1 == verb.i:
                    return pobj
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i or lemma(prep) not in ("on", "in", "by"):
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN" and pobj.text.lower() not in MONTHS \
                    and any(c.i < pobj.i and c.dep_ in ("compound", "nummod")
                            and c.text.lower() in MONTHS for c in pobj.children):
                return pobj
    return None


def object_actors(tok: Token, index: MentionIndex) -> list[Mention]:
    """Actors in the direct object, "with X" or "between X and Y" of a predicate."""
    found: list[Mention] = []
    for child in tok.children:
        if child.dep_ in ("dobj", "dative"):
            found.extend(index.of_group(child))
            for prep in (g for g in child.children if g.dep_ == "prep" and lemma(g) == "with"):
                # "discussed the corridor with Putin": the phrase hung on the object
                found.extend(m for p in prep.children if p.dep_ == "pobj"
                             for m in index.of_group(p))
        elif child.dep_ == "ccomp" and lemma(tok) in PROPOSING_VERBS and any(
                g.dep_ == "mark" and lemma(g) == "that" for g in child.children):
            # "proposed that Turkey and the UN continue the arrangement": who is to act
            for subj in (g for g in child.children if g.dep_ == "nsubj"):
                found.extend(index.of_group(subj))
        elif child.dep_ == "ccomp" and any(g.dep_ == "aux" and lemma(g) == "to"
                                           for g in child.children):
            # "wants the AU to convene a meeting", parsed as the subject of a clause
            for subj in (g for g in child.children if g.dep_ == "nsubj"):
                found.extend(index.of_group(subj))
        elif child.dep_ == "prep" and lemma(child) == "with" and _joint_meeting(tok, index):
            continue  # "A and B met with C": C hosts them (``prep_roles``), no third party
        elif child.dep_ == "prep" and (lemma(child) in PARTY_PREPS or (
                lemma(child) == "to" and lemma(tok) in ADDRESS_VERBS)):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and not (lemma(child) == "with" and _cast_as_mediators(
                        pobj)):  # "met ..., with the US as co-organiser": a third party
                    found.extend(index.party_group(child, pobj))
    return found


def prep_roles(tok: Token, roles: Roles, index: MentionIndex, by_role: str | None) -> None:
    """Parties, location and mediators from ``tok``'s prepositions and participles.

    Also hands the roles the document's two sides, for later bridging (``coref``).
    """
    if not roles.sides:
        roles.sides = index.sides()
        roles.process = index.process_mediators(tok)
    roles.add_mediators(absolute_mediators(tok, index))
    _message_carriers(tok, roles, index)
    for subj in (c for c in tok.children if c.dep_ == "nsubj" and lemma(c) in MEDIATOR_NOUNS):
        found = index.mediator_group(subj)  # "Saudi and US mediators met the army's envoys"
        roles.parties = [m for m in roles.parties if not any(same_mention(m, f) for f in found)]
        if roles.agent is not None and any(same_mention(roles.agent, f) for f in found):
            roles.agent = None
        roles.add_mediators(found)
    for child in tok.children:
        if child.dep_ in ("prep", "agent"):
            word = lemma(child)
            pobjs = [g for g in child.children if g.dep_ == "pobj"]
            for pobj in pobjs:
                if word in ("with", "under", "through", "via") and (
                    mediators := mediators_of(pobj, index)
                ) is not None:
                    roles.add_mediators(mediators)
                elif word == "with" and _joint_meeting(tok, index):
                    roles.add_mediators(index.of_group(pobj))  # "A and B met with C": C hosts
                elif word in PARTY_PREPS:
                    roles.add_parties(index.party_group(child, pobj))
                elif word == "without":
                    roles.absent += index.of_group(pobj)  # "opened ... without Russia"
                elif word in ("at", "on", "upon") and (found := inviters(pobj, index)):
                    roles.add_mediators([m for m in found if all(
                        m.actor.group != p.actor.group for p in roles.parties)])
                elif word in PLACE_PREPS and roles.location is None:
                    roles.location = place(pobj)
                    for prep in pobj.children:  # "talks in the city of X between A and B"
                        if prep.dep_ == "prep" and lemma(prep) in PARTY_PREPS - {"with"}:
                            for g in (g for g in prep.children if g.dep_ == "pobj"):
                                roles.add_parties(index.of_group(g))
                        elif prep.dep_ == "prep" and lemma(prep) == "with" \
                                and _joint_meeting(tok, index):
                            # "A and B met in Prague with C and D": the pair met, C and D
                            # received them (hosts), the parser hangs "with" on the place
                            roles.add_mediators([m for g in prep.children if g.dep_ == "pobj"
                                                 for m in index.of_group(g)])
                elif word == "by" and by_role == "mediators":
                    roles.add_mediators(index.mediator_group(pobj))
                elif word in role_words().agent_preps and by_role == "agent" \
                        and roles.agent is None:
                    group = index.of_group(pobj)  # "a plan by X", "a request from X"
                    roles.agent = group[0] if group else None
        elif child.dep_ == "acl" and child.pos_ == "VERB":
            # "talks mediated by X", "negotiations hosted by X", "talks held in Jeddah"
            mediating = lemma(child) in MEDIATOR_LEMMAS
            for grand in child.children:
                if grand.dep_ in ("agent", "prep"):
                    for pobj in (g for g in grand.children if g.dep_ == "pobj"):
                        if lemma(grand) == "by" and mediating:
                            roles.add_mediators(index.mediator_group(pobj))
                        elif lemma(grand) == "by" and lemma(child) in INVOLVING_VERBS:
                            roles.add_parties(index.of_group(pobj))  # "a truce announced by X"
                        elif lemma(grand) in ("with", "under", "through", "via") and (
                            helpers := mediators_of(pobj, index)
                        ) is not None:  # "a deal brokered by X with the help of Y"
                            roles.add_mediators(helpers)
                        elif lemma(grand) in PLACE_PREPS and roles.location is None:
                            roles.location = place(pobj)
                        elif lemma(grand) in PARTY_PREPS:
                            roles.add_parties(index.of_group(pobj))
            if any(g.dep_ == "aux" and lemma(g) == "to" for g in child.children):
                # "a deal to restore relations with Iran": the purpose names the counterpart
                for obj in (g for g in child.children if g.dep_ == "dobj"):
                    roles.add_parties([m for prep in obj.children if prep.dep_ == "prep"
                                       and lemma(prep) == "with" for g in prep.children
                                       if g.dep_ == "pobj" for m in index.of_group(g)])


def _joint_meeting(verb: Token, index: MentionIndex) -> bool:
    """"A and B met": a meeting verb whose own subject already names two camps."""
    if lemma(verb) != "meet" or verb.pos_ != "VERB":
        return False
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    return len({m.actor.group for t in subj for m in index.of_group(t)}) >= 2


def mediators_of(pobj: Token, index: MentionIndex) -> list[Mention] | None:
    """Mediators named by a prepositional object, or None when it names none.

    "with X acting as facilitators", "with X mediating", "under the auspices of X",
    "under AU auspices", "through Qatari mediation", "with the help of X".
    """
    if _mediator_noun(pobj):  # "through Turkish and UN mediators"
        return index.mediator_group(pobj) or None
    if _cast_as_mediators(pobj):  # "with Cuba and Norway as guarantors"
        return index.mediator_group(pobj) or None
    if lemma(pobj) in AUSPICES_NOUNS:
        found: list[Mention] = []
        if pobj.dep_ == "compound":  # "the African Union mediation team": the team's owner
            found += [index.at[c.i] for c in pobj.head.children if c.i < pobj.i
                      and c.dep_ in ("compound", "amod", "nmod") and c.i in index.at]
        for child in pobj.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod"):
                found += index.mediator_group(child)
            elif child.dep_ == "prep" and lemma(child) in ("of", "by", "from"):
                for g in child.children:
                    if g.dep_ == "pobj":
                        found += index.of_group(g)
        return found or None
    for child in pobj.children:
        if child.dep_ in ("acl", "relcl", "amod", "advcl") and _mediating(child):
            return index.mediator_group(pobj)
    return None


def _cast_as_mediators(pobj: Token) -> bool:
    """"with X and Y as guarantors", "with X among the guarantor countries".

    The parser hangs the "as/among" phrase on the object or on the verb next to it.
    """
    preps = [c for c in pobj.children if c.dep_ == "prep"]
    if pobj.head.dep_ == "prep":
        preps += [c for c in pobj.head.head.children
                  if c.dep_ == "prep" and c.i > pobj.i and c.i <= pobj.right_edge.i + 2]
    for prep in preps:
        if lemma(prep) not in CAST_PREPS:
            continue
        for role in (g for g in prep.children if g.dep_ == "pobj"):
            if _mediator_noun(role) or _support_noun(role) or any(
                c.dep_ in ("compound", "amod", "nmod") and lemma(c) in MEDIATOR_NOUNS
                for c in role.children
            ):
                return True
    return False


def absolute_mediators(tok: Token, index: MentionIndex) -> list[Mention]:
    """"..., with X acting as facilitators / serving as guarantors / mediating"."""
    clauses = []
    for verb in (tok, *tok.conjuncts):
        for child in verb.children:
            if child.dep_ == "prep" and lemma(child) == "with":
                clauses += [g for g in child.children if g.dep_ == "pcomp"]
            elif child.dep_ == "advcl" and any(
                g.dep_ == "mark" and lemma(g) == "with" for g in child.children
            ):
                clauses.append(child)
    found: list[Mention] = []
    for clause in clauses:
        if not _mediating(clause):
            continue
        for child in clause.children:
            if child.dep_ == "nsubj":
                found += index.mediator_group(child)
            elif child.dep_ == "prep" and lemma(child) == "as":  # "as guarantors and X as ..."
                roles_as = [c for c in clause.children if c.dep_ == "prep" and lemma(c) == "as"]
                for pobj in (g for g in child.children if g.dep_ == "pobj"):
                    found += [index.at[c.i] for c in pobj.conjuncts if c.i in index.at
                              and _cast_role(c, roles_as)]
    return found


def _message_carriers(noun: Token, roles: Roles, index: MentionIndex) -> None:
    """"The deal followed weeks of indirect negotiations in Doha, with Qatari mediators
    passing messages between Israeli officials and Hamas": the absolute clause on the verb
    whose object the talks are names their mediators and, after "between", their parties."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return
    obj = noun
    if obj.dep_ == "pobj" and lemma(obj.head) == "of" and obj.head.head.pos_ == "NOUN":
        obj = obj.head.head  # "weeks of negotiations"
    verb = obj.head if obj.dep_ == "dobj" else (  # "followed weeks of talks"
        obj.head.head if obj.dep_ == "pobj" and obj.head.dep_ == "prep" else obj)  # "came after"
    if verb is obj or verb.pos_ not in ("VERB", "AUX"):
        return
    for prep in (c for c in verb.children if c.dep_ == "prep" and lemma(c) == "with"):
        for clause in (g for g in prep.children if g.dep_ == "pcomp"):
            carriers = [c for c in clause.children
                        if c.dep_ == "nsubj" and lemma(c) in MEDIATOR_NOUNS]
            if not carriers:
                continue
            roles.add_mediators([m for c in carriers for m in index.mediator_group(c)])
            own = [t for c in clause.children if c.dep_ != "conj" for t in c.subtree]
            for between in (t for t in own if t.dep_ == "prep" and lemma(t) == "between"):
                roles.add_parties([m for g in between.children if g.dep_ == "pobj"
                                   for m in index.of_group(g)])


def _cast_role(actor: Token, roles_as: list[Token]) -> bool:
    """"... as guarantors and Venezuela and Chile as accompanying countries": an actor
    takes the next "as" role after it; only a mediating role makes it a mediator."""
    later = [r for r in roles_as if r.i > actor.i]
    if not later:
        return True
    return any(_mediator_noun(g) or any(
        c.dep_ in ("compound", "amod", "nmod") and lemma(c) in MEDIATOR_NOUNS for c in g.children)
        for g in later[0].children if g.dep_ == "pobj")


def _mediator_noun(tok: Token) -> bool:
    """A mediator noun, also "go-between" split by the tokenizer into "go - between"."""
    return lemma(tok) in MEDIATOR_NOUNS or (lemma(tok) == "between" and any(
        c.dep_ == "compound" and lemma(c) == "go" for c in tok.children))


def _mediating(verb: Token) -> bool:
    """"mediating", "acting as facilitators", "serving as guarantors", "joining the mediators"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    word = lemma(verb)
    if word in MEDIATOR_LEMMAS:
        return True
    return word in ROLE_VERBS and any(
        (g.dep_ == "prep" and lemma(g) == "as" and any(
            _mediator_noun(h) for h in g.children if h.dep_ == "pobj"))
        or (g.dep_ == "dobj" and _mediator_noun(g))
        for g in verb.children
    )


def modifier_roles(noun: Token, roles: Roles, index: MentionIndex, directed: bool) -> None:
    """Roles from pre-modifiers: "Russia–Ukraine talks", "Bennett-brokered", "Istanbul round"."""
    from parley.events.terms import issue_matches

    left = [t for t in noun.doc[noun.left_edge.i:noun.i] if t.dep_ != "det"]
    topic = {  # "NATO membership negotiations": NATO is the topic, not a party
        i
        for _, start, end in issue_matches(noun.doc[noun.left_edge.i:noun.i])
        for i in range(start, end)
        if end - start > 1 or i + 1 < noun.i
    }
    mediator_at = [t.i for t in left if lemma(t) in MEDIATOR_LEMMAS]
    seen: set[int] = set()
    party_mentions: list[Mention] = []
    place_tokens: list[Token] = []
    accepted: set[int] = set()
    for tok in left:
        first = tok
        while first.dep_ == "conj" and first.head.i in accepted:
            first = first.head  # "the Saudi and American mediation": American → Saudi
        head = first.head.i
        if head != noun.i and head not in index.at and head not in mediator_at:
            continue  # "NATO membership negotiations": NATO modifies membership, not talks
        accepted.add(tok.i)
        if tok.i in topic:
            continue
        mentions = index.all_at(tok.i) or _their_pair(tok, index)
        mediating = any(tok.i < i <= tok.i + 2 for i in mediator_at) or (
            lemma(noun) in MEDIATION_NOUNS
        )
        if not mentions and mediating:  # "the Egyptian mediation", "Qatari-brokered talks"
            mentions = [m for m in (index.demonym(tok),) if m is not None]
        if not mentions:
            if tok.pos_ == "PROPN" and (loc := place(tok)) is not None and roles.location is None:
                roles.location = loc
            continue
        if mentions[0].start_token in seen:
            continue
        seen.add(mentions[0].start_token)
        for m in mentions:
            if any(m.end_token <= i <= m.end_token + 1 for i in mediator_at) or (
                lemma(noun) in MEDIATION_NOUNS
            ):
                roles.add_mediators([m])
            elif tok.dep_ == "poss" and directed and roles.agent is None:
                roles.agent = m
            else:
                party_mentions.append(m)
                place_tokens.append(tok)
    if len(party_mentions) == 1 and not directed and roles.location is None:
        loc = place(place_tokens[0])
        if loc is not None and not roles.parties:
            roles.location = loc  # "the Jeddah negotiations": one place-like modifier
            return
    if directed and roles.agent is None and party_mentions:
        roles.agent = party_mentions.pop(0)
    roles.add_parties(party_mentions)


def _trailing_participle(noun: Token, nouns: frozenset[str]) -> Token | None:
    """"held talks in Jeddah, mediated by X", "talks between the ministers hosted by X in
    Moscow": the mediating participle after the noun that the parser hung elsewhere."""
    for tok in noun.sent:
        if tok.i <= noun.i or lemma(tok) not in MEDIATOR_LEMMAS or tok.tag_ != "VBN":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue
        if any(lemma(t) in nouns for t in noun.doc[noun.i + 1:tok.i]):
            return None  # a nearer event noun owns it
        if any(c.dep_ == "agent" for c in tok.children):
            return tok
    return None


def participle_mediators(noun: Token, index: MentionIndex, nouns: frozenset[str]) -> list[Mention]:
    """The mediators of a trailing participle (``_trailing_participle``)."""
    tok = _trailing_participle(noun, nouns)
    if tok is None:
        return []
    return [m for agent in tok.children if agent.dep_ == "agent"
            for p in agent.children if p.dep_ == "pobj" for m in index.mediator_group(p)]


def participle_place(noun: Token, nouns: frozenset[str]) -> Location | None:
    """Where a trailing participle puts the event ("hosted by Lavrov in Moscow")."""
    tok = _trailing_participle(noun, nouns)
    if tok is None:
        return None
    return next((loc for prep in tok.children if prep.dep_ == "prep"
                 and lemma(prep) in PLACE_PREPS for g in prep.children if g.dep_ == "pobj"
                 and (loc := place(g)) is not None), None)


def governor_of(
    noun: Token, governors: dict[str, Governor], event_type: str
) -> tuple[Token, Governor] | None:
    """The verb governing an event noun ("began talks", "reached a deal", "talks took place")."""
    head = noun.head
    via_prep = noun.dep_ == "pobj" and head.dep_ in ("prep", "agent")
    verb = head.head if via_prep else head
    if noun.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") or via_prep:
        gov = governors.get(lemma(verb))
        if gov is not None and gov.types is not None and event_type not in gov.types:
            return None
        if gov is not None and verb.pos_ in ("VERB", "AUX"):
            if via_prep and lemma(head) in PRESENCE_PREPS:
                return None
            return verb, gov
    return None


def presence_verb(noun: Token, governors: dict[str, Governor]) -> Token | None:
    """The verb of "X agreed Y during the talks": its subject took part in the talks.

    Only verbs that negotiating parties do (the governors: agree, sign, propose...);
    "a neighbour froze X during the sessions" does not make the neighbour a party.
    """
    if noun.dep_ == "pobj" and lemma(noun.head) in PRESENCE_PREPS and noun.head.dep_ == "prep":
        verb = noun.head.head
        if verb.pos_ in ("VERB", "AUX") and lemma(verb) in governors:
            return verb
    return None
