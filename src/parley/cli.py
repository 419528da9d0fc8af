"""Command line: each command parses its options, calls one library function, renders.

Errors never show a traceback: a ``ParleyError`` becomes one line on stderr and a
non-zero exit (``--debug`` shows the traceback).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from parley.errors import ParleyError

if TYPE_CHECKING:
    from pydantic import BaseModel

    from parley.store import Store

app = typer.Typer(
    name="parley",
    help="Sourced chronologies of peace negotiations from news, opinion and statements.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="DuckDB store (default: $PARLEY_DB or ./parley.duckdb)."),
]
ActorsOption = Annotated[
    list[Path] | None,
    typer.Option("--actors", help="Extra actor dictionary YAML (file or directory); repeatable."),
]
ConflictOption = Annotated[
    str | None,
    typer.Option("--conflict", help="Conflict profile for anchor dates (default: automatic)."),
]


class TableFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    md = "md"


class ExportWhat(StrEnum):
    events = "events"
    claims = "claims"
    positions = "positions"
    chronology = "chronology"
    documents = "documents"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    md = "md"


class EvalFormat(StrEnum):
    text = "text"
    json = "json"


# Exit status of a run stopped with Ctrl-C (128 + SIGINT), as shells report it.
INTERRUPTED = 130


def _db(db: Path | None) -> Path:
    from parley.store import default_db_path

    return Path(db) if db else Path(default_db_path())


def _use_actors(actors: list[Path] | None) -> None:
    if actors:
        from parley.actors.dictionary import use_dictionaries

        for path in actors:
            if not path.exists():
                raise ParleyError(f"actor dictionary not found: {path}")
        use_dictionaries(list(actors))


def _echo_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _date_text(d: dict[str, Any]) -> str:
    e, la = d.get("earliest"), d.get("latest")
    if not e:
        return "undated"
    return e if e == la or not la else f"{e}..{la}"


def _actors_text(actors: Sequence[dict[str, Any] | None]) -> str:
    """Codes for a table cell: a bare state code is dropped when a sector code says more."""
    codes = {a["code"] for a in actors if a}
    specific = {a.get("country") for a in actors if a and a["code"] != a.get("country")}
    return ", ".join(sorted(c for c in codes if c not in specific))


# --------------------------------------------------------------------------- commands


@app.command()
def extract(
    path: Annotated[str, typer.Argument(help="An HTML or text document, or - for stdin.")],
    date: Annotated[
        str | None, typer.Option(help="Document date YYYY-MM-DD (overrides metadata).")
    ] = None,
    conflict: ConflictOption = None,
    actors: ActorsOption = None,
) -> None:
    """Extract events, claims and positions from one document; print contract JSON."""
    from parley.extract import extract_document
    from parley.ingest import IngestFailure, read_documents

    _use_actors(actors)
    _check_date(date, "--date")
    items = list(read_documents([path], date=date, strict=True))
    docs = [d for d in items if not isinstance(d, IngestFailure)]
    if len(docs) != 1:
        raise ParleyError(f"extract takes one document; {path} holds {len(docs)} (use ingest)")
    _echo_json(extract_document(docs[0], conflict=conflict).to_json())


def _check_date(value: str | None, option: str) -> None:
    if value is None:
        return
    from datetime import date as _date

    try:
        _date.fromisoformat(value)
    except ValueError as exc:
        raise ParleyError(f"{option} must be YYYY-MM-DD, got {value!r}") from exc


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs or - for stdin.")],
    db: DbOption = None,
    date: Annotated[str | None, typer.Option(help="Document date for inputs without one.")] = None,
    conflict: ConflictOption = None,
    strict: Annotated[bool, typer.Option(help="Stop at the first bad document.")] = False,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
    runner: Annotated[str, typer.Option(help="local or dask.")] = "local",
    actors: ActorsOption = None,
) -> None:
    """Read documents, extract, store (idempotent by content hash), update the chronology."""
    from parley.workflows import ingest as run_ingest

    _use_actors(actors)
    _check_date(date, "--date")
    if runner not in ("local", "dask"):
        raise ParleyError(f"--runner must be local or dask, got {runner!r}")
    report = _with_progress(
        lambda hook: run_ingest(
            paths, _db(db), date=date, conflict=conflict, strict=strict,
            workers=workers, runner=runner, progress=hook,
        )
    )
    for path, reason in report.failed:
        typer.echo(f"skipped {path}: {reason}", err=True)
    typer.echo(
        f"{report.added} added, {report.unchanged} already stored, {len(report.failed)} skipped; "
        f"{report.events} events, {report.claims} claims, {report.positions} positions; "
        f"chronology: {report.entries} entries",
        err=True,
    )


def _with_progress(run: Any) -> Any:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    if not sys.stderr.isatty():
        return run(None)
    with Progress(
        TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), transient=True
    ) as bar:
        task = bar.add_task("extract", total=None)

        def hook(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        return run(hook)


@app.command()
def chronology(
    db: DbOption = None,
    actor: Annotated[str | None, typer.Option(help="Actor code or country, e.g. USA.")] = None,
    type: Annotated[list[str] | None, typer.Option("--type", help="Event type (repeat).")] = None,
    since: Annotated[str | None, typer.Option(help="Entries on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Entries on or before YYYY-MM-DD.")] = None,
    format: Annotated[TableFormat, typer.Option("--format")] = TableFormat.table,
) -> None:
    """Print the merged chronology of stored events."""
    from parley.store import Store

    _check_date(since, "--since")
    _check_date(until, "--until")
    with Store(_db(db), read_only=True) as store:
        entries = store.chronology(actor=actor, types=type or None, since=since, until=until)
    if format is TableFormat.table:
        _print_chronology_table(entries)
    else:
        _write_records(entries, format)


def _write_records(records: Sequence[BaseModel], format: TableFormat) -> None:
    """``records`` on stdout as JSON, CSV or Markdown (the ``--format`` of list commands)."""
    import io

    from parley.report.exports import render_records

    if format is TableFormat.json:
        _echo_json([r.model_dump(mode="json") for r in records])
        return
    text = render_records(records, "md" if format is TableFormat.md else "csv")
    # Universal newlines: CSV rows end in CRLF in a file, in LF on a terminal or pipe.
    sys.stdout.write(io.StringIO(text, newline=None).read())


def _print_table(columns: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """A rich table on stdout, at least 120 columns wide so rows stay readable."""
    from rich.console import Console
    from rich.table import Table

    table = Table(header_style="bold")
    for col in columns:
        table.add_column(col)
    for row in rows:
        table.add_row(*row)
    Console(width=max(120, Console().width)).print(table)


def _print_chronology_table(entries: Sequence[Any]) -> None:
    rows = []
    for e in entries:
        d = e.to_json()
        roles = _actors_text(d["mediators"]) or _actors_text([d["agent"]])
        rows.append((
            _date_text(d["date"]), d["type"], _actors_text(d["parties"]), roles,
            d["modality"], str(d["sources"]),
            ", ".join(x["field"] for x in d["disagreements"]) or "",
        ))  # fmt: skip
    columns = ("date", "type", "parties", "mediators / agent", "modality", "sources", "disputed")
    _print_table(columns, rows)
    typer.echo(f"{len(entries)} entries", err=True)


@app.command()
def positions(
    db: DbOption = None,
    actor: Annotated[str | None, typer.Option(help="Actor code or country.")] = None,
    issue: Annotated[str | None, typer.Option(help="Issue, e.g. nato_membership.")] = None,
    format: Annotated[TableFormat, typer.Option("--format")] = TableFormat.table,
) -> None:
    """Print each actor's stated positions on the issues, over time."""
    from parley.store import Store

    with Store(_db(db), read_only=True) as store:
        found = store.positions(actor=actor, issue=issue)
    if format is not TableFormat.table:
        _write_records(found, format)
        return
    rows = []
    for p in found:
        d = p.to_json()
        ev = d["evidence"][0]["text"] if d["evidence"] else ""
        rows.append((_date_text(d["date"]), d["actor"]["code"], d["issue"], d["stance"], ev[:90]))
    _print_table(("date", "actor", "issue", "stance", "evidence"), rows)


