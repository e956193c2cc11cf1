"""A finding's words: the summary sentence and the report details, from its `Basis`.

The comparison (`kfactcheck.analyse`) decides findings and keeps the numbers they rest on;
this module writes them for people, once, for every view and report format. The summary
and the details come from the same numbers, so what a reader sees and what a JSON consumer
gets cannot disagree.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from kfactcheck.export.common import format_as_of, format_number
from kfactcheck.model import Basis, Claim, Document, Finding

_SHORT = 60  # longest claim text quoted in a summary, in characters


def word_findings(
    findings: Sequence[Finding], claims: Sequence[Claim], documents: Sequence[Document]
) -> None:
    """Fill each finding's `summary` and `extra` from its basis (findings without one, read
    back from an index or written by hand, keep theirs)."""
    by_id = {c.id: c for c in claims}
    docs = {d.id: d for d in documents}
    for f in findings:
        if f.basis is not None:
            undated = undated_documents(f, by_id) if f.kind != "change" else 0
            f.summary = summary(f.kind, f.basis, by_id, docs, undated=undated)
            f.extra = details(f.kind, f.basis, by_id, undated=undated)


def undated_documents(f: Finding, claims: dict[str, Claim]) -> int:
    """How many of an agreement's documents support it only with figures that have no date
    (their page shows none): they say the same figure, nothing says when
    (analyse/undated.py). For a discrepancy, 1 when it is one undated page's own."""
    dated: set[str] = set()
    undated: set[str] = set()
    for i in f.claims:
        c = claims.get(i)
        if c is not None:
            (dated if c.as_of else undated).add(c.document)
    return len(undated - dated)


def summary(
    kind: str,
    b: Basis,
    claims: dict[str, Claim],
    docs: dict[str, Document],
    *,
    undated: int = 0,
) -> str:
    """The finding's sentence; `undated`: for an agreement, how many of its documents
    give the figure with no date; for a discrepancy, that it is one undated page's."""
    old = say(claims[b.old], docs, b.value_kind)
    if kind == "agreement":
        if b.origins == 1:
            how = f"one origin: the same quote in {b.documents} documents, not independent"
        else:
            how = f"{b.origins} independent sources in {b.documents} documents"
        if undated:
            how += f" ({undated} of them undated)"
        return f"{old} is supported by {how}"
    new = say(claims[b.new], docs, b.value_kind)
    size = size_words(b)
    if kind == "change":
        steps = f" in {b.steps} steps" if b.steps > 1 else ""
        peak = ""
        if b.peak and b.peak in claims:
            peak = f"; highest {say(claims[b.peak], docs, b.value_kind)}"
        if b.back and b.back in claims:
            peak = f"; back to {say(claims[b.back], docs, b.value_kind)}"
        over = between(claims[b.old].as_of, claims[b.new].as_of) or f"over {span(b.days)}"
        return f"{old} → {new}: {_verb(b)} by {size} {over}{steps}{peak}"
    when = apart_in(claims[b.old].as_of, claims[b.new].as_of)
    why = _WHY.get(b.reason, "")
    if undated:
        # one page's figures of its one time, which nothing shows (analyse/undated.py)
        when, why = "in one undated article", _WHY_UNDATED.get(b.reason, "")
    elif when is None:
        when = "on the same day" if b.days == 0 else f"within {span(b.days)}"
    elif when.startswith("in the same") and b.reason in _WHY_PAGE:
        why = _WHY_PAGE[b.reason]  # one page's figures of the one period it shows
    return f"{old} vs {new}: {size} apart {when}{why}"


def _period(as_of: str) -> tuple[int, int] | None:
    """The first and last ordinal day of a month ("2017-06") or year ("2017"); None for a
    day or anything else."""
    parts = as_of.split("-")
    if len(parts) not in (1, 2) or not all(x.isdigit() for x in parts) or len(parts[0]) != 4:
        return None
    year = int(parts[0])
    first, last = (1, 12) if len(parts) == 1 else (int(parts[1]),) * 2
    if not 1 <= year <= 9999 or not 1 <= first <= 12:
        return None
    end = date(year, last, calendar.monthrange(year, last)[1])
    return date(year, first, 1).toordinal(), end.toordinal()


def _days_of(as_of: str) -> tuple[int, int] | None:
    period = _period(as_of)
    if period is not None:
        return period
    try:
        d = date.fromisoformat(as_of).toordinal()
    except ValueError:
        return None
    return d, d


def between(a: str, b: str) -> str | None:
    """How long a change took when one of its dates is known only to its month or year: the
    least and the most its days allow ("over 10-41 days", "within 17 days" when they may
    be one day); None when both are days."""
    if _period(a) is None and _period(b) is None:
        return None
    da, db = _days_of(a), _days_of(b)
    if da is None or db is None:
        return None
    least = max(db[0] - da[1], da[0] - db[1], 0)
    most = max(abs(db[1] - da[0]), abs(da[1] - db[0]))
    low, high = span(least), span(most)
    if low == high:
        return f"over {low}"
    if least <= 1:
        return f"within {high}"
    if low.split()[-1] == high.split()[-1]:
        return f"over {low.split()[0]}-{high}"
    return f"over {low} to {high}"


def apart_in(a: str, b: str) -> str | None:
    """When two disagreeing figures held, when one is known only to its month or year: "in
    the same month" (one page of that month), else "within" the most its days allow;
    None when both are days."""
    if _period(a) is None and _period(b) is None:
        return None
    if a == b:
        return "in the same year" if len(a) == 4 else "in the same month"
    da, db = _days_of(a), _days_of(b)
    if da is None or db is None:
        return None
    return f"within {span(max(abs(db[1] - da[0]), abs(da[1] - db[0])))}"


