"""Turn raw dictionary matches into actor mentions, one left-to-right pass per document.

A mention is a named person ("US Secretary of State Antony Blinken" is one mention), a
description ("the former Israeli prime minister", "the president of Ukraine"), a
collective ("Turkish officials", "Russia's army"), a state, capital or seat of power used
as an actor ("Moscow rejected", "the Kremlin"), an organisation or an armed group.
Place uses ("talks in Moscow", "eastern Ukraine") and demonyms of non-actors
("Ukrainian territory") are not mentions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from parley.actors import anaphora as ana
from parley.actors import cues as cx
from parley.actors import unknown
from parley.actors.dictionary import (
    CAPITAL,
    DEMONYM,
    GOVBODY,
    GROUP,
    GROUPADJ,
    LOCALBODY,
    MILBODY,
    MODIFIERS,
    NAME,
    ORG,
    PERSON,
    PLURAL,
    SEAT,
    SHORT,
    Dictionary,
    Entity,
    Person,
)
from parley.actors.lexicon import cue_words
from parley.actors.linker import (
    collective_actor,
    elect_holder,
    governing,
    group_of,
    office_holder,
    office_then,
    person_actor,
)
from parley.actors.ruler import cached_matches
from parley.nlp.context import Mention
from parley.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from parley.nlp.context import DocContext

PRIORITY = (PERSON, SHORT, ORG, GROUP, GOVBODY, MILBODY, SEAT, NAME, CAPITAL, PLURAL, DEMONYM,
            GROUPADJ)
# Words and punctuation that chain modifiers sharing one head ("Russian and Ukrainian
# negotiators", "the Saudi-US facilitators"); the cue words are in ``data/cues.yaml``.
COORDINATORS = {"and", "or", ",", "-", "–", "/"}


@dataclass
class _Match:
    start: int
    end: int
    labels: dict[str, str]  # label → key (code or person name)

    def first(self, *wanted: str) -> tuple[str, str] | None:
        for label in PRIORITY:
            if label in self.labels and (not wanted or label in wanted):
                return label, self.labels[label]
        return None


@dataclass
class _State:
    """Per-document memory: who was named in full (for short forms) and unknown people."""

    seen: set[str] = field(default_factory=set)
    strangers: dict[str, Actor] = field(default_factory=dict)
    out: list[tuple[int, int, Actor]] = field(default_factory=list)


class _Recogniser:
    def __init__(self, doc: Doc, d: Dictionary, when: date | None) -> None:
        self.doc, self.d, self.when = doc, d, when
        self.tokens = list(doc)
        self.ents: dict[int, _Match] = {}
        self.heads: dict[int, tuple[int, str, str]] = {}  # start → (end, label, phrase)
        self.head_tokens: set[int] = set()  # every token inside a head noun or title
        self._index(cached_matches(doc, d))
        self.unknown = unknown.find(self)  # first → (start, end, end after "(ACR)", actor)
        self.blocs = ana.find_blocs(self)  # "the Quad" → the states the text lists for it
        self.state = _State()
        self.memory = ana.Memory(home=ana.home_state(self))
        if self.memory.home is None:
            self.memory.main = ana.main_state(self)
        self._local_bodies(self.memory.home or self.memory.main)

    def _local_bodies(self, state: str | None) -> None:
        """"the House of Representatives", "the Presidential Council": bodies whose names
        other states' bodies share are the state's government only in a story about that
        state (its home or main state); elsewhere they are nobody."""
        for start, match in list(self.ents.items()):
            key = match.labels.pop(LOCALBODY, None)
            before = self._state_before(start)
            if key is not None and key in (state, before):
                match.labels[GOVBODY] = key  # "Libya's House of Representatives" too
            elif key is not None and before is not None:
                # "the Yemeni Presidential Council", "the Israeli National Security Council":
                # another state's name before the body names that state's own body
                match.labels[GOVBODY] = before
            if not match.labels:
                del self.ents[start]

    def _state_before(self, start: int) -> str | None:
        """The state named (by name or demonym) right before ``start``: "Libya's", "Libyan"."""
        k = start - 1 if self.lower(start - 1) in cx.POSSESSIVE else start
        match = next((m for m in self.ents.values() if m.end == k), None)
        if match is None:
            return None
        return match.labels.get(NAME) or match.labels.get(DEMONYM)

    # ------------------------------------------------------------------ indexing
    def _index(self, spans: list[Span]) -> None:
        from spacy.util import filter_spans

        names = [s for s in spans if s.label_.startswith("E|")]
        heads = [s for s in spans if s.label_.startswith("H|")]
        for span in filter_spans(names):
            surface = span.label_[2:]
            labels = dict(self.d.surfaces.get(surface, []))
            if labels:
                self.ents[span.start] = _Match(span.start, span.end, labels)
        for span in filter_spans(heads):
            phrase = span.label_[2:]
            self.heads[span.start] = (span.end, self.d.heads[phrase], phrase)
            self.head_tokens.update(range(span.start, span.end))
        for start in [s for s, m in self.ents.items() if cx.inside_longer_name(self, m)]:
            del self.ents[start]  # "Ta'ang National Liberation Army" is not the ELN

    def head(self, i: int, *kinds: str) -> tuple[int, str, str] | None:
        found = self.heads.get(i)
        return found if found and found[1] in kinds else None

    def lower(self, i: int) -> str:
        return self.tokens[i].lower_ if 0 <= i < len(self.tokens) else ""

    # ------------------------------------------------------------------ output
    def emit(self, start: int, end: int, actor: Actor, remember_it: bool = True) -> None:
        self.state.out.append((start, end, actor))
        if remember_it:
            ana.remember(self, start, end, actor)

    def entity_actor(self, code: str, sector: str | None) -> Actor:
        """The state (``<ISO3><sector>``), organisation or group ``code`` on the date."""
        return collective_actor(self.d.entities[code], self.when, sector)

    def office_actor(self, entity: Entity, former: bool, military: bool) -> Actor:
        """Who an office or body of ``entity`` acts for: for a state, its government,
        military or (``former``) its former officials; otherwise the entity itself (a
        governing group's offices are its state's)."""
        sector = "ELI" if former else ("MIL" if military else "GOV")
        ruling = entity.kind == "group" and governing(entity, self.when)
        return self.entity_actor(entity.code, sector if entity.kind == "state" or (
            ruling and not former) else None)

    def person(self, person: Person, former: bool = False, title: str | None = None,
               elect: bool = False) -> Actor:
        """A dictionary person linked at the document date."""
        return person_actor(person, self.when, former, title, self.d, elect)

    def then(self, start: int, end: int) -> bool:
        """Whether "then" dates the office named in [start, end) to the story's past:
        "then-Prime Minister X", "the then British prime minister", "X, then Israel's ..."."""
        if any(self.lower(k) == "then" for k in range(start, end)):
            return True
        p = start - 1
        while p > start - 3 and self.lower(p) in ("-", "–", "the", "a", "an"):
            p -= 1
        return self.lower(p) == "then"

    def person_then(self, person: Person, title: str | None) -> Actor:
        """``person`` in the office called ``title`` they held then (not on the document
        date): "Boris Johnson, then the British prime minister" acts for the government."""
        role = office_then(person, title, self.when) if title else None
        if role is None:
            return self.person(person, title=title)
        return Actor(code=role.code, country=group_of(role.code, self.d), name=person.name,
                     kind="person", role=role.role)

    def elect(self, start: int, end: int) -> bool:
        """Whether [start, end) calls someone elected but not yet in office."""
        elect = cue_words().elect_words
        return any(self.lower(k) in elect for k in range(start - 1, end))

    # ------------------------------------------------------------------ pass
    def run(self) -> list[tuple[int, int, Actor]]:
        i, n = 0, len(self.tokens)
        while i < n:
            i = max(i + 1, self.step(i))
        self.led_delegations()
        return self.state.out

    def led_delegations(self) -> None:
        """"The TNLA delegation was led by Lieutenant General X": a titled stranger who
        leads a named side's delegation or team acts for that side, not for the home
        state his rank would otherwise give him."""
        w = cue_words()
        for n, (start, end, actor) in enumerate(self.state.out):
            if actor.kind != "person" or actor.name in self.d.people or start in self.ents:
                continue  # dictionary people keep their roles; "Sudanese General X" its state
            head = self.tokens[end - 1]
            by = head.head
            verb = by.head
            if head.dep_ != "pobj" or by.dep_ != "agent" or verb.lemma_ not in w.lead_verbs:
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if subj is None or subj.lemma_ not in w.delegation_nouns:
                continue
            leader = next((a for s0, e0, a in self.state.out if s0 <= subj.i < e0), None)
            if leader is None or leader.kind == "person" or leader.code == actor.code:
                continue
            self.state.out[n] = (start, end, actor.model_copy(
                update={"code": leader.code, "country": leader.country}))

    def step(self, i: int) -> int:
        """Recognise what starts at token ``i``; return the next token to look at."""
        if i in self.unknown:  # a named group missing from the dictionaries
            first, last, after, group = self.unknown[i]
            self.emit(first, last, group)
            return after
        if self.blocs and (end := ana.bloc(self, i)) is not None:
            return end
        j, former = i, False
        if self.lower(i) in cue_words().former:
            j, former = i + 1, True
            if self.lower(j) == "-":
                j += 1
        mod = self.ents.get(j)
        if mod is not None and not (set(mod.labels) & MODIFIERS):
            return self.standalone(mod, former, i)
        k = mod.end if mod else j
        if mod is not None and self.lower(k) in cx.POSSESSIVE:
            k += 1
        title_end, title = self.titles(k)
        if (mod or title) and (end := self.named_person(title_end, bool(title))):
            return self.person_at(i if (former or mod or title) else title_end, title_end, end,
                                  former, mod, title)
        if title and mod is None and self.lower(title_end) in ("of", "for"):
            after = title_end + 2 if self.lower(title_end + 1) == "the" else title_end + 1
            target = self.ents.get(after)
            if target and (target.first(NAME, ORG, GROUP, GOVBODY, MILBODY)
                           or self._region(target)):
                if end := self.named_person(target.end, True):  # "President of Serbia X"
                    return self.person_at(i, target.end, end, former, target, title)
                return self.description(i, target.end, target, title, former)
            if after in self.unknown:  # "the leader of the Northern Hills Defence Army"
                return self.unknown_office(i, after, title)
        if title and mod is None and title != "honorific" and cx.apposed_person(self, i, title_end):
            return self.description(i, title_end, None, title, former)
        if title and mod is None and title != "honorific" and not former:
            # The title starts after any portfolio words ("the Housing Minister").
            t = cx.title_start(self, k, title_end)
            t_end, _kind, phrase = self.heads[t]
            if title_end == t_end and (who := ana.bare_title(self, t, title_end, phrase)):
                self.emit(t, title_end, who, remember_it=False)
                return self.apposed_after(title_end, who)
        if mod is None and not former and (end := self.of_state(i)) is not None:
            return end
        if mod is None and not former and (end := ana.resolve(self, i)) is not None:
            return end
        if mod is not None:
            if title and not cx.is_place(self, mod.start, mod.end):
                return self.description(i, title_end, mod, title, former)
            body = self.ents.get(k)
            if body and k > mod.end and self._own_group(mod, body):
                return k  # "Sudan's RSF": the group is the actor, not the state
            if body and body.first(GOVBODY, MILBODY) and (found := self._body_title(body)):
                # "Sudan's Sovereignty Council chairman X": one mention, the person
                return self.person_at(i, found[0], found[1], former, body, found[2])
            if body and body.first(GOVBODY, MILBODY) and k > mod.end:
                if (foreign := self._foreign_body(mod, body)) is not None:
                    self.emit(i, body.end, foreign)  # "Pakistan's Foreign Office"
                    return body.end
                return self.standalone(body, former, i)
            if body and body.first(GOVBODY, MILBODY) and self._same_state(mod, body):
                return self.standalone(body, former, i)
            collective = self.head(k, "gov", "mil")
            if collective and self.collective(i, collective[0], mod, collective[1], former,
                                              collective[2]):
                return collective[0]
            if (end := self.state_group(mod, k)) is not None:
                return end
            return self.standalone(mod, False, mod.start)
        return self.stranger(i)

    def _region(self, match: _Match) -> bool:
        """A region's name that is its authority's adjective, used alone: "the president of
        Puntland" is the region's president, as "Puntland forces" are its forces."""
        entity = self.d.entities.get(match.labels.get(GROUPADJ, ""))
        return entity is not None and entity.regional and self.head(match.end, "gov", "mil",
                                                                    "tgov", "tmil") is None

    def _own_group(self, mod: _Match, body: _Match) -> bool:
        """A state's possessive before one of its own armed groups ("Myanmar's Arakan Army")."""
        state = mod.labels.get(NAME)
        group = body.labels.get(GROUP)
        entity = self.d.entities.get(group) if group else None
        return bool(state and entity and entity.country == state)

    def _body_title(self, body: _Match) -> tuple[int, int, str] | None:
        """(name start, name end, title kind) of a titled name right after a named body."""
        t_end, kind = self.titles(body.end)
        for k in range(body.start + 1, body.end):  # "Sudanese army" + "army chief"
            found = self.head(k, "tgov", "tmil")
            if kind is None and found is not None and found[0] > body.end:
                t_end, kind = self.titles(k)
        if kind not in ("tgov", "tmil"):
            return None
        end = self.named_person(t_end, True)
        return (t_end, end, kind) if end is not None else None

    def titles(self, k: int) -> tuple[int, str | None]:
        """Consume a run of titles ("Secretary of State", "army chief"); return end and kind.

        Capitalised portfolio words before a title belong to it ("Housing Minister"), and
        so does a posting ("ambassador to Kyiv") when a name follows.
        """
        kind, w = None, cue_words()
        start = k
        while self.lower(k) in w.title_premodifiers and self.head(k + 1, "tgov", "tmil"):
            k += 1  # "acting Prime Minister", "caretaker Foreign Minister"
        p = k
        while p < k + 2 and p < len(self.tokens) and self._portfolio(p):
            p += 1
        if p > k and self.head(p, "tgov", "tmil"):
            k = p
        while (found := self.head(k, "tgov", "tmil")) is not None:
            k, kind = found[0], found[1]
            if self.lower(k) in ("and", "&") and self.head(k + 1, "tgov", "tmil"):
                k += 1
        if kind is not None:  # "President-elect", "Prime Minister-designate"
            if self.lower(k) in ("-", "–") and self.lower(k + 1) in w.elect_suffixes:
                k += 2
            elif self.lower(k) in w.elect_suffixes:
                k += 1
        if kind is not None and self.lower(k) in w.honorifics and (
            self.ents.get(k + 1) and self.ents[k + 1].first(PERSON, SHORT)
        ):
            k += 1  # "Hezbollah leader Sheikh Naim Qassem": the dictionary person
        if kind is None:
            k = start
        if kind is None and self.lower(k) in w.honorifics:
            return k + 1, "honorific"
        if kind is not None and self.lower(k) == "of":  # "Minister of Cabinet Affairs X"
            q = k + 1
            while q < k + 5 and q < len(self.tokens) and (
                (self._portfolio(q) and self.tokens[q].ent_type_ != "PERSON")
                or (q > k + 1 and self.lower(q) in ("and", "&"))
            ):
                q += 1
            if q > k + 1 and self._portfolio(q - 1) and self.named_person(q, True):
                return q, kind
        if kind is not None and self.lower(k) == "to" and (post := self.ents.get(k + 1)) and (
            post.first(NAME, CAPITAL) and self.named_person(post.end, True)
        ):
            return post.end, kind
        return k, kind

    def _portfolio(self, i: int) -> bool:
        token = self.tokens[i]
        return (token.is_title and token.is_alpha and not token.is_sent_start
                and token.pos_ in ("PROPN", "NOUN") and i not in self.ents
                and i not in self.heads)

    def named_person(self, k: int, titled: bool) -> int | None:
        """End of a person's name at ``k``: from the dictionary, a known stranger, or NER."""
        match = self.ents.get(k)
        if match and match.first(PERSON, SHORT):
            return match.end
        if titled and k < len(self.tokens) and self.tokens[k].ent_type_ == "PERSON":
            end = k
            while end < len(self.tokens) and self.tokens[end].ent_type_ == "PERSON" and (
                end == k or self.tokens[end].ent_iob_ == "I"
            ):
                end += 1
            # a name has a capitalised word ("al-Burhan" too); the tagger's "helped broker"
            # after "the Republican president" has none
            if any(t.text[:1].isupper() for t in self.tokens[k:end]):
                return end
        return None

    def _foreign_body(self, mod: _Match, body: _Match) -> Actor | None:
        """Another state's name before a body the dictionary gives to one state: "Pakistan's
        Foreign Office", "Turkey's National Security Council" are that state's office, not
        Britain's or America's."""
        label = body.first(GOVBODY, MILBODY)
        state = next((mod.labels[lab] for lab in (NAME, DEMONYM, CAPITAL) if lab in mod.labels),
                     None)
        entity = self.d.entities.get(state) if state else None
        if label is None or state is None or entity is None or entity.kind != "state" \
                or state == label[1]:
            return None
        return self.entity_actor(state, "MIL" if label[0] == MILBODY else "GOV")

    def _same_state(self, mod: _Match, body: _Match) -> bool:
        label = body.first(GOVBODY, MILBODY)
        return label is not None and label[1] in mod.labels.values()

    # ------------------------------------------------------------------ kinds of mention
    def person_at(self, start: int, name_start: int, end: int, former: bool,
                  mod: _Match | None, title: str | None, then: str | None = None) -> int:
        """A named person, titled or not; ``then`` is an office the text says they held
        then (from a description in apposition before the name)."""
        match = self.ents.get(name_start)
        hit = match.first(PERSON, SHORT) if match and match.end == end else None
        if hit is not None:
            person = self.d.people[hit[1]]
            self.state.seen.add(person.name)
            found = self.heads.get(cx.title_start(self, start, name_start))
            said = found[2] if found and found[1] in ("tgov", "tmil") else ""
            elect = self.elect(start, name_start)
            if then or (said and not former and (self.then(start, name_start) or (
                    not elect and office_then(person, said, self.when) is not None))):
                # "British Prime Minister Boris Johnson" in a later story: the text gives
                # the office, so the person acts in it (an unheld title changes nothing)
                self.emit(start, end, self.person_then(person, then or said))
                return end
            self.emit(start, end, self.person(person, former, said or None, elect))
            return end
        former = former or self.elect(start, name_start)  # an unknown X-elect holds no office
        entity = self._entity_of(mod)
        if mod is not None and self._posting(mod, name_start):
            entity = self._sender(mod) or entity  # "the UN's Libya envoy X" acts for the UN
        elif entity is None and mod is None and title in ("tgov", "tmil"):
            # "President X of Kenya"; else the home state ("Minister of Minerals X" in a
            # story about Sudan)
            home = self._state_after(end) or self.memory.home
            entity = self.d.entities.get(home) if home else None
        if entity is not None:  # an unknown person acts for the state or body named before
            self._stranger(start, end, self.office_actor(entity, former, title == "tmil"),
                           name_start)
        return end

    def _state_after(self, end: int) -> str | None:
        """The state in "of <state>" right after a name ("President X of Kenya")."""
        if self.lower(end) != "of":
            return None
        k = end + 2 if self.lower(end + 1) == "the" else end + 1
        target = self.ents.get(k)
        key = target.labels.get(NAME) if target else None
        entity = self.d.entities.get(key) if key else None
        return key if entity is not None and entity.kind == "state" else None

    def _posting(self, mod: _Match, end: int) -> bool:
        """ "the UN's Libya envoy", "the US Ukraine envoy": a bare country name between
        another actor and a posting title names where the envoy is sent ("US envoy" alone
        is the sender's, and so is "Libyan envoy")."""
        if NAME not in mod.labels or DEMONYM in mod.labels or self.lower(mod.end) in (
            cx.POSSESSIVE
        ):
            return False
        found = self.heads.get(cx.title_start(self, mod.end, end))
        return found is not None and found[2] in cue_words().postings

    def _sender(self, mod: _Match) -> Entity | None:
        """The actor named right before a posting ("UN's", "US"), if any."""
        p = mod.start - 1 if self.lower(mod.start - 1) in cx.POSSESSIVE else mod.start
        for _start, m_end, actor in reversed(self.state.out):
            if m_end == p:
                key = actor.country if actor.kind == "state" else actor.code
                return self.d.entities.get(key or actor.code)
            if m_end < p:
                break
        return None

    def _entity_of(self, mod: _Match | None) -> Entity | None:
        if mod is None:
            return None
        for label in (NAME, DEMONYM, CAPITAL, SEAT, ORG, GROUP, GROUPADJ, GOVBODY, MILBODY):
            if label in mod.labels:
                return self.d.entities.get(mod.labels[label])
        return None

    def description(self, start: int, end: int, mod: _Match | None, title: str | None,
                    former: bool) -> int:
        apposed = cx.apposed_person(self, start, end)
        entity = self._entity_of(mod)
        if mod is not None and self._posting(mod, end):
            entity = self._sender(mod) or entity
        if entity is None and apposed is None:
            return end
        phrase = self.heads.get(cx.title_start(self, start, end), (0, "", ""))[2]
        then = not former and bool(phrase) and self.then(start, end)
        if apposed is not None:
            person = self.d.people.get(apposed.name or "")
            if person is not None and then:  # "X, then Israel's prime minister": X then
                actor = self.person_then(person, phrase)
                self._restate(start, apposed, actor)
            else:
                actor = (self.person(person, former) if person
                         else apposed.model_copy(update={"text": None}))
            self.emit(start, end, actor)
            return end
        assert entity is not None
        actor = self.office_actor(entity, former, title == "tmil")
        actor = actor.model_copy(update={"kind": "person", "name": None})
        elect = self.elect(start, end)
        holder = None if former or then else (elect_holder if elect else office_holder)(
            self.d, actor.code, self._stand_in(start, end, phrase), self.when)
        party = None if holder is not None or former else self._side(entity, mod, phrase)
        if party is not None:  # "a Palestinian official" in a story about Hamas
            actor = party.model_copy(update={"kind": "person", "name": None, "role": phrase})
        elif holder is not None:
            actor = self.person(holder, title=phrase, elect=elect)
        elif elect:  # not the office holder of the day, and no office yet
            actor = actor.model_copy(update={"code": actor.code[:3] + "ELI", "role": phrase
                                             + "-elect"}) if entity.kind == "state" else actor
        else:
            actor = actor.model_copy(update={"role": phrase or None})
        self.emit(start, end, actor)
        if holder is None:
            self.apposed_before(start, actor)
            return self.apposed_after(end, actor, phrase if then else None)
        return end

    def _stand_in(self, start: int, end: int, phrase: str) -> str:
        """ "acting prime minister" when the text says "acting": the suspended office holder
        is not who acts ("Thailand's acting Prime Minister" in July 2025)."""
        t = cx.title_start(self, start, end)
        word = self.lower(t - 1)
        return f"{word} {phrase}" if word in cue_words().stand_in_words else phrase

    def _restate(self, start: int, apposed: Actor, actor: Actor) -> None:
        """Relink the name a "then <office>" description is in apposition to."""
        p = cx.comma_before(self, start)
        for n, (m_start, m_end, old) in enumerate(self.state.out):
            if m_end == p and old.name == apposed.name:
                self.state.out[n] = (m_start, m_end, actor)

    def unknown_office(self, start: int, target: int, title: str) -> int:
        """ "X, the leader of the <unknown group>": the office holder acts for the group."""
        _start, end, after, group = self.unknown[target]
        phrase = self.heads.get(cx.title_start(self, start, target), (0, "", ""))[2]
        actor = group.model_copy(update={"kind": "person", "name": None, "role": phrase or None})
        apposed = cx.apposed_person(self, start, end)
        if apposed is not None:
            return after  # a named person already took this code from its title
        self.emit(start, end, actor)
        ana.remember(self, target, end, group)
        self.apposed_before(start, actor)
        return self.apposed_after(after, actor)

    def _person_ent(self, start: int) -> int | None:
        """End of the named-entity PERSON that starts at ``start``, if one does."""
        tokens = self.tokens
        if start >= len(tokens) or tokens[start].ent_type_ != "PERSON" or (
            tokens[start].ent_iob_ != "B"
        ):
            return None
        end = start + 1
        while end < len(tokens) and tokens[end].ent_iob_ == "I":
            end += 1
        return end

    def apposed_after(self, end: int, actor: Actor, then: str | None = None) -> int:
        """ "the Omani foreign minister, Jane Doe, said": the name after a description
        (``then``: the office the description says the person held then)."""
        if self.lower(end) != ",":
            return end
        match = self.ents.get(end + 1)
        if match and match.first(PERSON) and self.lower(match.end) in (",", ".", ";"):
            return self.person_at(end + 1, end + 1, match.end, False, None, None, then)
        name_end = self._person_ent(end + 1)
        if name_end is None or self.lower(name_end) not in (",", ".", ";") or (
            end + 1 in self.ents
        ):
            return end
        self._stranger(end + 1, name_end, actor)
        return name_end

    def apposed_before(self, start: int, actor: Actor) -> None:
        """ "Jane Doe, Riyadh's envoy to Yemen, said": an unknown name before a description."""
        p = cx.comma_before(self, start)
        if p is None or any(e == p for _, e, _ in self.state.out):
            return
        first = p - 1
        while first > 0 and self.tokens[first].ent_iob_ == "I":
            first -= 1
        if self._person_ent(first) == p and not any(first <= k < p for k in self.ents):
            self._stranger(first, p, actor)

    def _stranger(self, start: int, end: int, actor: Actor, name_start: int | None = None) -> None:
        """Emit a person not in the dictionary, remembered by full and last name for later
        short mentions; the name is [name_start, end) when a title precedes it."""
        name = self.doc[start if name_start is None else name_start:end].text
        person = actor.model_copy(update={"name": name, "kind": "person"})
        self.state.strangers[name] = person
        self.state.strangers[self.tokens[end - 1].text] = person
        self.emit(start, end, person)

    def collective(self, start: int, end: int, mod: _Match, kind: str, former: bool,
                   phrase: str = "") -> bool:
        entity = self._entity_of(mod)
        if entity is None or (DEMONYM not in mod.labels and cx.is_place(self, mod.start,
                                                                        mod.end)):
            return False
        if entity.kind == "state" and phrase in cue_words().nationals:
            return True  # "Syrian fighters" in Libya: nationals, not Syria's forces
        if DEMONYM not in mod.labels and phrase in cue_words().mediator_heads and (
                entity.code in (self.memory.home, self.memory.main)):
            return True  # "the Sudan mediation": the process for Sudan, not Sudan mediating
        actor = self.office_actor(entity, former, kind == "mil")
        if phrase in cue_words().sides_heads and entity.kind == "state":
            # "the two Sudanese sides", "the Congolese and Rwandan sides": the state's sides,
            # whoever they are (the army and the RSF alike), not its government
            actor = self.entity_actor(entity.code, None)
        elif kind == "gov" and not former:
            actor = self._side(entity, mod, phrase) or actor  # "the Palestinian side": Hamas
        self.emit(start, end, actor)
        if phrase in cue_words().mediator_heads:
            ana.add_mediator(self, actor)
        return True

    def of_state(self, i: int) -> int | None:
        """ "the Government of Ethiopia", "the armed forces of Ukraine", "the governments of
        Armenia and Azerbaijan": states' names after an institution and "of" are their
        government or military (alone, the name would read as part of a longer proper name,
        or as a place after "of"). Returns the end of the last name, if any."""
        found = self.head(i, "gov", "mil")
        if found is None or self.lower(found[0]) != "of" or (
                found[2] not in cue_words().of_state_heads):
            return None
        sector = "MIL" if found[1] == "mil" else "GOV"
        k, last = found[0] + 1, None
        while True:
            k += self.lower(k) == "the"
            target = self.ents.get(k)
            key = target.labels.get(NAME) if target else None
            entity = self.d.entities.get(key) if key else None
            if target is None or entity is None or entity.kind != "state" or (
                    self.lower(target.end) in cx.POSSESSIVE):
                return last  # "the government of Ethiopia's Amhara region": the region's
            # the name alone is the mention: the events read its conjuncts ("the leaders of
            # Russia, Ukraine, Germany and France agreed") from the parse
            self.emit(k, target.end, self.entity_actor(entity.code, sector))
            last = k = target.end
            if self.lower(k) not in ("and", ","):
                return last
            k += 1

    def state_group(self, mod: _Match, k: int) -> int | None:
        """ "the Palestinian movement", "the Yemeni rebels": a state word before a group noun
        is the armed group of that state named most so far (the latest on a tie); none
        named, no mention. A group's own adjective names it ("the Houthi group"), and a
        group's name after the noun is the mention ("the Palestinian group Hamas")."""
        key = mod.labels.get(DEMONYM) or mod.labels.get(NAME)
        end = ana.group_phrase(self, k)
        if end is None or ((nxt := self.ents.get(end)) and nxt.first(GROUP, ORG)):
            return None
        if GROUPADJ in mod.labels:  # "the Houthi group", "Houthi militants"
            self.emit(mod.start, end, self.entity_actor(mod.labels[GROUPADJ], None))
            return end
        if key is None or self.lower(mod.start - 1) != "the":
            return None
        counts = self.memory.group_counts
        best = None
        for code, n in counts.items():
            entity = self.d.entities.get(code)
            if entity is not None and entity.country == key and (best is None or n >= best[0]):
                best = (n, code)
        if best is None:
            return None
        self.emit(mod.start, end, self.entity_actor(best[1], None))
        return end

    def _side(self, entity: Entity, mod: _Match | None, phrase: str) -> Actor | None:
        """The party a state's side stands for ("the Palestinian side", "X negotiators"):
        only after the state's name or demonym (a capital names the government's seat)."""
        if mod is None or entity.kind != "state" or phrase not in cue_words().party_heads or not (
            set(mod.labels) & {NAME, DEMONYM}
        ):
            return None
        return ana.party_of(self, entity.code)

    def standalone(self, match: _Match, former: bool, start: int) -> int:
        """A name on its own: decide whether it is an actor here."""
        label, key = match.first() or ("", "")
        end = match.end
        if label == PERSON:
            return self.person_at(start, match.start, end, former, None, None)
        if label == SHORT:
            if key in self.state.seen or self.lower(match.start - 1) in cue_words().honorifics:
                return self.person_at(match.start, match.start, end, False, None, None)
            return end
        if label in (GOVBODY, MILBODY) and (found := self._body_title(match)):
            return self.person_at(start, found[0], found[1], former, match, found[2])
        if label in (ORG, GROUP):
            self.emit(match.start, end, self.entity_actor(key, None))
        elif label in (GOVBODY, MILBODY):
            self.emit(start, end, self.entity_actor(key, "MIL" if label == MILBODY else "GOV"))
        elif label in (SEAT, CAPITAL) and (based := self.based_government(match)) is not None:
            self.emit(start, based, self.entity_actor(key, "GOV"))
            return based
        elif label in (SEAT, CAPITAL):
            if not cx.is_place(self, match.start, end) and not cx.modifies_noun(self, end):
                self.emit(match.start, end, self.entity_actor(key, "GOV"))
        elif label == NAME:
            if not cx.is_place(self, match.start, end) and not self.coordinated(match):
                self.emit(match.start, end, self.entity_actor(key, None))
        elif label == PLURAL:
            tok = self.tokens[match.start]
            bare_subject = tok.dep_ == "nsubj" and not any(
                c.dep_ in ("det", "nummod", "amod", "compound") for c in tok.children)
            head = self.ents.get(tok.head.i) if tok.dep_ == "conj" else None
            listed = head is not None and PLURAL in head.labels  # "the Saudis, Omanis and ..."
            if self.lower(match.start - 1) == "the" or bare_subject or listed:
                # "Colombians rejected the accord" (a vote): the nation acts as its state
                self.emit(match.start, end, self.entity_actor(key, None))
        elif label == DEMONYM and ana.acting_part(self, end):
            # "the Omani-mediated consultations", "a Kenyan-brokered deal", "Chinese brokered
            # talks": the state acts
            self.emit(match.start, end, self.entity_actor(key, "GOV"))
        elif label == DEMONYM and self.lower(end) in ("-", "–") and self.lower(end + 1) == "led":
            # "the Saudi-led coalition", "the Kenyan-led talks": the state leads, as "the
            # US-led coalition" names the United States
            self.emit(match.start, end, self.entity_actor(key, None))
        elif label in (DEMONYM, GROUPADJ) and self.paired(match):
            self.emit(match.start, end, self.entity_actor(key, "GOV" if label == DEMONYM
                                                          else None))
        elif label in (DEMONYM, GROUPADJ):
            shared = self.coordinated(match)
            if not shared and label == GROUPADJ and self._region(match) and not (
                    cx.is_place(self, match.start, end) or cx.modifies_noun(self, end)):
                # "Puntland and Jubaland rejected the law": a region's name alone acts for its
                # authority, as a state's name does for the state ("in Puntland": a place)
                self.emit(match.start, end, self.entity_actor(key, None))
        return end

    def based_government(self, match: _Match) -> int | None:
        """ "the Port Sudan-based government", "the Kyiv-based authorities": a government
        said to sit in a capital or seat is its holder's (its end): Sanaa, held by the
        Houthis, is their seat, so "the Sanaa-based government" is theirs, never Aden's."""
        k = match.end
        if self.lower(k) not in ("-", "–") or self.lower(k + 1) != "based":
            return None
        k += 2
        while self.lower(k) in cue_words().premodifiers:
            k += 1
        head = self.head(k, "gov")
        return head[0] if head is not None and head[2] in cue_words().home_gov else None

    def coordinated(self, match: _Match) -> bool:
        """ "Russian and Ukrainian negotiators", "Qatari, Egyptian and UN mediators",
        "the Saudi-US facilitators", "US and Israeli negotiators": earlier modifiers share
        the head of the last one. Whether a collective was emitted."""
        k, chain = match.end, 0
        while self.lower(k) in COORDINATORS and chain < 5:
            if self.lower(k) == "," and self.lower(k + 1) in ("and", "or"):
                k += 1  # "the Qatari, Egyptian, and Turkish intermediaries"
            other = self.ents.get(k + 1)
            if other is None and self._unknown_adjective(k + 1) and (
                head := self.head(k + 2, "gov", "mil")
            ):  # "Saudi, US and African mediators": the last modifier is not a state
                return self.collective(match.start, match.end, match, head[1], False, head[2])
            if other is None or not (set(other.labels) & {DEMONYM, NAME, GROUPADJ, ORG, GROUP}):
                return False
            k, chain = other.end, chain + 1
            head = self.head(k, "gov", "mil")
            if head is not None:
                return self.collective(match.start, match.end, match, head[1], False, head[2])
        return False

    def paired(self, match: _Match) -> bool:
        """ "the Saudi-Houthi talks", "an Armenian–Azerbaijani deal": modifiers joined by a
        hyphen before a word of talks or deals are the sides, each an actor."""
        dash, sides = ("-", "–"), {DEMONYM, NAME, GROUPADJ}
        k, partner = match.end, False
        while self.lower(k) in dash and (nxt := self.ents.get(k + 1)) and set(nxt.labels) & sides:
            k, partner = nxt.end, True
        if self.lower(match.start - 1) in dash and any(
                m.end == match.start - 1 and set(m.labels) & sides for m in self.ents.values()):
            partner = True
        words = cue_words().pair_nouns
        return partner and (self.lower(k) in words
                            or f"{self.lower(k)} {self.lower(k + 1)}" in words)

    def _unknown_adjective(self, i: int) -> bool:
        """A capitalised adjective that names no actor ("African", "Western")."""
        if i >= len(self.tokens) or i in self.ents:
            return False
        token = self.tokens[i]
        return token.is_title and token.is_alpha and token.pos_ in ("ADJ", "PROPN")

    def stranger(self, i: int) -> int:
        """A later short mention of a titled person not in the dictionary."""
        token = self.tokens[i]
        if (end := self.cabinet_members(i)) is not None:
            return end
        actor = self.state.strangers.get(token.text)
        if actor is None and (name_end := self._person_ent(i)) is not None:
            member = self._member_of(name_end)
            if member is not None:  # "Jane Doe of the Northern Hills Defence Army"
                self._stranger(i, name_end, member)
                return name_end
        if actor is None or (token.ent_type_ != "PERSON" and token.pos_ != "PROPN"):
            return i + 1
        end = i + 1
        while end < len(self.tokens) and self.tokens[end].ent_iob_ == "I" and (
            self.tokens[end].ent_type_ == "PERSON"
        ):
            end += 1
        self.emit(i, end, actor)
        return end


    def cabinet_members(self, i: int) -> int | None:
        """"Two far-right ministers voted against the deal": plural members of a government
        with no state of their own named act for the home state's government (the state
        that fights the document's armed groups); with no home state, nobody."""
        token = self.tokens[i]
        if token.lower_ not in cue_words().cabinet_plurals or (
                token.dep_ not in ("nsubj", "nsubjpass")):
            return None
        if any(c.dep_ in ("poss", "compound") or (c.dep_ == "prep" and c.lower_ in (
                "of", "from")) for c in token.children) or any(
                k in self.ents for k in range(token.left_edge.i, i)):
            return None  # "Israel's ministers", "ministers from the coalition"
        home = self.memory.home
        if home is None or home not in self.d.entities:
            return None
        self.emit(i, i + 1, self.entity_actor(home, "GOV"))
        return i + 1

    def _member_of(self, end: int) -> Actor | None:
        """The armed group or organisation in "<name> of/from (the) <group>"."""
        if self.lower(end) not in ("of", "from"):
            return None
        q = end + 2 if self.lower(end + 1) == "the" else end + 1
        if q in self.unknown:
            return self.unknown[q][3].model_copy(update={"text": None})
        target = self.ents.get(q)
        hit = target.first(GROUP, ORG) if target else None
        if hit is None or target is None or len(set(target.labels.values())) > 1:
            return None  # an ambiguous name; its own adjective ("TNLA") is the same group
        return self.entity_actor(hit[1], None)


def recognise_doc(doc: Doc, d: Dictionary, when: date | None) -> list[tuple[int, int, Actor]]:
    """(start_token, end_token, actor) for every actor mention in ``doc``."""
    return _Recogniser(doc, d, when).run()


def to_mentions(ctx: DocContext, found: list[tuple[int, int, Actor]],
                d: Dictionary) -> list[Mention]:
    """Mentions with their text and character offsets, grouped by ``d``, sorted by offset."""
    doc, mentions = ctx.doc, []
    for start, end, actor in found:
        span = doc[start:end]
        linked = actor.model_copy(update={"text": span.text, "start": span.start_char,
                                          "end": span.end_char})
        if linked.country is None and linked.kind != "group":  # a group's state may be unknown
            linked.country = group_of(linked.code, d)
        mentions.append(Mention(linked, start, end, ctx.sentence_index(start)))
    return sorted(mentions, key=lambda m: (m.start, m.end))
