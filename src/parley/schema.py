"""JSON Schema of the output contract, generated from the records so it cannot drift."""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter

from parley.records import ChronologyEntry, Extraction


def extraction_schema() -> dict[str, Any]:
    """Schema of what ``parley extract`` prints."""
    return Extraction.model_json_schema()


def chronology_schema() -> dict[str, Any]:
    """Schema of ``parley chronology --format json`` (a list of entries)."""
    return TypeAdapter(list[ChronologyEntry]).json_schema()
