"""When a figure held, from the dates around it in its sentence: a date that names an event
("the quake of 3 May") dates none of its figures, a figure after "now" holds on the page's
day, and a date that opens the sentence ("Until Friday night, ...", "In March, police
counted 7,500 and the organisers 30,000") holds for the figures after it. Split from
dated.py, which reads the dates themselves (sentence_time, date claims)."""

from __future__ import annotations

import re

from kfactcheck.claims.dated import (
    _COUNTED_UNTIL,
    _event_of,
    event_of_ends,
    event_of_last,
    sentence_time,
    with_year,
)
from kfactcheck.model import Quantity


def figure_time(
    sentence: str,
    dates,
    ref,
    near,
    figures,
    when,
    gap,
    index=None,
    month_shown: str = "",
    named: bool = True,
) -> str:
    """When a figure held: by its sentence's dates (sentence_time), else the date that
    opens the sentence (opening_time), else the page's day, else the month it shows.
    `named`: whether any date of the sentence names an event (names_event), known once a
    sentence; when none does, the dates are not looked through again for each figure."""
    published = ref.isoformat() if ref is not None else ""
    # "ascendió a 212 la cifra de fallecidos del sismo del 3 de noviembre": that date names
    # the quake (a list left as it is keeps its index)
    named = [d for d in dates if names_event(sentence, d)] if named else []
    if _now_before(sentence, max(0, near.start - 40), near.start):
        # "the amount now being negotiated is R$ 12bn, a memo leaked on Wednesday says": the
        # figure holds now, whatever the date after it says
        named += [d for d in dates if d.start >= near.end]
    if named_after := [d for d in compared_days(sentence, dates) if d.start >= near.end]:
        # "40.000 marcheurs d'après les syndicats, autant que le 2 mars": the day compared with
        # is another day's figure, not this one's (figures after it may be that day's)
        named += named_after
    if named:
        dates, index = [d for d in dates if d not in named], None
    return (
        sentence_time(dates, ref, near, figures, when, gap, index)
        or opening_time(sentence, dates, near, when, published)
        or published
        or month_shown
    )


def names_event(sentence: str, d) -> bool:
    """Whether the date `d` names an event rather than dating the sentence's figures: read
    once a date of the sentence, not once a figure (a sentence of many figures and many
    dates would be read figures x dates times)."""
    return _once_a_date(_named, sentence, d, _names_event)


def _names_event(sentence: str, d) -> bool:
    lo = max(0, d.start - 60)
    # the pattern ends at the date, after spaces (str.isspace is re's \s): most windows
    # end in a character no match ends with, told before trying it at each position
    tail = sentence[lo : d.start].rstrip()
    return bool(
        (
            tail
            and event_of_last().fullmatch(tail[-1])
            # (a window of ASCII, lower-cased, keeps its letters where the pattern's
            # case-blind match finds them)
            and (not tail.isascii() or tail.lower().endswith(event_of_ends()))
            and _event_of().search(sentence, lo, d.start)
        )
        # "a week earlier" counts back from the page's day only when it opens the
        # sentence ("A week earlier, 4,000 cyclists rode"), not of a noun ("the ride a
        # week earlier")
        or (d.text.lower().endswith("earlier") and not _OPENS_SENTENCE.search(sentence, 0, d.start))
    )


_named: list = [None, {}]  # the last sentence read, and its dates' answers by span


def _once_a_date(memo: list, sentence: str, d, read):
    """read(sentence, d), once a date of a sentence: `memo` keeps the last sentence read
    (held, so its identity is not reused) and its dates' answers by span."""
    if memo[0] is not sentence:
        memo[:] = [sentence, {}]
    key = (d.start, d.end)
    got = memo[1].get(key)
    if got is None:
        got = memo[1][key] = read(sentence, d)
    return got


def compared_day(sentence: str, d) -> bool:
    """Whether the date `d` is the day a figure is compared with ("as many as on 19
    January", "autant que le 2 mars", "mehr als am Montag", "tantos como el lunes")."""
    return _once_a_date(_compared, sentence, d, _compares)


def compared_days(sentence: str, dates: list) -> list:
    """The dates of `dates` that are compared days (compared_day), in order: read once a
    list of a sentence, not once a figure (the list a sentence's figures share is the same
    object; a sentence of many figures and many dates read it figures x dates times)."""
    memo = _compared_lists
    if memo[0] is not sentence or memo[1] is not dates or memo[2] != len(dates):
        memo[:] = [sentence, dates, len(dates), [d for d in dates if compared_day(sentence, d)]]
    return memo[3]


_compared_lists: list = [None, None, 0, []]  # the last sentence and list read, and its answer


def _compares(sentence: str, d) -> bool:
    lo = max(0, d.start - 40)
    window = sentence[lo : d.start]
    # every comparison ends in one of _COMPARED_LAST: a window of ASCII without any of them
    # (most) is told without trying the pattern at each of its characters
    if window.isascii() and not any(map(window.lower().__contains__, _COMPARED_LAST)):
        return False
    return _COMPARED.search(sentence, lo, d.start) is not None


