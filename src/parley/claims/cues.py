"""The attribution lexicon (``data/cues.yaml``): loaded once, validated, cached.

Kept apart from the matcher so the rules can grow without touching code, and so a
broken data file fails loudly with the file and entry named instead of silently
matching nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from parley.datafiles import read_yaml
from parley.errors import RuleError

CUE_CLASSES = ("neutral", "hedged", "denial", "accusation")
ACTOR_KINDS = ("state", "person", "organisation", "group")
NOMINAL_ROLES = ("GOV", "MIL", "GROUP", "BODY")
DATA_FILE = Path(__file__).parent / "data" / "cues.yaml"


@dataclass(frozen=True)
class Phrase:
    """A multi-word cue headed by a verb: "made it clear", "expressed a willingness"."""

    verb: str
    words: tuple[str, ...]
    cue_class: str
    cue: str


@dataclass(frozen=True)
class SourcePhrase:
    """A cue whose speaker follows it: "according to X"."""

    words: tuple[str, ...]
    cue_class: str


@dataclass(frozen=True)
class CueLexicon:
    verbs: dict[str, str]  # lemma → class
    object_cues: dict[str, str]  # lemma → class, only with a claim noun as object
    claim_nouns: frozenset[str]
    object_as_content: frozenset[str]
    phrases: tuple[Phrase, ...]
    source_phrases: tuple[SourcePhrase, ...]
    speaker_nouns: dict[str, str]  # head noun lemma → sector (GOV, MIL)
    pronouns: dict[str, frozenset[str]]  # pronoun → actor kinds it may refer to
    nominal: dict[str, str] = field(default_factory=dict)  # bare role noun → GOV, MIL, GROUP
    collective: frozenset[str] = frozenset()  # "both sides", "the two delegations"
    naming: frozenset[str] = frozenset()  # "called the deal a beacon": object + complement
    as_cues: frozenset[str] = frozenset()  # "described the plan as a step forward"
    outsiders: frozenset[str] = frozenset()  # "critics of X": speak about X, not for it
    occasions: frozenset[str] = frozenset()  # "in a recent interview": when words were said


def _words(value: Any, where: str, path: Path) -> list[str]:
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(w, str) and w.strip() for w in value)
    ):
        raise RuleError(f"{path}: {where} must be a non-empty list of words")
    return [w.strip().lower() for w in value]


def _class(value: Any, where: str, path: Path) -> str:
    if value not in CUE_CLASSES:
        raise RuleError(f"{path}: {where}: class {value!r} is not one of {', '.join(CUE_CLASSES)}")
    return str(value)


def _by_class(raw: Any, key: str, path: Path) -> dict[str, str]:
    if not isinstance(raw, dict):
        raise RuleError(f"{path}: {key} must map a cue class to a list of lemmas")
    out: dict[str, str] = {}
    for cls, lemmas in raw.items():
        _class(cls, f"{key}.{cls}", path)
        for lemma in _words(lemmas, f"{key}.{cls}", path):
            if lemma in out and out[lemma] != cls:
                raise RuleError(f"{path}: {key}: {lemma!r} is in both {out[lemma]} and {cls}")
            out[lemma] = cls
    return out


def parse_lexicon(raw: Any, path: Path = DATA_FILE) -> CueLexicon:
    """Validate the YAML structure; every error names the file and the entry."""
    if not isinstance(raw, dict):
        raise RuleError(f"{path}: top level must be a mapping")
    required = (
        "verbs",
        "object_cues",
        "claim_nouns",
        "object_as_content",
        "phrases",
        "source_phrases",
        "speaker_nouns",
        "pronouns",
    )
    missing = [k for k in required if k not in raw]
    if missing:
        raise RuleError(f"{path}: missing section(s): {', '.join(missing)}")
    phrases = []
    for n, entry in enumerate(raw["phrases"] or []):
        where = f"phrases[{n}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("verb"), str):
            raise RuleError(f"{path}: {where} needs a verb")
        phrases.append(
            Phrase(
                verb=entry["verb"].lower(),
                words=tuple(_words(entry.get("words"), f"{where}.words", path)),
                cue_class=_class(entry.get("class"), where, path),
                cue=str(entry.get("cue") or entry["verb"]),
            )
        )
    sources = []
    for n, entry in enumerate(raw["source_phrases"] or []):
        where = f"source_phrases[{n}]"
        if not isinstance(entry, dict):
            raise RuleError(f"{path}: {where} must be a mapping")
        sources.append(
            SourcePhrase(
                words=tuple(_words(entry.get("words"), f"{where}.words", path)),
                cue_class=_class(entry.get("class"), where, path),
            )
        )
    sectors: dict[str, str] = {}
    if not isinstance(raw["speaker_nouns"], dict):
        raise RuleError(f"{path}: speaker_nouns must map a sector to nouns")
    for sector, nouns in raw["speaker_nouns"].items():
        if sector not in ("GOV", "MIL"):
            raise RuleError(f"{path}: speaker_nouns.{sector}: sector must be GOV or MIL")
        for noun in _words(nouns, f"speaker_nouns.{sector}", path):
            sectors[noun] = sector
    pronouns: dict[str, frozenset[str]] = {}
    if not isinstance(raw["pronouns"], dict):
        raise RuleError(f"{path}: pronouns must map a pronoun to actor kinds")
    for pron, kinds in raw["pronouns"].items():
        kinds = _words(kinds, f"pronouns.{pron}", path)
        bad = [k for k in kinds if k not in ACTOR_KINDS]
        if bad:
            raise RuleError(f"{path}: pronouns.{pron}: unknown actor kind(s) {bad}")
        pronouns[str(pron).lower()] = frozenset(kinds)
    nominal: dict[str, str] = {}
    raw_nominal = raw.get("nominal_speakers") or {}
    if not isinstance(raw_nominal, dict):
        raise RuleError(f"{path}: nominal_speakers must map GOV, MIL or GROUP to nouns")
    for role, nouns in raw_nominal.items():
        if role not in NOMINAL_ROLES:
            raise RuleError(f"{path}: nominal_speakers.{role}: role must be one of "
                            f"{', '.join(NOMINAL_ROLES)}")
        for noun in _words(nouns, f"nominal_speakers.{role}", path):
            nominal[noun] = str(role)
    collective = raw.get("collective_speakers")
    optional = {key: frozenset(_words(raw[key], key, path)) if raw.get(key) is not None
                else frozenset() for key in ("naming_cues", "as_cues", "outsider_nouns",
                                "occasion_nouns")}
    return CueLexicon(
        naming=optional["naming_cues"],
        as_cues=optional["as_cues"],
        outsiders=optional["outsider_nouns"],
        occasions=optional["occasion_nouns"],
        nominal=nominal,
        collective=frozenset(_words(collective, "collective_speakers", path))
        if collective is not None else frozenset(),
        verbs=_by_class(raw["verbs"], "verbs", path),
        object_cues=_by_class(raw["object_cues"], "object_cues", path),
        claim_nouns=frozenset(_words(raw["claim_nouns"], "claim_nouns", path)),
        object_as_content=frozenset(_words(raw["object_as_content"], "object_as_content", path)),
        phrases=tuple(phrases),
        source_phrases=tuple(sources),
        speaker_nouns=sectors,
        pronouns=pronouns,
    )


@lru_cache(maxsize=1)
def lexicon() -> CueLexicon:
    """The shipped cue lexicon, read on first use."""
    return parse_lexicon(read_yaml(DATA_FILE), DATA_FILE)
