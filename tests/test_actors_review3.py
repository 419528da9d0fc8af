"""Actor cases found by reading real negotiation news (third review); sentences are ours."""

from __future__ import annotations

from datetime import date

import pytest

from parley.actors import recognise
from parley.nlp.context import DocContext
from parley.records import Document


def found(nlp, text: str, when: date = date(2024, 3, 1)) -> list[tuple[str, str]]:
    ctx = DocContext(Document(id="t", text=text), nlp(text), when=when)
    return [(m.actor.text or "", m.actor.code) for m in recognise(ctx)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an institution "of" a state: the name alone reads as part of a longer name
        ("The Government of Ethiopia and the TPLF signed the accord.",
         [("Ethiopia", "ETHGOV"), ("TPLF", "ETHTPLF")]),
        ("A delegation of the Government of Colombia met the ELN.",
         [("Colombia", "COLGOV"), ("ELN", "COLELN")]),
        ("The governments of Armenia and Azerbaijan exchanged drafts.",
         [("Armenia", "ARMGOV"), ("Azerbaijan", "AZEGOV")]),
        ("The armed forces of Ukraine held the line.", [("Ukraine", "UKRMIL")]),
        # people "of" states stay the states (the gold convention for "the leaders of X")
        ("The leaders of France and Germany agreed.", [("France", "FRA"), ("Germany", "DEU")]),
        # multi-word collective heads after a state word
        ("Ethiopia's federal government and the TPLF met.",
         [("Ethiopia's federal government", "ETHGOV"), ("TPLF", "ETHTPLF")]),
        ("An Egyptian security delegation met Hamas leaders.",
         [("Egyptian security delegation", "EGYGOV"), ("Hamas leaders", "PSEHAM")]),
        ("The Ukrainian peace delegation left early.", [("Ukrainian peace delegation", "UKRGOV")]),
        ("Ethiopian federal forces withdrew from the town.",
         [("Ethiopian federal forces", "ETHMIL")]),
        # a state's name coordinated with a demonym shares its head
        ("US and Israeli negotiators will meet Hamas envoys.",
         [("US", "USAGOV"), ("Israeli negotiators", "ISRGOV"), ("Hamas envoys", "PSEHAM")]),
        # intelligence services, and titles "of" a named body
        ("The director of the CIA, Jane Roe, flew in; the Shin Bet stayed silent.",
         [("director of the CIA", "USAGOV"), ("Jane Roe", "USAGOV"), ("Shin Bet", "ISRGOV")]),
        ("The SBU accused the FSB of sabotage.", [("SBU", "UKRGOV"), ("FSB", "RUSGOV")]),
        # the Tigrayan authority: the region's administration is not the federal government
        ("The Tigray Interim Administration wrote to the federal government.",
         [("Tigray Interim Administration", "ETHTPLF"), ("federal government", "ETHGOV")]),
        ("The regional government of Tigray rejected the plan.",
         [("regional government of Tigray", "ETHTPLF")]),
    ],
)
def test_news_review_collectives(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(nlp, text) == expected


def test_lebanese_minister_in_a_hezbollah_story_is_lebanon_not_israel(nlp) -> None:
    # Hezbollah fights Israel, so an untitled office would go to Israel; the dictionary
    # knows the minister
    text = ("The envoy met caretaker Foreign Minister Abdallah Bou Habib as Hezbollah "
            "kept firing rockets.")
    assert ("caretaker Foreign Minister Abdallah Bou Habib", "LBNGOV") in found(
        nlp, text, date(2024, 11, 19))


def test_intelligence_chief_is_dated(nlp) -> None:
    text = "Ronen Bar travelled to Cairo."
    assert found(nlp, text, date(2024, 2, 13)) == [("Ronen Bar", "ISRGOV")]
    assert found(nlp, text, date(2026, 1, 5)) == [("Ronen Bar", "ISRELI")]


def test_deputy_defence_minister_still_in_office(nlp) -> None:
    text = "Deputy Defence Minister Alexander Fomin joined the delegation."
    assert found(nlp, text, date(2025, 5, 16))[-1][1] == "RUSMIL"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cairo, March 3. Egyptian officials said the talks would resume.",
         [("Egyptian officials", "EGYGOV")]),
        ("Cairo, meanwhile, rejected the proposal.", [("Cairo", "EGYGOV")]),
        ("Egypt's state-run Al Qahera News said Egypt would host the talks.",
         [("Egypt", "EGY")]),
        ("Russia's state news agency said Russia's delegation had landed.",
         [("Russia's delegation", "RUSGOV")]),
        ("Israel's Channel 12 said Israel's cabinet approved the deal.",
         [("Israel's cabinet", "ISRGOV")]),
    ],
)
def test_datelines_and_state_outlets_are_not_actors(nlp, text: str,
                                                    expected: list[tuple[str, str]]) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "when", "expected"),
    [
        # a civilian service secretary is the government, not the army his title names
        ("U.S. Army Secretary Dan Driscoll met Russian delegates.", date(2025, 11, 25),
         [("U.S. Army Secretary Dan Driscoll", "USAGOV"), ("Russian delegates", "RUSGOV")]),
        # a US commander in a Syrian story is not Syria's army
        ("The SDF met US Central Command chief Admiral Brad Cooper in Hasakah.",
         date(2025, 10, 6), [("SDF", "SYRSDF"),
                             ("US Central Command chief Admiral Brad Cooper", "USAMIL")]),
        ("The FGS and Puntland traded accusations.", date(2023, 5, 4),
         [("FGS", "SOMGOV"), ("Puntland", "SOMPUN")]),  # a member state is its own actor
        ("The Moroccan Foreign Minister, Nasser Burita, met the envoy.", date(2023, 9, 15),
         [("Moroccan Foreign Minister", "MARGOV"), ("Nasser Burita", "MARGOV")]),
        # a region's government "of" a state's possessive is not the state's government
        ("The government of Ethiopia's Amhara region signed a deal with Fano.",
         date(2025, 12, 4), [("Ethiopia", "ETH"), ("Fano", "ETHFAN")]),
        # words the tagger calls a person but that have no capital are no name
        ("Trump said the deal that the Republican president helped broker would hold.",
         date(2026, 1, 14), [("Trump", "USAGOV")]),
    ],
)
def test_news_review_people_and_bodies(nlp, text: str, when: date,
                                       expected: list[tuple[str, str]]) -> None:
    assert found(nlp, text, when) == expected


