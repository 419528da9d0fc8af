"""HTML pages: main text and metadata through trafilatura, in one call per page.

Trafilatura is the slow part of ingest, so ``bare_extraction`` is called once and
gives text and metadata together. Pages where it finds no main text (very short
pages, unusual markup) fall back to the visible text of the body.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from parley.errors import IngestError
from parley.ingest.document import (
    IngestFailure,
    document_from_text,
    drop_leading_title,
    failure,
)
from parley.records import Document

_BLOCKS = tuple(
    "p div li ul ol h1 h2 h3 h4 h5 h6 blockquote section article header footer tr table pre"
    " dd dt figure".split()
)
_INVISIBLE = ("script", "style", "noscript", "template", "head")


def fragment_text(html: str | bytes) -> str:
    """Visible text of an HTML fragment, one paragraph per block element.

    Used for feed items (already the article body, often too short for trafilatura's
    boilerplate detection) and as the fallback for pages trafilatura cannot handle.
    """
    import lxml.etree
    import lxml.html

    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    if not html.strip():
        return ""
    try:
        root = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return ""
    for element in list(root.iter(*_INVISIBLE)):
        element.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n\n" + (element.tail or "")
        element.text = "\n\n" + (element.text or "")
    for element in root.iter("br"):
        element.tail = "\n" + (element.tail or "")
    return str(root.text_content())


def _paragraphs(text: str) -> str:
    """Trafilatura puts one block per line; parley separates paragraphs by blank lines."""
    return "\n\n".join(line for line in text.splitlines() if line.strip())


def document_from_html(
    html: str | bytes, source: str, url: str | None = None, **overrides: Any
) -> Document:
    """A Document from a whole HTML page; ``overrides`` (non-None) beat page metadata."""
    import trafilatura
    from trafilatura.settings import Document as Page

    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
        )
    except Exception as exc:  # trafilatura raises many types on hostile markup
        raise IngestError(f"{source}: HTML could not be parsed ({type(exc).__name__})") from exc
    meta: dict[str, Any] = {}
    text = ""
    if isinstance(result, Page):  # None when nothing was extracted
        text = _paragraphs(result.text or "")
        meta = {
            "title": result.title,
            "url": result.url or url,
            "published": result.date,
            "author": result.author,
            "site": result.sitename,
        }
    if not text.strip():
        text = fragment_text(html)
    meta.update({k: v for k, v in overrides.items() if v is not None})
    meta.setdefault("url", url)
    return document_from_text(drop_leading_title(text, meta.get("title")), path=source, **meta)


def read_html(data: bytes, source: str) -> Iterator[Document | IngestFailure]:
    """One document from an HTML file (trafilatura detects the encoding)."""
    try:
        yield document_from_html(data, source)
    except IngestError as exc:
        yield failure(source, exc)
