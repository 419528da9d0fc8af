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

import re
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
    from spacy.tokens import Span, Token

CACHE_KEY = "parley.time"
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj"}
TEMPORAL_PREPS = {"at", "during", "in", "on", "since", "throughout", "amid"}
OFFSET_WORDS = {"after", "before"}
NOT_THE_DATE = {"before", "after", "following", "until", "till", "prior", "by", "ahead"}
INHERIT_FACTOR = 0.6
REPORT_FACTOR = 0.5  # the day something was reported is an upper bound of its date
RANKING = {"first", "only", "last"}  # "the first talks since …"
REFINE_COST = 2  # a narrower expression inside the chosen one may be this much farther
DEADLINE_COST = 4  # "by March": only when nothing closer dates the event
HYPOTHETICAL_CONFIDENCE = 0.2  # an event still to come, dated by when it was spoken of
DATED_REPORT_DAYS = 7  # a deictic expression this close to the document date marks a report
SUPERSEDED = {"originally", "initially", "previously", "first", "once"}
PLANNED = {"set", "schedule", "plan", "slate", "due", "fix"}
MOVED = {"postpone", "delay", "move", "push", "bring", "reschedule", "shift"}
SEQUEL_DAYS = 1  # "agreed after talks that ended on 10 October": that day or the next
SHORTLY_DAYS = 7  # "agreed shortly before the talks opened": within a week before
SHORTLY = {"shortly", "just", "soon", "immediately", "right", "directly"}
SEQUEL_WIDTH = 7  # what an after/before phrase counts from must be at most a week wide
SEQUEL_CONFIDENCE = 0.4
LEDE_MIN = 60  # characters: shorter "sentences" are titles and bylines
NOT_NEWS = {"since", "never", "ever", "long", "already", "always", "repeatedly", "often"}
PLACE_CONFIDENCE = 0.35  # "the talks in Pretoria": the profile's one anchor there
FRAMES = {"under"}  # "Under the deal, Armenia will return …": what the deal provides for
MAKING = {"agree", "announce", "declare", "reach", "sign", "broker", "conclude", "seal"}


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
    # after/before only: the expression dates what the phrase it opens modifies
    marked: list[bool] = field(default_factory=list)
    busy: set[int] = field(default_factory=set)  # triggers being dated (no cycles)
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
    if any(c.lower_ == "to" for c in aux) and tok.head.i == tok.i:
        # a headline's "Israel to send a delegation on Monday": what is to come
        return True if any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children) else None
    if any(c.lower_ == "to" for c in aux) and tok.head.i != tok.i:
        if tok.head.lemma_.lower() in FUTURE_GOVERNORS:
            return True
        return None
    if tok.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux):
        return False
    # "had met"; "having rejected the talks in August" ("having" may keep its own lemma)
    if tok.tag_ == "VBN" and any(c.lemma_ == "have" or c.lower_ == "having" for c in aux):
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
            governor = _prospective(tok)
            if governor is not None:
                return True if _tense(governor) else None
            tok = tok.head
        return None

    return future_at


def _prospective(tok: Token) -> Token | None:
    """The verb of inviting or proposing whose object noun ``tok`` is ("invited both
    sides to talks on 14 August", "proposed a summit by the end of August"): that object
    is still to come when spoken of, so the verb's past tense does not date it."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return None
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ in {"prep", "dative"}:
        verb = verb.head
    elif tok.dep_ != "dobj":
        return None
    if verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in lexicon().prospective_verbs:
        return verb
    return None


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
        if _names_something(text, hit.start, hit.end, hit.interval.granularity):
            continue
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


NAME_AFTER = re.compile(r"\s+(?-i:[A-Z][a-z]+)\b")


def _names_something(text: str, start: int, end: int, granularity: str) -> bool:
    """ "the March 23 Movement", "the 6 October Bridge": a day written inside a proper
    name (after "the", before a capitalised noun) is no date."""
    if granularity != "day" or not re.search(r"\bthe\s+$", text[max(0, start - 5) : start]):
        return False
    follow = NAME_AFTER.match(text, end)
    if follow is None:
        return False
    word = follow.group(0).strip().lower()
    lex = lexicon()
    return word not in lex.months and word not in lex.weekdays


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
    dangling = _dangling_prep(ctx, timex)
    if prep is None and dangling is not None:
        # "On 6 May Hamas announced": parsed as a compound of the name, the date still
        # belongs to the preposition left without its object, and so to its verb
        head, prep = dangling, ctx.doc[timex.start_token - 1].lower_
    elif head.dep_ != "ROOT" and head.head.i != head.i:
        head = head.head
    if (
        prep == "of"
        and head.lemma_.lower() in lexicon().day_parts
        and head.dep_ == "pobj"
        and head.head.head.i != head.head.i
    ):  # "sealed in the early hours of Friday": the part of the day's own preposition
        prep = head.head.lower_
        head = head.head.head
    before = [t.lower_ for t in ctx.doc[max(timex.start_token - 2, 0) : timex.start_token]]
    blocker = next((w for w in [prep, *reversed(before)] if w in NOT_THE_DATE), None)
    if blocker is None and _superseded(ctx.doc[max(timex.start_token - 4, 0) : timex.start_token]):
        blocker = "originally"
    return head.i, prep in TEMPORAL_PREPS, blocker, prep


def _dangling_prep(ctx: DocContext, timex: Timex) -> Token | None:
    """The verb of a temporal preposition just before the expression that the parser
    left without an object (the expression hung on a following name instead)."""
    if timex.start_token == 0:
        return None
    prev = ctx.doc[timex.start_token - 1]
    if prev.dep_ != "prep" or prev.lower_ not in TEMPORAL_PREPS:
        return None
    if any(c.dep_ in {"pobj", "pcomp"} for c in prev.children):
        return None
    if prev.head.pos_ not in {"VERB", "AUX"}:
        return None
    return prev.head


def _superseded(words: Span) -> bool:
    """A plan the news changed: "a delay originally set for 15 January", "postponed from
    3 May" — that date is not when the event happened."""
    lemmas = [t.lemma_.lower() for t in words]
    if len(lemmas) >= 1 and lemmas[-1] == "from" and any(w in MOVED for w in lemmas[:-1]):
        return True
    if len(lemmas) < 2 or lemmas[-1] != "for" or lemmas[-2] not in PLANNED:
        return False
    return any(w in SUPERSEDED for w in lemmas[:-2])


