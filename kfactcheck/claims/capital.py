"""The capital as a figure's place when its clause names it as the subject ("..., y es la
capital la que más muertos suma, con 61", "the capital recorded 85"), not as the capital
"of" or "in" something. claims/places.py and claims/placeframe.py ask capital_subject."""

from __future__ import annotations

import re

from kfactcheck.claims.placenames import _CONNECTORS
from kfactcheck.grammar.vocab import LangVocab, lang_vocab

# an article and a word for the capital (languages.toml areas), and the word before them
_ARTICLE_CAPITAL = re.compile(
    r"(?i)(?:([^\W\d_]+)\s+)?(?:la|el|the|die|le|il|a|o|de|l')\s*(capital|capitale|hauptstadt"
    r"|hoofdstad)(?!\w)"
)
_CAPITAL_WORD = re.compile(r"(?i)capital|hauptstadt|hoofdstad")
# "the mayor of the capital", "desde la capital, el gobierno informó": the capital of a
# speaker or of a journey, not the figure's
_FROM_TO = frozenset(
    "of von van from desde depuis aus dalla dal da hacia towards vers nach verso para pour für"
    " per to".split()
)


def capital_subject(clause: str, after: int, lv: LangVocab | str) -> bool:
    """Whether the figure's clause names the capital as its subject after the last place it
    names with a preposition (at `after`): "... subió a 140, y es la capital la que
    más muertos suma, con 61", "the capital recorded 85". Not the capital "of" or "in"
    something: a speaker's ("the mayor of the capital"), or a place _place_at reads."""
    if not _CAPITAL_WORD.search(clause, max(0, after)):
        return False  # most clauses: no such word, one scan before the pattern
    lv = lang_vocab(lv) if isinstance(lv, str) else lv
    for m in _ARTICLE_CAPITAL.finditer(clause, max(0, after)):
        word = (m.group(1) or "").lower()
        if lv.areas.get(m.group(2).lower()) == "capital" and not (
            word in lv.places or word in _CONNECTORS or word in _FROM_TO
        ):
            rest = clause[m.end() :]
            last = None
            for last in _BREAK.finditer(rest):  # noqa: B007 - the loop keeps the last
                pass
            if last is None or _WITH_FIGURE.fullmatch(rest, last.end()):
                return True
    return False


# a break between the capital and the figure: another clause, with a subject of its own
# ("Aunque la capital se salvó, el balance subió a 300", "the capital was spared, but the
# toll rose to 300"), save one that only adds the figure to the capital's ("siendo la
# capital la que registra más, con 192")
_BREAK = re.compile(
    r"(?i)[,;:]|\s(?:y|e|and|et|und|ed|but|pero|mais|doch|aber|mas|ma|while|mientras|tandis"
    r"|während|mentre|enquanto|whereas)\s"
)
_WITH_FIGURE = re.compile(r"(?i)\s*(?:con|com|with|avec|mit)\s+(?:[^\W\d_]+\s+){0,3}")
