"""A whole that a sentence splits into parts of other quantities: "82,500 people are out of
their homes, 13,300 in shelters and 69,200 with relatives" counts those in shelters and
those with relatives together. Its figure is the sum of the two parts after it, and it is
its own quantity (the families of its parts, joined by "+"), neither part's."""

from __future__ import annotations

from kfactcheck.grammar.vocab import vocab
from kfactcheck.model import Claim

_REACH = 160  # characters from the whole to its first part
_MIN_WHOLE = 50  # below it, "3 dead, 1 injured and 2 missing" adds up by chance
_NOT_COUNTS = frozenset({"date", "year", "percent", "currency"})
_ROUNDING = 0.01  # "14,5 mil" for 4.599 + 9.993: a whole written to three digits


def whole_of_parts(claims: list[Claim], sentence: str, base: int) -> None:
    """Give a figure of `claims` (one sentence's, in text order) followed by two figures of
    two other known families whose values add up to it the family of that whole."""
    families = vocab().families
    counts = [c for c in claims if c.unit not in _NOT_COUNTS and isinstance(c.value, int | float)]
    for i in range(len(counts) - 2):
        whole, one, two = counts[i], counts[i + 1], counts[i + 2]
        kinds = [c.terms[0].partition(":")[0] for c in (one, two)]
        if (
            whole.value < _MIN_WHOLE
            or whole.qualifier not in ("exact", "approx")
            or not all(k in families for k in kinds)
            or kinds[0] == kinds[1]
            or any(c.unit != whole.unit for c in (one, two))
            or one.start - whole.end > _REACH
            or any(mark in sentence[whole.end - base : one.start - base] for mark in ".;")
        ):
            continue
        total = one.value + two.value
        low = whole.low if whole.low is not None else whole.value
        high = whole.high if whole.high is not None else whole.value
        slack = _ROUNDING * whole.value
        if low - slack <= total <= high + slack:
            whole.terms = ("+".join(sorted(kinds)), *whole.terms[1:])
