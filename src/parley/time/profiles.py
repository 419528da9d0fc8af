"""Conflict profiles: which actors fight, when it began, and its dated anchor events.

A profile is a YAML file (``data/profiles/*.yaml``, plus every ``*.yaml`` in the
directories of ``PARLEY_PROFILES``, separated by the OS path separator). Anchor events
let "a month after the invasion" or "the Istanbul talks" be dated.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from parley.datafiles import read_yaml
from parley.errors import RuleError

if TYPE_CHECKING:
    from parley.nlp.context import DocContext

PROFILE_DIR = Path(__file__).parent / "data" / "profiles"
ENV_VAR = "PARLEY_PROFILES"
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_CODE = re.compile(r"^[A-Z]{2,3}[A-Z0-9]*$")
ANCHOR_KINDS = frozenset({"talks", "agreement", "ceasefire"})
MIN_MENTIONS = 2  # automatic selection needs at least this many belligerent mentions


@dataclass(frozen=True)
class Anchor:
    """A dated event of the conflict that other expressions count from."""

    id: str
    start: date
    end: date
    aliases: tuple[str, ...] = ()  # name the event: usable on their own as a date
    references: tuple[str, ...] = ()  # generic ("the war"): only inside "N days after …"
    place: str | None = None  # where it happened: "the talks in Pretoria" can stand for it
    kinds: tuple[str, ...] = ()  # event kinds (talks, agreement, ceasefire) it was


@dataclass(frozen=True)
class ConflictProfile:
    name: str
    title: str
    aliases: tuple[str, ...]
    countries: frozenset[str]
    codes: frozenset[str]
    start: date
    anchors: tuple[Anchor, ...]
    source: str = ""
    _index: dict[str, tuple[Anchor, ...]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for anchor in self.anchors:
            for alias in (*anchor.aliases, *anchor.references):
                key = alias.lower()
                self._index[key] = (*self._index.get(key, ()), anchor)

    @property
    def phrases(self) -> list[str]:
        """Every alias and reference, longest first (for one alternation regex)."""
        return sorted(self._index, key=len, reverse=True)

    def is_bare(self, phrase: str) -> bool:
        """True when ``phrase`` names an event by itself ("the Istanbul communiqué")."""
        key = phrase.lower()
        return any(
            key in (a.lower() for a in anchor.aliases) for anchor in self._index.get(key, ())
        )

    def anchor_for(self, phrase: str, ref: date | None) -> Anchor | None:
        """The anchor a phrase names; shared names pick the latest one not after ``ref``."""
        found = self._index.get(" ".join(phrase.lower().split()))
        if not found:
            return None
        if ref is None:
            return found[0]
        past = [a for a in found if a.start <= ref]
        return max(past, key=lambda a: a.start) if past else min(found, key=lambda a: a.start)

    def anchor_at(self, place: str, kind: str, ref: date | None) -> Anchor | None:
        """The one anchor of ``kind`` at ``place`` not after ``ref``; None when none or
        several match (the 2022 and 2025 Istanbul talks: the place decides nothing)."""
        key = place.lower()
        found = [
            a
            for a in self.anchors
            if a.place and a.place.lower() == key and kind in a.kinds
            and (ref is None or a.start <= ref)
        ]
        return found[0] if len(found) == 1 else None


def _date(value: Any, where: str, problems: list[str]) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    problems.append(f"{where}: expected an ISO date, got {value!r}")
    return None


def _strings(value: Any, where: str, problems: list[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.append(f"{where}: expected a list of non-empty strings")
        return ()
    return tuple(" ".join(v.split()) for v in value)


def _anchor(raw: Any, where: str, problems: list[str]) -> Anchor | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: expected a mapping")
        return None
    ident = raw.get("id")
    if not isinstance(ident, str) or not _NAME.match(ident):
        problems.append(f"{where}.id: expected a lowercase id, got {ident!r}")
        return None
    where = f"anchors[{ident}]"
    start = _date(raw.get("start"), f"{where}.start", problems)
    end = _date(raw.get("end", raw.get("start")), f"{where}.end", problems)
    aliases = _strings(raw.get("aliases"), f"{where}.aliases", problems)
    references = _strings(raw.get("references"), f"{where}.references", problems)
    if not aliases and not references:
        problems.append(f"{where}: needs at least one alias or reference")
    place = raw.get("place")
    if place is not None and (not isinstance(place, str) or not place.strip()):
        problems.append(f"{where}.place: expected a place name")
        place = None
    kinds = _strings(raw.get("kinds"), f"{where}.kinds", problems)
    bad = [k for k in kinds if k not in ANCHOR_KINDS]
    if bad:
        problems.append(f"{where}.kinds: {bad} not in {sorted(ANCHOR_KINDS)}")
    if place and not kinds:
        problems.append(f"{where}: a place needs kinds")
    if start is None or end is None:
        return None
    if end < start:
        problems.append(f"{where}: end {end} is before start {start}")
        return None
    return Anchor(ident, start, end, aliases, references, place, kinds)


def parse_profile(raw: Any, source: str) -> ConflictProfile:
    """Validate one profile; all problems are reported together, naming the file."""
    if not isinstance(raw, dict):
        raise RuleError(f"{source}: expected a mapping at the top level")
    problems: list[str] = []
    name = raw.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        problems.append(f"name: expected a lowercase name like 'russia-ukraine', got {name!r}")
    unknown = set(raw) - {"name", "title", "aliases", "countries", "codes", "start", "anchors"}
    if unknown:
        problems.append(f"unknown keys {sorted(unknown)}")
    countries = _strings(raw.get("countries"), "countries", problems)
    codes = _strings(raw.get("codes"), "codes", problems)
    for code in (*countries, *codes):
        if not _CODE.match(code):
            problems.append(f"countries/codes: {code!r} is not an actor code")
    if not countries:
        problems.append("countries: list the belligerent states (ISO alpha-3)")
    aliases = _strings(raw.get("aliases"), "aliases", problems)
    start = _date(raw.get("start"), "start", problems)
    anchors_raw = raw.get("anchors")
    anchors: list[Anchor] = []
    if not isinstance(anchors_raw, list):
        problems.append("anchors: expected a list")
    else:
        for i, item in enumerate(anchors_raw):
            anchor = _anchor(item, f"anchors[{i}]", problems)
            if anchor is not None:
                anchors.append(anchor)
        ids = Counter(a.id for a in anchors)
        problems.extend(f"anchors[{i}]: duplicate id" for i, n in ids.items() if n > 1)
    if problems or start is None:
        raise RuleError(f"{source}: " + "; ".join(problems))
    return ConflictProfile(
        name=str(name),
        title=str(raw.get("title") or name),
        aliases=aliases,
        countries=frozenset(countries),
        codes=frozenset(codes),
        start=start,
        anchors=tuple(anchors),
        source=source,
    )


def load_profile(path: Path) -> ConflictProfile:
    return parse_profile(read_yaml(path), str(path))


def profile_dirs() -> list[Path]:
    extra = os.environ.get(ENV_VAR, "")
    return [PROFILE_DIR, *(Path(p) for p in extra.split(os.pathsep) if p.strip())]


@lru_cache(maxsize=8)
def _load_all(dirs: tuple[Path, ...]) -> dict[str, ConflictProfile]:
    profiles: dict[str, ConflictProfile] = {}
    for directory in dirs:
        if not directory.is_dir():
            raise RuleError(f"{directory}: {ENV_VAR} names a directory that does not exist")
        for path in sorted(directory.glob("*.y*ml")):
            profile = load_profile(path)
            if profile.name in profiles:
                raise RuleError(
                    f"{path}: profile {profile.name!r} already defined in "
                    f"{profiles[profile.name].source}"
                )
            profiles[profile.name] = profile
    return profiles


def all_profiles() -> dict[str, ConflictProfile]:
    """Every shipped and user profile by name (cached per ``PARLEY_PROFILES`` value)."""
    return _load_all(tuple(profile_dirs()))


def get_profile(name: str) -> ConflictProfile:
    """A profile by name or alias; an unknown name lists the known ones."""
    profiles = all_profiles()
    key = name.strip().lower()
    for profile in profiles.values():
        if key == profile.name or key in (a.lower() for a in profile.aliases):
            return profile
    raise RuleError(f"unknown conflict profile {name!r}; known: {', '.join(sorted(profiles))}")


def select_profile(ctx: DocContext, name: str | None = None) -> ConflictProfile | None:
    """The named profile, else the one whose belligerents the document mentions most.

    Automatic choice needs ``MIN_MENTIONS`` mentions of a profile's belligerents and a
    clear winner (ties give None); mediators and outside powers are not counted.
    """
    if name:
        return get_profile(name)
    if not ctx.mentions:
        return None
    scores: Counter[str] = Counter()
    for profile in all_profiles().values():
        if ctx.when is not None and ctx.when < profile.start:
            continue
        for mention in ctx.mentions:
            actor = mention.actor
            if actor.country in profile.countries or actor.code in profile.codes:
                scores[profile.name] += 1
    ranked = scores.most_common(2)
    if not ranked or ranked[0][1] < MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return all_profiles()[ranked[0][0]]
