"""A bare figure a source speaks of ("die Organisatoren sprachen gar von 45 000") or
expected ("gerechnet wurde mit 30.000") counts what the figure before it counted, when that
counts people: the source's own figure of the same crowd or toll, or its expectation.
Every sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Claim, Document


def claims(text: str, lang: str) -> list[Claim]:
    doc = Document(id="d1", path="x.txt", text=text, keep=[(0, len(text))], lang=lang)
    doc.date = date(2024, 5, 3)
    return [c for c in extract_claims(doc, lang=lang) if c.unit not in ("date", "year")]


# (lang, text, figure, family wanted: None for no claim of it)
CASES = [
    ("en", "Police said 9,000 marchers came. The organisers spoke of 20,000.", "20,000", "crowd"),
    (
        "fr",
        "La police a recensé 9 000 manifestants. Les syndicats parlent de 20 000.",
        "20 000",
        "crowd",
    ),
    (
        "fr",
        "Selon la préfecture, 9 000 manifestants ont défilé. Les syndicats les chiffrent à 20 000.",
        "20 000",
        "crowd",
    ),
    (
        "de",
        "Die Polizei zählte 7.500 Demonstranten. Die Organisatoren sprechen von 20 000.",
        "20 000",
        "crowd",
    ),
    (
        "es",
        "La policía contó 9.000 manifestantes. Los sindicatos hablan de 20.000.",
        "20.000",
        "crowd",
    ),
    (
        "pt",
        "A polícia contou 9 mil manifestantes. Os sindicatos falam em 20 mil.",
        "20 mil",
        "crowd",
    ),
    (
        "it",
        "In piazza sono scesi 9.000 manifestanti. Gli organizzatori parlano di 20.000.",
        "20.000",
        "crowd",
    ),
    (
        "nl",
        "Volgens de politie kwamen 9.000 demonstranten. De organisatoren spreken van 20.000.",
        "20.000",
        "crowd",
    ),
    # an expectation of the same crowd
    (
        "de",
        "In Lorvy kamen 90.000 Demonstranten. Gerechnet wurde im Vorfeld nur mit 30.000.",
        "30.000",
        "crowd:projected",
    ),
    (
        "de",
        "In Lorvy kamen 90.000 Demonstranten. Die Stadt rechnete zunächst mit 30.000.",
        "30.000",
        "crowd:projected",
    ),
    # negative neighbours: nothing of people before, or no source's verb
    ("de", "Die Halle kostete 9 Millionen Euro. Der Rat sprach von 20 000.", "20 000", None),
    ("fr", "Les syndicats parlent de 20 000.", "20 000", None),
    ("de", "Laut Polizei kamen 9.000 Demonstranten. Die Linie 20 000 fuhr nicht.", "20 000", None),
]


@pytest.mark.parametrize(
    ("lang", "text", "figure", "family"),
    CASES,
    ids=[f"{c[0]}-{c[2]}-{c[3] or 'none'}" for c in CASES],
)
def test_figure_a_source_speaks_of(lang, text, figure, family):
    found = [c for c in claims(text, lang) if c.text.startswith(figure)]
    if family is None:
        assert not [c for c in found if c.terms[0]], [(c.text, c.terms) for c in found]
        return
    assert found, [c.text for c in claims(text, lang)]
    assert found[0].terms[0] == family, found[0].terms
    assert found[0].unit == "people"
