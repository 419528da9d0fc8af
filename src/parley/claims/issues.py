"""Issue and stance rules (``data/issues.yaml``): loaded once, validated, cached."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from parley.datafiles import read_yaml
from parley.errors import RuleError
from parley.records import Stance

if TYPE_CHECKING:
    from spacy.tokens import Span

STANCES = ("seeks", "rejects", "willing_to_forgo", "demands", "opposes")
DATA_FILE = Path(__file__).parent / "data" / "issues.yaml"


@dataclass(frozen=True)
class IssueRules:
    keywords: dict[str, list[tuple[str, tuple[str, ...]]]]  # first lemma → (issue, seq)
    verbs: dict[str, Stance]  # lemma → stance
    adjectives: dict[str, Stance]
    nouns: dict[str, Stance]
    phrasal: dict[tuple[str, str], Stance]  # (verb lemma, particle) → stance
    table_always: tuple[tuple[str, ...], ...]
    table_negated: tuple[tuple[str, ...], ...]
    exchange_nouns: frozenset[str]
    reversals: dict[str, frozenset[str]]  # issue → lemmas that undo it ("lift" sanctions)
    reversal_only: frozenset[tuple[str, ...]]  # keywords that count only when undone
    excluded_modifiers: dict[str, frozenset[str]]  # keyword lemma → modifiers that void it
    negating_nouns: frozenset[str]
    forgo_keywords: frozenset[tuple[str, ...]] = frozenset()  # "stay out of NATO"
    agent_keywords: frozenset[str] = frozenset()  # "the guarantor countries" name actors
    agent_heads: frozenset[str] = frozenset()
    persistence_verbs: frozenset[str] = frozenset()  # "the ceasefire would hold"
    causative_verbs: frozenset[str] = frozenset()  # "make the truce last"
    summary_nouns: frozenset[str] = frozenset()  # "..., a condition Kyiv rejected"
    judging_verbs: frozenset[str] = frozenset()  # "regards as unacceptable"
    recognition_words: frozenset[str] = frozenset()  # "recognise X as Russian"
    recognition_complements: frozenset[str] = frozenset()
    price_nouns: frozenset[str] = frozenset()  # "its price for releasing the captives"
    hostility_nouns: frozenset[str] = frozenset()  # "attacks", "the bombing campaign"
    ending_verbs: frozenset[str] = frozenset()  # "stop its bombing campaign": a ceasefire
    continuation_verbs: frozenset[str] = frozenset()  # "attacks would continue": none
    ending_nouns: frozenset[str] = frozenset()  # "an end to the attacks": a ceasefire
    topic_nouns: frozenset[str] = frozenset()  # "suspended talks over a ceasefire"
    release_words: frozenset[str] = frozenset()  # "free the women", "the release of all"
    person_nouns: frozenset[str] = frozenset()
    monitoring_verbs: frozenset[str] = frozenset()  # "would judge it by whether X left"
    harm_verbs: frozenset[str] = frozenset()  # "exports hampered by sanctions"
    vowing_words: frozenset[str] = frozenset()  # "vowed to continue the war"
    framing_verbs: frozenset[str] = frozenset()  # "set X as a precondition"
    arms_verbs: frozenset[tuple[str, ...]] = frozenset()  # "hand over", "surrender"
    arms_nouns: frozenset[str] = frozenset()
    inverse_keywords: dict[str, frozenset[tuple[str, ...]]] | None = None  # "presence"
    place_keywords: frozenset[str] = frozenset()  # "in the territory" is a place
    locative_prepositions: frozenset[str] = frozenset()
    substitute_nouns: frozenset[str] = frozenset()  # "as a substitute for a ceasefire"
    guarantee_verbs: frozenset[str] = frozenset()  # "its security were guaranteed"
    guaranteed_nouns: frozenset[str] = frozenset()
    accusation_verbs: frozenset[str] = frozenset()  # "accused X of failing to withdraw"
    failure_verbs: frozenset[str] = frozenset()
    binding_verbs: frozenset[str] = frozenset()  # "committed the RSF to a ceasefire"
    own_side_keywords: frozenset[str] = frozenset()  # "agreed to disarm": a concession
    condition_nouns: frozenset[str] = frozenset()  # "conditions for a ceasefire"
    object_only_verbs: frozenset[str] = frozenset()  # "keep X", not "keep saying"
    excluded_heads: dict[str, frozenset[str]] | None = None  # "come to Ukraine's aid"
    excluded_compound_heads: dict[str, frozenset[str]] | None = None  # "border trade"


def _known_keywords(
    raw: dict[str, Any], key: str, known: set[tuple[str, ...]], path: Path
) -> frozenset[tuple[str, ...]]:
    """A list of issue keywords that must each be a keyword of the file."""
    found = set()
    for n, w in enumerate(_list(raw.get(key), key, path)):
        seq = _seq(w, f"{key}[{n}]", path)
        if seq not in known:
            raise RuleError(f"{path}: {key}[{n}]: {w!r} is not an issue keyword")
        found.add(seq)
    return frozenset(found)


def _word_map(mapping: dict[Any, Any], key: str, path: Path) -> dict[str, frozenset[str]]:
    """A word → word-list mapping ("border: [trade, crossing]"), each a single lemma."""
    return {
        _seq(k, key, path)[0]: frozenset(
            _seq(w, f"{key}.{k}[{n}]", path)[0]
            for n, w in enumerate(_list(words, f"{key}.{k}", path)))
        for k, words in mapping.items()
    }


def _seq(value: Any, where: str, path: Path) -> tuple[str, ...]:
    if not isinstance(value, str) or not value.strip():
        raise RuleError(f"{path}: {where}: expected a non-empty string, got {value!r}")
    return tuple(value.lower().split())


def _list(value: Any, where: str, path: Path) -> list[Any]:
    if not isinstance(value, list) or not value:
        raise RuleError(f"{path}: {where}: expected a non-empty list")
    return value


WORD_LISTS = ("agent_keywords", "agent_heads", "persistence_verbs", "causative_verbs",
              "summary_nouns", "judging_verbs", "recognition_words", "recognition_complements",
              "price_nouns", "hostility_nouns", "ending_verbs", "continuation_verbs",
              "ending_nouns", "topic_nouns", "release_words", "person_nouns",
              "monitoring_verbs", "harm_verbs", "vowing_words", "framing_verbs", "arms_nouns",
              "place_keywords", "locative_prepositions", "substitute_nouns", "guarantee_verbs",
              "guaranteed_nouns", "accusation_verbs", "failure_verbs", "binding_verbs",
              "own_side_keywords", "condition_nouns", "object_only_verbs")


def _words(raw: dict, key: str, path: Path) -> frozenset[str]:
    """A list of single lower-case words (one lemma each)."""
    out = set()
    for n, w in enumerate(_list(raw.get(key), key, path)):
        seq = _seq(w, f"{key}[{n}]", path)
        if len(seq) != 1:
            raise RuleError(f"{path}: {key}[{n}]: one word only")
        out.add(seq[0])
    return frozenset(out)


def parse_rules(raw: Any, path: Path = DATA_FILE) -> IssueRules:
    """Validate the file's structure; errors name the file and the entry."""
    if not isinstance(raw, dict):
        raise RuleError(f"{path}: top level must be a mapping")
    for key in ("issues", "stances", "phrasal", "table_phrases"):
        if not isinstance(raw.get(key), dict):
            raise RuleError(f"{path}: {key}: expected a mapping")
    keywords: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for issue, words in raw["issues"].items():
        for n, word in enumerate(_list(words, f"issues.{issue}", path)):
            seq = _seq(word, f"issues.{issue}[{n}]", path)
            keywords.setdefault(seq[0], []).append((str(issue), seq))
    for entries in keywords.values():
        entries.sort(key=lambda e: -len(e[1]))
    by_pos: dict[str, dict[str, Stance]] = {"verbs": {}, "adjectives": {}, "nouns": {}}
    for stance, groups in raw["stances"].items():
        if stance not in STANCES:
            raise RuleError(f"{path}: stances.{stance}: not one of {', '.join(STANCES)}")
        if not isinstance(groups, dict):
            raise RuleError(f"{path}: stances.{stance}: expected verbs/adjectives/nouns")
        for pos, words in groups.items():
            if pos not in by_pos:
                raise RuleError(f"{path}: stances.{stance}.{pos}: unknown word class")
            for n, word in enumerate(_list(words, f"stances.{stance}.{pos}", path)):
                seq = _seq(word, f"stances.{stance}.{pos}[{n}]", path)
                if len(seq) != 1:
                    raise RuleError(f"{path}: stances.{stance}.{pos}[{n}]: one word only "
                                    "(put multi-word verbs under phrasal)")
                by_pos[pos][seq[0]] = stance
    phrasal: dict[tuple[str, str], Stance] = {}
    for stance, words in raw["phrasal"].items():
        if stance not in STANCES:
            raise RuleError(f"{path}: phrasal.{stance}: not one of {', '.join(STANCES)}")
        for n, word in enumerate(_list(words, f"phrasal.{stance}", path)):
            seq = _seq(word, f"phrasal.{stance}[{n}]", path)
            if len(seq) != 2:
                raise RuleError(f"{path}: phrasal.{stance}[{n}]: expected 'verb particle'")
            phrasal[(seq[0], seq[1])] = stance
    table = raw["table_phrases"]
    for key in ("reversals", "excluded_modifiers"):
        if not isinstance(raw.get(key), dict):
            raise RuleError(f"{path}: {key}: expected a mapping")
    reversals = {}
    for issue, words in raw["reversals"].items():
        if str(issue) not in raw["issues"]:
            raise RuleError(f"{path}: reversals.{issue}: not an issue of this file")
        reversals[str(issue)] = frozenset(
            _seq(w, f"reversals.{issue}[{n}]", path)[0]
            for n, w in enumerate(_list(words, f"reversals.{issue}", path)))
    known = {seq for entries in keywords.values() for _, seq in entries}
    reversal_only = _known_keywords(raw, "reversal_only", known, path)
    excluded = _word_map(raw["excluded_modifiers"], "excluded_modifiers", path)
    negating = frozenset(_seq(w, f"negating_nouns[{n}]", path)[0] for n, w in
                         enumerate(_list(raw.get("negating_nouns"), "negating_nouns", path)))
    exchange = [_seq(w, "exchange_nouns", path)[0]
                for w in _list(raw.get("exchange_nouns"), "exchange_nouns", path)]
    forgo = _known_keywords(raw, "forgo_keywords", known, path)
    heads = raw.get("excluded_heads")
    if not isinstance(heads, dict):
        raise RuleError(f"{path}: excluded_heads: expected a mapping")
    compound_heads = raw.get("excluded_compound_heads") or {}
    if not isinstance(compound_heads, dict):
        raise RuleError(f"{path}: excluded_compound_heads: expected a mapping")
    inverse_raw = raw.get("inverse_keywords") or {}
    if not isinstance(inverse_raw, dict):
        raise RuleError(f"{path}: inverse_keywords: expected a mapping")
    inverse: dict[str, frozenset[tuple[str, ...]]] = {}
    for issue, words in inverse_raw.items():
        if issue not in raw["issues"]:
            raise RuleError(f"{path}: inverse_keywords.{issue}: not an issue")
        seqs = [_seq(w, f"inverse_keywords.{issue}[{n}]", path)
                for n, w in enumerate(_list(words, f"inverse_keywords.{issue}", path))]
        inverse[str(issue)] = frozenset(seqs)
        for seq in seqs:  # found like any keyword of the issue, then inverted
            keywords.setdefault(seq[0], []).append((str(issue), seq))
    arms_verbs = frozenset(_seq(w, f"arms_verbs[{n}]", path)
                           for n, w in enumerate(_list(raw.get("arms_verbs"), "arms_verbs",
                                                       path)))
    return IssueRules(
        inverse_keywords=inverse,
        arms_verbs=arms_verbs,
        excluded_compound_heads=_word_map(compound_heads, "excluded_compound_heads", path),
        excluded_heads=_word_map(heads, "excluded_heads", path),
        forgo_keywords=forgo,
        **{key: _words(raw, key, path) for key in WORD_LISTS},
        exchange_nouns=frozenset(exchange),
        reversals=reversals,
        reversal_only=reversal_only,
        excluded_modifiers=excluded,
        negating_nouns=negating,
        keywords=keywords,
        verbs=by_pos["verbs"],
        adjectives=by_pos["adjectives"],
        nouns=by_pos["nouns"],
        phrasal=phrasal,
        table_always=tuple(_seq(w, "table_phrases.always", path)
                           for w in _list(table.get("always"), "table_phrases.always", path)),
        table_negated=tuple(_seq(w, "table_phrases.negated", path)
                            for w in _list(table.get("negated"), "table_phrases.negated", path)),
    )


