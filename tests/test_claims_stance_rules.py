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
    ],
)
def test_claims_stance_rules(nlp, text, expected):
    assert positions(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a war said to have ended in a narrated time clause is no ceasefire anyone seeks
        "Lavrov said the attacks went on until the war ended.",
    ],
)
def test_claims_stance_rules_no_position(nlp, text):
    assert positions(nlp, text) == set()
