"""Actors: recognise states, people, organisations and armed groups; link to codes."""

from __future__ import annotations

from parley.nlp.context import DocContext, Mention

__all__ = ["recognise"]


def recognise(ctx: DocContext) -> list[Mention]:
    """All actor mentions in the document, linked at the document date (placeholder)."""
    return []
