"""French: digits, words, qualifiers, ranges and dates, on invented sentences."""

from __future__ import annotations

from langcases import day, exact, fig, table_tests

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document

LANG = "fr"

FIGURES = [
    # digits and separators
    fig(
        "Quelque 480 000 manifestants ont défilé.",
        ("Quelque 480 000", 480000, 456000, 504000, "approx"),
        id="space-groups-quelque",
    ),
    fig(
        "On compte 12\u202f340 casques bleus.", exact("12\u202f340", 12340), id="narrow-nbsp-groups"
    ),
    fig("Un total de 7\u00a0215 réfugiés.", exact("7\u00a0215", 7215), id="nbsp-groups"),
    fig("La hausse atteint 2,5 %.", exact("2,5 %", 2.5, "percent"), id="decimal-comma-percent"),
    fig(
        "Les 3.735 soldats sont rentrés.",
        exact("3.735", 3735),
        id="dot-groups-in-decimal-comma-text",
    ),
    fig(
        "Ils étaient 1 234 567 au total.",
        exact("1 234 567", 1234567),
        id="three-space-groups-not-a-phone",
    ),
    # scale words
    fig(
        "La ville a promis 3 millions.",
        ("3 millions", 3e6, 2.5e6, 3.5e6, "approx"),
        id="scale-millions",
    ),
    fig(
        "Un don de 2,5 millions d'euros.",
        ("2,5 millions d'euros", 2.5e6, 2.45e6, 2.55e6, "approx", "currency:EUR"),
        id="scale-decimal-euros",
    ),
    fig(
        "Le coût dépasse 1,2 milliard d’euros.",
        ("1,2 milliard d’euros", 1.2e9, 1.15e9, 1.25e9, "approx", "currency:EUR"),
        id="milliard-curly-apostrophe",
    ),
    fig(
        "La collecte a réuni 9,5 M€.",
        ("9,5 M€", 9.5e6, 9.45e6, 9.55e6, "approx", "currency:EUR"),
        id="M-euro-glued",
    ),
    fig(
        "Le chantier coûtera 4 Mds de plus.",
        ("4 Mds", 4e9, 3.5e9, 4.5e9, "approx"),
        id="abbreviation-Mds",
    ),
    fig("Une taxe de 30 € par nuit.", exact("30 €", 30, "currency:EUR"), id="euro-sign-after"),
    # words
    fig("Sept personnes sont mortes.", exact("Sept", 7), id="word-sept"),
    fig("On déplore vingt-sept victimes.", exact("vingt-sept", 27), id="word-hyphen-compound"),
    fig(
        "Il reste quatre-vingt-dix familles.",
        exact("quatre-vingt-dix", 90),
        id="word-quatre-vingt-dix",
    ),
    fig(
        "Deux millions d'euros ont été versés.",
        exact("Deux millions d'euros", 2e6, "currency:EUR"),
        id="word-scale-exact",
    ),
    fig("Un homme a été arrêté.", id="un-is-an-article"),
    fig(
        "Plus d'un million de visiteurs.",
        ("Plus d'un million", 1e6, 1e6, None, "more_than"),
        id="plus-d-un-million",
    ),
    # fractions and round nouns
    fig(
        "Deux tiers des votants ont dit oui.",
        ("Deux tiers", 200 / 3, 190 / 3, 70.0, "approx", "percent"),
        id="fraction-deux-tiers",
    ),
    fig(
        "La moitié des maisons est détruite.",
        ("La moitié", 50, 47.5, 52.5, "approx", "percent"),
        id="fraction-la-moitie",
    ),
    fig(
        "Une dizaine de blessés.", ("Une dizaine", 10, 9.5, 10.5, "approx"), id="round-noun-dizaine"
    ),
    fig(
        "Une centaine de pompiers.",
        ("Une centaine", 100, 95, 105, "approx"),
        id="round-noun-centaine",
    ),
    # qualifiers
    fig("Plus de 3 000 soldats.", ("Plus de 3 000", 3000, 3000, None, "more_than"), id="plus-de"),
    fig(
        "Près de 40 000 personnes.",
        ("Près de 40 000", 40000, 36000, 40000, "close_to"),
        id="pres-de",
    ),
    fig("Environ 150 maisons.", ("Environ 150", 150, 142.5, 157.5, "approx"), id="environ"),
    fig("Au moins 12 morts.", ("Au moins 12", 12, 12, None, "at_least"), id="au-moins"),
    fig("Jusqu'à 500 familles.", ("Jusqu'à 500", 500, None, 500, "up_to"), id="jusqu-a"),
    fig("Moins de 20 blessés.", ("Moins de 20", 20, None, 20, "less_than"), id="moins-de"),
    fig(
        "Presque 90 pour cent des votes.",
        ("Presque 90 pour cent", 90, 81, 90, "close_to", "percent"),
        id="presque-pour-cent",
    ),
    # ranges and pairs
    fig("Entre 80 et 100 morts.", ("Entre 80 et 100", 90, 80, 100, "range"), id="entre-et"),
    fig(
        "Respectivement 70 et 30 millions d'euros.",
        ("70", 7e7, 6.95e7, 7.05e7, "approx", "currency:EUR"),
        ("30 millions d'euros", 3e7, 2.95e7, 3.05e7, "approx", "currency:EUR"),
        id="two-figures-one-scale",
    ),
    # dates are not counts
    fig("Le 6 avril, 35 maisons ont brûlé.", exact("35", 35), id="day-month-skipped"),
    fig(
        "Soixante-douze personnes ont été évacuées.",
        exact("Soixante-douze", 72),
        id="word-soixante-douze",
    ),
    fig("Le ministre parlait sur France 2 hier.", id="label-channel"),
    fig("Selon l'article 5 du traité.", id="label-article"),
    fig("Le bilan est passé de 27 à 35 morts.", exact("27", 27), exact("35", 35), id="change-de-a"),
    fig("De 10 à 20 personnes.", ("De 10 à 20", 15, 10, 20, "range"), id="range-de-a"),
    fig("Des millions d'euros ont été promis.", id="bare-plural-scale-is-vague"),
    fig(
        "Plus d'un demi-million de visiteurs.",
        ("Plus d'un demi-million", 5e5, 5e5, None, "more_than"),
        id="demi-million",
    ),
    fig(
        "Près d'une centaine de morts.",
        ("Près d'une centaine", 100, 90, 100, "close_to"),
        id="pres-d-une-centaine",
    ),
    fig(
        "Le bilan dépasse les 200 morts.",
        ("dépasse les 200", 200, 200, None, "more_than"),
        id="depasse-les",
    ),
]

