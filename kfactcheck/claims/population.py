"""Who live in a place: a count of people right after a place noun ("the town of 13,000
people", "une ville de 13 000 personnes", "eine Stadt mit 13.000 Menschen") counts its
population, a quantity of its own, never the people something happened to. The place
nouns and the joining words are data (data/units.toml [settlements]).
"""

from __future__ import annotations

import re
from functools import cache

from kfactcheck.grammar.vocab import language_code, stem, vocab

POPULATION = "population"


@cache
def _frame(code: str) -> re.Pattern[str]:
    """A place noun, an adjective or two, and a joining word, ending the text before a
    figure."""
    table = vocab().raw["settlements"].get(language_code(code), {})
    nouns = "|".join(re.escape(w) for w in sorted(table.get("nouns", ()), key=len, reverse=True))
    join = "|".join(re.escape(w) for w in sorted(table.get("join", ()), key=len, reverse=True))
    if not nouns or not join:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?i)(?<!\w)(?:{nouns})(?:\s+[^\W\d_]+){{0,2}}?\s+(?:{join})\s*$")


@cache
def _residents(code: str) -> frozenset[str]:
    """The families a count of residents gets: the stems of the nouns (English: singular)."""
    code = language_code(code)
    words = vocab().raw["settlements"].get(code, {}).get("residents", ())
    return frozenset(stem(w.lower(), code) for w in words)


def lives_there(before: str, family: str, code: str) -> str:
    """`family`, or "population" when a count of people as such (or of a noun we have no
    family for: residents) completes a place noun right before it ("a town of 12,400
    people"); not a count of the dead or the evacuated ("a town of 12,400 was evacuated"
    took that family from its verb; "a town of 2,000 was affected": the town was)."""
    if family not in ("people", POPULATION, "affected") and family not in _residents(code):
        return family  # (not "a community of 40 volunteers")
    tail = before[-60:]
    if tail.isascii() and not tail.rstrip().lower().endswith(_ascii_joins(code)):
        return family  # most figures: told without trying the frame at each character
    return POPULATION if _frame(code).search(tail) else family


@cache
def _ascii_joins(code: str) -> tuple[str, ...]:
    """The joining words _frame ends on that ASCII text can hold, lower case: a window of
    ASCII ending on none of them holds no match."""
    table = vocab().raw["settlements"].get(language_code(code), {})
    return tuple(w.lower() for w in table.get("join", ()) if w.isascii())


@cache
def _titled(code: str) -> re.Pattern[str]:
    """A comma, then the word for a population, ending the text before a figure."""
    code = language_code(code)
    raw = vocab().raw["families"][POPULATION]
    words = raw.get(code, {}).get("nouns", ()) if code != "en" else raw.get("nouns", ())
    words = [w for w in words if " " not in w]
    if not words:
        return re.compile(r"(?!x)x")
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?i),\s*(?:{alt})\s*:?\s*$")


def titled_population(before: str, code: str) -> bool:
    """Whether a figure with no noun after it follows a place as its apposition's title
    ("Arden, population 7,200, lies downstream"; "Kessby, Einwohner 9.000"): who live
    there."""
    return ("," in before[-30:]) and _titled(code).search(before[-30:]) is not None
