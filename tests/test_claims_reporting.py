"""Claims on wire-style reporting: pronoun antecedents, multi-paragraph quotes, fragments,
issue keywords and claim dates. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from parley.claims import extract_claims
from parley.claims.quotes import quote_spans
from parley.nlp.context import DocContext
from parley.records import Claim

MakeCtx = Callable[..., DocContext]


def _claims(make_ctx: MakeCtx, text: str, published: str = "2023-09-30") -> list[Claim]:
    return extract_claims(make_ctx(text, published=published), [])[0]


def _by_sentence(claims: list[Claim]) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for c in claims:
        out.setdefault(c.evidence[0].sentence, set()).add(c.speaker.code)
    return out


def test_mixed_quote_marks_close_the_quote() -> None:
    text = 'He called it "a win for both sides,” and left. Nobody else commented.'
    spans = quote_spans(text)
    assert len(spans) == 1 and text[spans[0][0] : spans[0][1]].endswith("”")


def test_narration_after_mixed_quote_marks_is_no_claim(make_ctx: MakeCtx) -> None:
    text = ('Mohammed al-Bukhaiti, a Houthi official, said the visit went well. He said a deal '
            'would be "good for everyone,” and urged calm. There was no word from Oman on '
            'Monday. Officials in Muscat were not reachable.\n')
    sentences = _by_sentence(_claims(make_ctx, text))
    assert 2 not in sentences and 3 not in sentences


def test_quoted_paragraphs_keep_the_speaker(make_ctx: MakeCtx) -> None:
    text = ('Qatar and Egypt issued a statement on Sunday.\n\n'
            '“Qatar and Egypt welcome the start of talks in Cairo,” the statement said.\n\n'
            '“We ask both parties to engage in good faith. Civilians must be protected.”\n\n'
            '“Finally, we call for more humanitarian aid.”\n')
    sentences = _by_sentence(_claims(make_ctx, text))
    for index in (2, 3, 4):
        assert sentences.get(index) == {"QAT", "EGY"}, index


def test_he_after_a_quote_is_the_quoted_person(make_ctx: MakeCtx) -> None:
    text = ('"The first session went well," UN envoy Ghassan Salame told reporters in Geneva.\n\n'
            'Khalifa Haftar at first refused to send officers, but later sent five.\n\n'
            '"Both parties want to keep talking," he said.\n')
    claims = [c for c in _claims(make_ctx, text) if c.evidence[0].sentence == 2]
    assert [c.speaker.text for c in claims] == ["UN envoy Ghassan Salame"]


def test_they_is_the_plural_subject_not_a_person(make_ctx: MakeCtx) -> None:
    text = ('Armenia and Azerbaijan held talks on Tuesday.\n\n'
            'The leaders of the two states met in Munich at a dinner given by Olaf Scholz. '
            'They said their ministers would meet soon.\n')
    claims = [c for c in _claims(make_ctx, text) if c.evidence[0].sentence == 2]
    assert {c.speaker.code for c in claims} == {"ARMGOV", "AZEGOV"}


def test_fronted_date_is_not_the_content(make_ctx: MakeCtx) -> None:
    text = ("On Wednesday, Colombia's peace commissioner insisted in a statement that a truce "
            "with the ELN would be signed.\n")
    claims = _claims(make_ctx, text)
    assert claims and all("truce" in c.content for c in claims)


def test_stressed_object_is_the_content(make_ctx: MakeCtx) -> None:
    text = ("During a call with Qatar last week, Kenya's president stressed the need for an "
            "early ceasefire.\n")
    claims = _claims(make_ctx, text)
    assert claims and claims[0].content.startswith("the need for")


def test_border_trade_is_no_territory(make_ctx: MakeCtx) -> None:
    text = "Myanmar's military said both sides agreed to reopen border trade with China.\n"
    claims = _claims(make_ctx, text)
    assert claims and claims[0].issue is None


def test_date_inside_the_content_is_not_when_it_was_said(make_ctx: MakeCtx) -> None:
    text = "Qatar said the delegations would meet again in Doha on October 12.\n"
    claims = _claims(make_ctx, text, published="2023-09-30")
    assert claims and claims[0].date.earliest == "2023-09-30"


def test_later_speaker_does_not_borrow_an_earlier_date(make_ctx: MakeCtx) -> None:
    text = ('Qatar said on Monday that talks were progressing. "We met yesterday," Qatar said. '
            'Kenya said separately that it would send observers.\n')
    claims = {c.speaker.code: c for c in _claims(make_ctx, text, published="2023-09-30")}
    assert claims["KEN"].date.earliest == "2023-09-30"


def test_border_areas_and_withdrawing_from_talks_are_no_issue(make_ctx: MakeCtx) -> None:
    text = ("Kenya said calm had returned to the border areas after the RSF withdrew from the "
            "process.\n")
    claims = _claims(make_ctx, text)
    assert claims and claims[0].issue is None


def test_territory_as_a_place_is_no_issue(make_ctx: MakeCtx) -> None:
    text = "Qatar accused the RSF of deploying fighters on the territory of North Darfur.\n"
    claims = _claims(make_ctx, text)
    assert claims and claims[0].issue is None


def test_coordinated_state_modifiers_each_speak(make_ctx: MakeCtx) -> None:
    text = ("Talks went on into the night, with the US and Egyptian leaders vowing to stay in "
            "close contact over a deal.\n")
    codes = {c.speaker.code for c in _claims(make_ctx, text)}
    assert {"USAGOV", "EGYGOV"} <= codes


def test_interview_dates_the_words_even_inside_the_content(make_ctx: MakeCtx) -> None:
    # the parser tends to hang the interview on "stalling", inside what is said
    text = ("Kenya's foreign minister argued that the army is stalling the talks in a recent "
            "interview, adding that mediators were losing patience.\n")
    claims = _claims(make_ctx, text, published="2023-09-30")
    assert claims
    date = claims[0].date
    assert date.basis == "relative" and date.earliest is not None
    assert date.earliest < "2023-09-30" and date.latest == "2023-09-30"


def test_a_date_inside_the_content_still_is_not_the_interview(make_ctx: MakeCtx) -> None:
    text = "In an interview, Qatar said the delegations would meet in Doha on October 12.\n"
    claims = _claims(make_ctx, text, published="2023-09-30")
    assert claims and claims[0].date.earliest == "2023-09-30"
