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

import bisect
import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from kfactcheck import data
from kfactcheck.grammar.vocab import trie_pattern as _alt

__all__ = [
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


# ------------------------------------------------------------------------------ word lists


@cache
def load_words() -> dict:
    """data/dates.toml, parsed once."""
    return data.load("dates")


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:1\d{3}|20\d\d|21\d\d)"
_TO = r"(?:\s*[-–—]\s*|\s+(?:to|and|until|till|through)\s+)"  # joins two days of a range


class _Grammar:
    """The compiled patterns and lookup tables, built once from data/dates.toml.

    Case: month and weekday names are matched in the sentence as written (capitalised); every
    other word list is lower case and matched in a lower-cased copy of the sentence, which is
    faster than re.IGNORECASE.
    """

    def __init__(self, w: dict) -> None:
        # another language's joiners ("14. Juli", "29 de octubre de 2024"): see _language_words
        ords = w.get("lang_ordinals", [])
        ord_rx = "(?:st|nd|rd|th" + "".join("|" + re.escape(o) for o in ords) + ")?"
        of_words = "|".join(["of", *(re.escape(o) for o in w.get("lang_of", []))])
        year_of = "".join(rf"(?:{re.escape(o)}\s+)?" for o in w.get("lang_of", [])[:1])
        self.months_full = {k.lower(): v for k, v in w["months"].items()}
        self.months = dict(self.months_full)
        self.months.update({k.lower(): v for k, v in w["month_abbreviations"].items()})
        self.weekdays = {k.lower(): v for k, v in w["weekdays"].items()}
        self.weekdays.update({k.lower(): v for k, v in w["weekday_abbreviations"].items()})
        self.numbers = {k.lower(): v for k, v in w["numbers"].items()}
        self.rel_days = {_norm(k): v for k, v in w["relative_days"].items()}
        self.shifts = {k.lower(): v for k, v in w["relative_shifts"].items()}
        self.parts = {_norm(k): v for k, v in w["parts"].items()}
        yrs, roles, tense = w["years"], w["roles"], w["tense"]
        self.deadline_past = {_norm(p) for p in roles["deadline"]["past"]}
        self.not_past_ed = {p.lower() for p in tense["not_past_ed"]}
        self.not_count = {p.lower() for p in yrs["not_count"]}
        wd_ex = w["weekday_exclusions"]
        self.wd_before = {p.lower() for p in wd_ex["before"]}
        self.wd_after = {p.lower() for p in wd_ex["after"]}

        # role of each adjacent cue; the first role to list a phrase keeps it
        self.adjacent: dict[str, str] = {}
        for role in ("deadline", "since", "schedule", "event"):
            for p in roles[role]["adjacent"]:
                self.adjacent.setdefault(_norm(p), role)
        self.window: dict[str, str] = {}
        for kind, phrases in (
            ("effect", roles["deadline"]["effect"]),
            ("shift", roles["deadline"]["shift"]),
            ("schedule", roles["schedule"]["window"]),
            ("event", roles["event"]["window"]),
        ):
            for p in phrases:
                self.window.setdefault(_norm(p), kind)

        mon = _alt(list(w["months"]) + list(w["month_abbreviations"]))
        wday = _alt(w["weekdays"])
        wd_any = _alt(list(w["weekdays"]) + list(w["weekday_abbreviations"]))
        unit_words = w["relative_units"]["units"]
        units = rf"(?:(?:{_alt(unit_words)})s?)"  # plural too: "two decades ago"
        shift_units = _alt(u for u in unit_words if u != "day")  # "last week", not "last day"
        tens = [k for k, v in self.numbers.items() if 20 <= v <= 90 and v % 10 == 0]
        ones = [k for k, v in self.numbers.items() if 1 <= v <= 9 and k not in ("a", "an")]
        num = rf"(?:\d{{1,3}}|(?:{_alt(tens)})(?:-(?:{_alt(ones)}))?|{_alt(self.numbers)})"

        # --- gates: plain literal alternations, which re scans fast -----------------------
        # (a sentence passes if any gate matches; each shape below runs only behind its gate)
        month_stems = sorted({m[:3] for m in w["months"]})
        weekday_stems = sorted({d[:3] for d in w["weekdays"]})
        self.gate_names = re.compile("|".join(month_stems + weekday_stems))
        self.gate_digits = re.compile(r"[0-9][0-9][0-9][0-9]")
        # every month name and abbreviation starts with one of these (the day, month and
        # range shapes need one): see may_have_calendar_date
        month_words = list(w["months"]) + list(w["month_abbreviations"])
        self.gate_months = re.compile("|".join(sorted({re.escape(m[:3]) for m in month_words})))
        # Relative words; one that may open a sentence loses its first letter so "Today" and
        # "today" both hit. Plain substring tests beat a regex alternation of lower-case words.
        tails = {k.split()[-1] for k in self.rel_days} | {"ago", "week", "month", "year", "decade"}
        self.gate_relative = tuple(sorted({x[1:] if x in self.rel_days else x for x in tails}))
        # --- the date shapes (on the sentence as written) -------------------------------
        # No shape starts with a lookbehind: re skips ahead fast to a possible first character
        # only when the pattern starts with one (hence the "(?=\d)" heads), so the character
        # before a match is checked in Python (_free).
        self.numeric = re.compile(
            rf"""
            (?=\d)
            (?:
              (?P<y>{_YEAR})(?P<sep>[-/.])          # ISO 2022-08-17, 2022/08/17
              (?P<m>1[0-2]|0?[1-9])(?P=sep)
              (?P<d>{_DAY})
            | (?P<a>\d{{1,2}})(?P<sep2>[-/.])       # 20-09-2022, 20/09/2022, 09/20/2022
              (?P<b>\d{{1,2}})(?P=sep2)
              (?P<y2>{_YEAR})
            )
            (?!\d|[.,:/-]\d)                        # not part of a longer figure
            """,
            re.X,
        )
        self.month_first = re.compile(
            rf"""
            (?P<mon>{mon})                          # August, Aug., Sept.
            (?:
              (?:\.\s*|\s+)
              (?P<d>{_DAY})(?P<o>{ord_rx})            # August 17, Sept. 1st
              (?:{_TO}(?P<d2>{_DAY})(?P<o2>{ord_rx}))?  # November 21-22
              (?!\d|[.,:]\d|\w)                     # not 17:29, 1.5, 1000
              (?:,?\s+(?P<y>{_YEAR})(?!\d|[.,:]\d))?  # , 2022
            | \.?,?\s+{year_of}(?P<my>{_YEAR})(?!\d|[.,:]\d|\w)  # September 2022
            | (?P<pos>['’]s)?(?!\w)                 # September, September's (full names only)
            )
            """,
            re.X,
        )
        self.day_first = re.compile(
            rf"""
            (?=\d)
            (?P<d>{_DAY}){ord_rx}                     # 20, 31st
            (?:{_TO}(?P<d2>{_DAY}){ord_rx})?          # 21-22 November, 3 to 5 May
            \s+(?:(?:{of_words})\s+)?
            (?P<mon>{mon})(?P<dot>\.)?(?!\w)        # November, Nov., Sept.
            (?:,?\s+{year_of}(?P<y>{_YEAR})(?!\d|[.,:]\d))?  # 2022
            """,
            re.X,
        )
        # before a day: "Wednesday, August 17", "Tuesday 20 September", "the 31st of October"
        self.left_weekday = re.compile(rf"(?<![\w])(?P<wd>{wd_any})\.?,?\s+$")
        self.left_the = re.compile(r"(?<![\w])[Tt]he\s+$")
        self.year = re.compile(
            r"""
            (?=[12])
            (?:
              (?P<dec>(?:1[89]|20)\d0)s(?!\w)       # the 1990s
            | (?P<y>1[89]\d\d|20\d\d|2100)          # 2008 (bare years: 1800-2100)
              (?:\s*(?P<sep>[-–—/])\s*              # 2019-2020, 2019-20, 2019/20
                 (?P<y2>1[89]\d\d|20\d\d|2100|\d\d)(?!\d|[.,:]\d))?
              (?!\d|[.,:]\d|\s*%|-\w)               # not 2008.5, 2008%, 2008-style
            )
            """,
            re.X,
        )
        self.weekday = re.compile(rf"(?P<wd>{wday})(?P<pos>['’]s)?(?!\w)")
        # --- shapes and context in the lower-cased sentence ----------------------------
        self.relative = re.compile(
            rf"""
            (?<![\w])
            (?:
              (?P<rd>{_alt(self.rel_days)})                            # yesterday, today
            | (?P<sh>{_alt(self.shifts)})\s+(?P<u>{shift_units})       # last month
            | (?P<pw>start|beginning|end|middle|close|turn)\s+of\s+the\s+
              (?P<tu>week|month|year)                                  # end of the year
            | (?P<n>{num})\s+(?P<au>{units})\s+ago                     # two decades ago
            | (?:(?P<pp>over|in|during|for|within|throughout|of)\s+)?the\s+
              (?P<pl>past|last)\s+(?:(?P<pn>{num})\s+)?(?P<pu>{units})  # over the past 23 years
              (?!\s+of\b)                                             # not "the last week of May"
            )(?!\w)
            """,
            re.X,
        )
        part_of = _alt(p for p in self.parts if p.endswith(" of"))
        part_word = _alt(p for p in self.parts if " " not in p)
        self.left_part = re.compile(
            rf"(?<![\w])(?:(?P<pw>{part_of})\s+|(?P<pm>{part_word})(?:-|\s+))$"
        )
        self.left_recurring = re.compile(rf"(?<![\w])(?:{_alt(w['recurring']['words'])})\s+$")
        self.left_shift = re.compile(rf"(?<![\w])(?P<sh>{_alt(self.shifts)})\s+$")
        self.left_approx = re.compile(rf"(?<![\w])(?:{_alt(w['approx']['words'])})\s+$")
        self.left_quantity = re.compile(rf"(?<![\w])(?:{_alt(yrs['quantity_words'])})\s+$")
        self.left_not_year = re.compile(rf"(?:^|(?<![\w]))(?:{_alt(yrs['not_after'])})\s*$")
        self.left_copyright = re.compile(rf"(?:{_alt(yrs['copyright'])})\s*$")
        self.right_count = re.compile(rf"\s*(?:{_alt(yrs['count_nouns'])})(?![\w])")
        self.right_clock = re.compile(rf"\s*(?:{_alt(yrs['clock_words'])})(?![\w])")
        # a figure joined to this one: "1500 to 2000", "2000 and 2,500"
        self.left_number = re.compile(r"(?<![\w.,])(?P<n>\d+(?:[.,]\d+)*)\s*(?:to|and|or|-|–)\s*$")
        self.right_number = re.compile(r"\s*(?:to|and|or|-|–)\s*(?P<n>\d+(?:[.,]\d+)*)(?![\w])")
        self.right_plural = re.compile(r"\s+([a-z]{3,}s)\b")  # on the sentence as written
        self.left_word = re.compile(r"(?<![\w])([\w']+)\s+$")
        self.right_word = re.compile(r"\s+([\w']+)")
        self.need_cue = re.compile(rf"(?<![\w])(?:{_alt(w['months_need_cue']['words'])})[\s-]+$")
        self.adjacent_rx = re.compile(rf"(?<![\w'])(?P<cue>{_alt(self.adjacent)})\s+(?:the\s+)?$")
        self.window_rx = re.compile(rf"(?<![\w])(?:{_alt(self.window)})(?![\w])")
        self.right_cue = re.compile(rf"\s*(?P<cue>{_alt(roles['deadline']['right'])})(?![\w])")
        self.range_gap = re.compile(r"\s*(?:[-–—]|to|until|till|through|and)\s*$")
        self.tense_rx = re.compile(
            rf"(?<![\w'])(?:(?P<f>{_alt(tense['future'])})|{_alt(tense['past'])})(?![\w])"
        )
        self.past_ed = re.compile(r"(?<=[a-z][a-z])ed(?![\w'])")
        self.durations = re.compile(
            rf"""
            (?<![\w])
            (?:
              (?:over|in|during|for|within|throughout)\s+the\s+(?:past|last)\s+
              (?:(?P<pn>{num})\s+)?(?P<pu>{units})                     # over the past 23 years
            | for\s+(?P<fn>{num})\s+(?P<fu>{units})                    # for two decades
            | (?P<an>{num})\s+(?P<au>{units})\s+ago                    # three days ago
            )(?!\w)
            """,
            re.X,
        )


