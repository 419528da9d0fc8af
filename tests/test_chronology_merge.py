"""Cross-document merge on hand-built reports of invented negotiation rounds."""

from __future__ import annotations

import random

import pytest

from parley.chronology import merge
from parley.records import (
    Actor,
    Basis,
    DateInterval,
    Document,
    Event,
    Evidence,
    Location,
    Modality,
    Status,
)

RUS = Actor(code="RUSGOV", country="RUS", name="Russia", kind="state")
UKR = Actor(code="UKRGOV", country="UKR", name="Ukraine", kind="state")
USA = Actor(code="USAGOV", country="USA", name="United States", kind="state")
BLR = Actor(code="BLRGOV", country="BLR", name="Belarus", kind="state")
TUR = Actor(code="TURGOV", country="TUR", name="Turkey", kind="state")


def day(iso: str | None, basis: Basis = "explicit") -> DateInterval:
    if iso is None:
        return DateInterval()
    return DateInterval(earliest=iso, latest=iso, granularity="day", basis=basis, text=iso)


def report(
    doc: str,
    n: int = 0,
    *,
    type: str = "talks",
    parties: tuple[Actor, ...] = (RUS, UKR),
    agent: Actor | None = None,
    when: DateInterval | None = None,
    where: str | None = None,
    modality: Modality = "asserted",
    status: Status | None = None,
    text: str = "Delegations met near the border for a first round of talks.",
) -> Event:
    return Event(
        id=f"ev-{doc}-{n}",
        type=type,
        status=status,
        parties=list(parties),
        agent=agent,
        location=Location(name=where, country="BLR") if where else None,
        date=when or day("2022-02-28"),
        modality=modality,
        evidence=[Evidence(doc=doc, sentence=n, start=10 * n, end=10 * n + len(text), text=text)],
    )


def docs(*names: str) -> dict[str, Document]:
    return {
        n: Document(id=n, title=f"Report {n}", url=f"https://example.org/{n}",
                    published="2022-03-01", text="...")
        for n in names
    }


def test_chronology_merge_one_round_with_date_disagreement() -> None:
    events = [
        report("a", when=day("2022-02-28"), where="Gomel"),
        report("b", when=day("2022-02-28"), where="Gomel"),
        report("c", when=day("2022-02-27")),
    ]
    entries = merge(events, docs("a", "b", "c"))
    assert len(entries) == 1
    entry = entries[0]
    assert entry.sources == 3
    assert entry.date.earliest == "2022-02-28"
    assert entry.support["date"] == {"2022-02-27": 1, "2022-02-28": 2}
    assert entry.location is not None and entry.location.name == "Gomel"
    (dispute,) = entry.disagreements
    assert dispute.field == "date"
    assert [v.value["earliest"] for v in dispute.values] == ["2022-02-28", "2022-02-27"]
    assert {e.doc for e in dispute.values[1].evidence} == {"c"}
    assert all(e.title and e.url for e in entry.evidence)
    assert sorted(entry.events) == ["ev-a-0", "ev-b-0", "ev-c-0"]


def test_chronology_merge_document_date_fallback_is_not_a_dispute() -> None:
    events = [
        report("a", when=day("2022-02-28")),
        report("b", when=day("2022-03-01", basis="document")),
    ]
    (entry,) = merge(events, docs("a", "b"))
    assert entry.date.earliest == "2022-02-28"
    assert entry.disagreements == []


def test_chronology_merge_competing_suspension_agents_flagged() -> None:
    events = [
        report("a", type="suspension", parties=(USA, RUS), agent=USA,
               when=day("2025-03-10"), text="Washington halted the talks with Moscow."),
        report("b", type="suspension", parties=(RUS, USA), agent=RUS,
               when=day("2025-03-10"), text="Moscow walked out of the talks."),
        report("c", type="suspension", parties=(RUS, USA), agent=RUS,
               when=day("2025-03-11"), text="The Russian side left the meeting."),
    ]
    (entry,) = merge(events, docs("a", "b", "c"))
    assert entry.agent is not None and entry.agent.group == "RUS"
    (dispute,) = [d for d in entry.disagreements if d.field == "agent"]
    assert [v.value["code"] for v in dispute.values] == ["RUSGOV", "USAGOV"]


