"""Date shapes found in a sentence (_Raw mentions) and the context that widens or drops
them; moved out of dates.py unchanged.
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass

from kfactcheck.grammar.dategrammar import _Grammar, _norm
from kfactcheck.grammar.vocab import counted_noun

# ------------------------------------------------------------------------------ raw mentions


@dataclass(slots=True)
class _Raw:
    """A date shape found in the sentence, before resolution."""

    s: int  # anchor span; grows left when a part or shift word is taken in
    e: int
    kind: str  # day | range | month | year | decade | weekday | reldays | period | ago | past
    #            | void (an impossible date, kept only to hide the shapes inside it)
    y: int | None = None
    m: int | None = None
    d: int | None = None
    y2: int | None = None
    m2: int | None = None
    d2: int | None = None
    wd: int | None = None
    shift: int | None = None  # last / this / next: -1 / 0 / 1
    unit: str | None = None  # week, month, year ... for relative shapes
    n: int = 0
    part: str | None = None  # start | end | middle | early | mid | late
    cue: str | None = None  # the cue a shape carries in itself ("over the past")
    lead: int = -1  # start of loose words before the anchor ("around")
    poss: bool = False  # possessive: "Tuesday's earthquake", "September's clashes"
    ambiguous: bool = False
    over: int = 0  # "more than three years ago": 1; "almost three years ago": -1


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _count(g: _Grammar, s: str | None) -> int | None:
    if s is None:
        return 1
    s = s.lower()
    if s.isdigit():
        return int(s)
    if "-" in s:
        a, _, b = s.partition("-")
        return g.numbers.get(a, 0) + g.numbers.get(b, 0)
    return g.numbers.get(s)


def _unit(u: str) -> str:
    u = u.lower()
    return u[:-1] if u.endswith("s") else u


def _lower(t: str) -> str:
    """Lower case with the same length, so offsets carry over ("İ" lower-cases to two chars)."""
    low = t.lower()
    return low if len(low) == len(t) else t.translate(_ASCII_LOWER)


_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def _scan(g: _Grammar, t: str) -> tuple[list[_Raw], str]:
    """Every date shape in t, overlaps removed (the longest wins), and t lower-cased.

    Gates first: most sentences hold no month or weekday name, no four-digit figure and no
    relative word, and leave here after a few microseconds.
    """
    has_names = g.gate_names.search(t) is not None
    has_digits = g.gate_digits.search(t) is not None
    has_relative = False
    for word in g.gate_relative:
        if word in t:
            has_relative = True
            break
    if not has_relative and g.gate_ago_units:  # another language's "há três anos"
        has_relative = any(w in t for w in g.gate_ago_words) and any(
            u in t for u in g.gate_ago_units
        )
    if not (has_names or has_digits or has_relative):
        return [], t
    cands: list[_Raw] = []
    add = cands.append
    if has_digits:
        for mt in _free_matches(g.numeric, t, ".,/:-"):
            _numeric_shape(mt, add)
        for mt in _free_matches(g.year, t, "$€£¥.,:/'’#-"):
            _year_shape(mt, add)
    if has_names:
        for mt in _free_matches(g.month_first, t):
            _month_first_shape(g, t, mt, add)
        for mt in _free_matches(g.day_first, t, ".,:/-"):
            _day_first_shape(g, t, mt, add)
        for mt in _free_matches(g.weekday, t):
            r = _Raw(mt.start(), mt.end("wd"), "weekday", wd=g.weekdays[mt["wd"].lower()])
            r.poss = mt["pos"] is not None
            add(r)
    low = _lower(t)
    if has_relative:
        for mt in g.relative.finditer(low):
            _relative_shape(g, mt, add)
    if len(cands) < 2:
        return [r for r in cands if r.kind != "void"], low
    cands.sort(key=lambda r: (r.s - r.e, r.s))
    # the chosen ones do not overlap: kept in text order, a candidate need only be checked
    # against its two neighbours there (a sentence may hold a thousand dates)
    chosen: list[_Raw] = []
    starts: list[int] = []
    for r in cands:
        i = bisect.bisect_right(starts, r.s)
        if i and not (r.e <= chosen[i - 1].s or r.s >= chosen[i - 1].e):
            continue
        if i < len(chosen) and not (r.e <= chosen[i].s or r.s >= chosen[i].e):
            continue
        chosen.insert(i, r)
        starts.insert(i, r.s)
    return [r for r in chosen if r.kind != "void"], low


def _free(t: str, i: int, more: str = "") -> bool:
    """Nothing glued to the left of t[i]: start of text, or a character that is no letter,
    digit or underscore and not in `more`."""
    if i == 0:
        return True
    c = t[i - 1]
    return not (c.isalnum() or c == "_" or c in more)


def _free_matches(rx: re.Pattern, t: str, more: str = ""):
    """rx.finditer(t), keeping matches with nothing glued to their left (_free). After a
    glued match the search goes on one character later, not after it: the "9 until 30 April"
    inside "1999 until 30 April" must not hide "30 April"."""
    pos = 0
    while mt := rx.search(t, pos):
        if _free(t, mt.start(), more):
            yield mt
            pos = mt.end() if mt.end() > mt.start() else mt.start() + 1
        else:
            pos = mt.start() + 1


def _numeric_shape(mt: re.Match, add) -> None:
    if mt["y"]:
        y, m, d = int(mt["y"]), int(mt["m"]), int(mt["d"])
        if _valid(y, m, d):
            add(_Raw(mt.start(), mt.end(), "day", y, m, d))
        return
    a, b, y = int(mt["a"]), int(mt["b"]), int(mt["y2"])
    day_first, month_first = _valid(y, b, a), _valid(y, a, b)
    if day_first or month_first:
        d, m = (a, b) if day_first else (b, a)
        r = _Raw(mt.start(), mt.end(), "day", y, m, d)
        r.ambiguous = day_first and month_first and a != b
        add(r)


def _year_shape(mt: re.Match, add) -> None:
    if mt["dec"]:
        dec = int(mt["dec"])
        add(_Raw(mt.start(), mt.end(), "decade", dec, y2=dec + 9))
        return
    y = int(mt["y"])
    r = _Raw(mt.start(), mt.end("y"), "year", y)
    if mt["y2"]:
        y2 = int(mt["y2"])
        if y2 < 100:
            y2 += y // 100 * 100
        if y < y2 <= y + 100:
            r.e, r.y2 = mt.end(), y2
    add(r)


def _month_first_shape(g: _Grammar, t: str, mt: re.Match, add) -> None:
    mon = mt["mon"].lower()
    m = g.months[mon]
    s = mt.start()
    if mon in g.months_full:  # the month alone, should the longer shape lose to another
        r = _Raw(s, mt.end("mon"), "month", None, m)  # ("of March 12 January"); "Sept." alone
        r.poss = mt["pos"] is not None  # or "Jan" is no date
        add(r)
    if mt["my"]:
        add(_Raw(s, mt.end(), "month", int(mt["my"]), m))
        return
    if mt["d"] is None:
        return
    y = int(mt["y"]) if mt["y"] else None
    e = mt.end() if y else mt.end("o2") if mt["d2"] else mt.end("o")
    _add_day(g, t, s, e, y, m, int(mt["d"]), mt["d2"], add)


def _day_first_shape(g: _Grammar, t: str, mt: re.Match, add) -> None:
    mon = mt["mon"].lower()
    y = int(mt["y"]) if mt["y"] else None
    if y is not None:
        e = mt.end()
    else:  # the dot of "Nov." belongs to the date, the full stop after "November" does not
        e = mt.end("mon") if mon in g.months_full or not mt["dot"] else mt.end("dot")
    s = mt.start()
    if the := g.left_the.search(t, max(0, s - 6), s):  # "the 31st of October": not in the anchor
        s = the.start() if g.left_weekday.search(t, max(0, the.start() - 16), the.start()) else s
    if (
        mt["d2"]
        and _AND.fullmatch(t, mt.end("d"), mt.start("d2"))
        and not _BETWEEN.search(t, max(0, s - 12), s)
        and int(mt["d"]) < int(mt["d2"])
    ):
        # "on 14 and 21 March": two days of a list, not the days between them
        _add_day(g, t, s, mt.end("d"), y, g.months[mon], int(mt["d"]), None, add)
        _add_day(g, t, mt.start("d2"), e, y, g.months[mon], int(mt["d2"]), None, add)
        return
    _add_day(g, t, s, e, y, g.months[mon], int(mt["d"]), mt["d2"], add)
    first = None if mt["d2"] else _FIRST_OF_TWO.search(t, max(0, s - 16), s)
    if first and int(first["d"]) < int(mt["d"]):
        # "les 19 et 31 janvier": the first day shares the month (a list is in order: "12 y
        # 5 de marzo" is a figure and a day)
        _add_day(g, t, first.start(), first.end("d"), y, g.months[mon], int(first["d"]), None, add)


_AND = re.compile(r"(?:st|nd|rd|th)?\s+and\s+", re.I)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)


# a day before "and" and a day of a month ("19 et 31 janvier", "14 and 21 March", "3 y 5 de
# mayo", "19. und 31. Januar"): the first day, of the same month
_FIRST_OF_TWO = re.compile(
    r"(?<![\d.,])(?P<d>[0-3]?\d)(?:\.|er|st|nd|rd|th)?\s+(?:et|and|y|e|und)\s+$", re.I
)


def _add_day(g: _Grammar, t: str, s: int, e: int, y, m: int, d: int, d2: str | None, add) -> None:
    wd = g.left_weekday.search(t, max(0, s - 16), s)  # "Wednesday, August 17"
    if wd:
        s = wd.start()
    if not _valid(y or 2000, m, d):  # 2000, a leap year, lets 29 February through
        add(_Raw(s, e, "void"))  # "30 February 2024": no "February 2024" either
        return
    r = _Raw(s, e, "day", y, m, d)
    if wd:
        r.wd = g.weekdays[wd["wd"].lower()]
    if d2:
        d2n = int(d2)
        if not (d2n > d and _valid(y or 2000, m, d2n)):
            return
        r.kind, r.y2, r.m2, r.d2 = "range", y, m, d2n
    add(r)


# a day named right after a part of a day ("all'alba di domenica", "esta madrugada del 6")
_OF_DAY = re.compile(r"\s+(?:of|on|du|de|del|della|di|do|da|vom|am)\s+(\w+)")


def _relative_shape(g: _Grammar, mt: re.Match, add) -> None:
    r = _Raw(mt.start(), mt.end(), "reldays")
    if mt["rd"]:
        named = _OF_DAY.match(mt.string, mt.end())
        if named and (named[1][0].isdigit() or named[1].lower() in g.weekdays):
            return  # "all'alba del 3 marzo", "at dawn on Sunday": that day, not today's
        r.n = g.rel_days[_norm(mt["rd"])]
    elif mt["sh"]:
        r.kind, r.shift, r.unit = "period", g.shifts[mt["sh"]], mt["u"]
    elif g.periods and mt["lp"]:  # "l'an dernier", "vorig jaar"
        r.unit, r.shift = g.periods[_norm(mt["lp"])]
        r.kind = "period"
    elif mt["tu"]:
        r.kind, r.shift, r.unit = "period", 0, mt["tu"]
        r.part = g.parts[_norm(mt["pw"] + " of")]
    elif mt.lastgroup in ("lu", "lu2", "la"):  # another language's "N units ago"
        if mt.lastgroup == "la":  # "pre godinu dana": one, unsaid
            n, unit = 1, g.ago_alone[_norm(mt["la"])]
        else:
            k = "" if mt.lastgroup == "lu" else "2"  # a language has one shape or both
            word = mt["ln" + k]
            n = int(word) if word.isdigit() else g.ago_numbers.get(word)
            unit = g.ago_units[mt["lu" + k]]
        if not n:
            return
        r.kind, r.n, r.unit = "ago", n, unit
        # the hedge stands inside the shape ("há pouco mais de 5 anos") or before it
        num = {"lu": "ln", "lu2": "ln2"}.get(mt.lastgroup or "")
        r.over = _over(mt.string[max(0, r.s - 20) : mt.start(num) if num else r.s])
        left = mt.string[max(0, r.s - 20) : r.s]
        if g.ago_since is not None and (since := g.ago_since.search(left)):
            r.kind, r.lead = "past", r.s - len(left) + since.start()
            r.cue = _norm(mt.string[r.lead : r.e])
    elif mt["au"]:
        n = _count(g, mt["n"])
        if not n:
            return
        r.kind, r.n, r.unit = "ago", n, _unit(mt["au"])
        r.over = _over(mt.string[max(0, r.s - 20) : r.s])
    else:
        n = _count(g, mt["pn"])
        if not n:
            return
        r.kind, r.n, r.unit = "past", n, _unit(mt["pu"])
        first = mt.start("pp") if mt["pp"] else mt.start("pl") - 4  # "over the", or "the"
        r.s, r.lead = mt.start("pl"), first
        r.cue = _norm(mt.string[first : mt.end("pl")])
    add(r)


# a hedge before "N years ago": more than it, or almost
_OVER = re.compile(
    r"(?:more\s+than|over|mais\s+de|más\s+de|plus\s+de|mehr\s+als|über|gut|oltre|più\s+di)\s*$"
)
_UNDER = re.compile(r"(?:almost|nearly|quase|casi|presque|près\s+de|fast|knapp|quasi)\s*$")


def _over(before: str) -> int:
    low = before.lower()
    return 1 if _OVER.search(low) else -1 if _UNDER.search(low) else 0


# ------------------------------------------------------------------------------ context


def _expand(g: _Grammar, t: str, low: str, r: _Raw) -> bool:
    """Take part, shift and loose words before the anchor in; False drops r (not a date)."""
    left = low[max(0, r.s - 40) : r.s]
    shiftable = r.kind == "weekday" or (r.kind == "month" and r.y is None)
    if shiftable and (mt := g.left_shift.search(left)):  # last Tuesday, next March
        r.shift = g.shifts[mt["sh"]]
        r.s -= len(mt.group())
        left = low[max(0, r.s - 40) : r.s]
    partable = r.kind in ("month", "decade", "period") or (r.kind == "year" and r.y2 is None)
    if partable and r.part is None and (mt := g.left_part.search(left)):  # start of, mid-
        r.part = g.parts[_norm(mt["pw"] or mt["pm"])]
        r.s -= len(left) - mt.start()
        left = low[max(0, r.s - 40) : r.s]
    if r.lead < 0:
        r.lead = r.s
    if r.kind in ("day", "range", "month", "year", "decade") and (mt := g.left_approx.search(left)):
        r.lead = r.s - len(mt.group())
        r.part = r.part or "approx"
    if r.kind in ("weekday", "month") and r.y is None and g.left_recurring.search(left):
        return False  # "every Saturday", "each September": no one date
    if r.kind == "month" and r.y is None and r.shift is None and r.part is None:
        # "April" alone may be a name, "March" a verb: need "in", "since", ... or "September's"
        return bool(r.poss or g.need_cue.search(left))
    if r.kind == "weekday":
        lw = g.left_word.search(left)
        rw = g.right_word.match(low, r.e)
        return not ((lw and lw[1] in g.wd_before) or (rw and rw[1] in g.wd_after))
    if r.kind == "year":
        return _is_year(g, t, low, r, left)
    return True


def _is_year(g: _Grammar, t: str, low: str, r: _Raw, left: str) -> bool:
    """A bare four-digit figure: a year unless its neighbours make it a count or a time."""
    if g.left_copyright.search(left) or g.left_not_year.search(left):
        return False
    if r.lead == r.s and g.left_quantity.search(left):
        return False
    if g.right_clock.match(low, r.e) or g.right_zone.match(t, r.e):
        return False
    if (mt := g.right_count.match(low, r.e)) and not (
        # "a similar storm in 2019 killed 12": a participle after "in 2019" is the clause's
        # verb ("in 2000 homes" still counts homes)
        mt[0].endswith("ed") and (lw := g.left_word.search(left)) and lw[1] in g.year_before
    ):
        return False
    # "from 1500 to 2000", "between 2000 and 2500 people": one end is no year, so neither is
    mt = g.left_number.search(left)
    if mt and not _YEAR_RX.fullmatch(mt["n"]):
        return False
    mt = g.right_number.match(low, r.e)
    if mt and not _YEAR_RX.fullmatch(mt["n"]):
        # "killed 12 in 2019 and 30 this year": after "in", and with a smaller figure
        # after it than a range's high end, a year still
        lw = g.left_word.search(left)
        if not (lw and lw[1] in g.year_before and _below(mt["n"], low[r.s : r.e])):
            return False
    if r.part is None and (mt := g.right_plural.match(t, r.e)) and mt[1] not in g.not_count:
        # "said 2000 rebels" counts; "the 2008 elections", "in 2008 reformers" are years
        lw = g.left_word.search(left)
        return (lw[1] if lw else "") in g.year_before or (lw is not None and lw[1] == "the")
    if r.part is None and g.lang != "en" and (mt := g.right_word.match(t, r.e)):
        # "schickte 2000 Soldaten", "1999 Tote": a counted noun of the language follows;
        # "im Jahr 2000 Soldaten ..." and "seit 2015 ..." stay years
        lw = g.left_word.search(left)
        if counted_noun(mt[1], g.lang) and (lw[1] if lw else "") not in g.year_before:
            # "Ein ähnlicher Sturm 2019 tötete 12": a German noun, a year and a verb (a
            # word in lower case) name an event by its year
            return g.lang == "de" and lw is not None and _named_by_year(t, r.s - len(lw[0]), mt[1])
    return True


_YEAR_RX = re.compile(r"1[89]\d\d|20\d\d|2100")


def _below(n: str, year: str) -> bool:
    """Whether the figure `n` (digits, maybe grouped) is below the year: no range's end."""
    digits = n.replace(",", "").replace(".", "")
    return digits.isdigit() and year.isdigit() and int(digits) < int(year)


