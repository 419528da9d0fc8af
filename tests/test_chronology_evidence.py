"""What besides type, parties and date tells two reports apart, on invented examples."""

from __future__ import annotations

from parley.chronology import merge
from parley.chronology.compatibility import features_of, places_nest, recalled
from parley.records import (
    Actor,
    Basis,
    DateInterval,
    Document,
    Event,
    Evidence,
    Location,
    Modality,
)

NORTH = Actor(code="ARMGOV", country="ARM", name="Armenia", kind="state")
SOUTH = Actor(code="AZEGOV", country="AZE", name="Azerbaijan", kind="state")
REBELS = Actor(code="YEMHOU", country="YEM", name="Houthis", kind="group", text="The Houthis")
HOST = Actor(code="TURGOV", country="TUR", name="Turkey", kind="state")


def day(iso: str, basis: Basis = "explicit") -> DateInterval:
    return DateInterval(earliest=iso, latest=iso, granularity="day", basis=basis, text=iso)


def report(
    doc: str,
    *,
    type: str = "talks",
    parties: tuple[Actor, ...] = (NORTH, SOUTH),
    agent: Actor | None = None,
    mediators: tuple[Actor, ...] = (),
    when: DateInterval | None = None,
    where: Location | None = None,
    modality: Modality = "asserted",
    trigger: str | None = None,
    text: str = "The two delegations met for a round of talks.",
) -> Event:
    return Event(
        id=f"ev-{doc}",
        type=type,
        parties=list(parties),
        agent=agent,
        mediators=list(mediators),
        location=where,
        date=when if when is not None else day("2024-05-10"),
        modality=modality,
        trigger=trigger,
        evidence=[Evidence(doc=doc, sentence=0, start=0, end=len(text), text=text)],
    )


def docs(**published: str) -> dict[str, Document]:
    return {
        name: Document(id=name, title=name, published=when, text="...")
        for name, when in published.items()
    }


def test_chronology_venue_inside_city_is_one_place() -> None:
    assert places_nest("the Dolmabahce Palace", None, "Istanbul", "TUR")
    assert places_nest("Gomel", "BLR", "Belarus", "BLR")
    assert not places_nest("Istanbul", "TUR", "Antalya", "TUR")
    assert not places_nest("Istanbul", "TUR", "Minsk", "BLR")


def test_chronology_venue_and_city_merge_without_location_dispute() -> None:
    city = report("a", where=Location(name="Istanbul", country="TUR"))
    venue = report("b", where=Location(name="the Dolmabahce Palace"))
    (entry,) = merge([city, venue], docs(a="2024-05-10", b="2024-05-11"))
    assert entry.sources == 2
    assert [d.field for d in entry.disagreements] == []
    # Two cities of one country are competing accounts of where it happened.
    other = report("c", where=Location(name="Antalya", country="TUR"))
    (entry,) = merge([city, other], docs(a="2024-05-10", c="2024-05-11"))
    assert [d.field for d in entry.disagreements] == ["location"]


def test_chronology_undated_restated_demand_needs_shared_content() -> None:
    # The same group's demands half a year apart: an undated report names other things
    # than the dated one, so nothing but type and party links them.
    salaries = report("a", type="demand", parties=(REBELS,), agent=REBELS,
                      when=day("2022-10-02", basis="inherited"), modality="reported",
                      text="The Houthis insisted that salaries be paid to civil servants.")
    ports = report("b", type="demand", parties=(REBELS,), agent=REBELS,
                   when=DateInterval(),
                   text="The Houthis have demanded that the blockade of the ports be lifted.")
    documents = docs(a="2022-10-03", b="2023-04-20")
    assert len(merge([salaries, ports], documents)) == 2
    # The same demand told without a date joins: it names the same thing.
    again = report("b", type="demand", parties=(REBELS,), agent=REBELS,
                   when=DateInterval(),
                   text="The Houthis demand that salaries be paid to all civil servants.")
    (entry,) = merge([salaries, again], documents)
    assert entry.sources == 2


def test_chronology_meeting_plan_does_not_join_the_next_round() -> None:
    # A leaders' meeting proposed on 16 May is not the delegations' round of 2 June,
    # although that round falls in the weeks the plan refers to.
    plan = report("a", when=day("2024-05-16", basis="inherited"), modality="hypothetical",
                  text="Kyiv proposed a summit of the two presidents as the next step.")
    held = report("b", when=day("2024-06-02"), mediators=(HOST,),
                  where=Location(name="Ciragan Palace"),
                  text="The second round of direct negotiations was held at the palace.")
    assert len(merge([plan, held], docs(a="2024-05-16", b="2024-06-02"))) == 2


