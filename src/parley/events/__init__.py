"""Negotiation events of the ontology: triggers, roles, modality, terms."""

from __future__ import annotations

from parley.nlp.context import DocContext
from parley.records import Event

__all__ = ["extract_events"]


def extract_events(ctx: DocContext) -> list[Event]:
    return []
