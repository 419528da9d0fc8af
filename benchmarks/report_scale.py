"""Scale check: 5,000 synthetic event reports → merge → report → load in headless Chromium.

Prints numbers, never passes or fails. Run: .venv/bin/python benchmarks/report_scale.py
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from parley.chronology import cluster_scores, entry_clusters, merge
from parley.records import Actor, DateInterval, Document, Event, Evidence, Location, Position
from parley.report import write_report

TYPES = ["talks", "talks", "mediation", "proposal", "agreement", "ceasefire", "rejection",
         "suspension", "obstruction", "willingness", "demand", "concession"]
STATES = ["RUS", "UKR", "USA", "TUR", "BLR", "FRA", "DEU", "GBR", "CHN", "QAT", "SAU", "SDN",
          "ETH", "ISR", "PSE", "EGY", "YEM", "COL", "IND", "BRA"]
PLACES = {"TUR": "Istanbul", "BLR": "Minsk", "SAU": "Jeddah", "QAT": "Doha", "EGY": "Cairo",
          "CHE": "Geneva"}
ISSUES = ["nato_membership", "neutrality", "territory", "withdrawal", "security_guarantees",
          "sanctions", "ceasefire", "prisoners", "humanitarian"]
STANCES = ["seeks", "rejects", "willing_to_forgo", "demands", "opposes"]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def actor(country: str) -> Actor:
    return Actor(code=f"{country}GOV", country=country, name=f"Government of {country}",
                 kind="state", text=country)


Synthetic = tuple[list[Event], dict[str, Document], dict[str, str]]


def synthetic(n_reports: int, seed: int = 7, max_docs: int = 8) -> Synthetic:
    """Real-world events each told by 1–8 documents with some date and agent noise."""
    rng = random.Random(seed)
    start = date(2022, 1, 1)
    events: list[Event] = []
    gold: dict[str, str] = {}
    documents: dict[str, Document] = {}
    n_docs = n_reports // 3
    for d in range(n_docs):
        documents[f"doc{d}"] = Document(
            id=f"doc{d}", title=f"Synthetic dispatch {d}", url=f"https://example.org/{d}",
            published=(start + timedelta(days=rng.randrange(1100))).isoformat(), text="")
    cluster = 0
    while len(events) < n_reports:
        cluster += 1
        etype = rng.choice(TYPES)
        parties = rng.sample(STATES, 2)
        when = start + timedelta(days=rng.randrange(1100))
        where = rng.choice([None, *PLACES])
        docs = rng.sample(range(n_docs), min(rng.randint(1, max_docs), n_reports - len(events)))
        for k, d in enumerate(docs):
            shift = rng.choice([0, 0, 0, 0, 1, -1])
            day = (when + timedelta(days=shift)).isoformat()
            dated = rng.random() > 0.1
            agent = parties[0] if rng.random() > 0.2 else parties[1]
            text = f"Report {k}: {etype} between {parties[0]} and {parties[1]}, item {cluster}."
            ev = Event(
                id=f"ev-{cluster}-{k}", type=etype, parties=[actor(c) for c in parties],
                agent=actor(agent) if etype not in {"talks", "mediation", "agreement"} else None,
                location=Location(name=PLACES[where], country=where) if where else None,
                date=DateInterval(earliest=day, latest=day, granularity="day",
                                  basis="explicit") if dated else DateInterval(),
                modality="negated" if rng.random() < 0.03 else "asserted",
                evidence=[Evidence(doc=f"doc{d}", sentence=k, start=0, end=len(text), text=text)],
            )
            events.append(ev)
            gold[ev.id] = f"c{cluster}"
    return events, documents, gold


def positions(n: int, seed: int = 7) -> list[Position]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        when = (date(2022, 1, 1) + timedelta(days=rng.randrange(1100))).isoformat()
        out.append(Position(
            actor=actor(rng.choice(STATES)), issue=rng.choice(ISSUES),
            stance=rng.choice(STANCES),  # type: ignore[arg-type]
            date=DateInterval(earliest=when, latest=when, granularity="day"),
            evidence=[Evidence(doc=f"doc{i}", sentence=0, start=0, end=4, text="text")]))
    return out


def load_time(path: Path) -> float | None:
    """Seconds from navigation to the page's ready flag, or None without Chromium."""
    if not Path("/usr/bin/chromium").exists():
        return None
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://")
                   else r.abort())
        began = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-ready='1']", timeout=60_000)
        took = time.perf_counter() - began
        script = page.evaluate("document.body.dataset.renderMs")
        print(f"in-page render:   {float(script):.0f} ms (parse JSON + first draw)")
        filter_began = time.perf_counter()
        page.select_option("#f-actor", index=1)
        filter_took = time.perf_counter() - filter_began
        browser.close()
    print(f"filter by actor:  {filter_took * 1000:.0f} ms")
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--max-docs", type=int, default=8,
                        help="documents per real event (1: every report is its own entry)")
    args = parser.parse_args()
    events, documents, gold = synthetic(args.events, max_docs=args.max_docs)
    began = time.perf_counter()
    entries = merge(events, documents)
    merge_s = time.perf_counter() - began
    scores = cluster_scores(entry_clusters(entries), gold)
    print(f"reports: {len(events)}  documents: {len(documents)}  gold events: "
          f"{len(set(gold.values()))}  entries: {len(entries)}")
    print(f"merge:            {merge_s:.2f} s")
    print("merge quality:    pairwise F1 {pairwise_f1:.3f}  B-cubed F1 {bcubed_f1:.3f}"
          .format(**scores))
    began = time.perf_counter()
    more = merge(events[-100:], documents, previous=merge(events[:-100], documents))
    print(f"incremental:      {time.perf_counter() - began:.2f} s (merge 4,900 then 100 more,"
          f" {len(more)} entries)")
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp) / "report.html"
        began = time.perf_counter()
        write_report(entries, positions(600), out, title="Synthetic scale test",
                     documents=list(documents.values()))
        print(f"write report:     {time.perf_counter() - began:.2f} s")
        print(f"report size:      {out.stat().st_size / 1e6:.1f} MB")
        took = load_time(out)
        print("page load:        " + (f"{took:.2f} s" if took is not None else "skipped"))


if __name__ == "__main__":
    main()
