"""Dates inside a sentence: find them, and resolve them against the publication date.

    find_dates("agreed to delay the rule until September 1", date(2022, 8, 17))
    -> [DateMention(text="until September 1", kind="date", value="2022-09-01",
                    role="deadline", cue="until", anchor "September 1", ...)]

The claim extractor calls `find_dates` on every sentence, so the grammar is a few compiled
regexes behind cheap gates (a month or weekday stem, four digits, a relative word) that turn
most sentences away in a few microseconds; no dateparser or dateutil on this path. Every word
list lives in data/dates.toml. Plain quantities ("3,700", "two decades") are the number
grammar's (numbers.py); "two decades ago" and "over the past 23 years" are dates here.

What a caller can rely on:

- `value` is ISO 8601 at the precision the words give: "2022-09-01" (kinds date, range,
  weekday), "2022-09" (month), "2022" (year); relative mentions take the precision of their
  unit ("last month" -> "2022-07", "yesterday" -> "2022-08-16", "last year" -> "2021").
- Spans carry `end_value`: kind "range" is a span of days ("21-22 November"); a span of years
  ("2019-2020", "the 1990s") stays kind "year" and a span of months ("March to May 2022")
  kind "month", each with `end_value` set.
- A day or month written without its year takes the occurrence (last, this or next year)
  nearest to `ref`, where an occurrence against the sentence's lean must be several times
  nearer to win: deadlines and schedules lean to the future (x5), an event told in the past
  tense or with an event word ("founded", "signed") to the past (x5), a bare event a little
  to the past (x1.5); "since" and "came into force" take the past. With `ref=None` the year
  stays unknown in the ISO 8601 no-year form ("--09-01", "--09"); weekdays and relative words
  cannot be placed then and are left out.
- "on Wednesday" is the Wednesday on or before publication (the same day counts); in a future
  context ("will meet on Thursday", "scheduled for Thursday") the one on or after it; "next
  Tuesday" is strictly after, "last Tuesday" strictly before.
- "the start / end / middle of September" and "mid-March" name a day (1st, last, 15th) with
  qualifier "approx"; "early / late October", "late 2023", "around 2010" keep their precision,
  also "approx". Everything else is "exact".
- Numeric dates are read day first ("05/06/2022" is 5 June); month first only when day first
  is impossible (US "09/20/2022"). When both readings are possible, `ambiguous=True`.
- "over the past 23 years" gives kind "relative", role "since", value the start of the period
  ("1999"), qualifier "approx". `find_durations` gives the bare duration instead.
- A bare four-digit figure from 1800 to 2100 is a year unless a currency, a quantity word
  ("more than"), a counted noun ("2000 troops"), a clock zone ("2015 GMT"), a copyright sign or
  a plain number it is joined to ("1500 to 2000") says otherwise. Clock times ("17:29",
  "8.30am") are never dates.

Roles, and the cue that decided each (lower case, in `cue`):
  deadline  a cue right before the date (until, by, beginning, from + future tense, no later
            than, effective...), a deadline word after it ("the Oct. 31 deadline"), or earlier
            in the clause a verb that moves a date through "to" ("postponed ... to the start of
            September") or makes one take effect ("take effect on", "came into force on");
  since     "since", "active since", "over the past N years";
  schedule  "scheduled for", "expected in", a future tense or "due to" near the date, or a
            relative date ahead of publication ("next week", "tomorrow");
  event     everything else ("in 2008", "on 20 November", "said on Wednesday", "last month").
  A written-out date that has already passed is never a schedule. "header" is never produced.
`text` runs from the cue right before the date (if any) to the date or the deadline word
after it; `anchor_start`/`anchor_end` hold the date words proper, part words included
("start of September", "mid-March", "last month") and loose words ("around") left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from kfactcheck.grammar.dategrammar import _grammar, _norm, load_words
from kfactcheck.grammar.dateroles import CLAUSE_START, _resolve, _role
from kfactcheck.grammar.datescan import (
    _count,
    _expand,
    _join_ranges,
    _lower,
    _scan,
    _unit,
)

__all__ = [
    "CLAUSE_START",
    "KINDS",
    "ROLES",
    "DateMention",
    "find_dates",
    "find_durations",
    "load_words",
    "may_have_calendar_date",
]

KINDS = ("date", "month", "year", "range", "weekday", "relative")
ROLES = ("deadline", "since", "event", "header", "schedule")


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression in a sentence, resolved.

    `start`/`end`/`text`: the words with their cue ("until September 1"); `anchor_start`/
    `anchor_end`: the date words proper ("September 1", "start of September", "last month").
    Offsets are into the sentence string given.
    """

    start: int
    end: int
    text: str
    kind: str  # one of KINDS
    value: str  # ISO 8601: YYYY-MM-DD, YYYY-MM, YYYY; --MM-DD / --MM when the year is unknown
    end_value: str | None  # last day / month / year of a span, else None
    qualifier: str  # "exact" | "approx"
    role: str  # one of ROLES ("header" is never produced here)
    cue: str | None  # the word(s) that decided the role, lower case
    anchor_start: int
    anchor_end: int
    ambiguous: bool = False  # a numeric date that reads both day-first and month-first


