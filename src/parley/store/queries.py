"""Every SQL statement the store runs (the schema itself lives in ``schema.py``).

Filter builders return ``(sql, params)`` pairs; values are always bound as
parameters, never formatted into the SQL.
"""

from __future__ import annotations

from typing import Any

# Actor roles that count for "involves actor X" (the source only reports the event).
ACTOR_ROLES = ["party", "agent", "mediator"]

# ------------------------------------------------------------------------ writing

HAS_DOCUMENT = "SELECT count(*) FROM documents WHERE id = ?"
NEXT_DOCUMENT_SEQ = "SELECT coalesce(max(seq), 0) + 1 FROM documents"

# Table → (INSERT target, number of columns written).
_TARGETS: dict[str, tuple[str, int]] = {
    "documents": (
        "documents (id, seq, title, url, published, author, site, language, path, text)",
        10,
    ),
    "events": ("events", 9),
    "event_actors": ("event_actors", 5),
    "claims": ("claims", 10),
    "positions": ("positions", 10),
    "evidence": ("evidence", 7),
    "chronology_entries": ("chronology_entries", 7),
    "chronology_members": ("chronology_members", 2),
    "chronology_actors": ("chronology_actors", 4),
}

# At most this many rows per INSERT statement (DuckDB binds every value as a parameter).
ROWS_PER_INSERT = 200


def insert(table: str, rows: int) -> str:
    """One multi-row INSERT: far faster in DuckDB than ``executemany`` row by row."""
    target, width = _TARGETS[table]
    row = "(" + ", ".join(["?"] * width) + ")"
    return f"INSERT INTO {target} VALUES " + ", ".join([row] * rows)


CLEAR_CHRONOLOGY = (
    "DELETE FROM chronology_members; DELETE FROM chronology_actors; DELETE FROM chronology_entries;"
)

# ------------------------------------------------------------------------ reading

DOCUMENT_FIELDS = "id, title, url, published, author, site, language, path, text"
DOCUMENT_BY_ID = f"SELECT {DOCUMENT_FIELDS} FROM documents WHERE id = ?"

EVENT_BY_ID = (
    "SELECT e.data FROM events e JOIN documents d ON d.id = e.doc "
    "WHERE e.id = ? ORDER BY d.seq, e.seq LIMIT 1"
)
CHRONOLOGY_BY_ID = "SELECT data FROM chronology_entries WHERE id = ?"

# Stored events that no chronology entry lists yet (merge places every event in one).
UNMERGED_EVENTS = (
    "SELECT count(DISTINCT e.id) FROM events e "
    "WHERE NOT EXISTS (SELECT 1 FROM chronology_members m WHERE m.event_id = e.id)"
)

ACTORS = """
SELECT code, any_value(country) AS country,
       count(DISTINCT doc || '/' || event_id) AS events,
       count(DISTINCT doc) AS documents
FROM event_actors
WHERE list_contains(?::VARCHAR[], role)
GROUP BY code
ORDER BY events DESC, code
"""

STATS = """
SELECT
  (SELECT count(*) FROM documents),
  (SELECT count(*) FROM events),
  (SELECT count(*) FROM claims),
  (SELECT count(*) FROM positions),
  (SELECT count(*) FROM evidence),
  (SELECT count(*) FROM chronology_entries),
  (SELECT count(DISTINCT code) FROM event_actors WHERE role <> 'source')
"""
STATS_KEYS = ("documents", "events", "claims", "positions", "evidence", "chronology", "actors")


def _page(limit: int | None, offset: int) -> tuple[str, list[Any]]:
    if limit is None and not offset:
        return "", []
    return " LIMIT ? OFFSET ?", [limit if limit is not None else 2**62, offset]


def _dates(alias: str, since: str | None, until: str | None) -> tuple[list[str], list[Any]]:
    """Interval overlap with [since, until]: undated rows never match a date filter."""
    where: list[str] = []
    params: list[Any] = []
    if since:
        where.append(f"coalesce({alias}.date_latest, {alias}.date_earliest) >= ?")
        params.append(since)
    if until:
        where.append(f"{alias}.date_earliest <= ?")
        params.append(until)
    return where, params


def _event_filters(
    alias: str,
    actors_of: str,
    types: list[str] | None,
    actor: str | None,
    since: str | None,
    until: str | None,
) -> tuple[list[str], list[Any]]:
    """Date, type and actor filters of events and chronology entries.

    ``actors_of`` is the ``FROM ... WHERE`` that finds the row's actors as ``a``.
    """
    where, params = _dates(alias, since, until)
    if types:
        where.append(f"list_contains(?::VARCHAR[], {alias}.type)")
        params.append(list(types))
    if actor:
        where.append(
            f"EXISTS (SELECT 1 FROM {actors_of} "
            "AND list_contains(?::VARCHAR[], a.role) AND (a.code = ? OR a.country = ?))"
        )
        params += [ACTOR_ROLES, actor.upper(), actor.upper()]
    return where, params


def _finish(
    select: str, where: list[str], params: list[Any], order: str, limit: int | None, offset: int
) -> tuple[str, list[Any]]:
    sql = select + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY " + order
    page, page_params = _page(limit, offset)
    return sql + page, params + page_params


def select_documents(limit: int | None = None, offset: int = 0) -> tuple[str, list[Any]]:
    return _finish(f"SELECT {DOCUMENT_FIELDS} FROM documents", [], [], "seq", limit, offset)


def select_events(
    types: list[str] | None,
    actor: str | None,
    since: str | None,
    until: str | None,
    limit: int | None = None,
    offset: int = 0,
) -> tuple[str, list[Any]]:
    where, params = _event_filters(
        "e", "event_actors a WHERE a.doc = e.doc AND a.event_id = e.id", types, actor, since, until
    )
    select = "SELECT e.data FROM events e JOIN documents d ON d.id = e.doc"
    return _finish(select, where, params, "d.seq, e.seq", limit, offset)


def select_claims(
    actor: str | None, limit: int | None = None, offset: int = 0
) -> tuple[str, list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if actor:
        where.append("list_contains(c.actors, ?)")
        params.append(actor.upper())
    select = "SELECT c.data FROM claims c JOIN documents d ON d.id = c.doc"
    return _finish(select, where, params, "d.seq, c.seq", limit, offset)


def select_positions(
    actor: str | None, issue: str | None, limit: int | None = None, offset: int = 0
) -> tuple[str, list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if actor:
        where.append("(p.actor_code = ? OR p.actor_country = ?)")
        params += [actor.upper(), actor.upper()]
    if issue:
        where.append("p.issue = ?")
        params.append(issue)
    select = "SELECT p.data FROM positions p JOIN documents d ON d.id = p.doc"
    order = "p.date_earliest NULLS LAST, d.seq, p.seq"
    return _finish(select, where, params, order, limit, offset)


def select_chronology(
    actor: str | None,
    types: list[str] | None,
    since: str | None,
    until: str | None,
    limit: int | None = None,
    offset: int = 0,
) -> tuple[str, list[Any]]:
    where, params = _event_filters(
        "c", "chronology_actors a WHERE a.entry_id = c.id", types, actor, since, until
    )
    select = "SELECT c.data FROM chronology_entries c"
    return _finish(select, where, params, "c.date_earliest NULLS LAST, c.seq", limit, offset)
