"""Building a `Document` the one way every reader (and evaluation) must build it.

The document id is the hash of the normalised text, so the same article read from
HTML, a feed or a JSONL dump is stored once, and evidence offsets always refer to the
text stored with the document.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from parley.errors import IngestError
from parley.records import Document

_SPACES = re.compile(r"\s+")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class IngestFailure:
    """An input that was skipped, and why (shown to the user, never raised unless strict)."""

    path: str
    reason: str


def normalise_text(raw: str) -> str:
    """NFC, whitespace runs collapsed within lines, one blank line between paragraphs."""
    paragraphs: list[list[str]] = [[]]
    for line in unicodedata.normalize("NFC", raw).splitlines():
        clean = _SPACES.sub(" ", line).strip()
        if clean:
            paragraphs[-1].append(clean)
        elif paragraphs[-1]:
            paragraphs.append([])
    return "\n\n".join("\n".join(p) for p in paragraphs if p)


def text_id(text: str) -> str:
    """The document id: sha256 of the (already normalised) text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_date(value: object) -> str | None:
    """A metadata date as ``YYYY-MM-DD``, or None when it cannot be read.

    Accepts ISO 8601 (with or without time), RFC 822 (feeds) and common written forms.
    A wrong date misplaces every relative date in the document, so guesses are avoided:
    anything ambiguous that dateutil cannot parse is dropped.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    if _ISO_DATE.match(text):
        try:
            return date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    from dateutil import parser as date_parser

    try:
        return date_parser.parse(text, default=datetime(1900, 1, 1)).date().isoformat()
    except (ValueError, OverflowError):
        return None


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = _SPACES.sub(" ", unicodedata.normalize("NFC", str(value))).strip()
    return text or None


def document_from_text(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published: object = None,
    author: str | None = None,
    site: str | None = None,
    path: str | Path | None = None,
    language: str = "en",
) -> Document:
    """A Document from plain text and metadata; raises IngestError when the text is empty."""
    body = normalise_text(text)
    if not body:
        raise IngestError(f"{path or 'document'}: empty after extraction (no text)")
    return Document(
        id=text_id(body),
        title=_clean(title),
        url=_clean(url),
        published=parse_date(published),
        author=_clean(author),
        site=_clean(site),
        language=language,
        text=body,
        path=str(path) if path is not None else None,
    )


def drop_leading_title(text: str, title: str | None) -> str:
    """Remove a first paragraph that repeats the title (HTML extractors keep the headline)."""
    if not title:
        return text
    body = normalise_text(text)
    first, _, rest = body.partition("\n\n")
    same = _SPACES.sub(" ", first).strip().casefold() == _SPACES.sub(" ", title).strip().casefold()
    if same and rest:  # a page whose only paragraph is its title keeps it as text
        return rest
    return body


def failure(source: str, exc: IngestError) -> IngestFailure:
    """An IngestFailure from an error, without repeating the path in the reason."""
    message = str(exc)
    prefix = f"{source}: "
    return IngestFailure(source, message[len(prefix) :] if message.startswith(prefix) else message)
