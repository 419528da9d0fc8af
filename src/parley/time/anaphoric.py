"""Expressions counted from the date the text last mentioned: "the next day",
"two days later", "a week earlier", "later that month", "in December of that year".

A narrative moves its own clock: in "talks were held on 10 October; a second attempt a
week later failed", "a week later" is 17 October, not a week after the document date.
The finders here yield hits whose interval is computed from that previous date when
the expressions are resolved in text order (``expressions.scan``). With no date before
them, they count from the document date (as a reader of a dated report would).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from functools import lru_cache

from parley.time import intervals as iv
from parley.time.hits import Hit, alternation
from parley.time.intervals import Interval
from parley.time.lexicon import lexicon

# A previous date this wide or narrower can be stepped from by days ("the next day").
DAY_BASE_DAYS = 7
PARTS_OF_DAY = r"(?:day|morning|afternoon|evening|night)"
Relative = Callable[[Interval], Interval | None]  # the previous date → this expression


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = lexicon()
    count = rf"(?P<n>\d+|{alternation([*lex.numbers, *lex.vague])})"
    month = rf"(?P<m>{alternation(lex.months)})"
    return {
        "step": re.compile(
            rf"\b(?i:the\s+(?P<w>next|following|previous|preceding))\s+"
            rf"(?P<u>(?i:{PARTS_OF_DAY}|week|month|year))\b"
        ),
        "later": re.compile(
            rf"\b{count}\s+(?P<u>day|week|month|year)s?\s+(?P<w>later|earlier|afterwards|"
            rf"before\s*(?=[,.;]))",
            re.IGNORECASE,
        ),
        # "rejected it days later": a bare plural unit, its count from ``bare_units``
        "bare": re.compile(
            rf"\b(?P<u>{alternation(lex.bare_units)})s\s+(?P<w>later|earlier|afterwards)\b",
            re.IGNORECASE,
        ),
        "same": re.compile(
            rf"\b(?:(?P<w>later|earlier)\s+)?(?:that|the\s+same)\s+"
            rf"(?P<u>{PARTS_OF_DAY}|week|month|year)\b",
            re.IGNORECASE,
        ),
        # "Egypt has since put forward a plan": from the previous date to the document's
        "since": re.compile(
            r"\b(?i:has|have|had)\s+(?:\w+ly\s+)?(?P<s>since)\s+"
            r"(?!(?:the|a|an|then|that|this|its|his|her|their|our|my|your)\b)(?=[a-z]+\b)"
        ),
        # "are to meet within five days": from the document date
        "within": re.compile(
            rf"\b(?i:will|shall|(?:is|are)\s+(?:due\s+)?to)\s+[a-z]+(?:\s+[a-z]+)?\s+"
            rf"(?P<s>within\s+{count}\s+(?P<u>hour|day|week|month)s?)\b"
            r"(?!\s+(?:of|after|since|following|from)\b)",
            re.IGNORECASE,
        ),
        "month_of": re.compile(rf"\b{month}\s+(?i:of\s+)?(?i:that|the\s+same)\s+(?i:year)\b"),
    }


def _width(interval: Interval) -> int:
    return (interval.latest - interval.earliest).days + 1


def _day(day: date, conf: float = 0.6) -> Interval:
    return Interval(day, day, "day", "relative", conf)


def _step(direction: str, unit: str) -> Relative:
    back = direction in {"previous", "preceding"}

    def resolve(prev: Interval) -> Interval | None:
        if unit in {"day", "morning", "afternoon", "evening", "night"}:
            if _width(prev) > DAY_BASE_DAYS:
                return None
            return _day(prev.earliest - timedelta(days=1) if back else prev.latest + timedelta(1))
        base = prev.earliest if back else prev.latest
        moved = iv.shift(base, -1 if back else 1, unit)
        if unit == "week":
            first, last = iv.week_of(moved)
        elif unit == "month":
            first, last = iv.month(moved.year, moved.month)
        else:
            first, last = iv.year(moved.year)
        return Interval(first, last, unit, "relative", 0.6)

    return resolve


def _later(counts: tuple[int, int], unit: str, direction: str) -> Relative:
    low, high = counts
    back = direction in {"earlier", "before"}

    def resolve(prev: Interval) -> Interval | None:
        if unit in {"day", "week"} and _width(prev) > DAY_BASE_DAYS:
            return None
        base = prev.earliest if back else prev.latest
        sign = -1 if back else 1
        near, far = iv.shift(base, sign * low, unit), iv.shift(base, sign * high, unit)
        first, last = sorted((near, far))
        pad = 0 if unit in {"day", "week"} else iv.slack(high, unit)
        first, last = first - timedelta(days=pad), last + timedelta(days=pad)
        gran = "day" if first == last else "interval"
        return Interval(first, last, gran, "relative", 0.6 if low == high else 0.45)

    return resolve


def _same(unit: str, part: str | None) -> Relative:
    limit = {"week": 7, "month": 31, "year": 366}.get(unit, 1)

    def resolve(prev: Interval) -> Interval | None:
        if _width(prev) > limit:
            return None
        if unit == "week":
            first, last = iv.week_of(prev.earliest)
        elif unit == "month":
            first, last = iv.month(prev.earliest.year, prev.earliest.month)
        elif unit == "year":
            first, last = iv.year(prev.earliest.year)
        else:
            first, last = prev.earliest, prev.latest
        if part == "later":
            first = max(first, prev.latest)
        elif part == "earlier":
            last = min(last, prev.earliest)
        gran = unit if unit in {"week", "month", "year"} and not part else "day"
        if first != last and gran == "day":
            gran = "interval"
        return Interval(first, last, gran, "relative", 0.6)

    return resolve


def _month_of(month: int) -> Relative:
    def resolve(prev: Interval) -> Interval | None:
        if _width(prev) > 366:
            return None
        first, last = iv.month(prev.earliest.year, month)
        return Interval(first, last, "month", "explicit", 0.7)

    return resolve


def _since(ref: date | None) -> Relative:
    def resolve(prev: Interval) -> Interval | None:
        if ref is None or prev.earliest > ref:
            return None
        return Interval(prev.earliest, ref, "interval", "relative", 0.5)

    return resolve


def _within(ref: date | None, counts: tuple[int, int], unit: str) -> Relative:
    def resolve(_: Interval) -> Interval | None:
        if ref is None:
            return None
        last = iv.shift(ref, counts[1], unit) if unit != "hour" else ref + timedelta(days=1)
        return Interval(ref, last, "interval", "relative", 0.6)

    return resolve


def scan(text: str, ref: date | None) -> Iterator[tuple[Hit, Relative]]:
    """Every expression counted from the previous date, with how to count it."""
    lex, pats = lexicon(), _patterns()
    for m in pats["since"].finditer(text):
        yield Hit(m.start("s"), m.end("s")), _since(ref)
    for m in pats["within"].finditer(text):
        counts = lex.count(m["n"])
        if counts is not None:
            yield Hit(m.start("s"), m.end("s")), _within(ref, counts, m["u"].lower())
    for m in pats["step"].finditer(text):
        yield Hit(m.start(), m.end()), _step(m["w"].lower(), m["u"].lower())
    for m in pats["later"].finditer(text):
        counts = lex.count(m["n"])
        if counts is not None:
            word = m["w"].lower().split()[0]
            yield Hit(m.start(), m.end()), _later(counts, m["u"].lower(), word)
    for m in pats["bare"].finditer(text):
        unit = m["u"].lower()
        yield Hit(m.start(), m.end()), _later(lex.bare_units[unit], unit, m["w"].lower())
    for m in pats["same"].finditer(text):
        part = m["w"].lower() if m["w"] else None
        yield Hit(m.start(), m.end()), _same(m["u"].lower(), part)
    for m in pats["month_of"].finditer(text):
        yield Hit(m.start(), m.end()), _month_of(lex.months[m["m"]])
