"""A range that is two sources' figures: "entre 1,4 et 3,1 millions de personnes ont
défilé, selon la police et les syndicats" is the police's 1.4 million and the unions'
3.1 million, two claims, not one interval of 1.4 to 3.1 million that nobody stated."""

from __future__ import annotations

import re
from dataclasses import replace

from kfactcheck.model import Quantity

# "selon X et Y", "según X y Y", "laut X und Y", "according to X and Y": two sources, the
# second joined to the first by "and" within a few words
_TWO_SOURCES = re.compile(
    r"(?i)(?<!\w)(?:selon|d[’']après|según|segundo|secondo|laut|according\s+to)\s"
    r"[^.;:()]{1,80}?\s(?:et|y|e|und|and)\s+(?:les?|la|des?|du|los|las|el|del|os|as|dos|das"
    r"|i|gli|le|dei|delle|der|die|den|the)\s"
)
_BETWEEN = re.compile(r"(?i)^(?:entre|between|zwischen|tra|fra)\s")
_AND = re.compile(r"\s(?:et|y|e|und|and)\s")


def given_to_two_sources(sentence: str) -> bool:
    """The sentence gives its figures to two sources joined by "and" ("selon la police et
    les syndicats"): two figures of it are two sources' (the comparison's one account or
    two)."""
    return _TWO_SOURCES.search(sentence) is not None


def two_sources(sentence: str, quantities: list[Quantity]) -> list[Quantity]:
    """`quantities` with each "between X and Y" range split into X and Y when the sentence
    gives the figures to two sources joined by "and"."""
    if not any(q.qualifier == "range" for q in quantities):
        return quantities
    if not _TWO_SOURCES.search(sentence):
        return quantities
    out: list[Quantity] = []
    for q in quantities:
        sep = _AND.search(q.text) if q.qualifier == "range" and _BETWEEN.match(q.text) else None
        if sep is None or q.low is None or q.high is None:
            out.append(q)
            continue
        first = len(q.text) - len(q.text[sep.start() :])
        out.append(
            replace(
                q,
                start=q.number_start,
                end=q.start + first,
                text=q.text[q.number_start - q.start : first],
                value=q.low,
                high=q.low,
                qualifier="exact",
                number_end=q.start + first,
            )
        )
        out.append(
            replace(
                q,
                start=q.start + sep.end(),
                text=q.text[sep.end() :],
                value=q.high,
                low=q.high,
                qualifier="exact",
                number_start=q.start + sep.end(),
            )
        )
    return out
