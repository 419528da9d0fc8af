"""The dispatcher: expand paths, pick a reader per format, apply limits and ``--date``.

Path expansion is eager (so a missing path or an empty directory fails before any
work), reading is lazy (so thousands of files stream through in constant memory).
"""

from __future__ import annotations

import glob
import sys
from collections.abc import Callable, Iterator
from datetime import date as _date
from pathlib import Path

from parley.errors import IngestError
from parley.ingest.document import IngestFailure
from parley.ingest.feed import read_feed
from parley.ingest.html import read_html
from parley.ingest.jsonl import read_jsonl
from parley.ingest.text import read_text
from parley.ingest.warc import read_warc
from parley.records import Document

Item = Document | IngestFailure
Reader = Callable[[bytes, str], Iterator[Item]]

STDIN = "-"
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + FEED_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES
_SNIFF = 8192


def _kind(name: str) -> str | None:
    lower = name.lower()
    for kind, suffixes in (
        ("warc", WARC_SUFFIXES),
        ("text", TEXT_SUFFIXES),
        ("html", HTML_SUFFIXES),
        ("feed", FEED_SUFFIXES),
        ("jsonl", JSONL_SUFFIXES),
    ):
        if lower.endswith(suffixes):
            return kind
    return None


def _sniff(head: bytes) -> str:
    """The format of stdin or a file with an unknown suffix, from its first bytes."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:512].lower()
    if start.startswith(b"warc/") or head.startswith(b"\x1f\x8b"):
        return "warc"
    if start.startswith(b"<?xml") and (b"<rss" in start or b"<feed" in start):
        return "feed"
    if start.startswith((b"<rss", b"<feed")):
        return "feed"
    if start.startswith(b"<"):
        return "html"
    if start.startswith(b"{"):
        return "jsonl"
    return "text"


def _is_glob(text: str) -> bool:
    return any(ch in text for ch in "*?[")


def _visible(path: Path, root: Path) -> bool:
    return not any(part.startswith(".") for part in path.relative_to(root).parts)


def _directory_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and _kind(p.name) and _visible(p, root))


def expand_paths(paths: list[str | Path]) -> list[str | Path]:
    """Files to read, in order, without duplicates; raises IngestError for a bad path."""
    if not paths:
        raise IngestError("no input paths given: pass files, directories, globs or -")
    found: list[str | Path] = []
    for raw in paths:
        text = str(raw)
        if text == STDIN:
            found.append(STDIN)
            continue
        path = Path(text).expanduser()
        if path.is_dir():
            files = _directory_files(path)
            if not files:
                raise IngestError(f"no documents found in directory {path} (see docs for formats)")
            found.extend(files)
        elif path.exists():
            found.append(path)
        elif _is_glob(text):
            matches = sorted(Path(m) for m in glob.glob(text, recursive=True))
            files = [m for m in matches if m.is_file() and _kind(m.name)]
            if not files:
                raise IngestError(f"no documents match the pattern {text}")
            found.extend(files)
        else:
            raise IngestError(f"path not found: {text}")
    unique: dict[str, str | Path] = {}
    for item in found:
        key = item if item == STDIN else str(Path(item).resolve())
        unique.setdefault(str(key), item)
    return list(unique.values())


def _read_file(path: Path, max_bytes: int) -> Iterator[Item]:
    source = str(path)
    kind = _kind(path.name)
    try:
        if kind == "warc":
            with path.open("rb") as stream:
                yield from read_warc(stream, source, max_bytes=max_bytes)
            return
        size = path.stat().st_size
        if size > max_bytes and kind != "jsonl":
            yield IngestFailure(source, f"{size} bytes is over the {max_bytes}-byte limit")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield IngestFailure(source, f"unreadable: {exc.strerror or exc}")
        return
    yield from _read_bytes(data, source, kind, max_bytes)


def _read_stdin(max_bytes: int) -> Iterator[Item]:
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield IngestFailure("<stdin>", f"input is over the {max_bytes}-byte limit")
        return
    yield from _read_bytes(data, "<stdin>", None, max_bytes)


def _read_bytes(data: bytes, source: str, kind: str | None, max_bytes: int) -> Iterator[Item]:
    kind = kind or _sniff(data[:_SNIFF])
    if kind == "warc":
        import io

        yield from read_warc(io.BytesIO(data), source, max_bytes=max_bytes)
        return
    if not data.strip():
        yield IngestFailure(source, "empty file (no text)")
        return
    if b"\x00" in data[:_SNIFF]:
        yield IngestFailure(source, "binary file (NUL bytes), not a document")
        return
    if kind == "jsonl":
        yield from read_jsonl(data, source, max_bytes=max_bytes)
        return
    readers: dict[str, Reader] = {"html": read_html, "feed": read_feed, "text": read_text}
    yield from readers[kind](data, source)


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return _date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise IngestError(f"the document date must be YYYY-MM-DD, got {value!r}") from exc


def read_documents(
    paths: list[str | Path],
    date: str | None = None,
    strict: bool = False,
    max_bytes: int = 5_000_000,
) -> Iterator[Document | IngestFailure]:
    """Documents from files, directories (recursive), globs or ``-`` (stdin).

    Bad inputs come out as ``IngestFailure`` so one broken file never stops a run;
    with ``strict`` the first one raises ``IngestError``. A missing path, or a
    directory or glob with no documents, always raises. ``date`` overrides every
    document's date.
    """
    published = _check_date(date)
    for target in expand_paths(paths):
        items = _read_stdin(max_bytes) if target == STDIN else _read_file(Path(target), max_bytes)
        for item in items:
            if isinstance(item, IngestFailure):
                if strict:
                    raise IngestError(f"{item.path}: {item.reason}")
            elif published is not None:
                item = item.model_copy(update={"published": published})
            yield item
