"""A sum's step is its own quantity (claims/increments.py): "the costs rise by 1.7 billion
to 9 billion" gives an increase and a cost, never a cost series that falls from 9 to 1.7.
Every sentence here is invented (invented places too)."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.claims.money import join_sums
from kfactcheck.model import Document


def kinds(text: str, lang: str) -> list[tuple[float, str]]:
    doc = Document(id="d1", path="d1.md", text=text, keep=[(0, len(text))], lang=lang)
    doc.date = date(2024, 3, 5)
    return [(c.value, c.terms[0]) for c in extract_claims(doc, lang) if c.unit == "currency"]


INC, COST = "money:increase", "money:amount"

CASES = [
    pytest.param(
        "de",
        "In Kessby wachsen die Kosten um 2,6 Milliarden Euro auf insgesamt 11 Milliarden.",
        [(2.6e9, INC), (11e9, COST)],
        id="de-um-auf",
    ),
    pytest.param(
        "de",
        "Laut neuer Rechnung kostet der Tunnel in Kessby bis zu drei Milliarden Euro mehr.",
        [(3e9, INC)],
        id="de-mehr-after",
    ),
    pytest.param(
        "de", "Das Projekt braucht weitere 500 Millionen Euro.", [(5e8, INC)], id="de-weitere"
    ),
    pytest.param("de", "Der Bau kostet 6,5 Milliarden Euro.", [(6.5e9, COST)], id="de-level"),
    pytest.param(
        "de",
        "Das Projekt kostet mehr als 5 Milliarden Euro.",
        [(5e9, COST)],
        id="de-mehr-als-is-a-level",
    ),
    pytest.param(
        "de",
        "Das Projekt kostet um die 5 Milliarden Euro.",
        [(5e9, COST)],
        id="de-um-die-is-a-hedge",
    ),
    pytest.param(
        "en",
        "The cost of the Norvale tunnel rose by $1.7 billion to $9 billion.",
        [(1.7e9, INC), (9e9, COST)],
        id="en-by-to",
    ),
    pytest.param(
        "en",
        "The bridge will cost an additional $300 million.",
        [(3e8, INC)],
        id="en-additional",
    ),
    pytest.param("en", "The Norvale bridge costs $2 billion.", [(2e9, COST)], id="en-level"),
    pytest.param(
        "es",
        "El coste del túnel aumentó en 1.700 millones de euros hasta 9.000 millones.",
        [(1.7e9, INC), (9e9, COST)],
        id="es-aumento-en",
    ),
    pytest.param(
        "es",
        "La obra de Villamar costará 2.000 millones más de lo previsto.",
        [(2e9, INC)],
        id="es-mas-after",
    ),
    pytest.param(
        "it",
        "Il costo del tunnel è salito di 1,7 miliardi di euro a 9 miliardi.",
        [(1.7e9, INC), (9e9, COST)],
        id="it-salito-di",
    ),
    pytest.param(
        "it", "Il ponte ha un costo di 5 miliardi.", [(5e9, COST)], id="it-costo-di-is-a-level"
    ),
    pytest.param(
        "fr",
        "Le chantier de Kessby coûtera 2 milliards d'euros de plus.",
        [(2e9, INC)],
        id="fr-de-plus",
    ),
    pytest.param(
        "pt",
        "O custo da ponte subiu em 300 milhões de euros para 2 mil milhões.",
        [(3e8, INC), (2e9, COST)],
        id="pt-subiu-em",
    ),
    pytest.param(
        "pt", "A obra vai custar mais 300 milhões de reais.", [(3e8, INC)], id="pt-mais-before"
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_a_step_is_its_own_quantity(lang, text, expected):
    assert kinds(text, lang) == expected


def test_a_bare_sum_still_joins_the_cost_beside_an_increase():
    # "Das sind 9 Milliarden": a sum nothing names is the story's one flow of nobody's,
    # and the increases beside it are no second kind that blocks this
    assert join_sums({"sum": 1, "amount": 4, "increase": 2}) == {"sum": "amount"}


# A small bare figure right after a capitalised word in a sentence about money is a
# name's number ("Nordkreuz 21"), no sum: no claim at all
NAMES = [
    pytest.param(
        "de",
        "Das Land zahlt 4 Milliarden Euro für das Bauvorhaben Nordkreuz 21 und seinen Tunnel.",
        [4e9],
        id="de-name-after-sum",
    ),
    pytest.param(
        "de",
        "Die Bahn lässt die Kosten für das Großprojekt Nordkreuz 21 von Gutachtern prüfen.",
        [],
        id="de-name-in-cost-sentence",
    ),
    pytest.param(
        "es",
        "El Gobierno aportará 300 millones de euros al proyecto Lorvia 21, según el ministerio.",
        [3e8],
        id="es-name-after-sum",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NAMES)
def test_a_name_with_a_number_is_no_sum(lang, text, expected):
    assert [v for v, _ in kinds(text, lang)] == expected
