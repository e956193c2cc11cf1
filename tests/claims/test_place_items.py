"""A place's own figure in the shapes lists of places use: an area named with an elided
"de" ("la province d'Arvel"), a figure in brackets or after a colon right after a place,
a place joined to its figure by "with" after a copula, a kind of area as the subject of a
clause that a short phrase opens, and a bracketed figure that restates the noun before it.
Each rule has a neighbour that must not take a place. Every sentence and place here is
invented."""

from __future__ import annotations

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document


def _place(lang: str, text: str, figure: str) -> str | None:
    doc = Document(id="d0", path="0.txt", text=text, keep=[(0, len(text))], lang=lang)
    hits = [c for c in extract_claims(doc, lang=lang) if figure in c.text.split()]
    assert hits, figure
    return next((s for s in hits[0].scope if s.startswith("in ")), None)


# (id, lang, sentence, figure, its place or None)
ROWS = [
    # an area named with an elided "de" / "di"
    (
        "fr-province-d-apostrophe",
        "fr",
        "Au total, 290 personnes ont péri dans la province d'Arvel, 190 dans celle de Kessby.",
        "290",
        "in arvel",
    ),
    (
        "fr-region-de-l-apostrophe",
        "fr",
        "Le nombre de décès atteint 1186 dans la région de l’Ostrel, selon la préfecture.",
        "1186",
        "in ostrel",
    ),
    (
        "it-provincia-dell-apostrophe",
        "it",
        "Sono morte 12 persone nella provincia dell'Arvello durante la notte.",
        "12",
        "in arvello",
    ),
    (
        "fr-event-named-by-place-is-no-place",
        "fr",
        "Le séisme d'Arvel a fait 300 morts selon le dernier bilan.",
        "300",
        None,
    ),
    # a figure in brackets right after a place of a list
    (
        "fr-bracket-after-province",
        "fr",
        "Le plus lourd bilan concerne la province de Norvale (486 décès), la province de"
        " Kessby (103), la province d’Arvel (38), d'après le communiqué.",
        "103",
        "in kessby",
    ),
    (
        "fr-bracket-after-province-elided",
        "fr",
        "Le plus lourd bilan concerne la province de Norvale (486 décès), la province de"
        " Kessby (103), la province d’Arvel (38), d'après le communiqué.",
        "38",
        "in arvel",
    ),
    (
        "es-bracket-after-provincia",
        "es",
        "Las víctimas se concentran en la provincia de Norvale (80 muertos), la provincia"
        " de Kessby (21) y Arvel (4).",
        "21",
        "in kessby",
    ),
    (
        "it-bracket-list",
        "it",
        "Le province più colpite sono Norvale con 54 morti, Kessby (10) e Arvel (3).",
        "10",
        "in kessby",
    ),
    (
        "de-bracket-list",
        "de",
        "Am schwersten betroffen sind der Kreis Norvale (54 Tote), der Kreis Kessby (10)"
        " und der Kreis Arvel (3).",
        "10",
        "in kessby",
    ),
    (
        "de-bracket-ends-item-before-verb",
        "de",
        "Die meisten Toten (54) wurden in Norvale und in Kessby (10) gezählt.",
        "10",
        "in kessby",
    ),
    (
        "fr-colon-after-province",
        "fr",
        "Par province, le bilan s'établit ainsi. Province de Kessby : 103 morts.",
        "103",
        "in kessby",
    ),
    (
        "es-bracket-after-name-and-kind-of-area",
        "es",
        "Las víctimas se concentran en Norvale (80 muertos), Kessby provincia (21) y Arvel (4).",
        "21",
        "in kessby",
    ),
    (
        "fr-colon-after-a-word-is-no-place",
        "fr",
        "Bilan : 517 morts et 246 blessés selon le ministère.",
        "517",
        None,
    ),
    (
        "fr-colon-after-event-is-no-place",
        "fr",
        "Séisme d’Arvel : 1974 morts et 2306 blessés.",
        "1974",
        None,
    ),
    (
        "fr-bracket-after-a-word-opening-the-sentence-is-no-place",
        "fr",
        "Bilan (1200 morts) : le pays pleure ses victimes.",
        "1200",
        None,
    ),
    # a place after a copula joined to its figure by "with"
    (
        "fr-copula-place-avec",
        "fr",
        "Les départements les plus frappés sont Norvale avec 394 victimes, Arvel (271 morts)"
        " et Kessby (91 morts).",
        "394",
        "in norvale",
    ),
    (
        "es-copula-place-con",
        "es",
        "Las provincias más golpeadas son Norvale, con 394 muertos, y Arvel, con 27.",
        "394",
        "in norvale",
    ),
    (
        "fr-copula-noun-avec-is-no-place",
        "fr",
        "La plus touchée est la ville avec 394 morts, selon la mairie.",
        "394",
        None,
    ),
    # a kind of area as the clause's subject after a phrase that opens the sentence
    (
        "fr-lead-then-province-subject",
        "fr",
        "Par régions, la province de Norvale a enregistré 1317 décès, 658 à Arvel.",
        "1317",
        "in norvale",
    ),
    (
        "fr-lead-then-province-elided",
        "fr",
        "Selon le ministère, la province d’Ostrel a enregistré 1317 décès.",
        "1317",
        "in ostrel",
    ),
    (
        "es-lead-then-provincia-subject",
        "es",
        "Por provincias, la provincia de Norvale registró 140 muertos, y Kessby 30.",
        "140",
        "in norvale",
    ),
    (
        "pt-lead-then-distrito-subject",
        "pt",
        "Por distritos, o distrito de Norvale registou 54 mortos.",
        "54",
        "in norvale",
    ),
    (
        "fr-lead-then-country-is-no-place",
        "fr",
        "Selon le ministère, le pays a enregistré 1317 décès.",
        "1317",
        None,
    ),
    (
        "fr-lead-then-toll-is-no-place",
        "fr",
        "Par régions, le bilan a atteint 1317 décès.",
        "1317",
        None,
    ),
    # English: a toll "in" a place before its figure; people who died "in the province of"
    (
        "en-toll-in-place-before",
        "en",
        "The death toll in Norvale rose to 120.",
        "120",
        "in norvale",
    ),
    (
        "en-number-of-dead-in-province-of",
        "en",
        "The number of dead in the province of Norvale rose to 120.",
        "120",
        "in norvale",
    ),
    (
        "en-died-in-the-province-of",
        "en",
        "At least 120 people died in the province of Norvale.",
        "120",
        "in norvale",
    ),
    (
        "en-homes-destroyed-in-the-hamlet-of-stay-whole",
        "en",
        "At least 30 homes were destroyed in the hamlet of Kessby.",
        "30",
        None,
    ),
    (
        "en-toll-in-two-places-is-combined",
        "en",
        "The death toll in Norvale and Arvel rose to 120.",
        "120",
        None,
    ),
    (
        "en-toll-in-place-a-speaker-names-is-none",
        "en",
        "The death toll in Norvale, officials in Arvel said, rose to 120.",
        "120",
        None,
    ),
    # a kind of area as an English clause's subject; a clause that turns to another subject
    (
        "en-name-province-subject",
        "en",
        "Norvale province recorded 1,452 deaths.",
        "1,452",
        "in norvale",
    ),
    (
        "en-the-province-of-name-subject",
        "en",
        "By region, the province of Norvale has recorded 1,452 deaths.",
        "1,452",
        "in norvale",
    ),
    (
        "en-province-subject-with-figure",
        "en",
        "Norvale province was the hardest hit, with 394 deaths.",
        "394",
        "in norvale",
    ),
    (
        "en-institution-subject-is-no-place",
        "en",
        "The State Department said 40 Americans died.",
        "40",
        None,
    ),
    (
        "en-subject-turns-to-the-national-toll",
        "en",
        "Norvale province was spared, but the national toll rose to 120.",
        "120",
        None,
    ),
    (
        "es-subject-turns-to-the-national-toll",
        "es",
        "La provincia de Norvale fue la más afectada, pero el total nacional llegó a 300 muertos.",
        "300",
        None,
    ),
    (
        "es-subject-with-its-figure",
        "es",
        "La provincia de Norvale ha resultado la más castigada, con 173 víctimas.",
        "173",
        "in norvale",
    ),
    # a bracketed figure that restates the noun before it: the clause goes on to its place
    (
        "fr-bracket-restates-noun",
        "fr",
        "Près des deux tiers des morts (583) ont été dénombrés à Norvale et à Arvel (312),"
        " plus au sud.",
        "583",
        "in norvale",
    ),
    (
        "fr-bracket-restates-noun-second",
        "fr",
        "Près des deux tiers des morts (583) ont été dénombrés à Norvale et à Arvel (312),"
        " plus au sud.",
        "312",
        "in arvel",
    ),
    (
        "es-bracket-restates-noun",
        "es",
        "La mayoría de los muertos (583) se registraron en Norvale y en Arvel (312).",
        "583",
        "in norvale",
    ),
    (
        "fr-bracket-two-places-joined-is-combined",
        "fr",
        "Les morts (583) ont été recensés à Norvale et à Arvel, plus au sud.",
        "583",
        "in arvel+norvale",  # a combined figure: the two places' own scope
    ),
    (
        "es-two-places-joined-is-combined",
        "es",
        "Murieron 70 personas en Norvale y Arvel durante la tormenta.",
        "70",
        "in arvel+norvale",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "figure", "place"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS]
)
def test_place_of_item(lang: str, text: str, figure: str, place: str | None) -> None:
    assert _place(lang, text, figure) == place


