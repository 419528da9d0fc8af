"""Dictionary coverage of negotiation processes beyond the gold conflicts.

Sentences written for these tests (none is taken from an article): armed groups,
parallel governments, regional and private mediators, and office holders with dates.
"""

from __future__ import annotations

from datetime import date

import pytest

from parley.actors import recognise, relink
from parley.nlp.context import DocContext
from parley.records import Actor, Document


def codes(nlp, text: str, when: date = date(2025, 7, 1)) -> list[tuple[str, str]]:
    ctx = DocContext(Document(id="t", text=text), nlp(text), when=when)
    return [(m.actor.text or "", m.actor.code) for m in recognise(ctx)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # armed groups and political-military movements
        ("The Free Aceh Movement laid down its arms.", ["IDNGAM"]),
        ("GAM negotiators flew to Helsinki.", ["IDNGAM"]),
        ("The MILF and the MNLF sent observers.", ["PHLMILF", "PHLMNLF"]),
        ("The NDFP said the New People's Army would hold its fire.", ["PHLNDFP", "PHLNPA"]),
        ("The Polisario Front boycotted the round.", ["ESHPOL"]),
        ("The Pakistani Taliban claimed the attack.", ["PAKTTP"]),
        ("The Balochistan Liberation Army rejected the offer.", ["PAKBLA"]),
        ("ULFA and the NSCN-IM were invited.", ["INDULFA", "INDNSCN"]),
        ("RENAMO fighters handed in weapons.", ["MOZRENAMO"]),
        ("The ADF and CODECO were not at the table.", ["CODADF", "CODCODECO"]),
        ("M23/AFC delegates arrived late.", ["CODM23"]),
        ("The KIA and the TNLA issued a joint statement.", ["MMRKIA", "MMRTNLA"]),
        ("The National Unity Government welcomed the truce.", ["MMRNUG"]),
        ("The Justice and Equality Movement signed.", ["SDNJEM"]),
        ("The Sudan Liberation Movement walked out.", ["SDNSLM"]),
        ("The STC took over the port.", ["YEMSTC"]),
        ("Fatah and Hamas met in Beijing.", ["PSEFAT", "PSEHAM"]),
        ("The Popular Mobilisation Forces kept out of it.", ["IRQPMF"]),
        ("The YPG pulled back from the border.", ["SYRYPG"]),
        ("The BRN met Thai negotiators in Kuala Lumpur.", ["THABRN", "THAGOV"]),
        # government bodies and forces
        ("Libya's Government of National Unity rejected the budget.", ["LBYGOV"]),
        ("The Libyan Presidential Council and the GNU met.", ["LBYGOV"]),
        ("The High Council of State and the HoR agreed on the rules.", ["LBYGOV", "LBYGOV"]),
        ("The SAC extended the state of emergency.", ["MMRGOV"]),
        ("The UPDF and the FARDC launched joint operations.", ["UGAMIL", "CODMIL"]),
        ("The Royal Cambodian Armed Forces denied the claim.", ["KHMMIL"]),
        # organisations, regional and private mediators
        ("ECCAS and the ICGLR offered help.", ["ECCAS", "ICGLR"]),
        ("The Community of Sant'Egidio hosted the talks.", ["SEG"]),
        ("The Centre for Humanitarian Dialogue kept the channel open.", ["HDC"]),
        ("MINURSO monitors reported calm.", ["UN"]),
    ],
)
def test_coverage_names(nlp, text: str, expected: list[str]) -> None:
    assert [c for _, c in codes(nlp, text)] == expected


def test_coverage_pakistani_taliban_are_not_the_afghan_taliban(nlp) -> None:
    found = codes(nlp, "The Pakistani Taliban and the Taliban government met.")
    assert [c for _, c in found] == ["PAKTTP", "AFGGOV"]