@cache
def _grammar(lang: str | None = None) -> _Grammar:
    """The English grammar, or English with another language's names added."""
    words = load_words()
    if lang is None or lang == "en":
        return _Grammar(words)
    from kfactcheck.grammar.numlang import code

    key = code(lang)
    return _grammar() if key is None else _Grammar(_language_words(words, key))


def _language_words(english: dict, key: str) -> dict:
    """dates.toml with a language's months, weekdays and day words added (languages.toml),
    in lower case and capitalised: "6 avril", "Mittwoch", "ieri"."""
    from kfactcheck.grammar.numlang import table

    lang = table(key)["dates"]
    w = {k: (dict(v) if isinstance(v, dict) else v) for k, v in english.items()}

    def both(names: dict) -> dict:
        return {n: v for k, v in names.items() for n in (k, k[:1].upper() + k[1:])}

    w["months"] = {**w["months"], **both(lang["months"])}
    w["month_abbreviations"] = {**w["month_abbreviations"], **both(lang["month_abbreviations"])}
    w["weekdays"] = {**w["weekdays"], **both(lang["weekdays"])}
    w["relative_days"] = {**w["relative_days"], **lang["relative_days"]}
    cues = w["months_need_cue"]["words"] + lang["month_cues"]
    w["months_need_cue"] = {"words": cues}
    w["lang_ordinals"], w["lang_of"] = lang["ordinal"], lang["of"]
    w["tense"] = {
        **w["tense"],
        "past": w["tense"]["past"] + lang["past"],
        "future": w["tense"]["future"] + lang["future"],
    }
    return w


