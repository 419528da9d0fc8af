"""Gazetteer of places where talks happen: capitals, countries and venue cities.

``lookup_place`` accepts any text ("Istanbul", "the Vatican", "Moscow", "Belarus") so the
events stage can turn "talks in X" into a ``Location``; whether a capital is an actor or a
place in a given sentence is decided by recognition (``cues.is_place``).
"""

from __future__ import annotations

from parley.actors.dictionary import active_dictionary, place_key
from parley.records import Location


def lookup_place(text: str) -> Location | None:
    """The place named by ``text`` (case-, diacritic- and "the"-insensitive), else None."""
    key = place_key(text.strip().rstrip(".,;:"))
    if key.endswith(("'s", "’s")):
        key = key[:-2]
    found = active_dictionary().places.get(key)
    if found is None:
        return None
    name, country = found
    return Location(name=name, country=country)
