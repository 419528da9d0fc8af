"""The report's embedded data: a compact JSON view of entries, sources and positions.

The page must stay light at thousands of entries, so repeated strings (documents, actors)
are stored once and referred to by index or code, and every label the page shows is
prepared here so that the JavaScript only filters and draws.
"""

from __future__ import annotations

import json
from typing import Any

from parley.records import Actor, ChronologyEntry, Disagreement, Document, Evidence, Position

TYPE_ORDER = [
    "talks", "mediation", "proposal", "agreement", "ceasefire", "rejection",
    "suspension", "obstruction", "willingness", "demand", "concession",
]


class _Catalog:
    """Documents and actors met while building the payload, each stored once."""

    def __init__(self, documents: list[Document] | None) -> None:
        self.docs: list[dict[str, Any]] = []
        self.doc_index: dict[str, int] = {}
        self.actors: dict[str, dict[str, Any]] = {}
        self.group_names: dict[str, str] = {}
        for doc in documents or []:
            self.doc(doc.id, doc.title, doc.url, doc.published, doc.site)

    def doc(
        self, doc_id: str, title: str | None = None, url: str | None = None,
        published: str | None = None, site: str | None = None,
    ) -> int:
        if doc_id not in self.doc_index:
            self.doc_index[doc_id] = len(self.docs)
            self.docs.append({"id": doc_id, "title": title or doc_id[:12], "url": url,
                              "published": published, "site": site})
        index = self.doc_index[doc_id]
        record = self.docs[index]
        record["url"] = record["url"] or url
        record["published"] = record["published"] or published
        if title and record["title"] == doc_id[:12]:
            record["title"] = title
        return index

    def actor(self, actor: Actor) -> str:
        if actor.code not in self.actors:
            self.actors[actor.code] = {"name": actor.name or actor.code, "g": actor.group,
                                       "kind": actor.kind}
        # A group is best named by its state or organisation, not by one of its people.
        if actor.kind in {"state", "organisation"} or actor.code == actor.group:
            self.group_names.setdefault(actor.group, actor.name or actor.group)
        return actor.code


def _evidence(ev: Evidence, catalog: _Catalog) -> dict[str, Any]:
    return {"d": catalog.doc(ev.doc, ev.title, ev.url, ev.published), "x": ev.text,
            "s": ev.sentence}


def _label(field: str, value: Any) -> str:
    if value is None:
        return "—"
    if field == "date" and isinstance(value, dict):
        first, last = value.get("earliest"), value.get("latest")
        span = first if first == last or not last else f"{first} – {last}"
        return f"{span} ({value['text']})" if value.get("text") else str(span)
    if field == "agent" and isinstance(value, dict):
        return f"{value.get('name') or value.get('code')} ({value.get('code')})"
    if field == "location" and isinstance(value, dict):
        return str(value.get("name"))
    return str(value)


def _disagreement(d: Disagreement, keys: dict[tuple[str, int, int], int]) -> dict[str, Any]:
    return {
        "f": d.field,
        "v": [
            {"l": _label(d.field, v.value),
             "e": sorted({keys[k] for k in ((e.doc, e.start, e.end) for e in v.evidence)
                          if k in keys})}
            for v in d.values
        ],
    }


def _entry(entry: ChronologyEntry, catalog: _Catalog) -> dict[str, Any]:
    keys: dict[tuple[str, int, int], int] = {}
    evidence: list[dict[str, Any]] = []
    for ev in entry.evidence:
        key = (ev.doc, ev.start, ev.end)
        if key not in keys:
            keys[key] = len(evidence)
            evidence.append(_evidence(ev, catalog))
    d = entry.date
    out: dict[str, Any] = {
        "id": entry.id, "t": entry.type, "d0": d.earliest, "d1": d.latest or d.earliest,
        "g": d.granularity, "dt": d.text, "p": [catalog.actor(a) for a in entry.parties],
        "m": [catalog.actor(a) for a in entry.mediators], "mod": entry.modality,
        "n": entry.sources, "ev": evidence,
    }
    if entry.agent is not None:
        out["a"] = catalog.actor(entry.agent)
    if entry.status:
        out["s"] = entry.status
    if entry.location is not None:
        out["loc"] = entry.location.name
    if entry.disagreements:
        out["dis"] = [_disagreement(x, keys) for x in entry.disagreements]
    if entry.mentions:
        out["men"] = entry.mentions
    return out


def _position(position: Position, catalog: _Catalog) -> dict[str, Any]:
    ev = position.evidence[0] if position.evidence else None
    return {
        "a": catalog.actor(position.actor), "i": position.issue, "st": position.stance,
        "d": position.date.earliest, "x": ev.text if ev else "",
        "doc": catalog.doc(ev.doc, ev.title, ev.url, ev.published) if ev else None,
    }


def build_payload(
    entries: list[ChronologyEntry],
    positions: list[Position],
    title: str,
    documents: list[Document] | None = None,
) -> dict[str, Any]:
    catalog = _Catalog(documents)
    rows = [_entry(e, catalog) for e in entries]
    stances = [_position(p, catalog) for p in positions]
    # Groups seen only through their people or sectors: a non-person's name, else the code.
    for actor in sorted(catalog.actors.values(), key=lambda a: a["kind"] == "person"):
        name = actor["name"] if actor["kind"] != "person" else actor["g"]
        catalog.group_names.setdefault(actor["g"], name)
    present = {r["t"] for r in rows}
    types = [t for t in TYPE_ORDER if t in present] + sorted(present - set(TYPE_ORDER))
    return {
        "title": title, "types": types, "entries": rows, "positions": stances,
        "docs": catalog.docs, "actors": catalog.actors, "groups": catalog.group_names,
    }


def embed_json(payload: dict[str, Any]) -> str:
    """JSON safe inside a ``<script>`` element: no ``</``, no ``<!--``, no U+2028/9."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )
