"""Entry stamps of live pages: the time (and often the day) that opens each entry.

    >>> s = entry_stamp("ore 14.05, 3 maggio Il conto sale", 0)
    >>> (s.end, s.hour, s.minute, s.month, s.day)
    (19, 14, 5, 5, 3)
    >>> entry_stamp("14:32 — Police said", 0).end
    7
    >>> entry_stamp("at 14:30 the police said", 0) is None
    True

A stamp is a clock time ("09.39", "14:32", "10h45", "9.15am"), with a day before or after
it ("26 agosto", "20 de septiembre", "3. Juli", "June 3", with or without a year), a word
before it ("ore", "Update", "Actualización"), a clock word or time zone after it ("Uhr",
"BST") and a dash, colon or bar after it, in any mix. A time alone is a stamp only with a
word before or after it, a day, or a dash or colon after it; and a stamp opens an entry
only when a capitalised word, a quotation or the end of its line follows ("12.50 Euro"
is a price, "14:30 the police said" a clause). Where the stamp stands (at a sentence's
start) is the caller's to check: grammar/sentences.py asks at each sentence start, and
claims/entries.py dates each entry's figures by its stamp. The words are data
(dates.toml [entry_stamps]); month names are those of every language read
(data.calendar_names).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from kfactcheck.data import calendar_names, load

__all__ = ["Stamp", "bare_times", "entry_stamp", "may_open_stamp", "stamp_openers"]


@dataclass(slots=True, frozen=True)
class Stamp:
    """An entry stamp: where it ends (its separator included) and its time and day, the
    day's fields None when it shows none (month and day without year: a yearless day)."""

    start: int
    end: int
    hour: int
    minute: int
    month: int | None = None
    day: int | None = None
    year: int | None = None

    @property
    def minutes(self) -> int:
        return self.hour * 60 + self.minute


def _alt(words) -> str:
    forms = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in forms)


def _fold(word: str) -> str:
    w = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in w if not unicodedata.combining(c))


@cache
def _months() -> dict[str, int]:
    out: dict[str, int] = {}
    for kind in ("months", "month_abbreviations"):
        for name, n in calendar_names(kind).items():
            out[name.lower().rstrip(".")] = n
            out[_fold(name).rstrip(".")] = n
    return out


@cache
def _weekdays() -> frozenset[str]:
    names = {*calendar_names("weekdays"), *calendar_names("weekday_abbreviations")}
    return frozenset({n.lower().rstrip(".") for n in names} | {_fold(n).rstrip(".") for n in names})


@cache
def _words() -> dict[str, list[str]]:
    return load("dates")["entry_stamps"]


@cache
def _first_words() -> frozenset[str]:
    """The first words a stamp can start with, lower case (besides a digit): the splitter's
    cheap test before the pattern."""
    words = _words()
    firsts = {w.split()[0] for w in words["before"]} | set(_months()) | set(_weekdays())
    firsts |= set(words["articles"])
    return frozenset(firsts)


def may_open_stamp(word: str) -> bool:
    """Whether a stamp can start with `word` (the next word at a sentence start): a digit,
    a stamp's first word, a weekday or a month name."""
    return word[:1].isdigit() or word in stamp_openers()


@cache
def stamp_openers() -> frozenset[str]:
    """The words a stamp can start with as they may be written (lower case, capitalised,
    upper case, with a stop or comma after): the splitter looks the next word up in it at
    every sentence break, so most breaks cost one set look-up."""
    return frozenset(
        form + tail
        for word in _first_words()
        for form in (word, word.capitalize(), word.upper())
        for tail in ("", ".", ",", ":")
    )


