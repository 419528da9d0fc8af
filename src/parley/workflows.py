"""High-level operations the CLI and the web app share: ingest, chronology, report, demo.

Each is one library function; the CLI only parses arguments and renders results.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from parley.errors import IngestError
from parley.extract import ExtractionFailure
from parley.records import ChronologyEntry, Document, Extraction

if TYPE_CHECKING:
    from parley.store import Store

log = logging.getLogger(__name__)

ProgressHook = Callable[[int, int], None]


@dataclass
class IngestReport:
    """What an ingest run did: counts plus every skipped input with its reason."""

    added: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    events: int = 0
    claims: int = 0
    positions: int = 0
    entries: int = 0


def _collect(
    paths: Iterable[str | Path], date: str | None, strict: bool
) -> tuple[list[Document], list[tuple[str, str]]]:
    from parley.ingest import IngestFailure, read_documents

    documents: list[Document] = []
    failed: list[tuple[str, str]] = []
    seen: set[str] = set()
    for item in read_documents(list(paths), date=date, strict=strict):
        if isinstance(item, IngestFailure):
            failed.append((str(item.path), item.reason))
        elif item.id not in seen:
            seen.add(item.id)
            documents.append(item)
    return documents, failed


def ingest(
    paths: Iterable[str | Path],
    db: str | Path,
    *,
    date: str | None = None,
    conflict: str | None = None,
    strict: bool = False,
    workers: int = 1,
    runner: str = "local",
    progress: ProgressHook | None = None,
) -> IngestReport:
    """Read, extract and store documents, then bring the chronology up to date.

    Each document is written in its own transaction, so a failure part-way leaves
    every earlier document intact. Documents already stored are skipped before the
    (expensive) extraction.
    """
    from parley.store import Store

    report = IngestReport()
    documents, report.failed = _collect(paths, date, strict)
    if not documents:
        if not report.failed:
            raise IngestError("no documents found in the given paths")
        path, reason = report.failed[0]
        more = f" (and {len(report.failed) - 1} more skipped)" if len(report.failed) > 1 else ""
        raise IngestError(f"no usable documents: {path}: {reason}{more}")
    with Store(db) as store:
        todo = [d for d in documents if not store.has_document(d.id)]
        report.unchanged = len(documents) - len(todo)
        for done, extraction in enumerate(_run(todo, conflict, workers, runner), start=1):
            if isinstance(extraction, ExtractionFailure):
                where = extraction.document.path or extraction.document.id
                report.failed.append((where, f"extraction failed: {extraction.error}"))
            elif store.add_extraction(extraction):
                report.added += 1
                report.events += len(extraction.events)
                report.claims += len(extraction.claims)
                report.positions += len(extraction.positions)
            if progress:
                progress(done, len(todo))
        # Also catches up events stored by an earlier run that was interrupted before
        # its merge, so a rerun with nothing new still completes the chronology.
        if store.unmerged_events():
            report.entries = len(update_chronology(store))
        else:
            report.entries = store.stats()["chronology"]
    return report


def _run(
    documents: list[Document], conflict: str | None, workers: int, runner: str
) -> Iterable[Extraction | ExtractionFailure]:
    if not documents:
        return []
    if runner == "dask":
        from parley.runners import dask as dask_runner

        return dask_runner.run(documents, conflict=conflict, workers=workers)
    from parley.runners import local

    return local.run(documents, conflict=conflict, workers=workers)


def update_chronology(store: Store) -> list[ChronologyEntry]:
    """Merge stored events into chronology entries, keeping ids of unchanged entries."""
    from parley.chronology import merge

    events = store.events()
    documents = {d.id: d for d in store.documents()}
    previous = store.chronology()
    entries = merge(events, documents, previous=previous or None)
    store.replace_chronology(entries)
    return entries


def write_timeline(db: str | Path, out: str | Path, title: str = "parley timeline") -> Path:
    """Write the self-contained HTML timeline of everything in the store."""
    from parley.report import write_report
    from parley.store import Store

    with Store(db, read_only=True) as store:
        entries = store.chronology()
        positions = store.positions()
        documents = store.documents()
    return write_report(entries, positions, Path(out), title=title, documents=documents)


def example_corpus() -> Path:
    """The bundled example corpus (in a source checkout: ``examples/corpus``)."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "examples" / "corpus"
        if candidate.is_dir():
            return candidate
    raise IngestError("example corpus not found: run from a parley source checkout")
