"""Within-document coreference: repeated mentions of one event become one event.

"The army and the RSF opened negotiations in Jeddah ... the mediators paused the Jeddah
negotiations ... the talks" is one talks event with several evidence spans. Two
candidates merge when they have the same type and nothing conflicts: party groups
nest, locations, agents and dates agree, modality is compatible, and the later one is
not marked as a new occurrence ("another round", "talks resumed again").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from parley.records import DateInterval, Location

if TYPE_CHECKING:
    from spacy.tokens import Token

    from parley.events.roles import Roles
    from parley.nlp.context import Mention

# determiners of a mention told before: "the talks", "that truce"
ANAPHORIC_DETS = {"the", "this", "these", "those", "that", "such"}
NEW_MARKERS = {"another", "new", "second", "third", "fourth", "next", "fresh", "further",
               "latest", "separate", "subsequent", "later", "again", "renewed"}
# "an earlier deal", "the previous round", "past talks": background, not the news event
BACKGROUND_MARKERS = {"earlier", "previous", "former", "prior", "past", "last"}
FACTUAL = {"asserted", "reported"}
# a signed deal is final: "the final text" after "signed an agreement" is the same deal
SETTLED_STATUS = {"signed", "final"}


@dataclass
class Candidate:
    """An event before merging: where it was found and what was read around it."""

    type: str
    trigger: int  # token index
    trigger_text: str
    sentence: int
    roles: Roles
    modality: str = "asserted"
    source: Mention | None = None
    attributed: bool = False  # stated inside someone's statement, even if unnamed
    status: str | None = None
    terms: list = field(default_factory=list)
    date: DateInterval = field(default_factory=DateInterval)
    anaphoric: bool = False  # "the talks", "this agreement": refers back if it can
    needs_antecedent: bool = False  # dropped unless it merges into an earlier event
    new_marker: bool = False
    background: bool = False  # "an earlier deal", "the previous round": not the news event
    nominal: bool = False
    unilateral: bool = False  # "a unilateral ceasefire": one side's act, no one else's
    visit: bool = False  # a visit: visitor and host, not the negotiation's two sides
    on_process: bool = False  # acts on talks or participation in them, not on a decree or deal
    generic: bool = False  # "various rounds of talks": many meetings, no one round's roles
    resumed: bool = False  # "resumed their talks": a process resumes once at a time
    additive: bool = False  # "they also met ...": one more act, not the one just told
    bare: bool = False  # a bare plural, "talks with the ELN began": no article either way
    term: bool = False  # a deal's term binding one side ("the deal obliged X to withdraw")
    anchor: int | None = None  # token of the event noun this event acts on
    sentences: list[int] = field(default_factory=list)
    tokens: list[int] = field(default_factory=list)  # triggers of merged candidates


def background_mention(tok: Token) -> bool:
    """A trigger marked as told in the background: "an earlier deal", "the previous
    round of talks" (the marker modifies the trigger)."""
    return any(c.dep_ in {"amod", "advmod"} and c.lower_ in BACKGROUND_MARKERS
               for c in tok.children)


def groups(mentions: list[Mention]) -> set[str]:
    return {m.actor.group for m in mentions}


def _nested(a: set[str], b: set[str]) -> bool:
    return not a or not b or a <= b or b <= a


def _same_place(a: Location | None, b: Location | None) -> bool:
    return a is None or b is None or a.name.lower() == b.name.lower()


def _dates_overlap(a: DateInterval, b: DateInterval) -> bool:
    if not (a.earliest and a.latest and b.earliest and b.latest):
        return True
    return a.earliest <= b.latest and b.earliest <= a.latest


def _statuses_agree(a: str, b: str) -> bool:
    """Later mentions may say the deal collapsed; a provisional text is not a signed one."""
    return a == b or "collapsed" in (a, b) or {a, b} <= SETTLED_STATUS


def _source_group(c: Candidate) -> str | None:
    return c.source.actor.group if c.source is not None else None


