"""Scoring rules of ``parley eval``, on a tiny gold set with hand-written predictions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parley.errors import EvalError
from parley.evaluate import PRF, date_correct, evaluate, load_gold
from parley.ingest import read_documents
from parley.records import (
    Actor,
    Claim,
    DateInterval,
    Document,
    Event,
    Evidence,
    Extraction,
    Position,
)

TEXT = """Talks in Doha
Date: 2024-01-10

Negotiators from Israel and Hamas held indirect talks in Doha on 8 January, with Qatar mediating.

A Hamas official said the group would not accept a deal without a permanent ceasefire.
"""


@pytest.mark.parametrize(
    ("pred", "gold", "ok"),
    [
        (("2022-03-29", "2022-03-29"), ("2022-03-29", "2022-03-29"), True),
        (("2022-03-31", "2022-04-01"), ("2022-03-29", "2022-03-29"), True),  # within 3 days
        (("2022-04-02", "2022-04-02"), ("2022-03-29", "2022-03-29"), False),  # 4 days off
        (("2022-03-01", "2022-03-31"), ("2022-03-29", "2022-03-29"), False),  # too wide
        (("2022-03-01", "2022-03-31"), ("2022-03-01", "2022-03-31"), True),
        ((None, None), ("2022-03-01", "2022-03-31"), False),  # undated prediction
    ],
)
def test_evaluate_date_rule(pred: tuple, gold: tuple, ok: bool) -> None:
    p = {"earliest": pred[0], "latest": pred[1]}
    g = {"earliest": gold[0], "latest": gold[1]}
    assert date_correct(p, g) is ok


def test_evaluate_prf_arithmetic() -> None:
    s = PRF(tp=3, pred=4, gold=6)
    assert s.precision == 0.75 and s.recall == 0.5 and s.f1 == pytest.approx(0.6)
    assert PRF().f1 == 0.0


def _gold_set(tmp_path: Path) -> tuple[Path, Document]:
    gold = tmp_path / "gold"
    (gold / "docs").mkdir(parents=True)
    (gold / "docs" / "doha.txt").write_text(TEXT, encoding="utf-8")
    ann = {
        "document": "docs/doha.txt",
        "events": [
            {"type": "talks", "actors": ["ISR", "PSEHAM"], "mediators": ["QAT"],
             "date": {"earliest": "2024-01-08", "latest": "2024-01-08"}, "modality": "asserted",
             "evidence": "held indirect talks in Doha on 8 January", "cluster": "doha-1"},
            {"type": "rejection", "actors": ["PSEHAM"], "agent": "PSEHAM",
             "date": None, "modality": "reported", "source": "PSEHAM",
             "evidence": "would not accept a deal without a permanent ceasefire"},
        ],
        "claims": [{"speaker": "PSEHAM", "cue": "said",
                    "evidence": "A Hamas official said the group would not accept"}],
        "positions": [{"actor": "PSEHAM", "issue": "ceasefire", "stance": "demands",
                       "evidence": "without a permanent ceasefire"}],
    }
    (gold / "doha.json").write_text(json.dumps(ann), encoding="utf-8")
    doc = next(d for d in read_documents([gold / "docs" / "doha.txt"]) if isinstance(d, Document))
    return gold, doc


def _evidence(doc: Document, snippet: str) -> Evidence:
    start = doc.text.index(snippet)
    return Evidence(doc=doc.id, sentence=0, start=start, end=start + len(snippet), text=snippet)


def test_evaluate_scores_events_claims_positions(tmp_path: Path) -> None:
    gold, doc = _gold_set(tmp_path)
    isr = Actor(code="ISRGOV", country="ISR")
    ham = Actor(code="PSEHAM", country="PSE")
    qat = Actor(code="QATGOV", country="QAT")
    talks = Event(
        id="ev-1", type="talks", parties=[isr, ham], mediators=[qat],
        date=DateInterval(earliest="2024-01-08", latest="2024-01-08", granularity="day"),
        evidence=[_evidence(doc, "Negotiators from Israel and Hamas held indirect talks")],
    )
    wrong = Event(
        id="ev-2", type="ceasefire", parties=[isr, ham], modality="hypothetical",
        evidence=[_evidence(doc, "permanent ceasefire")],
    )
    sentence = (
        "A Hamas official said the group would not accept a deal without a permanent ceasefire."
    )
    claim = Claim(id="cl-1", speaker=ham, cue="said", content="x",
                  evidence=[_evidence(doc, sentence)])
    position = Position(actor=ham, issue="ceasefire", stance="demands",
                        evidence=[_evidence(doc, sentence)])
    pred = tmp_path / "pred"
    pred.mkdir()
    ex = Extraction(document=doc, events=[talks, wrong], claims=[claim], positions=[position])
    (pred / "doha.json").write_text(ex.model_dump_json(), encoding="utf-8")

    report = evaluate(gold, pred)
    d = report.as_dict(verbose=True)
    # Hamas's group is its country (PSE) for both gold and prediction.
    assert d["events"]["tp"] == 1 and d["events"]["pred"] == 2 and d["events"]["gold"] == 2
    assert d["per_type"]["talks"]["f1"] == 1.0
    assert d["per_type"]["rejection"]["recall"] == 0.0
    assert d["modality_accuracy"] == 1.0 and d["date_accuracy"] == 1.0
    assert d["claims"]["f1"] == 1.0
    assert d["positions"]["tp"] == 1
    assert [m["type"] for m in d["misses"]] == ["rejection"]
    assert [s["type"] for s in d["spurious"]] == ["ceasefire"]
    assert d["wrong_dates"] == [] and d["position_misses"] == []
    assert d["position_spurious"] == []


def test_evaluate_lists_wrong_dates_and_position_errors(tmp_path: Path) -> None:
    gold, doc = _gold_set(tmp_path)
    isr, ham = Actor(code="ISRGOV", country="ISR"), Actor(code="PSEHAM", country="PSE")
    talks = Event(
        id="ev-1", type="talks", parties=[isr, ham],
        date=DateInterval(earliest="2024-02-08", latest="2024-02-08", granularity="day"),
        evidence=[_evidence(doc, "Negotiators from Israel and Hamas held indirect talks")],
    )
    sentence = "A Hamas official said the group would not accept"
    position = Position(actor=ham, issue="ceasefire", stance="rejects",
                        evidence=[_evidence(doc, sentence)])
    pred = tmp_path / "pred"
    pred.mkdir()
    ex = Extraction(document=doc, events=[talks], claims=[], positions=[position])
    (pred / "doha.json").write_text(ex.model_dump_json(), encoding="utf-8")
    d = evaluate(gold, pred).as_dict(verbose=True)
    assert [(w["pred"]["earliest"], w["same_sentence"]) for w in d["wrong_dates"]] == [
        ("2024-02-08", True)]
    assert [(m["issue"], m["stance"]) for m in d["position_misses"]] == [("ceasefire", "demands")]
    assert [(s["issue"], s["stance"]) for s in d["position_spurious"]] == [("ceasefire", "rejects")]


def test_evaluate_rejects_evidence_not_in_text(tmp_path: Path) -> None:
    gold, _ = _gold_set(tmp_path)
    ann = json.loads((gold / "doha.json").read_text())
    ann["events"][0]["evidence"] = "a sentence that is not in the document"
    (gold / "doha.json").write_text(json.dumps(ann))
    with pytest.raises(EvalError, match="evidence not found"):
        load_gold(gold)


def test_evaluate_missing_prediction_is_an_error(tmp_path: Path) -> None:
    gold, _ = _gold_set(tmp_path)
    (tmp_path / "pred").mkdir()
    with pytest.raises(EvalError, match="no prediction"):
        evaluate(gold, tmp_path / "pred")
