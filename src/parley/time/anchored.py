"""Expressions counted from a conflict's anchor events ("a month after the invasion").

The anchor names come from the conflict profile: ``aliases`` name an event and date
it on their own ("the Istanbul communiqué"); ``references`` ("the war", "hostilities")
only count inside a relative construction. Without a profile nothing here matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache

from parley.time import intervals as iv
from parley.time.hits import Hit, alternation
from parley.time.intervals import Interval
from parley.time.lexicon import lexicon
from parley.time.profiles import Anchor, ConflictProfile

ONSET = r"(?P<onset>(?:the\s+)?(?:start|beginning|outbreak|onset|launch|opening)\s+of\s+)?"
# "the start of what Moscow called its special military operation": a name quoted from
# someone still names the anchor
QUOTED = (
    r"(?:what\s+(?:[\w'-]+\s+){1,3}?(?:calls?|called|terms?|termed|dubs?|dubbed)\s+)?"
)
VERB = r"(?:\s+(?:began|begun|started|broke\s+out|erupted|was\s+launched))?"
# "two months after fighting resumed": another phase of the war, not its start
NOT_THE_ANCHOR = (
    r"(?!\s+(?:resumed|restarted|re-?erupted|returned|ended|stopped|ceased|subsided|"
    r"flared|escalated|intensified|spread|resumes|ends))"
)
# Bare plural units: how far "days after" / "weeks after" may reach, in days.
VAGUE_UNITS = {
    "hours": (0, 1),
    "days": (1, 10),
    "weeks": (7, 56),
    "months": (30, 330),
    "years": (365, 3650),
}
SOON = {
    "shortly": (0, 14),
    "soon": (0, 21),
    "immediately": (0, 3),
    "just": (0, 7),
    "right": (0, 3),
    "directly": (0, 3),
}
FIRST = {"days": 7, "hours": 1, "weeks": 42, "months": 120, "year": 365, "years": 730}


@lru_cache(maxsize=16)
def _patterns(profile: ConflictProfile) -> dict[str, re.Pattern[str]]:
    lex = lexicon()
    anchor = rf"{ONSET}{QUOTED}(?P<a>{alternation(profile.phrases)}){NOT_THE_ANCHOR}{VERB}"
    count = rf"(?P<n>\d+|{alternation([*lex.numbers, *lex.vague])})"
    ordinal = rf"(?P<o>\d+(?:st|nd|rd|th)|{alternation(lex.ordinals)})"
    flags = re.IGNORECASE
    return {
        "within": re.compile(
            rf"\b(?:within|in\s+the\s+first)\s+{count}\s+(?P<u>hour|day|week|month|year)s?\s+"
            rf"(?:of|after|since|following)\s+{anchor}\b",
            flags,
        ),
        "nth": re.compile(
            rf"\b(?:on\s+|in\s+|during\s+)?the\s+{ordinal}\s+(?P<u>day|week|month|year)\s+"
            rf"(?:of|since|after|into)\s+{anchor}\b",
            flags,
        ),
        "offset": re.compile(
            rf"\b(?:(?:about|some|around|nearly|almost|roughly|barely|just|only)\s+)?{count}\s+"
            rf"(?P<u>hour|day|week|month|year)s?\s+(?P<dir>after|before|into|following|since)\s+"
            rf"{anchor}\b",
            flags,
        ),
        "within_vague": re.compile(
            rf"\bwithin\s+(?:(?:a\s+few|a\s+couple\s+of|several)\s+)?"
            rf"(?P<u>hours|days|weeks|months)\s+of\s+{anchor}\b",
            flags,
        ),
        "vague": re.compile(
            rf"\b(?:mere\s+|just\s+|only\s+)?(?P<u>hours|days|weeks|months|years)\s+"
            rf"(?P<dir>after|before|into|following)\s+{anchor}\b",
            flags,
        ),
        "soon": re.compile(
            rf"\b(?P<adv>{alternation(SOON)})\s+(?P<dir>after|before|following)\s+{anchor}\b", flags
        ),
        "first": re.compile(
            rf"\b(?:in\s+|during\s+|over\s+)?the\s+(?:first|early|opening|initial)\s+"
            rf"(?P<u>hours|days|weeks|months|year|years)\s+(?:of|after|since|following)\s+"
            rf"{anchor}\b",
            flags,
        ),
        "eve": re.compile(rf"\b(?:on\s+)?the\s+eve\s+of\s+{anchor}\b", flags),
        "runup": re.compile(
            rf"\b(?:in\s+)?the\s+(?:run-up|lead-up|days\s+leading\s+up)\s+to\s+"
            rf"{anchor}\b",
            flags,
        ),
        "wake": re.compile(rf"\b(?:in\s+)?the\s+(?:wake|aftermath)\s+of\s+{anchor}\b", flags),
        "since": re.compile(rf"\b(?:ever\s+)?since\s+{anchor}\b", flags),
        "bare": re.compile(rf"\b{anchor}\b", flags),
    }


def _days(start: date, first: int, last: int, gran: str, conf: float) -> Interval:
    return Interval(
        start + timedelta(days=first), start + timedelta(days=last), gran, "anchor", conf
    )


def _resolve(key: str, m: re.Match[str], anchor: Anchor, ref: date | None) -> Interval | None:
    lex = lexicon()
    start = anchor.start
    groups = m.groupdict()
    unit = (groups.get("u") or "").lower()
    direction = (groups.get("dir") or "after").lower()
    if key == "within":
        counts = lex.count(m["n"])
        if counts is None:
            return None
        return Interval(start, iv.shift(start, counts[1], unit), "interval", "anchor", 0.75)
    if key == "nth":
        n = lex.ordinal(m["o"])
        if not n:
            return None
        first = iv.shift(start, n - 1, unit)
        last = iv.shift(first, 1, unit) - timedelta(days=1) if unit != "day" else first
        return Interval(first, last, unit, "anchor", 0.8)
    if key == "offset":
        counts = lex.count(m["n"])
        if counts is None:
            return None
        sign = -1 if direction == "before" else 1
        low, high = counts
        near = iv.shift(start, sign * low, unit)
        far = iv.shift(start, sign * high, unit)
        first, last = sorted((near, far))
        pad = timedelta(days=iv.slack(high, unit))
        gran = "day" if unit in {"day", "hour"} and low == high else "interval"
        return Interval(first - pad, last + pad, gran, "anchor", 0.75 if low == high else 0.55)
    if key == "within_vague":  # "within days of X": as "in the first days of X"
        return _days(start, 0, FIRST[unit], "interval", 0.5)
    if key in {"vague", "soon"}:
        low, high = VAGUE_UNITS[unit] if key == "vague" else SOON[m["adv"].lower()]
        if direction == "before":
            return _days(start, -high, -max(low, 1), "interval", 0.5)
        return _days(anchor.end, low, high, "interval", 0.5)
    if key == "first":
        return _days(start, 0, FIRST[unit], "interval", 0.6)
    if key == "eve":
        return _days(start, -1, -1, "day", 0.7)
    if key == "runup":
        return _days(start, -30, -1, "interval", 0.5)
    if key == "wake":
        return _days(anchor.end, 0, 30, "interval", 0.5)
    if key == "since":
        if ref is None or ref < start:
            return None
        return Interval(start, ref, "interval", "anchor", 0.6)
    if m["onset"]:
        return _days(start, 0, 6, "interval", 0.6)
    gran = "day" if anchor.start == anchor.end else "interval"
    return Interval(anchor.start, anchor.end, gran, "anchor", 0.75)


def scan(text: str, ref: date | None, profile: ConflictProfile | None) -> Iterator[Hit]:
    """Every anchor-relative expression and every bare anchor name in ``text``."""
    if profile is None or not profile.anchors:
        return
    for key, pattern in _patterns(profile).items():
        for m in pattern.finditer(text):
            phrase = m["a"]
            if key == "bare" and not (m["onset"] or profile.is_bare(phrase)):
                continue
            anchor = profile.anchor_for(phrase, ref)
            if anchor is None:
                continue
            interval = _resolve(key, m, anchor, ref)
            if interval is not None:
                own = Interval(
                    anchor.start,
                    anchor.end,
                    "day" if anchor.start == anchor.end else "interval",
                    "anchor",
                    0.75,
                )
                yield Hit(
                    m.start(),
                    m.end(),
                    interval,
                    bare_anchor=key == "bare",
                    anchor_span=m.span("a"),
                    anchor_interval=own,
                )
