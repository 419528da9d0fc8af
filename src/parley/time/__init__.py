"""Time: temporal expressions → intervals; conflict profiles with anchor events."""

from __future__ import annotations

from typing import Any

from parley.nlp.context import DocContext, Timex
from parley.records import DateInterval

__all__ = ["date_for", "find_timexes", "select_profile"]


def select_profile(ctx: DocContext, name: str | None = None) -> Any:
    return None


def find_timexes(ctx: DocContext) -> list[Timex]:
    return []


def date_for(ctx: DocContext, token_i: int) -> DateInterval:
    """The date of an event whose trigger is token ``token_i`` (placeholder)."""
    return DateInterval()
