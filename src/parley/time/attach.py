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
from datetime import date, timedelta
from typing import TYPE_CHECKING

from parley.nlp.context import DocContext, Timex
from parley.records import DateInterval
from parley.time import discourse
from parley.time.expressions import scan
from parley.time.hits import FutureAt
from parley.time.intervals import Interval, parse_iso, shift, slack
from parley.time.lexicon import lexicon
from parley.time.profiles import ConflictProfile

if TYPE_CHECKING:
    from spacy.tokens import Token

CACHE_KEY = "parley.time"
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj"}
TEMPORAL_PREPS = {"at", "during", "in", "on", "since", "throughout", "amid"}
NOT_THE_DATE = {"before", "after", "following", "until", "till", "prior", "by", "ahead"}
INHERIT_FACTOR = 0.6
REPORT_FACTOR = 0.5  # the day something was reported is an upper bound of its date
RANKING = {"first", "only", "last"}  # "the first talks since …"
DEADLINE_COST = 4  # "by March": only when nothing closer dates the event
HYPOTHETICAL_CONFIDENCE = 0.2  # an event still to come, dated by when it was spoken of
DATED_REPORT_DAYS = 7  # a deictic expression this close to the document date marks a report


@dataclass
class _State:
    timexes: list[Timex]
    heads: list[int]  # the token each expression modifies
    usable: list[bool]  # False: "after March", or an anchor name not used as a date
    # "by the end of March": a deadline, the date of a past event only ("had collapsed")
    deadline: list[bool] = field(default_factory=list)
    since: list[bool] = field(default_factory=list)  # "since March": from then until now
    by_sentence: dict[int, list[int]] = field(default_factory=dict)
    newlines: list[int] = field(default_factory=list)  # offsets of line breaks
    # what an expression can date when narrower than its sentence (``discourse.scope``)
    scopes: list[discourse.Scope | None] = field(default_factory=list)
    dated_report: bool = False
    report_day: date | None = None  # the day a dated report reports ("on Tuesday")
    memo: dict[int, DateInterval] = field(default_factory=dict)  # trigger → its date
    # "a month after [the Istanbul talks]": timex index → the anchor's span and own date
    named: dict[int, tuple[int, int, DateInterval]] = field(default_factory=dict)


FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "'d"}
PAST_FUTURE_AUX = {"would", "'d"}
# "X is to meet", "X is due to meet", "X agreed to meet on 3 March": the infinitive's
# date is after the governing verb's time.
FUTURE_GOVERNORS = {
    "be",
    "due",
    "set",
    "expect",
    "schedule",
    "plan",
    "agree",
    "want",
    "hope",
    "intend",
    "aim",
    "decide",
    "prepare",
    "promise",
    "propose",
    "pledge",
    "vow",
    "threaten",
    "go",
    "offer",
    "seek",
    "try",
    "invite",
    "ask",
    "urge",
    "call",
}


def _tense(tok: Token) -> bool | None:
    """True: the clause of verb ``tok`` speaks of the future; False: of the past; None:
    unknown (present tense, a bare infinitive)."""
    aux = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
    for c in aux:
        if c.lower_ in FUTURE_AUX:
            following = tok.doc[c.i + 1 : tok.i]
            return not any(t.lemma_ == "have" for t in following)  # "would have met": past
    if tok.lower_ in FUTURE_AUX:
        return True
    if any(c.lower_ == "to" for c in aux) and tok.head.i != tok.i:
        if tok.head.lemma_.lower() in FUTURE_GOVERNORS:
            return True
        return None
    if tok.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux):
        return False
    if tok.tag_ == "VBN" and any(c.lemma_ == "have" for c in aux):
        return False
    return None


def _future_checker(ctx: DocContext, past_future: bool | None = True) -> FutureAt:
    """The tense at a character; ``past_future`` is what "would" counts as."""
    starts = [t.idx for t in ctx.doc]

    def future_at(char: int) -> bool | None:
        if not starts:
            return None
        tok = ctx.doc[max(bisect_right(starts, char) - 1, 0)]
        for _ in range(8):
            if tok.pos_ in {"VERB", "AUX"}:
                tense = _tense(tok)
                if tense and any(c.lower_ in PAST_FUTURE_AUX for c in tok.children):
                    return past_future
                return tense
            if tok.head.i == tok.i:
                return None
            tok = tok.head
        return None

    return future_at


