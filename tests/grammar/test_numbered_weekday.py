"""A weekday with its day of the month in brackets ("domingo (4)") names that day, after
the publication date or before it (grammar/dates.numbered_weekday)."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.grammar.dates import find_dates

REF = date(2031, 5, 3)  # a Saturday

CASES = [
    pytest.param(
        "O boletim foi divulgado neste domingo (4).", "pt", "2031-05-04", id="pt-day-after"
    ),
    pytest.param(
        "O boletim foi divulgado no domingo (27).", "pt", "2031-04-27", id="pt-day-before"
    ),
    pytest.param("Le bilan a été publié dimanche (4).", "fr", "2031-05-04", id="fr-day-after"),
    pytest.param("Il bollettino di domenica (4) conta nove morti.", "it", "2031-05-04", id="it"),
    pytest.param("Der Bericht vom Sonntag (4) nennt neun Tote.", "de", "2031-05-04", id="de"),
    pytest.param("El boletín del domingo (27) cifra nueve muertos.", "es", "2031-04-27", id="es"),
    pytest.param("The report on Sunday (4) gave nine dead.", "en", "2031-05-04", id="en"),
    pytest.param(
        "The report on Sunday gave nine dead.", "en", "2031-04-27", id="neighbour-no-day-reads-back"
    ),
    pytest.param(
        "The report on Sunday (9) gave nine dead.",
        "en",
        "2031-04-27",
        id="neighbour-a-day-neither-sunday-has-reads-back",
    ),
    pytest.param(
        "O boletim de domingo (12 mortos) saiu.",
        "pt",
        "2031-04-27",
        id="neighbour-a-count-in-brackets-is-no-day",
    ),
]


@pytest.mark.parametrize(("sentence", "lang", "want"), CASES)
def test_a_weekday_with_its_day_names_that_day(sentence, lang, want):
    got = [m.value for m in find_dates(sentence, REF, lang) if m.kind == "weekday"]
    assert got == [want]