@lru_cache(maxsize=1)
def rules() -> IssueRules:
    """The shipped issue rules, read on first use."""
    return parse_rules(read_yaml(DATA_FILE), DATA_FILE)


def _form(tok: Any) -> str:
    return tok.lemma_.lower() if tok.pos_ != "PROPN" else tok.lower_


def issue_matches(span: Span) -> list[tuple[str, int, int]]:
    """Issue keywords in a span: (issue, start token, end token), longest match first."""
    kw = rules().keywords
    out: list[tuple[str, int, int]] = []
    i, end = span.start, span.end
    doc = span.doc
    while i < end:
        hit = None
        tok = doc[i]
        candidates = kw.get(_form(tok), []) + kw.get(tok.lower_, [])
        for issue, seq in sorted(candidates, key=lambda e: -len(e[1])):
            n = len(seq)
            if i + n <= end and all(
                _form(doc[i + k]) == seq[k] or doc[i + k].lower_ == seq[k] for k in range(n)
            ):
                hit = (issue, i, i + n)
                break
        if hit and _excluded(doc[hit[1] : hit[2]]):
            hit = None
        if hit:
            out.append(hit)
            i = hit[2]
        else:
            i += 1
    return out


def _excluded(match: Span) -> bool:
    """"military aid" is no humanitarian aid: a modifier (or a modified noun) that voids
    the keyword."""
    voiding = rules().excluded_modifiers
    heads = rules().excluded_heads or {}
    for tok in match:
        bad = voiding.get(_form(tok))
        if bad and any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in bad
                       for c in tok.children):
            return True
        verbs = heads.get(_form(tok))
        if verbs and tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in verbs:
            return True  # "come to Ukraine's aid"
    # "border trade" is no territory: the keyword modifies the noun right after it (read
    # from the words, as the tagger often makes "border" the object of "reopen")
    nouns = (rules().excluded_compound_heads or {}).get(_form(match[-1]))
    nxt = match.end
    return bool(nouns and nxt < len(match.doc) and match.doc[nxt].lower_ in nouns
                and match.doc[nxt].pos_ in ("NOUN", "PROPN"))


def keyword_of(match: Span) -> tuple[str, ...]:
    """The lemma sequence of a matched keyword (as written in the rules)."""
    return tuple(_form(t) for t in match)


def has_phrase(span: Span, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether any of the lower-case word sequences occurs in the span."""
    words = [t.lower_ for t in span]
    for seq in phrases:
        n = len(seq)
        if any(tuple(words[i : i + n]) == seq for i in range(len(words) - n + 1)):
            return True
    return False
