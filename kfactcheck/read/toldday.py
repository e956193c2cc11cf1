"""The day a page reports on when it names a day and its month right after "yesterday" or
"today" ("ayer, 12 de febrero", "hier 3 mars", "gestern, 14. Juli", "today, 9 May"): a page
that shows no date is then of that day. Written the day after it for "yesterday", but the
figures it gives of the day's event (a march's crowd, a storm's night) are of that day, as
a reader takes them, so they meet other pages' figures of that day.

    told_days("Los vecinos de Alcorna cortaron la avenida ayer, 4 de marzo.", [], 2031, 3)
    -> [(date(2031, 3, 4), "ayer, 4 de marzo")]

The words and their offsets are the relative days of dates.toml and languages.toml
(data.calendar_names, the one list), those of today to two days back; month names likewise.
A day of another month than the one the page is read in says nothing of it.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import cache

from kfactcheck.data import calendar_names


@cache
def _words() -> dict[str, int]:
    # today to two days back: "tomorrow, 14 May" looks ahead and dates nothing
    return {w: n for w, n in calendar_names("relative_days").items() if -2 <= n <= 0}


@cache
def _months() -> dict[str, int]:
    return calendar_names("months") | calendar_names("month_abbreviations")


@cache
def told_re() -> re.Pattern[str]:
    words = "|".join(sorted(map(re.escape, _words()), key=len, reverse=True))
    names = "|".join(sorted(map(re.escape, _months()), key=len, reverse=True))
    return re.compile(
        rf"""(?<!\w)(?P<rel>{words})\s*,?\s+(?:(?:el|le|am|il|on|o|the|den)\s+)?
             (?P<day>[0-3]?\d)(?:er|º|°|st|nd|rd|th)?\.?\s+(?:de\s+|di\s+)?(?P<mon>{names})\b
             (?:,?\s+(?:de\s+)?(?P<year>\d{{4}}))?""",
        re.X | re.I,
    )


def told_days(
    text: str, spans: list[tuple[int, int]], year: int, month: int | None
) -> list[tuple[date, str]]:
    """The day each "yesterday, 12 February" the page gives reports on, and the words: read
    in its own year, else in `year` when it is in `month` (or any month when None)."""
    out = []
    months = _months()
    for a, b in spans or [(0, len(text))]:
        for m in told_re().finditer(text, a, b):
            mon = months.get(_fold(m["mon"]).rstrip("."))
            if mon is None or (not m["year"] and month is not None and mon != month):
                continue
            try:
                day = date(int(m["year"] or year), mon, int(m["day"]))
            except ValueError:
                continue
            out.append((day, m.group(0).strip()))
    return out


def _fold(word: str) -> str:
    return " ".join(unicodedata.normalize("NFC", word).lower().split())
