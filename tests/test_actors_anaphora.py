"""Descriptions that point back to earlier actors, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from parley.actors import recognise
from parley.nlp.context import DocContext
from parley.records import Document


def found(nlp, text: str, when: date | None = date(2023, 9, 30)) -> list[tuple[str, str]]:
    ctx = DocContext(Document(id="t", text=text), nlp(text), when=when)
    return [(m.actor.text or "", m.actor.code) for m in recognise(ctx)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # armed groups named again by a common noun
        ("The ELN freed two hostages. The guerrillas said more would follow.",
         [("ELN", "COLELN"), ("guerrillas", "COLELN")]),
        ("Houthi officials met in Muscat. The movement's leader Jamil Qasim spoke later.",
         [("Houthi officials", "YEMHOU"), ("movement", "YEMHOU"), ("Jamil Qasim", "YEMHOU")]),
        # no antecedent: no mention
        ("The rebels said they would talk.", []),
        ("The government said it would talk.", []),
        # the state that fights the document's armed group
        ("The RSF shelled the city. The army said it would not negotiate.",
         [("RSF", "SDNRSF"), ("army", "SDNMIL")]),
        ("Hamas fired rockets, and the government said it would respond.",
         [("Hamas", "PSEHAM"), ("government", "ISRGOV")]),
        ("The federal government and the TPLF exchanged lists of prisoners.",
         [("federal government", "ETHGOV"), ("TPLF", "ETHTPLF")]),
        # organisations
        ("IGAD called a summit. The bloc said both generals would attend.",
         [("IGAD", "IGAD"), ("bloc", "IGAD")]),
        # mediators named earlier
        ("Norwegian and Cuban mediators flew in. The mediators asked for calm.",
         [("Norwegian", "NORGOV"), ("Cuban mediators", "CUBGOV"), ("mediators", "NORGOV"),
          ("mediators", "CUBGOV")]),
        ("A truce brokered by Kenya held. The mediators were pleased.",
         [("Kenya", "KEN"), ("mediators", "KEN")]),
        ("The mediators were pleased.", []),
        # coordinated modifiers share one head
        ("The Saudi-US facilitators set a deadline.",
         [("Saudi", "SAUGOV"), ("US facilitators", "USAGOV")]),
        ("Turkish and UN mediators carried the guarantees.",
         [("Turkish", "TURGOV"), ("UN mediators", "UN")]),
        # bare titles: the last holder named
        ("Chilean Foreign Minister Ana Ortiz arrived. The foreign minister said it went well.",
         [("Chilean Foreign Minister Ana Ortiz", "CHLGOV"), ("foreign minister", "CHLGOV")]),
        ("The foreign minister said the talks went well.", []),
        # apposition around descriptions
        ("The Peruvian foreign minister, Ana Ortiz, said Lima would help.",
         [("Peruvian foreign minister", "PERGOV"), ("Ana Ortiz", "PERGOV"), ("Lima", "PERGOV")]),
        ("The TPLF agreed. The government's chief negotiator, Daniel Bekele, signed.",
         [("TPLF", "ETHTPLF"), ("government", "ETHGOV"), ("chief negotiator", "ETHGOV"),
          ("Daniel Bekele", "ETHGOV")]),
        # portfolios before a title
        ("Chilean Housing Minister Ana Ortiz resigned.",
         [("Chilean Housing Minister Ana Ortiz", "CHLGOV")]),
    ],
)
def test_actors_anaphora_sentences(nlp, text: str, want: list[tuple[str, str]]) -> None:
    got = found(nlp, text)
    assert [c for _, c in got] == [c for _, c in want], got
    for (got_text, _), (want_text, _) in zip(got, want, strict=True):
        assert want_text in got_text or got_text in want_text


def test_actors_former_title_keeps_other_office(nlp) -> None:
    """ "former Nigerian president" negates the presidency, not a later AU post."""
    got = found(nlp, "Former Nigerian president Olusegun Obasanjo chaired the session.",
                date(2022, 11, 1))
    assert got[0][1] == "AU"
    got = found(nlp, "Former Nigerian president Olusegun Obasanjo chaired the session.",
                date(2010, 1, 1))
    assert got[0][1] == "NGAELI"


def test_actors_fights_field_is_validated(tmp_path) -> None:
    from parley.actors.dictionary import Dictionary, load_file
    from parley.errors import RuleError

    bad = tmp_path / "bad.yaml"
    bad.write_text("groups:\n- {code: XXXABC, country: SDN, names: [Abc], fights: Sudan}\n")
    with pytest.raises(RuleError, match="fights"):
        load_file(Dictionary(), bad)
    good = tmp_path / "good.yaml"
    good.write_text("groups:\n- {code: XXXABC, country: SDN, names: [Abc], fights: TCD}\n")
    d = Dictionary()
    load_file(d, good)
    assert d.fights == {"XXXABC": "TCD"}