def _named_by_year(t: str, at: int, after: str) -> bool:
    """Whether a German year stands between a noun (capitalised as written, at `at` in
    `t`, not a counted one) and a verb (a word in lower case): "Sturm 2019 tötete", not
    "meldete 2000 Tote"."""
    before = t[at : at + 40].split(None, 1)[0] if t[at : at + 1].strip() else ""
    return before[:1].isupper() and after[:1].islower() and not counted_noun(before, "de")


def _join_ranges(g: _Grammar, low: str, raws: list[_Raw]) -> list[_Raw]:
    """Two dates joined into one span: "between March 1 and March 15", "from 2019 to 2021"."""
    out: list[_Raw] = []
    i = 0
    while i < len(raws):
        a = raws[i]
        b = raws[i + 1] if i + 1 < len(raws) else None
        if b is None or not _joinable(g, low, a, b):
            out.append(a)
            i += 1
            continue
        if a.kind in ("day", "range"):
            end_y = b.y2 if b.kind == "range" else b.y
            end_m, end_d = (b.m2, b.d2) if b.kind == "range" else (b.m, b.d)
            y = a.y
            if y is None and end_y is not None:
                y = end_y - 1 if (a.m, a.d) > (end_m, end_d) else end_y
            a.kind, a.y, a.y2, a.m2, a.d2 = "range", y, end_y, end_m, end_d
        elif a.kind == "month":
            y = a.y
            if y is None and b.y is not None:
                y = b.y - 1 if a.m > b.m else b.y
            a.y, a.y2, a.m2 = y, b.y, b.m
        else:
            a.y2 = b.y
        a.e = b.e
        out.append(a)
        i += 2
    return out


def _joinable(g: _Grammar, low: str, a: _Raw, b: _Raw) -> bool:
    if not (
        {a.kind, b.kind} <= {"day", "range"}
        or (a.kind == b.kind == "month" and a.shift is None and b.shift is None)
        or (a.kind == b.kind == "year" and a.y2 is None and b.y2 is None)
    ):
        return False
    if a.part or b.part or a.lead != a.s or b.lead != b.s:
        return False
    if (
        a.y is not None
        and b.y is not None
        and (a.y, a.m or 0, a.d or 0) >= (b.y, b.m or 0, b.d or 0)
    ):
        return False  # "2008 until 1999" is no span
    gap = low[a.e : b.s]
    if not g.range_gap.match(gap):
        return False
    word = gap.strip()
    lw = g.left_word.search(low[max(0, a.s - 20) : a.s])
    before = lw[1] if lw else ""
    if word == "and":
        return before == "between"
    if word in ("-", "–", "—"):
        return True
    if before == "between":
        return False
    # "postponed from March 1 to April 15" moves a date: two mentions, not a range
    window = low[max(0, a.s - 70) : a.s]
    return not any(g.window.get(_norm(m.group())) == "shift" for m in g.window_rx.finditer(window))
