"""Italian: digits, words, qualifiers, ranges and dates, on invented sentences."""

from __future__ import annotations

from langcases import day, exact, fig, table_tests

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document

LANG = "it"

FIGURES = [
    fig("Almeno 30/40 dispersi.", ("30/40", 35, 30, 40, "range"), id="slash-range"),
    fig(
        "Il bilancio è salito da 80 a 120.",
        exact("80", 80),
        exact("120", 120),
        id="da-a-change-two-levels",
    ),
    # digits and separators
    fig("Sono arrivati 3.735 soldati.", exact("3.735", 3735), id="dot-groups"),
    fig("Il tasso scende al 6,3%.", exact("6,3%", 6.3, "percent"), id="decimal-comma-percent"),
    fig("Un calo del 12 per cento.", exact("12 per cento", 12, "percent"), id="per-cento"),
    fig("Gli sfollati sono 632 in tutto.", exact("632", 632), id="bare"),
    # scale words and currency
    fig(
        "Un fondo di 150 milioni di euro.",
        ("150 milioni di euro", 1.5e8, 1.495e8, 1.505e8, "approx", "currency:EUR"),
        id="milioni-di-euro",
    ),
    fig("Costerà 2,5 miliardi.", ("2,5 miliardi", 2.5e9, 2.45e9, 2.55e9, "approx"), id="miliardi"),
    fig(
        "Servono 40 mln di euro.",
        ("40 mln di euro", 4e7, 3.95e7, 4.05e7, "approx", "currency:EUR"),
        id="mln-abbreviation",
    ),
    fig("La società versa 3 mld.", ("3 mld", 3e9, 2.5e9, 3.5e9, "approx"), id="mld-abbreviation"),
    fig(
        "Sono 30 mila le persone in piazza.",
        ("30 mila", 30000, 29500, 30500, "approx"),
        id="mila-after-digits",
    ),
    # "mila" glued to the digits, as headlines and bulletins write it
    fig("Sono 4mila gli sfollati.", ("4mila", 4000, 3500, 4500, "approx"), id="mila-glued"),
    fig(
        "Gli evacuati (12mila solo a Corvella) restano fuori casa.",
        ("12mila", 12000, 11500, 12500, "approx"),
        id="mila-glued-in-brackets",
    ),
    fig(
        "Sono 2,5mila i volontari.",
        ("2,5mila", 2500, 2450, 2550, "approx"),
        id="mila-glued-decimal",
    ),
    fig("Il comune ha 10 milanesi in lista.", exact("10", 10), id="milanesi-not-mila"),
    fig(
        "Un fondo di mezzo miliardo di euro.",
        exact("mezzo miliardo di euro", 5e8, "currency:EUR"),
        id="mezzo-miliardo",
    ),
    fig("Un milione di persone.", exact("Un milione", 1e6), id="un-milione"),
    # words
    fig("Tredici i feriti gravi.", exact("Tredici", 13), id="word-tredici"),
    fig("Ci sono ventisette dispersi.", exact("ventisette", 27), id="word-compound"),
    fig("Duemila volontari al lavoro.", exact("Duemila", 2000), id="word-duemila"),
    fig("Quattro persone estratte vive.", exact("Quattro", 4), id="word-quattro"),
    fig("Un uomo è stato arrestato.", id="un-is-an-article"),
    fig("Il ponte è dovuto crollare.", id="english-due-not-read"),
    # fractions and round nouns
    fig("La metà delle case.", ("La metà", 50, 47.5, 52.5, "approx", "percent"), id="la-meta"),
    fig(
        "Due terzi dei voti.",
        ("Due terzi", 200 / 3, 190 / 3, 70.0, "approx", "percent"),
        id="due-terzi",
    ),
    fig(
        "Una quindicina di feriti.",
        ("Una quindicina", 15, 14.25, 15.75, "approx"),
        id="una-quindicina",
    ),
    fig("Una ventina di case.", ("Una ventina", 20, 19, 21, "approx"), id="una-ventina"),
    fig(
        "Almeno una decina di dispersi.",
        ("Almeno una decina", 10, 10, None, "at_least"),
        id="almeno-una-decina",
    ),
    # qualifiers
    fig("Oltre 40 morti.", ("Oltre 40", 40, 40, None, "more_than"), id="oltre"),
    fig("Più di 600 sfollati.", ("Più di 600", 600, 600, None, "more_than"), id="piu-di"),
    fig("Circa 600 persone.", ("Circa 600", 600, 570, 630, "approx"), id="circa"),
    fig("Quasi 100 feriti.", ("Quasi 100", 100, 90, 100, "close_to"), id="quasi"),
    fig("Almeno 22 vittime.", ("Almeno 22", 22, 22, None, "at_least"), id="almeno"),
    fig("Fino a 120 milioni.", ("Fino a 120 milioni", 1.2e8, None, 1.2e8, "up_to"), id="fino-a"),
    fig("Meno di 10 dispersi.", ("Meno di 10", 10, None, 10, "less_than"), id="meno-di"),
    fig(
        "Oltre il 60% dei fondi.",
        ("Oltre il 60%", 60, 60, None, "more_than", "percent"),
        id="oltre-il",
    ),
    # ranges
    fig("Tra 30 e 40 morti.", ("Tra 30 e 40", 35, 30, 40, "range"), id="tra-e"),
    # dates are not counts
    fig("Il 14 agosto sono morte 43 persone.", exact("43", 43), id="day-month-skipped"),
    fig("Il pilone 9 è crollato.", id="label-pilone"),
    fig("Il Movimento 5 Stelle protesta.", id="label-party-name"),
    fig(
        "Il bilancio è salito da 37 a 39 morti.", exact("37", 37), exact("39", 39), id="change-da-a"
    ),
    fig("Da 30 a 40 feriti.", ("Da 30 a 40", 35, 30, 40, "range"), id="range-da-a"),
    fig(
        "Quasi un centinaio di persone.",
        ("Quasi un centinaio", 100, 90, 100, "close_to"),
        id="quasi-un-centinaio",
    ),
    fig(
        "Il bilancio ha superato i 40 morti.",
        ("ha superato i 40", 40, 40, None, "more_than"),
        id="ha-superato-i",
    ),
]

