"""A page updated after the date it shows: the day its own words tell of as past.

A page keeps the date of its first publication (in its URL, its front matter) while its
text is rewritten as news comes in. When its words name a weekday with a demonstrative
of the present ("this Sunday", "deste domingo", "ce dimanche", "an diesem Sonntag",
"questa domenica") that falls one or two days after that date, and tell it in the past
("the toll was revised this Sunday"), the text was written on that day or later: its
figures are read as of that day (a weekday before it resolves against it, a figure with
no time of its own holds on it). A plan ("will vote this Sunday") says nothing of when
the page was written, and one such plan of the same day leaves the page as dated; a live
page's entries keep their own stamps (claims/entries.py). The date the page shows is
kept as its date; only the day its figures are read from moves.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from kfactcheck.claims.entries import entry_days
from kfactcheck.grammar.dategrammar import _grammar
from kfactcheck.grammar.dateroles import _tense
from kfactcheck.read.textdate import _AHEAD, _THIS, _fold, _weekdays

# the days after the page's date an update may tell of: a Saturday page of "this Sunday"
_AHEAD_DAYS = (1, 2)
# the sentence a mention stands in, roughly: back to the last full stop and on to the next
_STOP = re.compile(r"[.!?\n]")


@cache
def _this_weekday() -> re.Pattern[str]:
    """A weekday named with a demonstrative of the present right before it ("este
    domingo", "an diesem Sonntag", "nesta quinta-feira")."""
    wds = "|".join(sorted(map(re.escape, _weekdays()), key=len, reverse=True))
    return re.compile(
        rf"(?<!\w)(?:{_THIS})\s+(?P<wd>{wds})(?:[-\s]feira)?(?!\w)",
        re.I,
    )


def updated_day(
    text: str, ref: date | None, lang: str | None, spans: list[tuple[int, int]] | None = None
) -> tuple[date, str, list[int]] | None:
    """The day after `ref` that the page tells of as past ("actualizado deste domingo"
    in a page of Saturday), the words of its first mention and where each mention told as
    past starts; None when the page names no such day, names two, or looks forward to one
    of them ("will vote this Sunday", "marcada para esta quinta-feira")."""
    if ref is None:
        return None
    pattern = _this_weekday()
    g = _grammar(lang)
    told: dict[date, list[re.Match[str]]] = {}
    planned: set[date] = set()
    for a, b in spans or [(0, len(text))]:
        for m in pattern.finditer(text, a, b):
            ahead = (_weekdays()[_fold(m["wd"])] - ref.weekday()) % 7
            if ahead not in _AHEAD_DAYS:
                continue
            day = ref + timedelta(days=ahead)
            # the tense of its own sentence: a marker in the one before tells nothing
            start = max(a, m.start() - 200)
            stops = list(_STOP.finditer(text, start, m.start()))
            lo = stops[-1].end() if stops else start
            stop = _STOP.search(text, m.end(), min(b, m.end() + 200))
            hi = stop.start() if stop else min(b, m.end() + 200)
            low = text[lo:hi].lower()
            tense = _tense(g, low, m.start() - lo, m.end() - lo)
            if tense == "future" or _AHEAD.search(text, max(lo, m.start() - 50), m.start()):
                planned.add(day)  # "will vote", "deve assinar", "marcada para"
            elif tense == "past":
                told.setdefault(day, []).append(m)
    if len(told) != 1:
        return None  # none, or two days: nothing tells which the text was written on
    ((day, found),) = told.items()
    return None if day in planned else (day, found[0].group(0), [m.start() for m in found])


def updated_from(doc, sentences: list[tuple[int, int]]) -> tuple[date, list[int]] | None:
    """The later day a dated page tells of as past (updated_day) and where it names it,
    with a warning saying so; None otherwise, for a page whose date was inferred (from
    the very weekday, maybe), and for a live page, whose entries keep their stamps' days."""
    if any(w.startswith("date inferred") for w in doc.warnings):
        return None
    found = updated_day(doc.text, doc.date, doc.lang, doc.keep)
    if found is None or entry_days(doc.text, sentences, doc.date, ""):
        return None
    day, words, starts = found
    warning = (
        f'updated: the page tells of "{words}" as past, after its date '
        f"{doc.date.isoformat()}: the sentences that name it are read as of {day.isoformat()}"
    )
    if warning not in doc.warnings:
        doc.warnings.append(warning)
    return day, starts
