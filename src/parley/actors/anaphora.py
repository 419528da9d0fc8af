"""Descriptions that point back to an actor named earlier in the same document.

Recognition keeps a small per-document memory (``Memory``) of who was named how: the
office a person holds ("the foreign minister" after "Omani Foreign Minister X"), the
mediators ("Qatari and Egyptian mediators", "talks mediated by the AU"), the last armed
group and organisation ("the rebels", "the group", "the bloc"), and the state whose
government fights the armed groups the document names ("the government", "the army").
A description with no antecedent is not a mention: precision over recall.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from parley.actors.cues import POSSESSIVE, apposed_person
from parley.actors.dictionary import (
    CAPITAL,
    DEMONYM,
    GOVBODY,
    GROUP,
    GROUPADJ,
    MILBODY,
    NAME,
    PERSON,
    PLURAL,
    SEAT,
    SHORT,
)
from parley.actors.lexicon import cue_words
from parley.actors.linker import office_holder
from parley.records import Actor

if TYPE_CHECKING:
    from parley.actors.mentions import _Recogniser


@dataclass
class Memory:
    """What earlier mentions tell later descriptions in the same document."""

    titled: dict[str, Actor] = field(default_factory=dict)  # title phrase → last holder
    mediators: dict[str, Actor] = field(default_factory=dict)  # group → actor
    last_group: Actor | None = None
    group_counts: dict[str, int] = field(default_factory=dict)  # group code → mentions
    last_org: Actor | None = None
    last_either: Actor | None = None
    home: str | None = None  # ISO3 of the state fighting the document's armed groups
    by_head: dict[str, Actor] = field(default_factory=dict)  # "alliance" → last ... Alliance
    codes: set[str] = field(default_factory=set)  # every code mentioned so far
    main: str | None = None  # ISO3 of the state named far more often than any other
    tails: dict[tuple[str, ...], Actor] = field(default_factory=dict)  # see ``_tail``
    states: dict[str, int] = field(default_factory=dict)  # ISO3 → order of its last mention


def home_state(rec: _Recogniser) -> str | None:
    """The state whose government fights every armed group named in the document. A group
    that fights another state counts for its own state when the story names that one and
    never the other: Hezbollah in a story about Beirut's disarmament plan that never names
    Israel is Lebanon's affair ("the government's plan" is Lebanon's)."""
    homes = set()
    named = _named_states(rec)
    for match in rec.ents.values():
        for label in (GROUP, GROUPADJ):
            code = match.labels.get(label)
            if code is None:
                continue
            entity = rec.d.entities.get(code)
            fights = rec.d.fights.get(code, entity.country if entity else None)
            if fights and entity is not None and fights != entity.country and (
                    fights not in named and entity.country in named):
                fights = entity.country
            if fights:
                homes.add(fights)
    for _start, _end, _after, actor in rec.unknown.values():
        if actor.kind == "group" and actor.country:  # groups known only by their name
            homes.add(actor.country)
    return homes.pop() if len(homes) == 1 else None


def party_of(rec: _Recogniser, state: str) -> Actor | None:
    """The party that "the <state> side", "<state> negotiators" and "<state> officials"
    stand for: an armed group of ``state`` already named in the document that fights
    another state (Hamas for "the Palestinian side" in a Gaza truce story), unless the
    state's own government was named before. Groups that fight their own state (the ELN,
    the RSF) are not their state's side: "Colombian negotiators" are the government's.
    """
    mem = rec.memory
    if f"{state}GOV" in mem.codes:
        return None
    best: tuple[int, str] | None = None
    for code, count in mem.group_counts.items():
        entity = rec.d.entities.get(code)
        if entity is None or entity.country != state:
            continue
        if rec.d.fights.get(code, state) in ("", state):
            continue
        if best is None or count >= best[0]:
            best = (count, code)
    if best is None:
        return None
    return rec.entity_actor(best[1], None)


# What counts as naming a state for ``main_state``: not its capital, often just a venue.
STATE_NAMING = (NAME, DEMONYM, PLURAL, SEAT, GOVBODY, MILBODY)


def _named_states(rec: _Recogniser) -> set[str]:
    """Every state the document names in any way (a person counts for their state)."""
    named = set()
    for match in rec.ents.values():
        for label, key in match.labels.items():
            person = rec.d.people.get(key) if label in (PERSON, SHORT) else None
            entity = rec.d.entities.get(key)
            if person is not None:
                named.add(person.country)
            elif entity is not None and entity.kind == "state":
                named.add(entity.code)
    return named


