"""What a figure counts, however the count is worded: those hurt badly ("grièvement",
"dans un état critique", "heridos graves", "in critical condition") are one quantity in
every language; each rule has a neighbour it must leave alone. Every sentence here is
invented (invented places and people too)."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.grammar.vocab import LANGUAGES, load_units_toml
from kfactcheck.model import Claim, Document


def claims(text: str, lang: str) -> list[Claim]:
    doc = Document(
        id="d1", path="d1.txt", text=text, keep=[(0, len(text))], date=date(2024, 5, 3), lang=lang
    )
    return [c for c in extract_claims(doc, lang=lang) if c.unit not in ("date", "year")]


def family(text: str, lang: str, figure: str) -> str:
    found = [c for c in claims(text, lang) if c.text.startswith(figure) or figure in c.text]
    assert found, f"no claim {figure!r} in {[c.text for c in claims(text, lang)]}"
    return found[0].terms[0]


SERIOUS = "injured:serious"

# (lang, sentence, figure, family)
SEVERE = [
    ("fr", "Au moins 38 personnes se trouvent désormais dans un état grave.", "38", SERIOUS),
    ("fr", "Le bilan est de 300 blessés, dont 40 grièvement.", "40", SERIOUS),
    ("fr", "Le bilan est de 300 blessés, dont 40 sont dans un état critique.", "40", SERIOUS),
    (
        "fr",
        "On compte 300 blessés, dont 40 se trouvant toujours « dans un état critique ».",
        "40",
        SERIOUS,
    ),
    ("fr", "On compte 300 blessés, dont 40 dans un état très grave.", "40", SERIOUS),
    ("de", "Die Polizei meldete 300 Verletzte, davon 40 schwer.", "40", SERIOUS),
    ("de", "Mindestens 40 Menschen sind in kritischem Zustand.", "40", SERIOUS),
    ("es", "Hay 300 heridos, de los cuales 40 están en estado crítico.", "40", SERIOUS),
    ("es", "Al menos 40 personas se encuentran en estado grave.", "40", SERIOUS),
    ("es", "Las autoridades contabilizan 40 heridos graves.", "40", SERIOUS),
    ("pt", "Há 300 feridos, dos quais 40 em estado grave.", "40", SERIOUS),
    ("pt", "Pelo menos 40 pessoas estão em estado crítico.", "40", SERIOUS),
    ("it", "Ci sono 300 feriti, di cui 40 in gravi condizioni.", "40", SERIOUS),
    ("it", "Almeno 40 persone sono in condizioni critiche.", "40", SERIOUS),
    ("nl", "Er zijn 300 gewonden, waarvan 40 ernstig.", "40", SERIOUS),
    ("nl", "Zeker 40 mensen zijn in kritieke toestand.", "40", SERIOUS),
    ("hbs", "Ima 300 ranjenih, od kojih 40 u teškom stanju.", "40", SERIOUS),
    ("hbs", "Najmanje 40 osoba je u kritičnom stanju.", "40", SERIOUS),
    ("en", "At least 40 people are in critical condition.", "40", SERIOUS),
    ("en", "About 300 people were injured, 40 of them critically.", "40", SERIOUS),
    # neighbours: the whole count stays whole; a state of something else is not theirs
    ("fr", "Le bilan est de 300 blessés, dont 40 grièvement.", "300", "injured"),
    (
        "fr",
        "Au total, 80 personnes ont été évacuées, dont 3 dans un état grave.",
        "80",
        "evacuated",
    ),
    ("es", "Hay 300 heridos, de los cuales 40 están en estado crítico.", "300", "injured"),
    (
        "en",
        "At least 40 people were evacuated, and the dam is in critical condition.",
        "40",
        "evacuated",
    ),
    ("en", "The storm left 40 people in Norvale, which is in a serious condition.", "40", "people"),
]


@pytest.mark.parametrize(
    ("lang", "text", "figure", "expected"),
    SEVERE,
    ids=[f"{c[0]}-{c[2]}-{c[3]}-{k}" for k, c in enumerate(SEVERE)],
)
def test_seriously_injured_is_one_quantity(lang, text, figure, expected):
    assert family(text, lang, figure) == expected


def test_an_adverb_of_severity_is_not_the_unit():
    found = [c for c in claims("On compte 300 blessés, dont 40 grièvement.", "fr") if c.value == 40]
    assert found and found[0].unit == "people", [(c.text, c.unit) for c in found]


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_says_hurt_badly(code):
    table = load_units_toml()["severe"].get(code)
    assert table and table["words"] and table["states"], f"[severe.{code}] missing or empty"


# (lang, sentence, figure, family): those said to have lost their lives, and a count of people
# that completes a head noun naming the dead, are deaths
DEATHS = [
    ("es", "Al menos 23 vecinos han perdido la vida en Valdería.", "23", "deaths"),
    ("es", "Se sabe que 27 personas perdieron la vida.", "27", "deaths"),
    ("pt", "Pelo menos 27 pessoas perderam a vida em Serrana.", "27", "deaths"),
    ("pt", "Já 27 pessoas tinham perdido a vida.", "27", "deaths"),
    ("it", "Almeno 27 persone hanno perso la vita a Montalto.", "27", "deaths"),
    ("fr", "Au moins 27 personnes ont perdu la vie à Valmont.", "27", "deaths"),
    ("de", "In Ostmark kamen 27 Menschen ums Leben.", "27", "deaths"),
    ("nl", "In Veldhoven hebben 27 mensen het leven verloren.", "27", "deaths"),
    ("en", "At least 27 people lost their lives in the storm.", "27", "deaths"),
    (
        "fr",
        "Le nombre de décès est monté, ce lundi (bilan révisé), à 1987 personnes.",
        "1987",
        "deaths",
    ),
    ("es", "La cifra de muertos por la tormenta llegó a 27 personas.", "27", "deaths"),
    ("it", "Il numero dei morti è salito a 30 persone.", "30", "deaths"),
    ("pt", "O número de mortos subiu para 30 pessoas.", "30", "deaths"),
    ("de", "Die Zahl der Toten stieg auf 30 Menschen.", "30", "deaths"),
    # neighbours: a head noun that names no people, or people with their own cue
    ("es", "El número de personas evacuadas llegó a 300 personas.", "300", "evacuated"),
    ("fr", "Le bilan de la tempête: 200 personnes ont été relogées.", "200", "people"),
    ("es", "Unas 27 personas perdieron el autobús de las ocho.", "27", "people"),
]


@pytest.mark.parametrize(
    ("lang", "text", "figure", "expected"),
    DEATHS,
    ids=[f"{c[0]}-{c[2]}-{c[3]}-{k}" for k, c in enumerate(DEATHS)],
)
def test_people_who_lost_their_lives_are_deaths(lang, text, figure, expected):
    assert family(text, lang, figure) == expected


# (lang, sentence, figure, family): people not located are missing; people a relative
# clause says were missing and the sentence's verb says are found are located
FOUND_OR_NOT = [
    ("es", "El número de vecinos no localizados subió a 47.", "47", "missing"),
    ("fr", "Le nombre de personnes non localisées atteint 47.", "47", "missing"),
    ("pt", "O número de pessoas não localizadas subiu para 47.", "47", "missing"),
    ("de", "Die Zahl der nicht lokalisierten Personen stieg auf 47.", "47", "missing"),
    ("it", "Sono 30 le persone non rintracciate.", "30", "missing"),
    ("en", "The number of people not located rose to 47.", "47", "missing"),
    ("en", "At least 47 people have not been located.", "47", "missing"),
    (
        "es",
        "Unas 160 personas que seguían en paradero desconocido, dos de ellas de "
        "nacionalidad lorviana, ya han sido localizadas.",
        "160",
        "located",
    ),
    (
        "fr",
        "Au moins 30 personnes qui étaient portées disparues ont été retrouvées saines et sauves.",
        "30",
        "located",
    ),
    (
        "en",
        "The county said 1,732 people who had been reported missing were found safe.",
        "1,732",
        "located",
    ),
    (
        "en",
        "The county said 1,614 people initially listed as unaccounted for had been found alive.",
        "1,614",
        "located",
    ),
    # neighbours: located people stay located; missing people whose clause finds nobody
    # stay missing; a located cue of another figure is that figure's
    ("es", "El número de vecinos localizados subió a 47.", "47", "located"),
    (
        "es",
        "Unas 160 personas que seguían en paradero desconocido siguen sin noticias.",
        "160",
        "missing",
    ),
    (
        "en",
        "The county said 1,732 people who are missing have not been found, and 20 were located.",
        "1,732",
        "missing",
    ),
    ("en", "At least 47 people have been located.", "47", "located"),
]


@pytest.mark.parametrize(
    ("lang", "text", "figure", "expected"),
    FOUND_OR_NOT,
    ids=[f"{c[0]}-{c[2]}-{c[3]}-{k}" for k, c in enumerate(FOUND_OR_NOT)],
)
def test_not_located_is_missing_and_found_since_is_located(lang, text, figure, expected):
    assert family(text, lang, figure) == expected


# (sentence, figure, family, terms after the family): a noun that names a figure
# ("estimates", "a peak", "a previous estimate") is not what it counts
FIGURE_NOUNS = [
    (
        "The mayor said roughly 850 residents remain unaccounted for, down from earlier estimates "
        "of roughly 1,000.",
        "1,000",
        "missing",
        ("earlier",),
    ),
    ("The death toll rose to 40, up from a previous estimate of 30.", "30", "deaths", ("earlier",)),
    ("The crowd reached 20,000, up from a peak of 15,000 last week.", "15,000", "crowd", ()),
    # neighbours: a noun of a family before "of" is still what it counts
    ("The army has a strength of 6,000.", "6,000", "troops", ()),
    ("Officials reported a death toll of 37.", "37", "deaths", ()),
]


@pytest.mark.parametrize(
    ("text", "figure", "expected", "more"),
    FIGURE_NOUNS,
    ids=[f"en-{c[1]}-{c[2]}" for c in FIGURE_NOUNS],
)
def test_a_noun_naming_a_figure_is_not_its_unit(text, figure, expected, more):
    found = [c for c in claims(text, "en") if figure in c.text]
    assert found, [c.text for c in claims(text, "en")]
    assert found[0].terms[0] == expected
    assert set(more) <= set(found[0].terms[1:]), found[0].terms


def test_a_total_of_a_bare_figure_is_no_unit_named_total():
    assert all(c.unit != "total" for c in claims("Officials gave a total of 37.", "en"))


# (lang, sentence, figure, family): a participle after a copula says what was done to
# those counted ("sont recensés"), not what they are: no part named by it
PARTICIPLES = [
    (
        "fr",
        "La province de Valmont compte 1388 décès, 719 sont recensés à Norvale, 202 à Kessby.",
        "719",
        "deaths",
    ),
    ("es", "Del total de los muertos, 40 son contabilizados en Valdería.", "40", "deaths"),
    ("it", "Dei 300 morti, 40 sono registrati a Montalto.", "40", "deaths"),
    ("pt", "Dos 300 mortos, 40 são registrados em Serrana.", "40", "deaths"),
    # neighbours: a noun or an adjective of what they are names a part
    ("es", "Del total de los muertos, 40 son mujeres.", "40", "deaths:women"),
    ("fr", "Parmi les 300 morts, 40 sont français.", "40", "deaths:franc"),
    ("pt", "Dos 300 mortos, 40 são crianças.", "40", "deaths:children"),
]


@pytest.mark.parametrize(
    ("lang", "text", "figure", "expected"),
    PARTICIPLES,
    ids=[f"{c[0]}-{c[2]}-{c[3]}-{k}" for k, c in enumerate(PARTICIPLES)],
)
def test_a_participle_is_not_a_kind(lang, text, figure, expected):
    assert family(text, lang, figure) == expected


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_has_participle_endings(code):
    assert load_units_toml()["participles"].get(code), f"[participles] {code} missing"


# (lang, sentence with a verb, sentence with "among the dead"): a group named by who they
# are that died is a part of the dead, the same part however the sentence is built
SUBGROUPS = [
    ("en", "Four children died in the fire.", "Among the dead were 4 children."),
    (
        "en",
        "Three foreigners lost their lives in the storm.",
        "Among the dead were three foreigners.",
    ),
    (
        "es",
        "Se confirmó que tres turistas perdieron la vida con el huracán.",
        "Entre los fallecidos figuran tres turistas.",
    ),
    ("es", "Cuatro niños murieron en el incendio.", "Entre los fallecidos hay cuatro niños."),
    ("de", "Vier Kinder kamen ums Leben.", "Unter den Toten sind vier Kinder."),
    ("fr", "Quatre enfants ont perdu la vie.", "Parmi les morts figurent quatre enfants."),
    ("it", "Quattro bambini sono morti.", "Tra i morti ci sono quattro bambini."),
    ("pt", "Quatro crianças morreram.", "Entre os mortos estão quatro crianças."),
]


@pytest.mark.parametrize(
    ("lang", "died", "among"), SUBGROUPS, ids=[f"{c[0]}-{k}" for k, c in enumerate(SUBGROUPS)]
)
def test_a_named_group_of_the_dead_is_one_part(lang, died, among):
    a = [c.terms[0] for c in claims(died, lang)]
    b = [c.terms[0] for c in claims(among, lang)]
    assert len(a) == 1 and a == b, (a, b)
    assert a[0].startswith("deaths:part "), a


# neighbours: people as such, or residents, that died are the toll
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Al menos 40 vecinos murieron en Valdería."),
        ("es", "Al menos 40 personas murieron en Valdería."),
        ("en", "At least 40 residents died in the fire."),
        ("de", "Mindestens 40 Menschen kamen ums Leben."),
    ],
    ids=["es-vecinos", "es-personas", "en-residents", "de-menschen"],
)
def test_people_that_died_are_the_toll(lang, text):
    assert [c.terms[0] for c in claims(text, lang)] == ["deaths"]


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_names_subgroups(code):
    lang = load_units_toml()["languages"][code]
    assert lang.get("subgroups"), f"[languages.{code}] subgroups missing"


# (lang, sentence, figure, family): a count of people right after a place noun is who
# live there, never a count of people something happened to
POPULATION = [
    ("en", "The fires reached Norvale, a town of 13,000 people.", "13,000", "population"),
    ("en", "Norvale, a small town of 13,000 residents, was hit hardest.", "13,000", "population"),
    ("fr", "Norvale, une ville de 13 000 personnes, a été dévastée.", "13 000", "population"),
    ("fr", "La petite commune de 2 000 habitants a été touchée.", "2 000", "population"),
    ("de", "Die Stadt mit 13.000 Menschen wurde zerstört.", "13.000", "population"),
    ("es", "Un pueblo de 13.000 personas quedó destruido.", "13.000", "population"),
    ("pt", "Uma cidade de 13 mil pessoas foi destruída.", "13 mil", "population"),
    ("it", "Un paese di 13.000 persone è stato distrutto.", "13.000", "population"),
    ("nl", "Een dorp van 13.000 mensen werd verwoest.", "13.000", "population"),
    ("es", "Un pueblo de 3.000 vecinos quedó aislado.", "3.000", "population"),
    # neighbours: what happened to them decides; a place's name between is no frame; a
    # group that does not live there is no population
    ("en", "A community of 40 volunteers cleared the road.", "40", "volunteer"),
    ("en", "A town of 12,400 people was evacuated.", "12,400", "evacuated"),
    ("en", "The town of Norvale lost 40 people in the flood.", "40", "people"),
    ("en", "On Tuesday, 615 people appeared on the locator as not found.", "615", "people"),
]


@pytest.mark.parametrize(
    ("lang", "text", "figure", "expected"),
    POPULATION,
    ids=[f"{c[0]}-{c[2]}-{c[3]}-{k}" for k, c in enumerate(POPULATION)],
)
def test_a_place_of_n_people_is_its_population(lang, text, figure, expected):
    assert family(text, lang, figure) == expected


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_names_settlements(code):
    table = load_units_toml()["settlements"].get(code)
    assert table and table["nouns"] and table["join"] and table["residents"], code


# (lang, sentence, figure, family): buildings destroyed, damaged (also "damaged or
# destroyed") and affected are three quantities
BUILDINGS = [
    (
        "en",
        "Over 1,900 structures were damaged or destroyed in the blaze.",
        "1,900",
        "homes:damaged",
    ),
    (
        "en",
        "Over 1,900 structures were damaged or destroyed, and roughly 2,600 are affected by smoke.",
        "2,600",
        "homes",
    ),
    ("en", "The fire destroyed 2,200 homes.", "2,200", "destroyed"),
    ("en", "About 500 homes were damaged.", "500", "homes:damaged"),
    ("fr", "Au moins 300 maisons ont été endommagées.", "300", "homes:damaged"),
    ("fr", "Au moins 300 maisons ont été détruites.", "300", "destroyed"),
    ("es", "Más de 2.200 viviendas resultaron dañadas.", "2.200", "homes:damaged"),
    ("es", "Más de 2.200 viviendas quedaron destruidas.", "2.200", "destroyed"),
    ("es", "Hay más de 184 mil viviendas afectadas.", "184 mil", "homes"),
    ("de", "Mehr als 2.200 Gebäude wurden beschädigt.", "2.200", "homes:damaged"),
    ("de", "Mehr als 2.200 Häuser wurden zerstört.", "2.200", "destroyed"),
    ("it", "Almeno 300 case sono state danneggiate.", "300", "homes:damaged"),
    ("pt", "Pelo menos 300 casas foram danificadas.", "300", "homes:damaged"),
    ("nl", "Zeker 300 huizen werden beschadigd.", "300", "homes:damaged"),
    # neighbours: homes with no word of what happened stay homes
    ("en", "The town has 2,200 homes.", "2,200", "homes"),
    ("es", "La ciudad tiene 2.200 viviendas.", "2.200", "homes"),
]


@pytest.mark.parametrize(
    ("lang", "text", "figure", "expected"),
    BUILDINGS,
    ids=[f"{c[0]}-{c[2]}-{c[3]}-{k}" for k, c in enumerate(BUILDINGS)],
)
def test_buildings_destroyed_damaged_affected(lang, text, figure, expected):
    assert family(text, lang, figure) == expected


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_names_building_states(code):
    table = load_units_toml()["building_states"].get(code)
    assert table and table["damaged"] and table["affected"], f"[building_states.{code}]"


# (lang, sentence, figure, family): a count whose own words say hurt badly is of the
# seriously injured wherever it is counted
PLACED_SEVERE = [
    ("es", "Hay 40 heridos graves en Valdería.", "40", SERIOUS),
    ("it", "A Montalto ci sono 13 feriti gravi.", "13", SERIOUS),
    ("de", "In Ostmark gibt es 13 Schwerverletzte.", "13", SERIOUS),
    ("fr", "À Valmont, on compte 300 blessés, dont 40 grièvement.", "40", SERIOUS),
    ("en", "In Norvale, 13 people were seriously injured.", "13", SERIOUS),
    # neighbour: the whole count in that place stays whole
    ("fr", "À Valmont, on compte 300 blessés, dont 40 grièvement.", "300", "injured"),
    pytest.param(
        "es",
        "En Valdería hay 300 heridos, 40 de ellos graves.",
        "40",
        SERIOUS,
        marks=pytest.mark.xfail(
            strict=True,
            reason="a part named by 'de ellos' in a placed count keeps the place's family: "
            "hurt badly only when the counted words themselves say so",
        ),
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "figure", "expected"),
    PLACED_SEVERE,
    ids=[
        f"{c[0]}-{c[2]}-{k}"
        for k, c in enumerate(x.values if hasattr(x, "values") else x for x in PLACED_SEVERE)
    ],
)
def test_hurt_badly_wherever_counted(lang, text, figure, expected):
    assert family(text, lang, figure) == expected
