"""The per-document context every extraction stage reads and adds to.

Stages run in order: actors → time → events → claims. Each gets the same
``DocContext``: the parsed spaCy ``Doc``, the document record, the conflict profile, and
what earlier stages found (actor mentions, temporal expressions).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from parley.records import Actor, DateInterval, Document, Evidence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass
class Mention:
    """An actor mention: the linked actor plus where it sits in the parse."""

    actor: Actor
    start_token: int
    end_token: int  # exclusive
    sentence: int

    @property
    def start(self) -> int:
        return self.actor.start or 0

    @property
    def end(self) -> int:
        return self.actor.end or 0


@dataclass
class Timex:
    """A temporal expression and the interval it denotes."""

    text: str
    start: int  # character offsets, end exclusive
    end: int
    start_token: int
    end_token: int
    sentence: int
    interval: DateInterval


@dataclass
class DocContext:
    document: Document
    doc: Doc
    when: date | None = None  # the document date, if known
    profile: Any = None  # parley.time.profiles.ConflictProfile | None
    mentions: list[Mention] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    cache: dict[str, Any] = field(default_factory=dict)  # per-document memo shared by stages

    def __post_init__(self) -> None:
        if not self.sentences:
            self.sentences = list(self.doc.sents)
        self._sent_of_token = [0] * len(self.doc)
        for i, sent in enumerate(self.sentences):
            for t in range(sent.start, sent.end):
                self._sent_of_token[t] = i

    def sentence_index(self, token_i: int) -> int:
        return self._sent_of_token[token_i]

    def evidence(self, sentence: int) -> Evidence:
        """Evidence for a whole sentence: the unit every extracted item cites."""
        sent = self.sentences[sentence]
        text = sent.text.rstrip()  # paragraph breaks belong to no sentence
        return Evidence(
            doc=self.document.id,
            sentence=sentence,
            start=sent.start_char,
            end=sent.start_char + len(text),
            text=text,
        )

    def mentions_in(self, start_token: int, end_token: int) -> list[Mention]:
        return [
            m for m in self.mentions if m.start_token >= start_token and m.end_token <= end_token
        ]

    def mention_at(self, token_i: int) -> Mention | None:
        for m in self.mentions:
            if m.start_token <= token_i < m.end_token:
                return m
        return None

    def timexes_in(self, sentence: int) -> list[Timex]:
        return [t for t in self.timexes if t.sentence == sentence]

    def make_id(self, prefix: str, *parts: object) -> str:
        """Stable ids: same document and same span give the same id on every run."""
        raw = "|".join([self.document.id, *map(str, parts)])
        return f"{prefix}-{hashlib.sha1(raw.encode()).hexdigest()[:16]}"
