"""What a figure counts when the words around it could mislead: the head of a toll after
the figure ('il bilancio delle vittime' is the toll, not a budget), an elided capital
before an apostrophe ("E' salito") that is no possessor. Every sentence is invented."""

from __future__ import annotations

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Claim, Document


def claims(text: str, lang: str) -> list[Claim]:
    doc = Document(id="d1", path="x.txt", text=text, keep=[(0, len(text))], lang=lang)
    return [c for c in extract_claims(doc, lang=lang) if c.unit not in ("date", "year")]


def one(text: str, lang: str, figure: str) -> Claim:
    found = [c for c in claims(text, lang) if c.text.startswith(figure)]
    assert found, f"no claim '{figure}' in {[c.text for c in claims(text, lang)]}"
    return found[0]


# (lang, sentence, figure, family, unit)
TOLL_HEADS = [
    pytest.param(
        "it",
        "E' salito a 21 il bilancio delle vittime.",
        "21",
        "deaths",
        "people",
        id="it-e-salito",
    ),
    pytest.param(
        "it",
        "Sale intanto a 17 il bilancio dei morti.",
        "17",
        "deaths",
        "people",
        id="it-sale-bilancio-dei-morti",
    ),
    pytest.param(
        "es", "Sube a 19 el balance de los muertos.", "19", "deaths", "people", id="es-balance"
    ),
    pytest.param(
        "pt", "Subiu para 23 o balanço de mortos.", "23", "deaths", "people", id="pt-balanco"
    ),
    pytest.param(
        "fr", "Il est passé à 26, le bilan des victimes.", "26", "deaths", "people", id="fr-bilan"
    ),
    pytest.param(
        "de", "Auf 31 stieg die Bilanz der Toten.", "31", "deaths", "people", id="de-bilanz"
    ),
    # negative neighbours: a budget is money
    pytest.param(
        "it",
        "Il bilancio della regione è di 14 milioni di euro.",
        "14 milioni",
        "money",
        "currency",
        id="it-budget-before",
    ),
    pytest.param(
        "it",
        "Sale a 14 milioni di euro il bilancio del comune.",
        "14 milioni",
        "money",
        "currency",
        id="it-budget-after",
    ),
]


@pytest.mark.parametrize(("lang", "text", "figure", "family", "unit"), TOLL_HEADS)
def test_head_of_a_toll_after_the_figure(lang, text, figure, family, unit):
    c = one(text, lang, figure)
    assert c.terms[0].partition(":")[0] == family and c.unit == unit, (c.terms, c.unit)
    assert not c.scope, c.scope  # "E'" is no possessor


@pytest.mark.parametrize(
    ("lang", "text", "figure", "scope"),
    [
        pytest.param("it", "E' salito a 12 il numero dei morti.", "12", (), id="it-e-elided"),
        pytest.param(
            "en", "Belmar's 40 soldiers left the base.", "40", ("belmar",), id="en-possessor"
        ),
    ],
)
def test_possessor(lang, text, figure, scope):
    assert one(text, lang, figure).scope == scope


# (lang, sentence, figure, family or "" for unknown): a participle after 'be' or 'have'
# spells a noun of a family ('stato' is also the State) and is not what a figure counts
PARTICIPLES = [
    pytest.param(
        "it", "Nei comuni della bassa le vittime sono state 11.", "11", "deaths", id="it-state"
    ),
    pytest.param(
        "it",
        "Nella fase iniziale la previsione era stata di circa due miliardi.",
        "circa due miliardi",
        "",
        id="it-era-stata",
    ),
    pytest.param(
        "it",
        "È stato necessario portare in salvo molte famiglie (12mila a Corvella).",
        "12mila",
        "households",
        id="it-e-stato-necessario",
    ),
    pytest.param(
        "es",
        "Ha estado lloviendo y ya son 41 los evacuados.",
        "41",
        "evacuated",
        id="es-ha-estado",
    ),
    # negative neighbours: the noun itself still counts
    pytest.param("it", "Sono 27 gli stati membri.", "27", "countries", id="it-stati-membri"),
    pytest.param("it", "I paesi colpiti sono 12.", "12", "countries", id="it-paesi"),
]


@pytest.mark.parametrize(("lang", "text", "figure", "family"), PARTICIPLES)
def test_a_participle_is_not_the_counted_noun(lang, text, figure, family):
    assert one(text, lang, figure).terms[0].partition(":")[0] == family


