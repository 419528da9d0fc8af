"""/api/actors: actor codes involved in events, with counts."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from parley.web.deps import StoreDep

router = APIRouter(prefix="/api/actors", tags=["actors"])


@router.get("")
def list_actors(store: StoreDep) -> dict[str, Any]:
    """Every code seen as party, agent or mediator: its country, events and documents."""
    return {"items": store.actors()}
