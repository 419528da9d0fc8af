"""Exports: JSONL round trip, flattened CSV/Parquet columns, Markdown chronology."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from parley.errors import ParleyError
from parley.records import (
    Actor,
    ChronologyEntry,
    DateInterval,
    Disagreement,
    DisagreementValue,
    Evidence,
    Location,
)
from parley.report import chronology_markdown, export_records

EV = [Evidence(doc="d1", sentence=0, start=0, end=5, text="Talks", title="First | report"),
      Evidence(doc="d2", sentence=3, start=9, end=20, text="They met", title="Second")]


def _entries() -> list[ChronologyEntry]:
    return [
        ChronologyEntry(
            id="ch-1", type="talks",
            parties=[Actor(code="RUSGOV", country="RUS", name="Russia"),
                     Actor(code="UKRGOV", country="UKR", name="Ukraine")],
            location=Location(name="Gomel", country="BLR"),
            date=DateInterval(earliest="2022-02-28", latest="2022-02-28", granularity="day"),
            sources=2, evidence=EV,
            disagreements=[Disagreement(field="date", values=[
                DisagreementValue(value={"earliest": "2022-02-28", "latest": "2022-02-28"},
                                  evidence=EV[:1]),
                DisagreementValue(value={"earliest": "2022-02-27", "latest": "2022-02-27"},
                                  evidence=EV[1:]),
            ])],
            support={"date": {"2022-02-27": 1, "2022-02-28": 1}},
        ),
        ChronologyEntry(id="ch-2", type="agreement", status="signed", sources=1,
                        agent=Actor(code="TURGOV", country="TUR"), evidence=EV[:1]),
    ]


def test_report_exports_jsonl_round_trip(tmp_path: Path) -> None:
    out = export_records(_entries(), "jsonl", tmp_path / "c.jsonl")
    rows = [ChronologyEntry.model_validate_json(line) for line in out.read_text().splitlines()]
    assert rows == _entries()


def test_report_exports_csv_flattens(tmp_path: Path) -> None:
    out = export_records(_entries(), "csv", tmp_path / "c.csv")
    with out.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows[0]["parties"] == "RUSGOV;UKRGOV"
    assert rows[0]["date_earliest"] == "2022-02-28"
    assert rows[0]["evidence_count"] == "2"
    assert rows[0]["location"] == "Gomel"
    assert json.loads(rows[0]["disagreements"])[0]["field"] == "date"
    assert rows[1]["agent"] == "TURGOV" and rows[1]["date_earliest"] == ""


def test_report_exports_parquet_columns(tmp_path: Path) -> None:
    table = pq.read_table(export_records(_entries(), "parquet", tmp_path / "c.parquet"))
    assert table.num_rows == 2
    assert table.column("parties").to_pylist() == ["RUSGOV;UKRGOV", ""]
    assert table.column("evidence_count").to_pylist() == [2, 1]


def test_report_exports_markdown_chronology() -> None:
    text = chronology_markdown(_entries())
    lines = text.splitlines()
    assert lines[2].startswith("| Date | Event | Parties |")
    assert "| 28 Feb 2022 | talks | Russia, Ukraine; in Gomel |" in lines[4]
    assert "First \\| report" in lines[4]
    assert "date: 2022-02-28 (1 src); 2022-02-27 (1 src)" in lines[4]
    assert lines[5].startswith("| undated | agreement (signed) |")


@pytest.mark.parametrize("fmt", ["xml", "xlsx"])
def test_report_exports_rejects_unknown_format(tmp_path: Path, fmt: str) -> None:
    with pytest.raises(ParleyError, match="unknown export format"):
        export_records(_entries(), fmt, tmp_path / "x")  # type: ignore[arg-type]
