"""A state or a time window next to a count of people is part of what it counts (in
hospital, in critical care, presumed dead, overnight, in the last hours), in every language
read. Every sentence here is invented (invented places and people too)."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.grammar.vocab import vocab
from kfactcheck.model import Document


def family(text: str, lang: str, figure: str) -> str:
    doc = Document(
        id="d1", path="x.txt", text=text, keep=[(0, len(text))], date=date(2024, 5, 3), lang=lang
    )
    found = [c for c in extract_claims(doc, lang=lang) if c.text.startswith(figure)]
    assert found, f"no claim {figure!r}"
    return found[0].terms[0]


# (lang, sentence, figure, family)
CASES = [
    pytest.param(
        "en",
        "Nine people are still being treated in hospital, three in critical care.",
        "Nine",
        "injured:in hospital",  # the people in hospital, whatever noun they get
        id="en-in-hospital",
    ),
    pytest.param(
        "en",
        "Nine people are still being treated in hospital, three in critical care.",
        "three",
        "injured:critical care",
        id="en-list-takes-its-own-state",
    ),
    pytest.param(
        "en",
        "The coroner said 31 were missing, presumed dead.",
        "31",
        "missing:presumed dead",
        id="en-presumed-dead-apposition",
    ),
    pytest.param(
        "en",
        "Police said 31 people were missing after the landslide.",
        "31",
        "missing",
        id="en-plain-missing-stays",
    ),
    pytest.param(
        "en",
        "Overnight, coastguards rescued 140 people from the flooded valley.",
        "140",
        "rescued:overnight",
        id="en-overnight-before",
    ),
    pytest.param(
        "en",
        "The storm killed 40 people overnight in Marrow county.",
        "40",
        "deaths",
        id="en-night-is-when-a-toll-happened",
    ),
    pytest.param(
        "fr",
        "Selon la mairie, 11 personnes restent à l'hôpital de Brelac.",
        "11",
        "injured:in hospital",  # the people in hospital, whatever noun they get
        id="fr-in-hospital",
    ),
    pytest.param(
        "fr",
        "Parmi les blessés, 6 personnes sont en réanimation.",
        "6",
        "injured:critical care",
        id="fr-critical-care-names-the-part",
    ),
    pytest.param(
        "de",
        "Die Feuerwehr hat in der Nacht 85 Menschen gerettet.",
        "85",
        "rescued:overnight",
        id="de-overnight",
    ),
    pytest.param(
        "de",
        "Noch 7 Verletzte liegen auf der Intensivstation.",
        "7",
        "injured:critical care",
        id="de-critical-care",
    ),
    pytest.param(
        "es",
        "Durante la noche, los bomberos rescataron a 150 personas en Valdería.",
        "150",
        "rescued:overnight",
        id="es-overnight-before-comma",
    ),
    pytest.param(
        "es",
        "Desde el lunes, los equipos han rescatado a 2.400 personas, incluidas 60 en las "
        "últimas horas.",
        "2.400",
        "rescued",
        id="es-total-is-no-window",
    ),
    pytest.param(
        "es",
        "Desde el lunes, los equipos han rescatado a 2.400 personas, incluidos 60 rescates "
        "en las últimas horas.",
        "60",
        "rescued:recent hours",
        id="es-recent-hours",
    ),
    pytest.param(
        "pt",
        "Há 14 pessoas desaparecidas, dadas como mortas pela Defesa Civil.",
        "14",
        "missing:presumed dead",
        id="pt-presumed-dead",
    ),
    pytest.param(
        "pt",
        "Os bombeiros resgataram 90 pessoas nas últimas 24 horas.",
        "90",
        "rescued:recent hours",
        id="pt-last-24-hours",
    ),
    pytest.param(
        "it",
        "Restano 10 feriti in ospedale a Varsello.",
        "10",
        "injured:in hospital",
        id="it-in-hospital",
    ),
    pytest.param(
        "nl",
        "Volgens de brandweer liggen 5 gewonden op de intensive care.",
        "5",
        "injured:critical care",
        id="nl-critical-care",
    ),
]


CASES += [
    pytest.param(
        "es",
        "Los forenses examinaron 95 cuerpos, de los cuales 60 fueron entregados a los allegados.",
        "60",
        "bodies:handed over",
        id="es-part-handed-over",
    ),
    pytest.param(
        "es",
        "Otros 70 cuerpos se han entregado a sus familias.",
        "70",
        "bodies:handed over",
        id="es-handed-over",
    ),
    pytest.param(
        "en",
        "Police said 40 bodies had been handed over to relatives.",
        "40",
        "bodies:handed over",
        id="en-handed-over",
    ),
    pytest.param(
        "en", "Divers recovered 40 bodies from the river.", "40", "bodies", id="en-bodies-stay"
    ),
]

CASES += [
    pytest.param(
        "en",
        "The toll stood at 41 on Monday after a man died in hospital.",
        "41",
        "deaths",
        id="en-another-clause-state-is-not-the-count",
    ),
    pytest.param(
        "es",
        "Hay 12 heridos que fueron trasladados en la noche al hospital.",
        "12",
        "injured",
        id="es-relative-clause-is-not-the-count",
    ),
]

# People once missing who have been found are not the missing (invented sentences)
LOCATED = [
    pytest.param(
        "en",
        "Police have traced 40 people previously reported missing.",
        "40",
        "located",
        id="en-previously-missing",
    ),
    pytest.param(
        "en",
        "Officials said 12 people were still missing.",
        "12",
        "missing",
        id="en-still-missing-stays",
    ),
    pytest.param(
        "pt",
        "A polícia localizou 61 pessoas antes tidas como desaparecidas.",
        "61",
        "located",
        id="pt-antes-desaparecidas",
    ),
    pytest.param(
        "pt",
        "Até agora: 20 mortos; 38 desaparecidos; 95 localizados.",
        "95",
        "located",
        id="pt-localizados",
    ),
    pytest.param(
        "pt",
        "Até agora: 20 mortos; 38 desaparecidos; 95 localizados.",
        "38",
        "missing",
        id="pt-list-missing-stays",
    ),
    pytest.param(
        "es",
        "Los equipos han localizado a 15 personas que antes figuraban como desaparecidas.",
        "15",
        "located",
        id="es-antes-desaparecidas",
    ),
    pytest.param(
        "es",
        "Hay 15 personas desaparecidas antes del amanecer.",
        "15",
        "missing",
        id="es-antes-after-the-cue-is-no-past",
    ),
    pytest.param(
        "de",
        "Die Polizei hat 9 zuvor vermisste Menschen gefunden.",
        "9",
        "located",
        id="de-zuvor-vermisst",
    ),
]


@pytest.mark.parametrize(("lang", "text", "figure", "expected"), LOCATED)
def test_people_once_missing_are_located(lang, text, figure, expected):
    assert family(text, lang, figure) == expected


@pytest.mark.parametrize(("lang", "text", "figure", "expected"), CASES)
def test_a_state_or_window_is_part_of_what_is_counted(lang, text, figure, expected):
    assert family(text, lang, figure) == expected


def test_every_condition_has_every_language():
    codes = ("en", "fr", "de", "es", "pt", "it", "nl", "hbs")
    for name, spec in vocab().raw["conditions"].items():
        missing = [c for c in codes if not spec.get(c)]
        assert not missing, f"condition {name!r} has no phrases in {missing}"
