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
recognised: their heads are not in the lists, and names with their words are skipped
(the word lists are in ``data/cues.yaml``).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from parley.actors.dictionary import CAPITAL, DEMONYM, GROUP, GROUPADJ, MILBODY, NAME, ORG
from parley.actors.lexicon import cue_words
from parley.actors.linker import SECTORS
from parley.records import Actor

if TYPE_CHECKING:
    from parley.actors.mentions import _Recogniser

STATE_LABELS = (NAME, DEMONYM, CAPITAL)
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


def _state_cover(rec: _Recogniser) -> dict[int, tuple[int, int, str]]:
    """token → (start, end, ISO3) of the state name covering it ("The Sudan")."""
    cover = {}
    for i in rec.ents:
        state = _state_at(rec, i)
        if state is not None:
            for k in range(i, state[0]):
                cover[k] = (i, state[0], state[1])
    return cover


def _title_case_sentence(rec: _Recogniser, i: int) -> bool:
    """A headline in Title Case: its capitalised runs are not names."""
    sent = rec.tokens[i].sent
    words = [t for t in sent if t.is_alpha and not t.is_sent_start]
    function = sum(t.is_title and t.pos_ in ("ADP", "VERB", "AUX", "CCONJ", "ADV") for t in words)
    return function >= 2 or (len(words) >= 6 and sum(t.is_title for t in words) > 0.85 * len(words))


def _left(rec: _Recogniser, head: int, floor: int, cover: dict[int, tuple[int, int, str]],
          titles: set[int]) -> int:
    """First token of the capitalised run that ends with ``head``."""
    start = head
    while start - 1 >= floor:
        p = start - 1
        token = rec.tokens[p]
        if token.text in ("'s", "’s", "-") and p - 1 >= floor and _cap(rec.tokens[p - 1].text) and (
            p - 1 not in cover
        ):
            start = p
            continue
        if token.lower_ in ("and", "&") and token.ent_type_ == "ORG" and token.ent_iob_ == "I" and (
            p - 1 >= floor and _cap(rec.tokens[p - 1].text)
        ):
            start = p  # "Justice and Equality Movement": one named entity
            continue
        if not _cap(token.text) or token.ent_type_ in ("DATE", "TIME", "PERSON"):
            break
        if token.pos_ not in ("PROPN", "NOUN", "ADJ", "NUM") or p in titles:
            break
        if p in rec.ents and p not in cover:
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
            while run < n and _name_word(rec, run, k):
                run += 1
            words = {t.text for t in rec.tokens[k:run]}
            if run > k and (not has_left or words & cue_words().flavour):
                end = run
                continue
        break
    return end


def _name_word(rec: _Recogniser, i: int, first: int) -> bool:
    """Whether token ``i`` continues an "of/for" part of a name that starts at ``first``."""
    token = rec.tokens[i]
    if _cap(token.text) and token.pos_ == "PROPN":
        return True
    nxt = i + 1
    return (token.lower_ in ("of", "and") and i > first and nxt < len(rec.tokens)
            and _cap(rec.tokens[nxt].text))


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


def find(rec: _Recogniser) -> dict[int, tuple[int, int, int, Actor]]:
    """first token → (start, end of the name, end of any "(ACRONYM)" after it, actor) for
    every unknown named group in the document and every later use of its acronym; the
    first token is where a state name in it begins ("the Sudan" in "the Sudan Liberation
    Movement"), the mention starts after any "the"."""
    found: dict[int, tuple[int, int, int, Actor]] = {}
    covered = -1
    conflict: list[str | None] = []
    cover = _state_cover(rec)
    titles = {k for s, (e, label, _) in rec.heads.items() if label in ("tgov", "tmil")
              for k in range(s, e)}  # "President", "Army Chief": not part of a name
    heads = cue_words().armed_heads | cue_words().flavoured_heads
    for head, token in enumerate(rec.tokens):
        if head < covered or token.text not in heads or head in titles:
            continue
        floor = max(covered, token.sent.start, head - MAX_TOKENS)
        start = _left(rec, head, floor, cover, titles)
        if rec.lower(start) == "the" or rec.tokens[start].text == "The":
            start += 1
        end = _right(rec, head, start < head)
        if end - start < 2 or _title_case_sentence(rec, head):
            continue
        made = _make(rec, start, end, head, conflict, cover)
        if made is None:
            continue
        first, last, actor, acronym = made
        covered = last
        mention = first + 1 if rec.lower(first) == "the" else first
        found[first] = (mention, min(end, last), last, actor)
        if acronym:
            _reuse(rec, acronym, last, actor, found)
    for match in list(rec.ents.values()):  # "the Arakan Army (AA)": a known name's acronym
        known = match.first(GROUP, ORG)
        introduced = _acronym(rec, match.end) if known else None
        if known and introduced and introduced[0] not in rec.d.surfaces:
            _reuse(rec, introduced[0], introduced[1], rec.entity_actor(known[1], None), found)
    return found


def _make(rec: _Recogniser, start: int, end: int, head: int, conflict: list[str | None],
          cover: dict[int, tuple[int, int, str]]) -> tuple[int, int, Actor, str | None] | None:
    tokens = rec.tokens[start:end]
    words, w = {t.text for t in tokens}, cue_words()
    if words & w.not_actors:
        return None
    for k in range(max(0, start - MAX_TOKENS), end):
        match = rec.ents.get(k)
        if match is not None and match.end > start and k not in cover:
            return None  # the dictionary knows this name, or a name inside it
    head_word = rec.tokens[head].text
    if head_word in w.flavoured_heads and not (words & w.flavour):
        return None
    states = {cover[k][2] for k in range(start, end) if k in cover}
    state_tokens = {k for k in range(start, end) if k in cover}
    first = cover[start][0] if start in cover else start  # "The Sudan Liberation Movement"
    before = _state_before(rec, start)
    if before is not None and not states:
        first, code = before
        states.add(code)
    own = [t for k, t in enumerate(tokens, start) if k not in state_tokens and _cap(t.text)
           and t.text not in w.armed_heads | w.flavoured_heads]
    if all(t.text in w.generic for t in own):
        if not states or head_word not in w.state_army_heads or len(states) != 1:
            return None
        code = states.pop()  # "Somali National Army", "the Ukrainian Armed Forces"
        return first, end, Actor(code=code + "MIL", country=code,
                                 name=rec.d.entities[code].name, kind="state"), None
    armed = bool(words & w.armed_words) or head_word not in w.political_heads
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
           found: dict[int, tuple[int, int, int, Actor]]) -> None:
    """Later uses of an acronym introduced in brackets name the same actor."""
    doc = rec.doc
    text = doc.text
    pattern = re.compile(r"(?<![\w\-])" + re.escape(acronym) + r"(?![\w\-])")
    begin = rec.tokens[after - 1].idx + 1 if after > 0 else 0
    for m in pattern.finditer(text, begin):
        span = doc.char_span(m.start(), m.end())
        if span is not None and span.start not in found:
            found[span.start] = (span.start, span.end, span.end, actor)
