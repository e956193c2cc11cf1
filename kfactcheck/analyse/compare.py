"""Claims -> Findings: discrepancies, changes over time and agreements, per subject.

Per subject the claims are sorted by when they held and swept once:
- an *episode* is a stretch of at most `window` days (a deadline that has passed by the
  time a later report names a new one also starts a new episode: it was moved);
- inside an episode, figures are grouped by value (sorted sweep, single linkage within the
  tolerance); two groups that cannot both hold are a **discrepancy**, a group backed by two
  or more documents is an **agreement** (copies of one quote count as one origin);
- between episodes, a figure that moved is a **change** (direction and size).
Subjects that only rise (a death toll, by spec or by their family) are swept with a running
maximum instead: a later lower figure is a discrepancy, the rise is a change.
Everything is sorting and linear scans: cost grows with n log n, never with all pairs.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict, deque
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from itertools import pairwise
from operator import attrgetter

from rapidfuzz import fuzz, process

from kfactcheck.analyse.specs import SubjectSpec
from kfactcheck.grammar.vocab import vocab
from kfactcheck.model import Claim, Document, Finding

# "close to 4,000" is read as a few percent below 4,000 when comparing (its reported
# interval, 90-100%, says what the words allow; this says what they suggest).
CLOSE_SPAN = 0.03
# Families that count something cumulative: a later lower figure contradicts.
RISING = ("deaths", "injured", "arrests", "burned", "destroyed")
# "dozens", "hundreds", "thousands": a vague lower bound, read loosely
VAGUE_SPAN = 0.2
_VAGUE = re.compile(r"\b(?:dozens|scores|hundreds|thousands|millions|several|many)\b", re.I)
SYNDICATED = 90  # rapidfuzz ratio from which two quotes are one origin
_ORIGIN_PEERS = 24  # quotes compared per new quote: keeps origin-finding linear
_NEAR = 12  # odd figures, and reports on each side of each, checked by _near_conflicts
_SAME_TIME = 7  # days within which a one-sided figure speaks of the same moment as a group
_RECENT = 16  # figures just before a lower one of a rising count that it is checked against


@dataclass(slots=True)
class _Point:
    claim: Claim
    t: int  # ordinal day the figure held
    lo: float  # comparison interval
    hi: float
    v: float  # the figure itself
    doc: str
    n: int  # the claim's number, for ordering
    said: str | None = None  # the quoted words, normalised: read once, when origins need them
    rank: int = 0  # place in (t, n) order among the subject's points: findings list claims so


def find_findings(
    claims: Sequence[Claim],
    documents: Sequence[Document],
    specs: Sequence[SubjectSpec] = (),
    *,
    window_days: int = 60,
    tolerance: float = 0.03,
    stats: dict | None = None,
) -> list[Finding]:
    """All findings, ids f1..fN in (subject, time) order. `stats` counts comparisons."""
    docs = {d.id: d for d in documents}
    by_spec = {s.key: s for s in specs}
    subjects: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        subjects[c.subject].append(c)
    counter = stats if stats is not None else {}
    counter.setdefault("comparisons", 0)
    out: list[Finding] = []
    for key in sorted(subjects):
        spec = by_spec.get(key)
        sweep = _Sweep(
            key,
            subjects[key],
            docs,
            window=spec.window_days if spec and spec.window_days else window_days,
            tol=spec.tolerance if spec and spec.tolerance is not None else tolerance,
            direction=spec.direction if spec else _default_direction(subjects[key]),
            counter=counter,
        )
        out.extend(sweep.run())
    # numbered in the order reports show them: by subject, then discrepancies, changes,
    # agreements, each in the order of the claims they rest on
    kind_order = {"discrepancy": 0, "change": 1, "agreement": 2}
    out.sort(
        key=lambda f: (f.subject, kind_order.get(f.kind, 3), [_id_number(c) for c in f.claims])
    )
    for i, f in enumerate(out, 1):
        f.id = f"f{i}"
    return out


@lru_cache(maxsize=1 << 18)  # findings are sorted by the numbers of their claims
def _id_number(claim_id: str) -> int:
    digits = claim_id[1:]
    return int(digits) if digits.isdigit() else 0


def _default_direction(claims: list[Claim]) -> str:
    families = {c.terms[0] if c.terms else "" for c in claims}
    return "up" if families and families <= set(RISING) else "any"


class _Sweep:
    def __init__(self, key, claims, docs, *, window, tol, direction, counter):
        self.key = key
        self.docs = docs
        self.window = window
        self.tol = tol
        self.direction = direction
        self.counter = counter
        self.kind = _value_kind(claims)
        pts = _placeable([p for p in (self._point(c) for c in claims) if p is not None])
        pts.sort(key=lambda p: (p.t, p.v, p.doc, p.claim.start))
        for rank, p in enumerate(sorted(pts, key=lambda p: (p.t, p.n))):
            p.rank = rank
        self.points = pts
        self.times = [p.t for p in pts]
        self.found: list[Finding] = []

    # -------------------------------------------------------------- values

    def _point(self, c: Claim) -> _Point | None:
        t = _day(c.as_of)
        if t is None:
            return None
        if self.kind == "date":
            d = _day(str(c.value))
            if d is None:
                return None
            span = 3 if c.qualifier == "approx" else 0
            return _Point(c, t, d - span, d + span, float(d), c.document, _id_number(c.id))
        v = float(c.value)  # type: ignore[arg-type]
        lo, hi = v, v
        q = c.qualifier
        if q == "close_to":
            lo = v * (1 - CLOSE_SPAN)
        elif q == "approx":
            # "around 3,700" stands for its rounding, 3,650-3,750 (at most 5% either way)
            half = min(_rounding_unit(v) / 2, 0.05 * abs(v))
            lo, hi = v - half, v + half
        elif q in ("more_than", "at_least"):
            hi = math.inf
            if _VAGUE.search(c.text):
                lo = v * (1 - VAGUE_SPAN)  # "dozens" says at least about two dozen
        elif q in ("less_than", "up_to"):
            lo = -math.inf
        elif q == "range" and c.low is not None and c.high is not None:
            lo, hi = float(c.low), float(c.high)  # type: ignore[arg-type]
        return _Point(c, t, lo, hi, v, c.document, _id_number(c.id))

    def gap(self, a: _Point, b: _Point) -> float:
        """How far apart two figures are beyond what their wording allows (0 = they fit)."""
        self.counter["comparisons"] += 1
        g = max(a.lo - b.hi, b.lo - a.hi, 0.0)
        if self.kind in ("date", "year", "plan"):
            return g  # days or years
        scale = max(abs(a.v), abs(b.v), 1e-9)
        return g / scale

    def conflict(self, a: _Point, b: _Point) -> bool:
        g = self.gap(a, b)
        if self.kind in ("date", "year", "plan"):
            return g > 0.5
        return g > self.tol

    # -------------------------------------------------------------- sweep

    def run(self) -> list[Finding]:
        if len(self.points) < 2:
            return []
        # when an event happened does not change with time: years form one episode
        episodes = [self.points] if self.kind == "year" else self._episodes()
        if self.direction == "up":
            self._rising(episodes)
        else:
            reps = []
            for ep in episodes:
                groups = self._groups(ep)
                self._inside(groups)
                reps.append(self._dominant(groups))
            self._changes(episodes, reps)
        return self.found

    def _episodes(self) -> list[list[_Point]]:
        episodes: list[list[_Point]] = []
        current: list[_Point] = []
        start = 0
        latest_value = -math.inf  # for dates: the latest deadline named in this episode
        for i, p in enumerate(self.points):
            passed = self.kind == "date" and current and p.t > latest_value
            # "postponed to", "now due in": a new date for the same thing is a change
            # (a date needs no such word: later sources that all take up a new date say it
            # moved, while one outlet's odd date is followed by the old one)
            said = "moved" in p.claim.terms
            moved = (
                bool(current) and (said or self.kind == "date") and self._moved(i, current, said)
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

    def _moved(self, i: int, current: list[_Point], said: bool) -> bool:
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

    def _groups(self, ep: list[_Point]) -> list[list[_Point]]:
        """Figures that fit together.

        Bounded figures, in value order, join the group of the lowest figure they fit
        with (a group never stretches past one tolerance, however many figures lie in
        between). A one-sided figure ("more than 4,500", "as many as 53,000", "dozens")
        then joins a group it fits, the one reported at its time (`_current_group`), or
        stands alone.
        """
        bounded = sorted(
            (p for p in ep if p.lo != -math.inf and p.hi != math.inf),
            key=lambda p: (p.lo, p.hi, p.t),
        )
        groups: list[list[_Point]] = []
        leader: _Point | None = None
        for p in bounded:
            if leader is not None and not self.conflict(leader, p):
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
        loose: list[_Point] = []
        one_sided = [p for p in ep if p.lo == -math.inf or p.hi == math.inf]
        for p in sorted(one_sided, key=lambda p: (p.lo, p.hi, p.t)):
            if p.hi == math.inf:  # at least p.lo: any group from p.lo up fits
                k = bisect.bisect_left(
                    values, p.lo * (1 - self.tol) if self.kind == "number" else p.lo - 0.5
                )
                if k > 0 and not self.conflict(p, middles[k - 1]):
                    k -= 1  # a rounded middle ("approximately 240") can reach below p.lo
                # the groups nearest in value, and the best-supported one further up
                fitting = [*range(k, min(len(groups), k + _NEAR)), *above[k : k + 1]]
            else:  # at most p.hi
                k = bisect.bisect_right(
                    values, p.hi * (1 + self.tol) if self.kind == "number" else p.hi + 0.5
                )
                if k < len(groups) and not self.conflict(p, middles[k]):
                    k += 1
                fitting = [*range(k - 1, max(-1, k - 1 - _NEAR), -1), *below[max(0, k - 1) : k]]
            target = self._current_group(p, fitting, middles, days, support)
            if target is not None:
                groups[target].append(p)
            else:
                loose.append(p)
        lone: list[list[_Point]] = []
        for p in loose:  # one-sided figures with no bounded company: among themselves
            if lone and not any(self.conflict(p, q) for q in lone[-1][:8]):
                lone[-1].append(p)
            else:
                lone.append([p])
        groups.extend(lone)
        groups.sort(key=lambda g: min(q.v for q in g))
        return groups

    def _current_group(self, p: _Point, fitting, middles, days, support) -> int | None:
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

    def _inside(self, groups: list[list[_Point]]) -> None:
        """Each group that conflicts with the episode's best-supported group (or, between
        two groups, with the other) is one discrepancy: "most sources say X; these say Y"."""
        main = max(groups, key=lambda g: (len({p.doc for p in g}), len(g), -min(p.t for p in g)))
        for other in groups:
            if other is main:
                continue
            a, b = sorted((main, other), key=lambda g: min(p.lo for p in g))
            pa, pb = _closest(a, b)
            if not self.conflict(_rep(a), _rep(b)) or self._one_account(a, b, pa, pb):
                continue  # "up to 1.3bn" beside "1.3bn or so": no contradiction
            if not self.conflict(pa, pb):
                # the closest pair fits (an "up to" reaching into the other group): the
                # summary names each group's middle figure instead
                pa, pb = _rep(a), _rep(b)
            first, then = sorted((a, b), key=lambda g: min(p.t for p in g))
            if (
                max(p.t for p in first) < min(p.t for p in then)
                and min(len(set(_origins(first).values())), len(set(_origins(then).values()))) >= 2
            ):
                # independent sources agreed on one figure, then others on another:
                # the figure moved within the window
                old = sorted(first, key=lambda p: p.t)
                new = sorted(then, key=lambda p: p.t)
                self._change(old, new, old[-1], new[0])
                continue
            self._discrepancy(a, b, pa, pb, minority=other)
        for g in groups:
            if len({p.doc for p in g}) >= 2:
                self._agreement(g)

    def _changes(self, episodes: list[list[_Point]], reps: list[_Point]) -> None:
        """Consecutive episodes whose main figures conflict: the figure moved.

        Episodes whose main figures fit together form one era; a change lists every
        figure of the era before that conflicts with the new main figure, and every
        figure of the era after that conflicts with the old one.
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
        for i, (before, after) in enumerate(pairwise(eras)):
            ra, rb = reps[bounds[i + 1] - 1], reps[bounds[i + 1]]
            old = [p for p in before if self.conflict(p, rb)]
            new = [p for p in after if self.conflict(p, ra)]
            if old and new:
                self._change(old, new, old[-1], new[0])

    def _dominant(self, groups: list[list[_Point]]) -> _Point:
        """The episode's main figure: the middle of the group most documents support."""
        return _rep(
            max(groups, key=lambda g: (len({p.doc for p in g}), len(g), max(p.t for p in g)))
        )

    def _one_account(self, a, b, pa: _Point, pb: _Point) -> bool:
        """Both figures come from one article with no second source between them."""
        docs = {p.doc for p in a} | {p.doc for p in b}
        if len(docs) != 1:
            return False
        doc = self.docs.get(pa.doc)
        if doc is None:
            return False
        lo = min(pa.claim.start, pb.claim.start)
        hi = max(pa.claim.end, pb.claim.end)
        return vocab().contrast_re.search(doc.text, lo, hi) is None

    def _rising(self, episodes: list[list[_Point]]) -> None:
        """A count that only grows: lower-than-before is a discrepancy, growth a change.

        Rises are read from the stated values ("at least 12" then "37" is a rise); a later
        figure contradicts only when what its words allow is below what the highest earlier
        figure's words allow ("as many as 95" then "92" is no contradiction). All later
        figures that contradict one high figure make one finding.
        """
        for ep in episodes:
            for g in self._groups([_as_value(p) for p in ep]):
                if len({p.doc for p in g}) >= 2:
                    self._agreement(g)
        best: _Point | None = None  # the highest stated figure: rises are read from it
        floor: _Point | None = None  # the highest "at least": lower figures contradict it
        records: list[_Point] = []
        # each record's level: the record and the later reports that fit it, so a change
        # names every report of the old figure and of the new one
        levels: dict[int, list[_Point]] = {}
        level: list[_Point] = []
        unreported: list[tuple[list[_Point], list[_Point], _Point, _Point]] = []
        lower: list[_Point] = []
        # the last few figures, so a lower one is set against the reports just before it
        # (same day, other outlets), not only the record high
        recent: deque[_Point] = deque(maxlen=_RECENT)
        contradicted: dict[int, _Point] = {}
        for p in self.points:
            rose_from: tuple[list[_Point], _Point] | None = None
            if best is not None and floor is not None and p.t - best.t > self.window:
                self._flush_rise(records, levels)
                self._flush_lower(floor, lower, records, contradicted)
                if p.v > best.v and self.conflict(_as_value(p), _as_value(best)):
                    rose_from = (level, best)  # it rose again while unreported
                best, floor, records, lower = None, None, [], []
                recent.clear()
                contradicted = {}
            if best is None or floor is None:  # both are set together
                best, floor, records = p, p, [p]
                level = levels[id(p)] = [p]
                if rose_from is not None:
                    unreported.append((rose_from[0], level, rose_from[1], p))
            elif p.hi < floor.lo and self.conflict(p, floor):
                lower.append(p)
                for r in recent:
                    if r.lo > p.hi and id(r) not in contradicted and self.conflict(r, p):
                        contradicted[id(r)] = r
            else:
                self._same_day_highs(p, lower, contradicted)
                if p.v > best.v:
                    self._flush_lower(floor, lower, records, contradicted)
                    lower, contradicted = [], {}
                    if self.conflict(_as_value(p), _as_value(best)):
                        records.append(p)
                        level = levels[id(p)] = []
                    best = p
                level.append(p)
                if p.lo > floor.lo:
                    floor = p
            recent.append(p)
        self._flush_rise(records, levels)
        if floor is not None:
            self._flush_lower(floor, lower, records, contradicted)
        for old, new, a, b in unreported:  # the new level is complete only now
            self._change(old, new, a, b)

    def _same_day_highs(self, p: _Point, lower: list[_Point], contradicted: dict) -> None:
        """Figures of one day are in value order: a higher one of the same day as a lower
        figure comes after it, and contradicts it too."""
        for low in lower[-_RECENT:]:
            if low.t == p.t and p.lo > low.hi and self.conflict(p, low):
                contradicted[id(p)] = p
                return

    def _flush_lower(self, floor: _Point, lower: list[_Point], records, contradicted) -> None:
        """One finding: the later lower figures, the earlier highs they contradict, the
        recent reports above them, and the reports on either side that show which is odd:
        the lower level reported just before the high figure, the high level just after."""
        if lower:
            highs = [r for r in records if r.lo > lower[0].hi and self.conflict(r, lower[0])]
            seen = {id(r) for r in highs}
            highs += [r for k, r in contradicted.items() if k not in seen]
            self._discrepancy(
                highs or [floor],
                lower + self._lower_before(floor, lower[0]),
                floor,
                lower[0],
                lower_later=True,
                minority=lower,
            )

    def _lower_before(self, high: _Point, low: _Point) -> list[_Point]:
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
        out: list[_Point] = []
        for i in range(k - 1, max(-1, k - 1 - 4 * _NEAR), -1):
            p = self.points[i]
            if high.t - p.t > self.window or len(out) == _NEAR:
                break
            if p.hi < high.lo and self.conflict(p, high) and not self.conflict(p, low):
                out.append(p)
        return out

    def _flush_rise(self, records: list[_Point], levels: dict[int, list[_Point]]) -> None:
        if len(records) >= 2:
            old = [q for r in records[:-1] for q in levels[id(r)]]
            self._change(old, levels[id(records[-1])], records[0], records[-1], rise=True)

    # -------------------------------------------------------------- findings

    def _near_conflicts(
        self, minority: Sequence[_Point], level: _Point | None = None
    ) -> list[_Point]:
        """The reports nearest in time to the odd figures that contradict them, whichever
        episode they fall in (a figure early in a window is checked against the days just
        before it too). A few on each side of a few odd figures: linear in all. For a
        count that only rises, `level` is the high figure the odd ones fall below."""
        odd = {id(p) for p in minority}
        out: list[_Point] = []
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
                    if id(p) not in odd and self.conflict(p, m) and self._against(p, m, level):
                        out.append(p)
                        found += 1
        return out

    def _against(self, p: _Point, odd: _Point, level: _Point | None = None) -> bool:
        """p contradicts the odd figure the way the finding says: for a count that only
        rises, an earlier or same-day higher figure does, and a later one that repeats the
        high level the odd figure fell below (the count never came down to it)."""
        if self.direction != "up":
            return True
        if p.lo <= odd.hi:
            return False
        return p.t <= odd.t or (level is not None and not self.conflict(p, level))

    def _discrepancy(
        self,
        a,
        b,
        pa: _Point,
        pb: _Point,
        lower_later: bool = False,
        minority: Sequence[_Point] = (),
    ) -> None:
        first, second = sorted((pa, pb), key=lambda p: (p.t, p.doc))
        days = abs(pb.t - pa.t)
        size = self._size(pa, pb)
        when = "on the same day" if days == 0 else f"within {_span(days)}"
        why = (
            " (a later report gives a lower figure for a count that only rises)"
            if (lower_later)
            else ""
        )
        summary = f"{self._say(first)} vs {self._say(second)}: {size} apart {when}{why}"
        self.found.append(
            Finding(
                id="",
                kind="discrepancy",
                subject=self.key,
                # a count that only rises: the odd figures fell below pa's level
                claims=_ids(a + b + self._near_conflicts(minority, pa if lower_later else None)),
                severity=self._severity(pa, pb),
                summary=summary,
                extra={"days": days, "gap": size, "values": [_fmt_value(pa), _fmt_value(pb)]},
            )
        )

    def _agreement(self, g: list[_Point]) -> None:
        origins = _origins(g)
        n_docs = len({p.doc for p in g})
        n_orig = len(set(origins.values()))
        first = min(g, key=lambda p: p.t)
        if n_orig == 1:
            sev = "low"
            how = f"one origin: the same quote in {n_docs} documents, not independent"
        else:
            sev = "high" if n_orig >= 3 else "medium"
            how = f"{n_orig} independent sources in {n_docs} documents"
        summary = f"{self._say(first)} is supported by {how}"
        self.found.append(
            Finding(
                id="",
                kind="agreement",
                subject=self.key,
                claims=_ids(g),
                severity=sev,
                summary=summary,
                extra={"origins": n_orig, "documents": n_docs},
            )
        )

    def _change(self, old, new, a: _Point, b: _Point, rise: bool = False) -> None:
        direction = "up" if b.v > a.v else "down"
        if self.kind in ("date", "plan"):
            verb = "moved later" if direction == "up" else "moved earlier"
        else:
            verb = "rose" if direction == "up" else "fell"
        size = self._size(a, b)
        span = _span(b.t - a.t)
        summary = f"{self._say(a)} → {self._say(b)}: {verb} by {size} over {span}"
        self.found.append(
            Finding(
                id="",
                kind="change",
                subject=self.key,
                claims=_ids(old + new),
                severity=self._severity(a, b),
                summary=summary,
                extra={"direction": direction, "days": b.t - a.t, "size": size},
            )
        )

    def _size(self, a: _Point, b: _Point) -> str:
        if self.kind == "date":
            return f"{abs(round(b.v - a.v))} days"
        if self.kind in ("year", "plan"):
            n = abs(round(b.v - a.v))
            return f"{n} year" if n == 1 else f"{n} years"
        scale = max(abs(a.v), abs(b.v), 1e-9)
        return f"{abs(a.v - b.v) / scale:.0%}"

    def _severity(self, a: _Point, b: _Point) -> str:
        if self.kind == "date":
            d = abs(b.v - a.v)
            return "high" if d >= 30 else "medium" if d >= 7 else "low"
        if self.kind in ("year", "plan"):
            d = abs(b.v - a.v)
            return "high" if d >= 5 else "medium" if d >= 2 else "low"
        rel = abs(a.v - b.v) / max(abs(a.v), abs(b.v), 1e-9)
        return "high" if rel >= 0.25 else "medium" if rel >= 0.10 else "low"

    def _say(self, p: _Point) -> str:
        c = p.claim
        doc = self.docs.get(c.document)
        who = [x for x in (c.speaker, doc.outlet if doc else None) if x]
        when = _human_date(c.as_of)
        figure = _short(c.text)
        if self.kind == "date":
            figure = f"{figure} = {_human_date(str(c.value))}"
        return f"{figure} ({', '.join([*who, when])})"


