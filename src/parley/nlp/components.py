"""parley's spaCy components, registered in one place with versioned names."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language


def add_components(nlp: Language) -> None:
    """Add parley's components to ``nlp`` (idempotent)."""
    from parley.actors.ruler import add_actor_ruler
    from parley.nlp.paragraphs import add_paragraph_splitter

    add_paragraph_splitter(nlp)
    add_actor_ruler(nlp)
