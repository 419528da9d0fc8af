"""Within-document coreference: which date a merged event keeps."""

from __future__ import annotations

from parley.events.coref import Candidate, absorb, better_date
from parley.events.roles import Roles
from parley.records import Basis, DateInterval


def _date(first: str | None, last: str | None, basis: Basis, confidence: float) -> DateInterval:
    return DateInterval(earliest=first, latest=last, basis=basis, confidence=confidence)


def _cand(trigger: int, date: DateInterval) -> Candidate:
    return Candidate(type="talks", trigger=trigger, trigger_text="talks", sentence=trigger,
                     roles=Roles(), date=date, nominal=True, anaphoric=True)


EXPLICIT = _date("2024-05-06", "2024-05-06", "explicit", 0.8)
INHERITED = _date("2024-06-10", "2024-06-10", "inherited", 0.4)
DOCUMENT = _date("2024-06-12", "2024-06-12", "document", 0.5)
UNKNOWN = DateInterval()


def test_a_date_the_text_states_beats_a_borrowed_one_whatever_the_order():
    assert better_date(INHERITED, EXPLICIT) is EXPLICIT
    assert better_date(EXPLICIT, INHERITED) is EXPLICIT


def test_an_undated_or_document_dated_mention_never_erases_a_date():
    assert better_date(EXPLICIT, UNKNOWN) is EXPLICIT
    assert better_date(INHERITED, DOCUMENT) is INHERITED
    assert better_date(UNKNOWN, DOCUMENT) is DOCUMENT


def test_equal_support_keeps_the_first_mention_s_date():
    later = _date("2024-06-01", "2024-06-01", "explicit", 0.8)
    assert better_date(EXPLICIT, later) is EXPLICIT


def test_higher_confidence_wins_within_a_basis():
    weak = _date("2024-06-01", "2024-06-01", "inherited", 0.2)
    assert better_date(weak, INHERITED) is INHERITED


def test_absorb_keeps_the_best_supported_date():
    first = _cand(3, INHERITED)
    absorb(first, _cand(9, EXPLICIT))
    assert first.date is EXPLICIT
    absorb(first, _cand(14, INHERITED))
    assert first.date is EXPLICIT and first.tokens == [9, 14]


def test_a_background_mention_does_not_merge_into_the_news_event():
    from parley.events.coref import compatible

    current = _cand(3, EXPLICIT)
    earlier = _cand(9, UNKNOWN)
    assert compatible(current, earlier)
    earlier.background = True
    assert not compatible(current, earlier)
    assert not compatible(earlier, _cand(14, UNKNOWN))


def test_background_markers_on_the_trigger(nlp):
    from parley.events.coref import background_mention

    doc = nlp("They confirmed an earlier deal and praised the new deal.")
    deals = [t for t in doc if t.text == "deal"]
    assert [background_mention(t) for t in deals] == [True, False]


def _mediator_groups(events, etype: str, place: str | None) -> list[set[str]]:
    return [{m.group for m in e.mediators} for e in events
            if e.type == etype and (e.location.name if e.location else None) == place]


def test_a_placed_round_takes_no_mediators_from_a_round_held_nowhere_named(make_ctx):
    from parley.events import extract_events

    text = ("Within a week of the clashes, Armenia and Azerbaijan began negotiations in "
            "Vienna. Azerbaijan also took part in talks mediated by Kazakhstan's president."
            "\n\nLater, during talks in Geneva, a provisional agreement was reached by "
            "Armenia and Azerbaijan.")
    events = extract_events(make_ctx(text))
    assert "KAZ" in set().union(*_mediator_groups(events, "talks", None))
    assert _mediator_groups(events, "talks", "Vienna") == [set()]  # a later donor
    assert _mediator_groups(events, "talks", "Geneva") == [set()]  # an earlier donor
    # the deal reached during the Geneva talks is placed there, so nothing either
    assert _mediator_groups(events, "agreement", "Geneva") == [set()]


def test_a_placed_round_still_takes_the_mediators_who_brought_it_about(make_ctx):
    from parley.events import extract_events

    text = ("Envoys of Armenia and Azerbaijan met in Astana on Saturday. Kazakhstan, which "
            "brought the delegations together, called the meeting useful.")
    events = extract_events(make_ctx(text))
    assert "KAZ" in set().union(*_mediator_groups(events, "talks", "Astana"))
