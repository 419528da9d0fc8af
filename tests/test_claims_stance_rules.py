"""Stance rules that carry over between conflicts: how refusals, obligations, conditions,
speakers' nouns and ended hostilities fold into positions. Sentences written here."""

from __future__ import annotations

import pytest

from test_claims_positions import positions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # resisting (opposing) giving something up is refusing to
        ("The RSF resisted giving up the territory.", {("SDNRSF", "territory", "rejects")}),
        # "must" binds both coordinated predicates
        ("Kyiv said the TPLF must renounce violence and release all captives.",
         {("UKRGOV", "prisoners", "demands")}),
        # a condition hung on an infinitive takes the finite verb's negation
        ("The TPLF will not discuss giving up its arsenal until Sudan withdraws its troops.",
         {("ETHTPLF", "security_guarantees", "rejects"), ("ETHTPLF", "withdrawal", "demands")}),
        # an ownerless need or importance is held by whoever stresses it
        ("Qatar underscored the need to urgently end the fighting.",
         {("QAT", "ceasefire", "seeks")}),
        ("Lavrov stressed the importance of a prisoner exchange.",
         {("RUSGOV", "prisoners", "seeks")}),
        # ending hostilities named by a noun, or hostilities that will not stop
        ("Qatar called for an end to the attacks.", {("QAT", "ceasefire", "seeks")}),
        ("The RSF demanded a cessation of the aggression.",
         {("SDNRSF", "ceasefire", "demands")}),
        ("Lavrov said his offensive would not stop until the TPLF disarmed.",
         {("RUSGOV", "ceasefire", "rejects"), ("RUSGOV", "security_guarantees", "demands")}),
        # "there would be no X" in someone's words rules X out
        ("Lavrov said there would be no ceasefire until the TPLF disarmed.",
         {("RUSGOV", "ceasefire", "rejects"), ("RUSGOV", "security_guarantees", "demands")}),
        # clauses on the issue's noun phrase: a participle with its agent, a relative clause
        ("Kyiv rejected a ceasefire requested by Qatar.",
         {("QAT", "ceasefire", "seeks"), ("UKRGOV", "ceasefire", "rejects")}),
        ("The TPLF demanded the release of hundreds of prisoners, which Ethiopia refused.",
         {("ETHTPLF", "prisoners", "demands"), ("ETH", "prisoners", "rejects")}),
        # a passive stance verb is held by its agent
        ("The plan for a ceasefire was rejected by the RSF.",
         {("SDNRSF", "ceasefire", "rejects")}),
        # an issue said to be a prerequisite or condition is the speaker's demand
        ("The release of all prisoners is a prerequisite for any dialogue, the TPLF said.",
         {("ETHTPLF", "prisoners", "demands")}),
        ("A ceasefire is our main condition, Lavrov said.", {("RUSGOV", "ceasefire", "demands")}),
        # a refusal with "unless" accepts on a condition: only the condition is demanded
        ("Sudan will not agree to a truce unless the RSF withdraws.",
         {("SDN", "withdrawal", "demands")}),
        # refusing what lacks X is demanding X
        ("Sudan could not accept a plan that does not guarantee a permanent ceasefire.",
         {("SDN", "ceasefire", "demands")}),
        # judging or watching "whether X happens" demands X
        ("Qatar said it would judge the truce by whether RSF troops left the city.",
         {("QAT", "withdrawal", "demands")}),
        ("Kyiv said it would watch whether Russia withdrew its troops.",
         {("UKRGOV", "withdrawal", "demands")}),
        # what hampers something, in someone's words, is opposed by them
        ("Lavrov said exports were hampered by sanctions.", {("RUSGOV", "sanctions", "opposes")}),
        # confirming or reaffirming a deal is holding to it (on a direct object only)
        ("Sudan confirmed an earlier deal to exchange prisoners.",
         {("SDN", "prisoners", "seeks")}),
        ("The RSF reaffirmed the truce.", {("SDNRSF", "ceasefire", "seeks")}),
        # "not possible" in someone's words rules an issue out
        ("Lavrov said a ceasefire was not possible while Ukraine rearmed.",
         {("RUSGOV", "ceasefire", "opposes")}),
        # carrying on hostilities, vowed, threatened or resolved, refuses a ceasefire
        ("Lavrov vowed to continue the war until Ukraine surrendered.",
         {("RUSGOV", "ceasefire", "rejects")}),
        ("The RSF threatened to resume attacks on the capital.",
         {("SDNRSF", "ceasefire", "rejects")}),
        ("Sudan is determined to continue the offensive.", {("SDN", "ceasefire", "rejects")}),
        # pledging is committing; withdrawing one's own fighters concedes
        ("The TPLF pledged to withdraw its fighters from the region.",
         {("ETHTPLF", "withdrawal", "willing_to_forgo")}),
        # phrasal verbs: warn against, push back against, balk at, appeal for, sign up to
        ("Moscow warned against any deployment of peacekeepers.",
         {("RUSGOV", "security_guarantees", "opposes")}),
        ("Kyiv pushed back against the demand for neutrality.",
         {("UKRGOV", "neutrality", "opposes")}),
        ("The RSF balked at the withdrawal of its forces.",
         {("SDNRSF", "withdrawal", "rejects")}),
        ("Qatar appealed for humanitarian access.", {("QAT", "humanitarian", "seeks")}),
        ("The RSF signed up to the ceasefire.", {("SDNRSF", "ceasefire", "seeks")}),
        # an object framed "as a precondition" is the framer's demand
        ("Sudan set the withdrawal of the RSF as a precondition for talks.",
         {("SDN", "withdrawal", "demands")}),
        # "X's position is that Y must ..." is X's demand
        ("Sudan's position is that the RSF must leave the cities.",
         {("SDN", "withdrawal", "demands")}),
        # standing firm on something demands it
        ("Kyiv stands firm on its territorial integrity.", {("UKRGOV", "territory", "demands")}),
        # giving up arms, whatever words stand between verb and noun
        ("The TPLF refused to hand over its heavy weapons.",
         {("ETHTPLF", "security_guarantees", "rejects")}),
        ("The TPLF agreed to hand over its heavy weapons.",
         {("ETHTPLF", "security_guarantees", "willing_to_forgo")}),
        ("Sudan demanded that the TPLF surrender its weapons.",
         {("SDN", "security_guarantees", "demands")}),
        # a military presence is the opposite of a withdrawal
        ("Sudan rejected the presence of foreign troops.", {("SDN", "withdrawal", "demands")}),
        ("Turkish officials insisted on a military presence on the island.",
         {("TURGOV", "withdrawal", "rejects")}),
        # "the rival groups", "the two factions" are both warring parties
        ("Sudan and the RSF met in Jeddah. The rival groups agreed on a permanent ceasefire.",
         {("SDN", "ceasefire", "seeks"), ("SDNRSF", "ceasefire", "seeks")}),
        ("Sudan and the RSF met in Jeddah. The two factions agreed to a truce.",
         {("SDN", "ceasefire", "seeks"), ("SDNRSF", "ceasefire", "seeks")}),
        # a stance noun's owner may follow it: "demands from X", "a proposal by X"
        ("Kyiv rejected the demands from Russia for neutrality.",
         {("RUS", "neutrality", "demands"), ("UKRGOV", "neutrality", "rejects")}),
    ],
)
def test_claims_stance_rules(nlp, text, expected):
    assert positions(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a war said to have ended in a narrated time clause is no ceasefire anyone seeks
        "Lavrov said the attacks went on until the war ended.",
        # suspending talks about an issue is not opposing the issue
        "Sudan suspended talks with the RSF over a ceasefire and aid access.",
        "Sudan halted the negotiations on a prisoner exchange.",
        # the issue inside the agent names who acts, not what is refused
        "The accord was rejected by most of those who voted.",
        # wanting something that lacks X says nothing about X
        "Sudan proposed a plan that would not include a ceasefire.",
        "Sudan confirmed that the truce had collapsed.",  # confirming a fact, not the truce
    ],
)
def test_claims_stance_rules_no_position(nlp, text):
    assert positions(nlp, text) == set()


