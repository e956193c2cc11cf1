"""Serbo-Croatian (hr, sr, bs; Latin script): digits, words, qualifiers, dates."""

from __future__ import annotations

import pytest
from langcases import day, exact, fig, table_tests

from kfactcheck.claims.extract import extract_claims
from kfactcheck.grammar.numlang import code
from kfactcheck.model import Document

LANG = "hr"  # read with the Serbo-Croatian table, as are sr and bs

FIGURES = [
    # digits and separators
    fig("Stiglo je 3.735 vojnika.", exact("3.735", 3735), id="dot-groups"),
    fig(
        "Nezaposlenost je pala na 6,3%.", exact("6,3%", 6.3, "percent"), id="decimal-comma-percent"
    ),
    fig("Pad od 12 posto.", exact("12 posto", 12, "percent"), id="posto"),
    fig("Pad od 12 odsto.", exact("12 odsto", 12, "percent"), id="odsto"),
    fig("U gradu živi 480 000 ljudi.", exact("480 000", 480000), id="space-groups"),
    # scale words and currency
    fig(
        "Fond ima 40 miliona eura.",
        ("40 miliona eura", 4e7, 3.95e7, 4.05e7, "approx", "currency:EUR"),
        id="miliona-eura",
    ),
    fig(
        "Fond ima 40 milijuna eura.",
        ("40 milijuna eura", 4e7, 3.95e7, 4.05e7, "approx", "currency:EUR"),
        id="milijuna-eura",
    ),
    fig(
        "Obnova košta 2,5 milijarde.",
        ("2,5 milijarde", 2.5e9, 2.45e9, 2.55e9, "approx"),
        id="milijarde",
    ),
    fig(
        "Plaćeno je 3 hiljade dinara.",
        ("3 hiljade dinara", 3000, 2500, 3500, "approx", "currency:RSD"),
        id="hiljade-dinara",
    ),
    fig("Došlo je 5 tisuća ljudi.", ("5 tisuća", 5000, 4500, 5500, "approx"), id="tisuca"),
    fig(
        "Potrebno je 12 mil. eura.",
        ("12 mil. eura", 1.2e7, 1.15e7, 1.25e7, "approx", "currency:EUR"),
        id="mil-abbreviation",
    ),
    # words
    fig("Poginulo je sedam ljudi.", exact("sedam", 7), id="word-sedam"),
    fig("Ima dvadeset pet ranjenih.", exact("dvadeset pet", 25), id="word-compound"),
    fig("Dvije kuće su srušene.", exact("Dvije", 2), id="word-dvije"),
    fig("Dve kuće su srušene.", exact("Dve", 2), id="word-dve"),
    fig("Dvadeset i tri osobe.", exact("Dvadeset i tri", 23), id="word-i-compound"),
    fig("Jedan čovjek je uhapšen.", id="jedan-alone-not-a-count"),
    fig("Dva miliona ljudi.", exact("Dva miliona", 2e6), id="word-scale-exact"),
    # fractions and round nouns
    fig(
        "Polovina kuća je uništena.",
        ("Polovina", 50, 47.5, 52.5, "approx", "percent"),
        id="polovina",
    ),
    fig(
        "Dvije trećine glasova.",
        ("Dvije trećine", 200 / 3, 190 / 3, 70.0, "approx", "percent"),
        id="dvije-trecine",
    ),
    fig("Desetak ranjenih.", ("Desetak", 10, 9.5, 10.5, "approx"), id="desetak"),
    # qualifiers
    fig("Više od 200 mrtvih.", ("Više od 200", 200, 200, None, "more_than"), id="vise-od"),
    fig("Preko 300 kuća.", ("Preko 300", 300, 300, None, "more_than"), id="preko"),
    fig("Oko 250 spasilaca.", ("Oko 250", 250, 237.5, 262.5, "approx"), id="oko"),
    fig("Gotovo 100 nestalih.", ("Gotovo 100", 100, 90, 100, "close_to"), id="gotovo"),
    fig("Skoro 100 nestalih.", ("Skoro 100", 100, 90, 100, "close_to"), id="skoro"),
    fig("Najmanje 43 mrtvih.", ("Najmanje 43", 43, 43, None, "at_least"), id="najmanje"),
    fig("Manje od 20 slučajeva.", ("Manje od 20", 20, None, 20, "less_than"), id="manje-od"),
    fig("Do 80 porodica.", ("Do 80", 80, None, 80, "up_to"), id="do"),
    # ranges
    fig("Između 80 i 100 mrtvih.", ("Između 80 i 100", 90, 80, 100, "range"), id="izmedju-i"),
    fig(
        "Od 30 do 40 ljudi.",
        ("Od 30 do 40", 35, 30, 40, "range"),
        id="od-do",
    ),
    fig(
        "Prema članu 5 zakona.",
        id="label-clan",
        xfail="inflected labels ('članu') are listed one by one",
    ),
    fig(
        "Broj je porastao sa 27 na 35.",
        exact("27", 27),
        exact("35", 35),
        id="change-sa-na",
    ),
    fig("Pola miliona ljudi.", exact("Pola miliona", 5e5), id="pola-miliona"),
]

DATES = [
    day("Dana 6. travnja 2023. policija je objavila.", "2023-04-06", id="6-travnja-2023"),
    day("Dana 15. jula 2021. voda je porasla.", "2021-07-15", id="15-jula-2021"),
    day("Dana 3. marta je policija javila.", "2023-03-03", id="3-marta"),
    day("Jučer je pronađeno 12 tijela.", "2023-04-11", id="jucer"),
    day("Juče je pronađeno 12 tela.", "2023-04-11", id="juce"),
    day("Danas se otvaraju škole.", "2023-04-12", id="danas"),
    day("U ponedjeljak je izbrojano 40 ranjenih.", "2023-04-10", id="weekday-ponedjeljak"),
    day("U subotu je marširalo 5.000 ljudi.", "2023-04-08", id="weekday-subotu"),
    day("Sutra će biti dan žalosti.", "2023-04-13", id="sutra"),
    day("Dana 1. maja 2022. bio je marš.", "2022-05-01", id="1-maja-2022"),
]


@pytest.mark.parametrize("lang", ["hr", "sr", "bs", "sr-Latn", "hr-HR"])
def test_codes_share_one_table(lang):
    assert code(lang) == "sh"


ARTICLE = (
    "Broj mrtvih porastao\n\n"
    "Prema podacima policije, najmanje 43 osobe su poginule u poplavama. "
    "Više od 1.300 ljudi se još uvijek vodi kao nestalo, rekao je ministar u četvrtak. "
    "Vlada je za obnovu izdvojila 2,5 milijarde eura.\n"
)

test_figures, test_dates, test_language_is_detected = table_tests(LANG, FIGURES, DATES, ARTICLE)


def test_article_claims_read_in_serbo_croatian():
    doc = Document(id="h", path="h.md", text=ARTICLE, lang=LANG)
    claims = {c.value: c for c in extract_claims(doc)}
    assert claims[43].qualifier == "at_least"
    assert claims[1300].qualifier == "more_than"
    assert claims[2_500_000_000].unit == "currency"
