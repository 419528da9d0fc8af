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
# a partial date this far before the document date in the document's year is read in
# the year the narrative is in, if that is earlier (``_narrative``)
NARRATIVE_GAP_DAYS = 90
NARRATIVE_REACH_CHARS = 600  # a year written this far back no longer sets the narrative's


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


def _after(parts: Parts, start: date) -> Interval | None:
    """A range's yearless end read in the first year that puts it after ``start``."""
    for year in (start.year, start.year + 1):
        found = parts.with_(year=year).resolve(start, False)
        if found is not None and found.latest >= start:
            return found
    return None


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
                if a and b and a.earliest > b.latest and second.year is None:
                    # "running from 1 January to 30 June": the end follows the start
                    b = _after(second, a.earliest) or b
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
    year_future_at: FutureAt | None = None,
) -> list[Hit]:
    """Every temporal expression in ``text``, resolved; unresolvable ones are dropped.

    ``year_future_at`` gives the tense used to choose the year of a partial date
    (``future_at`` when not given)."""
    year_future_at = year_future_at or future_at
    hits: list[Hit] = [
        *(hit.with_(relative_to=count) for hit, count in anaphoric.scan(text, ref)),
        *absolute.scan(text),
        *relative.scan(text, ref, future_at),
        *anchored.scan(text, ref, profile),
    ]
    for start, end, first, last in absolute.scan_year_ranges(text):
        hits.append(Hit(start, end, Interval(date(first, 1, 1), date(last, 12, 31), "interval")))
    hits = _join(text, _settle(hits, len(text)), ref, year_future_at)
    resolved: list[Hit] = []
    previous = Interval(ref, ref, "day", "document") if ref else None
    # the year the narrative is in: (year, where it was last stated) — see ``_narrative``
    story: tuple[int, int] | None = None
    for hit in hits:
        interval = hit.interval
        if story is not None and hit.start - story[1] > NARRATIVE_REACH_CHARS:
            story = None
        if hit.relative_to is not None:
            interval = hit.relative_to(previous) if previous else None
        elif interval is None and hit.parts is not None:
            future = year_future_at(hit.start)
            interval = hit.parts.resolve(ref, future)
            if interval is not None and ref is not None and not future and story is not None:
                interval = _narrative(hit.parts, interval, ref, story[0])
        if interval is not None:
            if hit.relative_to is None:
                story = _story(interval, hit, story)
            elif story is not None:  # "has since", "a week later": the narrative goes on
                story = (story[0], hit.end)
            resolved.append(hit.with_(interval=interval, parts=None, relative_to=None))
            if hit.parts is not None and hit.parts.since:  # "since late 2023": late 2023
                interval = hit.parts.with_(since=False).resolve(ref, False) or interval
            if interval.confidence >= MIN_BASE_CONFIDENCE:
                previous = interval
    return resolved


def _story(found: Interval, hit: Hit, story: tuple[int, int] | None) -> tuple[int, int] | None:
    """The narrative's year after ``hit``: a date of at most a year in a written year, or
    an anchor event, sets it; an expression counted from the document date resets it (one
    counted from the previous date, "two days later", "has since", does not: the caller
    keeps the narrative going)."""
    if found.basis == "relative" or found.basis == "document":
        return None
    narrow = (found.latest - found.earliest).days <= 366
    if narrow and found.earliest.year == found.latest.year:
        written = (
            hit.parts is None or hit.parts.year is not None or hit.parts.year_shift is not None
        )
        if written or (story is not None and found.latest.year == story[0]):
            return found.latest.year, hit.end
    return story


def _narrative(parts: Parts, found: Interval, ref: date, story: int | None) -> Interval:
    """A partial date in a narrative about an earlier year ("in early March" in a piece
    on 2022 written in 2023) is in the year the narrative last wrote, when the document's
    own year would put it long before the document date (a writer names the year then)."""
    if (
        parts.deixis
        or parts.since
        or parts.year_shift is not None
        or story is None
        or story >= ref.year
    ):
        return found
    if found.latest.year != ref.year:
        return found
    if (ref - found.latest).days <= NARRATIVE_GAP_DAYS:
        return found
    moved = parts.resolve(date(story, 12, 31), False)
    if moved is None:
        return found
    return moved.with_(confidence=min(moved.confidence, 0.7))


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
