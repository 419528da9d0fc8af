"""JSON Lines: one document per line, with ``text`` or ``html`` plus metadata.

Recognised fields: text | html, title, url, published | date, author, site, id.
A bad line is reported with its line number and never stops the rest of the file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from parley.errors import IngestError
from parley.ingest.document import IngestFailure, document_from_text, failure
from parley.ingest.html import document_from_html
from parley.records import Document


def _line_source(source: str, number: int, record: dict[str, Any]) -> str:
    ident = record.get("id")
    return f"{source}#{ident}" if ident not in (None, "") else f"{source}#L{number}"


def _metadata(record: dict[str, Any]) -> dict[str, Any]:
    published = record.get("published") or record.get("date")
    return {
        "title": record.get("title"),
        "url": record.get("url"),
        "published": published,
        "author": record.get("author"),
        "site": record.get("site"),
    }


def document_from_record(record: dict[str, Any], source: str) -> Document:
    """A Document from one JSON object; raises IngestError naming what is missing."""
    text, html = record.get("text"), record.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        raise IngestError(f"{source}: needs a 'text' or 'html' string field")
    meta = _metadata(record)
    if isinstance(text, str) and text.strip():
        return document_from_text(text, path=source, **meta)
    if isinstance(html, str):
        url = meta.pop("url")
        return document_from_html(html, source, url=url, **meta)
    raise IngestError(f"{source}: empty after extraction (no text)")


def read_jsonl(
    data: bytes, source: str, max_bytes: int | None = None
) -> Iterator[Document | IngestFailure]:
    """One document per non-blank line; ``max_bytes`` applies to each line."""
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"line {number}"
        if max_bytes is not None and len(line) > max_bytes:
            yield IngestFailure(source, f"{where}: larger than the {max_bytes}-byte limit")
            continue
        try:
            record = json.loads(line.decode("utf-8-sig"))
        except UnicodeDecodeError:
            yield IngestFailure(source, f"{where}: not UTF-8; re-save the file as UTF-8")
            continue
        except json.JSONDecodeError as exc:
            yield IngestFailure(source, f"{where}: not valid JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            yield IngestFailure(source, f"{where}: expected a JSON object")
            continue
        item_source = _line_source(source, number, record)
        try:
            yield document_from_record(record, item_source)
        except IngestError as exc:
            reason = failure(item_source, exc).reason
            yield IngestFailure(source, f"{where}: {reason}")