# ------------------------------------------------------------------------------ raw mentions


@dataclass(slots=True)
class _Raw:
    """A date shape found in the sentence, before resolution."""

    s: int  # anchor span; grows left when a part or shift word is taken in
    e: int
    kind: str  # day | range | month | year | decade | weekday | reldays | period | ago | past
    #            | void (an impossible date, kept only to hide the shapes inside it)
    y: int | None = None
    m: int | None = None
    d: int | None = None
    y2: int | None = None
    m2: int | None = None
    d2: int | None = None
    wd: int | None = None
    shift: int | None = None  # last / this / next: -1 / 0 / 1
    unit: str | None = None  # week, month, year ... for relative shapes
    n: int = 0
    part: str | None = None  # start | end | middle | early | mid | late
    cue: str | None = None  # the cue a shape carries in itself ("over the past")
    lead: int = -1  # start of loose words before the anchor ("around")
    poss: bool = False  # possessive: "Tuesday's earthquake", "September's clashes"
    ambiguous: bool = False


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _count(g: _Grammar, s: str | None) -> int | None:
    if s is None:
        return 1
    s = s.lower()
    if s.isdigit():
        return int(s)
    if "-" in s:
        a, _, b = s.partition("-")
        return g.numbers.get(a, 0) + g.numbers.get(b, 0)
    return g.numbers.get(s)


def _unit(u: str) -> str:
    u = u.lower()
    return u[:-1] if u.endswith("s") else u


def _lower(t: str) -> str:
    """Lower case with the same length, so offsets carry over ("İ" lower-cases to two chars)."""
    low = t.lower()
    return low if len(low) == len(t) else t.translate(_ASCII_LOWER)


