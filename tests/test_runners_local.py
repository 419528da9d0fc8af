"""Runners: local (in-process and pool) and dask give one extraction per document, in order."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from parley.errors import ParleyError
from parley.ingest import document_from_text
from parley.records import Document, Extraction
from parley.runners import chunked
from parley.runners import local as local_runner

TEXTS = [
    "Envoys met in Doha on Monday.",
    "The ceasefire collapsed after two days.",
    "Mediators proposed a new round of talks.",
    "Both sides agreed to exchange prisoners.",
    "The talks were postponed until further notice.",
]


@pytest.fixture
def fake_extract(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Replace the NLP in this process with a stub; returns the sizes of the batches seen."""
    batches: list[int] = []

    def extract_documents(
        docs: list[Document], conflict: str | None = None
    ) -> Iterator[Extraction]:
        batches.append(len(docs))
        return iter([Extraction(document=d) for d in docs])

    monkeypatch.setattr("parley.extract.extract_documents", extract_documents)
    return batches


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    return [document_from_text(t, title=f"doc {i}", path=f"d{i}.txt") for i, t in enumerate(TEXTS)]


@pytest.mark.parametrize(("size", "expected"), [(2, [2, 2, 1]), (5, [5]), (9, [5])])
def test_runners_chunked_keeps_order(size: int, expected: list[int]) -> None:
    chunks = list(chunked(range(5), size))
    assert [len(c) for c in chunks] == expected
    assert [x for c in chunks for x in c] == list(range(5))


@pytest.mark.parametrize("chunk_size", [1, 2, 32])
def test_runners_local_in_process_preserves_order(
    documents: list[Document], fake_extract: list[int], chunk_size: int
) -> None:
    out = list(local_runner.run(iter(documents), workers=1, chunk_size=chunk_size))
    assert [e.document.id for e in out] == [d.id for d in documents]
    assert fake_extract == [len(c) for c in chunked(documents, chunk_size)]


def test_runners_local_in_process_real_pipeline(documents: list[Document]) -> None:
    out = list(local_runner.run(documents[:2], workers=1))
    assert [e.document for e in out] == documents[:2]


def test_runners_local_pool_preserves_order(documents: list[Document]) -> None:
    out = list(local_runner.run(documents, workers=2, chunk_size=2))
    assert [e.document for e in out] == documents


def test_runners_dask_preserves_order(documents: list[Document], fake_extract: list[int]) -> None:
    from parley.runners import dask as dask_runner

    out = list(dask_runner.run(documents, workers=1, chunk_size=2))
    assert [e.document.id for e in out] == [d.id for d in documents]
    assert sum(fake_extract) == 5 and max(fake_extract) <= 2
    assert list(dask_runner.run([], workers=1)) == []


def test_runners_dask_missing_extra_is_a_parley_error(
    documents: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from parley.runners import dask as dask_runner

    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(ParleyError, match="dask extra"):
        dask_runner.run(documents)


@pytest.mark.parametrize("workers", [0, -1])
def test_runners_reject_bad_worker_counts(documents: list[Document], workers: int) -> None:
    with pytest.raises(ParleyError, match="workers"):
        local_runner.run(documents, workers=workers)
