"""Claims (who says what about whom) and positions (where each party stands)."""

from __future__ import annotations

from parley.nlp.context import DocContext
from parley.records import Claim, Event, Position

__all__ = ["extract_claims"]


def extract_claims(ctx: DocContext, events: list[Event]) -> tuple[list[Claim], list[Position]]:
    return [], []