_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def _scan(g: _Grammar, t: str) -> tuple[list[_Raw], str]:
    """Every date shape in t, overlaps removed (the longest wins), and t lower-cased.

    Gates first: most sentences hold no month or weekday name, no four-digit figure and no
    relative word, and leave here after a few microseconds.
    """
    has_names = g.gate_names.search(t) is not None
    has_digits = g.gate_digits.search(t) is not None
    has_relative = False
    for word in g.gate_relative:
        if word in t:
            has_relative = True
            break
    if not (has_names or has_digits or has_relative):
        return [], t
    cands: list[_Raw] = []
    add = cands.append
    if has_digits:
        for mt in _free_matches(g.numeric, t, ".,/:-"):
            _numeric_shape(mt, add)
        for mt in _free_matches(g.year, t, "$€£¥.,:/'’#-"):
            _year_shape(mt, add)
    if has_names:
        for mt in _free_matches(g.month_first, t):
            _month_first_shape(g, t, mt, add)
        for mt in _free_matches(g.day_first, t, ".,:/-"):
            _day_first_shape(g, t, mt, add)
        for mt in _free_matches(g.weekday, t):
            r = _Raw(mt.start(), mt.end("wd"), "weekday", wd=g.weekdays[mt["wd"].lower()])
            r.poss = mt["pos"] is not None
            add(r)
    low = _lower(t)
    if has_relative:
        for mt in g.relative.finditer(low):
            _relative_shape(g, mt, add)
    if len(cands) < 2:
        return [r for r in cands if r.kind != "void"], low
    cands.sort(key=lambda r: (r.s - r.e, r.s))
    # the chosen ones do not overlap: kept in text order, a candidate need only be checked
    # against its two neighbours there (a sentence may hold a thousand dates)
    chosen: list[_Raw] = []
    starts: list[int] = []
    for r in cands:
        i = bisect.bisect_right(starts, r.s)
        if i and not (r.e <= chosen[i - 1].s or r.s >= chosen[i - 1].e):
            continue
        if i < len(chosen) and not (r.e <= chosen[i].s or r.s >= chosen[i].e):
            continue
        chosen.insert(i, r)
        starts.insert(i, r.s)
    return [r for r in chosen if r.kind != "void"], low


def _free(t: str, i: int, more: str = "") -> bool:
    """Nothing glued to the left of t[i]: start of text, or a character that is no letter,
    digit or underscore and not in `more`."""
    if i == 0:
        return True
    c = t[i - 1]
    return not (c.isalnum() or c == "_" or c in more)


def _free_matches(rx: re.Pattern, t: str, more: str = ""):
    """rx.finditer(t), keeping matches with nothing glued to their left (_free). After a
    glued match the search goes on one character later, not after it: the "9 until 30 April"
    inside "1999 until 30 April" must not hide "30 April"."""
    pos = 0
    while mt := rx.search(t, pos):
        if _free(t, mt.start(), more):
            yield mt
            pos = mt.end() if mt.end() > mt.start() else mt.start() + 1
        else:
            pos = mt.start() + 1


def _numeric_shape(mt: re.Match, add) -> None:
    if mt["y"]:
        y, m, d = int(mt["y"]), int(mt["m"]), int(mt["d"])
        if _valid(y, m, d):
            add(_Raw(mt.start(), mt.end(), "day", y, m, d))
        return
    a, b, y = int(mt["a"]), int(mt["b"]), int(mt["y2"])
    day_first, month_first = _valid(y, b, a), _valid(y, a, b)
    if day_first or month_first:
        d, m = (a, b) if day_first else (b, a)
        r = _Raw(mt.start(), mt.end(), "day", y, m, d)
        r.ambiguous = day_first and month_first and a != b
        add(r)


def _year_shape(mt: re.Match, add) -> None:
    if mt["dec"]:
        dec = int(mt["dec"])
        add(_Raw(mt.start(), mt.end(), "decade", dec, y2=dec + 9))
        return
    y = int(mt["y"])
    r = _Raw(mt.start(), mt.end("y"), "year", y)
    if mt["y2"]:
        y2 = int(mt["y2"])
        if y2 < 100:
            y2 += y // 100 * 100
        if y < y2 <= y + 100:
            r.e, r.y2 = mt.end(), y2
    add(r)


def _month_first_shape(g: _Grammar, t: str, mt: re.Match, add) -> None:
    mon = mt["mon"].lower()
    m = g.months[mon]
    s = mt.start()
    if mon in g.months_full:  # the month alone, should the longer shape lose to another
        r = _Raw(s, mt.end("mon"), "month", None, m)  # ("of March 12 January"); "Sept." alone
        r.poss = mt["pos"] is not None  # or "Jan" is no date
        add(r)
    if mt["my"]:
        add(_Raw(s, mt.end(), "month", int(mt["my"]), m))
        return
    if mt["d"] is None:
        return
    y = int(mt["y"]) if mt["y"] else None
    e = mt.end() if y else mt.end("o2") if mt["d2"] else mt.end("o")
    _add_day(g, t, s, e, y, m, int(mt["d"]), mt["d2"], add)


def _day_first_shape(g: _Grammar, t: str, mt: re.Match, add) -> None:
    mon = mt["mon"].lower()
    y = int(mt["y"]) if mt["y"] else None
    if y is not None:
        e = mt.end()
    else:  # the dot of "Nov." belongs to the date, the full stop after "November" does not
        e = mt.end("mon") if mon in g.months_full or not mt["dot"] else mt.end("dot")
    s = mt.start()
    if the := g.left_the.search(t, max(0, s - 6), s):  # "the 31st of October": not in the anchor
        s = the.start() if g.left_weekday.search(t, max(0, the.start() - 16), the.start()) else s
    _add_day(g, t, s, e, y, g.months[mon], int(mt["d"]), mt["d2"], add)


