"""Those hurt badly, in every language read: the words and states that make a count of the
injured, or of people as such, the count of the seriously injured ("dont 1.276 grièvement",
"187 restent dans un état critique", "heridos graves", "zwei Schwerverletzte", "12 people in
critical condition"). However it is worded, it is one quantity, "injured:serious"; the
phrases are data (data/units.toml [severe]).
"""

from __future__ import annotations

import re
from functools import cache

from kfactcheck.grammar.vocab import cue_pattern, language_code, vocab

SERIOUS = "injured:serious"

# a figure's own segment: up to a stop, a bracket, a comma or the next figure
_SEGMENT_END = re.compile(r"[.,;:!?()\[\]]|\s\d")
_REACH = 90


def _alternation(phrases: list[str]) -> re.Pattern[str]:
    ordered = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    if not ordered:
        return re.compile(r"(?!x)x")
    return re.compile("(?i)(?:" + "|".join(cue_pattern(p).pattern for p in ordered) + ")")


@cache
def severe_pattern(code: str) -> re.Pattern[str]:
    """Any word or state of language `code` that says those counted are hurt badly."""
    table = vocab().raw["severe"].get(language_code(code), {})
    return _alternation([*table.get("words", ()), *table.get("states", ())])


@cache
def _states(code: str) -> re.Pattern[str]:
    return _alternation(vocab().raw["severe"].get(language_code(code), {}).get("states", []))


@cache
def _words(code: str) -> re.Pattern[str]:
    return _alternation(vocab().raw["severe"].get(language_code(code), {}).get("words", []))


def severe_word(word: str, code: str) -> bool:
    """Whether `word` is one of the language's words for "badly" ("grièvement", "graves"):
    no noun a figure counts ("dont 1.404 grièvement" counts the injured named before)."""
    return _words(code).fullmatch(word.lower()) is not None


def severe_noun(after: str, end: int, code: str) -> bool:
    """Whether the counted words themselves (`after[:end]` and the word right after them)
    say hurt badly ("40 heridos graves", "13 Schwerverletzte", "13 feriti gravi"): a count
    of the seriously injured wherever it is counted (not "48 feridos, três deles em estado
    grave": the three are a part of the 48, read by parts.py)."""
    words = _NEXT_WORD.match(after, end)
    own = after[:end] + (" " + words.group(1) if words else "")
    return severe_pattern(code).search(own) is not None


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def serious_state(after: str, end: int, family: str, code: str) -> str:
    """`family`, or "injured:serious" when it counts people as such and the figure's own
    segment says they are in a serious state ("38 personnes se trouvent désormais dans un
    état grave"; not "38 personnes évacuées, dont 3 dans un état grave": that is the 3's)."""
    if family != "people":
        return family
    rest = after[end : end + _REACH]
    cut = _SEGMENT_END.search(rest)
    own = rest[: cut.start() if cut else len(rest)]
    return SERIOUS if own and _states(code).search(own) else family
