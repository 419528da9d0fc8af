"""WARC archives (``.warc``, ``.warc.gz``): one document per HTML response record.

Archives are large, so records are streamed and the size limit applies to each
record, not to the file. The WARC date is the crawl date, not the publication date,
so it is never used as the document date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from types import ModuleType
from typing import IO

from parley.errors import IngestError, ParleyError
from parley.ingest.document import IngestFailure, failure
from parley.ingest.html import document_from_html
from parley.records import Document

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset=([\w-]+)", re.IGNORECASE)


def _warcio() -> ModuleType:
    try:
        import warcio.archiveiterator
    except ImportError as exc:  # pragma: no cover - warcio ships with the dev extra
        raise ParleyError("reading WARC files needs warcio: pip install 'parley[warc]'") from exc
    return warcio.archiveiterator


def read_warc(
    stream: IO[bytes], source: str, max_bytes: int | None = None
) -> Iterator[Document | IngestFailure]:
    """Every HTML response record of a WARC stream (gzipped or not)."""
    archive = _warcio()
    try:
        for number, record in enumerate(archive.ArchiveIterator(stream), start=1):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if not content_type.lower().startswith(_HTML_TYPES):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            item_source = f"{source}#{url or f'record{number}'}"
            payload = record.content_stream().read(max_bytes + 1 if max_bytes is not None else -1)
            if max_bytes is not None and len(payload) > max_bytes:
                yield IngestFailure(item_source, f"larger than the {max_bytes}-byte limit")
                continue
            yield from _document(payload, content_type, item_source, url)
    except Exception as exc:  # warcio raises bare exceptions on corrupt archives
        if isinstance(exc, ParleyError):
            raise
        yield IngestFailure(source, f"not a readable WARC archive ({type(exc).__name__}: {exc})")


def _document(
    payload: bytes, content_type: str, source: str, url: str | None
) -> Iterator[Document | IngestFailure]:
    match = _CHARSET.search(content_type)
    html: str | bytes = payload
    if match:
        try:
            html = payload.decode(match.group(1))
        except (LookupError, UnicodeDecodeError):
            html = payload  # let trafilatura detect the encoding
    try:
        yield _with_url(document_from_html(html, source, url=url), url)
    except IngestError as exc:
        yield failure(source, exc)


def _with_url(document: Document, url: str | None) -> Document:
    return document if document.url or not url else document.model_copy(update={"url": url})
