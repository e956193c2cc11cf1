"""Axis ticks for charts: round numbers on a value axis, calendar steps on a date axis.

Used by the HTML timeline (SVG) and the terminal timeline, so both label axes the same way.
Dates are day ordinals (date.toordinal()) so that one linear scale serves both kinds.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from kfactcheck.export.common import SHORT_MONTHS, format_date, format_number


@dataclass(slots=True)
class Axis:
    lo: float  # domain, after widening to the outer ticks
    hi: float
    ticks: list[tuple[float, str]]  # position in domain units, label

    def fraction(self, x: float) -> float:
        """0 at lo, 1 at hi."""
        return 0.5 if self.hi == self.lo else (x - self.lo) / (self.hi - self.lo)


def _nice_step(span: float, count: int) -> float:
    raw = span / max(count, 1)
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * power:
            return m * power
    return 10 * power


def value_axis(lo: float, hi: float, unit: str | None = None, count: int = 5) -> Axis:
    """A value axis whose domain ends on round numbers that enclose lo..hi."""
    if hi < lo:
        lo, hi = hi, lo
    if hi == lo:
        pad = 2.0 if unit == "year" else (abs(lo) * 0.1 or 1.0)
        lo, hi = lo - pad, hi + pad
    step = _nice_step(hi - lo, count)
    if unit == "year":
        step = max(1.0, round(step))
    first = math.floor(lo / step) * step
    last = math.ceil(hi / step) * step
    n = round((last - first) / step)
    # "3.2bn" reads at a glance on a narrow axis; "3,200,000,000" has to be counted
    scale = next(((d, w) for d, w in _SCALES if max(abs(first), abs(last)) >= d), None)
    if unit in ("year", "date"):
        scale = None
    ticks = []
    for i in range(n + 1):
        v = first + i * step
        v = round(v, 10)  # drop float noise such as 0.30000000000000004
        if scale is not None:
            label = f"{round(v / scale[0], 6):,g}{scale[1]}" if v else "0"
        else:
            label = format_number(v, unit)
        ticks.append((v, label))
    return Axis(first, last, ticks)


_SCALES = ((1e9, "bn"), (1e6, "m"))


def _month_index(d: date) -> int:
    return d.year * 12 + d.month - 1


def _from_month_index(m: int) -> date:
    return date(m // 12, m % 12 + 1, 1)


def _calendar_ticks(lo_d: date, hi_d: date, kind: str, step: int) -> list[tuple[int, date]]:
    """Calendar boundaries from the one at or before lo_d to the one at or after hi_d."""
    out: list[tuple[int, date]] = []
    if kind == "day":
        lo_i, hi_i = lo_d.toordinal(), hi_d.toordinal()
        # Weekly steps fall on Mondays (ordinal 1 is a Monday).
        first = lo_i - ((lo_i - 1) % step)
        out = [(p, date.fromordinal(p)) for p in range(first, hi_i + step, step)]
    elif kind == "month":
        m0 = _month_index(lo_d) - (_month_index(lo_d) % step)
        for m in range(m0, _month_index(hi_d) + step + 1, step):
            d = _from_month_index(m)
            out.append((d.toordinal(), d))
    else:
        y0 = lo_d.year - lo_d.year % step
        for y in range(max(1, y0), min(9999, hi_d.year + step) + 1, step):
            d = date(y, 1, 1)
            out.append((d.toordinal(), d))
    return out


_STEPS = [("day", 1), ("day", 2), ("day", 7), ("day", 14), ("month", 1), ("month", 2),
          ("month", 3), ("month", 6)] + [("year", s) for s in (1, 2, 5, 10, 20, 25, 50, 100,
          250, 500, 1000)]  # fmt: skip


def date_axis(
    lo: float, hi: float, count: int = 5, *, widen: bool = True, day_labels: bool = False
) -> Axis:
    """A time axis with ticks on calendar boundaries (days, weeks, month starts, years).

    The finest step that gives at most count+1 ticks wins. `widen` stretches the domain
    to the enclosing ticks (a value axis); without it the domain stays lo..hi and only the
    ticks inside are kept (a time axis with padding). `day_labels` writes month starts as
    "1 Sep 2022" rather than "Sep 2022" (a deadline axis, where the day matters).
    """
    lo_i, hi_i = math.floor(lo), math.ceil(hi)
    if hi_i - lo_i < 2:
        lo_i, hi_i = lo_i - 3, hi_i + 3
    lo_i, hi_i = max(lo_i, 1), min(hi_i, date.max.toordinal() - 400)
    lo_d, hi_d = date.fromordinal(lo_i), date.fromordinal(hi_i)
    for kind, step in _STEPS:
        ticks = _calendar_ticks(lo_d, hi_d, kind, step)
        if widen:
            a = max((p for p, _ in ticks if p <= lo_i), default=lo_i)
            b = min((p for p, _ in ticks if p >= hi_i), default=hi_i)
        else:
            a, b = lo, hi
        inside = [(p, d) for p, d in ticks if a <= p <= b]
        if len(inside) <= count + 1:
            break
    labels = [_label(d, kind, day_labels) for _, d in inside]
    pairs = [(float(p), s) for (p, _), s in zip(inside, labels, strict=True)]
    return Axis(float(a), float(b), pairs)


def _label(d: date, kind: str, day_labels: bool) -> str:
    if kind == "day" or (kind == "month" and day_labels):
        return format_date(d)
    if kind == "month":
        return f"{SHORT_MONTHS[d.month - 1]} {d.year}"
    return str(d.year)
