"""The DuckDB store: one writer, many readers, one transaction per document.

Every document is written with all its events, claims, positions and evidence in a
single transaction, so a failure part-way through an ingest run leaves every earlier
document intact and the failing one absent.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType
from typing import Any

from parley.errors import StoreError
from parley.records import ChronologyEntry, Claim, Document, Event, Extraction, Position
from parley.store import queries
from parley.store.rows import Row, chronology_rows, extraction_rows
from parley.store.schema import migrate

DEFAULT_DB = "parley.duckdb"


def default_db_path() -> Path:
    """``$PARLEY_DB`` when set, else ``./parley.duckdb``."""
    return Path(os.environ.get("PARLEY_DB") or DEFAULT_DB)


def _connect(path: Path, read_only: bool) -> Any:
    import duckdb

    if path.is_dir():
        raise StoreError(
            f"the store path {path} is a directory: pass a file such as {path}/parley.duckdb"
        )
    if read_only and not path.exists():
        raise StoreError(f"no store at {path}: run `parley ingest` first")
    if not path.parent.is_dir():
        raise StoreError(f"cannot create the store {path}: directory {path.parent} does not exist")
    if not read_only and not path.exists() and not os.access(path.parent, os.W_OK):
        raise StoreError(f"cannot create the store {path}: directory {path.parent} is not writable")
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as exc:
        message = " ".join(str(exc).split())
        if "not a valid DuckDB database file" in message:
            raise StoreError(f"{path} is not a parley store (not a DuckDB file)") from exc
        if "lock" in message.lower():
            raise StoreError(f"the store {path} is in use by another process; try again") from exc
        raise StoreError(f"cannot open the store {path}: {message}") from exc


def _reraise_interrupt(exc: Exception) -> None:
    """DuckDB turns Ctrl-C during a query into its own error: give it back as Ctrl-C."""
    import duckdb

    if isinstance(exc, duckdb.InterruptException):
        raise KeyboardInterrupt from exc


class Store:
    """Documents, events, actors, claims, positions, evidence and the chronology."""

    def __init__(self, path: str | Path | None = None, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        self.read_only = read_only
        self._con = _connect(self.path, read_only)
        try:
            migrate(self._con, str(self.path), read_only=read_only)
        except Exception:
            self._con.close()
            raise

    # ------------------------------------------------------------------ lifecycle

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # ------------------------------------------------------------------ writing

    def has_document(self, id: str) -> bool:
        return bool(self._con.execute(queries.HAS_DOCUMENT, [id]).fetchone()[0])

    def add_extraction(self, extraction: Extraction) -> bool:
        """Store one document and everything extracted from it; False if already stored."""
        self._writable()
        con = self._con
        con.begin()
        try:
            if con.execute(queries.HAS_DOCUMENT, [extraction.document.id]).fetchone()[0]:
                con.rollback()
                return False
            seq = con.execute(queries.NEXT_DOCUMENT_SEQ).fetchone()[0]
            self._write(extraction_rows(extraction, seq))
            con.commit()
        except Exception as exc:
            con.rollback()
            _reraise_interrupt(exc)
            raise StoreError(
                f"could not store document {extraction.document.id[:12]} "
                f"({extraction.document.path or extraction.document.title}): {exc}"
            ) from exc
        return True

    def replace_chronology(self, entries: list[ChronologyEntry]) -> None:
        """Swap the whole chronology for ``entries`` in one transaction."""
        self._writable()
        con = self._con
        con.begin()
        try:
            con.execute(queries.CLEAR_CHRONOLOGY)
            self._write(chronology_rows(entries))
            con.commit()
        except Exception as exc:
            con.rollback()
            _reraise_interrupt(exc)
            raise StoreError(f"could not store the chronology: {exc}") from exc

    def _write(self, tables: dict[str, list[Row]]) -> None:
        step = queries.ROWS_PER_INSERT
        for table, rows in tables.items():
            for start in range(0, len(rows), step):
                chunk = rows[start : start + step]
                self._con.execute(
                    queries.insert(table, len(chunk)), [v for row in chunk for v in row]
                )

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store {self.path} was opened read-only")

    # ------------------------------------------------------------------ reading

    def _data(self, sql: str, params: list[Any]) -> list[str]:
        return [row[0] for row in self._con.execute(sql, params).fetchall()]

    def _documents(self, sql: str, params: list[Any]) -> list[Document]:
        cols = queries.DOCUMENT_FIELDS.split(", ")
        rows = self._con.execute(sql, params).fetchall()
        return [Document(**dict(zip(cols, row, strict=True))) for row in rows]

    def documents(self, limit: int | None = None, offset: int = 0) -> list[Document]:
        """Documents in ingest order."""
        return self._documents(*queries.select_documents(limit, offset))

    def document(self, id: str) -> Document | None:
        found = self._documents(queries.DOCUMENT_BY_ID, [id])
        return found[0] if found else None

    def events(
        self,
        types: list[str] | None = None,
        actor: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Event]:
        """Events in ingest order; ``actor`` matches a party, agent or mediator code or country."""
        sql, params = queries.select_events(types, actor, since, until, limit, offset)
        return [Event.model_validate_json(d) for d in self._data(sql, params)]

    def event(self, id: str) -> Event | None:
        found = self._data(queries.EVENT_BY_ID, [id])
        return Event.model_validate_json(found[0]) if found else None

    def claims(
        self, actor: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[Claim]:
        """Claims in ingest order; ``actor`` matches the speaker or a target (code or country)."""
        sql, params = queries.select_claims(actor, limit, offset)
        return [Claim.model_validate_json(d) for d in self._data(sql, params)]

    def positions(
        self,
        actor: str | None = None,
        issue: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Position]:
        """Positions by date (undated last)."""
        sql, params = queries.select_positions(actor, issue, limit, offset)
        return [Position.model_validate_json(d) for d in self._data(sql, params)]

    def chronology(
        self,
        actor: str | None = None,
        types: list[str] | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ChronologyEntry]:
        """Entries ordered by ``date.earliest``, undated entries last."""
        sql, params = queries.select_chronology(actor, types, since, until, limit, offset)
        return [ChronologyEntry.model_validate_json(d) for d in self._data(sql, params)]

    def chronology_entry(self, id: str) -> ChronologyEntry | None:
        found = self._data(queries.CHRONOLOGY_BY_ID, [id])
        return ChronologyEntry.model_validate_json(found[0]) if found else None

    def unmerged_events(self) -> int:
        """How many stored events the chronology does not include yet (0 when current)."""
        return int(self._con.execute(queries.UNMERGED_EVENTS).fetchone()[0])

    def actors(self) -> list[dict[str, Any]]:
        """Actor codes involved in events (party, agent, mediator), most frequent first."""
        rows = self._con.execute(queries.ACTORS, [queries.ACTOR_ROLES]).fetchall()
        return [
            {"code": code, "country": country, "events": events, "documents": documents}
            for code, country, events, documents in rows
        ]

    def stats(self) -> dict[str, int]:
        """Row counts: documents, events, claims, positions, evidence, chronology, actors."""
        row = self._con.execute(queries.STATS).fetchone()
        return dict(zip(queries.STATS_KEYS, (int(v) for v in row), strict=True))
