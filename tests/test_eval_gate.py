"""Accuracy regression gate: scores on the gold sets may not fall below the pinned baseline.

The baseline is tied to a hash of the gold data: changing gold or scores means re-pinning
on purpose with `python benchmarks/accuracy.py --update-baseline`.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "tests" / "data" / "eval_baseline.json"


def _accuracy_module() -> Any:
    spec = importlib.util.spec_from_file_location("accuracy", ROOT / "benchmarks" / "accuracy.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores() -> dict:
    return _accuracy_module().current()


def test_eval_gate_baseline_matches_gold(scores: dict) -> None:
    baseline = json.loads(BASELINE.read_text())
    assert scores["gold_hash"] == baseline["gold_hash"], (
        "gold data changed: re-pin with `python benchmarks/accuracy.py --update-baseline`"
    )


def test_eval_gate_scores_do_not_regress(scores: dict) -> None:
    baseline = json.loads(BASELINE.read_text())["scores"]
    now = scores["scores"]
    drops = [
        f"{name}.{metric}: {now.get(name, {}).get(metric, 0.0):.4f} < {floor:.4f}"
        for name, metrics in baseline.items()
        for metric, floor in metrics.items()
        if now.get(name, {}).get(metric, 0.0) < floor - 1e-9
    ]
    assert not drops, "accuracy fell below the baseline: " + "; ".join(drops)
