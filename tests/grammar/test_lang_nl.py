"""Dutch: digits, words, qualifiers, ranges and dates, on invented sentences."""

from __future__ import annotations

from langcases import day, exact, fig, table_tests

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document

LANG = "nl"

FIGURES = [
    # digits and separators
    fig("Er kwamen 3.735 soldaten.", exact("3.735", 3735), id="dot-groups"),
    fig(
        "De werkloosheid daalde naar 6,3%.",
        exact("6,3%", 6.3, "percent"),
        id="decimal-comma-percent",
    ),
    fig("Een daling van 12 procent.", exact("12 procent", 12, "percent"), id="procent"),
    fig("Er wonen 480 000 mensen.", exact("480 000", 480000), id="space-groups"),
    # scale words and currency
    fig(
        "Het fonds bevat 40 miljoen euro.",
        ("40 miljoen euro", 4e7, 3.95e7, 4.05e7, "approx", "currency:EUR"),
        id="miljoen-euro",
    ),
    fig("Het kost 2,5 miljard.", ("2,5 miljard", 2.5e9, 2.45e9, 2.55e9, "approx"), id="miljard"),
    fig(
        "Er is 12 mln euro nodig.",
        ("12 mln euro", 1.2e7, 1.15e7, 1.25e7, "approx", "currency:EUR"),
        id="mln-abbreviation",
    ),
    fig("Een miljoen mensen.", exact("Een miljoen", 1e6), id="een-miljoen"),
    fig(
        "Twee miljard euro.", exact("Twee miljard euro", 2e9, "currency:EUR"), id="word-scale-exact"
    ),
    # words
    fig("Zeven mensen kwamen om.", exact("Zeven", 7), id="word-zeven"),
    fig("Er zijn zevenentwintig gewonden.", exact("zevenentwintig", 27), id="word-compound"),
    fig("Tweeduizend vrijwilligers hielpen.", exact("Tweeduizend", 2000), id="word-tweeduizend"),
    fig("Twaalf huizen zijn ingestort.", exact("Twaalf", 12), id="word-twaalf"),
    fig("Een man werd opgepakt.", id="een-is-an-article"),
    fig("Hij en zij gingen.", id="en-alone-no-number"),
    # fractions and round nouns
    fig(
        "De helft van de huizen.", ("De helft", 50, 47.5, 52.5, "approx", "percent"), id="de-helft"
    ),
    fig(
        "Twee derde van de stemmen.",
        ("Twee derde", 200 / 3, 190 / 3, 70.0, "approx", "percent"),
        id="twee-derde",
    ),
    fig("Een tiental gewonden.", ("Een tiental", 10, 9.5, 10.5, "approx"), id="een-tiental"),
    # qualifiers
    fig("Meer dan 200 doden.", ("Meer dan 200", 200, 200, None, "more_than"), id="meer-dan"),
    fig("Ruim 300 huizen.", ("Ruim 300", 300, 300, None, "more_than"), id="ruim"),
    fig("Bijna 100 vermisten.", ("Bijna 100", 100, 90, 100, "close_to"), id="bijna"),
    fig("Ongeveer 250 helpers.", ("Ongeveer 250", 250, 237.5, 262.5, "approx"), id="ongeveer"),
    fig("Zo'n 500 vrijwilligers.", ("Zo'n 500", 500, 475, 525, "approx"), id="zo-n"),
    fig("Minstens 43 doden.", ("Minstens 43", 43, 43, None, "at_least"), id="minstens"),
    fig("Ten minste 12 gewonden.", ("Ten minste 12", 12, 12, None, "at_least"), id="ten-minste"),
    fig("Minder dan 20 gevallen.", ("Minder dan 20", 20, None, 20, "less_than"), id="minder-dan"),
    fig("Maximaal 80 gezinnen.", ("Maximaal 80", 80, None, 80, "up_to"), id="maximaal"),
    # ranges
    fig("Tussen 80 en 100 doden.", ("Tussen 80 en 100", 90, 80, 100, "range"), id="tussen-en"),
    fig("Er kwamen 30 tot 40 mensen.", ("30 tot 40", 35, 30, 40, "range"), id="tot-range"),
    # dates are not counts
    fig("Op 3 maart vielen 18 doden.", exact("18", 18), id="day-month-skipped"),
    fig("De A 2 is afgesloten.", id="label-road"),
    fig("Het aantal steeg van 27 naar 35.", exact("27", 27), exact("35", 35), id="change-van-naar"),
    fig("Van 30 tot 40 mensen.", ("Van 30 tot 40", 35, 30, 40, "range"), id="range-van-tot"),
    fig("Een half miljoen mensen.", exact("Een half miljoen", 5e5), id="een-half-miljoen"),
]

DATES = [
    day("Op 14 juli 2021 steeg het water.", "2021-07-14", id="14-juli-2021"),
    day("Op 3 maart meldde de politie het.", "2023-03-03", id="3-maart"),
    day("Van 3 tot 5 maart vierde de stad feest.", "2023-03-03", id="range-van-tot"),
    day("Gisteren werden 50 doden geteld.", "2023-04-11", id="gisteren"),
    day("Eergisteren brak de dijk door.", "2023-04-10", id="eergisteren"),
    day("Maandag werden 20 doden geteld.", "2023-04-10", id="weekday-maandag"),
    day("Vandaag gaan de scholen weer open.", "2023-04-12", id="vandaag"),
    day("In september 2019 begon de sloop.", "2019-09", id="month-year"),
    day("Zaterdag demonstreerden 5000 mensen.", "2023-04-08", id="weekday-zaterdag"),
    day("Het rapport van 1 dec. 2022.", "2022-12-01", id="month-abbreviation"),
    day("Op 1 mei 2022 was er een mars.", "2022-05-01", id="1-mei-2022"),
]


ARTICLE = (
    "Aantal doden na overstroming gestegen\n\n"
    "Volgens de politie zijn minstens 43 mensen om het leven gekomen. "
    "Ruim 1.300 mensen worden nog vermist, zei de minister op donderdag. "
    "Het kabinet trekt 2,5 miljard euro uit voor de wederopbouw van het gebied.\n"
)

test_figures, test_dates, test_language_is_detected = table_tests(LANG, FIGURES, DATES, ARTICLE)


def test_article_claims_read_in_dutch():
    doc = Document(id="n", path="n.md", text=ARTICLE, lang=LANG)
    claims = {c.value: c for c in extract_claims(doc)}
    assert claims[43].qualifier == "at_least"
    assert claims[1300].qualifier == "more_than"
    assert claims[2_500_000_000].unit == "currency"
