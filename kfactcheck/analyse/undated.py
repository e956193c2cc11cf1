"""Figures with no date (their page shows none and none could be inferred) as support.

Nothing says when an undated figure held, so it never starts or joins a discrepancy or a
change: a running count's "62 dead" with no date may be of any day. What it can do is
say the same as a dated figure: then it is one more source for that figure. The rule:

- it joins an agreement only when it equals one of the agreement's dated figures exactly
  (same value and same interval: "62" and "62", "about 4,000" and "about 4,000"), and
  fits every other figure of it. An undated "around 60" close to a dated "62" is left out:
  a count near a dated one may be that count days earlier or later;
- with no agreement to join, an undated figure equal to dated figures of other pages makes
  one with them, when those dated figures lie within one comparison window of each other
  (an undated figure never links dated reports weeks apart into one agreement);
- undated figures alone, however many, make no agreement: they may be of different days.

One article is the exception to "no time, no comparison": the figures of one page that
none of its sentences dates are of the one time the page was written, whatever that time
was, as a dated page's are of its day (so are those held only in the month of its story's
dated documents, `Document.story_month`, which says nothing of the page's own day). So one
undated page that gives two figures of one quantity that cannot both hold ("48 deaths" in
its headline, "46" in its body) is a discrepancy inside that article
(`page_discrepancies`), worded as of "one undated article" ("in the same month" for a
story's month). A figure its words call an earlier level ("had put the toll at 30", "at
the time, 30") is of another time and stays out, as on a dated page; so are figures whose
sentences name different days ("on Monday, 37 dead"; "by Wednesday, 52"; a timeline's "14
March: 12 dead"), which a page with no date cannot place: figures are compared only with
those whose sentences name the same days (most name none), read as extraction reads them
(a running count's day is one after it or one opening its clause, not an event's day
inside the clause before it: "the flood that hit on 29 October has killed 131").

Every view names such a figure's date "undated", and the agreement's words count its
undated documents (export/wording.py).
"""

from __future__ import annotations

import bisect
from datetime import date
from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple

from kfactcheck.analyse.kinds import Point
from kfactcheck.analyse.origins import origin_count
from kfactcheck.analyse.traits import said_moved
from kfactcheck.claims.dated import opens_clause
from kfactcheck.grammar.dates import find_dates
from kfactcheck.grammar.vocab import vocab
from kfactcheck.model import Claim, Finding

if TYPE_CHECKING:
    from kfactcheck.analyse.sweep import Sweep


def join_undated(sweep: Sweep, claims: list[Claim]) -> None:
    """Add the subject's undated figures to the agreements of `sweep` (already run) that
    they support, or make the agreements they and equal dated figures form."""
    undated = [c for c in claims if not c.as_of]
    if not undated:
        return
    dated = [*sweep.points, *sweep.apart]
    if not dated:
        return
    by_id = {p.claim.id: p for p in dated}
    # the undated figures by their reading, each as a point placed at no time yet
    readings: dict[tuple, list[Claim]] = {}
    for c in undated:
        p = sweep.kind.point(c, 0, 0)
        if p is not None:
            readings.setdefault(_reading(p), []).append(c)
    if not readings:
        return
    # each reading joins one agreement: the one most documents support (an undated "2
    # million" equal to two marches' dated counts is of one of them, unknown which; the
    # best supported is the figure it most likely repeats)
    best: dict[tuple, tuple[int, Finding, list[Point]]] = {}
    agreed: set[str] = set()  # claims already in an agreement
    for f in sweep.found:
        if f.kind != "agreement":
            continue
        agreed.update(f.claims)
        group = [by_id[i] for i in f.claims if i in by_id]
        if len(group) != len(f.claims):
            continue  # an agreement of another sweep (one page's month): leave it
        n_docs = len({p.doc for p in group})
        for key in {_reading(p) for p in group} & readings.keys():
            if key not in best or n_docs > best[key][0]:
                best[key] = (n_docs, f, group)
    for key, (_, f, group) in best.items():
        extra = _points(sweep, readings[key], group[0], {p.doc for p in group})
        if extra and not any(sweep.conflict(extra[0], p) for p in group):
            _refill(f, [*group, *extra])
    # the dated figures by reading, once: a busy subject has thousands of each
    alike: dict[tuple, list[Point]] = {}
    for p in dated:
        key = _reading(p)
        if key in readings and key not in best:
            alike.setdefault(key, []).append(p)
    for key, cs in readings.items():
        equal = alike.get(key)
        if not equal or any(p.claim.id in agreed for p in equal):
            continue  # an agreement the figure does not fit: not made twice
        if max(p.t for p in equal) - min(p.t for p in equal) > sweep.window:
            continue
        own = {p.doc for p in equal}
        extra = _points(sweep, cs, equal[0], own)
        if extra:
            # the earliest dated figure is the one the words name
            first = min(equal, key=lambda p: (p.t, p.n))
            sweep.agreement([first, *(p for p in equal if p is not first), *extra])
            made = sweep.found[-1].basis
            if made is not None:
                made.old = first.claim.id


