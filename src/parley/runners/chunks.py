"""Splitting a document stream into chunks: the unit of work sent to a worker.

A chunk is parsed with ``nlp.pipe`` in one go (batched parsing is several times faster
than document by document) and is small enough to keep memory flat.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

from parley.errors import ParleyError

T = TypeVar("T")

DEFAULT_CHUNK = 32


def chunked(items: Iterable[T], size: int = DEFAULT_CHUNK) -> Iterator[list[T]]:
    """Consecutive lists of at most ``size`` items, in order."""
    if size < 1:
        raise ParleyError(f"chunk size must be at least 1, got {size}")
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def check_workers(workers: int) -> int:
    if workers < 1:
        raise ParleyError(f"workers must be at least 1, got {workers}")
    return workers
