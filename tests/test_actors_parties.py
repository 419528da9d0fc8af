"""Who a party is: elected officials before taking office, a state's side in talks, the
main state's government, groups that came to govern, nationals fighting abroad.

Sentences and people are written for these tests.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from parley.actors import load_dictionaries, recognise, relink
from parley.actors.dictionary import Dictionary, load_file
from parley.actors.linker import person_code
from parley.actors.mentions import recognise_doc
from parley.errors import RuleError
from parley.nlp.context import DocContext
from parley.records import Actor, Document

EXTRA = """\
people:
- name: Rosa Almendra
  country: CHL
  before: CHLOPP
  roles: [{code: CHLGOV, role: President, from: 2030-03-11, elected: 2029-12-16}]
- name: Tomas Ferrer
  country: CHL
  roles:
  - {code: CHLGOV, role: Foreign Minister, from: 2020-01-01, to: 2022-01-01}
  - {code: CHLGOV, role: Prime Minister, from: 2030-03-11}
"""


def found(nlp, text: str, when: date) -> list[tuple[str, str]]:
    ctx = DocContext(Document(id="t", text=text), nlp(text), when=when)
    return [(m.actor.text or "", m.actor.code) for m in recognise(ctx)]


@pytest.fixture(scope="module")
def extra(tmp_path_factory: pytest.TempPathFactory) -> Dictionary:
    path = tmp_path_factory.mktemp("parties") / "extra.yaml"
    path.write_text(EXTRA, encoding="utf-8")
    return load_dictionaries([path])


# --- 1. elected but not yet in office --------------------------------------------------

def test_actors_elect_role_date_gives_pre_office_code(extra: Dictionary) -> None:
    rosa = extra.people["Rosa Almendra"]
    assert person_code(rosa, date(2029, 10, 1)) == ("CHLOPP", None)  # before the election
    assert person_code(rosa, date(2030, 1, 5)) == ("CHLOPP", "President-elect")
    assert person_code(rosa, date(2030, 3, 11)) == ("CHLGOV", "President")


def test_actors_elect_in_text_is_not_a_former_official(extra: Dictionary) -> None:
    tomas = extra.people["Tomas Ferrer"]
    assert person_code(tomas, date(2030, 1, 5)) == ("CHLELI", "former Foreign Minister")
    assert person_code(tomas, date(2030, 1, 5), title="prime minister", elect=True) == (
        "CHLELI", "Prime Minister-elect")
    elect = Actor(code="CHLELI", name="Tomas Ferrer", kind="person",
                  role="Prime Minister-elect")
    assert relink(elect, date(2030, 2, 1), extra).role == "Prime Minister-elect"
    assert relink(elect, date(2030, 6, 1), extra).code == "CHLGOV"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Chilean Prime Minister-designate Tomas Ferrer met the envoys.",
         [("Chilean Prime Minister-designate Tomas Ferrer", "CHLELI")]),
        ("The incoming Chilean prime minister Tomas Ferrer spoke.",
         [("Chilean prime minister Tomas Ferrer", "CHLELI")]),
        ("Rosa Almendra, the president-elect, called for calm.",
         [("Rosa Almendra", "CHLOPP"), ("president-elect", "CHLOPP")]),
        ("The Chilean president-elect called for calm.",
         [("Chilean president-elect", "CHLOPP")]),
    ],
)
def test_actors_elect_sentences(nlp, extra: Dictionary, text: str,
                                want: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    got = [(doc[s:e].text, a.code) for s, e, a in recognise_doc(doc, extra, date(2030, 1, 5))]
    assert got == want


def test_actors_elect_unknown_person_holds_no_office(nlp) -> None:
    got = found(nlp, "Ruritanian officials said Peruvian President-elect Jorge Mendoza "
                "would attend.", date(2026, 5, 1))
    assert ("Peruvian President-elect Jorge Mendoza", "PERELI") in got


def test_actors_elect_dictionary_fact(nlp) -> None:
    assert found(nlp, "Donald Trump welcomed the deal.", date(2025, 1, 10)) == [
        ("Donald Trump", "USAELI")]
    relinked = relink(Actor(code="USAELI", name="Donald Trump", kind="person",
                            role="President-elect"), date(2025, 2, 1))
    assert relinked.code == "USAGOV"


def test_actors_elected_date_is_validated(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("people:\n- name: A B\n  country: CHL\n  roles: [{code: CHLGOV, role: "
                    "President, from: 2030-01-01, elected: 2030-02-01}]\n")
    with pytest.raises(RuleError, match="elected"):
        load_file(Dictionary(), path)


# --- 2. "the X side", "X negotiators", "X officials" -------------------------------------

@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the state's armed group fighting another state is its side
        ("Israel and Hamas traded proposals. A Palestinian official said talks would resume.",
         [("Israel", "ISR"), ("Hamas", "PSEHAM"), ("Palestinian official", "PSEHAM")]),
        ("Hamas sent its reply. On the Palestinian side, negotiators asked for guarantees.",
         [("Hamas", "PSEHAM"), ("Palestinian side", "PSEHAM")]),
        # the government was named: it is the side
        ("The Palestinian Authority and Hamas met. Palestinian officials said little.",
         [("Palestinian Authority", "PSEGOV"), ("Hamas", "PSEHAM"),
          ("Palestinian officials", "PSEGOV")]),
        # no group yet: the government
        ("Palestinian negotiators arrived before Hamas did.",
         [("Palestinian negotiators", "PSEGOV"), ("Hamas", "PSEHAM")]),
        # a group fighting its own state is not that state's side
        ("The ELN paused attacks. Colombian negotiators welcomed the move.",
         [("ELN", "COLELN"), ("Colombian negotiators", "COLGOV")]),
        # other offices keep the state
        ("Hamas replied. The Palestinian foreign minister spoke in Cairo.",
         [("Hamas", "PSEHAM"), ("Palestinian foreign minister", "PSEGOV")]),
    ],
)
def test_actors_state_side_is_its_party(nlp, text: str, want: list[tuple[str, str]]) -> None:
    assert found(nlp, text, date(2024, 6, 1)) == want


# --- 3. the main state's government ------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Nepal and its neighbours talked. Nepali monks prayed for Nepal. The government "
         "delegation left early.",
         [("Nepal", "NPL"), ("Nepal", "NPL"), ("government delegation", "NPLGOV")]),
        ("Peru and Chile held talks in Lima. The authorities said nothing.",
         [("Peru", "PER"), ("Chile", "CHL")]),  # no main state: no code
        ("The government side said it would talk.", []),
        ("Laos hosted the Lao talks. Laos said yes, and the authorities freed ten men.",
         [("Laos", "LAO"), ("Laos", "LAO"), ("authorities", "LAOGOV")]),
    ],
)
def test_actors_main_state_government(nlp, text: str, want: list[tuple[str, str]]) -> None:
    assert found(nlp, text, date(2024, 6, 1)) == want


# --- 4. a group that came to govern ------------------------------------------------------

def test_actors_governing_group_is_the_government_from_its_date(nlp) -> None:
    text = "The Taliban met Qatari envoys. Taliban forces stood by."
    assert found(nlp, text, date(2020, 3, 1)) == [
        ("The Taliban", "AFGTAL"), ("Qatari envoys", "QATGOV"), ("Taliban forces", "AFGTAL")]
    assert found(nlp, text, date(2024, 3, 1)) == [
        ("The Taliban", "AFGGOV"), ("Qatari envoys", "QATGOV"), ("Taliban forces", "AFGMIL")]


def test_actors_governing_group_officials_agree(nlp) -> None:
    got = found(nlp, "The Taliban said Zabihullah Mujahid would brief reporters.",
                date(2024, 3, 1))
    assert got == [("The Taliban", "AFGGOV"), ("Zabihullah Mujahid", "AFGGOV")]
    got = found(nlp, "The Taliban said Zabihullah Mujahid would brief reporters.",
                date(2019, 3, 1))
    assert got == [("The Taliban", "AFGTAL"), ("Zabihullah Mujahid", "AFGTAL")]


def test_actors_governing_group_relinks_by_date() -> None:
    now = Actor(code="AFGGOV", country="AFG", kind="state", name="Taliban")
    assert relink(now, date(2020, 2, 29)).code == "AFGTAL"
    assert relink(now, date(2022, 2, 1)).code == "AFGGOV"
    assert relink(now, date(2021, 1, 1), until=date(2021, 12, 31)) is now


def test_actors_governs_is_validated(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("states:\n- {code: RUR, names: [Ruritania], governs: {state: RUR}}\n")
    with pytest.raises(RuleError, match="governs"):
        load_file(Dictionary(), path)


# --- 5. nationals fighting abroad --------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Chadian and Sudanese fighters backed the eastern camp.", []),
        ("Colombian mercenaries were seen near the port.", []),
        ("Houthi fighters and Egyptian troops moved.",
         [("Houthi fighters", "YEMHOU"), ("Egyptian troops", "EGYMIL")]),
    ],
)
def test_actors_nationals_fighting_are_not_state_forces(nlp, text: str,
                                                        want: list[tuple[str, str]]) -> None:
    assert found(nlp, text, date(2024, 6, 1)) == want


def test_actors_honorific_after_title_keeps_the_dictionary_person(nlp) -> None:
    text = "Hezbollah leader Sheikh Naim Qassem rejected the draft."
    ctx = DocContext(Document(id="t", text=text), nlp(text), when=date(2025, 2, 1))
    [mention] = recognise(ctx)
    assert (mention.actor.name, mention.actor.code, mention.actor.role) == (
        "Naim Qassem", "LBNHEZ", "Hezbollah leader")


@pytest.mark.parametrize(
    ("name", "when", "code"),
    [
        ("Gustavo Petro", date(2026, 9, 1), "COLELI"),  # the term ended on 2026-08-07
        ("Shehbaz Sharif", date(2025, 10, 20), "PAKGOV"),
        ("Shehbaz Sharif", date(2023, 12, 1), "PAKELI"),
        ("Asim Munir", date(2025, 10, 20), "PAKMIL"),
        ("Denys Shmyhal", date(2025, 8, 1), "UKRGOV"),
        ("Naim Qassem", date(2025, 1, 1), "LBNHEZ"),
        ("Amir Khan Muttaqi", date(2021, 8, 20), "AFGGOV"),
        ("Amir Khan Muttaqi", date(2021, 6, 1), "AFGTAL"),
        ("Zabihullah Mujahid", date(2021, 8, 16), "AFGGOV"),
    ],
)
def test_actors_people_sweep_dates(name: str, when: date, code: str) -> None:
    assert relink(Actor(code="XXX", name=name, kind="person"), when).code == code


# --- an office the text dates to the past ("then") ---------------------------------------

@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The offer went through Naftali Bennett, then Israel's prime minister, in March.",
         [("Naftali Bennett", "ISRGOV"), ("Israel's prime minister", "ISRGOV")]),
        ("Then-British Prime Minister Boris Johnson visited Kyiv.",
         [("British Prime Minister Boris Johnson", "GBRGOV")]),
        ("The then British prime minister, Boris Johnson, visited Kyiv.",
         [("British prime minister", "GBRGOV"), ("Boris Johnson", "GBRGOV")]),
        # without "then" the document date decides
        ("Boris Johnson, the British prime minister, visited Kyiv.",
         [("Boris Johnson", "GBRELI"), ("British prime minister", "GBRELI")]),
    ],
)
def test_actors_then_office(nlp, text: str, want: list[tuple[str, str]]) -> None:
    assert found(nlp, text, date(2024, 5, 1)) == want


def test_actors_then_office_is_not_todays_holder(nlp) -> None:
    text = "Talks stalled under the then Israeli prime minister."
    ctx = DocContext(Document(id="t", text=text), nlp(text), when=date(2024, 5, 1))
    [mention] = recognise(ctx)
    assert (mention.actor.code, mention.actor.name) == ("ISRGOV", None)  # not Netanyahu


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Mossad chief David Barnea flew to Doha.", [("Mossad chief David Barnea", "ISRGOV")]),
        # a named force whose last word starts a title: one person mention
        ("Sudanese army chief Abdel Fattah al-Burhan refused.",
         [("Sudanese army chief Abdel Fattah al-Burhan", "SDNMIL")]),
    ],
)
def test_actors_body_chief_is_one_person(nlp, text: str, want: list[tuple[str, str]]) -> None:
    assert found(nlp, text, date(2024, 5, 1)) == want


def test_actors_acting_title_is_the_stand_in(nlp) -> None:
    text = "Thailand's acting Prime Minister met the envoys."
    ctx = DocContext(Document(id="t", text=text), nlp(text), when=date(2025, 7, 28))
    [mention] = recognise(ctx)
    assert (mention.actor.code, mention.actor.name) == ("THAGOV", "Phumtham Wechayachai")
