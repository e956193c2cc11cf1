"""Hedge verbs read as qualifiers, with the interval semantics of the words they mean:
"exceed" / "dépasser" / "superar" / "übersteigen" / "superare" are "more than", "rondar" is
"about" (negated too: "no rondaban los 70" reports the figure said, still not an exact
one), "beirar" / "sfiorare" are "close to"; a floor of two words may stand with its comma
("Pelo menos, 54"). Every sentence is invented."""

from __future__ import annotations

import pytest

from kfactcheck.grammar.numbers import find_quantities

# (lang, text, figure value, qualifier, low, high)
CASES = [
    ("en", "The toll will exceed 50 by tonight.", 50, "more_than", 50, None),
    ("en", "In Kessby the toll could go higher than 140.", 140, "more_than", 140, None),
    ("en", "Losses are surpassing 300 homes.", 300, "more_than", 300, None),
    ("en", "At least, 54 homes were lost.", 54, "at_least", 54, None),
    ("fr", "Le bilan dépassera les 60 morts.", 60, "more_than", 60, None),
    ("fr", "Au moins, 12 maisons ont brûlé.", 12, "at_least", 12, None),
    ("de", "Die Zahl übertraf 300 deutlich.", 300, "more_than", 300, None),
    ("es", "El número de muertos superará los 100.", 100, "more_than", 100, None),
    ("es", "Los desaparecidos no rondaban los 70.", 70, "approx", 66.5, 73.5),
    ("es", "Los heridos rondan los 200.", 200, "approx", 190, 210),
    ("es", "Al menos, 15 casas se derrumbaron.", 15, "at_least", 15, None),
    ("pt", "Pelo menos, 38 casas ficaram destruídas em Lorvia.", 38, "at_least", 38, None),
    ("pt", "O total ultrapassará 300 desabrigados.", 300, "more_than", 300, None),
    ("pt", "O número de feridos beira os 100.", 100, "close_to", 90, 100),
    ("it", "Il bilancio supererà i 60 morti.", 60, "more_than", 60, None),
    ("it", "Il bilancio sfiora i 100 morti.", 100, "close_to", 90, 100),
    ("nl", "Het aantal doden overstijgt 40.", 40, "more_than", 40, None),
    # one word and a comma is no qualifier ("over, 50": the game is over)
    ("en", "It was over, 50 people left the hall.", 50, "exact", 50, 50),
    # "exceeded the 85 killed": the article keeps the figure its own count
    ("en", "The toll exceeded the 85 people killed in 1990.", 85, "exact", 85, 85),
]


@pytest.mark.parametrize(
    ("lang", "text", "value", "qualifier", "low", "high"),
    CASES,
    ids=[f"{c[0]}-{c[2]}-{c[3]}-{i}" for i, c in enumerate(CASES)],
)
def test_hedge_qualifier(lang, text, value, qualifier, low, high):
    found = [q for q in find_quantities(text, lang=lang) if q.value == value]
    assert found, [q.text for q in find_quantities(text, lang=lang)]
    q = found[0]
    assert (q.qualifier, q.low, q.high) == (qualifier, low, high), q
