"""The timeline chart of one subject as inline SVG: each claim a mark at its date.

Time runs left to right (as_of); the value runs up (a date axis for date-valued subjects,
so a deadline that moves is a mark that climbs). What the wording allows is drawn, not
just the number: an interval is a bar low..high, "more than"/"at least" an open arrow
up from low, "up to"/"less than" an arrow down from high. Claims in a discrepancy are
red and joined by a dashed connector; changes and agreements are joined too, but never
across a gap longer than the comparison window. Equal marks of one day are stacked.
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
    format_interval,
    numeric,
    source_line,
)
from kfactcheck.export.wording import as_of_words, drawn
from kfactcheck.model import Claim

WIDTH = 720
HEIGHT = 260
TOP, RIGHT, BOTTOM = 30, 20, 34
INSET = 10  # keeps marks at the axis ends off the frame and the baseline
ARROW = 26  # length of an open-ended claim's arrow, px
DOT = 5
MAX_LABELS = 40  # beyond this, numbering every mark only adds clutter
STACK = 2 * DOT + 4  # px between equal marks of one day, stacked
CHAR = 6.4  # px a tick label's character takes, roughly, at the chart's font size


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
        f"{claim.text} — {source_line(claim, doc)} · {as_of_words(claim.as_of)} · allows {allows}"
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
    """Time fitted to the data, with a margin of 6% (at least half a day) on either side: a few
    days of figures fill the chart rather than sit in the middle of three weeks."""
    lo, hi = min(times), max(times)
    pad = max((hi - lo) * 0.06, 0.5)
    return date_axis(lo - pad, hi + pad, count=5, widen=False)


def _tick_anchor(x: float, label: str, left: float, right: float) -> str:
    """Centred under its tick, unless that would cut the label at the chart's edge."""
    half = len(label) * CHAR / 2
    if x + half > right:
        return "end"
    if x - half < left:
        return "start"
    return "middle"


def timeline_svg(index: ReportIndex, subject: SubjectInfo, uid: str) -> str:
    """The chart for one subject; marks are numbered 1..n in `subject.claims` order."""
    claims = drawn(subject.claims, subject.findings)
    plotted = [(i, c, as_of_ordinal(c.as_of)) for i, c in enumerate(claims, 1)]
    plotted = [(i, c, t) for i, c, t in plotted if t is not None]
    yaxis = _y_axis([c for _, c, _ in plotted], subject.unit)
    title = f"{subject.label}: {len(claims)} figures over time"
    if len(plotted) < len(claims):  # a figure with no date has no place on the time axis
        title += f" ({len(claims) - len(plotted)} undated, not drawn)"
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
        anchor = _tick_anchor(px(t), label, 2.0, WIDTH - 2.0)
        out.append(
            f'<text class="tick" x="{x}" y="{_f(TOP + plot_h + 18)}" '
            f'text-anchor="{anchor}">{escape(label)}</text>'
        )
    out.append(
        f'<line class="baseline" x1="{_f(left)}" x2="{_f(left + plot_w)}" y1="{base}" y2="{base}"/>'
    )
    out.append("</g>")

    # Marks of one day share its x: the same figure again is stacked above the first, and
    # the numbers of a day's marks alternate sides, so none looks a day later than it is.
    labelled = len(plotted) <= MAX_LABELS
    stacked: dict[tuple, int] = {}
    on_day: dict[float, int] = {}
    anchors: dict[str, tuple[float, float, float]] = {}  # claim id -> x, y, time
    marks = []
    for number, c, t in plotted:
        x = px(t)
        same = (round(x, 1), c.low, c.high, c.value, c.qualifier)
        level = stacked[same] = stacked.get(same, -1) + 1
        side = on_day[round(x, 1)] = on_day.get(round(x, 1), -1) + 1
        dy = -level * STACK
        mark, anchor = _mark(index, c, number, x, py, labelled, dy=dy, left=side % 2 == 1)
        marks.append(mark)
        if anchor is not None:
            anchors[c.id] = (anchor[0], anchor[1], t)

    # Connectors go under the marks; discrepancies last so they are drawn on top. A line
    # joins only figures within the comparison window of each other: across a longer gap
    # it would draw a trend between two points.
    window = float(index.report.settings.get("window_days") or 60)
    out.append('<g class="links">')
    for kind in reversed(KINDS):
        for f in subject.findings:
            if f.kind != kind:
                continue
            pts = sorted((t, x, y) for cid in f.claims if cid in anchors
                         for x, y, t in [anchors[cid]])  # fmt: skip
            for run in _runs(pts, window):
                coords = " ".join(f"{_f(x)},{_f(y)}" for _, x, y in run)
                out.append(
                    f'<polyline class="link {escape(kind)}" data-finding="{escape(f.id)}" '
                    f'points="{coords}"><title>{escape(f.summary)}</title></polyline>'
                )
    out.append("</g>")
    out.extend(marks)
    out.append("</svg>")
    return "".join(out)


def _runs(pts: list[tuple[float, float, float]], window: float) -> list[list]:
    """The time-ordered points cut where two neighbours are more than `window` days apart;
    only runs of two or more points are drawn."""
    runs: list[list] = []
    for p in pts:
        if runs and p[0] - runs[-1][-1][0] <= window:
            runs[-1].append(p)
        else:
            runs.append([p])
    return [r for r in runs if len(r) > 1]


def _mark(
    index: ReportIndex,
    c: Claim,
    number: int,
    x: float,
    py,
    label: bool,
    *,
    dy: float = 0.0,
    left: bool = False,
) -> tuple[str, tuple[float, float] | None]:
    """One claim's mark, `dy` px above its place when stacked on an equal one, its number
    on the `left` or the right."""
    low, high, value = numeric(c.low), numeric(c.high), numeric(c.value)
    kind = claim_kind(index, c)
    cls = f"mark {kind}".strip()
    shift = f' transform="translate(0,{_f(dy)})"' if dy else ""
    parts = [
        f'<g class="{escape(cls)}" data-claim="{escape(c.id)}"{shift}>'
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
        at = f'x="{_f(x - 7)}" text-anchor="end"' if left else f'x="{_f(x + 7)}"'
        parts.append(f'<text class="num" {at} y="{_f(anchor[1] - 7)}">{number}</text>')
    parts.append("</g>")
    if anchor is not None and dy:
        anchor = (anchor[0], anchor[1] + dy)
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
