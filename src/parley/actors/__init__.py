"""Actors: recognise states, people, organisations and armed groups; link to codes.

``recognise(ctx)`` finds every actor mention at the document date; ``relink`` moves a
person to another date; ``lookup_place`` tells places where talks happen; ``group_of``
gives the comparison group of a code. Dictionaries load lazily on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.actors.dictionary import (
    Dictionary,
    active_dictionary,
    load_dictionaries,
    use_dictionaries,
)
from parley.actors.linker import group_of, relink
from parley.actors.places import lookup_place

if TYPE_CHECKING:
    from parley.nlp.context import DocContext, Mention

__all__ = ["Dictionary", "active_dictionary", "group_of", "load_dictionaries", "lookup_place",
           "recognise", "relink", "use_dictionaries"]


def recognise(ctx: DocContext) -> list[Mention]:
    """All actor mentions in the document, linked at the document date, sorted by offset."""
    from parley.actors.mentions import recognise_doc, to_mentions

    d = active_dictionary()
    return to_mentions(ctx, recognise_doc(ctx.doc, d, ctx.when), d)
