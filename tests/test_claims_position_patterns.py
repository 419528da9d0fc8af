"""Ways parties state positions beyond a stance verb over an issue noun: copulas, appositive
refusals, recognition, persistence, obligations met through pronouns, and the contexts that
hold no position (background clauses, time frames, prices). Sentences written here."""

from __future__ import annotations

import pytest

from test_claims_positions import positions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stance noun as the subject of a copula governs its complement
        ("Moscow's main demand was the neutrality of Ukraine.",
         {("RUSGOV", "neutrality", "demands")}),
        ("The Kremlin's real aim was to force Ukraine to accept neutrality.",
         {("RUSGOV", "neutrality", "demands")}),
        # "..., a condition X rejected": X refuses what the other side demanded
        ("Kyiv demanded a full ceasefire, a condition Moscow has rejected.",
         {("UKRGOV", "ceasefire", "demands"), ("RUSGOV", "ceasefire", "rejects")}),
        ("The RSF insisted on the withdrawal of army units from the city, a demand Sudan "
         "regards as unacceptable.",
         {("SDNRSF", "withdrawal", "demands"), ("SDN", "withdrawal", "rejects")}),
        # recognising land as someone's is a territorial stance; one's own is a concession
        ("Moscow insists on the recognition of the four regions as Russian.",
         {("RUSGOV", "territory", "demands")}),
        ("Ethiopia is ready to recognise the district as part of Sudan.",
         {("ETH", "territory", "willing_to_forgo")}),
        # keywords that carry their subject's stance
        ("Under the draft, Ukraine would stay out of NATO.",
         {("UKR", "nato_membership", "willing_to_forgo")}),
        # an issue that someone says will last, or makes last, is what they seek
        ('"The truce will hold," Petro said.', {("COLGOV", "ceasefire", "seeks")}),
        ("Kyiv will do what it can to make the ceasefire last.",
         {("UKRGOV", "ceasefire", "seeks")}),
        # the subject of a stance word inside "by ...ing" is the main verb's subject
        ("Qatar opened the meeting by urging the RSF to accept a truce.",
         {("QAT", "ceasefire", "seeks")}),
        # an adjective naming an actor owns the stance noun
        ("Kyiv welcomed the Turkish proposal for a prisoner exchange.",
         {("TUR", "prisoners", "seeks"), ("UKRGOV", "prisoners", "seeks")}),
        # halting or restricting something is standing against it
        ("Russia halted aid deliveries to the city.", {("RUS", "humanitarian", "opposes")}),
        # an obligation on forces named by a pronoun: the speaker demands their withdrawal
        ("Sudan said the RSF must show that they will leave the capital.",
         {("SDN", "withdrawal", "demands")}),
        # a condition about harming civilians; "end the war" is a ceasefire phrase
        ("Petro said talks could only resume if the rebels stopped attacking civilians.",
         {("COLGOV", "humanitarian", "demands")}),
        ("Russia will not end the war until Kyiv surrenders.", {("RUS", "ceasefire", "rejects")}),
        # committing (verb) is seeking; depending on something is demanding it
        ("The TPLF has committed to a permanent cessation of hostilities.",
         {("ETHTPLF", "ceasefire", "seeks")}),
        ("Sudan agreed only to a meeting that depended on a ceasefire.",
         {("SDN", "ceasefire", "demands")}),
        # a time frame reached through another preposition is still governed
        ("The TPLF insisted during the talks on the restoration of aid deliveries.",
         {("ETHTPLF", "humanitarian", "demands")}),
    ],
)
def test_claims_position_patterns(nlp, text, expected):
    assert positions(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # actors named by a guarantee word are not guarantees
        ("The guarantor countries urged Russia and Ukraine to keep talking.", set()),
        # a relative clause about the holder is background
        ("Petro, who lost the referendum last year, insisted that the talks would go on.",
         set()),
        # a narrated cause is not what the holder stands against
        ("Petro suspended the talks after an attack left thousands of people displaced.", set()),
        # "the truce held": narration, not anyone's wish; "would not hold" is a forecast
        ("The truce held for a week.", set()),
        ("Petro said the truce would not hold.", set()),
        # territory the demanded withdrawal leaves, through "all of"
        ("Russia demanded that Ukraine withdraw from all of the territory it claims.",
         {("RUS", "withdrawal", "demands")}),
        # what a demand is the price for is traded away, not asked for
        ("The RSF demanded a ceasefire as its price for releasing the prisoners.",
         {("SDNRSF", "ceasefire", "demands")}),
    ],
)
def test_claims_position_patterns_hold_nothing_extra(nlp, text, expected):
    assert positions(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ending hostilities is a ceasefire; one's own future act, in one's own words, is sought
        ('"We will stop the shelling of the city," Lavrov said.',
         {("RUSGOV", "ceasefire", "seeks")}),
        ("Russia said it would withdraw its troops from the city.",
         {("RUS", "withdrawal", "willing_to_forgo")}),
        # what another side will do is no commitment of the speaker
        ("Russia said Ukraine would withdraw its troops.", set()),
        # carrying on hostilities, said of the future, rejects a ceasefire
        ("The RSF said its attacks would continue until the army surrendered.",
         {("SDNRSF", "ceasefire", "rejects")}),
        ("Attacks on the city continued on Tuesday.", set()),
    ],
)
def test_claims_position_patterns_hostilities(nlp, text, expected):
    assert positions(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an idiom with "aid" is no humanitarian aid
        ("Kyiv said the guarantors would have to come to Ukraine's aid.", set()),
        # one position per side and sentence: a state and its government say the same
        ("Russia said the Kremlin was ready for a ceasefire.", {("RUSGOV", "ceasefire", "seeks")}),
        # a "while" clause has its own holder; the main verb does not govern it
        ("The TPLF agreed to a truce, while Ethiopia committed to restoring humanitarian access.",
         {("ETHTPLF", "ceasefire", "seeks"), ("ETH", "humanitarian", "seeks")}),
        # land named as a place is no territorial issue
        ("Ethiopia agreed to keep its troops along the border.", set()),
        # refusing something as a substitute for an issue is wanting the issue
        ("Kyiv did not accept the local truces as a substitute for a full ceasefire.",
         {("UKRGOV", "ceasefire", "seeks"), ("UKRGOV", "ceasefire", "rejects")}),
    ],
)
def test_claims_position_patterns_scope(nlp, text, expected):
    assert positions(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guaranteeing someone's security is a security guarantee (here a condition)
        ("Kyiv will sign the deal only if its security is guaranteed by its allies.",
         {("UKRGOV", "security_guarantees", "demands")}),
        # keeping or preserving something is seeking it
        ("Ethiopia wants to preserve its territorial integrity.", {("ETH", "territory", "seeks")}),
        ("Under the plan Ukraine keeps sovereignty over the port.",
         {("UKR", "territory", "seeks")}),
        # a stance verb the tagger lemmatises wrongly ("hoped" as "hop") still counts
        ("Lavrov said he hoped the talks could lead to a ceasefire.",
         {("RUSGOV", "ceasefire", "seeks")}),
    ],
)
def test_claims_position_patterns_lexicon(nlp, text, expected):
    assert positions(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demonym the actors stage left unlinked still owns the stance noun
        ("Kyiv accepted a Qatari proposal for a prisoner exchange.",
         {("QAT", "prisoners", "seeks"), ("UKRGOV", "prisoners", "seeks")}),
        # accusations: the accuser wants what the accused is said to refuse or fail at
        ("Sudan accused the RSF of refusing a ceasefire.",
         {("SDN", "ceasefire", "demands"), ("SDNRSF", "ceasefire", "rejects")}),
        ("Russia accused Ukraine of failing to withdraw its troops.",
         {("RUS", "withdrawal", "demands")}),
        ("Ethiopia accused the TPLF of seeking the annexation of the district.",
         {("ETH", "territory", "opposes"), ("ETHTPLF", "territory", "seeks")}),
        # the object of "commit" holds the stance
        ("The accord committed the RSF to a ceasefire.", {("SDNRSF", "ceasefire", "seeks")}),
    ],
)
def test_claims_position_patterns_other_holders(nlp, text, expected):
    assert positions(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # disarming one's own forces is a concession; demanding another side disarm is not
        ("The TPLF agreed to disarm its combatants.",
         {("ETHTPLF", "security_guarantees", "willing_to_forgo")}),
        ("Ethiopia demanded that the TPLF disarm.", {("ETH", "security_guarantees", "demands")}),
        # conditions *for* something do not demand it
        ("Russia set out its conditions for a ceasefire.", set()),
    ],
)
def test_claims_position_patterns_own_side(nlp, text, expected):
    assert positions(nlp, text) == expected


def test_claims_position_patterns_keep_takes_objects_only(nlp):
    assert positions(nlp, "Moscow keeps saying that a ceasefire is impossible.") == set()
