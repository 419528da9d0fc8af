"""The negotiation ontology as data: event types, roles and dataset codes.

Loaded from ``data/ontology.yaml`` once, validated, cached; the CLI calls
``load_ontology()`` at start so a broken data file fails before any document is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from parley.datafiles import read_yaml
from parley.errors import RuleError

DATA = Path(__file__).with_name("data")
ROLES = frozenset({"parties", "agent", "mediators", "location"})
STATUSES = frozenset({"provisional", "final", "signed", "collapsed"})
EXPECTED_TYPES = (
    "talks", "mediation", "proposal", "agreement", "ceasefire", "rejection",
    "suspension", "obstruction", "willingness", "demand", "concession",
)


@dataclass(frozen=True)
class EventType:
    name: str
    definition: str
    roles: tuple[str, ...]
    plover: str | None
    cameo: str | None
    statuses: tuple[str, ...] = ()
    requires_agent: bool = False
    stance: bool = False
    negated_as: str | None = None


@dataclass(frozen=True)
class Ontology:
    types: dict[str, EventType]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self.types)

    def __getitem__(self, name: str) -> EventType:
        return self.types[name]


def parse_ontology(raw: Any, source: str) -> Ontology:
    """Validate the raw mapping, collecting every problem before raising."""
    problems: list[str] = []
    types: dict[str, EventType] = {}
    entries = raw.get("types") if isinstance(raw, dict) else None
    if not isinstance(entries, dict):
        raise RuleError(f"{source}: expected a mapping `types:`")
    for name, spec in entries.items():
        where = f"{source}: types.{name}"
        if not isinstance(spec, dict):
            problems.append(f"{where}: expected a mapping")
            continue
        roles = tuple(spec.get("roles") or ())
        bad = [r for r in roles if r not in ROLES]
        if bad:
            problems.append(f"{where}: unknown roles {bad}")
        statuses = tuple(spec.get("statuses") or ())
        if set(statuses) - STATUSES:
            problems.append(f"{where}: unknown statuses {sorted(set(statuses) - STATUSES)}")
        if not isinstance(spec.get("definition"), str):
            problems.append(f"{where}: missing definition")
        negated_as = spec.get("negated_as")
        if negated_as is not None and negated_as not in entries:
            problems.append(f"{where}: negated_as names unknown type {negated_as!r}")
        codes = {k: spec.get(k) for k in ("plover", "cameo")}
        for key, value in codes.items():
            if value is not None and not isinstance(value, str):
                problems.append(f"{where}: {key} must be a string or null")
        types[name] = EventType(
            name=name,
            definition=str(spec.get("definition", "")),
            roles=roles,
            plover=codes["plover"],
            cameo=codes["cameo"],
            statuses=statuses,
            requires_agent=bool(spec.get("requires_agent", False)),
            stance=bool(spec.get("stance", False)),
            negated_as=negated_as,
        )
    missing = [t for t in EXPECTED_TYPES if t not in types]
    if missing:
        problems.append(f"{source}: missing event types {missing}")
    if problems:
        raise RuleError("; ".join(problems))
    return Ontology(types=types)


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    """The validated ontology shipped with parley (cached)."""
    path = DATA / "ontology.yaml"
    return parse_ontology(read_yaml(path), str(path))
