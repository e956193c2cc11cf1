"""The country a toll is counted in when no place stands next to its figure: a country
named elsewhere in its clause, or the nationality of the office that gives it; a combined
count of two countries is neither's. Every sentence here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Claim, Document


def claim(text: str, lang: str, figure: str) -> Claim:
    doc = Document(
        id="d1", path="x.txt", text=text, keep=[(0, len(text))], date=date(2024, 5, 3), lang=lang
    )
    found = [c for c in extract_claims(doc, lang=lang) if figure in c.text]
    assert found, f"no claim {figure!r}"
    return found[0]


def places(c: Claim) -> set[str]:
    return {s for s in c.scope if s.startswith("in ")}


# (lang, sentence, figure, the places its scope holds)
CASES = [
    pytest.param(
        "en",
        "Citing a monitoring group, in Peru, the toll stands at no fewer than 2,310.",
        "2,310",
        {"in peru"},
        id="en-country-earlier-in-clause",
    ),
    pytest.param(
        "en",
        "The toll in Chile reached 8,100, Chilean officials said, adding that 25,000 people "
        "were hurt.",
        "25,000",
        {"in chile"},
        id="en-office-nationality-after-figure",
    ),
    pytest.param(
        "en",
        "The quake in Chile and Peru killed 900 people.",
        "900",
        set(),
        id="en-combined-two-countries",
    ),
    pytest.param(
        "en",
        "The combined toll in both countries passed 3,400.",
        "3,400",
        set(),
        id="en-both-countries-combined",
    ),
    pytest.param(
        "de",
        "Laut dem peruanischen Gesundheitsminister starben bislang 1470 Menschen.",
        "1470",
        {"in peru"},
        id="de-office-nationality",
    ),
    pytest.param(
        "de",
        "Mindestens 760 Menschen kamen jenseits der Grenze in Chile ums Leben.",
        "760",
        {"in chile"},
        id="de-country-after-verb",
    ),
    pytest.param(
        "de",
        "Mehr als 2400 Tote in beiden Ländern",
        "2400",
        set(),
        id="de-both-countries",
    ),
    pytest.param(
        "es",
        "Las autoridades chilenas han confirmado la muerte de 1.230 personas.",
        "1.230",
        {"in chile"},
        id="es-office-nationality-after-noun",
    ),
    pytest.param(
        "es",
        "El balance en ambos países supera los 4.000 muertos.",
        "4.000",
        set(),
        id="es-both-countries",
    ),
    pytest.param(
        "en",
        "At least 500 have died and 1,900 were hurt in Peru, officials said.",
        "500",
        {"in peru"},
        id="en-place-ends-two-joined-clauses",
    ),
    pytest.param(
        "es",
        "Al menos 500 personas murieron y 1.900 resultaron heridas en Perú.",
        "500",
        {"in perú"},
        id="es-place-ends-two-joined-clauses",
    ),
    pytest.param(
        "en",
        "At least 500 have died in the storm and 1,900 were hurt in Peru.",
        "500",
        set(),
        id="en-own-place-phrase-stops-the-reach",
    ),
    pytest.param(
        "en",
        "Some 300 people died, while 1,900 were hurt in Peru.",
        "300",
        set(),
        id="en-while-keeps-the-place-to-its-figure",
    ),
    pytest.param(
        "en",
        "By Monday the toll in Chile and Peru had passed 6,100, including more than 4,300 in "
        "Chile, and 22,000 people were hurt in the country.",
        "22,000",
        {"in chile"},
        id="en-in-the-country-is-the-last-named",
    ),
    pytest.param(
        "en",
        "By Monday the toll in Chile and Peru had passed 6,100, including more than 4,300 in "
        "Chile, and 22,000 people were hurt in the country.",
        "6,100",
        set(),
        id="en-combined-before-a-part",
    ),
    pytest.param(
        "de",
        "Allein in Chile kamen fast 9.100 Menschen ums Leben; knapp 41.000 wurden verletzt.",
        "41.000",
        {"in chile"},
        id="de-sentence-opens-with-its-place",
    ),
    pytest.param(
        "de",
        "In Chile starben 900 Menschen; in Peru wurden 4.000 verletzt.",
        "4.000",
        {"in peru"},
        id="de-own-place-beats-the-opening-one",
    ),
    pytest.param(
        "es",
        "Las autoridades chilenas notificaron la muerte de 2.100 personas, así como 9.800 heridos.",
        "9.800",
        {"in chile"},
        id="es-office-before-an-earlier-figure",
    ),
    pytest.param(
        "it",
        "Secondo le autorità cilene i morti sono almeno 640.",
        "640",
        {"in cile"},
        id="it-office-nationality",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "figure", "where"), CASES)
def test_country_of_a_toll(lang: str, sentence: str, figure: str, where: set[str]) -> None:
    assert places(claim(sentence, lang, figure)) == where


HELD = [
    pytest.param(
        "en",
        "In Peru the toll is 3,100, including 1,900 deaths in rebel-held areas and 1,200 "
        "deaths in government-controlled areas.",
        "1,900",
        "in opposition-held areas",
        id="en-rebel-held",
    ),
    pytest.param(
        "en",
        "In Peru the toll is 3,100, including 1,900 deaths in rebel-held areas and 1,200 "
        "deaths in government-controlled areas.",
        "1,200",
        "in government-held areas",
        id="en-government-controlled",
    ),
    pytest.param(
        "es",
        "Hubo 600 fallecidos y 1.200 lesionados en zonas bajo control del gobierno.",
        "600",
        "in government-held areas",
        id="es-two-figures-one-area",
    ),
    pytest.param(
        "es",
        "Unos 150 murieron en Tumbes, bajo control rebelde.",
        "150",
        "in opposition-held areas",
        id="es-under-rebel-control",
    ),
    pytest.param(
        "de",
        "In Gegenden unter Kontrolle der Regierung zählte man bis Dienstag 640 Tote.",
        "640",
        "in government-held areas",
        id="de-area-before-figure",
    ),
    pytest.param(
        "en",
        "State-controlled media reported 400 deaths.",
        "400",
        None,
        id="en-state-media-no-area",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "figure", "area"), HELD)
def test_area_one_side_holds(lang: str, sentence: str, figure: str, area: str | None) -> None:
    c = claim(sentence, lang, figure)
    held = [s for s in c.scope if s.endswith("-held areas")]
    assert held == ([area] if area else [])
    if area:
        assert c.terms[0] in ("deaths", "injured")  # a toll of its own, not a named part


CARRIED = [
    pytest.param(
        "Al menos 900 personas han muerto en Chile por el sismo de magnitud 7,2. Más de 4.000 "
        "personas resultaron heridas.",
        "4.000",
        {"in chile"},
        id="es-country-of-the-toll-before",
    ),
    pytest.param(
        "Al menos 900 personas han muerto en Chile y Perú. Más de 4.000 personas resultaron "
        "heridas.",
        "4.000",
        set(),
        id="es-combined-before-carries-nothing",
    ),
    pytest.param(
        "Sismo en Chile: 900 muertos\nMás de 4.000 personas resultaron heridas.",
        "4.000",
        set(),
        id="es-heading-before-carries-nothing",
    ),
    pytest.param(
        "Al menos 900 personas han muerto en Chile. En Perú, 300 personas resultaron heridas.",
        "300",
        {"in perú"},
        id="es-own-place-wins",
    ),
]


@pytest.mark.parametrize(("text", "figure", "where"), CARRIED)
def test_country_of_the_sentence_before(text: str, figure: str, where: set[str]) -> None:
    assert places(claim(text, "es", figure)) == where


GAPS = [
    pytest.param(
        "de",
        "Behördenangaben zufolge werden inzwischen 900 Tote gezählt.",
        "900",
        {"in peru"},
        id="de-country-of-the-sentence-before",
        marks=pytest.mark.xfail(
            strict=True, reason="the country of the sentence before is not carried over"
        ),
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "figure", "where"), GAPS)
def test_country_gaps(lang: str, sentence: str, figure: str, where: set[str]) -> None:
    text = "In Peru bebte am Montag die Erde. " + sentence
    assert places(claim(text, lang, figure)) == where
