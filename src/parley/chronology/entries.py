"""Turn a cluster of event reports into one chronology entry.

Each field takes the value best supported by the member reports (one vote per document),
support counts are kept in ``support``, and conflicting accounts are kept side by side
as disagreements, each value with the evidence behind it, so that a reader can see who
said what rather than trusting one silently chosen value.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from parley.chronology.compatibility import (
    MODALITY_CLASS,
    PRECISION,
    WEAK_BASIS,
    interval_days,
    places_nest,
)
from parley.records import (
    Actor,
    ChronologyEntry,
    DateInterval,
    Disagreement,
    DisagreementValue,
    Document,
    Event,
    Evidence,
    Location,
    Modality,
)

# When votes tie, the more specific reading wins: a round of talks over "mediation".
TYPE_PREFERENCE = ["talks", "agreement", "ceasefire", "mediation", "suspension", "proposal"]
STATUS_ORDER = ["provisional", "final", "signed", "collapsed"]
BASIS_WEIGHT = {
    "explicit": 1.0,
    "relative": 0.9,
    "anchor": 0.9,
    "inherited": 0.7,
    "document": 0.3,
    "unknown": 0.2,
}
CLASS_PREFERENCE = ["happened", "negated", "hypothetical"]


@dataclass
class Member:
    """One report in a cluster; ``votes`` > 1 only for a summarised earlier entry."""

    event: Event
    votes: int = 1
    carried: list[Disagreement] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)

    @property
    def event_ids(self) -> list[str]:
        return self.ids or [self.event.id]

    @property
    def voter(self) -> str:
        """Who casts this member's vote: its document (an earlier entry votes as itself)."""
        if self.ids or not self.event.evidence:
            return self.event.id
        return self.event.evidence[0].doc


def bare(actor: Actor) -> Actor:
    """The actor without mention offsets, as merged views show it."""
    return actor.model_copy(update={"text": None, "start": None, "end": None})


def enrich(evidence: Evidence, documents: dict[str, Document]) -> Evidence:
    doc = documents.get(evidence.doc)
    if doc is None:
        return evidence
    return evidence.model_copy(
        update={
            "title": evidence.title or doc.title,
            "published": evidence.published or doc.published,
            "url": evidence.url or doc.url,
        }
    )


H = TypeVar("H", bound=Hashable)


def _vote(members: Iterable[Member], key: Callable[[Event], H | None]) -> dict[H, list[Member]]:
    groups: dict[H, list[Member]] = defaultdict(list)
    for member in members:
        value = key(member.event)
        if value is not None:
            groups[value].append(member)
    return groups


def _count(members: list[Member]) -> int:
    """Votes behind a value: one per document, however many of its reports say it."""
    votes: dict[str, int] = {}
    for m in members:
        votes[m.voter] = max(votes.get(m.voter, 0), m.votes)
    return sum(votes.values())


def _shares(members: list[Member]) -> dict[int, float]:
    """Each member's share of its document's vote (duplicates of one document split it)."""
    per_doc = Counter(m.voter for m in members)
    return {id(m): 1.0 / per_doc[m.voter] for m in members}


def _rank(values: dict[H, list[Member]], order: list[str] | None = None) -> list[H]:
    """Values by votes, ties broken by ``order`` then alphabetically (deterministic)."""

    def key(value: H) -> tuple[int, int, str]:
        pos = order.index(str(value)) if order and str(value) in order else len(order or [])
        return (-_count(values[value]), pos, str(value))

    return sorted(values, key=key)


def _evidence(members: list[Member], documents: dict[str, Document]) -> list[Evidence]:
    return [enrich(ev, documents) for m in members for ev in m.event.evidence]


# The fields a ``Disagreement`` can be about (``records.Disagreement.field``).
DisputedField = Literal["date", "agent", "modality", "location", "status"]


def _disagreement(
    name: DisputedField,
    values: dict[H, list[Member]],
    order: list[H],
    show: Callable[[Event], Any],
    documents: dict[str, Document],
) -> Disagreement:
    return Disagreement(
        field=name,
        values=[
            DisagreementValue(
                value=show(values[v][0].event), evidence=_evidence(values[v], documents)
            )
            for v in order
        ],
    )


def _date_key(event: Event) -> tuple[int, int, str] | None:
    first, last = interval_days(event.date)
    if first is None or last is None:
        return None
    return (first, last, event.date.granularity)


def _date_value(event: Event) -> dict[str, Any]:
    d = event.date
    return {"earliest": d.earliest, "latest": d.latest, "granularity": d.granularity,
            "text": d.text}


