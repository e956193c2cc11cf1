"""Relative dates of a page that shows only its month (" date 2031-12", a URL's /2031/12/):
"last year", "a year ago", "last month" name the same year or month from any day of that
month, so they date their figures as on a dated page ("the estimate was £49bn last year"
on a page of December 2031 -> as of 2030). Those whose value depends on the day
("yesterday", "last week") stay unread: nothing tells the day.
"""

from __future__ import annotations

import calendar
from datetime import date

from kfactcheck.claims.dated import after_event
from kfactcheck.grammar.dates import DateMention, find_dates


def month_relatives(
    sentence: str, shown: str, lang: str | None, dates: list[DateMention]
) -> list[DateMention]:
    """`dates` (found with no publication date) and the relative dates of `sentence` that
    read the same from the first and the last day of the month `shown` ("2031-12"), each a
    year or month not after it, in order of position."""
    if len(shown) != 7:
        return dates
    y, m = int(shown[:4]), int(shown[5:7])
    taken = [(d.start, d.end) for d in dates]
    more = [
        d
        for d in find_dates(sentence, date(y, m, 1), lang, [])
        if d.kind == "relative"
        and len(d.value) in (4, 7)
        and d.value <= shown[: len(d.value)]
        and not any(s < d.end and d.start < e for s, e in taken)
        # "prices are up 15% since the review a year ago": the start of a change
        # measured now, not when the figure held
        and not after_event(sentence, max(0, d.start - 60), d.start)
    ]
    if more:  # (most sentences have none: the month's last day is read only for these)
        last_day = date(y, m, calendar.monthrange(y, m)[1])
        last = {(d.start, d.value) for d in find_dates(sentence, last_day, lang, [])}
        more = [d for d in more if (d.start, d.value) in last]
    if not more:
        return dates
    return sorted(dates + more, key=lambda d: d.start)