# ------------------------------------------------------------------------------ public API


def find_dates(
    sentence: str, ref: date | None, lang: str | None = None, beyond: list[str] | None = None
) -> list[DateMention]:
    """Every date expression in `sentence`, resolved against `ref` (the publication date).
    `lang`: the document's language; another language's month, weekday and day words are
    read too (data/languages.toml), resolved as the English ones.

    A date that would fall before year 1 or after 9999 ("tomorrow" written on 9999-12-31)
    is left out, and its words are added to `beyond` when given.

    >>> [m.value for m in find_dates("Kosovo declared independence in 2008.", None)]
    ['2008']
    """
    g = _grammar(lang)
    raws, low = _scan(g, sentence)
    if not raws:
        return []
    raws = [r for r in raws if _expand(g, sentence, low, r) and not _price_base(low, r)]
    if len(raws) > 1:
        raws = _join_ranges(g, low, raws)
    out: list[DateMention] = []
    lo = 0
    for r in raws:
        if ref is None and r.kind not in _PLACED_WITHOUT_REF:
            lo = r.e  # "on Monday", "last week": no day without the publication date, so
            continue  # no role to read either (a sentence may hold a thousand of them)
        try:
            role = _role(g, low, r, lo, ref)
            res = _resolve(r, ref, role)
        except (ValueError, OverflowError):  # past the calendar's ends: no such day
            res = None
            if beyond is not None:
                beyond.append(sentence[r.s : r.e])
        lo = r.e
        if res is None:
            continue
        kind, value, end_value, qualifier = res
        if kind == "weekday" and ref is not None and r.wd is not None:
            value = numbered_weekday(sentence, r.e, r.wd, ref) or value
        if not (_in_calendar(value) and (end_value is None or _in_calendar(end_value))):
            if beyond is not None:  # "two years ago" written in year 1
                beyond.append(sentence[r.s : r.e])
            continue
        rname = role.role
        if rname == "schedule" and ref is not None and r.y is not None:
            # a future verb near a date written in full that has passed ("will recall 2008")
            rname = "event" if value <= ref.isoformat()[: len(value)] else rname
        start, end = role.text_start, max(role.text_end, r.e)
        out.append(
            DateMention(
                start=start,
                end=end,
                text=sentence[start:end],
                kind=kind,
                value=value,
                end_value=end_value,
                qualifier=qualifier,
                role=rname,
                cue=role.cue,
                anchor_start=r.s,
                anchor_end=r.e,
                ambiguous=r.ambiguous,
            )
        )
    return out


# a year that names the prices a sum is given in, not when it held: "£66bn in 2019 prices",
# "at 2015 values", "zu Preisen von 2015", "aux prix de 2015", "a precios de 2015"
_PRICES_AFTER = re.compile(r"\s*(?:prices|values|money|terms|pounds|euros|dollars)\b")
_PRICES_BEFORE = re.compile(
    r"(?:\bprices\s+of|\bpreisen\s+(?:von|des\s+jahres)|\bpreisstand|\bprix\s+(?:de|du)"
    r"|\bprecios\s+(?:de|del)|\bprezzi\s+(?:del|di)|\bpreços\s+de|\bprijzen\s+van"
    r"|\bprice\s+base)\s+(?:l['’]année\s+|el\s+año\s+|o\s+ano\s+)?$"
)