def test_chronology_merge_asserted_versus_negated_flagged() -> None:
    events = [
        report("a", type="agreement", status="provisional", when=day("2022-03-29"),
               text="The two sides reached an agreement on a framework."),
        report("b", type="agreement", modality="negated", when=day("2022-03-29"),
               text="No agreement was ever reached between them."),
    ]
    (entry,) = merge(events, docs("a", "b"))
    assert entry.modality == "asserted"
    (dispute,) = entry.disagreements
    assert dispute.field == "modality"
    assert {v.value for v in dispute.values} == {"asserted", "negated"}


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ({"when": day("2022-03-03")}, 2),  # the next round, days later
        ({"parties": (RUS, USA)}, 2),  # different pair, same day
        ({"type": "ceasefire"}, 2),  # different type family
        ({"type": "mediation"}, 1),  # the host's view of the same round
        ({"when": DateInterval()}, 1),  # undated but same parties
        ({"doc": "a", "when": day("2022-03-01")}, 2),  # same document, kept apart upstream
    ],
)
def test_chronology_merge_keeps_different_events_apart(
    second: dict[str, object], expected: int
) -> None:
    doc = str(second.pop("doc", "b"))
    events = [report("a", when=day("2022-02-28")), report(doc, 1, **second)]  # type: ignore[arg-type]
    assert len(merge(events, docs("a", "b"))) == expected


def test_chronology_merge_no_chaining_across_rounds() -> None:
    events = [report(f"d{i}", when=day(f"2022-03-{d:02d}")) for i, d in enumerate([1, 3, 5, 7])]
    entries = merge(events, docs(*[f"d{i}" for i in range(4)]))
    # Each report may be within tolerance of its neighbour, never of the whole cluster.
    assert all(len(e.events) <= 2 for e in entries)
    assert sum(len(e.events) for e in entries) == 4


def _corpus() -> list[Event]:
    rounds = ["2022-02-28", "2022-03-03", "2022-03-07", "2022-03-29"]
    out = []
    for r, when in enumerate(rounds):
        for d in range(4):
            shift = "2022-02-27" if (r == 0 and d == 3) else when
            out.append(report(f"r{r}d{d}", r, when=day(shift)))
    out.append(report("x", type="agreement", when=DateInterval()))
    return out


def test_chronology_merge_deterministic_under_shuffled_input() -> None:
    events = _corpus()
    documents = docs(*{e.evidence[0].doc for e in events})
    expected = [e.to_json() for e in merge(events, documents)]
    for seed in range(5):
        shuffled = events[:]
        random.Random(seed).shuffle(shuffled)
        assert [e.to_json() for e in merge(shuffled, documents)] == expected


def test_chronology_merge_orders_by_date_undated_last() -> None:
    entries = merge(_corpus(), docs())
    dates = [e.date.earliest for e in entries]
    assert dates[-1] is None
    assert dates[:-1] == sorted(d for d in dates if d)
    assert len(entries) == 5


def test_chronology_merge_incremental_keeps_ids() -> None:
    events = _corpus()
    first = merge(events[:8], docs())
    later = [report("late", 9, when=day("2022-03-03")), report("new", 9, when=day("2022-05-01"))]
    both = merge(events[:8] + later, docs(), previous=first)
    before = {e.id: e for e in first}
    assert set(before) <= {e.id for e in both}
    joined = next(e for e in both if "ev-late-9" in e.events)
    assert joined.id in before and joined.sources == before[joined.id].sources + 1
    assert len(both) == len(first) + 1
    # Only new events given: earlier entries stand in for their reports.
    only_new = merge(later, docs(), previous=first)
    assert {e.id for e in only_new} == {e.id for e in both}
    joined = next(e for e in only_new if "ev-late-9" in e.events)
    assert joined.sources == 5 and len(joined.events) == 5


def test_chronology_merge_signing_joins_agreement_without_dispute() -> None:
    events = [
        report("a", type="agreement", status="provisional", when=day("2022-07-22")),
        report("b", type="agreement", status="signed", when=day("2022-07-22")),
        report("c", type="agreement", status="signed", when=day("2022-07-22")),
    ]
    (entry,) = merge(events, docs("a", "b", "c"))
    assert entry.status == "signed"
    assert entry.disagreements == []


