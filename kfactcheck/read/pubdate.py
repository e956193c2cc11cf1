"""Publication date of an article, from its header lines only, with the words it came from.

A date in the body is never taken as the publication date: only a leading " date YYYY-MM-DD"
marker and short header lines whose segments are dates ("August 17, 2022", "Reuters |
Updated: 20-09-2022 17:29 IST | Created: 20-09-2022 17:01 IST", "Published
2022-11-07T07:13:00Z", "Sunday 12 January 2025 08:29 GMT", "By X | 24 October 2020") count.
Dates the body reports as events are only used to doubt the header ("date doubtful: ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

from kfactcheck import data
from kfactcheck.read.cleanup import Line

MONTHS = {name[:3].lower(): n for name, n in data.month_names().items()}  # "jan" -> 1
WEEKDAYS = tuple(w.lower() for w, _ in sorted(data.weekday_names().items(), key=lambda d: d[1]))

_MONTH = r"""(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?
             |sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"""
# Capitalised month names only, for prose: "may" and "march" are also verbs.
_MONTH_PROSE = r"""(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?
                  |Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"""

_DATE_CORE = r"""
    (?:(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun
        |{weekdays})
       \.?,?\s+)?                                                    # weekday: "Sunday, "
    (?:
        (?P<m1>{months})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})
                                                                     # August 17, 2022
      | (?P<d2>\d{{1,2}})(?:st|nd|rd|th|er|º|°)?\.?\s+(?:of\s+|de\s+)?(?P<m2>{months})\.?,?
        \s+(?:de\s+|del\s+)?(?P<y2>\d{{4}})
                                          # 12 January 2025, 14. Juli 2021, 29 de octubre de 2024
      | (?P<y3>\d{{4}})-(?P<mo3>\d{{2}})-(?P<d3>\d{{2}})
        (?:[T\s]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?
                                                                     # 2022-11-07T07:13:00Z
      | (?P<a4>\d{{1,2}})(?P<sep>[-/.])(?P<b4>\d{{1,2}})(?P=sep)(?P<y4>\d{{4}})
                                                                     # 20-09-2022, 05/01/2020
      | (?P<y5>\d{{4}})/(?P<mo5>\d{{1,2}})/(?P<d5>\d{{1,2}})             # 2022/08/17
    )
    (?:(?<=\d)\.)?                                      # Serbo-Croatian "12. ožujka 2023."
    (?:,?\s*(?:(?:{clock_words})\s+|-\s+)?
       \d{{1,2}}(?:[:.h]\d{{2}}|h)(?::\d{{2}})?\s*(?:[ap]\.?m\.?|uhr|h\b)?)?
                                                      # 17:29, 10:15 a.m., à 10h30, um 10:15 Uhr
    (?:\s*\(?(?P<tz>(?-i:[A-Z]{{2,5}})(?:[+-]\d{{1,2}}(?::?\d{{2}})?)?)\)?)?
                                                                     # IST, GMT+1, (ET)
"""


def _alt(words) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True)
    )


@lru_cache(maxsize=1)
def _calendar() -> tuple[dict[str, int], dict[str, int]]:
    """Month names and abbreviations of every language (lower case) -> 1..12, weekdays ->
    0..6: data.calendar_names, the one list."""
    months = {**data.calendar_names("month_abbreviations"), **data.calendar_names("months")}
    return months, data.calendar_names("weekdays")


def _date_core() -> str:
    """_DATE_CORE with every language's month and weekday names and clock words."""
    months, weekdays = _calendar()
    words = _header_words()
    return _DATE_CORE.format(
        months=rf"{_MONTH}|{_alt(months)}",
        weekdays=_alt(weekdays),
        clock_words=_alt(words["clock_words"]),
    )


# The leading marker some corpora carry: " date 2022-08-17 The North Atlantic ..."
# (matched at the first line after any front matter: pattern.match anchors it there)
_MARKER = re.compile(
    r"""\s*
        (?P<ev>date\s+(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2}))   # date 2022-08-17
        (?:\s+|\Z)                                              # then the body, same line
    """,
    re.I | re.X,
)

# Body mentions of events: "on 20 November", "on Nov. 20", "on 21-22 November 2023".
_EVENT = re.compile(
    rf"""[Oo]n\s+(?:the\s+)?                 # a literal start keeps the scan fast; the
                                                 # word boundary before it is checked in code
        (?:
            (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–]\s*(?P<d1b>\d{{1,2}})(?:st|nd|rd|th)?)?
            \s+(?:of\s+)?(?P<m1>{_MONTH_PROSE})\b\.?                   # on 20 November
          | (?P<m2>{_MONTH_PROSE})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?
            (?:\s*[-–]\s*(?P<d2b>\d{{1,2}}))?\b                        # on November 20
        )
        (?:,?\s+(?P<y>\d{{4}})\b)?                                     # a year: not counted
    """,
    re.X,
)

HEADER_LINES = 12  # a header date must sit in the first lines of the article
DOUBT_DAYS = 14  # header date this long after the latest reported event is doubtful
_MAX_HEADER_LINE = 200
# header segments: "Valley Courier | 3 March 2025", "The Eastern Ledger - 4 March 2025"
_SEGMENT = re.compile(r"(?:[^|•·\s\-–—]|[\-–—](?!\s)|(?<!\s)[\-–—]|\s(?![\-–—]\s))+")
_YEAR = re.compile(r"\d{4}")


@dataclass(slots=True)
class HeaderDate:
    """The publication date a header shows, the words it came from, and what to leave out."""

    date: date
    evidence: str  # verbatim from the text
    start: int  # offsets of `evidence` in the text
    end: int
    source: str  # "marker" | "header"
    drop_lines: list[int] = field(default_factory=list)  # header lines left out of keep
    cut: tuple[int, int] | None = None  # a prefix of a line left out of keep (the marker)
    names: list[tuple[int, int]] = field(default_factory=list)  # other segments: outlet?
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Seg:
    start: int
    end: int
    date: date
    updated: bool  # marked as an update, not the publication
    warnings: list[str]


@lru_cache(maxsize=1)
def _header_words() -> dict:
    return data.load("header")


@lru_cache(maxsize=1)
def _segment_re() -> re.Pattern[str]:
    words = _header_words()
    cues = sorted(words["published_cues"] + words["updated_cues"], key=len, reverse=True)
    cue = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)
    joiners = _alt(words["cue_joiners"])
    return re.compile(
        rf"""(?:(?P<cue>{cue})\s*[:\-–]?\s*(?:(?:{joiners})\s+)?[:\-–]?\s*)?
                                              # Updated: / Published on / Publié le / am
             {_date_core()}""",
        re.I | re.X,
    )