def _listed(lang: str, text: str) -> list[tuple[str, str, str | None]]:
    doc = Document(id="d0", path="0.txt", text=text, keep=[(0, len(text))], lang=lang)
    return [
        (c.text, c.terms[0], next((s for s in c.scope if s.startswith("in ")), None))
        for c in extract_claims(doc, lang=lang)
        if c.unit not in ("date", "year")
    ]


# a list of "Label : figure" lines under a sentence that says what they count: each figure
# counts that, in its place; with no such sentence, or one that counts nothing, no claim
LISTS = [
    (
        "fr-bulleted-provinces-under-victims",
        "fr",
        "Le séisme a fait des victimes dans 3 provinces :\n\n . Province de Norvale : 583\n\n"
        ". Province de Kessby : 312\n\n. Préfecture d'Arvel : 12",
        [
            ("3 provinces", "provinc", None),
            ("583", "deaths", "in norvale"),
            ("312", "deaths", "in kessby"),
            ("12", "deaths", "in arvel"),
        ],
    ),
    (
        "es-dashed-provinces-under-dead",
        "es",
        "Los fallecidos se reparten así por provincias:\n\n- Provincia de Norvale: 40\n\n"
        "- Provincia de Kessby: 12",
        [("40", "deaths", "in norvale"), ("12", "deaths", "in kessby")],
    ),
    (
        "de-dashed-districts-under-dead",
        "de",
        "Die Zahl der Todesopfer nach Kreisen:\n\n- Kreis Norvale: 40\n\n- Kreis Kessby: 12",
        [("40", "deaths", "in norvale"), ("12", "deaths", "in kessby")],
    ),
    (
        "it-dashed-provinces-under-victims",
        "it",
        "Le vittime sono così distribuite:\n\n- Provincia di Norvale: 40\n\n"
        "- Provincia di Kessby: 12",
        [("40", "deaths", "in norvale"), ("12", "deaths", "in kessby")],
    ),
    (
        "pt-dashed-districts-under-dead",
        "pt",
        "Os mortos distribuem-se assim:\n\n- Distrito de Norvale: 40\n\n- Distrito de Kessby: 12",
        [("40", "deaths", "in norvale"), ("12", "deaths", "in kessby")],
    ),
    (
        "en-dashed-provinces-under-deaths",
        "en",
        "Deaths by province:\n\n- Norvale province: 40\n\n- Kessby province: 12",
        [("40", "deaths", "in norvale"), ("12", "deaths", "in kessby")],
    ),
    (
        "en-dashed-province-of-under-dead",
        "en",
        "The dead were counted as follows:\n\n- Province of Norvale: 40\n\n"
        "- Province of Kessby: 12",
        [("40", "deaths", "in norvale"), ("12", "deaths", "in kessby")],
    ),
    (
        "en-a-speaker-before-a-colon-is-no-list",
        "en",
        "Norvale said: 40 people died.",
        [("40 people", "deaths", None)],
    ),
    (
        "fr-lead-counting-nothing-gives-no-claim",
        "fr",
        "Les provinces concernées sont les suivantes :\n\n. Province de Norvale : 583",
        [],
    ),
    (
        "fr-no-lead-sentence-gives-no-claim",
        "fr",
        "Il y a eu 5 morts.\n\nProvince de Norvale : 583",
        [("5 morts", "deaths", None)],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "claims"), [r[1:] for r in LISTS], ids=[r[0] for r in LISTS]
)
def test_list_of_places(lang: str, text: str, claims: list) -> None:
    assert _listed(lang, text) == claims