def page_discrepancies(sweep: Sweep, claims: list[Claim]) -> None:
    """Add to `sweep` (already run) the discrepancies each undated page gives by itself:
    its figures with no time of their own (no date, or only its story's month), none an
    earlier level, swept as of one time (the page's, unknown), with nothing of another
    page beside them."""
    by_doc: dict[str, list[Claim]] = {}
    for c in claims:
        if "earlier" not in c.terms and _page_time_only(c, sweep.docs):
            by_doc.setdefault(c.document, []).append(c)
    pages: dict[tuple, list[Claim]] = {}
    for doc_id, mine in by_doc.items():
        if len(mine) < 2:
            continue  # most pages: one figure of the subject, nothing to compare
        doc = sweep.docs.get(doc_id)
        lang = doc.lang if doc is not None else None
        # where the page's figures of the subject stand in each sentence
        figures: dict[int, list[tuple[int, int]]] = {}
        for c in mine:
            figures.setdefault(c.sentence_start, []).append((c.start, c.end))
        for spans in figures.values():
            spans.sort()
        for c in mine:
            days = _days_of(c, _days_named(c.quote, lang), figures[c.sentence_start])
            pages.setdefault((doc_id, days), []).append(c)
    # the sweep's own discrepancies, by claim: a page's month figures may be in one already
    # (a subject of month figures only is swept as of that month), not made twice
    told: dict[str, list[set[str]]] = {}
    for f in sweep.found:
        if f.kind == "discrepancy":
            ids = set(f.claims)
            for i in f.claims:
                told.setdefault(i, []).append(ids)
    for page in pages.values():
        if len(page) < 2:
            continue
        one = _one_page(type(sweep))(
            sweep.key, page, sweep.docs, window=sweep.window, tol=sweep.tol, counter=sweep.counter
        )
        one.run()
        sweep.found.extend(
            f
            for f in one.found
            if f.kind == "discrepancy"
            and not any(set(f.claims) <= t for t in told.get(f.claims[0], ()))
        )


def _page_time_only(c: Claim, docs) -> bool:
    """The figure has no time of its own: no date at all, or only the month its page was
    given from its story (Document.story_month), which says nothing of the page's day."""
    if not c.as_of:
        return True
    doc = docs.get(c.document)
    return doc is not None and bool(doc.story_month) and c.as_of == doc.story_month


@cache
def _one_page(base: type) -> type:
    """`base` (Sweep or RisingSweep) over one page's undated figures, each placed at one
    time: day 1, which no report shows (its findings say "undated", never a day)."""

    def _point(self, c: Claim) -> Point | None:
        p = self.kind.point(c, _PAGE_TIME, _number(c.id))
        if p is not None:  # "has since risen to": a move the page tells, as Sweep._point reads
            p.moved = "moved" in c.terms or said_moved(c.quote, c.start - c.sentence_start)
        return p

    def _same_day(self, lowered: set[int]) -> None:
        # a count that only rises (RisingSweep): the page's figures are its one day's
        told = [f for f in self.found if f.kind == "discrepancy"]
        self._one_day(self.points, lowered, told, page=True)

    return type(f"OnePage{base.__name__}", (base,), {"_point": _point, "_same_day": _same_day})


_PAGE_TIME = 1
# any day will do: the days a sentence names are only set against its page's other ones
_SOME_DAY = date(2000, 6, 15)