def _merge_date(
    members: list[Member], documents: dict[str, Document], support: dict[str, Any]
) -> tuple[DateInterval, Disagreement | None]:
    values = _vote(members, _date_key)
    if not values:
        return DateInterval(), None

    shares = _shares(members)

    def weight(m: Member) -> float:
        return m.votes * shares[id(m)] * BASIS_WEIGHT.get(m.event.date.basis, 0.5)

    # A value is supported by every report whose interval contains it: two sources
    # saying "28 February" and one saying "February" all support 28 February.
    def backing(key: tuple[int, int, str]) -> float:
        total = 0.0
        for k, group in values.items():
            if k[0] <= key[0] and key[1] <= k[1]:
                total += sum(weight(m) for m in group)
        return total

    backed = {key: backing(key) for key in values}

    def rank(key: tuple[int, int, str]) -> tuple[float, float, int, int]:
        precision = PRECISION.get(key[2], 0.25)
        return (-backed[key], -precision, key[1] - key[0], key[0])

    best = min(values, key=rank)
    chosen = max(values[best], key=lambda m: BASIS_WEIGHT.get(m.event.date.basis, 0.5))
    total = sum(weight(m) for m in members)
    interval = chosen.event.date.model_copy(
        update={"confidence": round(backed[best] / total, 3) if total else 0.0}
    )
    support["date"] = {
        _label(values[k][0].event.date): _count(values[k]) for k in sorted(values)
    }
    # Only dates the sources actually state can disagree; the article date or the date
    # of the surrounding discourse ("said" in a dated paragraph) the extractor fell back
    # to dates the telling, not the event: no testimony.
    stated = {
        k: [m for m in group if m.event.date.basis not in WEAK_BASIS]
        for k, group in values.items()
    }
    stated = {k: g for k, g in stated.items() if g}
    keys = sorted(stated)
    disjoint = any(b[0] > a[1] for i, a in enumerate(keys) for b in keys[i + 1 :])
    if not disjoint:
        return interval, None
    order = sorted(keys, key=rank)
    return interval, _disagreement("date", stated, order, _date_value, documents)


def _label(interval: DateInterval) -> str:
    if interval.earliest == interval.latest or not interval.latest:
        return interval.earliest or ""
    return f"{interval.earliest}/{interval.latest}"


def _merge_modality(
    members: list[Member], documents: dict[str, Document], support: dict[str, Any]
) -> tuple[Modality, Disagreement | None]:
    classes = _vote(members, lambda e: MODALITY_CLASS[e.modality])
    winner = _rank(classes, CLASS_PREFERENCE)[0]
    modalities = {m.event.modality for m in classes[winner]}
    # Within a class every report has the same modality, except "happened".
    modality: Modality = classes[winner][0].event.modality
    if winner == "happened":
        modality = "asserted" if "asserted" in modalities else "reported"
    by_value = _vote(members, lambda e: e.modality)
    support["modality"] = {str(k): _count(v) for k, v in sorted(by_value.items())}
    # A dispute is one source saying it happened and another that it did not. A plan or
    # a counterfactual ("a treaty could have ended the war") beside either is not one.
    if not {"happened", "negated"} <= set(classes):
        return modality, None
    disputed = {k: v for k, v in by_value.items()
                if MODALITY_CLASS.get(k) != "hypothetical"}  # type: ignore[call-overload]
    order = _rank(disputed, ["asserted", "reported", "negated"])
    return modality, _disagreement("modality", disputed, order, lambda e: e.modality, documents)


def _merge_simple(
    name: DisputedField,
    members: list[Member],
    key: Callable[[Event], Hashable | None],
    show: Callable[[Event], Any],
    documents: dict[str, Document],
    support: dict[str, Any],
    order: list[str] | None = None,
) -> tuple[Event | None, Disagreement | None, list[Hashable]]:
    values = _vote(members, key)
    if not values:
        return None, None, []
    ranked = _rank(values, order)
    support[name] = {str(k): _count(values[k]) for k in ranked}
    dispute = None
    if len(values) > 1:
        dispute = _disagreement(name, values, ranked, show, documents)
    return values[ranked[0]][0].event, dispute, ranked


