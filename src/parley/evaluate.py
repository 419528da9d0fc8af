"""Score parley's output against gold annotations (format: docs/gold-format.md).

Never prints or exits: returns an ``EvalReport`` that the CLI renders and the accuracy
gate in the tests compares with the pinned baseline.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from parley.errors import EvalError, ParleyError
from parley.records import Actor, Document, Event, Extraction

DATE_SLACK_DAYS = 3
JACCARD_MIN = 0.5


# --------------------------------------------------------------------------- gold


@dataclass
class GoldItem:
    """One gold event, claim, position or actor mention, located in the text."""

    kind: str
    data: dict[str, Any]
    start: int  # character offset of the evidence in the document text
    end: int


@dataclass
class GoldDoc:
    name: str
    path: Path
    document: Document
    conflict: str | None
    events: list[GoldItem]
    claims: list[GoldItem]
    positions: list[GoldItem]
    actors: list[GoldItem]
    actors_exhaustive: bool


def _group(code: str | None) -> str | None:
    if not code:
        return None
    if code == "AUTHOR":
        return code
    from parley.actors import group_of

    return group_of(code)


def _actor_group(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return "AUTHOR" if actor.code == "AUTHOR" else (actor.country or actor.code)


def _locate(text: str, snippet: str, where: str) -> tuple[int, int]:
    pos = text.find(snippet)
    if pos < 0:
        # Ingest collapses whitespace; gold written by hand may not have.
        squeezed = " ".join(snippet.split())
        pos = text.find(squeezed)
        snippet = squeezed
    if pos < 0:
        raise EvalError(f"{where}: evidence not found in the document text: {snippet[:60]!r}")
    return pos, pos + len(snippet)


def _nth(text: str, needle: str, occurrence: int, where: str) -> tuple[int, int]:
    pos = -1
    for _ in range(max(occurrence, 1)):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            raise EvalError(f"{where}: occurrence {occurrence} of {needle!r} not found")
    return pos, pos + len(needle)


def _occurrence(item: dict[str, Any], where: str) -> int:
    value = item.get("occurrence", 1)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise EvalError(f"{where}: 'occurrence' must be a whole number from 1, got {value!r}")
    return value


def _read_document(path: Path, published: str | None) -> Document:
    from parley.ingest import IngestFailure, read_documents

    items = list(read_documents([path]))
    docs = [d for d in items if isinstance(d, Document)]
    if not docs:
        reason = next((f.reason for f in items if isinstance(f, IngestFailure)), "unreadable")
        raise EvalError(f"{path}: gold document unreadable: {reason}")
    doc = docs[0]
    if published and not doc.published:
        doc = doc.model_copy(update={"published": published})
    return doc


def load_gold(gold_dir: str | Path) -> list[GoldDoc]:
    """Every ``*.json`` gold file directly in ``gold_dir``, validated and located."""
    root = Path(gold_dir)
    if not root.is_dir():
        raise EvalError(f"gold directory not found: {root}")
    files = sorted(root.glob("*.json"))
    if not files:
        raise EvalError(f"no gold *.json files in {root}")
    return [_load_one(f) for f in files]


def _load_one(path: Path) -> GoldDoc:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvalError(f"{path}: not valid JSON: {exc}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("document"), str):
        raise EvalError(f"{path}: a gold file needs a 'document' field (the document's path)")
    doc_path = (path.parent / raw["document"]).resolve()
    if not doc_path.is_file():
        raise EvalError(f"{path}: its document {doc_path} is not a file")
    document = _read_document(doc_path, raw.get("published"))
    text = document.text

    def items(kind: str) -> list[GoldItem]:
        listed = raw.get(kind) or []
        if not isinstance(listed, list):
            raise EvalError(f"{path.name} {kind}: must be a list of objects")
        out = []
        for i, item in enumerate(listed):
            where = f"{path.name} {kind}[{i}]"
            key = "text" if kind == "actors" else "evidence"
            if not isinstance(item, dict) or not isinstance(item.get(key), str):
                raise EvalError(f"{where}: must be an object whose {key!r} is a string")
            if kind == "actors":
                start, end = _nth(text, item["text"], _occurrence(item, where), where)
            else:
                start, end = _locate(text, item["evidence"], where)
            out.append(GoldItem(kind, item, start, end))
        return out

    return GoldDoc(
        name=path.stem,
        path=path,
        document=document,
        conflict=raw.get("conflict"),
        events=items("events"),
        claims=items("claims"),
        positions=items("positions"),
        actors=items("actors"),
        actors_exhaustive=bool(raw.get("actors_exhaustive")),
    )


def gold_hash(gold_dirs: Iterable[str | Path]) -> str:
    """Hash of the gold files and their texts: the baseline is tied to this exact data."""
    digest = hashlib.sha256()
    for d in gold_dirs:
        for doc in load_gold(d):
            digest.update(doc.path.read_bytes())
            digest.update(doc.document.text.encode())
    return digest.hexdigest()[:16]


# --------------------------------------------------------------------------- scores


@dataclass
class PRF:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "pred": self.pred,
            "gold": self.gold,
        }


@dataclass
class EvalReport:
    documents: int = 0
    events: PRF = field(default_factory=PRF)
    per_type: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    modality_correct: int = 0
    modality_total: int = 0
    date_correct: int = 0
    date_total: int = 0
    claims: PRF = field(default_factory=PRF)
    positions: PRF = field(default_factory=PRF)
    actors: PRF = field(default_factory=PRF)
    merge: dict[str, float] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)
    wrong_dates: list[dict[str, Any]] = field(default_factory=list)
    position_misses: list[dict[str, Any]] = field(default_factory=list)
    position_spurious: list[dict[str, Any]] = field(default_factory=list)
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)

    @property
    def modality_accuracy(self) -> float:
        return self.modality_correct / self.modality_total if self.modality_total else 0.0

    @property
    def date_accuracy(self) -> float:
        return self.date_correct / self.date_total if self.date_total else 0.0

    def as_dict(self, verbose: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "documents": self.documents,
            "events": self.events.as_dict(),
            "per_type": {t: v.as_dict() for t, v in sorted(self.per_type.items())},
            "modality_accuracy": round(self.modality_accuracy, 4),
            "modality_scored": self.modality_total,
            "date_accuracy": round(self.date_accuracy, 4),
            "date_scored": self.date_total,
            "claims": self.claims.as_dict(),
            "positions": self.positions.as_dict(),
            "actors": self.actors.as_dict(),
            "merge": {k: round(v, 4) for k, v in self.merge.items()},
        }
        if verbose:
            out["misses"] = self.misses
            out["spurious"] = self.spurious
            out["wrong_dates"] = self.wrong_dates
            out["position_misses"] = self.position_misses
            out["position_spurious"] = self.position_spurious
            out["modality_confusions"] = [
                {"gold": g, "pred": p, "count": n} for (g, p), n in self.confusions.most_common()
            ]
        return out


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _event_groups(event: Event) -> set[str]:
    actors = [*event.parties, *event.mediators]
    if event.agent:
        actors.append(event.agent)
    return {g for g in (_actor_group(a) for a in actors) if g}


def _gold_groups(item: GoldItem) -> set[str]:
    d = item.data
    codes = [*(d.get("actors") or []), *(d.get("mediators") or [])]
    if d.get("agent"):
        codes.append(d["agent"])
    return {g for g in (_group(c) for c in codes) if g}


def _jaccard(a: set[str], b: set[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def date_correct(pred: dict[str, Any] | None, gold: dict[str, Any]) -> bool:
    """Intervals intersect within 3 days and the prediction is at most twice as wide."""
    if not pred:
        return False
    pe, pl = _day(pred.get("earliest")), _day(pred.get("latest"))
    ge, gl = _day(gold.get("earliest")), _day(gold.get("latest"))
    if not (pe and pl and ge and gl):
        return False
    if (pe - gl).days > DATE_SLACK_DAYS or (ge - pl).days > DATE_SLACK_DAYS:
        return False
    return (pl - pe).days + 1 <= 2 * ((gl - ge).days + 1)


def _spans(evidence: list[Any]) -> list[tuple[int, int]]:
    return [(e.start, e.end) for e in evidence]


def _same_sentence(spans: list[tuple[int, int]], item: GoldItem) -> bool:
    return any(_overlaps(s, e, item.start, item.end) for s, e in spans)


def _match_events(
    gold: list[GoldItem], pred: list[Event]
) -> list[tuple[GoldItem, Event]]:
    """Greedy one-to-one matching: type equal, Jaccard ≥ 0.5; same sentence preferred."""
    candidates = []
    for gi, g in enumerate(gold):
        g_groups = _gold_groups(g)
        for pi, p in enumerate(pred):
            if p.type != g.data.get("type"):
                continue
            jac = _jaccard(g_groups, _event_groups(p))
            if jac < JACCARD_MIN:
                continue
            same = _same_sentence(_spans(p.evidence), g)
            dated = bool(g.data.get("date")) and date_correct(p.date.model_dump(), g.data["date"])
            candidates.append(((same, jac, dated, -pi, -gi), gi, pi))
    candidates.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gold[gi], pred[pi]))
    return pairs


def _score_events(doc: GoldDoc, ex: Extraction, report: EvalReport) -> list[tuple[GoldItem, Event]]:
    pairs = _match_events(doc.events, ex.events)
    matched_g = {id(g) for g, _ in pairs}
    matched_p = {id(p) for _, p in pairs}
    report.events.tp += len(pairs)
    report.events.gold += len(doc.events)
    report.events.pred += len(ex.events)
    for g in doc.events:
        report.per_type[g.data["type"]].gold += 1
        if id(g) not in matched_g:
            report.misses.append(
                {"doc": doc.name, "type": g.data["type"], "actors": sorted(_gold_groups(g)),
                 "modality": g.data.get("modality"), "evidence": g.data.get("evidence")}
            )
    for p in ex.events:
        report.per_type[p.type].pred += 1
        if id(p) not in matched_p:
            report.spurious.append(
                {"doc": doc.name, "type": p.type, "actors": sorted(_event_groups(p)),
                 "modality": p.modality, "trigger": p.trigger,
                 "evidence": p.evidence[0].text if p.evidence else None}
            )
    for g, p in pairs:
        report.per_type[p.type].tp += 1
        report.modality_total += 1
        gold_modality = g.data.get("modality", "asserted")
        if p.modality == gold_modality:
            report.modality_correct += 1
        else:
            report.confusions[(gold_modality, p.modality)] += 1
        if g.data.get("date"):
            report.date_total += 1
            predicted = p.date.model_dump()
            if date_correct(predicted, g.data["date"]):
                report.date_correct += 1
            else:
                report.wrong_dates.append(
                    {"doc": doc.name, "type": g.data["type"], "gold": g.data["date"],
                     "pred": {k: predicted.get(k) for k in ("earliest", "latest", "basis", "text")},
                     "same_sentence": _same_sentence(_spans(p.evidence), g),
                     "evidence": g.data.get("evidence")}
                )
    return pairs


def _score_claims(doc: GoldDoc, ex: Extraction, report: EvalReport) -> None:
    used: set[int] = set()
    report.claims.gold += len(doc.claims)
    report.claims.pred += len(ex.claims)
    for g in doc.claims:
        want = _group(g.data.get("speaker"))
        for i, c in enumerate(ex.claims):
            if i in used or _actor_group(c.speaker) != want:
                continue
            if _same_sentence(_spans(c.evidence), g):
                used.add(i)
                report.claims.tp += 1
                break


def _score_positions(doc: GoldDoc, ex: Extraction, report: EvalReport) -> None:
    used: set[int] = set()
    report.positions.gold += len(doc.positions)
    report.positions.pred += len(ex.positions)
    for g in doc.positions:
        want = (_group(g.data.get("actor")), g.data.get("issue"), g.data.get("stance"))
        for i, p in enumerate(ex.positions):
            if i in used or (_actor_group(p.actor), p.issue, p.stance) != want:
                continue
            if _same_sentence(_spans(p.evidence), g):
                used.add(i)
                report.positions.tp += 1
                break
        else:
            report.position_misses.append(
                {"doc": doc.name, "actor": want[0], "issue": want[1], "stance": want[2],
                 "evidence": g.data.get("evidence")})
    for i, p in enumerate(ex.positions):
        if i not in used:
            report.position_spurious.append(
                {"doc": doc.name, "actor": _actor_group(p.actor), "issue": p.issue,
                 "stance": p.stance, "evidence": p.evidence[0].text if p.evidence else None})


def _score_actors(doc: GoldDoc, mentions: list[Actor], report: EvalReport) -> None:
    """Each gold mention is matched at most once, by an overlapping mention with its code."""
    if not doc.actors:
        return
    report.actors.gold += len(doc.actors)
    matched: set[int] = set()
    for m in mentions:
        s, e = m.start or 0, m.end or 0
        hits = [i for i, g in enumerate(doc.actors) if _overlaps(s, e, g.start, g.end)]
        if not hits and not doc.actors_exhaustive:
            continue  # outside what the gold annotates: not scored
        report.actors.pred += 1
        for i in hits:
            if i not in matched and doc.actors[i].data.get("code") == m.code:
                matched.add(i)
                report.actors.tp += 1
                break


def _predictions(
    docs: list[GoldDoc], pred_dir: Path | None
) -> list[tuple[Extraction, list[Actor]]]:
    if pred_dir is not None:
        if not pred_dir.is_dir():
            raise EvalError(f"prediction directory not found: {pred_dir}")
        out: list[tuple[Extraction, list[Actor]]] = []
        for doc in docs:
            f = pred_dir / f"{doc.name}.json"
            if not f.is_file():
                raise EvalError(f"no prediction for {doc.name}: expected {f}")
            try:
                out.append((Extraction.model_validate_json(f.read_bytes()), []))
            except ValidationError as exc:
                first = exc.errors()[0]
                where = ".".join(str(part) for part in first["loc"]) or "top level"
                raise EvalError(
                    f"{f}: not a parley extraction ({exc.error_count()} problem(s); "
                    f"first at {where}: {first['msg']})"
                ) from exc
            except OSError as exc:
                raise EvalError(f"{f}: unreadable: {exc.strerror or exc}") from exc
        return out
    from parley.extract import analyse_context
    from parley.nlp import build_pipeline

    nlp = build_pipeline()
    parsed = nlp.pipe([d.document.text for d in docs], batch_size=16)
    results = []
    for doc, sdoc in zip(docs, parsed, strict=True):
        ex, ctx = analyse_context(doc.document, sdoc, doc.conflict)
        results.append((ex, [m.actor for m in ctx.mentions]))
    return results


def _score_merge(
    docs: list[GoldDoc], matched: list[list[tuple[GoldItem, Event]]], extractions: list[Extraction]
) -> dict[str, float]:
    gold_cluster: dict[str, str] = {}
    for pairs in matched:
        for g, p in pairs:
            # Only events found in the gold event's own sentence: a match made elsewhere in
            # the document says nothing about whether the merge got that report right.
            if g.data.get("cluster") and _same_sentence(_spans(p.evidence), g):
                gold_cluster[p.id] = str(g.data["cluster"])
    if len(gold_cluster) < 2:
        return {}
    from parley.chronology import merge
    from parley.chronology.metrics import cluster_scores

    events = [e for ex in extractions for e in ex.events]
    documents = {d.document.id: d.document for d in docs}
    entries = merge(events, documents)
    pred_cluster = {ev: entry.id for entry in entries for ev in entry.events}
    pred = {k: pred_cluster.get(k, k) for k in gold_cluster}
    return dict(cluster_scores(pred, gold_cluster))


def evaluate(gold_dir: str | Path, pred: str | Path | None = None) -> EvalReport:
    """Run parley (or read predictions from ``pred``) over a gold set and score it."""
    docs = load_gold(gold_dir)
    predictions = _predictions(docs, Path(pred) if pred else None)
    report = EvalReport(documents=len(docs))
    matched = []
    for doc, (ex, mentions) in zip(docs, predictions, strict=True):
        if ex.document.id != doc.document.id and pred is None:
            raise ParleyError(f"{doc.name}: document changed while evaluating")
        matched.append(_score_events(doc, ex, report))
        _score_claims(doc, ex, report)
        _score_positions(doc, ex, report)
        _score_actors(doc, mentions, report)
    report.merge = _score_merge(docs, matched, [ex for ex, _ in predictions])
    return report
