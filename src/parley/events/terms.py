"""Agreement terms: which party a clause binds, and on which issue.

"obliged the army to withdraw from the capital and the RSF to free its prisoners" gives
two terms: (SDNMIL, withdrawal) and (SDNRSF, prisoners). Issues and
their keywords live in ``data/terms.yaml``; a clause is a verb with its subject, and
one clause gives at most one term (its first issue keyword).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from parley.datafiles import read_yaml
from parley.errors import RuleError
from parley.events.ontology import DATA
from parley.events.triggers import lemma
from parley.records import Term

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from parley.events.roles import MentionIndex
    from parley.nlp.context import Mention


@dataclass(frozen=True)
class IssueLexicon:
    # first lemma -> [(issue, lemma sequence)], longest sequences first
    by_first: dict[str, list[tuple[str, tuple[str, ...]]]]
    issues: tuple[str, ...]


def parse_issues(raw: Any, source: str) -> IssueLexicon:
    """Validate ``terms.yaml``: every issue a non-empty list of keyword strings."""
    issues = raw.get("issues") if isinstance(raw, dict) else None
    if not isinstance(issues, dict) or not issues:
        raise RuleError(f"{source}: expected a mapping `issues:`")
    problems: list[str] = []
    by_first: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for issue, keywords in issues.items():
        if not isinstance(keywords, list) or not keywords:
            problems.append(f"{source}: issues.{issue}: expected a list of keywords")
            continue
        for n, keyword in enumerate(keywords):
            if not isinstance(keyword, str) or not keyword.strip():
                problems.append(f"{source}: issues.{issue}[{n}]: expected a keyword string")
                continue
            seq = tuple(keyword.lower().split())
            by_first.setdefault(seq[0], []).append((str(issue), seq))
    if problems:
        raise RuleError("; ".join(problems))
    for entries in by_first.values():
        entries.sort(key=lambda e: -len(e[1]))
    return IssueLexicon(by_first=by_first, issues=tuple(issues))


@lru_cache(maxsize=1)
def load_issues() -> IssueLexicon:
    path = DATA / "terms.yaml"
    raw = read_yaml(path)
    for key in PROVISION_LISTS:  # the file's other lists fail early too
        parse_provision_verbs(raw, str(path), key)
    return parse_issues(raw, str(path))


PROVISION_LISTS = ("provision_verbs", "term_nouns", "pullback_places")


def parse_provision_verbs(
    raw: Any, source: str, key: str = "provision_verbs"
) -> frozenset[str]:
    """Validate one of the provision lists in ``terms.yaml``: a list of lemmas."""
    words = raw.get(key) if isinstance(raw, dict) else None
    if not isinstance(words, list) or not words or not all(
            isinstance(v, str) and v.strip() for v in words):
        raise RuleError(f"{source}: {key}: expected a list of lemmas")
    return frozenset(v.strip().lower() for v in words)


@cache
def load_provision_verbs(key: str = "provision_verbs") -> frozenset[str]:
    """Verbs by which a deal states its terms ("the deal provided for X to withdraw"); with
    ``key``, the nouns naming a deal's terms or the places a side pulls back to."""
    path = DATA / "terms.yaml"
    return parse_provision_verbs(read_yaml(path), str(path), key)


def issue_matches(span: Span) -> list[tuple[str, int, int]]:
    """(issue, start token, end token) for every keyword in ``span``, left to right."""
    lex = load_issues()
    words = [lemma(t) for t in span]
    lowers = [t.lower_ for t in span]
    found: list[tuple[str, int, int]] = []
    i = 0
    while i < len(words):
        hit = None
        for key in {words[i], lowers[i]}:
            for issue, seq in lex.by_first.get(key, []):
                n = len(seq)
                window = list(zip(words[i:i + n], lowers[i:i + n], strict=False))
                if len(window) == n and all(s in pair for s, pair in zip(seq, window, strict=True)):
                    hit = (issue, span.start + i, span.start + i + n)
                    break
            if hit:
                break
        if hit:
            found.append(hit)
            i = hit[2] - span.start
        else:
            i += 1
    return found


def _clause(tok: Token) -> tuple[Token | None, Token | None, Token | None]:
    """The nearest verb above ``tok``, the nearest one with a subject, and that subject."""
    cur = tok
    first_verb = None
    doc = tok.doc
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX"):
            first_verb = first_verb or cur
            subj = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                return first_verb, cur, subj[0]
            to = [c for c in cur.children if c.dep_ == "aux" and c.lower_ == "to"]
            if to and to[0].i > 0 and doc[to[0].i - 1].pos_ in ("PROPN", "NOUN"):
                return first_verb, cur, doc[to[0].i - 1]  # "... and Armenia to drop X"
            if cur.dep_ == "xcomp":  # object control: "requires Azerbaijan to pull back"
                obj = [c for c in cur.head.children if c.dep_ == "dobj"]
                if obj:
                    return first_verb, cur, obj[0]
        if cur.head is cur:
            break
        cur = cur.head
    return first_verb, first_verb, None


def _modifier_actor(words: Span, index: MentionIndex) -> Mention | None:
    """ "a full Israeli withdrawal", "Russia's withdrawal": the actor named on the issue
    noun itself is whom the term binds."""
    for tok in words:
        for child in tok.children:
            if child.dep_ in ("amod", "compound", "poss") and child.i < tok.i:
                found = index.of_token(child, depth=0) or (
                    index.demonym(child) if child.dep_ == "amod" else None)
                if found is not None:
                    return found
    return None


def find_terms(
    span: Span, index: MentionIndex, default_party: Mention | None, own_verb: int = -1
) -> list[Term]:
    """One term per clause in ``span`` that names an issue.

    A keyword in the event's own clause ("Kenya proposed a ceasefire") binds no one in
    particular: its subject is the proposer, not the party the term is about.
    """
    terms: list[Term] = []
    seen: set[int] = set()
    for issue, start, end in issue_matches(span):
        near, verb, subj = _clause(span.doc[start])
        key = verb.i if verb is not None else -1
        if key in seen:
            continue
        seen.add(key)
        mention = index.of_token(subj) if subj is not None else None
        if verb is not None and verb.i == own_verb:
            mention, subj = None, None
        elif mention is None and subj is not None:
            continue  # a clause about something else ("the economy needs aid")
        mention = mention or default_party or _modifier_actor(span.doc[start:end], index)
        opener = verb if verb is not None and 0 < start - verb.i <= 8 else near
        text_start = opener.i if opener is not None and opener.i < start else start
        text = span.doc[text_start:end].text
        terms.append(Term(party=mention.actor if mention else None, issue=issue, text=text))
    return terms
