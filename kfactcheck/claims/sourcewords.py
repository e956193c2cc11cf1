"""Words around a figure that say who gave it or whom it counts, not a noun it counts: a
passive's agent after it ("7.000 facilitados por los bomberos": the source, the figure counts
what its clause or story counts) and a noun of people right before it, set off by a comma
("miles de vecinos, unos 90.000 según los convocantes": those people). counted_lang asks.
"""

from __future__ import annotations

import re

from kfactcheck.claims.nounroles import participle
from kfactcheck.grammar.vocab import PEOPLE, lang_vocab, noun_concept, vocab

# a plural noun of people, a comma, the figure: "Miles de vecinos, más de 90.000 según la
# Delegación" (the noun before the comma is what the apposed figure counts)
_APPOSED = re.compile(r"([^\W\d_]+)\s*,\s*$")
_OF_PLACE = re.compile(r"\s+(?:de|del|du|d'|aus|von|di|da|en|in|of)\s*[A-Z][^\W\d_]+$")
_SOURCE_OF = re.compile(
    r"(?i)\b(?:según|segun|selon|laut|secondo|segundo|according\s+to|d'après|nach\s+angaben)"
    r"\b[^,;.]*$"
)
# a vague count's words and "of" right before that noun: "miles de madrileños", "des
# milliers de Lyonnais", "Tausende Berliner", whatever the noun (a demonym we cannot list)
_VAGUE_OF = re.compile(
    r"(?i)\b(?:miles|cientos|decenas|centenares|millares|milliers|centaines|dizaines|milhares"
    r"|centenas|dezenas|migliaia|centinaia|decine|tausende|hunderte|zehntausende)"
    r"\s+(?:de\s+|d'|di\s+)?(?:miles\s+de\s+|milliers\s+de\s+)?[^\W\d_]+\s*$"
)


def apposed_people(before: str, code: str) -> str | None:
    """The family of the people a figure in apposition counts ("Tausende Anwohner, laut
    Polizei 9.000": no, a word between; "Miles de vecinos, 90.000 según ..."): "people" for
    a generic or group noun of people, None when the word before the comma is none."""
    tail = before[-80:]
    m = _APPOSED.search(tail)
    if m is None:
        return None
    head = tail[: m.end(1)]
    if placed := _OF_PLACE.search(head):
        head = head[: placed.start()]  # "miles de vecinos de Varn,": the vecinos
        m = _APPOSED.search(head + ",")
        if m is None:
            return None
    word = m.group(1)
    if _SOURCE_OF.search(head):
        return None  # "Según la policía, 24 en total": who says it, not who is counted
    if _VAGUE_OF.search(head):
        return "people"  # "miles de arlanzinos, unos 7.000": that many people
    concept = noun_concept(word, code)
    if concept == PEOPLE:
        return "people"
    kind = vocab().families.get(concept or "")
    return concept if kind is not None and kind.unit == "people" else None


# the preposition of a passive's agent ("dados por la Policía", "fournis par la préfecture")
_AGENT = frozenset({"por", "par", "pelo", "pela", "da", "dal", "dalla", "von", "vom", "door"})
# participles the regular endings miss, before an agent only ("propuesta por", "proposta da")
_IRREGULAR = ("uesta", "uesto", "uestas", "uestos", "osta", "osto", "ostas", "ostos")


def by_source(low: str, following: list[re.Match], code: str) -> bool:
    """Whether the word after a figure is a participle whose agent follows ("90.000
    aportados por la Policía", "la de 90.000 propuesta por Delegación"): the source of the
    figure, which counts what its clause or story counts."""
    if len(following) < 2 or following[0].group().lower() not in _AGENT:
        return False
    source = following[1].group()
    if not (source[:1].isupper() or source.lower() in lang_vocab(code).articles):
        return False
    return participle(low, code) or (low.endswith(_IRREGULAR) and noun_concept(low, code) is None)
