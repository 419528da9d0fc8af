"""The local web app: a JSON API over the store and the timeline report at ``/``.

The store is opened read-only per request, so the app can run while nothing writes,
and several app processes can share one store file.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

from parley import __version__
from parley.records import ChronologyEntry, Document, Position
from parley.web import errors
from parley.web.deps import StoreDep
from parley.web.routes import actors, chronology, claims, documents, events, positions

TITLE = "parley timeline"


def _fallback_page(entries: list[ChronologyEntry], title: str) -> str:
    """A minimal page listing entries, used when the report module is not available."""
    rows = []
    for entry in entries:
        when = entry.date.earliest or "undated"
        parties = ", ".join(a.code for a in entry.parties)
        rows.append(
            f"<li><b>{html.escape(when)}</b> {html.escape(entry.type)} "
            f"({html.escape(parties)}) [{entry.sources} sources]</li>"
        )
    items = "\n".join(rows) or "<li>No entries yet: run <code>parley ingest</code>.</li>"
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title></head><body><h1>{html.escape(title)}</h1>"
        f"<ul>{items}</ul></body></html>"
    )


def render_timeline(
    entries: list[ChronologyEntry],
    positions: list[Position],
    documents: list[Document],
    title: str = TITLE,
) -> str:
    """The report's timeline HTML, or the minimal page if the report module is missing."""
    try:
        from parley.report import render_report
    except ImportError:
        return _fallback_page(entries, title)
    return str(render_report(entries, positions, title=title, documents=documents))


def create_app(db_path: str | Path) -> FastAPI:
    """The FastAPI app over the store at ``db_path`` (opened read-only per request)."""
    app = FastAPI(title="parley", version=__version__, docs_url="/api/docs", redoc_url=None)
    app.state.db_path = Path(db_path)
    errors.install(app)
    for module in (documents, events, claims, positions, chronology, actors):
        app.include_router(module.router)

    @app.get("/api/health", tags=["meta"])
    def health(store: StoreDep) -> dict[str, Any]:
        """Liveness plus row counts, so a client can tell an empty store from a broken one."""
        return {"status": "ok", "version": __version__, "counts": store.stats()}

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def timeline(store: StoreDep) -> HTMLResponse:
        page = render_timeline(store.chronology(), store.positions(), store.documents())
        return HTMLResponse(page)

    return app


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the app with uvicorn until interrupted."""
    import uvicorn

    uvicorn.run(create_app(db_path), host=host, port=port, log_level="info")
