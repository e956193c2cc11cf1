"""Other languages' "N units ago" ("há três anos", "vor 3 Tagen", "tre anni fa"): read as
English "three years ago" is, with the same kind, role and value, from languages.toml's
dates.ago words; and a running count right after one is another event's, as in English."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.grammar.dates import find_dates
from kfactcheck.model import Document

REF = date(2023, 4, 12)


def ago(lang, sentence, text, value, id):
    return pytest.param(lang, sentence, text, value, id=id)


# (language, sentence, the date's text, its value with publication date REF)
AGO = [
    ago("pt", "Há três anos a ponte caiu em Vila Serena.", "Há três anos", "2020", "pt-ha-word"),
    ago("pt", "A barragem rompeu há 4 anos.", "há 4 anos", "2019", "pt-ha-digits"),
    ago(
        "pt",
        "Há pouco mais de 5 anos a ponte ruiu e feriu 8.",
        "Há pouco mais de 5 anos",
        "2018",
        "pt-hedge",
    ),
    ago(
        "pt", "O acordo foi assinado há duas semanas.", "há duas semanas", "2023-03-29", "pt-weeks"
    ),
    ago("pt", "Dois meses atrás a obra parou.", "Dois meses atrás", "2023-02", "pt-atras"),
    ago("pt", "Faz cinco dias que chove.", "Faz cinco dias", "2023-04-07", "pt-faz-days"),
    ago("es", "Hace tres años el puente cayó.", "Hace tres años", "2020", "es-hace-word"),
    ago("es", "La presa se rompió hace 10 días.", "hace 10 días", "2023-04-02", "es-days"),
    ago(
        "es",
        "Hace casi dos meses cerró la fábrica.",
        "Hace casi dos meses",
        "2023-02",
        "es-hedge-months",
    ),
    ago("es", "Cinco años atrás hubo otra riada.", "Cinco años atrás", "2018", "es-atras"),
    ago("fr", "Il y a trois ans, le pont s'est effondré.", "Il y a trois ans", "2020", "fr-il-y-a"),
    ago(
        "fr",
        "La digue a cédé il y a 2 semaines.",
        "il y a 2 semaines",
        "2023-03-29",
        "fr-weeks-digits",
    ),
    ago(
        "fr",
        "Il y a plus de six mois, l'usine a fermé.",
        "Il y a plus de six mois",
        "2022-10",
        "fr-hedge-months",
    ),
    ago("de", "Vor drei Jahren stürzte die Brücke ein.", "Vor drei Jahren", "2020", "de-vor"),
    ago("de", "Der Damm brach vor 5 Tagen.", "vor 5 Tagen", "2023-04-07", "de-days-digits"),
    ago(
        "de",
        "Vor gut zwei Wochen begann der Streik.",
        "Vor gut zwei Wochen",
        "2023-03-29",
        "de-hedge-weeks",
    ),
    ago("de", "Vor einem Jahr wurde das Werk geschlossen.", "Vor einem Jahr", "2022", "de-one"),
    ago("it", "Tre anni fa crollò il ponte.", "Tre anni fa", "2020", "it-fa"),
    ago("it", "La diga cedette 6 mesi fa.", "6 mesi fa", "2022-10", "it-months-digits"),
    ago("it", "Due settimane fa iniziò lo sciopero.", "Due settimane fa", "2023-03-29", "it-weeks"),
    ago("nl", "Drie jaar geleden stortte de brug in.", "Drie jaar geleden", "2020", "nl-jaar"),
    ago("nl", "De dijk brak 4 dagen geleden.", "4 dagen geleden", "2023-04-08", "nl-days"),
    ago(
        "nl",
        "Twee maanden geleden sloot de fabriek.",
        "Twee maanden geleden",
        "2023-02",
        "nl-months",
    ),
    ago("sh", "Pre tri godine srušio se most.", "Pre tri godine", "2020", "sr-pre"),
    ago("sh", "Prije tri godine srušio se most.", "Prije tri godine", "2020", "hr-prije"),
    ago("sh", "Brana je pukla pre 5 dana.", "pre 5 dana", "2023-04-07", "sr-days-digits"),
    ago("sh", "Prije dva tjedna počeo je štrajk.", "Prije dva tjedna", "2023-03-29", "hr-weeks"),
    ago("sh", "Pre godinu dana most je srušen.", "Pre godinu dana", "2022", "sr-a-year-no-count"),
    ago(
        "sh",
        "Fabrika je zatvorena prije mjesec dana.",
        "prije mjesec dana",
        "2023-03",
        "hr-a-month-no-count",
    ),
    ago("sh", "Pre šest meseci zatvorena je fabrika.", "Pre šest meseci", "2022-10", "sr-months"),
]


@pytest.mark.parametrize(("lang", "sentence", "text", "value"), AGO)
def test_ago_reads_as_english(lang, sentence, text, value):
    got = [d for d in find_dates(sentence, REF, lang) if d.text == text]
    assert [d.value for d in got] == [value]
    # the same kind and role as English "N units ago"
    english = find_dates("The bridge fell three years ago.", REF, "en")[0]
    assert (got[0].kind, got[0].role) == (english.kind, english.role)


# "desde hace tres años": since then, read as English "over the past three years"
SINCE = [
    pytest.param(
        "es",
        "Desde hace tres años, 40 personas han muerto aquí.",
        "Desde hace tres años",
        "2020",
        id="es-desde-hace",
    ),
    pytest.param(
        "pt", "Desde há 2 anos a fábrica está fechada.", "Desde há 2 anos", "2021", id="pt-desde-ha"
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "text", "value"), SINCE)
def test_since_ago_reads_as_over_the_past(lang, sentence, text, value):
    got = [d for d in find_dates(sentence, REF, lang) if d.text == text]
    assert [d.value for d in got] == [value]
    english = find_dates("Over the past three years, 40 people have died.", REF, "en")[0]
    assert (got[0].kind, got[0].role) == (english.kind, english.role) == ("relative", "since")


def test_count_after_since_ago_is_this_story():
    text = "Desde hace tres años, 40 personas han muerto en la frontera de Valdeluz."
    doc = Document(id="a", path="a.md", text=text, lang="es", date=REF)
    (claim,) = [c for c in extract_claims(doc) if c.value == 40]
    assert not any(s.startswith("event") for s in claim.scope)


# no unit after the count, no ago word, or another language's words: no relative date
NOT_AGO = [
    pytest.param("pt", "Há 3 feridos no hospital.", id="pt-ha-without-unit"),
    pytest.param("pt", "A obra durou 3 anos.", id="pt-duration-without-ha"),
    pytest.param("es", "El contrato dura tres años.", id="es-duration"),
    pytest.param("de", "Vor dem Rathaus standen 300 Menschen.", id="de-vor-place"),
    pytest.param("it", "Il cantiere durerà tre anni.", id="it-duration-without-fa"),
    pytest.param("nl", "Het project duurt drie jaar.", id="nl-duration"),
    pytest.param("en", "Há três anos a ponte caiu.", id="english-grammar-reads-no-pt"),
]


@pytest.mark.parametrize(("lang", "sentence"), NOT_AGO)
def test_not_ago(lang, sentence):
    assert [d for d in find_dates(sentence, REF, lang) if d.kind == "relative"] == []


# a running count right after such a date is another, earlier event's toll
PAST_EVENT = [
    pytest.param(
        "pt",
        "Há pouco mais de 5 anos, no desabamento de Vila Serena, morreram 14 pessoas.",
        14,
        "event 2018",
        id="pt",
    ),
    pytest.param(
        "es",
        "Hace cuatro años, 25 personas murieron en la riada de Valdeluz.",
        25,
        "event 2019",
        id="es",
    ),
    pytest.param(
        "fr",
        "Il y a trois ans, 40 personnes sont mortes dans la crue de Valmont.",
        40,
        "event 2020",
        id="fr",
    ),
    pytest.param(
        "de",
        "Vor drei Jahren starben 40 Menschen beim Hochwasser in Talheim.",
        40,
        "event 2020",
        id="de",
    ),
]


@pytest.mark.parametrize(("lang", "text", "value", "scope"), PAST_EVENT)
def test_count_after_ago_is_another_event(lang, text, value, scope):
    doc = Document(id="a", path="a.md", text=text, lang=lang, date=REF)
    claims = [c for c in extract_claims(doc) if c.value == value]
    assert len(claims) == 1
    assert scope in claims[0].scope


# "more than N years ago" lies a season further back than N years, "almost" a season less:
# the year differs from plain "N years ago" only near the start or end of the year
HEDGED_YEARS = [
    pytest.param(
        "pt",
        "Há pouco mais de 5 anos a ponte ruiu e feriu 8.",
        date(2023, 1, 20),
        "2017",
        id="pt-pouco-mais-de-in-january",
    ),
    pytest.param(
        "es",
        "Hace más de tres años el puente cayó.",
        date(2023, 2, 5),
        "2019",
        id="es-mas-de-in-february",
    ),
    pytest.param(
        "en",
        "More than three years ago, the bridge fell.",
        date(2023, 1, 20),
        "2019",
        id="en-more-than-in-january",
    ),
    pytest.param(
        "de",
        "Vor gut drei Jahren brach der Damm.",
        date(2023, 1, 20),
        "2019",
        id="de-gut-in-january",
    ),
    pytest.param(
        "en",
        "Almost three years ago, the bridge fell.",
        date(2023, 11, 20),
        "2021",
        id="en-almost-in-november",
    ),
    pytest.param(
        "en",
        "Three years ago, the bridge fell.",
        date(2023, 1, 20),
        "2020",
        id="en-plain-in-january",
    ),
    pytest.param(
        "en",
        "More than three years ago, the bridge fell.",
        date(2023, 6, 20),
        "2020",
        id="en-more-than-in-june",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "ref", "value"), HEDGED_YEARS)
def test_a_hedged_number_of_years_ago(lang, sentence, ref, value):
    got = [d for d in find_dates(sentence, ref, lang) if d.kind == "relative"]
    assert [d.value for d in got] == [value]