def compatible(old: Candidate, new: Candidate) -> bool:
    """Nothing conflicts, and ``new`` reads as a mention of ``old`` rather than a new one."""
    if old.type != new.type or new.new_marker:
        return False
    if old.background != new.background:
        return False  # "confirmed an earlier deal" is no mention of the deal just agreed
    same_voice = old.modality == new.modality and _source_group(old) == _source_group(new)
    definite = _definite_talks(old, new)
    narrated = _narrated_retelling(old, new) or _bare_retelling(old, new)
    if not same_voice and not definite and not narrated and not (
        new.anaphoric and old.modality in FACTUAL and new.modality in FACTUAL
    ):
        return False
    if not new.nominal and new.sentence != old.sentence and not narrated:
        return False  # every narrated act is its own event ("met ... met again")
    retold = old.resumed and new.resumed and _dated_alike(old.date, new.date) and bool(
        groups(old.roles.parties) & groups(new.roles.parties))
    if not new.anaphoric and not new.needs_antecedent and overlap(old, new) < 2 \
            and not retold and not narrated:
        return False  # an indefinite "talks mediated by X" introduces a new event
    if not _nested(groups(old.roles.parties), groups(new.roles.parties)):
        return False
    if not _nested(groups(old.roles.mediators), groups(new.roles.mediators)):
        return False
    if _crossed(old, new):
        return False
    a, b = old.roles.agent, new.roles.agent
    if a is not None and b is not None and (
            a.actor.group != b.actor.group or (old.term and new.term and not _same_agent(a, b))):
        return False
    if old.status and new.status and not _statuses_agree(old.status, new.status):
        return False  # a provisional text and a signed one are two events
    if not _same_place(old.roles.location, new.roles.location):
        return False
    # "the Qatari-brokered negotiations", "the Jeddah negotiations": a back-reference
    # that names the brokers or the place is known by them, not by a date it only
    # borrowed from the sentences around it
    named = bool(groups(old.roles.mediators) & groups(new.roles.mediators)) or (
        old.roles.location is not None and new.roles.location is not None)
    if new.anaphoric and new.date.basis == "inherited" and (named or new.sentence in old.sentences):
        return True  # "Abu Dhabi froze the Jeddah negotiations during the sessions": the
        # talks named in the mention's own sentence, whatever date it borrowed elsewhere
    return _dates_overlap(old.date, new.date)


def _same_agent(a: Mention, b: Mention) -> bool:
    """One side bound by a deal's terms: the same country or body, but an armed group is
    never its own state's forces ("the army to withdraw ... and the RSF to free its
    prisoners" are two sides' terms though both are Sudan's)."""
    if a.actor.group != b.actor.group:
        return False
    return a.actor.code == b.actor.code or "group" not in (a.actor.kind, b.actor.kind)


def _definite_talks(old: Candidate, new: Candidate) -> bool:
    """A definite mention of talks told as fact retells a definite mention under a modal.

    "He was encouraged by the talks being held in South Africa ... The talks started on
    Tuesday, the government said": the definite noun presupposes the talks; the modal was
    about what was said of them. Talks only planned or called off ("an attempt to convene
    talks had to be postponed") are no antecedent, and a mention under a modal joins
    nothing ("whether he backed the talks", "the talks will resume next week").
    """
    if old.type != "talks" or not new.nominal or not new.anaphoric or new.generic:
        return False
    return new.modality in FACTUAL and (
        old.modality in FACTUAL or (old.anaphoric and old.modality != "negated"))


def _crossed(old: Candidate, new: Candidate) -> bool:
    """One mention's mediator is the other's side ("Saudi and Omani delegations held talks
    with the Houthis" ... "the Oman-mediated consultations between Riyadh and Sanaa"): two
    different settings, whichever reading of Oman is right."""
    return bool(groups(old.roles.mediators) & (groups(new.roles.parties)
                                               - groups(new.roles.mediators))
                or groups(new.roles.mediators) & (groups(old.roles.parties)
                                                  - groups(old.roles.mediators)))


def _bare_retelling(old: Candidate, new: Candidate) -> bool:
    """A bare plural "talks" told after talks of the same sides, dated alike by the text.

    "held a round of talks in Caracas ... the delegation reported that talks with the ELN
    began on Saturday": English gives "talks" no article when it retells them, so a bare
    plural is no sign of a new meeting; a date of its own that differs still is.
    """
    if old.type != "talks" or old.generic or not new.bare or new.new_marker or new.generic \
            or new.additive:
        return False
    if old.modality not in FACTUAL or new.modality not in FACTUAL:
        return False
    if not groups(new.roles.mediators) <= groups(old.roles.mediators) or (
            new.roles.location is not None and old.roles.location is None):
        return False  # "also took part in talks mediated by X": a setting of their own
    a, b = groups(old.roles.parties), groups(new.roles.parties)
    return bool(a & b) and _nested(a, b) and _dates_overlap(old.date, new.date) and (
        _date_rank(old.date)[0] >= 2 and _date_rank(new.date)[0] >= 2)


