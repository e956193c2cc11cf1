"""The day a figure's own sentence gives it as the day of its report (claims/reported.py,
claims/opening.py, claims/dated.py): a date right after a verb that gives the count ("said
Sunday night that"), or in English right before one ("officials Sunday night published"); a
date in the source's phrase after the figures ("d'après le décompte établi samedi"); an "as
of" day over the day it was told; a time within one day that opens a clause ("Later
Wednesday"); and a day the event began ("qui a frappé, vendredi en fin de soirée") dating none
of them. Each rule has a neighbour it must leave alone. Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document

# a page of Tuesday 18 March 2031: Sunday is the 16th, Saturday the 15th, Friday the 14th
TUE = date(2031, 3, 18)
# a page of Thursday 20 March 2031: Wednesday is the 19th
THU = date(2031, 3, 20)
# a page of Sunday 16 March 2031
SUN = date(2031, 3, 16)

SAID = [
    pytest.param(
        "en",
        TUE,
        "Norbury's mayor said Sunday night that some 640 residents are still missing.",
        {"640": "2031-03-16"},
        id="en-said-weekday-night-that",
    ),
    pytest.param(
        "en",
        TUE,
        "Norbury officials Sunday night published a list of 271 people still missing.",
        {"271": "2031-03-16"},
        id="en-officials-weekday-night-released",
    ),
    pytest.param(
        "en",
        TUE,
        "The mayor said on Sunday that 640 people are missing and 73 have died in Norbury.",
        {"640": "2031-03-16", "73": "2031-03-16"},
        id="en-said-on-reaches-a-second-figure",
    ),
    pytest.param(
        "fr",
        TUE,
        "Le maire de Varenne a déclaré dimanche soir que 640 personnes sont portées disparues.",
        {"640": "2031-03-16"},
        id="fr-a-declare-dimanche-soir-que",
    ),
    pytest.param(
        "es",
        TUE,
        "El alcalde de Tormenar informó el domingo por la noche que 640 personas siguen "
        "desaparecidas.",
        {"640": "2031-03-16"},
        id="es-informo-el-domingo-por-la-noche",
    ),
    pytest.param(
        "pt",
        TUE,
        "O prefeito de Serrinha disse no domingo à noite que 640 pessoas estão desaparecidas.",
        {"640": "2031-03-16"},
        id="pt-disse-no-domingo-a-noite",
    ),
    pytest.param(
        "de",
        TUE,
        "Das Innenministerium teilte am Sonntagabend mit, dass 640 Menschen vermisst werden.",
        {"640": "2031-03-16"},
        id="de-teilte-am-sonntagabend-mit",
    ),
    pytest.param(
        "it",
        TUE,
        "Il sindaco di Valtorre ha detto domenica sera che 640 persone risultano disperse.",
        {"640": "2031-03-16"},
        id="it-ha-detto-domenica-sera-che",
    ),
    pytest.param(
        "nl",
        TUE,
        "De burgemeester van Veldhoven zei zondagavond dat 640 mensen worden vermist.",
        {"640": "2031-03-16"},
        id="nl-zei-zondagavond-dat",
    ),
    pytest.param(
        "en",
        TUE,
        "The minister said in an interview on Sunday that 40 people had died in Norbury.",
        {"40": "2031-03-16"},
        id="en-said-in-an-interview-on-weekday-that",
    ),
    pytest.param(
        "fr",
        TUE,
        "La préfecture a indiqué dans un communiqué dimanche soir que 40 personnes sont mortes "
        "à Varenne.",
        {"40": "2031-03-16"},
        id="fr-a-indique-dans-un-communique-dimanche-que",
    ),
    pytest.param(
        "es",
        TUE,
        "Protección Civil informó en un comunicado el domingo por la noche que 40 personas "
        "murieron en Tormenar.",
        {"40": "2031-03-16"},
        id="es-informo-en-un-comunicado-el-domingo-que",
    ),
    # neighbours: the day names the event, not the report
    pytest.param(
        "en",
        TUE,
        "The minister said that the collapse of Sunday that shook Norbury killed 40 people.",
        {"40": "2031-03-18"},
        id="en-what-was-said-began-before-the-day",
    ),
    pytest.param(
        "en",
        TUE,
        "Officials said Sunday's storm killed 40 people in Norbury.",
        {"40": "2031-03-18"},
        id="en-said-a-possessive-day-names-the-storm",
    ),
    pytest.param(
        "en",
        TUE,
        "Officials said the storm that struck Norbury on Sunday killed 40 people.",
        {"40": "2031-03-18"},
        id="en-the-day-the-storm-struck",
    ),
    pytest.param(
        "fr",
        TUE,
        "Le maire a déclaré que la tempête de dimanche a fait 40 morts à Varenne.",
        {"40": "2031-03-18"},
        id="fr-la-tempete-de-dimanche",
    ),
]

TOLD = [
    pytest.param(
        "fr",
        SUN,
        "Le cyclone qui a frappé, vendredi en fin de soirée, le littoral de Varenne a causé "
        "212 décès et 259 blessés, dont 104 graves, d'après le décompte de la préfecture "
        "établi samedi à 21h30.",
        {"212": "2031-03-15", "259": "2031-03-15", "104": "2031-03-15"},
        id="fr-selon-un-bilan-arrete-samedi-after-the-onset",
    ),
    pytest.param(
        "fr",
        SUN,
        "La crue qui a frappé Varenne vendredi a causé 212 décès et 259 blessés, a fait "
        "savoir la préfecture par voie de communiqué samedi en fin de journée.",
        {"212": "2031-03-15", "259": "2031-03-15"},
        id="fr-a-indique-dans-un-communique-samedi",
    ),
    pytest.param(
        "en",
        SUN,
        "The flood has killed 212 people and injured 259 in Norbury, according to a tally "
        "released Saturday.",
        {"212": "2031-03-15", "259": "2031-03-15"},
        id="en-according-to-a-tally-released",
    ),
    pytest.param(
        "es",
        SUN,
        "La tormenta, que tocó tierra el jueves cerca de Puerto Alvar, causó 31 fallecidos y "
        "12 desaparecidos, de acuerdo con el recuento del sábado.",
        {"31": "2031-03-15", "12": "2031-03-15"},
        id="es-segun-el-balance-del-sabado",
    ),
    pytest.param(
        "pt",
        SUN,
        "O temporal deixou 31 mortos e 12 desaparecidos em Serrinha, segundo o boletim "
        "divulgado no sábado.",
        {"31": "2031-03-15", "12": "2031-03-15"},
        id="pt-segundo-o-boletim-de-sabado",
    ),
    pytest.param(
        "de",
        SUN,
        "Das Beben hat 212 Menschen getötet und 259 verletzt, teilte das Innenministerium am "
        "Samstagabend mit.",
        {"212": "2031-03-15", "259": "2031-03-15"},
        id="de-teilte-am-samstagabend-mit-after",
    ),
    pytest.param(
        "it",
        SUN,
        "Il terremoto ha causato 212 morti e 259 feriti a Valtorre, secondo il bilancio "
        "diffuso sabato sera.",
        {"212": "2031-03-15", "259": "2031-03-15"},
        id="it-secondo-il-bilancio-di-sabato",
    ),
    # neighbours: another clause, or a figure with a day of its own
    pytest.param(
        "en",
        SUN,
        "The flood has killed 212 people in Norbury; 259 were injured, according to a tally "
        "released Saturday.",
        {"212": "2031-03-16", "259": "2031-03-15"},
        id="en-a-clause-of-its-own-is-not-reached",
    ),
    pytest.param(
        "en",
        SUN,
        "In Norbury 212 people died on Friday and 259 were injured, according to a tally "
        "released Saturday.",
        {"212": "2031-03-14", "259": "2031-03-15"},
        id="en-a-figure-with-its-own-day-keeps-it",
    ),
    pytest.param(
        "en",
        SUN,
        "The flood killed 212 people and injured 259, according to the final report of the "
        "Marlow agency, published this month.",
        {"212": "2031-03-16"},
        id="en-a-report-of-this-month-says-less-than-the-page-day",
    ),
    pytest.param(
        "fr",
        SUN,
        "Le bilan s'élevait, vendredi soir, à 212 morts à Varenne.",
        {"212": "2031-03-14"},
        id="fr-a-day-after-a-comma-with-no-onset-dates-the-count",
    ),
    pytest.param(
        "fr",
        SUN,
        "Le cyclone qui a ravagé, vendredi soir, la commune de Varenne a fait 212 morts.",
        {"212": "2031-03-16"},
        id="fr-the-onset-day-after-a-comma-names-the-event",
    ),
]

WITHIN_DAY = [
    pytest.param(
        "en",
        THU,
        "Earlier Wednesday, the Norbury coroner counted four dead.",
        {"four": "2031-03-19"},
        id="en-earlier-weekday",
    ),
    pytest.param(
        "en",
        THU,
        "Later Wednesday the Norbury toll climbed to 29.",
        {"29": "2031-03-19"},
        id="en-later",
    ),
    pytest.param(
        "fr",
        THU,
        "Plus tard mercredi, le bilan est passé à 29 morts à Varenne.",
        {"29": "2031-03-19"},
        id="fr-plus-tard",
    ),
    pytest.param(
        "es",
        THU,
        "Más tarde el miércoles, el balance de muertos en Tormenar subió a 29.",
        {"29": "2031-03-19"},
        id="es-mas-tarde-el",
    ),
    pytest.param(
        "de",
        THU,
        "Später am Mittwoch stieg die Zahl der Toten in Kellstadt auf 29.",
        {"29": "2031-03-19"},
        id="de-spaeter-am",
    ),
    pytest.param(
        "it",
        THU,
        "Più tardi mercoledì il bilancio dei morti a Valtorre è salito a 29.",
        {"29": "2031-03-19"},
        id="it-piu-tardi",
    ),
    pytest.param(
        "pt",
        THU,
        "Mais tarde na quarta-feira, o número de mortos em Serrinha subiu para 29.",
        {"29": "2031-03-19"},
        id="pt-mais-tarde-na",
    ),
    # neighbour: a word of time inside another figure's clause opens none
    pytest.param(
        "en",
        THU,
        "The Norbury toll, which police put at four earlier Wednesday, has risen to 29.",
        {"four": "2031-03-19", "29": "2031-03-20"},
        id="en-earlier-weekday-inside-a-clause-dates-its-own-figure",
    ),
]

AS_OF = [
    pytest.param(
        "en",
        TUE,
        "Police revised the toll Monday; by their count, crews had cleared 60% of the Norbury "
        "debris as of Sunday.",
        {"60%": "2031-03-16"},
        id="en-as-of-in-the-figures-own-clause",
    ),
    pytest.param(
        "en",
        TUE,
        "The mayor said Monday that 40 people had died in Norbury as of Sunday.",
        {"40": "2031-03-16"},
        id="en-as-of-over-the-day-it-was-told",
    ),
    pytest.param(
        "en",
        TUE,
        "As of Sunday, Norbury counted 27 dead.",
        {"27": "2031-03-16"},
        id="en-as-of-opening",
    ),
    pytest.param(
        "en",
        TUE,
        "As of Monday, visitors to Norbury's 40 schools will need a pass.",
        {"40": "2031-03-18"},
        id="en-as-of-ahead-dates-no-figure",
    ),
]

# a page of 13 August 2031
AUG = date(2031, 8, 13)

PAST_EVENT = [
    pytest.param(
        "en",
        AUG,
        "The toll is now above the 57 residents who died in a 2009 blaze in Marlow.",
        {"57": "2009"},
        id="en-killed-in-a-year-fire-after-the-figure",
    ),
    pytest.param(
        "en",
        AUG,
        "The count now tops that of the 2009 blaze that gutted the old port of Marlow, where "
        "at least 57 people perished.",
        {"57": "2009"},
        id="en-where-clause-of-that-years-fire",
    ),
    pytest.param(
        "fr",
        AUG,
        "Le bilan dépasse déjà les 57 morts de l'incendie de 2009 à Marlow.",
        {"57": "2009"},
        id="fr-les-morts-de-l-incendie-de-2009",
    ),
    pytest.param(
        "es",
        AUG,
        "El balance ya supera los 57 muertos que dejó el incendio de 2009 en Marlow.",
        {"57": "2009"},
        id="es-los-muertos-que-dejo-el-incendio-de-2009",
    ),
    pytest.param(
        "it",
        AUG,
        "Il bilancio supera già i 57 morti dell'incendio del 2009 a Marlow.",
        {"57": "2009"},
        id="it-i-morti-dell-incendio-del-2009",
    ),
    pytest.param(
        "pt",
        AUG,
        "O balanço já supera os 57 mortos do incêndio de 2009 em Marlow.",
        {"57": "2009"},
        id="pt-os-mortos-do-incendio-de-2009",
    ),
    # neighbours: a year of the same clause after "since", or this year's
    pytest.param(
        "en",
        AUG,
        "The toll has risen to 57 in Marlow, the worst since 2009.",
        {"57": "2031-08-13"},
        id="en-the-worst-since-a-year",
    ),
    pytest.param(
        "en",
        AUG,
        "The toll has risen to 57 in the 2031 blaze.",
        {"57": "2031-08-13"},
        id="en-this-years-fire",
    ),
]

CARRIED = [
    pytest.param(
        "fr",
        SUN,
        "Le cyclone a causé 212 décès et 259 blessés, d'après le décompte de la préfecture "
        "établi samedi à 21h30. On compte 93 décès à Varenne et 15 à Tassin, a ajouté la "
        "préfecture dans son communiqué.",
        {"93": "2031-03-15", "15": "2031-03-15"},
        id="fr-a-precise-dans-un-communique",
    ),
    pytest.param(
        "en",
        SUN,
        "The flood has killed 212 people, according to a tally released Saturday. It killed "
        "93 people in Marlow and 15 in Tassin, the ministry said in its statement.",
        {"93": "2031-03-15", "15": "2031-03-15"},
        id="en-said-in-its-statement",
    ),
    pytest.param(
        "es",
        SUN,
        "La tormenta causó 31 fallecidos, según el recuento publicado el sábado. En Puerto "
        "Alvar hubo 19 fallecidos, precisó Protección Civil en su comunicado.",
        {"19": "2031-03-15"},
        id="es-preciso-en-su-comunicado",
    ),
    pytest.param(
        "de",
        SUN,
        "Das Beben hat 212 Menschen getötet, teilte das Innenministerium am Samstagabend mit. "
        "In Kellstadt starben 93 Menschen, hieß es in der Mitteilung des Ministeriums.",
        {"93": "2031-03-15"},
        id="de-in-der-mitteilung",
    ),
    pytest.param(
        "fr",
        SUN,
        "La crue a causé 212 décès, a fait savoir la préfecture par voie de communiqué samedi "
        "en fin de journée. Quelques heures plus tôt, la préfecture recensait 130 décès.",
        {"130": "2031-03-15"},
        id="fr-quelques-heures-plus-tot",
    ),
    pytest.param(
        "de",
        SUN,
        "Das Beben hat 212 Menschen getötet, teilte das Innenministerium am Samstagabend mit. "
        "Wenige Stunden zuvor war von 130 Toten die Rede gewesen.",
        {"130": "2031-03-15"},
        id="de-wenige-stunden-zuvor",
    ),
    pytest.param(
        "it",
        SUN,
        "Il terremoto ha causato 212 morti, secondo il bilancio diffuso sabato sera. Poche "
        "ore prima il bilancio era di 130 morti.",
        {"130": "2031-03-15"},
        id="it-poche-ore-prima",
    ),
    # neighbours: a new bulletin, a count of the page's day in between, hours from today
    pytest.param(
        "en",
        SUN,
        "Police in Marlow count 240 dead. Hours earlier, the toll stood at 130.",
        {"240": "2031-03-16"},
        id="en-hours-earlier-than-a-count-of-the-page-day",
    ),
    pytest.param(
        "fr",
        SUN,
        "Le cyclone a causé 212 décès, d'après le décompte de la préfecture établi samedi. "
        "Le nouveau décompte donne 300 décès, a ajouté la préfecture dans un communiqué.",
        {"300": "2031-03-16"},
        id="fr-le-nouveau-bilan",
    ),
    pytest.param(
        "en",
        SUN,
        "The flood has killed 212 people, according to a tally released Saturday. Police in "
        "Marlow count 240 dead. In Tassin, 15 died, the ministry said in a statement.",
        {"240": "2031-03-16", "15": "2031-03-16"},
        id="en-a-count-of-the-page-day-between",
    ),
]


def _as_of(lang: str, page: date, text: str) -> dict[str, str]:
    doc = Document(id="d", path="p", text=text, keep=[(0, len(text))], lang=lang)
    doc.date = page
    return {c.text: c.as_of for c in extract_claims(doc, lang) if c.unit not in ("date", "year")}


def _check(lang: str, page: date, text: str, want: dict[str, str]) -> None:
    got = _as_of(lang, page, text)
    for figure, day in want.items():
        held = [v for k, v in got.items() if figure in k]
        assert held, (figure, got)
        assert held[0] == day, (figure, got)


@pytest.mark.parametrize(("lang", "page", "text", "want"), SAID)
def test_the_day_a_verb_gave_the_count(lang, page, text, want) -> None:
    _check(lang, page, text, want)


@pytest.mark.parametrize(("lang", "page", "text", "want"), TOLD)
def test_the_day_of_the_source_after_the_figures(lang, page, text, want) -> None:
    _check(lang, page, text, want)


@pytest.mark.parametrize(("lang", "page", "text", "want"), WITHIN_DAY)
def test_a_time_within_a_day_opens_the_clause(lang, page, text, want) -> None:
    _check(lang, page, text, want)


@pytest.mark.parametrize(("lang", "page", "text", "want"), AS_OF)
def test_as_of_is_when_the_count_was_taken(lang, page, text, want) -> None:
    _check(lang, page, text, want)


@pytest.mark.parametrize(("lang", "page", "text", "want"), PAST_EVENT)
def test_a_count_of_a_past_years_event(lang, page, text, want) -> None:
    _check(lang, page, text, want)


@pytest.mark.parametrize(("lang", "page", "text", "want"), CARRIED)
def test_a_statements_sentence_goes_on_in_its_reports_day(lang, page, text, want) -> None:
    _check(lang, page, text, want)


TIME_AFTER_FIGURE = [
    pytest.param(
        "The Norbury death toll rose to 29 late Wednesday.",
        ("people", "deaths", "2031-03-19"),
        id="late-weekday-is-no-noun",
    ),
    pytest.param(
        "The Norbury death toll rose to 40 early Thursday morning.",
        ("people", "deaths", "2031-03-20"),
        id="early-weekday-is-no-noun",
    ),
    pytest.param(
        "Norbury counted 40 late trains on Wednesday.",
        ("trains", "train", "2031-03-19"),
        id="late-before-a-noun-stays-a-modifier",
    ),
]


@pytest.mark.parametrize(("text", "want"), TIME_AFTER_FIGURE)
def test_a_time_right_after_a_figure_is_not_what_it_counts(text, want) -> None:
    doc = Document(id="d", path="p", text=text, keep=[(0, len(text))], lang="en")
    doc.date = THU
    (claim,) = extract_claims(doc, "en")
    assert (claim.unit, claim.terms[0], claim.as_of) == want


# a page of 25 October 2031
OCT = date(2031, 10, 25)

OF_A_TIME_AGO = [
    pytest.param(
        "es",
        "Tormenar aún debe 310 millones de euros en subsidios de hace un año a sus agricultores.",
        {"310": "2031-10-25"},
        id="es-subsidios-de-hace-un-ano",
    ),
    pytest.param(
        "en",
        "The Norbury council still owes £310 million in grants from a year ago.",
        {"£310": "2031-10-25"},
        id="en-grants-from-a-year-ago",
    ),
    pytest.param(
        "fr",
        "Le département de Varenne doit encore 310 millions d'euros de subventions d'il y a un an.",
        {"310": "2031-10-25"},
        id="fr-subventions-d-il-y-a-un-an",
    ),
    # neighbours: a time ago that opens the sentence dates its figures
    pytest.param(
        "en",
        "A year ago, the Norbury council paid £310 million in grants.",
        {"£310": "2030"},
        id="en-a-year-ago-opening",
    ),
    pytest.param(
        "es",
        "Hace un año, Tormenar pagó 310 millones de euros en subsidios.",
        {"310": "2030"},
        id="es-hace-un-ano-opening",
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), OF_A_TIME_AGO)
def test_a_time_ago_of_a_noun_dates_no_figure(lang, text, want) -> None:
    _check(lang, OCT, text, want)
