"""Places a figure's clause names in the shapes of lists and totals, read for
claims/places.py: a total word right after the figure ("sur 410 au total"), several places
listed together as one scope ("in Lorvia, Kessby and Arden"), a search's site that is not
the scope of those sought ("para localizar seis pessoas"), and where a part of a count was
("7 de los fallecidos en X estaban en la comarca de Y").
"""

from __future__ import annotations

import re

from kfactcheck.claims.places import (
    _FULL_NAME,
    _PLACE_END,
    _PREP,
    _key,
    _place_after,
    _total_word_in,
    _total_words,
)
from kfactcheck.grammar.vocab import LangVocab


def total_after(after: str, at: int) -> bool:
    """Whether a total word follows the figure's counted words ("sur 410 au total", "40 in
    all", "12 Tote insgesamt"): the figure counts every place together."""
    head = after[at : at + 40]
    if _total_word_in().search(head.lower()) is None:
        return False
    return _total_words().match(head.lstrip()) is not None


# a search's purpose before the figure: the place named before it is where the searchers
# are, not where those sought were counted
_SEARCH_FOR = re.compile(
    r"(?i)(?<!\w)(?:para|pour|afin\s+de|to|per|om)\s+(?:tentar\s+|try\s+to\s+)?"
    r"(?:localizar|encontrar|buscar|procurar|find|locate|search\s+for|look\s+for|retrouver"
    r"|rechercher|localiser|trouver|trovare|cercare|rintracciare|localizzare|vinden|zoeken"
    r"|opsporen)(?!\w)"
)


def searched_for(back: str) -> int | None:
    """Where the last search purpose ("para localizar", "to find") in a clause ends."""
    found = None
    for found in _SEARCH_FOR.finditer(back):  # noqa: B007 - the loop keeps the last
        pass
    return found.end() if found is not None else None


# some of a count ("12 de los muertos en X"), then where they were ("estaban en Y")
_PART_OF_COUNT = re.compile(
    r"(?i)\s*(?:of\s+the|de\s+l[oa]s|dei|degli|delle|des|dos|das|der|van\s+de)\s+[^\W\d_]+"
)
_WERE_IN = re.compile(
    r"(?i)\s(?:were|was|estaban|estaba|estavam|estava|étaient|était|waren|war|erano|era"
    r"|waren)(?=\s+(?:in|en|em|no|na|dans|im|nel|nella|au|à)\s)"
)


def part_was_in(text: str, lv: LangVocab) -> str | None:
    """The place a part of a count was in, when its clause says so after the count's own
    place ("Unos 7 de los fallecidos en Lorvia estaban en la comarca de Kessby"): the
    part's place, not the whole's."""
    if _PART_OF_COUNT.match(text) is None:
        return None
    seg = _PLACE_END.search(text)
    were = _WERE_IN.search(text, 0, seg.start() if seg else len(text))
    return _place_after(text[were.end() :], lv) if were else None


# between the names of a list of places: a comma, or "and" (with its own preposition)
_LIST_SEP = re.compile(
    r"\s*,\s*|\s*,?\s+(?:und|and|y|e|et|ed|i|en)\s+(?:(?:in|im|en|em|a|ad|dans|na|no|nel"
    r"|nella|au|aux|à)\s+)?"
)
_AND_SEP = re.compile(r"\s*,?\s+(?:und|and|y|e|et|ed|i|en)\s")


def joined_places(text: str, lv: LangVocab) -> tuple[str, ...]:
    """The one scope of a figure counted in several places together, the first such list
    `text` names after a place preposition ("in Lorvia, Kessby, Arden and
    Belmar" -> "in arden+belmar+kessby+lorvia", whatever their order): not
    the whole story's count, nor any one of them. () when no list ends in "and" (a
    name with its country, "en Lorvia, España,", names one place)."""
    for m in _PREP.finditer(text):
        if m.group(1).lower() not in lv.places:
            continue
        at, keys, last_sep, sep = m.end(), [], None, None
        while (name := _FULL_NAME.match(text, at)) is not None:
            keys.append(" ".join(k for t in name.group().split() if (k := _key(t))))
            last_sep = sep  # the separator before this name
            sep = _LIST_SEP.match(text, name.end())
            if sep is None:
                break
            at = sep.end()
        keys = sorted({k for k in keys if k})
        if len(keys) < 2 or last_sep is None or not _AND_SEP.match(last_sep.group()):
            return ()
        return (f"in {'+'.join(keys)}",)
    return ()
