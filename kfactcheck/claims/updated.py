"""A page updated after the date it shows: the day its own words tell of as past.

A page keeps the date of its first publication (in its URL, its front matter) while its
text is rewritten as news comes in. When its words name a weekday with a demonstrative
of the present ("this Sunday", "deste domingo", "ce dimanche", "an diesem Sonntag",
"questa domenica") that falls one or two days after that date, and tell it in the past
("the toll was revised this Sunday"), that part of the text was written on that day or
later: the sentences that name the day are read from it (their figures hold on it, their
weekdays resolve against it), and a count that only rises, told with no time of its own,
that is as high as one the page gives on that day holds on it too (the headline's latest
toll). Other sentences keep the page's date: "on Saturday night, 19 dead" may be the
first version's. A plan ("will vote this Sunday", "agendada para este sábado") says
nothing of when the page was written, and one such plan of the same day leaves the page
as dated; so does a page whose date was inferred, and a live page's entries keep their
own stamps (claims/entries.py). The date the page shows stays its date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from kfactcheck.claims.entries import entry_days
from kfactcheck.grammar.dategrammar import _grammar
from kfactcheck.grammar.dateroles import _tense
from kfactcheck.grammar.vocab import trie_pattern, vocab
from kfactcheck.read.textdate import _AHEAD, _THIS, _fold, _weekdays

# the days after the page's date an update may tell of: a Saturday page of "this Sunday"
_AHEAD_DAYS = (1, 2)
# the sentence a mention stands in, roughly: back to the last full stop and on to the next
_STOP = re.compile(r"[.!?\n]")


@cache
def _this_weekday(days: frozenset[int]) -> re.Pattern[str]:
    """One of the weekdays `days` (0 = Monday) named with a demonstrative of the present
    right before it ("este domingo", "an diesem Sonntag", "nesta quinta-feira"), in lower
    case or with a capital: matched case-sensitively, which scans a page several times
    faster than a case-blind match (every page is scanned)."""
    names = [w for w, wd in _weekdays().items() if wd in days]
    wds = _either_case(names)
    this = _either_case(_THIS.removeprefix("(?:").removesuffix(")").split("|"))
    # no look-behind at its start: re then skips in C to the words' first letters; a
    # letter before the match is ruled out by the caller (_word_char)
    return re.compile(rf"(?:{this})\s+(?P<wd>{wds})(?:[-\s]feira)?(?!\w)")


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


@cache
def _after_non_word(days: frozenset[int]) -> re.Pattern[str]:
    """_this_weekday(days) after a character that is no ASCII letter, digit or "_" (any
    character _word_char refuses is one): the demonstrative's first letters are among the
    commonest of a page, a character outside words is rarer, and re skips to it in C."""
    return re.compile(r"[^A-Za-z0-9_]" + _this_weekday(days).pattern)


def _may_name(
    text: str, spans: list[tuple[int, int]], pattern: re.Pattern[str], after: re.Pattern[str]
) -> bool:
    """Whether a span may hold a mention updated_day keeps: one of pattern's matches that
    no word character precedes. Each is `after`'s match one character earlier, or starts
    the text; so none found says that updated_day finds none (a match found may still be
    refused)."""
    for a, b in spans:
        if a == 0 and pattern.match(text, 0, b) is not None:
            return True
        if after.search(text, max(0, a - 1), b) is not None:
            return True
    return False


def _either_case(words) -> str:
    """The words in lower case or with a capital, as a trie (grammar/vocab.trie_pattern):
    an alternation of forty words tried one by one at each "s", "d" or "c" of a page is
    what this scan of every dated page cost."""
    return trie_pattern({f for w in words for f in (w.lower(), w[:1].upper() + w[1:].lower())})


def updated_day(
    text: str, ref: date | None, lang: str | None, spans: list[tuple[int, int]] | None = None
) -> tuple[date, str, list[int]] | None:
    """The day after `ref` that the page tells of as past ("actualizado deste domingo"
    in a page of Saturday), the words of its first mention and where each mention told as
    past starts; None when the page names no such day, names two, or looks forward to one
    of them ("will vote this Sunday", "agendada para este sábado")."""
    if ref is None:
        return None
    days = frozenset((ref.weekday() + k) % 7 for k in _AHEAD_DAYS)
    pattern = _this_weekday(days)
    if not _may_name(text, spans or [(0, len(text))], pattern, _after_non_word(days)):
        return None  # most pages: no mention at all, told by one scan that skips in C
    g = _grammar(lang)
    told: dict[date, list[re.Match[str]]] = {}
    untold: dict[date, list[re.Match[str]]] = {}  # no tense either way
    planned: set[date] = set()
    for a, b in spans or [(0, len(text))]:
        for m in pattern.finditer(text, a, b):
            if m.start() and _word_char(text[m.start() - 1]):
                continue  # inside a word ("(?<!\w)" at the pattern's start scans slowly)
            ahead = (_weekdays()[_fold(m["wd"])] - ref.weekday()) % 7
            if ahead not in _AHEAD_DAYS:
                continue
            day = ref + timedelta(days=ahead)
            # the tense of its own sentence: a marker in the one before tells nothing
            start = max(a, m.start() - 200)
            stops = list(_STOP.finditer(text, start, m.start()))
            lo = stops[-1].end() if stops else start
            stop = _STOP.search(text, m.end(), min(b, m.end() + 200))
            hi = stop.start() if stop else min(b, m.end() + 200)
            low = text[lo:hi].lower()
            tense = _tense(g, low, m.start() - lo, m.end() - lo)
            if tense == "future" or _AHEAD.search(text, max(lo, m.start() - 50), m.start()):
                planned.add(day)  # "will vote", "deve assinar", "marcada para"
            else:
                (told if tense == "past" else untold).setdefault(day, []).append(m)
    if len(told) != 1:
        return None  # none, or two days: nothing tells which the text was written on
    ((day, found),) = told.items()
    if day in planned:
        return None
    # once the page is known written on that day, "this Sunday" told with no tense
    # ("the bulletin issued this Sunday at noon") is that day too: no later page
    # calls a Sunday a week gone "this Sunday"
    starts = sorted(m.start() for m in found + untold.get(day, []))
    return day, found[0].group(0), starts


def updated_from(doc, sentences: list[tuple[int, int]]) -> tuple[date, list[int]] | None:
    """The later day a dated page tells of as past (updated_day) and where it names it,
    with a warning saying so; None otherwise, for a page whose date was inferred (from
    the very weekday, maybe), and for a live page, whose entries keep their stamps' days."""
    if any(w.startswith("date inferred") for w in doc.warnings):
        return None
    found = updated_day(doc.text, doc.date, doc.lang, doc.keep)
    if found is None or entry_days(doc.text, sentences, doc.date, ""):
        return None
    day, words, starts = found
    warning = (
        f'updated: the page tells of "{words}" as past, after its date '
        f"{doc.date.isoformat()}: the sentences that name it are read as of {day.isoformat()}"
    )
    if warning not in doc.warnings:
        doc.warnings.append(warning)
    return day, starts


def hold_latest(claims, ref: date, day: date) -> None:
    """In a page updated on `day` after its date `ref`: a count that only rises, held on
    `ref` only for want of a time of its own, that is at least as high as a figure of the
    same count (family and scope) the page dates to `day`, held on that day too (a higher
    or equal toll came no earlier; the page was written on that day). A lower one keeps
    the page's date: it may be the night before's."""
    page, later = ref.isoformat(), day.isoformat()
    rising = vocab().rising_counts
    floor: dict[tuple, float] = {}  # the lowest figure of each count held on `day`
    for c in claims:
        if c.as_of == later and c.terms and c.terms[0] in rising and _number(c.high):
            key = (c.terms, c.scope, c.unit)
            floor[key] = min(floor.get(key, float("inf")), float(c.high))
    for c in claims:
        key = (c.terms, c.scope, c.unit)
        if c.as_of == page and key in floor and _number(c.low) and float(c.low) >= floor[key]:
            c.as_of = later


def _number(v) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)