@cache
def _pattern() -> re.Pattern[str]:
    words = _words()
    months = _alt(_months())
    day = rf"""(?:
          (?P<d1>[0-3]?\d)(?:\.|º|°|er|st|nd|rd|th)?\s+(?:de\s+)?(?P<m1>{months})\.?
            (?:,?\s+(?:de\s+)?(?P<y1>(?:19|20)\d\d))?
        | (?P<m2>{months})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d.:])
            (?:,?\s+(?P<y2>(?:19|20)\d\d))?
        | (?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)
        | (?P<d4>[0-3]?\d)[./](?P<m4>[01]?\d)[./](?P<y4>(?:19|20)?\d\d)(?![\d])
        | (?P<d5>[0-3]?\d)\.(?P<m5>[01]?\d)\.(?=,)  # "23.07., 14:15 Uhr"
        )"""
    # the same, its groups renamed, for a day after the time
    day_after = re.sub(r"\(\?P<(\w)(\d)>", r"(?P<\1\2b>", day)
    joiners = _alt(words["joiners"])
    articles = _alt(words["articles"])
    weekdays = _alt(_weekdays())
    time = r"""(?P<h>[01]?\d|2[0-3])(?:[:.h](?P<mi>[0-5]\d)(?::[0-5]\d)?|(?=\s*(?:h|uhr)\b))
        (?:[ \t]*(?P<ap>[ap]\.?m\.?))?(?![\d])"""
    return re.compile(
        rf"""(?:(?=\D)  # (a digit opens most stamps: the word lists are not tried then)
          (?P<pre>(?:{_alt(words["before"])})\s*:?\s+(?:(?:{joiners})\s+)?)?
          (?:(?:{weekdays}),?\s+)?)?(?:(?:{articles})\s+(?=\d))?(?:(?P<dayfirst>{day})(?:,\s*|\s+)(?:(?:{joiners})\s+)?)?
        {time}
        (?P<post>\s*\(?(?:{_alt(words["after"])})(?![\w])\)?)*
        (?P<dayafter>(?:,\s*|\s+|\s*[-–—|]\s*)(?:(?:{weekdays}),?\s+)?{day_after})?
        (?P<sep>\s*(?:[-–—|]+|:|\.)(?=\n|\s|\Z))?
        (?=(?P<gap>[ \t]*)(?P<next>\n|\Z|[\"'“‘«(\[]|\S))"""
        # a stamp stays on its line ("Live\n\n16:48 —" is a heading and a stamp)
        .replace(r"\s", r"[ \t]").replace(r"(?=\n|[ \t]|\Z)", r"(?=\s|\Z)"),
        re.X | re.I,
    )


def _day(m: re.Match[str], suffix: str) -> tuple[int, int, int | None] | None:
    for k in "12345":
        d = m.group(f"d{k}{suffix}")
        if d is None:
            continue
        mo = m.group(f"m{k}{suffix}")
        month = int(mo) if mo.isdigit() else _months().get(_fold(mo).rstrip("."))
        y = m.group(f"y{k}{suffix}") if k != "5" else None
        year = None if y is None else int(y) + (2000 if len(y) == 2 else 0)
        if month is None or not 1 <= month <= 12 or not 1 <= int(d) <= 31:
            return None
        return month, int(d), year
    return None


_OPENING = frozenset("\"'“‘«([")  # a quotation or bracket may open an entry; a comma goes on


def entry_stamp(text: str, pos: int, end: int | None = None, bare: bool = False) -> Stamp | None:
    """The entry stamp starting at text[pos] (white space before it not skipped), if one
    does and it opens an entry (see the module's docstring); else None. `bare`: a time with
    no mark before a capitalised word is one too (the page's lines open with such times,
    see bare_times)."""
    m = _pattern().match(text, pos, len(text) if end is None else end)
    if m is None:
        return None
    first = m.group("dayfirst") is not None
    after = m.group("dayafter") is not None
    marked = m.group("pre") or m.group("post") or m.group("ap") or m.group("sep") or first or after
    nxt = m.group("next")
    line_end = nxt == "\n" or m.end() == len(text) or (end is not None and m.end() >= end)
    if not (marked or line_end or bare):
        return None
    # a capitalised word or a quotation opens the entry; a digit only after a mark
    opens = nxt.isupper() or (nxt in _OPENING and not bare)
    if not (line_end or opens or (nxt.isdigit() and (m.group("sep") or first or after))):
        return None
    hour = int(m.group("h"))
    ap = (m.group("ap") or "").lower()[:1]
    if ap and not 1 <= hour <= 12:
        return None
    if ap == "p" and hour < 12:
        hour += 12
    elif ap == "a" and hour == 12:
        hour = 0
    day = _day(m, "") if first else _day(m, "b") if after else None
    if (first or after) and day is None:
        return None
    month, dom, year = day if day else (None, None, None)
    return Stamp(pos, m.start("gap"), hour, int(m.group("mi") or 0), month, dom, year)


# a line that opens with a time and nothing else before a capitalised word ("23.30 Sale il
# bilancio", "8:15 Rescuers reach..."): a stamp only on a page with several such lines
_BARE_LINE = re.compile(r"(?m)^[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d[ \t]+[^\W\d_]")
BARE_LINES = 3


def bare_times(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether at least BARE_LINES lines of text[start:end] open with a bare time before a
    word: a live page whose entries carry no other mark ("23.30 Protezione civile: ...").
    One line of the kind is a figure as likely as a time ("12.50 Euro kostet ...")."""
    found = 0
    for m in _BARE_LINE.finditer(text, start, len(text) if end is None else end):
        word = text[m.end() - 1 : m.end()]
        if word.isupper():
            found += 1
            if found >= BARE_LINES:
                return True
    return False