SAF = Actor(code="SDNMIL", country="SDN", name="Sudanese Armed Forces", kind="state")
RSF = Actor(code="SDNRSF", country="SDN", name="Rapid Support Forces", kind="group")


def test_chronology_merge_armed_group_is_its_own_side() -> None:
    # In a civil war both sides share a country; the army's demand is not the RSF's.
    events = [
        report("a", type="demand", parties=(SAF, RSF), agent=SAF, when=day("2023-05-20"),
               text="The army demanded that the RSF leave residential districts."),
        report("b", type="demand", parties=(RSF, SAF), agent=RSF, when=day("2023-05-20"),
               text="The RSF demanded that the army stop air strikes."),
        report("c", type="demand", parties=(SAF, RSF), agent=SAF, when=day("2023-05-21"),
               text="The army insisted the RSF leave residential districts."),
    ]
    entries = merge(events, docs("a", "b", "c"))
    assert sorted(sorted(e.events) for e in entries) == [["ev-a-0", "ev-c-0"], ["ev-b-0"]]


def test_chronology_merge_undated_report_not_after_its_publication() -> None:
    # A report published on 1 March 2022 that an agreement was reached cannot be about
    # an agreement of 2025. A plan ("could agree") in such a document may come about in
    # the following weeks, but a deal three years later is a new one.
    later = report("a", type="agreement", when=day("2025-05-16"),
                   text="The delegations agreed to exchange prisoners.")
    soon = report("a", type="agreement", when=day("2022-03-20"),
                  text="The delegations agreed to exchange prisoners.")
    past = report("b", type="agreement", when=DateInterval(),
                  text="The delegations agreed to exchange prisoners.")
    plan = report("c", type="agreement", when=DateInterval(), modality="hypothetical",
                  text="The delegations could agree to exchange prisoners.")
    assert len(merge([later, past], docs("a", "b"))) == 2
    assert len(merge([later, plan], docs("a", "c"))) == 2
    (entry,) = merge([soon, plan], docs("a", "c"))
    assert entry.modality == "asserted"
    # A plan beside its realisation is not a dispute about whether it happened.
    assert entry.disagreements == []


def test_chronology_merge_undated_negated_report_joins_and_is_flagged() -> None:
    events = [
        report("a", type="agreement", when=day("2022-02-28"),
               text="The delegations reached an agreement on humanitarian corridors."),
        report("b", type="agreement", when=DateInterval(), modality="negated",
               text="No agreement on humanitarian corridors was reached."),
    ]
    (entry,) = merge(events, docs("a", "b"))
    (dispute,) = entry.disagreements
    assert dispute.field == "modality"
    assert {v.value for v in dispute.values} == {"asserted", "negated"}


@pytest.mark.parametrize(
    ("round_day", "expected"),
    [("2022-03-20", 1), ("2022-02-25", 1), ("2022-06-01", 2), ("2025-05-16", 2)],
)
def test_chronology_merge_plan_dated_by_its_sentence_refers_to_what_follows(
    round_day: str, expected: int
) -> None:
    # "A meeting could take place", in a report dated 1 March by discourse only: the plan
    # is about the weeks after, not that day, and never about a round years later.
    plan = report("a", when=day("2022-03-01", basis="inherited"), modality="hypothetical",
                  text="He added that a meeting of the delegations could take place.")
    held = report("b", when=day(round_day), text="The delegations met for a round of talks.")
    documents = docs("a", "b")
    documents["b"] = documents["b"].model_copy(update={"published": round_day})
    assert len(merge([plan, held], documents)) == expected


def test_chronology_merge_host_meeting_one_side_is_not_the_round_it_hosts() -> None:
    # Turkey mediates the Russia-Ukraine round; Ukraine meeting Turkey's president is
    # another meeting, even though every side of it is named in the round's report.
    hosted = Event(**{**report("a", when=day("2025-05-16")).model_dump(), "mediators": [TUR]})
    bilateral = report("b", parties=(UKR, TUR), when=day("2025-05-16"))
    assert len(merge([hosted, bilateral], docs("a", "b"))) == 2
    # A report that lists the mediator among the parties is still the same round.
    listed = report("c", parties=(RUS, UKR, TUR), when=day("2025-05-16"))
    (entry,) = merge([hosted, listed], docs("a", "c"))
    assert entry.sources == 2