def test_the_group_after_a_members_mention_is_the_members_group(nlp) -> None:
    text = ("Hamas and its ally Islamic Jihad backed the committee. A senior Hamas official "
            "said the group welcomed the announcement.")
    assert found(nlp, text)[-1] == ("group", "PSEHAM")


def test_state_word_before_a_group_noun_is_that_states_group(nlp) -> None:
    text = ("No Hamas delegation went to Cairo. The Palestinian movement later proposed a "
            "six-week truce, and the Yemeni rebels stayed silent.")
    got = found(nlp, text)
    assert ("Palestinian movement", "PSEHAM") in got
    # no Yemeni group named: the description points at nobody
    assert not any(text.startswith("Yemeni") for text, _ in got)
    # the group's own name after it is the mention
    assert found(nlp, "The Palestinian group Hamas said it would reply.") == [
        ("Hamas", "PSEHAM")]


def test_bare_title_of_the_one_state_with_such_an_office(nlp) -> None:
    text = ("Felix Tshisekedi and Paul Kagame met in Qatar, in talks mediated by the emir.")
    assert found(nlp, text, date(2025, 3, 18))[-1] == ("emir", "QATGOV")
    # two states with presidents: "the president" is nobody
    assert found(nlp, "Russia and Ukraine met; the president said nothing.") == [
        ("Russia", "RUS"), ("Ukraine", "UKR")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group's own adjective before a group noun names it
        ("Oman announced a truce between the United States and the Houthi group.",
         [("Oman", "OMN"), ("United States", "USA"), ("Houthi group", "YEMHOU")]),
        # "the X-aligned group" points back like "the group"
        ("The Houthis fired again. The Iran-aligned group said the strikes would go on.",
         [("Houthis", "YEMHOU"), ("Iran-aligned group", "YEMHOU")]),
        # a demonym before "-mediated" is the mediating state
        ("The Kenyan-mediated talks stalled.", [("Kenyan", "KENGOV")]),
        ("Omani-mediated contacts went on between Riyadh and the Houthis.",
         [("Omani", "OMNGOV"), ("Riyadh", "SAUGOV"), ("Houthis", "YEMHOU")]),
        # a titled stranger "of <state>" acts for that state, not the home state
        ("The SPLM-IO walked out, and President Jane Roe of Kenya offered to mediate.",
         [("SPLM-IO", "SSDSPLMIO"), ("President Jane Roe", "KENGOV"), ("Kenya", "KEN")]),
        # "leaving for Doha": a destination, not Qatar acting
        ("The Hamas delegation is leaving for Doha.", [("Hamas delegation", "PSEHAM")]),
    ],
)
def test_news_review_groups_and_mediators(nlp, text: str,
                                          expected: list[tuple[str, str]]) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "when", "expected"),
    [
        ("Hamas fired rockets. The militant group said it was ready.", date(2024, 3, 1),
         [("Hamas", "PSEHAM"), ("militant group", "PSEHAM")]),
        # an allegiance of several words before the noun
        ("The RSF advanced. The United Arab Emirates-backed paramilitary group balked.",
         date(2025, 6, 1),
         [("RSF", "SDNRSF"), ("United Arab Emirates-backed paramilitary", "SDNRSF")]),
        # "-based" names where it sits: Sanaa's government is not Aden's but the Houthis'
        # (their seat, fourth review); the city they hold is a place
        ("The Houthis hold Sanaa. The Sanaa-based government rejected the plan.",
         date(2025, 6, 1), [("Houthis", "YEMHOU"), ("Sanaa-based government", "YEMHOU")]),
        ("Shaya al-Zindani met Armen Grigoryan.", date(2025, 6, 1),
         [("Shaya al-Zindani", "YEMGOV"), ("Armen Grigoryan", "ARMGOV")]),
        ("Field Marshal Birhanu Jula met the AU panel.", date(2022, 11, 12),
         [("Field Marshal Birhanu Jula", "ETHMIL"), ("AU panel", "AU")]),
        ("Abd-Rabbu Mansour Hadi handed power to the council.", date(2023, 1, 1),
         [("Abd-Rabbu Mansour Hadi", "YEMELI")]),
    ],
)
def test_news_review_descriptions_and_people(nlp, text: str, when: date,
                                             expected: list[tuple[str, str]]) -> None:
    assert found(nlp, text, when) == expected


