"""Stances that depend on who acts and on what: demands imposed on another actor,
conditions, undoing sanctions, one's own withdrawal, third parties (sentences written here).
"""

from __future__ import annotations

import pytest

from parley.claims.attribution import find_attributions
from parley.claims.positions import find_positions
from parley.time import select_profile
from test_claims_attribution import make_ctx


def positions(nlp, text, profile=None):
    ctx = make_ctx(nlp, text)
    if profile is not None:
        ctx.profile = select_profile(ctx, profile)
    return {(p.actor.code, p.issue, p.stance) for p in find_positions(ctx, find_attributions(ctx))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # demanding that another actor give something up is opposing it
        ("Russia demanded that Ukraine renounce its bid for NATO membership.",
         {("RUS", "nato_membership", "opposes")}),
        ("Kremlin insisted that Ukraine drop its plans to join NATO.",
         {("RUSGOV", "nato_membership", "opposes")}),
        # the actor told what to do holds no stance of its own
        ("Russia demanded that Ukraine accept neutrality.", {("RUS", "neutrality", "demands")}),
        ("Kremlin repeated Moscow's position that Ukraine must accept neutrality.",
         {("RUSGOV", "neutrality", "demands")}),
        ("Lavrov said a settlement would have to include the recognition of Russian sovereignty.",
         {("RUSGOV", "territory", "demands")}),
        ("Lavrov said the reply was positive but insisted on guarantees of a ceasefire.",
         {("RUSGOV", "ceasefire", "demands")}),
    ],
)
def test_claims_stances_imposed_on_another_actor(nlp, text, expected):
    assert positions(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow would agree to a ceasefire only once Kyiv withdraws its troops.",
         {("RUSGOV", "ceasefire", "seeks"), ("RUSGOV", "withdrawal", "demands")}),
        ("Kyiv will not negotiate until Russia withdraws its troops.",
         {("UKRGOV", "withdrawal", "demands")}),
        ("Kremlin said the truce would only take effect after sanctions were lifted.",
         {("RUSGOV", "sanctions", "opposes")}),
        # narration with "after" sets no condition
        ("Russia withdrew its troops after Kyiv agreed to a ceasefire.",
         {("UKRGOV", "ceasefire", "seeks")}),
        # a time frame is not what is demanded
        ("Russia demanded that Kyiv withdraw its forces before any ceasefire.",
         {("RUS", "withdrawal", "demands")}),
    ],
)
def test_claims_stances_conditions(nlp, text, expected):
    assert positions(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow demanded the lifting of sanctions.", {("RUSGOV", "sanctions", "opposes")}),
        ("The RSF called for an end to the blockade.", {("SDNRSF", "sanctions", "opposes")}),
        ("Kyiv opposed lifting the sanctions.", {("UKRGOV", "sanctions", "seeks")}),
        ("Sudan demanded the lifting of restrictions on the port.",
         {("SDN", "sanctions", "opposes")}),
        ("Sudan imposed restrictions on the port.", set()),
        ("Russia rejected sanctions.", {("RUS", "sanctions", "opposes")}),
        ("Sudan demanded that the RSF halt military aid to militias.", set()),
    ],
)
def test_claims_stances_sanctions_undone(nlp, text, expected):
    assert positions(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia agreed to withdraw its troops.", {("RUS", "withdrawal", "willing_to_forgo")}),
        ("Kyiv demanded that Russia withdraw its troops.", {("UKRGOV", "withdrawal", "demands")}),
        ("Russia insisted on the withdrawal of Ukrainian troops from the territory.",
         {("RUS", "withdrawal", "demands")}),
        ("Moscow gave no sign of being ready to withdraw its troops.",
         {("RUSGOV", "withdrawal", "rejects")}),
        ("Kyiv said it would not hand over its land.", {("UKRGOV", "territory", "rejects")}),
        # other senses of "withdraw"
        ("Ethiopia withdrew its objection to the plan.", set()),
        ("Russia threatened to pull out of the deal.", set()),
    ],
)
def test_claims_stances_withdrawal(nlp, text, expected):
    assert positions(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "profile", "stance"),
    [
        ("Qatar rejected a ceasefire.", "sudan-2023", "opposes"),  # outside the conflict
        ("The RSF rejected a ceasefire.", "sudan-2023", "rejects"),  # a belligerent
        ("Qatar rejected a ceasefire.", None, "rejects"),  # no profile: no way to tell
    ],
)
def test_claims_stances_third_party_opposes(nlp, text, profile, stance):
    assert {s for _, _, s in positions(nlp, text, profile)} == {stance}
