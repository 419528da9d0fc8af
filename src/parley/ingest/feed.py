"""RSS 2.0 and Atom feeds: one document per item, body from the item's HTML content.

Item bodies are already the article (no page chrome), and usually too short for
trafilatura's boilerplate detection, so they are converted with ``fragment_text``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from parley.errors import IngestError
from parley.ingest.document import IngestFailure, document_from_text, drop_leading_title, failure
from parley.ingest.html import fragment_text
from parley.records import Document

_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC = "{http://purl.org/dc/elements/1.1/}"
_ATOM = "{http://www.w3.org/2005/Atom}"


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text(element: Any, *tags: str) -> str | None:
    for tag in tags:
        found = element.find(tag)
        if found is not None:
            value = "".join(found.itertext()).strip()
            if value:
                return value
    return None


def _rss_items(channel: Any) -> Iterator[dict[str, Any]]:
    site = _text(channel, "title")
    for item in channel.iter("item"):
        yield {
            "title": _text(item, "title"),
            "url": _text(item, "link", "guid"),
            "published": _text(item, "pubDate", f"{_DC}date"),
            "author": _text(item, f"{_DC}creator", "author"),
            "site": site,
            "html": _text(item, _CONTENT, "description") or "",
        }


def _atom_link(entry: Any) -> str | None:
    links = entry.findall(f"{_ATOM}link")
    for link in links:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return str(link.get("href"))
    return str(links[0].get("href")) if links and links[0].get("href") else None


def _atom_items(feed: Any) -> Iterator[dict[str, Any]]:
    site = _text(feed, f"{_ATOM}title")
    for entry in feed.iter(f"{_ATOM}entry"):
        author = entry.find(f"{_ATOM}author")
        yield {
            "title": _text(entry, f"{_ATOM}title"),
            "url": _atom_link(entry),
            "published": _text(entry, f"{_ATOM}published", f"{_ATOM}updated"),
            "author": _text(author, f"{_ATOM}name") if author is not None else None,
            "site": site,
            "html": _text(entry, f"{_ATOM}content", f"{_ATOM}summary") or "",
        }


def _parse(data: bytes) -> Any:
    import lxml.etree

    parser = lxml.etree.XMLParser(
        resolve_entities=False, no_network=True, recover=False, huge_tree=False
    )
    try:
        return lxml.etree.fromstring(data, parser=parser)
    except lxml.etree.XMLSyntaxError as exc:
        raise IngestError(f"not well-formed XML ({exc.msg})") from exc


def read_feed(data: bytes, source: str) -> Iterator[Document | IngestFailure]:
    """Every item of an RSS or Atom feed; a non-feed XML file is one failure."""
    try:
        root = _parse(data)
    except IngestError as exc:
        yield IngestFailure(source, str(exc))
        return
    name = _local(root.tag)
    if name == "rss":
        channel = root.find("channel")
        items = _rss_items(channel if channel is not None else root)
    elif name == "feed":
        items = _atom_items(root)
    else:
        yield IngestFailure(source, f"not an RSS or Atom feed (root element <{name}>)")
        return
    for number, item in enumerate(items, start=1):
        item_source = f"{source}#item{number}"
        html = item.pop("html")
        try:
            text = drop_leading_title(fragment_text(html), item.get("title"))
            yield document_from_text(text, path=item_source, **item)
        except IngestError as exc:
            yield IngestFailure(source, f"item {number}: {failure(item_source, exc).reason}")
