"""German: digits, words, qualifiers, ranges and dates, on invented sentences."""

from __future__ import annotations

from langcases import day, exact, fig, table_tests

from kfactcheck.claims.extract import extract_claims
from kfactcheck.grammar.numbers import find_quantities
from kfactcheck.grammar.separators import decimal_comma
from kfactcheck.model import Document

LANG = "de"

FIGURES = [
    fig(
        "Fast 100-tausend Beschäftigte.",
        ("Fast 100-tausend", 100000, 90000, 100000, "close_to"),
        id="hyphen-tausend",
    ),
    fig("Rund 40/50 Polizisten.", ("40/50", 45, 40, 50, "range"), id="slash-range"),
    fig("Das Werk läuft 24/7.", id="slash-not-a-range"),
    # digits and separators
    fig("Es kamen 3.735 Soldaten.", exact("3.735", 3735), id="dot-groups"),
    fig("Die Quote liegt bei 6,3 Prozent.", exact("6,3 Prozent", 6.3, "percent"), id="prozent"),
    fig(
        "Rund 1.234.567 Stimmen.",
        ("Rund 1.234.567", 1234567, 1172838.65, 1296295.35, "approx"),
        id="rund-dot-groups",
    ),
    fig(
        "Der Kanton zählt 12'500 Einwohner.",
        exact("12'500", 12500),
        id="swiss-apostrophe",
    ),
    fig("Insgesamt 480 000 Menschen.", exact("480 000", 480000), id="space-groups"),
    fig(
        "Es kostet 1’250’000.50 Franken.",
        exact("1’250’000.50 Franken", 1250000.5, "currency:CHF"),
        id="swiss-curly-apostrophes",
    ),
    fig("Der Wert stieg um 9 %.", exact("9 %", 9, "percent"), id="percent-spaced"),
    # scale words and abbreviations
    fig(
        "Der Fonds umfasst 30 Milliarden Euro.",
        ("30 Milliarden Euro", 3e10, 2.95e10, 3.05e10, "approx", "currency:EUR"),
        id="milliarden-euro",
    ),
    fig(
        "Davon 12,3 Milliarden für Bayern.",
        ("12,3 Milliarden", 1.23e10, 1.225e10, 1.235e10, "approx"),
        id="decimal-milliarden",
    ),
    fig(
        "Es fehlen 4 Mio. Euro.",
        ("4 Mio. Euro", 4e6, 3.5e6, 4.5e6, "approx", "currency:EUR"),
        id="mio-abbreviation",
    ),
    fig(
        "Der Bau kostet 2,7 Mrd. Euro.",
        ("2,7 Mrd. Euro", 2.7e9, 2.65e9, 2.75e9, "approx", "currency:EUR"),
        id="mrd-abbreviation",
    ),
    fig("Eine Million Besucher kamen.", exact("Eine Million", 1e6), id="eine-million"),
    fig(
        "Es wurden 1,5 Millionen Dosen geliefert.",
        ("1,5 Millionen", 1.5e6, 1.45e6, 1.55e6, "approx"),
        id="millionen",
    ),
    # words
    fig("Sechs Menschen starben.", exact("Sechs", 6), id="word-sechs"),
    fig("Zwölf Häuser stürzten ein.", exact("Zwölf", 12), id="word-zwoelf"),
    fig("Es gab siebenundzwanzig Verletzte.", exact("siebenundzwanzig", 27), id="word-compound"),
    fig("Zweitausend Helfer waren da.", exact("Zweitausend", 2000), id="word-zweitausend"),
    fig(
        "Zwei Milliarden Euro fließen.",
        exact("Zwei Milliarden Euro", 2e9, "currency:EUR"),
        id="word-scale-exact",
    ),
    fig("Ein Mann wurde verhaftet.", id="ein-is-an-article"),
    fig("Sie sagte und ging.", id="und-alone-no-number"),
    # fractions
    fig(
        "Ein Drittel der Belegschaft.",
        ("Ein Drittel", 100 / 3, 95 / 3, 35.0, "approx", "percent"),
        id="ein-drittel",
    ),
    fig(
        "Zwei Drittel stimmten zu.",
        ("Zwei Drittel", 200 / 3, 190 / 3, 70.0, "approx", "percent"),
        id="zwei-drittel",
    ),
    fig(
        "Die Hälfte der Häuser ist zerstört.",
        ("Die Hälfte", 50, 47.5, 52.5, "approx", "percent"),
        id="die-haelfte",
    ),
    # qualifiers
    fig("Mehr als 180 Tote.", ("Mehr als 180", 180, 180, None, "more_than"), id="mehr-als"),
    fig("Über 90 Tote.", ("Über 90", 90, 90, None, "more_than"), id="ueber"),
    fig("Mindestens 43 Tote.", ("Mindestens 43", 43, 43, None, "at_least"), id="mindestens"),
    fig("Fast 100 Vermisste.", ("Fast 100", 100, 90, 100, "close_to"), id="fast"),
    fig("Knapp 700 Einwohner.", ("Knapp 700", 700, 630, 700, "close_to"), id="knapp"),
    fig("Etwa 250 Helfer.", ("Etwa 250", 250, 237.5, 262.5, "approx"), id="etwa"),
    fig(
        "Bis zu 12 Milliarden.",
        ("Bis zu 12 Milliarden", 1.2e10, None, 1.2e10, "up_to"),
        id="bis-zu",
    ),
    fig(
        "Bis zu rund 12 Milliarden.",
        ("Bis zu rund 12 Milliarden", 1.2e10, None, 1.2e10, "up_to"),
        id="bis-zu-rund",
    ),
    fig(
        "Weniger als 20 Verletzte.", ("Weniger als 20", 20, None, 20, "less_than"), id="weniger-als"
    ),
    # ranges
    fig(
        "Zwischen 80 und 100 Tote.",
        ("Zwischen 80 und 100", 90, 80, 100, "range"),
        id="zwischen-und",
    ),
    fig("Es kamen 30 bis 40 Menschen.", ("30 bis 40", 35, 30, 40, "range"), id="bis-range"),
    # dates are not counts
    fig("Am 14. Juli starben 18 Menschen.", exact("18", 18), id="day-month-skipped"),
    fig("Die B 257 ist gesperrt.", id="label-road-B"),
    fig("Bitte die Notrufnummer 110 wählen.", id="label-emergency-number"),
    fig("Die Zahl stieg von 27 auf 35.", exact("27", 27), exact("35", 35), id="change-von-auf"),
    fig("Von 30 bis 40 Menschen.", ("Von 30 bis 40", 35, 30, 40, "range"), id="range-von-bis"),
    fig("Um 13.30 Uhr begann die Sitzung.", id="clock-time-uhr"),
    fig("Man sprach über eine Anpassung.", id="eine-after-one-word-qualifier"),
    fig(
        "Mehr als eine Million Menschen.",
        ("Mehr als eine Million", 1e6, 1e6, None, "more_than"),
        id="mehr-als-eine-million",
    ),
    fig("Eine halbe Million Menschen.", exact("Eine halbe Million", 5e5), id="eine-halbe-million"),
]

