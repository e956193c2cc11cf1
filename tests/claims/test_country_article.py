"""A German country name that takes an article ("in der Türkei", "im Libanon") is where a
figure is counted, like one without ("in Ardanien"); a noun of time after the same article
("in der Nacht") is not a place (claims/places.py, placenames.is_country). Every sentence
here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document


def scopes(text: str, lang: str) -> list[tuple[float, tuple[str, ...]]]:
    doc = Document(id="d1", path="d1.md", text=text, keep=[(0, len(text))], lang=lang)
    doc.date = date(2024, 3, 5)
    return [(c.value, c.scope) for c in extract_claims(doc, lang)]


CASES = [
    pytest.param(
        "Bei dem Beben kamen allein in der Türkei 640 Menschen ums Leben.",
        [(640, ("in türkei",))],
        id="in-der-tuerkei",
    ),
    pytest.param("Im Libanon starben 40 Menschen.", [(40, ("in libanon",))], id="im-libanon"),
    pytest.param(
        "In der Schweiz wurden 12 Menschen verletzt.", [(12, ("in schweiz",))], id="in-der-schweiz"
    ),
    pytest.param("In Ardanien starben 30 Menschen.", [(30, ("in ardanien",))], id="bare-name"),
    pytest.param("In der Nacht starben 40 Menschen.", [(40, ())], id="in-der-nacht-no-place"),
    pytest.param("Im Verlauf starben 15 Menschen.", [(15, ())], id="im-verlauf-no-place"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_country_with_its_article_is_a_place(text, expected):
    assert scopes(text, "de") == expected