DATES = [
    day("Il 14 agosto 2018 il ponte è crollato.", "2018-08-14", id="14-agosto-2018"),
    day("Il 3 marzo la prefettura ha comunicato.", "2023-03-03", id="3-marzo"),
    day("Dal 3 al 5 marzo la città ha festeggiato.", "2023-03-03", id="range-dal-al"),
    day("Ieri sono stati trovati 12 corpi.", "2023-04-11", id="ieri"),
    day("Oggi riaprono le scuole.", "2023-04-12", id="oggi"),
    day("Lunedì sono stati contati 40 feriti.", "2023-04-10", id="weekday-lunedi"),
    day("A settembre 2019 è iniziata la demolizione.", "2019-09", id="month-year"),
    day("Sabato hanno marciato 5.000 persone.", "2023-04-08", id="weekday-sabato"),
    day("Il bilancio del 15 ago. 2018.", "2018-08-15", id="month-abbreviation"),
    day("Domani sarà lutto cittadino.", "2023-04-13", id="domani"),
    day("Dal 1º luglio 2022 le tariffe sono cambiate.", "2022-07-01", id="ordinal-primo"),
]


ARTICLE = (
    "Crollo del ponte, sale il bilancio\n\n"
    "Secondo la prefettura, almeno 39 persone sono morte e una quindicina sono ferite. "
    "Oltre 600 persone sono state evacuate dalle loro case, ha detto il sindaco martedì. "
    "La società ha promesso 500 milioni di euro per la ricostruzione.\n"
)

test_figures, test_dates, test_language_is_detected = table_tests(LANG, FIGURES, DATES, ARTICLE)


def test_article_claims_read_in_italian():
    doc = Document(id="i", path="i.md", text=ARTICLE, lang=LANG)
    claims = {c.value: c for c in extract_claims(doc)}
    assert claims[39].qualifier == "at_least"
    assert claims[600].qualifier == "more_than"
    assert claims[500_000_000].unit == "currency"
