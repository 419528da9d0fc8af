"""/api/positions: actors' stated positions on the issues, by date."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from parley.web.deps import ActorQuery, PageDep, StoreDep

router = APIRouter(prefix="/api/positions", tags=["positions"])


@router.get("")
def list_positions(
    store: StoreDep,
    page: PageDep,
    actor: ActorQuery = None,
    issue: Annotated[str | None, Query(max_length=60, description="e.g. neutrality")] = None,
) -> dict[str, Any]:
    positions = store.positions(actor=actor, issue=issue, limit=page.limit + 1, offset=page.offset)
    return page.wrap(positions)
