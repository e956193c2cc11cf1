"""Four digits 1800-2100 before a counted noun count it ("2000 Soldaten", "1999 deaths"), in
every language; after a word that puts a year ("in 1999", "im Jahr 2000", "en 2019") or
before an event noun ("the 2019 protests") they stay a year. Invented sentences."""

from __future__ import annotations

import datetime

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document


def case(text, lang, counted, id, xfail=None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, lang, counted, id=id, marks=marks)


CASES = [
    case("The army sent 2000 soldiers to Valmora.", "en", 2000, id="en-soldiers"),
    case("The storm left 1999 deaths across the region.", "en", 1999, id="en-deaths"),
    case("The 2019 protests drew 2019 protesters to the square.", "en", 2019, id="en-protesters"),
    case("The 2019 protests closed the square.", "en", None, id="en-event-noun-year"),
    case("In 1999 protesters marched through Valmora.", "en", None, id="en-in-year"),
    case("Die Armee schickte 2000 Soldaten nach Talheim.", "de", 2000, id="de-soldaten"),
    case("Es gab 1999 Tote in der Region.", "de", 1999, id="de-tote"),
    case("Im Jahr 2000 Soldaten zu schicken war ein Fehler.", "de", None, id="de-im-jahr"),
    case("Seit 2015 Flüchtlinge kamen, wuchs Talheim.", "de", None, id="de-seit"),
    case("L'armée a envoyé 2000 soldats à Valmont.", "fr", 2000, id="fr-soldats"),
    case("En 2019 manifestants et policiers se sont affrontés.", "fr", None, id="fr-en-year"),
    case("La tormenta dejó 1999 muertos en la región.", "es", 1999, id="es-muertos"),
    case("O exército enviou 2000 soldados para a cidade.", "pt", 2000, id="pt-soldados"),
    case("L'esercito ha inviato 2000 soldati in città.", "it", 2000, id="it-soldati"),
    case("Het leger stuurde 2000 soldaten naar de stad.", "nl", 2000, id="nl-soldaten"),
    case("The plan covers 2000 years of records.", "en", None, id="en-duration-not-count"),
    case("The 2000 soldiers came home.", "en", 2000, id="en-article-before-count"),
    case("The 2008 elections were close.", "en", None, id="en-article-event-year"),
    case(
        "Im Jahr 2000 starben 1999 Menschen.",
        "de",
        1999,
        id="de-year-then-count",
    ),
    case(
        "Die 2000 Soldaten kehrten zurück.",
        "de",
        2000,
        id="de-article-before-count",
    ),
]


@pytest.mark.parametrize(("text", "lang", "counted"), CASES)
def test_year_or_count(text, lang, counted):
    doc = Document(id="x", path="x.txt", text=text, lang=lang, date=datetime.date(2024, 5, 1))
    counts = [c.value for c in extract_claims(doc) if c.unit != "year" and c.value >= 1800]
    assert counts == ([counted] if counted else [])
