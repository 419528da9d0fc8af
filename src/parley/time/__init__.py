"""Time: temporal expressions → intervals; conflict profiles with anchor events.

``find_timexes`` finds and resolves every expression of a document, ``date_for`` dates
an event or claim from its trigger token, ``select_profile`` picks the conflict whose
anchor events ("the invasion", "the Istanbul talks") expressions may count from, and
``normalise`` turns one expression into an interval (for tests and other stages).
"""

from __future__ import annotations

from datetime import date

from parley.records import DateInterval
from parley.time.attach import date_for, find_timexes
from parley.time.expressions import normalise as _normalise
from parley.time.profiles import ConflictProfile, all_profiles, get_profile, select_profile

__all__ = [
    "ConflictProfile",
    "all_profiles",
    "date_for",
    "find_timexes",
    "get_profile",
    "normalise",
    "select_profile",
]


def normalise(
    text: str, ref: date | None, profile: ConflictProfile | str | None = None
) -> DateInterval | None:
    """The interval ``text`` denotes relative to ``ref`` (a profile object or name)."""
    if isinstance(profile, str):
        profile = get_profile(profile)
    return _normalise(text, ref, profile)
