"""Pairwise and B-cubed clustering scores on small hand-computed cases."""

from __future__ import annotations

import pytest

from parley.chronology import cluster_scores, entry_clusters
from parley.records import ChronologyEntry


def test_chronology_metrics_perfect_clustering() -> None:
    gold = {"a": 1, "b": 1, "c": 2}
    scores = cluster_scores({"a": "x", "b": "x", "c": "y"}, gold)
    assert scores["pairwise_f1"] == 1.0
    assert scores["bcubed_f1"] == 1.0


def test_chronology_metrics_over_merged() -> None:
    gold = {"a": 1, "b": 1, "c": 2, "d": 2}
    scores = cluster_scores({k: 0 for k in gold}, gold)
    # 6 predicted pairs, 2 correct; each item's cluster of 4 holds 2 right ones.
    assert scores["pairwise_precision"] == pytest.approx(2 / 6)
    assert scores["pairwise_recall"] == 1.0
    assert scores["bcubed_precision"] == pytest.approx(0.5)
    assert scores["bcubed_recall"] == 1.0


@pytest.mark.parametrize(
    ("pred", "b3_recall"),
    [
        ({"a": 1, "b": 2, "c": 3}, 1 / 3),
        ({"a": 1, "b": 1, "c": 2}, (2 / 3 + 2 / 3 + 1 / 3) / 3),
    ],
)
def test_chronology_metrics_under_merged(pred: dict[str, int], b3_recall: float) -> None:
    scores = cluster_scores(pred, {"a": 0, "b": 0, "c": 0})
    assert scores["bcubed_precision"] == 1.0
    assert scores["bcubed_recall"] == pytest.approx(b3_recall)


def test_chronology_metrics_ignores_items_missing_from_gold() -> None:
    scores = cluster_scores({"a": 1, "b": 1, "z": 1}, {"a": 0, "b": 0})
    assert scores["items"] == 2.0
    assert scores["pairwise_precision"] == 1.0


def test_chronology_metrics_entry_clusters_maps_events() -> None:
    entries = [ChronologyEntry(id="ch-1", type="talks", events=["e1", "e2"]),
               ChronologyEntry(id="ch-2", type="talks", events=["e3"])]
    assert entry_clusters(entries) == {"e1": "ch-1", "e2": "ch-1", "e3": "ch-2"}