def _build(ctx: DocContext, timexes: list[Timex], bare: list[bool]) -> _State:
    heads, usable, scopes, deadline, since, marked = [], [], [], [], [], []
    for timex, is_bare in zip(timexes, bare, strict=True):
        head, temporal_prep, blocker, prep = _attachment(ctx, timex)
        heads.append(head)
        # an anchor's name dates a trigger it does not contain only as a verb's
        # adjunct: "said at the Istanbul talks", not "participation in the grain deal"
        adjunct = temporal_prep and ctx.doc[head].pos_ in {"VERB", "AUX"}
        usable.append(blocker is None and (not is_bare or adjunct))
        marked.append(blocker in OFFSET_WORDS and not is_bare)
        deadline.append(blocker == "by" and not is_bare)
        since.append(prep == "since" or timex.text.lower().startswith(("since", "ever since")))
        root = ctx.doc[timex.start_token : timex.end_token].root
        # "to host his counterparts in Washington last November": an adverbial noun phrase
        # the parser hung on a noun still dates the clause
        verb = discourse.clause_verb(ctx.doc[head])
        if root.dep_ == "npadvmod" and prep is None and verb is not None:
            # still within a since-clause or a trailing participle ("…, prompting an
            # intervention the following year")
            scopes.append(discourse.participle_scope(ctx.doc[head])
                          or discourse.scope(verb, None))
        else:
            scopes.append(discourse.scope(ctx.doc[head], prep))
    state = _State(timexes, heads, usable, deadline=deadline, since=since, scopes=scopes)
    state.marked = marked
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


def _made_in(head: Token, token_i: int) -> bool:
    """ "The deal, which officials said was reached on Tuesday, will take effect on
    Friday": a relative clause on the trigger telling how it was made dates it first;
    so does one telling how talks began ("the talks, which opened on Monday, are set to
    end on Friday")."""
    lemma = head.lemma_.lower()
    opened = lemma in discourse.STARTS and lexicon().event_kinds.get(
        head.doc[token_i].lemma_.lower()) == "talks"
    if lemma not in MAKING and not opened:
        return False
    tok = head
    for _ in range(3):
        if tok.dep_ == "relcl":
            return tok.head.i == token_i
        if tok.dep_ != "ccomp" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


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


def _in_force(ctx: DocContext, state: _State, i: int, trigger: Token) -> bool:
    """ "agreed a ceasefire, running from 1 January to 30 June": an expression in a
    participle or relative clause telling how long a deal holds (``validity_verbs``) is
    its period in force, not the day it was made; talks "running from 1 to 3 May" are
    dated by it."""
    head = ctx.doc[state.heads[i]]
    if head.i == trigger.i or head.lemma_.lower() not in lexicon().validity_verbs:
        return False
    if not (head.dep_ == "relcl" or (head.tag_ in {"VBG", "VBN"} and head.dep_ != "ROOT")):
        return False
    return lexicon().event_kinds.get(trigger.lemma_.lower()) != "talks"


def _by_past(ctx: DocContext, state: _State, i: int, trigger: Token) -> bool:
    """ "By the end of March the talks had collapsed": a deadline dates what is told as
    done by then (past or pluperfect), never what is still to come ("due by 18 August")."""
    if not (state.deadline and state.deadline[i]):
        return False
    head = ctx.doc[state.heads[i]]
    if head.pos_ in {"NOUN", "PROPN"} and (head.i != trigger.i or _prospective(head)):
        return False  # "proposed a summit by the end of August": the summit's deadline
    verb = discourse.clause_verb(trigger)
    # "agreed to implement the terms by July 29": the deadline is the act still to come's
    held = discourse.clause_verb(head)
    return all(v is not None and discourse.is_past(v) for v in (verb, held))


