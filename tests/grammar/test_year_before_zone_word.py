"""A year followed by a word that is a time zone's code when written in capitals ("at 2015
IST") but a verb of another language in lower case ("im Jahr 2019 ist", "en 2019 est"): the
year stays a year, and a figure of its clause holds in it; a word for one after a qualifier
and before the noun that introduces a figure ("bis zu einem Betrag von 3,2 Milliarden") is that
noun's article, not a figure standing between the year and the sum. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.grammar.dates import find_dates
from kfactcheck.model import Document

REF = date(2031, 12, 4)

YEARS = [
    pytest.param("Im Jahr 2019 ist der Plan geändert worden.", "de", ["2019"], id="de-jahr-ist"),
    pytest.param("Ein Vertrag aus dem Jahr 2019 ist noch gültig.", "de", ["2019"], id="de-aus-dem"),
    pytest.param("En 2019 est paru le rapport sur Valmont.", "fr", ["2019"], id="fr-en-est"),
    pytest.param("The convoy left at 2015 IST.", "en", [], id="en-zone-ist"),
    pytest.param("The convoy left at 2015 EST.", "en", [], id="en-zone-est"),
    pytest.param("The convoy left at 2015 hours.", "en", [], id="en-clock-hours"),
]


@pytest.mark.parametrize(("sentence", "lang", "want"), YEARS)
def test_a_year_before_a_zone_code_in_lower_case(sentence, lang, want):
    assert [m.text for m in find_dates(sentence, REF, lang) if m.kind == "year"] == want


CLAUSES = [
    pytest.param(
        "Laut einem Gutachten aus dem Jahr 2019 ist der Bau um 3,2 Milliarden Euro teurer.",
        "de",
        "2019",
        id="de-gutachten-aus-dem-jahr",
    ),
    pytest.param(
        "Selon un audit de 2019 est prévu un budget de 3,2 milliards d'euros.",
        "fr",
        "2019",
        id="fr-audit-de-2019",
    ),
    pytest.param(
        "Im Abkommen aus dem Jahr 2019 steht als Obergrenze bis zu einem Betrag von 3,2 "
        "Milliarden Euro.",
        "de",
        "2019",
        id="de-article-einer-between",
    ),
]


@pytest.mark.parametrize(("sentence", "lang", "want"), CLAUSES)
def test_a_year_in_the_claims_clause_dates_it(sentence, lang, want):
    doc = Document(id="d", path="d.md", text=sentence, lang=lang, date=REF)
    money = [c for c in extract_claims(doc) if c.unit == "currency"]
    assert [c.as_of for c in money] == [want]


ARTICLES = [
    pytest.param(
        "Tessburg übernimmt Kosten bis zu einer Summe von etwa 3,2 Milliarden Euro.",
        "de",
        [3.2e9],
        id="de-hoehe",
    ),
    pytest.param(
        "El gobierno pagará hasta una cifra de casi 300 millones de euros.",
        "es",
        [3e8],
        id="es-cifra",
    ),
    pytest.param(
        "Il comune spenderà fino a una somma di 40 milioni di euro.", "it", [4e7], id="it-somma"
    ),
    pytest.param("In Kessenau starben mehr als ein Dutzend Menschen.", "de", [12], id="de-dutzend"),
    pytest.param(
        "Hubo más de un herido de gravedad y 30 heridos leves en Tormenar.",
        "es",
        [1, 30],
        id="es-one-counted-before-a-later-figure",
    ),
]


@pytest.mark.parametrize(("sentence", "lang", "want"), ARTICLES)
def test_a_word_for_one_before_the_noun_that_introduces_a_figure(sentence, lang, want):
    doc = Document(id="d", path="d.md", text=sentence, lang=lang, date=REF)
    assert [float(c.value) for c in extract_claims(doc)] == want
