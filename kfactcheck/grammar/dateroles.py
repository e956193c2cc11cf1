"""What a date mention is for (its role, from the cues around it) and the day, month or
year it resolves to against the publication date; moved out of dates.py unchanged.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from kfactcheck.grammar.dategrammar import _Grammar, _norm
from kfactcheck.grammar.datescan import _Raw, _valid

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
    spots = _tense_spots(g, low)
    first = spots is None  # the sentence's first date: both patterns tried, as they are
    markers, past_ed = spots or ((), ())
    # the patterns are tried only where a marker can start (found once per sentence, not
    # scanned for at every position of every date's 160 characters), or when the window
    # ends inside a word, whose start the pattern would read as a whole word
    cut = 0 < hi < len(low) and _TWO_WORD_CHARS.match(low, hi - 1) is not None
    k = bisect_left(markers, lo)
    near = first or (k < len(markers) and markers[k] < hi)
    at = lo
    if cut and not near:
        # no marker starts in reach: only the cut word can be read as one, and a match
        # starts only after a character that is no word character or "'": at its run's start
        at = hi - 1
        while at > lo and (low[at - 1].isalnum() or low[at - 1] in "_'"):
            at -= 1
    if near or cut:
        for mt in g.tense_rx.finditer(low, at, hi):
            if s <= mt.start() < e:
                continue
            # a marker after the date counts a little less: "said on Monday, ahead of talks"
            dist = s - mt.end() if mt.end() <= s else mt.start() - e + 15
            if dist < best:
                best, which = dist, _FUTURE if mt["f"] else _PAST
    k = bisect_left(past_ed, lo)
    if first or (k < len(past_ed) and past_ed[k] + 2 <= hi):
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


_TWO_WORD_CHARS = re.compile(r"\w\w")
_ED = re.compile(r"(?<=[a-z][a-z])ed")  # past_ed without what follows: it finds no fewer
_spots: list = [None, None, None]  # the last sentence's: (low, grammar, spots or None)


@cache
def _spot_patterns(g: _Grammar) -> tuple[re.Pattern, re.Pattern | None]:
    """(a run of word characters that is one of g.tense_firsts, whole; a character of
    g.tense_leads): where a marker can start, found in C rather than run by run."""
    firsts = "|".join(re.escape(w) for w in sorted(g.tense_firsts, key=len, reverse=True))
    leads = "".join(re.escape(c) for c in sorted(g.tense_leads))
    return (
        re.compile(rf"(?<!\w)(?:{firsts or '(?!)'})(?!\w)"),
        re.compile(f"[{leads}]") if leads else None,
    )


def _tense_spots(g: _Grammar, low: str) -> tuple[list[int], list[int]] | None:
    """Where in `low` a tense marker can start, and where an "-ed" ending is: ordered
    positions, shared by the dates of one sentence (kept for the last sentence). None for
    its first date: a sentence of one date is not read whole for it."""
    if _spots[0] is low and _spots[1] is g:
        if _spots[2] is None:
            firsts, leads = _spot_patterns(g)
            markers = [m.start() for m in firsts.finditer(low)]
            if leads is not None:
                markers = sorted(markers + [m.start() for m in leads.finditer(low)])
            _spots[2] = (markers, [m.start() for m in _ED.finditer(low)])
        return _spots[2]
    _spots[:] = [low, g, None]
    return None


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
        # "more than three years ago" lies a season further back, "almost" a season less
        months = ref.year * 12 + ref.month - 1 - 12 * years - 3 * r.over
        return "relative", str(months // 12), None, "approx"
    return None


# the last month of each season read (northern hemisphere; winter straddles two years)
_SEASON_END = {"spring": 5, "summer": 8, "autumn": 11}


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
    if u in _SEASON_END:  # "last summer": the year of the last one over, "this summer": now
        y = ref.year if k == 0 or ref.month > _SEASON_END[u] else ref.year - 1
        return "relative", str(y), None, "approx"
    if u == "decade":
        lo = ref.year // 10 * 10 + 10 * k
        return "relative", str(lo), str(lo + 9), "approx"
    _, value, q = _year_part(ref.year + k, part)
    return "relative", value, None, q
