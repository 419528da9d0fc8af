"""Records → table rows: the indexed columns next to the full JSON of each record.

Filters run on the columns; reads return the JSON, so fields added to the contract
are stored without a migration.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from parley.records import Actor, ChronologyEntry, DateInterval, Evidence, Extraction

Row = tuple[Any, ...]


def _json(record: Any) -> str:
    return str(record.model_dump_json())


def _dates(date: DateInterval) -> tuple[str | None, str | None]:
    return date.earliest, date.latest or date.earliest


def _actor_roles(
    parties: list[Actor], agent: Actor | None, mediators: list[Actor], source: Actor | None
) -> list[tuple[str, Actor]]:
    roles = [("party", a) for a in parties] + [("mediator", a) for a in mediators]
    if agent is not None:
        roles.append(("agent", agent))
    if source is not None and source.code != "AUTHOR":
        roles.append(("source", source))
    return roles


def _evidence(item_id: str, kind: str, doc: str, evidence: list[Evidence]) -> list[Row]:
    return [(item_id, kind, doc, e.sentence, e.start, e.end, e.text) for e in evidence]


def extraction_rows(extraction: Extraction, seq: int) -> dict[str, list[Row]]:
    """Rows for every table touched when one document's extraction is stored."""
    doc = extraction.document
    tables: dict[str, list[Row]] = defaultdict(list)
    tables["documents"].append(
        (doc.id, seq, doc.title, doc.url, doc.published, doc.author, doc.site,
         doc.language, doc.path, doc.text)
    )  # fmt: skip
    for i, event in enumerate(extraction.events):
        tables["events"].append(
            (event.id, doc.id, i, event.type, event.modality, event.status,
             *_dates(event.date), _json(event))
        )  # fmt: skip
        for role, actor in _actor_roles(event.parties, event.agent, event.mediators, event.source):
            tables["event_actors"].append((event.id, doc.id, role, actor.code, actor.country))
        tables["evidence"] += _evidence(event.id, "event", doc.id, event.evidence)
    for i, claim in enumerate(extraction.claims):
        actors = {claim.speaker.code, claim.speaker.country} | {
            value for t in claim.targets for value in (t.code, t.country)
        }
        tables["claims"].append(
            (claim.id, doc.id, i, claim.speaker.code, claim.speaker.country,
             sorted(a for a in actors if a), claim.issue, *_dates(claim.date), _json(claim))
        )  # fmt: skip
        tables["evidence"] += _evidence(claim.id, "claim", doc.id, claim.evidence)
    for i, position in enumerate(extraction.positions):
        item_id = position.id or f"po-{doc.id[:12]}-{i}"
        tables["positions"].append(
            (item_id, doc.id, i, position.actor.code, position.actor.country, position.issue,
             position.stance, *_dates(position.date), _json(position))
        )  # fmt: skip
        tables["evidence"] += _evidence(item_id, "position", doc.id, position.evidence)
    return tables


def chronology_rows(entries: list[ChronologyEntry]) -> dict[str, list[Row]]:
    """Rows for the chronology tables: entries, their events, their actors."""
    tables: dict[str, list[Row]] = defaultdict(list)
    for i, entry in enumerate(entries):
        tables["chronology_entries"].append(
            (entry.id, i, entry.type, *_dates(entry.date), entry.sources, _json(entry))
        )
        tables["chronology_members"] += [(entry.id, event_id) for event_id in entry.events]
        for role, actor in _actor_roles(entry.parties, entry.agent, entry.mediators, None):
            tables["chronology_actors"].append((entry.id, role, actor.code, actor.country))
    return tables
