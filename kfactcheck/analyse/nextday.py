"""Figures a sentence gives "the next day" after a day the text writes in full before it
(analyse/dating.py calls next_days once every page has what date it can get).

    "On 1 March, the mayor expected fewer. But the next day, police said 385 were missing."
    -> 385 as of 2 March, not the page's day (nor the day before it)

A day a page names relative to another it wrote is read forwards from that one, as a
reader does: "le lendemain", "al día siguiente", "am nächsten Tag", "il giorno dopo", "no
dia seguinte". Only when that day is not after the page's day.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from kfactcheck.model import Claim, Document

# "the next day", in the languages read; the word before it may join it to the sentence
_NEXT = re.compile(
    r"""(?<!\w)(?:
          the\s+(?:next|following)\s+day|a\s+day\s+later
        | le\s+lendemain|l'?\s*lendemain|le\s+jour\s+suivant
        | al\s+d[ií]a\s+siguiente|un\s+d[ií]a\s+despu[eé]s
        | am\s+(?:n[äa]chsten|folgenden)\s+tag|am\s+tag\s+darauf|tags\s+darauf
        | il\s+giorno\s+(?:dopo|seguente|successivo)|l['’]indomani
        | no\s+dia\s+seguinte|um\s+dia\s+depois
        )(?!\w)""",
    re.X | re.I,
)
# how far back the day it counts from may stand: the sentence before, or two
_REACH = 400
_NOT_FIGURES = frozenset({"date", "year", "years"})


def next_days(documents: Sequence[Document], claims: Sequence[Claim]) -> None:
    """Each figure after "the next day" (or its like) in its sentence, with no other day
    between, holds on the day after the last day the text writes in full before that
    sentence, when the page is dated and that day is not after it."""
    from kfactcheck.grammar.dates import find_dates

    docs = {d.id: d for d in documents if d.date is not None}
    sentences: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.document in docs and c.unit not in _NOT_FIGURES:
            sentences[(c.document, c.sentence_start)].append(c)
    for (doc_id, start), group in sentences.items():
        quote = group[0].quote
        m = _NEXT.search(quote)
        if m is None:
            continue  # most sentences
        doc = docs[doc_id]
        page: date = doc.date  # type: ignore[assignment]
        if any(
            d.kind in ("date", "weekday", "relative") for d in find_dates(quote, page, doc.lang)
        ):
            continue  # the sentence names a day of its own
        before = doc.text[max(0, start - _REACH) : start]
        days = [
            d.value
            for d in find_dates(before, page, doc.lang)
            if d.kind == "date" and len(d.value) == 10 and d.value[4] == "-"
        ]
        if not days:
            continue
        try:
            day = date.fromisoformat(days[-1]) + timedelta(1)
        except ValueError:
            continue
        if day > page:
            continue  # a day ahead of the page: not a report of it
        for c in group:
            if c.start - c.sentence_start > m.start():  # a figure after the words
                c.as_of = day.isoformat()
