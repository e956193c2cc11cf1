"""A page that shows only its month (a URL's /2031/12/): relative dates that name the same
year or month from any of its days date their figures (claims/monthrel.py)."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.grammar.dates import find_dates
from kfactcheck.pipeline import Settings, build_report

CASES = [
    ("The Corran line was costed at £49bn last year, the board said.", "£49bn", "2030", "en"),
    ("A year ago the board put the Corran line at £52bn.", "£52bn", "2030", "en-a-year-ago"),
    ("Le chantier de Corran coûtait 49 milliards d'euros l'an dernier.", "49", "2030", "fr"),
    ("El año pasado, la obra de Corran costaba 49.000 millones de euros.", "49.000", "2030", "es"),
    ("Im vergangenen Jahr kostete die Strecke 49 Milliarden Euro.", "49", "2030", "de"),
    ("Letztes Jahr kostete die Strecke 47 Milliarden Euro.", "47", "2030", "de-letztes"),
    ("L'année dernière, le chantier coûtait 46 milliards d'euros.", "46", "2030", "fr-annee"),
    ("No ano passado, a obra de Corran custava 45 mil milhões de euros.", "45", "2030", "pt"),
    ("L'anno scorso il cantiere di Corran costava 44 miliardi di euro.", "44", "2030", "it"),
    ("Vorig jaar kostte de lijn naar Corran 43 miljard euro.", "43", "2030", "nl"),
    ("Le mois dernier, le chantier coûtait 42 milliards d'euros.", "42", "2031-11", "fr-month"),
    ("Last month the Corran line was put at £53bn.", "£53bn", "2031-11", "en-last-month"),
    ("Yesterday the Corran line was put at £54bn.", "£54bn", "2031-12", "en-day-unknown"),
    (
        "Prices in Corran are up 15% since the rail board's review a year ago.",
        "15%",
        "2031-12",
        "en-since-starts-a-change",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "figure", "as_of"),
    [pytest.param(*row[:3], id=row[3]) for row in CASES],
)
def test_relative_date_of_a_month_only_page(tmp_path, sentence, figure, as_of):
    page = f"---\nurl: https://example.org/2031/12/corran-line\n---\nCorran line\n\n{sentence}\n"
    (tmp_path / "a.md").write_text(page, encoding="utf-8")
    report = build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))
    got = [c.as_of for c in report.claims if figure in c.text and c.unit != "year"]
    assert got == [as_of], {c.text: c.as_of for c in report.claims}


# the same phrases on a page dated to the day (any day of December 2031)
DATED = [
    ("en", "The Corran line was costed at £49bn last year.", "2030"),
    ("fr", "Le chantier de Corran coûtait 49 milliards d'euros l'an dernier.", "2030"),
    ("de", "Die Strecke kostete im vergangenen Jahr 49 Milliarden Euro.", "2030"),
    ("es", "La obra de Corran costaba 49.000 millones de euros el año pasado.", "2030"),
    ("pt", "A obra de Corran custava 49 mil milhões de euros no ano passado.", "2030"),
    ("it", "Il cantiere di Corran costava 49 miliardi di euro l'anno scorso.", "2030"),
    ("nl", "De lijn naar Corran kostte vorig jaar 49 miljard euro.", "2030"),
    ("sr", "Prošle godine je pruga do Korana koštala 49 milijardi evra.", "2030"),
    ("es", "El mes pasado la obra de Corran costaba 49.000 millones de euros.", "2031-11"),
]


@pytest.mark.parametrize(
    ("lang", "sentence", "value"), DATED, ids=[f"{r[0]}-{r[2]}" for r in DATED]
)
def test_last_year_read_in_every_language(lang, sentence, value):
    got = [(d.kind, d.value) for d in find_dates(sentence, date(2031, 12, 17), lang, [])]
    assert ("relative", value) in got, got


# a season is read to its year only: the last such season over before the page's day
SEASONS = [
    ("en", "Last summer the Corran fire burned 300 hectares.", date(2032, 3, 4), "2031"),
    ("en", "Last summer the Corran fire burned 300 hectares.", date(2031, 12, 4), "2031"),
    ("fr", "L'été dernier, 300 hectares ont brûlé près de Corran.", date(2031, 12, 4), "2031"),
    ("de", "Im vergangenen Sommer brannten bei Corran 300 Hektar.", date(2032, 2, 4), "2031"),
    ("es", "El verano pasado ardieron 300 hectáreas cerca de Corran.", date(2032, 3, 4), "2031"),
    ("pt", "No verão passado arderam 300 hectares perto de Corran.", date(2031, 10, 4), "2031"),
    ("it", "L'estate scorsa sono bruciati 300 ettari vicino a Corran.", date(2031, 10, 4), "2031"),
    ("nl", "Afgelopen zomer brandde 300 hectare bij Corran af.", date(2031, 10, 4), "2031"),
    ("sr", "Prošlog leta je kod Korana izgorelo 300 hektara.", date(2031, 10, 4), "2031"),
]


@pytest.mark.parametrize(
    ("lang", "sentence", "day", "value"),
    SEASONS,
    ids=[f"{r[0]}-{r[1].split()[0].lower()}-{r[2]:%m}" for r in SEASONS],
)
def test_season_read_to_its_year(lang, sentence, day, value):
    got = [(d.kind, d.value) for d in find_dates(sentence, day, lang, [])]
    assert ("relative", value) in got, got


# winter straddles two years; "this summer" is left unread too: on an undated page it
# took a figure out of its article's undated comparisons
@pytest.mark.parametrize(
    "sentence", ["Last winter 40 roofs fell in Corran.", "This summer 40 roofs fell in Corran."]
)
def test_season_left_unread(sentence):
    got = find_dates(sentence, date(2032, 3, 4), "en", [])
    assert not [d for d in got if d.kind == "relative"], got
