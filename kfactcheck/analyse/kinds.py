"""What a compared figure is, by the kind of value it holds: its interval, gap and severity.

A subject's claims are all numbers (troops, deaths, euros), all dates (a deadline), all
years of a past event ("independence in 2008") or all planned years ("due to open in
2027"). Each kind says, in one place, the interval a claim stands for when compared, how
far apart two figures are beyond what their words allow, when that is a conflict, how big
a difference is and how serious. The sweep (`sweep.py`) never asks which kind it holds.
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from kfactcheck.analyse.traits import head_count_unit
from kfactcheck.model import Claim, Document

# "close to 4,000" is read as a few percent below 4,000 when comparing (its reported
# interval, 90-100%, says what the words allow; this says what they suggest).
CLOSE_SPAN = 0.03
# "around", "about", "or so": the figure's rounding, but never more than this either way
APPROX_SPAN = 0.10
# the least a hedge word ("about", "rund") allows either way in the reported interval
# (grammar/numbers.py): an "approx" interval narrower than this is a bare figure's rounding
HEDGE_SPAN = 0.05
# figures of one time more than this many times apart are not one quantity disputed
APART = 10
# a figure of a count that only rises, reported the same day as a higher one or later,
# that is below 1/PART of it is a part of that count (one town's toll, one group's), not a
# competing report of the whole: early tolls grow tenfold, but they come *before* the high
PART = 5
# a whole figure below this with no hedge word is a count, even when round ("270 dead")
COUNTED_BELOW = 1000
# "dozens", "hundreds", "thousands": a vague lower bound, read loosely
VAGUE_SPAN = 0.2
# how far above a round floor the level it was given at may lie: "more than 50" is 50 to 65
LEVEL_SPAN = 0.3
_VAGUE = re.compile(r"\b(?:dozens|scores|hundreds|thousands|millions|several|many)\b", re.I)


@dataclass(slots=True)
class Point:
    """One claim as the sweep sees it: when it held and the interval it is compared as."""

    claim: Claim
    t: int  # ordinal day the figure held
    lo: float  # comparison interval
    hi: float
    v: float  # the figure itself
    doc: str
    n: int  # the claim's number, for ordering
    said: str | None = None  # the quoted words, normalised: read once, when origins need them
    rank: int = 0  # place in (t, n) order among the subject's points: findings list claims so
    moved: bool = False  # its words say the figure moved ("postponed to", "revised down to")
    counted: bool = False  # written to its last digit ("224", "270", "£14.4bn"; not "4,500")
    shown: list | None = None  # the comparison interval as reports show it (kind.shown)

    @property
    def bounded(self) -> bool:
        return self.lo != -math.inf and self.hi != math.inf


def as_value(p: Point) -> Point:
    """The point read as its stated figure only ("at least 12" as 12)."""
    if p.lo == p.v == p.hi:
        return p  # already its figure (most are): no copy
    # built directly: dataclasses.replace costs several times more, on every figure of a day
    return Point(p.claim, p.t, p.v, p.v, p.v, p.doc, p.n, p.said, p.rank, p.moved, p.counted)


def as_level(p: Point) -> Point:
    """A floor of a count that moves within the day ("more than 5,000", "at least 1,293")
    read as the level it was given at: the count as its reporter had it, rounded down to
    the figure's written precision (a round floor reaches up to its rounding step, at most
    LEVEL_SPAN above it; a figure to the unit, only itself). Two outlets' floors of one
    day that differ beyond that were given at different times of the day."""
    if not is_floor(p) or vague_plural(p.claim):
        return p  # "thousands", "dozens": no level was given, only how many at least
    v = p.v
    top = v + min(rounding_unit(v), LEVEL_SPAN * abs(v))
    return Point(p.claim, p.t, v, top, v, p.doc, p.n, p.said, p.rank, p.moved, p.counted)


def taking_sides(kind, tol: float, a: list[Point], b: list[Point], pa: Point, pb: Point):
    """The figures of two disputing groups that take their group's side against the other
    group's named figure (`pb`, `pa`): a floor whose level (`as_level`) fits both is left
    out ("more than 100" beside 105 and 109), one far below the other side stays ("at least
    36,000" at midday against the evening's 136,000). A group left with none keeps its
    own."""
    side_a = [p for p in a if p is pa or not is_floor(p) or kind.conflict(as_level(p), pb, tol)]
    side_b = [q for q in b if q is pb or not is_floor(q) or kind.conflict(as_level(q), pa, tol)]
    return (side_a or a), (side_b or b)


def is_floor(p: Point) -> bool:
    """A figure with a low bound and none above ("more than 5,000"); a ceiling ("as many as
    a million") is not one."""
    return p.hi == math.inf and p.lo != -math.inf


class NumberKind:
    """Counts and amounts: gaps are relative to the larger figure, conflicts beyond the
    tolerance."""

    name = "number"
    timeless = False  # True: every figure of the subject is one episode, whatever its date
    expires = False  # True: a value that has passed by a later report's time was moved
    moves_unsaid = False  # True: a new value later sources take up moved, with no word saying so
    slack = 0.5  # how far past a one-sided bound a group's middle may lie (non-relative kinds)

    def point(self, c: Claim, t: int, n: int) -> Point | None:
        v = float(c.value)  # type: ignore[arg-type]
        lo, hi = v, v
        q = c.qualifier
        own = False  # compared as the rounding of its own last digit
        if q == "close_to":
            lo = v * (1 - CLOSE_SPAN)
        elif q == "approx" and _own_rounding(c, v):
            # "850 million" with no hedge word: read as its own rounding, 849.5-850.5
            # million, the range the report shows (not as "around 850 million")
            lo, hi = float(c.low), float(c.high)  # type: ignore[arg-type]
            own = _last_digit_shown(v, hi - lo)
        elif q == "approx":
            # "around 3,700" stands for its rounding, 3,650-3,750 (at most 10% either way:
            # "£4 billion or so" reaches 3.6-4.4 billion, not 3.5-4.5)
            half = min(rounding_unit(v) / 2, APPROX_SPAN * abs(v))
            lo, hi = v - half, v + half
        elif q in ("more_than", "at_least"):
            hi = math.inf
            if vague_plural(c):
                lo = v * (1 - VAGUE_SPAN)  # "dozens" says at least about two dozen
        elif q in ("less_than", "up_to"):
            lo = -math.inf
        elif q == "range" and c.low is not None and c.high is not None:
            lo, hi = float(c.low), float(c.high)  # type: ignore[arg-type]
        elif _rounded(c, v):
            # a figure with a scale word carries its rounding ("1.8 million" is 1.75-1.85
            # million): compared as the range the report shows
            lo, hi = float(c.low), float(c.high)  # type: ignore[arg-type]
            own = _last_digit_shown(v, hi - lo)
        elif q == "exact" and _spelled_scale(c.text) and not _DIGIT.search(c.text):
            # "seven million" is reported exact (no hedge word) but rounded all the same:
            # compared as the rounding of its last written digit, as "7 million" would be
            # (at most APPROX_SPAN either way: "two million" is not 1.5-2.5 million)
            half = min(rounding_unit(v) / 2, APPROX_SPAN * abs(v))
            lo, hi = v - half, v + half
        p = Point(c, t, lo, hi, v, c.document, n)
        # a figure written to its last digit: a count ("224"; any whole figure under a
        # thousand with no hedge word: "270 dead" is a count, not a rounding) or a figure
        # compared as its own rounding whose last digit is not a zero ("£14.4bn" is
        # 14.35-14.45bn; "£340m" may be 344m rounded): the tolerance is for figures that
        # may be rounded or estimated beyond what they show
        p.counted = own or _whole_count(q, v)
        return p

    def shown(self, p: Point) -> list:
        """The interval a point was compared as, for people: [low, high], None = open."""
        if p.shown is None:  # a point is in several findings: worked out once
            p.shown = [None if math.isinf(x) else _plain(x) for x in (p.lo, p.hi)]
        return p.shown

    def gap(self, a: Point, b: Point) -> float:
        """How far apart two figures are beyond what their wording allows (0 = they fit)."""
        g = max(a.lo - b.hi, b.lo - a.hi, 0.0)
        return g / max(abs(a.v), abs(b.v), 1e-9)

    def conflict(self, a: Point, b: Point, tol: float) -> bool:
        # two counts written to the unit ("224 dead", "226 dead") are two different counts:
        # the tolerance is for figures that may be rounded or estimated
        return self.gap(a, b) > (0.0 if a.counted and b.counted else tol)

    def below(self, x: float, tol: float) -> float:
        """The lowest group middle a figure of at least `x` can fit."""
        return x * (1 - tol)

    def above(self, x: float, tol: float) -> float:
        """The highest group middle a figure of at most `x` can fit."""
        return x * (1 + tol)

    def size(self, a: Point, b: Point) -> float:
        """The difference of two figures: relative to the larger one."""
        return abs(a.v - b.v) / max(abs(a.v), abs(b.v), 1e-9)

    def change_size(self, old: Point, new: Point) -> float:
        """How much a figure moved: relative to the old figure (3,700 -> 4,500 is 22%)."""
        return abs(new.v - old.v) / max(abs(old.v), 1e-9)

    def apart(self, a: Point, b: Point) -> bool:
        """Two figures of one time too far apart to be two readings of one quantity (more
        than ten times): a part and its whole, or another quantity keyed alike. Sources
        that dispute a figure differ less (a crowd's police and organisers' counts, a few
        times apart); a count that only rises is swept apart (rising.py), since early
        tolls grow tenfold."""
        lo, hi = sorted((abs(a.v), abs(b.v)))
        return hi > APART * lo

    def part(self, low: Point, high: Point) -> bool:
        """`low` is far below `high` (under 1/PART of it): on a count that only rises, when
        it was reported with or after `high`, it is a part of the count (deaths in one town,
        one group's), since the count never falls that far."""
        return PART * abs(low.v) < abs(high.v)

    def severity(self, a: Point, b: Point) -> str:
        rel = self.size(a, b)
        return "high" if rel >= 0.25 else "medium" if rel >= 0.10 else "low"


class _Calendar(NumberKind):
    """Values on a calendar (days or years): gaps in those units, a conflict past half
    of one."""

    high_from = 5  # severity: high from this many units apart, medium from `medium_from`
    medium_from = 2

    def gap(self, a: Point, b: Point) -> float:
        return max(a.lo - b.hi, b.lo - a.hi, 0.0)

    def conflict(self, a: Point, b: Point, tol: float) -> bool:
        return self.gap(a, b) > 0.5

    def apart(self, a: Point, b: Point) -> bool:
        return False  # days and years are never ten times apart as one quantity

    def part(self, low: Point, high: Point) -> bool:
        return False  # a date is no part of another

    def below(self, x: float, tol: float) -> float:
        return x - self.slack

    def above(self, x: float, tol: float) -> float:
        return x + self.slack

    def size(self, a: Point, b: Point) -> float:
        """Whole days or years between the two values."""
        return float(abs(round(b.v - a.v)))

    def change_size(self, old: Point, new: Point) -> float:
        return self.size(old, new)

    def severity(self, a: Point, b: Point) -> str:
        d = abs(b.v - a.v)
        return "high" if d >= self.high_from else "medium" if d >= self.medium_from else "low"


class YearKind(_Calendar):
    """The year of a past event ("independence in 2008"): it does not change with time."""

    name = "year"
    timeless = True


class PlanKind(_Calendar):
    """A planned year ("due to open in 2027"): it can be moved."""

    name = "plan"


class DateKind(_Calendar):
    """A date ("until September 1"): a deadline that has passed, or a new date later
    sources take up, was moved."""

    name = "date"
    expires = True
    moves_unsaid = True
    high_from = 30
    medium_from = 7

    def shown(self, p: Point) -> list:
        if p.shown is None:
            p.shown = [date.fromordinal(int(x)).isoformat() for x in (p.lo, p.hi)]
        return p.shown

    def point(self, c: Claim, t: int, n: int) -> Point | None:
        d = day(str(c.value))
        if d is None:
            return None
        span = 3 if c.qualifier == "approx" else 0
        return Point(c, t, d - span, d + span, float(d), c.document, n)


NUMBER, YEAR, PLAN, DATE = NumberKind(), YearKind(), PlanKind(), DateKind()


def value_kind(claims: list[Claim]) -> NumberKind:
    units = {c.unit for c in claims}
    if units == {"date"}:
        return DATE
    if units == {"year"}:
        # a planned year ("due to open in 2027") can be moved; a past event's cannot
        return PLAN if all(c.terms[:1] and c.terms[0].startswith("plan:") for c in claims) else YEAR
    return NUMBER


def _whole_count(q: str, v: float) -> bool:
    return q == "exact" and v == int(v) and (int(v) % 10 != 0 or abs(v) < COUNTED_BELOW)


def snapshot(c: Claim) -> bool:
    """A head count written to the unit ("834 firefighters", "1,139 on the ground"; not a
    sum, a share or a measure, not "about 4,000"): a figure of the moment it was counted."""
    return head_count_unit(c.unit) and _whole_count(c.qualifier, float(c.value))  # type: ignore[arg-type]


def counted_floor(c: Claim) -> bool:
    """A head count's floor written as a figure ("more than 370 people", "at least 105"):
    the count of its moment, told as how many at least (not "dozens", not "about 370")."""
    return (
        head_count_unit(c.unit) and c.qualifier in ("more_than", "at_least") and not vague_plural(c)
    )


def vague_plural(c: Claim) -> bool:
    """A figure read from a vague plural ("dozens", "thousands of homes"): it says how many
    at least, but gives no level of its own."""
    return _VAGUE.search(c.text) is not None and not _DIGIT.search(c.text)


def weak(c: Claim) -> bool:
    """A count whose counted noun is not written beside it ("ad Arvello 11", "hubo 15", a
    list's "13 en Kessby": the noun is borrowed from the clause, a list or "among them"):
    it says less about what it counts, and is often a part or another quantity keyed alike.
    (A sum's noun is its currency, which a repeated sum often leaves out: "1.054 millones"
    is no weaker than "6.190 millones de euros".)"""
    return c.unit != "currency" and _bare(c.text)


@lru_cache(maxsize=1 << 14)
def _bare(text: str) -> bool:
    """The claim's words end in the figure: digits or a number word ("almeno 48", "seis",
    "1.054 millones"), so the counted noun was not written beside it."""
    if _of_them_at_end().search(text):
        return True  # "cinco deles", "eight of them": the noun is the clause's
    words = _WORD_OR_DIGITS.findall(text.lower())
    return not words or words[-1][0].isdigit() or words[-1] in _number_words()


@lru_cache(maxsize=1)
def _of_them_at_end() -> re.Pattern:
    from kfactcheck.claims.parts import OF_THEM

    return re.compile(OF_THEM.pattern + r"\W*$")


_WORD_OR_DIGITS = re.compile(r"\d[\d.,]*|[^\W\d_]+")


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    from kfactcheck import data
    from kfactcheck.grammar.numbers import NUMBER_WORDS

    words = {*NUMBER_WORDS["units"], *NUMBER_WORDS["tens"], *NUMBER_WORDS["scales"]}
    for table in data.load("languages").values():
        if isinstance(table, dict) and "numbers" in table:
            nums = table["numbers"]
            words |= set(nums.get("words", ())) | set(nums.get("scales", {}))
    return frozenset(w.lower() for w in words)


def _rounded(c: Claim, v: float) -> bool:
    return (
        c.qualifier == "exact"
        and isinstance(c.low, int | float)
        and isinstance(c.high, int | float)
        and c.low < v < c.high
    )


def _last_digit_shown(v: float, width: float) -> bool:
    """A figure read as its rounding (`width` wide) whose last written digit is not a zero:
    "£14.4bn" (0.1bn wide, last digit 4) is, "£340m" (1m wide, rounding to tens) is not."""
    return rounding_unit(v) <= width * 1.001


def _own_rounding(c: Claim, v: float) -> bool:
    """An "approx" figure whose own interval is narrower than any hedge word gives (the
    grammar reads "about" as at least 5% either way): a figure with a scale word and no
    hedge word, reported with the rounding of its last digit ("850 million" is 849.5-850.5
    million)."""
    return (
        isinstance(c.low, int | float)
        and isinstance(c.high, int | float)
        and c.low < v < c.high
        and c.high - v < 0.99 * HEDGE_SPAN * abs(v)  # 5% of 38 is read as 1.8999...
    )


def _spelled_scale(text: str) -> bool:
    """Whether a figure's words hold a scale word from a thousand up ("seven million",
    "zwei Milliarden"), in any language read."""
    return any(w in _scale_words() for w in _WORD.findall(text.lower()))


_WORD = re.compile(r"[^\W\d_]+")
# a figure written in digits is no vague plural or spelled scale ("850 millions" in French)
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1)
def _scale_words() -> frozenset[str]:
    from kfactcheck import data
    from kfactcheck.grammar.numbers import NUMBER_WORDS

    least = NUMBER_WORDS["scale_rules"]["rounded_from"]
    words = {w for w, n in NUMBER_WORDS["scales"].items() if n >= least}
    for table in data.load("languages").values():
        if isinstance(table, dict) and "numbers" in table:
            words |= {w for w, n in table["numbers"].get("scales", {}).items() if n >= least}
    return frozenset(w.lower() for w in words)


def _plain(x: float) -> float | int:
    """3880.0 -> 3880, 3515.0000000001 -> 3515: a bound as a report shows it."""
    whole = int(x)
    if whole == x:
        return whole
    r = round(x, 6)
    return int(r) if r == int(r) else r


def rounding_unit(v: float) -> float:
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


@lru_cache(maxsize=1 << 14)
def held(iso: str) -> int | None:
    """The ordinal day a figure dated `iso` is compared at: the day itself, or the last day
    of a month or year ("2021-07", "2021": the report may come from any day of it, and a
    running count given for the period is its latest, so it is not read as older than the
    period's dated reports)."""
    m = re.match(r"^(\d{4})(?:-(\d{2}))?$", iso or "")
    if m:
        y, mo = int(m[1]), int(m[2] or 12)
        if 1 <= y <= 9999 and 1 <= mo <= 12:
            return date(y, mo, calendar.monthrange(y, mo)[1]).toordinal()
        return None
    return day(iso)


@lru_cache(maxsize=1 << 14)  # a corpus has few distinct dates and many claims on each
def day(iso: str) -> int | None:
    """Ordinal day of YYYY-MM-DD, YYYY-MM (1st) or YYYY (1 Jan)."""
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", iso or "")
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2] or 1), int(m[3] or 1)).toordinal()
    except ValueError:
        return None


def of_page_time(c: Claim, docs: dict[str, Document]) -> bool:
    """A figure known only to its month or year is of the one time its page was written, as
    the page's other such figures are: when the page shows that period itself (its date
    line, its URL), and its words do not recall an earlier level ("am Freitag hatte der
    Minister noch von 63 gesprochen"). Not so when the period is only its story's
    (`Document.story_month`, analyse/storytime.py): nothing says when such a page was
    written, so its figures are compared only among themselves, as of the page's one time
    (analyse/undated.py page_discrepancies), as are those of a page with no date at all."""
    if "earlier" in c.terms:
        return False
    doc = docs.get(c.document)
    return doc is None or not c.as_of or doc.story_month != c.as_of
