"""The command line as a careless user meets it: every mistake is one line and a non-zero exit.

Nothing already stored may be lost: an interrupted or failed ingest keeps every earlier
document, and the next run completes the chronology.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from parley.records import Extraction
from parley.store import Store

DATA = Path(__file__).parent / "data"
GOOD = DATA / "cli"
BAD = DATA / "cli-bad"

Run = Callable[..., tuple[int, str, str]]


def _one_line_error(code: int, out: str, err: str, needle: str) -> None:
    assert code != 0
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("parley: error:")
    assert needle.lower() in lines[0].lower(), lines[0]


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the two good CLI documents (ingested once for the module)."""
    from parley.workflows import ingest

    db = tmp_path_factory.mktemp("stored") / "p.duckdb"
    ingest([GOOD], db)
    return db


@pytest.mark.parametrize(
    "args",
    [
        ("chronology",),
        ("positions",),
        ("report", "--out", "{tmp}/t.html"),
        ("export", "--out", "{tmp}/c.jsonl"),
        ("serve",),
    ],
)
def test_cli_errors_read_commands_need_an_existing_store(
    run_cli: Run, tmp_path: Path, args: tuple[str, ...]
) -> None:
    db = tmp_path / "absent" / "p.duckdb"
    argv = [a.format(tmp=tmp_path) for a in args]
    _one_line_error(*run_cli(*argv, "--db", str(db)), "run `parley ingest` first")
    assert not db.exists() and not db.parent.exists()


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("chronology", "--db", "{db}", "--since", "2022-13-01"), "--since must be YYYY-MM-DD"),
        (("chronology", "--db", "{db}", "--until", "soon"), "--until must be YYYY-MM-DD"),
        (("chronology", "--db", "{db}", "--format", "xml"), "--format"),
        (("positions", "--db", "{db}", "--format", "xml"), "--format"),
        (("export", "--db", "{db}", "--format", "xlsx"), "--format"),
        (("eval", str(DATA), "--format", "xml"), "--format"),
        (("schema", "nope"), "extraction or chronology"),
    ],
)
def test_cli_errors_bad_option_values(
    run_cli: Run, stored: Path, args: tuple[str, ...], needle: str
) -> None:
    _one_line_error(*run_cli(*(a.format(db=stored) for a in args)), needle)


def test_cli_errors_store_path_is_a_directory(run_cli: Run, tmp_path: Path) -> None:
    _one_line_error(*run_cli("chronology", "--db", str(tmp_path)), "is a directory")


