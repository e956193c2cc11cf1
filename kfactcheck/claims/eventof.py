"""An event noun and the word that ties a date to it, right before the date ("the floods
of", "l'alluvione del", "el sismo del pasado"): the date names that event, not the day a
figure held (claims/opening.py reads it). The words are data (dates.toml [event_of]).
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def event_of() -> re.Pattern[str]:
    """An event noun and the word that ties a date to it, right before the date
    (dates.toml [event_of]), with "pasado / passato / dernier / vergangenen" between."""
    from kfactcheck.grammar.dategrammar import load_words

    words = load_words()["event_of"]
    nouns = "|".join(re.escape(n) for n in sorted(words["nouns"], key=len, reverse=True))
    ofs = "|".join(re.escape(o) for o in sorted(words["of"], key=len, reverse=True))
    mods = "|".join(_EVENT_MODS)
    return re.compile(rf"(?i)(?<!\w)(?:{nouns})\s+(?:{ofs})\s*(?:(?:{mods})\s+)?$")


_EVENT_MODS = ("pasado", "passato", "dernier", "vergangenen", "last")


@lru_cache(maxsize=1)
def event_of_last() -> re.Pattern[str]:
    """The last characters a match of event_of can end with (before trailing spaces): the
    last of a tie word or of a word between. A window whose last character is none of them
    holds no match, told without trying the pattern at each of its positions."""
    from kfactcheck.grammar.dategrammar import load_words

    ends = {w[-1] for w in (*load_words()["event_of"]["of"], *_EVENT_MODS)}
    return re.compile("(?i)(?:" + "|".join(re.escape(c) for c in sorted(ends)) + ")")


@lru_cache(maxsize=1)
def event_of_ends() -> tuple[str, ...]:
    """The tie words and the words between, lower case: an ASCII window with a match of
    event_of ends in one of them (before trailing spaces), told by one endswith in C."""
    from kfactcheck.grammar.dategrammar import load_words

    return tuple(w.lower().rstrip() for w in (*load_words()["event_of"]["of"], *_EVENT_MODS))