def _add_day(g: _Grammar, t: str, s: int, e: int, y, m: int, d: int, d2: str | None, add) -> None:
    wd = g.left_weekday.search(t, max(0, s - 16), s)  # "Wednesday, August 17"
    if wd:
        s = wd.start()
    if not _valid(y or 2000, m, d):  # 2000, a leap year, lets 29 February through
        add(_Raw(s, e, "void"))  # "30 February 2024": no "February 2024" either
        return
    r = _Raw(s, e, "day", y, m, d)
    if wd:
        r.wd = g.weekdays[wd["wd"].lower()]
    if d2:
        d2n = int(d2)
        if not (d2n > d and _valid(y or 2000, m, d2n)):
            return
        r.kind, r.y2, r.m2, r.d2 = "range", y, m, d2n
    add(r)


def _relative_shape(g: _Grammar, mt: re.Match, add) -> None:
    r = _Raw(mt.start(), mt.end(), "reldays")
    if mt["rd"]:
        r.n = g.rel_days[_norm(mt["rd"])]
    elif mt["sh"]:
        r.kind, r.shift, r.unit = "period", g.shifts[mt["sh"]], mt["u"]
    elif mt["tu"]:
        r.kind, r.shift, r.unit = "period", 0, mt["tu"]
        r.part = g.parts[_norm(mt["pw"] + " of")]
    elif mt["au"]:
        n = _count(g, mt["n"])
        if not n:
            return
        r.kind, r.n, r.unit = "ago", n, _unit(mt["au"])
    else:
        n = _count(g, mt["pn"])
        if not n:
            return
        r.kind, r.n, r.unit = "past", n, _unit(mt["pu"])
        first = mt.start("pp") if mt["pp"] else mt.start("pl") - 4  # "over the", or "the"
        r.s, r.lead = mt.start("pl"), first
        r.cue = _norm(mt.string[first : mt.end("pl")])
    add(r)


# ------------------------------------------------------------------------------ context


def _expand(g: _Grammar, t: str, low: str, r: _Raw) -> bool:
    """Take part, shift and loose words before the anchor in; False drops r (not a date)."""
    left = low[max(0, r.s - 40) : r.s]
    shiftable = r.kind == "weekday" or (r.kind == "month" and r.y is None)
    if shiftable and (mt := g.left_shift.search(left)):  # last Tuesday, next March
        r.shift = g.shifts[mt["sh"]]
        r.s -= len(mt.group())
        left = low[max(0, r.s - 40) : r.s]
    partable = r.kind in ("month", "decade", "period") or (r.kind == "year" and r.y2 is None)
    if partable and r.part is None and (mt := g.left_part.search(left)):  # start of, mid-
        r.part = g.parts[_norm(mt["pw"] or mt["pm"])]
        r.s -= len(left) - mt.start()
        left = low[max(0, r.s - 40) : r.s]
    if r.lead < 0:
        r.lead = r.s
    if r.kind in ("day", "range", "month", "year", "decade") and (mt := g.left_approx.search(left)):
        r.lead = r.s - len(mt.group())
        r.part = r.part or "approx"
    if r.kind in ("weekday", "month") and r.y is None and g.left_recurring.search(left):
        return False  # "every Saturday", "each September": no one date
    if r.kind == "month" and r.y is None and r.shift is None and r.part is None:
        # "April" alone may be a name, "March" a verb: need "in", "since", ... or "September's"
        return bool(r.poss or g.need_cue.search(left))
    if r.kind == "weekday":
        lw = g.left_word.search(left)
        rw = g.right_word.match(low, r.e)
        return not ((lw and lw[1] in g.wd_before) or (rw and rw[1] in g.wd_after))
    if r.kind == "year":
        return _is_year(g, t, low, r, left)
    return True


def _is_year(g: _Grammar, t: str, low: str, r: _Raw, left: str) -> bool:
    """A bare four-digit figure: a year unless its neighbours make it a count or a time."""
    if g.left_copyright.search(left) or g.left_not_year.search(left):
        return False
    if r.lead == r.s and g.left_quantity.search(left):
        return False
    if g.right_count.match(low, r.e) or g.right_clock.match(low, r.e):
        return False
    # "from 1500 to 2000", "between 2000 and 2500 people": one end is no year, so neither is
    mt = g.left_number.search(left)
    if mt and not _YEAR_RX.fullmatch(mt["n"]):
        return False
    mt = g.right_number.match(low, r.e)
    if mt and not _YEAR_RX.fullmatch(mt["n"]):
        return False
    if r.part is None and (mt := g.right_plural.match(t, r.e)) and mt[1] not in g.not_count:
        # "said 2000 rebels" counts; "the 2008 elections", "in 2008 reformers" are years
        lw = g.left_word.search(left)
        return (lw[1] if lw else "") in _YEAR_BEFORE_PLURAL
    return True


_YEAR_RX = re.compile(r"1[89]\d\d|20\d\d|2100")
_YEAR_BEFORE_PLURAL = frozenset(
    ("in", "since", "the", "until", "by", "from", "before", "after", "during")
)


