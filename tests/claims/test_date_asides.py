"""A date inside a bracketed aside that holds a figure of its own dates only the figures
inside it (claims/asides.py). Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document

PAGE = date(2030, 10, 19)  # a Saturday

CASES = [
    pytest.param(
        "fr",
        "La marche a réuni 31 000 personnes à Vallon (contre 36 000 le 12 octobre), dont "
        "8 000 dans le centre.",
        {"31 000": "2030-10-19", "36 000": "2030-10-12", "8 000": "2030-10-19"},
        id="fr-contre-36-000-le-12-octobre",
    ),
    pytest.param(
        "en",
        "Some 31,000 people marched in Norbury (against 36,000 on October 12), including "
        "8,000 in the old town.",
        {"31,000": "2030-10-19", "36,000": "2030-10-12", "8,000": "2030-10-19"},
        id="en-against-36-000-on-october-12",
    ),
    pytest.param(
        "pt",
        "De acordo com a prefeitura, 30 mortos da enchente já foram enterrados em Serrinha "
        "(uma pessoa na quarta, 14 na quinta e 15 hoje).",
        {"30 mortos": "2030-10-19"},
        id="pt-breakdown-by-day-in-brackets",
    ),
    pytest.param(
        "es",
        "Un total de 34 muertos fueron enterrados en Tormenar (17 el jueves y 17 hoy).",
        {"34 muertos": "2030-10-19"},
        id="es-breakdown-by-day-in-brackets",
    ),
    pytest.param(
        "en",
        "Norbury police said on Thursday (17) that 40 people had died.",
        {"40": "2030-10-17"},
        id="neg-a-bracketed-day-number-is-no-aside",
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), CASES)
def test_a_date_in_an_aside_dates_only_the_aside(lang, text, want):
    doc = Document(id="d1", path="a.md", text=text, keep=[(0, len(text))], date=PAGE, lang=lang)
    got = {c.text: c.as_of for c in extract_claims(doc)}
    for figure, as_of in want.items():
        held = [a for t, a in got.items() if figure in t]
        assert held == [as_of], got
