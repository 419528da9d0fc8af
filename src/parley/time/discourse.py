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


def report_day(timexes: list[Timex], when: date | None) -> date | None:
    """The day a dated report reports: its first expression of one day within the
    week up to the document date, in text order (the lede states it)."""
    if when is None:
        return None
    for timex in sorted(timexes, key=lambda t: t.start):
        first, last = parse_iso(timex.interval.earliest), parse_iso(timex.interval.latest)
        if (
            first is not None
            and first == last
            and timex.interval.basis in {"explicit", "relative", "document"}
            and when - timedelta(days=REPORT_WINDOW_DAYS) <= first <= when
        ):
            return first
    return None


def reporting_governor(tok: Token) -> Token | None:
    """The verb of saying whose content the trigger is in ("said" in "X said Kyiv was
    refusing to negotiate"), the trigger itself if it is one; participles ("saying")
    pass on to the finite verb they depend on."""
    verbs = lexicon().reporting_verbs
    found = None
    for _ in range(UP_STEPS):
        if tok.pos_ == "VERB" and tok.lemma_.lower() in verbs:
            found = tok
            if tok.tag_ != "VBG":
                return tok
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return found


def _aux(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]


def is_present(tok: Token) -> bool:
    """Simple present or present perfect: "says", "has said"."""
    aux = _aux(tok)
    if any(c.lemma_ == "have" and c.tag_ in {"VBZ", "VBP"} for c in aux):
        return True
    return not aux and tok.tag_ in {"VBZ", "VBP"}


def is_simple_past(tok: Token) -> bool:
    """"said", "met", "was reached"; not "had agreed", not "would meet"."""
    aux = _aux(tok)
    if any(c.lemma_ == "have" or c.tag_ == "MD" for c in aux):
        return False
    if tok.tag_ == "VBD":
        return True
    return tok.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in aux)


def clause_verb(tok: Token) -> Token | None:
    """The verb whose clause the trigger is in (the trigger itself when a verb)."""
    for _ in range(UP_STEPS):
        if tok.pos_ in {"VERB", "AUX"}:
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def is_background(tok: Token, verb: Token | None) -> bool:
    """Marked as earlier than the news: "three earlier truces", "had previously met"."""
    words = [*tok.children, *(verb.children if verb is not None else [])]
    return any(w.lower_ in BACKGROUND for w in words)


def antecedent(tok: Token) -> Token | None:
    """For a definite noun ("that truce", "the meeting", "its proposal"): the latest
    earlier mention of the same noun, in an earlier sentence."""
    if tok.pos_ != "NOUN":
        return None
    if not any(
        (c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss" for c in tok.children
    ):
        return None
    lemma = tok.lemma_.lower()
    for prev in reversed(tok.doc[: tok.sent.start]):
        if prev.pos_ == "NOUN" and prev.lemma_.lower() == lemma:
            return prev
    return None
