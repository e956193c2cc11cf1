"""Figures that state no claim, in every language read, each with a negative neighbour:
a temperature ("up to 2,000 degrees" is a reading of heat, not a count) and a street or
district named by a date ("colonia 20 de Noviembre" is no date of anything). Every
sentence and place here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document


def _claims(lang: str, text: str) -> list[tuple[str, str]]:
    doc = Document(
        id="d", path="d.txt", text=text, keep=[(0, len(text))], lang=lang, date=date(2026, 3, 4)
    )
    return [(c.text, c.unit) for c in extract_claims(doc, lang=lang)]


# (language, sentence, texts of claims that must NOT be there, texts that must)
CASES = [
    pytest.param(
        "en", "Flames reached up to 2,000 degrees in Norvale.", ["2,000"], [], id="en-deg"
    ),
    pytest.param(
        "en", "The kiln burned at 900 degrees Fahrenheit; 4 died.", ["900"], ["4"], id="en-deg-f"
    ),
    pytest.param(
        "es",
        "Las llamas alcanzaron 1.200 grados y dejaron 7 muertos.",
        ["1.200"],
        ["7 muertos"],
        id="es-grados",
    ),
    pytest.param("fr", "Le feu a atteint 1 000 degrés à Lorvy.", ["1 000"], [], id="fr-degres"),
    pytest.param("de", "Das Feuer erreichte bis zu 900 Grad.", ["900"], [], id="de-grad"),
    pytest.param("it", "Le fiamme hanno raggiunto 800 gradi.", ["800"], [], id="it-gradi"),
    pytest.param("pt", "As chamas chegaram a 700 graus.", ["700"], [], id="pt-graus"),
    # negative neighbour: a count next to it stays
    pytest.param(
        "en",
        "Up to 2,000 residents were evacuated from Norvale.",
        [],
        ["Up to 2,000 residents"],
        id="en-count-not-temperature",
    ),
    # streets and districts named by a date
    pytest.param(
        "es",
        "En la colonia 20 de Noviembre los rescatistas hallaron 3 cuerpos.",
        ["20 de Noviembre"],
        ["3 cuerpos"],
        id="es-colonia",
    ),
    pytest.param(
        "es", "Vive en la Avenida 5 de Mayo de Norvale.", ["5 de Mayo"], [], id="es-avenida"
    ),
    pytest.param(
        "fr",
        "Rue du 4 Septembre, 3 blessés ont été secourus.",
        ["4 Septembre"],
        ["3 blessés"],
        id="fr-rue-du",
    ),
    pytest.param(
        "it", "Il corteo è partito da piazza 20 Settembre.", ["20 Settembre"], [], id="it-piazza"
    ),
    pytest.param("pt", "O prédio fica na Rua 25 de Abril.", ["25 de Abril"], [], id="pt-rua"),
    # negative neighbour: a real date in the same sentence is still read
    pytest.param(
        "es",
        "En la calle 5 de Mayo hubo 4 heridos el 2 de noviembre.",
        ["5 de Mayo"],
        ["4 heridos"],
        id="es-street-and-real-date",
    ),
    pytest.param(
        "fr",
        "Le 4 septembre, le bilan était de 12 morts.",
        [],
        ["12 morts"],
        id="fr-real-date",
    ),
]


@pytest.mark.parametrize("lang, text, absent, present", CASES)
def test_not_claims(lang: str, text: str, absent: list[str], present: list[str]) -> None:
    got = _claims(lang, text)
    texts = " | ".join(t for t, _ in got)
    for bad in absent:
        assert bad not in texts, got
    for good in present:
        assert any(good in t for t, _ in got), got


def test_street_date_is_not_when_figures_held() -> None:
    doc_text = "En la calle 5 de Mayo hubo 4 heridos el 2 de noviembre."
    doc = Document(
        id="d",
        path="d.txt",
        text=doc_text,
        keep=[(0, len(doc_text))],
        lang="es",
        date=date(2026, 3, 4),
    )
    [injured] = [c for c in extract_claims(doc, lang="es") if c.unit == "people"]
    assert injured.as_of == "2025-11-02"
