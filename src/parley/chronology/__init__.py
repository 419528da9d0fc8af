"""Cross-document chronology: merge event reports into sourced, dated entries."""

from __future__ import annotations

from parley.chronology.merge import merge
from parley.chronology.metrics import cluster_scores, entry_clusters

__all__ = ["cluster_scores", "entry_clusters", "merge"]