def _join_ranges(g: _Grammar, low: str, raws: list[_Raw]) -> list[_Raw]:
    """Two dates joined into one span: "between March 1 and March 15", "from 2019 to 2021"."""
    out: list[_Raw] = []
    i = 0
    while i < len(raws):
        a = raws[i]
        b = raws[i + 1] if i + 1 < len(raws) else None
        if b is None or not _joinable(g, low, a, b):
            out.append(a)
            i += 1
            continue
        if a.kind in ("day", "range"):
            end_y = b.y2 if b.kind == "range" else b.y
            end_m, end_d = (b.m2, b.d2) if b.kind == "range" else (b.m, b.d)
            y = a.y
            if y is None and end_y is not None:
                y = end_y - 1 if (a.m, a.d) > (end_m, end_d) else end_y
            a.kind, a.y, a.y2, a.m2, a.d2 = "range", y, end_y, end_m, end_d
        elif a.kind == "month":
            y = a.y
            if y is None and b.y is not None:
                y = b.y - 1 if a.m > b.m else b.y
            a.y, a.y2, a.m2 = y, b.y, b.m
        else:
            a.y2 = b.y
        a.e = b.e
        out.append(a)
        i += 2
    return out


def _joinable(g: _Grammar, low: str, a: _Raw, b: _Raw) -> bool:
    if not (
        {a.kind, b.kind} <= {"day", "range"}
        or (a.kind == b.kind == "month" and a.shift is None and b.shift is None)
        or (a.kind == b.kind == "year" and a.y2 is None and b.y2 is None)
    ):
        return False
    if a.part or b.part or a.lead != a.s or b.lead != b.s:
        return False
    if (
        a.y is not None
        and b.y is not None
        and (a.y, a.m or 0, a.d or 0) >= (b.y, b.m or 0, b.d or 0)
    ):
        return False  # "2008 until 1999" is no span
    gap = low[a.e : b.s]
    if not g.range_gap.match(gap):
        return False
    word = gap.strip()
    lw = g.left_word.search(low[max(0, a.s - 20) : a.s])
    before = lw[1] if lw else ""
    if word == "and":
        return before == "between"
    if word in ("-", "–", "—"):
        return True
    if before == "between":
        return False
    # "postponed from March 1 to April 15" moves a date: two mentions, not a range
    window = low[max(0, a.s - 70) : a.s]
    return not any(g.window.get(_norm(m.group())) == "shift" for m in g.window_rx.finditer(window))


# ------------------------------------------------------------------------------ roles


@dataclass(slots=True)
class _Role:
    role: str
    cue: str | None
    text_start: int  # where the mention's text begins (its adjacent cue, or the anchor)
    text_end: int
    lean: str  # past | future: where a date without its year is looked for
    # How much a day in the other direction costs: with strength k an occurrence against the
    # lean wins only when it is k times closer (1: nearest wins; inf: never).
    strength: float


_FUTURE, _PAST = "future", "past"


def _tense(g: _Grammar, low: str, s: int, e: int) -> str | None:
    """The nearest tense marker within reach of low[s:e]: "future", "past" or None."""
    best, which = 96, None
    lo, hi = max(0, s - 80), min(len(low), e + 80)
    for mt in g.tense_rx.finditer(low, lo, hi):
        if s <= mt.start() < e:
            continue
        # a marker after the date counts a little less: "said on Monday, ahead of talks"
        dist = s - mt.end() if mt.end() <= s else mt.start() - e + 15
        if dist < best:
            best, which = dist, _FUTURE if mt["f"] else _PAST
    for mt in g.past_ed.finditer(low, lo, hi):
        if s <= mt.start() < e:
            continue
        j = low.rfind(" ", lo, mt.start()) + 1 or lo  # the word's start, roughly
        if low[j : mt.end()] in g.not_past_ed:
            continue
        dist = s - mt.end() if mt.end() <= s else j - e + 15
        if dist < best:
            best, which = dist, _PAST
    return which


CLAUSE_START = re.compile(r'.*(?:[;:()\[\]“”"]|, )', re.S)  # greedy: the last one
_WINDOW_RANK = {"effect": 0, "shift": 0, "schedule": 1, "event": 2}
_EVENT_PREPS = (None, "in", "on", "at", "of", "during")


