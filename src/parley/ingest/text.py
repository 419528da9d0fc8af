"""Plain text and Markdown: a title line, optional header lines, then the body.

```
Title of the piece
Date: 2022-03-30
URL: https://example.test/piece
Author: Someone

First paragraph...
```
Header lines sit right after the title and before the first blank line; neither the
title nor the headers are part of the document text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from parley.errors import IngestError
from parley.ingest.document import IngestFailure, document_from_text, failure
from parley.records import Document

_HEADER = re.compile(
    r"^\s*(date|published|url|link|source|author|by|site)\s*:\s*(\S.*?)\s*$", re.IGNORECASE
)
_FIELD = {
    "date": "published",
    "published": "published",
    "url": "url",
    "link": "url",
    "source": "url",
    "author": "author",
    "by": "author",
    "site": "site",
}
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")


def _looks_like_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def parse_text(raw: str, path: str | Path | None = None) -> Document:
    """A Document from the text format; raises IngestError when there is no body text."""
    lines = raw.lstrip("\ufeff").splitlines()
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i == len(lines):
        raise IngestError(f"{path or 'document'}: empty after extraction (no text)")
    title = _MD_HEADING.sub("", lines[i]).strip()
    i += 1
    meta: dict[str, str] = {}
    while i < len(lines) and lines[i].strip():
        match = _HEADER.match(lines[i])
        if not match:
            break
        key = _FIELD[match.group(1).lower()]
        value = match.group(2)
        # "Source: Reuters" names a site, not a URL.
        if match.group(1).lower() == "source" and not _looks_like_url(value):
            key = "site"
        meta.setdefault(key, value)
        i += 1
    body = "\n".join(lines[i:])
    if not body.strip():
        raise IngestError(
            f"{path or 'document'}: empty after the title line "
            "(the first line is the title; the text starts on the next line)"
        )
    return document_from_text(body, title=title, path=path, **meta)


def read_text(data: bytes, source: str) -> Iterator[Document | IngestFailure]:
    """One document from a UTF-8 text or Markdown file."""
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield IngestFailure(source, f"not UTF-8 text (byte {exc.start}); re-save it as UTF-8")
        return
    try:
        yield parse_text(raw, source)
    except IngestError as exc:
        yield failure(source, exc)
