"""Store: round trips, idempotent and atomic writes, migrations, filters."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from parley.errors import StoreError
from parley.ingest import document_from_text
from parley.records import (
    Actor,
    ChronologyEntry,
    Claim,
    DateInterval,
    Event,
    Evidence,
    Extraction,
    Position,
)
from parley.store import MIGRATIONS, Store, default_db_path

RUS = Actor(code="RUSGOV", country="RUS", name="Moscow", kind="state")
UKR = Actor(code="UKRGOV", country="UKR", kind="state")
TUR = Actor(code="TURGOV", country="TUR", kind="state")
USA = Actor(code="USAGOV", country="USA", kind="state")


def _day(value: str | None) -> DateInterval:
    return DateInterval(earliest=value, latest=value, granularity="day" if value else "unknown")


def make_extraction(n: int, day: str | None = "2022-03-29", kind: str = "talks") -> Extraction:
    """A small extraction whose document text (and so id) depends on ``n``."""
    doc = document_from_text(
        f"Delegations met in round {n}. Officials said more talks would follow.",
        title=f"Round {n}",
        published="2022-03-30",
        path=f"doc-{n}.txt",
    )
    evidence = [Evidence(doc=doc.id, sentence=0, start=0, end=16, text="Delegations met ")]
    event = Event(
        id=f"ev-{n}-0", type=kind, parties=[RUS, UKR], mediators=[TUR], date=_day(day),
        modality="reported", source=USA, evidence=evidence,
    )  # fmt: skip
    claim = Claim(
        id=f"cl-{n}-0", speaker=USA, cue="said", content="more talks would follow",
        targets=[RUS], evidence=evidence,
    )  # fmt: skip
    position = Position(
        actor=UKR, issue="neutrality", stance="willing_to_forgo", date=_day(day), evidence=evidence
    )
    return Extraction(document=doc, events=[event], claims=[claim], positions=[position])


def test_store_round_trips_records(tmp_path: Path) -> None:
    extraction = make_extraction(1)
    with Store(tmp_path / "p.duckdb") as store:
        assert store.add_extraction(extraction) is True
        assert store.has_document(extraction.document.id)
        assert store.documents() == [extraction.document]
        assert store.document(extraction.document.id) == extraction.document
        assert store.events() == extraction.events
        assert store.event("ev-1-0") == extraction.events[0]
        assert store.claims() == extraction.claims
        assert store.positions() == extraction.positions
        assert store.stats() == {
            "documents": 1, "events": 1, "claims": 1, "positions": 1, "evidence": 3,
            "chronology": 0, "actors": 3,
        }  # fmt: skip
        assert store.document("nope") is None and store.event("nope") is None


def test_store_adding_same_extraction_twice_stores_once(tmp_path: Path) -> None:
    with Store(tmp_path / "p.duckdb") as store:
        assert store.add_extraction(make_extraction(1))
        assert store.add_extraction(make_extraction(1)) is False
        assert store.stats()["documents"] == 1
        assert store.stats()["events"] == 1


def test_store_failed_write_keeps_earlier_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.duckdb"
    with Store(path) as store:
        store.add_extraction(make_extraction(1))
    from parley.store import rows

    real = rows.extraction_rows

    def half_broken(extraction: Extraction, seq: int) -> dict[str, list[tuple[object, ...]]]:
        tables = real(extraction, seq)
        tables["positions"].append(("too", "few", "columns"))  # fails after other inserts
        return tables

    monkeypatch.setattr("parley.store.store.extraction_rows", half_broken)
    second = make_extraction(2)
    with Store(path) as store, pytest.raises(StoreError, match="could not store document"):
        store.add_extraction(second)
    monkeypatch.undo()
    with Store(path, read_only=True) as store:
        assert [d.title for d in store.documents()] == ["Round 1"]
        assert not store.has_document(second.document.id)
        assert [e.id for e in store.events()] == ["ev-1-0"]
        assert store.stats()["evidence"] == 3


def test_store_migrations_recorded_once(tmp_path: Path) -> None:
    path = tmp_path / "p.duckdb"
    Store(path).close()
    Store(path).close()
    with Store(path, read_only=True):
        pass
    con = duckdb.connect(str(path), read_only=True)
    names = [r[0] for r in con.execute("SELECT name FROM migrations").fetchall()]
    con.close()
    assert names == [name for name, _ in MIGRATIONS]


def test_store_read_only_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "p.duckdb"
    Store(path).close()
    with Store(path, read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        store.add_extraction(make_extraction(1))


@pytest.mark.parametrize(
    ("make", "read_only", "needle"),
    [
        (lambda p: p, False, "directory"),
        (lambda p: p / "missing" / "p.duckdb", False, "does not exist"),
        (lambda p: p / "absent.duckdb", True, "no store"),
        (lambda p: p / "text.duckdb", False, "not a parley store"),
    ],
)
def test_store_bad_paths_raise_store_error(
    tmp_path: Path,
    make: Callable[[Path], Path],
    read_only: bool,
    needle: str,
) -> None:
    (tmp_path / "text.duckdb").write_text("hello, not a database", encoding="utf-8")
    with pytest.raises(StoreError, match=needle) as info:
        Store(make(tmp_path), read_only=read_only)
    assert "\n" not in str(info.value)


def test_store_default_path_honours_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PARLEY_DB", raising=False)
    assert default_db_path() == Path("parley.duckdb")
    monkeypatch.setenv("PARLEY_DB", "/tmp/elsewhere.duckdb")
    assert default_db_path() == Path("/tmp/elsewhere.duckdb")


def test_store_many_documents_in_ingest_order(tmp_path: Path) -> None:
    with Store(tmp_path / "p.duckdb") as store:
        for n in range(30):
            store.add_extraction(make_extraction(n))
        assert [d.title for d in store.documents()] == [f"Round {n}" for n in range(30)]
        assert [d.title for d in store.documents(limit=2, offset=5)] == ["Round 5", "Round 6"]
        assert len(store.events(limit=7)) == 7


def test_store_replace_chronology_swaps_entries(tmp_path: Path) -> None:
    first = [ChronologyEntry(id="ch-a", type="talks", parties=[RUS], events=["ev-1-0"])]
    second = [ChronologyEntry(id="ch-b", type="agreement", parties=[UKR])]
    with Store(tmp_path / "p.duckdb") as store:
        store.replace_chronology(first)
        assert store.chronology() == first
        store.replace_chronology(second)
        assert store.chronology() == second
        assert store.chronology_entry("ch-a") is None
        assert store.stats()["chronology"] == 1


# --------------------------------------------------------------------------- filters

SDN = Actor(code="SDNRSF", country="SDN", kind="group")


def _entry(
    id: str, earliest: str | None, latest: str | None = None, **kw: Any
) -> ChronologyEntry:
    date = DateInterval(earliest=earliest, latest=latest or earliest)
    return ChronologyEntry(id=id, type=str(kw.pop("type", "talks")), date=date, **kw)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "p.duckdb") as s:
        s.add_extraction(make_extraction(1, day="2022-03-29", kind="talks"))
        s.add_extraction(make_extraction(2, day="2022-04-10", kind="agreement"))
        s.add_extraction(make_extraction(3, day=None, kind="proposal"))
        s.replace_chronology(
            [
                _entry("ch-undated", None, parties=[RUS]),
                _entry("ch-may", "2022-05-01", "2022-05-31", parties=[UKR], type="agreement"),
                _entry("ch-march", "2022-03-29", parties=[RUS, UKR], mediators=[TUR]),
                _entry("ch-sudan", "2023-05-06", agent=SDN, type="proposal"),
            ]
        )
        yield s


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({}, ["ev-1-0", "ev-2-0", "ev-3-0"]),
        ({"types": ["talks", "proposal"]}, ["ev-1-0", "ev-3-0"]),
        ({"actor": "TURGOV"}, ["ev-1-0", "ev-2-0", "ev-3-0"]),
        ({"actor": "tur"}, ["ev-1-0", "ev-2-0", "ev-3-0"]),
        ({"actor": "USAGOV"}, []),  # the source reports events; it is not involved in them
        ({"since": "2022-04-01"}, ["ev-2-0"]),
        ({"until": "2022-04-01"}, ["ev-1-0"]),
        ({"since": "2022-03-29", "until": "2022-03-29"}, ["ev-1-0"]),
    ],
)
def test_store_event_filters(store: Store, kwargs: dict[str, Any], expected: list[str]) -> None:
    assert [e.id for e in store.events(**kwargs)] == expected


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({}, ["ch-march", "ch-may", "ch-sudan", "ch-undated"]),
        ({"actor": "UKR"}, ["ch-march", "ch-may"]),
        ({"actor": "SDN"}, ["ch-sudan"]),
        ({"actor": "TURGOV"}, ["ch-march"]),
        ({"types": ["agreement"]}, ["ch-may"]),
        ({"since": "2022-05-15"}, ["ch-may", "ch-sudan"]),
        ({"until": "2022-05-15"}, ["ch-march", "ch-may"]),
        ({"since": "2022-06-01", "until": "2022-12-31"}, []),
    ],
)
def test_store_chronology_filters_and_order(
    store: Store, kwargs: dict[str, Any], expected: list[str]
) -> None:
    assert [e.id for e in store.chronology(**kwargs)] == expected


def test_store_claim_and_position_filters(store: Store) -> None:
    assert len(store.claims()) == 3
    assert len(store.claims(actor="USA")) == 3  # speaker
    assert len(store.claims(actor="RUSGOV")) == 3  # target
    assert store.claims(actor="UKR") == []
    assert len(store.positions(actor="UKR", issue="neutrality")) == 3
    assert store.positions(issue="territory") == []
    dates = [p.date.earliest for p in store.positions()]
    assert dates == ["2022-03-29", "2022-04-10", None]


def test_store_actor_counts(store: Store) -> None:
    counts = {a["code"]: a for a in store.actors()}
    assert set(counts) == {"RUSGOV", "UKRGOV", "TURGOV"}
    assert counts["TURGOV"] == {"code": "TURGOV", "country": "TUR", "events": 3, "documents": 3}
