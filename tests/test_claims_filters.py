"""Claims that are not made (negated, nested, empty) and speakers found without a mention."""

from __future__ import annotations

import pytest

from test_claims_speakers import claim_speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negated or declined cue says nothing
        ("Qatar did not confirm that the talks would resume.", set()),
        ("Russia never confirmed that Lavrov would travel.", set()),
        ("Russia declined to comment on the report.", set()),
        # speech reported inside someone's words is theirs, not a claim of its own
        ("Lavrov said Qatar had told Ukraine that the talks were over.", {(0, "RUSGOV")}),
        # content that says nothing by itself
        ("Kenya proposed a truce. Russia confirmed it.", set()),
        ("Qatar proposed a pause. Ukraine rejected that idea.", set()),
        # people talking about an actor are not that actor
        ("Critics of Petro said the plan was rushed.", set()),
        # a noun that merely mentions actors is not them speaking
        ("Ships sail under a deal between Russia and Ukraine, which said exports would rise.",
         set()),
    ],
)
def test_claims_filters_no_claim(nlp, text, expected):
    assert claim_speakers(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun after someone's words goes back to that speaker, not to an actor
        # named inside the words
        ("Lavrov said Ukraine had walked away from the table. He said talks could resume.",
         {(0, "RUSGOV"), (1, "RUSGOV")}),
        # speaker nouns of "both countries"
        ("Russia and Ukraine agreed on a text, the foreign ministries of both countries said.",
         {(0, "RUSGOV"), (0, "UKRGOV")}),
        # an unlinked demonym with a speaker noun is that state's government or army
        ("A Turkish official said the talks would resume on Monday.", {(0, "TURGOV")}),
        ("Sudanese army officers said the truce would not hold.", {(0, "SDNMIL")}),
        ("The Norwegian and Cuban guarantors said the round had ended.",
         {(0, "NORGOV"), (0, "CUBGOV")}),
        # "X-led" names the leading state
        ("The Saudi-led coalition welcomed the outcome.", {(0, "SAU")}),
        # coordinated owners of a speaker noun each speak
        ("Negotiators for Petro and the ELN announced that a deal was near.",
         {(0, "COLGOV"), (0, "COLELN")}),
        # a dateline parsed as a second subject does not hide the speaker
        ("KYIV, May 3 - Ukraine said on Monday that the talks had failed.", {(0, "UKR")}),
        # a clause parsed as the object of "said"
        ("Lavrov said the memorandum, signed by both sides, provided for a truce.",
         {(0, "RUSGOV")}),
    ],
)
def test_claims_filters_speakers(nlp, text, expected):
    assert claim_speakers(nlp, text) == expected