def _price_base(low: str, r) -> bool:
    """Whether the raw date `r` is a bare year naming a price base (see above)."""
    if r.kind != "year":
        return False
    return bool(_PRICES_AFTER.match(low, r.e) or _PRICES_BEFORE.search(low, 0, r.s))


# the kinds of raw date that dateroles._resolve places with no publication date; the
# others (weekdays, relative days, periods, "ago", "over the past") it leaves unplaced
_PLACED_WITHOUT_REF = frozenset({"day", "range", "month", "year", "decade"})

_LAST_WORD = re.compile(r"([^\W\d_][\w'’-]*)\s*\($")


def bracketed_day(sentence: str, start: int, end: int, lang: str | None = None) -> bool:
    """True when sentence[start:end], a figure of one or two digits from 1 to 31, stands in
    brackets right after a weekday or day word: "on Sunday (27)", "hoje (5)" give that
    day's date of the month (news style in several languages), not a count. Read without
    the publication date, so a page with no date drops it too."""
    digits = sentence[start:end]
    if not (digits.isdigit() and len(digits) <= 2 and 1 <= int(digits) <= 31):
        return False
    if not sentence.startswith(")", end):
        return False
    word = _LAST_WORD.search(sentence, max(0, start - 40), start)
    if word is None:
        return False
    g = _grammar(lang)
    low = word[1].lower()
    return low in g.weekdays or _norm(low) in g.rel_days


_DAY_IN_BRACKETS = re.compile(r"\s*\((\d{1,2})\)")


def numbered_weekday(sentence: str, end: int, wd: int, ref: date) -> str | None:
    """The day a weekday names with its day of the month in brackets right after it
    ("deste domingo (5)", "Sunday (16)"): of the two such weekdays within a week of the
    publication date `ref`, the one whose day it writes, after `ref` or before it (a page
    dated Saturday 4 tells of "this Sunday (5)"); None when neither has that day."""
    m = _DAY_IN_BRACKETS.match(sentence, end)
    if m is None:
        return None
    back = ref - timedelta(days=(ref.weekday() - wd) % 7)
    for day in (back, back + timedelta(days=7)):
        if day.day == int(m[1]):
            return day.isoformat()
    return None


def _in_calendar(value: str) -> bool:
    """A value of years 1 to 9999 ("2022-08-17", "0001", "--08-17" with no year)."""
    if value.startswith("--"):
        return True
    year = value.split("-", 1)[0]
    return year.isdigit() and 1 <= int(year) <= 9999


def may_have_calendar_date(sentence: str, lang: str | None = None) -> bool:
    """False only when find_dates(sentence, ref) can give no mention of kind date, month,
    year or range, whatever `ref`: those come from the numeric, year, day and month shapes,
    which run only behind the four-digit gate or a month name (each starts with its stem).
    Weekdays and relative dates ("last week", "two years ago") need neither."""
    g = _grammar(lang)
    return g.gate_digits.search(sentence) is not None or g.gate_months.search(sentence) is not None


def find_durations(sentence: str) -> list[tuple[int, int, float, str]]:
    """Durations that look back from publication: (start, end, count, unit).

    "over the past 23 years" -> (i, j, 23.0, "years"); also "for two decades", "three days ago".
    The span covers the whole phrase; unit is plural: days, weeks, months, years, decades. The
    number grammar finds "23 years" as a quantity too; this helper only says that the phrase
    measures time back from publication (find_dates turns the same phrases into dates).
    """
    g = _grammar()
    out = []
    for mt in g.durations.finditer(_lower(sentence)):
        raw_n = mt["pn"] if mt["pu"] else mt["fn"] if mt["fu"] else mt["an"]
        unit = mt["pu"] or mt["fu"] or mt["au"]
        n = _count(g, raw_n)
        if n:
            out.append((mt.start(), mt.end(), float(n), _unit(unit) + "s"))
    return out
