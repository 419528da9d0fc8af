"""Time-aware linking: a person's code is the office they hold on the date in question.

Bennett in March 2022 acts for the Israeli government (ISRGOV); in 2023 he is a former
prime minister (ISRELI). Collective actors (states, organisations, groups) do not change.
"""

from __future__ import annotations

from datetime import date

from parley.actors.dictionary import Dictionary, Person, Role, active_dictionary
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


def _role_on(person: Person, when: date | None) -> Role | None:
    if when is None:
        current = [r for r in person.roles if r.end is None]
        return current[-1] if current else None
    held = [r for r in person.roles if r.holds(when)]
    return held[-1] if held else None


def person_code(person: Person, when: date | None, former: bool = False,
                title: str | None = None) -> tuple[str, str | None]:
    """(code, role) of ``person`` on ``when``; ``former`` forces the former-office code.

    "former" negates the office it is said of: "former Nigerian president X" is still X in
    the office X holds on ``when`` when that office is another one (an AU envoy).
    """
    role = _role_on(person, when)
    if former and (title is None or role is None or title.lower() in role.role.lower()):
        role = None
    if role is not None:
        return role.code, role.role
    first = person.roles[0] if person.roles else None
    if when is not None and first is not None and first.start and when < first.start:
        return person.before or f"{person.country}ELI", None
    past = [r for r in person.roles if r.end is not None and (when is None or r.end < when)]
    last = past[-1] if past else (person.roles[-1] if person.roles else None)
    return person.after or f"{person.country}ELI", (f"former {last.role}" if last else None)


def person_actor(person: Person, when: date | None, former: bool = False,
                 title: str | None = None, dictionary: Dictionary | None = None) -> Actor:
    """``person`` as an actor on ``when``, grouped by ``dictionary`` (default: the active one)."""
    code, role = person_code(person, when, former, title)
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


def relink(actor: Actor, when: date | None, dictionary: Dictionary | None = None,
           until: date | None = None) -> Actor:
    """The same actor as of ``when``: people get the code of the office held then.

    With ``until`` the date is a span ("in 2024", "2011-2020"): a person whose office
    changes within it keeps the link made at the document date, since the span's start
    says nothing about which office they acted in.
    """
    if actor.kind != "person" or not actor.name:
        return actor
    d = dictionary or active_dictionary()
    person = d.people.get(actor.name)
    if person is None:
        return actor
    former = bool(actor.role and actor.role.startswith("former") and when is None)
    code, role = person_code(person, when, former)
    if until is not None and until != when and person_code(person, until, former)[0] != code:
        return actor
    return actor.model_copy(update={"code": code, "country": group_of(code, d), "role": role})
