"""The timeline chart of one subject as inline SVG: each claim a mark at its date.

Time runs left to right (as_of); the value runs up (a date axis for date-valued subjects,
so a deadline that moves is a mark that climbs). What the wording allows is drawn, not
just the number: an interval is a bar low..high, "more than"/"at least" an open arrow
up from low, "up to"/"less than" an arrow down from high. Claims in a discrepancy are
red and joined by a dashed connector; changes and agreements are joined too.
Every piece of article text is escaped; the chart never loads anything.
"""

from __future__ import annotations

import math
from html import escape

from kfactcheck.export.axes import Axis, date_axis, value_axis
from kfactcheck.export.common import (
    KINDS,
    ReportIndex,
    SubjectInfo,
    as_of_ordinal,
    format_as_of,
    format_interval,
    numeric,
    source_line,
)
from kfactcheck.export.wording import drawn
from kfactcheck.model import Claim

WIDTH = 720
HEIGHT = 260
TOP, RIGHT, BOTTOM = 30, 20, 34
INSET = 10  # keeps marks at the axis ends off the frame and the baseline
ARROW = 26  # length of an open-ended claim's arrow, px
DOT = 5
MAX_LABELS = 40  # beyond this, numbering every mark only adds clutter


def _f(x: float) -> str:
    """Coordinates with one decimal: small files, and byte-stable."""
    s = f"{x:.1f}"
    return s[:-2] if s.endswith(".0") else s


def claim_kind(index: ReportIndex, claim: Claim) -> str:
    """The most important finding kind a claim takes part in ("" when none)."""
    kinds = {f.kind for f in index.findings_by_claim.get(claim.id, ())}
    return next((k for k in KINDS if k in kinds), "")


def mark_title(index: ReportIndex, claim: Claim) -> str:
    """What hovering a mark tells: the figure, who and where, when it held, what it allows."""
    doc = index.document_of(claim)
    shown = index.claims.get(claim.id, claim)  # the claim as read, not as drawn
    allows = format_interval(shown)
    if shown is not claim and (shown.low, shown.high) != (claim.low, claim.high):
        allows += f", compared as {format_interval(claim)}"
    return (
        f"{claim.text} — {source_line(claim, doc)} · as of {format_as_of(claim.as_of)}"
        f" · allows {allows}"
    )


def _y_axis(claims: list[Claim], unit: str) -> Axis | None:
    nums = [
        n
        for c in claims
        for n in (numeric(c.value), numeric(c.low), numeric(c.high))
        if n is not None
    ]
    if not nums:
        return None
    lo, hi = min(nums), max(nums)
    if unit == "date":
        return date_axis(lo, hi, count=4, widen=True, day_labels=True)
    return value_axis(lo, hi, unit, count=4)


def _x_axis(times: list[float]) -> Axis:
    lo, hi = min(times), max(times)
    pad = max((hi - lo) * 0.06, 10.0)
    return date_axis(lo - pad, hi + pad, count=5, widen=False)


def timeline_svg(index: ReportIndex, subject: SubjectInfo, uid: str) -> str:
    """The chart for one subject; marks are numbered 1..n in `subject.claims` order."""
    claims = drawn(subject.claims, subject.findings)
    plotted = [(i, c, as_of_ordinal(c.as_of)) for i, c in enumerate(claims, 1)]
    plotted = [(i, c, t) for i, c, t in plotted if t is not None]
    yaxis = _y_axis([c for _, c, _ in plotted], subject.unit)
    title = f"{subject.label}: {len(claims)} figures over time"
    head = (
        f'<svg class="timeline" id="{escape(uid)}" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-labelledby="{escape(uid)}-t" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{escape(uid)}-t">{escape(title)}</title>'
    )
    if not plotted or yaxis is None:
        return (
            head + f'<text class="empty" x="{WIDTH / 2}" y="{HEIGHT / 2}" text-anchor="middle">'
            "No dated figures to chart</text></svg>"
        )
    xaxis = _x_axis([t for _, _, t in plotted])
    label_w = max(len(s) for _, s in yaxis.ticks) * 6.4 + 14
    left = max(48.0, label_w)
    plot_w = WIDTH - left - RIGHT
    plot_h = HEIGHT - TOP - BOTTOM

    def px(t: float) -> float:
        return left + xaxis.fraction(t) * plot_w

    def py(v: float) -> float:
        return TOP + INSET + (1 - yaxis.fraction(v)) * (plot_h - 2 * INSET)

    out = [head, '<g class="axis y">']
    for v, label in yaxis.ticks:
        y = _f(py(v))
        out.append(
            f'<line class="grid" x1="{_f(left)}" x2="{_f(left + plot_w)}" y1="{y}" y2="{y}"/>'
        )
        out.append(
            f'<text class="tick" x="{_f(left - 8)}" y="{y}" dy="0.35em" '
            f'text-anchor="end">{escape(label)}</text>'
        )
    out.append('</g><g class="axis x">')
    base = _f(TOP + plot_h)
    for t, label in xaxis.ticks:
        x = _f(px(t))
        out.append(f'<line class="grid" x1="{x}" x2="{x}" y1="{TOP - INSET}" y2="{base}"/>')
        out.append(
            f'<text class="tick" x="{x}" y="{_f(TOP + plot_h + 18)}" '
            f'text-anchor="middle">{escape(label)}</text>'
        )
    out.append(
        f'<line class="baseline" x1="{_f(left)}" x2="{_f(left + plot_w)}" y1="{base}" y2="{base}"/>'
    )
    out.append("</g>")

    # Marks on the same day sit side by side instead of on top of each other.
    # Numbered marks need room for a two-digit label beside each ("10" and "11" must not
    # read as "1011").
    labelled = len(plotted) <= MAX_LABELS
    xs = _spread([px(t) for _, _, t in plotted], *((18.0, 108.0) if labelled else ()))
    anchors: dict[str, tuple[float, float]] = {}
    marks = []
    for (number, c, _), x in zip(plotted, xs, strict=True):
        mark, anchor = _mark(index, c, number, x, py, labelled)
        marks.append(mark)
        if anchor is not None:
            anchors[c.id] = anchor

    # Connectors go under the marks; discrepancies last so they are drawn on top.
    out.append('<g class="links">')
    for kind in reversed(KINDS):
        for f in subject.findings:
            if f.kind != kind:
                continue
            pts = sorted(anchors[cid] for cid in f.claims if cid in anchors)
            if len(pts) < 2:
                continue
            coords = " ".join(f"{_f(x)},{_f(y)}" for x, y in pts)
            out.append(
                f'<polyline class="link {escape(kind)}" data-finding="{escape(f.id)}" '
                f'points="{coords}"><title>{escape(f.summary)}</title></polyline>'
            )
    out.append("</g>")
    out.extend(marks)
    out.append("</svg>")
    return "".join(out)


