"""/api/documents: the stored documents (list without text, one with text)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from parley.web.deps import PageDep, StoreDep
from parley.web.errors import NotFound

router = APIRouter(prefix="/api/documents", tags=["documents"])


@router.get("")
def list_documents(store: StoreDep, page: PageDep) -> dict[str, Any]:
    """Documents in ingest order; the text is left out (``chars`` gives its length)."""
    docs = store.documents(limit=page.limit + 1, offset=page.offset)
    body = page.wrap(docs)
    for item in body["items"]:
        item["chars"] = len(item.pop("text"))
    return body


@router.get("/{doc_id}")
def get_document(doc_id: str, store: StoreDep) -> dict[str, Any]:
    doc = store.document(doc_id)
    if doc is None:
        raise NotFound(f"no document with id {doc_id}")
    return doc.model_dump(mode="json")
