"""Subsets of a count of people named by WHO they are: a list after "among them" ("90
injured, among them 70 civilians and 12 firefighters"), a group noun after the count's own
("14 injured civilians"), and a group to which the clause says something happened ("four
firefighters were injured"). Each is a part of the count, keyed by the group (its family
when data/units.toml [groups] has one, else its noun's stem), never the count itself.
Every sentence here is invented (invented places too)."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.analyse.subjects import assign_subjects
from kfactcheck.claims.extract import extract_claims
from kfactcheck.grammar.vocab import LANGUAGES, load_units_toml
from kfactcheck.model import Claim, Document


def claims(text: str, lang: str) -> list[Claim]:
    doc = Document(
        id="d1", path="x.txt", text=text, keep=[(0, len(text))], date=date(2024, 5, 3), lang=lang
    )
    return [c for c in extract_claims(doc, lang=lang) if c.unit not in ("date", "year")]


def family(text: str, lang: str, figure: str) -> str:
    found = [c for c in claims(text, lang) if c.text.startswith(figure)]
    assert found, f"no claim {figure!r} in {[c.text for c in claims(text, lang)]}"
    return found[0].terms[0]


# (lang, sentence, figure, family)
CASES = [
    # a list after "among them": each figure a part of the count before it
    pytest.param(
        "en",
        "Police arrested 45 people in Norvale, including 3 journalists.",
        "3 journalists",
        "arrests:part journalist",
        id="en-list-after-a-verb",
    ),
    pytest.param(
        "en",
        "The quake left 90 people injured, including 40 children and 5 firefighters.",
        "5 firefighters",
        "injured:part firefighters",
        id="en-list-group",
    ),
    pytest.param(
        "pt",
        "O hospital recebeu 90 feridos, entre os quais 70 civis e 12 bombeiros.",
        "12 bombeiros",
        "injured:part firefighters",
        id="pt-list-group",
    ),
    pytest.param(
        "pt",
        "O hospital recebeu 90 feridos, entre os quais 70 civis e 12 bombeiros.",
        "70 civis",
        "injured:part civ",
        id="pt-list-people-noun",
    ),
    pytest.param(
        "pt",
        "Morreram 30 pessoas e 90 ficaram feridas, entre as quais 70 civis e 12 bombeiros.",
        "12 bombeiros",
        "injured:part firefighters",
        id="pt-list-after-a-verb",
    ),
    pytest.param(
        "es",
        "El sismo dejó 50 heridos, entre ellos 30 civiles y 8 soldados.",
        "8 soldados",
        "injured:part troops",
        id="es-list-group",
    ),
    pytest.param(
        "fr",
        "On compte 40 blessés, parmi lesquels 25 civils et 6 pompiers.",
        "6 pompiers",
        "injured:part firefighters",
        id="fr-list-group",
    ),
    pytest.param(
        "it",
        "Si contano 60 feriti, tra cui 40 civili e 9 pompieri.",
        "9 pompieri",
        "injured:part firefighters",
        id="it-list-group",
    ),
    pytest.param(
        "de",
        "Es gab 80 Verletzte, darunter 50 Zivilisten und 7 Feuerwehrleute.",
        "7 Feuerwehrleute",
        "injured:part firefighters",
        id="de-list-group",
    ),
    pytest.param(
        "pt",
        "O balanço aponta 25 feridos, 5 dos quais bombeiros, e 3 desaparecidos.",
        "5",
        "injured:part firefighters",
        id="pt-of-whom-group-by-family",
    ),
    # a group noun after the count's own noun
    pytest.param(
        "pt",
        "O hospital tratou 30 feridos civis em Norvale.",
        "30",
        "injured:part civ",
        id="pt-adj",
    ),
    pytest.param(
        "de",
        "Die Behörden zählten 120 verletzte Zivilisten.",
        "120",
        "injured:part zivilist",
        id="de-adj",
    ),
    pytest.param(
        "es",
        "El ataque dejó 30 muertos civiles en Norvale.",
        "30",
        "deaths:part civil",
        id="es-adj",
    ),
    pytest.param(
        "de",
        "Die Behörden zählten 362 verletzte Personen.",
        "362",
        "injured",
        id="de-people-no-part",
    ),
    # a group to which something happened
    pytest.param(
        "pt",
        "Ontem, 4 bombeiros ficaram feridos no incêndio.",
        "4 bombeiros",
        "injured:part firefighters",
        id="pt-group-injured",
    ),
    pytest.param(
        "es",
        "Ayer 3 soldados resultaron heridos en Norvale.",
        "3 soldados",
        "injured:part troops",
        id="es-group-injured",
    ),
    pytest.param(
        "en",
        "At least 12 soldiers were killed in the attack.",
        "At least 12 soldiers",
        "deaths:part troops",
        id="en-group-killed",
    ),
    pytest.param(
        "en",
        "Four firefighters were injured in the blaze.",
        "Four firefighters",
        "injured:part firefighters",
        id="en-group-injured",
    ),
    pytest.param("en", "The army sent 3,000 soldiers.", "3,000", "troops", id="en-group-as-such"),
    pytest.param(
        "pt",
        "Ontem, 4 bombeiros ficaram feridos em Norvale. Outros 3 bombeiros saíram feridos.",
        "3 bombeiros",
        "injured:part firefighters:other",
        id="pt-others-are-not-those",
    ),
    # a group among whom something happened
    pytest.param(
        "es", "Entre los vecinos, 30 resultaron heridos.", "30", "injured:part vecin", id="es-among"
    ),
    pytest.param(
        "en", "Among the residents, 30 were injured.", "30", "injured:part resident", id="en-among"
    ),
    pytest.param(
        "pt",
        "Entre os socorristas há 10 feridos, 3 deles em estado grave.",
        "3",
        "injured:serious",
        id="pt-among-then-of-them",
    ),
    pytest.param(
        "es", "Entre ellos, 30 resultaron heridos.", "30", "injured", id="es-among-them-no-group"
    ),
    pytest.param(
        "es",
        "De hecho, del balance previo de 64 muertos, 51 se hallaron en Norvale.",
        "64",
        "deaths",
        id="es-de-hecho-is-no-group",
    ),
    # the dead found in one kind of place: a part of the toll; "found dead" is the toll
    pytest.param(
        "pt",
        "Segundo a polícia, 8 dos mortos foram encontrados em casas abandonadas.",
        "8",
        "deaths:found cas",
        id="pt-found-in",
    ),
    pytest.param(
        "es",
        "Según la policía, 12 de los fallecidos fueron hallados en sus coches.",
        "12",
        "deaths:found coch",
        id="es-found-in",
    ),
    pytest.param(
        "fr",
        "Selon la police, 12 des morts ont été retrouvés dans leurs voitures.",
        "12",
        "deaths:found voitur",
        id="fr-found-in",
    ),
    pytest.param(
        "en",
        "Rescuers said 12 of the dead were found in their cars.",
        "12",
        "deaths:found car",
        id="en-found-in",
    ),
    pytest.param(
        "pt", "Ontem 8 pessoas foram encontradas mortas em casa.", "8", "deaths", id="pt-found-dead"
    ),
    pytest.param("en", "Some 57 people were found dead.", "Some 57", "deaths", id="en-found-dead"),
    # what they died of: a part of the toll, unless it is the disaster itself
    pytest.param(
        "pt",
        "Segundo os médicos, 3 idosos morreram por intoxicação com monóxido de carbono.",
        "3",
        "deaths:of intoxic",
        id="pt-died-of-a-cause",
    ),
    pytest.param(
        "pt",
        "Ontem 30 pessoas morreram por causa do incêndio.",
        "30",
        "deaths",
        id="pt-died-of-the-disaster",
    ),
    pytest.param("es", "Hay 30 muertos por el terremoto.", "30", "deaths", id="es-disaster"),
    pytest.param(
        "es",
        "Otros 6 murieron por causas ajenas al temporal.",
        "6",
        "deaths:of caus",
        id="es-other-causes",
    ),
    pytest.param(
        "en",
        "At least 50 people died from the floods in Norvale.",
        "At least 50",
        "deaths",
        id="en-died-from-the-disaster",
    ),
    pytest.param(
        "it",
        "Secondo i medici, 4 persone sono morte per infarto.",
        "4",
        "deaths:of infart",
        id="it-died-of-a-cause",
    ),
    # no list: a clause of its own after the "dont" of a place
    pytest.param(
        "fr",
        "La préfecture a recensé 640 000 manifestants, dont 45 000 à Norvale, alors que les "
        "organisateurs annonçaient près de 1,3 million de manifestants.",
        "près de 1,3 million",
        "crowd",
        id="fr-dont-then-another-clause",
    ),
    pytest.param(
        "de",
        "Es gab 80 Verletzte, darunter 50 Zivilisten, wie die Polizei mitteilte, und später "
        "noch 300 Verletzte.",
        "300",
        "injured",
        id="de-no-list-after-a-clause",
    ),
]


@pytest.mark.parametrize(("lang", "text", "figure", "expected"), CASES)
def test_part_named_by_who(lang, text, figure, expected):
    assert family(text, lang, figure) == expected


def test_a_group_of_the_injured_is_one_quantity_however_written():
    """ "5 dos quais bombeiros" and a list's "12 bombeiros" share a subject, apart from
    the injured."""
    found = claims("O balanço aponta 25 feridos, 5 dos quais bombeiros, e 3 desaparecidos.", "pt")
    other = Document(
        id="d2",
        path="y.txt",
        text=(t := "O hospital recebeu 90 feridos, entre os quais 70 civis e 12 bombeiros."),
        keep=[(0, len(t))],
        date=date(2024, 5, 4),
    )
    found += [c for c in extract_claims(other, lang="pt") if c.unit not in ("date", "year")]
    assign_subjects(found)
    by_text = {c.text: c.subject for c in found}
    assert by_text["5"] == by_text["12 bombeiros"]
    assert by_text["90 feridos"] != by_text["12 bombeiros"]
    assert by_text["70 civis"] not in (by_text["90 feridos"], by_text["12 bombeiros"])


# What a count of people is, read past its own words: the last part of a joined name
# ("Norvale-Mitarbeiter"), a relative clause saying what they did, rescued "alive".
# (lang, sentence, figure, family)
READ_ON = [
    pytest.param(
        "de",
        "Die Gewerkschaft zählte rund 5.000 Norvale-Mitarbeiter, die sich am Streik beteiligten.",
        "rund 5.000",
        "crowd",
        id="de-joined-name-and-relative-clause",
    ),
    pytest.param(
        "de",
        "Die Firma hat 5.000 Mitarbeiter, die in Norvale arbeiten.",
        "5.000",
        "mitarbeit",
        id="de-relative-clause-naming-nothing",
    ),
    pytest.param(
        "fr",
        "La police a compté 2 000 salariés, qui ont manifesté devant l'usine.",
        "2 000",
        "crowd",
        id="fr-relative-clause",
    ),
    pytest.param(
        "it",
        "Nello stabilimento lavorano 500 dipendenti, che ieri hanno scioperato.",
        "500",
        "crowd",
        id="it-relative-clause",
    ),
    # "and" with an article opens another clause: its cue is not this count's
    pytest.param(
        "it",
        "Il conteggio dei morti arriva a quota 85 e i feriti sono decine.",
        "85",
        "deaths",
        id="it-and-the-injured-are-another-clause",
    ),
    pytest.param(
        "es",
        "La cifra de fallecidos alcanza los 85 y las labores de rescate continúan.",
        "85",
        "deaths",
        id="es-and-the-rescue-is-another-clause",
    ),
    pytest.param(
        "es",
        "Los bomberos sacaron a 40 personas con vida de los escombros.",
        "40",
        "rescued",
        id="es-con-vida",
    ),
    pytest.param(
        "it",
        "I soccorritori hanno estratto 30 persone vive dalle macerie.",
        "30",
        "rescued",
        id="it-vive-dalle-macerie",
    ),
]


@pytest.mark.parametrize(("lang", "text", "figure", "expected"), READ_ON)
def test_counted_read_on(lang, text, figure, expected):
    assert family(text, lang, figure) == expected


@pytest.mark.parametrize("table", ["among_whom", "relatives", "found_in", "died_of"])
@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_has_the_words_of_parts(table, code):
    """data/units.toml: the words that name a part are there, and not empty, in every
    language read (the loader refuses a file that lacks one)."""
    words = load_units_toml()[table][code]
    lists = words.values() if isinstance(words, dict) else [words]
    assert all(lists), f"[{table}.{code}] has an empty list"


def test_groups_are_families_of_people():
    raw = load_units_toml()
    for name in raw["groups"]["families"]:
        assert name in raw["families"], name


# (lang, sentence, first figure, second figure): a bare figure, "of the" and a figure with
# its noun ("five of the six firefighters") counts a part of the count the second names
OF_THE_COUNT = [
    pytest.param(
        "en", "Five of the six firefighters were hurt in Velmora.", "Five", "six", id="en"
    ),
    pytest.param(
        "pt", "Cinco dos seis bombeiros ficaram feridos em Velmora.", "Cinco", "seis", id="pt"
    ),
    pytest.param("fr", "Cinq des six pompiers ont été blessés à Velmora.", "Cinq", "six", id="fr"),
    pytest.param(
        "de", "Fünf der sechs Feuerwehrleute wurden in Velmora verletzt.", "Fünf", "sechs", id="de"
    ),
    pytest.param(
        "it", "Cinque dei sei vigili sono rimasti feriti a Velmora.", "Cinque", "sei", id="it"
    ),
    pytest.param(
        "es", "Cinco de los seis bomberos resultaron heridos en Velmora.", "Cinco", "seis", id="es"
    ),
    pytest.param(
        "nl", "Vijf van de zes brandweerlieden raakten gewond in Velmora.", "Vijf", "zes", id="nl"
    ),
    pytest.param(
        "pt", "Três dos 40 soldados morreram na ponte de Velmora.", "Três", "40", id="pt-digits"
    ),
    pytest.param(
        "en", "3 of the 14 soldiers died on the Velmora bridge.", "3", "14", id="en-digits"
    ),
    pytest.param(
        "en",
        "Three of the 14 soldiers were killed near Velmora.",
        "Three",
        "14",
        id="en-word-of-digits",
    ),
    pytest.param(
        "en", "Only 4 of the 31 miners were rescued at Velmora.", "4", "31", id="en-rescued"
    ),
]

# "of the" before a figure that is no count of people: the first figure stays no claim
NOT_A_PART = [
    pytest.param("Article 5 of the 1999 charter binds Velmora.", id="a-year-after-of-the"),
    pytest.param("Section 3 of the 12 chapters covers Velmora.", id="no-count-noun"),
]


@pytest.mark.parametrize("text", NOT_A_PART)
def test_of_the_figure_without_a_count_noun(text: str) -> None:
    assert not [c.text for c in claims(text, "en") if c.text[:1] in "35"]


@pytest.mark.parametrize(("lang", "text", "first", "second"), OF_THE_COUNT)
def test_figure_of_the_count_is_its_part(lang: str, text: str, first: str, second: str) -> None:
    whole = family(text, lang, second)
    assert whole and not whole.endswith(":part")  # the second stays the count it was
    assert family(text, lang, first) == f"{whole}:part"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        pytest.param("en", "Norvale lost 4 of the 12 bridges it built.", "12", id="en-bare-12"),
        pytest.param(
            "en", "One of the 3 largest towns lost 40 homes.", "40", id="en-of-the-largest"
        ),
    ],
)
def test_count_after_of_the_stays_itself(lang: str, text: str, figure: str) -> None:
    # a figure with no "of the" and a counted figure right after it is no part
    assert not family(text, lang, figure).endswith(":part")
