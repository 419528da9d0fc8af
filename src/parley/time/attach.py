"""Temporal expressions in a parsed document, and the date of an event or claim.

``date_for`` picks, for a trigger token, the expression syntactically closest to it
(same clause, its preposition, or the event's own noun phrase: "the March 29 talks");
failing that it inherits the date of the nearest preceding dated sentence of the same
paragraph; failing that, a reporting verb in the present tense ("says", "has said") or
with "today"-like support takes the document date. Otherwise the date is unknown:
never silently the publication date. Everything per document is computed once and
kept in ``ctx.cache``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING

from parley.nlp.context import DocContext, Timex
from parley.records import DateInterval
from parley.time.expressions import scan
from parley.time.intervals import Interval, parse_iso
from parley.time.lexicon import lexicon
from parley.time.profiles import ConflictProfile

if TYPE_CHECKING:
    from spacy.tokens import Token

CACHE_KEY = "parley.time"
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj"}
TEMPORAL_PREPS = {"at", "during", "in", "on", "since", "throughout", "amid"}
NOT_THE_DATE = {"before", "after", "following", "until", "till", "prior", "by", "ahead"}
INHERIT_FACTOR = 0.6
DATED_REPORT_DAYS = 7  # a deictic expression this close to the document date marks a report


@dataclass
class _State:
    timexes: list[Timex]
    heads: list[int]  # the token each expression modifies
    usable: list[bool]  # False: "after March", or an anchor name not used as a date
    by_sentence: dict[int, list[int]] = field(default_factory=dict)
    newlines: list[int] = field(default_factory=list)  # offsets of line breaks
    dated_report: bool = False


def _future_checker(ctx: DocContext):  # type: ignore[no-untyped-def]
    starts = [t.idx for t in ctx.doc]

    def future_at(char: int) -> bool:
        if not starts:
            return False
        tok = ctx.doc[max(bisect_right(starts, char) - 1, 0)]
        for _ in range(8):
            if tok.pos_ in {"VERB", "AUX"}:
                return any(
                    c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll", "wo"}
                    for c in tok.children
                ) or tok.lower_ in {"will", "shall"}
            if tok.head.i == tok.i:
                return False
            tok = tok.head
        return False

    return future_at


def find_timexes(ctx: DocContext) -> list[Timex]:
    """Every temporal expression in the document, resolved against the document date
    and the conflict profile's anchors; also primes the cache ``date_for`` uses."""
    profile = ctx.profile if isinstance(ctx.profile, ConflictProfile) else None
    text = ctx.doc.text
    timexes: list[Timex] = []
    bare: list[bool] = []
    for hit in scan(text, ctx.when, profile, _future_checker(ctx)):
        span = ctx.doc.char_span(hit.start, hit.end, alignment_mode="expand")
        if span is None or hit.interval is None:
            continue
        expr = text[hit.start : hit.end]
        timexes.append(
            Timex(
                text=expr,
                start=hit.start,
                end=hit.end,
                start_token=span.start,
                end_token=span.end,
                sentence=ctx.sentence_index(span.start),
                interval=hit.interval.record(expr),
            )
        )
        bare.append(hit.bare_anchor)
    ctx.cache[CACHE_KEY] = _build(ctx, timexes, bare)
    return timexes


def _attachment(ctx: DocContext, timex: Timex) -> tuple[int, bool, bool]:
    """(modified token, governed by a temporal preposition, governed by after/before).

    "in a recent interview" modifies what the prepositional phrase modifies, so a
    modifier inside a noun phrase climbs to that phrase's governor.
    """
    span = ctx.doc[timex.start_token : timex.end_token]
    root = span.root
    head = root
    if (
        head.dep_ in {"amod", "compound", "nummod", "det"}
        and head.head.dep_ == "pobj"
        and (head.head.i >= timex.end_token)
    ):
        head = head.head
    prep = None
    if head.dep_ == "pobj":
        head = head.head
        prep = head.lower_
    if root.dep_ == "prep":
        prep = root.lower_
    if head.dep_ != "ROOT" and head.head.i != head.i:
        head = head.head
    before = {t.lower_ for t in ctx.doc[max(timex.start_token - 2, 0) : timex.start_token]}
    blocked = bool(before & NOT_THE_DATE) or (prep in NOT_THE_DATE)
    return head.i, prep in TEMPORAL_PREPS, blocked


def _build(ctx: DocContext, timexes: list[Timex], bare: list[bool]) -> _State:
    heads, usable = [], []
    for timex, is_bare in zip(timexes, bare, strict=True):
        head, temporal_prep, blocked = _attachment(ctx, timex)
        heads.append(head)
        usable.append(not blocked and (not is_bare or temporal_prep))
    state = _State(timexes, heads, usable)
    for i, timex in enumerate(timexes):
        state.by_sentence.setdefault(timex.sentence, []).append(i)
    newlines = [i for i, ch in enumerate(ctx.doc.text) if ch == "\n"]
    state.newlines = newlines
    if ctx.when is not None:
        for timex in timexes:
            latest = parse_iso(timex.interval.latest)
            if (
                timex.interval.basis == "relative"
                and timex.interval.granularity == "day"
                and latest
                and abs((ctx.when - latest).days) <= DATED_REPORT_DAYS
            ):
                state.dated_report = True
    return state


