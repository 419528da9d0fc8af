"""Code-linking precision and recall of actor recognition on the hand-annotated gold set."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from parley.actors import recognise
from parley.nlp.context import DocContext
from parley.records import Actor, Document

GOLD = Path(__file__).parent.parent / "gold" / "actors"


def read_gold_text(path: Path) -> tuple[str, date]:
    """Body text the way ingest normalises it: title and header lines dropped."""
    lines = path.read_text(encoding="utf-8").split("\n")
    published = date.fromisoformat(lines[1].removeprefix("Date:").strip())
    paragraphs = re.split(r"\n\s*\n", "\n".join(lines[2:]).strip())
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip()), published


def gold_spans(text: str, actors: list[dict]) -> list[tuple[int, int, str]]:
    spans = []
    for item in actors:
        pos = -1
        for _ in range(item["occurrence"]):
            pos = text.find(item["text"], pos + 1)
            assert pos >= 0, item
        spans.append((pos, pos + len(item["text"]), item["code"]))
    return spans


def predicted_span(actor: Actor) -> tuple[int, int, str, str | None]:
    """(start, end, code, text) of a recognised mention; recognise always sets offsets."""
    assert actor.start is not None and actor.end is not None
    return actor.start, actor.end, actor.code, actor.text


def score(nlp) -> tuple[int, int, int, int, list[str]]:
    """(correct predictions, predictions, found gold, gold, error lines)."""
    correct = predicted = found = total = 0
    errors: list[str] = []
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text, published = read_gold_text(path.parent / gold["document"])
        ctx = DocContext(Document(id=path.stem, text=text), nlp(text), when=published)
        spans = gold_spans(text, gold["actors"])
        preds = [predicted_span(m.actor) for m in recognise(ctx)]
        for ps, pe, pc, ptext in preds:
            hit = any(s < pe and ps < e and c == pc for s, e, c in spans)
            correct += hit
            if not hit:
                errors.append(f"{path.stem}: spurious {ptext!r} {pc}")
        predicted += len(preds)
        for s, e, c in spans:
            ok = any(s < pe and ps < e and c == pc for ps, pe, pc, _ in preds)
            found += ok
            if not ok:
                errors.append(f"{path.stem}: missed {text[s:e]!r} {c}")
        total += len(spans)
    return correct, predicted, found, total, errors


def test_actors_gold_set_is_large_enough() -> None:
    total = sum(len(json.loads(p.read_text())["actors"]) for p in GOLD.glob("*.json"))
    assert total >= 200


@pytest.mark.parametrize("floor", [0.95])
def test_actors_gold_precision_and_recall(nlp, floor: float) -> None:
    correct, predicted, found, total, errors = score(nlp)
    precision, recall = correct / predicted, found / total
    assert precision >= floor and recall >= floor, (precision, recall, errors)
