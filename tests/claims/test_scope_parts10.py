"""Whose figure and which part, read from the figure's own clause: a severity word after
"of which" is the part's, not the whole's ("140 blessés dont neuf graves"); those held in
police custody are a count of their own kind beside the arrested ("garde à vue"); a word
for individuals is people as such, so an action noun before it says what is counted
("l'interpellation de 47 individus"). Every sentence here is invented (invented places
too)."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Claim, Document


def claims(text: str, lang: str) -> list[Claim]:
    doc = Document(
        id="d1", path="x.txt", text=text, keep=[(0, len(text))], date=date(2024, 5, 3), lang=lang
    )
    return [c for c in extract_claims(doc, lang=lang) if c.unit not in ("date", "year")]


def claim(text: str, lang: str, figure: str) -> Claim:
    found = [c for c in claims(text, lang) if c.text.startswith(figure)]
    assert found, f"no claim {figure!r} in {[c.text for c in claims(text, lang)]}"
    return found[0]


# (lang, sentence, figure, family)
FAMILIES = [
    pytest.param(
        "fr",
        "Bilan à Norvale : un mort et 140 blessés dont neuf graves.",
        "140 blessés",
        "injured",
        id="fr-whole-before-dont-serious",
    ),
    pytest.param(
        "fr",
        "Bilan à Norvale : un mort et 140 blessés dont neuf graves.",
        "neuf",
        "injured:serious",
        id="fr-part-after-dont-serious",
    ),
    pytest.param(
        "fr",
        "La préfecture comptait 95 blessés dont quatre grièvement.",
        "95 blessés",
        "injured",
        id="fr-whole-before-dont-adverb",
    ),
    pytest.param(
        "it",
        "Il crollo ha causato 60 feriti, di cui cinque gravi.",
        "60 feriti",
        "injured",
        id="it-whole-before-di-cui",
    ),
    pytest.param(
        "es",
        "El choque dejó 33 heridos, incluidos tres graves.",
        "33 heridos",
        "injured",
        id="es-whole-before-incluidos",
    ),
    pytest.param(
        "de",
        "Es gab 40 Verletzte, davon sechs schwer.",
        "40 Verletzte",
        "injured",
        id="de-whole-before-davon",
    ),
    # police custody: its own kind, beside the arrests
    pytest.param(
        "fr",
        "À Norvale, 88 jeunes furent interpellés et 41 placés en garde à vue.",
        "41",
        "custody",
        id="fr-custody-after-and",
    ),
    pytest.param(
        "fr",
        "On dénombre 610 interpellations, dont 402 gardes à vue.",
        "402",
        "custody",
        id="fr-custody-of-which-noun",
    ),
    pytest.param(
        "fr",
        "À Norvale, les gendarmes ont interpellé 70 jeunes, dont 25 sont placés en garde à vue.",
        "25",
        "custody",
        id="fr-custody-of-which-verb",
    ),
    pytest.param(
        "fr",
        "Bilan de la nuit : 900 interpellations, 640 gardes à vue.",
        "640",
        "custody",
        id="fr-custody-list",
    ),
    # individuals are people as such: the action noun before them names the count
    pytest.param(
        "fr",
        "La préfecture annonce l'interpellation de 47 individus.",
        "47 individus",
        "arrests",
        id="fr-individus-arrested",
    ),
    pytest.param(
        "es",
        "La policía confirmó la detención de 19 individuos.",
        "19 individuos",
        "arrests",
        id="es-individuos-arrested",
    ),
    pytest.param(
        "it",
        "La questura ha confermato l'arresto di 14 individui.",
        "14 individui",
        "arrests",
        id="it-individui-arrested",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "figure", "family"), FAMILIES)
def test_family(lang: str, sentence: str, figure: str, family: str) -> None:
    assert claim(sentence, lang, figure).terms[0] == family


# (lang, sentence, figure, scope): where the figure is counted
SCOPES = [
    pytest.param(
        "fr",
        "A Norvale, les heurts ont fait 61 blessés.",
        "61",
        ("in norvale",),
        id="fr-unaccented-capital-a",
    ),
    pytest.param(
        "fr",
        "À Norvale, les heurts ont fait 61 blessés.",
        "61",
        ("in norvale",),
        id="fr-accented-capital-a",
    ),
    pytest.param(
        "fr",
        "Il a 61 ans.",
        "61",
        (),
        id="fr-lowercase-a-is-a-verb",
    ),
    pytest.param(
        "fr",
        "Dans la capitale, on compte 230 personnes interpellées, sur 410 au total.",
        "410",
        (),
        id="fr-total-after-the-figure",
    ),
    pytest.param(
        "fr",
        "Dans la capitale, on compte 230 personnes interpellées, sur 410 au total.",
        "230",
        ("in capital",),
        id="fr-capital-before-the-total",
    ),
    pytest.param(
        "es",
        "En Lorvia hubo 30 detenidos, 75 en total.",
        "75",
        (),
        id="es-en-total-after",
    ),
    pytest.param(
        "de",
        "In Tebrik gab es 12 Tote, 40 Tote insgesamt.",
        "40",
        (),
        id="de-insgesamt-after",
    ),
    pytest.param(
        "en",
        "In Lorvy, 40 people were arrested, 90 in all.",
        "90",
        (),
        id="en-in-all-after",
    ),
    pytest.param(
        "en",
        "In Lorvy, 40 people were arrested, 90 in all.",
        "40",
        ("in lorvy",),
        id="en-place-before-the-total",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "figure", "scope"), SCOPES)
def test_scope(lang: str, sentence: str, figure: str, scope: tuple[str, ...]) -> None:
    got = claim(sentence, lang, figure).scope
    assert tuple(s for s in got if s.startswith("in ")) == scope


# (lang, sentence, figure, family): parts named by who they are, and counts of their own
PARTS = [
    pytest.param(
        "en",
        "Four of those who died in Kessby were children.",
        "Four",
        "deaths:part children",
        id="en-of-those-who-died",
    ),
    pytest.param(
        "en",
        "Six of the victims killed near the Kessby mill were children.",
        "Six",
        "deaths:part children",
        id="en-part-named-by-its-copula",
    ),
    pytest.param(
        "pt",
        "O número de mortos chegou a 70. Desses, 11 são menores.",
        "11",
        "deaths:menor",
        id="pt-desses-pointing-back",
    ),
    pytest.param(
        "es",
        "El número de muertos subió a 70. De estos, 11 son menores.",
        "11",
        "deaths:menor",
        id="es-de-estos-pointing-back",
    ),
    pytest.param(
        "pt",
        "Subiu para 70 o número de mortos. Desse total, 40 são mulheres e 30 homens.",
        "30 homens",
        "deaths:part men",
        id="pt-second-part-after-and",
    ),
    pytest.param(
        "en",
        "Among the dead were 12 women and 9 men.",
        "9 men",
        "deaths:part men",
        id="en-second-part-after-and",
    ),
    pytest.param(
        "pt",
        "Há 44 mulheres e 17 homens entre os mortos, sendo 6 crianças.",
        "44 mulheres",
        "deaths:part women",
        id="pt-first-item-before-entre-os-mortos",
    ),
    pytest.param(
        "pt",
        "Há 44 mulheres e 17 homens entre os mortos, sendo 6 crianças.",
        "6 crianças",
        "deaths:part children",
        id="pt-sendo-after-parts",
    ),
    pytest.param(
        "es",
        "El número de muertos llegó a 40, incluidos cinco niños.",
        "cinco niños",
        "deaths:part children",
        id="es-incluidos",
    ),
    pytest.param(
        "pt",
        "O temporal matou 30 pessoas e deixou 200 crianças sem aulas.",
        "200 crianças",
        "children",
        id="pt-no-part-without-an-including-word",
    ),
    # a count of another kind after a part is not one more part
    pytest.param(
        "es",
        "El número de muertos subió a 40, incluidos cinco niños, y 90 personas siguen"
        " desaparecidas.",
        "90 personas",
        "missing",
        id="es-missing-after-a-list-of-parts",
    ),
    pytest.param(
        "en",
        "The coroner said that 7 of the bodies have yet to be named and that 55 people are"
        " unaccounted for.",
        "55 people",
        "missing",
        id="en-and-that-opens-another-clause",
    ),
    pytest.param(
        "en",
        "30 dead, more than 60 still unaccounted for after the flood.",
        "more than 60",
        "missing",
        id="en-still-unaccounted-for",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "figure", "family"), PARTS)
def test_part(lang: str, sentence: str, figure: str, family: str) -> None:
    assert claim(sentence, lang, figure).terms[0] == family


# parts keyed by who, whatever the language: one subject for the toll's children
WHO = [
    pytest.param("deaths:part children", "deaths:part children", id="en-children"),
    pytest.param("deaths:part niñ", "deaths:part children", id="es-ninos"),
    pytest.param("deaths:crianc", "deaths:part children", id="pt-criancas"),
    pytest.param("deaths:menor", "deaths:part children", id="pt-es-menores"),
    pytest.param("deaths:part mulh", "deaths:part women", id="pt-mulheres"),
    pytest.param("injured:part homm", "injured:part men", id="fr-hommes"),
    pytest.param("deaths:part killed storm", "deaths:part killed storm", id="not-a-who-word"),
    pytest.param("injured:serious", "injured:serious", id="severity-stays"),
]


@pytest.mark.parametrize(("base", "key"), WHO)
def test_who_key(base: str, key: str) -> None:
    from kfactcheck.claims.whoparts import who_part

    assert who_part(base) == key


# places listed together make one scope of their own, whatever their order
JOINED = [
    pytest.param(
        "en",
        "Last week's gales killed 14 people in Lorvia, Kessby, Arden and Belmar.",
        "14",
        ("in arden+belmar+kessby+lorvia",),
        id="en-four-places",
    ),
    pytest.param(
        "es",
        "Al menos 14 personas murieron en Belmar, Arden, Kessby y Lorvia.",
        "14",
        ("in arden+belmar+kessby+lorvia",),
        id="es-same-places-other-order",
    ),
    pytest.param(
        "de",
        "In Ostmark und Westmark starben 40 Menschen.",
        "40",
        ("in ostmark+westmark",),
        id="de-two-places-before",
    ),
    pytest.param(
        "es",
        "Las inundaciones en Lorvia, España, han dejado 95 muertos.",
        "95",
        (),
        id="es-a-place-with-its-country-is-no-list",
    ),
    pytest.param(
        "pt",
        "O total de mortos em Lorvia subiu a 87, e ao menos 5 das vítimas são crianças.",
        "ao menos 5",
        ("in lorvia",),
        id="pt-a-part-keeps-its-place",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "figure", "scope"), JOINED)
def test_joined_places(lang: str, sentence: str, figure: str, scope: tuple[str, ...]) -> None:
    got = [c for c in claims(sentence, lang) if figure in c.text]
    assert got, [c.text for c in claims(sentence, lang)]
    assert tuple(s for s in got[0].scope if s.startswith("in ")) == scope


def test_placed_partitive_is_a_part() -> None:
    sentence = "O total de mortos em Lorvia subiu a 87, e ao menos 5 das vítimas são crianças."
    assert claim(sentence, "pt", "ao menos 5").terms[0] == "deaths:part children"


# (lang, sentence, figure, place or None): where those sought, or a part, were counted
WHERE = [
    pytest.param(
        "pt",
        "Os bombeiros atuam na Vila Lorvia e no rio Kessby para localizar seis pessoas que"
        " continuam desaparecidas.",
        "seis",
        None,
        id="pt-search-site-is-not-the-scope",
    ),
    pytest.param(
        "es",
        "Los rescatistas trabajan en Lorvia para encontrar a 12 personas desaparecidas.",
        "12",
        None,
        id="es-search-site-is-not-the-scope",
    ),
    pytest.param(
        "pt",
        "Em Lorvia, seis pessoas continuam desaparecidas.",
        "seis",
        "in lorvia",
        id="pt-place-without-a-search-stays",
    ),
    pytest.param(
        "es",
        "Al menos 9 de los fallecidos en Lorvia estaban en la comarca de Kessby, dijo el forense.",
        "9",
        "in kessby",
        id="es-where-the-part-was",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "figure", "place"), WHERE)
def test_where(lang: str, sentence: str, figure: str, place: str | None) -> None:
    got = [c for c in claims(sentence, lang) if figure in c.text]
    assert got, [c.text for c in claims(sentence, lang)]
    assert next((s for s in got[0].scope if s.startswith("in ")), None) == place


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        pytest.param("fr", "L'Acte 6 du mouvement de Tessbourg s'est tenu samedi.", id="fr-acte"),
        pytest.param("es", "El acto 3 del movimiento fue el sábado.", id="es-acto"),
        pytest.param("de", "Die Phase 2 des Plans beginnt im Mai.", id="de-phase"),
    ],
)
def test_a_numbered_act_is_no_count(lang: str, sentence: str) -> None:
    assert claims(sentence, lang) == []