def _brokers(rec: _Recogniser) -> set[str]:
    """States cast as a process's broker by a hyphened participle: "the Kenyan-led talks",
    "a Qatar-brokered deal" ("-led" only before a word of talks: a "Saudi-led coalition"
    fights)."""
    w, found = cue_words(), set()
    for match in rec.ents.values():
        key = match.labels.get(NAME) or match.labels.get(DEMONYM)
        if key is None or rec.lower(match.end) not in ("-", "–"):
            continue
        part, k = rec.lower(match.end + 1), match.end + 2
        while rec.lower(k) not in w.topic_nouns and k < len(rec.tokens) and (
                rec.tokens[k].is_title):
            k += 1  # "the Kenya-led Tumaini Initiative"
        if part in w.acting_parts or (part == "led" and rec.lower(k) in w.topic_nouns):
            found.add(key)
    return found


def main_state(rec: _Recogniser) -> str | None:
    """The state the document is about when it names no armed group: named (by name,
    demonym, seat or body) at least twice, and at least twice as often as any other. A
    state cast as the broker ("the Kenyan-led talks") is not what the story is about."""
    counts: Counter[str] = Counter()
    brokers = _brokers(rec)
    for match in rec.ents.values():
        for label in STATE_NAMING:
            entity = rec.d.entities.get(match.labels.get(label, ""))
            if entity is not None and entity.kind == "state" and entity.code not in brokers:
                counts[entity.code] += 1
                break
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def title_keys(rec: _Recogniser, role: str) -> list[str]:
    """Title phrases a role answers to: "UN Special Envoy for Yemen" → special envoy, envoy."""
    key = role.lower()
    for cut in (" of ", " for ", " to ", " with "):
        key = key.split(cut, 1)[0]
    words = key.split()
    first = next((n for n in range(len(words))
                  if rec.d.heads.get(" ".join(words[n:])) in ("tgov", "tmil")), None)
    if first is None or (first and words[first - 1] in cue_words().deputy_words):
        return []
    keys = [" ".join(words[first:])]
    for n in range(first + 1, len(words)):
        phrase = " ".join(words[n:])
        if words[n - 1] not in cue_words().qualifiers:
            break
        if rec.d.heads.get(phrase) in ("tgov", "tmil"):
            keys.append(phrase)
    return keys


def remember(rec: _Recogniser, start: int, end: int, actor: Actor) -> None:
    """Update the memory with a mention just emitted."""
    mem = rec.memory
    mem.codes.add(actor.code)
    if actor.country and actor.kind in ("state", "person"):
        mem.states[actor.country] = start  # mentions come left to right
    if actor.kind == "person":
        roles = [rec.heads[i][2] for i in range(start, end)
                 if i in rec.heads and rec.heads[i][1] in ("tgov", "tmil")]
        if actor.role:
            roles.append(actor.role.removeprefix("former "))
        for role in roles:
            for key in title_keys(rec, role):
                mem.titled[key] = actor
    salient = actor
    entity = rec.d.entities.get(actor.code)
    if actor.kind not in ("group", "organisation", "state") and entity is not None and (
            entity.kind == "group"):
        # "a senior Hamas official ... the group": a member's mention makes the group salient
        salient = rec.entity_actor(entity.code, None)
    regional = entity is not None and entity.regional
    if salient.kind == "group" and not regional:
        mem.group_counts[salient.code] = mem.group_counts.get(salient.code, 0) + 1
        best = max(mem.group_counts.values())
        if mem.last_group is None or mem.group_counts.get(mem.last_group.code, 0) < best or (
            mem.group_counts[salient.code] == best
        ):
            mem.last_group = salient  # the most mentioned group, the latest on a tie
        mem.last_either = salient
    elif salient.kind == "organisation":
        mem.last_org = mem.last_either = salient
    if actor.kind in ("group", "organisation") and actor.name:
        head = actor.name.split()[-1].lower()
        if head in cue_words().name_heads:
            mem.by_head[head] = actor
    words = [rec.tokens[k] for k in range(start, end)]
    if actor.kind != "person" and len(words) >= 3 and all(t.is_title and t.is_alpha
                                                          for t in words):
        for n in range(2, len(words)):  # "Interim Administration" of "Tigray Interim ..."
            mem.tails[tuple(t.text for t in words[-n:])] = actor.model_copy(update={"text": None})
    if _mediating(rec, start, end):
        add_mediator(rec, actor)


def add_mediator(rec: _Recogniser, actor: Actor) -> None:
    group = actor.country or actor.code
    rec.memory.mediators.setdefault(group, actor.model_copy(update={"text": None}))


