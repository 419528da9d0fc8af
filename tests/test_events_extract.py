"""Negotiation events from text: every type, every modality, role patterns, terms, merging.

All sentences are written for these tests; they paraphrase no article.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from parley.events import extract_events
from parley.nlp.context import DocContext, Mention
from parley.records import Actor, Document, Event

Ctx = Callable[..., DocContext]


def _events(make_ctx: Ctx, text: str) -> list[Event]:
    return extract_events(make_ctx(text))


def _one(events: list[Event], etype: str) -> Event:
    found = [e for e in events if e.type == etype]
    assert found, f"no {etype} event in {[e.type for e in events]}"
    return found[0]


def _groups(actors: list[Actor]) -> set[str]:
    return {a.group for a in actors}


@pytest.mark.parametrize(
    ("text", "etype", "parties", "agent"),
    [
        ("Serbia and Kosovo held talks in Brussels on Monday.", "talks", {"SRB", "XKX"}, None),
        ("Ethiopia and the TPLF met in Pretoria.", "talks", {"ETH"}, None),
        ("Qatar and Egypt have been mediating between Israel and Hamas.", "mediation",
         {"ISR", "PSE"}, None),
        ("Kenya put forward a plan to end the fighting in Sudan.", "proposal", {"KEN"}, "KEN"),
        ("The two sides reached a deal on grain exports.", "agreement", set(), None),
        ("Hamas rejected the proposal outright.", "rejection", {"PSE"}, "PSE"),
        ("The Houthis walked out of the negotiations.", "suspension", {"YEM"}, "YEM"),
        ("Azerbaijan said it was ready to negotiate with Armenia.", "willingness",
         {"AZE", "ARM"}, "AZE"),
        ("Russia demanded that Ukraine withdraw its troops.", "demand", {"RUS"}, "RUS"),
        ("Armenia agreed to give up its claim to the disputed territory.", "concession",
         {"ARM"}, "ARM"),
        ("The United States pressed Kyiv not to sign the accord.", "obstruction",
         {"USA", "UKR"}, "USA"),
        ("The army and the RSF agreed on a week-long truce.", "ceasefire", set(), None),
    ],
)
def test_events_extract_finds_every_type(
    make_ctx: Ctx, text: str, etype: str, parties: set[str], agent: str | None
) -> None:
    event = _one(_events(make_ctx, text), etype)
    assert parties <= _groups(event.parties)
    assert (event.agent.group if event.agent else None) == agent
    assert event.evidence and event.evidence[0].text in text
    assert event.id.startswith("ev-")
    assert event.cameo == {"talks": "046", "agreement": "057"}.get(etype, event.cameo)


@pytest.mark.parametrize(
    ("text", "etype", "modality", "source"),
    [
        ("Colombia and the ELN signed a ceasefire in Havana.", "ceasefire", "asserted", "AUTHOR"),
        ("Egypt said that the talks with Hamas had collapsed.", "suspension", "reported", "EGY"),
        ("The talks could have produced a ceasefire.", "ceasefire", "hypothetical", "AUTHOR"),
        ("The round had the potential to end in a truce.", "ceasefire", "hypothetical", "AUTHOR"),
        ("Norway proposed a ceasefire between the two sides.", "ceasefire", "hypothetical",
         "AUTHOR"),
        ("Norway proposed a ceasefire between the two sides.", "proposal", "asserted", "AUTHOR"),
        ("If Israel and Hamas sign a truce, aid will flow.", "ceasefire", "hypothetical",
         "AUTHOR"),
        ("No agreement was reached in Geneva.", "agreement", "negated", "AUTHOR"),
        ("Armenian and Azerbaijani diplomats did not meet in Vienna.", "talks", "negated",
         "AUTHOR"),
        ("Moscow refused to meet Ukrainian envoys.", "rejection", "asserted", "AUTHOR"),
        ("Sudan's army was not willing to negotiate with the RSF.", "rejection", "asserted",
         "AUTHOR"),
    ],
)
def test_events_extract_modality(
    make_ctx: Ctx, text: str, etype: str, modality: str, source: str
) -> None:
    event = _one(_events(make_ctx, text), etype)
    assert event.modality == modality
    assert event.source.group == source if source != "AUTHOR" else event.source.code == "AUTHOR"


def test_events_refusal_makes_no_talks_event(make_ctx: Ctx) -> None:
    events = _events(make_ctx, "Moscow refused to meet Ukrainian envoys.")
    assert [e.type for e in events] == ["rejection"]
    assert {"RUS", "UKR"} <= _groups(events[0].parties)


@pytest.mark.parametrize(
    ("text", "parties", "mediators", "location"),
    [
        ("Talks between Ethiopia and the TPLF were hosted by the African Union.",
         {"ETH"}, {"AU"}, None),
        ("Delegations of the Sudanese army and the Rapid Support Forces held talks in Jeddah, "
         "mediated by "
         "Saudi Arabia and the United States.", {"SDN"}, {"SAU", "USA"}, "Jeddah"),
        ("The Armenia–Azerbaijan talks resumed.", {"ARM", "AZE"}, set(), None),
        ("Oman hosted negotiations between Saudi Arabia and the Houthis.", {"SAU", "YEM"},
         {"OMN"}, None),
        ("Russia joined talks mediated by Recep Tayyip Erdogan.", {"RUS"}, {"TUR"}, None),
        ("The Doha round ended without a result.", set(), set(), "Doha"),
    ],
)
def test_events_talks_roles_from_the_parse(
    make_ctx: Ctx, text: str, parties: set[str], mediators: set[str], location: str | None
) -> None:
    events = _events(make_ctx, text)
    talks = _one(events, "talks")
    assert parties <= _groups(talks.parties)
    assert _groups(talks.mediators) == mediators
    assert (talks.location.name if talks.location else None) == location
    assert not [e for e in events if e.type == "mediation"]  # the mediator is a role here


def test_events_passive_agent_is_the_actor_with_handmade_mentions(nlp) -> None:
    text = "The negotiations were halted by Khartoum after a week."
    doc = nlp(text)
    ctx = DocContext(document=Document(id="t", text=text), doc=doc, when=date(2023, 6, 1))
    span = doc[5:6]
    sdn = Actor(code="SDNGOV", country="SDN", kind="state", text=span.text,
                start=span.start_char, end=span.end_char)
    ctx.mentions = [Mention(actor=sdn, start_token=5, end_token=6, sentence=0)]
    event = _one(extract_events(ctx), "suspension")
    assert event.agent is not None and event.agent.code == "SDNGOV"


def test_events_terms_bind_each_clause_to_its_party(make_ctx: Ctx) -> None:
    text = ("Armenia and Azerbaijan initialled a framework deal in Washington. "
            "The deal requires Azerbaijan to pull back its troops and Armenia to drop its "
            "territorial claims.")
    agreement = _one(_events(make_ctx, text), "agreement")
    assert agreement.status == "provisional"
    terms = {(t.party.group if t.party else None, t.issue) for t in agreement.terms}
    assert terms == {("AZE", "withdrawal"), ("ARM", "territory")}
    assert len(agreement.evidence) == 2


def test_events_coreference_merges_repeated_mentions(make_ctx: Ctx) -> None:
    text = ("Israel and Hamas began indirect negotiations in Cairo in January. "
            "Egypt later said the Cairo negotiations were close to a breakthrough. "
            "The talks had been mediated by Qatar.")
    talks = [e for e in _events(make_ctx, text) if e.type == "talks"]
    assert len(talks) == 1
    assert [ev.sentence for ev in talks[0].evidence] == [0, 1, 2]
    assert talks[0].location is not None and talks[0].location.name == "Cairo"


def test_events_distinct_rounds_stay_apart(make_ctx: Ctx) -> None:
    text = ("Russia and Ukraine held talks in Belarus. "
            "Russia and Ukraine later held talks in Istanbul.")
    talks = [e for e in _events(make_ctx, text) if e.type == "talks"]
    assert sorted(t.location.name for t in talks if t.location) == ["Belarus", "Istanbul"]


def test_events_outside_halting_is_obstruction(make_ctx: Ctx) -> None:
    text = ("Serbia and Kosovo opened talks in Brussels. "
            "Russia halted the Brussels talks within a week.")
    obstruction = _one(_events(make_ctx, text), "obstruction")
    assert obstruction.agent is not None and obstruction.agent.group == "RUS"
    assert {"SRB", "RUS"} <= _groups(obstruction.parties)


@pytest.mark.parametrize(
    "text",
    [
        "Analysts held talks about talks on a panel.",
        "Diplomacy alone will not end the war.",
        "She has a great deal of experience.",
    ],
)
def test_events_generic_language_is_not_an_event(make_ctx: Ctx, text: str) -> None:
    assert [e for e in _events(make_ctx, text) if e.modality == "asserted"] == []


def test_events_concession_needs_an_issue(make_ctx: Ctx) -> None:
    assert not [e for e in _events(make_ctx, "The minister gave up his seat.")
                if e.type == "concession"]


def test_events_the_two_sides_inherit_the_pair_in_the_text(make_ctx: Ctx) -> None:
    text = ("Colombia and the ELN opened talks in Caracas. "
            "Months later the two sides signed a ceasefire.")
    ceasefire = _one(_events(make_ctx, text), "ceasefire")
    assert {a.code for a in ceasefire.parties} == {"COL", "COLELN"}
    assert ceasefire.status == "signed"


@pytest.mark.parametrize(
    ("text", "etype", "groups"),
    [
        ("Serbia accepted a plan put forward by Norway and Finland.", "proposal", {"NOR"}),
        ("Biden held a phone call with Netanyahu on Thursday.", "talks", {"USA", "ISR"}),
        ("Macron spoke with Erdogan on Friday.", "talks", {"FRA", "TUR"}),
        ("Kenya and Ethiopia agreed to a three-day pause in the fighting.", "ceasefire",
         {"KEN", "ETH"}),
        ("Serbia and Kosovo agreed to end the fighting on Monday.", "ceasefire",
         {"SRB", "XKX"}),
        ("Kenya welcomed the Declaration of Principles signed in Nairobi by Ethiopia and "
         "Eritrea.", "agreement", {"ETH", "ERI"}),
        ("Turkey threatened to block the corridor between Serbia and Kosovo.", "obstruction",
         {"TUR"}),
        ("He accused Iran of working to derail the Baku accord.", "obstruction", {"IRN"}),
        ("The Houthis said they remained committed to the Muscat process.", "willingness",
         {"YEM"}),
        ("Russia withdrew from the grain deal in July.", "suspension", {"RUS"}),
    ],
)
def test_events_extract_detects_phrasings(
    make_ctx: Ctx, text: str, etype: str, groups: set[str]
) -> None:
    event = _one(_events(make_ctx, text), etype)
    assert groups <= _groups([*event.parties, *event.mediators]) | (
        {event.agent.group} if event.agent else set())


def test_events_extract_accused_party_is_agent(make_ctx: Ctx) -> None:
    event = _one(_events(make_ctx, "He accused Iran of working to derail the Baku accord."),
                 "obstruction")
    assert event.agent is not None and event.agent.group == "IRN"


@pytest.mark.parametrize(
    "text",
    [
        "Moscow would return to the deal only once its demands were met.",
        "Kenya said any attack would be met with force.",
        "Serbia's envoy spoke to reporters on Monday.",
    ],
)
def test_events_extract_no_talks_from_passive_or_audience(make_ctx: Ctx, text: str) -> None:
    assert not [e for e in _events(make_ctx, text) if e.type == "talks"]


def test_events_extract_plural_generic_truces_are_no_event(make_ctx: Ctx) -> None:
    events = _events(make_ctx, "The meeting follows a series of broken truces.")
    assert not [e for e in events if e.type == "ceasefire"]


def test_events_extract_modal_reference_to_a_known_truce(make_ctx: Ctx) -> None:
    events = _events(make_ctx, "Serbia and Kosovo signed a truce on Monday. Kosovo said "
                               "its police would respect the truce as long as Serbia did.")
    truces = [e for e in events if e.type == "ceasefire"]
    assert len(truces) == 1 and truces[0].modality == "asserted"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Serbia and Kosovo signed a truce on Monday.", "signed"),
        ("Serbia and Kosovo reached a temporary truce on Monday.", "provisional"),
        ("The truce between Serbia and Kosovo expired on Sunday.", "collapsed"),
        ("Serbia and Kosovo reached a comprehensive agreement on Monday.", "final"),
        ("Serbia and Kosovo reached a deal on Monday.", None),
    ],
)
def test_events_extract_status_from_cues(make_ctx: Ctx, text: str, status: str | None) -> None:
    events = [e for e in _events(make_ctx, text) if e.type in ("agreement", "ceasefire")]
    assert events and events[0].status == status


@pytest.mark.parametrize(
    ("text", "etype", "groups"),
    [
        ("The talks between Kenya and Uganda were on hold in May.", "suspension",
         {"KEN", "UGA"}),
        ("The negotiations between Kenya and Uganda petered out in May.", "suspension",
         {"KEN", "UGA"}),
        ("The talks between Kenya and Uganda ground to a halt in May.", "suspension",
         {"KEN", "UGA"}),
        ("Within a month Uganda had stopped engaging.", "suspension", {"UGA"}),
        ("Kenya halted fuel shipments to Uganda to increase the pressure on Kampala.",
         "obstruction", {"KEN", "UGA"}),
        ("Kenya threatened to bring down the government if Ruto accepts the deal.",
         "obstruction", {"KEN"}),
        ("On Friday Putin declared that the Minsk agreements no longer existed.",
         "rejection", {"RUS"}),
        ("Turkey demanded that Armenia open the border, and has ruled out any monitoring "
         "mechanism.", "rejection", {"TUR"}),
        ('"We are ready to negotiate at once," the Hamas negotiator said.', "willingness",
         {"PSE"}),
        ('"We will never sign this deal," Zelensky said.', "rejection", {"UKR"}),
    ],
)
def test_events_extract_detects_idioms_and_pressure(
    make_ctx: Ctx, text: str, etype: str, groups: set[str]
) -> None:
    event = _one(_events(make_ctx, text), etype)
    assert groups <= _groups([*event.parties, *event.mediators]) | (
        {event.agent.group} if event.agent else set())


def test_events_extract_threat_condition_is_no_acceptance(make_ctx: Ctx) -> None:
    text = "Kenya threatened to bring down the government if Ruto accepts the deal."
    assert not [e for e in _events(make_ctx, text) if e.type == "willingness"]


def test_events_extract_refusal_to_sign_absorbs_the_deal(make_ctx: Ctx) -> None:
    events = _events(make_ctx, "Ukraine will not sign any agreement that cedes territory.")
    assert [e.type for e in events] == ["rejection"]


def test_events_extract_extending_it_continues_the_truce(make_ctx: Ctx) -> None:
    events = _events(make_ctx, "Kenya and Uganda agreed a truce in May. On 29 May the "
                               "parties agreed to extend it by five days.")
    assert [e.type for e in events] == ["ceasefire", "ceasefire"]


@pytest.mark.parametrize(
    "text",
    [
        "Hamas insisted on moving to the second phase as agreed.",
        "The group said it only complied with what was agreed at the table.",
        "Kenya said it would extend it.",
    ],
)
def test_events_extract_no_agreement_from_back_references(make_ctx: Ctx, text: str) -> None:
    assert not [e for e in _events(make_ctx, text) if e.type == "agreement"]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda signed an agreement on a bilateral ceasefire in June.",
        "Kenya and Uganda signed a ceasefire agreement in June.",
    ],
)
def test_events_extract_ceasefire_agreement_is_deal_and_truce(
    make_ctx: Ctx, text: str
) -> None:
    """Ontology: the parties sign a deal (agreement) and the truce is agreed (ceasefire)."""
    events = _events(make_ctx, text)
    assert sorted(e.type for e in events) == ["agreement", "ceasefire"]
    for event in events:
        assert _groups(event.parties) == {"KEN", "UGA"}
        assert event.status == "signed"
        assert event.modality == "asserted"


def test_events_extract_ceasefire_agreement_not_reached_is_negated_twice(make_ctx: Ctx) -> None:
    events = _events(make_ctx, "No ceasefire agreement was reached between Kenya and Uganda.")
    assert sorted((e.type, e.modality) for e in events) == [
        ("agreement", "negated"), ("ceasefire", "negated")]


def test_events_extract_extending_a_ceasefire_agreement_extends_the_truce(make_ctx: Ctx) -> None:
    text = ("Kenya and Uganda reached a ceasefire agreement on 3 May. "
            "On 9 May the two sides agreed to extend it by a week.")
    events = _events(make_ctx, text)
    extension = [e for e in events if e.evidence[0].sentence == 1]
    assert [e.type for e in extension] == ["ceasefire"]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The second session of the forum in Nairobi ended without any agreement between "
         "Kenya and Uganda.", "agreement"),
        ("The round between Kenya and Uganda closed without a deal.", "agreement"),
    ],
)
def test_events_extract_closed_without_a_deal_is_negated(
    make_ctx: Ctx, text: str, etype: str
) -> None:
    event = _one(_events(make_ctx, text), etype)
    assert event.modality == "negated"


def test_events_extract_round_that_closed_with_a_pledge(make_ctx: Ctx) -> None:
    text = "This round of the Nairobi talks closed on Tuesday with a pledge on food deliveries."
    types = {e.type: e for e in _events(make_ctx, text)}
    assert {"talks", "agreement"} <= set(types)
    assert types["agreement"].modality == "asserted"


def test_events_extract_a_pledge_alone_is_no_agreement(make_ctx: Ctx) -> None:
    assert not _events(make_ctx, "Donors made a pledge of 40 million dollars for Kenya.")


def test_events_extract_truce_as_topic_of_talks_is_hypothetical(make_ctx: Ctx) -> None:
    text = "Kenya and Uganda are holding direct talks on a truce."
    events = _events(make_ctx, text)
    assert _one(events, "talks").modality == "asserted"
    assert _one(events, "ceasefire").modality == "hypothetical"
