"""What the discourse says about a trigger whose own sentence gives no date.

- *The report's day.* A dated report states the day of its news once, early ("on
  Tuesday", "today", a dateline "ISTANBUL, May 16"). What its sources said in the past
  tense, and what it narrates in the simple past without a date of its own, happened
  that day: "Lavrov said Kyiv was refusing to negotiate" in a report on a summit "on
  Tuesday" is Tuesday's. Background is told in the pluperfect ("had agreed") or marked
  ("three earlier truces"), and keeps no date.
- *The same noun again.* "that truce", "the meeting" refer back to the latest earlier
  mention of the same noun; they share its date.
- *The governing reporting verb.* "Peskov says Russia is open to talks": the trigger
  "open" is dated by "says".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from parley.nlp.context import Timex
from parley.time.intervals import parse_iso
from parley.time.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

REPORT_WINDOW_DAYS = 7  # the report's day is at most this long before the document date
DEFINITE = {"the", "that", "this", "these", "those"}
# "three earlier truces", "a previous round", "the former agreement": background
BACKGROUND = {"earlier", "previous", "previously", "former", "once", "prior", "past"}
UP_STEPS = 8
OFFSET_MARKERS = {"after", "before"}
# an expression in a clause opened by these dates that clause only
SCOPE_MARKS = {"after", "before", "since", "until", "till", "once"}
EARLIER_MARKS = {"before", "until", "till"}  # "agreed shortly before the talks opened"
PRECEDING_MARKS = {"after", "since"}  # a clause so opened tells what came before
UNITS = {"hour", "day", "week", "month", "year"}
STAMP_LABEL = re.compile(
    r"(last\s+)?(updated|published|posted|modified|date|dated)(\s+on)?\s*:?", re.IGNORECASE
)
STARTS = {"open", "begin", "start", "launch", "convene", "resume"}  # how an event began
FREE_RELATIVES = {"what", "whatever"}  # "resume what was agreed in May": a clause as a noun


def report_day(timexes: list[Timex], when: date | None, text: str = "") -> date | None:
    """The day a dated report reports: its first expression of one day within the
    week up to the document date, in text order (the lede states it); the page's own
    time stamp is not one."""
    if when is None:
        return None
    for timex in sorted(timexes, key=lambda t: t.start):
        if text and stamp_line(timex, text):
            continue
        first, last = parse_iso(timex.interval.earliest), parse_iso(timex.interval.latest)
        if (
            first is not None
            and first == last
            and timex.interval.basis in {"explicit", "relative", "document"}
            and when - timedelta(days=REPORT_WINDOW_DAYS) <= first <= when
        ):
            return first
    return None


def stamp_line(timex: Timex, text: str) -> bool:
    """A page's own time stamp ("Updated: Sep 30, 2023", "Published on 4 May") dates the
    page, not the news it reports: the expression fills its line after such a label."""
    line_start = text.rfind("\n", 0, timex.start) + 1
    line_end = text.find("\n", timex.end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start : timex.start], text[timex.end : line_end]
    return bool(STAMP_LABEL.fullmatch(before.strip())) and not after.strip(" .|")


def reporting_governor(tok: Token) -> Token | None:
    """The verb of saying whose content the trigger is in ("said" in "X said Kyiv was
    refusing to negotiate"), the trigger itself if it is one; participles ("saying")
    pass on to the finite verb they depend on."""
    verbs = lexicon().reporting_verbs
    found = None
    for _ in range(UP_STEPS):
        if tok.pos_ == "VERB" and tok.lemma_.lower() in verbs and not names(tok):
            found = tok
            if tok.tag_ != "VBG":
                return tok
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return found


def names(verb: Token) -> bool:
    """ "what he called an Israeli proposal": a verb of saying with an object predicate
    names something; it reports no statement, so it dates nothing as one."""
    return any(c.dep_ == "oprd" for c in verb.children)


def _aux(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]


def aux_of(tok: Token) -> list[Token]:
    """The auxiliaries of verb ``tok`` ("would", "had", "was", "to")."""
    return _aux(tok)


def is_present(tok: Token) -> bool:
    """Simple present or present perfect: "says", "has said"."""
    aux = _aux(tok)
    if any(c.lemma_ == "have" and c.tag_ in {"VBZ", "VBP"} for c in aux):
        return True
    return not aux and tok.tag_ in {"VBZ", "VBP"}


def is_simple_past(tok: Token) -> bool:
    """ "said", "met", "was reached"; not "had agreed", not "would meet"."""
    aux = _aux(tok)
    if any(c.lemma_ == "have" or c.tag_ == "MD" for c in aux):
        return False
    if tok.tag_ == "VBD":
        return True
    return tok.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in aux)


def is_modal(tok: Token) -> bool:
    """ "would attend", "could resume", "may meet": a possibility, not a fact."""
    return any(c.tag_ == "MD" for c in _aux(tok))


def is_past(tok: Token) -> bool:
    """Simple past or pluperfect: "met", "had proposed"."""
    if is_simple_past(tok):
        return True
    aux = _aux(tok)
    return tok.tag_ == "VBN" and any(c.lemma_ == "have" and c.tag_ == "VBD" for c in aux)


def clause_verb(tok: Token) -> Token | None:
    """The finite verb whose clause the trigger is in (the trigger itself when a verb);
    a bare participle ("went into the meeting demanding a ceasefire") passes on to the
    verb it depends on."""
    for _ in range(UP_STEPS):
        if tok.pos_ in {"VERB", "AUX"} and tok.dep_ != "prep":  # "including", "following"
            bare = tok.tag_ == "VBG" and not _aux(tok) and tok.dep_ in {"advcl", "xcomp", "conj"}
            if not bare or tok.head.i == tok.i:
                return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def is_background(tok: Token, verb: Token | None) -> bool:
    """Marked as earlier than the news: "three earlier truces", "had previously met",
    "an earlier deal, which was agreed", "previous talks ended without a deal", placed
    before another event ("agreed shortly before the talks opened"), or told in a clause
    opened by after/since."""
    words = [*tok.children]
    if tok.dep_ == "compound":
        words += tok.head.children  # "a previous ceasefire deal"
    if verb is not None:
        if any(c.dep_ == "mark" and c.lower_ in PRECEDING_MARKS for c in verb.children):
            return True  # "two weeks after Biden went before the cameras": an earlier step
        words += verb.children
        # "Previous talks in Jeddah ended without an agreement": the subject marks it
        words += [w for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}
                  for w in c.children]
        if verb.dep_ in {"relcl", "acl"}:
            words += verb.head.children
            noun = verb.head
            if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_.lower() in (
                    lexicon().sequel_verbs):
                return True  # "talks that were suspended by Duque were resumed last month"
        for c in verb.children:
            if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in EARLIER_MARKS for m in c.children
            ):
                return True
    return any(w.lower_ in BACKGROUND for w in words)


def antecedent(tok: Token, same_kind: bool = False) -> Token | None:
    """For a definite noun ("that truce", "the meeting", "its proposal"): the latest
    earlier mention of the same noun, in an earlier sentence; with ``same_kind``, of any
    noun for the same kind of event ("the talks" after "a week of consultations")."""
    if tok.pos_ != "NOUN":
        return None
    if not any(
        (c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss" for c in tok.children
    ):
        return None
    lemma = tok.lemma_.lower()
    kinds = lexicon().event_kinds
    kind = kinds.get(lemma)
    if same_kind and kind is None:
        return None
    names = _premodifier_names(tok)
    for prev in reversed(tok.doc[: tok.sent.start]):
        if prev.pos_ != "NOUN":
            continue
        if (prev.lemma_.lower() == lemma if not same_kind else kinds.get(
                prev.lemma_.lower()) == kind) and _names_fit(names, prev):
            return prev
    return None


def _premodifier_names(tok: Token) -> set[str]:
    """ "the Bennett-brokered negotiations", "the Istanbul round": the proper names that
    single out which meeting a definite noun means."""
    return {
        t.lower_ for c in tok.children if c.i < tok.i and c.dep_ != "det"
        for t in c.subtree if t.pos_ == "PROPN"
    }


def _names_fit(names: set[str], prev: Token) -> bool:
    """A mention that names its meeting ("the Jeddah negotiations") is the same as an
    earlier one only if that one's phrase names it too ("negotiations in Jeddah"); else
    "the Qatari-brokered negotiations" would take the date of the round in Jeddah."""
    if not names:
        return True
    return names <= {t.lower_ for t in prev.subtree if t.pos_ == "PROPN"}


def possessor(tok: Token) -> Token | None:
    """For "its offer", "their proposal" opening a sentence: the subject noun of the
    sentence before, what "its"/"their" most often stands for in news prose."""
    if tok.pos_ != "NOUN" or not any(
        c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in tok.children
    ):
        return None
    sent = tok.sent
    if sent.start == 0 or tok.i - sent.start > 3:
        return None
    previous = tok.doc[sent.start - 1].sent
    root = previous.root
    return next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}
                 and c.pos_ in {"NOUN", "PROPN"}), None)


@dataclass(frozen=True)
class Offset:
    """A trigger inside "four days after it suspended the deal" / "a week before the vote":
    the phrase modifies ``head``; the trigger's event is ``count`` ``unit``s before
    ("after") or after ("before") the head's date. ``count`` None: no distance given."""

    head: int
    first: int  # token range of the phrase ("four days after ... deal"), end exclusive
    end: int
    count: int | None
    unit: str
    sign: int  # -1: the trigger's event is earlier than the head's


def distance(marker: Token, clause: Token) -> tuple[int | None, str]:
    """ "four days", "a week", "the day" modifying the marker or its clause."""
    for c in [*marker.children, *clause.children]:
        if c.dep_ == "npadvmod" and c.lemma_.lower() in UNITS:
            return _measure(c)
    return None, "day"


def offset(tok: Token) -> Offset | None:
    """The "N days after …" phrase the trigger is inside, if any."""
    node = tok
    for _ in range(UP_STEPS):
        marker = None
        if node.lower_ in OFFSET_MARKERS and node.dep_ == "prep" and node.i != tok.i:
            marker, clause, head = node, node, node.head
        else:
            mark = [c for c in node.children if c.dep_ == "mark" and c.lower_ in OFFSET_MARKERS]
            if mark and node.head.i != node.i:
                marker, clause, head = mark[0], node, node.head
            elif (split := _split_offset(node)) is not None:
                marker, clause, head = split
        if marker is not None:
            count, unit = distance(marker, clause)
            if count is None and clause.dep_ == "relcl" and marker.head.i == clause.head.i:
                count, unit = _measure(clause.head)  # "the day after X met": "the day" heads it
            first = min(clause.left_edge.i, marker.i)
            sign = -1 if marker.lower_ == "after" else 1
            return Offset(head.i, first, clause.right_edge.i + 1, count, unit, sign)
        if node.head.i == node.i or node.dep_ in {"ccomp", "relcl", "acl"}:
            return None
        node = node.head
    return None


FINITE_TAGS = {"VBD", "VBZ", "VBP"}


def _measure(unit: Token) -> tuple[int | None, str]:
    """ "the day", "two weeks": the distance a unit noun states itself."""
    for d in unit.children:
        if d.dep_ == "nummod":
            return lexicon().number(d.text), unit.lemma_.lower()
        if d.dep_ == "det" and d.lower_ in {"a", "an", "the", "one"}:
            return 1, unit.lemma_.lower()
    return None, unit.lemma_.lower()


def _split_offset(verb: Token) -> tuple[Token, Token, Token] | None:
    """ "Putin proposed talks on Sunday, the day after the leaders visited Kyiv": the
    parser makes "after" a preposition of "day" and the subject its object, and hangs
    the clause on the sentence's root. The phrase is the subject-less verb's clause; it
    modifies the nearest finite verb before it."""
    if verb.pos_ != "VERB" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    units = [c for c in verb.children if c.dep_ == "npadvmod"]
    if verb.dep_ == "relcl":
        units.append(verb.head)  # "…, the day after the envoys met": a relative clause
    for unit in units:
        if unit.lemma_.lower() not in UNITS or unit.i > verb.i:
            continue
        marker = next((c for c in unit.children if c.dep_ == "prep"
                       and c.lower_ in OFFSET_MARKERS
                       and any(o.dep_ == "pobj" for o in c.children)), None)
        if marker is None:
            continue
        start = unit.left_edge.i
        head = next((t for t in reversed(verb.doc[verb.sent.start : start])
                     if t.pos_ in {"VERB", "AUX"} and t.tag_ in FINITE_TAGS), None)
        return (marker, verb, head) if head is not None else None
    return None


@dataclass(frozen=True)
class Scope:
    """The tokens an expression can date, when narrower than its sentence."""

    first: int
    last: int  # inclusive
    also: frozenset[int] = frozenset()  # the verb a dated noun is an argument of

    def admits(self, token_i: int) -> bool:
        return self.first <= token_i <= self.last or token_i in self.also


def scope(head: Token, prep: str | None) -> Scope | None:
    """What an expression attached to ``head`` dates, when narrower than the sentence:
    the noun it modifies ("the agreements of 2022", "last month's meeting") and the verb
    taking that noun; a relative clause ("the conditions Putin set out in June", "what
    was agreed in May"); a clause opened by after/before/since ("since troops crossed
    the border four days ago"). A trigger outside is not dated by it."""
    if head.pos_ in {"NOUN", "PROPN"} and prep in {None, "of"}:
        return Scope(head.i, head.i, frozenset({head.head.i}))
    verb = clause_verb(head)
    if verb is None:
        return None
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in {"VERB", "AUX"}:
        first = first.head  # "fighting that has killed … and uprooted millions since 2020"
    if first.dep_ == "relcl":
        return Scope(first.left_edge.i, first.right_edge.i, frozenset({first.head.i}))
    if first.head.i != first.i and any(
        c.lower_ in FREE_RELATIVES and c.dep_ in {"nsubj", "nsubjpass", "dobj"}
        for c in first.children
    ):  # "Hamas rejected what Israel proposed on Monday": the proposing's date only
        return Scope(first.left_edge.i, first.right_edge.i)
    if verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBG"}:
        # "the format set up in the 1990s": the noun phrase the participle is in, whole —
        # "talks between the ministers hosted in Moscow on 10 October" date the talks too
        phrase = verb.head
        while phrase.dep_ in {"pobj", "prep", "appos"} and phrase.head.i != phrase.i:
            phrase = phrase.head
        if phrase.pos_ in {"NOUN", "PROPN"}:
            return Scope(phrase.left_edge.i, phrase.right_edge.i)
    if any(c.dep_ == "mark" and c.lower_ in SCOPE_MARKS for c in verb.children):
        return Scope(verb.left_edge.i, _clause_end(verb), _opened(verb))
    return participle_scope(head)


def participle_scope(tok: Token) -> Scope | None:
    """ "…, prompting a Saudi-led intervention the following year": a subject-less -ing
    clause set off by a comma after its verb (the nearest verb above ``tok``) tells a
    consequence, dated on its own."""
    for _ in range(UP_STEPS):
        if tok.pos_ in {"VERB", "AUX"} or tok.head.i == tok.i:
            break
        tok = tok.head
    left = tok.left_edge.i
    if tok.lemma_.lower() in lexicon().validity_verbs:
        return None  # "held talks in Geneva, running from 1 to 3 May": the talks' own span
    if (
        tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > tok.head.i and left > 0
        and tok.doc[left - 1].text == ","
        and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in tok.children)
    ):
        return Scope(left, tok.right_edge.i)
    return None


def _opened(verb: Token) -> frozenset[int]:
    """ "Talks have stalled, a month after they opened on 6 May": a clause telling how
    "they"/"it" began dates the main clause's subject the pronoun stands for."""
    if verb.lemma_.lower() not in STARTS or verb.head.i == verb.i:
        return frozenset()
    if not any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"they", "it"} for c in verb.children
    ):
        return frozenset()
    main = [c.i for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return frozenset(main)


def _clause_end(verb: Token) -> int:
    """The last token of a clause opened by after/since/…, without a trailing participle
    set off by a comma: in "met after troops crossed the border a week ago, meeting near
    the river" the participle tells of the main clause's subject, whatever the parse."""
    for c in verb.rights:
        before = verb.doc[c.left_edge.i - 1] if c.left_edge.i > verb.i else None
        if (
            c.dep_ in {"advcl", "conj", "xcomp"}
            and c.tag_ == "VBG"
            and before is not None
            and before.text == ","
        ):
            return before.i - 1
    return verb.right_edge.i