@lru_cache(maxsize=1)
def _byline_date_re() -> re.Pattern[str]:
    """A byline with the date after the name: "Anna Berg 3 March 2025", "By Anna Berg
    @annaberg 3 March 2025", and the handle glued to the day by page extraction
    ("Anna Berg @annaberg3 March 2025"). Case-sensitive names; the date part as in
    _segment_re, whose group names it keeps."""
    name = r"[A-Z][\w'’.-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’.-]*){0,4}"
    return re.compile(
        rf"""(?:by\s+)?(?-i:{name})(?:\s*@\w+?)?\s*(?P<date>{_date_core()})""", re.I | re.X
    )


@lru_cache(maxsize=1)
def _cue_split_re() -> re.Pattern[str]:
    """A comma before a cue: "Publié le 6 avril 2023, mis à jour le 7 avril 2023"."""
    words = _header_words()
    return re.compile(
        rf",\s*(?=(?:{_alt(words['published_cues'] + words['updated_cues'])})\b)", re.I
    )


def _updated_cues() -> frozenset[str]:
    return frozenset(_header_words()["updated_cues"])


def _us_zones() -> frozenset[str]:
    return frozenset(_header_words()["us_time_zones"])


def _month(name: str) -> int:
    low = " ".join(name.lower().rstrip(".").split())
    found = _calendar()[0].get(low)
    return found if found is not None else MONTHS[low[:3]]