def _own(ctx: DocContext, state: _State, token_i: int) -> tuple[int, DateInterval] | None:
    """(cost, interval) of the best expression in the trigger's own sentence."""
    best: tuple[int, int, int, bool] | None = None
    considered: list[tuple[int, int, int, bool]] = []
    trigger = ctx.doc[token_i]
    line = bisect_right(state.newlines, trigger.idx)
    for i in state.by_sentence.get(ctx.sentence_index(token_i), []):
        timex = state.timexes[i]
        if bisect_right(state.newlines, timex.start) != line:
            continue  # the parser joined lines (a dateline, a heading): not one sentence
        if timex.start_token <= token_i < timex.end_token:
            if timex.interval.basis == "anchor" and _ended(state, trigger):
                continue  # "the UN-brokered truce expired on Sunday": Sunday's news
            inner = state.named.get(i)
            if inner is not None and inner[0] <= trigger.idx < inner[1]:
                return -2, inner[2]  # "a month after the Istanbul talks": the talks' own date
            cost = -1  # the event's own name: "the Istanbul talks"
        elif not (state.usable[i] or _by_past(ctx, state, i, trigger)):
            continue  # "after March"; "by March" unless the event is told as done by then
        elif not _fits(ctx, state, i, trigger) or _in_force(ctx, state, i, trigger):
            continue
        elif _earlier_phase(ctx, state, i, trigger):
            continue  # "talks that were suspended in 2019 were resumed last month"
        elif _frames(trigger) and state.heads[i] == trigger.head.head.i:
            continue  # "Under the deal, X will withdraw next month": not the deal's date
        elif _arranged(trigger) and state.heads[i] != token_i \
                and not _defines(ctx.doc[state.heads[i]], token_i) \
                and not (timex.start_token > 0
                         and ctx.doc[timex.start_token - 1].lower_ == "for"):
            continue  # "the meeting was arranged on Sunday": the arranging's day
        elif state.heads[i] == token_i or _defines(ctx.doc[state.heads[i]], token_i) \
                or _made_in(ctx.doc[state.heads[i]], token_i):
            cost = 0
        else:
            cost = _path_cost(trigger, ctx.doc[state.heads[i]])
        if cost >= 0 and _bounds_only(ctx, state, i, trigger):
            continue
        said = cost >= 0 and _said_when(ctx, state, i, trigger)
        if said is None:
            continue  # "said on Monday it would attend talks": not Monday's talks
        if not state.usable[i]:
            # "On Tuesday X delivered it, but by Wednesday Y had rejected it": a deadline
            # on the trigger's own verb still beats an expression on another clause
            own_verb = discourse.clause_verb(trigger)
            cost += 1 if own_verb is not None and state.heads[i] == own_verb.i else DEADLINE_COST
        candidate = (cost, abs(timex.start_token - token_i), i, said)
        considered.append(candidate)
        if best is None or candidate[:3] < best[:3]:
            best = candidate
    if best is None:
        return None
    best = _refined(state, best, considered)
    found = state.timexes[best[2]].interval
    return best[0], _scaled(found, REPORT_FACTOR, "inherited") if best[3] else found


def _earlier_phase(ctx: DocContext, state: _State, i: int, trigger: Token) -> bool:
    """Expression ``i`` dates a later phase of the noun a relative clause on it tells of
    ("Negotiations that were suspended by Duque were resumed last month":
    ``sequel_verbs``): what the relative clause tells came before."""
    verb = discourse.clause_verb(trigger)
    if verb is None or verb.dep_ != "relcl" or verb.head.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    main = verb.head.head
    return state.heads[i] == main.i and main.lemma_.lower() in lexicon().sequel_verbs


def _arranged(trigger: Token) -> bool:
    """An event noun a verb of arranging in the past takes ("the meeting was arranged",
    "had planned a summit"): that verb's expressions date the arranging, not the event.
    A plan still current ("a meeting is planned in Moldova on 1 June") is dated by them."""
    verb = trigger.head
    return (trigger.pos_ == "NOUN" and trigger.dep_ in {"dobj", "nsubjpass"}
            and verb.lemma_.lower() in lexicon().arranging_verbs and discourse.is_past(verb))


def _width(interval: DateInterval) -> int | None:
    first, last = parse_iso(interval.earliest), parse_iso(interval.latest)
    return None if first is None or last is None else (last - first).days


def _refined(
    state: _State, best: tuple[int, int, int, bool], considered: list[tuple[int, int, int, bool]]
) -> tuple[int, int, int, bool]:
    """ "Earlier this month, at talks in Jeddah on 11 March, Ukraine said …": a narrower
    expression inside the chosen one and nearly as close refines it."""
    if best[0] < 0 or state.since[best[2]]:
        return best  # the event's own name; "since the invasion began on 24 February"
    chosen = state.timexes[best[2]]
    outer = chosen.interval
    outer_width = _width(outer)
    if outer_width is None:
        return best
    refined = best
    for cand in considered:
        inner = state.timexes[cand[2]].interval
        width = _width(inner)
        if (
            width is None
            or chosen.start <= state.timexes[cand[2]].start < chosen.end  # part of it
            or cand[0] > best[0] + REFINE_COST
            or (cand[3] and not best[3])  # a said-day does not refine the event's own date
            or not (outer.earliest or "") <= (inner.earliest or "")
            or not (inner.latest or "") <= (outer.latest or "")
        ):
            continue
        current = _width(state.timexes[refined[2]].interval)
        if current is not None and width < current:
            refined = (*cand[:3], best[3])
    return refined


def _frames(trigger: Token) -> bool:
    """The noun of an "under …" phrase on a verb: the deal a clause is framed by."""
    prep = trigger.head
    return (
        trigger.dep_ == "pobj"
        and _framing_noun(trigger)
        and prep.lower_ in FRAMES
        and prep.head.pos_ in {"VERB", "AUX"}
    )


def _ended(state: _State, trigger: Token) -> bool:
    """The named deal is the subject of a verb of ending that has a date of its own."""
    verb = trigger.head
    if trigger.dep_ not in {"nsubj", "nsubjpass"} or verb.lemma_.lower() not in (
        lexicon().ending_verbs
    ):
        return False
    return any(h == verb.i and u for h, u in zip(state.heads, state.usable, strict=True))