@lru_cache(maxsize=4096)
def _days_named(sentence: str, lang: str | None) -> tuple[tuple, list[int]]:
    """The days other than the page's own that `sentence` names (a weekday, "yesterday", a
    day or month of the calendar), each as resolved from one fixed day (so only comparable
    within a page), in the order they stand, with their starts; not a date that names an
    event ("the earthquake of 17 October")."""
    days = tuple(
        sorted(
            (
                d
                for d in find_dates(sentence, _SOME_DAY, lang)
                if d.kind in _DAY_KINDS and d.value != _SOME_DAY.isoformat() and d.cue != "of"
            ),
            key=lambda d: d.start,
        )
    )
    return days, [d.start for d in days]


_DAY_KINDS = ("weekday", "relative", "date", "month")


def _days_of(c: Claim, named: tuple[tuple, list[int]], figures: list[tuple[int, int]]):
    """The named days that may date figure `c`, as extraction reads them (claims/dated.py):
    a day with no other figure of the subject between it and `c` (`figures`: where the
    sentence's figures of the subject stand in the page, in order), and for a running count
    one before it only when it opens its clause ("On 14 March, 63 dead"), not one inside the
    clause, which names the event ("the flood that hit on 29 October has killed 131")."""
    days, starts = named
    if not days:
        return frozenset()
    k = bisect.bisect_left(figures, (c.start, c.end))
    base = c.sentence_start
    lo = figures[k - 1][1] - base if k else 0  # the end of the figure before
    hi = figures[k + 1][0] - base if k + 1 < len(figures) else len(c.quote)
    at = _Span(c.start - base, c.end - base)
    running = bool(c.terms) and c.terms[0] in vocab().running_counts
    out = set()
    for i in range(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)):
        d = days[i]
        if at.start <= d.start < at.end or d.end > hi:
            continue  # inside the figure, or past the next one
        if d.start < at.start and running and not opens_clause(c.quote, d, at):  # type: ignore[arg-type]
            continue
        out.add(d.value)
    return frozenset(out)


class _Span(NamedTuple):
    start: int
    end: int


def join_period_levels(sweep: Sweep) -> None:
    """A figure known only to its month or year, left out of the sweep's order
    (`Sweep.apart`), that equals a level a change of `sweep` went through inside that
    period (same value and interval: "417 rescued" of May beside the 417 of 12 May)
    is one more report of that level: the change lists it too. Nothing else of the change
    moves (its first and last level, its size and days come from the dated reports)."""
    if not sweep.apart:
        return
    by_id = {p.claim.id: p for p in sweep.points}
    periods: dict[tuple[str, tuple], list[Point]] = {}
    for p in sweep.apart:
        periods.setdefault((p.claim.as_of, _reading(p)), []).append(p)
    for f in sweep.found:
        if f.kind != "change":
            continue
        levels = [by_id[i] for i in f.claims if i in by_id]
        if len(levels) != len(f.claims):
            continue  # a change of another sweep (one page's month): leave it
        # each level as the year and the month it falls in: looked up, not searched
        held = {(p.claim.as_of[:n], _reading(p)) for p in levels for n in (4, 7)}
        extra = [q for key, qs in periods.items() if key in held for q in qs]
        if extra:  # in the order findings list claims: the placed ones, then the period's
            ordered = sorted({id(p): p for p in [*levels, *extra]}.values(), key=lambda p: p.rank)
            f.claims = list(dict.fromkeys(p.claim.id for p in ordered))


def _reading(p: Point) -> tuple:
    return (p.v, p.lo, p.hi)


def _points(sweep: Sweep, claims: list[Claim], at: Point, docs: set[str]) -> list[Point]:
    """The undated figures of pages not already in the group, as points placed at `at`'s
    time (only so that they sort beside it: their time is unknown)."""
    out = []
    for c in claims:
        if c.document in docs:
            continue  # the page already supports the figure with a dated one
        p = sweep.kind.point(c, at.t, _number(c.id))
        if p is not None:
            p.rank = at.rank
            out.append(p)
    return out


def _number(claim_id: str) -> int:
    digits = claim_id[1:]
    return int(digits) if digits.isdigit() else 0


def _refill(f: Finding, group: list[Point]) -> None:
    """Rewrite agreement `f` over `group`, keeping the figure its words name."""
    n_orig = origin_count(group)
    f.claims = list(dict.fromkeys([*f.claims, *(p.claim.id for p in group)]))
    f.severity = "low" if n_orig == 1 else "high" if n_orig >= 3 else "medium"
    if f.basis is not None:
        f.basis.origins = n_orig
        f.basis.documents = len({p.doc for p in group})
