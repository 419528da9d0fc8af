"""Context cues that decide how a name is used: as an actor, or as a place or topic.

"Moscow rejected the plan" names an actor; "talks in Moscow", "eastern Ukraine", "the
Ukraine war" and "Ukraine's territory" name places or topics. Decided from the
neighbouring words and the parse, never from the sentence as a whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.actors.dictionary import GOVBODY, GROUP, GROUPADJ, MILBODY, ORG, PERSON, SHORT
from parley.actors.lexicon import cue_words
from parley.records import Actor

if TYPE_CHECKING:
    from parley.actors.mentions import _Match, _Recogniser

# Possessive clitics and the spaCy entity labels of other names: grammar, not cue words
# (those are in ``data/cues.yaml``).
POSSESSIVE = {"'s", "’s", "'", "’"}
VETO_ENTS = {"ORG", "FAC", "WORK_OF_ART", "PERSON", "EVENT", "LAW", "PRODUCT"}


def _ent_bounds(rec: _Recogniser, i: int) -> tuple[int, int]:
    tokens = rec.tokens
    start, end = i, i + 1
    while start > 0 and tokens[start].ent_iob_ == "I":
        start -= 1
    while end < len(tokens) and tokens[end].ent_iob_ == "I":
        end += 1
    return start, end


def inside_larger_name(rec: _Recogniser, start: int, end: int) -> bool:
    """ "Washington Post", "Moscow State University": the match is part of another name."""
    token = rec.tokens[start]
    if token.ent_type_ not in VETO_ENTS:
        return False
    ent_start, ent_end = _ent_bounds(rec, start)
    if rec.lower(ent_start) == "the":
        ent_start += 1
    return ent_start < start or ent_end > end


# Labels of names that a longer proper name can swallow ("Ta'ang National Liberation Army"
# is not the National Liberation Army); states and cities are handled by ``is_place``.
SWALLOWED = frozenset({ORG, GROUP, GOVBODY, MILBODY, GROUPADJ, PERSON, SHORT})
NAME_ENTS = frozenset({"ORG", "NORP", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT"})


def inside_longer_name(rec: _Recogniser, match: _Match) -> bool:
    """A dictionary name continued to its left by a capitalised word of the same proper
    name (one spaCy entity, or a PROPN compound of it) is part of another name."""
    start, end = match.start, match.end
    if set(match.labels) == {SHORT} and end < len(rec.tokens) and end not in rec.ents:
        after = rec.tokens[end]  # "Foreign Minister Abbas Araqchi" is not Mahmoud Abbas
        if after.text[:1].isupper() and after.pos_ == "PROPN" and after.ent_iob_ == "I" and (
                after.ent_type_ == "PERSON"):
            return True
    p = start - 1
    if p < 0 or not (set(match.labels) & SWALLOWED) or (set(match.labels) - SWALLOWED):
        return False
    token = rec.tokens[p]
    if not token.text[:1].isupper() or token.pos_ != "PROPN" or p in rec.head_tokens or (
        token.lower_ in cue_words().honorifics or (token.is_sent_start and token.is_stop)
    ):
        return False
    if any(k in rec.ents and rec.ents[k].end > p for k in range(max(0, p - 3), p + 1)):
        return False  # the word belongs to another dictionary name
    person = bool(set(match.labels) & {PERSON, SHORT})
    if token.ent_type_ not in NAME_ENTS | {"", "PERSON"}:
        return False  # "On 6 May Hamas announced": a date, not part of the name
    # A short form inside a longer personal name is someone else ("Mohamed Bashir X" is
    # not Omar al-Bashir); full names keep their honorifics and titles outside.
    short_only = set(match.labels) == {SHORT}
    same_ent = rec.tokens[start].ent_iob_ == "I" and (
        token.ent_type_ in NAME_ENTS or ((not person or short_only)
                                         and token.ent_type_ == "PERSON"))
    compound = (not person and token.dep_ == "compound" and start <= token.head.i < end
                and token.ent_type_ != "PERSON")
    return same_ent or compound


def is_place(rec: _Recogniser, start: int, end: int) -> bool:
    """Whether the state or city name at [start, end) is used as a place or topic here."""
    lower, w = rec.lower, cue_words()
    if inside_larger_name(rec, start, end):
        return True
    p = start - 1
    if lower(p) in w.compass:
        return True
    if dateline(rec, start, end) or media_name(rec, end):
        return True
    if lower(p) in ("the", "all", "of") and lower(p - 1) in w.compass | w.portion_words:
        return True
    after = lower(end)
    if after in POSSESSIVE:
        return lower(end + 1) in w.place_nouns or ((
            rec.tokens[end + 1].pos_ == "ADJ" if end + 1 < len(rec.tokens) else False
        ) and lower(end + 2) in w.place_nouns) or owned_outlet(rec, end + 1)
    if after in ("-", "–") and lower(end + 1) in w.backed:
        return True  # "the Iran-backed rebels": a description of the rebels, not Iran acting
    if after in ("-", "–") and lower(end + 1) in w.acting_parts:
        return False  # "in the Oman-mediated talks": Oman acts, whatever the preposition
    hyphen_pair = after in ("-", "–", "/") or lower(start - 1) in ("-", "–", "/")
    if after in w.topic_nouns and not hyphen_pair:
        return True
    while lower(p) == "the":
        p -= 1
    if lower(p) in ("and", "or", ","):  # "in Abu Dhabi and Washington": the first conjunct's
        q = p - 1                          # preposition governs the second too
        while q >= 0 and (rec.tokens[q].is_title or rec.tokens[q].text in ("-", "'s")):
            q -= 1
        if lower(q) in w.locative:
            return True
    if lower(p) in w.locative or lower(p) in w.city_nouns:
        return True
    token = rec.tokens[start]
    if token.dep_ == "dobj" and token.head.lemma_.lower() in (
            w.motion | w.conquest | w.arrival_verbs):
        return True
    if lower(p) in ("on", "of", "against", "for") and rec.tokens[p].head.lower_ in w.attack_nouns:
        return True
    if lower(p) in ("for", "to") and rec.tokens[p].head.lemma_.lower() in w.posted:
        return True  # "the UN envoy for Yemen", "Riyadh's ambassador to Yemen": a posting
    if lower(p) == "for":  # "the delegation is leaving for Doha"
        return rec.tokens[p].head.lemma_.lower() in w.departures
    if lower(p) not in ("to", "from"):
        return False
    head = rec.tokens[p].head
    if head.pos_ == "ADV" and head.lower_ in w.motion_adverbs:
        head = head.head  # "travelled back to Juba"
    return head.lemma_.lower() in w.motion


def media_name(rec: _Recogniser, end: int) -> bool:
    """The name continues into a news outlet's name: "the Israel Hayom news website"."""
    tokens = rec.tokens
    if end >= len(tokens) or end in rec.ents or end in rec.heads:
        return False
    token = tokens[end]
    if not (token.text[:1].isupper() or token.is_digit) or token.pos_ not in ("PROPN", "NUM",
                                                                               "NOUN", "ADJ"):
        return False
    w = cue_words()
    return token.lower_ in w.media_words or rec.lower(end + 1) in w.media_nouns


