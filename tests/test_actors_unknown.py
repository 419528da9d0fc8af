"""Armed groups and bodies missing from the dictionaries, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from parley.actors import recognise
from parley.nlp.context import DocContext
from parley.records import Actor, Document


def actors(nlp, text: str, when: date = date(2024, 3, 8)) -> list[Actor]:
    ctx = DocContext(Document(id="t", text=text), nlp(text), when=when)
    return [m.actor for m in recognise(ctx)]


def found(nlp, text: str, when: date = date(2024, 3, 8)) -> list[tuple[str, str]]:
    return [(a.text or "", a.code) for a in actors(nlp, text, when)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a dictionary name inside a longer proper name is not that actor
        ("The Shan Hills National Liberation Army said it had agreed to a local truce.",
         [("Shan Hills National Liberation Army", "SHNLA")]),
        ("Envoys of the Karenni Hamas Brigade met in the hills.",
         [("Karenni Hamas Brigade", "KHB")]),
        # the state from a country name or demonym in or before the name
        ("The Ruritanian Liberation Front rejected the plan.",
         [("Ruritanian Liberation Front", "RLF")]),
        # "Free" is a political word: "Free X Movement" is a movement, not a charity
        ("The Free Ruritania Movement (FRM) accepted the talks.",
         [("Free Ruritania Movement", "FRM")]),
        ("Fighters of the Sudan Liberation Movement left the talks.",
         [("Sudan Liberation Movement", "SDNSLM")]),
        ("Myanmar's Northern Hills Defence Army joined the talks.",
         [("Myanmar's Northern Hills Defence Army", "MMRNHDA")]),
        # else the conflict state: the one whose military the document names
        ("Delegates of the Northern Hills Defence Army and Myanmar's military held talks in "
         "Kunming under Chinese mediation.",
         [("Northern Hills Defence Army", "MMRNHDA"), ("Myanmar's military", "MMRMIL"),
          ("Chinese mediation", "CHNGOV")]),  # China mediates
        # an acronym introduced in brackets names the same group later
        ("Myanmar's army met the Kayin Hills Army (KHA) in Kunming. The KHA then left.",
         [("Myanmar's army", "MMRMIL"), ("Kayin Hills Army", "MMRKHA"), ("KHA", "MMRKHA")]),
        # a state's own forces
        ("The Somali National Army and the Ukrainian Territorial Defence Forces were named.",
         [("Somali National Army", "SOMMIL"), ("Ukrainian Territorial Defence Forces", "UKRMIL")]),
        # not actors: generic forces, NGOs, parties without a state, headlines
        ("Special Forces and Government Forces clashed near the border.", []),
        ("The Norwegian Refugee Council and the Non-Aligned Movement welcomed the talks.", []),
        ("The Democratic Party and the Republican Party disagreed.", []),
        ("Rebels Agree To Ceasefire With Northern Hills Defence Army After Talks", []),
    ],
)
def test_actors_unknown_groups(nlp, text: str, want: list[tuple[str, str]]) -> None:
    assert found(nlp, text) == want


def test_actors_unknown_group_kind_and_country(nlp) -> None:
    text = "Myanmar's military and the Kayin Hills Army signed a truce."
    group = actors(nlp, text)[-1]
    assert (group.code, group.country, group.kind) == ("MMRKHA", "MMR", "group")
    assert group.name == "Kayin Hills Army"
    # no state in or before the name, and no conflict state: the country is unknown
    stateless = actors(nlp, "The Ruritanian Liberation Front rejected the plan.")[0]
    assert (stateless.code, stateless.country, stateless.kind) == ("RLF", None, "group")


def test_actors_unknown_group_later_references(nlp) -> None:
    text = ("Myanmar's army shelled a town held by the Kayin Hills Army. "
            "Jane Roe, the leader of the Kayin Hills Army, said the rebels would talk.")
    got = found(nlp, text)
    assert ("Jane Roe", "MMRKHA") in got
    assert ("rebels", "MMRKHA") in got
    assert ("leader of the Kayin Hills Army", "MMRKHA") in got


@pytest.mark.parametrize(
    ("text", "when", "want"),
    [
        ("Officers from the GNA and the LNA signed a ceasefire in Geneva.", date(2020, 10, 23),
         [("GNA", "LBYGOV"), ("LNA", "LBYLNA")]),
        ("Haftar and Dbeibah did not meet.", date(2022, 5, 1),
         [("Haftar", "LBYLNA"), ("Dbeibah", "LBYGOV")]),
        ("The Ta'ang National Liberation Army and the Arakan Army joined the MNDAA.",
         date(2024, 1, 12),
         [("Ta'ang National Liberation Army", "MMRTNLA"), ("Arakan Army", "MMRAA"),
          ("MNDAA", "MMRMNDAA")]),
        ("The government and the SPLM-IO rebels turned down the plan.", date(2018, 6, 1),
         [("government", "SSDGOV"), ("SPLM-IO", "SSDSPLMIO")]),
        ("Kiir and rebel leader Riek Machar met in Addis Ababa.", date(2018, 6, 1),
         [("Kiir", "SSDGOV"), ("Riek Machar", "SSDSPLMIO")]),
        ("Kiir and Machar met in Juba.", date(2021, 6, 1),
         [("Kiir", "SSDGOV"), ("Machar", "SSDGOV")]),
        ("Prime Minister of Kosovo Albin Kurti met Vucic.", date(2021, 6, 15),
         [("Prime Minister of Kosovo Albin Kurti", "XKXGOV"), ("Vucic", "SRBGOV")]),
        ("Tshisekedi and Kagame met while the M23 held Goma.", date(2025, 6, 27),
         [("Tshisekedi", "CODGOV"), ("Kagame", "RWAGOV"), ("M23", "CODM23")]),
        ("Mullah Baradar led the Taliban team.", date(2019, 5, 1),
         [("Baradar", "AFGTAL"), ("Taliban", "AFGTAL")]),
        ("Ahmed al-Sharaa met the SDF commander Mazloum Abdi.", date(2025, 3, 10),
         [("Ahmed al-Sharaa", "SYRGOV"), ("SDF", "SYRSDF"), ("Mazloum Abdi", "SYRSDF")]),
        ("Hun Manet and Anwar Ibrahim spoke about the truce.", date(2025, 7, 27),
         [("Hun Manet", "KHMGOV"), ("Anwar Ibrahim", "MYSGOV")]),
    ],
)
def test_actors_current_conflicts_in_dictionary(nlp, text: str, when: date,
                                                want: list[tuple[str, str]]) -> None:
    got = found(nlp, text, when)
    for text_part, code in want:
        assert any(text_part in t and c == code for t, c in got), (text_part, code, got)


def test_actors_titled_strangers_of_new_conflicts(nlp) -> None:
    text = ("Libyan Prime Minister Omar Mansouri met the Myanmar junta chief in Tripoli. "
            "Mansouri said the talks would go on.")
    got = found(nlp, text)
    assert ("Libyan Prime Minister Omar Mansouri", "LBYGOV") in got
    assert ("Mansouri", "LBYGOV") in got


def test_actors_unknown_group_sets_the_home_state(nlp) -> None:
    text = ("Myanmar's junta met the Kayin Hills Army in Kunming. "
            "The army later said the rebels had left.")
    assert found(nlp, text)[-2:] == [("army", "MMRMIL"), ("rebels", "MMRKHA")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("On 6 May Hamas announced that it had accepted the proposal.", [("Hamas", "PSEHAM")]),
        ("President Salva Kiir met the envoy.", [("President Salva Kiir", "SSDGOV")]),
        ("The Rapid Support Forces (RSF) and the National Liberation Army met.",
         [("Rapid Support Forces", "SDNRSF"), ("RSF", "SDNRSF"),
          ("National Liberation Army", "COLELN")]),
    ],
)
def test_actors_dictionary_names_still_match(nlp, text: str, want: list[tuple[str, str]]) -> None:
    assert found(nlp, text, date(2018, 6, 1)) == want
