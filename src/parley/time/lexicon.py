"""The word lists temporal expressions are built from (``data/lexicon.yaml``).

Loaded lazily and once: importing parley.time reads no file. Every problem in the file
is reported at once, naming the file and the entry, as a ``RuleError``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from parley.datafiles import read_yaml
from parley.errors import RuleError

LEXICON_PATH = Path(__file__).parent / "data" / "lexicon.yaml"
GRANULARITIES = {"day", "week", "month", "season", "year", "interval"}


@dataclass(frozen=True)
class Deictic:
    """A fixed phrase meaning a window of days around the document date."""

    first: int
    last: int
    granularity: str
    confidence: float


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, tuple[int, int]]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    parts: dict[str, tuple[float, float]]
    deictic: dict[str, Deictic]
    vague: dict[str, tuple[int, int]]
    reporting_verbs: frozenset[str]
    # trigger lemma → event kind, to match a place against a profile anchor
    event_kinds: dict[str, str] = field(default_factory=dict)
    # "the truce expired on Sunday": what ends a named deal is the news, dated itself
    ending_verbs: frozenset[str] = frozenset()
    # "the decree signed in October, declaring talks impossible": texts that say things
    documents: frozenset[str] = frozenset()
    # "Under the plan, X will …": nouns whose terms a clause may spell out (with the
    # agreement and ceasefire nouns of ``event_kinds``)
    framing_nouns: frozenset[str] = frozenset()
    # "agreed during talks in Istanbul": prepositions placing an act inside a meeting
    containing_preps: frozenset[str] = frozenset()
    # "the meeting was arranged during a call on Sunday": the arranging's date, not the
    # meeting's (only "for Sunday" is the meeting's)
    arranging_verbs: frozenset[str] = frozenset()
    # "the accord's terms obliged the RSF to leave": what a deal provides for
    providing_verbs: frozenset[str] = frozenset()
    # "In addition, the army met the RSF …": a sentence adding another item, not
    # the next step of the paragraph's story
    additive_openers: frozenset[str] = frozenset()
    # "more than a year ago": the counts back it spans, as multiples of the count
    ago_bounds: dict[str, tuple[float, float]] = field(default_factory=dict)
    # "a truce running from 1 January to 30 June": a period a deal is in force, not the
    # day it was made
    validity_verbs: frozenset[str] = frozenset()
    # "days later", "weeks earlier": a bare plural unit as a range of counts
    bare_units: dict[str, tuple[int, int]] = field(default_factory=dict)
    # "in the early hours of Friday": a part of the day an expression is "of"
    day_parts: frozenset[str] = frozenset()
    # "the Jeddah talks of May 2023 produced a truce": an outcome a dated event yields
    outcome_verbs: frozenset[str] = frozenset()
    # "various rounds of talks": many meetings, so no one neighbour's date
    generic_quantifiers: frozenset[str] = frozenset()
    # "invited both sides to talks on 14 August": what these verbs take is still to come
    prospective_verbs: frozenset[str] = frozenset()
    # "talks that were suspended in 2019 resumed last month": a noun's later phase
    sequel_verbs: frozenset[str] = frozenset()
    # "talks held in June ended without an agreement": the deal takes the talks' date
    closing_verbs: frozenset[str] = frozenset()

    def number(self, word: str) -> int | None:
        """A cardinal written in digits or words ("3", "three", "a few")."""
        word = " ".join(word.lower().split())
        if word.isdigit():
            return int(word)
        return self.numbers.get(word)

    def count(self, word: str) -> tuple[int, int] | None:
        """A count as a range: "three" is (3, 3), "a few" is (2, 5)."""
        key = " ".join(word.lower().split())
        if key in self.vague:
            return self.vague[key]
        n = self.number(key)
        return None if n is None else (n, n)

    def ordinal(self, word: str) -> int | None:
        """An ordinal written in words or digits ("second", "2nd")."""
        word = word.lower()
        if word[:-2].isdigit() and word[-2:] in {"st", "nd", "rd", "th"}:
            return int(word[:-2])
        return self.ordinals.get(word)


def _mapping(raw: dict[str, Any], key: str, problems: list[str]) -> dict[str, Any]:
    value = raw.get(key)
    if not isinstance(value, dict) or not value:
        problems.append(f"{key}: expected a non-empty mapping")
        return {}
    return value


def _ints(
    raw: dict[str, Any], key: str, low: int, high: int, problems: list[str]
) -> dict[str, int]:
    out: dict[str, int] = {}
    for name, value in _mapping(raw, key, problems).items():
        if not isinstance(value, int) or not low <= value <= high:
            problems.append(f"{key}.{name}: expected an integer in {low}..{high}, got {value!r}")
        else:
            out[str(name)] = value
    return out


def _pairs(raw: dict[str, Any], key: str, problems: list[str]) -> dict[str, tuple[Any, Any]]:
    out: dict[str, tuple[Any, Any]] = {}
    for name, value in _mapping(raw, key, problems).items():
        if not isinstance(value, list) or len(value) != 2:
            problems.append(f"{key}.{name}: expected a pair [a, b], got {value!r}")
        else:
            out[str(name)] = (value[0], value[1])
    return out


def _deictic(raw: dict[str, Any], problems: list[str]) -> dict[str, Deictic]:
    out: dict[str, Deictic] = {}
    for name, spec in _mapping(raw, "deictic", problems).items():
        where = f"deictic.{name}"
        if not isinstance(spec, dict):
            problems.append(f"{where}: expected a mapping")
            continue
        window = spec.get("window")
        gran = spec.get("granularity")
        conf = spec.get("confidence", 0.9)
        if not (
            isinstance(window, list)
            and len(window) == 2
            and all(isinstance(v, int) for v in window)
            and window[0] <= window[1]
        ):
            problems.append(f"{where}.window: expected [first, last] day offsets")
            continue
        if gran not in GRANULARITIES:
            problems.append(f"{where}.granularity: {gran!r} is not one of {sorted(GRANULARITIES)}")
            continue
        if not isinstance(conf, int | float) or not 0 <= conf <= 1:
            problems.append(f"{where}.confidence: expected a number in 0..1")
            continue
        out[str(name)] = Deictic(window[0], window[1], gran, float(conf))
    return out


def _words(raw: dict, key: str, what: str, problems: list[str],
           required: bool = False) -> list[str]:
    """A list of strings under ``key`` (absent means empty unless ``required``); a
    problem is recorded, not raised, so that one error lists them all."""
    value = raw.get(key) if required else raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(f"{key}: expected a list of {what}")
        return []
    return value


def parse_lexicon(raw: Any, source: str) -> Lexicon:
    """Validate the raw YAML; every problem is listed in one ``RuleError``."""
    if not isinstance(raw, dict):
        raise RuleError(f"{source}: expected a mapping at the top level")
    problems: list[str] = []
    months = _ints(raw, "months", 1, 12, problems)
    weekdays = _ints(raw, "weekdays", 0, 6, problems)
    numbers = _ints(raw, "numbers", 1, 1000, problems)
    ordinals = _ints(raw, "ordinals", 1, 1000, problems)
    seasons = {k: (int(a), int(b)) for k, (a, b) in _pairs(raw, "seasons", problems).items()}
    parts = {k: (float(a), float(b)) for k, (a, b) in _pairs(raw, "parts", problems).items()}
    for name, (a, b) in parts.items():
        if not 0 <= a < b <= 1:
            problems.append(f"parts.{name}: expected 0 <= from < to <= 1")
    deictic = _deictic(raw, problems)
    vague = {k: (int(a), int(b)) for k, (a, b) in _pairs(raw, "vague", problems).items()}
    verbs = _words(raw, "reporting_verbs", "verb lemmas", problems, required=True)
    kinds: dict[str, str] = {}
    for kind, lemmas in _mapping(raw, "event_kinds", problems).items():
        if not isinstance(lemmas, list) or not all(isinstance(w, str) for w in lemmas):
            problems.append(f"event_kinds.{kind}: expected a list of lemmas")
            continue
        kinds.update({w.lower(): str(kind) for w in lemmas})
    ending = _words(raw, "ending_verbs", "verb lemmas", problems)
    documents = _words(raw, "documents", "noun lemmas", problems)
    framing = _words(raw, "framing_nouns", "noun lemmas", problems)
    containing = _words(raw, "containing_preps", "prepositions", problems)
    arranging = _words(raw, "arranging_verbs", "verb lemmas", problems)
    providing = _words(raw, "providing_verbs", "verb lemmas", problems)
    additive = _words(raw, "additive_openers", "words or phrases", problems)
    validity = _words(raw, "validity_verbs", "verb lemmas", problems)
    day_parts = _words(raw, "day_parts", "noun lemmas", problems)
    outcomes = _words(raw, "outcome_verbs", "verb lemmas", problems)
    generic = _words(raw, "generic_quantifiers", "adjectives", problems)
    prospective = _words(raw, "prospective_verbs", "verb lemmas", problems)
    sequels = _words(raw, "sequel_verbs", "verb lemmas", problems)
    closing = _words(raw, "closing_verbs", "verb lemmas", problems)
    bare: dict[str, tuple[int, int]] = {}
    if "bare_units" in raw:
        for unit, (a, b) in _pairs(raw, "bare_units", problems).items():
            if unit not in {"day", "week", "month", "year"} or not (
                isinstance(a, int) and isinstance(b, int) and 0 < a <= b
            ):
                problems.append(f"bare_units.{unit}: expected a unit and 0 < least <= most")
            else:
                bare[unit] = (a, b)
    bounds: dict[str, tuple[float, float]] = {}
    if "ago_bounds" in raw:
        for name, (a, b) in _pairs(raw, "ago_bounds", problems).items():
            if not (isinstance(a, int | float) and isinstance(b, int | float) and 0 <= a < b):
                problems.append(f"ago_bounds.{name}: expected 0 <= from < to")
            else:
                bounds[" ".join(name.lower().split())] = (float(a), float(b))
    if problems:
        raise RuleError(f"{source}: " + "; ".join(problems))
    return Lexicon(
        months, weekdays, seasons, numbers, ordinals, parts, deictic, vague, frozenset(verbs),
        kinds, frozenset(v.lower() for v in ending), frozenset(v.lower() for v in documents),
        frozenset(v.lower() for v in framing), frozenset(v.lower() for v in containing),
        frozenset(v.lower() for v in arranging), frozenset(v.lower() for v in providing),
        frozenset(" ".join(v.lower().split()) for v in additive), bounds,
        frozenset(v.lower() for v in validity), bare, frozenset(v.lower() for v in day_parts),
        frozenset(v.lower() for v in outcomes), frozenset(v.lower() for v in generic),
        frozenset(v.lower() for v in prospective), frozenset(v.lower() for v in sequels),
        frozenset(v.lower() for v in closing),
    )


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped lexicon, read on first use."""
    return parse_lexicon(read_yaml(LEXICON_PATH), str(LEXICON_PATH))
