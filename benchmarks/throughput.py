"""Throughput of parley's extraction against bare spaCy on the same texts, in one run.

Repeats the example corpus to at least ``--docs`` documents, then times
``nlp.pipe`` alone (the floor: parsing) and parley's full extraction (parsing plus actors,
time, events, claims). Prints docs/s, words/s, peak RSS and the parley/spaCy ratio.

    python benchmarks/throughput.py [--docs 2000] [--batch-size 32]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from parley.extract import analyse
from parley.ingest import IngestFailure, read_documents
from parley.nlp import build_pipeline
from parley.nlp.model import load_model
from parley.records import Document

ROOT = Path(__file__).resolve().parent.parent


def corpus(n: int) -> list[Document]:
    base = [d for d in read_documents([ROOT / "examples" / "corpus"]) if isinstance(d, Document)]
    if not base:
        sys.exit("no documents in examples/corpus")
    return [base[i % len(base)] for i in range(max(n, len(base)))]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()

    docs = corpus(args.docs)
    assert not any(isinstance(d, IngestFailure) for d in docs)
    texts = [d.text for d in docs]
    words = sum(len(t.split()) for t in texts)

    bare = load_model.__wrapped__()  # a fresh, uncached copy: no parley components
    nlp = build_pipeline()  # the same model object with parley's components added
    list(nlp.pipe(texts[:8]))  # warm up: first call loads vectors and builds matchers

    start = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=args.batch_size):
        pass
    spacy_s = time.perf_counter() - start

    start = time.perf_counter()
    events = claims = 0
    for document, parsed in zip(docs, nlp.pipe(texts, batch_size=args.batch_size), strict=True):
        ex = analyse(document, parsed)
        events += len(ex.events)
        claims += len(ex.claims)
    parley_s = time.perf_counter() - start

    n = len(docs)
    print(f"documents           {n} ({words} words)")
    print(f"spaCy nlp.pipe      {n / spacy_s:8.1f} docs/s  {words / spacy_s:10.0f} words/s")
    print(f"parley extraction   {n / parley_s:8.1f} docs/s  {words / parley_s:10.0f} words/s")
    print(f"ratio parley/spaCy  {spacy_s / parley_s:8.2f} (share of spaCy's speed kept)")
    print(f"events {events}, claims {claims}")
    print(f"peak RSS            {peak_rss_mb():8.0f} MB")


if __name__ == "__main__":
    main()