def _from_match(m: re.Match[str]) -> tuple[date, list[str]] | None:
    """The date a _DATE_CORE match names (None if impossible), and warnings about it."""
    warnings: list[str] = []
    try:
        if m["m1"]:
            d = date(int(m["y1"]), _month(m["m1"]), int(m["d1"]))
        elif m["m2"]:
            d = date(int(m["y2"]), _month(m["m2"]), int(m["d2"]))
        elif m["y3"]:
            d = date(int(m["y3"]), int(m["mo3"]), int(m["d3"]))
        elif m["y5"]:
            d = date(int(m["y5"]), int(m["mo5"]), int(m["d5"]))
        else:
            a, b, y = int(m["a4"]), int(m["b4"]), int(m["y4"])
            month_first = b > 12 or (
                a <= 12 and m["sep"] == "/" and (m["tz"] or "").upper() in _us_zones()
            )
            if a <= 12 and b <= 12 and a != b and m["sep"] == "/":
                order = "month-day-year" if month_first else "day-month-year"
                warnings.append(f"date ambiguous: {m.group(0).strip()} read as {order}")
            d = date(y, a, b) if month_first else date(y, b, a)
    except ValueError:
        return None
    if not 1800 <= d.year <= 2200:
        return None
    wd = m["wd"]
    other = _calendar()[1].get(wd.lower()) if wd and wd.lower() not in WEEKDAYS else None
    if other is not None and other != d.weekday():  # "Mittwoch, 15. Juli 2021"
        warnings.append(f"date doubtful: the header says {wd} but {d.isoformat()} is no {wd}")
    elif wd and other is None and not WEEKDAYS[d.weekday()].startswith(wd.lower()[:3]):
        warnings.append(
            f"date doubtful: the header says {wd} but {d.isoformat()} is a "
            f"{WEEKDAYS[d.weekday()].capitalize()}"
        )
    return d, warnings


def parse_date(value: str) -> date | None:
    """A date from a metadata value ("2023-05-01", "2022-11-07T07:13:00Z", "August 17, 2022")."""
    s = value.strip()
    m = _segment_re().fullmatch(s)
    if m:
        got = _from_match(m)
        return got[0] if got else None
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    if not any(ch.isdigit() for ch in s):
        return None
    from dateutil import parser  # rare shapes in metadata only: never on the hot path

    try:
        return parser.parse(s, fuzzy=False, dayfirst=True).date()
    except (ValueError, OverflowError, parser.ParserError):
        return None