def _bounds_only(ctx: DocContext, state: _State, i: int, trigger: Token) -> bool:
    """ "the first deal since the invasion began": "since" bounds a first/only/last
    event; it is no date of it."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    if not (state.since[i] or _in_since_phrase(ctx, state.timexes[i])):
        return False
    words = list(trigger.children)
    if trigger.dep_ == "nsubj":  # "the talks were the first since …"
        attrs = [c for c in trigger.head.children if c.dep_ == "attr"]
        words += [*attrs, *(w for a in attrs for w in a.children)]
    return any(c.lower_ in RANKING or c.tag_ == "JJS" for c in words)


def _in_since_phrase(ctx: DocContext, timex: Timex) -> bool:
    """ "the first talks since the collapse of the Jeddah process in 2023": the
    expression is inside a since-phrase, which bounds the ranked event."""
    tok = ctx.doc[timex.start_token : timex.end_token].root
    for _ in range(discourse.UP_STEPS):
        if tok.head.i == tok.i or tok.dep_ in CLAUSE_DEPS:
            return False
        tok = tok.head
        if tok.lower_ == "since" and tok.dep_ == "prep":
            return True
    return False


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


def _lede_perfect(ctx: DocContext, token_i: int) -> bool:
    """ "China has brokered a ceasefire …" as a report's first sentence: the news of the
    day (the day before to the document date). Only the lede: elsewhere a present
    perfect is as often experience ("has taken part in failed talks")."""
    verb = discourse.clause_verb(ctx.doc[token_i])
    if verb is None or verb.dep_ != "ROOT" or verb.tag_ != "VBN":
        return False
    if not any(c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} for c in verb.children):
        return False
    words = [*verb.children, *ctx.doc[token_i].children]
    if any(c.lower_ in NOT_NEWS or c.dep_ == "neg" or c.lower_ == "no" for c in words):
        return False  # "has since", "has never", "has long"; "has produced no pause"
    return _lede(ctx) == ctx.sentence_index(token_i)


def _lede(ctx: DocContext) -> int | None:
    """The report's first sentence: over ``LEDE_MIN`` characters, ending in a full stop,
    not the ``Date:`` line (titles and bylines are shorter or unpunctuated)."""
    return next(
        (i for i, s in enumerate(ctx.sentences) if s.text.rstrip().endswith(".") and
         len(s.text) > LEDE_MIN and not s.text.lstrip().startswith("Date:")),
        None,
    )


def _lede_told(ctx: DocContext, state: _State, token_i: int) -> DateInterval | None:
    """ "During the third round in Istanbul, the two sides agreed to swap prisoners" in a
    report with no day of its own (no "on Tuesday"): the lede paragraph's simple past is
    the news of the day — the day before the document date to it, as a lede's present
    perfect (`_lede_perfect`); background ("had agreed", "previous"), a relative clause
    and what an undated verb of saying reports are not."""
    if ctx.when is None or state.report_day is not None:
        return None
    lede = _lede(ctx)
    sentence = ctx.sentence_index(token_i)
    if lede is None or sentence < lede:
        return None
    start = ctx.sentences[lede].start_char
    if "\n" in ctx.doc.text[start : ctx.doc[token_i].idx]:
        return None  # past the lede's paragraph
    tok = ctx.doc[token_i]
    verb = _purpose_governor(discourse.clause_verb(tok))
    if verb is None or not discourse.is_simple_past(verb) or discourse.is_background(tok, verb):
        return None
    if verb.dep_ == "relcl" or any(c.dep_ == "neg" or c.lower_ in NOT_NEWS
                                   for c in verb.children):
        return None  # "talks that were suspended in 2019": the news is the main clause
    saying = discourse.reporting_governor(tok)
    if saying is not None and saying.i != verb.i:
        return None  # "Lavrov said Russia was ready": undated saying, as in rule 4
    first = ctx.when - timedelta(days=1)
    return Interval(first, ctx.when, "interval", "relative", 0.3).record(verb.text)


def _present(tok: Token) -> bool:
    """The clause of ``tok`` is in the simple present ("talks continue"): no inheriting."""
    for _ in range(6):
        if tok.pos_ in {"VERB", "AUX"}:
            if tok.dep_ == "ccomp" and tok.head.tag_ == "VBD":
                return False  # "insisted that Kyiv negotiate": not the present
            aux = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
            if aux:  # "talks are taking place in Ghadames": under way today
                return _progressive(tok, aux)
            return tok.tag_ in {"VBZ", "VBP"} and tok.lemma_ != "be"
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _progressive(verb: Token, aux: list[Token]) -> bool:
    """The present progressive, "are taking place", "is holding talks": one "is/are"
    before an -ing form (not "is going to meet")."""
    return (
        verb.tag_ == "VBG"
        and len(aux) == 1
        and aux[0].lemma_ == "be"
        and aux[0].tag_ in {"VBZ", "VBP"}
        and verb.lemma_ != "go"
        and verb.dep_ != "xcomp"
    )


def _scaled(interval: DateInterval, factor: float, basis: str | None = None) -> DateInterval:
    changes: dict[str, object] = {"confidence": round(interval.confidence * factor, 2)}
    if basis:
        changes["basis"] = basis
    return interval.model_copy(update=changes)


def _borrowed(ctx: DocContext, tok: Token) -> DateInterval | None:
    """The date another mention stated (the deal framing an act, the meeting it happened
    in, an earlier mention), ``inherited`` at lower confidence; the article-date fallback
    is no statement and lends nothing."""
    found = date_for(ctx, tok.i)
    if found.earliest is None or found.basis == "document":
        return None
    return _scaled(found, INHERIT_FACTOR, "inherited")


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
    verb = _retold(tok, verb)
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


def _retold(tok: Token, verb: Token) -> Token:
    """ "Trump announced the deal, saying the Houthis had told Washington that the US would
    stop its bombing": what an earlier statement ("had told") says is still to come is
    news when the report's own speaker tells it — the outer verb of saying dates it."""
    content = discourse.clause_verb(tok)
    if content is None or content.i == verb.i or not (_tense(content)
                                                      or discourse.is_modal(content)):
        return verb
    if not (verb.tag_ == "VBN" and discourse.is_past(verb)) or verb.head.i == verb.i:
        return verb
    outer = discourse.reporting_governor(verb.head)
    return outer if outer is not None and outer.i != verb.i else verb


