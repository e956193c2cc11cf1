"""A date that opens a sentence ("Until Friday night, ...", "In March, ...") holds for each
figure of it, also one past another figure, up to a clause of its own or one set against
it (claims/dated.opening_time). Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document

# a page of Sunday 16 March 2031: Friday is the 14th
PAGE = date(2031, 3, 16)

CASES = [
    pytest.param(
        "On Friday, rescuers in Norbury counted 15 dead, and the council said 48 homes were lost.",
        "en",
        {"15": "2031-03-14", "48": "2031-03-14"},
        id="en-on-friday-holds-past-another-figure",
    ),
    pytest.param(
        "Hasta el viernes, Protección Civil de Tormenar contabilizó 15 muertos y 48 desaparecidos.",
        "es",
        {"48": "2031-03-14"},
        id="es-hasta",
    ),
    pytest.param(
        "Até a noite de sexta-feira, as equipes de Serrinha tinham registrado 15 mortos, "
        "apontando ainda 48 pessoas desaparecidas.",
        "pt",
        {"48": "2031-03-14"},
        id="pt-ate-a-noite-de",
    ),
    pytest.param(
        "In January, Norbury police counted 7,500 marchers and the organisers 30,000.",
        "en",
        {"30,000": "2031-01"},
        id="en-month-opening",
    ),
    pytest.param(
        "This cuts Norbury’s 2029 budget from £18.8bn to £14.4bn.",
        "en",
        {"£18.8bn": "2029", "£14.4bn": "2029"},
        id="en-a-year-opening-after-a-curly-possessive",
    ),
    pytest.param(
        "On Friday, Norbury counted 15 dead, while Tessburg reports 48 missing.",
        "en",
        {"48": "2031-03-16"},
        id="a-clause-set-against-it-is-not-reached",
    ),
    pytest.param(
        "On Friday, Norbury counted 15 dead; 48 people are missing.",
        "en",
        {"48": "2031-03-16"},
        id="a-clause-of-its-own-is-not-reached",
    ),
    pytest.param(
        "Am Freitag zählte Kessenau 15 Tote, heute sind es 48.",
        "de",
        {"48": "2031-03-16"},
        id="de-a-figure-said-to-hold-today",
    ),
]


@pytest.mark.parametrize(("sentence", "lang", "want"), CASES)
def test_an_opening_date_holds_for_the_sentence(sentence, lang, want):
    doc = Document(
        id="d1", path="a.md", text=sentence, keep=[(0, len(sentence))], date=PAGE, lang=lang
    )
    got = {c.text: c.as_of for c in extract_claims(doc) if c.unit not in ("date", "year")}
    for figure, held in want.items():
        assert [a for t, a in got.items() if figure in t] == [held], got
