"""Attribution: cues, speakers and content spans on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from parley.claims.attribution import find_attributions
from parley.claims.quotes import quote_spans
from parley.nlp.context import DocContext, Mention
from parley.records import Actor, ActorKind, Document

# Hand-made actor mentions (the actors stage is tested on its own).
ACTORS: dict[str, tuple[str, str, ActorKind]] = {
    "Kremlin": ("RUSGOV", "RUS", "organisation"),
    "Moscow": ("RUSGOV", "RUS", "organisation"),
    "Russia": ("RUS", "RUS", "state"),
    "Ukraine": ("UKR", "UKR", "state"),
    "Kyiv": ("UKRGOV", "UKR", "organisation"),
    "Turkish": ("TUR", "TUR", "state"),
    "Sudan": ("SDN", "SDN", "state"),
    "RSF": ("SDNRSF", "SDN", "group"),
    "Ethiopia": ("ETH", "ETH", "state"),
    "TPLF": ("ETHTPLF", "ETH", "group"),
    "Petro": ("COLGOV", "COL", "person"),
    "Lavrov": ("RUSGOV", "RUS", "person"),
    "Qatar": ("QAT", "QAT", "state"),
}


def make_ctx(nlp, text: str) -> DocContext:
    doc = nlp(text)
    ctx = DocContext(document=Document(id="t", text=text), doc=doc, when=date(2023, 5, 1))
    for tok in doc:
        if tok.text in ACTORS:
            code, country, kind = ACTORS[tok.text]
            actor = Actor(code=code, country=country, kind=kind, name=tok.text, text=tok.text,
                          start=tok.idx, end=tok.idx + len(tok))
            ctx.mentions.append(Mention(actor, tok.i, tok.i + 1, ctx.sentence_index(tok.i)))
    return ctx


def summary(ctx: DocContext) -> list[tuple]:
    return [
        (a.speaker.actor.code if a.speaker else None, a.cue, a.cue_class, a.sentence,
         ctx.doc[a.content_start_token : a.content_end_token].text)
        for a in find_attributions(ctx)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lavrov stated that the negotiations could resume in June.",
         ("RUSGOV", "stated", "neutral", "the negotiations could resume in June")),
        ("The RSF claimed that the army had broken the truce.",
         ("SDNRSF", "claimed", "hedged", "the army had broken the truce")),
        ("Qatar alleged that shipments of aid were being blocked.",
         ("QAT", "alleged", "hedged", "shipments of aid were being blocked")),
        ("Moscow denied that any prisoners had been mistreated.",
         ("RUSGOV", "denied", "denial", "any prisoners had been mistreated")),
        ("Kyiv rejected claims that it had walked away from the talks.",
         ("UKRGOV", "rejected claims", "denial", "it had walked away from the talks")),
        ("Ethiopia accused the TPLF of sabotaging the peace process.",
         ("ETH", "accused", "accusation", "the TPLF of sabotaging the peace process")),
        ("Sudan blamed the RSF for the collapse of the ceasefire.",
         ("SDN", "blamed", "accusation", "the RSF for the collapse of the ceasefire")),
    ],
)
def test_claims_attribution_cue_classes(nlp, text, expected):
    assert summary(make_ctx(nlp, text)) == [(*expected[:3], 0, expected[3])]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("According to Turkish officials, the talks failed because of outside pressure.",
         "TURGOV", "according to", "the talks failed because of outside pressure"),
        ("The talks failed because of outside pressure, according to Lavrov.",
         "RUSGOV", "according to", "The talks failed because of outside pressure"),
        ("Petro has made it clear that the ceasefire will not be extended.",
         "COLGOV", "made it clear", "the ceasefire will not be extended"),
        ("Kyiv has expressed a willingness to resume talks on prisoner exchanges.",
         "UKRGOV", "expressed a willingness", "resume talks on prisoner exchanges"),
        ("Kremlin: negotiations with the West are frozen",
         "RUSGOV", ":", "negotiations with the West are frozen"),
        ("A new round of talks is possible, said Lavrov.",
         "RUSGOV", "said", "A new round of talks is possible"),
        ("Russia's spokesman insisted that the offer remained open.",
         "RUSGOV", "insisted", "the offer remained open"),
        ("Sudanese army commanders warned that the truce would not last.",
         "SDNMIL", "warned", "the truce would not last"),
        ("Analysts said the ceasefire would not hold.",
         None, "said", "the ceasefire would not hold"),
    ],
)
def test_claims_attribution_speaker_forms(nlp, text, speaker, cue, content):
    got = summary(make_ctx(nlp, text))
    assert [(g[0], g[1], g[4]) for g in got] == [(speaker, cue, content)]


def test_claims_attribution_state_speaker_noun_becomes_government(nlp):
    ctx = make_ctx(nlp, "Turkish officials have said the talks will go ahead.")
    (att,) = find_attributions(ctx)
    assert att.speaker is not None
    assert (att.speaker.actor.code, att.speaker.actor.country) == ("TURGOV", "TUR")
    assert att.speaker_text == "Turkish officials"


def test_claims_attribution_relative_clause_speaker(nlp):
    ctx = make_ctx(nlp, "Russia, which made it clear that neutrality was essential, "
                        "left the talks early.")
    (att,) = find_attributions(ctx)
    assert att.speaker is not None and att.speaker.actor.code == "RUS"
    assert ctx.doc[att.content_start_token : att.content_end_token].text == (
        "neutrality was essential")


def test_claims_attribution_pronoun_resolves_to_recent_person(nlp):
    ctx = make_ctx(nlp, "Petro travelled to Havana with Qatar's envoy. "
                        "He said the guerrillas were ready for a truce.")
    (att,) = find_attributions(ctx)
    assert att.sentence == 1
    assert att.speaker is not None and att.speaker.actor.code == "COLGOV"
    assert att.speaker_text == "He"


def test_claims_attribution_pronoun_without_antecedent_has_no_speaker(nlp):
    (att,) = find_attributions(make_ctx(nlp, "She said the deal was close."))
    assert att.speaker is None


def test_claims_attribution_multi_sentence_quote(nlp):
    ctx = make_ctx(nlp, '"We are ready to talk. But we will not give up land," Lavrov said. '
                        "Fighting continued in the east.")
    got = summary(ctx)
    assert [(g[0], g[3]) for g in got] == [("RUSGOV", 0), ("RUSGOV", 1)]
    assert all(a.direct for a in find_attributions(ctx))


def test_claims_attribution_quote_continues_in_next_sentence(nlp):
    ctx = make_ctx(nlp, '"A truce is within reach," Lavrov said. "The details need work." '
                        "Kyiv did not comment.")
    got = summary(ctx)
    assert [(g[0], g[3], g[4]) for g in got] == [
        ("RUSGOV", 0, "A truce is within reach"),
        ("RUSGOV", 1, "The details need work"),
    ]


def test_claims_attribution_reported_speech_is_not_direct(nlp):
    (att,) = find_attributions(make_ctx(nlp, "Lavrov said the talks would resume."))
    assert not att.direct
    assert att.covers(att.content_start_token) and not att.covers(att.cue_token)


@pytest.mark.parametrize(
    "text",
    [
        "The two delegations opened negotiations in Gomel.",
        "The alleged violations were investigated by monitors.",
        "It was claimed that the deal had collapsed.",
        "The RSF rejected the ceasefire proposal.",
    ],
)
def test_claims_attribution_ignores_non_speech(nlp, text):
    assert find_attributions(make_ctx(nlp, text)) == []


def test_claims_attribution_is_memoised(nlp):
    ctx = make_ctx(nlp, "Lavrov said the talks would resume.")
    assert find_attributions(ctx) is find_attributions(ctx)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "yes" and left.', [(8, 13)]),
        ("“One.” and “two”", [(0, 6), (11, 16)]),
        ('"open quote\nnext paragraph"', [(0, 11)]),
    ],
)
def test_claims_attribution_quote_spans(text, expected):
    assert quote_spans(text) == expected
