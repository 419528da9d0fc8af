"""One exception hierarchy: the CLI and web layers turn these into one-line messages."""

from __future__ import annotations


class ParleyError(Exception):
    """Base of every error parley raises on purpose; the message says what to do."""


class IngestError(ParleyError):
    """A document could not be read or is not usable (empty, binary, too large...)."""


class RuleError(ParleyError):
    """A shipped or user-supplied data file (actors, patterns, profiles) is invalid."""


class StoreError(ParleyError):
    """The DuckDB store could not be opened, migrated or written."""


class ModelError(ParleyError):
    """The spaCy English model is not installed."""


class EvalError(ParleyError):
    """Gold annotations are missing or malformed."""
