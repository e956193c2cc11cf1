"""Figures whose counted noun is not next to them, in every language read: a list after a
total ("412: 300 in Norvale, 12 in Kessby"), a count named by its head noun ("la cifra",
"die Zahl der ...", "o número de pessoas que faleceram"), two levels of a change ("de 188 a
197"), a word for one that counts ("y una en Ardenia"), and a country word that is only a
place ("en todo el país"). Every sentence here is invented (invented places too)."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Claim, Document


def claims(text: str, lang: str) -> list[Claim]:
    doc = Document(
        id="d1", path="x.txt", text=text, keep=[(0, len(text))], date=date(2024, 5, 3), lang=lang
    )
    return [c for c in extract_claims(doc) if c.unit not in ("date", "year")]


def case(lang, text, *expected, id, xfail=None):
    """`expected`: (figure text start, value, family) of claims that must be there."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(lang, text, list(expected), id=id, marks=marks)


CASES = [
    # a list of places after a total and a colon: parts of the same count
    case(
        "en",
        "By evening the toll was 412: 300 in Norvale and 12 in Kessby.",
        ("412", 412, "deaths"),
        ("300", 300, "deaths"),
        ("12", 12, "deaths"),
        id="en-total-colon-list",
    ),
    case(
        "it",
        "Il bilancio delle vittime del sisma nella valle, comunicato dalle prefetture di "
        "Norvale e Kessby, è salito per ora a 412: 300 a Norvale, 12 a Kessby e 100 a Dunmoor.",
        ("412", 412, "deaths"),
        ("300", 300, "deaths"),
        ("100", 100, "deaths"),
        id="it-bilancio-far-back-then-list",
    ),
    case(
        "es",
        "Se contabilizan 251 fallecidos en todo el país: 140 en Norvale, 58 en Kessby, seis en "
        "Dunmoor y una en Ardenia.",
        ("140", 140, "deaths"),
        ("seis", 6, "deaths"),
        ("una", 1, "deaths"),
        id="es-country-in-place-phrase-list-and-una",
    ),
    case(
        "es",
        "Se confirman 148 decesos en Norvale, 9 en el Estado de Kessby y uno en Dunmoor.",
        ("148", 148, "deaths"),
        ("9", 9, "deaths"),
        ("uno", 1, "deaths"),
        id="es-estado-is-a-place-uno-counts",
    ),
    case(
        "pt",
        "Morreram 40 pessoas e 90 ficaram feridas, entre as quais 71 moradores, 18 turistas e "
        "um militar.",
        # the list after "entre as quais" names parts of the injured by who they are
        ("um militar", 1, "injured:part"),
        ("71 moradores", 71, "injured:part"),
        id="pt-um-ends-a-list-of-figures",
    ),
    case(
        "it",
        "Sono morte 12 persone a Norvale e una a Kessby.",
        ("12", 12, "deaths"),
        ("una", 1, "deaths"),
        id="it-una-before-a-place",
    ),
    # a count named by its head noun
    case(
        "pt",
        "O número de pessoas que faleceram depois de a ponte velha de Vila Serra ter cedido, "
        "segundo a câmara de Norvale, aumentou para 47.",
        ("47", 47, "deaths"),
        id="pt-numero-de-pessoas-que-faleceram",
    ),
    case(
        "de",
        "Rund 7.000 Angestellte der Kessby-Werke legten laut Betriebsrat die Arbeit nieder. "
        "Die genaue Zahl gab er am Abend mit 7.300 an.",
        ("7.300", 7300, "crowd"),
        id="de-die-zahl-names-the-count-before",
    ),
    case(
        "de",
        "Die Werksleitung schätzte die Zahl der Streikenden auf 2.800.",
        ("2.800", 2800, "crowd"),
        id="de-zahl-der-streikenden",
    ),
    case(
        "fr",
        "Le bilan des morts de la tempête à Norvale, selon la préfecture, atteint 37.",
        ("37", 37, "deaths"),
        id="fr-bilan-des-morts",
    ),
    case(
        "fr",
        "Environ 17.000 personnes ont manifesté à Norvale, 11.000 à Kessby. Ils étaient 6.500 "
        "à Dunmoor.",
        ("11.000", 11000, "crowd"),
        ("6.500", 6500, "crowd"),
        id="fr-ils-etaient-the-count-before",
    ),
    case(
        "fr",
        "Les organisateurs annoncent 1,9 million de personnes en France, dont 240 000 à Norvale.",
        ("1,9 million", 1900000, "people"),
        ("240 000", 240000, "people"),
        id="fr-millions-de-personnes-dont",
    ),
    case(
        "en",
        "Around 35 of the deaths were counted along the coast road between Norvale and Kessby.",
        ("Around 35", 35, "deaths:part"),
        id="en-n-of-the-deaths",
    ),
    case(
        "en",
        "Some 300 of the troops are based in Norvale.",
        ("Some 300", 300, "troops"),
        id="en-n-of-the-troops",
    ),
    # two levels of a change, named by the count before
    case(
        "es",
        "El balance de fallecidos pasó de 512 a 530 el lunes. En Norvale la cifra aumentó de "
        "188 a 197; en Kessby subió de 21 a 24 personas fallecidas.",
        ("188", 188, "deaths"),
        ("197", 197, "deaths"),
        ("21", 21, "deaths"),
        ("24", 24, "deaths"),
        id="es-cifra-aumento-de-a",
    ),
    case(
        "pt",
        "O total de mortos vai passar de 13 para 15.",
        ("13", 13, "deaths"),
        ("15", 15, "deaths"),
        id="pt-passar-de-para",
    ),
    case(
        "it",
        "Il numero dei morti è salito da 80 a 120.",
        ("80", 80, "deaths"),
        ("120", 120, "deaths"),
        id="it-salito-da-a",
    ),
    case(
        "fr",
        "Le nombre de morts est passé de 200 à 250.",
        ("200", 200, "deaths"),
        ("250", 250, "deaths"),
        id="fr-passe-de-a",
    ),
    case(
        "de",
        "Die Zahl der Toten stieg von 50 auf 80.",
        ("50", 50, "deaths"),
        ("80", 80, "deaths"),
        id="de-von-auf",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_figure_counts_what_its_clause_names(lang, text, expected):
    got = claims(text, lang)
    for figure, value, family in expected:
        found = [c for c in got if c.text.startswith(figure) and c.value == value]
        assert found, f"no claim {figure!r} in {[(c.text, c.value) for c in got]}"
        # a part is named by its predicate after its kind ("deaths:part small town"):
        # the kind is what these cases check
        assert found[0].terms[0].split(" ")[0] == family, (figure, found[0].terms)


# A country word that is part of a place or of a title is not what a figure counts
NOT_COUNTRIES = [
    case(
        "pt",
        "Segundo o secretário de Estado do Ambiente, 22 pessoas ficaram retidas em barcos e 9 "
        "em casas isoladas.",
        ("9", 9, "people"),
        id="pt-secretario-de-estado",
    ),
    case(
        "pt",
        "Já são 26 as pessoas que faleceram nas cheias de Vila Serra, afirmou esta tarde o "
        "secretário de Estado do Ambiente.",
        ("26", 26, "deaths"),
        id="pt-estado-after-the-figure",
    ),
    case(
        "fr",
        "Samedi, les organisateurs ont annoncé 650.000 manifestants à travers le pays, la "
        "police 280.000.",
        ("280.000", 280000, "crowd"),
        id="fr-a-travers-le-pays",
    ),
    case(
        "it",
        "Sono 131 le vittime registrate nei paesi della valle, 29 quelle nella provincia di "
        "Kessby.",
        ("29", 29, "deaths"),
        id="it-nei-paesi",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NOT_COUNTRIES)
def test_a_country_word_in_a_place_or_title_is_not_counted(lang, text, expected):
    test_figure_counts_what_its_clause_names(lang, text, expected)


# A reading on a scale is no count, and the bare figure after it counts nothing
READINGS = [
    pytest.param(
        "es", "Murieron 96 personas por el terremoto de 6,4 grados.", "6,4", id="es-grados"
    ),
    pytest.param(
        "es",
        "Hay 57 fallecidos tras el temblor de magnitud 5,9 en la zona.",
        "5,9",
        id="es-magnitud",
    ),
    pytest.param(
        "it",
        "Si contano 63 morti dopo la scossa di magnitudo 5,3 avvertita a Norvale.",
        "5,3",
        id="it-magnitudo",
    ),
    pytest.param(
        "fr", "Le séisme de magnitude 6,2 a fait 40 morts à Norvale.", "6,2", id="fr-magnitude"
    ),
]


@pytest.mark.parametrize(("lang", "text", "figure"), READINGS)
def test_a_reading_is_not_a_count(lang, text, figure):
    found = [c for c in claims(text, lang) if c.text.startswith(figure)]
    assert all(c.unit != "people" for c in found), [(c.text, c.unit) for c in found]


# "between X and Y" given to two sources joined by "and" is two claims; to one, a range
TWO_SOURCES = [
    pytest.param(
        "fr",
        "Entre 0,9 et 2,3 millions de personnes ont défilé dimanche, selon les chiffres de la "
        "préfecture et des organisateurs.",
        [(900000, "crowd"), (2300000, "crowd")],
        id="fr-selon-x-et-y",
    ),
    pytest.param(
        "en",
        "Between 20,000 and 30,000 people marched, according to the police and the organisers.",
        [(20000, "crowd"), (30000, "crowd")],
        id="en-according-to-x-and-y",
    ),
    pytest.param(
        "es",
        "Entre 3.000 y 5.000 personas marcharon, según la policía y los organizadores.",
        [(3000, "crowd"), (5000, "crowd")],
        id="es-segun-x-y-y",
    ),
    pytest.param(
        "fr",
        "Entre 0,9 et 2,3 millions de personnes ont défilé dimanche, selon les organisateurs.",
        [(1600000, "crowd")],
        id="fr-one-source-keeps-the-range",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TWO_SOURCES)
def test_a_range_of_two_sources_is_two_claims(lang, text, expected):
    assert [(c.value, c.terms[0]) for c in claims(text, lang)] == expected


# "weitere" / "mais" add to a count; "outros" / "otras" are another group, still counted
ADDED = [
    pytest.param(
        "de",
        "In Norstadt schlossen sich 12.000 weitere Streikende an.",
        "12.000",
        "crowd:added",
        id="de-weitere-added",
    ),
    pytest.param(
        "pt",
        "O incêndio fez mais cinco mortos em Norvale.",
        "cinco",
        None,
        id="pt-mais-cinco-mortos-a-step",
    ),
    pytest.param(
        "pt",
        "Outros três bombeiros ficaram feridos durante a noite.",
        "três",
        # firefighters who were hurt: a part of the injured, others than those counted before
        "injured:part firefighters:other",
        id="pt-outros-tres-bombeiros",
    ),
    pytest.param(
        "es",
        "Otras tres personas perdieron la vida en Kessby.",
        "tres",
        "deaths",
        id="es-otras-tres-personas",
    ),
]


@pytest.mark.parametrize(("lang", "text", "figure", "family"), ADDED)
def test_more_and_other(lang, text, figure, family):
    found = [c for c in claims(text, lang) if figure in c.text]
    if family is None:
        assert not found, [c.text for c in found]
    else:
        assert found and found[0].terms[0] == family, [(c.text, c.terms) for c in found]


# A step is no level: "incrementó en dos", "stieg um 40", "è salito di 12"
STEPS = [
    pytest.param("es", "En Kessby el número de fallecidos incrementó en dos.", "dos", id="es-en"),
    pytest.param("de", "Die Zahl der Toten stieg um 40 auf 120.", "40", id="de-um"),
    pytest.param("it", "Il bilancio dei morti è salito di 12 a 80.", "12", id="it-di"),
    pytest.param("pt", "O número de mortos aumentou em 5 para 30.", "5", id="pt-em"),
]


@pytest.mark.parametrize(("lang", "text", "step"), STEPS)
def test_a_step_is_not_a_level(lang, text, step):
    assert not [c for c in claims(text, lang) if c.text == step and c.terms[0]]


# Words for one that are articles stay articles
ARTICLES = [
    pytest.param("pt", "Um homem morreu e uma mulher ficou ferida em Norvale.", id="pt-um-homem"),
    pytest.param("es", "Una persona murió en Norvale.", id="es-una-persona"),
    pytest.param("es", "Murieron 87 en Norvale y un total de 93 en el país.", id="es-un-total"),
    pytest.param("it", "Una donna è stata salvata a Kessby.", id="it-una-donna"),
    pytest.param("fr", "Une femme a été blessée à Norvale.", id="fr-une-femme"),
    pytest.param(
        "es",
        "La consejera prometió 2.500 euros por familia en un acto celebrado en Norvale.",
        id="es-en-un-acto",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ARTICLES)
def test_an_article_is_no_count(lang, text):
    assert not [c for c in claims(text, lang) if c.value == 1]
