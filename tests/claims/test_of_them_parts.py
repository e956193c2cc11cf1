"""A figure followed by "of whom/of them" words ("6 delle quali bambini", "6 de las cuales
niños") is a part of the count before it, also when its own clause names no noun the count
was read from (the count's verb, "mancano all'appello", is before the first figure).
Every sentence here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document


def families(text: str, lang: str) -> list[tuple[float, str]]:
    doc = Document(id="d1", path="d1.md", text=text, keep=[(0, len(text))], lang=lang)
    doc.date = date(2024, 3, 5)
    return [(c.value, c.terms[0]) for c in extract_claims(doc, lang)]


CASES = [
    pytest.param(
        "it",
        "Mancano all'appello 14 persone, 3 delle quali bambini.",
        [(14, "missing"), (3, "missing:part children")],
        id="it-verb-before-count",
    ),
    pytest.param(
        "it",
        "Risultano dispersi 21 migranti, 6 dei quali bambini.",
        [(21, "missing"), (6, "missing:part children")],
        id="it-noun-in-clause",
    ),
    pytest.param(
        "it",
        "Sono morte 33 persone, 5 delle quali bambini.",
        [(33, "deaths"), (5, "deaths:part children")],
        id="it-dead",
    ),
    pytest.param(
        "es",
        "Siguen desaparecidas 21 personas, 6 de las cuales son niños.",
        [(21, "missing"), (6, "missing:part children")],
        id="es-missing",
    ),
    pytest.param(
        "en",
        "21 people are still missing, 6 of whom are children.",
        [(21, "missing"), (6, "missing:part children")],
        id="en-missing",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_of_them_is_a_part(lang, text, expected):
    assert families(text, lang) == expected