@pytest.mark.parametrize(
    ("text", "when", "code"),
    [
        ("Aguila Saleh met the envoy.", date(2022, 6, 16), "LBYGOV"),
        ("Khalid al-Mishri rejected the plan.", date(2020, 1, 10), "LBYGOV"),
        ("Osama Hammad said the east would not hand over.", date(2024, 5, 1), "LBYGOV"),
        ("Peng Daren was held in Kunming.", date(2024, 11, 1), "MMRMNDAA"),
        ("Brahim Ghali wrote to the Secretary-General.", date(2024, 1, 5), "ESHPOL"),
        ("Staffan de Mistura toured the camps.", date(2024, 9, 1), "UN"),
        ("Nasser Bourita welcomed the resolution.", date(2025, 11, 1), "MARGOV"),
        ("Ajit Doval spoke to his counterpart.", date(2025, 5, 10), "INDGOV"),
        ("Tom Barrack met the SDF commander.", date(2025, 10, 6), "USAGOV"),
        ("Mohammed Al-Khulaifi chaired the session.", date(2025, 11, 15), "QATGOV"),
        ("Prak Sokhonn called Thailand's foreign minister.", date(2025, 7, 27), "KHMGOV"),
        ("Murad Ebrahim led the MILF panel.", date(2014, 3, 27), "PHLMILF"),
    ],
)
def test_coverage_people(nlp, text: str, when: date, code: str) -> None:
    assert codes(nlp, text, when)[0][1] == code


@pytest.mark.parametrize(
    ("name", "when", "code"),
    [
        # offices change hands: the code follows the date
        ("Fathi Bashagha", date(2019, 6, 1), "LBYGOV"),  # interior minister
        ("Fathi Bashagha", date(2021, 9, 1), "LBYELI"),  # between offices
        ("Fathi Bashagha", date(2022, 6, 1), "LBYGOV"),  # the eastern prime minister
        ("Sihasak Phuangketkeow", date(2025, 7, 27), "THAELI"),
        ("Sihasak Phuangketkeow", date(2025, 10, 1), "THAGOV"),
        ("Maris Sangiampongsa", date(2025, 7, 27), "THAGOV"),
        ("Edouard Ngirente", date(2025, 8, 1), "RWAELI"),
        ("Justin Nsengiyumva", date(2025, 8, 1), "RWAGOV"),
        ("Julie Bishop", date(2017, 1, 1), "AUSGOV"),
        ("Julie Bishop", date(2025, 1, 1), "UN"),
        ("Filipe Nyusi", date(2025, 3, 1), "MOZELI"),
        ("Daniel Chapo", date(2025, 3, 1), "MOZGOV"),
        ("Mahamat Idriss Déby", date(2025, 3, 1), "TCDGOV"),
    ],
)
def test_coverage_dated_offices(nlp, name: str, when: date, code: str) -> None:
    found = codes(nlp, f"{name} spoke on Monday.", when)
    assert found and found[0][1] == code
    assert relink(_actor(nlp, name, when), when).code == code


def _actor(nlp, name: str, when: date) -> Actor:
    text = f"{name} spoke on Monday."
    ctx = DocContext(Document(id="t", text=text), nlp(text), when=when)
    return recognise(ctx)[0].actor


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("De Mistura will brief the council on Friday.", "UN"),
        ("Al-Sharaa received the delegation in Damascus.", "SYRGOV"),
        ("Al-Burhan met the envoy in Port Sudan.", "SDNMIL"),
    ],
)
def test_coverage_lowercase_particle_names_open_a_sentence(nlp, text: str, code: str) -> None:
    found = codes(nlp, text, date(2025, 11, 4))
    assert found and found[0][1] == code


