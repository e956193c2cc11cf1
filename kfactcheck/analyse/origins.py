"""Which documents repeat one quote: copies of one quote in several outlets are one origin.

An agreement counts origins, not documents, so a syndicated wire story printed by ten
outlets is one source. Quotes are compared in time order against the latest few origins
only, which keeps the cost linear in the number of reports.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from kfactcheck.analyse.kinds import Point

SYNDICATED = 90  # rapidfuzz ratio from which two quotes are one origin
_ORIGIN_PEERS = 24  # quotes compared per new quote: keeps origin-finding linear


def origins(g: list[Point]) -> dict[str, int]:
    """Document -> origin number; near-identical quotes in different documents share one.

    The quoted words are compared when a sentence has them (outlets trim or extend the
    attribution around a syndicated quote), else the whole sentence.
    """
    firsts: list[str] = []  # each origin's first quote, by origin number
    doc_origin: dict[str, int] = {}
    for p in sorted(g, key=lambda p: (p.t, p.doc)):
        if p.doc in doc_origin:
            continue
        if p.said is None:
            p.said = _norm(_quoted(p.claim.quote))
        # the first of the latest origins whose quote this one repeats (one call into C)
        start = max(0, len(firsts) - _ORIGIN_PEERS)
        near = process.extract(
            p.said,
            firsts[start:],
            scorer=fuzz.ratio,
            processor=None,
            score_cutoff=SYNDICATED,
            limit=None,
        )
        if near:
            doc_origin[p.doc] = start + min(i for _, _, i in near)
        else:
            doc_origin[p.doc] = len(firsts)
            firsts.append(p.said)
    return doc_origin


def origin_count(g: list[Point]) -> int:
    return len(set(origins(g).values()))


_QUOTED = re.compile(r"[“\"]([^”\"]{20,})[”\"]")


def _quoted(sentence: str) -> str:
    parts = _QUOTED.findall(sentence)
    return " ".join(parts) if parts else sentence


_NON_WORD = re.compile(r"\W+")


def _norm(text: str) -> str:
    return _NON_WORD.sub(" ", text.lower()).strip()
