"""Plain text and Markdown: a title line, optional header lines, then the body.

```
Title of the piece
Date: 2022-03-30
URL: https://example.test/piece
Author: Someone

First paragraph...
```
Header lines follow the title, blank lines between them allowed (pages pasted from a
browser put "Updated: Sep 30, 2023" in a paragraph of its own); neither the title nor the
headers are part of the document text. Navigation lines a browser copy starts with ("Skip
to content", "Top of page") are not the title. When a page gives both a publication and an
update date, the publication date wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from parley.errors import IngestError
from parley.ingest.document import IngestFailure, document_from_text, failure
from parley.records import Document

_HEADER = re.compile(
    r"^\s*(date|published|published on|updated|last updated|posted|posted on|url|link|source"
    r"|author|by|site)\s*:\s*(\S.*?)\s*$",
    re.IGNORECASE,
)
_FIELD = {
    "date": "published",
    "published": "published",
    "published on": "published",
    "posted": "published",
    "posted on": "published",
    "updated": "updated",
    "last updated": "updated",
    "url": "url",
    "link": "url",
    "source": "url",
    "author": "author",
    "by": "author",
    "site": "site",
}
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_NAVIGATION = re.compile(
    r"^\s*(skip to (main )?content|skip navigation|jump to (main )?(content|navigation)"
    r"|top of (the )?page|back to top|menu|main menu|home)\s*$",
    re.IGNORECASE,
)


def _looks_like_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def parse_text(raw: str, path: str | Path | None = None) -> Document:
    """A Document from the text format; raises IngestError when there is no body text."""
    lines = raw.lstrip("\ufeff").splitlines()
    i = 0
    while i < len(lines) and (not lines[i].strip() or _NAVIGATION.match(lines[i])):
        i += 1
    if i == len(lines):
        raise IngestError(f"{path or 'document'}: empty after extraction (no text)")
    title = _MD_HEADING.sub("", lines[i]).strip()
    i += 1
    meta: dict[str, str] = {}
    while True:
        j = i
        while j < len(lines) and not lines[j].strip():
            j += 1
        match = _HEADER.match(lines[j]) if j < len(lines) else None
        if not match:
            break
        label = " ".join(match.group(1).lower().split())
        key = _FIELD[label]
        value = match.group(2)
        # "Source: Reuters" names a site, not a URL.
        if label == "source" and not _looks_like_url(value):
            key = "site"
        meta.setdefault(key, value)
        i = j + 1
    updated = meta.pop("updated", None)
    if updated and "published" not in meta:
        meta["published"] = updated
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
