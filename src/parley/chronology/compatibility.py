"""Whether two event reports can describe the same real-world event, and how strongly.

The merge compares reports pairwise; everything it needs from an event is distilled once
into a ``Features`` tuple so that scoring thousands of candidate pairs stays cheap.
Hard conflicts (different type family, disjoint parties, dates too far apart, locations
in different countries, the same document) return ``None``; everything else returns a
score in 0..1 where unknown values are compatible but weaker than agreeing ones. Where
the dates cannot tell reports apart (undated, recalled, plans), identity also needs
corroboration: a shared place, mediators, issues or wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Literal

from parley.actors import active_dictionary, lookup_place
from parley.actors.dictionary import place_key
from parley.records import Actor, DateInterval, Event, Modality

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

# Types whose report is itself a statement: a date inherited from the surrounding speech
# ("he said on Monday that Russia demanded...") is when the act took place.
SPEECH_TYPES = frozenset({"proposal", "rejection", "willingness", "demand"})

# Types whose terms (issues) are part of the event's identity.
ISSUE_DEFINES_EVENT = frozenset({"proposal", "demand", "concession"})
ISSUE_MISMATCH_PENALTY = 0.1

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

# Dates the extractor fell back to (the article's own date, or the date of the
# surrounding discourse: "said" in a dated report) are weak: they often date the telling,
# not the event.
WEAK_BASIS = frozenset({"document", "unknown", "inherited"})
# The article's own date: the extractor found nothing closer to the event.
FALLBACK_BASIS = frozenset({"document", "unknown"})

# A report that says something happened (or did not) was written after it: its
# document's publication date bounds an undated report from above. A hypothetical report
# (a plan, a condition) is bounded more loosely: the plan existed when the article was
# written and may come about in the following weeks (PLAN_AFTER_DAYS).
BOUNDED_MODALITIES = frozenset({"asserted", "reported", "negated"})
PUBLICATION_SLACK_DAYS = 2
# The window a plan stated on a given day refers to (the sentence's date is not its own).
PLAN_BEFORE_DAYS = 3
PLAN_AFTER_DAYS = 45
# Reports that disagree on whether the event happened need more evidence to join.
MODALITY_MISMATCH_PENALTY = 0.1
# Two types of one family (talks and mediation) need more agreeing evidence.
TYPE_MISMATCH_PENALTY = 0.1
# Modality classes: reported and asserted both say "it happened".
MODALITY_CLASS: dict[Modality, str] = {
    "asserted": "happened",
    "reported": "happened",
    "hypothetical": "hypothetical",
    "negated": "negated",
}

# Sector suffixes of state codes: RUSGOV, RUSMIL and RUS are one side. Any other suffix
# (SDNRSF, ETHTPLF, COLFARC, YEMHOU) is a non-state armed group, a side of its own in a
# civil war even though its ``country`` is the state's.
STATE_SECTORS = frozenset({"", "GOV", "MIL", "ELI", "LEG", "JUD", "SPY", "COP", "PTY"})

UNDATED_SCORE = 0.25
# Word overlap (Jaccard of content words) that counts as naming the same thing ("the
# constitution", "the peace formula") when a pair has no usable date to go on; with a
# shared issue less is needed.
CORROBORATING_TEXT = 0.1
CORROBORATING_TEXT_WITH_ISSUE = 0.05
# A restatement in another sentence must be dated to within a week to count as a duplicate.
DUPLICATE_DAYS = 7
# How much agreeing (or disjoint) mediators raise (or lower) the party score.
MEDIATOR_WEIGHT = 0.1
WEIGHTS = {"parties": 0.4, "date": 0.35, "location": 0.15, "text": 0.1}

_WORD = re.compile(r"[a-z][a-z'-]{2,}")
_STOP = frozenset(
    """the and for that with from this was were has have had are but not its their his her
    they them said says will would could which who after before into over also been than
    about more other some such there when where while what these those being between
    against during under again further then once only very can may might should""".split()
)


# Words naming the event types themselves: every report of a type has them. (Who met or
# what was proposed, "delegations" or "presidents", does tell events apart.)
_GENERIC = frozenset(
    """talks negotiations agreement agreements agreed agree deal deals ceasefire truce
    peace war""".split()
)


@dataclass(frozen=True, slots=True)
class Features:
    """What the merge needs from one event report, computed once."""

    id: str
    doc: str
    type: str
    family: str
    groups: frozenset[str]
    core: frozenset[str]
    brokers: frozenset[str]
    agent: str | None
    earliest: int | None
    latest: int | None
    granularity: str
    weak_date: bool
    fallback: bool
    recalled: bool
    plan: bool
    upper: int | None
    modality: Modality
    issues: frozenset[str]
    location: str | None
    location_country: str | None
    words: frozenset[str]
    topic: frozenset[str]
    sentences: frozenset[int]
    source: str

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


def recalled(event: Event) -> bool:
    """Whether the sentence recalls the event as already past when it was told.

    Perfect aspect on the trigger ("once Russian troops had pulled back", "Baku has
    demanded") or a participle after its noun ("the principles agreed in Istanbul"): the
    sentence's date is then when the event was told, not when it happened.
    """
    if not event.trigger or not event.evidence:
        return False
    trigger = re.escape(event.trigger.split()[0].lower())
    text = event.evidence[0].text.lower()
    perfect = rf"\b(?:had|has|have|having)\s+(?:[a-z'-]+\s+){{0,3}}?{trigger}"
    participle = rf"\b(?:the|a|an)\s+[a-z-]+\s+{trigger}\s+(?:in|at|on|by)\b"
    return re.search(perfect, text) is not None or re.search(participle, text) is not None


def _actor_words(event: Event) -> frozenset[str]:
    """Words naming the event's actors: shared by every report of those parties."""
    actors = [*event.parties, *event.mediators, *([event.agent] if event.agent else [])]
    names = " ".join(f"{a.name or ''} {a.text or ''}" for a in actors)
    return content_words(names)


def side_of(actor: Actor) -> str:
    """The side an actor stands for: its state or organisation, or its armed group."""
    country = actor.country
    if not country or actor.code == country:
        return country or actor.code
    if actor.kind == "group":
        return actor.code
    if actor.code.startswith(country) and actor.code[len(country):] not in STATE_SECTORS:
        return actor.code
    return country


def features_of(event: Event, published: str | None = None) -> Features:
    """Distil one report; ``published`` is its document's date (bounds undated reports)."""
    groups = {side_of(a) for a in event.parties}
    groups.update(side_of(a) for a in event.mediators)
    if event.agent is not None:
        groups.add(side_of(event.agent))
    groups.discard("AUTHOR")
    brokers = {side_of(a) for a in event.mediators} - {"AUTHOR"}
    principals = {side_of(a) for a in event.parties}
    if event.agent is not None:
        principals.add(side_of(event.agent))
    # A mediator is not a principal even when the extractor also lists it as a party.
    core = (principals - brokers - {"AUTHOR"}) or (principals - {"AUTHOR"})
    first, last = interval_days(event.date)
    weak = event.date.basis in WEAK_BASIS
    granularity = event.date.granularity if first is not None else "unknown"
    plan = weak and event.modality == "hypothetical" and first is not None
    if plan and first is not None and last is not None:
        # A plan or condition is not dated by the sentence that states it: it refers to
        # something after it (or, counterfactually, just before).
        first, last, granularity = first - PLAN_BEFORE_DAYS, last + PLAN_AFTER_DAYS, "season"
    doc = event.evidence[0].doc if event.evidence else event.id
    if published is None and event.evidence:
        published = event.evidence[0].published
    upper = day_number(published)
    if upper is not None and event.modality not in BOUNDED_MODALITIES:
        # A plan told in an article was made by then; it may come about in the weeks after.
        upper += PLAN_AFTER_DAYS
    text = " ".join(e.text for e in event.evidence)
    words = content_words(text)
    location = event.location
    return Features(
        id=event.id,
        doc=doc,
        type=event.type,
        family=family_of(event.type),
        groups=frozenset(groups),
        core=frozenset(core),
        brokers=frozenset(brokers),
        agent=side_of(event.agent) if event.agent is not None else None,
        earliest=first,
        latest=last,
        granularity=granularity,
        weak_date=weak,
        fallback=event.date.basis in FALLBACK_BASIS,
        recalled=recalled(event),
        plan=plan,
        upper=upper,
        modality=event.modality,
        issues=frozenset(t.issue for t in event.terms if t.issue),
        location=location.name.casefold().strip() if location else None,
        location_country=location.country if location else None,
        words=words,
        topic=words - _actor_words(event) - _GENERIC,
        sentences=frozenset(e.sentence for e in event.evidence),
        source=side_of(event.source) if event.source is not None else "AUTHOR",
    )


def party_score(a: Features, b: Features) -> float | None:
    """Overlap of the principal sides, with agreeing mediators as extra support.

    Principals (parties and agent, mediators removed) decide identity: two multi-party
    reports sharing one principal are different meetings (RUS-UKR vs RUS-USA), and a
    host meeting one side (UKR-TUR in Ankara) is not the round it hosts (RUS-UKR with
    TUR mediating). Mediators only nudge the score: one source often omits them.
    """
    if not a.core or not b.core:
        return 0.3 if not a.groups or not b.groups else _overlap(a.groups, b.groups)
    shared = len(a.core & b.core)
    if shared == 0:
        return None
    if shared < 2 and len(a.core) >= 2 and len(b.core) >= 2:
        return None
    score = shared / len(a.core | b.core)
    if a.brokers and b.brokers:
        score += MEDIATOR_WEIGHT * (1.0 if a.brokers & b.brokers else -1.0)
    return min(1.0, max(0.0, score))


def _overlap(a: frozenset[str], b: frozenset[str]) -> float | None:
    shared = len(a & b)
    return shared / len(a | b) if shared else None


def date_gap(a: Features, b: Features) -> int:
    """Days between two dated intervals; 0 when they overlap."""
    assert a.earliest is not None and b.earliest is not None
    assert a.latest is not None and b.latest is not None
    return max(0, max(a.earliest, b.earliest) - min(a.latest, b.latest))


def _after_publication(undated: Features, other: Features) -> bool:
    """Whether ``other`` is dated after the document of the undated report was written."""
    if undated.upper is None or other.earliest is None or (other.weak_date and not other.plan):
        # A weak date is when the event was told, not when it happened: no bound. A plan's
        # window starts when it was stated: a later plan is a new one.
        return False
    return other.earliest > undated.upper + PUBLICATION_SLACK_DAYS


def _told_later(weak: Features, other: Features) -> bool:
    """Whether ``weak``'s date may be when an earlier ``other`` was told, not when it happened.

    A report dated only by its sentence's discourse or the article ("Lavrov accused Kyiv of
    departing from the principles agreed in Istanbul", in a paragraph about 7 April) says
    the event had happened by then, so it may be any earlier event (an upper bound, like
    an undated report's publication date).
    """
    if not may_be_earlier(weak):
        return False
    assert weak.latest is not None and other.earliest is not None
    return other.earliest <= weak.latest + PUBLICATION_SLACK_DAYS


def may_be_earlier(feats: Features) -> bool:
    """Whether a dated report's date may only be when its event was told.

    True for a weak date of a report that says something happened (or did not), except
    a statement (demand, proposal...) dated by the speech around it: "Moscow demanded,
    Medinsky said on Friday" took place when it was said.
    """
    if not feats.weak_date or feats.plan or feats.modality not in BOUNDED_MODALITIES:
        return False
    return feats.fallback or (feats.recalled and feats.type not in SPEECH_TYPES)


def bound_only(a: Features, b: Features) -> bool:
    """Whether two dated reports are compatible only through a weak date's upper bound."""
    if not a.dated or not b.dated:
        return False
    return date_gap(a, b) > max(a.tolerance, b.tolerance)


def date_score(a: Features, b: Features) -> float | None:
    if not a.dated or not b.dated:
        if _after_publication(a, b) or _after_publication(b, a):
            return None
        return UNDATED_SCORE
    tolerance = max(a.tolerance, b.tolerance)
    gap = date_gap(a, b)
    if gap > tolerance:
        if _told_later(a, b) or _told_later(b, a):
            return UNDATED_SCORE
        return None
    precision = min(PRECISION.get(a.granularity, 0.25), PRECISION.get(b.granularity, 0.25))
    if a.weak_date or b.weak_date:
        precision *= 0.6
    return precision * (1.0 - gap / (tolerance + 1))


PlaceRank = Literal["country", "place", "venue"]


@lru_cache(maxsize=4096)
def place_rank(name: str) -> tuple[PlaceRank, str | None]:
    """Whether a location names a country, a gazetteer place (city), or a venue, and its state.

    A name the gazetteer does not know ("the Dolmabahce Palace", "Ciragan Palace", "the
    Black Sea") is taken as a venue or region whose city is not known.
    """
    found = lookup_place(name)
    if found is None:
        return "venue", None
    entity = active_dictionary().entities.get(found.country) if found.country else None
    if entity is not None and place_key(entity.name) == place_key(found.name):
        return "country", found.country
    return "place", found.country


def places_nest(a: str, a_country: str | None, b: str, b_country: str | None) -> bool:
    """Whether two location names can be the same place at different scales.

    A venue inside a city ("the Dolmabahce Palace" and "Istanbul") or a city inside its
    country ("Gomel" and "Belarus") is one place told more or less precisely, not two
    accounts of where the event happened. Two cities of one country are different places.
    """
    if place_key(a) == place_key(b):
        return True
    if a_country and b_country and a_country != b_country:
        return False
    rank_a, country_a = place_rank(a)
    rank_b, country_b = place_rank(b)
    country_a, country_b = a_country or country_a, b_country or country_b
    if country_a and country_b and country_a != country_b:
        return False
    if "venue" in (rank_a, rank_b):
        return True
    return "country" in (rank_a, rank_b) and country_a == country_b


def location_score(a: Features, b: Features) -> float | None:
    if a.location is None or b.location is None:
        return 0.5
    if a.location == b.location:
        return 1.0
    if a.location_country and b.location_country and a.location_country != b.location_country:
        return None
    if places_nest(a.location, a.location_country, b.location, b.location_country):
        # A city in its country is the same place; a venue's city is not known.
        return 0.8 if _same_place(a, b) else 0.5
    return 0.5 if a.location_country and b.location_country else 0.3


def _same_place(a: Features, b: Features) -> bool:
    """Both reports name the place and it is the same (a city in its country counts)."""
    if a.location is None or b.location is None:
        return False
    if a.location == b.location:
        return True
    ranks = (place_rank(a.location)[0], place_rank(b.location)[0])
    return "venue" not in ranks and places_nest(
        a.location, a.location_country, b.location, b.location_country
    )


def corroborated(a: Features, b: Features) -> bool:
    """Evidence beyond type, parties and date that two reports name the same event.

    A shared place, shared mediators, the same issues or wording (a named deal, "the
    peace formula"): what separates one restated demand or one planned meeting from
    another when the dates cannot.
    """
    if _same_place(a, b):
        return True
    overlap = _topic_overlap(a, b)
    if a.brokers & b.brokers and (overlap > 0 or (a.dated and b.dated)):
        # A mediator of the whole process is named on most of its events (and often
        # carried over to them by the extractor): alone it does not tie an undated
        # report to one of them.
        return True
    if a.issues & b.issues and overlap >= CORROBORATING_TEXT_WITH_ISSUE:
        return True
    return overlap >= CORROBORATING_TEXT


def needs_corroboration(a: Features, b: Features) -> bool:
    """Whether the pair's dates and types leave identity to parties alone.

    An undated report would otherwise join any event of its type and parties (the same
    party's demands months apart); a plan dated only by the sentence stating it would
    join whatever actually happened in the weeks after (a proposed leaders' meeting and
    the next round of talks); and a mediating act is usually an ongoing effort, not the
    round it resembles.
    """
    if not a.dated or not b.dated or bound_only(a, b):
        return True
    if MODALITY_CLASS[a.modality] != MODALITY_CLASS[b.modality] and (a.plan or b.plan):
        return True
    if "hypothetical" in (a.modality, b.modality) and not (_pinned(a) and _pinned(b)):
        return True
    return a.type != b.type


def _pinned(feats: Features) -> bool:
    """A report dated to one day by its own words: "due to meet on Monday" names one
    meeting; "will meet again in the coming days" could be any of the next rounds."""
    return feats.granularity == "day" and not feats.weak_date and not feats.plan


def text_score(a: Features, b: Features) -> float:
    if not a.words or not b.words:
        return 0.0
    return len(a.words & b.words) / len(a.words | b.words)


def _topic_overlap(a: Features, b: Features) -> float:
    """Word overlap without the actors' names and negotiation vocabulary (shared by all)."""
    if not a.topic or not b.topic:
        return 0.0
    return len(a.topic & b.topic) / len(a.topic | b.topic)


def pair_score(a: Features, b: Features, gate: bool = True) -> float | None:
    """Similarity of two reports, or ``None`` when they cannot be the same event.

    With ``gate=False`` a pair that needs corroboration and lacks it still scores: the
    merge asks for corroboration by *some* member of a cluster, not by every one.
    """
    if a.doc == b.doc:
        return None
    return _similarity(a, b, gate)


def duplicate_score(a: Features, b: Features) -> float | None:
    """Similarity of two reports of one document that the extractor left apart.

    Within a document the extractor has already merged repeated mentions, so two reports
    left apart are normally different events ("agreed on prisoners and on Taiz"). Some
    are duplicates it missed; if only one of them could join the entry, the merge would
    pick one at random. Two cases count as duplicates, with nothing else differing:
    one sentence giving two speakers' competing accounts of the same principals' event
    ("X said the talks were on hold, and Y accused Z of withdrawing"), or a restatement
    in another sentence with an overlapping precise date.
    """
    if a.doc != b.doc or a.type != b.type:
        return None
    if MODALITY_CLASS[a.modality] != MODALITY_CLASS[b.modality]:
        return None
    if a.sentences & b.sentences:
        if a.core != b.core or a.source == b.source:
            return None
    else:
        precise = all(
            f.dated and not f.weak_date and (f.latest or 0) - (f.earliest or 0) <= DUPLICATE_DAYS
            for f in (a, b)
        )
        if not precise or date_gap(a, b) > 0:
            return None
        if not (a.core <= b.core or b.core <= a.core):
            return None
        if a.agent is not None and b.agent is not None and a.agent != b.agent:
            return None
        if a.location is not None and b.location is not None and a.location != b.location:
            return None
    return _similarity(a, b, True)


def _similarity(a: Features, b: Features, gate: bool) -> float | None:
    if a.family != b.family:
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
    if gate and needs_corroboration(a, b) and not corroborated(a, b):
        return None
    score = (
        WEIGHTS["parties"] * parties
        + WEIGHTS["date"] * when
        + WEIGHTS["location"] * where
        + WEIGHTS["text"] * text_score(a, b)
    )
    if MODALITY_CLASS[a.modality] != MODALITY_CLASS[b.modality]:
        score -= MODALITY_MISMATCH_PENALTY
    # A round and a mediating act are one event only when the rest agrees well: most
    # mediation reports describe an ongoing effort, not one meeting.
    if a.type != b.type:
        score -= TYPE_MISMATCH_PENALTY
    # Demands (offers, concessions) about different issues are likely different
    # statements; issues are extracted imperfectly, so this only weighs against.
    if a.type in ISSUE_DEFINES_EVENT and a.issues and b.issues and not a.issues & b.issues:
        score -= ISSUE_MISMATCH_PENALTY
    return score
