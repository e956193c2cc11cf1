"""A figure of one decimal right next to a word for an earthquake is the quake's magnitude,
a reading, not a count of quakes nor of what the verb after it names (claims/measures.py
quake_reading). Every sentence here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document


def readings(text: str, lang: str) -> list[tuple[float, str, str]]:
    doc = Document(id="d1", path="d1.md", text=text, keep=[(0, len(text))], lang=lang)
    doc.date = date(2024, 3, 5)
    return [(c.value, c.unit, c.terms[0].partition(":")[0]) for c in extract_claims(doc, lang)]


MAG = "magnitude"
CASES = [
    pytest.param(
        "en", "The 7.8 quake struck near Kessby.", [(7.8, MAG, "measure")], id="en-n-quake"
    ),
    pytest.param(
        "en",
        "A 6.4 magnitude tremor hit Lorvia.",
        [(6.4, MAG, "measure")],
        id="en-n-magnitude-tremor",
    ),
    pytest.param(
        "es", "Un sismo de 7,4 sacudió Lorvia.", [(7.4, MAG, "measure")], id="es-sismo-de"
    ),
    pytest.param(
        "de",
        "Ein 7,8-Beben traf Lorvia.",
        [(7.8, MAG, "measure")],
        id="de-glued-beben",
        marks=pytest.mark.xfail(strict=True, reason="a figure glued to a German noun is no claim"),
    ),
    pytest.param(
        "de", "Das Beben mit 5,9 traf die Region.", [(5.9, MAG, "measure")], id="de-beben-mit"
    ),
    pytest.param(
        "it", "Una scossa di 5,2 ha colpito Lorvia.", [(5.2, MAG, "measure")], id="it-scossa-di"
    ),
    pytest.param(
        "en",
        "The quake of Monday killed 12 people in Kessby.",
        [(12, "people", "deaths")],
        id="en-a-count-stays-a-count",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_a_quake_figure_is_its_magnitude(lang, text, expected):
    assert readings(text, lang) == expected