def _narrated(ctx: DocContext, state: _State, token_i: int) -> DateInterval | None:
    """An undated event told in the simple past in a dated report is the report's news."""
    if state.report_day is None:
        return None
    tok = ctx.doc[token_i]
    verb = discourse.clause_verb(tok)
    if verb is not None and discourse.names(verb) and verb.head.i != verb.i:
        verb = discourse.clause_verb(verb.head)  # "to present what he called a proposal"
    verb = _purpose_governor(verb)
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
        and not _plans(verb.head)
        and verb.head.lemma_.lower() not in lexicon().reporting_verbs
    ):
        verb = verb.head
    return verb


def _plans(verb: Token) -> bool:
    """A verb whose infinitive is still to come ("agreed to meet", "is going to meet");
    "went to Doha to present a plan" moved there to do it."""
    lemma = verb.lemma_.lower()
    return lemma in FUTURE_GOVERNORS and not (lemma == "go" and verb.tag_ != "VBG")


def _additive(sent: Span) -> bool:
    """The sentence opens with "Additionally," / "In addition," and the like."""
    words = [t.lower_ for t in sent[:3] if not t.is_punct]
    openers = lexicon().additive_openers
    return bool(words) and (words[0] in openers or " ".join(words[:2]) in openers)


def _generic(tok: Token) -> bool:
    """ "various rounds of talks", "repeated talks": many meetings, none of them dated by
    a neighbour."""
    words = lexicon().generic_quantifiers
    return tok.tag_ in {"NNS", "NNPS"} and any(
        c.dep_ == "amod" and c.lower_ in words for c in tok.children)


def _across_generic(tok: Token) -> bool:
    """ "agreed, during several rounds of talks, to ...": an act spread over many meetings
    takes no neighbour's date either."""
    return any(c.dep_ == "prep" and any(g.dep_ == "pobj" and _generic(g) for g in c.children)
               for c in tok.children)


def _paragraph(ctx: DocContext, state: _State, token_i: int) -> DateInterval | None:
    """The date of the nearest preceding dated sentence of the same paragraph — not for a
    sentence that only adds another item ("Additionally, …"), nor across one; not for an
    event marked as background, nor a past date for one still to come."""
    tok = ctx.doc[token_i]
    if _additive(tok.sent) or _generic(tok) or _across_generic(tok):
        return None
    verb = discourse.clause_verb(tok)
    if discourse.is_background(tok, verb):
        return None  # "Previous talks in Jeddah ended without a deal": not this story's step
    sentence = ctx.sentence_index(token_i)
    paragraph = bisect_right(state.newlines, tok.idx)
    for prev in range(sentence - 1, -1, -1):
        sent = ctx.sentences[prev]
        last_char = sent.start_char + max(len(sent.text.rstrip()) - 1, 0)
        if bisect_right(state.newlines, last_char) != paragraph:
            break
        found = _own(ctx, state, _sentence_root(ctx, state, prev, paragraph))
        if found is not None:
            if _past_for_future(ctx, tok, found[1]):
                return None  # "The talks will include Egypt" after "said on Monday"
            first = parse_iso(found[1].earliest)
            if verb is not None and discourse.is_past(verb) and ctx.when and first \
                    and first > ctx.when:
                return None  # "X said it was ready" after "are set to end on Friday"
            return _scaled(found[1], INHERIT_FACTOR, "inherited")
        if _additive(sent):
            break  # "In addition, X met Y in Nairobi. That round …": its item
    return None


def _coreferent(
    ctx: DocContext, state: _State, token_i: int, same_kind: bool = False
) -> DateInterval | None:
    """ "that truce", "the meeting": the date of the latest earlier mention, if dated;
    "its core offer": the offer of what the sentence before is about; ``same_kind``:
    "the talks" after "consultations" (tried after the paragraph's date)."""
    tok = ctx.doc[token_i]
    earlier = (
        discourse.antecedent(tok, same_kind=True)
        if same_kind
        else discourse.antecedent(tok) or discourse.possessor(tok)
    )
    if earlier is None or _generic(tok):
        return None
    if same_kind and discourse.is_background(tok, None):
        return None  # "the previous round" after "last week's talks": another meeting
    found = _borrowed(ctx, earlier)
    if found is not None and _past_for_future(ctx, tok, found):
        return None  # "the talks will include Egypt": not a meeting already held
    return found


def _past_for_future(ctx: DocContext, tok: Token, found: DateInterval) -> bool:
    """A date wholly before the document date offered to an event told in the future: the
    future verb itself or its subject or object ("the talks will include Cairo"), not a
    noun framing it ("Under the deal, the army will withdraw": the deal is past)."""
    verb = discourse.clause_verb(tok)
    if verb is None or not _tense(verb) or ctx.when is None:
        return False
    if tok.i != verb.i and not (tok.head.i == verb.i
                                and tok.dep_ in {"nsubj", "nsubjpass", "dobj"}):
        return False
    if any(c.lower_ in PAST_FUTURE_AUX for c in verb.children):
        return False  # "said it would not accept Kenya": the future of a past day
    return (found.latest or "9999") < ctx.when.isoformat()


