"""Dates of pages that show no full date: URL, month-only marker, the text's own weekday and
day, page timestamps; and the as_of their claims get. Invented text only."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.dated import with_year
from kfactcheck.claims.extract import extract_claims
from kfactcheck.read.corpus import read_document
from kfactcheck.read.textdate import (
    Partial,
    latest_full_date,
    named_weekday,
    partial_date,
    text_day,
    url_date,
)

URLS = [
    pytest.param(
        "https://example.org/news/2021/05/18/river-floods", date(2021, 5, 18), id="slashes"
    ),
    pytest.param(
        "https://example.org/world/2019-06-09-crowds-march", date(2019, 6, 9), id="dashes"
    ),
    pytest.param(
        "https://example.org/news/article232814185/floods.html", None, id="digits-no-date"
    ),
    pytest.param("https://example.org/2019/01/toll-rises.html", None, id="month-only"),
    pytest.param(None, None, id="no-url"),
]


@pytest.mark.parametrize(("url", "want"), URLS)
def test_url_date(url, want):
    got = url_date(url)
    assert (got[0] if got else None) == want


PARTIAL = [
    pytest.param(" date 2021-07 Floods cut off the valley.", None, "2021-07", id="marker"),
    pytest.param(
        "---\nurl: https://example.org/a\n---\n date 2024-10 Floods.",
        None,
        "2024-10",
        id="marker-after-front-matter",
    ),
    pytest.param(
        "Floods cut off the valley.",
        "https://example.org/2019/01/toll.html",
        "2019-01",
        id="url-month",
    ),
    pytest.param(
        "Floods.", "https://example.org/noticia/2019-01/toll", "2019-01", id="url-ym-dash"
    ),
    pytest.param(" date 2021-07-15 Floods.", None, None, id="full-marker-is-not-partial"),
    pytest.param(
        "Floods cut off the valley.", "https://example.org/a-202002a.html", None, id="no-month"
    ),
    pytest.param(
        " date 2017-09 Fire in Serrinha.",
        "https://example.org/2017/06/fire-serrinha/",
        "2017-06",
        id="url-month-before-the-marker-s",
    ),
    pytest.param(
        " date 2017-06 Fire in Serrinha.",
        "https://example.org/2017/09/fire-serrinha/",
        "2017-06",
        id="marker-month-before-the-url-s",
    ),
]


@pytest.mark.parametrize(("text", "url", "want"), PARTIAL)
def test_partial_date(text, url, want):
    got = partial_date(text, url)
    assert (got.value if got else None) == want


def _day(text: str, month: str | None):
    p = partial_date(f" date {month} x", None) if month else None
    got = text_day(text, [(0, len(text))], p)
    return got[0] if got else None


DAYS = [
    pytest.param(
        "Rescuers said on the night of this sábado (12) that 23 had died.",
        "2030-10",
        date(2030, 10, 12),
        id="pt-weekday-bracket",
    ),
    pytest.param(
        "The count was given on the evening of this terça (15); on sábado (12) none.",
        "2030-10",
        date(2030, 10, 15),
        id="latest-of-two",
    ),
    pytest.param(
        "Police said this Sunday (16) that 40 people had died.",
        "2021-05",
        date(2021, 5, 16),
        id="en-weekday-bracket",
    ),
    pytest.param(
        "Stand: Montag, 19. Juli, 9.15 Uhr, 41 Tote.",
        "2021-07",
        date(2021, 7, 19),
        id="de-weekday-day-month",
    ),
    pytest.param(
        "Le bilan a été publié vendredi 22 novembre.",
        "2024-11",
        date(2024, 11, 22),
        id="fr-weekday-day-month",
    ),
    pytest.param(
        "The governor wrote on quarta, 10, that talks were over.",
        "2021-02",
        date(2021, 2, 10),
        id="weekday-comma-day",
    ),
    pytest.param(
        "The hearing is set for quinta-feira, 11, and talks ended quarta, 10.",
        "2021-02",
        date(2021, 2, 10),
        id="scheduled-day-skipped",
    ),
    pytest.param(
        "Police said this Sunday (17) that 40 people had died.",
        "2021-05",
        None,
        id="weekday-does-not-fit-month",
    ),
    pytest.param(
        "Police said on Tuesday that 40 people had died.",
        "2021-05",
        None,
        id="weekday-alone-is-ambiguous",
    ),
    pytest.param(
        "Police said this Sunday (16) that 40 people had died.", None, None, id="no-month-no-day"
    ),
    pytest.param(
        "Situation (Sonntag 25.07.2021 / 06:15h): 110 dead.",
        None,
        date(2021, 7, 25),
        id="timestamp-no-month",
    ),
    pytest.param(
        "Teaser 25.07.2021 06:40 and report of 2019-03-11 09:20.",
        None,
        date(2021, 7, 25),
        id="latest-timestamp",
    ),
    pytest.param(
        "The dam broke on 25.01.2019 and 270 died.", None, None, id="date-without-clock-is-an-event"
    ),
    pytest.param("Teaser 18.06.2021 04:50.", "2021-07", None, id="timestamp-outside-month"),
    pytest.param(
        "La veglia a Valdora si terrà domenica 7 settembre alle 21.",
        "2031-09",
        None,
        id="it-future-verb-ending-looks-ahead",
    ),
    pytest.param(
        "El funeral en Tormenar se celebrará martes 4 de marzo.",
        "2025-03",
        None,
        id="es-future-verb-ending-looks-ahead",
    ),
    pytest.param(
        "Les obsèques auront lieu samedi 12 à Vallon.", "2022-03", None, id="fr-future-auront"
    ),
    pytest.param(
        "Flames over Norbury. Picture date: Tuesday May 9, 2028. Photo credit: N. Hale",
        "2028-05",
        None,
        id="a-photo-caption-dates-the-picture",
    ),
    pytest.param(
        "Der Mast in Kessenau (Foto vom Dienstag, 13. Juli) steht noch.",
        "2021-07",
        None,
        id="de-photo-caption",
    ),
    pytest.param(
        "The front opened on Friday, 16, near Norbury.",
        "2021-07",
        date(2021, 7, 16),
        id="front-is-no-future-verb",
    ),
    # a day its figures were updated on, in the month the page shows
    pytest.param(
        "Ulla dejó 12 muertos en Tormenar, según el recuento oficial actualizado el 18 de marzo.",
        "2031-03",
        date(2031, 3, 18),
        id="es-balance-actualizado-el",
    ),
    pytest.param(
        "Le bilan, mis à jour le 9 septembre, fait état de 41 morts à Varnholm.",
        "2031-09",
        date(2031, 9, 9),
        id="fr-mis-a-jour-le",
    ),
    pytest.param(
        "Norbury's figures, updated on March 18, show 12 dead.",
        "2031-03",
        date(2031, 3, 18),
        id="en-updated-on",
    ),
    pytest.param(
        "Ulla dejó 12 muertos en Tormenar, según el balance actualizado el 28 de febrero.",
        "2031-03",
        None,
        id="neg-update-of-another-month-than-the-page-shows",
    ),
    pytest.param(
        "Ulla tocó tierra el 18 de marzo en Tormenar y dejó 12 muertos.",
        "2031-03",
        None,
        id="neg-a-day-with-no-update-word",
    ),
    # "until" with a clock time: when the count was taken, not a day ahead
    pytest.param(
        "A enchente de terça (15) em Valdora deixou 31 mortos até 7h desta quinta-feira (17).",
        "2030-10",
        date(2030, 10, 17),
        id="pt-ate-as-clock-is-a-count-cutoff",
    ),
    pytest.param(
        "Tras la riada del martes 15, Tormenar contaba 31 muertos hasta las 8:00 del jueves 17.",
        "2030-10",
        date(2030, 10, 17),
        id="es-hasta-las-clock",
    ),
    pytest.param(
        "Norbury counted 31 dead until 7am Thursday (17), after the Tuesday (15) flood.",
        "2030-10",
        date(2030, 10, 17),
        id="en-until-am",
    ),
    pytest.param(
        "Le bilan de Vallon était de 31 morts jusqu'à 18h ce jeudi 17, après la crue de mardi 15.",
        "2030-10",
        date(2030, 10, 17),
        id="fr-jusqu-a-18h",
    ),
    pytest.param(
        "Nach der Flut vom Dienstag, 15., zählte Kessenau 31 Tote bis 6 Uhr Donnerstag, 17.",
        "2030-10",
        date(2030, 10, 17),
        id="de-bis-6-uhr",
    ),
    pytest.param(
        "Die Frist läuft bis Donnerstag, 17. Oktober; der Deich brach am Dienstag, 15. Oktober.",
        "2030-10",
        date(2030, 10, 15),
        id="neg-de-bis-without-clock-looks-ahead",
    ),
    pytest.param(
        "A votação ficou para quinta-feira (17); o dique rompeu na terça (15).",
        "2030-10",
        date(2030, 10, 15),
        id="neg-pt-para-looks-ahead",
    ),
    # the start of a period is not the day of the report
    pytest.param(
        "Lorvia já contou 90 chamados de socorro desde terça-feira (15).",
        "2030-10",
        None,
        id="neg-pt-desde-a-ultima-terca",
    ),
    pytest.param(
        "Norbury has logged 90 calls since Tuesday (15); the count was given Thursday (17).",
        "2030-10",
        date(2030, 10, 17),
        id="en-since-skipped-later-day-kept",
    ),
    pytest.param(
        "Vallon a enregistré 90 appels depuis mardi 15, selon la préfecture.",
        "2030-10",
        None,
        id="neg-fr-depuis-mardi-15",
    ),
    pytest.param(
        "Seit Dienstag, 15. Oktober, zählte Kessenau 90 Einsätze.",
        "2030-10",
        None,
        id="neg-de-seit-dienstag",
    ),
    # an embedded post's day, then the weekday the page reports from, on or after it
    pytest.param(
        "Le cortège a rassemblé samedi 22 000 marcheurs à Vallon. — Agence Lumen (@lumen) "
        "12 octobre 2030",
        None,
        date(2030, 10, 12),
        id="fr-post-and-samedi-31-000",
    ),
    pytest.param(
        "Some 31,000 people marched in Norbury on Saturday. — Norbury News (@nbnews) "
        "October 10, 2030",
        None,
        date(2030, 10, 12),
        id="en-post-two-days-before-saturday",
    ),
    pytest.param(
        "Unas 31.000 personas marcharon el sábado en Tormenar. — Diario Sur (@dsur) "
        "10 de octubre de 2030",
        None,
        date(2030, 10, 12),
        id="es-post-de-octubre-de",
    ),
    pytest.param(
        "Some 31,000 people marched in Norbury. — Norbury News (@nbnews) October 10, 2030",
        None,
        None,
        id="neg-post-without-a-weekday",
    ),
    pytest.param(
        "Some 31,000 marched on Saturday and 9,000 on Sunday. — Norbury News (@nbnews) "
        "October 10, 2030",
        None,
        None,
        id="neg-post-and-two-weekdays",
    ),
    # a day and month after "this", with no weekday: the day the page calls today
    pytest.param(
        "Les syndicats ont mobilisé des milliers de personnes à Vallon ce 17 novembre.",
        "2030-11",
        date(2030, 11, 17),
        id="fr-ce-17-novembre",
    ),
    pytest.param(
        "Miles de personas marcharon en Tormenar este 17 de noviembre.",
        "2030-11",
        date(2030, 11, 17),
        id="es-este-17-de-noviembre",
    ),
    pytest.param(
        "Milhares de pessoas marcharam em Serrinha neste 17 de novembro.",
        "2030-11",
        date(2030, 11, 17),
        id="pt-neste-17-de-novembro",
    ),
    pytest.param(
        "Les syndicats ont mobilisé des milliers de personnes à Vallon ce 17 octobre.",
        "2030-11",
        None,
        id="neg-fr-this-day-of-another-month",
    ),
    pytest.param(
        "La marche de Vallon aura lieu ce 17 novembre.",
        "2030-11",
        None,
        id="neg-fr-this-day-ahead",
    ),
    # the page names the weekday it writes from, another than that day's (17 November
    # 2030 is a Sunday): written some later day the weekday alone does not fix
    pytest.param(
        "Mercredi, au lendemain de la marche de Vallon de ce 17 novembre, le ministre reste ferme.",
        "2030-11",
        None,
        id="neg-fr-this-day-other-weekday",
    ),
    pytest.param(
        "Dimanche, la marche de Vallon de ce 17 novembre a réuni 4 000 personnes.",
        "2030-11",
        date(2030, 11, 17),
        id="fr-this-day-its-own-weekday",
    ),
    # "until" opening its sentence, then a count told in a past tense: the count's cut-off
    pytest.param(
        "O temporal atingiu Serrinha no dia 15. Até terça (1), 80 pessoas foram enterradas.",
        "2030-10",
        date(2030, 10, 1),
        id="pt-ate-terca-1-comma-past",
    ),
    pytest.param(
        "La riada golpeó Tormenar. Hasta el martes 1, 27 personas murieron en la comarca.",
        "2030-10",
        date(2030, 10, 1),
        id="es-hasta-el-martes-1-past",
    ),
    pytest.param(
        "The flood hit Norbury. Until Tuesday (1), 27 people were buried in the town.",
        "2030-10",
        date(2030, 10, 1),
        id="en-until-tuesday-1-were-buried",
    ),
    pytest.param(
        "A prefeitura de Serrinha avisa. Até terça (1), 30 vagas ficam abertas.",
        "2030-10",
        None,
        id="neg-pt-ate-terca-present-looks-ahead",
    ),
    pytest.param(
        "Serrinha enterrou 80 pessoas até terça (1), disse a prefeitura.",
        "2030-10",
        None,
        id="neg-pt-ate-inside-the-sentence",
    ),
]


@pytest.mark.parametrize(("text", "month", "want"), DAYS)
def test_text_day(text, month, want):
    assert _day(text, month) == want


YEARLESS = [
    pytest.param("--07-14", "2021-07", "2021-07-14", id="same-year"),
    pytest.param("--12", "2016-05", "2015-12", id="december-in-may-is-last-year"),
    pytest.param("--06", "2016", "2016-06", id="year-only"),
    pytest.param("--06-23", "", None, id="nothing-shows-a-year"),
]


@pytest.mark.parametrize(("value", "shown", "want"), YEARLESS)
def test_with_year(value, shown, want):
    assert with_year(value, shown) == want


# (file name, text, document date, as_of of the first figure)
DOCS = [
    pytest.param(
        "a.md",
        "---\nurl: https://example.org/2021/05/18/floods\n---\n"
        "Floods in Varnholm killed 12 people, police said.\n",
        "2021-05-18",
        "2021-05-18",
        id="url-date",
    ),
    pytest.param(
        "b.md",
        "---\nurl: https://example.org/floods\n---\n date 2021-07 Floods in Varnholm "
        "killed 12 people, police said.\n",
        None,
        "2021-07",
        id="month-marker-as-of",
    ),
    pytest.param(
        "c.md",
        " date 2030-10 Rescuers said this domingo (13) that 23 people died in Varnholm.\n",
        "2030-10-13",
        "2030-10-13",
        id="month-and-weekday-day",
    ),
    pytest.param(
        "c2.md",
        " date 2030-10 Rescuers said on Sunday (13) that 23 people died in Varnholm, "
        "where the bridge fell on Thursday (10).\n",
        "2030-10-13",
        "2030-10-13",
        id="date-of-the-event-clause-does-not-date-the-toll",
    ),
    pytest.param(
        "d.md",
        "Floods in Varnholm killed 12 people, police said.\n",
        None,
        "",
        id="no-date-at-all",
    ),
    pytest.param(
        "e.md",
        "In June 1999 the army sent 50,000 troops to Varnholm.\n",
        None,
        "1999-06",
        id="dated-sentence-in-undated-doc",
    ),
    pytest.param(
        "f.md",
        "The toll rose to 40 people on 14 July, police said.\n",
        None,
        "",
        id="day-without-year-undated",
    ),
    pytest.param(
        "g.md",
        " date 2021-07 The toll rose to 40 deaths on 14 July, police said.\n",
        None,
        "2021-07-14",
        id="day-without-year-in-marker-month",
    ),
    pytest.param(
        "h.md",
        "---\ndate: 2019-03-15\n---\nAté a tarde de quinta-feira (14), os bombeiros tinham "
        "contado 63 mortos em Serrinha.\n",
        "2019-03-15",
        "2019-03-14",
        id="pt-counted-until-a-day-before-the-count",
    ),
    pytest.param(
        "i.md",
        "---\ndate: 2024-11-09\n---\nHasta el viernes, las autoridades habían contabilizado "
        "80 muertos en Tormenar.\n",
        "2024-11-09",
        "2024-11-08",
        id="es-counted-until-a-weekday",
    ),
    pytest.param(
        "j.md",
        "---\ndate: 2031-03-12\n---\nOs mergulhadores procuram 37 pessoas desaparecidas "
        "após a queda da ponte de Serrinha na última sexta.\n",
        "2031-03-12",
        "2031-03-12",
        id="pt-date-after-the-event-phrase-dates-the-event",
    ),
    pytest.param(
        "k.md",
        "---\ndate: 2031-03-16\n---\nThe toll rose to 57 deaths after the dam at Lindau "
        "burst on Friday, police said.\n",
        "2031-03-16",
        "2031-03-16",
        id="en-date-after-the-event-phrase-dates-the-event",
    ),
    pytest.param(
        "l.md",
        "---\ndate: 2031-03-16\n---\nThe toll rose to 57 deaths on Friday, police said.\n",
        "2031-03-16",
        "2031-03-14",
        id="en-date-after-the-count-still-dates-it",
    ),
    pytest.param(
        "m.md",
        "---\ndate: 2031-03-16\n---\nOn Friday, the Varnholm police said 41 people had died.\n",
        "2031-03-16",
        "2031-03-14",
        id="en-a-weekday-opening-the-clause-dates-the-count",
    ),
    pytest.param(
        "n.md",
        "---\ndate: 2021-07-17\n---\nAm Freitag hatte der Landrat in Kessenau noch von "
        "48 Toten gesprochen.\n",
        "2021-07-17",
        "2021-07-16",
        id="de-a-weekday-opening-the-clause-dates-the-recalled-count",
    ),
    pytest.param(
        "o.md",
        "---\ndate: 2031-03-16\n---\nThe storms in Varnholm on Friday left 41 people dead.\n",
        "2031-03-16",
        "2031-03-16",
        id="en-a-date-inside-the-clause-names-the-event",
    ),
    pytest.param(
        "p.md",
        "El 14 de julio, la consejera aseguró que se habían pagado 900 millones de euros en "
        "Tormenar. Fuente: web oficial (actualización del 19/08/2031).\n",
        None,
        "2031-07-14",
        id="es-a-day-without-year-read-in-the-year-of-the-latest-full-date",
    ),
    pytest.param(
        "q.md",
        "Am 3. März zählte die Polizei in Kessenau 40 Tote. Stand: 14.07.2031.\n",
        None,
        "2031-03-03",
        id="de-a-day-without-year-read-in-the-year-of-the-latest-full-date",
    ),
    pytest.param(
        "r.md",
        "On 2 December the council of Norbury pledged 5 million euros. Updated 10/05/2031.\n",
        None,
        "2030-12-02",
        id="en-a-month-over-half-a-year-after-the-latest-date-is-last-year-s",
    ),
]

FULL = [
    ("actualización del 17/06/2031 y 2/07/2031", date(2031, 7, 2)),
    ("Stand: 14.07.2031, 8.45 Uhr", date(2031, 7, 14)),
    ("página 2031-02-05 21:55", date(2031, 2, 5)),
    ("Updated 12/13/2030", date(2030, 12, 13)),
    ("version 1.2.2031.4 of the app", None),
    ("comme le 9 mars 2012, le cortège", None),
    ("no full date, only 14 July", None),
]


@pytest.mark.parametrize(("text", "want"), FULL)
def test_latest_full_date(text, want):
    assert latest_full_date(text, []) == want


@pytest.mark.parametrize(("name", "text", "day", "as_of"), DOCS)
def test_document_date_and_as_of(tmp_path, name, text, day, as_of):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)[0]
    assert (doc.date.isoformat() if doc.date else None) == day
    claims = [c for c in extract_claims(doc) if c.unit not in ("date", "year")]
    assert claims and claims[0].as_of == as_of


# A weekday named without its day: which one the page reports from (0 = Monday)
WEEKDAYS = [
    ("Los bomberos de Tormenar hablaron hoy miércoles de 12 muertos.", 2),
    ("Les pompiers de Vallon ont annoncé aujourd'hui mardi 40 blessés.", 1),
    ("Am morgigen Samstag reist die Ministerin nach Kessenau.", 4),
    ("Demain samedi, le préfet visitera Vallon.", 4),
    ("Las autoridades revisaron este domingo la cifra de Tormenar.", 6),
    ("A prefeitura de Serrinha confirmou nesta quinta-feira 9 mortos.", 3),
    ("An diesem Montag meldete die Polizei in Kessenau 30 Tote.", 0),
    ("The council of Norbury met on Monday.", 0),
    ("Il sindaco di Valdora ha parlato lunedì; mercoledì la prefettura ha confermato.", None),
    ("The report will be released on Thursday.", None),
    pytest.param(
        "Officials would put out fresh numbers for Norbury on Monday.",
        None,
        marks=pytest.mark.xfail(
            strict=True, reason="a forward-looking verb more than three words before"
        ),
    ),
    ("El balance del domingo (27) subió a 40.", None),
    # a past perfect after "said ... that" is reported speech, not an earlier level
    ("Norbury's mayor said at a briefing Monday evening that 33 had been found dead.", 0),
    ("Le maire de Vallon a indiqué lundi soir que 40 personnes avaient été tuées.", 0),
    ("El alcalde de Tormenar dijo el lunes que habían muerto 40 personas.", 0),
    ("On Monday the mayor of Norbury had still spoken of 40 dead.", None),
    # a figure of thousands after the weekday is no day of the month
    ("Le cortège a rassemblé samedi 22 000 marcheurs à Vallon.", 5),
    ("Die Kundgebung zählte Samstag 31.000 Menschen in Kessenau.", 5),
    ("Hoy martes hubo 4 muertos; hoy miércoles hubo 6.", None),
    ("No weekday at all in this sentence about Norbury.", None),
    (
        "O incêndio que deflagrou na manhã deste domingo em Serrinha continua. Esta "
        "quarta-feira, 7 feridos.",
        2,
    ),
    ("The fire broke out early on Saturday in Norbury. This Monday the toll rose to 9.", 0),
    ("La tormenta, que comenzó a golpear el jueves a Tormenar, dejó 4 muertos.", None),
    ("Das Feuer in Kessenau ist am Montag ausgebrochen, heute Mittwoch gab es 3 Tote.", 2),
    # a comma right after a verb of the event's start sets off the event's day
    ("Le séisme qui a secoué, vendredi soir, Varnholm a fait 41 morts, bilan arrêté samedi.", 5),
    ("Le séisme qui a frappé Varnholm vendredi soir a fait 41 morts.", None),
    ("Ulla tocó tierra durante la madrugada del jueves en Tormenar.", None),
    ("The storm made landfall on Tuesday. On Thursday Norbury counted 9 dead.", 3),
    ("Il bilancio potrà salire. Questa domenica a Valdora i morti sono 12.", 6),
    ("The toll may rise, officials said. On Monday Norbury counted 9 dead.", 0),
    # a German weekday joined to its part of the day is that weekday
    ("Die Feuerwehr von Kessenau meldete am Dienstagabend 14 Verletzte.", 1),
    ("Am Sonntagmorgen zählte die Polizei in Kessenau 300 Menschen.", 6),
    ("Das Beben in Kessenau ist am Freitagnachmittag ausgebrochen. 12 Tote.", 4),
    ("Am Montagabend 30 Tote, am Mittwochmorgen schon 45 in Kessenau.", None),
]


@pytest.mark.parametrize(("text", "want"), WEEKDAYS)
def test_named_weekday(text, want):
    got = named_weekday(text, [])
    assert (got[0] if got else None) == want


# A day and month right after "yesterday" / "today": the day the page reports on, in the
# month it is read in (its own, or its story's).
TOLD = [
    (
        "La marcha llenó Alcorna ayer, 4 de marzo, con miles de vecinos.",
        "2031-03",
        "2031-03-04",
        "es-ayer-day-month",
    ),
    ("Hier 4 mars, la crue a coupé la route de Vennes.", "2031-03", "2031-03-04", "fr-hier"),
    (
        "Gestern, 4. März, sperrte die Polizei die Brücke.",
        "2031-03",
        "2031-03-04",
        "de-gestern-day-dot",
    ),
    ("Today, 4 March 2031, the board met in Harrow.", "2031", "2031-03-04", "en-today-own-year"),
    ("Ontem, 4 de março, o rio subiu em Lamoza.", "2031-03", "2031-03-04", "pt-ontem"),
    ("Ayer, 4 de febrero, se cortó la luz.", "2031-03", None, "another-month-says-nothing"),
    ("Ayer 40 personas marcharon en Alcorna.", "2031-03", None, "a-count-after-ayer"),
    ("Mañana, 5 de marzo, habrá otra marcha.", "2031-03", None, "tomorrow-looks-ahead"),
]


@pytest.mark.parametrize(
    ("text", "month", "day"), [pytest.param(*row[:3], id=row[3]) for row in TOLD]
)
def test_day_told_after_yesterday_or_today(text, month, day):
    got = text_day(text, [], Partial(month, "story"))
    assert (got[0].isoformat() if got else None) == day
