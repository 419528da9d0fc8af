"""Records of the output contract (v1): plain data, no I/O.

Field names follow the contract exactly; fields may be added, never renamed. The JSON
Schema shipped with parley is generated from these models (see ``schema.py``).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Granularity = Literal["day", "week", "month", "season", "year", "interval", "unknown"]
Basis = Literal["explicit", "relative", "anchor", "inherited", "document", "unknown"]
Modality = Literal["asserted", "reported", "hypothetical", "negated"]
Stance = Literal["seeks", "rejects", "willing_to_forgo", "demands", "opposes"]
Status = Literal["provisional", "final", "signed", "collapsed"]
ActorKind = Literal["state", "person", "organisation", "group", "author"]


class Record(BaseModel):
    """Base: forbids unknown fields so a typo never silently drops data."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False)

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


class Document(Record):
    id: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    author: str | None = None
    language: str = "en"
    text: str
    site: str | None = None
    path: str | None = None


class Actor(Record):
    code: str
    country: str | None = None
    name: str | None = None
    kind: ActorKind | None = None
    role: str | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None

    @property
    def group(self) -> str:
        """The country or organisation used when comparing actor sets."""
        return self.country or self.code


AUTHOR = Actor(code="AUTHOR", kind="author", name="author")
# An event attributed to someone the text does not name ("diplomats said", "reportedly").
UNNAMED = Actor(code="UNNAMED", kind="author", name="unnamed source")


class Evidence(Record):
    doc: str
    sentence: int
    start: int
    end: int
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None


class DateInterval(Record):
    earliest: str | None = None
    latest: str | None = None
    granularity: Granularity = "unknown"
    basis: Basis = "unknown"
    text: str | None = None
    confidence: float = 1.0


UNKNOWN_DATE = DateInterval()


class Location(Record):
    name: str
    country: str | None = None


class Term(Record):
    party: Actor | None = None
    issue: str | None = None
    text: str


class Event(Record):
    id: str
    type: str
    status: Status | None = None
    plover: str | None = None
    cameo: str | None = None
    parties: list[Actor] = Field(default_factory=list)
    agent: Actor | None = None
    mediators: list[Actor] = Field(default_factory=list)
    location: Location | None = None
    date: DateInterval = Field(default_factory=DateInterval)
    modality: Modality = "asserted"
    source: Actor = Field(default_factory=lambda: AUTHOR.model_copy())
    terms: list[Term] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: float = 0.5
    trigger: str | None = None


class Claim(Record):
    id: str
    speaker: Actor
    cue: str
    cue_class: Literal["neutral", "hedged", "denial", "accusation", "evaluation"] = "neutral"
    content: str
    targets: list[Actor] = Field(default_factory=list)
    issue: str | None = None
    hedged: bool = False
    date: DateInterval = Field(default_factory=DateInterval)
    evidence: list[Evidence] = Field(default_factory=list)
    events: list[str] = Field(default_factory=list)


class Position(Record):
    actor: Actor
    issue: str
    stance: Stance
    date: DateInterval = Field(default_factory=DateInterval)
    evidence: list[Evidence] = Field(default_factory=list)
    id: str | None = None


class DisagreementValue(Record):
    value: Any
    evidence: list[Evidence] = Field(default_factory=list)


class Disagreement(Record):
    field: Literal["date", "agent", "modality", "location", "status"]
    values: list[DisagreementValue]


class ChronologyEntry(Record):
    id: str
    type: str
    status: Status | None = None
    parties: list[Actor] = Field(default_factory=list)
    agent: Actor | None = None
    mediators: list[Actor] = Field(default_factory=list)
    location: Location | None = None
    date: DateInterval = Field(default_factory=DateInterval)
    modality: Modality = "asserted"
    sources: int = 0
    evidence: list[Evidence] = Field(default_factory=list)
    disagreements: list[Disagreement] = Field(default_factory=list)
    events: list[str] = Field(default_factory=list)
    support: dict[str, Any] = Field(default_factory=dict)
    # Surface forms of each actor code in the evidence (merged views drop mention
    # offsets); the report highlights them in the evidence sentences.
    mentions: dict[str, list[str]] = Field(default_factory=dict)


class Extraction(Record):
    """What ``parley extract`` prints: one document and everything found in it."""

    parley: str = "1"
    document: Document
    events: list[Event] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    positions: list[Position] = Field(default_factory=list)