def _outcome(ctx: DocContext, token_i: int) -> DateInterval | None:
    """ "The Jeddah talks of May 2023 produced a short-lived truce": what a dated event
    yields (the object of an ``outcome_verbs`` verb in the past whose subject is an event
    noun) takes that event's date; so does the deal a meeting closed without
    (``closing_verbs``: "the talks held in Amman in June 2023 ended without an agreement")."""
    tok = ctx.doc[token_i]
    verb = tok.head
    words = lexicon()
    if tok.dep_ == "pobj" and verb.lower_ == "without" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head  # "talks held in Amman in June 2023 ended without an agreement"
        if verb.lemma_.lower() not in words.closing_verbs:
            return None
    elif tok.dep_ != "dobj" or verb.lemma_.lower() not in words.outcome_verbs:
        return None
    if not discourse.is_past(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return None
    return _borrowed(ctx, subject)


def _proposed(ctx: DocContext, token_i: int) -> DateInterval | None:
    """ "a plan under which Kyiv would renounce NATO membership": what a proposal, offer or
    deal would bring about (a modal or future relative clause on a noun) is dated by when
    the noun is — the day it was put forward —, with the confidence of a hypothetical."""
    verb = _continued(discourse.clause_verb(ctx.doc[token_i]))
    while verb is not None and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    if verb is None or not (_tense(verb) or discourse.is_modal(verb) or _aim(verb)):
        return None
    noun = _announced_by(verb) if verb.dep_ not in {"relcl", "acl"} else verb.head
    if noun is None:
        return None
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    found = date_for(ctx, noun.i)
    if found.earliest is None or found.basis == "document":
        return None
    return found.model_copy(update={"confidence": HYPOTHETICAL_CONFIDENCE, "basis": "inherited"})


def _aim(verb: Token) -> bool:
    """ "a commitment by the FARC to hand over its assets": an infinitive on a noun tells
    what the commitment, offer or plan is to bring about."""
    return verb.dep_ == "acl" and verb.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )


def _announced_by(verb: Token) -> Token | None:
    """ "Its core offer was a trade: Ukraine would give up its bid …": a clause after a
    colon spells out the noun the clause before it is about (the parser may hang that
    clause on this one)."""
    colon = next((t for t in verb.doc[verb.sent.start : verb.i] if t.text == ":"), None)
    if colon is None:
        return None
    before = [c for c in verb.children if c.i < colon.i and c.dep_ in {"ccomp", "parataxis"}]
    if not before and verb.head.i != verb.i and verb.head.i < colon.i:
        before = [verb.head]
    for clause in before:
        for c in clause.children:
            if c.dep_ in {"nsubj", "attr"} and c.pos_ == "NOUN":
                return c
    return None


def _continued(verb: Token | None) -> Token | None:
    """ "proposals under which it would adopt neutrality, renounce alliances": a bare
    infinitive the parser joined to a finite verb continues the nearest infinitive
    before it that has a modal or "to" (a list of what the proposal would bring)."""
    if verb is None or verb.dep_ != "conj" or verb.tag_ != "VB" or discourse.aux_of(verb):
        return verb
    if verb.head.tag_ not in {"VBD", "VBZ", "VBP"}:
        return verb
    for tok in reversed(verb.doc[verb.head.i + 1 : verb.i]):
        if tok.tag_ == "VB" and any(
            c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in tok.children
        ):
            return tok
    return verb


def _declared(ctx: DocContext, token_i: int) -> DateInterval | None:
    """ "He pointed to the decree Zelensky signed in early October, declaring that talks
    were impossible": a participle of saying without a subject of its own speaks for the
    text named just before it; what it declares is dated by that text."""
    verb = discourse.reporting_governor(ctx.doc[token_i])
    if verb is None or verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "acl"}:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    before = ctx.doc[verb.sent.start : verb.i]
    text = next((t for t in reversed(before) if t.pos_ == "NOUN"
                 and t.lemma_.lower() in lexicon().documents), None)
    if text is None:
        return None
    found = date_for(ctx, text.i)
    if found.basis not in {"explicit", "relative", "anchor"}:
        return None
    return _scaled(found, INHERIT_FACTOR, "inherited")


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


def _phrases(trigger: Token) -> list[tuple[Token, Token]]:
    """(marker, phrase) of the after/before phrases on the trigger: on a verb trigger
    itself, on a noun its participle ("a ceasefire agreed after talks …"), never the
    verb a noun is an argument of ("the truce collapsed after talks": the collapse)."""
    nodes = [trigger]
    if trigger.pos_ in {"NOUN", "PROPN"}:
        nodes = [c for c in trigger.children if c.dep_ in {"acl", "relcl"} and c.tag_ != "VBG"]
        if trigger.dep_ in {"nsubj", "nsubjpass", "dobj"} and trigger.head.lemma_ in MAKING:
            nodes.append(trigger.head)  # "they agreed a truce after …" (or a misparse)
    found = []
    for node in nodes:
        for c in node.children:
            if c.dep_ == "prep" and c.lower_ in OFFSET_WORDS:
                found.append((c, c))
            elif c.dep_ == "advcl":
                mark = [m for m in c.children if m.dep_ == "mark" and m.lower_ in OFFSET_WORDS]
                if mark:
                    found.append((mark[0], c))
    return found


def _counted_from(
    ctx: DocContext, state: _State, trigger: Token, marker: Token, phrase: Token
) -> DateInterval | None:
    """The date of what an after/before phrase names: an expression inside it kept from
    dating the trigger only by the marker ("after talks that ended on 10 October"),
    else the phrase's own event when it has a date of its own ("before the talks
    opened"), at most a week wide."""
    first = min(phrase.left_edge.i, marker.i)
    last = phrase.right_edge.i
    for i in state.by_sentence.get(ctx.sentence_index(trigger.i), []):
        timex = state.timexes[i]
        if first <= timex.start_token <= last and (state.marked[i] or state.usable[i]):
            return timex.interval if _narrow(timex.interval) else None
    head = phrase if phrase.dep_ == "advcl" else next(
        (c for c in phrase.children if c.dep_ in {"pobj", "pcomp"}), None
    )
    if head is None or head.i in state.busy:
        return None
    found = date_for(ctx, head.i)
    subject = _opening_subject(head)
    if found.basis not in {"explicit", "relative", "anchor"} and subject is not None:
        found = date_for(ctx, subject.i)  # "before the talks opened": when the talks began
        if found.basis == "inherited" and found.confidence >= INHERIT_FACTOR * 0.5:
            return found if _narrow(found) else None
    if found.basis not in {"explicit", "relative", "anchor"} or not _narrow(found):
        return None
    return found