def test_claims_events_add_nothing_for_a_background_issue(make_ctx):
    """ "demanded X before it can join talks about a ceasefire": the ceasefire is only what
    later talks would be about, so the demand event's terms add no position for it."""
    from parley.claims import extract_claims
    from parley.events import extract_events

    ctx = make_ctx("The TPLF demanded a full withdrawal of Eritrean troops before it can "
                   "engage in any talks with the federal government about a ceasefire.",
                   published="2021-07-04", conflict="ethiopia-tigray")
    _, found = extract_claims(ctx, extract_events(ctx))
    held = {(p.actor.code, p.issue, p.stance) for p in found}
    assert ("ETHTPLF", "withdrawal", "demands") in held
    assert not any(issue == "ceasefire" for _, issue, _ in held)


def test_claims_the_group_is_first_an_armed_group_named_lately(nlp):
    """ "The RSF welcomed a plan of the Union. The group said ...": a bloc named after the
    armed group does not take "the group" from it."""
    from parley.claims.attribution import find_attributions
    from parley.nlp.context import Mention
    from parley.records import Actor
    from test_claims_attribution import make_ctx

    ctx = make_ctx(nlp, "The RSF welcomed a plan of the Union. The group said it wanted a truce.")
    union = next(t for t in ctx.doc if t.text == "Union")
    ctx.mentions.append(Mention(Actor(code="AU", country=None, kind="organisation", name="AU",
                                      text="Union", start=union.idx, end=union.idx + 5),
                                union.i, union.i + 1, ctx.sentence_index(union.i)))
    ctx.mentions.sort(key=lambda m: m.start_token)
    said = [a for a in find_attributions(ctx) if a.cue == "said"]
    assert said and said[0].speaker is not None and said[0].speaker.actor.code == "SDNRSF"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phrase cue whose content is only where it was said makes no claim
        ("Lavrov made the remarks at a press conference in Geneva.", set()),
        ("Lavrov made remarks suggesting that the talks would resume.", {(0, "RUSGOV")}),
    ],
)
def test_claims_phrase_cue_needs_something_said(nlp, text, expected):
    from test_claims_speakers import claim_speakers

    assert claim_speakers(nlp, text) == expected
