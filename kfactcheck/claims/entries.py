"""The entries of a live page: each opens with a time stamp ("ore 14.05, 3 maggio",
"14:32 —", grammar/stamps.py) and its figures hold at that entry's time, not at the page's
date (which is often only its last update, or missing).

entry_days gives each sentence the day of the entry it belongs to. A stamp with a day
gives it (a day without its year placed as the rest of the pipeline places one: on or
before the page's date, or in the month the page or its story shows, dated.with_year); a
stamp with a time only takes the day of the nearest stamp with a day before it in reading
order, or else the page's date, moved a day back (or on) when its time passes the time of
the stamp before it against the page's order (a page of newest entries first that reads
"ore 00.30 ... ore 23.50" has crossed a midnight). The sentences before the first stamp
belong to no entry.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from datetime import date, timedelta
from functools import cache, lru_cache
from itertools import pairwise

from kfactcheck.claims.dated import with_year
from kfactcheck.grammar.sentences import split_sentences
from kfactcheck.grammar.stamps import Stamp, entry_stamp, stamp_openers

__all__ = ["date_entries", "entry_days", "entry_later"]


def _stamps(
    text: str, sentences: list[tuple[int, int]], among: Iterable[int] | None = None
) -> list[tuple[int, Stamp]]:
    """The sentences that are entry stamps, with their stamps (the splitter makes each
    stamp a sentence of its own). `among`: the indexes of the only sentences that may be
    stamps, in order (a stamp holds a digit: those the extractor's prefilter passed)."""
    out = []
    openers = stamp_openers()  # may_open_stamp inline: this runs for every sentence
    heads, short, single = _opener_heads()
    for i in range(len(sentences)) if among is None else among:
        a, b = sentences[i]
        first = text[a : a + 1]
        if (
            text[a : a + 3] not in heads
            and text[a : a + 2] not in short
            and first not in single
            and not first.isdigit()
            and not first.isspace()
        ):
            continue  # most sentences: no stamp's first word starts so
        word = text[a : min(b, a + 20)].split(None, 1)
        if (
            word
            and ((w := word[0])[:1].isdigit() or w in openers)
            and (s := entry_stamp(text, a, bare=True))
            and s.end == b
        ):
            out.append((i, s))
    return out


@cache
def _opener_heads() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The first three characters of the stamp openers of three or more, the openers of
    two and those of one: a word that is an opener starts with one of the first or is one
    of the others, so a sentence that starts with none of them opens no stamp."""
    openers = stamp_openers()
    return (
        frozenset(w[:3] for w in openers if len(w) >= 3),
        frozenset(w for w in openers if len(w) == 2),
        frozenset(w for w in openers if len(w) == 1),
    )


def _order(stamps: list[Stamp]) -> int:
    """-1 when the page lists its entries newest first, 1 oldest first, 0 when its stamps do
    not tell: by the times of consecutive stamps of one day (a stamp with a day starts a
    new run)."""
    down = up = 0
    for a, b in pairwise(stamps):
        if b.month is not None and (a.month, a.day) != (b.month, b.day):
            continue
        down += b.minutes < a.minutes
        up += b.minutes > a.minutes
    return -1 if down > up else 1 if up > down else 0


def _resolve(stamp: Stamp, ref: date | None, shown: str) -> date | str | None:
    """The stamp's day: a date, "--MM-DD" when nothing places its year, or None."""
    if stamp.month is None or stamp.day is None:
        return None
    if stamp.year is not None:
        return _safe(stamp.year, stamp.month, stamp.day)
    if ref is not None:
        day = _safe(ref.year, stamp.month, stamp.day)
        if day is not None and day > ref + timedelta(days=1):
            day = _safe(ref.year - 1, stamp.month, stamp.day)  # December's entries in January
        return day
    placed = with_year(f"--{stamp.month:02d}-{stamp.day:02d}", shown)
    if placed is None:
        return f"--{stamp.month:02d}-{stamp.day:02d}"
    return date.fromisoformat(placed) if _safe(*map(int, placed.split("-"))) else None


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _shift(day: date | str, by: int) -> date | str:
    if isinstance(day, date):
        return day + timedelta(days=by)
    moved = date(2000, int(day[2:4]), int(day[5:7])) + timedelta(days=by)  # a leap year
    return f"--{moved.month:02d}-{moved.day:02d}"


def entry_days(
    text: str,
    sentences: list[tuple[int, int]],
    ref: date | None,
    shown: str = "",
    among: Iterable[int] | None = None,
) -> list[str] | None:
    """For each sentence, the day ("YYYY-MM-DD") of the live-page entry it belongs to, ""
    for none; None when the text has no entry stamp. `ref` is the page's date, `shown` the
    month (or year) the page or its story shows when it has none; `among` the sentences
    that may be stamps, when known (_stamps)."""
    found = _stamps(text, sentences, among)
    if not found:
        return None
    order = _order([s for _, s in found])
    days: list[str] = [""] * len(sentences)
    current: date | str | None = None
    previous: Stamp | None = None
    for k, (i, stamp) in enumerate(found):
        own = _resolve(stamp, ref, shown)
        if own is not None:
            current = own
        elif current is None:
            current = ref
        elif previous is not None and order and (stamp.minutes - previous.minutes) * order < 0:
            current = _shift(current, order)  # past midnight against the page's order
        previous = stamp
        if current is None or isinstance(current, str):
            continue  # no year to place the day in: left to the sentences' own dates
        if ref is not None and current > ref + timedelta(days=1):
            continue
        stop = found[k + 1][0] if k + 1 < len(found) else len(sentences)
        days[i:stop] = [current.isoformat()] * (stop - i)
    return days


def date_entries(claims, owners: list[int], days: list[str], ref: date | None, shown: str) -> None:
    """Give each claim of a live page's entry its entry's day, unless its own sentence
    dated it (its as_of is none, the page's date `ref` or the month `shown`)."""
    keep = ("", ref.isoformat() if ref else "", shown)
    for claim, i in zip(claims, owners, strict=True):
        day = days[i]
        if day and claim.as_of in keep:
            claim.as_of = day


@lru_cache(maxsize=64)
def _entry_starts(text: str) -> tuple[list[int], list[int]]:
    """Where each entry of a live page starts and its stamp's time in minutes from the
    start of its day (days not told apart here: entry_later compares entries of one day)."""
    found = _stamps(text, split_sentences(text))
    return [s.start for _, s in found], [s.minutes for _, s in found]


def entry_later(text: str, later: int, earlier: int) -> bool:
    """Whether the offset `later` lies in a live-page entry stamped later in its day than
    the entry of the offset `earlier` ("ore 17.44 ... 204" after "ore 14.14 ... 184"): on
    one day, the later entry's figure is the day's update, not a second report of it."""
    if not may_hold_stamp(text):
        return False
    starts, minutes = _entry_starts(text)
    a, b = bisect_right(starts, later) - 1, bisect_right(starts, earlier) - 1
    return a >= 0 and b >= 0 and a != b and minutes[a] > minutes[b]


@lru_cache(maxsize=64)  # asked once a figure of a page's day by the comparison
def may_hold_stamp(text: str) -> bool:
    """A quick test before splitting a page: a clock time somewhere in it."""
    return _CLOCK.search(text) is not None


_CLOCK = re.compile(r"\d[:.h][0-5]\d(?!\d)|\d\s*(?:h|uhr)\b", re.I)