def acting_part(rec: _Recogniser, end: int) -> bool:
    """A participle of acting after a name: hyphened ("the Omani-mediated talks"), or,
    before a word of talks, not ("Chinese brokered peace talks")."""
    w = cue_words()
    if rec.lower(end) in ("-", "–"):
        return rec.lower(end + 1) in w.acting_parts
    return rec.lower(end) in w.acting_parts and (rec.lower(end + 1) in w.pair_nouns | w.topic_nouns)


def _mediating(rec: _Recogniser, start: int, end: int) -> bool:
    """ "mediated by X (and Y)", "an X-brokered deal", "Chinese brokered talks"."""
    lower = rec.lower
    w = cue_words()
    if lower(end) in ("-", "–") and lower(end + 1) in w.mediating_parts:
        return True
    if lower(end) in w.mediating_parts and acting_part(rec, end):
        return True
    p = start - 1
    while p >= 0 and (lower(p) in ("the", ",", "and") or rec.tokens[p].is_title or (
            p in rec.ents and rec.tokens[p].is_upper)):
        p -= 1
    if lower(p) == "from" and lower(p - 1) in w.mediators_before_names:
        p -= 1  # "mediators from Egypt, the US, Qatar and Turkey"
    if lower(p) in w.mediators_before_names and (
        rec.tokens[p].pos_ == "NOUN"
    ):
        return True  # "officials with mediators Qatar, Egypt and the US"
    if lower(p) != "by" or p < 1:
        return False
    verb = rec.tokens[p - 1]
    return verb.lemma_.lower() in w.mediating_verbs or verb.lower_ in w.mediating_parts


def _phrase(rec: _Recogniser, i: int, nouns: frozenset[str]) -> int | None:
    """End of the longest phrase of ``nouns`` starting at token ``i``."""
    for n in range(cue_words().name_phrase_words, 0, -1):
        if i + n > len(rec.tokens):
            continue
        if " ".join(rec.lower(k) for k in range(i, i + n)) in nouns:
            return i + n
    return None


def group_phrase(rec: _Recogniser, i: int) -> int | None:
    """End of a noun for an armed group at ``i`` ("movement", "rebels", "group")."""
    w = cue_words()
    return _phrase(rec, i, w.group_nouns | w.either_nouns)


def _after_the(rec: _Recogniser, i: int) -> int | None:
    """Start of "the [premodifiers]" before token ``i``, or None."""
    p, w = i - 1, cue_words()
    while p >= 0:
        if rec.lower(p) in w.premodifiers:
            p -= 1
        elif p >= 1 and rec.lower(p) in ("'s", "’s", "-", "–") and (
                rec.lower(p - 1) + rec.lower(p).replace("’", "'").replace("–", "-")
                in w.premodifiers):
            p -= 2  # "the country's army", "the internationally-recognised government"
        elif p >= 2 and rec.lower(p) == "led" and rec.lower(p - 1) in ("-", "–") \
                and rec.lower(p - 2) in w.home_mil:
            p -= 3  # "the army-led government": the home state's government all the same
        elif p >= 2 and rec.lower(p) in w.allegiance and rec.lower(p - 1) in ("-", "–"):
            p -= 2  # "the Iran-aligned group", "the UAE-backed paramilitary group"
            while p > 0 and rec.tokens[p - 1].is_title and rec.lower(p - 1) != "the":
                p -= 1  # a name of several words ("the United Arab Emirates-backed ...")
            p -= 1
        else:
            break
    return p if rec.lower(p) == "the" else None


def resolve(rec: _Recogniser, i: int) -> int | None:
    """A definite description at ``i`` that names an earlier actor; emits, returns its end."""
    start = _after_the(rec, i)
    if start is None:
        return None
    mem, w = rec.memory, cue_words()
    if (end := _phrase(rec, i, w.mediator_nouns)) is not None:
        if not mem.mediators or rec.lower(end) == "of":
            return None
        for actor in mem.mediators.values():
            rec.emit(start + 1, end, actor, remember_it=False)
        return end
    if (tail := _tail(rec, i)) is not None:
        rec.emit(start + 1, tail[0], tail[1], remember_it=False)
        return possessed(rec, start + 1, tail[0], tail[1])
    if (described := _described(rec, i)) is not None:
        rec.emit(start + 1, described[0], described[1])
        return possessed(rec, start + 1, described[0], described[1])
    found: Actor | None = None
    end = None
    if rec.lower(i) in mem.by_head and not (i + 1 < len(rec.tokens)
                                             and rec.tokens[i + 1].pos_ == "NOUN"):
        end, found = i + 1, mem.by_head[rec.lower(i)]
    elif (end := _phrase(rec, i, w.group_nouns)) is not None:
        found = mem.last_group
    elif (end := _phrase(rec, i, w.org_nouns)) is not None:
        found = mem.last_org
    elif (end := _phrase(rec, i, w.either_nouns)) is not None:
        found = mem.last_either
    if end is not None:
        nxt = rec.ents.get(end)
        if found is None or rec.lower(end) in ("of", "for") or (nxt and nxt.first(GROUP)):
            return None
        rec.emit(start + 1, end, found.model_copy(update={"text": None}), remember_it=False)
        return possessed(rec, start + 1, end, found)
    return _home(rec, start, i)


