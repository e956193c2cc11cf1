"""The sweep over one subject's claims: episodes, groups of figures that fit, findings.

Per subject the claims are sorted by when they held and swept once:
- an *episode* is a stretch of at most `window` days (a deadline that has passed by the
  time a later report names a new one also starts a new episode: it was moved);
- inside an episode, figures are grouped by value (sorted sweep, single linkage within the
  tolerance); two groups that cannot both hold are a **discrepancy**, a group backed by two
  or more documents is an **agreement** (copies of one quote count as one origin);
- between episodes, a figure that moved is a **change** (direction and size).
Findings carry the numbers they rest on (`model.Basis`); their words are written by
`kfactcheck.export.wording`. Everything is sorting and linear scans: cost grows with
n log n, never with all pairs.
"""

from __future__ import annotations

import bisect
import heapq
import math
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
from operator import attrgetter

from kfactcheck.analyse.accounts import ArticleDisputes, _closest, _rep
from kfactcheck.analyse.kinds import (
    NumberKind,
    Point,
    day,
    held,
    of_page_time,
    taking_sides,
    value_kind,
    weak,
)
from kfactcheck.analyse.origins import origin_count
from kfactcheck.analyse.traits import said_moved
from kfactcheck.model import Basis, Claim, Document, Finding

_NEAR = 12  # odd figures, and reports on each side of each, checked by _near_conflicts
_SAME_TIME = 7  # days within which a one-sided figure speaks of the same moment as a group
_RECENT = 16  # figures just before a lower one of a rising count that it is checked against


@lru_cache(maxsize=1 << 18)  # findings are sorted by the numbers of their claims
def id_number(claim_id: str) -> int:
    digits = claim_id[1:]
    return int(digits) if digits.isdigit() else 0