DATES = [
    day("Le 6 avril 2023, la préfecture a publié un bilan.", "2023-04-06", id="le-6-avril-2023"),
    day("Le 1er mars, la mairie a voté.", "2023-03-01", id="premier-mars"),
    day("Hier, la police a compté 300 personnes.", "2023-04-11", id="hier"),
    day("Avant-hier, le pont a cédé.", "2023-04-10", id="avant-hier"),
    day("Mercredi, le maire a parlé.", "2023-04-12", id="weekday-mercredi"),
    day("Lundi, la ville a rouvert ses écoles.", "2023-04-10", id="weekday-lundi"),
    day("Le bilan publié en février était lourd.", "2023-02", id="month-after-en"),
    day("La crue du 14 juillet 2021 reste dans les mémoires.", "2021-07-14", id="full-date-past"),
    day("Le rapport du 3 déc. 2022 le confirme.", "2022-12-03", id="month-abbreviation"),
    day("Le 12 août, les dons ont afflué.", "2022-08-12", id="day-month-nearest-past"),
    day(
        "Du 3 au 5 mai, la ville a fêté.",
        "2023-05-03",
        id="range-du-au",
    ),
]


ARTICLE = (
    "Incendie : le bilan s'alourdit\n\n"
    "Selon la préfecture, plus de 3 000 pompiers ont été mobilisés dans la nuit de mardi. "
    "Le feu a détruit près de 2 500 hectares et une centaine de maisons. "
    "La région a promis 12,5 millions d'euros pour la reconstruction, a déclaré le maire.\n"
)

test_figures, test_dates, test_language_is_detected = table_tests(LANG, FIGURES, DATES, ARTICLE)


def test_article_claims_read_in_french():
    doc = Document(id="f", path="f.md", text=ARTICLE, lang=LANG)
    claims = {c.value: c for c in extract_claims(doc)}
    assert claims[3000].qualifier == "more_than"
    assert claims[3000].text.startswith("plus de 3 000")
    assert claims[2500].qualifier == "close_to"
    assert claims[12_500_000].unit == "currency"
    assert claims[100].qualifier == "approx"  # une centaine


def test_english_words_are_not_numbers_in_french():
    # "six" is French too; "one" is not, and English qualifiers are not read
    got = find_in("one of the six over 40")
    assert [q.text for q in got] == ["six", "40"]


def find_in(sentence):
    from kfactcheck.grammar.numbers import find_quantities

    return find_quantities(sentence, decimal_comma=True, lang=LANG)
