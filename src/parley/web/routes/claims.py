"""/api/claims: attributed claims, filtered by speaker or target."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from parley.web.deps import ActorQuery, PageDep, StoreDep

router = APIRouter(prefix="/api/claims", tags=["claims"])


@router.get("")
def list_claims(store: StoreDep, page: PageDep, actor: ActorQuery = None) -> dict[str, Any]:
    """Claims in ingest order; ``actor`` matches the speaker or a target."""
    return page.wrap(store.claims(actor=actor, limit=page.limit + 1, offset=page.offset))