def find_timexes(ctx: DocContext) -> list[Timex]:
    """Every temporal expression in the document, resolved against the document date
    and the conflict profile's anchors; also primes the cache ``date_for`` uses."""
    profile = ctx.profile if isinstance(ctx.profile, ConflictProfile) else None
    text = ctx.doc.text
    timexes: list[Timex] = []
    bare: list[bool] = []
    named: dict[int, tuple[int, int, DateInterval]] = {}
    # "would hold talks on 18 March" is future in the past: said before the report, the
    # date may lie either side of it, so a partial date takes the closest year; a weekday
    # after "said on Monday it would" still looks ahead
    hits = scan(text, ctx.when, profile, _future_checker(ctx), _future_checker(ctx, None))
    for hit in hits:
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
        if hit.anchor_span and hit.anchor_interval:
            a, b = hit.anchor_span
            named[len(timexes) - 1] = (a, b, hit.anchor_interval.record(text[a:b]))
    state = _build(ctx, timexes, bare)
    state.named = named
    ctx.cache[CACHE_KEY] = state
    return timexes


def _attachment(ctx: DocContext, timex: Timex) -> tuple[int, bool, str | None, str | None]:
    """(modified token, governed by a temporal preposition, the after/before/by word
    that keeps it from dating its head (None: none does), the governing preposition).

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
    before = [t.lower_ for t in ctx.doc[max(timex.start_token - 2, 0) : timex.start_token]]
    blocker = next((w for w in [prep, *reversed(before)] if w in NOT_THE_DATE), None)
    return head.i, prep in TEMPORAL_PREPS, blocker, prep


def _build(ctx: DocContext, timexes: list[Timex], bare: list[bool]) -> _State:
    heads, usable, scopes, deadline, since = [], [], [], [], []
    for timex, is_bare in zip(timexes, bare, strict=True):
        head, temporal_prep, blocker, prep = _attachment(ctx, timex)
        heads.append(head)
        # an anchor's name dates a trigger it does not contain only as a verb's
        # adjunct: "said at the Istanbul talks", not "participation in the grain deal"
        adjunct = temporal_prep and ctx.doc[head].pos_ in {"VERB", "AUX"}
        usable.append(blocker is None and (not is_bare or adjunct))
        deadline.append(blocker == "by" and not is_bare)
        since.append(prep == "since" or timex.text.lower().startswith(("since", "ever since")))
        scopes.append(discourse.scope(ctx.doc[head], prep))
    state = _State(timexes, heads, usable, deadline=deadline, since=since, scopes=scopes)
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
    state.report_day = discourse.report_day(timexes, ctx.when, ctx.doc.text)
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


def _defines(head: Token, token_i: int) -> bool:
    """The expression is in a participle clause on the trigger: "a truce declared by
    the government in March" dates the truce."""
    return head.dep_ == "acl" and head.head.i == token_i and head.tag_ in {"VBN", "VBG"}


def _fits(ctx: DocContext, state: _State, i: int, trigger: Token) -> bool:
    """Expression ``i`` can date the trigger: within its scope, and no future date for
    an event told in the past ("had proposed … would take place in the coming days")."""
    scope = state.scopes[i] if state.scopes else None
    if scope is not None and not scope.admits(trigger.i):
        return False
    interval = state.timexes[i].interval
    first = parse_iso(interval.earliest)
    if interval.basis == "relative" and ctx.when and first and first > ctx.when:
        verb = discourse.clause_verb(trigger)
        return verb is None or not discourse.is_past(verb)
    return True


def _by_past(ctx: DocContext, state: _State, i: int, trigger: Token) -> bool:
    """ "By the end of March the talks had collapsed": a deadline dates what is told as
    done by then (past or pluperfect), never what is still to come ("due by 18 August")."""
    if not (state.deadline and state.deadline[i]):
        return False
    verb = discourse.clause_verb(trigger)
    return verb is not None and discourse.is_past(verb)


def _own(ctx: DocContext, state: _State, token_i: int) -> tuple[int, DateInterval] | None:
    """(cost, interval) of the best expression in the trigger's own sentence."""
    best: tuple[int, int, int, bool] | None = None
    trigger = ctx.doc[token_i]
    line = bisect_right(state.newlines, trigger.idx)
    for i in state.by_sentence.get(ctx.sentence_index(token_i), []):
        timex = state.timexes[i]
        if bisect_right(state.newlines, timex.start) != line:
            continue  # the parser joined lines (a dateline, a heading): not one sentence
        if timex.start_token <= token_i < timex.end_token:
            inner = state.named.get(i)
            if inner is not None and inner[0] <= trigger.idx < inner[1]:
                return -2, inner[2]  # "a month after the Istanbul talks": the talks' own date
            cost = -1  # the event's own name: "the Istanbul talks"
        elif not (state.usable[i] or _by_past(ctx, state, i, trigger)):
            continue  # "after March"; "by March" unless the event is told as done by then
        elif not _fits(ctx, state, i, trigger):
            continue
        elif state.heads[i] == token_i or _defines(ctx.doc[state.heads[i]], token_i):
            cost = 0
        else:
            cost = _path_cost(trigger, ctx.doc[state.heads[i]])
        if cost >= 0 and _bounds_only(ctx, state, i, trigger):
            continue
        said = cost >= 0 and _said_when(ctx, state, i, trigger)
        if said is None:
            continue  # "said on Monday it would attend talks": not Monday's talks
        if not state.usable[i]:
            cost += DEADLINE_COST
        candidate = (cost, abs(timex.start_token - token_i), i, said)
        if best is None or candidate[:3] < best[:3]:
            best = candidate
    if best is None:
        return None
    found = state.timexes[best[2]].interval
    return best[0], _scaled(found, REPORT_FACTOR, "inherited") if best[3] else found


