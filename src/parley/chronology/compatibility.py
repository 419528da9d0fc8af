"""Whether two event reports can describe the same real-world event, and how strongly.

The merge compares reports pairwise; everything it needs from an event is distilled once
into a ``Features`` tuple so that scoring thousands of candidate pairs stays cheap.
Hard conflicts (different type family, disjoint parties, dates too far apart, locations
in different countries, the same document) return ``None``; everything else returns a
score in 0..1 where unknown values are compatible but weaker than agreeing ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from parley.records import DateInterval, Event

# Types that can be accounts of one real-world event: a round of talks is often
# reported as mediation by its host, an agreement as its signing.
TYPE_FAMILY: dict[str, str] = {
    "talks": "meeting",
    "mediation": "meeting",
    "agreement": "agreement",
    "ceasefire": "ceasefire",
}

# Directed types whose agent is part of the event's identity ("Russia rejected the plan"
# and "Ukraine rejected the plan" are two events). A suspension is not: competing
# accounts of who broke off the same talks are merged and flagged as an agent dispute.
AGENT_DEFINES_EVENT = frozenset(
    {"proposal", "rejection", "willingness", "demand", "concession", "obstruction"}
)

# Days of slack allowed between two date intervals, by the coarser granularity.
# A day-precise report one or two days off is the usual reporting disagreement
# (time zones, "overnight", the day talks ended); a round three days later is new.
TOLERANCE_DAYS: dict[str, int] = {
    "day": 2,
    "week": 3,
    "month": 5,
    "season": 10,
    "interval": 3,
    "year": 15,
    "unknown": 3,
}

# How much a matching date says about identity: an exact day is strong evidence,
# a matching year barely any.
PRECISION: dict[str, float] = {
    "day": 1.0,
    "week": 0.75,
    "interval": 0.6,
    "month": 0.5,
    "season": 0.35,
    "year": 0.2,
    "unknown": 0.25,
}

# Dates the extractor fell back to (the article's own date) are weak.
WEAK_BASIS = frozenset({"document", "unknown"})

UNDATED_SCORE = 0.25
WEIGHTS = {"parties": 0.4, "date": 0.35, "location": 0.15, "text": 0.1}

_WORD = re.compile(r"[a-z][a-z'-]{2,}")
_STOP = frozenset(
    """the and for that with from this was were has have had are but not its their his her
    they them said says will would could which who after before into over also been than
    about more other some such there when where while what these those being between
    against during under again further then once only very can may might should""".split()
)


@dataclass(frozen=True, slots=True)
class Features:
    """What the merge needs from one event report, computed once."""

    id: str
    doc: str
    type: str
    family: str
    groups: frozenset[str]
    agent: str | None
    earliest: int | None
    latest: int | None
    granularity: str
    weak_date: bool
    location: str | None
    location_country: str | None
    words: frozenset[str]

    @property
    def dated(self) -> bool:
        return self.earliest is not None

    @property
    def tolerance(self) -> int:
        return TOLERANCE_DAYS.get(self.granularity, 3) + (1 if self.weak_date else 0)

    def sort_key(self) -> tuple[object, ...]:
        """Canonical processing order: precise dates first, so clusters form around them."""
        width = (self.latest or 0) - (self.earliest or 0)
        return (
            not self.dated,
            self.weak_date,
            width,
            self.earliest or 0,
            self.doc,
            self.id,
        )


def family_of(event_type: str) -> str:
    return TYPE_FAMILY.get(event_type, event_type)


def day_number(value: str | None) -> int | None:
    """Proleptic ordinal of an ISO date (or of the first day of 'YYYY-MM' / 'YYYY')."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value[:10].split("-")]
        while len(parts) < 3:
            parts.append(1)
        return date(parts[0], parts[1], parts[2]).toordinal()
    except (ValueError, IndexError):
        return None


def interval_days(interval: DateInterval) -> tuple[int | None, int | None]:
    """The interval as ordinals; a half-open interval is closed on its known side."""
    first = day_number(interval.earliest)
    last = day_number(interval.latest)
    if first is None:
        first = last
    if last is None:
        last = first
    if first is not None and last is not None and last < first:
        first, last = last, first
    return first, last


def content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _STOP)


def features_of(event: Event) -> Features:
    groups = {a.group for a in event.parties}
    groups.update(a.group for a in event.mediators)
    if event.agent is not None:
        groups.add(event.agent.group)
    groups.discard("AUTHOR")
    first, last = interval_days(event.date)
    doc = event.evidence[0].doc if event.evidence else event.id
    text = " ".join(e.text for e in event.evidence)
    location = event.location
    return Features(
        id=event.id,
        doc=doc,
        type=event.type,
        family=family_of(event.type),
        groups=frozenset(groups),
        agent=event.agent.group if event.agent is not None else None,
        earliest=first,
        latest=last,
        granularity=event.date.granularity if first is not None else "unknown",
        weak_date=event.date.basis in WEAK_BASIS,
        location=location.name.casefold().strip() if location else None,
        location_country=location.country if location else None,
        words=content_words(text),
    )


def party_score(a: Features, b: Features) -> float | None:
    if not a.groups or not b.groups:
        return 0.3
    shared = len(a.groups & b.groups)
    if shared == 0:
        return None
    # Two multi-party events sharing one party are different meetings (RUS–UKR vs RUS–USA).
    if shared < 2 and len(a.groups) >= 2 and len(b.groups) >= 2:
        return None
    return shared / len(a.groups | b.groups)


def date_gap(a: Features, b: Features) -> int:
    """Days between two dated intervals; 0 when they overlap."""
    assert a.earliest is not None and b.earliest is not None
    assert a.latest is not None and b.latest is not None
    return max(0, max(a.earliest, b.earliest) - min(a.latest, b.latest))


def date_score(a: Features, b: Features) -> float | None:
    if not a.dated or not b.dated:
        return UNDATED_SCORE
    tolerance = max(a.tolerance, b.tolerance)
    gap = date_gap(a, b)
    if gap > tolerance:
        return None
    precision = min(PRECISION.get(a.granularity, 0.25), PRECISION.get(b.granularity, 0.25))
    if a.weak_date or b.weak_date:
        precision *= 0.6
    return precision * (1.0 - gap / (tolerance + 1))


def location_score(a: Features, b: Features) -> float | None:
    if a.location is None or b.location is None:
        return 0.5
    if a.location == b.location:
        return 1.0
    if a.location_country and b.location_country:
        return 0.5 if a.location_country == b.location_country else None
    return 0.3


def text_score(a: Features, b: Features) -> float:
    if not a.words or not b.words:
        return 0.0
    return len(a.words & b.words) / len(a.words | b.words)


def pair_score(a: Features, b: Features) -> float | None:
    """Similarity of two reports, or ``None`` when they cannot be the same event."""
    if a.doc == b.doc or a.family != b.family:
        return None
    if (
        a.type in AGENT_DEFINES_EVENT
        and a.agent is not None
        and b.agent is not None
        and a.agent != b.agent
    ):
        return None
    parties = party_score(a, b)
    when = date_score(a, b)
    where = location_score(a, b)
    if parties is None or when is None or where is None:
        return None
    # Two undated reports share nothing but a type and parties: demand real overlap.
    if not a.dated and not b.dated and parties < 0.5:
        return None
    return (
        WEIGHTS["parties"] * parties
        + WEIGHTS["date"] * when
        + WEIGHTS["location"] * where
        + WEIGHTS["text"] * text_score(a, b)
    )
