"""The DuckDB store: schema with named migrations, one writer, filtered reads."""

from __future__ import annotations

from parley.store.schema import MIGRATIONS
from parley.store.store import DEFAULT_DB, Store, default_db_path

__all__ = ["DEFAULT_DB", "MIGRATIONS", "Store", "default_db_path"]
