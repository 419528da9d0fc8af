"""Ingest: bad inputs become failures (or errors when strict), never crashes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from parley.errors import IngestError
from parley.ingest import IngestFailure, read_documents
from parley.records import Document


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.md", b"  \n\n \t\n", "empty"),
        ("title-only.txt", b"Just a title\n", "empty"),
        ("nul.txt", b"Title\n\nsome\x00binary\x01bytes", "binary"),
        ("latin.txt", "Title\n\ncaf\u00e9 talks".encode("latin-1"), "UTF-8"),
        ("scripts.html", b"<html><body><script>var x = 1;</script></body></html>", "empty"),
        ("notfeed.xml", b"<?xml version='1.0'?><catalog><book/></catalog>", "not an RSS"),
        ("broken.rss", b"<rss><channel><item>", "XML"),
    ],
)
def test_ingest_bad_file_yields_failure(
    tmp_path: Path, name: str, content: bytes, needle: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    [item] = list(read_documents([path]))
    assert isinstance(item, IngestFailure)
    assert item.path == str(path)
    assert needle.lower() in item.reason.lower()


def test_ingest_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\x00\x01")
    (tmp_path / "b.txt").write_text("Title\n\nTalks resumed on Monday.\n", encoding="utf-8")
    items = list(read_documents([tmp_path]))
    assert [type(i).__name__ for i in items] == ["IngestFailure", "Document"]


def test_ingest_strict_raises_at_first_failure(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text("Title\n\nText.\n", encoding="utf-8")
    with pytest.raises(IngestError, match=r"a\.txt: empty"):
        list(read_documents([tmp_path], strict=True))


def test_ingest_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Title\n\n" + "word " * 100, encoding="utf-8")
    [item] = list(read_documents([path], max_bytes=50))
    assert isinstance(item, IngestFailure) and "limit" in item.reason
    [ok] = list(read_documents([path]))
    assert isinstance(ok, Document)


def test_ingest_jsonl_size_limit_applies_per_line(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text('{"text": "short one"}\n{"text": "' + "x" * 200 + '"}\n', encoding="utf-8")
    items = list(read_documents([path], max_bytes=100))
    assert isinstance(items[0], Document)
    assert isinstance(items[1], IngestFailure) and items[1].reason.startswith("line 2")


@pytest.mark.parametrize(
    ("make", "needle"),
    [
        (lambda p: [p / "missing.txt"], "not found"),
        (lambda p: [p], "no documents found"),
        (lambda p: [str(p / "*.html")], "no documents match"),
        (lambda p: [], "no input"),
    ],
)
def test_ingest_bad_paths_raise(
    tmp_path: Path, make: Callable[[Path], list[str | Path]], needle: str
) -> None:
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    with pytest.raises(IngestError, match=needle) as info:
        list(read_documents(make(tmp_path)))
    assert "\n" not in str(info.value)


def test_ingest_bad_date_option_raises(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Title\n\nText.\n", encoding="utf-8")
    with pytest.raises(IngestError, match="YYYY-MM-DD"):
        list(read_documents([tmp_path], date="30/03/2022"))


def test_ingest_unreadable_file_yields_failure(tmp_path: Path) -> None:
    import os

    path = tmp_path / "locked.txt"
    path.write_text("Title\n\nText.\n", encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user who can read any file")
        [item] = list(read_documents([path]))
    finally:
        path.chmod(0o644)
    assert isinstance(item, IngestFailure) and "unreadable" in item.reason
