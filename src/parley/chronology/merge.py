"""Cross-document event coreference: many reports of one event become one entry.

Reports are processed in a canonical order (precisely dated first, then by date, document
and id) so the result does not depend on the input order. Each report joins the best
compatible cluster, or starts a new one. A report must be compatible with *every* member
of a cluster (no chaining 27 Feb → 29 Feb → 2 Mar into one round), and candidates are
found through a blocking index by type family and week (or by party for undated
reports) instead of comparing all pairs.

Incremental: earlier entries seed the clusters and keep their ids; an entry id is a hash
of the id of the first report that created it, so it never changes when sources join.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from dataclasses import dataclass, field, replace

from parley.chronology.compatibility import (
    TOLERANCE_DAYS,
    Features,
    corroborated,
    duplicate_score,
    features_of,
    may_be_earlier,
    needs_corroboration,
    pair_score,
)
from parley.chronology.entries import Member, build_entry, enrich
from parley.records import ChronologyEntry, Document, Event

JOIN_THRESHOLD = 0.45
SALIENCE_BONUS = 0.02
BUCKET_DAYS = 7
# An interval wider than this many buckets (about a year) is indexed like an undated one.
MAX_BUCKETS = 56
# Widest date tolerance plus the weak-date allowance: no compatible report is further off.
REACH_DAYS = max(TOLERANCE_DAYS.values()) + 1
# Undated reports are compared with at most this many clusters sharing a party.
MAX_UNDATED_CANDIDATES = 400


def _features(event: Event, documents: dict[str, Document]) -> Features:
    doc = documents.get(event.evidence[0].doc) if event.evidence else None
    return features_of(event, doc.published if doc is not None else None)


def entry_id(first_event_id: str) -> str:
    return "ch-" + hashlib.sha1(first_event_id.encode("utf-8")).hexdigest()[:12]


@dataclass
class Cluster:
    id: str
    order: int
    members: list[Member] = field(default_factory=list)
    features: list[Features] = field(default_factory=list)
    docs: set[str] = field(default_factory=set)
    frozen: ChronologyEntry | None = None

    def add(self, member: Member, feats: Features, docs: set[str]) -> None:
        self.members.append(member)
        self.features.append(feats)
        self.docs |= docs
        self.frozen = None

    def score(self, feats: Features) -> float | None:
        """Mean similarity to the members, or ``None`` if any member rules it out.

        A report of a document already in the cluster may join only as a duplicate of
        that document's own report (never of an earlier entry standing in for it). When
        its dates leave identity to the parties (undated, a plan, another type), some
        member must corroborate it (same place, mediators, issues or wording): one
        member's terse sentence should not keep out a report the others confirm.
        """
        if feats.doc in self.docs and all(o.doc != feats.doc for o in self.features):
            return None
        total = 0.0
        needed = confirmed = False
        for other in self.features:
            if other.doc == feats.doc:
                s = duplicate_score(feats, other)
            else:
                s = pair_score(feats, other, gate=False)
                needed = needed or needs_corroboration(feats, other)
                confirmed = confirmed or corroborated(feats, other)
            if s is None:
                return None
            total += s
        if needed and not confirmed:
            return None
        return total / len(self.features)


def _buckets(feats: Features) -> range | None:
    if feats.earliest is None or feats.latest is None:
        return None
    first, last = feats.earliest // BUCKET_DAYS, feats.latest // BUCKET_DAYS
    if last - first > MAX_BUCKETS:
        return None
    return range(first, last + 1)


class BlockIndex:
    """Clusters by (family, week) and, for undated or vague reports, by (family, party)."""

    def __init__(self) -> None:
        self.by_week: dict[tuple[str, int], list[Cluster]] = defaultdict(list)
        self.by_party: dict[tuple[str, str], list[Cluster]] = defaultdict(list)
        self.vague_by_party: dict[tuple[str, str], list[Cluster]] = defaultdict(list)

    def register(self, cluster: Cluster, feats: Features) -> None:
        buckets = _buckets(feats)
        for group in feats.groups:
            self._append(self.by_party[(feats.family, group)], cluster)
            if buckets is None:
                self._append(self.vague_by_party[(feats.family, group)], cluster)
        for bucket in buckets or ():
            self._append(self.by_week[(feats.family, bucket)], cluster)

    @staticmethod
    def _append(bucket: list[Cluster], cluster: Cluster) -> None:
        if not bucket or bucket[-1] is not cluster:
            bucket.append(cluster)

    def candidates(self, feats: Features) -> list[Cluster]:
        found: dict[int, Cluster] = {}
        buckets = _buckets(feats)
        if buckets is not None:
            assert feats.earliest is not None and feats.latest is not None
            lo = (feats.earliest - REACH_DAYS) // BUCKET_DAYS
            hi = (feats.latest + REACH_DAYS) // BUCKET_DAYS
            for bucket in range(lo, hi + 1):
                for c in self.by_week.get((feats.family, bucket), ()):
                    found[c.order] = c
            for group in feats.groups:
                for c in self.vague_by_party.get((feats.family, group), ()):
                    found[c.order] = c
        if buckets is None or may_be_earlier(feats):
            # An undated report, or one dated only by its telling, may be any event of
            # its parties (the pair then needs corroboration).
            pool: dict[int, Cluster] = {}
            for group in sorted(feats.groups):
                for c in self.by_party.get((feats.family, group), ()):
                    pool[c.order] = c
            # Most recent clusters first, capped: such a report is weak evidence.
            for order in sorted(pool, reverse=True)[:MAX_UNDATED_CANDIDATES]:
                found[order] = pool[order]
        return [found[k] for k in sorted(found)]


def _pseudo_event(entry: ChronologyEntry) -> Event:
    """An earlier entry whose reports are not at hand, standing in as one report."""
    return Event(
        id=entry.id, type=entry.type, status=entry.status, parties=entry.parties,
        agent=entry.agent, mediators=entry.mediators, location=entry.location,
        date=entry.date, modality=entry.modality, evidence=entry.evidence,
    )


def _seed(
    previous: list[ChronologyEntry],
    by_id: dict[str, Event],
    index: BlockIndex,
    documents: dict[str, Document],
) -> list[Cluster]:
    clusters = []
    for order, entry in enumerate(sorted(previous, key=lambda e: e.id)):
        cluster = Cluster(id=entry.id, order=order)
        known = [by_id[i] for i in entry.events if i in by_id]
        if entry.events and len(known) == len(entry.events):
            reports = sorted(((_features(e, documents), e) for e in known),
                             key=lambda fe: fe[0].sort_key())
            for feats, event in reports:
                cluster.add(Member(event), feats, {feats.doc})
        else:
            event = _pseudo_event(entry)
            # The entry stands for several documents: it is compared as one of its own.
            feats = replace(_features(event, documents), doc=entry.id)
            docs = {ev.doc for ev in entry.evidence} or {entry.id}
            member = Member(
                event, votes=max(1, entry.sources), carried=entry.disagreements,
                ids=list(entry.events),
            )
            cluster.add(member, feats, docs)
            cluster.frozen = entry
        for feats in cluster.features:
            index.register(cluster, feats)
        clusters.append(cluster)
    return clusters


def merge(
    events: list[Event],
    documents: dict[str, Document],
    previous: list[ChronologyEntry] | None = None,
) -> list[ChronologyEntry]:
    """Merge event reports across documents into chronology entries, ordered by date.

    ``previous`` entries keep their ids; new reports join them or start new entries.
    Reports of the same document are never merged with each other (the extractor has
    already merged them within the document).
    """
    by_id: dict[str, Event] = {}
    for event in sorted(events, key=lambda e: (e.id, e.model_dump_json())):
        by_id.setdefault(event.id, event)
    index = BlockIndex()
    clusters = _seed(previous or [], by_id, index, documents)
    assigned = {i for c in clusters for m in c.members for i in m.event_ids}
    pending = [(_features(e, documents), e) for i, e in by_id.items() if i not in assigned]
    pending.sort(key=lambda fe: fe[0].sort_key())
    for feats, event in pending:
        best: Cluster | None = None
        best_rank = 0.0
        for cluster in index.candidates(feats):
            score = cluster.score(feats)
            if score is None or score < JOIN_THRESHOLD:
                continue
            if not feats.dated or feats.weak_date:
                # A vague report most likely means the event most sources report: among
                # the clusters it may join, the better attested one ranks a little higher.
                score += SALIENCE_BONUS * math.log2(len(cluster.docs))
            if best is None or score > best_rank + 1e-9:
                best, best_rank = cluster, score
        if best is None:
            best = Cluster(id=entry_id(event.id), order=len(clusters))
            clusters.append(best)
        best.add(Member(event), feats, {feats.doc})
        index.register(best, feats)
    entries = [_finish(c, documents) for c in clusters]
    return sorted(entries, key=_chronological)


def _finish(cluster: Cluster, documents: dict[str, Document]) -> ChronologyEntry:
    if cluster.frozen is not None:
        entry = cluster.frozen
        evidence = [enrich(ev, documents) for ev in entry.evidence]
        return entry.model_copy(update={"evidence": evidence})
    return build_entry(cluster.id, cluster.members, documents)


def _chronological(entry: ChronologyEntry) -> tuple[bool, str, str, str, str]:
    d = entry.date
    return (d.earliest is None, d.earliest or "", d.latest or "", entry.type, entry.id)