def _role(g: _Grammar, low: str, r: _Raw, lo: int, ref: date | None) -> _Role:
    """Which role the date plays, from the cue words around it. lo: end of the previous date."""
    text_start, text_end = r.lead, r.e
    left = low[max(lo, r.lead - 40) : r.lead]
    adj = g.adjacent_rx.search(left)
    adj_cue = _norm(adj["cue"]) if adj else None
    if r.poss and (g.adjacent.get(adj_cue) != "event" or adj_cue in ("from", "as of")):
        # "killed by Tuesday's earthquake": a possessive date names a thing; "by" is no deadline
        adj = adj_cue = None
    adj_role = g.adjacent.get(adj_cue) if adj_cue else None
    if adj:
        text_start = r.lead - len(left) + adj.start()
    right = g.right_cue.match(low, r.e)
    if right and not low[r.e : right.start("cue")].strip(", "):
        cue = _norm(right["cue"]).removeprefix("as the ").removeprefix("as a ")
        return _Role("deadline", cue, text_start, right.end(), _FUTURE, 5.0)
    if adj_role == "deadline":
        return _Role("deadline", adj_cue, text_start, text_end, _FUTURE, 5.0)
    if adj_role == "since":
        return _Role("since", adj_cue, text_start, text_end, _PAST, float("inf"))
    if adj_role == "schedule":
        return _Role("schedule", adj_cue, text_start, text_end, _FUTURE, 5.0)
    if r.kind == "past":
        return _Role("since", r.cue, text_start, text_end, _PAST, 1.0)
    # A cue earlier in the clause (back to a comma, quote or bracket). A date in between does
    # not stop it: "postponed from March 1 to April 15" governs both. A deadline word beats a
    # schedule word beats an event word; among equals the nearest wins.
    window = low[max(0, text_start - 70) : text_start]
    if cut := CLAUSE_START.match(window):
        window = window[cut.end() :]
    best: tuple[int, str, str] | None = None
    for mt in g.window_rx.finditer(window):
        cue = _norm(mt.group())
        kind = g.window[cue]
        if kind == "shift" and adj_cue not in ("to", "for", "from"):
            continue  # "postponed on Tuesday" dates the decision, not the new date
        if kind == "event" and (adj_cue not in _EVENT_PREPS or len(window) - mt.end() > 30):
            continue  # event words only name a date close by: "founded in 1987"
        rank = _WINDOW_RANK[kind]
        if best is None or rank <= best[0]:
            best = (rank, cue, kind)
    event_cue = None
    if best is not None:
        _, cue, kind = best
        if kind == "shift" and adj_cue == "from":  # the date it moved from
            return _Role("event", adj_cue, text_start, text_end, _PAST, 2.0)
        if kind in ("effect", "shift"):
            if cue in g.deadline_past:  # "came into force": it has happened
                return _Role("deadline", cue, text_start, text_end, _PAST, 10.0)
            return _Role("deadline", cue, text_start, text_end, _FUTURE, 5.0)
        if kind == "schedule":
            return _Role("schedule", cue, text_start, text_end, _FUTURE, 5.0)
        event_cue = cue
    if (r.shift or 0) > 0 or (r.kind == "reldays" and r.n > 0):
        return _Role("schedule", adj_cue, text_start, text_end, _FUTURE, 5.0)
    if (r.shift or 0) < 0 or (r.kind == "reldays" and r.n < 0) or r.kind == "ago":
        return _Role("event", event_cue or adj_cue, text_start, text_end, _PAST, 2.0)
    if r.kind in ("year", "decade") or (r.y is not None and r.kind != "period"):
        # written in full: the tense only tells a schedule from an event, and a date in an
        # earlier year than publication is no schedule anyway
        gone = ref is not None and (r.y2 or r.y) < ref.year
        weak = adj_cue in (None, "in", "on", "from", "as of")
        tense = _tense(g, low, r.s, r.e) if weak and not gone else None
    else:
        tense = _tense(g, low, r.s, r.e)
    if adj_cue in ("from", "as of") and tense == _FUTURE:
        return _Role("deadline", adj_cue, text_start, text_end, _FUTURE, 5.0)
    if tense == _FUTURE:
        return _Role("schedule", adj_cue, text_start, text_end, _FUTURE, 5.0)
    # Past tense (or an event word such as "founded"): a date without its year lies before
    # publication unless it is very close after it; no tense at all: the nearest occurrence,
    # a little towards the past.
    strength = 5.0 if tense or event_cue else 1.5
    return _Role("event", event_cue or adj_cue, text_start, text_end, _PAST, strength)


# ------------------------------------------------------------------------------ resolution


def _pick(cands: list[tuple[int, object]], lean: str, strength: float):
    """The candidate (offset from ref, value) with the least weighted distance."""
    best, best_cost = None, float("inf")
    for off, val in cands:
        against = off > 0 if lean == "past" else off < 0
        cost = abs(off) * (strength if against else 1.0)
        if cost < best_cost:
            best, best_cost = val, cost
    return best


def _day_year(m: int, d: int, ref: date, role: _Role, wd: int | None) -> date | None:
    cands = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        if _valid(y, m, d):
            day = date(y, m, d)
            if wd is None or day.weekday() == wd:
                cands.append(((day - ref).days, day))
    if not cands and wd is not None:
        return _day_year(m, d, ref, role, None)
    return _pick(cands, role.lean, role.strength)


def _month_year(m: int, ref: date, role: _Role, shift: int | None) -> int:
    here = ref.year * 12 + ref.month - 1
    cands = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        off = y * 12 + m - 1 - here
        if (shift == -1 and off >= 0) or (shift == 1 and off <= 0):
            continue
        if shift == 0 and y != ref.year:
            continue
        cands.append((off, y))
    if shift in (-1, 1):
        return max(cands)[1] if shift == -1 else min(cands)[1]
    return _pick(cands, role.lean, role.strength)


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + m - 1 + k
    return i // 12, i % 12 + 1


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _month_part(y: int | None, m: int, part: str | None) -> tuple[str, str, str]:
    """(kind, value, qualifier) for a month with an optional part word; y None: no-year form."""
    yy = "-" if y is None else str(y)
    if part == "start":
        return "date", f"{yy}-{m:02d}-01", "approx"
    if part == "end":
        return "date", f"{yy}-{m:02d}-{_last_day(y or 2001, m):02d}", "approx"
    if part in ("middle", "mid"):
        return "date", f"{yy}-{m:02d}-15", "approx"
    return "month", f"{yy}-{m:02d}", "approx" if part else "exact"


