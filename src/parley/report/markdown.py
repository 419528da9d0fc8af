"""A Markdown chronology to paste into a written report or briefing."""

from __future__ import annotations

from parley.records import Actor, ChronologyEntry, Disagreement

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _day(iso: str) -> str:
    parts = iso.split("-")
    if len(parts) == 1:
        return parts[0]
    month = MONTHS[int(parts[1]) - 1]
    return f"{int(parts[2])} {month} {parts[0]}" if len(parts) > 2 else f"{month} {parts[0]}"


def _date(entry: ChronologyEntry) -> str:
    d = entry.date
    if not d.earliest:
        return "undated"
    if d.granularity == "year":
        return d.earliest[:4]
    if d.granularity == "month":
        return _day(d.earliest[:7])
    if d.latest and d.latest != d.earliest:
        return f"{_day(d.earliest)} – {_day(d.latest)}"
    return _day(d.earliest)


def markdown_cell(text: str) -> str:
    """``text`` safe inside a Markdown table cell: one line, pipes and backslashes escaped."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _actors(actors: list[Actor]) -> str:
    return ", ".join(a.name or a.code for a in actors)


def _value(d: Disagreement, value: object) -> str:
    if isinstance(value, dict):
        if d.field == "date":
            first, last = value.get("earliest"), value.get("latest")
            return str(first if first == last or not last else f"{first}/{last}")
        return str(value.get("name") or value.get("code"))
    return str(value)


def _disputes(entry: ChronologyEntry) -> str:
    parts = []
    for d in entry.disagreements:
        values = "; ".join(
            f"{_value(d, v.value)} ({len({e.doc for e in v.evidence})} src)" for v in d.values
        )
        parts.append(f"{d.field}: {values}")
    return " · ".join(parts)


def chronology_markdown(entries: list[ChronologyEntry], title: str = "Chronology") -> str:
    """A Markdown table: date, type, parties, sources and what the sources dispute."""
    lines = [
        f"## {title}",
        "",
        "| Date | Event | Parties | Sources | Disagreements |",
        "|---|---|---|---|---|",
    ]
    for entry in entries:
        event = entry.type + (f" ({entry.status})" if entry.status else "")
        if entry.modality != "asserted":
            event += f", {entry.modality}"
        parties = _actors(entry.parties)
        if entry.mediators:
            parties += f"; mediated by {_actors(entry.mediators)}"
        if entry.location:
            parties += f"; in {entry.location.name}"
        titles = sorted({e.title or e.doc[:12] for e in entry.evidence})
        sources = f"{entry.sources}: " + "; ".join(titles[:3]) + ("…" if len(titles) > 3 else "")
        cells = [_date(entry), event, parties or "—", sources, _disputes(entry) or "—"]
        lines.append("| " + " | ".join(markdown_cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"
