"""Calendar arithmetic on date intervals: periods, parts of periods, unit shifts.

Everything returns ``Interval`` (plain dates); conversion to the contract's
``DateInterval`` (ISO strings plus the expression's text) happens once, at the end.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from parley.records import DateInterval

UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


@dataclass(frozen=True)
class Interval:
    """A resolved interval; ``earliest <= latest`` always."""

    earliest: date
    latest: date
    granularity: str
    basis: str = "explicit"
    confidence: float = 0.9

    def with_(self, **changes: object) -> Interval:
        return replace(self, **changes)  # type: ignore[arg-type]

    def record(self, text: str) -> DateInterval:
        return DateInterval(
            earliest=self.earliest.isoformat(),
            latest=self.latest.isoformat(),
            granularity=self.granularity,  # type: ignore[arg-type]
            basis=self.basis,  # type: ignore[arg-type]
            text=text,
            confidence=round(self.confidence, 2),
        )


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def month(year: int, month_: int) -> tuple[date, date]:
    return date(year, month_, 1), month_end(year, month_)


def season(year: int, first_month: int, months: int) -> tuple[date, date]:
    start = date(year, first_month, 1)
    end = start + relativedelta(months=months) - timedelta(days=1)
    return start, end


def year(year_: int) -> tuple[date, date]:
    return date(year_, 1, 1), date(year_, 12, 31)


def week_of(day: date) -> tuple[date, date]:
    """The Monday–Sunday week containing ``day``."""
    start = day - timedelta(days=day.weekday())
    return start, start + timedelta(days=6)


def part(span: tuple[date, date], frac: tuple[float, float]) -> tuple[date, date]:
    """A fraction of a period: ``early`` March is the first third of March."""
    start, end = span
    days = (end - start).days + 1
    first = start + timedelta(days=round(days * frac[0]))
    last = start + timedelta(days=max(round(days * frac[1]) - 1, 0))
    return first, max(first, last)


def part_of_month(span: tuple[date, date], frac: tuple[float, float]) -> tuple[date, date]:
    """Parts of a month on a 30-day scale: early 1–10, mid 11–20, late 21–end."""
    start, end = span
    first = start.replace(day=round(frac[0] * 30) + 1)
    last = end if frac[1] >= 1 else start.replace(day=max(round(frac[1] * 30), first.day))
    return first, last


def part_months(span: tuple[date, date], frac: tuple[float, float]) -> tuple[date, date]:
    """A fraction of a period in whole months: mid-2023 is May–August."""
    start, end = span
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    first = start + relativedelta(months=round(months * frac[0]))
    count = max(round(months * frac[1]) - round(months * frac[0]), 1)
    last = first + relativedelta(months=count) - timedelta(days=1)
    return first, last


def shift(day: date, n: int, unit: str) -> date:
    """``day`` moved by ``n`` calendar units (negative: back)."""
    unit = unit.rstrip("s")
    if unit == "hour":
        return day
    if unit == "day":
        return day + timedelta(days=n)
    if unit == "week":
        return day + timedelta(weeks=n)
    if unit == "month":
        return day + relativedelta(months=n)
    if unit == "year":
        return day + relativedelta(years=n)
    if unit == "decade":
        return day + relativedelta(years=10 * n)
    raise ValueError(f"unknown unit {unit!r}")


def slack(n: int, unit: str) -> int:
    """Days of uncertainty around "N units" (a month is not exactly 30 days away)."""
    unit = unit.rstrip("s")
    if unit in {"day", "hour"}:
        return 0
    if unit == "week":
        return 3
    if unit == "month":
        return 7 if n <= 2 else 15
    return 45


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    return date.fromisoformat(value[:10])
