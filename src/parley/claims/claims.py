"""Claims: one per attributed sentence and speaker, linked to the events they report.

Built from the attributions (``attribution.py``): the speaker becomes an ``Actor`` (as of
the date the words were said), the content span gives the targets (actors talked
about) and the issue, and events whose trigger or evidence sits inside the content are
the events the claim asserts or disputes.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date as Date
from typing import TYPE_CHECKING

import parley.actors
from parley.claims.attribution import Attribution
from parley.claims.cues import lexicon
from parley.claims.issues import issue_matches
from parley.claims.positions import keyword_voided
from parley.records import Actor, Claim, DateInterval, Event
from parley.time import date_for

if TYPE_CHECKING:
    from parley.nlp.context import DocContext

__all__ = ["claims_from_attributions", "link_events"]

HEDGED_CLASSES = frozenset({"hedged"})
DEMONSTRATIVES = frozenset({"that", "this", "those", "these"})
RELATIVES = frozenset({"which", "whom", "whose"})
CLAIM_NOUNS = frozenset({"idea", "notion", "suggestion", "proposal", "plan"})
CONTINUATION_SENTENCES = 2  # "He added ..." this close after X's words shares their date


def claims_from_attributions(ctx: DocContext, attributions: list[Attribution]) -> list[Claim]:
    """One claim per sentence and speaker; attributions without a known actor are skipped."""
    seen: set[tuple[int, str]] = set()
    claims: list[Claim] = []
    said: dict[tuple[str, str | None], tuple[int, DateInterval, int]] = {}  # per speaker
    for att in attributions:
        if att.negated or _nested(att, attributions) or _empty(ctx, att):
            continue
        for speaker in att.speakers:
            key = (att.sentence, speaker.actor.code)
            if key in seen:
                continue
            seen.add(key)
            who = (speaker.actor.code, speaker.actor.name)
            before = said.get(who)
            if before is not None and before[2] != speaker.start_token:
                before = None  # another mention of the actor may be another occasion
            date = _said_on(ctx, att, before[:2] if before else None)
            said[who] = (att.sentence, date, speaker.start_token)
            claims.append(_claim(ctx, replace(att, speaker=speaker), date))
    return claims


def _empty(ctx: DocContext, att: Attribution) -> bool:
    """Content that says nothing by itself: a bare pronoun ("Moscow confirmed it"), a
    demonstrative claim noun ("rejected that idea") or a relative clause about the cue's
    object ("whom he calls a rebel", "a statement in which they agreed")."""
    content = ctx.doc[att.content_start_token : att.content_end_token]
    words = [t for t in content if not t.is_punct]
    if not words:
        return True
    if len(words) == 1 and words[0].pos_ == "PRON":
        return True
    if not att.direct and att.cue in {ph.cue for ph in lexicon().phrases} and not any(
            t.pos_ in ("VERB", "AUX") for t in words):
        return True  # "made the remarks at a press conference": where, not what was said
    if words[-1].lemma_.lower() in CLAIM_NOUNS and (
            len(words) == 1 or (len(words) == 2 and words[0].lower_ in DEMONSTRATIVES)):
        return True  # "rejected that idea" ("that" is trimmed as a leading marker)
    if words[0].pos_ == "ADP" and len(words) > 1:  # "in which they agreed"
        return words[1].lower_ in RELATIVES
    return words[0].lower_ == "whom"  # "whom he calls a rebel": the object, not a claim


def _nested(att: Attribution, attributions: list[Attribution]) -> bool:
    """Speech reported inside someone else's words ("X said Y had told Z that ...") is
    part of X's claim, not a claim of Y's."""
    return any(
        other is not att and other.sentence == att.sentence and other.speakers
        and other.covers(att.cue_token) and not other.covers(other.cue_token)
        and not (att.content_start_token <= other.cue_token < att.content_end_token)
        for other in attributions
    )


def _claim(ctx: DocContext, att: Attribution, date: DateInterval) -> Claim:
    assert att.speaker is not None
    doc = ctx.doc
    content = doc[att.content_start_token : att.content_end_token]
    speaker = _as_of(att.speaker.actor, date)
    targets: list[Actor] = []
    codes: set[str] = {speaker.code}
    for m in ctx.mentions_in(att.content_start_token, att.content_end_token):
        if m.actor.code not in codes and not (
            att.speaker_start_token <= m.start_token < att.speaker_end_token
        ):
            codes.add(m.actor.code)
            targets.append(m.actor)
    issues = [m for m in issue_matches(content) if not keyword_voided(ctx, *m)]
    hedged = att.cue_class in HEDGED_CLASSES or any(
        t.lower_ in ("may", "might", "could", "possibly", "reportedly") for t in content
    )
    return Claim(
        id=ctx.make_id("cl", att.sentence, att.speaker.actor.code),
        speaker=speaker, cue=att.cue, cue_class=att.cue_class,  # type: ignore[arg-type]
        content=content.text, targets=targets, issue=issues[0][0] if issues else None,
        hedged=hedged, date=date, evidence=[ctx.evidence(att.sentence)],
    )


def _said_on(ctx: DocContext, att: Attribution,
             before: tuple[int, DateInterval] | None) -> DateInterval:
    """When the words were said: the date attached to the cue verb when a time expression of
    its own sentence, outside what is said, gives it; else the date of the same speaker's
    words just before ("On Friday, X said ... He added ..."); else the report day. A date
    inside the content ("said talks would start on Saturday") or borrowed from an earlier
    sentence's events is not when the words were said."""
    found = date_for(ctx, att.cue_token)
    if found.basis == "document" or _own_timex(ctx, att, found):
        return found
    occasion = _occasion_date(ctx, att)
    if occasion is not None:
        return occasion
    if before is not None and 0 < att.sentence - before[0] <= CONTINUATION_SENTENCES:
        return before[1]
    if ctx.when is None:
        return found
    day = ctx.when.isoformat()
    return DateInterval(earliest=day, latest=day, granularity="day", basis="document",
                        text=att.cue, confidence=0.6)


