"""Finding temporal expressions in a text: every finder, overlaps settled, ranges joined.

Linear in the text: each finder is one compiled regex pass; overlaps are settled
longest-first on a character occupancy map. Ranges ("from March to May 2022",
"between 28 February and 3 March", "28 February–3 March 2022") join two absolute
expressions, the later one lending its year to the earlier.
"""

from __future__ import annotations

import re
from datetime import date

from parley.records import DateInterval
from parley.time import absolute, anaphoric, anchored, relative
from parley.time.hits import FutureAt, Hit, Parts
from parley.time.intervals import Interval
from parley.time.profiles import ConflictProfile

_JOIN = re.compile(r"^\s*(?:-|–|—|to|until|till|through|and|to\s+the\s+end\s+of)\s*$", re.I)
_OPEN = re.compile(r"(?:\b(?P<w>from|between)\s+)$", re.I)
_FUTURE_WORDS = re.compile(r"\b(?:will|shall|next|coming|upcoming|planned|scheduled)\b", re.I)


MIN_BASE_CONFIDENCE = 0.5  # vaguer expressions ("recently") are no date to count from


def _never(_: int) -> bool:
    return False


def _settle(hits: list[Hit], length: int) -> list[Hit]:
    """Keep the longest of overlapping expressions; ties go to the earlier finder."""
    taken = bytearray(length + 1)
    kept: list[Hit] = []
    order = sorted(enumerate(hits), key=lambda p: (-(p[1].end - p[1].start), p[0]))
    for _, hit in order:
        if any(taken[hit.start : hit.end]):
            continue
        taken[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
        kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def _lend(first: Parts, second: Parts) -> tuple[Parts, Parts]:
    """Share the year between the halves of a range (the later half usually has it)."""
    if first.year is None and second.year is not None:
        year = second.year
        if first.month and second.month and first.month > second.month:
            year -= 1
        first = first.with_(year=year, confidence=second.confidence)
    elif second.year is None and first.year is not None:
        year = first.year
        if first.month and second.month and second.month < first.month:
            year += 1
        second = second.with_(year=year, confidence=first.confidence)
    return first, second


def _join(text: str, hits: list[Hit], ref: date | None, future_at: FutureAt) -> list[Hit]:
    out: list[Hit] = []
    i = 0
    while i < len(hits):
        hit = hits[i]
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if (
            nxt is not None
            and hit.parts
            and nxt.parts
            and not hit.parts.since
            and _JOIN.match(text[hit.end : nxt.start])
        ):
            opener = _OPEN.search(text, max(0, hit.start - 12), hit.start)
            between = opener is not None and opener["w"].lower() == "between"
            joiner = text[hit.end : nxt.start].strip().lower()
            if (joiner == "and") == between:
                first, second = _lend(hit.parts, nxt.parts)
                future = future_at(hit.start)
                a, b = first.resolve(ref, future), second.resolve(ref, future)
                if a and b and a.earliest <= b.latest:
                    start = opener.start() if opener else hit.start
                    conf = min(a.confidence, b.confidence)
                    span = Interval(a.earliest, b.latest, "interval", "explicit", conf)
                    out.append(Hit(start, nxt.end, span))
                    i += 2
                    continue
        out.append(hit)
        i += 1
    return out


def scan(
    text: str,
    ref: date | None,
    profile: ConflictProfile | None = None,
    future_at: FutureAt = _never,
) -> list[Hit]:
    """Every temporal expression in ``text``, resolved; unresolvable ones are dropped."""
    hits: list[Hit] = [
        *(hit.with_(relative_to=count) for hit, count in anaphoric.scan(text, ref)),
        *absolute.scan(text),
        *relative.scan(text, ref, future_at),
        *anchored.scan(text, ref, profile),
    ]
    for start, end, first, last in absolute.scan_year_ranges(text):
        hits.append(Hit(start, end, Interval(date(first, 1, 1), date(last, 12, 31), "interval")))
    hits = _join(text, _settle(hits, len(text)), ref, future_at)
    resolved: list[Hit] = []
    previous = Interval(ref, ref, "day", "document") if ref else None
    for hit in hits:
        interval = hit.interval
        if hit.relative_to is not None:
            interval = hit.relative_to(previous) if previous else None
        elif interval is None and hit.parts is not None:
            interval = hit.parts.resolve(ref, future_at(hit.start))
        if interval is not None:
            resolved.append(hit.with_(interval=interval, parts=None, relative_to=None))
            if hit.parts is not None and hit.parts.since:  # "since late 2023": late 2023
                interval = hit.parts.with_(since=False).resolve(ref, False) or interval
            if interval.confidence >= MIN_BASE_CONFIDENCE:
                previous = interval
    return resolved


def normalise(
    text: str, ref: date | None, profile: ConflictProfile | None = None
) -> DateInterval | None:
    """The interval a temporal expression denotes, or None if it denotes none.

    Without a parse the tense comes from words ("will", "next"); the longest
    expression found in ``text`` wins.
    """
    future = bool(_FUTURE_WORDS.search(text))
    hits = scan(text, ref, profile, (lambda _: future))
    if not hits:
        return None
    best = max(hits, key=lambda h: h.end - h.start)
    assert best.interval is not None
    return best.interval.record(text[best.start : best.end])
