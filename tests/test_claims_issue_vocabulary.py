"""Issue words beyond the Russia–Ukraine vocabulary: captives, salaries and safe passage,
autonomy and recognition, disarmament and monitors, shared power and accountability.
Each keyword group is checked on a sentence written here."""

from __future__ import annotations

import pytest

from test_claims_positions import positions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # captives are prisoners, however they are named
        ("Sudan demanded the release of civilians detained by the RSF.",
         {("SDN", "prisoners", "demands")}),
        ("The TPLF demanded that all those kidnapped be released.",
         {("ETHTPLF", "prisoners", "demands")}),
        ("Kyiv seeks the return of soldiers held in captivity.",
         {("UKRGOV", "prisoners", "seeks")}),
        ("Petro refused to free rebels held in prison.", {("COLGOV", "prisoners", "rejects")}),
        # humanitarian relief: unpaid salaries, safe passage, "the humanitarian issues"
        ("The TPLF insisted that salaries be paid.", {("ETHTPLF", "humanitarian", "demands")}),
        ("Sudan agreed to allow safe passage for civilians.",
         {("SDN", "humanitarian", "seeks")}),
        ("Kyiv wants to resolve the humanitarian issues first.",
         {("UKRGOV", "humanitarian", "seeks")}),
        # the status of a territory: autonomy, independence, self-determination, two states
        ("Ethiopia rejected any autonomy for the region.", {("ETH", "territory", "rejects")}),
        ("The TPLF called for self-determination.", {("ETHTPLF", "territory", "seeks")}),
        ("Turkish officials backed a two-state solution.", {("TURGOV", "territory", "seeks")}),
        ("Ukraine wants a deal built on mutual recognition.", {("UKR", "territory", "seeks")}),
        # recognising is taking a stance on what is recognised
        ("Russia will never recognise the independence of the region.",
         {("RUS", "territory", "rejects")}),
        ("Russia recognised the independence of the two regions.",
         {("RUS", "territory", "seeks")}),
        ("Ethiopia said it would not negotiate over the status of the district.",
         {("ETH", "territory", "rejects")}),
        ("Moscow insisted on keeping the annexed regions.", {("RUSGOV", "territory", "demands")}),
        # freezing the front line is a ceasefire on the lines held
        ("Kyiv objected to any freeze of the front line.", {("UKRGOV", "ceasefire", "opposes")}),
        # withdrawals under other names
        ("Sudan demanded the pull-out of RSF units.", {("SDN", "withdrawal", "demands")}),
        ("The RSF agreed to a redeployment of its fighters.",
         {("SDNRSF", "withdrawal", "willing_to_forgo")}),
        # disarmament and monitors are security arrangements; giving up one's arms concedes
        ("Ethiopia rejected international monitors.",
         {("ETH", "security_guarantees", "rejects")}),
        ("The TPLF refused to lay down its arms.",
         {("ETHTPLF", "security_guarantees", "rejects")}),
        ("The RSF agreed to hand over its weapons.",
         {("SDNRSF", "security_guarantees", "willing_to_forgo")}),
        ("The TPLF will not give up its arsenal.",
         {("ETHTPLF", "security_guarantees", "rejects")}),
        # new issues: shared power and accountability
        ("The RSF demanded a federal system.", {("SDNRSF", "power_sharing", "demands")}),
        ("Sudan rejected any power-sharing deal with the RSF.",
         {("SDN", "power_sharing", "rejects")}),
        ("Petro offered an amnesty to fighters.",
         {("COLGOV", "transitional_justice", "seeks")}),
        ("The TPLF demanded an independent investigation into the massacres.",
         {("ETHTPLF", "transitional_justice", "demands")}),
        # releasing people is the prisoners issue, whatever they are called
        ("Sudan insisted that all remaining women must be released.",
         {("SDN", "prisoners", "demands")}),
        ("The TPLF demanded the release of everyone.", {("ETHTPLF", "prisoners", "demands")}),
        ("Kyiv agreed to free 50 Palestinians.", {("UKRGOV", "prisoners", "seeks")}),
        # Russia–Ukraine words that recur elsewhere: open doors, reassurance forces,
        # Article 5, moratoria on strikes, deported children
        ("Lavrov rejected NATO's open-door policy.",
         {("RUSGOV", "nato_membership", "rejects")}),
        ("Moscow opposes any reassurance force in Ukraine.",
         {("RUSGOV", "security_guarantees", "opposes")}),
        ("Kyiv wants Article 5 protection.", {("UKRGOV", "security_guarantees", "seeks")}),
        ("Qatar called for a moratorium on attacks.", {("QAT", "ceasefire", "seeks")}),
        ("Kyiv demands the return of deported children.", {("UKRGOV", "prisoners", "demands")}),
        # a lasting calm is a ceasefire
        ("Qatar urged a sustainable calm.", {("QAT", "ceasefire", "seeks")}),
    ],
)
def test_claims_issue_vocabulary(nlp, text, expected):
    assert positions(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Petro demanded that the rebels serve prison time.",  # a sentence, not captives
        "Kyiv agreed to release a statement.",  # releasing is about people only
    ],
)
def test_claims_issue_vocabulary_other_senses(nlp, text):
    assert positions(nlp, text) == set()


def test_claims_possessive_pronoun_owner_is_the_clause_subject(nlp):
    """ "his insistence on ...": the possessive stands for the named subject."""
    assert positions(nlp, "Lavrov repeated his insistence on the neutrality of Ukraine.") == {
        ("RUSGOV", "neutrality", "demands")}
