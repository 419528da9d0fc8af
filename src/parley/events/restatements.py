"""Restatements: real reports retell their news event in several voices (the announcer,
a minister confirming, a quote). Within-document coreference keeps each speaker's version
apart; this pass joins an outcome retold with the same sides and nothing in conflict."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from parley.events.coref import (
    ANAPHORIC_DETS,
    FACTUAL,
    Candidate,
    absorb,
    compatible,
    groups,
)
from parley.events.triggers import Rules, lemma

if TYPE_CHECKING:
    from parley.nlp.context import DocContext, Mention


def state_of(m: Mention) -> str:
    """A state and its government are one side; an armed group is its own."""
    return m.actor.code if m.actor.kind == "group" else m.actor.group



def _sides(ev: Candidate) -> set[str]:
    """Who an event is between: its parties and agent, mediators aside (an armed group
    is a side of its own: "the military and the Three Brotherhood Alliance")."""
    brokers = groups(ev.roles.mediators)
    own = {state_of(m) for m in ev.roles.parties if m.actor.group not in brokers}
    if ev.roles.agent is not None:
        own.add(state_of(ev.roles.agent))
    return own


def _agent_of(ev: Candidate) -> str | None:
    return state_of(ev.roles.agent) if ev.roles.agent is not None else None


def _kin(a: Candidate, b: Candidate) -> bool:
    """Events that could be one: the same sides, or one actor's act naming more or fewer
    counterparts."""
    if a.roles.agent is not None and _agent_of(a) == _agent_of(b):
        x, y = _sides(a), _sides(b)
        return x <= y or y <= x
    return _sides(a) == _sides(b)


def _restates(old: Candidate, new: Candidate, aims: frozenset[str] = frozenset()) -> bool:
    """``new`` retells ``old`` in another voice: the same sides, type and nothing in
    conflict, both stated as fact (the announcer, a minister confirming, a quote), or
    both the same aim still on the table (types in ``aims``: "a proposal for a Gaza
    ceasefire ... the ceasefire proposal ... progress on a ceasefire deal")."""
    both_aims = old.modality == new.modality == "hypothetical" and old.type in aims \
        and old.nominal and new.nominal  # not "could be extended": an act on the truce
    if old.type != new.type or (not both_aims and (
            old.modality not in FACTUAL or new.modality not in FACTUAL)):
        return False
    if old.unilateral != new.unilateral or old.visit or new.visit:
        return False
    sides, other = _sides(old), _sides(new)
    if len(sides) < 2 and old.roles.agent is None:
        return False  # too little named to tell two events apart
    if _agent_of(old) != _agent_of(new):
        return False
    # one party's act retold may name its counterpart once only ("accepted the Egyptian
    # plan ... accepted the plan"); a shared event needs the same sides
    if sides != other and (old.roles.agent is None or not (sides <= other or other <= sides)):
        return False

    probe = replace(new, modality=old.modality, source=old.source, anaphoric=False,
                    needs_antecedent=True, nominal=True, sentence=old.sentence)
    return compatible(old, probe)


def _same_named_place(rivals: list[Candidate], ev: Candidate) -> bool:
    """Talks retold are placed alike ("talks in Muscat ... negotiations in Muscat"); several
    rounds named nowhere and a meeting in Vienna may be different meetings."""
    here = ev.roles.location
    return bool(rivals) and here is not None and all(
        r.roles.location is not None and r.roles.location.name.lower() == here.name.lower()
        for r in rivals)


def merge_restatements(ctx: DocContext, events: list[Candidate], rules: Rules
                        ) -> list[Candidate]:
    """Real reports restate their news event in several voices: "India and Pakistan agreed
    to a ceasefire, Moscow said ... 'Azerbaijan and Armenia have agreed to a ceasefire,' Yerevan
    wrote". Within-document merging keeps each speaker's version apart; an outcome retold
    with the same sides, no new-occurrence marker and no conflicting role, place, status or
    date is one event (types in ``restated_types``), told first by the earliest mention,
    when it is the only earlier event of its type between those sides."""
    kinds = rules.sets.get("restated_types", frozenset())
    aims = rules.sets.get("restated_aims", frozenset())
    out: list[Candidate] = []
    for ev in sorted(events, key=lambda e: e.trigger):
        rivals = [o for o in out if o.type == ev.type and _kin(o, ev)
                  and (o.modality == "hypothetical") == (ev.modality == "hypothetical")]
        # only an unambiguous retelling: with two earlier truces between the same sides
        # ("a truce in October ... a second in November ... the ceasefire"), no guess
        # "a phone call", "a meeting": an indefinite meeting is a new one (a truce retold
        # in a quote is "a ceasefire" too, but one is agreed once)
        dets = {lemma(c) for c in ctx.doc[ev.trigger].children if c.dep_ == "det"}
        fresh = ev.type == "talks" and (bool(dets & {"a", "an"})
                                        or not _same_named_place(rivals, ev))
        # "the pause could be extended": a definite truce under a modal is the one in force
        fresh = fresh or (ev.modality == "hypothetical" and bool(dets & ANAPHORIC_DETS))
        if ev.type in kinds and len(rivals) == 1 and not fresh \
                and _restates(rivals[0], ev, aims):
            absorb(rivals[0], ev)
        else:
            out.append(ev)
    return out
