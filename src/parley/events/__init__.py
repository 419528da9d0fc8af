"""Negotiation events of the ontology: triggers, roles, modality, terms.

``extract_events(ctx)`` is the stage's entry point; ``load_ontology()`` validates the
shipped rule data (the CLI calls it at start so bad data fails early).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.events.ontology import EventType, Ontology, load_ontology

if TYPE_CHECKING:
    from parley.events.triggers import Rules
    from parley.nlp.context import DocContext
    from parley.records import Event

__all__ = ["EventType", "Ontology", "extract_events", "load_ontology", "load_rules"]


def extract_events(ctx: DocContext) -> list[Event]:
    """All negotiation events in one parsed document, merged within the document."""
    from parley.events.extract import extract_events as run

    return run(ctx)


def load_rules() -> Rules:
    """Validate every shipped events data file (ontology, triggers, modality, terms)."""
    from parley.events.modality import load_cues
    from parley.events.terms import load_issues
    from parley.events.triggers import load_rules as rules

    load_ontology()
    load_cues()
    load_issues()
    return rules()