DATES = [
    day("Am 14. Juli 2021 stieg das Wasser.", "2021-07-14", id="am-14-juli-2021"),
    day("Am 3. März teilte die Polizei mit.", "2023-03-03", id="am-3-maerz"),
    day("Vom 3. bis 5. März feierte die Stadt.", "2023-03-03", id="range-vom-bis"),
    day("Gestern teilte die Polizei mit, dass 50 Menschen starben.", "2023-04-11", id="gestern"),
    day("Vorgestern brach der Damm.", "2023-04-10", id="vorgestern"),
    day("Am Montag wurden 20 Tote gezählt.", "2023-04-10", id="weekday-montag"),
    # a page of April 2023: "war" puts July in the year before
    day("Die Flut im Juli war verheerend.", "2022-07", id="month-after-im"),
    day("Die Flut im Juli wird erwartet.", "2023-07", id="month-after-im-future"),
    day("Der Bericht vom 1. Dez. 2022.", "2022-12-01", id="month-abbreviation"),
    day("Heute wurden 12 Vermisste gefunden.", "2023-04-12", id="heute"),
    day("Bis zum 30. September 2024 soll alles fertig sein.", "2024-09-30", id="bis-zum"),
    day("Am Samstag demonstrierten 5000 Menschen.", "2023-04-08", id="weekday-samstag"),
]


ARTICLE = (
    "Unwetter: Zahl der Toten steigt\n\n"
    "Nach Angaben der Polizei sind mindestens 38 Menschen gestorben. "
    "Rund 1.300 Menschen werden noch vermisst, sagte der Innenminister am Donnerstag. "
    "Der Bund will 2,5 Milliarden Euro für den Wiederaufbau bereitstellen.\n"
)

test_figures, test_dates, test_language_is_detected = table_tests(LANG, FIGURES, DATES, ARTICLE)


def test_article_claims_read_in_german():
    doc = Document(id="g", path="g.md", text=ARTICLE, lang=LANG)
    claims = {c.value: c for c in extract_claims(doc)}
    assert claims[38].qualifier == "at_least"
    assert claims[1300].qualifier == "approx"  # "1.300": thousands, not 1.3
    assert claims[2_500_000_000].unit == "currency"


def test_dot_groups_decide_the_convention():
    assert decimal_comma(ARTICLE, LANG) is True
    assert [q.value for q in find_quantities("1.300 Menschen", decimal_comma=True, lang=LANG)] == [
        1300
    ]
