"""Actor dictionaries: load the YAML rule data, validate it, merge user extensions.

The shipped files live in ``actors/data``; users add or override entries with their own
YAML files in the same format (``--actors FILE`` or ``PARLEY_ACTORS``). Every problem in
a file is reported at once, naming the file and the entry, as a ``RuleError``.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, TypeGuard

import yaml

from parley.datafiles import SAFE_LOADER, read_yaml
from parley.errors import RuleError

DATA_DIR = Path(__file__).parent / "data"


class _Loader(SAFE_LOADER):
    """Safe loader (C when available) that keeps dates as strings: we validate them."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_LOADER = _Loader
SHIPPED = ("states.yaml", "organisations.yaml", "groups.yaml", "people.yaml", "heads.yaml",
           "places.yaml")
ENV_VAR = "PARLEY_ACTORS"
SECTIONS = ("states", "organisations", "groups", "people", "places", "government", "military",
            "titles")

# Surface labels: what a matched string can denote.
NAME, DEMONYM, PLURAL, CAPITAL, SEAT = "name", "demonym", "plural", "capital", "seat"
GOVBODY, MILBODY, ORG, GROUP, GROUPADJ = "govbody", "milbody", "org", "group", "groupadj"
LOCALBODY = "localbody"  # a body named like other states' ones: only in a story about its state
PERSON, SHORT = "person", "short"
MODIFIERS = frozenset({NAME, DEMONYM, CAPITAL, SEAT, ORG, GROUP, GROUPADJ})
ROLE_FIELDS = frozenset({"code", "role", "from", "to", "elected"})


EntityKind = Literal["state", "organisation", "group"]


