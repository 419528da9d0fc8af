"""Accuracy on the gold sets, and the pinned baseline the tests gate on.

    python benchmarks/accuracy.py                    # print scores for gold/dev and gold/heldout
    python benchmarks/accuracy.py --update-baseline  # re-pin tests/data/eval_baseline.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from parley.evaluate import evaluate, gold_hash

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "tests" / "data" / "eval_baseline.json"
SETS = ("dev", "heldout", "corpus")


def headline(report: dict[str, Any]) -> dict[str, float]:
    """The figures the gate pins (only those the gold set annotates): never lowered silently."""
    out: dict[str, float] = {}
    if report["events"]["gold"]:
        out["event_f1"] = report["events"]["f1"]
        out["modality_accuracy"] = report["modality_accuracy"]
        out["date_accuracy"] = report["date_accuracy"]
    if report["claims"]["gold"]:
        out["claim_f1"] = report["claims"]["f1"]
    if report["positions"]["gold"]:
        out["position_recall"] = report["positions"]["recall"]
    if report["actors"]["gold"]:
        out["actor_precision"] = report["actors"]["precision"]
        out["actor_recall"] = report["actors"]["recall"]
    for key in ("pairwise_f1", "bcubed_f1"):
        if key in report["merge"]:
            out[f"merge_{key}"] = report["merge"][key]
    return out


def current() -> dict[str, Any]:
    scores: dict[str, Any] = {}
    dirs = []
    for name in (*SETS, "actors"):
        d = ROOT / "gold" / name
        if d.is_dir() and any(d.glob("*.json")):
            dirs.append(d)
            scores[name] = headline(evaluate(d).as_dict())
    return {"gold_hash": gold_hash(dirs), "scores": scores}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update-baseline", action="store_true")
    args = parser.parse_args()
    result = current()
    print(json.dumps(result, indent=2))
    if args.update_baseline:
        BASELINE.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(f"baseline written to {BASELINE}")


if __name__ == "__main__":
    main()
