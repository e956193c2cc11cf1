"""A whole split into parts of two other quantities in its sentence ("82,500 are out of
their homes, 13,300 in shelters and 69,200 with relatives") is its own quantity: the parts'
families joined ("evacuated+homeless"), neither part's. And a list line whose label is a
noun of people and what is said of them ("Personas en albergues: 800") counts what the
label says. Every sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Claim, Document


def claims(text: str, lang: str) -> list[Claim]:
    doc = Document(id="d1", path="x.txt", text=text, keep=[(0, len(text))], lang=lang)
    doc.date = date(2024, 5, 3)
    return [c for c in extract_claims(doc, lang=lang) if c.unit not in ("date", "year")]


WHOLES = [
    (
        "pt",
        "Lorvia contabiliza 38,4 mil moradores fora de casa, sendo 9,1 mil em abrigos e "
        "29,3 mil desalojadas.",
        "38,4 mil",
        "evacuated+homeless",
    ),
    (
        "es",
        "Hay 8.400 personas fuera de sus casas: 2.100 en albergues y 6.300 evacuadas.",
        "8.400",
        "evacuated+homeless",
    ),
    (
        "it",
        "A Lorvia 5.200 persone hanno lasciato casa, 1.200 sono ospitate in albergo e "
        "4.000 sfollate.",
        "5.200",
        "evacuated+homeless",
    ),
    # "di cui": parts of the whole's own quantity ("evacuated:part"), not other quantities
    (
        "it",
        "Sono 5.200 le persone sfollate, di cui 1.200 in albergo e 4.000 da parenti.",
        "5.200",
        "evacuated",
    ),
    # a noun of people before a thing's noun: people ("fuori casa" are not homes)
    ("it", "Sono 5.200 le persone fuori casa.", "5.200", "evacuated"),
    # the parts do not add up to it: the figure keeps its own reading
    (
        "pt",
        "Há 75 mil pessoas fora de casa em Lorvia, sendo 9,1 mil em abrigos e "
        "29,3 mil desalojadas.",
        "75 mil",
        "people",
    ),
    # small counts add up by chance: "3 dead, 1 injured and 2 missing"
    ("es", "Hay 3 muertos, 1 herido y 2 desaparecidos en Lorvia.", "3", "deaths"),
    # parts of one quantity in two places are a toll's places, not another quantity
    (
        "es",
        "Murieron 120 personas, 80 muertos en Lorvia y 40 muertos en Brenna.",
        "120",
        "deaths",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "figure", "family"), WHOLES, ids=[f"{c[0]}-{c[2]}" for c in WHOLES]
)
def test_whole_of_two_other_quantities(lang, text, figure, family):
    found = [c for c in claims(text, lang) if c.text.startswith(figure)]
    assert found, [c.text for c in claims(text, lang)]
    assert found[0].terms[0] == family, found[0].terms


LABELS = [
    ("pt", "Balanço:\n\n- Pessoas em abrigos: 3.200\n\n- Óbitos: 12\n", "3.200", "homeless"),
    ("pt", "Balanço:\n\n- Pessoas resgatadas: 1.450\n\n- Óbitos: 12\n", "1.450", "rescued"),
    ("es", "Balance:\n- Personas evacuadas: 1.200\n- Fallecidos: 12\n", "1.200", "evacuated"),
    ("es", "Balance:\n- Personas en albergues: 800\n- Fallecidos: 12\n", "800", "homeless"),
    ("it", "Il bilancio:\n- Persone evacuate: 1.200\n- Morti: 12\n", "1.200", "evacuated"),
    ("fr", "Bilan :\n- Personnes évacuées : 1 200\n- Morts : 12\n", "1 200", "evacuated"),
    ("de", "Bilanz:\n- Menschen evakuiert: 1.200\n- Tote: 12\n", "1.200", "evacuated"),
    # a label of one participle ("Afetados") is that cue's count, not a place
    ("pt", "Balanço:\n\n- Afetados: 52.300\n\n- Feridos: 80\n", "52.300", "affected"),
    ("es", "Balance:\n- Fallecidos: 12\n- Afectados: 3.000\n", "3.000", "affected"),
    ("it", "Il bilancio:\n- Morti: 4\n- Evacuati: 1.200\n", "1.200", "evacuated"),
    ("fr", "Bilan :\n- Morts : 12\n- Évacués : 1 200\n", "1 200", "evacuated"),
    # negative neighbour: a place's label counts what the list counts there
    ("es", "Muertos por provincia:\n- Lorvia: 12\n- Brenna: 4\n", "4", "deaths"),
]


@pytest.mark.parametrize(
    ("lang", "text", "figure", "family"), LABELS, ids=[f"{c[0]}-{c[3]}" for c in LABELS]
)
def test_label_of_people_says_what_is_counted(lang, text, figure, family):
    found = [c for c in claims(text, lang) if c.text.startswith(figure)]
    assert found, [c.text for c in claims(text, lang)]
    assert found[0].terms[0] == family, found[0].terms


# a verb of dying, then "desde" (since) is no cause "sde": the toll's own deaths
DIED = [
    ("pt", "Em Lorvo, onze pessoas morreram desde domingo.", "deaths"),
    ("es", "Doce personas murieron desde el sábado en Lorvia.", "deaths"),
    # negative neighbour: a cause of its own makes a part
    ("pt", "Doze pessoas morreram por intoxicação com gás.", "deaths:of intoxic"),
]


@pytest.mark.parametrize(("lang", "text", "family"), DIED, ids=[c[2] + "-" + c[0] for c in DIED])
def test_since_is_no_cause_of_death(lang, text, family):
    found = [c for c in claims(text, lang) if c.unit == "people"]
    assert found and found[0].terms[0] == family, [(c.text, c.terms) for c in found]


# a time window in the clause before a colon tells when the subject's people left, not
# which of them the figure counts; in the figure's own clause it does
WINDOW = [
    (
        "pt",
        "O total de famílias que saíram de casa nas últimas horas não para de subir: "
        "são 1.850 pessoas em abrigos.",
        "homeless",
    ),
    (
        "es",
        "El número de vecinos que dejaron sus casas en las últimas horas sigue creciendo: "
        "son 2.300 personas evacuadas.",
        "evacuated",
    ),
    (
        "en",
        "The number who left their homes in the last hours keeps rising: 2,300 people "
        "were evacuated.",
        "evacuated",
    ),
    # negative neighbours: the window in the figure's own clause
    ("pt", "Nas últimas horas, 40 pessoas foram resgatadas.", "rescued:recent hours"),
    ("es", "En las últimas horas, 40 personas fueron rescatadas.", "rescued:recent hours"),
]


@pytest.mark.parametrize(("lang", "text", "family"), WINDOW, ids=[f"{c[0]}-{c[2]}" for c in WINDOW])
def test_window_before_a_colon(lang, text, family):
    found = [c for c in claims(text, lang) if c.unit == "people"]
    assert found and found[0].terms[0] == family, [(c.text, c.terms) for c in found]
