"""Claims (who says what about whom) and positions (where each party stands).

``extract_claims`` runs after events: attributions → claims (linked to the events they
report), the author's judgements in opinion pieces, and positions from claims,
stance words and events.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.claims.attribution import Attribution, find_attributions
from parley.claims.author import author_claims
from parley.claims.claims import claims_from_attributions, link_events
from parley.claims.positions import find_positions

if TYPE_CHECKING:
    from parley.nlp.context import DocContext
    from parley.records import Claim, Event, Position

__all__ = ["Attribution", "extract_claims", "find_attributions"]


def extract_claims(ctx: DocContext, events: list[Event]) -> tuple[list[Claim], list[Position]]:
    """Claims and positions of one document; events are linked to the claims reporting them."""
    attributions = find_attributions(ctx)
    claims = claims_from_attributions(ctx, attributions)
    link_events(ctx, claims, attributions, events)
    claims.extend(author_claims(ctx, attributions))
    claims.sort(key=lambda c: (c.evidence[0].sentence, c.speaker.code))
    positions = find_positions(ctx, attributions, events)
    return claims, positions
