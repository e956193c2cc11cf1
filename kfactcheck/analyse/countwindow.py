"""The days a page's counts allow against its story's dated reports: a count that only
rises is reported on or after the day a dated page gave a lower (or the same) figure of
it, and on or before the day one gave a higher one (analyse/dating.py reads a page's day
in them: analyse/weekdaywindow.py, weekday_in_window, one_day_between, window_months).

    dated: 89 dead on 13 August, 115 on 21 August; a page with no day: "96 dead"
    -> Window(13 Aug, 21 Aug, near=(13 Aug, 19 Aug), proof=(13 Aug, 21 Aug))

Also what makes two reports of a running figure the same (figure_key) and which of a
page's figures is the count it is at (top_figures).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import NamedTuple

from kfactcheck.grammar.vocab import vocab
from kfactcheck.model import Claim, Document

# Units that are not running figures: dates and years are claims of their own
_NOT_FIGURES = frozenset({"date", "year", "years"})


def figure_key(c: Claim) -> tuple[str, float] | None:
    """What makes two reports of a running figure the same: subject and value. Only running
    counts (deaths, missing...) and crowds (one march's count) date a report: a pledge or a
    building's height holds for years, so sharing it says nothing of when a page was
    written."""
    if c.unit in _NOT_FIGURES or isinstance(c.value, str) or not c.subject:
        return None
    if not c.terms or (c.terms[0] not in vocab().running_counts and c.terms[0] != "crowd"):
        return None
    if c.subject.startswith("unknown-"):
        return None  # what it counts is unknown: never compared, so never matched either
    if c.qualifier != "exact" and not any(ch.isdigit() for ch in c.text):
        return None  # "several hundred", "dozens": many reports say so on many days
    return c.subject, float(c.value)


def top_figures(claims: Sequence[Claim]) -> dict[tuple[str, str], float | str]:
    """(document, subject) -> the highest running figure the document gives for it: the
    count the page is at, where lower ones are counts it recalls."""
    top: dict[tuple[str, str], float | str] = {}
    for c in claims:
        if figure_key(c) and "earlier" not in c.terms:  # a level it says it recalls
            k = (c.document, c.subject)
            top[k] = max(top.get(k, c.value), c.value)  # type: ignore[type-var]
    return top


# A bound from one side only is closed this many days from it: a page naming "this
# Sunday" with a count just past a dated report's is of that report's week
WEEK = 6
# ... when the page's count is this close to that report's (a share of the page's)
CLOSE = 0.1


def bracketed(reports: Sequence[tuple[date, float]], value: float, day: date) -> bool:
    """Whether reports of `day` gave a figure below `value` and one above it."""
    of_day = [v for d, v in reports if d == day]
    return any(v < value for v in of_day) and any(v > value for v in of_day)


def rises(c: Claim) -> bool:
    return figure_key(c) is not None and c.terms[0] in vocab().rising_counts


def dated_tops(
    documents: Sequence[Document], claims: Sequence[Claim], months: Mapping[str, str]
) -> dict[str, list[tuple[date, float]]]:
    """subject -> (day, figure) of each dated page's highest figure of a count that only
    rises (a lower one a page recalls says nothing of that page's day)."""
    days = {d.id: d.date for d in documents if d.date is not None}
    current = []
    for c in claims:
        day = days.get(c.document)
        if day is None or not rises(c):
            continue
        if c.as_of not in ("", months.get(c.document, ""), day.isoformat()):
            continue  # its sentence dates it
        current.append(c)
    series: dict[str, list[tuple[date, float]]] = defaultdict(list)
    for (document, subject), value in top_figures(current).items():
        series[subject].append((days[document], float(value)))
    return series


class Window(NamedTuple):
    """The days a page's counts can be of, `low` to `high`; `near`: the week of them by the
    one bound whose figure is close to the page's, when both sides are bounded; `proof`:
    the days only what is reported allows (a lower and a higher report, or the event's day
    and a higher report), without the week a one-sided bound is closed at."""

    low: date
    high: date
    near: tuple[date, date] | None = None
    proof: tuple[date, date] | None = None


def count_window(
    top: Mapping[tuple[str, str], float | str],
    series: Mapping[str, list[tuple[date, float]]],
    event: date | None = None,
) -> Window | None:
    """The days a page's counts (`top`, see top_figures) can be of (see Window), or None
    when no dated report bounds them, the bounds cross (a count keyed to the wrong
    subject), or one side is open and the count is not close to the bounding report's (a
    toll a fifth higher may be weeks on). `event`: the story's event day, a bound below
    for a page bounded only above (its counts below every dated report's: written before
    them all)."""
    low: tuple[date, float, float] | None = None  # the day, its figure, the page's figure
    high: tuple[date, float, float] | None = None
    for (_, subject), value in top.items():
        reports = series.get(subject, ())
        # on or after the last lower figure and the first report of the same one; on or
        # before the first higher one (a count kept for days bounds nothing after it)
        same = [d for d, v in reports if v == value]
        after = [(d, v) for d, v in reports if v < value]
        # of the counts bounding on one day, the closest one tells how far the page may be
        # from it (deaths up from 62 to 64 while the injured doubled: days, not weeks)
        for day, other in after + ([(min(same), float(value))] if same else []):
            if low is None or day > low[0] or (day == low[0] and _nearer(other, value, low)):
                low = (day, other, float(value))
        for day, other in reports:
            if other > value and (
                high is None or day < high[0] or (day == high[0] and _nearer(other, value, high))
            ):
                high = (day, other, float(value))
    if low is not None and high is not None:
        if low[0] > high[0]:
            return None
        # the week by the one bound whose figure is close to the page's
        near_low = abs(low[1] - low[2]) <= CLOSE * low[2]
        near_high = abs(high[1] - high[2]) <= CLOSE * high[2]
        near = None
        if near_low and not near_high:
            near = (low[0], low[0] + timedelta(WEEK))
        elif near_high and not near_low:
            near = (high[0] - timedelta(WEEK), high[0])
        return Window(low[0], high[0], near, (low[0], high[0]))
    near = low or high
    if low is None and high is not None and event is not None and event <= high[0]:
        if abs(high[1] - high[2]) <= CLOSE * high[2]:
            return Window(max(event, high[0] - timedelta(WEEK)), high[0], None, (event, high[0]))
        return Window(event, high[0], None, (event, high[0]))
    if near is None or abs(near[1] - near[2]) > CLOSE * near[2]:
        return None
    if low is not None:
        return Window(low[0], low[0] + timedelta(WEEK))
    return Window(near[0] - timedelta(WEEK), near[0])


def _nearer(other: float, value: float, bound: tuple[date, float, float]) -> bool:
    """Whether a page's count `value` is closer to a report's `other` than the pair that
    set `bound`, relative to the page's count."""
    return abs(other - value) / max(value, 1) < abs(bound[1] - bound[2]) / max(bound[2], 1)
