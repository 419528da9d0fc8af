"""The actor ruler: phrase matchers built once from the dictionaries, run per document.

Added to the pipeline as ``parley.actor_ruler.v1`` (factory ``parley_actor_ruler_v1``).
It does not touch ``doc.ents`` (other stages rely on the model's own entities, e.g.
DATE); it stores raw dictionary matches in ``doc.spans["parley_actors"]``, which
``recognise`` interprets.
Span labels are ``E|<surface>`` for names and ``H|<phrase>`` for head nouns and titles.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from parley.actors.dictionary import Dictionary, active_dictionary
from parley.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

SPAN_KEY = "parley_actors"
PIPE_NAME = "parley.actor_ruler.v1"  # the versioned name in nlp.pipe_names
FACTORY = "parley_actor_ruler_v1"  # spaCy factory names may not contain dots

_MATCHERS: dict[tuple[int, str], tuple[PhraseMatcher, PhraseMatcher]] = {}


def _build(vocab: Vocab, d: Dictionary) -> tuple[PhraseMatcher, PhraseMatcher]:
    import spacy
    from spacy.matcher import PhraseMatcher

    tokenizer = spacy.blank("en", vocab=vocab).tokenizer
    names = PhraseMatcher(vocab, attr="ORTH")
    for surface in d.surfaces:
        names.add("E|" + surface, [tokenizer(surface)])
    heads = PhraseMatcher(vocab, attr="LOWER")
    for phrase in d.heads:
        heads.add("H|" + phrase, [tokenizer(phrase)])
    return names, heads


def matchers(vocab: Vocab, d: Dictionary) -> tuple[PhraseMatcher, PhraseMatcher]:
    """Matchers for this vocab and dictionary, built once and cached."""
    key = (id(vocab), d.fingerprint)
    if key not in _MATCHERS:
        _MATCHERS[key] = _build(vocab, d)
    return _MATCHERS[key]


def match(doc: Doc, d: Dictionary) -> list[Span]:
    """All raw dictionary matches in ``doc`` (overlapping; interpretation is recognise's)."""
    names, heads = matchers(doc.vocab, d)
    spans = names(doc, as_spans=True) + heads(doc, as_spans=True)
    return sorted(spans, key=lambda s: (s.start, -s.end))


def cached_matches(doc: Doc, d: Dictionary) -> list[Span]:
    """Matches stored by the component when they came from the same dictionary, else fresh."""
    group = doc.spans.get(SPAN_KEY)
    if group is not None and group.attrs.get("dictionary") == d.fingerprint:
        return sorted(group, key=lambda s: (s.start, -s.end))
    return match(doc, d)


class ActorRuler:
    """spaCy component: rule data is injected in ``initialize`` (else the active set is used)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.dictionary: Dictionary | None = None

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        dictionary: Dictionary | None = None,
    ) -> None:
        # Without an injected dictionary the ruler follows the active one, so matches stay
        # reusable by ``recognise`` after ``use_dictionaries`` (no second matching pass).
        self.dictionary = dictionary

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens import SpanGroup

        d = self.dictionary or active_dictionary()
        doc.spans[SPAN_KEY] = SpanGroup(
            doc, name=SPAN_KEY, attrs={"dictionary": d.fingerprint}, spans=match(doc, d)
        )
        return doc


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(FACTORY):
        Language.factory(FACTORY, func=lambda nlp, name: ActorRuler(nlp, name))


def add_actor_ruler(nlp: Language, dictionary: Dictionary | None = None) -> None:
    """Add the ruler to ``nlp`` once, with ``dictionary`` (default: the active one)."""
    _register()
    if any(nlp.get_pipe_meta(n).factory == FACTORY for n in nlp.pipe_names):
        return
    ruler = nlp.add_pipe(FACTORY, name=PIPE_NAME, last=True)
    if not isinstance(ruler, ActorRuler):  # another component registered under our name
        raise ModelError(f"spaCy factory {FACTORY!r} is taken by another package's component")
    ruler.initialize(nlp=nlp, dictionary=dictionary)
