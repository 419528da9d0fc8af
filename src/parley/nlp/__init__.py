"""spaCy pipeline: the English model plus parley's own components."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from parley.nlp.model import load_model

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["build_pipeline", "load_model"]


@lru_cache(maxsize=1)
def build_pipeline() -> Language:
    """The model with parley's components added (actor ruler); built once per process."""
    nlp = load_model()
    from parley.nlp.components import add_components

    add_components(nlp)
    return nlp