@dataclass(frozen=True)
class Role:
    code: str
    role: str
    start: date | None
    end: date | None
    elected: date | None = None  # elected or designated: "-elect" from here until ``start``

    def holds(self, when: date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass(frozen=True)
class Person:
    name: str
    country: str
    roles: tuple[Role, ...]
    before: str | None = None
    after: str | None = None


@dataclass(frozen=True)
class Entity:
    """A state, organisation or armed group: what non-person surfaces point to."""

    code: str
    country: str
    name: str
    kind: EntityKind
    governs: str | None = None  # a group that became its state's de facto government ...
    governs_from: date | None = None  # ... on this date (the Taliban: AFG, 2021-08-15)
    # a region's own authority (Puntland, Jubaland): a party in talks, never what "the
    # rebels", "the militants" or "the group" point back to
    regional: bool = False


@dataclass
class Dictionary:
    """Everything recognition and linking need, indexed by surface form."""

    entities: dict[str, Entity] = field(default_factory=dict)  # code → entity
    people: dict[str, Person] = field(default_factory=dict)  # name → person
    surfaces: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # → [(label, key)]
    heads: dict[str, str] = field(default_factory=dict)  # lowercase phrase → gov|mil|tgov|tmil
    places: dict[str, tuple[str, str]] = field(default_factory=dict)  # casefold → (name, ISO3)
    fights: dict[str, str] = field(default_factory=dict)  # group code → state it fights
    # lowercase collective adjective → organisations it may stand for ("african" → AU):
    # "African mediators" are the AU only in a text that names the AU (events.roles)
    regions: dict[str, list[str]] = field(default_factory=dict)
    # lowercase description → states it may stand for ("the sultanate" → OMN): "the
    # kingdom" is the last state named that is one (actors.anaphora)
    descriptions: dict[str, list[str]] = field(default_factory=dict)
    fingerprint: str = ""

    def add_surface(self, text: str, label: str, key: str) -> None:
        forms = {text}
        if text.startswith("the "):
            forms.add("The " + text[4:])
        elif text[:1].islower():  # "al-Sharaa", "de Mistura" opening a sentence
            forms.add(text[0].upper() + text[1:])
        folded = _fold(text)
        if folded != text:
            forms.add(folded)
        for form in forms:
            items = self.surfaces.setdefault(form, [])
            items[:] = [(lab, k) for lab, k in items if lab != label]  # later files override
            items.append((label, key))


def _fold(text: str) -> str:
    """ASCII-fold diacritics so "Erdoğan" also matches "Erdogan"."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.replace("ı", "i").replace("İ", "I"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class _Problems:
    """Collects every validation problem of a file before raising once."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.items: list[str] = []

    def add(self, where: str, what: str) -> None:
        self.items.append(f"{where}: {what}")

    def raise_if_any(self) -> None:
        if self.items:
            raise RuleError(f"{self.path}: invalid actor data:\n  " + "\n  ".join(self.items))


def _strings(value: Any, where: str, problems: _Problems, key: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.add(where, f"`{key}` must be a list of non-empty strings")
        return []
    return value


def _date(value: Any, where: str, problems: _Problems) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        problems.add(where, f"bad date {value!r} (use YYYY-MM-DD)")
        return None


def _code_ok(code: Any) -> TypeGuard[str]:
    """Whether ``code`` is a well-formed actor code (narrows it to ``str`` for the caller)."""
    return isinstance(code, str) and code.isalnum() and code.isupper() and 2 <= len(code) <= 9


def _load_entities(d: Dictionary, items: Any, kind: EntityKind, problems: _Problems) -> None:
    section = {"state": "states", "organisation": "organisations", "group": "groups"}[kind]
    if not isinstance(items, list):
        problems.add(section, "must be a list")
        return
    for n, item in enumerate(items, 1):
        where = f"{section}[{n}]"
        if not isinstance(item, dict):
            problems.add(where, "must be a mapping")
            continue
        code = item.get("code")
        where = f"{section}[{n}] ({code})"
        if not _code_ok(code):
            problems.add(where, "`code` must be upper-case letters/digits (e.g. RUS, SDNRSF)")
            continue
        allowed = {"code", "country", "names", "demonyms", "capitals", "seats", "government",
                   "local_government", "military", "adjectives", "fights", "governs",
                   "regions", "regional", "descriptions"}
        for extra in sorted(set(item) - allowed):
            problems.add(where, f"unknown field `{extra}`")
        names = _strings(item.get("names"), where, problems, "names")
        if not names:
            problems.add(where, "`names` must list at least one name")
            continue
        if kind == "state" and len(code) != 3:
            problems.add(where, "a state code is ISO 3166 alpha-3 (three letters)")
        country = item.get("country") or code
        if kind == "group" and not _code_ok(item.get("country")):
            problems.add(where, "a group needs `country` (ISO alpha-3 of its state)")
        governs, since = _governs(item.get("governs"), kind, where, problems)
        regional = item.get("regional", False)
        if regional is not False and (kind != "group" or regional is not True):
            problems.add(where, "`regional: true` is for groups (a region's own authority)")
            regional = False
        d.entities[code] = Entity(code=code, country=country, name=names[0], kind=kind,
                                  governs=governs, governs_from=since, regional=regional)
        fights = item.get("fights")
        if fights is not None:
            if kind != "group" or not (fights == "none" or (_code_ok(fights) and len(fights) == 3)):
                problems.add(where, "`fights` is for groups: an ISO alpha-3 code or `none`")
            else:
                d.fights[code] = "" if fights == "none" else fights
        # words that stand for the entity: "African (mediators)" → AU, "the sultanate" → OMN
        for key, index, only in (("regions", d.regions, "organisation"),
                                 ("descriptions", d.descriptions, "state")):
            words = _strings(item.get(key), where, problems, key)
            if words and kind != only:
                problems.add(where, f"`{key}` is for {only}s")
            for word in words:
                codes = index.setdefault(word.lower(), [])
                if code not in codes:
                    codes.append(code)
        main = {"state": NAME, "organisation": ORG, "group": GROUP}[kind]
        for name in names:
            d.add_surface(name, main, code)
        for demonym in _strings(item.get("demonyms"), where, problems, "demonyms"):
            d.add_surface(demonym, DEMONYM, code)
            if demonym.endswith(("an", "i")):
                d.add_surface(demonym + "s", PLURAL, code)
        for label, key in ((CAPITAL, "capitals"), (SEAT, "seats"), (GOVBODY, "government"),
                           (LOCALBODY, "local_government"), (MILBODY, "military"),
                           (GROUPADJ, "adjectives")):
            for text in _strings(item.get(key), where, problems, key):
                d.add_surface(text, label, code)


def _governs(value: Any, kind: EntityKind, where: str,
             problems: _Problems) -> tuple[str | None, date | None]:
    """``governs: {state: AFG, from: 2021-08-15}``: from that date the group is the state's
    de facto government, so its mentions are coded ``<state>GOV``."""
    if value is None:
        return None, None
    state = value.get("state") if isinstance(value, dict) else None
    if kind != "group" or not (_code_ok(state) and len(state) == 3) or not value.get("from"):
        problems.add(where, "`governs` is for groups: {state: ISO alpha-3, from: YYYY-MM-DD}")
        return None, None
    return state, _date(value.get("from"), where, problems)


def _load_people(d: Dictionary, items: Any, problems: _Problems) -> None:
    if not isinstance(items, list):
        problems.add("people", "must be a list")
        return
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            problems.add(f"people[{n}]", "must be a mapping with a `name`")
            continue
        name = item["name"]
        where = f"people[{n}] ({name})"
        allowed = {"name", "country", "aliases", "short", "roles", "before", "after"}
        for extra in sorted(set(item) - allowed):
            problems.add(where, f"unknown field `{extra}`")
        country = item.get("country")
        if not (_code_ok(country) and len(country) == 3):
            problems.add(where, "`country` must be an ISO alpha-3 code")
            continue
        roles: list[Role] = []
        raw_roles = item.get("roles")
        if not isinstance(raw_roles, list) or not raw_roles:
            problems.add(where, "`roles` must list at least one role")
            continue
        for m, raw in enumerate(raw_roles, 1):
            rwhere = f"{where} role {m}"
            if not isinstance(raw, dict) or not _code_ok(raw.get("code")):
                problems.add(rwhere, "needs a `code` such as RUSGOV")
                continue
            for extra in sorted(set(raw) - ROLE_FIELDS, key=str):
                # an unquoted comma in a flow mapping ("role: A, B") makes a stray key
                problems.add(rwhere, f"unknown field `{extra}` (quote a role with a comma)")
            start = _date(raw.get("from"), rwhere, problems)
            end = _date(raw.get("to"), rwhere, problems)
            elected = _date(raw.get("elected"), rwhere, problems)
            if start and end and end < start:
                problems.add(rwhere, "`to` is before `from`")
            if elected and (start is None or start < elected):
                problems.add(rwhere, "`elected` needs a later `from`")
            roles.append(Role(raw["code"], str(raw.get("role") or ""), start, end, elected))
        for key in ("before", "after"):
            if item.get(key) is not None and not _code_ok(item.get(key)):
                problems.add(where, f"`{key}` must be a code")
        roles.sort(key=lambda r: r.start or date.min)
        d.people[name] = Person(name, country, tuple(roles), item.get("before"), item.get("after"))
        for text in [name, *_strings(item.get("aliases"), where, problems, "aliases")]:
            d.add_surface(text, PERSON, name)
        for text in _strings(item.get("short"), where, problems, "short"):
            d.add_surface(text, SHORT, name)


def _load_heads(d: Dictionary, data: dict[str, Any], problems: _Problems) -> None:
    for key, label in (("government", "gov"), ("military", "mil")):
        for text in _strings(data.get(key), key, problems, key):
            d.heads[text.lower()] = label
    titles = data.get("titles")
    if titles is None:
        return
    if not isinstance(titles, dict):
        problems.add("titles", "must map `government`/`military` to lists")
        return
    for key, label in (("government", "tgov"), ("military", "tmil")):
        for text in _strings(titles.get(key), f"titles.{key}", problems, key):
            d.heads[text.lower()] = label


def _load_places(d: Dictionary, items: Any, problems: _Problems) -> None:
    if not isinstance(items, list):
        problems.add("places", "must be a list")
        return
    seen: set[str] = set()
    for n, item in enumerate(items, 1):
        name = item.get("name") if isinstance(item, dict) else None
        where = f"places[{n}] ({name})"
        if not isinstance(name, str) or not _code_ok(item.get("country")):
            problems.add(where, "needs `name` and an ISO alpha-3 `country`")
            continue
        if name in seen:
            problems.add(where, "duplicate place")
        seen.add(name)
        for text in [name, *_strings(item.get("aliases"), where, problems, "aliases")]:
            d.places[place_key(text)] = (name, item["country"])


def place_key(text: str) -> str:
    """The gazetteer key of a place name: folded, case-free, without a leading "the"."""
    key = _fold(" ".join(text.split())).casefold()
    return key[4:] if key.startswith("the ") else key


def load_file(d: Dictionary, path: Path) -> None:
    """Validate one YAML file and merge it into ``d`` (later files override earlier ones)."""
    data = read_yaml(path, _LOADER)
    if not isinstance(data, dict) or not data:
        raise RuleError(f"{path}: actor data must be a mapping with sections {SECTIONS}")
    problems = _Problems(path)
    for key in sorted(set(data) - set(SECTIONS)):
        problems.add(key, f"unknown section (expected one of {', '.join(SECTIONS)})")
    kinds: tuple[tuple[EntityKind, str], ...] = (
        ("state", "states"), ("organisation", "organisations"), ("group", "groups"))
    for kind, section in kinds:
        if section in data:
            _load_entities(d, data[section], kind, problems)
    if "people" in data:
        _load_people(d, data["people"], problems)
    _load_heads(d, data, problems)
    if "places" in data:
        _load_places(d, data["places"], problems)
    problems.raise_if_any()


def _expand(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted([*path.glob("*.yaml"), *path.glob("*.yml")]))
        elif path.exists():
            files.append(path)
        else:
            raise RuleError(f"{path}: actor file not found")
    return files


def env_paths() -> list[Path]:
    raw = os.environ.get(ENV_VAR, "")
    return [Path(p) for p in raw.split(os.pathsep) if p.strip()]


def _finish(d: Dictionary) -> Dictionary:
    for code, entity in d.entities.items():
        if entity.kind == "state":
            d.places.setdefault(place_key(entity.name), (entity.name, code))
    for surface, items in d.surfaces.items():
        for label, key in items:
            if label in (CAPITAL, SEAT, NAME):
                d.places.setdefault(place_key(surface), (surface.removeprefix("the ")
                                                          .removeprefix("The "), key))
    digest = hashlib.sha1(repr(sorted(d.surfaces.items())).encode())
    digest.update(repr(sorted(d.people.items())).encode())
    digest.update(repr(sorted(d.fights.items())).encode())
    digest.update(repr(sorted(d.heads.items())).encode())  # the head matcher is built from them
    d.fingerprint = digest.hexdigest()[:12]
    return d


@lru_cache(maxsize=8)
def _load(files: tuple[Path, ...]) -> Dictionary:
    d = Dictionary()
    for path in files:
        load_file(d, path)
    return _finish(d)


def load_dictionaries(extra: list[Path] | None = None) -> Dictionary:
    """Shipped dictionaries plus ``extra`` files/dirs plus ``PARLEY_ACTORS`` (cached)."""
    files = [DATA_DIR / name for name in SHIPPED]
    files += _expand([*env_paths(), *(Path(p) for p in (extra or []))])
    return _load(tuple(files))


_active_extra: list[Path] = []


def use_dictionaries(extra: list[Path] | None) -> Dictionary:
    """Make ``extra`` files part of every later recognition (what ``--actors`` calls)."""
    _active_extra[:] = [Path(p) for p in (extra or [])]
    return active_dictionary()


def active_dictionary() -> Dictionary:
    """The dictionary recognition and linking use now (called per mention, so memoised)."""
    return _active(os.environ.get(ENV_VAR, ""), tuple(_active_extra))


@lru_cache(maxsize=8)
def _active(env: str, extra: tuple[Path, ...]) -> Dictionary:
    # ``env`` is only part of the key: a changed PARLEY_ACTORS is picked up, while the
    # files are listed and stat'ed once rather than at every call.
    return load_dictionaries(list(extra))
