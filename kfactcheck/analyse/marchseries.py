"""Counts of one march day in a series of marches: the arrests and injured of each protest
day start from zero, like its turnout. A toll of one disaster only rises; the arrests of
17 November and those of 1 December are two events' counts, so a lower figure on the later
day is a change between events, never a contradiction of a count that only rises.

A subject counts per march day when its counted family is one of data/compare.toml
[per_event] families, its documents report crowds on two or more march days (days further
apart than the crowd's window), and each of its own dated figures falls on one of those
days (within that window): its figures are then compared as a crowd's are, within the day.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from functools import cache

from kfactcheck import data
from kfactcheck.analyse.traits import traits
from kfactcheck.model import Claim

_CROWD = "crowd"


# data.load parses and checks the file on every call: once per subject, that was most of the
# comparison's time
@cache
def per_event_families() -> frozenset[str]:
    return frozenset(data.load("compare").get("per_event", {}).get("families", ()))


def march_days_by_doc(claims: Sequence[Claim]) -> dict[str, set[date]]:
    """Document id -> the days its crowd figures hold on (full days only)."""
    days: dict[str, set[date]] = defaultdict(set)
    for c in claims:
        if c.terms and c.terms[0].partition(":")[0] == _CROWD and len(c.as_of) == 10:
            try:
                days[c.document].add(date.fromisoformat(c.as_of))
            except ValueError:
                continue
    return days


def per_march_day(claims: Sequence[Claim], crowd_days: dict[str, set[date]]) -> int | None:
    """The window to compare `claims` (one subject's) in when they count something of one
    march day in a series of marches (the crowd's window), else None."""
    families = per_event_families()
    if not claims or not all(c.terms and c.terms[0].partition(":")[0] in families for c in claims):
        return None
    window = traits().windows.get(_CROWD, 1)
    marches = sorted({d for c in claims for d in crowd_days.get(c.document, ())})
    if not _series(marches, window):
        return None
    held = [c.as_of for c in claims if len(c.as_of) == 10]
    if len(held) < 2:
        return None
    for day in held:
        try:
            t = date.fromisoformat(day)
        except ValueError:
            return None
        if not any(abs((t - m).days) <= window for m in marches):
            return None  # a figure of a day no march was reported on: a running count
    return window


def _series(days: list[date], window: int) -> bool:
    """Two or more march days further apart than `window` (one march reported the
    evening before or the day after is one march)."""
    return len(days) >= 2 and (days[-1] - days[0]).days > window
