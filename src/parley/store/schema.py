"""The store's schema as an ordered list of named migrations, each applied once.

Applied migrations are recorded in the ``migrations`` table (name, applied_at), so
re-opening a store never re-applies one, and a store written by an older parley is
brought up to date the next time it is opened for writing. Never edit a released
migration: append a new one.
"""

from __future__ import annotations

from typing import Any

from parley.errors import StoreError

MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_initial",
        """
        CREATE TABLE documents (
            id VARCHAR PRIMARY KEY,
            seq BIGINT NOT NULL,
            title VARCHAR,
            url VARCHAR,
            published VARCHAR,
            author VARCHAR,
            site VARCHAR,
            language VARCHAR,
            path VARCHAR,
            text VARCHAR NOT NULL,
            added_at TIMESTAMP DEFAULT current_timestamp
        );
        CREATE TABLE events (
            id VARCHAR NOT NULL,
            doc VARCHAR NOT NULL,
            seq INTEGER NOT NULL,
            type VARCHAR NOT NULL,
            modality VARCHAR NOT NULL,
            status VARCHAR,
            date_earliest VARCHAR,
            date_latest VARCHAR,
            data JSON NOT NULL
        );
        CREATE INDEX events_id ON events (id);
        CREATE INDEX events_doc ON events (doc);
        CREATE TABLE event_actors (
            event_id VARCHAR NOT NULL,
            doc VARCHAR NOT NULL,
            role VARCHAR NOT NULL,
            code VARCHAR NOT NULL,
            country VARCHAR
        );
        CREATE INDEX event_actors_code ON event_actors (code);
        CREATE TABLE claims (
            id VARCHAR NOT NULL,
            doc VARCHAR NOT NULL,
            seq INTEGER NOT NULL,
            speaker_code VARCHAR NOT NULL,
            speaker_country VARCHAR,
            actors VARCHAR[] NOT NULL,
            issue VARCHAR,
            date_earliest VARCHAR,
            date_latest VARCHAR,
            data JSON NOT NULL
        );
        CREATE TABLE positions (
            id VARCHAR NOT NULL,
            doc VARCHAR NOT NULL,
            seq INTEGER NOT NULL,
            actor_code VARCHAR NOT NULL,
            actor_country VARCHAR,
            issue VARCHAR NOT NULL,
            stance VARCHAR NOT NULL,
            date_earliest VARCHAR,
            date_latest VARCHAR,
            data JSON NOT NULL
        );
        CREATE TABLE evidence (
            item_id VARCHAR NOT NULL,
            item_kind VARCHAR NOT NULL,
            doc VARCHAR NOT NULL,
            sentence INTEGER,
            "start" INTEGER,
            "end" INTEGER,
            text VARCHAR
        );
        CREATE INDEX evidence_item ON evidence (item_id);
        CREATE TABLE chronology_entries (
            id VARCHAR NOT NULL,
            seq INTEGER NOT NULL,
            type VARCHAR NOT NULL,
            date_earliest VARCHAR,
            date_latest VARCHAR,
            sources INTEGER NOT NULL,
            data JSON NOT NULL
        );
        CREATE TABLE chronology_members (
            entry_id VARCHAR NOT NULL,
            event_id VARCHAR NOT NULL
        );
        CREATE TABLE chronology_actors (
            entry_id VARCHAR NOT NULL,
            role VARCHAR NOT NULL,
            code VARCHAR NOT NULL,
            country VARCHAR
        );
        """,
    ),
]

_MIGRATIONS_TABLE = """
CREATE TABLE IF NOT EXISTS migrations (
    name VARCHAR PRIMARY KEY,
    applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp
)
"""
_HAS_MIGRATIONS_TABLE = (
    "SELECT count(*) FROM information_schema.tables WHERE table_name = 'migrations'"
)
_APPLIED = "SELECT name FROM migrations ORDER BY applied_at, name"
_RECORD = "INSERT INTO migrations (name) VALUES (?)"


def applied(con: Any) -> list[str]:
    """Names of the migrations recorded in this store (empty for a new store)."""
    if not con.execute(_HAS_MIGRATIONS_TABLE).fetchone()[0]:
        return []
    return [row[0] for row in con.execute(_APPLIED).fetchall()]


def pending(con: Any) -> list[tuple[str, str]]:
    done = set(applied(con))
    return [(name, sql) for name, sql in MIGRATIONS if name not in done]


def migrate(con: Any, where: str, read_only: bool = False) -> list[str]:
    """Apply (and record) every pending migration, each in its own transaction."""
    todo = pending(con)
    if todo and read_only:
        raise StoreError(
            f"the store {where} is not up to date: open it for writing once "
            "(e.g. `parley ingest`) to migrate it"
        )
    names: list[str] = []
    for name, sql in todo:
        con.begin()
        try:
            con.execute(_MIGRATIONS_TABLE)
            con.execute(sql)
            con.execute(_RECORD, [name])
            con.commit()
        except Exception as exc:
            con.rollback()
            raise StoreError(f"migration {name} failed on {where}: {exc}") from exc
        names.append(name)
    return names