_WHY = {
    "lower_later": " (a later report gives a lower figure for a count that only rises)",
    "same_day": " (two reports of one day on a count that only rises)",
    "same_article": " (one article gives two figures of one day for a count that only rises)",
}
_WHY_PAGE = {
    "same_day": " (two figures of one page of that time on a count that only rises)",
    "same_article": " (one article gives two figures of its time for a count that only rises)",
}


_WHY_UNDATED = {
    "same_day": " (two figures of one page on a count that only rises)",
    "same_article": " (one article gives two figures for a count that only rises)",
}


def details(kind: str, b: Basis, claims: dict[str, Claim], *, undated: int = 0) -> dict:
    """The finding's `details` in a JSON report: the words' numbers, as numbers too."""
    if kind == "agreement":
        out: dict = {"origins": b.origins, "documents": b.documents}
        if undated:
            out["undated"] = undated
    elif kind == "change":
        out = {"direction": b.direction, "days": b.days, "size": size_words(b)}
        out |= {"old": b.old, "new": b.new, "relative": _relative(b), "steps": b.steps}
        if b.peak:
            out["peak"] = b.peak
        if b.back:
            out["back"] = b.back
    else:
        pair = (b.new, b.old) if b.swapped else (b.old, b.new)
        out = {
            "days": b.days,
            "gap": size_words(b),
            "values": [str(claims[i].value) for i in pair],
            "old": b.old,
            "new": b.new,
            "direction": b.direction,
            "relative": _relative(b),
        }
        if b.reason:
            out["reason"] = b.reason
        if undated:
            out["undated"] = undated
    if b.ranges:
        out["compared"] = b.ranges
    return out


def _relative(b: Basis) -> float | None:
    """The relative size as a number (0.216 for 22%), for numbers only."""
    return round(b.size, 4) if b.value_kind == "number" else None


def _verb(b: Basis) -> str:
    if b.value_kind in ("date", "plan"):
        return "moved later" if b.direction == "up" else "moved earlier"
    return "rose" if b.direction == "up" else "fell"


def size_words(b: Basis) -> str:
    """ "8%", "60 days", "1 year"."""
    if b.value_kind == "date":
        return f"{round(b.size)} days"
    if b.value_kind in ("year", "plan"):
        n = round(b.size)
        return f"{n} year" if n == 1 else f"{n} years"
    return f"{b.size:.0%}"


def say(c: Claim, docs: dict[str, Document], value_kind: str) -> str:
    """A figure as a summary names it: its words, then who said it and when."""
    doc = docs.get(c.document)
    who = [x for x in (c.speaker, doc.outlet if doc else None) if x]
    figure = short(c.text)
    if value_kind == "date":
        figure = f"{figure} = {format_as_of(str(c.value))}"
    return f"{figure} ({', '.join([*who, format_as_of(c.as_of)])})"


def as_of_words(as_of: object) -> str:
    """When a figure held, as a claim's line says it: "as of 17 Apr 2019", or "undated"
    for a figure whose page shows no date (not "as of undated")."""
    shown = format_as_of(as_of)
    return shown if shown == "undated" else f"as of {shown}"


def short(text: str, n: int = _SHORT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def span(days: int) -> str:
    """A stretch of time in the unit a reader wants: "1 day", "34 days", "14 months"."""
    if days == 1:
        return "1 day"
    if days < 60:
        return f"{days} days"
    if days < 730:
        return f"{round(days / 30.44)} months"
    return f"{days / 365.25:.1f} years"


def compared_as(claim: Claim, bounds: list | None) -> str | None:
    """ "compared as 3,880–4,000": the interval a finding compared the claim as, when it is
    not what the words allow ("close to 4,000" allows 3,600–4,000 but suggests a few percent
    below; "around 3,700" is read as its rounding), so the ranges shown are the ranges a
    discrepancy rests on."""
    if not bounds:
        return None
    lo, hi = bounds
    if (lo, hi) == (claim.low, claim.high) or (lo == hi and str(lo) == str(claim.value)):
        return None
    low = None if lo is None else format_number(lo, claim.unit)
    high = None if hi is None else format_number(hi, claim.unit)
    if low is not None and high is not None:
        shown = low if low == high else f"{low}–{high}"
    else:
        shown = f"≥ {low}" if low is not None else f"≤ {high}"
    return f"compared as {shown}"


def compared_ranges(findings: Sequence[Finding]) -> dict[str, list]:
    """Claim id -> the interval the discrepancies compared it as (for listings by subject)."""
    out: dict[str, list] = {}
    for f in findings:
        if f.kind == "discrepancy":
            for cid, bounds in (f.extra.get("compared") or {}).items():
                out.setdefault(cid, bounds)
    return out


def drawn(claims: Sequence[Claim], findings: Sequence[Finding]) -> list[Claim]:
    """The claims as a chart draws them: a number in a discrepancy spans the interval it
    was compared as, so two bars a finding calls apart do not overlap on the chart."""
    ranges = compared_ranges(findings)
    out = []
    for c in claims:
        bounds = ranges.get(c.id)
        if bounds and c.unit != "date" and compared_as(c, bounds):
            c = replace(c, low=bounds[0], high=bounds[1])
        out.append(c)
    return out
