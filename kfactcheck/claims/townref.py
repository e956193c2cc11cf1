"""Places a sentence names by who counts there. A sentence whose subject is "the town" or
"the city" ("The city reported 13 deaths", "La ciudad registró 13 muertos", "Die Stadt
meldete 13 Tote") counts in the town the text named just before with its kind ("the
small town of Marlow Springs" -> that town), in
every language read: the town nouns are units.toml [settlements]; larger areas (a
country, a state, a region) are left to the story's own scope. A prefecture's figure
("À en croire la préfecture du Varnois, le cortège compterait environ 2 400
marcheurs") is its department's: a prefect counts only there.
"""

from __future__ import annotations

import re
from functools import cache

from kfactcheck.claims.places import _key
from kfactcheck.grammar.vocab import lang_vocab, vocab

# areas larger than a town: "the state reported 70 deaths" is the story's count, however
# it was named before
_LARGER = frozenset(
    "country nation state region province island county district pays région île province"
    " land region provinz insel kreis bezirk país región provincia isla comunidad região"
    " província ilha regione provincia isola regio provincie eiland zemlja regija pokrajina"
    " otok ostrvo".split()
)


@cache
def _patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    table = vocab().raw["settlements"].get(code)
    if not table:
        return None
    nouns = sorted((n for n in table["nouns"] if n not in _LARGER), key=len, reverse=True)
    if not nouns:
        return None
    words = "|".join(map(re.escape, nouns))
    arts = "|".join(map(re.escape, sorted(lang_vocab(code).articles | {"the"}, key=len)))
    joins = "of|de|do|da|di|du|von|van|od|d['’]"
    # the town as the sentence's subject, then its verb (not "the town of X")
    subject = re.compile(rf"(?i)^\W*(?:{arts})\s+(?:{words})\s+(?!(?:{joins})\b)[^\W\d_]")
    named = re.compile(
        rf"(?i:\b(?:{words})\s+(?:{joins})\s*)([A-ZÀ-ÝŠŽČĆĐ][\w’'-]*(?:\s+[A-ZÀ-ÝŠŽČĆĐ][\w’'-]*)"
        r"{0,2})"
    )
    return subject, named


def town_meant(before: str, earlier: str, code: str) -> tuple[str, ...]:
    """The place of a figure whose sentence opens on "the town" (`before`: the sentence up
    to the figure; `earlier`: the text before it): the last town the text named with its
    kind ("the town of X") within `earlier`, else ()."""
    found = _patterns(code)
    if found is None or not found[0].match(before):
        return ()
    last = None
    for last in found[1].finditer(earlier):  # noqa: B007 - the loop keeps the last
        pass
    if last is None:
        return ()
    key = " ".join(k for t in last.group(1).split() if (k := _key(t)))
    return (f"in {key}",) if key else ()


# the prefect's office of a named area: its figures are that area's ("la préfecture du
# Varnois", "la prefectura de Lorvia", "la prefettura di Borgo"; "la préfecture de police"
# names none; the Portuguese "prefeitura" is a town hall, often the story's own)
_PREFECTURE = re.compile(
    r"(?i:pr[ée]fe(?:c|k)tur[ea]|präfektur)\s+(?:du|de\s+la|de\s+l['’]|des|de|di|della|del"
    r"|dell['’]|von|der)\s*([A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*){0,2})"
)


def prefecture_place(before: str) -> tuple[str, ...]:
    """The area whose prefecture the figure's sentence names before it, else ()."""
    if "ectur" not in before and "ettur" not in before and "ektur" not in before:
        return ()  # most sentences: no prefecture, found without the pattern
    m = _PREFECTURE.search(before)
    if m is None:
        return ()
    key = " ".join(k for t in m.group(1).split() if (k := _key(t)))
    return (f"in {key}",) if key else ()
