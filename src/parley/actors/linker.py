"""Time-aware linking: a person's code is the office they hold on the date in question.

Bennett in March 2022 acts for the Israeli government (ISRGOV); in 2023 he is a former
prime minister (ISRELI). Collective actors (states, organisations, groups) do not change.
"""

from __future__ import annotations

from datetime import date

from parley.actors.dictionary import Dictionary, Entity, Person, Role, active_dictionary
from parley.records import Actor

# CAMEO sector suffixes: "AUTHOR" must not become Austria ("AUT" + "HOR").
SECTORS = frozenset({"GOV", "MIL", "ELI", "BUS", "LEG", "OPP", "CVL", "REB", "JUD", "MED", "EDU",
                     "NGO", "IGO", "SPY", "COP", "PTY", "REF", "HLH", "LAB", "AGR", "CRM", "INS",
                     "UAF", "RAD", "SEP", "REL"})


def group_of(code: str, dictionary: Dictionary | None = None) -> str:
    """The comparison group of a code: its state or organisation (RUSGOV → RUS, UNSC → UN)."""
    d = dictionary or active_dictionary()
    entity = d.entities.get(code)
    if entity is not None:
        return entity.country
    head = code[:3]
    known_state = head in d.entities and d.entities[head].kind == "state"
    if known_state and code[3:6] in SECTORS:
        return head
    return code


def governing(entity: Entity, when: date | None) -> bool:
    """Whether a group is its state's de facto government on ``when`` (None: today)."""
    if entity.governs is None:
        return False
    return when is None or entity.governs_from is None or entity.governs_from <= when


def collective_actor(entity: Entity, when: date | None, sector: str | None = None) -> Actor:
    """A state, organisation or group as an actor on ``when``; a state with ``sector`` is
    ``<ISO3><sector>``. A group that governs on ``when`` is its state's government (or,
    with ``sector`` MIL, military): after August 2021 "the Taliban" are ``AFGGOV``."""
    if entity.kind == "group" and entity.governs and governing(entity, when):
        code = entity.governs + ("MIL" if sector == "MIL" else "GOV")
        return Actor(code=code, country=entity.governs, name=entity.name, kind="state")
    if entity.kind == "state" and sector:
        return Actor(code=entity.code + sector, country=entity.code, name=entity.name,
                     kind="state")
    return Actor(code=entity.code, country=entity.country, name=entity.name, kind=entity.kind)


def _role_on(person: Person, when: date | None) -> Role | None:
    if when is None:
        current = [r for r in person.roles if r.end is None]
        return current[-1] if current else None
    held = [r for r in person.roles if r.holds(when)]
    return held[-1] if held else None


def _upcoming(person: Person, when: date | None, elect: bool,
              title: str | None) -> Role | None:
    """The office ``person`` was elected or designated to but has not taken up on ``when``.

    Dictionary data says so (a role's ``elected`` date), and so does the text ("President-
    elect X", "Prime Minister-designate X", "incoming president X"): then the next role
    (with that title, if given) that starts after ``when``.
    """
    if when is None:
        return None
    later = [r for r in person.roles if r.start is not None and when < r.start]
    for role in later:
        if role.elected is not None and role.elected <= when:
            return role
    if not elect:
        return None
    wanted = (title or "").lower()
    fitting = [r for r in later if not wanted or wanted in r.role.lower()]
    return fitting[0] if fitting else None


def elect_code(person: Person, role: Role) -> str:
    """An elected person's code before taking office: not a former official, but the code
    they had before any office (``before``, e.g. a party) or ``<country>ELI`` after one."""
    first = person.roles[0] if person.roles else None
    if first is role and person.before:
        return person.before
    return f"{person.country}ELI"


