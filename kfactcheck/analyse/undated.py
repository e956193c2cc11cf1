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

Every view names such a figure's date "undated", and the agreement's words count its
undated documents (export/wording.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kfactcheck.analyse.kinds import Point
from kfactcheck.analyse.origins import origin_count
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