def test_recognised_government_after_a_possessive_and_long_name_forms(nlp) -> None:
    got = found(nlp, "Yemen's internationally-recognized government met the Houthi group.")
    assert got == [("Yemen's internationally-recognized government", "YEMGOV"),
                   ("Houthi group", "YEMHOU")]
    got = found(nlp, "Dr. Mohammed bin Abdulaziz bin Saleh Al Khulaifi spoke; Khulaifi left.",
                date(2025, 11, 15))
    assert [code for _, code in got] == ["QATGOV", "QATGOV"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state an envoy is posted to is not a party ("for"/"to" after a posting noun)
        ("The US special envoy for Ukraine met Russian officials.",
         [("US special envoy", "USAGOV"), ("Russian officials", "RUSGOV")]),
        ("The UN envoy to Yemen met Houthi negotiators.",
         [("UN envoy", "UN"), ("Houthi negotiators", "YEMHOU")]),
        # not after other nouns
        ("A deal for Ukraine was proposed by Turkey.", [("Ukraine", "UKR"), ("Turkey", "TUR")]),
    ],
)
def test_postings_are_places(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Somalia's federal member states are actors of their own, not the federal government
        ("Puntland President Said Abdullahi Deni said the federal government had broken "
         "the pact; Deni then left the talks.",
         [("Puntland President Said Abdullahi Deni", "SOMPUN"), ("federal government", "SOMGOV"),
          ("Deni", "SOMPUN")]),
        ("Jubaland forces traded fire with federal troops, and the Jubaland administration "
         "suspended ties with Mogadishu.",
         [("Jubaland forces", "SOMJUB"), ("Jubaland administration", "SOMJUB"),
          ("Mogadishu", "SOMGOV")]),
        ("Galmudug and Hirshabelle officials backed the new electoral law.",
         [("Galmudug", "SOMGAL"), ("Hirshabelle officials", "SOMHIR")]),
        ("Madobe hosted the president of South West State in Kismayo.",
         [("president of South West State", "SOMSWS")]),  # a bare short form is nobody
        ("The president of Galmudug met Ahmed Madobe.",
         [("president of Galmudug", "SOMGAL"), ("Ahmed Madobe", "SOMJUB")]),
        ("Somaliland's president, Abdirahman Irro, said talks with Mogadishu could resume.",
         [("Somaliland's president", "SOMSLD"), ("Abdirahman Irro", "SOMSLD"),
          ("Mogadishu", "SOMGOV")]),
        ("Jubbaland President Ahmed Madobe flew to Garowe to see Puntland's leader.",
         [("Jubbaland President Ahmed Madobe", "SOMJUB"), ("Puntland's leader", "SOMPUN")]),
        # the region's name alone acts for its authority, as a state's name does; after a
        # preposition of place or motion, or before an ordinary noun, it is a place
        ("Puntland and Jubaland rejected the electoral law, and Galmudug backed it.",
         [("Puntland", "SOMPUN"), ("Jubaland", "SOMJUB"), ("Galmudug", "SOMGAL")]),
        ("Heavy fighting in Puntland displaced thousands.", []),
        ("Puntland farmers fled to Garowe, Puntland's capital; Madobe returned to Jubaland.",
         []),
    ],
)
def test_somali_federal_member_states(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(nlp, text, date(2025, 6, 1)) == expected


def test_a_regional_authority_is_not_what_the_militants_point_back_to(nlp) -> None:
    # a federal member state is no armed group for "the militants" or "the group"
    text = ("Puntland forces pushed into the Cal Miskaad range. The militants fled, and the "
            "group lost its bases, the Puntland government said.")
    assert found(nlp, text, date(2025, 6, 1)) == [("Puntland forces", "SOMPUN"),
                                                  ("Puntland government", "SOMPUN")]
    text = "Al-Shabaab and Puntland forces clashed; the militants withdrew."
    assert found(nlp, text, date(2025, 6, 1))[-1] == ("militants", "SOMSHB")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the last words of a capitalised name said before stand for its body
        ("The Tigray Interim Administration wrote to Addis Ababa; the Interim Administration "
         "said it had not been consulted.",
         [("Tigray Interim Administration", "ETHTPLF"), ("Addis Ababa", "ETHGOV"),
          ("Interim Administration", "ETHTPLF")]),
        ("The Presidential Leadership Council met in Riyadh. The Leadership Council's "
         "chairman backed the roadmap.",
         [("Presidential Leadership Council", "YEMGOV"), ("Leadership Council", "YEMGOV"),
          ("chairman", "YEMGOV")]),
        # no name said before, or a name that goes on: no back-reference
        ("The Interim Administration said it had not been consulted.", []),
        ("The Tigray Interim Administration met. The Interim Administration Office closed.",
         [("Tigray Interim Administration", "ETHTPLF")]),
    ],
)
def test_capitalised_back_reference_to_a_named_body(nlp, text: str,
                                                    expected: list[tuple[str, str]]) -> None:
    assert found(nlp, text) == expected


