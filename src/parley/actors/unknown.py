"""Armed groups and political bodies missing from the dictionaries, known by their name.

"the Northern Hills Defence Army", "the Ta'ang National Liberation Army (TNLA)",
"Democratic Forces for the Liberation of Rwanda": a capitalised name whose head is an
armed or political noun (Army, Forces, Front, Movement, Alliance, ...) is an actor even
when no dictionary lists it. Its code is CAMEO-style, ``<ISO3><ACRONYM>``: the state is
a country name or demonym inside or just before the name ("Libyan", "Myanmar's"), else
the document's conflict state when that is one state; the acronym is the one introduced
in brackets after the name, else the name's initials. An acronym introduced in brackets
names the same actor later in the document. "<State> (National) Army/Armed Forces" is
that state's military (``<ISO3>MIL``). Newspapers, companies, NGOs and agencies are not
recognised: their heads are not in the lists, and names with their words are skipped.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from parley.actors.dictionary import CAPITAL, DEMONYM, GROUP, GROUPADJ, MILBODY, NAME
from parley.actors.linker import SECTORS
from parley.records import Actor

if TYPE_CHECKING:
    from parley.actors.mentions import _Recogniser

# Heads that make a name an armed actor on their own ("Arakan Army").
ARMED_HEADS = frozenset({"Army", "Forces", "Brigade", "Brigades", "Militia", "Militias",
                         "Battalion", "Battalions", "Mujahideen"})
# Heads that need a political word in the name ("Justice and Equality Movement", not
# "Non-Aligned Movement"); those in POLITICAL_HEADS are organisations unless the name
# has an armed word, and need their state named in or before the name.
FLAVOURED_HEADS = frozenset({"Front", "Movement", "Alliance", "Resistance", "Organisation",
                             "Organization", "Union", "Council", "Coalition", "Party",
                             "Congress"})
POLITICAL_HEADS = frozenset({"Council", "Coalition", "Party", "Congress", "Union",
                             "Organisation", "Organization"})
FLAVOUR = frozenset({"Liberation", "Independence", "Revolutionary", "Resistance", "Salvation",
                     "National", "People", "Democratic", "Islamic", "Justice", "Unity",
                     "Patriotic", "Popular", "Transitional", "Military", "Freedom",
                     "Opposition", "Rebel", "Solidarity", "Defence", "Defense", "Brotherhood",
                     "Mujahideen", "Jihad", "Armed", "Sovereignty", "Restoration", "Change",
                     "Army", "Forces", "Liberty", "Struggle", "Self-Defence"})
ARMED_WORDS = ARMED_HEADS | frozenset({"Liberation", "Resistance", "Defence", "Defense",
                                       "Armed", "Rebel", "Jihad", "Army", "Forces"})
# Words of ordinary organisations: a name with one of them is not a negotiating actor.
NOT_ACTORS = frozenset({"News", "Times", "Post", "Press", "Agency", "Institute", "Foundation",
                        "University", "Watch", "Crisis", "Bank", "Company", "Corporation",
                        "Centre", "Center", "Club", "League", "Museum", "School", "College",
                        "Hospital", "Channel", "Radio", "Television", "TV", "Network",
                        "Magazine", "Journal", "Daily", "Tribune", "Gazette", "Herald",
                        "Service", "Services", "Refugee", "Relief", "Rescue", "Health",
                        "Rights", "Crescent", "Football", "Cup", "Airlines", "Association",
                        "Fund", "Programme", "Program", "Doctors", "Security", "Reaction",
                        "Task", "Peacekeeping", "Coalition"})
# Modifiers that alone do not make a name ("Special Forces", "Government Forces").
GENERIC = frozenset({"Armed", "Defence", "Defense", "Special", "Government", "Rebel", "Allied",
                     "Ground", "Air", "Naval", "Federal", "National", "Regular", "Joint",
                     "Border", "Military", "Royal", "State", "Police", "Republican", "People",
                     "Popular", "Opposition", "Regional", "Local", "Foreign", "Western",
                     "Eastern", "Northern", "Southern", "Islamic", "Arab", "Red", "Interim"})
STATE_LABELS = (NAME, DEMONYM, CAPITAL)
CONNECTORS = frozenset({"of", "for", "the", "and"})
MAX_TOKENS = 10


def _cap(token_text: str) -> bool:
    return token_text[:1].isupper() and any(c.isalpha() for c in token_text)


def _state_at(rec: _Recogniser, i: int) -> tuple[int, str] | None:
    """(end, ISO3) of a state name, demonym or capital matched at token ``i``."""
    match = rec.ents.get(i)
    if match is None:
        return None
    for label in STATE_LABELS:
        code = match.labels.get(label)
        if code and rec.d.entities.get(code) and rec.d.entities[code].kind == "state":
            return match.end, code
    return None


def _title_case_sentence(rec: _Recogniser, i: int) -> bool:
    """A headline in Title Case: its capitalised runs are not names."""
    sent = rec.tokens[i].sent
    words = [t for t in sent if t.is_alpha]
    return len(words) >= 6 and sum(t.is_title for t in words) > 0.6 * len(words)


def _left(rec: _Recogniser, head: int, floor: int) -> int:
    """First token of the capitalised run that ends with ``head``."""
    start = head
    while start - 1 >= floor:
        p = start - 1
        token = rec.tokens[p]
        if token.text in ("'s", "’s", "-") and p - 1 >= floor and _cap(rec.tokens[p - 1].text):
            start = p
            continue
        if not _cap(token.text) or token.ent_type_ in ("DATE", "TIME", "PERSON"):
            break
        if token.pos_ not in ("PROPN", "NOUN", "ADJ", "NUM") or p in rec.head_tokens:
            break
        match = rec.ents.get(p)
        if match is not None and not _state_at(rec, p):
            break  # a dictionary name (a person, an organisation) is not part of this one
        start = p
    return start


def _right(rec: _Recogniser, head: int, has_left: bool) -> int:
    """End of the name after its head: "-North", "-in-Opposition", "of/for (the) X"."""
    end, n = head + 1, len(rec.tokens)
    while end < n:
        text = rec.tokens[end].text
        if text in ("-", "–") and end + 1 < n and (
            _cap(rec.tokens[end + 1].text) or rec.tokens[end + 1].lower_ == "in"
        ):
            k = end + 1
            while k < n and (rec.tokens[k].lower_ in ("in", "-") or _cap(rec.tokens[k].text)):
                k += 1
            end = k
            continue
        if text in ("of", "for") and end + 1 < n:
            k = end + 1
            if rec.tokens[k].lower_ == "the":
                k += 1
            run = k
            while run < n and _cap(rec.tokens[run].text) and rec.tokens[run].pos_ == "PROPN" or (
                run < n and rec.tokens[run].lower_ in ("of", "and") and run > k
                and run + 1 < n and _cap(rec.tokens[run + 1].text)
            ):
                run += 1
            words = {t.text for t in rec.tokens[k:run]}
            if run > k and (not has_left or words & FLAVOUR):
                end = run
                continue
        break
    return end


def _acronym(rec: _Recogniser, end: int) -> tuple[str, int] | None:
    """An acronym introduced in brackets right after a name: ("SPLM-IO", end of ")")."""
    if rec.lower(end) != "(":
        return None
    k = end + 1
    while k < len(rec.tokens) and k < end + 6 and rec.tokens[k].text != ")":
        k += 1
    if k >= len(rec.tokens) or rec.tokens[k].text != ")":
        return None
    text = "".join(t.text_with_ws for t in rec.tokens[end + 1:k]).strip()
    if not re.fullmatch(r"[A-Z][A-Za-z0-9/\-]{1,11}", text) or sum(c.isupper() for c in text) < 2:
        return None
    return text, k + 1


def _initials(rec: _Recogniser, start: int, end: int) -> str:
    letters = [t.text[0] for t in rec.tokens[start:end] if _cap(t.text) and t.text[0].isalpha()]
    return "".join(letters).upper()


def conflict_state(rec: _Recogniser) -> str | None:
    """The document's conflict state: the one whose military or armed groups it names,
    else the state named most (twice as often as any other), when that is one state."""
    fighting: Counter[str] = Counter()
    named: Counter[str] = Counter()
    for i, match in rec.ents.items():
        for label in (GROUP, GROUPADJ):
            code = match.labels.get(label)
            if code and code in rec.d.entities:
                fighting[rec.d.fights.get(code) or rec.d.entities[code].country] += 1
        if MILBODY in match.labels:
            fighting[match.labels[MILBODY]] += 1
        state = _state_at(rec, i)
        if state is None:
            continue
        named[state[1]] += 1
        k = state[0] + (1 if rec.lower(state[0]) in ("'s", "’s") else 0)
        if rec.head(k, "mil") or rec.lower(k) == "junta":
            fighting[state[1]] += 1
    for counts in (fighting, named):
        ranked = counts.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            if counts is named and ranked[0][1] < 2:
                return None
            return ranked[0][0] or None
    return None


def find(rec: _Recogniser) -> dict[int, tuple[int, int, Actor]]:
    """start token → (end of the name, end of any "(ACRONYM)" after it, actor) for every
    unknown named group in the document and every later use of its acronym."""
    found: dict[int, tuple[int, int, Actor]] = {}
    covered = -1
    conflict: list[str | None] = []
    for head, token in enumerate(rec.tokens):
        if head < covered or token.text not in ARMED_HEADS | FLAVOURED_HEADS:
            continue
        floor = max(covered, token.sent.start, head - MAX_TOKENS)
        start = _left(rec, head, floor)
        if rec.lower(start) == "the" or rec.tokens[start].text == "The":
            start += 1
        end = _right(rec, head, start < head)
        if end - start < 2 or _title_case_sentence(rec, head):
            continue
        made = _make(rec, start, end, head, conflict)
        if made is None:
            continue
        first, last, actor, acronym = made
        covered = last
        found[first] = (min(end, last), last, actor)
        if acronym:
            _reuse(rec, acronym, last, actor, found)
    return found


def _make(rec: _Recogniser, start: int, end: int, head: int,
          conflict: list[str | None]) -> tuple[int, int, Actor, str | None] | None:
    tokens = rec.tokens[start:end]
    words = {t.text for t in tokens}
    if words & NOT_ACTORS:
        return None
    dict_match = rec.ents.get(start)
    if dict_match is not None and dict_match.end >= end and not _state_at(rec, start):
        return None  # the dictionary knows this name
    head_word = rec.tokens[head].text
    if head_word in FLAVOURED_HEADS and not (words & FLAVOUR):
        return None
    states: set[str] = set()
    state_tokens: set[int] = set()
    i = start
    while i < end:
        state = _state_at(rec, i)
        if state is not None:
            states.add(state[1])
            state_tokens.update(range(i, state[0]))
            i = state[0]
        else:
            i += 1
    first = start
    before = _state_before(rec, start)
    if before is not None and not states:
        first, code = before
        states.add(code)
    own = [t for k, t in enumerate(tokens, start) if k not in state_tokens and _cap(t.text)
           and t.text not in ARMED_HEADS | FLAVOURED_HEADS]
    if all(t.text in GENERIC for t in own):
        if not states or head_word not in ("Army", "Forces") or len(states) != 1:
            return None
        code = states.pop()  # "Somali National Army", "the Ukrainian Armed Forces"
        return first, end, Actor(code=code + "MIL", country=code,
                                 name=rec.d.entities[code].name, kind="state"), None
    armed = bool(words & ARMED_WORDS) or head_word not in POLITICAL_HEADS
    if len(states) > 1:
        return None
    country = states.pop() if states else None
    if country is None and not armed:
        return None
    if country is None:
        if not conflict:
            conflict.append(conflict_state(rec))
        country = conflict[0]
    introduced = _acronym(rec, end)
    acronym = introduced[0] if introduced else None
    letters = re.sub(r"[^A-Za-z0-9]", "", acronym).upper() if acronym else _initials(
        rec, start, end)
    letters = letters[:6]
    if len(letters) < 2 and country is None:
        return None
    if letters in SECTORS or len(letters) < 2:
        letters = "REB"
    code = (country or "") + letters
    if country is None and code in rec.d.entities:
        return None
    name = rec.doc[start:end].text
    actor = Actor(code=code, country=country, name=name, kind="group" if armed else "organisation")
    last = introduced[1] if introduced else end
    return first, last, actor, acronym


def _state_before(rec: _Recogniser, start: int) -> tuple[int, str] | None:
    """ "Myanmar's Arakan Army", "the Malian Azawad front": the state named just before."""
    p = start - 1
    possessive = rec.lower(p) in ("'s", "’s")
    if possessive:
        p -= 1
    for q in range(max(0, p - 3), p + 1):
        state = _state_at(rec, q)
        if state is not None and state[0] == p + 1:
            match = rec.ents[q]
            if possessive or DEMONYM in match.labels:
                return q, state[1]
    return None


def _reuse(rec: _Recogniser, acronym: str, after: int, actor: Actor,
           found: dict[int, tuple[int, int, Actor]]) -> None:
    """Later uses of an acronym introduced in brackets name the same actor."""
    doc = rec.doc
    text = doc.text
    pattern = re.compile(r"(?<![\w\-])" + re.escape(acronym) + r"(?![\w\-])")
    begin = rec.tokens[after - 1].idx + 1 if after > 0 else 0
    for m in pattern.finditer(text, begin):
        span = doc.char_span(m.start(), m.end())
        if span is not None and span.start not in found:
            found[span.start] = (span.end, span.end, actor)
