"""A bound the clause names for the figure that follows: "the builders' upper estimate now
stands at £17bn" is at most £17bn, "the lower end of the range is 300" at least 300.

The hedge words next to a figure ("up to", "at least") are read in grammar/numbers.py; here
the words of a bound that stand further back in the figure's own clause, with no other
figure between them and it, in the languages read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kfactcheck.model import Quantity

_UPPER = re.compile(
    r"(?i)(?<!\w)(?:upper|top|higher|maximum)\s+(?:end\s+of\s+(?:the|its)\s+)?(?:estimate|bound"
    r"|limit|end|figure|range)|worst[- ]case|obere[nrs]?\s+(?:schätzung|grenze|ende)"
    r"|höchstschätzung"
    r"|(?:fourchette|estimation)\s+haute|estimación\s+máxima|límite\s+superior|stima\s+massima"
    r"|estimativa\s+máxima"
)
_LOWER = re.compile(
    r"(?i)(?<!\w)(?:lower|bottom|minimum)\s+(?:end\s+of\s+(?:the|its)\s+)?(?:estimate|bound"
    r"|limit|end|figure)|untere[nrs]?\s+(?:schätzung|grenze|ende)|(?:fourchette|estimation)\s+basse"
    r"|estimación\s+mínima|límite\s+inferior|stima\s+minima|estimativa\s+mínima"
)
_CLAUSE = re.compile(r"[.;!?\n]|\d")


def named_bound(before: str, q: Quantity) -> Quantity:
    """`q` with the qualifier a bound named earlier in its clause gives it, else `q`."""
    if q.qualifier not in ("exact", "approx") or q.low is None or q.high is None:
        return q
    clause = _CLAUSE.split(before[-100:])[-1]
    if _UPPER.search(clause):
        return replace(q, qualifier="up_to", low=None, high=q.value)
    if _LOWER.search(clause):
        return replace(q, qualifier="at_least", low=q.value, high=None)
    return q
