"""Ingest: files, directories, globs and stdin in; `Document`s (or reasons) out.

Formats: HTML (trafilatura), text/Markdown, JSON Lines, RSS/Atom feeds and WARC.
"""

from __future__ import annotations

from parley.ingest.document import (
    IngestFailure,
    document_from_text,
    normalise_text,
    parse_date,
    text_id,
)
from parley.ingest.reader import expand_paths, read_documents
from parley.ingest.text import parse_text

__all__ = [
    "IngestFailure",
    "document_from_text",
    "expand_paths",
    "normalise_text",
    "parse_date",
    "parse_text",
    "read_documents",
    "text_id",
]