def _described(rec: _Recogniser, i: int) -> tuple[int, Actor] | None:
    """ "the sultanate", "the Gulf state", "the kingdom": a description in ``states.yaml``
    stands for the state named last that it describes ("Oman hosted the talks ... the
    sultanate said"); none named, no mention; "the Kingdom of ..." is a name."""
    descriptions = rec.d.descriptions
    for n in (3, 2, 1):
        phrase = " ".join(rec.lower(k) for k in range(i, i + n))
        codes = descriptions.get(phrase)
        if not codes or rec.lower(i + n) == "of":
            continue
        named = [(rec.memory.states[c], c) for c in codes if c in rec.memory.states]
        if not named:
            return None
        return i + n, rec.entity_actor(max(named)[1], None)
    return None


def _tail(rec: _Recogniser, i: int) -> tuple[int, Actor] | None:
    """ "the Interim Administration" after "the Tigray Interim Administration": the last two
    or more words of a capitalised name of several words named earlier stand for its actor,
    as "the alliance" does for an alliance (a name that goes on is another one)."""
    tails, tokens = rec.memory.tails, rec.tokens
    for n in range(max((len(t) for t in tails), default=0), 1, -1):
        if i + n > len(tokens) or tuple(t.text for t in tokens[i:i + n]) not in tails:
            continue
        after = tokens[i + n] if i + n < len(tokens) else None
        if after is not None and (after.lower_ == "of" or (after.is_title and after.pos_ in (
                "PROPN", "NOUN"))):
            return None  # "the Interim Administration of Jubaland", "... Administration Office"
        return i + n, tails[tuple(t.text for t in tokens[i:i + n])]
    return None


def possessed(rec: _Recogniser, start: int, end: int, owner: Actor) -> int:
    """ "the movement's leader Jane Doe", "the government's foreign minister, Jane Doe"."""
    if rec.lower(end) not in POSSESSIVE:
        return end
    k = end + 1
    title_end, title = rec.titles(k)
    if title is None or title == "honorific":
        return end
    name_end = rec.named_person(title_end, True)
    if name_end is not None:
        match = rec.ents.get(title_end)
        if match is not None and match.end == name_end:
            return rec.person_at(k, title_end, name_end, False, None, None)
        rec._stranger(title_end, name_end, owner.model_copy(update={"text": None}))
        return name_end
    if apposed_person(rec, start, title_end) is not None:
        return title_end  # "Jane Doe, the group's chief negotiator": Jane Doe is the mention
    phrase = rec.heads[k][2] if k in rec.heads else None
    actor = owner.model_copy(update={"text": None, "kind": "person", "name": None,
                                     "role": phrase})
    if owner.kind == "state":
        sector = "MIL" if title == "tmil" else "GOV"
        actor = actor.model_copy(update={"code": owner.code[:3] + sector})
    rec.emit(k, title_end, actor)
    return rec.apposed_after(title_end, actor)


def _home(rec: _Recogniser, start: int, i: int) -> int | None:
    """ "the government", "the authorities", "the army": the home state's; in a document
    that names no armed group, the main state's ("the government delegation" in a story
    about one state's talks)."""
    home = rec.memory.home or _sentence_home(rec, i) or rec.memory.main
    if home is None or home not in rec.d.entities:
        return None
    w = cue_words()
    if (end := _phrase(rec, i, w.home_gov)) is not None:
        sector = "GOV"
    elif (end := _phrase(rec, i, w.home_mil)) is not None:
        sector = "MIL"
    else:
        return None
    if rec.lower(end) in ("of", "-", "–") or rec.ents.get(end):
        return None
    if rec.lower(end) == "in" and not _home_place(rec, end + 1, home):
        return None  # "the government in exile"; "the government in Port Sudan" is home's
    actor = rec.entity_actor(home, sector)
    rec.emit(start + 1, end, actor)
    return possessed(rec, start + 1, end, actor)


