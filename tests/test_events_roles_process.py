"""Roles across a document: how far process mediators reach, and subjects the parser hides.

All sentences are written for these tests; they paraphrase no article.
"""

from __future__ import annotations

from collections.abc import Callable

from parley.events import extract_events
from parley.events.roles import MentionIndex, subject_tokens
from parley.nlp.context import DocContext
from parley.records import Actor, Event

Ctx = Callable[..., DocContext]


def _all(events: list[Event], etype: str) -> list[Event]:
    found = [e for e in events if e.type == etype]
    assert found, f"no {etype} event in {[e.type for e in events]}"
    return found


def _groups(actors: list[Actor]) -> set[str]:
    return {a.group for a in actors}


def test_process_mediators_named_only_at_the_end_stay_out_of_earlier_events(
    make_ctx: Ctx,
) -> None:
    text = ("Ruritania and the Northern Hills Army signed a peace accord in the capital "
            "on Monday.\n\n"
            "A court challenge to the accord is expected.\n\n"
            "The Icelandic and Chilean guarantors said they remained ready to help.")
    events = extract_events(make_ctx(text))
    for ev in _all(events, "agreement"):
        assert not {"ISL", "CHL"} & _groups(ev.mediators)


def test_process_mediators_named_first_still_reach_later_rounds(make_ctx: Ctx) -> None:
    text = ("Chilean and Icelandic facilitators have worked with Sudan's army and the RSF "
            "since spring.\n\n"
            "The first round opened in Geneva on 3 May. A truce followed on 9 May.")
    events = extract_events(make_ctx(text, conflict="sudan-2023"))
    ev = _all(events, "ceasefire")[0]
    assert {"CHL", "ISL"} <= _groups(ev.mediators)


def test_process_mediator_of_a_deal_between_others_is_not_this_process(make_ctx: Ctx) -> None:
    text = ("The Houthis and the Yemeni government traded prisoners in April. "
            "Earlier, Egypt and Turkey agreed to restore ties, in a deal brokered by Japan. "
            "The Houthis and the government later agreed a truce.")
    events = extract_events(make_ctx(text))
    truce = [e for e in _all(events, "ceasefire") if "YEM" in _groups(e.parties)]
    assert truce and all("JPN" not in _groups(e.mediators) for e in truce)


def test_object_after_the_complement_does_not_control_it(make_ctx: Ctx) -> None:
    text = ("Sudan's army and the RSF fought on. Kenya has offered to host a meeting "
            "between the two generals, an offer neither side has accepted.")
    events = extract_events(make_ctx(text, conflict="sudan-2023"))
    talks = _all(events, "talks")[0]
    assert "KEN" in _groups(talks.mediators)


def test_subject_swallowed_by_a_fronted_date(make_ctx: Ctx) -> None:
    ctx = make_ctx("On 3 May Egypt and Turkey, the main backers of the two camps, agreed in "
                   "Ankara to restore ties.")
    verb = next(t for t in ctx.doc if t.text == "agreed")
    subj, _ = subject_tokens(verb)
    index = MentionIndex(ctx)
    assert {m.actor.group for t in subj for m in index.of_group(t)} == {"EGY", "TUR"}


def test_collective_adjective_names_the_organisation_the_text_names(make_ctx: Ctx) -> None:
    text = ("Saudi, US and African mediators suspended the talks between Sudan's army and "
            "the RSF. The African Union said it regretted the decision.")
    events = extract_events(make_ctx(text, conflict="sudan-2023"))
    ev = _all(events, "suspension")[0]
    assert {"SAU", "USA", "AU"} <= _groups(ev.mediators)


def test_collective_adjective_without_the_organisation_is_no_mediator(make_ctx: Ctx) -> None:
    text = "Saudi and African mediators suspended the talks between Sudan's army and the RSF."
    events = extract_events(make_ctx(text, conflict="sudan-2023"))
    ev = _all(events, "suspension")[0]
    assert "AU" not in _groups(ev.mediators) and "SAU" in _groups(ev.mediators)


def test_regional_needs_exactly_one_named_regional_body(make_ctx: Ctx) -> None:
    text = ("IGAD and the East African Community both sent envoys. Regional mediators "
            "suspended the talks between Sudan's army and the RSF.")
    events = extract_events(make_ctx(text, conflict="sudan-2023"))
    assert all(not {"IGAD", "EAC"} & _groups(e.mediators) for e in _all(events, "suspension"))


def test_mediator_noun_before_a_list_stops_at_as_well_as(make_ctx: Ctx) -> None:
    text = ("Officials with mediators Kenya and Ghana, as well as Ethiopia and the TPLF, said "
            "a deal was near. Talks in Nairobi ran late into the night.")
    events = extract_events(make_ctx(text))
    talks = _all(events, "talks")[-1]
    assert {"KEN", "GHA"} <= _groups(talks.mediators)
    assert not {"ETH"} & _groups(talks.mediators)


def test_list_misparsed_as_apposition_keeps_every_mediator(make_ctx: Ctx) -> None:
    text = ("Ghana, the United States and the African Union, acting as intermediaries during "
            "the talks in Jeddah, announced the readiness of Sudan's army and the RSF to open "
            "corridors.")
    events = extract_events(make_ctx(text, conflict="sudan-2023"))
    talks = _all(events, "talks")[0]
    assert {"GHA", "USA", "AU"} <= _groups(talks.mediators)


