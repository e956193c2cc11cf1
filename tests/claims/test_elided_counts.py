"""Counts whose noun is left out (claims/elided.py): a rise whose noun follows a later
figure, "the other N" after a count just split, Italian "in N hanno ...". Every sentence,
place and figure here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document


def _claims(lang: str, text: str) -> list[tuple[str, float, str]]:
    doc = Document(
        id="d", path="d.txt", text=text, keep=[(0, len(text))], lang=lang, date=date(2026, 3, 4)
    )
    return [(c.text, c.value, c.terms[0]) for c in extract_claims(doc, lang=lang)]


# (language, sentence, (text, value, family) of every claim in order)
CASES = [
    pytest.param(
        "it",
        "Sale a 23, e domani potrebbero diventare oltre 60 i morti nella frana di Lorvia.",
        [("23", 23, "deaths"), ("oltre 60 i morti", 60, "deaths:projected")],
        id="it-sale-a-then-noun-later",
    ),
    pytest.param(
        "es",
        "Sube a 17, aunque podrían ser 30 los fallecidos en Lorvia.",
        [("17", 17, "deaths"), ("30 los fallecidos", 30, "deaths:projected")],
        id="es-sube-a-then-noun-later",
    ),
    pytest.param(
        "it",
        "Sale a 23 a Lorvia.",
        [],
        id="it-sale-a-nothing-named",
    ),
    pytest.param(
        "it",
        "I feriti sono 48: 11 sono in ospedale. Gli altri 37 sono nel centro di Lorvia.",
        [("48", 48, "injured"), ("11", 11, "injured:in hospital"), ("37", 37, "injured:other")],
        id="it-gli-altri",
    ),
    pytest.param(
        "es",
        "Hay 30 heridos en Lorvia. Los otros 12 están en sus casas.",
        [("30 heridos", 30, "injured"), ("12", 12, "injured:other")],
        id="es-los-otros",
    ),
    pytest.param(
        "it",
        "In 2.400 hanno trovato accoglienza nelle palestre di Lorvia.",
        [("2.400", 2400, "homeless")],
        id="it-in-n-hanno",
    ),
    pytest.param("it", "In 2019 hanno votato a Lorvia.", [], id="it-in-year-no-count"),
    pytest.param(
        "fr",
        "La préfecture a compté 9 000 manifestants et plus de 140 rassemblements à Lorvy.",
        [
            ("9 000 manifestants", 9000, "crowd"),
            ("plus de 140 rassemblements", 140, "rassembl"),
        ],
        id="fr-gatherings-are-no-crowd",
    ),
    pytest.param(
        "de",
        "In Lorstadt waren 8.000 Demonstrierende auf der Straße.",
        [("8.000", 8000, "crowd")],
        id="de-demonstrierende-are-a-crowd",
    ),
    pytest.param(
        "it",
        "Sarebbe di 12 morti e 31 sopravvissuti il bilancio a Lorvia.",
        [("12 morti", 12, "deaths"), ("31 sopravvissuti", 31, "rescued")],
        id="it-morti-e-sopravvissuti",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_elided_counts(lang, text, expected):
    assert _claims(lang, text) == expected