def _sentence_home(rec: _Recogniser, i: int) -> str | None:
    """With armed groups of several states in a story (the Houthis and Hamas), "the
    government and the Houthis": the state that the groups named in this sentence fight."""
    sent = rec.tokens[i].sent
    homes = set()
    for start, match in rec.ents.items():
        if not sent.start <= start < sent.end:
            continue
        for label in (GROUP, GROUPADJ):
            code = match.labels.get(label)
            entity = rec.d.entities.get(code) if code else None
            fights = rec.d.fights.get(code, entity.country if entity else None) if code else None
            if fights:
                homes.add(fights)
    return homes.pop() if len(homes) == 1 else None


def _home_place(rec: _Recogniser, i: int, home: str) -> bool:
    """A place of the home state starts at token ``i`` ("in Port Sudan", "in Aden")."""
    from parley.actors import lookup_place

    for n in (3, 2, 1):
        if i + n <= len(rec.tokens):
            loc = lookup_place(" ".join(rec.tokens[k].text for k in range(i, i + n)))
            if loc is not None:
                return loc.country == home
    return False


def bare_title(rec: _Recogniser, i: int, title_end: int, phrase: str) -> Actor | None:
    """Who "the <title>" is: the last holder named, else the home state's office holder."""
    if _after_the(rec, i) is None:
        return None
    known = rec.memory.titled.get(phrase)
    if known is not None:
        return known.model_copy(update={"text": None})
    kind = rec.heads[i][1] if i in rec.heads else "tgov"
    sector = "MIL" if kind == "tmil" else "GOV"
    home = rec.memory.home
    if home is not None:
        holder = office_holder(rec.d, home + sector, phrase, rec.when)
        return rec.person(holder) if holder is not None else None
    # no home state: the one state named so far, as an actor or a place, that has such an
    # office holder ("talks in Qatar, mediated by the emir" in a story naming Rwanda too)
    states = {c[:3] for c in rec.memory.codes if c[3:] in ("", "GOV", "MIL", "ELI")}
    states.update(m.labels[lab] for start, m in rec.ents.items() if start < i
                  for lab in (*STATE_NAMING, CAPITAL) if lab in m.labels)
    holders = {}
    for state in sorted(states):
        entity = rec.d.entities.get(state)
        if entity is not None and entity.kind == "state" and (
                holder := office_holder(rec.d, state + sector, phrase, rec.when)):
            holders[holder.name] = holder
    return rec.person(holders.popitem()[1]) if len(holders) == 1 else None


QUOTES = {'"', "“", "”", "'", "‘", "’"}
BLOC_SEPARATORS = {"—", "–", "-", "(", ",", ":"}


def find_blocs(rec: _Recogniser) -> dict[str, tuple[int, list[str]]]:
    """Names the text defines as a set of states: "the “Quad” countries — the United
    States, the UAE, Saudi Arabia and Egypt", "the Quartet (USA, Saudi Arabia, Egypt and
    the UAE)". A capitalised word no dictionary knows, then a list of three states or more;
    word → (where it is defined, the states' codes)."""
    blocs: dict[str, tuple[int, list[str]]] = {}
    tokens, nouns = rec.tokens, cue_words().bloc_nouns
    for q, token in enumerate(tokens):
        if q in rec.ents or not token.text.isalnum() or not token.text[:1].isupper() or (
                token.pos_ != "PROPN" or token.is_sent_start or token.text in blocs):
            continue
        k = q + 1
        k += rec.lower(k) in QUOTES
        k += rec.lower(k) in nouns
        if rec.lower(k) not in BLOC_SEPARATORS:
            continue
        members: list[str] = []
        k += 1
        while True:
            k += rec.lower(k) == "the"
            match = rec.ents.get(k)
            entity = rec.d.entities.get(match.labels.get(NAME, "")) if match else None
            if match is None or entity is None or entity.kind != "state":
                break
            members.append(entity.code)
            k = match.end
            if rec.lower(k) not in (",", "and"):
                break
            k += 1 + (rec.lower(k + 1) == "and")
        if len(set(members)) >= 3:
            blocs[token.text] = (q, members)
    return blocs


def bloc(rec: _Recogniser, i: int) -> int | None:
    """ "The Quad called for a truce": a name the text defined as a set of states stands
    for each of them (one mention per state on the name), not where it is defined (the
    states are named there) nor after a preposition of place."""
    found = rec.blocs.get(rec.tokens[i].text)
    if found is None or found[0] == i or rec.lower(i - 1) in cue_words().locative or (
            rec.lower(i - 2) in cue_words().locative and rec.lower(i - 1) == "the"):
        return None
    end = i + 1 + (rec.lower(i + 1) in cue_words().bloc_nouns)
    for code in found[1]:
        rec.emit(i, end, rec.entity_actor(code, None), remember_it=False)
    return end
