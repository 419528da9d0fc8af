"""The timeline report: one self-contained HTML file that works offline.

Styles, script and data are inlined (no CDN, no fetch), and a Content-Security-Policy
forbids the page from loading anything, so the file can be mailed or archived and
opened years later exactly as it was.
"""

from __future__ import annotations

import html
from functools import cache
from importlib import resources
from pathlib import Path

from parley.records import ChronologyEntry, Document, Position
from parley.report.data import build_payload, embed_json
from parley.report.files import write_text


@cache
def _asset(name: str) -> str:
    return resources.files("parley.report").joinpath("assets", name).read_text("utf-8")


def render_report(
    entries: list[ChronologyEntry],
    positions: list[Position],
    title: str = "parley timeline",
    documents: list[Document] | None = None,
) -> str:
    """The report as an HTML string (the web app serves it as is)."""
    payload = build_payload(entries, positions, title, documents)
    page = _asset("report.html")
    # Placeholders are replaced in one pass so data can never inject a placeholder.
    parts = {
        "{{title}}": html.escape(title),
        "{{css}}": _asset("report.css"),
        "{{js}}": _asset("report.js"),
        "{{data}}": embed_json(payload),
    }
    out = []
    rest = page
    while True:
        hits = [(rest.find(k), k) for k in parts if rest.find(k) >= 0]
        if not hits:
            out.append(rest)
            break
        pos, key = min(hits)
        out.append(rest[:pos])
        out.append(parts[key])
        rest = rest[pos + len(key):]
    return "".join(out)


def write_report(
    entries: list[ChronologyEntry],
    positions: list[Position],
    out: Path,
    title: str = "parley timeline",
    documents: list[Document] | None = None,
) -> Path:
    """Write the report to ``out`` (parent folders created) and return the path."""
    return write_text(out, render_report(entries, positions, title, documents))
