"""A live page's day headings ("Samedi 12 octobre" on a line of its own) date the figures
under them (claims/dayheads.py), when the page has two or more of different days; a
figure its own sentence dates keeps that date. Invented pages."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document

# the page is dated Sunday 13 October 2030 (its newest heading's day)
PAGE = date(2030, 10, 13)

CASES = [
    pytest.param(
        "fr",
        "Dimanche 13 octobre\n\nLa préfecture de Vallon compte 1 700 interpellations.\n\n"
        "Samedi 12 octobre\n\nIl y a eu 1 300 interpellations à Vallon, selon la préfecture.\n",
        {"1 700": "2030-10-13", "1 300": "2030-10-12"},
        id="fr-samedi-12-octobre",
    ),
    pytest.param(
        "en",
        "Sunday, October 13\n\nNorbury police have made 1,700 arrests.\n\n"
        "Saturday, October 12\n\nNorbury police said 1,300 people had been arrested.\n",
        {"1,700": "2030-10-13", "1,300": "2030-10-12"},
        id="en-saturday-october-12",
    ),
    pytest.param(
        "es",
        "Domingo 13 de octubre\n\nLa policía de Tormenar detuvo a 1.700 personas.\n\n"
        "Sábado 12 de octubre\n\nLa policía de Tormenar detuvo a 1.300 personas.\n",
        {"1.700": "2030-10-13", "1.300": "2030-10-12"},
        id="es-sabado-12-de-octubre",
    ),
    pytest.param(
        "pt",
        "Domingo, 13 de outubro\n\nA polícia de Serrinha prendeu 1.700 pessoas.\n\n"
        "Sábado, 12 de outubro\n\nA polícia de Serrinha prendeu 1.300 pessoas.\n",
        {"1.700": "2030-10-13", "1.300": "2030-10-12"},
        id="pt-sabado-12-de-outubro",
    ),
    pytest.param(
        "de",
        "Sonntag, 13. Oktober\n\nDie Polizei in Kessenau nahm 1.700 Menschen fest.\n\n"
        "Samstag, 12. Oktober\n\nDie Polizei in Kessenau nahm 1.300 Menschen fest.\n",
        {"1.700": "2030-10-13", "1.300": "2030-10-12"},
        id="de-samstag-12-oktober",
    ),
    pytest.param(
        "fr",
        "Dimanche 13 octobre\n\nLa préfecture de Vallon compte 1 700 interpellations.\n\n"
        "Samedi 12 octobre\n\nLe 5 octobre, il y avait eu 900 interpellations à Vallon.\n",
        {"900": "2030-10-05"},
        id="fr-a-figure-its-sentence-dates-keeps-its-day",
    ),
    pytest.param(
        "fr",
        "Samedi 12 octobre\n\nLa préfecture de Vallon compte 1 700 interpellations.\n",
        {"1 700": "2030-10-13"},
        id="neg-fr-one-day-line-is-a-dateline",
    ),
    pytest.param(
        "fr",
        "La préfecture de Vallon compte 1 700 interpellations, samedi 12 octobre.\n\n"
        "Dimanche 13 octobre, Vallon compte 1 300 interpellations.\n",
        {"1 700": "2030-10-12", "1 300": "2030-10-13"},
        id="neg-fr-days-inside-sentences-are-no-headings",
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), CASES)
def test_day_headings_date_the_figures_under_them(lang, text, want):
    doc = Document(id="d1", path="a.md", text=text, keep=[(0, len(text))], date=PAGE, lang=lang)
    got = {c.text: c.as_of for c in extract_claims(doc)}
    for figure, as_of in want.items():
        held = [a for t, a in got.items() if figure in t]
        assert held == [as_of], got
