"""Absolute expressions: dates, months, seasons, years and the parts of them.

Month and weekday names must be capitalised ("march" and "may" are verbs). A month
written alone needs a licensing word ("in March", "late March", "last May"); with a
day or a year it stands alone. Numeric dates: ISO is read as such; ``29/03/2022`` is
day-first unless the first number cannot be a day-of-month-first reading (``03/29``),
and an ambiguous one (``04/03/2022``) is read day-first with lower confidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from parley.time.hits import Hit, Parts, alternation
from parley.time.lexicon import Lexicon, lexicon

# fixed-date holidays: (month, day)
HOLIDAYS = {
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
}
WEEKS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}
ORD = r"(?:st|nd|rd|th)?"
YEAR = r"(?:19|20)\d{2}"
SEMANTIC = r"(?P<sem>(?i:since|last|next|this|the\s+last|the\s+next|this\s+past|this\s+coming))"
SINCE = r"(?:\b(?P<since>(?i:since))\s+)?"  # "since 29 August": a past date
# "in March last year", "on 3 May this year": the year counted from the document date
YEAR_WORD = r"(?:,?\s+(?P<yw>(?i:this|last|next))\s+(?i:year)\b)"
LICENSE = (
    r"(?P<lic>(?i:in|by|until|till|from|through|throughout|during|of|on|to|and|between|"
    r"since|at|for|into))"
)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = lexicon()
    month = rf"(?P<m>{alternation(lex.months)})\.?"
    weekday = rf"(?:(?P<wd>{alternation(lex.weekdays)}),?\s+)?"
    part = rf"(?:(?P<part>(?i:{alternation(lex.parts)}))[\s-]+)?"
    season = rf"(?P<s>(?i:{alternation(lex.seasons)}))"
    days = rf"(?P<d>\d{{1,2}}){ORD}(?:\s*(?:-|–|—|(?i:and|to))\s*(?P<d2>\d{{1,2}}){ORD})?"
    return {
        "iso": re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])"),
        "numeric": re.compile(
            r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/])"
        ),
        "dmy": re.compile(
            rf"{SINCE}\b{weekday}(?:(?i:the)\s+)?{days}\s+(?:(?i:of)\s+)?{month}"
            rf"(?:,?\s+(?P<y>{YEAR})|{YEAR_WORD})?(?!\d)"
        ),
        "mdy": re.compile(
            rf"{SINCE}\b{weekday}{month}\s+{days}(?!\d|:)(?:,?\s+(?P<y>{YEAR})|{YEAR_WORD})?(?!\d)"
        ),
        "month": re.compile(
            rf"(?:\b{SEMANTIC}\s+|\b{LICENSE}\s+(?:(?i:the\s+month\s+of)\s+)?)?(?P<body>{part}"
            rf"\b{month}(?:,?\s+(?:(?i:of)\s+)?(?P<y>{YEAR})|{YEAR_WORD})?)\b(?!\s*\d)"
        ),
        "season": re.compile(
            rf"(?:\b{SEMANTIC}\s+|\b{LICENSE}\s+)?(?P<body>(?:(?i:the)\s+)?{part}\b{season}"
            rf"(?:\s+(?:(?i:of)\s+)?(?P<y>{YEAR}))?)\b"
        ),
        "year": re.compile(
            rf"(?:\b(?P<sem>(?i:since))\s+)?(?<![\w,.$£€/-])(?P<body>{part}(?P<y>{YEAR})"
            r"(?P<s>s)?)(?![\w/]|[,.]\d|[-–]\d)"
        ),
        # "the September agreements": a month naming its event, before a lowercase noun
        "month_mod": re.compile(
            rf"\b(?i:the|its|their|his|her)\s+(?P<body>{month}(?:\s+(?P<y>{YEAR}))?)"
            r"(?=\s+[a-z])"
        ),
        # "the first week of December", "the last week of March 2022"
        "week_of": re.compile(
            rf"\b(?i:the)\s+(?P<w>(?i:first|second|third|fourth|last|final))\s+(?i:week)\s+"
            rf"(?i:of)\s+{month}(?:,?\s+(?P<y>{YEAR})|{YEAR_WORD})?\b(?!\s*\d)"
        ),
        "holiday": re.compile(
            rf"\b(?P<h>New\s+Year[’']s\s+(?:Eve|Day)|Christmas\s+(?:Eve|Day))"
            rf"(?:,?\s+(?P<y>{YEAR})|{YEAR_WORD})?\b"
        ),
        # "a truce over Christmas": the bare name after a preposition is Christmas Day
        "christmas": re.compile(
            r"\b(?i:over|at|for|since|until|till|by|around|before|after)\s+"
            rf"(?P<body>Christmas)(?:,?\s+(?P<y>{YEAR})|{YEAR_WORD})?\b(?!\s+(?:Eve|Day))"
        ),
        "month_name": re.compile(rf"\b(?:{alternation(lex.months)})\b"),
        "season_name": re.compile(rf"\b(?i:{alternation(lex.seasons)})\b"),
        "years": re.compile(
            rf"(?<![\w,.$/-])(?P<y>{YEAR})\s*[-–]\s*(?P<y2>{YEAR}|\d{{2}})(?![\w/]|[,.]\d|[-–]\d)"
        ),
    }


def _year(raw: str | None) -> int | None:
    return int(raw) if raw else None


def _year_shift(m: re.Match[str]) -> int | None:
    word = m.groupdict().get("yw")
    return {"this": 0, "last": -1, "next": 1}[word.lower()] if word else None


def _sem(m: re.Match[str]) -> str | None:
    sem = m.groupdict().get("sem")
    if not sem:
        return None
    word = sem.lower().split()[-1]
    return {"past": "last", "coming": "next"}.get(word, word)


def _start(m: re.Match[str]) -> int:
    """Keep "since"/"last"/"next" in the span (they change the meaning); drop "in", "on"."""
    groups = m.groupdict()
    if groups.get("sem") or "body" not in groups:
        return m.start()
    return m.start("body")


def _day_parts(m: re.Match[str], lex: Lexicon, year: int | None) -> Parts | None:
    month = lex.months[m["m"]]
    day, day2 = int(m["d"]), int(m["d2"]) if m["d2"] else None
    if not 1 <= day <= 31 or (day2 is not None and not day < day2 <= 31):
        return None
    weekday = lex.weekdays[m["wd"]] if m["wd"] else None
    return Parts("day", year=year, month=month, day=day, day2=day2, weekday=weekday)


def _numeric(m: re.Match[str]) -> Parts | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    year = y + 2000 if y < 100 else y
    if m["sep"] == "." and len(m["y"]) == 2:
        return None  # "1.5.22" reads too often as a number
    if a > 12 and b <= 12:
        return Parts("day", year=year, month=b, day=a)
    if b > 12 and a <= 12:
        return Parts("day", year=year, month=a, day=b)
    if a <= 12 and b <= 12:
        return Parts("day", year=year, month=b, day=a, confidence=0.6)
    return None


def _near(text: str, full: re.Pattern[str], name: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """Run a pattern with long optional prefixes only around the words it needs (fast)."""
    seen: set[tuple[int, int]] = set()
    for hit in name.finditer(text):
        for m in full.finditer(text, max(0, hit.start() - 40), min(len(text), hit.end() + 12)):
            if m.start() <= hit.start() < m.end() and m.span() not in seen:
                seen.add(m.span())
                yield m


def scan(text: str) -> Iterator[Hit]:
    """Every absolute expression; overlaps are left for the caller to settle."""
    lex, pats = lexicon(), _patterns()
    for m in pats["iso"].finditer(text):
        month, day = int(m["m"]), int(m["d"])
        if 1 <= month <= 12 and 1 <= day <= 31:
            parts = Parts("day", year=int(m["y"]), month=month, day=day)
            yield Hit(m.start(), m.end(), parts=parts)
    for m in pats["numeric"].finditer(text):
        numeric = _numeric(m)
        if numeric is not None:
            yield Hit(m.start(), m.end(), parts=numeric)
    for key in ("dmy", "mdy"):
        for m in pats[key].finditer(text):
            day_parts = _day_parts(m, lex, _year(m["y"]))
            if day_parts is not None:
                day_parts = day_parts.with_(past=bool(m["since"]), year_shift=_year_shift(m))
                yield Hit(m.start(), m.end(), parts=day_parts)
    for m in _near(text, pats["month"], pats["month_name"]):
        if not (m["sem"] or m["lic"] or m["part"] or m["y"] or m["yw"]):
            continue
        if (
            m["m"] == "May"
            and not (m["y"] or m["part"] or m["sem"] or m["yw"])
            and m["lic"].lower()
            in {
                "to",
                "and",
                "of",
                "for",
                "at",
            }
        ):
            continue  # "able to May…" never; "in May" yes
        parts = Parts(
            "month",
            year=_year(m["y"]),
            month=lex.months[m["m"]],
            part=lex.parts[_norm(m["part"])] if m["part"] else None,
            deixis=_sem(m) if _sem(m) != "since" else None,
            since=_sem(m) == "since",
            year_shift=_year_shift(m),
        )
        yield Hit(_start(m), m.end(), parts=parts)
    for m in pats["holiday"].finditer(text):
        month, day = HOLIDAYS[_norm(m["h"]).replace("’", "'")]
        parts = Parts("day", year=_year(m["y"]), month=month, day=day)
        yield Hit(m.start(), m.end(), parts=parts.with_(year_shift=_year_shift(m)))
    for m in pats["christmas"].finditer(text):
        parts = Parts("day", year=_year(m["y"]), month=12, day=25)
        yield Hit(m.start("body"), m.end(), parts=parts.with_(year_shift=_year_shift(m)))
    for m in _near(text, pats["week_of"], pats["month_name"]):
        week = WEEKS[m["w"].lower()]
        parts = Parts("month", year=_year(m["y"]), month=lex.months[m["m"]], week=week)
        yield Hit(m.start(), m.end(), parts=parts.with_(year_shift=_year_shift(m)))
    for m in _near(text, pats["month_mod"], pats["month_name"]):
        if m["m"] != "May":  # "the May government" is Theresa May's
            parts = Parts("month", year=_year(m["y"]), month=lex.months[m["m"]])
            yield Hit(m.start("body"), m.end(), parts=parts)
    for m in _near(text, pats["season"], pats["season_name"]):
        name = m["s"].lower()
        if not (m["y"] or m["sem"] or m["part"] or m["lic"]):
            continue
        if name == "fall" and not (m["y"] or (m["sem"] and _sem(m) != "since")):
            continue  # "the fall of the city"
        sem = _sem(m)
        year = _year(m["y"])
        parts = Parts(
            "season",
            year=year,
            season=lex.seasons[name],
            part=lex.parts[_norm(m["part"])] if m["part"] else None,
            deixis=sem if sem != "since" else None,
            since=sem == "since",
            confidence=0.8,
        )
        yield Hit(_start(m), m.end(), parts=parts)
    for m in pats["year"].finditer(text):
        year = int(m["y"])
        unit = "decade" if m["s"] else "year"
        if unit == "decade" and year % 10:
            continue
        parts = Parts(
            unit,
            year=year,
            part=lex.parts[_norm(m["part"])] if m["part"] else None,
            since=bool(m["sem"]),
        )
        yield Hit(_start(m), m.end(), parts=parts)


def scan_year_ranges(text: str) -> Iterator[tuple[int, int, int, int]]:
    """ "2014–2016", "2022-23": (start, end, first year, last year)."""
    for m in _patterns()["years"].finditer(text):
        first, raw = int(m["y"]), m["y2"]
        last = int(raw) if len(raw) == 4 else first // 100 * 100 + int(raw)
        if first < last <= first + 30:
            yield m.start(), m.end(), first, last


def _norm(word: str) -> str:
    return " ".join(word.lower().split())
