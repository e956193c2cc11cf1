"""A number to call, a service named by its number or a figure inside a name ("Orbiter
7") is no count (claims/codes.py), and a count with a plural article or a counted noun
stays one. Every sentence, place and figure here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document


def _texts(lang: str, text: str) -> list[str]:
    doc = Document(
        id="d", path="d.txt", text=text, keep=[(0, len(text))], lang=lang, date=date(2026, 3, 4)
    )
    return [c.text for c in extract_claims(doc, lang=lang)]


# (language, sentence, texts of the claims read)
CASES = [
    pytest.param(
        "it",
        "Sul posto a Lorvia sono intervenuti i medici del 112 e la polizia locale.",
        [],
        id="it-del-112",
    ),
    pytest.param(
        "it",
        "A Lorvia sono arrivati i 118 soccorritori della colonna mobile.",
        ["118 soccorritori"],
        id="it-plural-article-counts",
    ),
    pytest.param(
        "es",
        "Los vecinos de Lorvia llamaron al 112, y 14 personas fueron evacuadas.",
        ["14 personas"],
        id="es-al-112",
    ),
    pytest.param(
        "pt",
        "A família ligou para o 193 e 9 pessoas foram resgatadas.",
        ["9 pessoas"],
        id="pt-o-193",
    ),
    pytest.param(
        "fr",
        "Les voisins ont appelé le 18, puis 6 blessés ont été évacués.",
        ["6 blessés"],
        id="fr-le-18",
    ),
    pytest.param(
        "en",
        "Residents should call 911; 40 people were evacuated in Kessby.",
        ["40 people"],
        id="en-call-911",
    ),
    pytest.param("en", "The Orbiter 7 crew returned to Kessby.", [], id="en-name-number"),
    pytest.param(
        "en",
        "The Norbahn 21 project will cost 4 billion euros.",
        ["4 billion euros"],
        id="en-project-name-number",
    ),
    pytest.param(
        "de",
        "Die Bahn prüft bei Nordkreuz 21 Aufträge von 1,2 Milliarden Euro.",
        ["1,2 Milliarden Euro"],
        id="de-name-number-before-noun",
    ),
    pytest.param("en", "The 12-story tower in Kessby fell.", ["12-story"], id="en-the-is-no-name"),
    pytest.param(
        "en", "Quake Kills 40 People In Kessby", ["40 People"], id="en-title-case-headline"
    ),
    pytest.param("de", "Beim Unglück von Lorstadt 12 Tote.", ["12 Tote"], id="de-place-then-count"),
    pytest.param(
        "en",
        "Officials said 911 people were evacuated in Kessby.",
        ["911 people"],
        id="en-a-count-of-911",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_service_numbers_are_no_counts(lang, text, expected):
    assert _texts(lang, text) == expected
