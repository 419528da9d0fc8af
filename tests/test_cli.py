"""The command line end to end: contract output, one-line errors, idempotent ingest."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest

from parley.schema import chronology_schema, extraction_schema

DATA = Path(__file__).parent / "data"
GOOD = DATA / "cli"
BAD = DATA / "cli-bad"

Run = Callable[..., tuple[int, str, str]]


def test_cli_extract_prints_valid_contract_json(run_cli: Run) -> None:
    code, out, err = run_cli("extract", str(GOOD / "talks-minsk.txt"))
    assert code == 0, err
    data = json.loads(out)
    jsonschema.validate(data, extraction_schema())
    assert data["parley"] == "1"
    assert data["document"]["published"] == "2022-03-01"
    assert data["document"]["title"].startswith("Delegations meet")
    assert "Date:" not in data["document"]["text"]
    types = {e["type"] for e in data["events"]}
    assert "talks" in types
    for item in [*data["events"], *data["claims"], *data["positions"]]:
        for ev in item["evidence"]:
            assert data["document"]["text"][ev["start"] : ev["end"]] == ev["text"]


def test_cli_extract_date_option_overrides_metadata(run_cli: Run) -> None:
    code, out, _ = run_cli("extract", str(GOOD / "jeddah.txt"), "--date", "2023-05-13")
    assert code == 0
    assert json.loads(out)["document"]["published"] == "2023-05-13"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("extract", "does/not/exist.txt"), "not"),
        (("ingest", str(DATA / "no-such-dir")), "not"),
        (("extract", str(BAD / "empty.txt")), "empty"),
        (("extract", str(BAD / "binary.txt")), "binary"),
        (("extract", str(GOOD / "jeddah.txt"), "--date", "12/05/2023"), "YYYY-MM-DD"),
        (("chronology", "--nope"), "--nope"),
        (("eval", str(DATA / "no-such-gold")), "gold"),
    ],
)
def test_cli_bad_input_gives_one_line_error(
    run_cli: Run, args: tuple[str, ...], needle: str
) -> None:
    code, out, err = run_cli(*args)
    assert code != 0
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("parley: error:")
    assert needle.lower() in lines[0].lower()
    assert "Traceback" not in err


def test_cli_ingest_empty_directory_fails(run_cli: Run, tmp_path: Path) -> None:
    code, _, err = run_cli("ingest", str(tmp_path), "--db", str(tmp_path / "p.duckdb"))
    assert code != 0
    assert len(err.strip().splitlines()) == 1


def test_cli_unreadable_db_path_fails_cleanly(run_cli: Run, tmp_path: Path) -> None:
    code, _, err = run_cli("ingest", str(GOOD), "--db", str(tmp_path))  # a directory
    assert code != 0
    assert err.startswith("parley: error:") and len(err.strip().splitlines()) == 1


def test_cli_ingest_is_idempotent_and_skips_bad_documents(run_cli: Run, tmp_path: Path) -> None:
    db = str(tmp_path / "p.duckdb")
    corpus = tmp_path / "in"
    shutil.copytree(GOOD, corpus)
    shutil.copy(BAD / "empty.txt", corpus / "empty.txt")
    shutil.copy(BAD / "broken.jsonl", corpus / "broken.jsonl")
    code, _, err = run_cli("ingest", str(corpus), "--db", db)
    assert code == 0, err
    assert "3 added" in err  # two text files and the valid JSONL line
    assert "skipped" in err and "empty" in err and "line 2" in err
    code, out, _ = run_cli("chronology", "--db", db, "--format", "json")
    first = json.loads(out)
    jsonschema.validate(first, chronology_schema())
    assert first, "the chronology has entries"

    code, _, err = run_cli("ingest", str(corpus), "--db", db)
    assert code == 0
    assert "0 added, 3 already stored" in err
    _, out, _ = run_cli("chronology", "--db", db, "--format", "json")
    assert [e["id"] for e in json.loads(out)] == [e["id"] for e in first]


def test_cli_strict_ingest_stops_at_first_bad_document(run_cli: Run, tmp_path: Path) -> None:
    code, _, err = run_cli("ingest", str(BAD), "--strict", "--db", str(tmp_path / "p.duckdb"))
    assert code != 0
    assert len(err.strip().splitlines()) == 1


def test_cli_failed_ingest_keeps_earlier_documents(
    run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from parley.store import Store

    db = str(tmp_path / "p.duckdb")
    assert run_cli("ingest", str(GOOD / "talks-minsk.txt"), "--db", db)[0] == 0

    def broken(self: Store, extraction: object) -> bool:
        raise RuntimeError("disk full")

    monkeypatch.setattr(Store, "add_extraction", broken)
    code, _, err = run_cli("ingest", str(GOOD / "jeddah.txt"), "--db", db)
    assert code != 0 and "disk full" in err
    monkeypatch.undo()
    with Store(db, read_only=True) as store:
        titles = [d.title for d in store.documents()]
    assert titles == ["Delegations meet near the border as fighting continues"]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "md"])
def test_cli_export_writes_each_format(run_cli: Run, tmp_path: Path, fmt: str) -> None:
    db = str(tmp_path / "p.duckdb")
    assert run_cli("ingest", str(GOOD), "--db", db)[0] == 0
    out = tmp_path / f"chronology.{fmt}"
    code, _, err = run_cli(
        "export", "--what", "chronology", "--format", fmt, "--out", str(out), "--db", db
    )
    assert code == 0, err
    assert out.stat().st_size > 0
    if fmt == "jsonl":
        rows = [json.loads(line) for line in out.read_text().splitlines()]
        assert rows and all("type" in r for r in rows)


def test_cli_report_writes_self_contained_html(run_cli: Run, tmp_path: Path) -> None:
    db = str(tmp_path / "p.duckdb")
    assert run_cli("ingest", str(GOOD), "--db", db)[0] == 0
    out = tmp_path / "t.html"
    code, _, err = run_cli("report", "--out", str(out), "--db", db)
    assert code == 0, err
    html = out.read_text(encoding="utf-8")
    assert "<script" in html
    # Nothing is fetched on load: no external scripts, images, frames, styles or imports.
    assert not re.search(r"<(script|img|iframe)[^>]+src=[\"']?https?:", html)
    assert not re.search(r"<link[^>]+href=[\"']?https?:", html)
    assert "@import" not in html


def test_cli_schema_command_matches_module(run_cli: Run) -> None:
    code, out, _ = run_cli("schema")
    assert code == 0
    assert json.loads(out) == json.loads(json.dumps(extraction_schema()))


def test_cli_ingest_skips_a_document_the_extractor_fails_on(
    run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import parley.extract
    from parley.nlp.context import DocContext
    from parley.records import Event

    real = parley.extract.extract_events

    def fragile(ctx: DocContext) -> list[Event]:
        if "Jeddah" in ctx.document.text:
            raise KeyError("unexpected parse")
        return real(ctx)

    monkeypatch.setattr(parley.extract, "extract_events", fragile)
    db = str(tmp_path / "p.duckdb")
    code, _, err = run_cli("ingest", str(GOOD), "--db", db)
    assert code == 0, err
    assert "1 added" in err and "extraction failed: KeyError" in err
    monkeypatch.undo()
    # Not stored, so a later run with a working extractor picks it up.
    code, _, err = run_cli("ingest", str(GOOD), "--db", db)
    assert "1 added, 1 already stored" in err
