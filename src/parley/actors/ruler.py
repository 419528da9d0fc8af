"""Entity ruler built from the actor dictionaries (placeholder)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language


def add_actor_ruler(nlp: Language) -> None:
    return None