@app.command()
def export(
    what: Annotated[ExportWhat, typer.Option("--what")] = ExportWhat.chronology,
    format: Annotated[ExportFormat, typer.Option("--format")] = ExportFormat.jsonl,
    out: Annotated[Path, typer.Option("--out", help="Output file.")] = Path("out/chronology.jsonl"),
    db: DbOption = None,
) -> None:
    """Export stored events, claims, positions, documents or the chronology."""
    from parley.report.exports import export_records
    from parley.store import Store

    readers: dict[ExportWhat, Callable[[Store], Sequence[BaseModel]]] = {
        ExportWhat.events: lambda store: store.events(),
        ExportWhat.claims: lambda store: store.claims(),
        ExportWhat.positions: lambda store: store.positions(),
        ExportWhat.chronology: lambda store: store.chronology(),
        ExportWhat.documents: lambda store: store.documents(),
    }
    with Store(_db(db), read_only=True) as store:
        records = readers[what](store)
    written = export_records(records, format.value, out)
    typer.echo(f"wrote {len(records)} {what.value} to {written}", err=True)


@app.command()
def report(
    out: Annotated[Path, typer.Option("--out", help="HTML file.")] = Path("out/timeline.html"),
    db: DbOption = None,
    title: Annotated[str, typer.Option(help="Report title.")] = "parley timeline",
) -> None:
    """Write the self-contained, offline HTML timeline report."""
    from parley.workflows import write_timeline

    path = write_timeline(_db(db), out, title=title)
    typer.echo(f"wrote {path}", err=True)