def _opening_subject(verb: Token) -> Token | None:
    """The event noun a verb of beginning tells the start of ("the talks opened")."""
    if verb.lemma_.lower() not in discourse.STARTS:
        return None
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}
                 and c.pos_ == "NOUN" and c.lemma_.lower() in lexicon().event_kinds), None)


def _narrow(interval: DateInterval) -> bool:
    first, last = parse_iso(interval.earliest), parse_iso(interval.latest)
    return first is not None and last is not None and (last - first).days < SEQUEL_WIDTH


def _sequel(ctx: DocContext, state: _State, token_i: int) -> DateInterval | None:
    """An event told as following (preceding) a dated one without a distance: "a
    ceasefire agreed after talks that ended on 10 October" is that day or the next (news
    tells a direct outcome so); "agreed shortly before the talks opened" is the week
    before. A bare "before" bounds nothing, so gives no date; nor does "weeks after"."""
    trigger = ctx.doc[token_i]
    for marker, phrase in _phrases(trigger):
        if any(c.dep_ == "npadvmod" for c in [*marker.children, *phrase.children]):
            continue  # "two days after …", "weeks after …": a distance, not a sequel
        near = marker.i > 0 and ctx.doc[marker.i - 1].lower_ in SHORTLY
        if marker.lower_ == "before" and not near:
            continue
        found = _counted_from(ctx, state, trigger, marker, phrase)
        if found is None:
            continue
        first, last = parse_iso(found.earliest), parse_iso(found.latest)
        assert first is not None and last is not None
        if marker.lower_ == "after":
            first, last = last, last + timedelta(days=SEQUEL_DAYS)
        else:
            first, last = first - timedelta(days=SHORTLY_DAYS), first
        confidence = min(found.confidence, SEQUEL_CONFIDENCE)
        return Interval(first, last, "interval", "inherited", confidence).record(
            found.text or ""
        )
    return None


def _described(ctx: DocContext, state: _State, token_i: int) -> DateInterval | None:
    """A passive relative clause describes its noun's event: "negotiations (25–30
    October) that were mediated by Turkey" — the mediation has the talks' dates."""
    verb = discourse.clause_verb(ctx.doc[token_i])
    if verb is None or verb.dep_ != "relcl":
        return None
    if not any(c.dep_ == "nsubjpass" and c.tag_ in {"WDT", "WP"} for c in verb.children):
        return None
    own = _own(ctx, state, verb.head.i)
    if own is None or own[0] > 1:
        return None
    main = verb.head.head
    if verb.head.dep_ in {"nsubj", "nsubjpass"} and main.lemma_.lower() in (
            lexicon().sequel_verbs):
        return None  # "talks that were suspended in 2019 resumed last month": a later phase
    return _scaled(own[1], INHERIT_FACTOR, "inherited")


def _places(trigger: Token) -> list[str]:
    """Proper names the event is placed at: "talks in Pretoria", "the principles agreed
    in Istanbul" (a noun's participle), "the Pretoria talks"."""
    nodes = [trigger]
    if trigger.pos_ in {"NOUN", "PROPN"}:
        nodes += [c for c in trigger.children if c.dep_ in {"acl", "relcl"}]
    names = [c.text for c in trigger.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    for node in nodes:
        for prep in node.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"in", "at"}:
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                    parts = [c for c in obj.children if c.dep_ == "compound"] + [obj]
                    names.append(" ".join(t.text for t in sorted(parts, key=lambda t: t.i)))
    return names


def _placed(ctx: DocContext, token_i: int) -> DateInterval | None:
    """An undated event at the place of exactly one profile anchor of its kind ("the
    principles agreed in Istanbul") is that anchor's event, modest confidence."""
    profile = ctx.profile if isinstance(ctx.profile, ConflictProfile) else None
    trigger = ctx.doc[token_i]
    kind = lexicon().event_kinds.get(trigger.lemma_.lower())
    if profile is None or kind is None:
        return None
    found = {
        anchor
        for place in _places(trigger)
        if (anchor := profile.anchor_at(place, kind, ctx.when)) is not None
    }
    if len(found) != 1:
        return None
    anchor = found.pop()
    gran = "day" if anchor.start == anchor.end else "interval"
    return Interval(anchor.start, anchor.end, gran, "anchor", PLACE_CONFIDENCE).record(
        trigger.text
    )


def _framing_noun(tok: Token) -> bool:
    """A deal or plan noun: "the deal", "the plan", "the truce"."""
    lex = lexicon()
    word = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (
        word in lex.framing_nouns or tok.lower_ in lex.framing_nouns  # "terms", not "term"
        or lex.event_kinds.get(word) in {"agreement", "ceasefire"}
    )


