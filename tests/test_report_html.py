"""The report HTML: self-contained, data embedded safely, one file on disk."""

from __future__ import annotations

import json
import re
from pathlib import Path

from parley.records import Actor, ChronologyEntry, DateInterval, Document, Evidence
from parley.report import render_report, write_report


def _entry(text: str) -> ChronologyEntry:
    return ChronologyEntry(
        id="ch-1", type="talks", parties=[Actor(code="RUSGOV", country="RUS", name="Russia")],
        date=DateInterval(earliest="2022-02-28", latest="2022-02-28", granularity="day"),
        sources=1, evidence=[Evidence(doc="d1", sentence=0, start=0, end=len(text), text=text)],
    )


def _data(page: str) -> dict:
    pattern = r'<script type="application/json" id="parley-data">(.*?)</script>'
    match = re.search(pattern, page, re.S)
    assert match is not None
    return json.loads(match.group(1))


def test_report_html_escapes_script_breakers_in_data() -> None:
    nasty = "They wrote </script><script>alert(1)</script> and <!-- in the text\u2028."
    page = render_report([_entry(nasty)], [], title="A <b>title</b>")
    assert page.count("</script>") == 2  # the data block and the code block only
    assert "<b>title</b>" not in page
    assert _data(page)["entries"][0]["ev"][0]["x"] == nasty


def test_report_html_is_self_contained() -> None:
    page = render_report([_entry("Talks were held.")], [])
    assert not re.search(r'<(script|link|img)[^>]+(src|href)=', page)
    assert "http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'" in page
    assert "@import" not in page and "fetch(" not in page and "XMLHttpRequest" not in page


def test_report_html_documents_fill_titles(tmp_path: Path) -> None:
    docs = [Document(id="d1", title="Field report", url="https://example.org/a",
                     published="2022-03-01", text="x")]
    out = write_report([_entry("Talks were held.")], [], tmp_path / "sub" / "r.html",
                       documents=docs)
    data = _data(out.read_text(encoding="utf-8"))
    assert data["docs"] == [{"id": "d1", "title": "Field report", "url": "https://example.org/a",
                             "published": "2022-03-01", "site": None}]
    assert data["groups"]["RUS"] == "Russia"
    assert data["types"] == ["talks"]