def test_chronology_merge_disjoint_mediators_weigh_against() -> None:
    # Same principals and day, different brokers: a weaker match than the same broker.
    from parley.chronology.compatibility import features_of, party_score

    saudi = Actor(code="SAUGOV", country="SAU", name="Saudi Arabia", kind="state")
    a = features_of(Event(**{**report("a").model_dump(), "mediators": [TUR]}))
    b = features_of(Event(**{**report("b").model_dump(), "mediators": [TUR]}))
    c = features_of(Event(**{**report("c").model_dump(), "mediators": [saudi]}))
    same, other = party_score(a, b), party_score(a, c)
    assert same is not None and other is not None and same > other


def test_chronology_merge_undated_report_joins_event_told_later() -> None:
    # A report dated only by its telling (inherited, 2024) may be about an event before
    # an undated report's publication (2023): the publication bound does not apply.
    told = report("a", type="proposal", agent=UKR, when=day("2024-06-14", basis="inherited"),
                  text="Lavrov dismissed Zelensky's peace formula.")
    undated = report("b", type="proposal", agent=UKR, when=DateInterval(),
                     text="Blinken praised Zelensky's peace formula.")
    documents = docs("a", "b")
    documents["b"] = documents["b"].model_copy(update={"published": "2023-09-01"})
    (entry,) = merge([told, undated], documents)
    assert entry.sources == 2


def test_chronology_merge_same_document_duplicates_share_one_vote() -> None:
    # The extractor left two mentions of one round apart; they join one entry together,
    # and the document still counts once.
    events = [
        report("a", 0, when=day("2022-02-28"), where="Gomel"),
        report("a", 1, when=day("2022-02-28")),
        report("b", 0, when=day("2022-02-27"), where="Gomel"),
    ]
    (entry,) = merge(events, docs("a", "b"))
    assert entry.sources == 2 and len(entry.events) == 3
    assert entry.support["date"] == {"2022-02-27": 1, "2022-02-28": 1}
    assert entry.support["parties"] == {"RUSGOV": 2, "UKRGOV": 2}


def test_chronology_merge_competing_accounts_in_one_sentence() -> None:
    # "Kyiv said the talks were on hold, and Moscow accused Kyiv of walking out": two
    # speakers, one breakdown. An undated report elsewhere joins both, not one at random.
    text = "Kyiv said the talks were on hold, and Moscow accused Kyiv of walking out."
    on_hold = Event(**{**report("a", 3, type="suspension", modality="reported", text=text,
                                when=day("2022-05-15")).model_dump(), "source": UKR})
    walked = Event(**{**report("a", 3, type="suspension", modality="reported", agent=UKR,
                               text=text, when=day("2022-05-15", basis="inherited")
                               ).model_dump(), "id": "ev-a-3b", "source": RUS})
    later = report("b", type="suspension", when=DateInterval(),
                   text="The contacts simply petered out.")
    documents = docs("a", "b")
    documents["b"] = documents["b"].model_copy(update={"published": "2022-09-01"})
    (entry,) = merge([on_hold, walked, later], documents)
    assert entry.sources == 2 and len(entry.evidence) == 2


def test_chronology_merge_one_sentence_two_deals_stay_apart() -> None:
    # "They agreed on a prisoner swap and on Taiz": the author narrates two agreements.
    text = "They agreed on a prisoner swap and on a committee for Taiz."
    swap = report("a", 2, type="agreement", text=text, when=day("2018-12-13"))
    taiz = Event(**{**report("a", 2, type="agreement", text=text,
                             when=day("2018-12-13")).model_dump(), "id": "ev-a-2b"})
    deal = report("b", type="agreement", when=day("2018-12-13"),
                  text="The parties agreed on a prisoner swap.")
    entries = merge([swap, taiz, deal], docs("a", "b"))
    assert sorted(len(e.events) for e in entries) == [1, 2]


