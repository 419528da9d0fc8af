"""Web: resources, filters, pagination and the one error shape."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

with warnings.catch_warnings():
    # Starlette 1.x asks for the httpx2 fork; httpx (pinned by the web extra) works the same.
    warnings.filterwarnings("ignore", message=".*httpx2.*")
    from fastapi.testclient import TestClient

from parley.ingest import document_from_text
from parley.records import Actor, ChronologyEntry, DateInterval, Event, Extraction
from parley.store import Store
from parley.web import create_app

RUS = Actor(code="RUSGOV", country="RUS")
UKR = Actor(code="UKRGOV", country="UKR")


def _extraction(n: int, day: str) -> Extraction:
    doc = document_from_text(f"Envoys met for round {n}.", title=f"Round {n}", published=day)
    date = DateInterval(earliest=day, latest=day, granularity="day")
    event = Event(
        id=f"ev-{n}", type="talks" if n % 2 else "proposal", parties=[RUS, UKR], date=date
    )
    return Extraction(document=doc, events=[event])


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "p.duckdb"
    with Store(path) as store:
        for n in range(1, 6):
            store.add_extraction(_extraction(n, f"2022-03-0{n}"))
        store.replace_chronology(
            [ChronologyEntry(id="ch-1", type="talks", parties=[RUS, UKR], sources=2)]
        )
    return path


@pytest.fixture
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        yield c


def test_web_health_reports_counts(client: TestClient) -> None:
    body = client.get("/api/health").json()
    assert body["status"] == "ok"
    assert body["counts"]["documents"] == 5 and body["counts"]["chronology"] == 1


def test_web_documents_list_and_detail(client: TestClient, db: Path) -> None:
    page = client.get("/api/documents", params={"limit": 2, "offset": 1}).json()
    assert [d["title"] for d in page["items"]] == ["Round 2", "Round 3"]
    assert page["next"] == 3 and "text" not in page["items"][0]
    doc_id = page["items"][0]["id"]
    detail = client.get(f"/api/documents/{doc_id}").json()
    assert detail["text"] == "Envoys met for round 2."


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["ev-1", "ev-2", "ev-3", "ev-4", "ev-5"]),
        ({"type": "proposal"}, ["ev-2", "ev-4"]),
        ({"type": ["proposal", "talks"], "limit": 2}, ["ev-1", "ev-2"]),
        ({"since": "2022-03-04"}, ["ev-4", "ev-5"]),
        ({"until": "2022-03-01", "actor": "UKR"}, ["ev-1"]),
        ({"actor": "USA"}, []),
        ({"offset": 4}, ["ev-5"]),
    ],
)
def test_web_event_filters(
    client: TestClient, params: dict[str, object], expected: list[str]
) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200
    assert [e["id"] for e in response.json()["items"]] == expected


def test_web_other_resources(client: TestClient) -> None:
    assert client.get("/api/events/ev-3").json()["type"] == "talks"
    assert [e["id"] for e in client.get("/api/chronology").json()["items"]] == ["ch-1"]
    assert client.get("/api/chronology/ch-1").json()["sources"] == 2
    assert client.get("/api/chronology", params={"actor": "USA"}).json()["items"] == []
    assert client.get("/api/claims").json()["items"] == []
    assert client.get("/api/positions", params={"issue": "neutrality"}).json()["next"] is None
    actors = client.get("/api/actors").json()["items"]
    assert {a["code"]: a["events"] for a in actors} == {"RUSGOV": 5, "UKRGOV": 5}


def test_web_index_serves_timeline_html(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "<html" in response.text.lower()


@pytest.mark.parametrize(
    ("url", "status", "code"),
    [
        ("/api/events/ev-404", 404, "not_found"),
        ("/api/documents/nope", 404, "not_found"),
        ("/api/chronology/ch-404", 404, "not_found"),
        ("/api/no-such-route", 404, "not_found"),
        ("/api/events?since=last-week", 422, "invalid"),
        ("/api/events?limit=0", 422, "invalid"),
        ("/api/chronology?offset=-1", 422, "invalid"),
    ],
)
def test_web_errors_share_one_shape(client: TestClient, url: str, status: int, code: str) -> None:
    response = client.get(url)
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]


def test_web_internal_error_has_the_same_shape(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(self: Store, *args: object, **kwargs: object) -> list[object]:
        raise RuntimeError("unexpected")

    monkeypatch.setattr(Store, "claims", boom)
    response = client.get("/api/claims")
    assert response.status_code == 500
    assert response.json() == {
        "error": {"code": "internal", "message": "internal error: RuntimeError"}
    }


def test_web_missing_store_is_a_json_error(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "absent.duckdb"), raise_server_exceptions=False) as c:
        response = c.get("/api/health")
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "store_unavailable"
    assert "parley ingest" in response.json()["error"]["message"]
