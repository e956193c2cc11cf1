"""Figures that count nothing: a span of time that says when something happened ("vor 40
Tagen", "40 giorni fa"; units.toml [ago]), a step of a count said aloud ("eight, nine,
ten"), a reading on a scale ("1,800 degrees", "5 metros"; units.toml [noise]) and a small
figure after "the" that points back ("the two"). claims/figure.py asks no_count before
reading what a figure counts (claims/counted_lang.py) and reading_or_anaphor after."""

from __future__ import annotations

import re
from functools import cache

from kfactcheck.claims.counted import WORD
from kfactcheck.grammar.vocab import vocab
from kfactcheck.model import Quantity


def no_count(before: str, after: str, q: Quantity, code: str) -> bool:
    """Whether a figure counts nothing: a time ago (time_ago) or a step of a count said
    aloud (counting_aloud)."""
    return time_ago(before, after) or counting_aloud(before, after, q, code)


def time_ago(before: str, after: str) -> bool:
    """Whether a figure is a span of time that says when something happened ("changed over
    40 days ago", "il y a plus de 40 jours", "vor 40 Tagen", "40 giorni fa"): units.toml
    [ago]. Such a figure measures nothing a story counts, and a page with no date cannot
    turn it into a day."""
    unit = _time_unit().match(after)
    if unit is None:
        return False  # most figures: no time unit after them, one match in C
    return bool(_ago_before().search(before[-30:]) or _ago_after().match(after, unit.end()))


@cache
def _time_unit() -> re.Pattern:
    units = sorted(set(vocab().raw["ago"]["time_units"]), key=len, reverse=True)
    return re.compile(r"(?i)\s*(?:" + "|".join(map(re.escape, units)) + r")[^\W\d_]{0,3}(?!\w)")


@cache
def _ago_before() -> re.Pattern:
    words = sorted(vocab().raw["ago"]["before"], key=len, reverse=True)
    return re.compile(r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")\s+$")


@cache
def _ago_after() -> re.Pattern:
    words = sorted(vocab().raw["ago"]["after"], key=len, reverse=True)
    return re.compile(r"(?i)\s+(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


# the words right before a figure when they are a list of words ("One, two, three, "), and
# right after it ("due, tre, quattro")
_WORD_RUN = re.compile(r"(?:[^\W\d_]+,\s+){1,2}$")
_WORDS_AFTER = re.compile(r"(?:,\s+[^\W\d_]+){1,2}")


def counting_aloud(before: str, after: str, q: Quantity, code: str) -> bool:
    """Whether a spelled-out figure is a step of a count said aloud ("Eight, nine, ten
    dead," the mayor said, counting as the bodies were brought out): three
    numbers in a row, one up from the next, with it among them. Not a toll anyone
    reports."""
    if not q.spelled:
        return False
    run, next_ = _WORD_RUN.search(before[-60:]), _WORDS_AFTER.match(after)
    if run is None and next_ is None:
        return False  # most spelled figures: no list of words around them
    words = [w.strip() for w in run.group().split(",") if w.strip()] if run else []
    later = [w.strip() for w in next_.group().split(",") if w.strip()] if next_ else []
    values = [*map(_number, words), q.value, *map(_number, later)]
    at = len(words)
    return any(
        values[k] >= 0 and values[k + 1] == values[k] + 1 and values[k + 2] == values[k] + 2
        for k in range(max(0, at - 2), min(at, len(values) - 3) + 1)
    )


def _number(word: str) -> float:
    """A spelled number's value in the first language text2num reads it in, else -1."""
    from text_to_num import text2num  # (as places.py: only such a run needs it)

    for lang in ("en", "fr", "es", "it", "pt", "de", "nl"):
        try:
            return text2num(word.lower(), lang)
        except (ValueError, KeyError, TypeError):
            continue
    return -1.0


# A "the" before a small figure is a reference back to people already named ("the two
# sides", "the three"): it states nothing new about the world.
_ANAPHOR_MAX = 4


def reading_or_anaphor(
    before: str, after: str, q: Quantity, family: str | None, unit: str | None
) -> bool:
    """Whether a figure with its unit and family read is no count: a small figure after
    "the" with no known family ("the two"), a temperature ("up to 1,800 degrees"), or a
    measure unit no family counts ("ultrapassou os 5 metros", "300 millimetri"; an area,
    "300 km²", is counted)."""
    if _is_anaphor(before, q, family) or (unit or "").lower() in _temperature_units():
        return True  # "up to 1,800 degrees": a reading of heat, not a count
    return bool(
        (unit or "").lower().startswith(_measure_units())
        and (family or "").partition(":")[0] not in vocab().families
        and not _SQUARE.match(after)
    )  # "ultrapassou os 5 metros", "300 millimetri": a reading, not a count


@cache
def _temperature_units() -> frozenset[str]:
    return frozenset(vocab().raw["noise"]["temperature_units"])


# "300 quilômetros quadrados", "300 km²": an area, which a family counts (families.area)
_SQUARE = re.compile(r"(?i)\s*\S+\s+(?:quadrad|cuadrad|carré|quadrat|square|kvadrat)|\S*²")


@cache
def _measure_units() -> tuple[str, ...]:
    return tuple(vocab().raw["noise"]["measure_units"])


def _is_anaphor(before: str, q: Quantity, family: str | None) -> bool:
    if q.value > _ANAPHOR_MAX or q.qualifier != "exact":
        return False
    prev = WORD.findall(before[-12:])
    if not prev or prev[-1].lower() != "the":
        return False
    known = vocab().families
    return family is None or family not in known