def _framing(tok: Token) -> Token | None:
    """The noun of "under the deal" on a verb ("Under the deal, Armenia will return …")."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in FRAMES:
            return next((o for o in c.children if o.dep_ == "pobj" and _framing_noun(o)), None)
    return None


def _framed(ctx: DocContext, token_i: int) -> DateInterval | None:
    """What a deal or plan provides for ("Under the deal, Armenia will return the
    districts over the coming weeks") is settled when the deal is: a future act framed by
    "under X" takes X's date, not the time it is to be carried out."""
    verb = discourse.clause_verb(ctx.doc[token_i])
    if verb is None or not (_tense(verb) or discourse.is_modal(verb)):
        return None
    noun = _framing(verb)
    if noun is None:
        return None
    return _borrowed(ctx, noun)


def _meeting(trigger: Token) -> Token | None:
    """The meeting an act is placed inside: "agreed during talks in Istanbul", "froze
    the negotiations during the sessions" (on the trigger or its clause's verb)."""
    lex = lexicon()

    def talks(tok: Token) -> bool:
        return tok.pos_ == "NOUN" and lex.event_kinds.get(tok.lemma_.lower()) == "talks"

    if talks(trigger):
        return None  # the meeting itself, not an act inside it
    verb = discourse.clause_verb(trigger)
    for node in dict.fromkeys(n for n in (trigger, verb) if n is not None):
        for prep in node.children:
            if prep.dep_ != "prep" or prep.lower_ not in lex.containing_preps:
                continue
            meeting = next((o for o in prep.children if o.dep_ == "pobj" and talks(o)), None)
            if meeting is None:
                continue
            # "froze the Doha negotiations during the sessions": the sessions are the
            # talks the act is on, when the verb names them
            acted_on = next((c for c in node.children
                             if c.dep_ in {"dobj", "nsubjpass"} and talks(c)), None)
            definite = any(c.dep_ == "det" and c.lower_ in discourse.DEFINITE
                           for c in meeting.children)
            return acted_on if acted_on is not None and definite else meeting
    return None


def _during(ctx: DocContext, token_i: int) -> DateInterval | None:
    """An act inside a meeting happened when the meeting did: the meeting's own date
    (its expression, its anchor, an earlier mention), ``inherited``."""
    meeting = _meeting(ctx.doc[token_i])
    if meeting is None:
        return None
    return _borrowed(ctx, meeting)


def _provider(verb: Token) -> Token | None:
    """The deal noun whose verb of providing governs an infinitive clause: "the accord's
    terms obliged the RSF to leave the homes it held" (the accord), "the plan requires
    the army to withdraw" (the plan)."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    listed = any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)
    for cue in verb.doc[verb.sent.start : verb.i]:
        if cue.lemma_.lower() not in lexicon().providing_verbs or cue.pos_ not in {"VERB", "AUX"}:
            continue
        if not (listed or verb in cue.subtree):
            continue
        subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
        if subject is None and cue.dep_ == "acl":
            subject = cue.head  # "the accord called for …", parsed as a participle
        if subject is None or not _framing_noun(subject):
            continue
        deal = next((o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj" and _framing_noun(o)), None)
        return deal or subject
    return None


def _provided(ctx: DocContext, token_i: int) -> DateInterval | None:
    """What a deal or plan provides for, with no date of its own, takes the deal's (that
    of its earlier mention when "the plan requires …" is told in the present)."""
    verb = discourse.clause_verb(ctx.doc[token_i])
    noun = _provider(verb) if verb is not None else None
    if noun is None:
        return None
    if (found := _borrowed(ctx, noun)) is not None:
        return found
    earlier = discourse.antecedent(noun)
    return _borrowed(ctx, earlier) if earlier is not None else None


def _date(ctx: DocContext, state: _State, token_i: int) -> DateInterval:
    offset = _offset(ctx, state, token_i)
    if isinstance(offset, DateInterval):
        return offset
    framed = _framed(ctx, token_i)
    if framed is not None:
        return framed
    own = _own(ctx, state, token_i)
    if own is not None and own[0] > 0 and ctx.doc[token_i].pos_ in {"NOUN", "PROPN"}:
        # "a truce announced after talks on 25 October collapsed the next morning": the
        # noun's own participle dates it before the verb it is the subject of
        related = _sequel(ctx, state, token_i)
        if related is not None:
            return related
    if own is not None and own[1].basis == "inherited":
        # said on Thursday: only an upper bound, which the place's anchor may respect
        placed = _placed(ctx, token_i)
        if placed is not None and (placed.latest or "") <= (own[1].latest or ""):
            return placed
    if own is not None:
        cost, interval = own
        factor = 1.0 if cost <= 1 else 0.85 if cost <= 3 else 0.7
        return _scaled(interval, factor)
    related = _sequel(ctx, state, token_i) or _described(ctx, state, token_i)
    if related is not None:
        return related
    tok = ctx.doc[token_i]
    if ctx.when is not None and _present(tok) and not discourse.is_background(
            tok, discourse.clause_verb(tok)):  # "a previous truce deal is the basis"
        return Interval(ctx.when, ctx.when, "day", "document", 0.4).record(ctx.doc[token_i].text)
    if ctx.when is not None and _lede_perfect(ctx, token_i):
        first = ctx.when - timedelta(days=1)
        return Interval(first, ctx.when, "interval", "relative", 0.3).record(
            ctx.doc[token_i].text
        )
    found = (
        _during(ctx, token_i)
        or _provided(ctx, token_i)
        or _placed(ctx, token_i)
        or _declared(ctx, token_i)
        or _proposed(ctx, token_i)
        or _outcome(ctx, token_i)
        or _coreferent(ctx, state, token_i)
        or _paragraph(ctx, state, token_i)
        or _coreferent(ctx, state, token_i, same_kind=True)
    )
    if found is None and offset is None:
        found = (_reported(ctx, state, token_i) or _narrated(ctx, state, token_i)
                 or _lede_told(ctx, state, token_i))
    return found or DateInterval()


def date_for(ctx: DocContext, token_i: int) -> DateInterval:
    """The date of the event or claim whose trigger (cue) is token ``token_i``."""
    state = _state(ctx)
    if token_i in state.busy:
        return DateInterval()  # "agreed after the talks", the talks dated from the deal
    if token_i not in state.memo:
        state.busy.add(token_i)
        try:
            state.memo[token_i] = _date(ctx, state, token_i)
        finally:
            state.busy.discard(token_i)
    return state.memo[token_i]