def date_from_value(value: object, warnings: list[str] | None = None) -> date | None:
    """A date from a JSON / TOML / front-matter value: string, date, an integer written
    YYYYMMDD (20220817), or epoch seconds or milliseconds.

    An epoch reading before 1990 or after next year is doubtful: a line saying so is added
    to `warnings` when given.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if isinstance(value, int) and (day := _yyyymmdd(value)) is not None:
            return day  # as epoch seconds it would be a day of 1970-73
        millis = value > 1e11
        try:
            day = datetime.fromtimestamp(value / 1000 if millis else value, tz=UTC).date()
        except (OverflowError, OSError, ValueError):
            return None
        latest = date.today().year + 1
        if warnings is not None and not 1990 <= day.year <= latest:
            unit = "milliseconds" if millis else "seconds"
            when = "before 1990" if day.year < 1990 else f"after {latest}"
            warnings.append(
                f"date doubtful: {value} read as {unit} since 1970 is {day.isoformat()}, {when}"
            )
        return day
    if isinstance(value, str):
        return parse_date(value)
    return None


def _yyyymmdd(n: int) -> date | None:
    """20220817 -> 2022-08-17, for years 1900 to 2199; None when n is not such a day."""
    if not 19000101 <= n <= 21991231:
        return None
    return _safe_date(n // 10000, n // 100 % 100, n % 100)


def find_header_date(text: str, lines: list[Line], skip: set[int]) -> HeaderDate | None:
    """The publication date shown by the article's header, or None.

    `lines` are the non-blank lines of `text`; lines in `skip` (front matter, furniture) are
    not header candidates.
    """
    first = next((line for i, line in enumerate(lines) if i not in skip), None)
    m = _MARKER.match(text, first.start) if first is not None else None
    if m:
        d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if d:
            return HeaderDate(
                d, m["ev"], m.start("ev"), m.end("ev"), "marker", cut=(m.start(), m.end())
            )
    seg_re = _segment_re()
    updated = _updated_cues()
    found: list[tuple[int, list[_Seg], list[tuple[int, int]]]] = []
    seen = 0  # header lines looked at: front matter and furniture do not count
    for i, line in enumerate(lines):
        if i in skip:
            continue
        seen += 1
        if seen > HEADER_LINES:
            break
        if line.end - line.start > _MAX_HEADER_LINE:
            continue
        if not _YEAR.search(text, line.start, line.end):
            continue  # every header date form carries a four-digit year
        segs: list[_Seg] = []
        others: list[tuple[int, int]] = []
        for s, e in _segments(text, line.start, line.end):
            dm = seg_re.fullmatch(text, s, e)
            if dm is None and not segs and not others:
                dm = _byline_date_re().fullmatch(text, s, e)
                s = dm.start("date") if dm else s
            got = _from_match(dm) if dm else None
            if got:
                cue = (dm.groupdict().get("cue") or "").lower()
                is_update = " ".join(cue.split()) in updated
                segs.append(_Seg(s, e, got[0], is_update, got[1]))
            elif e - s <= 80 and not _sentence_like(text, s, e):
                others.append((s, e))
            else:
                segs = []
                break
        if segs:
            found.append((i, segs, others))
    if not found:
        return None
    i, segs, others = found[0]
    pub = [s for s in segs if not s.updated] or segs
    chosen = min(pub, key=lambda s: s.date)
    start, end = segs[0].start, segs[-1].end
    hd = HeaderDate(chosen.date, text[start:end], start, end, "header", [i], names=others)
    for s in segs:
        hd.warnings += s.warnings
    days = sorted({s.date for s in segs})
    if len(days) > 1:
        said = ", ".join(f"{text[s.start : s.end]}" for s in segs)
        hd.warnings.append(f"date doubtful: the header gives different days ({said})")
    for j, more, _ in found[1:]:
        hd.drop_lines.append(j)
        other = {s.date for s in more} - set(days)
        if other:
            hd.warnings.append(
                f"date doubtful: the header gives {chosen.date.isoformat()} and also "
                f"{text[more[0].start : more[-1].end]}"
            )
    return hd


def event_doubt(
    pub: date, text: str, spans: list[tuple[int, int]], label: str = "the page header"
) -> str | None:
    """A warning when every event the body dates lies long before `pub`, else None.

    Pages often print today's date in their header; the events the text reports ("on 20
    November") then show the article is older. Only day-month mentions without a year count
    (a year marks a dated reference, often history); each is read as the occurrence nearest
    to `pub`, and mentions after `pub` (deadlines) are ignored.
    """
    latest: tuple[date, str] | None = None
    for s, e in spans:
        for m in _EVENT.finditer(text, s, e):
            if m.start() > 0 and text[m.start() - 1].isalnum():
                continue  # "Hon 20 May", not "on 20 May"
            d = _event_date(m, pub)
            if d and d <= pub and (latest is None or d > latest[0]):
                latest = (d, m.group(0)[m.group(0).index(" ") + 1 :].strip().rstrip("."))
    if latest is None:
        return None
    days = (pub - latest[0]).days
    if days <= DOUBT_DAYS:
        return None
    return (
        f"date doubtful: {label} says {pub.isoformat()} but the text reports events "
        f"on {latest[1]} ({days} days earlier)"
    )


def _event_date(m: re.Match[str], pub: date) -> date | None:
    if m["m1"]:
        month, day = _month(m["m1"]), int(m["d1b"] or m["d1"])
    else:
        month, day = _month(m["m2"]), int(m["d2b"] or m["d2"])
    if m["y"]:
        return None  # "on 2 August 2019": a dated reference, maybe history, not news
    best = None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        d = _safe_date(y, month, day)
        if d and (best is None or abs(d - pub) < abs(best - pub)):
            best = d
    if best and abs(best - pub) > timedelta(days=200):
        return None  # too far either way to say which year
    return best


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _segments(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A header line's segments: parts between bars, bullets and spaced dashes, each cut
    again at a comma before a cue ("Publié le 6 avril 2023, mis à jour le 7 avril")."""
    out = []
    for sm in _SEGMENT.finditer(text, a, b):
        start = sm.start()
        for cm in _cue_split_re().finditer(text, sm.start(), sm.end()):
            out.append(_strip(text, start, cm.start()))
            start = cm.end()
        out.append(_strip(text, start, sm.end()))
    return [(s, e) for s, e in out if s < e]


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _sentence_like(text: str, s: int, e: int) -> bool:
    piece = text[s:e]
    return piece.endswith((".", "!", "?")) and piece.count(" ") >= 4