def test_backers_are_not_mediators(make_ctx: Ctx) -> None:
    text = ("The accord, backed by Ghana and Norway, was signed in Jeddah by Sudan's army "
            "and the RSF.")
    events = extract_events(make_ctx(text, conflict="sudan-2023"))
    deal = _all(events, "agreement")[0]
    assert not {"GHA", "NOR"} & _groups(deal.mediators)


def test_they_after_the_two_sides_are_the_sides(make_ctx: Ctx) -> None:
    ctx = make_ctx("Sudan's army and the RSF have fought since April. IGAD said "
                   "on Monday that the two parties had reached a deal on aid. They also "
                   "agreed to free detainees.", conflict="sudan-2023")
    they = next(t for t in ctx.doc if t.text == "They")
    assert {m.actor.group for m in MentionIndex(ctx).of_group(they)} == {"SDN"}


def test_pair_meeting_in_a_city_with_others_makes_the_others_hosts(make_ctx: Ctx) -> None:
    text = ("Armenia and Azerbaijan have held several rounds of talks. In May Pashinyan and "
            "Aliyev met in Vienna with Austrian Chancellor Karl Nehammer and agreed to speed "
            "up work on the treaty.")
    events = extract_events(make_ctx(text))
    talks = [e for e in _all(events, "talks") if "Vienna" in e.evidence[0].text]
    assert talks and "AUT" in _groups(talks[0].mediators)
    assert "AUT" not in _groups(talks[0].parties)


def test_pronoun_takes_a_subject_phrase_whose_head_is_not_its_first_word(make_ctx: Ctx) -> None:
    text = ("IGAD named Kenya to chair talks with the RSF in June. The army-led government in "
            "Port "
            "Sudan objected, and said it would not accept Kenya as chair.")
    events = extract_events(make_ctx(text, conflict="sudan-2023"))
    rejection = _all(events, "rejection")[0]
    assert rejection.agent is not None and rejection.agent.code == "SDNGOV"


def test_message_carriers_on_the_verb_mediate_the_talks_it_governs(make_ctx: Ctx) -> None:
    text = ("The truce came after days of indirect talks in Cairo, with Egyptian mediators "
            "carrying proposals between Israeli officials and Hamas, and a string of calls "
            "between US President Joe Biden and the Emir of Qatar.")
    events = extract_events(make_ctx(text))
    talks = [e for e in _all(events, "talks") if e.trigger == "talks"]
    assert talks and _groups(talks[0].parties) == {"ISR", "PSE"}
    assert _groups(talks[0].mediators) == {"EGY"}


def test_owner_of_a_mediation_team_mediates_the_process(make_ctx: Ctx) -> None:
    text = ("Kenyatta is in Pretoria as a member of the African Union mediation team.\n\n"
            "He will chair the first formal talks between the Ethiopian government and the "
            "TPLF on Monday.")
    events = extract_events(make_ctx(text))
    talks = _all(events, "talks")[0]
    assert "AU" in _groups(talks.mediators)


def test_states_cast_as_guarantors_by_a_verb_are_mediators(make_ctx: Ctx) -> None:
    text = ("Negotiators for Colombia and the ELN agreed on Friday in Caracas to confirm Chile "
            "and Brazil as guarantor countries in the talks.\n\n"
            "A new round opened in Caracas on Monday.")
    events = extract_events(make_ctx(text))
    talks = _all(events, "talks")[-1]
    assert {"CHL", "BRA"} <= _groups(talks.mediators)


def test_proposing_that_others_act_makes_them_parties(make_ctx: Ctx) -> None:
    text = ("Kenya said the corridor should stay open, and proposed that Ethiopia and the "
            "African Union run the checkpoints jointly.")
    ev = _all(extract_events(make_ctx(text)), "proposal")[0]
    assert ev.agent is not None and ev.agent.group == "KEN"
    assert {"ETH", "AU"} <= _groups(ev.parties)


def test_that_idea_points_back_to_the_proposal_and_its_author(make_ctx: Ctx) -> None:
    text = ("Israel and Hamas resumed indirect talks. Israel endorsed a proposal from Steve "
            "Witkoff to extend the first phase. Hamas rejected that idea on Sunday.")
    rej = _all(extract_events(make_ctx(text, published="2025-03-19")), "rejection")[0]
    assert rej.agent is not None and rej.agent.group == "PSE"
    assert "USA" in _groups(rej.parties)


def test_subject_swallowed_by_the_day_after(make_ctx: Ctx) -> None:
    ctx = make_ctx("The day after the leaders of France and Germany visited Kyiv, Putin spoke.")
    verb = next(t for t in ctx.doc if t.text == "visited")
    subj, _ = subject_tokens(verb)
    index = MentionIndex(ctx)
    assert {m.actor.group for t in subj for m in index.of_group(t)} >= {"FRA", "DEU"}


def test_a_go_between_is_a_mediator_though_the_tokenizer_splits_it(make_ctx: Ctx) -> None:
    text = ("Norway has acted as a go-between for the Colombian government and the ELN.\n\n"
            "The two sides met in Oslo on Monday.")
    talks = _all(extract_events(make_ctx(text)), "talks")[0]
    assert "NOR" in _groups(talks.mediators)
