"""The two sides of a document's conflict when outsiders are named often.

All sentences are written for these tests; they paraphrase no article.
"""

from __future__ import annotations

from collections.abc import Callable

from parley.events.roles import MentionIndex, principal_sides
from parley.nlp.context import DocContext

Ctx = Callable[..., DocContext]


def test_sides_hyphened_broker_is_no_side(make_ctx: Ctx) -> None:
    # China is named more often than the junta, but only as the broker of the talks.
    text = ("The MNDAA met the junta for a fifth round of China-brokered talks. "
            "Chinese officials said the talks went well. Beijing praised the MNDAA. "
            "China said the junta should stop its air strikes. The MNDAA agreed.")
    index = MentionIndex(make_ctx(text, published="2025-01-20"))
    assert {m.actor.code for m in index.sides()} == {"MMRMNDAA", "MMRGOV"}
    assert {m.actor.group for m in index.process_mediators()} == {"CHN"}


def test_sides_adjective_hyphened_broker_is_a_mediator(make_ctx: Ctx) -> None:
    text = ("The Kivu Patriotic Army and Kinshasa signed an Angolan-mediated truce on Monday. "
            "The Kivu Patriotic Army said it would respect it.")
    index = MentionIndex(make_ctx(text, published="2025-01-20"))
    assert "AGO" in {m.actor.group for m in index.process_mediators()}


def test_sides_civil_war_beats_a_neighbour_named_twice(make_ctx: Ctx) -> None:
    # The SDF and Damascus are the conflict; Turkey, named twice, is no side.
    text = ("The SDF and the Syrian government held another round of talks on Monday. "
            "Damascus wants the SDF inside the army. Turkey welcomed the talks, and Ankara "
            "said it hoped the army would take over.")
    ctx = make_ctx(text, published="2025-11-13")
    assert {m.actor.code for m in principal_sides(ctx)} == {"SYRSDF", "SYRGOV"}


def test_sides_civil_war_beats_a_talkative_outsider(make_ctx: Ctx) -> None:
    # The outsider is named three times, no more than the state's own side.
    text = ("The TNLA and the junta met in Kunming. The junta said it wanted the towns back. "
            "The TNLA refused. Chinese diplomats urged calm, and Beijing said China hoped "
            "the junta would show restraint.")
    ctx = make_ctx(text, published="2025-02-20")
    assert {m.actor.code for m in principal_sides(ctx)} == {"MMRTNLA", "MMRGOV"}


def test_sides_group_fighting_another_state_keeps_that_state(make_ctx: Ctx) -> None:
    # Hezbollah fights Israel: the Lebanese government is not its enemy in the war.
    text = ("Hezbollah and Israel traded fire again. Israel said Hezbollah had fired first. "
            "The Lebanese government called for calm. Hezbollah denied it.")
    ctx = make_ctx(text, published="2006-08-01")  # before any conflict profile starts
    assert {m.actor.group for m in principal_sides(ctx)} == {"LBN", "ISR"}
    assert "LBNGOV" not in {m.actor.code for m in principal_sides(ctx)}


def test_sides_outsider_named_more_than_the_state_stays_a_side(make_ctx: Ctx) -> None:
    # Rwanda, named more often than Congo's own side, is accused of fighting with the M23.
    text = ("The M23 and Rwandan troops advanced on the town. Rwanda denied sending troops, "
            "and Kigali said the M23 was Congolese. Rwanda also accused Kinshasa of "
            "backing the FDLR.")
    ctx = make_ctx(text, published="2025-02-01")
    assert {m.actor.group for m in principal_sides(ctx)} == {"COD", "RWA"}


def _sides_at(ctx: DocContext, phrase: str) -> set[str]:
    """The groups "the two ..." (the subject ``phrase``'s head) resolves to."""
    index = MentionIndex(ctx)
    start = ctx.document.text.index(phrase)
    head = next(t for t in ctx.doc if t.idx >= start and t.dep_ in ("nsubj", "nsubjpass"))
    return {m.actor.group for m in index.of_group(head)}


def test_sides_phrase_in_a_sentence_about_another_conflict(make_ctx: Ctx) -> None:
    # A Congo story turns to Thailand and Cambodia: "the two neighbours" are those two.
    text = ("The M23 and Kinshasa met in Doha. The M23 said Kinshasa was stalling, and "
            "Kinshasa accused the M23 of attacks. In a similar case, Malaysia hosted Thai and "
            "Cambodian leaders, and the two neighbours agreed to a ceasefire.")
    ctx = make_ctx(text, published="2025-07-30")
    assert _sides_at(ctx, "the two neighbours") == {"THA", "KHM"}


def test_sides_phrase_next_to_one_side_keeps_the_document_sides(make_ctx: Ctx) -> None:
    # Turkey and Russia are named, but Russia is a side: "the two sides" stay Russia–Ukraine.
    text = ("Russia and Ukraine exchanged prisoners. Ukraine said Russia had shelled Kharkiv. "
            "Turkey urged Russia to return to Istanbul, saying the two sides were close.")
    ctx = make_ctx(text, published="2025-06-01")
    assert _sides_at(ctx, "the two sides") == {"RUS", "UKR"}


def test_their_before_an_event_noun_is_the_pair_named_before(make_ctx: Ctx) -> None:
    from parley.events import extract_events

    text = "Erdogan praised the Somali president and the Ethiopian prime minister for their deal."
    events = extract_events(make_ctx(text, published="2024-12-12"))
    deal = next(e for e in events if e.type == "agreement")
    assert {a.group for a in deal.parties} == {"SOM", "ETH"}


def test_their_after_a_single_actor_names_no_pair(make_ctx: Ctx) -> None:
    from parley.events import extract_events

    text = "Erdogan praised the Somali president for their deal."
    events = extract_events(make_ctx(text, published="2024-12-12"))
    assert all("ETH" not in {a.group for a in e.parties} for e in events)
