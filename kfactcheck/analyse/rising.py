"""The sweep for a count that only rises (a death toll): a later lower figure contradicts.

Subjects that only rise (by spec, or because every claim counts something cumulative) are
swept with a running maximum instead of episodes of groups: a rise is a change, a later
figure below what the highest earlier figure's words allow is a discrepancy.
"""

from __future__ import annotations

import bisect
from collections import deque

from kfactcheck.analyse.kinds import (
    Point,
    as_level,
    as_value,
    is_floor,
    of_page_time,
    vague_plural,
)
from kfactcheck.analyse.sweep import _NEAR, _RECENT, Sweep
from kfactcheck.claims.entries import entry_later
from kfactcheck.model import Document


class RisingSweep(Sweep):
    """One subject's findings, for a count that only grows."""

    @staticmethod
    def _placeable(pts: list[Point]) -> list[Point]:
        return pts  # a figure of a month is the level by its end, which orders it

    def sweep(self, episodes: list[list[Point]]) -> None:
        self._moving: dict[int, bool] = {}  # days whose outlets give floors that differ
        self._rise(episodes)

    def _rise(self, episodes: list[list[Point]]) -> None:
        """A count that only grows: lower-than-before is a discrepancy, growth a change.

        Rises are read from the stated values ("at least 12" then "37" is a rise); a later
        figure contradicts only when what its words allow is below what the highest earlier
        figure's words allow ("as many as 95" then "92" is no contradiction). All later
        figures that contradict one high figure make one finding.
        """
        for era, groups in self._eras(episodes):
            for g in groups if groups is not None else self._groups(era):
                if len({p.doc for p in g}) >= 2:
                    self.agreement(g)
        best: Point | None = None  # the highest stated figure: rises are read from it
        floor: Point | None = None  # the highest "at least": lower figures contradict it
        records: list[Point] = []  # this stretch's rises
        # the levels of the whole series: each rise, and the first figure after a quiet
        # spell longer than the window when it differs (it rose, or was revised, unreported)
        series: list[Point] = []
        lower: list[Point] = []
        lowered: set[int] = set()  # points already set against a higher earlier figure
        # the last few figures, so a lower one is set against the reports just before it
        # (same day, other outlets), not only the record high
        recent: deque[Point] = deque(maxlen=_RECENT)
        contradicted: dict[int, Point] = {}
        parts: set[int] = set()  # figures far below the high: one town's toll, not the count
        for p in self.points:
            moved = False
            if best is not None and floor is not None and p.t - best.t > self.window:
                self._flush_lower(floor, lower, records, contradicted)
                moved = self.conflict(as_value(p), as_value(best))
                best, floor, records, lower = None, None, [], []
                recent.clear()
                contradicted = {}
            if best is None or floor is None:  # both are set together
                best, floor, records = p, p, [p]
                if not series or moved:
                    series.append(p)
            elif p.hi < floor.lo and self.conflict(p, floor) and p.moved:
                # "revised down to": the count was corrected, a new level, no contradiction
                self._flush_lower(floor, lower, records, contradicted)
                best, floor, records, lower, contradicted = p, p, [p], [], {}
                series.append(p)
            elif p.hi < floor.lo and _unordered(p, floor):
                pass  # a month's figure below a day's of that month: which came first is unknown
            elif p.hi < floor.lo and self.kind.part(p, best):
                parts.add(id(p))  # far below the high, with or after it: a part of the count
            elif p.hi < floor.lo and self.conflict(p, floor):
                lower.append(p)
                lowered.add(id(p))
                for r in recent:
                    if r.lo > p.hi and id(r) not in contradicted and self.conflict(r, p):
                        contradicted[id(r)] = r
            elif p.lo > floor.hi and self._odd_high(p):
                pass  # above what its own day's other outlets say: not the level later ones
                # are held to (the same-day finding sets it against them)
            else:
                self._same_day_highs(p, lower, contradicted)
                if p.v > best.v:
                    self._flush_lower(floor, lower, records, contradicted)
                    lower, contradicted = [], {}
                    if self.conflict(as_value(p), as_value(best)):
                        records.append(p)
                        series.append(p)
                    best = p
                if p.lo > floor.lo:
                    floor = p
            recent.append(p)
        if floor is not None:
            self._flush_lower(floor, lower, records, contradicted)
        self._same_day(lowered)
        last = self._borne_out(series, parts)
        if last is not None:
            peak = max(series, key=lambda q: (q.v, q.t))
            levels = [p for p in self.points if id(p) not in parts] if parts else self.points
            self.change(levels, series[0], last, len(series) - 1, peak if peak.v > last.v else None)

    def _borne_out(self, series: list[Point], parts: set[int]) -> Point | None:
        """The level a change series ends at: its last rise; when every rise was on its
        first day, a later day's report of that day's last level (2,824 in the morning,
        more than 6,200 that evening, 6,217 the next day: the count moved that day, and the
        next day's report bears the new level out). None: one day's figures, no move (the
        same-day finding tells of them)."""
        if len(series) < 2:
            return None
        last = series[-1]
        if last.t > series[0].t:
            return last
        level = as_value(last)
        return next(
            (
                p
                for p in reversed(self.points)
                if p.t > last.t and id(p) not in parts and not self.conflict(as_value(p), level)
            ),
            None,
        )

    def _odd_high(self, p: Point) -> bool:
        """`p` is above a level that two other outlets agree on the same day, and no other
        outlet bears it out: one outlet's high figure of that day (an older split, a figure
        not confirmed), which the later days' reports are not held to. (Figures that climb
        through the day, each outlet's its own, agree on no lower level: the highest is the
        latest.)"""
        if len(p.claim.as_of) != 10:
            return False
        below: list[Point] = []
        for q in self.points[bisect.bisect_left(self.times, p.t) :]:
            if q.t != p.t or len(below) == _RECENT:
                break
            if q.doc == p.doc:
                continue
            if q.hi >= p.lo or not self.conflict(q, p):
                return False  # another outlet reports it, or more
            below.append(q)
        return any(
            a.doc != b.doc and not self.conflict(a, b)
            for i, a in enumerate(below)
            for b in below[i + 1 :]
        )

    def _eras(self, episodes: list[list[Point]]) -> list[tuple[list[Point], list | None]]:
        """Episodes as agreements read them: consecutive ones whose main figures fit make
        one era (a pledge of 200 million repeated five years later is supported by every
        report of it), each point as `_as_agreeing` reads it; with its groups when the era
        is one episode (else they are worked out again over the whole era)."""
        eras: list[tuple[list[Point], list | None]] = []
        last: Point | None = None
        for ep in episodes:
            read = [self._as_agreeing(p) for p in ep]
            groups = self._groups(read)
            rep = self._dominant(groups)
            if last is not None and not self.conflict(last, rep):
                eras[-1][0].extend(read)
                eras[-1] = (eras[-1][0], None)
            else:
                eras.append((read, groups))
            last = rep
        return eras

    def _as_agreeing(self, p: Point) -> Point:
        """A point as agreements read it on a count that rises: a one-sided figure as its
        stated figure ("at least 12" is not borne out by a later 37, the count moved),
        unless another outlet's figure of the same day fits it read as the level it was
        given at on a day its floors show the count moving (`_level`: "more than 5,000",
        "more than 12,000" and "15,834" do not agree; "more than 50" and "63" the same
        morning do; "more than 11 million" and "more than 136 million" that evening do not,
        each is a floor); a bounded one as what its words allow."""
        if p.bounded:  # "about 15" and "16" agree
            return p
        k = bisect.bisect_left(self.times, p.t)
        level = self._level(p)
        for q in self.points[k : k + _RECENT]:
            if q.t != p.t:
                break
            if q.doc != p.doc and q.bounded and not self.conflict(level, q):
                return level
        return as_value(p)

    def _level(self, p: Point) -> Point:
        """`p` as the day's reports read it: a floor given on a day when outlets give
        floors that differ ("more than 5,000" in one, "more than 12,000" in another: the
        count moved within the day, each floor is the level it was given at, `as_level`);
        else as its words allow ("at least 51" beside the 62 of that day fits it)."""
        if not is_floor(p) or len(p.claim.as_of) != 10:
            return p
        moving = self._moving.get(p.t)
        if moving is None:
            k = bisect.bisect_left(self.times, p.t)
            floors = []
            for q in self.points[k:]:
                if q.t != p.t or len(floors) == _RECENT:
                    break
                if is_floor(q) and not vague_plural(q.claim):
                    floors.append(as_level(q))
            moving = self._moving[p.t] = any(
                a.doc != b.doc and self.conflict(a, b)
                for i, a in enumerate(floors)
                for b in floors[i + 1 :]
            )
        return as_level(p) if moving else p

    def _same_day(self, lowered: set[int]) -> None:
        """The figures of one day: a lower one beside a higher one is a discrepancy (an
        update within the day, so never of high severity), also when one article gives both
        (the level before and the one now, or a headline and a body that differ: then of
        low severity, one account). The finding lists every figure of that day."""
        told = [f for f in self.found if f.kind == "discrepancy"]  # not twice
        i = 0
        while i < len(self.points):
            j = i
            while j < len(self.points) and self.points[j].t == self.points[i].t:
                j += 1
            day = [p for p in self.points[i:j] if len(p.claim.as_of) == 10]
            # a page known only to its month: its own figures of that month are of one time
            # as far as anyone knows (another page's of the month may not be)
            for one in [day] if day else _pages(self.points[i:j], self.docs):
                self._one_day(one, lowered, told, page=not day)
            i = j

    def _one_day(self, day: list[Point], lowered: set[int], told: list, page: bool) -> None:
        """The discrepancy of one day's figures, if any (see `_same_day`); of one page's
        figures of its month (`page`), with no other page's beside them."""
        if len(day) < 2:
            return
        top = max(day, key=lambda p: (p.v, -p.n))
        # far below the day's high: a part of the count (one town's toll), not a report;
        # unless the day's reports climb to the high from it (329, 672, 1,204, 1,832,
        # 2,059 injured through one day: each within reach of the next)
        day = self._climbing(day, top)
        highs = [p for p in day if not self.conflict(as_value(p), as_value(top))]
        # a floor of the day is read as the level it was given at ("at least 1,293" that
        # morning beside "2,100" that evening: the count moved within the day)
        levels = {id(p): self._level(p) for p in day}
        lows = [
            p
            for p in day
            if id(p) not in lowered
            and levels[id(p)].hi < top.lo
            and self.conflict(levels[id(p)], top)
        ]
        wanted = {top.claim.id, *(p.claim.id for p in lows)}
        if not lows or any(wanted <= set(f.claims) for f in told):
            return
        one = len({p.doc for p in (top, *lows)}) == 1
        if one and (doc := self.docs.get(top.doc)) is not None:
            # a live page's later entry of the day over an earlier one: the day's update
            # (claims/entries.py), not a second report of the day
            update = {id(p) for p in lows if entry_later(doc.text, top.claim.start, p.claim.start)}
            lows = [p for p in lows if id(p) not in update]
            day = [p for p in day if id(p) not in update]
            if not lows:
                return
        sev = self.kind.severity(top, lows[-1])
        if one and self._one_account([top], lows, top, lows[-1]):
            sev, reason = "low", "same_article"
        else:
            sev, reason = "medium" if sev == "high" else sev, "same_day"
        # the day's other figures that take a side too ("at least 22" beside the 20 and
        # the 35): one finding for the day's reports; a floor below both figures named
        # ("at least 48" beside 73 and 120) says nothing of the dispute (and is often a
        # part's: one town's toll)
        taken = {id(p) for p in (*highs, *lows)}
        rest = [
            p
            for p in day
            if id(p) not in taken
            and (self.conflict(levels[id(p)], top) or self.conflict(levels[id(p)], lows[-1]))
        ]
        self.discrepancy(
            highs,
            [*lows, *rest],
            top,
            lows[-1],
            reason=reason,
            minority=() if page else lows,
            severity=sev,
        )

    def _climbing(self, day: list[Point], top: Point) -> list[Point]:
        """The day's figures less the parts of the count: those far below the next higher
        figure kept (walking down from the high, so a figure the day's reports climb from
        in steps stays, however far below the high it is)."""
        kept, last = {id(top)}, top
        for p in sorted(day, key=lambda q: q.v, reverse=True):
            if p is not top and not self.kind.part(p, last):
                kept.add(id(p))
                last = p
        return [p for p in day if id(p) in kept]

    def _same_day_highs(self, p: Point, lower: list[Point], contradicted: dict) -> None:
        """Figures of one day are in value order: a higher one of the same day as a lower
        figure comes after it, and contradicts it too."""
        for low in lower[-_RECENT:]:
            if low.t == p.t and p.lo > low.hi and self.conflict(p, low):
                contradicted[id(p)] = p
                return

    def _flush_lower(self, floor: Point, lower: list[Point], records, contradicted) -> None:
        """One finding: the later lower figures, the earlier highs they contradict, the
        recent reports above them, and the reports on either side that show which is odd:
        the lower level reported just before the high figure, the high level just after."""
        if lower:
            highs = [r for r in records if r.lo > lower[0].hi and self.conflict(r, lower[0])]
            seen = {id(r) for r in highs}
            highs += [r for k, r in contradicted.items() if k not in seen]
            self.discrepancy(
                highs or [floor],
                lower + self._lower_before(floor, lower[0]),
                floor,
                lower[0],
                reason="lower_later",
                minority=lower,
            )

    def _lower_before(self, high: Point, low: Point) -> list[Point]:
        """Reports in the window before `high` that fit `low` and contradict `high`, when the
        reports after `high` do not mostly repeat it: the count stood at the lower level on
        both sides of a figure later sources do not confirm (so the high one is odd, not the
        rise). Only later reports decide: before a rise, every report is of the lower level,
        and two odd highs with the lower level between them do not confirm each other."""
        k = bisect.bisect_left(self.times, high.t)
        repeats = lower = 0
        for p in self.points[k : k + 4 * _NEAR]:
            if p.t - high.t > self.window:
                break
            if p.doc == high.doc:
                continue
            at_high, at_low = not self.conflict(p, high), not self.conflict(p, low)
            repeats += at_high and not at_low
            lower += at_low and not at_high
        if repeats and repeats >= lower:
            return []  # later sources repeat the high level: it rose
        k = bisect.bisect_right(self.times, high.t)
        out: list[Point] = []
        for i in range(k - 1, max(-1, k - 1 - 4 * _NEAR), -1):
            p = self.points[i]
            if high.t - p.t > self.window or len(out) == _NEAR:
                break
            if p.hi < high.lo and self.conflict(p, high) and not self.conflict(p, low):
                out.append(p)
        return out

    def against(self, p: Point, odd: Point, level: Point | None = None) -> bool:
        """p contradicts the odd figure the way the finding says: for a count that only
        rises, an earlier or same-day higher figure does, and a later one that repeats the
        high level the odd figure fell below (the count never came down to it)."""
        if p.lo <= odd.hi:
            return False
        return p.t <= odd.t or (level is not None and not self.conflict(p, level))


def _unordered(p: Point, high: Point) -> bool:
    """`p` is known only to a month or year that holds `high`'s day (or `high` only to one
    that holds `p`'s): it is placed at the period's end, but nothing says it was reported
    after `high` (a month-dated page's "63" beside the 110 of the 18th), so it is no later
    lower figure."""
    a, b = p.claim.as_of, high.claim.as_of
    # either way round: a day on the last day of the month that holds the high figure is
    # placed with it, and nothing says which came first either
    return len(a) != len(b) and (a.startswith(b) or b.startswith(a))


def _pages(points: list[Point], docs: dict[str, Document]) -> list[list[Point]]:
    """`points` by page (and date), the pages that give two or more of the page's one time
    (`kinds.of_page_time`)."""
    pages: dict[tuple[str, str], list[Point]] = {}
    for p in points:
        if of_page_time(p.claim, docs):
            pages.setdefault((p.doc, p.claim.as_of), []).append(p)
    return [ps for ps in pages.values() if len(ps) >= 2]
