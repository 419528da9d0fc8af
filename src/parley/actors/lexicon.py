"""Cue words of actor recognition, read from ``data/cues.yaml``.

The words around a name that decide how it is used ("talks in Moscow", "the UN envoy for
Yemen", "the Kyiv Independent"), the descriptions that point back to an actor ("the
rebels", "the mediators") and the words of names no dictionary lists ("... Liberation
Army") are rule data, kept out of the code. The file is validated once, on first use: every
list present and no other, each a list of non-empty strings, lower case unless it lists
capitalised name words; all problems are reported at once as a ``RuleError``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from parley.actors.dictionary import _LOADER, DATA_DIR
from parley.datafiles import read_yaml
from parley.errors import RuleError

CUES_FILE = DATA_DIR / "cues.yaml"
# Lists of capitalised words of names, matched against a token's text as written.
CASED = frozenset({"armed_heads", "flavoured_heads", "political_heads", "flavour",
                   "armed_words", "not_actors", "generic", "state_army_heads"})


@dataclass(frozen=True)
class CueWords:
    """One set per list of ``cues.yaml`` (the comments there say what each list is for)."""

    honorifics: frozenset[str]
    compass: frozenset[str]
    portion_words: frozenset[str]
    locative: frozenset[str]
    motion: frozenset[str]
    arrival_verbs: frozenset[str]
    motion_adverbs: frozenset[str]
    place_nouns: frozenset[str]
    topic_nouns: frozenset[str]
    posted: frozenset[str]
    departures: frozenset[str]
    conquest: frozenset[str]
    attack_nouns: frozenset[str]
    backed: frozenset[str]
    acting_parts: frozenset[str]
    pair_nouns: frozenset[str]
    bloc_nouns: frozenset[str]
    city_nouns: frozenset[str]
    media_words: frozenset[str]
    media_nouns: frozenset[str]
    outlet_nouns: frozenset[str]
    mediator_heads: frozenset[str]
    mediator_nouns: frozenset[str]
    mediators_before_names: frozenset[str]
    mediating_verbs: frozenset[str]
    mediating_parts: frozenset[str]
    group_nouns: frozenset[str]
    allegiance: frozenset[str]
    org_nouns: frozenset[str]
    either_nouns: frozenset[str]
    name_heads: frozenset[str]
    home_gov: frozenset[str]
    home_mil: frozenset[str]
    premodifiers: frozenset[str]
    qualifiers: frozenset[str]
    deputy_words: frozenset[str]
    party_heads: frozenset[str]
    cabinet_plurals: frozenset[str]
    title_premodifiers: frozenset[str]
    stand_in_words: frozenset[str]
    postings: frozenset[str]
    former: frozenset[str]
    nationals: frozenset[str]
    sides_heads: frozenset[str]
    of_state_heads: frozenset[str]  # with home_gov and home_mil
    elect_suffixes: frozenset[str]
    elect_words: frozenset[str]  # with elect_suffixes
    lead_verbs: frozenset[str]
    delegation_nouns: frozenset[str]
    armed_heads: frozenset[str]
    flavoured_heads: frozenset[str]
    political_heads: frozenset[str]
    flavour: frozenset[str]
    armed_words: frozenset[str]  # with armed_heads
    not_actors: frozenset[str]
    generic: frozenset[str]
    state_army_heads: frozenset[str]

    @property
    def name_phrase_words(self) -> int:
        """Longest phrase, in words, that a back-reference can be ("mediating states")."""
        lists = (self.mediator_nouns, self.group_nouns, self.org_nouns, self.either_nouns,
                 self.home_gov, self.home_mil)
        return max(len(phrase.split()) for words in lists for phrase in words)


def parse_cue_words(raw: Any, source: str | Path) -> CueWords:
    """Validate the mapping read from ``cues.yaml`` and build the sets (with the unions
    its comments describe: the home heads count as "of <state>" heads, and so on)."""
    if not isinstance(raw, dict):
        raise RuleError(f"{source}: cue words must be a mapping of list names to word lists")
    names = [f.name for f in fields(CueWords)]
    problems = [f"{key}: unknown list" for key in sorted(set(raw) - set(names), key=str)]
    problems += [f"{key}: missing list" for key in names if key not in raw]
    sets: dict[str, frozenset[str]] = {}
    for key in names:
        words = raw.get(key)
        if key not in raw:
            continue
        if not isinstance(words, list) or not words or not all(
                isinstance(w, str) and w.strip() for w in words):
            problems.append(f"{key}: must be a non-empty list of non-empty strings (quote "
                            "words YAML reads otherwise, such as \"on\" or \"24\")")
            continue
        if key not in CASED and (upper := [w for w in words if w != w.lower()]):
            problems.append(f"{key}: lower-case words only ({', '.join(upper)})")
        if len(set(words)) != len(words):
            problems.append(f"{key}: a word is listed twice")
        sets[key] = frozenset(words)
    if problems:
        raise RuleError(f"{source}: invalid cue words:\n  " + "\n  ".join(problems))
    sets["of_state_heads"] |= sets["home_gov"] | sets["home_mil"]
    sets["elect_words"] |= sets["elect_suffixes"]
    sets["armed_words"] |= sets["armed_heads"]
    return CueWords(**sets)


@lru_cache(maxsize=1)
def cue_words() -> CueWords:
    """The shipped cue words, read and validated on first use."""
    return parse_cue_words(read_yaml(CUES_FILE, _LOADER), CUES_FILE)
