"""Ingest: each input format gives the documents and metadata it should."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

import pytest

from parley.ingest import IngestFailure, normalise_text, parse_text, read_documents, text_id
from parley.records import Document

DATA = Path(__file__).parent / "data" / "ingest"


def _docs(paths: list[str | Path], **kwargs: Any) -> list[Document]:
    return [d for d in read_documents(paths, **kwargs) if isinstance(d, Document)]


def test_ingest_html_main_text_and_metadata() -> None:
    [doc] = _docs([DATA / "page.html"])
    assert doc.title == "Envoys resume talks in Geneva"
    assert doc.author == "Lena Ortiz"
    assert doc.published == "2024-02-14"
    assert doc.url == "https://harbour-gazette.example.org/world/2024/02/14/envoys-geneva"
    assert doc.site == "Harbour Gazette"
    assert doc.text.startswith("Envoys from the two governments")
    assert "cookies" not in doc.text and "newsletter" not in doc.text
    assert "\n\nA spokesperson" in doc.text
    assert doc.path == str(DATA / "page.html")


def test_ingest_text_title_and_headers_are_not_text() -> None:
    [doc] = _docs([DATA / "note.md"])
    assert doc.title == "Statement after the second round"
    assert doc.published == "2022-03-30"
    assert doc.author == "Press office"
    assert doc.text == (
        "The delegations agreed to continue\nconsultations at expert level.\n\n"
        "The next round will be announced later."
    )


def test_ingest_text_without_headers_keeps_second_line() -> None:
    [doc] = _docs([DATA / "plain.txt"])
    assert doc.title == "A headline only followed by a paragraph"
    assert doc.text.startswith("The first line after the title")
    assert doc.published is None


def test_ingest_jsonl_documents_and_line_failures() -> None:
    items = list(read_documents([DATA / "docs.jsonl"]))
    docs = [d for d in items if isinstance(d, Document)]
    failures = [f for f in items if isinstance(f, IngestFailure)]
    assert [d.title for d in docs] == ["Truce announced", "Nairobi meeting"]
    assert docs[0].published == "2021-08-15"
    assert docs[0].site == "Test Wire" and docs[0].url == "https://example.test/a1"
    assert docs[0].path and docs[0].path.endswith("docs.jsonl#a1")
    assert docs[1].published == "2022-11-12"
    assert docs[1].text.startswith("Delegates met in Nairobi")
    reasons = [f.reason for f in failures]
    assert [r.split(":")[0] for r in reasons] == ["line 4", "line 5", "line 6"]
    assert "object" in reasons[0] and "text" in reasons[1] and "JSON" in reasons[2]


def test_ingest_rss_one_document_per_item() -> None:
    items = list(read_documents([DATA / "feed.rss"]))
    docs = [d for d in items if isinstance(d, Document)]
    assert [d.title for d in docs] == [
        "Mediators propose a two-week pause",
        "Aid corridor opens for a day",
    ]
    first = docs[0]
    assert first.published == "2023-06-01"
    assert first.url == "https://lakeside.example.net/2023/06/01/pause"
    assert first.author == "Sam Reyes" and first.site == "Lakeside Monitor"
    assert first.text == (
        "Regional mediators proposed a two-week pause in the fighting on Wednesday.\n\n"
        "Both commands said they would study the text."
    )
    assert docs[1].text.startswith("A humanitarian corridor")
    [failure] = [f for f in items if isinstance(f, IngestFailure)]
    assert "item 3" in failure.reason and "empty" in failure.reason


def test_ingest_directory_is_recursive_and_sorted() -> None:
    docs = _docs([DATA])
    titles = [d.title for d in docs]
    assert "Foreign ministers agree to meet again" in titles  # nested/feed.atom
    atom = next(d for d in docs if d.title == "Foreign ministers agree to meet again")
    assert atom.author == "Ana Silva" and atom.published == "2022-11-02"
    assert atom.url == "https://ridge.example.com/2022/11/02/ministers"
    assert len(docs) == 8


def test_ingest_glob_and_duplicate_paths_read_once() -> None:
    docs = _docs([str(DATA / "*.md"), DATA / "note.md"])
    assert [d.title for d in docs] == ["Statement after the second round"]


def test_ingest_date_option_overrides_metadata() -> None:
    docs = _docs([DATA / "note.md", DATA / "page.html"], date="2020-01-02")
    assert {d.published for d in docs} == {"2020-01-02"}


def test_ingest_stdin_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = b"<html><body><p>Envoys met in Doha on Monday to discuss a truce.</p></body></html>"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw)))
    [doc] = _docs(["-"])
    assert doc.text == "Envoys met in Doha on Monday to discuss a truce."
    assert doc.path == "<stdin>"


def test_ingest_warc_html_responses(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        pages = [
            ("https://a.example/1", "text/html; charset=utf-8", "<p>Talks resumed.</p>"),
            ("https://a.example/logo.png", "image/png", "not html"),
            ("https://a.example/2", "text/html", "<p>The truce collapsed on Sunday.</p>"),
        ]
        for url, ctype, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            payload = body.encode()
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(payload), length=len(payload),
                http_headers=headers,
            )  # fmt: skip
            writer.write_record(record)
    docs = _docs([path])
    assert [d.url for d in docs] == ["https://a.example/1", "https://a.example/2"]
    assert docs[0].text == "Talks resumed."
    assert docs[1].text == "The truce collapsed on Sunday."


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a  b\t c", "a b c"),
        ("  one \n two  ", "one\ntwo"),
        ("p1\n\n\n\np2", "p1\n\np2"),
        ("p1\n \t \np2", "p1\n\np2"),
        ("cafe\u0301", "caf\u00e9"),
        ("x\u00a0y\r\nz", "x y\nz"),
    ],
)
def test_ingest_normalise_text(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


def test_ingest_id_is_hash_of_normalised_text() -> None:
    a = parse_text("Title\n\nSame   words here.\n")
    b = parse_text("Another title\nDate: 2022-01-01\n\n  Same words here.  \n\n\n")
    assert a.id == b.id == text_id("Same words here.")
    assert b.published == "2022-01-01"


def test_ingest_text_pasted_page_headers_after_blank_lines() -> None:
    raw = (
        "Skip to content\n\nTalks resume in the capital\n\nUpdated: Oct 4, 2024\n\n"
        "By: A. Reporter\n\nDelegations met again on Friday after a pause of a month.\n"
    )
    doc = parse_text(raw)
    assert doc.title == "Talks resume in the capital"
    assert doc.published == "2024-10-04"
    assert doc.author == "A. Reporter"
    assert doc.text == "Delegations met again on Friday after a pause of a month."


def test_ingest_text_publication_date_wins_over_update() -> None:
    doc = parse_text("A title\nPublished: 2024-03-01\nLast updated: 2024-03-09\n\nBody text.\n")
    assert doc.published == "2024-03-01"
    assert doc.text == "Body text."


def test_ingest_text_header_scan_stops_at_first_paragraph() -> None:
    doc = parse_text("A title\n\nThe envoy arrived.\n\nDate: not a header any more\n")
    assert doc.published is None
    assert "Date: not a header any more" in doc.text
