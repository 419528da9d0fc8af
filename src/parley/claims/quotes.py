"""Quotation spans: where direct speech starts and ends in the text.

A quote may run over several sentences ("... peace. But not at any price," he said), so
quotes are found on the raw text first and later mapped onto sentences: a sentence inside
a quote belongs to whoever the quote is attributed to.
"""

from __future__ import annotations

OPENERS = {"“": "”", "«": "»", "„": "“"}
STRAIGHT = '"'
# Typed text mixes straight and curly marks ('"a triumph,” he said'): either double mark
# closes a quote opened by the other, or the quote would swallow the rest of the paragraph.
CLOSERS = {"”": frozenset({"”", STRAIGHT}), "»": frozenset({"»"}), "“": frozenset({"“"}),
           STRAIGHT: frozenset({STRAIGHT, "”"})}
MAX_QUOTE_CHARS = 2000  # a longer "quote" is an unbalanced quotation mark, not speech


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans (inclusive of the marks, end exclusive) of quotations.

    Quotes never cross a line break: news style reopens a quote at each new paragraph
    without closing the last, so an unclosed quote ends with its paragraph.
    """
    spans: list[tuple[int, int]] = []
    start: int | None = None
    closers: frozenset[str] = frozenset()
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if start is None:
            if ch in OPENERS:
                start, closers = i, CLOSERS[OPENERS[ch]]
            elif ch == STRAIGHT:
                start, closers = i, CLOSERS[STRAIGHT]
        elif ch in closers:
            spans.append((start, i + 1))
            start = None
        elif ch == "\n":
            _close(spans, start, i)
            start = None
        i += 1
    if start is not None:
        _close(spans, start, n)
    return [(s, e) for s, e in spans if e - s <= MAX_QUOTE_CHARS]


def _close(spans: list[tuple[int, int]], start: int, end: int) -> None:
    if end - start > 1:
        spans.append((start, end))
