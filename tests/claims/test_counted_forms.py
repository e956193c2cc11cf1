"""One quantity whatever word form names it (issue 20/21): a count held in custody is its
own family in every language, apart from the arrests it is part of; a participle after a
figure with no noun ("19 placées en garde à vue") counts its cue's family, not the
participle's stem. Every sentence here is invented (invented places too)."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document


def family(text: str, lang: str, figure: str) -> str:
    doc = Document(id="d1", path="x.txt", text=text, keep=[(0, len(text))], date=date(2024, 5, 3))
    found = [c for c in extract_claims(doc, lang=lang) if c.text.startswith(figure)]
    assert found, f"no claim '{figure}'"
    return found[0].terms[0]


# (lang, sentence, figure, family)
CUSTODY = [
    (
        "fr",
        "À Valmont, 140 manifestants furent interpellés et 61 placés en garde à vue.",
        "61",
        "custody",
    ),
    (
        "fr",
        "À Valmont, 140 manifestants furent interpellés et 61 placés en garde à vue.",
        "140",
        "arrests",
    ),
    (
        "fr",
        "Bilan de la journée à Valmont : 212 interpellations, 148 gardes à vue.",
        "148",
        "custody",
    ),
    ("fr", "À Valmont, 90 individus se retrouvent placés en garde à vue.", "90", "custody"),
    ("fr", "La préfecture de Valmont annonce 75 individus interpellés.", "75", "arrests"),
    ("de", "In Ostmark kamen 23 Personen in Untersuchungshaft.", "23", "custody"),
    ("es", "En Norvale, 17 personas quedaron en prisión preventiva.", "17", "custody"),
    ("pt", "Em Norvale, 17 pessoas ficaram em prisão preventiva.", "17", "custody"),
    ("it", "A Valdora 14 persone sono finite in custodia cautelare.", "14", "custody"),
    ("nl", "In Ostmark zitten 19 mensen in voorlopige hechtenis.", "19", "custody"),
    ("en", "In Norvale, 58 people were arrested and 21 remanded in custody.", "21", "custody"),
]


@pytest.mark.parametrize(
    "lang, text, figure, expected", CUSTODY, ids=[f"{c[0]}-{c[2]}-{c[3]}" for c in CUSTODY]
)
def test_custody_is_its_own_count(lang, text, figure, expected):
    assert family(text, lang, figure) == expected


# a participle right after a figure with no noun: the cue decides, never the participle's
# stem; one with no cue in its clause ("necessitado de") keeps its own word as before
PARTICIPLES = [
    (
        "fr",
        "À Valmont, 300 manifestants furent interpellés et 88 placés en garde à vue.",
        "88",
        "custody",
    ),
    (
        "pt",
        "Em Norvale, 200 moradores foram retirados e 85 levados para prisão preventiva.",
        "85",
        "custody",
    ),
]


@pytest.mark.parametrize(
    "lang, text, figure, expected", PARTICIPLES, ids=[f"{c[0]}-{c[2]}" for c in PARTICIPLES]
)
def test_participle_after_a_bare_figure_counts_its_cue(lang, text, figure, expected):
    assert family(text, lang, figure) == expected


# a group of people named by who they are is one key in every language: its kind (after a
# count of the dead and "including", a part of that toll: claims/whoparts.py)
KINDS = [
    ("es", "En Norvale murieron 40 personas, incluidos 6 niños.", "6", "deaths:part children"),
    ("pt", "Em Norvale morreram 40 pessoas, sendo 6 crianças.", "6", "deaths:part children"),
    (
        "pt",
        "Em Norvale morreram 40 pessoas, entre elas 6 menores de idade.",
        "6",
        "deaths:part children",
    ),
    ("it", "A Valdora sono morte 40 persone, tra cui 6 bambini.", "6", "deaths:part children"),
    ("de", "In Ostmark starben 40 Menschen, darunter 6 Kinder.", "6", "deaths:part children"),
    ("pt", "Em Norvale há 30 mulheres e 10 homens entre os mortos.", "10", "deaths:part men"),
]


@pytest.mark.parametrize(
    "lang, text, figure, expected", KINDS, ids=[f"{c[0]}-{c[3]}" for c in KINDS]
)
def test_a_kind_of_people_is_one_key(lang, text, figure, expected):
    assert family(text, lang, figure) == expected


# people taken in by a shelter are those made homeless for now, in every language
SHELTERED = [
    ("pt", "Em Serrana, 420 pessoas estão acolhidas em escolas.", "420"),
    ("pt", "Mais de 90 moradores foram acolhidos em abrigos da prefeitura de Serrana.", "90"),
    ("es", "En Norvale, 310 personas fueron acogidas en el polideportivo.", "310"),
    ("fr", "À Valmont, 310 personnes sont hébergées dans un gymnase.", "310"),
    ("it", "A Valdora 310 persone sono state accolte nella palestra.", "310"),
    ("de", "In Ostmark sind 310 Menschen in Notunterkünften.", "310"),
    ("nl", "In Ostmark worden 310 mensen opgevangen in een sporthal.", "310"),
]


@pytest.mark.parametrize("lang, text, figure", SHELTERED, ids=[c[0] for c in SHELTERED])
def test_sheltered_are_made_homeless(lang, text, figure):
    assert family(text, lang, figure) == "homeless"


# a cue of several words after 'be' decides over a cue of another clause before the figure
SEVERAL_WORDS = [
    (
        "The Norvale coroner said 5 of the bodies have yet to be named and 48 Norvale "
        "residents are still unaccounted for.",
        "48",
        "missing",
    ),
    ("In Kessby, 30 residents were taken into custody after 4 were killed.", "30", "arrests"),
    ("The mayor of Kessby said 75 people were made homeless.", "75", "homeless"),
]


@pytest.mark.parametrize("text, figure, expected", SEVERAL_WORDS, ids=[c[2] for c in SEVERAL_WORDS])
def test_a_cue_of_several_words_after_be(text, figure, expected):
    assert family(text, "en", figure) == expected


# a figure noun ("that number", "the figure") names the count the text spoke of last: never
# a quantity of its own called "number", nor one named by the verb after it ("climb")
# ("would climb to" is what the count will become: that count's projection)
FIGURE_NOUNS = [
    (
        "The toll in Norvale rose to 40 on Monday. The mayor said that number was north of 65.",
        "north",
        "deaths",
    ),
    (
        "The toll in Norvale rose to 40 on Monday. He said the number would climb to 70.",
        "70",
        "deaths:projected",
    ),
    ("Kessby counted 40 dead by noon. The mayor said the figure had reached 52.", "52", "deaths"),
]


@pytest.mark.parametrize(
    "text, figure, expected", FIGURE_NOUNS, ids=["that-number", "would-climb", "figure"]
)
def test_a_figure_noun_names_the_count_before(text, figure, expected):
    assert family(text, "en", figure) == expected