def test_chronology_merge_vague_report_prefers_better_attested_event() -> None:
    # Two rounds a month apart; an undated report fits both equally. It joins the one
    # that three sources report rather than the one only one source mentions.
    big = [report(f"big{i}", when=day("2022-03-29"), where="Istanbul") for i in range(3)]
    small = report("small", when=day("2022-02-28"), where="Istanbul")
    vague = report("vague", when=DateInterval(), where="Istanbul")
    documents = docs(*[e.evidence[0].doc for e in [*big, small, vague]])
    documents["vague"] = documents["vague"].model_copy(update={"published": "2022-04-01"})
    entries = merge([small, *big, vague], documents)
    joined = next(e for e in entries if "ev-vague-0" in e.events)
    assert joined.sources == 4


def test_chronology_merge_discourse_dates_are_not_a_date_dispute() -> None:
    # A date inherited from the paragraph ("he said", in a report of 10 March) dates the
    # telling; it does not contradict a source stating 29 March.
    plan = "A meeting of the two presidents could follow."
    events = [
        report("a", when=day("2022-03-29"), modality="hypothetical", text=plan),
        report("b", when=day("2022-03-10", basis="inherited"), modality="hypothetical",
               text=plan),
    ]
    (entry,) = merge(events, docs("a", "b"))
    assert entry.disagreements == []


def test_chronology_merge_mediation_effort_needs_more_than_a_round() -> None:
    # "Turkey would keep trying to bring the sides together" (a plan, dated by its
    # paragraph) is an ongoing effort, not the round expected in Belarus that week.
    effort = Event(**{**report("a", type="mediation", modality="hypothetical",
                               when=day("2022-03-10", basis="inherited"),
                               text="Turkey would continue its efforts to bring the sides "
                                    "together.").model_dump(), "mediators": [TUR]})
    round_ = report("b", modality="hypothetical", when=day("2022-03-07", basis="relative"),
                    where="Brest", text="A third round is expected in Belarus on Monday.")
    assert len(merge([effort, round_], docs("a", "b"))) == 2
    # The host's account of the same day's round still joins it.
    hosted = report("c", type="mediation", when=day("2022-02-28"))
    held = report("d", when=day("2022-02-28"))
    assert len(merge([hosted, held], docs("c", "d"))) == 1


def _window(first: str, last: str, basis: Basis = "relative") -> DateInterval:
    return DateInterval(earliest=first, latest=last, granularity="interval", basis=basis,
                        text="in the coming days")


def test_chronology_merge_vague_plans_need_more_than_a_window() -> None:
    # "will meet again in the coming days" (said on 28 Feb) and "due to meet on Monday 7
    # March" share parties and the window holds the day, but nothing says they are one
    # meeting: a vague plan could be any of the next rounds.
    vague = report("a", when=_window("2022-03-01", "2022-03-14"), modality="hypothetical",
                   text="The two delegations said they would meet again in the coming days.")
    due = report("b", when=day("2022-03-07"), modality="hypothetical", where="Brest",
                 text="Negotiators are due to hold another round near Brest on Monday.")
    assert len(merge([vague, due], docs("a", "b"))) == 2
    # two plans pinned to the same day by their own words are one planned meeting
    other = report("c", when=day("2022-03-07"), modality="hypothetical",
                   text="The next round is scheduled for Monday.")
    assert len(merge([due, other], docs("b", "c"))) == 1


def test_chronology_merge_shared_mediator_alone_does_not_tie_an_undated_report() -> None:
    # A mediator of the whole process sits on most of its events: an undated report of
    # local truces is not the negated ceasefire of one dated meeting just because both
    # name Turkey as mediator.
    dated = report("a", type="ceasefire", when=day("2022-02-26"), modality="negated",
                   text="The ministers made no progress towards a ceasefire at the forum.")
    dated = dated.model_copy(update={"mediators": [TUR]})
    undated = report("b", type="ceasefire", when=DateInterval(), modality="reported",
                     text="Officials said short local pauses to collect the dead were offered.")
    undated = undated.model_copy(update={"mediators": [TUR]})
    assert len(merge([dated, undated], docs("a", "b"))) == 2
    # shared wording as well as the mediator does tie them
    worded = undated.model_copy(update={"evidence": [undated.evidence[0].model_copy(
        update={"text": "Officials said the forum brought no progress towards a ceasefire."})]})
    assert len(merge([dated, worded], docs("a", "b"))) == 1