def _union_actors(
    lists: Iterable[tuple[str, int, list[Actor]]],
) -> tuple[list[Actor], Counter[str]]:
    seen: dict[str, Actor] = {}
    votes_by: dict[tuple[str, str], int] = {}
    for voter, votes, actors in lists:
        for code in {a.code for a in actors}:
            votes_by[(voter, code)] = max(votes_by.get((voter, code), 0), votes)
        for actor in actors:
            seen.setdefault(actor.code, bare(actor))
    counts: Counter[str] = Counter()
    for (_, code), votes in votes_by.items():
        counts[code] += votes
    ordered = sorted(seen, key=lambda c: (-counts[c], c))
    return [seen[c] for c in ordered], counts


def _mentions(members: list[Member]) -> dict[str, list[str]]:
    forms: dict[str, set[str]] = defaultdict(set)
    for m in members:
        e = m.event
        for actor in [*e.parties, *e.mediators, *([e.agent] if e.agent else [])]:
            if actor.text:
                forms[actor.code].add(actor.text)
            if actor.name and actor.kind != "author":
                forms[actor.code].add(actor.name)
    return {code: sorted(v) for code, v in sorted(forms.items())}


def _nested(locations: Iterable[Location | None]) -> bool:
    """Whether all named places can be one place told at different scales.

    "The Dolmabahce Palace" and "Istanbul", or "Gomel" and "Belarus", are one place, not
    competing accounts; "Istanbul" and "Antalya" are.
    """
    known = {(loc.name, loc.country) for loc in locations if loc is not None}
    return all(
        places_nest(a, ac, b, bc) for (a, ac) in known for (b, bc) in known if a < b
    )


def _carry(disputes: list[Disagreement], carried: list[Disagreement]) -> list[Disagreement]:
    """Keep disputes of a summarised earlier entry that the new members do not restate."""
    have = {d.field for d in disputes}
    return disputes + [d for d in carried if d.field not in have]


def build_entry(
    entry_id: str, members: list[Member], documents: dict[str, Document]
) -> ChronologyEntry:
    """Merge a cluster's reports into one entry (members come from distinct documents)."""
    support: dict[str, Any] = {}
    disputes: list[Disagreement] = []
    types = _vote(members, lambda e: e.type)
    event_type = str(_rank(types, TYPE_PREFERENCE)[0])
    support["type"] = {str(k): _count(v) for k, v in sorted(types.items())}

    date, dispute = _merge_date(members, documents, support)
    disputes += [dispute] if dispute else []

    agent_event, dispute, _ = _merge_simple(
        "agent", members, lambda e: e.agent.group if e.agent else None,
        lambda e: bare(e.agent).to_json() if e.agent else None, documents, support,
    )
    disputes += [dispute] if dispute else []

    modality, dispute = _merge_modality(members, documents, support)
    disputes += [dispute] if dispute else []

    location_event, dispute, _ = _merge_simple(
        "location", members,
        lambda e: e.location.name.casefold().strip() if e.location else None,
        lambda e: e.location.to_json() if e.location else None, documents, support,
    )
    if dispute and not _nested(m.event.location for m in members):
        disputes.append(dispute)

    status_event, dispute, statuses = _merge_simple(
        "status", members, lambda e: e.status, lambda e: e.status, documents, support,
        order=STATUS_ORDER[::-1],
    )
    # Provisional, final and signed are stages of one agreement, not conflicting
    # accounts; only "it collapsed" against "it holds" is a dispute.
    if dispute and "collapsed" in statuses and len(statuses) > 1:
        disputes.append(dispute)

    parties, party_counts = _union_actors((m.voter, m.votes, m.event.parties) for m in members)
    mediators, _ = _union_actors((m.voter, m.votes, m.event.mediators) for m in members)
    support["parties"] = dict(sorted(party_counts.items()))
    docs = {ev.doc for m in members for ev in m.event.evidence}
    # Duplicates of one document can cite the same sentence: show it once.
    unique = {(ev.doc, ev.start, ev.end): ev for ev in reversed(_evidence(members, documents))}
    evidence = sorted(
        unique.values(), key=lambda ev: (ev.published or "9999", ev.doc, ev.start, ev.end)
    )
    event_ids = sorted({eid for m in members for eid in m.event_ids})
    carried = [d for m in members for d in m.carried]
    location: Location | None = location_event.location if location_event else None
    return ChronologyEntry(
        id=entry_id,
        type=event_type,
        status=status_event.status if status_event else None,
        parties=parties,
        agent=bare(agent_event.agent) if agent_event and agent_event.agent else None,
        mediators=mediators,
        location=location,
        date=date,
        modality=modality,
        sources=len(docs),
        evidence=evidence,
        disagreements=_carry(disputes, carried),
        events=event_ids,
        support=support,
        mentions=_mentions(members),
    )
