"""One document in, the contract's extraction out: the pipeline in one place.

ingest → nlp → actors/time → events/claims. Stateless: nothing here touches the store.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from parley.actors import recognise
from parley.claims import extract_claims
from parley.errors import ParleyError
from parley.events import extract_events
from parley.nlp import build_pipeline
from parley.nlp.context import DocContext
from parley.records import Document, Extraction
from parley.time import find_timexes, select_profile

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger(__name__)


def _doc_date(document: Document) -> date | None:
    if not document.published:
        return None
    try:
        return date.fromisoformat(document.published[:10])
    except ValueError:
        return None


def analyse_context(
    document: Document, spacy_doc: Doc, conflict: str | None = None
) -> tuple[Extraction, DocContext]:
    """Run every stage over a parsed document; also return the context (for evaluation)."""
    ctx = DocContext(document=document, doc=spacy_doc, when=_doc_date(document))
    ctx.mentions = recognise(ctx)
    ctx.profile = select_profile(ctx, conflict)
    ctx.timexes = find_timexes(ctx)
    events = extract_events(ctx)
    claims, positions = extract_claims(ctx, events)
    extraction = Extraction(document=document, events=events, claims=claims, positions=positions)
    return extraction, ctx


def analyse(document: Document, spacy_doc: Doc, conflict: str | None = None) -> Extraction:
    """Run every extraction stage over an already parsed document."""
    return analyse_context(document, spacy_doc, conflict)[0]


@lru_cache(maxsize=1)
def load_rule_data() -> None:
    """Load and validate every rule file once, so bad data fails before any document."""
    from parley.actors import active_dictionary
    from parley.events import load_rules
    from parley.time import all_profiles

    load_rules()
    active_dictionary()
    all_profiles()


def extract_document(document: Document, conflict: str | None = None) -> Extraction:
    """Extract events, claims and positions from one document."""
    load_rule_data()
    nlp = build_pipeline()
    return analyse(document, nlp(document.text), conflict)


@dataclass(frozen=True)
class ExtractionFailure:
    """A document the extractor could not handle: reported and skipped, never stored.

    One odd document in a corpus of thousands must not stop the run; it is not stored,
    so a later run (with a fixed parley) retries it.
    """

    document: Document
    error: str


def extract_documents(
    documents: Iterable[Document], conflict: str | None = None, batch_size: int = 16
) -> Iterator[Extraction | ExtractionFailure]:
    """Many documents through ``nlp.pipe`` (batched parsing is several times faster)."""
    load_rule_data()
    nlp = build_pipeline()
    docs = list(documents) if not isinstance(documents, list) else documents
    for document, parsed in zip(
        docs, nlp.pipe((d.text for d in docs), batch_size=batch_size), strict=True
    ):
        try:
            yield analyse(document, parsed, conflict)
        except ParleyError:
            raise  # bad rule data or configuration: every document would fail the same way
        except Exception as exc:
            log.debug("extraction failed for %s", document.path or document.id, exc_info=True)
            yield ExtractionFailure(document, f"{type(exc).__name__}: {exc}")
