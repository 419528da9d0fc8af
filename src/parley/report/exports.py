"""Export records for spreadsheets, notebooks and reports: JSONL, CSV, Parquet, Markdown.

Tabular formats flatten the nested contract so a row reads on its own: actors become
their codes joined with ';', dates become earliest/latest columns, evidence a count,
and anything else nested stays as JSON text rather than being dropped.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from parley.errors import ParleyError
from parley.records import ChronologyEntry
from parley.report.files import output_path, write_text
from parley.report.markdown import chronology_markdown, markdown_cell

Format = Literal["jsonl", "csv", "parquet", "md"]
FORMATS = ("jsonl", "csv", "parquet", "md")
TextFormat = Literal["jsonl", "csv", "md"]
TEXT_FORMATS = ("jsonl", "csv", "md")


def _is_actor(value: Any) -> bool:
    return isinstance(value, dict) and "code" in value and "country" in value


def _is_date(value: Any) -> bool:
    return isinstance(value, dict) and "earliest" in value and "granularity" in value


def flatten(record: BaseModel) -> dict[str, Any]:
    """One flat row of scalars (str, int, float, bool or None) for a record."""
    row: dict[str, Any] = {}
    for key, value in record.model_dump(mode="json").items():
        if _is_actor(value):
            row[key] = value["code"]
        elif _is_date(value):
            row[f"{key}_earliest"] = value["earliest"]
            row[f"{key}_latest"] = value["latest"]
            row[f"{key}_granularity"] = value["granularity"]
        elif key == "evidence" and isinstance(value, list):
            row["evidence_count"] = len(value)
            row["evidence_docs"] = ";".join(sorted({e["doc"] for e in value}))
        elif isinstance(value, list) and value and all(_is_actor(v) for v in value):
            row[key] = ";".join(v["code"] for v in value)
        elif isinstance(value, list) and not value:
            row[key] = ""
        elif key == "location" and isinstance(value, dict):
            row[key] = value.get("name")
        elif isinstance(value, list | dict):
            row[key] = json.dumps(value, ensure_ascii=False, sort_keys=True)
        else:
            row[key] = value
    return row


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(row))
    return list(seen)


def _uniform(rows: list[dict[str, Any]], columns: list[str]) -> dict[str, list[Any]]:
    """Column lists with one type each (mixed columns become text) for Arrow."""
    table: dict[str, list[Any]] = {}
    for col in columns:
        values = [row.get(col) for row in rows]
        kinds = {type(v) for v in values if v is not None}
        if len(kinds) > 1 and kinds != {int, float}:
            values = [None if v is None else str(v) for v in values]
        table[col] = values
    return table


def render_records(records: Sequence[BaseModel], fmt: TextFormat) -> str:
    """``records`` as JSONL, CSV or Markdown text (what ``export_records`` writes)."""
    if fmt == "jsonl":
        return "".join(record.model_dump_json() + "\n" for record in records)
    if fmt == "md":
        entries = [r for r in records if isinstance(r, ChronologyEntry)]
        if len(entries) == len(records):
            return chronology_markdown(entries)
        return _markdown_table([flatten(r) for r in records])
    if fmt == "csv":
        rows = [flatten(r) for r in records]
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=_columns(rows))
        writer.writeheader()
        writer.writerows(rows)
        return buffer.getvalue()
    raise ParleyError(f"unknown text format {fmt!r}; use one of {', '.join(TEXT_FORMATS)}")


def export_records(records: Sequence[BaseModel], fmt: Format, out: Path) -> Path:
    """Write ``records`` to ``out`` in ``fmt``; returns the path written."""
    if fmt not in FORMATS:
        raise ParleyError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt != "parquet":
        return write_text(out, render_records(records, fmt))
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = output_path(out)
    rows = [flatten(r) for r in records]
    try:
        pq.write_table(pa.table(_uniform(rows, _columns(rows))), out)
    except OSError as exc:
        raise ParleyError(f"cannot write {out}: {exc}") from exc
    return out


def _markdown_table(rows: list[dict[str, Any]]) -> str:
    columns = _columns(rows)
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        cells = ["" if row.get(c) is None else str(row[c]) for c in columns]
        lines.append("| " + " | ".join(markdown_cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"
