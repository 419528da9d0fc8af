"""Typed dependencies shared by the routers: the store and the common query filters."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Annotated, Any

from fastapi import Depends, Query, Request

from parley.store import Store


def get_store(request: Request) -> Iterator[Store]:
    """The store, opened read-only for this request (ingest may hold the write lock)."""
    store = Store(request.app.state.db_path, read_only=True)
    try:
        yield store
    finally:
        store.close()


StoreDep = Annotated[Store, Depends(get_store)]


class Page:
    """``limit``/``offset`` pagination; the response says where the next page starts."""

    def __init__(
        self,
        limit: Annotated[int, Query(ge=1, le=1000, description="Items per page.")] = 100,
        offset: Annotated[int, Query(ge=0, description="Items to skip.")] = 0,
    ) -> None:
        self.limit = limit
        self.offset = offset

    def wrap(self, items: list[Any]) -> dict[str, Any]:
        """One page: fetched with ``limit + 1`` rows so ``next`` needs no count query."""
        more = len(items) > self.limit
        return {
            "items": [i.model_dump(mode="json") for i in items[: self.limit]],
            "limit": self.limit,
            "offset": self.offset,
            "next": self.offset + self.limit if more else None,
        }


PageDep = Annotated[Page, Depends()]
ActorQuery = Annotated[
    str | None, Query(max_length=40, description="Actor code or country, e.g. USA or RUSGOV.")
]
TypeQuery = Annotated[list[str] | None, Query(description="Event type; repeatable.")]
SinceQuery = Annotated[date | None, Query(description="On or after YYYY-MM-DD.")]
UntilQuery = Annotated[date | None, Query(description="On or before YYYY-MM-DD.")]


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