def _year_part(y: int, part: str | None) -> tuple[str, str, str]:
    if part == "start":
        return "date", f"{y}-01-01", "approx"
    if part == "end":
        return "date", f"{y}-12-31", "approx"
    return "year", str(y), "approx" if part else "exact"


def _resolve(r: _Raw, ref: date | None, role: _Role) -> tuple[str, str, str | None, str] | None:
    """(kind, value, end_value, qualifier), or None when it cannot be placed."""
    q = "approx" if r.part else "exact"
    if r.kind in ("day", "range"):
        y = r.y
        if y is None and ref is not None:
            day = _day_year(r.m, r.d, ref, role, r.wd)
            if day is None:
                return None
            y = day.year
        yy = f"{y}" if y is not None else "-"
        value = f"{yy}-{r.m:02d}-{r.d:02d}"
        if r.kind == "day":
            return "date", value, None, q
        y2 = r.y2 if r.y2 is not None else y
        if y2 is not None and r.y2 is None and (r.m2, r.d2) < (r.m, r.d):
            y2 += 1
        yy2 = f"{y2}" if y2 is not None else "-"
        return "range", value, f"{yy2}-{r.m2:02d}-{r.d2:02d}", q
    if r.kind == "month":
        y = r.y
        if y is None and ref is not None:
            y = _month_year(r.m, ref, role, r.shift)
        if r.m2 is not None:
            y2 = r.y2 if r.y2 is not None else y
            if y2 is not None and r.y2 is None and r.m2 < r.m:
                y2 += 1
            yy, yy2 = ("-" if v is None else str(v) for v in (y, y2))
            return "month", f"{yy}-{r.m:02d}", f"{yy2}-{r.m2:02d}", q
        kind, value, q = _month_part(y, r.m, r.part)
        return kind, value, None, q
    if r.kind == "year":
        if r.y2 is not None:
            return "year", str(r.y), str(r.y2), q
        kind, value, q = _year_part(r.y, r.part)
        return kind, value, None, q
    if r.kind == "decade":
        lo, hi = r.y, r.y + 9
        if r.part == "early":
            hi = lo + 3
        elif r.part in ("mid", "middle"):
            lo, hi = lo + 3, lo + 6
        elif r.part == "late":
            lo = lo + 7
        return "year", str(lo), str(hi), "approx"
    if ref is None:
        return None
    if r.kind == "weekday":
        back = (ref.weekday() - r.wd) % 7
        ahead = (r.wd - ref.weekday()) % 7
        if r.shift == -1:
            day = ref - timedelta(days=back or 7)
        elif r.shift == 1:
            day = ref + timedelta(days=ahead or 7)
        elif role.lean == "future":
            day = ref + timedelta(days=ahead)
        else:
            day = ref - timedelta(days=back)
        return "weekday", day.isoformat(), None, "exact"
    if r.kind == "reldays":
        return "relative", (ref + timedelta(days=r.n)).isoformat(), None, "exact"
    if r.kind == "period":
        return _period(r, ref)
    if r.kind in ("ago", "past"):
        n, u = r.n, r.unit
        if u == "day":
            return "relative", (ref - timedelta(days=n)).isoformat(), None, q
        if u in ("week", "weekend"):
            return "relative", (ref - timedelta(days=7 * n)).isoformat(), None, "approx"
        if u == "month":
            y, m = _add_months(ref.year, ref.month, -n)
            return "relative", f"{y}-{m:02d}", None, "approx"
        years = n * 10 if u == "decade" else n
        return "relative", str(ref.year - years), None, "approx"
    return None


def _period(r: _Raw, ref: date) -> tuple[str, str, str | None, str]:
    """last / this / next week, weekend, month, year, decade (with an optional part word)."""
    k, u, part = r.shift or 0, r.unit, r.part
    q = "approx" if part else "exact"
    if u == "week":
        return "relative", (ref + timedelta(days=7 * k)).isoformat(), None, "approx"
    if u == "weekend":
        sat = ref + timedelta(days=(5 - ref.weekday()) % 7 + 7 * k)
        if ref.weekday() == 6 and k == 0:
            sat = ref - timedelta(days=1)
        elif ref.weekday() == 6 and k == -1:
            sat = ref - timedelta(days=8)
        elif k == -1:
            sat = ref - timedelta(days=(ref.weekday() - 5) % 7 or 7)
        return "relative", sat.isoformat(), None, "approx"
    if u == "month":
        y, m = _add_months(ref.year, ref.month, k)
        _, value, q = _month_part(y, m, part)
        return "relative", value, None, q
    if u == "decade":
        lo = ref.year // 10 * 10 + 10 * k
        return "relative", str(lo), str(lo + 9), "approx"
    _, value, q = _year_part(ref.year + k, part)
    return "relative", value, None, q


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
    raws = [r for r in raws if _expand(g, sentence, low, r)]
    if len(raws) > 1:
        raws = _join_ranges(g, low, raws)
    out: list[DateMention] = []
    lo = 0
    for r in raws:
        try:
            role = _role(g, low, r, lo, ref)
            res = _resolve(r, ref, role)
        except (ValueError, OverflowError):  # past the calendar's ends: no such day
            if beyond is not None:
                beyond.append(sentence[r.s : r.e])
            res = None
        lo = r.e
        if res is None:
            continue
        kind, value, end_value, qualifier = res
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