def owned_outlet(rec: _Recogniser, k: int) -> bool:
    """ "Egypt's state-affiliated Al Qahera News", "Israel's Channel 12": the state owns the
    outlet that reports; it does not act."""
    tokens, w = rec.tokens, cue_words()
    stop = min(k + 4, len(tokens))
    while k < stop and (tokens[k].is_lower or tokens[k].text in ("-", "–")):
        token = tokens[k]
        if token.lower_ in w.outlet_nouns:
            return True  # "Russia's state news agency"
        hyphened = rec.lower(k + 1) in ("-", "–") or token.text in ("-", "–")
        if not hyphened and (k in rec.head_tokens or (
                token.pos_ != "ADJ" and token.dep_ not in ("amod", "compound"))):
            return False  # "Qatar's prime minister", "Egypt's demand that the agency"
        k += 1  # "state-affiliated", "public"
    name = 0
    while k < len(tokens) and name < 5 and (tokens[k].text[:1].isupper() or tokens[k].is_digit):
        word = tokens[k].lower_
        if word in w.media_words or word in w.media_nouns or word.endswith(("news", "tv")):
            return True
        k, name = k + 1, name + 1
    return name > 0 and rec.lower(k) in w.media_nouns


def dateline(rec: _Recogniser, start: int, end: int) -> bool:
    """ "WASHINGTON, USA –", "KHARTOUM, Sudan (AA) –", "Mexico City, February 13.": the
    place line opening a story."""
    tokens = rec.tokens
    if tokens[start].is_sent_start and _dated(rec, end):
        return True
    if end >= len(tokens) or tokens[end].text not in ("–", "—", "-", "(", ":"):
        return False
    p = start - 1
    if p < 1 or tokens[p].text != ",":
        return False
    q = p - 1
    while q > 0 and tokens[q].is_upper and not tokens[q].is_sent_start:
        q -= 1
    return bool(tokens[q].is_upper and tokens[q].is_sent_start)


def _dated(rec: _Recogniser, end: int) -> bool:
    """A comma, then a date that closes the line: ", February 13." / ", May 16 (Reuters) -"."""
    tokens = rec.tokens
    k = end + 1
    if rec.lower(end) != "," or k >= len(tokens) or tokens[k].ent_type_ != "DATE":
        return False
    while k < len(tokens) and tokens[k].ent_type_ == "DATE":
        k += 1
    return k >= len(tokens) or tokens[k].text in (".", "(", "-", "–", "—", ":", "/") or bool(
        tokens[k].is_sent_start)


def modifies_noun(rec: _Recogniser, end: int) -> bool:
    """A capital as modifier of an ordinary noun ("Moscow time", "the Kyiv region")."""
    if end >= len(rec.tokens):
        return False
    token = rec.tokens[end]
    return token.pos_ == "NOUN" and token.is_alpha and end not in rec.heads


def comma_before(rec: _Recogniser, start: int) -> int | None:
    """The comma that sets off a description starting at ``start`` ("X, the envoy"), if any."""
    p = start - 1
    if rec.lower(p) in ("the", "a", "an"):
        p -= 1
    if rec.lower(p) == "then":  # "X, then the envoy", "X, the then envoy"
        p -= 1
        if rec.lower(p) in ("the", "a", "an"):
            p -= 1
    return p if p >= 1 and rec.tokens[p].text == "," else None


def apposed_person(rec: _Recogniser, start: int, end: int) -> Actor | None:
    """The person a description is in apposition to ("Naftali Bennett, the former ...")."""
    p = comma_before(rec, start)
    if p is None:
        return None
    last = end - 1
    closed = end >= len(rec.tokens) or rec.tokens[end].is_punct or rec.tokens[last].dep_ == "appos"
    if not closed:  # "According to Bennett, the Russian president dropped ...": not apposed
        return None
    for _start, m_end, actor in reversed(rec.state.out):
        if m_end == p and actor.kind == "person" and actor.name:
            return actor
        if m_end < p:
            break
    return None


def title_start(rec: _Recogniser, start: int, end: int) -> int:
    """Index of the first title inside a description (where its office is named)."""
    for i in range(start, end):
        found = rec.heads.get(i)
        if found and found[1] in ("tgov", "tmil"):
            return i
    return start