def test_chronology_mediating_act_needs_place_or_mediator_to_join_a_round() -> None:
    shuttle = report("a", type="mediation", when=DateInterval(
        earliest="2024-05-01", latest="2024-05-10", granularity="interval", basis="explicit"),
        text="An envoy shuttled messages between the capitals in early May.")
    meeting = report("b", when=day("2024-05-10"), mediators=(HOST,),
                     where=Location(name="Antalya", country="TUR"),
                     text="The foreign ministers met in Antalya.")
    assert len(merge([shuttle, meeting], docs(a="2024-05-20", b="2024-05-10"))) == 2


def test_chronology_undated_plan_is_not_a_plan_made_years_later() -> None:
    # A 2022 article's undated plan for a presidents' meeting is not the one proposed
    # in 2025 (plans are made by their article's date; they may happen weeks after).
    old = report("a", modality="hypothetical", when=DateInterval(),
                 text="The question was left to a meeting of the two presidents.")
    new = report("b", modality="hypothetical", when=day("2025-05-16", basis="inherited"),
                 text="Kyiv again pressed for a meeting of the two presidents.")
    assert len(merge([old, new], docs(a="2022-06-20", b="2025-05-16"))) == 2


def test_chronology_recalled_event_joins_earlier_event() -> None:
    # "accused Kyiv of departing from the principles agreed in Istanbul", in a paragraph
    # dated 7 April: that date is when the agreement was recalled, not when it was made.
    text = "Lavrov accused Kyiv of departing from the principles agreed in Istanbul."
    mention = report("a", type="agreement", when=day("2022-04-07", basis="inherited"),
                     where=Location(name="Istanbul", country="TUR"), trigger="agreed",
                     text=text)
    assert recalled(mention) and features_of(mention).fallback is False
    signed = report("b", type="agreement", when=day("2022-03-29"),
                    where=Location(name="Istanbul", country="TUR"),
                    text="The delegations initialled a communique in Istanbul.")
    (entry,) = merge([mention, signed], docs(a="2022-04-09", b="2022-03-29"))
    assert entry.date.earliest == "2022-03-29" and entry.disagreements == []
    # Without that cue the paragraph's date is the event's: nine days off is another deal.
    news = report("a", type="agreement", when=day("2022-04-07", basis="inherited"),
                  where=Location(name="Istanbul", country="TUR"), trigger="agreed",
                  text="The two sides agreed on a new text on Thursday.")
    assert not recalled(news)
    assert len(merge([news, signed], docs(a="2022-04-09", b="2022-03-29"))) == 2


def test_chronology_statement_backshift_is_not_a_recall() -> None:
    # "A source said Moscow had demanded...": the demand was made when it was reported,
    # so it is not the same party's demand of two years before.
    told = report("a", type="demand", agent=SOUTH, modality="reported", trigger="demanded",
                  when=day("2025-05-16", basis="inherited"),
                  text="A source said Baku had demanded that Yerevan withdraw its troops.")
    earlier = report("b", type="demand", agent=SOUTH, when=day("2023-03-20"),
                     text="Baku demanded that Yerevan withdraw its troops from the border.")
    assert len(merge([told, earlier], docs(a="2025-05-16", b="2023-03-21"))) == 2


def test_chronology_modality_dispute_is_happened_against_denied() -> None:
    happened = report("a", type="agreement", when=day("2024-05-10"),
                      text="The delegations reached an agreement on prisoners.")
    denied = report("b", type="agreement", modality="negated", when=day("2024-05-10"),
                    text="No agreement on prisoners was reached, officials said.")
    plan = report("c", type="agreement", modality="hypothetical", when=day("2024-05-10"),
                  text="An agreement on prisoners could be reached.")
    (entry,) = merge([happened, denied, plan],
                     docs(a="2024-05-11", b="2024-05-11", c="2024-05-11"))
    (dispute,) = entry.disagreements
    assert dispute.field == "modality"
    assert [v.value for v in dispute.values] == ["asserted", "negated"]
    (entry,) = merge([happened, plan], docs(a="2024-05-11", c="2024-05-11"))
    assert entry.disagreements == []


def test_chronology_type_words_do_not_corroborate() -> None:
    # Both mention "ceasefire": every ceasefire report does. Three years apart, one
    # undated, nothing else shared: two events.
    refused = report("a", type="ceasefire", modality="negated", when=day("2022-02-28"),
                     text="No ceasefire was agreed, and shelling of the city continued.")
    terms = report("b", type="ceasefire", modality="hypothetical", when=DateInterval(),
                   text="The memoranda set out conditions for a ceasefire and a settlement.")
    assert len(merge([refused, terms], docs(a="2022-02-28", b="2025-06-02"))) == 2
