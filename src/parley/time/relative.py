"""Expressions relative to the document date: "yesterday", "last week", "on Tuesday".

Nothing here resolves without a document date. Vague words get bounded windows
(``data/lexicon.yaml``: "recently" is the 60 days before the document date). A bare
weekday means the most recent such day on or before the document date (news reports
say "on Tuesday" for the day of publication too), or the next one when the clause
speaks of the future.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache

from parley.time import intervals as iv
from parley.time.hits import FutureAt, Hit, alternation
from parley.time.intervals import Interval
from parley.time.lexicon import lexicon

UNITS = r"(?P<u>hour|day|week|month|year|decade)s?"


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = lexicon()
    count = rf"(?P<n>\d+|{alternation([*lex.numbers, *lex.vague])})"
    return {
        "deictic": re.compile(rf"\b(?:{alternation(lex.deictic)})\b", re.IGNORECASE),
        "ago": re.compile(
            rf"\b(?:(?P<q>{alternation(lex.ago_bounds)})\s+)?{count}\s+{UNITS}\s+"
            r"(?:ago|earlier\s+than\s+now)\b",
            re.I,
        ),
        "period": re.compile(
            r"\b(?:(?P<p>early|mid|late)[\s-]+)?(?P<w>last|this|next|the\s+previous|the\s+following|the\s+current|"
            r"earlier\s+this|later\s+this|earlier\s+last|late\s+last|early\s+next|"
            r"(?:at\s+)?the\s+(?:start|beginning|end)\s+of\s+(?:this|last|next|the)|"
            r"this\s+past)\s+(?P<u>week|weekend|month|year)\b",
            re.I,
        ),
        "past": re.compile(
            rf"\b(?:the|over\s+the|in\s+the|during\s+the|for\s+the)\s+(?P<w>past|last|previous|"
            rf"coming|next)\s+(?:(?P<n>\d+|{alternation([*lex.numbers, *lex.vague])})\s+)?"
            rf"(?P<u>day|week|month|year)s?\b",
            re.I,
        ),
        # "at the weekend", "weekend talks": the latest weekend (the coming one in a
        # clause about the future)
        "weekend": re.compile(
            r"\b(?:(?:at|over|during)\s+the\s+)weekend\b|\bweekend(?=\s+(?:talks|meetings?|"
            r"negotiations|summit|discussions)\b)",
            re.IGNORECASE,
        ),
        "weekday": re.compile(
            rf"\b(?:(?P<w>(?i:last|next|this|this\s+past|this\s+coming))\s+)?"
            rf"(?P<wd>{alternation(lex.weekdays)})(?!\s*,?\s*\d)"
            r"(?:\s+(?P<tod>(?i:morning|afternoon|evening|night)))?\b"
        ),
    }


def _deictic(text: str, ref: date) -> Iterator[Hit]:
    lex = lexicon()
    for m in _patterns()["deictic"].finditer(text):
        spec = lex.deictic[" ".join(m[0].lower().split())]
        first, last = ref + timedelta(days=spec.first), ref + timedelta(days=spec.last)
        yield Hit(
            m.start(), m.end(), Interval(first, last, spec.granularity, "relative", spec.confidence)
        )


def _ago(text: str, ref: date) -> Iterator[Hit]:
    lex = lexicon()
    for m in _patterns()["ago"].finditer(text):
        counts = lex.count(m["n"])
        if counts is None:
            continue
        unit = m["u"].lower()
        low, high = counts
        first = iv.shift(ref, -high, unit) - timedelta(days=iv.slack(high, unit))
        last = iv.shift(ref, -low, unit) + timedelta(days=iv.slack(low, unit))
        if m["q"]:  # "more than a year ago": one to two years back, no slack past it
            lo, hi = lex.ago_bounds[" ".join(m["q"].lower().split())]
            first = iv.shift(ref, -round(high * hi), unit)
            last = iv.shift(ref, -round(low * lo), unit)
        last = min(last, ref)
        if m["q"]:
            gran = "interval"
        elif low == high and unit == "day":
            gran = "day"
        elif low == high and unit in {"week", "month", "year"}:
            gran = unit
        else:
            gran = "interval"
        conf = 0.85 if low == high and not m["q"] else 0.6
        yield Hit(m.start(), m.end(), Interval(first, last, gran, "relative", conf))


def _period_span(unit: str, day: date) -> tuple[date, date]:
    if unit == "week":
        return iv.week_of(day)
    if unit == "weekend":
        saturday = day + timedelta(days=5 - day.weekday())
        return saturday, saturday + timedelta(days=1)
    if unit == "month":
        return iv.month(day.year, day.month)
    return iv.year(day.year)


def _part(unit: str, span: tuple[date, date], frac: tuple[float, float]) -> tuple[date, date]:
    if unit == "year":
        return iv.part_months(span, frac)
    if unit == "month":
        return iv.part_of_month(span, frac)
    return iv.part(span, frac)


def _period(text: str, ref: date) -> Iterator[Hit]:
    for m in _patterns()["period"].finditer(text):
        word = " ".join(m["w"].lower().split())
        unit = m["u"].lower()
        step = "week" if unit == "weekend" else unit
        if word in {"last", "the previous", "this past", "earlier last", "late last"} or (
            word.endswith("of last")
        ):
            anchor = iv.shift(ref, -1, step)
        elif word in {"next", "the following", "early next"} or word.endswith("of next"):
            anchor = iv.shift(ref, 1, step)
        else:
            anchor = ref
        first, last = _period_span(unit, anchor)
        if unit == "weekend" and word in {"last", "this past"} and first > ref:
            first, last = first - timedelta(days=7), last - timedelta(days=7)
        gran = {"weekend": "interval"}.get(unit, unit)
        conf = 0.85
        if word == "earlier this":
            first, last, gran = first, max(first, ref), "interval"
        elif word == "later this":
            first, last, gran = min(ref, last), last, "interval"
        elif word.startswith(
            ("earlier", "early", "at the start", "at the beginning", "the start", "the beginning")
        ):
            first, last = _part(unit, (first, last), (0.0, 0.333))
            gran, conf = "interval", 0.7
        elif word.startswith(("late", "at the end", "the end")):
            first, last = _part(unit, (first, last), (0.667, 1.0))
            gran, conf = "interval", 0.7
        part = (m["p"] or "").lower()
        if part and unit in {"month", "year"} and word in {"last", "this", "next"}:
            # "mid last year": the part of the named period, as "mid-2024"
            first, last = _part(unit, (first, last), PARTS[part])
            gran, conf = "interval", 0.7
        yield Hit(m.start(), m.end(), Interval(first, last, gran, "relative", conf))


PARTS = {"early": (0.0, 0.333), "mid": (0.333, 0.667), "late": (0.667, 1.0)}


def _past(text: str, ref: date) -> Iterator[Hit]:
    lex = lexicon()
    for m in _patterns()["past"].finditer(text):
        counts = lex.count(m["n"]) if m["n"] else (1, 1)
        if counts is None:
            continue
        n = counts[1]
        unit = m["u"].lower()
        if m["w"].lower() in {"coming", "next"}:
            first, last = ref, iv.shift(ref, n, unit)
        else:
            first, last = iv.shift(ref, -n, unit), ref
        yield Hit(m.start(), m.end(), Interval(first, last, "interval", "relative", 0.7))


def _weekday(text: str, ref: date, future_at: FutureAt) -> Iterator[Hit]:
    lex = lexicon()
    for m in _patterns()["weekday"].finditer(text):
        target = lex.weekdays[m["wd"]]
        word = " ".join((m["w"] or "").lower().split())
        back = (ref.weekday() - target) % 7
        ahead = (target - ref.weekday()) % 7
        if word == "last" or word == "this past":
            day = ref - timedelta(days=back or 7)
        elif word in {"next", "this coming"}:
            day = ref + timedelta(days=ahead or 7)
        elif future_at(m.start()):
            day = ref + timedelta(days=ahead)
        else:
            day = ref - timedelta(days=back)
        yield Hit(m.start(), m.end(), Interval(day, day, "day", "relative", 0.85))


def _weekend(text: str, ref: date, future_at: FutureAt) -> Iterator[Hit]:
    for m in _patterns()["weekend"].finditer(text):
        if future_at(m.start()):
            saturday = ref + timedelta(days=(5 - ref.weekday()) % 7)
        else:  # the weekend containing the document date, else the one before it
            saturday = ref - timedelta(days=(ref.weekday() - 5) % 7)
        last = saturday + timedelta(days=1)
        yield Hit(m.start(), m.end(), Interval(saturday, last, "interval", "relative", 0.75))


def scan(text: str, ref: date | None, future_at: FutureAt) -> Iterator[Hit]:
    """Every expression relative to ``ref``; none when the document date is unknown."""
    if ref is None:
        return
    yield from _deictic(text, ref)
    yield from _ago(text, ref)
    yield from _period(text, ref)
    yield from _past(text, ref)
    yield from _weekday(text, ref, future_at)
    yield from _weekend(text, ref, future_at)