def test_regional_is_a_flag_of_groups(tmp_path) -> None:
    from parley.actors.dictionary import Dictionary, load_file
    from parley.errors import RuleError

    good = tmp_path / "good.yaml"
    good.write_text("groups:\n- {code: XYZABC, country: SOM, regional: true, names: [Abc]}\n")
    d = Dictionary()
    load_file(d, good)
    assert d.entities["XYZABC"].regional
    bad = tmp_path / "bad.yaml"
    bad.write_text("states:\n- {code: XYZ, regional: true, names: [Xyz]}\n"
                   "groups:\n- {code: XYZDEF, country: XYZ, regional: 'yes', names: [Def]}\n")
    with pytest.raises(RuleError) as err:
        load_file(Dictionary(), bad)
    assert str(err.value).count("`regional: true` is for groups") == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # premodifiers written with a clitic or a hyphen ("country's", "internationally-")
        ("The RSF shelled the city. The country's army said it would not negotiate.",
         [("RSF", "SDNRSF"), ("country's army", "SDNMIL")]),
        ("The RSF shelled the city. The internationally-recognised government said no.",
         [("RSF", "SDNRSF"), ("internationally-recognised government", "SDNGOV")]),
        ("The RSF shelled the city. The nation’s army held.",
         [("RSF", "SDNRSF"), ("nation’s army", "SDNMIL")]),
        # a clitic on another noun is someone else's army
        ("The RSF shelled the city. The region's army held.", [("RSF", "SDNRSF")]),
    ],
)
def test_home_heads_after_written_premodifiers(nlp, text: str,
                                               expected: list[tuple[str, str]]) -> None:
    assert found(nlp, text) == expected
