"""The report in headless Chromium, opened from disk with every network request blocked."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.chronology import merge
from parley.records import (
    Actor,
    ActorKind,
    DateInterval,
    Document,
    Event,
    Evidence,
    Location,
    Position,
)
from parley.report import write_report

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).parent / "artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium"),
]


def _actor(code: str, country: str, name: str, text: str, kind: ActorKind = "state") -> Actor:
    return Actor(code=code, country=country, name=name, kind=kind, text=text)


def _sample() -> tuple[list[Event], list[Document], list[Position]]:
    """Invented reports of an invented negotiation sequence, several per event."""
    stories = [
        ("talks", "2022-02-28", "Gomel", ["RUSGOV", "UKRGOV"], None,
         "Negotiators from Moscow and Kyiv sat down near Gomel for a first meeting."),
        ("talks", "2022-03-03", None, ["RUSGOV", "UKRGOV"], None,
         "A second session between Moscow and Kyiv ended without a breakthrough."),
        ("talks", "2022-03-29", "Istanbul", ["RUSGOV", "UKRGOV", "TURGOV"], None,
         "Delegations from Moscow and Kyiv met in Istanbul, hosted by Ankara."),
        ("proposal", "2022-03-29", "Istanbul", ["UKRGOV"], "UKRGOV",
         "Kyiv tabled a plan that traded neutrality for security guarantees."),
        ("suspension", "2022-05-17", None, ["RUSGOV", "UKRGOV"], "RUSGOV",
         "Moscow said the talks were frozen."),
        ("agreement", "2022-07-22", "Istanbul", ["RUSGOV", "UKRGOV", "TURGOV", "UN"], None,
         "Moscow and Kyiv signed a grain corridor deal with Ankara and the UN."),
        ("obstruction", "2022-04-09", None, ["GBRGOV", "UKRGOV"], "GBRGOV",
         "London was said to have urged Kyiv not to sign anything."),
    ]
    names = {"RUSGOV": ("RUS", "Russia", "Moscow"), "UKRGOV": ("UKR", "Ukraine", "Kyiv"),
             "TURGOV": ("TUR", "Turkey", "Ankara"), "UN": ("UN", "United Nations", "the UN"),
             "GBRGOV": ("GBR", "United Kingdom", "London")}
    events, documents = [], []
    for d in range(4):
        doc = Document(id=f"doc{d}", title=f"Dispatch {d + 1}: the negotiation track",
                       url=f"https://news.example/{d}", published=f"2022-08-0{d + 1}",
                       text="")
        documents.append(doc)
        for n, (etype, when, where, codes, agent, text) in enumerate(stories):
            if (d + n) % 4 == 3:
                continue
            actors = [_actor(c, *names[c][:2], names[c][2]) for c in codes]
            if etype == "talks" and n == 0 and d == 2:
                when = "2022-02-27"  # one source dates the first meeting a day earlier
            mediators = [a for a in actors if a.country in {"TUR", "UN"}]
            events.append(Event(
                id=f"ev-{d}-{n}", type=etype, parties=[a for a in actors if a not in mediators],
                mediators=mediators, agent=next((a for a in actors if a.code == agent), None),
                status="signed" if etype == "agreement" else None,
                location=Location(name=where) if where else None,
                date=DateInterval(earliest=when, latest=when, granularity="day", basis="explicit"),
                modality="negated" if (etype == "suspension" and d == 1) else "asserted",
                evidence=[Evidence(doc=doc.id, sentence=n, start=0, end=len(text), text=text)],
            ))
    positions = [
        Position(actor=_actor("UKRGOV", "UKR", "Ukraine", "Kyiv"), issue="neutrality",
                 stance="willing_to_forgo",
                 date=DateInterval(earliest="2022-03-29", latest="2022-03-29"),
                 evidence=[Evidence(doc="doc0", sentence=3, start=0, end=10, text="Kyiv tabled")]),
        Position(actor=_actor("RUSGOV", "RUS", "Russia", "Moscow"), issue="territory",
                 stance="demands", date=DateInterval(earliest="2022-03-01", latest="2022-03-01"),
                 evidence=[Evidence(doc="doc1", sentence=1, start=0, end=10, text="Moscow")]),
    ]
    return events, documents, positions


def test_report_browser_renders_filters_and_opens_evidence(tmp_path: Path) -> None:
    from playwright.sync_api import Route, sync_playwright

    events, documents, positions = _sample()
    entries = merge(events, {d.id: d for d in documents})
    page_path = write_report(entries, positions, tmp_path / "report.html",
                             title="Invented negotiations, 2022", documents=documents)
    attempted: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1500})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))

        def route(r: Route) -> None:
            if r.request.url.startswith("file://"):
                r.continue_()
            else:
                attempted.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.goto(page_path.as_uri())
        page.wait_for_selector("body[data-ready='1']")
        marks = page.locator("#timeline .mark").count()
        assert marks >= len(entries)
        assert page.locator("#timeline .mark.disputed").count() >= 1
        assert page.locator("#count").inner_text() == f"{len(entries)} of {len(entries)} entries"
        assert page.locator("#network circle").count() >= 3
        assert page.locator("#positions .sq").count() == 2

        page.select_option("#f-actor", "GBR")
        assert page.locator("#count").inner_text() == f"1 of {len(entries)} entries"
        page.click("#reset")
        page.locator(".chip[data-type='talks']").click()
        talks = sum(1 for e in entries if e.type == "talks")
        left = len(entries) - talks
        assert page.locator("#count").inner_text() == f"{left} of {len(entries)} entries"
        page.click("#reset")

        page.locator(".row", has_text="disputed").first.click()
        detail = page.locator("#detail")
        assert "Sources disagree" in (detail.text_content() or "")
        assert "near Gomel for a first meeting" in detail.inner_text()
        assert detail.locator("mark", has_text="Moscow").count() >= 1
        assert detail.locator("a[href^='https://news.example/']").count() >= 1
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)
        browser.close()
    assert errors == []
    assert attempted == []