# ----------------------------------------------------------------------------- helpers


def _rounding_unit(v: float) -> float:
    """The place of a figure's last significant digit: 3,700 -> 100, 25 -> 5, 5.5 -> 0.5."""
    if v == 0:
        return 1.0
    unit = 1.0
    x = abs(v)
    while unit > 1e-6 and abs(x / unit - round(x / unit)) > 1e-9:
        unit /= 10
    while abs(x / (unit * 10) - round(x / (unit * 10))) < 1e-9:
        unit *= 10
    return unit * 5 if abs(x / (unit * 5) - round(x / (unit * 5))) < 1e-9 else unit


def _as_value(p: _Point) -> _Point:
    return replace(p, lo=p.v, hi=p.v)


def _value_kind(claims: list[Claim]) -> str:
    units = {c.unit for c in claims}
    if units == {"date"}:
        return "date"
    if units == {"year"}:
        # a planned year ("due to open in 2027") can be moved; a past event's cannot
        return (
            "plan"
            if all(c.terms[:1] and c.terms[0].startswith("plan:") for c in claims)
            else ("year")
        )
    return "number"


def _placeable(pts: list[_Point]) -> list[_Point]:
    """The points that can be put in time order: a figure known only to its month or year
    (a page that shows no day) is left out when figures of days inside that month or year
    are compared, since nothing says whether it came before or after them."""
    finer = {p.claim.as_of[:n] for p in pts for n in (4, 7) if len(p.claim.as_of) > n}
    return [p for p in pts if len(p.claim.as_of) >= 10 or p.claim.as_of not in finer]