class Sweep(ArticleDisputes):
    """One subject's findings, for a figure that may move either way."""

    def __init__(
        self,
        key: str,
        claims: list[Claim],
        docs: dict[str, Document],
        *,
        window: int,
        tol: float,
        counter: dict,
    ):
        self.key = key
        self.docs = docs
        self.window = window
        self.tol = tol
        self.counter = counter
        self.kind: NumberKind = value_kind(claims)
        every = [p for p in (self._point(c) for c in claims) if p is not None]
        pts = self._placeable(every)
        # figures known only to a month that holds figures of its days: compared only with
        # those of the same page (a page of that month gives "£350m" and "roughly £250m")
        placed = {id(p) for p in pts}
        self.apart = [p for p in every if id(p) not in placed] if len(pts) < len(every) else []
        self.unplaced = [p.claim for p in self.apart]
        pts.sort(key=lambda p: (p.t, p.v, p.doc, p.claim.start))
        for rank, p in enumerate(sorted(pts, key=lambda p: (p.t, p.n))):
            p.rank = rank
        for rank, p in enumerate(sorted(self.apart, key=lambda p: (p.t, p.n)), len(pts)):
            p.rank = rank
        self.points = pts
        self.times = [p.t for p in pts]
        self.found: list[Finding] = []
        # origins of a group, by the group's id (with the group, so that the id stays its
        # own): the main group of an episode is counted against each other group, and
        # again for its agreement
        self._origin_counts: dict[int, tuple[list[Point], int]] = {}
        self._known: tuple[list[Point], dict, list[Point]] | None = None

    @staticmethod
    def _placeable(pts: list[Point]) -> list[Point]:
        """The points that can be put in time order: a figure known only to its month or
        year (a page that shows no day) is left out when figures of days inside that month
        or year are compared, since nothing says whether it came before or after them. (A
        count that only rises places such a figure at the period's end: RisingSweep.)"""
        finer = {p.claim.as_of[:n] for p in pts for n in (4, 7) if len(p.claim.as_of) > n}
        return [p for p in pts if len(p.claim.as_of) >= 10 or p.claim.as_of not in finer]

    def _point(self, c: Claim) -> Point | None:
        t = held(c.as_of)
        if t is None:
            return None
        p = self.kind.point(c, t, id_number(c.id))
        if p is not None:
            p.moved = "moved" in c.terms or said_moved(c.quote, c.start - c.sentence_start)
        return p

    def conflict(self, a: Point, b: Point) -> bool:
        """The two figures cannot both hold (beyond what their words and the tolerance allow)."""
        self.counter["comparisons"] += 1
        return self.kind.conflict(a, b, self.tol)

    # -------------------------------------------------------------- sweep

    def run(self) -> list[Finding]:
        if len(self.points) >= 2:
            # when an event happened does not change with time: years form one episode
            self.sweep([self.points] if self.kind.timeless else self._episodes())
        if self.apart:
            self._period_agreements()
        # one page's figures of its month are of one time; two pages' may be weeks apart
        periods: dict[tuple[str, str], list[Claim]] = {}
        for c in self.unplaced:
            if of_page_time(c, self.docs):
                periods.setdefault((c.document, c.as_of), []).append(c)
        for claims in periods.values():
            if len(claims) >= 2:
                self.found.extend(
                    Sweep(
                        self.key,
                        claims,
                        self.docs,
                        window=self.window,
                        tol=self.tol,
                        counter=self.counter,
                    ).run()
                )
        return self.found

    def _period_agreements(self) -> None:
        """A figure known only to its month or year, left out of the sweep, still agrees
        with the equal figures of that period (the days inside it, other pages of it):
        whatever day it held, they say the same. An agreement it joins replaces the one the
        sweep found among the days alone."""
        periods: dict[str, list[Point]] = {}
        for p in self.apart:
            periods.setdefault(p.claim.as_of, []).append(p)
        for period, apart in periods.items():
            mine = {id(p) for p in apart}
            first, last = day(period), held(period)
            if first is None or last is None:
                continue
            k, stop = bisect.bisect_left(self.times, first), bisect.bisect_right(self.times, last)
            inside = [q for q in self.points[k:stop] if q.claim.as_of.startswith(period)]
            for g in self._groups([*apart, *inside]):
                if len({p.doc for p in g}) < 2 or not any(id(p) in mine for p in g):
                    continue
                ids = {p.claim.id for p in g}
                self.found = [
                    f for f in self.found if f.kind != "agreement" or not set(f.claims) <= ids
                ]
                self.agreement(g)

    def sweep(self, episodes: list[list[Point]]) -> None:
        reps, grouped = [], []
        for ep in episodes:
            groups = self._groups(ep)
            self._inside(groups)
            grouped.append(groups)
            reps.append(self._dominant(groups))
        bounds = self._changes(episodes, reps)
        # a figure that held across episodes (no move between them) is supported by every
        # report of it in that era: "200 million" in April and again five years later
        for start, stop in pairwise(bounds):
            if stop - start == 1:
                groups = grouped[start]
            else:
                groups = self._groups([p for ep in episodes[start:stop] for p in ep])
            for g in groups:
                if len({p.doc for p in g}) >= 2:
                    self.agreement(g)

    def _episodes(self) -> list[list[Point]]:
        episodes: list[list[Point]] = []
        current: list[Point] = []
        start = 0
        latest_value = -math.inf  # for dates: the latest deadline named in this episode
        for i, p in enumerate(self.points):
            passed = self.kind.expires and current and p.t > latest_value
            # "postponed to", "now due in": a new date for the same thing is a change
            # (a date needs no such word: later sources that all take up a new date say it
            # moved, while one outlet's odd date is followed by the old one)
            said = p.moved
            moved = (
                bool(current) and (said or self.kind.moves_unsaid) and self._moved(i, current, said)
            )
            if current and (p.t - start > self.window or passed or moved):
                episodes.append(current)
                current = []
                latest_value = -math.inf
            if not current:
                start = p.t
            current.append(p)
            latest_value = max(latest_value, p.hi)
        if current:
            episodes.append(current)
        return episodes

    def _moved(self, i: int, current: list[Point], said: bool) -> bool:
        """A report that says the figure was moved starts a new episode, unless the recent
        reports already name its figure, or the reports after it keep to the figures
        before it (one outlet's odd "postponed until" among many reports of the old date;
        one day's reports come in value order, so either can come first). A new date no
        report calls moved starts one only when none of the reports before it named it,
        however long ago (one outlet's odd date after a quiet spell is not the level the
        next reports move from), and the sources after it take it up: two of them, or the
        only one that reports again within the window."""
        p = self.points[i]
        recent = current[-_RECENT:] if said else self.points[max(0, i - _RECENT) : i]
        if not all(self.conflict(q, p) for q in recent):
            return False
        follow = keep = later = 0
        for q in self.points[i + 1 : i + 1 + _RECENT]:
            if q.t - p.t > self.window:
                break
            if q.doc == p.doc:
                continue
            later += 1
            if not self.conflict(q, p):
                follow += 1
            elif any(not self.conflict(q, r) for r in recent):
                keep += 1
        if said:
            return follow >= keep
        # two sources taking it up, or the only one that reports again (a sparse subject)
        return follow > keep and (follow >= 2 or follow == later)

    def _groups(self, ep: list[Point]) -> list[list[Point]]:
        """Figures that fit together.

        Bounded figures, in value order, join the group of the lowest figure they fit
        with (a group never stretches past one tolerance, however many figures lie in
        between). A one-sided figure ("more than 4,500", "as many as 53,000", "dozens")
        then joins a group it fits, the one reported at its time (`_current_group`), or
        stands alone.
        """
        bounded = sorted((p for p in ep if p.bounded), key=lambda p: (p.v, p.lo, p.hi, p.t))
        groups: list[list[Point]] = []
        leader: Point | None = None
        for p in bounded:
            if (
                leader is not None
                and not self.conflict(leader, p)
                and not self._estimates_of([p], groups[-1])
            ):
                groups[-1].append(p)
            else:
                groups.append([p])
                leader = p
        support = [len({p.doc for p in g}) for g in groups]
        # best-supported group at or above / at or below each position
        above = list(range(len(groups)))
        for k in range(len(groups) - 2, -1, -1):
            if support[above[k + 1]] > support[k]:
                above[k] = above[k + 1]
        below = list(range(len(groups)))
        for k in range(1, len(groups)):
            if support[below[k - 1]] > support[k]:
                below[k] = below[k - 1]
        middles = [g[len(g) // 2] for g in groups]  # groups are in value order
        values = [m.v for m in middles]
        days = [sorted(q.t for q in g) for g in groups]
        loose: list[Point] = []
        one_sided = [p for p in ep if not p.bounded]
        for p in sorted(one_sided, key=lambda p: (p.lo, p.hi, p.t)):
            if p.hi == math.inf:  # at least p.lo: any group from p.lo up fits
                k = bisect.bisect_left(values, self.kind.below(p.lo, self.tol))
                if k > 0 and not self.conflict(p, middles[k - 1]):
                    k -= 1  # a rounded middle ("approximately 240") can reach below p.lo
                # the groups nearest in value, and the best-supported one further up
                fitting = [*range(k, min(len(groups), k + _NEAR)), *above[k : k + 1]]
            else:  # at most p.hi
                k = bisect.bisect_right(values, self.kind.above(p.hi, self.tol))
                if k < len(groups) and not self.conflict(p, middles[k]):
                    k += 1
                fitting = [*range(k - 1, max(-1, k - 1 - _NEAR), -1), *below[max(0, k - 1) : k]]
            # not the group of another source's estimate its article sets it against
            fitting = [i for i in fitting if not any(self._two_estimates(p, q) for q in groups[i])]
            target = self._current_group(p, fitting, middles, days, support)
            if target is not None:
                groups[target].append(p)
            else:
                loose.append(p)
        lone: list[list[Point]] = []
        for p in loose:  # one-sided figures with no bounded company: among themselves
            if lone and not any(
                self.conflict(p, q) or self._two_estimates(p, q) for q in lone[-1][:8]
            ):
                lone[-1].append(p)
            else:
                lone.append([p])
        groups.extend(lone)
        groups.sort(key=lambda g: min(q.v for q in g))
        return groups

    def _current_group(self, p: Point, fitting, middles, days, support) -> int | None:
        """The group a one-sided figure belongs to: of the groups its words allow, the
        best-supported one reported within a week of it; when none was, the one reported
        nearest in time ("in excess of 370m" in the weeks the cost stood at 380m, not
        beside the 570m reported two months later)."""
        best, best_key = None, None
        for i in fitting:
            if self.conflict(p, middles[i]):
                continue
            t = days[i]
            j = bisect.bisect_left(t, p.t)
            after = t[j] - p.t if j < len(t) else math.inf
            gap = min(after, p.t - t[j - 1] if j else math.inf)
            key = (gap if gap > _SAME_TIME else 0, -support[i])
            if best_key is None or key < best_key:
                best, best_key = i, key
        return best

    def _inside(self, groups: list[list[Point]]) -> None:
        """Each group that conflicts with the episode's best-supported group (or, between
        two groups, with the other) is one discrepancy: "most sources say X; these say Y"."""
        main = max(groups, key=lambda g: (len({p.doc for p in g}), len(g), -min(p.t for p in g)))
        # the main group meets every other one: its figures are worked out once, not per pair
        main_lo = min(p.lo for p in main)
        main_t = (min(p.t for p in main), max(p.t for p in main))
        main_rep = _rep(main)
        # every discrepancy of this episode lists the main group: its ranges and order once
        self._known = (
            main,
            {p.claim.id: self.kind.shown(p) for p in main},
            sorted(main, key=_RANK),
        )
        # disputes each article reports in full: per article, its pairs of sides
        told: dict[str, list[tuple[list[Point], list[Point]]]] = {}
        for other in groups:
            if other is main:
                continue
            other_rep = _rep(other)
            if min(p.lo for p in other) < main_lo:
                a, b, rep_a, rep_b = other, main, other_rep, main_rep
            else:
                a, b, rep_a, rep_b = main, other, main_rep, other_rep
            estimates = None if self.conflict(rep_a, rep_b) else self._estimates_of(a, b)
            if estimates is None and not self.conflict(rep_a, rep_b):
                continue  # "up to 1.3bn" beside "1.3bn or so": no contradiction
            if self.kind.apart(rep_a, rep_b):
                continue  # 28 billion beside 2 billion: two quantities, not one disputed
            if self._weak_apart(a, b, rep_a, rep_b):
                continue  # "13 en Kessby" beside "192 fallecidos": a part, or another quantity
            pa, pb = _closest(a, b)
            if self._one_account(a, b, pa, pb):
                if self._days_update(pa, pb):  # "131 at noon, 125 now": the day's update
                    self.discrepancy(a, b, pa, pb, "same_article", other, "low")
                continue
            if not self.conflict(pa, pb):
                # the closest pair fits (an "up to" reaching into the other group): the
                # summary names each group's middle figure instead
                pa, pb = rep_a, rep_b
            other_t = (min(p.t for p in other), max(p.t for p in other))
            if other_t[0] < main_t[0]:
                first, then, first_t, then_t = other, main, other_t, main_t
            else:
                first, then, first_t, then_t = main, other, main_t, other_t
            if first_t[1] < then_t[0] and min(self._origins(main), self._origins(other)) >= 2:
                # independent sources agreed on one figure, then others on another:
                # the figure moved within the window
                old = sorted(first, key=lambda p: p.t)
                new = sorted(then, key=lambda p: p.t)
                self.change([*old, *new], old[-1], new[0])
                continue
            if self._in_articles(a, b, told):
                continue
            if estimates is not None:  # two sources' estimates: only those take a side
                (pa, pb), a, b = estimates, *self._sides(a, b, *estimates)
            else:  # "more than 100" beside 105 and 109 fits both: it takes no side
                a, b = taking_sides(self.kind, self.tol, a, b, pa, pb)
            self.discrepancy(a, b, pa, pb, minority=other)
        self._known = None
        for pairs in told.values():
            self._article_dispute(pairs)

    def _changes(self, episodes: list[list[Point]], reps: list[Point]) -> list[int]:
        """Consecutive episodes whose main figures conflict: the figure moved.

        Episodes whose main figures fit together form one era; each move lists every
        figure of the era before that conflicts with the new main figure, and every
        figure of the era after that conflicts with the old one. The moves of a subject
        make one change, the series from its first level to its last. Returns where
        each era starts, and the end.
        """
        bounds = [0]
        for k in range(1, len(episodes)):
            if self.conflict(reps[k - 1], reps[k]):
                bounds.append(k)
        bounds.append(len(episodes))
        eras = [
            [p for ep in episodes[bounds[i] : bounds[i + 1]] for p in ep]
            for i in range(len(bounds) - 1)
        ]
        moves: list[tuple[Point, Point]] = []
        moved: list[int] = []  # the eras each move joins
        for i, (before, after) in enumerate(pairwise(eras)):
            ra, rb = reps[bounds[i + 1] - 1], reps[bounds[i + 1]]
            old = [p for p in before if self.conflict(p, rb)]
            new = [p for p in after if self.conflict(p, ra)]
            if old and new:
                moves.append((old[-1], new[0]))
                moved += [i, i + 1]
        if moves:  # one finding for the series: from the first level to the last
            # it lists every report of the eras it went through (440 and 632 the same
            # day, then about 600: each report is part of the series)
            points = [p for era in eras[min(moved) : max(moved) + 1] for p in era]
            first, last = moves[0][0], moves[-1][1]
            if len(moves) > 1 and not self.conflict(first, last):
                # it came back to where it started: the move is to the farthest level
                far = max((b for _, b in moves), key=lambda p: abs(p.v - first.v))
                self.change(points, first, far, steps=len(moves), back=last)
            else:
                self.change(points, first, last, steps=len(moves))
        return bounds

    def _weak_apart(self, a: list[Point], b: list[Point], rep_a: Point, rep_b: Point) -> bool:
        """Far apart (one under 1/PART of the other) where one side rests only on figures
        whose counted noun was not written beside them (`kinds.weak`) and the other names
        what it counts: the borrowed noun is most likely a part's or another quantity's
        ("23 more by the mountain rescue" beside "215 rescued"), not a dispute. Two sides
        alike stay disputed up to APART ("two million, say the organisers; 338,000, say
        the police"), unless both are such figures, each given for a place and none for
        the same place: the items of a list ("73 in Ardania, 45 in Belmar")."""
        weak_a, weak_b = (all(weak(p.claim) for p in g) for g in (a, b))
        if weak_a and weak_b and _other_places(a, b):
            return True
        low, high = sorted((rep_a, rep_b), key=lambda p: abs(p.v))
        if not self.kind.part(low, high):
            return False
        return weak_a != weak_b

    def _dominant(self, groups: list[list[Point]]) -> Point:
        """The episode's main figure: the middle of the group most documents support."""
        return _rep(
            max(groups, key=lambda g: (len({p.doc for p in g}), len(g), max(p.t for p in g)))
        )

    # -------------------------------------------------------------- findings

    def near_conflicts(self, minority: Sequence[Point], level: Point | None = None) -> list[Point]:
        """The reports nearest in time to the odd figures that contradict them, whichever
        episode they fall in (a figure early in a window is checked against the days just
        before it too). A few on each side of a few odd figures: linear in all. For a
        count that only rises, `level` is the high figure the odd ones fall below."""
        odd = {id(p) for p in minority}
        out: list[Point] = []
        for m in minority[:_NEAR]:
            k = bisect.bisect_left(self.times, m.t)
            steps = 4 * _NEAR
            before = range(k - 1, max(-1, k - 1 - steps), -1)
            for side in (before, range(k, min(len(self.points), k + steps))):
                found = 0
                for i in side:
                    p = self.points[i]
                    if abs(p.t - m.t) > self.window or found == _NEAR:
                        break
                    if id(p) not in odd and self.conflict(p, m) and self.against(p, m, level):
                        out.append(p)
                        found += 1
        return out

    def against(self, p: Point, odd: Point, level: Point | None = None) -> bool:
        """p contradicts the odd figure the way the finding says (any way, here)."""
        return True

    def discrepancy(
        self,
        a: Sequence[Point],
        b: Sequence[Point],
        pa: Point,
        pb: Point,
        reason: str = "",
        minority: Sequence[Point] = (),
        severity: str | None = None,
    ) -> None:
        """Groups `a` and `b` disagree; `pa` and `pb` are the figures the words name."""
        first, second = sorted((pa, pb), key=lambda p: (p.t, p.doc))
        basis = Basis(
            value_kind=self.kind.name,
            old=first.claim.id,
            new=second.claim.id,
            days=abs(pb.t - pa.t),
            direction="up" if second.v > first.v else "down",
            size=self.kind.size(pa, pb),
            reason=reason,
            swapped=first is not pa,
        )
        # a count that only rises: the odd figures fell below pa's level
        nearby = self.near_conflicts(minority, pa if reason == "lower_later" else None)
        severity = severity or self.kind.severity(pa, pb)
        known = self._known
        if known is None or (a is not known[0] and b is not known[0]):
            self._emit("discrepancy", [*a, *b, *nearby], severity, basis)
            return
        # the same ranges and claim order as _emit gives [*a, *b, *nearby], the main
        # group's part worked out once (stable sort: ties keep the parts' order)
        basis.ranges = {}
        ordered = []
        for part in (a, b, nearby):
            if part is known[0]:
                basis.ranges.update(known[1])
                ordered.append(known[2])
            else:
                basis.ranges.update({p.claim.id: self.kind.shown(p) for p in part})
                ordered.append(sorted(part, key=_RANK))
        claims = list(dict.fromkeys([p.claim.id for p in heapq.merge(*ordered, key=_RANK)]))
        self._add("discrepancy", claims, severity, basis)

    def _origins(self, g: list[Point]) -> int:
        known = self._origin_counts.get(id(g))
        if known is None:
            known = self._origin_counts[id(g)] = (g, origin_count(g))
        return known[1]

    def agreement(self, g: list[Point]) -> None:
        n_docs = len({p.doc for p in g})
        n_orig = self._origins(g)
        first = min(g, key=lambda p: p.t)
        sev = "low" if n_orig == 1 else "high" if n_orig >= 3 else "medium"
        basis = Basis(self.kind.name, first.claim.id, origins=n_orig, documents=n_docs)
        self._emit("agreement", g, sev, basis)

    def change(
        self,
        points,
        a: Point,
        b: Point,
        steps: int = 1,
        peak: Point | None = None,
        back: Point | None = None,
    ) -> None:
        """The figure moved from `a` to `b` (in `steps` moves, the last back to `back`);
        `points` are the reports of the levels it went through."""
        basis = Basis(
            value_kind=self.kind.name,
            old=a.claim.id,
            new=b.claim.id,
            days=b.t - a.t,
            direction="up" if b.v > a.v else "down",
            size=self.kind.change_size(a, b),
            steps=steps,
            peak=peak.claim.id if peak is not None else "",
            back=back.claim.id if back is not None else "",
        )
        self._emit("change", points, self.kind.severity(a, b), basis)

    def _emit(self, kind: str, points: list[Point], severity: str, basis: Basis) -> None:
        if kind == "discrepancy":  # the ranges a disagreement rests on, for showing it
            basis.ranges = {p.claim.id: self.kind.shown(p) for p in points}
        self._add(kind, _ids(points), severity, basis)

    def _add(self, kind: str, claims: list[str], severity: str, basis: Basis) -> None:
        self.found.append(
            Finding(
                id="",
                kind=kind,
                subject=self.key,
                claims=claims,
                severity=severity,
                summary="",
                basis=basis,
            )
        )


# ----------------------------------------------------------------------------- helpers


def _other_places(a: list[Point], b: list[Point]) -> bool:
    """Every figure of both groups is given for a place ("in belmar"), and no place of one
    group is a place of the other."""
    places = []
    for g in (a, b):
        here = {next((s for s in p.claim.scope if s.startswith("in ")), "") for p in g}
        if "" in here:
            return False
        places.append(here)
    return not places[0] & places[1]


def _ids(points: list[Point]) -> list[str]:
    """The claims' ids in (time, number) order, each once."""
    return list(dict.fromkeys([p.claim.id for p in sorted(points, key=_RANK)]))


_RANK = attrgetter("rank")