def _narrated_retelling(old: Candidate, new: Candidate) -> bool:
    """A meeting verb told just after the talks, naming no other side, place or date.

    "Saudi and Omani delegations held talks with Houthi officials in Sanaa on Sunday. The
    Saudi delegation met with al-Mashat ...": the second sentence tells the same meeting.
    "They also met Blinken", "met again", "had met in May", a visit, a meeting of one side
    alone or one told three sentences later stays apart.
    """
    if old.type != "talks" or old.generic or new.nominal or new.additive or new.new_marker \
            or new.visit:
        return False
    if old.modality not in FACTUAL or new.modality not in FACTUAL:
        return False
    if not 0 < new.sentence - _recency(old) <= 2:
        return False
    a, b = groups(old.roles.parties), groups(new.roles.parties)
    if len(b) < 2 or not b <= a:
        return False  # one side alone, or a side the meeting told did not have: another
    return _same_place(old.roles.location, new.roles.location) and _dates_overlap(
        old.date, new.date)


def _dated_alike(a: DateInterval, b: DateInterval) -> bool:
    """Both mentions dated by the text itself, and the dates overlap."""
    return _date_rank(a)[0] >= 3 and _date_rank(b)[0] >= 3 and _dates_overlap(a, b)


def overlap(old: Candidate, new: Candidate) -> int:
    """How strongly two candidates share roles (location and mediators count most)."""
    score = 0
    a, b = old.roles.location, new.roles.location
    if a is not None and b is not None and a.name.lower() == b.name.lower():
        score += 2
    if groups(old.roles.mediators) & groups(new.roles.mediators):
        score += 2
    if groups(old.roles.parties) & groups(new.roles.parties):
        score += 1
    if new.sentence in old.sentences or new.sentence == old.sentence:
        score += 2
    return score


def _recency(c: Candidate) -> int:
    return max([c.sentence, *c.sentences])


# how well a mention's date is supported: the text dates it itself, or it is borrowed
# (an earlier sentence, the report's day), or it is only the document's date
BASIS_RANK = {"explicit": 3, "anchor": 3, "relative": 3, "inherited": 2, "document": 1}


def _date_rank(d: DateInterval) -> tuple[int, float]:
    if not (d.earliest and d.latest):
        return 0, 0.0
    return BASIS_RANK.get(d.basis, 0), d.confidence


def better_date(old: DateInterval, new: DateInterval) -> DateInterval:
    """The better supported of two mentions' dates: by basis, then confidence; on a tie
    the earlier mention keeps its date (a later one is as often a back-reference)."""
    return new if _date_rank(new) > _date_rank(old) else old


def absorb(old: Candidate, new: Candidate) -> None:
    """Fold ``new`` into ``old``: union of roles, evidence, terms; better date."""
    old.roles.add_parties(new.roles.parties)
    old.roles.add_mediators(new.roles.mediators)
    old.roles.agent = old.roles.agent or new.roles.agent
    old.roles.location = old.roles.location or new.roles.location
    old.roles.absent += new.roles.absent
    if old.type == "talks" and old.modality == "hypothetical" and old.anaphoric \
            and new.modality in FACTUAL:
        # "the talks being held in South Africa" then "the talks started on Tuesday": the
        # definite talks took place; the modal was about something said of them
        old.modality, old.source, old.attributed = new.modality, new.source, new.attributed
    if new.status == "collapsed" or old.status is None:
        old.status = new.status or old.status
    old.date = better_date(old.date, new.date)
    for sent in [new.sentence, *new.sentences]:
        if sent not in old.sentences:
            old.sentences.append(sent)
    old.tokens.extend([new.trigger, *new.tokens])
    seen = {(t.party.code if t.party else None, t.issue) for t in old.terms}
    for term in new.terms:
        key = (term.party.code if term.party else None, term.issue)
        if key not in seen:
            old.terms.append(term)
            seen.add(key)


