"""Italian "cadaveri", the plural of "cadavere", counts bodies like "corpi", also in the
shape "sono N i cadaveri" (data/units.toml). Every sentence here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document


def counted(text: str, lang: str) -> list[tuple[float, str]]:
    doc = Document(id="d1", path="d1.md", text=text, keep=[(0, len(text))], lang=lang)
    doc.date = date(2024, 3, 5)
    return [(c.value, c.terms[0]) for c in extract_claims(doc, lang)]


CASES = [
    pytest.param("Sono 35 i cadaveri già recuperati a Lorvia.", [(35, "bodies")], id="sono-n-i"),
    pytest.param("A Lorvia sono stati recuperati 60 cadaveri.", [(60, "bodies")], id="n-cadaveri"),
    pytest.param("Sono stati recuperati 60 corpi.", [(60, "bodies")], id="n-corpi"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_italian_bodies(text, expected):
    assert counted(text, "it") == expected
