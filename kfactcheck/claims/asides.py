"""Bracketed asides that hold a figure of their own: a date inside one dates only the
figures inside it.

    "22 000 au total (contre 27 000 le 4 mars), dont 5 000 à Tessbourg"
    -> "le 4 mars" dates 27 000, not 5 000 (nor 22 000)
    "29 corpos enterrados em Lorvia (dois na quarta, 12 na quinta e 15 hoje)"
    -> "na quarta" dates none of 29

A bracket that holds a date alone ("domingo (27)", "(Friday, 14/03)") is no aside: it
dates the sentence as any date does.
"""

from __future__ import annotations

import re

# a bracketed stretch of a sentence, with no bracket inside
_BRACKETS = re.compile(r"\([^()]{3,300}\)")


def figure_asides(sentence: str, quantities) -> list[tuple[int, int]]:
    """The (start, end) of each bracketed stretch of `sentence` that holds one of its
    figures (`quantities`, with .start and .end in the sentence)."""
    if "(" not in sentence:
        return []
    return [
        m.span()
        for m in _BRACKETS.finditer(sentence)
        if any(m.start() < q.start and q.end < m.end() for q in quantities)
    ]


def outside_aside(d, q, asides: list[tuple[int, int]]) -> bool:
    """Whether the date `d` lies in an aside that does not hold the figure `q`."""
    return any(a <= d.start and d.end <= b and not a < q.start < b for a, b in asides)
