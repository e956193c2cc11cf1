"""Figures that state no claim, in every language read, each with a negative neighbour:
a temperature ("up to 1,800 degrees" is a reading of heat, not a count) and a street or
district named by a date ("colonia 20 de Noviembre" is no date of anything). Every
sentence and place here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document


def _claims(lang: str, text: str) -> list[tuple[str, str]]:
    doc = Document(
        id="d", path="d.txt", text=text, keep=[(0, len(text))], lang=lang, date=date(2026, 3, 4)
    )
    return [(c.text, c.unit) for c in extract_claims(doc, lang=lang)]


# (language, sentence, texts of claims that must NOT be there, texts that must)
CASES = [
    pytest.param("en", "The blaze hit up to 1,800 degrees in Norvale.", ["1,800"], [], id="en-deg"),
    pytest.param(
        "en", "The kiln burned at 900 degrees Fahrenheit; 4 died.", ["900"], ["4"], id="en-deg-f"
    ),
    pytest.param(
        "es",
        "Las llamas alcanzaron 1.200 grados y dejaron 7 muertos.",
        ["1.200"],
        ["7 muertos"],
        id="es-grados",
    ),
    pytest.param("fr", "Le feu a atteint 1 000 degrés à Lorvy.", ["1 000"], [], id="fr-degres"),
    pytest.param("de", "Das Feuer erreichte bis zu 900 Grad.", ["900"], [], id="de-grad"),
    pytest.param("it", "Le fiamme hanno raggiunto 800 gradi.", ["800"], [], id="it-gradi"),
    pytest.param("pt", "As chamas chegaram a 700 graus.", ["700"], [], id="pt-graus"),
    # negative neighbour: a count next to it stays
    pytest.param(
        "en",
        "Up to 2,000 residents were evacuated from Norvale.",
        [],
        ["Up to 2,000 residents"],
        id="en-count-not-temperature",
    ),
    # a length, a rainfall or a weight is a reading too
    pytest.param("en", "The Lorve rose above 6 metres on Friday.", ["6"], [], id="en-metres"),
    pytest.param(
        "pt",
        "O rio Lorvo passou dos 6 metros e deixou 12 desalojados.",
        ["6"],
        ["12 desalojados"],
        id="pt-metros",
    ),
    pytest.param("fr", "La Lorve a dépassé 6 mètres à Valmont.", ["6"], [], id="fr-metres"),
    pytest.param("de", "Der Pegel der Lorve stieg auf 6 Meter.", ["6"], [], id="de-meter"),
    pytest.param("es", "Cayeron 250 milímetros de lluvia en Lorvia.", ["250"], [], id="es-mm"),
    pytest.param("it", "Sono caduti 250 millimetri di pioggia.", ["250"], [], id="it-mm"),
    pytest.param("nl", "Het water stond 2 meter hoog in Lorvel.", ["2 meter"], [], id="nl-meter"),
    # negative neighbour: an area is a count of land (families.area)
    pytest.param(
        "en",
        "The fire burned 300 square kilometres near Lorvy.",
        [],
        ["300 square kilometres"],
        id="en-area-stays",
    ),
    # negative neighbour: a route's length is a fact of its project, not a reading
    pytest.param(
        "en",
        "The city will build an 11.5-kilometre tram line to Lorvy.",
        [],
        ["11.5-kilometre"],
        id="en-route-length-stays",
    ),
    pytest.param(
        "es", "La nueva línea tendrá 14 kilómetros.", [], ["14 kilómetros"], id="es-km-stays"
    ),
    # streets and districts named by a date
    pytest.param(
        "es",
        "En la colonia 16 de Septiembre los socorristas encontraron 5 cuerpos.",
        ["16 de Septiembre"],
        ["5 cuerpos"],
        id="es-colonia",
    ),
    pytest.param(
        "es", "Vive en la Avenida 5 de Mayo de Norvale.", ["5 de Mayo"], [], id="es-avenida"
    ),
    pytest.param(
        "fr",
        "Rue du 4 Septembre, 3 blessés ont été secourus.",
        ["4 Septembre"],
        ["3 blessés"],
        id="fr-rue-du",
    ),
    pytest.param(
        "it", "Il corteo è partito da piazza 20 Settembre.", ["20 Settembre"], [], id="it-piazza"
    ),
    pytest.param("pt", "O prédio fica na Rua 25 de Abril.", ["25 de Abril"], [], id="pt-rua"),
    # negative neighbour: a real date in the same sentence is still read
    pytest.param(
        "es",
        "En la calle 5 de Mayo hubo 4 heridos el 2 de noviembre.",
        ["5 de Mayo"],
        ["4 heridos"],
        id="es-street-and-real-date",
    ),
    pytest.param(
        "fr",
        "Le 4 septembre, le bilan était de 12 morts.",
        [],
        ["12 morts"],
        id="fr-real-date",
    ),
]


@pytest.mark.parametrize("lang, text, absent, present", CASES)
def test_not_claims(lang: str, text: str, absent: list[str], present: list[str]) -> None:
    got = _claims(lang, text)
    texts = " | ".join(t for t, _ in got)
    for bad in absent:
        assert bad not in texts, got
    for good in present:
        assert any(good in t for t, _ in got), got


def test_street_date_is_not_when_figures_held() -> None:
    doc_text = "En la calle 5 de Mayo hubo 4 heridos el 2 de noviembre."
    doc = Document(
        id="d",
        path="d.txt",
        text=doc_text,
        keep=[(0, len(doc_text))],
        lang="es",
        date=date(2026, 3, 4),
    )
    [injured] = [c for c in extract_claims(doc, lang="es") if c.unit == "people"]
    assert injured.as_of == "2025-11-02"


# (language, text, claim texts that must not be there, (text, value, family) that must)
MORE = [
    # a measure glued to a thing by hyphens counts nothing
    pytest.param(
        "en",
        "The blaze razed a 3-square-mile stretch of Norvale.",
        ["3"],
        [],
        id="en-square-mile",
    ),
    pytest.param(
        "en",
        "40-odd people died in Norvale.",
        [],
        [("40-odd people", 40, "deaths")],
        id="en-odd-still-counts",
    ),
    # the first day of a span of days is no count
    pytest.param(
        "fr",
        "Le séisme a secoué Norvale dans la nuit du 11 au 12 octobre et fait 14 morts.",
        ["11"],
        [("14 morts", 14, "deaths")],
        id="fr-du-8-au-9",
    ),
    pytest.param(
        "es",
        "La tormenta azotó Norvale en la noche del 8 al 9 de septiembre y dejó 12 muertos.",
        ["8"],
        [("12 muertos", 12, "deaths")],
        id="es-del-8-al-9",
    ),
    pytest.param(
        "de",
        "In der Nacht vom 8. auf den 9. September starben 12 Menschen.",
        ["8"],
        [("12 Menschen", 12, "deaths")],
        id="de-vom-8-auf-den-9",
    ),
    pytest.param(
        "it",
        "Nella notte tra l'8 e il 9 settembre sono morte 12 persone.",
        ["8"],
        [("12 persone", 12, "deaths")],
        id="it-tra-8-e-9",
    ),
    # increments of a running count, whatever their size, are steps, not levels
    pytest.param(
        "es", "El ministerio había informado de tres muertos más.", ["tres"], [], id="es-mas"
    ),
    pytest.param("es", "Se confirmaron 12 muertos más en Norvale.", ["12"], [], id="es-12-mas"),
    pytest.param("fr", "On compte 12 morts supplémentaires à Norvale.", ["12"], [], id="fr-suppl"),
    pytest.param("fr", "On compte 12 morts de plus à Norvale.", ["12"], [], id="fr-de-plus"),
    pytest.param("pt", "Há 12 mortos a mais em Norvale.", ["12"], [], id="pt-a-mais"),
    pytest.param("it", "Ci sono 12 morti in più a Norvale.", ["12"], [], id="it-in-piu"),
    pytest.param("de", "Es gab zwei weitere Tote.", ["zwei"], [], id="de-weitere"),
    pytest.param("en", "There were three more deaths.", ["three"], [], id="en-more"),
    pytest.param("en", "Another 40 deaths were reported.", ["40"], [], id="en-another"),
    # negative neighbours: a comparison and a level of another count stay
    pytest.param(
        "es",
        "Hay 12 muertos, más de 40 heridos.",
        [],
        [("12 muertos", 12, "deaths"), ("más de 40 heridos", 40, "injured")],
        id="es-mas-de",
    ),
    pytest.param(
        "en",
        "Officials reported 40 deaths more than expected.",
        [],
        [("40 deaths", 40, "deaths")],
        id="en-more-than",
    ),
    # thousands written "mil" with the units after them as digits are one figure
    pytest.param(
        "es",
        "Los cortes afectaron a 427 mil 318 habitantes.",
        ["427 mil"],
        [("427 mil 318 habitantes", 427318, "population")],
        id="es-mil-groups",
    ),
    pytest.param(
        "es",
        "Hay 20 mil evacuados y 30 heridos.",
        [],
        [("20 mil evacuados", 20000, "evacuated"), ("30 heridos", 30, "injured")],
        id="es-mil-then-other-figure",
    ),
    # page chrome: comment counts
    pytest.param("fr", "Publié par Lorvy Info | 0 commentaire(s) |", ["0"], [], id="fr-comments"),
    pytest.param(
        "es",
        "Hay 3 comentarios y 12 muertos.",
        ["3"],
        [("12 muertos", 12, "deaths")],
        id="es-comments",
    ),
    # a person's own noun with no family is a feeling, not a count
    pytest.param(
        "en", "“Our grief stands at 40 now,” the mayor said.", ["40"], [], id="en-our-grief"
    ),
    # a place name before "has risen to" is not what is counted
    pytest.param(
        "en",
        "The death toll from the floods on the island of Kessby has risen to 106.",
        [],
        [("106", 106, "deaths")],
        id="en-name-before-link",
    ),
]


@pytest.mark.parametrize("lang, text, absent, present", MORE)
def test_more_not_claims(lang: str, text: str, absent: list[str], present: list[tuple]) -> None:
    doc = Document(id="d", path="d.txt", text=text, keep=[(0, len(text))], lang=lang)
    got = [(c.text, c.value, c.terms[0]) for c in extract_claims(doc, lang=lang)]
    for bad in absent:
        assert not any(t.split()[0] == bad for t, _, _ in got), got
    for want in present:
        assert want in got, got