def person_code(person: Person, when: date | None, former: bool = False,
                title: str | None = None, elect: bool = False) -> tuple[str, str | None]:
    """(code, role) of ``person`` on ``when``; ``former`` forces the former-office code.

    "former" negates the office it is said of: "former Nigerian president X" is still X in
    the office X holds on ``when`` when that office is another one (an AU envoy). Someone
    elected but not yet in office (``elect``, or a role's ``elected`` date) gets the office's
    code only from its start; before it, ``elect_code`` with the role "<office>-elect".
    """
    role = _role_on(person, when)
    if former and (title is None or role is None or title.lower() in role.role.lower()):
        role = None
    if role is not None:
        return role.code, role.role
    if not former and (coming := _upcoming(person, when, elect, title)) is not None:
        return elect_code(person, coming), f"{coming.role}-elect"
    first = person.roles[0] if person.roles else None
    if when is not None and first is not None and first.start and when < first.start:
        return person.before or f"{person.country}ELI", None
    past = [r for r in person.roles if r.end is not None and (when is None or r.end < when)]
    last = past[-1] if past else (person.roles[-1] if person.roles else None)
    return person.after or f"{person.country}ELI", (f"former {last.role}" if last else None)


def person_actor(person: Person, when: date | None, former: bool = False,
                 title: str | None = None, dictionary: Dictionary | None = None,
                 elect: bool = False) -> Actor:
    """``person`` as an actor on ``when``, grouped by ``dictionary`` (default: the active one)."""
    code, role = person_code(person, when, former, title, elect)
    return Actor(code=code, country=group_of(code, dictionary), name=person.name, kind="person",
                 role=role)


def office_holder(d: Dictionary, code: str, title: str, when: date | None) -> Person | None:
    """Who held ``title`` for ``code`` on ``when`` ("the Ukrainian president" → Zelensky)."""
    if when is None:
        return None
    wanted = title.lower()
    found = [p for p in d.people.values()
             for r in p.roles if r.code == code and r.role.lower() == wanted and r.holds(when)]
    return found[0] if len(found) == 1 else None


def office_then(person: Person, title: str, when: date | None) -> Role | None:
    """The office called ``title`` that ``person`` held at some time up to ``when`` ("then
    Israel's prime minister": the latest such role; exact titles before longer ones)."""
    wanted = title.lower()
    started = [r for r in person.roles if when is None or r.start is None or r.start <= when]
    for fits in (lambda r: r.role.lower() == wanted, lambda r: wanted in r.role.lower()):
        found = [r for r in started if fits(r)]
        if found:
            return found[-1]
    return None


def elect_holder(d: Dictionary, code: str, title: str, when: date | None) -> Person | None:
    """Who was elected to ``title`` for ``code`` but had not taken office on ``when`` ("the
    US president-elect" in December 2024): the holder of the next such role to start."""
    if when is None:
        return None
    wanted = title.lower()
    coming = sorted(((r.start, p) for p in d.people.values() for r in p.roles
                     if r.code == code and r.role.lower() == wanted and r.start
                     and when < r.start), key=lambda item: item[0])
    if not coming or (len(coming) > 1 and coming[1][0] == coming[0][0]):
        return None
    return coming[0][1]


def relink(actor: Actor, when: date | None, dictionary: Dictionary | None = None,
           until: date | None = None) -> Actor:
    """The same actor as of ``when``: people get the code of the office held then.

    With ``until`` the date is a span ("in 2024", "2011-2020"): a person whose office
    changes within it keeps the link made at the document date, since the span's start
    says nothing about which office they acted in.
    """
    if not actor.name:
        return actor
    d = dictionary or active_dictionary()
    if actor.kind != "person":
        return _relink_collective(actor, when, d, until)
    person = d.people.get(actor.name)
    if person is None:
        return actor
    former = bool(actor.role and actor.role.startswith("former") and when is None)
    elect = bool(actor.role and actor.role.endswith("-elect"))
    title = actor.role.removesuffix("-elect") if elect and actor.role else None
    code, role = person_code(person, when, former, title, elect)
    if until is not None and until != when and (
        person_code(person, until, former, title, elect)[0] != code
    ):
        return actor
    return actor.model_copy(update={"code": code, "country": group_of(code, d), "role": role})


def _relink_collective(actor: Actor, when: date | None, d: Dictionary,
                       until: date | None) -> Actor:
    """A group that came to govern, as of ``when``: the Taliban in 2020 are ``AFGTAL``."""
    entity = next((e for e in d.entities.values() if e.governs and e.name == actor.name), None)
    if entity is None:
        return actor
    sector = "MIL" if actor.code.endswith("MIL") else None
    if until is not None and until != when and governing(entity, when) != governing(entity,
                                                                                    until):
        return actor
    found = collective_actor(entity, when, sector)
    return actor.model_copy(update={"code": found.code, "country": found.country,
                                    "kind": found.kind})
