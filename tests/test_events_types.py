"""Event typing by phrase: refusals, demands, concessions, mediation, suspension.

Every sentence is written for these tests; none paraphrases an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from parley.errors import RuleError
from parley.events import extract_events
from parley.events.triggers import parse_rules
from parley.nlp.context import DocContext

Ctx = Callable[..., DocContext]


def _types(make_ctx: Ctx, text: str) -> dict[str, list]:
    found: dict[str, list] = {}
    for event in extract_events(make_ctx(text)):
        found.setdefault(event.type, []).append(event)
    return found


@pytest.mark.parametrize(
    ("text", "etype", "agent"),
    [
        # rejection: refusals, dismissals, "would not accept", votes against
        ("Serbia would not accept the conditions set by Kosovo.", "rejection", "SRB"),
        ("Hamas refused to hand over the remaining hostages.", "rejection", "PSE"),
        ("Azerbaijan has ruled out any international monitoring mechanism.", "rejection",
         "AZE"),
        ("Kosovo dismissed the idea as a trap.", "rejection", "XKX"),
        ("The Israeli government voted against the deal.", "rejection", "ISR"),
        ("The Houthis will never negotiate with the government.", "rejection", "YEM"),
        # demand: calls, requests, directives, preconditions
        ("Egypt called on Israel and Hamas to stop fighting.", "demand", "EGY"),
        ("Ethiopia asked the African Union to convene a review meeting.", "demand", "ETH"),
        ("Russia insisted that Kyiv negotiate with the separatists.", "demand", "RUS"),
        ("Kosovo will sign the accord only after Serbia recognises its borders.", "demand",
         "XKX"),
        ("The army will not return to the table until the RSF leaves the capital.", "demand",
         "SDN"),
        # willingness
        ("Sudan's army said it was prepared to talk at any time.", "willingness", "SDN"),
        ("Hamas accepted the Egyptian proposal on Monday.", "willingness", "PSE"),
        ("Kenya agreed to pursue an immediate ceasefire with Uganda.", "willingness", "KEN"),
        ("Uganda said it was ready to seek a settlement.", "willingness", "UGA"),
        # demand backed by a threat
        ("Egypt warned Kenya and Uganda that the aid would stop unless they returned to "
         "the table.", "demand", "EGY"),
        ("Norway threatened to cut its funding if Kenya did not resume the talks.", "demand",
         "NOR"),
        # rejection of a mediator's plan
        ("Kenya turned down a power-sharing plan drafted by the African Union.", "rejection",
         "KEN"),
        # concession
        ("Armenia agreed to withdraw its troops from the disputed villages.", "concession",
         "ARM"),
        ("Serbia withdrew its objection to Kosovo's membership bid.", "concession", "SRB"),
        ("Colombia accepted the ELN's wording on the ceasefire clause.", "concession", "COL"),
        ("The TPLF handed over its heavy weapons to the federal army.", "concession", "ETH"),
        # suspension
        ("Saudi Arabia and the United States adjourned the talks in June.", "suspension", None),
        ("Russia would not extend the grain arrangement.", "suspension", "RUS"),
        ("Russia pulled out of the grain deal.", "suspension", "RUS"),
    ],
)
def test_events_types_phrase_gives_type_and_agent(
    make_ctx: Ctx, text: str, etype: str, agent: str | None
) -> None:
    found = _types(make_ctx, text)
    assert etype in found, f"{etype} not in {sorted(found)}"
    if agent is not None:
        assert any(e.agent is not None and e.agent.group == agent for e in found[etype])


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Qatari officials carried messages between Hamas and Israel.", "mediation"),
        ("The UN envoy spent months shuttling between Sanaa and Riyadh.", "mediation"),
        ("Turkey acted as an intermediary between Moscow and Kyiv.", "mediation"),
        ("The ICRC facilitated the prisoner exchange between the two sides.", "mediation"),
    ],
)
def test_events_types_mediation_as_a_predicate(make_ctx: Ctx, text: str, etype: str) -> None:
    found = _types(make_ctx, text)
    assert etype in found
    assert found[etype][0].mediators


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # refusals are asserted rejections, not negated events
        ("Serbia would not accept the conditions set by Kosovo.", "willingness"),
        # a joint undertaking is an agreement, not one side's concession
        ("Both sides agreed to withdraw their forces from the city.", "concession"),
        # a term inside a demand is content, not an act
        ("Russia demanded that Ukraine renounce its NATO ambitions.", "concession"),
        # withdrawing fighters is no walk-out from talks
        ("Both sides are to pull their fighters out of the port.", "suspension"),
        # a topic word modifying talks is no ceasefire of its own
        ("Israel and Hamas resumed ceasefire talks in Cairo.", "ceasefire"),
        # facilitating aid is not mediation
        ("The UN facilitated aid deliveries to the north.", "mediation"),
        # a claim introduced by "insisted that" is not a demand
        ("The army insisted that they are negotiating in good faith.", "demand"),
        # "with X acting as facilitator" is a role of the talks, not its own event
        ("Colombia and the FARC met in Havana, with Norway acting as facilitator.",
         "mediation"),
    ],
)
def test_events_types_phrase_is_not_that_type(make_ctx: Ctx, text: str, absent: str) -> None:
    assert absent not in _types(make_ctx, text)


def test_events_types_refusal_is_asserted(make_ctx: Ctx) -> None:
    rejection = _types(make_ctx, "Serbia would not accept the conditions set by Kosovo.")
    assert rejection["rejection"][0].modality == "asserted"


def test_events_types_unquoted_yaml_particle_is_rejected() -> None:
    trigger = {"lemma": "call", "particle": False, "pos": ["VERB"], "type": "suspension"}
    with pytest.raises(RuleError, match="particle must be a string"):
        parse_rules({"sets": {}, "triggers": [trigger]}, "trig.yaml")


def test_events_types_pursuing_a_ceasefire_is_no_ceasefire_yet(make_ctx: Ctx) -> None:
    found = _types(make_ctx, "Kenya and Uganda agreed to pursue a ceasefire.")
    assert "willingness" in found and "agreement" not in found
    assert all(e.modality == "hypothetical" for e in found.get("ceasefire", []))


def test_events_types_the_one_asked_is_not_the_asker(make_ctx: Ctx) -> None:
    """An unresolved asker must not fall back on the actor being asked."""
    found = _types(make_ctx, "Both governments asked Malaysia to mediate.")
    assert not any(e.agent is not None and e.agent.group == "MYS"
                   for e in found.get("demand", []))
