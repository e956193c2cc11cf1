"""A sentence whose subject is "the town" or "the city" counts in the town the text named
just before with its kind ("the village of Marlow ... The town reported 13 deaths"), in
every language read; a larger area ("the state") is left to the story's scope. Every
sentence here is invented (invented places too)."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document


def _place(lang: str, text: str, figure: str) -> str | None:
    doc = Document(
        id="d1", path="x.txt", text=text, keep=[(0, len(text))], date=date(2024, 5, 3), lang=lang
    )
    hits = [c for c in extract_claims(doc, lang=lang) if figure in c.text]
    assert hits, figure
    return next((s for s in hits[0].scope if s.startswith("in ")), None)


CASES = [
    pytest.param(
        "en",
        "Most of the village of Marlow Springs was flattened. The town reported 13 deaths.",
        "13",
        "in marlow springs",
        id="en-town-after-village-of",
    ),
    pytest.param(
        "es",
        "La riada arrasó la localidad de San Telmo. La ciudad registró 13 muertos.",
        "13",
        "in san telmo",
        id="es-ciudad-after-localidad-de",
    ),
    pytest.param(
        "fr",
        "L'orage a frappé la commune de Brélès. La ville compte 13 morts.",
        "13",
        "in brélès",
        id="fr-ville-after-commune-de",
    ),
    pytest.param(
        "pt",
        "A chuva atingiu a cidade de Vale Escuro. A cidade contabiliza 13 mortos.",
        "13",
        "in vale escuro",
        id="pt-cidade-after-cidade-de",
    ),
    pytest.param(
        "en",
        "The storm hit the town of Marlow. The state reported 70 deaths.",
        "70",
        None,
        id="en-state-is-no-town",
    ),
    pytest.param(
        "en",
        "The town reported 13 deaths.",
        "13",
        None,
        id="en-no-town-named-before",
    ),
]


@pytest.mark.parametrize(("lang", "text", "figure", "place"), CASES)
def test_town_meant(lang: str, text: str, figure: str, place: str | None) -> None:
    assert _place(lang, text, figure) == place


def test_a_town_named_in_its_own_sentence_is_not_the_one_before() -> None:
    text = "The storm hit the town of Marlow. The town of Kessby reported 13 deaths."
    assert _place("en", text, "13") != "in marlow"


# a prefecture counts in its own area
PREFECTURES = [
    pytest.param(
        "fr",
        "Selon la préfecture du Varnois, 3 000 manifestants ont défilé.",
        "3 000",
        "in varnois",
        id="fr-prefecture-du",
    ),
    pytest.param(
        "fr",
        "Si la préfecture de la Lorvie ne donne pas de chiffre, la foule semble compter"
        " autour de 2000 personnes.",
        "2000",
        "in lorvie",
        id="fr-prefecture-in-a-clause-before",
    ),
    pytest.param(
        "fr",
        "Selon la préfecture de police, 8 000 manifestants ont défilé.",
        "8 000",
        None,
        id="fr-prefecture-de-police-names-no-area",
    ),
    pytest.param(
        "fr",
        "Selon la préfecture du Varnois, 3 000 manifestants ont défilé à Brélès.",
        "3 000",
        "in brélès",
        id="fr-the-figure-s-own-place-wins",
    ),
]


@pytest.mark.parametrize(("lang", "text", "figure", "place"), PREFECTURES)
def test_prefecture_place(lang: str, text: str, figure: str, place: str | None) -> None:
    assert _place(lang, text, figure) == place
