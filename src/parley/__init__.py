"""parley: sourced chronologies of peace negotiations.

Nothing heavy happens at import time; the spaCy model loads on first extraction.
"""

from __future__ import annotations

import logging

from parley.errors import ParleyError
from parley.records import (
    Actor,
    ChronologyEntry,
    Claim,
    DateInterval,
    Document,
    Event,
    Evidence,
    Extraction,
    Position,
)

logging.getLogger(__name__).addHandler(logging.NullHandler())

__version__ = "0.1.0"
__all__ = [
    "Actor",
    "ChronologyEntry",
    "Claim",
    "DateInterval",
    "Document",
    "Event",
    "Evidence",
    "Extraction",
    "ParleyError",
    "Position",
    "__version__",
]
