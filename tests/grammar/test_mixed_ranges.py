"""A range written with "between" and the word for "to" ("between 2,400 to 2,600", "entre
1 000 à 1 100", "zwischen 1000 bis 1100") is one range, in every language read; the old
level of "from A to B" counts the noun right after B, never one a later figure of the
sentence has ("from 1,100 to 1,000, two weeks after"). Every sentence is invented."""

from __future__ import annotations

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.grammar.numbers import find_quantities
from kfactcheck.model import Document

RANGES = [
    pytest.param("en", "Their count sits between 2,400 to 2,600 today.", (2400, 2600), id="en-to"),
    pytest.param("en", "Between 40 and 60 homes burned.", (40, 60), id="en-and"),
    pytest.param("fr", "On compte entre 1 000 à 1 100 disparus.", (1000, 1100), id="fr-a"),
    pytest.param("fr", "On compte entre 40 et 60 disparus.", (40, 60), id="fr-et"),
    pytest.param(
        "de", "Es werden zwischen 1000 bis 1100 Menschen vermisst.", (1000, 1100), id="de-bis"
    ),
    pytest.param("es", "Hay entre 1.000 a 1.100 desaparecidos.", (1000, 1100), id="es-a"),
    pytest.param("pt", "Há entre 1.000 a 1.100 desaparecidos.", (1000, 1100), id="pt-a"),
    pytest.param("it", "I dispersi sono tra 1.000 a 1.100.", (1000, 1100), id="it-a"),
]


@pytest.mark.parametrize("lang, text, bounds", RANGES)
def test_between_to_is_one_range(lang: str, text: str, bounds: tuple[int, int]) -> None:
    found = find_quantities(text, lang=lang, decimal_comma=lang != "en")
    ranges = [q for q in found if q.qualifier == "range"]
    assert [(q.low, q.high) for q in ranges] == [bounds], found


# negative neighbour: "to" after a figure with no "between" is still two figures of a change
def test_from_to_descending_stays_two_figures() -> None:
    found = find_quantities("The count fell from 1,100 to 1,000 overnight.")
    assert [q.value for q in found] == [1100, 1000]


def _claims(lang: str, text: str) -> list[tuple[str, str, str]]:
    doc = Document(id="d", path="d.txt", text=text, keep=[(0, len(text))], lang=lang)
    return [(c.text, c.unit, c.terms[0]) for c in extract_claims(doc, lang=lang)]


@pytest.mark.parametrize(
    "lang, text, figure, unit",
    [
        pytest.param(
            "en",
            "The number of missing fell from 1,100 to 1,000, two weeks after the storm.",
            "1,100",
            "people",
            id="en-comma-then-other-figure",
        ),
        pytest.param(
            "en",
            "The number of missing fell from 1,100 to 1,000 two weeks after the storm.",
            "1,100",
            "people",
            id="en-other-figure-right-after",
        ),
        # negative neighbour: the noun right after the second figure is the old level's
        pytest.param(
            "en", "Police cut from 9,000 to 6,500 officers.", "9,000", "people", id="en-noun"
        ),
        pytest.param(
            "fr",
            "Les effectifs passent de 9 000 à 6 500 policiers.",
            "9 000",
            "people",
            id="fr-noun",
        ),
    ],
)
def test_old_level_takes_no_far_noun(lang: str, text: str, figure: str, unit: str) -> None:
    got = {t: u for t, u, _ in _claims(lang, text)}
    assert got[figure] == unit, got