def _state(ctx: DocContext) -> _State:
    state = ctx.cache.get(CACHE_KEY)
    if isinstance(state, _State):
        return state
    if ctx.timexes:
        state = _build(ctx, ctx.timexes, [False] * len(ctx.timexes))
        ctx.cache[CACHE_KEY] = state
        return state
    find_timexes(ctx)
    return ctx.cache[CACHE_KEY]


def _path_cost(a: Token, b: Token) -> int:
    """Steps between two tokens in the parse; clause boundaries cost extra."""

    def chain(tok: Token) -> dict[int, int]:
        costs, cost = {tok.i: 0}, 0
        while tok.head.i != tok.i:
            cost += 3 if tok.dep_ in CLAUSE_DEPS else 2 if tok.dep_ == "conj" else 1
            tok = tok.head
            costs[tok.i] = cost
        return costs

    up_a, up_b = chain(a), chain(b)
    common = [up_a[i] + up_b[i] for i in up_a if i in up_b]
    return min(common) if common else 99


def _own(ctx: DocContext, state: _State, token_i: int) -> tuple[int, int] | None:
    """(cost, timex index) of the best expression in the trigger's own sentence."""
    best: tuple[int, int, int] | None = None
    trigger = ctx.doc[token_i]
    line = bisect_right(state.newlines, trigger.idx)
    for i in state.by_sentence.get(ctx.sentence_index(token_i), []):
        timex = state.timexes[i]
        if bisect_right(state.newlines, timex.start) != line:
            continue  # the parser joined lines (a dateline, a heading): not one sentence
        if timex.start_token <= token_i < timex.end_token:
            cost = -1  # the event's own name: "the Istanbul talks"
        elif not state.usable[i]:
            continue
        elif state.heads[i] == token_i:
            cost = 0
        else:
            cost = _path_cost(trigger, ctx.doc[state.heads[i]])
        candidate = (cost, abs(timex.start_token - token_i), i)
        if best is None or candidate < best:
            best = candidate
    return None if best is None else (best[0], best[2])


def _sentence_root(ctx: DocContext, state: _State, sentence: int, paragraph: int) -> int:
    """The root of a sentence's part in ``paragraph`` (a parse may run across lines)."""
    sent = ctx.sentences[sentence]
    roots = [t for t in sent if t.dep_ == "ROOT"] or [sent.root]
    inside = [t for t in roots if bisect_right(state.newlines, t.idx) == paragraph]
    return (inside or roots)[-1].i


def _present(tok: Token) -> bool:
    """The clause of ``tok`` is in the simple present ("talks continue"): no inheriting."""
    for _ in range(6):
        if tok.pos_ in {"VERB", "AUX"}:
            if any(c.dep_ in {"aux", "auxpass"} for c in tok.children):
                return False
            return tok.tag_ in {"VBZ", "VBP"} and tok.lemma_ != "be"
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _scaled(interval: DateInterval, factor: float, basis: str | None = None) -> DateInterval:
    changes: dict[str, object] = {"confidence": round(interval.confidence * factor, 2)}
    if basis:
        changes["basis"] = basis
    return interval.model_copy(update=changes)


def _document_date(ctx: DocContext, state: _State, token_i: int) -> DateInterval | None:
    """Reporting verbs: present or perfect tense → the document date; past tense in a
    dated report (one that says "today", "on Tuesday"…) → the two days before it."""
    when = ctx.when
    tok = ctx.doc[token_i]
    if when is None or tok.lemma_.lower() not in lexicon().reporting_verbs:
        return None
    perfect = any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in {"VBZ", "VBP"} for c in tok.children
    )
    if tok.tag_ in {"VBZ", "VBP"} or perfect:
        day = Interval(when, when, "day", "document", 0.5)
        return day.record(tok.text)
    if tok.tag_ == "VBD" and state.dated_report:
        window = Interval(when - timedelta(days=2), when, "interval", "document", 0.3)
        return window.record(tok.text)
    return None


def date_for(ctx: DocContext, token_i: int) -> DateInterval:
    """The date of the event or claim whose trigger (cue) is token ``token_i``."""
    state = _state(ctx)
    own = _own(ctx, state, token_i)
    if own is not None:
        cost, i = own
        factor = 1.0 if cost <= 1 else 0.85 if cost <= 3 else 0.7
        return _scaled(state.timexes[i].interval, factor)
    if ctx.when is not None and _present(ctx.doc[token_i]):
        return Interval(ctx.when, ctx.when, "day", "document", 0.4).record(ctx.doc[token_i].text)
    sentence = ctx.sentence_index(token_i)
    paragraph = bisect_right(state.newlines, ctx.doc[token_i].idx)
    for prev in range(sentence - 1, -1, -1):
        sent = ctx.sentences[prev]
        last_char = sent.start_char + max(len(sent.text.rstrip()) - 1, 0)
        if bisect_right(state.newlines, last_char) != paragraph:
            break
        found = _own(ctx, state, _sentence_root(ctx, state, prev, paragraph))
        if found is not None:
            return _scaled(state.timexes[found[1]].interval, INHERIT_FACTOR, "inherited")
    return _document_date(ctx, state, token_i) or DateInterval()