@app.command()
def demo(
    db: DbOption = None,
    out: Annotated[Path, typer.Option("--out")] = Path("out/timeline.html"),
) -> None:
    """Ingest the bundled example corpus, print its chronology, write the report."""
    from parley.store import Store
    from parley.workflows import example_corpus, write_timeline
    from parley.workflows import ingest as run_ingest

    corpus = example_corpus()
    path = _db(db)
    result = run_ingest([corpus], path)
    typer.echo(
        f"ingested {corpus}: {result.added} added, {result.unchanged} already stored; "
        f"{result.entries} chronology entries",
        err=True,
    )
    with Store(path, read_only=True) as store:
        _print_chronology_table(store.chronology())
    written = write_timeline(path, out, title="parley demo: negotiations in the example corpus")
    typer.echo(f"report: {written}", err=True)


@app.command(name="eval")
def eval_(
    gold_dir: Annotated[Path, typer.Argument(help="Directory of gold *.json files.")],
    pred: Annotated[Path | None, typer.Option(help="Directory of predicted JSON.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List the errors.")] = False,
    format: Annotated[EvalFormat, typer.Option("--format", help="text or json.")] = EvalFormat.text,
) -> None:
    """Score parley against gold annotations: events, modality, dates, claims, merge."""
    from parley.evaluate import evaluate

    result = evaluate(gold_dir, pred)
    if format is EvalFormat.json:
        _echo_json(result.as_dict(verbose=verbose))
        return
    _print_eval(result.as_dict(verbose=verbose))


def _print_eval(d: dict[str, Any]) -> None:
    def line(name: str, s: dict[str, Any]) -> str:
        return (
            f"{name:<14} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  "
            f"(tp {s['tp']}, pred {s['pred']}, gold {s['gold']})"
        )

    out = [f"documents      {d['documents']}", line("events", d["events"])]
    out += [line(f"  {t}", s) for t, s in d["per_type"].items()]
    out.append(f"modality acc.  {d['modality_accuracy']:.3f} over {d['modality_scored']} matched")
    out.append(f"date acc.      {d['date_accuracy']:.3f} over {d['date_scored']} dated")
    out += [line("claims", d["claims"]), line("positions", d["positions"])]
    if d["actors"]["gold"]:
        out.append(line("actor links", d["actors"]))
    if d["merge"]:
        out.append("merge          " + "  ".join(f"{k} {v:.3f}" for k, v in d["merge"].items()))
    labels = {"misses": "miss", "spurious": "spurious", "wrong_dates": "wrong date",
              "position_misses": "position miss", "position_spurious": "position spurious"}
    for key, label in labels.items():
        for item in d.get(key, []):
            out.append(f"{label}: {json.dumps(item, ensure_ascii=False)}")
    for c in d.get("modality_confusions", []):
        out.append(f"modality gold {c['gold']} → pred {c['pred']}: {c['count']}")
    sys.stdout.write("\n".join(out) + "\n")


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to bind (local only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
) -> None:
    """Run the local web app (JSON API and timeline) over the store."""
    from parley.store import Store
    from parley.web import serve as run_server

    path = _db(db)
    Store(path, read_only=True).close()  # a missing or broken store fails here, not per request
    run_server(path, host=host, port=port)


@app.command()
def schema(
    what: Annotated[str, typer.Argument(help="extraction or chronology.")] = "extraction",
) -> None:
    """Print the JSON Schema of the output contract."""
    from parley.schema import chronology_schema, extraction_schema

    if what not in ("extraction", "chronology"):
        raise ParleyError(f"schema takes extraction or chronology, got {what!r}")
    _echo_json(extraction_schema() if what == "extraction" else chronology_schema())


# --------------------------------------------------------------------------- entry


def main(argv: Sequence[str] | None = None) -> None:
    """Console entry point: one-line errors, exit codes, ``--debug`` for tracebacks."""
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args or bool(os.environ.get("PARLEY_DEBUG"))
    args = [a for a in args if a != "--debug"]
    try:
        rv = app(args=args, prog_name="parley", standalone_mode=False)
    except ParleyError as exc:
        if debug:
            raise
        _fail(str(exc), 1)
    except KeyboardInterrupt:
        _fail("interrupted", INTERRUPTED)
    except BrokenPipeError:
        sys.exit(0)
    except OSError as exc:  # a path the library did not check itself
        if debug:
            raise
        where = f"{exc.filename}: " if exc.filename else ""
        _fail(f"{where}{exc.strerror or exc}", 1)
    except Exception as exc:  # the boundary: never a traceback for users
        if debug:
            raise
        # Usage errors come from the click that Typer bundles; duck-typed, not imported.
        if type(exc).__name__ == "Abort":
            _fail("aborted", INTERRUPTED)
        if type(exc).__name__ == "InterruptException":  # DuckDB's Ctrl-C during a query
            _fail("interrupted", INTERRUPTED)
        if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):
            _fail(exc.format_message(), exc.exit_code)
        _fail(f"unexpected error: {type(exc).__name__}: {exc} (rerun with --debug)", 1)
    # Typer turns Ctrl-C into a silent exit status of 130; say what happened.
    if rv == INTERRUPTED:
        _fail("interrupted", INTERRUPTED)
    if isinstance(rv, int) and rv:
        sys.exit(rv)


def _fail(message: str, code: int) -> None:
    first = " ".join(message.strip().splitlines()) or "error"
    sys.stderr.write(f"parley: error: {first}\n")
    sys.exit(code)