_compared: list = [None, {}]  # the last sentence read, and its dates' answers by span
# a comparison's words right before a date, with its preposition or article
_COMPARED = re.compile(
    r"""(?i)\b(?:as\s+(?:many|much|high|large)\s+as|(?:more|fewer|less|higher|lower)\s+than
    |compared\s+(?:with|to)|(?:autant|plus|moins|davantage)\s+qu(?:e|['’])|comme
    |(?:so\s+viele|genauso\s+viele|so\s+viel|ebenso\s+viele)\s+wie|(?:mehr|weniger)\s+als
    |(?:tantos|tantas|tanto|más|menos)\s+(?:como|que)|(?:tantos|tantas|tanto)\s+quanto
    |mais\s+do\s+que|menos\s+do\s+que|(?:quanti|quante|quanto|più|meno)\s+(?:che|di)
    |rispetto)
    \s*(?:on|in|am|el|le|a|ad|alla|l['’]|lors\s+du|lors\s+de|au|em|no|na|ao|il|al|del|nel|nella|du)?\s*$""",
    re.X,
)
# the last words of _COMPARED's comparisons, one of which each of its matches holds
_COMPARED_LAST = (
    "as",
    "than",
    "with",
    "to",
    "qu",
    "comme",
    "wie",
    "als",
    "como",
    "che",
    "di",
    "rispetto",
)


# "now" in the clause right before a figure: it holds on the page's day
_NOW_BEFORE = re.compile(
    r"(?i)\b(?:now|agora|ahora|maintenant|désormais|jetzt|nun|ora|adesso)\b[^.;:!?]*$"
)


# its words as they are held in ASCII ("agora" and "ahora" hold "ora"; "désormais" is in
# no text of ASCII)
_NOW_WORDS = ("now", "ora", "maintenant", "jetzt", "nun", "adesso")


def _now_before(sentence: str, lo: int, hi: int) -> bool:
    """_NOW_BEFORE in sentence[lo:hi]: a window of ASCII without its words (most) told
    without trying the pattern at each of its characters."""
    window = sentence[lo:hi]
    if window.isascii() and not any(map(window.lower().__contains__, _NOW_WORDS)):
        return False
    return _NOW_BEFORE.search(sentence, lo, hi) is not None


# what ends the reach of a date that opens a sentence: another clause of its own (";", ":")
# or one set against it ("while", "but"), or a figure said to hold now
_OPENING_ENDS = re.compile(
    r"""(?i)[;:]|\b(?:while|whereas|but|now|today|mas|enquanto|agora|hoje|pero|mientras|
        ahora|hoy|mais|tandis|alors\s+que|aujourd['’]hui|während|aber|doch|jetzt|heute|
        ma|mentre|ora|oggi|
        # or one looking ahead: "Last year it earned $5bn and expects $7bn"
        will|would|expects?|expected|forecasts?|plans?|this\s+year|next|prevé|espera|
        prevê|espera-se|prévoit|devrait|erwartet|soll|prevede|dovrebbe)\b""",
    re.X,
)


def opening_time(
    sentence: str, dates, near: Quantity, shown: str = "", published: str = ""
) -> str | None:
    """The time of a date that opens the sentence ("Until Thursday night, teams had counted
    9 dead and 31 missing"; "In March, police counted 7,500 and the organisers 30,000"),
    for a figure after it that sentence_time left undated because another figure stands
    between them: the opening date holds for the sentence's figures up to a clause of their
    own or one set against it (_OPENING_ENDS)."""
    for d in dates:
        if d.start >= near.start:
            return None
        opens, until = _opener(sentence, d)
        if not opens and not (until and d.end <= near.start):
            continue
        if _OPENING_ENDS.search(sentence, d.end, near.start):
            return None
        if any(e.start >= d.end and e.end <= near.start for e in dates):
            return None  # a later date in between speaks for the figure
        value = d.value if not d.value.startswith("--") else with_year(d.value, shown)
        return None if published and value and value > published else value
    return None


def _opener(sentence: str, d) -> tuple[bool, bool]:
    """Whether the date `d` may open its sentence for the figures after it: (it opens the
    sentence, it says up to when they were counted); both False for a date of another
    role or kind. Read once a date of a sentence, not once a figure after it."""
    return _once_a_date(_openers, sentence, d, _opens)


def _opens(sentence: str, d) -> tuple[bool, bool]:
    if d.role != "event" or d.kind not in ("date", "month", "year", "weekday", "relative"):
        return (False, False)
    return (
        _OPENS_SENTENCE.search(sentence, 0, d.start) is not None,
        _COUNTED_UNTIL.search(sentence, max(0, d.start - 30), d.start) is not None,
    )


_openers: list = [None, {}]  # the last sentence read, and its dates' answers by span


# the words before a date that opens its sentence: none, or a preposition ("On", "Until
# the night of")
_OPENS_SENTENCE = re.compile(r"^\W*(?:[\w'’]+[.,:]?\d*,?\s+){0,4}$")  # "ore 11.05, 3 agosto"
