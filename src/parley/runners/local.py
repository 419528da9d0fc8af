"""The local runner: in-process, or a process pool when ``workers > 1``.

Each worker process builds the spaCy pipeline once (``build_pipeline`` is cached per
process) and extracts whole chunks; results come back in input order.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from parley.extract import ExtractionFailure
from parley.records import Document, Extraction
from parley.runners.chunks import DEFAULT_CHUNK, check_workers, chunked


def _warm_up() -> None:
    """Pool initializer: load the model before the first chunk arrives.

    Workers ignore Ctrl-C: the parent handles it and stops the pool, so the terminal
    shows one message instead of a traceback from every worker.
    """
    from parley.nlp import build_pipeline

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    build_pipeline()


def extract_chunk(
    chunk: list[Document], conflict: str | None
) -> list[Extraction | ExtractionFailure]:
    """Extract one chunk in the current process (the worker's unit of work)."""
    from parley.extract import extract_documents

    return list(extract_documents(chunk, conflict=conflict))


def run(
    documents: Iterable[Document],
    conflict: str | None = None,
    workers: int = 1,
    chunk_size: int = DEFAULT_CHUNK,
) -> Iterator[Extraction | ExtractionFailure]:
    """Extractions for ``documents``, in order, one per document."""
    check_workers(workers)
    return _run(chunked(documents, chunk_size), conflict, workers)


def _run(
    chunks: Iterator[list[Document]], conflict: str | None, workers: int
) -> Iterator[Extraction | ExtractionFailure]:
    if workers == 1:
        for chunk in chunks:
            yield from extract_chunk(chunk, conflict)
        return
    # spawn, not fork: forking a process that already holds spaCy's threads is unsafe.
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_warm_up)
    try:
        # Keep at most 2 chunks per worker in flight so memory stays flat on big inputs.
        pending: deque[Future[list[Extraction | ExtractionFailure]]] = deque()
        for chunk in chunks:
            pending.append(pool.submit(extract_chunk, chunk, conflict))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().result()
        for future in pending:
            yield from future.result()
    finally:
        # On Ctrl-C, a failed write or an abandoned iterator, queued chunks are dropped:
        # only the chunks already running are waited for.
        pool.shutdown(wait=True, cancel_futures=True)