def _bounds_only(ctx: DocContext, state: _State, i: int, trigger: Token) -> bool:
    """ "the first deal since the invasion began": "since" bounds a first/only/last
    event; it is no date of it."""
    if not state.since[i] or trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    return any(c.lower_ in RANKING or c.tag_ == "JJS" for c in trigger.children)


def _said_when(ctx: DocContext, state: _State, i: int, trigger: Token) -> bool | None:
    """Expression ``i`` dates the verb of saying whose content the trigger is in ("talks
    were halted, local media reported on Monday"): True — the report's day is only an
    upper bound (lower confidence); None — the content is still to come ("said on Monday
    it would attend talks"; a refusal, "would not accept", is stated then), no date;
    False — not such a case."""
    head = ctx.doc[state.heads[i]]
    if head.i == trigger.i or head.lemma_.lower() not in lexicon().reporting_verbs:
        return False
    verb = discourse.clause_verb(trigger)
    if verb is None or verb.i == head.i:
        return False
    governor = discourse.reporting_governor(trigger)
    # "the talks collapsed, outlets said on Monday": the saying parsed as a dependant
    trailing = head.head.i == verb.i and head.dep_ in {"ccomp", "parataxis"} and head.i > verb.i
    if not trailing and (governor is None or governor.i != head.i):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return True  # "would not accept": a refusal stated then
    return None if _tense(verb) or discourse.is_modal(verb) else True


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
            if tok.dep_ == "ccomp" and tok.head.tag_ == "VBD":
                return False  # "insisted that Kyiv negotiate": not the present
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


def _day(day: date, basis: str, confidence: float, text: str) -> DateInterval:
    return Interval(day, day, "day", basis, confidence).record(text)


def _reported(ctx: DocContext, state: _State, token_i: int) -> DateInterval | None:
    """Said in the present ("says", "has said") → the document date; said in the past in
    a dated report → the report's day (or, without one, the two days up to the date)."""
    when = ctx.when
    tok = ctx.doc[token_i]
    verb = discourse.reporting_governor(tok)
    if when is None or verb is None:
        return None
    if discourse.is_present(verb):
        content = discourse.clause_verb(tok)
        if content is not None and content.i != verb.i and discourse.is_past(content):
            return None  # "officials have claimed the US was complicit": before today
        return _day(when, "document", 0.5, verb.text)
    if not (verb.tag_ == "VBD" and discourse.is_simple_past(verb)):
        return None
    if state.report_day is not None:
        content = discourse.clause_verb(tok)
        # "X said Kyiv would accept talks": the talks are only possible; the report's
        # day is when they were spoken of (low confidence, downstream may drop it)
        to_come = (
            content is not None
            and content.i != verb.i
            and (bool(_tense(content)) or discourse.is_modal(content))
        )
        return _day(
            state.report_day, "inherited", HYPOTHETICAL_CONFIDENCE if to_come else 0.4, verb.text
        )
    if state.dated_report:
        window = Interval(when - timedelta(days=2), when, "interval", "document", 0.3)
        return window.record(verb.text)
    return None


def _narrated(ctx: DocContext, state: _State, token_i: int) -> DateInterval | None:
    """An undated event told in the simple past in a dated report is the report's news."""
    if state.report_day is None:
        return None
    tok = ctx.doc[token_i]
    verb = _purpose_governor(discourse.clause_verb(tok))
    if verb is None or not discourse.is_simple_past(verb) or discourse.is_background(tok, verb):
        return None
    return _day(state.report_day, "inherited", 0.3, verb.text)


def _purpose_governor(verb: Token | None) -> Token | None:
    """ "flew to Berlin to brief Scholz": an infinitive of purpose happens when the verb
    it depends on does; one after a verb of planning ("agreed to meet") is still to come,
    and one in a relative clause ("the meeting, where X hosted envoys to discuss …") tells
    of what that clause describes, not of the news."""
    while (
        verb is not None
        and verb.tag_ == "VB"
        and verb.dep_ in {"xcomp", "advcl"}
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and verb.head.pos_ in {"VERB", "AUX"}
        and verb.head.dep_ not in {"relcl", "acl"}  # "the meeting, where X hosted …"
        and verb.head.lemma_.lower() not in FUTURE_GOVERNORS
        and verb.head.lemma_.lower() not in lexicon().reporting_verbs
    ):
        verb = verb.head
    return verb