@lru_cache(maxsize=1 << 14)  # a corpus has few distinct dates and many claims on each
def _day(iso: str) -> int | None:
    """Ordinal day of YYYY-MM-DD, YYYY-MM (1st) or YYYY (1 Jan)."""
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", iso or "")
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2] or 1), int(m[3] or 1)).toordinal()
    except ValueError:
        return None


def _rep(g: list[_Point]) -> _Point:
    """A group's middle figure, preferring figures bounded on both sides."""
    pool = [p for p in g if p.lo != -math.inf and p.hi != math.inf] or g
    ordered = sorted(pool, key=lambda p: (p.v, p.t))
    return ordered[len(ordered) // 2]


def _closest(a: list[_Point], b: list[_Point]) -> tuple[_Point, _Point]:
    """The two figures, one from each group, nearest in value (groups come sorted)."""
    pa = max(a, key=lambda p: (p.hi if p.hi != math.inf else p.lo, -p.t))
    pb = min(b, key=lambda p: (p.lo if p.lo != -math.inf else p.hi, p.t))
    return pa, pb


def _origins(g: list[_Point]) -> dict[str, int]:
    """Document -> origin number; near-identical quotes in different documents share one.

    The quoted words are compared when a sentence has them (outlets trim or extend the
    attribution around a syndicated quote), else the whole sentence.
    """
    firsts: list[str] = []  # each origin's first quote, by origin number
    doc_origin: dict[str, int] = {}
    for p in sorted(g, key=lambda p: (p.t, p.doc)):
        if p.doc in doc_origin:
            continue
        if p.said is None:
            p.said = _norm(_quoted(p.claim.quote))
        # the first of the latest origins whose quote this one repeats (one call into C)
        start = max(0, len(firsts) - _ORIGIN_PEERS)
        near = process.extract(
            p.said,
            firsts[start:],
            scorer=fuzz.ratio,
            processor=None,
            score_cutoff=SYNDICATED,
            limit=None,
        )
        if near:
            doc_origin[p.doc] = start + min(i for _, _, i in near)
        else:
            doc_origin[p.doc] = len(firsts)
            firsts.append(p.said)
    return doc_origin


_QUOTED = re.compile(r"[“\"]([^”\"]{20,})[”\"]")


def _quoted(sentence: str) -> str:
    parts = _QUOTED.findall(sentence)
    return " ".join(parts) if parts else sentence


_NON_WORD = re.compile(r"\W+")


def _norm(text: str) -> str:
    return _NON_WORD.sub(" ", text.lower()).strip()


def _ids(points: list[_Point]) -> list[str]:
    """The claims' ids in (time, number) order, each once."""
    return list(dict.fromkeys([p.claim.id for p in sorted(points, key=_RANK)]))


_RANK = attrgetter("rank")


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _human_date(iso: str) -> str:
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", iso or "")
    if m:
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return f"{d.day} {d:%b %Y}"
    m = re.match(r"^(\d{4})-(\d{2})$", iso or "")
    if m:
        return f"{date(int(m[1]), int(m[2]), 1):%b %Y}"
    return iso or "undated"


def _span(days: int) -> str:
    if days == 1:
        return "1 day"
    if days < 60:
        return f"{days} days"
    if days < 730:
        return f"{round(days / 30.44)} months"
    return f"{days / 365.25:.1f} years"


def _fmt_value(p: _Point) -> str:
    return str(p.claim.value)