def merge(candidates: list[Candidate]) -> tuple[list[Candidate], dict[int, Candidate]]:
    """Merge in document order; return the events and a token → event map."""
    events: list[Candidate] = []
    by_token: dict[int, Candidate] = {}
    for cand in sorted(candidates, key=lambda c: c.trigger):
        fits = [e for e in events if compatible(e, cand)]
        # best role overlap wins; among equals, the most recent (list order is by position)
        target = max(fits, key=lambda e: (overlap(e, cand), _recency(e)), default=None)
        if target is None:
            if cand.needs_antecedent:
                continue
            if cand.sentence not in cand.sentences:
                cand.sentences.insert(0, cand.sentence)
            events.append(cand)
            target = cand
        else:
            if _borrowed_elsewhere(cand, target, events):
                cand.date = DateInterval()
            absorb(target, cand)
        by_token[cand.trigger] = target
    bridge(events)
    return events, by_token


def _borrowed_elsewhere(mention: Candidate, target: Candidate, events: list[Candidate]) -> bool:
    """A back-reference dated by borrowing the date another event of its type has by the
    text itself.

    "Turkish officials said the US had a hand in the failure of the talks", after a dated
    Istanbul round: the mention took the Istanbul date, but it names the undated
    Bennett-brokered negotiations; that date is not theirs to take.
    """
    d = mention.date
    if not (mention.anaphoric and d.basis == "inherited" and d.earliest):
        return False
    return any(e is not target and e.type == mention.type and _date_rank(e.date)[0] >= 3
               and e.date.earliest == d.earliest and e.date.latest == d.latest
               for e in events)


SHARED_TYPES = {"talks", "agreement", "ceasefire", "mediation", "suspension"}
MEDIATED_TYPES = {"talks", "agreement", "ceasefire", "suspension", "mediation"}
TARGETED_TYPES = {"proposal", "demand", "rejection", "obstruction", "concession", "suspension"}


def _party_groups(c: Candidate) -> set[str]:
    groups_ = groups(c.roles.parties) - groups(c.roles.mediators)
    if c.roles.agent is not None:
        groups_.add(c.roles.agent.actor.group)
    return groups_


def bridge(events: list[Candidate]) -> None:
    """Events that name too few actors belong to the negotiation the text is about.

    "the two sides signed", "the ceasefire collapsed": shared events naming fewer than
    two parties take the conflict's sides; an act by one side ("Russia rejected the
    plan") gains the other side as a party, an outsider's act both sides. Shared events
    of a mediated process without mediators of their own take those of the nearest
    mediated event (earlier first) that involves the same sides.
    """
    ordered = sorted(events, key=lambda e: e.trigger)
    for ev in ordered:
        sides = _bridge_sides(ev)
        side_groups = groups(sides)
        if len(side_groups) < 1 or ev.unilateral:
            continue
        own = _party_groups(ev)
        agent = ev.roles.agent
        if agent is None and ev.type in SHARED_TYPES and len(own) < 2 and (
            not own or own <= side_groups
        ):
            ev.roles.add_parties([m for m in sides if m.actor.group not in own])
        elif agent is not None and ev.type in TARGETED_TYPES and len(own) < 2:
            ev.roles.add_parties([m for m in sides if m.actor.group != agent.actor.group])
    donors = [e for e in ordered if _mediated_process(e)]  # before any inheritance
    for ev in ordered:
        if ev.type not in MEDIATED_TYPES or ev.roles.mediators or ev.modality == "negated" \
                or ev.generic:
            continue
        if ev.unilateral or (ev.type == "suspension" and ev.roles.agent is not None
                             and not ev.on_process):
            continue  # one side's own act ("a unilateral ceasefire", "suspended the decree")
        own = _party_groups(ev)
        before = [d for d in reversed(donors) if d.trigger < ev.trigger]
        after = [d for d in donors if d.trigger > ev.trigger]
        # a donor the text marks as another round or deal and dates well apart from the
        # event ("a truce in November 2023 ... a second ceasefire brokered by Qatar in
        # January 2025"); not a long-running truce told at its start and at its end
        pool = tuple(d for d in (*before, *after)
                     if not d.new_marker or _near_in_time(d.date, ev.date))
        elsewhere: set[str] = set()  # mediators of another round, not of this one
        here = _place(ev, ordered)
        if here is not None:
            # an event placed by the text takes no mediators from a round of talks held
            # nowhere named: that is a round of its own ("talks in Belarus … talks
            # mediated by X … talks in Istanbul": X mediated neither)
            unplaced = [d for d in pool if d.roles.location is None and d.type == "talks"]
            pool = tuple(d for d in pool if d not in unplaced)
            elsewhere = {g for d in unplaced for g in groups(d.roles.mediators)}
            # nor from an unplaced deal whose brokers the text places at other venues
            # ("a deal brokered by Russia ... talks hosted by Lavrov in Moscow ... a truce
            # announced after meetings in Washington": Russia brokered no Washington truce)
            away = {g for d in donors if (p := _place(d, ordered)) is not None
                    and not _same_place(p, here) for g in groups(d.roles.mediators)}
            pool = tuple(d for d in pool if _place(d, ordered) is not None
                         or not groups(d.roles.mediators) <= away)
            elsewhere |= away - {g for d in donors if _same_place(_place(d, ordered), here)
                                 and _place(d, ordered) is not None
                                 for g in groups(d.roles.mediators)}
        donor = next((d for d in pool if (
            _party_groups(d) - groups(d.roles.mediators)) & own), None)
        if donor is not None:
            if not _same_place(_place(donor, ordered), _place(ev, ordered)):
                # "the deal signed in Bogota" is no part of "the talks in Havana"; a truce
                # agreed after talks in Moscow lends nothing to one agreed after meetings
                # in Washington
                continue
            between = _party_groups(donor) - groups(donor.roles.mediators)
            mediators = donor.roles.mediators
        else:  # mediators the text names for the whole process, on no event of their own
            between = groups(ev.roles.sides)
            mediators = [m for m in ev.roles.process if m.actor.group not in elsewhere]
            if not own or not own <= between:
                continue
            named_in = {m.sentence for m in mediators}
            places = [e.roles.location for e in ordered
                      if e.roles.location is not None and e.sentence in named_in]
            if any(not _same_place(p, ev.roles.location) for p in places):
                continue  # named for the talks in one place, not for a deal signed elsewhere
        agent = ev.roles.agent
        if agent is not None and agent.actor.group not in between:
            continue  # an outsider's act ("the US halted the talks") is no part of the process
        ev.roles.add_mediators([m for m in mediators if m.actor.group not in own])


