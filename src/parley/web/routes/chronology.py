"""/api/chronology: the merged chronology, ordered by date (undated last)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from parley.web.deps import ActorQuery, PageDep, SinceQuery, StoreDep, TypeQuery, UntilQuery, iso
from parley.web.errors import NotFound

router = APIRouter(prefix="/api/chronology", tags=["chronology"])


@router.get("")
def list_chronology(
    store: StoreDep,
    page: PageDep,
    type: TypeQuery = None,
    actor: ActorQuery = None,
    since: SinceQuery = None,
    until: UntilQuery = None,
) -> dict[str, Any]:
    entries = store.chronology(
        actor=actor, types=type, since=iso(since), until=iso(until),
        limit=page.limit + 1, offset=page.offset,
    )  # fmt: skip
    return page.wrap(entries)


@router.get("/{entry_id}")
def get_entry(entry_id: str, store: StoreDep) -> dict[str, Any]:
    entry = store.chronology_entry(entry_id)
    if entry is None:
        raise NotFound(f"no chronology entry with id {entry_id}")
    return entry.model_dump(mode="json")