def _paragraph(ctx: DocContext, state: _State, token_i: int) -> DateInterval | None:
    """The date of the nearest preceding dated sentence of the same paragraph."""
    sentence = ctx.sentence_index(token_i)
    paragraph = bisect_right(state.newlines, ctx.doc[token_i].idx)
    for prev in range(sentence - 1, -1, -1):
        sent = ctx.sentences[prev]
        last_char = sent.start_char + max(len(sent.text.rstrip()) - 1, 0)
        if bisect_right(state.newlines, last_char) != paragraph:
            break
        found = _own(ctx, state, _sentence_root(ctx, state, prev, paragraph))
        if found is not None:
            return _scaled(found[1], INHERIT_FACTOR, "inherited")
    return None


def _coreferent(ctx: DocContext, state: _State, token_i: int) -> DateInterval | None:
    """ "that truce", "the meeting": the date of the latest earlier mention, if dated."""
    earlier = discourse.antecedent(ctx.doc[token_i])
    if earlier is None:
        return None
    found = date_for(ctx, earlier.i)
    if found.earliest is None or found.basis == "document":
        return None
    return _scaled(found, INHERIT_FACTOR, "inherited")


def _proposed(ctx: DocContext, token_i: int) -> DateInterval | None:
    """ "a plan under which Kyiv would renounce NATO membership": what a proposal, offer or
    deal would bring about (a modal or future relative clause on a noun) is dated by when
    the noun is — the day it was put forward —, with the confidence of a hypothetical."""
    verb = discourse.clause_verb(ctx.doc[token_i])
    while verb is not None and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    if verb is None or verb.dep_ not in {"relcl", "acl"}:
        return None
    if not (_tense(verb) or discourse.is_modal(verb)):
        return None
    noun = verb.head
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    found = date_for(ctx, noun.i)
    if found.earliest is None or found.basis == "document":
        return None
    return found.model_copy(update={"confidence": HYPOTHETICAL_CONFIDENCE, "basis": "inherited"})


def _shifted(found: DateInterval, off: discourse.Offset) -> DateInterval | None:
    """The head's date moved by the phrase's distance ("four days after" → 4 days back)."""
    first, last = parse_iso(found.earliest), parse_iso(found.latest)
    if first is None or last is None or off.count is None:
        return None
    n = off.sign * off.count
    pad = slack(off.count, off.unit)  # "two weeks after": ±3 days, as "two weeks ago"
    first = shift(first, n, off.unit) - timedelta(days=pad)
    last = shift(last, n, off.unit) + timedelta(days=pad)
    gran = "day" if first == last else "interval"
    return Interval(first, last, gran, "inherited", found.confidence * 0.8).record(found.text or "")


def _offset(ctx: DocContext, state: _State, token_i: int) -> DateInterval | bool | None:
    """A trigger inside "four days after it suspended the deal": the date of what the
    phrase modifies, moved back four days; False when the phrase gives no distance (the
    event is only known to be earlier: no date from the discourse either)."""
    off = discourse.offset(ctx.doc[token_i])
    if off is None:
        return None
    sentence = ctx.sentence_index(token_i)
    inside = [
        i
        for i in state.by_sentence.get(sentence, [])
        if off.first <= state.timexes[i].start_token < off.end
    ]
    if inside:
        return None  # "after talks on 3 May": the phrase dates itself
    shifted = _shifted(date_for(ctx, off.head), off)
    return shifted if shifted is not None else False


def _date(ctx: DocContext, state: _State, token_i: int) -> DateInterval:
    offset = _offset(ctx, state, token_i)
    if isinstance(offset, DateInterval):
        return offset
    own = _own(ctx, state, token_i)
    if own is not None:
        cost, interval = own
        factor = 1.0 if cost <= 1 else 0.85 if cost <= 3 else 0.7
        return _scaled(interval, factor)
    if ctx.when is not None and _present(ctx.doc[token_i]):
        return Interval(ctx.when, ctx.when, "day", "document", 0.4).record(ctx.doc[token_i].text)
    found = (
        _proposed(ctx, token_i)
        or _coreferent(ctx, state, token_i)
        or _paragraph(ctx, state, token_i)
    )
    if found is None and offset is None:
        found = _reported(ctx, state, token_i) or _narrated(ctx, state, token_i)
    return found or DateInterval()


def date_for(ctx: DocContext, token_i: int) -> DateInterval:
    """The date of the event or claim whose trigger (cue) is token ``token_i``."""
    state = _state(ctx)
    if token_i not in state.memo:
        state.memo[token_i] = _date(ctx, state, token_i)
    return state.memo[token_i]
