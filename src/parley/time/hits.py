"""What the expression finders produce: a character span and what it denotes.

Absolute expressions keep their written parts (``Parts``) until ranges are merged, so
"28 February–3 March 2022" can lend its year to the first half; everything else
resolves straight to an ``Interval``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from parley.time import intervals as iv
from parley.time.intervals import Interval

# char offset → does the governing clause speak of the future (True), the past (False),
# or is its tense unknown (None: a noun phrase, a present-tense verb)?
FutureAt = Callable[[int], bool | None]
FUTURE_WEIGHT = 2  # unknown tense: a future reading must be twice as close as a past one


def alternation(words: Iterable[str]) -> str:
    """A regex alternation, longest first so "September" beats "Sep"."""
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True)
    )


@dataclass(frozen=True)
class Parts:
    """An absolute expression as written: any field may be missing (no year: "March 29")."""

    unit: str  # day | month | season | year | decade
    year: int | None = None
    month: int | None = None
    day: int | None = None
    day2: int | None = None  # "29-30 March"
    season: tuple[int, int] | None = None  # first month, number of months
    part: tuple[float, float] | None = None  # "late", "the first half of"
    weekday: int | None = None  # "Tuesday, March 29": helps choose the year
    deixis: str | None = None  # last | this | next ("last March", "this spring")
    since: bool = False
    week: int | None = None  # "the first week of May": 1; "the last week": -1
    year_shift: int | None = None  # "March last year": the document's year minus one
    past: bool = False  # "since 29 August": a partial date in the past, whatever the tense
    confidence: float = 0.95

    def with_(self, **changes: object) -> Parts:
        return replace(self, **changes)  # type: ignore[arg-type]

    def _span(self, year: int) -> tuple[date, date] | None:
        try:
            if self.unit == "day" and self.month and self.day:
                first = date(year, self.month, self.day)
                return first, date(year, self.month, self.day2) if self.day2 else first
            if self.unit == "month" and self.month:
                return iv.month(year, self.month)
            if self.unit == "season" and self.season:
                return iv.season(year, *self.season)
            if self.unit == "year":
                return iv.year(year)
            if self.unit == "decade":
                return date(year, 1, 1), date(year + 9, 12, 31)
        except ValueError:
            return None
        return None

    def _infer_year(self, ref: date, future: bool | None) -> int:
        """The year of a partial date: this year, else the nearest past (future) one;
        with the tense unknown, the closest to ``ref`` (a past reading preferred)."""
        year = ref.year
        span = self._span(year)
        if span is None:
            return year
        if self.deixis == "last":
            return year if span[1] < ref else year - 1
        if self.deixis == "next":
            return year if span[0] > ref else year + 1
        if self.deixis == "this":
            return year
        if self.weekday is not None and self.unit == "day":
            for candidate in (year, year - 1, year + 1):
                found = self._span(candidate)
                if found and found[0].weekday() == self.weekday:
                    return candidate
        if future is None:
            return min((year - 1, year, year + 1), key=lambda y: self._distance(y, ref))
        if not future and span[0] > ref:
            return year - 1
        if future and span[1] < ref:
            return year + 1
        return year

    def _distance(self, year: int, ref: date) -> float:
        span = self._span(year)
        if span is None:
            return float("inf")
        if span[1] < ref:
            return (ref - span[1]).days
        if span[0] > ref:
            return (span[0] - ref).days * FUTURE_WEIGHT
        return 0

    def resolve(self, ref: date | None, future: bool | None = False) -> Interval | None:
        """The interval meant, or None (no year and no document date; impossible date)."""
        year, confidence = self.year, self.confidence
        if year is None and self.year_shift is not None:
            if ref is None:
                return None
            year = ref.year + self.year_shift
        if year is None:
            if ref is None:
                return None
            future = False if self.past else future
            year, confidence = self._infer_year(ref, future), min(confidence, 0.8)
        span = self._span(year)
        if span is None:
            return None
        if self.part:
            if self.unit == "month":
                span = iv.part_of_month(span, self.part)
            elif self.unit in {"year", "season"}:
                span = iv.part_months(span, self.part)
            else:
                span = iv.part(span, self.part)
        if self.week is not None and self.unit == "month":
            if self.week < 0:
                span = span[1] - timedelta(days=6), span[1]
            else:
                first = span[0] + timedelta(days=7 * (self.week - 1))
                span = first, first + timedelta(days=6)
        granularity = {"decade": "interval"}.get(self.unit, self.unit)
        if self.week is not None:
            granularity = "week"
        if self.day2:
            granularity = "interval"
        if self.since:
            if ref is None or ref < span[0]:
                return None
            return Interval(span[0], ref, "interval", "explicit", confidence * 0.9)
        basis = "relative" if self.deixis and self.year is None else "explicit"
        return Interval(span[0], span[1], granularity, basis, confidence)


@dataclass(frozen=True)
class Hit:
    """One temporal expression found in a text."""

    start: int
    end: int
    interval: Interval | None = None
    parts: Parts | None = None
    bare_anchor: bool = False  # an event's own name ("the Istanbul talks")
    # counted from the previous date in the text ("the next day"): previous → this one
    relative_to: Callable[[Interval], Interval | None] | None = None
    anchor_span: tuple[int, int] | None = None  # "a month after [the invasion]"
    anchor_interval: Interval | None = None  # the date of that anchor itself

    def with_(self, **changes: object) -> Hit:
        return replace(self, **changes)  # type: ignore[arg-type]
