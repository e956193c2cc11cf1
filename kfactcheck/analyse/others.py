"""Figures of "others": a part added beside a count, not a report of the count.

"A prefeitura de Lorvia contou 15 óbitos, e a polícia de Kessby registrou outros 8" (the 8
are another body's tally, part of the 23 the article also gives), "si contano altri cinque
morti" (the day's new deaths; the toll is 15), "five others were hurt": the figure counts
those beside the ones already named. Set against the count it would make a dispute that
no source made, so when its article gives a larger figure of the same quantity it is left
out of the comparison. Alone, or the largest of its article, it stays; so does one whose
own words name a kind of the count ("outros quatro óbitos seguem em investigação": the four
are others beside the confirmed deaths, and are themselves the quantity of deaths under
investigation, family "deaths:under investigation"). The words are data: data/compare.toml
[others_before] and [others_after].
"""

from __future__ import annotations

import re
from functools import cache

from kfactcheck import data
from kfactcheck.grammar.vocab import trie_pattern
from kfactcheck.model import Claim


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    raw = data.load("compare")
    before = sorted({w for lang in raw["others_before"].values() for w in lang})
    after = sorted({w for lang in raw["others_after"].values() for w in lang})
    # the word right before the figure, and the word right after its first token (a figure
    # in digits or one number word: "11 others", "cinq autres victimes")
    return (
        re.compile(r"(?<!\w)(?:" + trie_pattern(before) + r")\s+$", re.IGNORECASE),
        re.compile(r"^\S+\s+(?:" + trie_pattern(after) + r")(?!\w)", re.IGNORECASE),
    )


def of_others(c: Claim) -> bool:
    """The claim's figure counts "others": a word right before or after it says so, and
    its family is no kind of a count (a kind's "others" are those beside the count)."""
    if ":" in (c.terms[0] if c.terms else ""):
        return False
    offset = c.start - c.sentence_start
    if offset < 0 or offset > len(c.quote):
        return False
    before, after = _patterns()
    return bool(before.search(c.quote[max(0, offset - 24) : offset])) or bool(
        after.match(c.quote[offset : offset + 60])
    )


def without_others(claims: list[Claim]) -> list[Claim]:
    """`claims` less the figures of "others" whose article gives a larger figure of the
    same quantity (the claims are one subject's, of one counted thing)."""
    largest: dict[str, float] = {}
    for c in claims:
        v = _top(c)
        if v is not None and v > largest.get(c.document, float("-inf")):
            largest[c.document] = v
    out = []
    for c in claims:
        v = _top(c)
        if v is not None and v < largest[c.document] and of_others(c):
            continue
        out.append(c)
    return out


def _top(c: Claim) -> float | None:
    v = c.high if c.high is not None else c.value
    return float(v) if isinstance(v, (int, float)) else None
