"""A whole hour before a clock word is a time of day, never a count, after a word that puts a
time ("à 17 heures", "a las 16 horas", "às 18 horas", "alle 17 ore", "om 17 uur") or before a
word that only names one ("17 Uhr", "5 o'clock"); "16.00 hora local" is one too. Hours
counted ("pendant 17 heures", "trabajaron 16 horas", "à 48 heures du scrutin") stay figures.
A day of the month written alone after its
word ("no último dia 15", "el día 15") is a date. An embedded post's signature date
("(@handle) 8 May 2018") is no date claim. Every sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.grammar.numbers import find_quantities
from kfactcheck.model import Document

# (lang, text, the figure's digits, whether it is a time of day)
CASES = [
    ("fr", "Le ministère comptait 9 000 manifestants à 17 heures à Varn.", "17", True),
    ("fr", "Vers 18 heures, 300 personnes bloquaient le pont.", "18", True),
    ("fr", "Jusqu'à 20 heures, la préfecture a compté 40 blessés.", "20", True),
    ("fr", "La grève a duré 17 heures à Varn.", "17", False),
    ("fr", "À 48 heures du scrutin, 300 personnes ont défilé.", "48", False),
    ("es", "Conforme al balance de las 18.30 hora local, hay 41 muertos.", "18.30", True),
    ("es", "A las 16 horas, 40 personas seguían desaparecidas.", "16", True),
    ("es", "Los rescatistas trabajaron 16 horas seguidas.", "16", False),
    ("pt", "Às 18 horas, 40 pessoas estavam desaparecidas.", "18", True),
    ("pt", "O resgate durou 18 horas.", "18", False),
    ("it", "Alle ore 17 i dispersi erano 12.", "17", True),
    ("it", "Alle 17 ore i dispersi erano 12.", "17", True),
    ("it", "I soccorritori hanno lavorato 17 ore.", "17", False),
    ("de", "Um 17 Uhr zählte die Polizei 40.000 Menschen.", "17", True),
    ("de", "Die Suche dauerte 17 Stunden.", "17", False),
    ("nl", "Om 17 uur waren er 400 mensen.", "17", True),
    ("nl", "De zoektocht duurde 17 uur.", "17", False),
    ("en", "By 5 o'clock, 300 people had gathered in Varn.", "5", True),
    ("en", "Rescuers worked for 17 hours in Varn.", "17", False),
    # a day of the month written alone after its word ("no último dia 15"), not "um dia 15"
    ("pt", "A tempestade do último dia 15 provocou 40 mortes em Varn.", "15", True),
    ("pt", "O temporal do dia 15 deixou 12 mortos.", "15", True),
    ("pt", "Em um dia 15 pessoas morreram em Varn.", "15", False),
    ("es", "Desde el día 15, 40 personas murieron en Varn.", "15", True),
    ("es", "En Varn murieron al día 15 personas.", "15", False),
]


@pytest.mark.parametrize(
    ("lang", "text", "digits", "clock"),
    CASES,
    ids=[f"{c[0]}-{c[2]}-{'clock' if c[3] else 'hours'}-{i}" for i, c in enumerate(CASES)],
)
def test_hour_of_day_is_no_figure(lang, text, digits, clock):
    figures = [q.text for q in find_quantities(text, lang=lang)]
    assert (not any(f.startswith(digits) for f in figures)) is clock, figures


@pytest.mark.parametrize(
    ("lang", "line", "day"),
    [
        ("fr", "— Agence de Varn (@agencevarn) 8 décembre 2030", "8 décembre 2030"),
        ("en", "— Varn Herald (@varnherald) December 8, 2030", "December 8, 2030"),
        ("es", "— Diario de Varn (@diariovarn) 8 de diciembre de 2030", "8 de diciembre de 2030"),
    ],
    ids=["fr", "en", "es"],
)
def test_embedded_post_date_is_no_claim(lang, line, day):
    """A post's signature after a page of an earlier day: not a planned date."""
    text = f"Le cortège a défilé dans Varn.\n{line}\n"
    doc = Document(
        id="d1", path="a.md", text=text, keep=[(0, len(text))], date=date(2030, 12, 1), lang=lang
    )
    assert [c.text for c in extract_claims(doc, lang=lang) if day in c.text] == []
