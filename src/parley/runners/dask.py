"""The dask runner: the same signature as the local one, over a ``dask.bag``.

dask is an optional extra and is imported only when this runner is used. Each
partition is one chunk; a worker builds the spaCy pipeline once per process.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from parley.errors import ParleyError
from parley.extract import ExtractionFailure
from parley.records import Document, Extraction
from parley.runners.chunks import DEFAULT_CHUNK, check_workers
from parley.runners.local import extract_chunk


def _bag() -> Any:
    try:
        import dask.bag
    except ImportError as exc:
        raise ParleyError(
            "the dask runner needs the dask extra: pip install 'parley[dask]' "
            "(or use --runner local)"
        ) from exc
    return dask.bag


def _partition(
    documents: Iterable[Document], conflict: str | None
) -> list[Extraction | ExtractionFailure]:
    return extract_chunk(list(documents), conflict)


def run(
    documents: Iterable[Document],
    conflict: str | None = None,
    workers: int = 1,
    chunk_size: int = DEFAULT_CHUNK,
) -> Iterator[Extraction | ExtractionFailure]:
    """Extractions for ``documents``, in order; processes scheduler when ``workers > 1``."""
    check_workers(workers)
    bag_module = _bag()
    docs = list(documents)
    if not docs:
        return iter(())
    partitions = max(1, -(-len(docs) // chunk_size))
    bag = bag_module.from_sequence(docs, npartitions=partitions)
    bag = bag.map_partitions(_partition, conflict)
    if workers == 1:
        results = bag.compute(scheduler="synchronous")
    else:
        results = bag.compute(scheduler="processes", num_workers=workers)
    return iter(results)
