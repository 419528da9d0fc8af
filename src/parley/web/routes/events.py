"""/api/events: extracted events with the store's filters."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from parley.web.deps import ActorQuery, PageDep, SinceQuery, StoreDep, TypeQuery, UntilQuery, iso
from parley.web.errors import NotFound

router = APIRouter(prefix="/api/events", tags=["events"])


@router.get("")
def list_events(
    store: StoreDep,
    page: PageDep,
    type: TypeQuery = None,
    actor: ActorQuery = None,
    since: SinceQuery = None,
    until: UntilQuery = None,
) -> dict[str, Any]:
    """Events in ingest order; ``actor`` matches a party, agent or mediator."""
    events = store.events(
        types=type, actor=actor, since=iso(since), until=iso(until),
        limit=page.limit + 1, offset=page.offset,
    )  # fmt: skip
    return page.wrap(events)


@router.get("/{event_id}")
def get_event(event_id: str, store: StoreDep) -> dict[str, Any]:
    event = store.event(event_id)
    if event is None:
        raise NotFound(f"no event with id {event_id}")
    return event.model_dump(mode="json")