def _spread(xs: list[float], gap: float = 9.0, width: float = 60.0) -> list[float]:
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    result = list(xs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] - xs[order[i]] < 4:
            j += 1
        n = j - i + 1
        step = min(gap, width / n) if n > 1 else 0.0
        for k in range(n):
            result[order[i + k]] = xs[order[i + k]] + (k - (n - 1) / 2) * step
        i = j + 1
    return result


def _mark(
    index: ReportIndex, c: Claim, number: int, x: float, py, label: bool
) -> tuple[str, tuple[float, float] | None]:
    low, high, value = numeric(c.low), numeric(c.high), numeric(c.value)
    kind = claim_kind(index, c)
    cls = f"mark {kind}".strip()
    parts = [
        f'<g class="{escape(cls)}" data-claim="{escape(c.id)}">'
        f"<title>{number}. {escape(mark_title(index, c))}</title>"
    ]
    xs = _f(x)
    anchor: tuple[float, float] | None = None
    if low is not None and high is not None and low != high:
        y1, y2 = py(low), py(high)
        parts.append(f'<line class="range" x1="{xs}" x2="{xs}" y1="{_f(y1)}" y2="{_f(y2)}"/>')
        for y in (y1, y2):
            parts.append(
                f'<line class="cap" x1="{_f(x - 4)}" x2="{_f(x + 4)}" y1="{_f(y)}" y2="{_f(y)}"/>'
            )
        mid = value if value is not None and low <= value <= high else (low + high) / 2
        anchor = (x, py(mid))
        parts.append(f'<circle class="dot" cx="{xs}" cy="{_f(anchor[1])}" r="{DOT - 1}"/>')
    elif low is not None and high is None:
        anchor = _arrow(parts, x, py(low), -1, open_dot=c.qualifier == "more_than")
    elif high is not None and low is None:
        anchor = _arrow(parts, x, py(high), +1, open_dot=c.qualifier == "less_than")
    else:
        v = value if value is not None else low
        if v is not None:
            anchor = (x, py(v))
            parts.append(f'<circle class="dot" cx="{xs}" cy="{_f(anchor[1])}" r="{DOT}"/>')
    if label and anchor is not None:
        parts.append(f'<text class="num" x="{_f(x + 7)}" y="{_f(anchor[1] - 7)}">{number}</text>')
    parts.append("</g>")
    return "".join(parts), anchor


def _arrow(
    parts: list[str], x: float, y: float, direction: int, *, open_dot: bool
) -> tuple[float, float]:
    """An open-ended claim: a dot at its bound and an open arrowhead pointing away (-1 up)."""
    tip = y + direction * ARROW
    head = 6 * math.copysign(1, direction)
    parts.append(f'<line class="range" x1="{_f(x)}" x2="{_f(x)}" y1="{_f(y)}" y2="{_f(tip)}"/>')
    parts.append(
        f'<polyline class="head" points="{_f(x - 5)},{_f(tip - head)} {_f(x)},{_f(tip)} '
        f'{_f(x + 5)},{_f(tip - head)}"/>'
    )
    dot_cls = "dot open" if open_dot else "dot"
    parts.append(f'<circle class="{dot_cls}" cx="{_f(x)}" cy="{_f(y)}" r="{DOT - 1}"/>')
    return (x, y)
