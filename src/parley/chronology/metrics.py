"""Clustering quality of the merge against gold clusters: pairwise and B-cubed scores.

Pairwise scores count pairs of reports put together; B-cubed scores average, per report,
how much of its predicted cluster is right and how much of its gold cluster was found,
so one huge wrong cluster cannot hide behind many correct singletons.
Only items present in both mappings are scored.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from typing import Any

from parley.records import ChronologyEntry


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _pairs(sizes: Iterable[int]) -> int:
    return sum(n * (n - 1) // 2 for n in sizes)


def cluster_scores(
    pred: Mapping[Any, Hashable], gold: Mapping[Any, Hashable]
) -> dict[str, float]:
    """Pairwise and B-cubed precision, recall and F1 of ``pred`` against ``gold``.

    Both map an item (e.g. an event id) to its cluster id. With no pairs to judge,
    pairwise precision/recall are 1.0 (nothing wrong was merged or missed).
    """
    items = [i for i in pred if i in gold]
    pred_sizes = Counter(pred[i] for i in items)
    gold_sizes = Counter(gold[i] for i in items)
    both = Counter((pred[i], gold[i]) for i in items)

    together_pred = _pairs(pred_sizes.values())
    together_gold = _pairs(gold_sizes.values())
    together_both = _pairs(both.values())
    pair_p = together_both / together_pred if together_pred else 1.0
    pair_r = together_both / together_gold if together_gold else 1.0

    if items:
        b3_p = sum(both[(pred[i], gold[i])] / pred_sizes[pred[i]] for i in items) / len(items)
        b3_r = sum(both[(pred[i], gold[i])] / gold_sizes[gold[i]] for i in items) / len(items)
    else:
        b3_p = b3_r = 0.0
    return {
        "pairwise_precision": pair_p,
        "pairwise_recall": pair_r,
        "pairwise_f1": _f1(pair_p, pair_r),
        "bcubed_precision": b3_p,
        "bcubed_recall": b3_r,
        "bcubed_f1": _f1(b3_p, b3_r),
        "items": float(len(items)),
    }


def entry_clusters(entries: Iterable[ChronologyEntry]) -> dict[str, str]:
    """Event id → entry id, the predicted clustering of a merged chronology."""
    return {event_id: entry.id for entry in entries for event_id in entry.events}