def _near_in_time(a: DateInterval, b: DateInterval, slack_days: int = 31) -> bool:
    """Two events the text itself dates (not by the report's day) lie within a month."""
    if _date_rank(a)[0] < 3 or _date_rank(b)[0] < 3:
        return True
    try:
        a0, a1 = (date.fromisoformat((a.earliest or "")[:10]),
                  date.fromisoformat((a.latest or "")[:10]))
        b0, b1 = (date.fromisoformat((b.earliest or "")[:10]),
                  date.fromisoformat((b.latest or "")[:10]))
    except ValueError:  # an open end: no bound to compare
        return True
    gap = timedelta(days=slack_days)
    return a0 - gap <= b1 and b0 - gap <= a1


def _place(ev: Candidate, events: list[Candidate]) -> Location | None:
    """Where the event happened: its own place, or for a deal or truce that of placed
    talks in its sentence ("during talks in Istanbul, an agreement was reached")."""
    if ev.roles.location is not None or ev.type not in ("agreement", "ceasefire") \
            or ev.modality == "hypothetical":
        return ev.roles.location
    placed = [e for e in events if e.type == "talks" and e.roles.location is not None
              and ev.sentence in (e.sentence, *e.sentences)]
    talks = nearest(ev, placed)
    return talks.roles.location if talks is not None else None


def nearest(ev: Candidate, talks: list[Candidate]) -> Candidate | None:
    """The talks closest to the event's trigger ("a truce agreed after talks in Moscow ...,
    and a truce announced after meetings in Washington": each truce follows its own)."""
    return min(talks, key=lambda t: min(abs(i - ev.trigger) for i in (t.trigger, *t.tokens)),
               default=None)


def _bridge_sides(ev: Candidate) -> list[Mention]:
    """The document's sides an event may take, minus its own mediators and source.

    The ranking behind ``principal_sides`` can pick a frequent mediator ("talks brokered
    by Beijing") or the speaker ("Yemen's foreign minister told ..."): neither becomes a
    party of the event by bridging.
    """
    excluded = (groups(ev.roles.mediators) - _party_groups(ev)) | groups(ev.roles.absent)
    if ev.source is not None and ev.roles.agent is None \
            and ev.source.actor.group not in _party_groups(ev):
        excluded.add(ev.source.actor.group)  # a shared event the speaker only reports
    return [m for m in ev.roles.sides if m.actor.group not in excluded]


def _mediated_process(ev: Candidate) -> bool:
    """A mediated event that happened: an offer to mediate names no process's mediators."""
    return bool(ev.roles.mediators) and ev.modality in FACTUAL