def _occasion_date(ctx: DocContext, att: Attribution) -> DateInterval | None:
    """The date of the occasion the words were said on ("in a recent interview", "at a
    press conference on Monday"), even when the parser hangs that phrase inside the
    content: an interview dates the speaking, never what is said."""
    occasions = lexicon().occasions
    for t in ctx.timexes:
        if t.sentence != att.sentence or not t.interval.earliest:
            continue
        root = ctx.doc[t.start_token : t.end_token].root
        heads = [root, root.head, *ctx.doc[t.end_token : t.end_token + 1]]
        if any(h.pos_ == "NOUN" and h.lemma_.lower() in occasions for h in heads):
            return t.interval
    return None


def _own_timex(ctx: DocContext, att: Attribution, found: DateInterval) -> bool:
    """Whether ``found`` comes from a time expression in the cue's sentence outside the
    content span. Content without a verb is the cue's object, and a date in it is the
    cue's ("announced a ceasefire on Friday")."""
    if not found.earliest:
        return False
    content = ctx.doc[att.content_start_token : att.content_end_token]
    clause = any(t.pos_ in ("VERB", "AUX") for t in content)
    return any(
        t.sentence == att.sentence and t.interval.earliest == found.earliest
        and not (clause and att.content_start_token <= t.start_token < att.content_end_token)
        for t in ctx.timexes
    )


def _as_of(actor: Actor, date: DateInterval) -> Actor:
    """The speaker's code as of when they spoke (a former minister spoke as minister)."""
    relink = getattr(parley.actors, "relink", None)  # added by the actors stage
    if not date.earliest or relink is None:
        return actor
    until = Date.fromisoformat(date.latest[:10]) if date.latest else None
    return relink(actor, Date.fromisoformat(date.earliest[:10]), until=until)


def link_events(ctx: DocContext, claims: list[Claim], attributions: list[Attribution],
                events: list[Event]) -> None:
    """Store in each claim the ids of the events inside its content span."""
    by_id = {c.id: c for c in claims}
    for att in attributions:
        lo = ctx.doc[att.content_start_token].idx
        last = ctx.doc[att.content_end_token - 1]
        hi = last.idx + len(last)
        for speaker in att.speakers:
            claim = by_id.get(ctx.make_id("cl", att.sentence, speaker.actor.code))
            if claim is None:
                claim = next((c for c in claims if c.evidence[0].sentence == att.sentence), None)
            if claim is None:
                continue
            for event in events:
                if event.id not in claim.events and _inside(event, att.sentence, lo, hi):
                    claim.events.append(event.id)


def _inside(event: Event, sentence: int, lo: int, hi: int) -> bool:
    for ev in event.evidence:
        if ev.sentence != sentence:
            continue
        if event.trigger:  # the trigger word inside the content
            pos = ev.text.find(event.trigger)
            if pos >= 0 and lo <= ev.start + pos < hi:
                return True
        elif ev.start < hi and lo < ev.end:
            return True
    return False