def test_cli_errors_store_is_not_a_duckdb_file(run_cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "p.duckdb"
    db.write_text("not a database", encoding="utf-8")
    _one_line_error(*run_cli("ingest", str(GOOD), "--db", str(db)), "not a parley store")
    assert db.read_text(encoding="utf-8") == "not a database"


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_cli_errors_store_in_read_only_directory(run_cli: Run, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        code, out, err = run_cli("ingest", str(GOOD), "--db", str(locked / "p.duckdb"))
    finally:
        locked.chmod(0o755)
    _one_line_error(code, out, err, "not writable")


@pytest.mark.parametrize("command", ["report", "export"])
def test_cli_errors_output_is_a_directory(
    run_cli: Run, stored: Path, tmp_path: Path, command: str
) -> None:
    _one_line_error(
        *run_cli(command, "--out", str(tmp_path), "--db", str(stored)), "is a directory"
    )


def test_cli_errors_output_folder_cannot_be_created(
    run_cli: Run, stored: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    _one_line_error(
        *run_cli("report", "--out", str(blocker / "t.html"), "--db", str(stored)),
        "cannot create the folder",
    )


def test_cli_errors_ingest_with_only_bad_documents_fails(run_cli: Run, tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    for name in ("empty.txt", "binary.txt"):
        shutil.copy(BAD / name, corpus / name)
    db = tmp_path / "p.duckdb"
    _one_line_error(*run_cli("ingest", str(corpus), "--db", str(db)), "no usable documents")
    assert not db.exists(), "a failed ingest creates no store"


def test_cli_errors_text_with_only_a_title_line(run_cli: Run, tmp_path: Path) -> None:
    doc = tmp_path / "one-line.txt"
    doc.write_text("Talks resumed in Geneva on 3 March 2022.\n", encoding="utf-8")
    _one_line_error(*run_cli("extract", str(doc)), "empty after the title line")


def test_cli_errors_ctrl_c_keeps_stored_documents(
    run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "p.duckdb"
    original = Store.add_extraction
    calls: list[str] = []

    def interrupt_second(self: Store, extraction: Extraction) -> bool:
        calls.append("x")
        if len(calls) == 2:
            raise KeyboardInterrupt
        return original(self, extraction)

    monkeypatch.setattr(Store, "add_extraction", interrupt_second)
    code, out, err = run_cli("ingest", str(GOOD), "--db", str(db))
    assert (code, out, err.strip()) == (130, "", "parley: error: interrupted")
    monkeypatch.undo()
    with Store(db, read_only=True) as store:
        assert len(store.documents()) == 1

    code, _, err = run_cli("ingest", str(GOOD), "--db", str(db))
    assert code == 0, err
    assert "1 added, 1 already stored" in err


def test_cli_errors_interrupted_merge_is_completed_by_the_next_run(
    run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import parley.workflows

    db = tmp_path / "p.duckdb"

    def interrupted(store: Store) -> list[object]:
        raise KeyboardInterrupt

    monkeypatch.setattr(parley.workflows, "update_chronology", interrupted)
    assert run_cli("ingest", str(GOOD), "--db", str(db))[0] == 130
    monkeypatch.undo()
    with Store(db, read_only=True) as store:
        assert store.documents() and not store.chronology()
        assert store.unmerged_events() > 0

    code, _, err = run_cli("ingest", str(GOOD), "--db", str(db))
    assert code == 0, err
    assert "0 added, 2 already stored" in err
    with Store(db, read_only=True) as store:
        assert store.chronology() and store.unmerged_events() == 0


def test_cli_errors_duckdb_interrupt_while_writing_is_ctrl_c(
    run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import duckdb

    def interrupted(self: Store, tables: object) -> None:
        raise duckdb.InterruptException("INTERRUPT Error: Interrupted!")

    monkeypatch.setattr(Store, "_write", interrupted)
    code, _, err = run_cli("ingest", str(GOOD / "jeddah.txt"), "--db", str(tmp_path / "p.db"))
    assert (code, err.strip()) == (130, "parley: error: interrupted")


def test_cli_errors_positions_markdown_is_a_table(run_cli: Run, stored: Path) -> None:
    code, out, err = run_cli("positions", "--format", "md", "--db", str(stored))
    assert code == 0, err
    assert out.startswith("| actor | issue | stance |")


def test_cli_errors_csv_on_stdout_has_unix_line_ends(run_cli: Run, stored: Path) -> None:
    code, out, _ = run_cli("chronology", "--format", "csv", "--db", str(stored))
    assert code == 0
    assert "\r" not in out and out.startswith("id,type,")


def test_cli_errors_report_on_an_empty_store(run_cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "p.duckdb"
    Store(db).close()
    out = tmp_path / "t.html"
    code, _, err = run_cli("report", "--out", str(out), "--db", str(db))
    assert code == 0, err
    assert out.stat().st_size > 0


def _gold(tmp_path: Path, body: object) -> Path:
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(GOOD / "jeddah.txt", tmp_path / "jeddah.txt")
    (gold / "a.json").write_text(json.dumps(body), encoding="utf-8")
    return gold


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ({"document": 5}, "needs a 'document' field"),
        ({"document": "../missing.txt"}, "is not a file"),
        ({"document": "../jeddah.txt", "events": {"type": "talks"}}, "must be a list"),
        ({"document": "../jeddah.txt", "events": [5]}, "'evidence' is a string"),
        ({"document": "../jeddah.txt", "actors": [{"code": "SDNRSF"}]}, "'text' is a string"),
        (
            {"document": "../jeddah.txt", "actors": [{"text": "Jeddah", "occurrence": "two"}]},
            "'occurrence' must be a whole number",
        ),
    ],
)
def test_cli_errors_malformed_gold(run_cli: Run, tmp_path: Path, body: object, needle: str) -> None:
    _one_line_error(*run_cli("eval", str(_gold(tmp_path, body))), needle)


def test_cli_errors_eval_prediction_problems(run_cli: Run, tmp_path: Path) -> None:
    gold = _gold(tmp_path, {"document": "../jeddah.txt"})
    _one_line_error(
        *run_cli("eval", str(gold), "--pred", str(tmp_path / "nope")),
        "prediction directory not found",
    )
    pred = tmp_path / "pred"
    pred.mkdir()
    (pred / "a.json").write_text("{}", encoding="utf-8")
    _one_line_error(
        *run_cli("eval", str(gold), "--pred", str(pred)), "first at document: Field required"
    )