@pytest.mark.parametrize(
    ("text", "when", "code"),
    [
        ("Ayman Safadi said Amman would host the meeting.", date(2025, 3, 1), "JORGOV"),
        ("Yvette Cooper met her Chinese counterpart.", date(2025, 10, 1), "GBRGOV"),
        ("Rosemary DiCarlo briefed the council.", date(2025, 3, 1), "UN"),
        ("Johann Wadephul arrived in Kyiv.", date(2024, 3, 1), "DEUELI"),
    ],
)
def test_coverage_recurring_foreign_ministers(nlp, text: str, when: date, code: str) -> None:
    assert codes(nlp, text, when)[0][1] == code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body the dictionary gives to one state, named for another state
        ("Pakistan's Foreign Office rejected the claim.", ["PAKGOV"]),
        ("Turkey's National Security Council met on Monday.", ["TURGOV"]),
        # the body's own state keeps it
        ("Britain's Foreign Office rejected the claim.", ["GBRGOV"]),
        ("The Foreign Office rejected the claim.", ["GBRGOV"]),
    ],
)
def test_coverage_foreign_state_before_a_named_body(nlp, text: str, expected: list[str]) -> None:
    assert [c for _, c in codes(nlp, text)] == expected


def test_coverage_other_processes(nlp) -> None:
    text = ("Nikos Christodoulides met Maia Sandu. Diosdado Cabello and Alix Didier "
            "Fils-Aimé did not attend.")
    assert [c for _, c in codes(nlp, text, date(2025, 5, 1))] == [
        "CYPGOV", "MDAGOV", "VENGOV", "HTIGOV"]


def test_coverage_titled_leader_of_a_named_delegation_acts_for_it(nlp) -> None:
    text = ("The junta and the TNLA met in Kunming. The TNLA delegation was led by "
            "Brigadier General Aung Min Thu.")
    found = codes(nlp, text, date(2025, 2, 20))
    assert [c for t, c in found if t.endswith("Aung Min Thu")] == ["MMRTNLA"]


def test_coverage_titled_officer_of_the_state_keeps_the_state(nlp) -> None:
    text = "The junta and the TNLA met in Kunming. Brigadier General Aung Min Thu spoke."
    found = codes(nlp, text, date(2025, 2, 20))
    assert [c for t, c in found if t.endswith("Aung Min Thu")] == ["MMRMIL"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a story about Libya: its House of Representatives is the Libyan state's
        ("Haftar's LNA backed the House of Representatives, and Libya's rival "
         "governments traded blame.", "LBYGOV"),
        # a story about the US Congress: the House is nobody in the dictionaries
        ("The House of Representatives passed the aid bill, and Washington told Kyiv "
         "it would follow.", None),
    ],
)
def test_coverage_local_bodies_need_their_state(nlp, text: str, code: str | None) -> None:
    found = dict(codes(nlp, text))
    assert found.get("House of Representatives") == code


@pytest.mark.parametrize(
    ("text", "country"),
    [("Putrajaya", "MYS"), ("Kunming", "CHN"), ("Rakhine State", "MMR"), ("Benghazi", "LBY"),
     ("Western Sahara", "ESH"), ("Erbil", "IRQ")],
)
def test_coverage_venues(text: str, country: str) -> None:
    from parley.actors import lookup_place

    found = lookup_place(text)
    assert found is not None and found.country == country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thai and Cambodian defence ministers met in Kuala Lumpur.", ["THAGOV", "KHMGOV"]),
        ("Indian and Pakistani army chiefs spoke by hotline.", ["INDMIL", "PAKMIL"]),
        ("Israeli ministers approved the deal.", ["ISRGOV"]),
    ],
)
def test_coverage_plural_offices_after_states(nlp, text: str, expected: list[str]) -> None:
    assert [c for _, c in codes(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "when", "code"),
    [
        ("The Islamic Emirate sent a delegation to Doha.", date(2020, 2, 29), "AFGTAL"),
        ("The Islamic Emirate sent a delegation to Istanbul.", date(2025, 10, 25), "AFGGOV"),
        ("The Afghan Taliban denied sheltering the TTP.", date(2025, 10, 25), "AFGGOV"),
    ],
)
def test_coverage_islamic_emirate_is_the_taliban(nlp, text: str, when: date, code: str) -> None:
    assert codes(nlp, text, when)[0][1] == code
