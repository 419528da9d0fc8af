"""Reports: the self-contained timeline HTML and exports of records."""

from __future__ import annotations

from parley.report.exports import export_records
from parley.report.html import render_report, write_report
from parley.report.markdown import chronology_markdown

__all__ = ["chronology_markdown", "export_records", "render_report", "write_report"]
