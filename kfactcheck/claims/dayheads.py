"""The day headings of a live page: a line that is a day alone ("Samedi 8 décembre",
"Sunday, December 9", "Domingo, 9 de diciembre de 2030") heads the entries of that day,
and the figures under it hold on it, not on the page's date (often its latest heading's).

    "Dimanche 9 décembre\n... 1 723 interpellations ...\nSamedi 8 décembre\n... Il y a eu
    1 385 interpellations ..."  -> 1 385 as of 8 December (the page is of the 9th)

Only a page with two or more such lines, of different days, is read so: a single day line
is a dateline and says no more than the page's date. A figure its own sentence dates keeps
that date (claims/entries.date_entries). Weekday and month names are those of every
language read (data.calendar_names).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta
from functools import cache

from kfactcheck.claims.dated import with_year
from kfactcheck.read.textdate import _fold, _months, _safe, _weekdays

# the longest day heading read: "### Wednesday, 12 December 2018 :" and a little more
_LONGEST = 64


def heading_days(
    text: str, sentences: list[tuple[int, int]], ref: date | None, shown: str = ""
) -> list[str] | None:
    """For each sentence, the day ("YYYY-MM-DD") of the day heading above it, "" for none;
    None when the page has fewer than two headings of different days. `ref`: the page's
    date; `shown`: the month or year the page or its story shows when it has none."""
    if text.count("\n") < 2:
        return None
    heads: list[tuple[int, str]] = []
    pattern = _heading_re()
    start = 0
    # a heading is a short line of its own: only those are tried (the pattern, tried at
    # every character of a long page, cost a fifth of extraction on ordinary articles)
    for line in text.splitlines(keepends=True):
        if len(line) <= _LONGEST and (m := pattern.match(line)):
            day = _day(m, ref, shown)
            if day is not None:
                heads.append((start + m.end(), day))
        start += len(line)
    if len({d for _, d in heads}) < 2:
        return None
    ends = [e for e, _ in heads]
    out = []
    for a, _ in sentences:
        k = bisect_right(ends, a)
        out.append(heads[k - 1][1] if k else "")
    return out


def _day(m: re.Match[str], ref: date | None, shown: str) -> str | None:
    """The heading's day: in its own year, else on or before the page's date (a day more
    for a page dated in an earlier time zone), else in the month or year shown."""
    month = _months().get(_fold(m["mon"] or m["mon2"]))
    day = int(m["d"] or m["d2"])
    year = m["y"] or m["y2"]
    if month is None:
        return None
    if year:
        got = _safe(int(year), month, day)
    elif ref is not None:
        got = _safe(ref.year, month, day)
        if got is not None and got > ref + timedelta(1):
            got = _safe(ref.year - 1, month, day)
    else:
        value = with_year(f"--{month:02d}-{day:02d}", shown)
        got = date.fromisoformat(value) if value else None
    if got is None:
        return None
    wd = m["wd"] or m["wd2"]
    if wd and _weekdays().get(_fold(wd)) != got.weekday():
        return None  # "Samedi 9 décembre" in a year whose 9 December is no Saturday
    return got.isoformat()


@cache
def _heading_re() -> re.Pattern[str]:
    wds = "|".join(sorted(map(re.escape, _weekdays()), key=len, reverse=True))
    months = "|".join(sorted(map(re.escape, _months()), key=len, reverse=True))
    return re.compile(
        rf"""^[ \t#*]*(?:
              (?:(?P<wd>{wds})(?:-feira)?,?\s+)?(?:(?:the|le|el|den)\s+)?
              (?P<d>[0-3]?\d)(?:er|st|nd|rd|th|º|°)?\.?\s+(?:de\s+|di\s+)?(?P<mon>{months})\.?
              (?:,?\s+(?:de\s+|del\s+)?(?P<y>\d{{4}}))?
            | (?:(?P<wd2>{wds}),?\s+)?(?P<mon2>{months})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?
              (?:,?\s+(?P<y2>\d{{4}}))?
            )[ \t*:.]*$""",
        re.X | re.I | re.M,
    )
