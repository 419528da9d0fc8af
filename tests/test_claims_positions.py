"""Positions and claims built from hand-made actor mentions on sentences written here."""

from __future__ import annotations

import pytest

from parley.claims import extract_claims
from parley.claims.attribution import find_attributions
from parley.claims.positions import find_positions
from test_claims_attribution import make_ctx


def positions(nlp, text):
    ctx = make_ctx(nlp, text)
    return {(p.actor.code, p.issue, p.stance) for p in find_positions(ctx, find_attributions(ctx))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv seeks security guarantees from its allies.",
         {("UKRGOV", "security_guarantees", "seeks")}),
        ("Russia demands the neutrality of Ukraine.", {("RUS", "neutrality", "demands")}),
        ("The RSF rejected a ceasefire.", {("SDNRSF", "ceasefire", "rejects")}),
        ("Ethiopia opposes any foreign peacekeeping force.",
         {("ETH", "security_guarantees", "opposes")}),
        ("Kyiv has signalled a willingness to give up its bid for NATO membership.",
         {("UKRGOV", "nato_membership", "willing_to_forgo")}),
        ("Ukraine agreed not to apply for NATO membership.",
         {("UKR", "nato_membership", "willing_to_forgo")}),
        ("Moscow is ready to discuss a prisoner exchange.", {("RUSGOV", "prisoners", "seeks")}),
        ("Russia refused to agree to a truce.", {("RUS", "ceasefire", "rejects")}),
        ("Kyiv ruled out any territorial concessions.", {("UKRGOV", "territory", "rejects")}),
        ("The TPLF insisted that Sudan must withdraw its troops.",
         {("ETHTPLF", "withdrawal", "demands")}),
        ("Ukraine rejected the Russian demand for neutrality.",
         {("UKR", "neutrality", "rejects"), ("RUS", "neutrality", "demands")}),
        ("Lavrov said that a ceasefire was out of the question.",
         {("RUSGOV", "ceasefire", "opposes")}),
        ("Lavrov made it clear that NATO expansion was never on the table.",
         {("RUSGOV", "nato_membership", "opposes")}),
        ('"We will never give up our territory," Petro said.',
         {("COLGOV", "territory", "rejects")}),
    ],
)
def test_claims_positions_stances(nlp, text, expected):
    assert positions(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine held talks on a ceasefire in Istanbul.",
        "A ceasefire was rejected.",
        "The truce collapsed within hours.",
    ],
)
def test_claims_positions_none_without_stance_holder(nlp, text):
    assert positions(nlp, text) == set()


def test_claims_positions_two_actors_in_one_chain(nlp):
    got = positions(nlp, "Ukraine rejected Russia's demand for neutrality.")
    assert got == {("RUS", "neutrality", "demands"), ("UKR", "neutrality", "rejects")}


def test_claims_positions_deduplicated_per_sentence(nlp):
    ctx = make_ctx(nlp, "Russia rejected a ceasefire and rejected a truce.")
    found = find_positions(ctx, find_attributions(ctx))
    assert [(p.actor.code, p.issue, p.stance) for p in found] == [("RUS", "ceasefire", "rejects")]
    assert found[0].id and found[0].evidence[0].sentence == 0


def test_claims_extract_claims_fields(nlp):
    ctx = make_ctx(nlp, "Sudan accused the RSF of blocking humanitarian aid. "
                        "The weather was mild.")
    claims, _ = extract_claims(ctx, [])
    (claim,) = claims
    assert claim.speaker.code == "SDN"
    assert (claim.cue, claim.cue_class) == ("accused", "accusation")
    assert [t.code for t in claim.targets] == ["SDNRSF"]
    assert claim.issue == "humanitarian"
    assert claim.evidence[0].sentence == 0 and claim.id.startswith("cl-")


def test_claims_extract_one_claim_per_sentence_and_speaker(nlp):
    ctx = make_ctx(nlp, "Lavrov said talks were possible and added that Kyiv must decide.")
    claims, _ = extract_claims(ctx, [])
    assert [(c.speaker.code, c.cue) for c in claims] == [("RUSGOV", "said")]


@pytest.mark.parametrize(("cue", "hedged"), [("claimed", True), ("said", False)])
def test_claims_extract_hedged_flag(nlp, cue, hedged):
    ctx = make_ctx(nlp, f"Qatar {cue} that the talks had stalled.")
    (claim,) = extract_claims(ctx, [])[0]
    assert claim.hedged is hedged


def test_claims_extract_links_events_inside_content(nlp):
    from parley.records import Event

    text = "Lavrov claimed that Kyiv had rejected the truce. Kyiv rejected the plan."
    ctx = make_ctx(nlp, text)
    inside = Event(id="ev-in", type="rejection", trigger="rejected",
                   evidence=[ctx.evidence(0)])
    outside = Event(id="ev-out", type="rejection", trigger="rejected",
                    evidence=[ctx.evidence(1)])
    claims, _ = extract_claims(ctx, [inside, outside])
    assert [c.events for c in claims] == [["ev-in"]]