# (lang, sentence, figure, family): a home in the clause that people left, are out of, or
# own is where they are or were, not what the figure counts
HOMES = [
    pytest.param(
        "it",
        "Le persone che hanno dovuto abbandonare la propria abitazione: 13.480 nel corvellese.",
        "13.480",
        "evacuated",
        id="it-lasciare-la-propria-abitazione",
    ),
    pytest.param(
        "it",
        "Le famiglie che hanno dovuto abbandonare la loro casa sono almeno 8'500.",
        "almeno 8'500",
        "evacuated",
        id="it-lasciare-la-loro-casa",
    ),
    pytest.param(
        "pt",
        "A Proteção Civil contabiliza 64,2 mil pessoas fora de casa, das quais 9,8 mil em abrigos.",
        "9,8 mil",
        "homeless",  # people in shelters (test_sheltered.py), not homes
        id="pt-fora-de-casa",
    ),
    pytest.param(
        "es",
        "Las familias que tuvieron que dejar sus casas son ya 2.300.",
        "2.300",
        "evacuated",
        id="es-dejar-sus-casas",
    ),
    pytest.param(
        "it",
        "Sono 18.700 le persone che hanno dovuto abbandonare la propria abitazione.",
        "18.700",
        "evacuated",
        id="it-persone-che-hanno-lasciato",
    ),
    pytest.param(
        "pt",
        "São 2.300 as pessoas que tiveram de deixar suas casas.",
        "2.300",
        "evacuated",
        id="pt-pessoas-que-deixaram",
    ),
    pytest.param(
        "it",
        "Sono 21.300 le persone che vivono nella propria abitazione.",
        "21.300",
        "people",
        id="it-persone-a-casa-not-evacuated",
    ),
    # negative neighbours: homes destroyed are homes
    pytest.param("it", "Il crollo ha distrutto le case: sono 310.", "310", "homes", id="it-case"),
    pytest.param("en", "The storm destroyed 4,000 homes.", "4,000", "destroyed", id="en-homes"),
]


@pytest.mark.parametrize(("lang", "text", "figure", "family"), HOMES)
def test_a_home_people_left_is_not_what_is_counted(lang, text, figure, family):
    assert one(text, lang, figure).terms[0].partition(":")[0] == family


# (lang, sentence, figure): two ages joined by 'and' share the second one's noun; neither
# is a toll ("marito e moglie di 83 e 79 anni" died: two deaths, not 73)
AGES = [
    pytest.param("it", "Sono morti marito e moglie di 83 e 79 anni.", "83", id="it-e-anni"),
    pytest.param("es", "Murieron dos hermanos de 83 y 79 años.", "83", id="es-y-anos"),
    pytest.param("pt", "Morreram dois homens de 83 e 79 anos.", "83", id="pt-e-anos"),
    pytest.param("de", "Gestorben ist ein Ehepaar von 83 und 79 Jahren.", "83", id="de-und-jahren"),
    pytest.param("fr", "Un couple de 83 et 79 ans est mort.", "83", id="fr-et-ans"),
]


@pytest.mark.parametrize(("lang", "text", "figure"), AGES)
def test_coordinated_ages_are_no_toll(lang, text, figure):
    # an age is read as years or, where ages are dropped (claims/durations.is_age), not at all
    for c in claims(text, lang):
        if c.text.startswith(figure):
            assert c.unit == "years" and c.terms[0].startswith("duration"), (c.unit, c.terms)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param("A couple aged 83 and 79 died in Harlow.", [], id="aged-and"),
        pytest.param("Two brothers aged 83 or 79 died.", ["Two brothers"], id="aged-or"),
        # negative neighbours: a count after 'and' still counts, one more named before it
        pytest.param(
            "The attack left a police officer and three attackers dead.",
            ["a police officer and three attackers"],
            id="one-and-three",
        ),
        pytest.param(
            "Two men aged 40 and 38 were among 120 injured.",
            ["Two men", "120"],
            id="ages-then-a-count",
        ),
    ],
)
def test_english_ages_joined_by_and(text, want):
    assert [c.text for c in claims(text, "en")] == want


# (lang, sentence, figure, family): in a list, the noun before the comma is the figure
# before's own, not a cue of the next one; a part "of which" still takes it
LISTED = [
    pytest.param(
        "it",
        "Sono 11 le vittime, 3mila gli sfollati e 12mila gli evacuati.",
        "3mila",
        "evacuated",
        id="it-vittime-then-sfollati",
    ),
    pytest.param(
        "es",
        "Son 11 los muertos, 3.000 los desplazados.",
        "3.000",
        "evacuated",
        id="es-muertos-then-desplazados",
    ),
    pytest.param(
        "pt",
        "Contam-se ainda dezoito feridos, cinco dos quais bombeiros.",
        "cinco",
        "injured",
        id="pt-dos-quais-part",
    ),
]


@pytest.mark.parametrize(("lang", "text", "figure", "family"), LISTED)
def test_a_list_items_noun_is_its_own(lang, text, figure, family):
    assert one(text, lang, figure).terms[0].partition(":")[0] == family
