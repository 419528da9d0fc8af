"""Paragraph breaks end sentences.

The small English parser happily runs a headline, a dateline and the first sentence of
the body into one "sentence" when they are separated only by blank lines. Every stage
cites sentences as evidence, so a blank line (or a line break after a line without final
punctuation, as in titles and datelines) must start a new sentence. Preset boundaries
are respected by spaCy's parser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

PIPE_NAME = "parley.paragraphs.v1"
FACTORY = "parley_paragraphs_v1"


def mark_paragraphs(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first token after every line break."""
    for i, token in enumerate(doc[:-1]):
        if "\n" in token.text_with_ws and (token.is_space or token.whitespace_ == "\n"):
            nxt = doc[i + 1]
            if not nxt.is_space:
                nxt.is_sent_start = True
        elif token.is_space and "\n" in token.text:
            doc[i + 1].is_sent_start = True
    return doc


def add_paragraph_splitter(nlp: Language) -> None:
    """Insert the splitter before the parser (idempotent)."""
    from spacy.language import Language as _Language

    if FACTORY not in _Language.factories:
        _Language.component(FACTORY, func=mark_paragraphs)
    if PIPE_NAME not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(FACTORY, name=PIPE_NAME, before=before)
