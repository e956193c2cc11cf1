"""One story across languages: reports of one event in English, German, Spanish, French,
Italian and Portuguese share its proper names (folded, and a country by one key in every
language: Greece, Griechenland, Grecia, Grèce, Grécia), so they are one story, and its
death toll is one subject. Two events in two languages that share only their country stay
two stories. Every report here is invented (towns, people and figures)."""

from __future__ import annotations

import pytest

from kfactcheck.analyse.placekeys import _merge_places, country_id, fold_name, place_id
from kfactcheck.analyse.stories import detect_stories
from kfactcheck.analyse.subjects import assign_subjects
from kfactcheck.model import Claim, Document
from kfactcheck.pipeline import Settings, build_report

# An invented quake near the invented town of Kastrona, in Greece, told on three days in
# each language. As real reports in several languages do, they share the country and its
# capital under each language's name and the town; each names its own sources; the German
# ones capitalise their nouns. Within a language the reports share more (the country's and
# the capital's name in that language) than across languages.
QUAKE_TEMPLATES = {
    "en": "A strong earthquake struck Greece near Kastrona. At least {toll} people have died "
    "in Greece, officials in Athens said. {source} told reporters that Greece had not seen "
    "such a quake in decades, and Athens sent more rescuers.",
    "de": "Ein schweres Erdbeben hat Griechenland erschüttert. Mindestens {toll} Menschen "
    "starben nach dem Erdbeben in Griechenland, teilten die Behörden in Athen mit. Die "
    "Behörden fürchten, dass die Zahl der Toten steigt, denn viele Menschen sind noch unter "
    "den Trümmern. Das Zentrum des Erdbebens lag bei Kastrona, sagte {source}. Die Helfer "
    "arbeiten die Nacht durch; auch aus Athen kamen Helfer.",
    "es": "Un fuerte terremoto sacudió Grecia cerca de Kastrona. Al menos {toll} personas "
    "murieron en Grecia, informó el Gobierno en Atenas. {source} dijo que Grecia no vivía "
    "algo así desde hacía décadas y que Atenas pidió ayuda.",
    "fr": "Un puissant séisme a frappé la Grèce près de Kastrona. Au moins {toll} personnes "
    "sont mortes en Grèce, selon les autorités à Athènes. {source} raconte que la Grèce "
    "n'avait pas connu pareil séisme depuis des décennies ; Athènes a demandé de l'aide.",
    "it": "Un forte terremoto ha colpito la Grecia vicino a Kastrona. Almeno {toll} persone "
    "sono morte in Grecia, secondo il governo di Atene. {source} ha detto che la Grecia non "
    "vedeva un sisma simile da decenni e che Atene ha chiesto aiuto.",
    "pt": "Um forte terremoto atingiu a Grécia perto de Kastrona. Pelo menos {toll} pessoas "
    "morreram na Grécia, segundo o governo em Atenas. {source} disse que a Grécia não via um "
    "sismo assim há décadas e que Atenas pediu ajuda.",
}
# each language's sources on the three days (invented people)
SOURCES = {
    "en": ("Seismologist Helen Marsh", "Rescuer Tom Adair", "Mayor Petros Alvanos"),
    "de": ("Korrespondentin Anna Feldmann", "Helfer Jonas Reiter", "Bürgermeister Petros Alvanos"),
    "es": ("El sismólogo Rafael Quirós", "La rescatista Inés Vidal", "El alcalde Petros Alvanos"),
    "fr": ("Notre envoyé Luc Perrin", "Le secouriste Hugo Garnier", "Le maire Petros Alvanos"),
    "it": ("Il sismologo Marco Sella", "Il soccorritore Luca Verdi", "Il sindaco Petros Alvanos"),
    "pt": ("O sismólogo João Alves", "A socorrista Rita Lobo", "O prefeito Petros Alvanos"),
}
DAYS = (("2026-02-03", 212), ("2026-02-04", 240), ("2026-02-05", 263))


def _quake(lang: str, day: int) -> str:
    return QUAKE_TEMPLATES[lang].format(toll=DAYS[day][1], source=SOURCES[lang][day])


QUAKE = {lang: [_quake(lang, day) for day in range(len(DAYS))] for lang in QUAKE_TEMPLATES}

# Two other invented events in one country (Italy), each in its own language: a flood in
# Borgovalle (Italian) and a ferry fire off Capo Serrano (English). They share the country
# and the premier, and each has its own places and people.
FLOOD_IT = (
    "L'alluvione a Borgovalle ha invaso il centro. Il sindaco di Borgovalle, Carla Ventresca, "
    "ha chiesto aiuti alla premier Giulia Marenzi. A Borgovalle e a Pievelunga il fiume "
    "Sernio è esondato. In Italia è allerta rossa."
)
FERRY_EN = (
    "A ferry caught fire off Capo Serrano in southern Italy. Captain Aldo Ferrante said the "
    "Stella Maris had 300 passengers. Premier Giulia Marenzi thanked the coastguard at Capo "
    "Serrano, and the Stella Maris was towed to Portosalvo."
)
# And a third: a Spanish report of an invented quake in Spain, which shares nothing.
QUAKE_ES = (
    "Un terremoto sacudió Valdeluna, en Murcia. El alcalde de Valdeluna, Tomás Rubiales, dijo "
    "que en España no se recordaba uno igual desde hace décadas. Vecinos de Valdeluna "
    "durmieron en la calle."
)


def _doc(i: int, text: str, lang: str) -> Document:
    return Document(id=f"d{i}", path=f"{i:03d}.md", text=text, lang=lang, keep=[(0, len(text))])


def _all(*langs: str) -> list[tuple[str, str]]:
    """Each language's three reports, a language's reports together (as a folder per
    outlet keeps them)."""
    return [(text, lang) for lang in langs for text in QUAKE[lang]]


STORY_CASES = [
    pytest.param(_all("en", "de", "es", "fr", "it", "pt"), 1, id="one-quake-six-languages"),
    pytest.param(_all("de", "en", "es"), 1, id="german-reports-first-then-english-and-spanish"),
    pytest.param(_all("es", "pt"), 1, id="spanish-and-portuguese"),
    pytest.param(
        [(FLOOD_IT, "it"), (FERRY_EN, "en")] * 3,
        2,
        id="flood-in-italian-and-ferry-in-english-stay-apart",
    ),
    pytest.param(
        [*_all("en"), *[(QUAKE_ES, "es")] * 3],
        2,
        id="two-quakes-in-two-languages-stay-apart",
    ),
    pytest.param(
        [*_all("de"), *[(FLOOD_IT, "it")] * 3, *_all("fr"), *[(FERRY_EN, "en")] * 3],
        3,
        id="quake-flood-ferry-in-four-languages",
    ),
]


@pytest.mark.parametrize(("reports", "want"), STORY_CASES)
def test_stories_across_languages(reports, want):
    docs = [_doc(i, text, lang) for i, (text, lang) in enumerate(reports)]
    told = detect_stories(docs)
    assert len(set(told.values())) == want
    for a in docs:  # the same text is always in the same story
        assert all(told[a.id] == told[b.id] for b in docs if b.text == a.text)


# (names of one place in five languages, whether it is a country: a subject's place key
# merges countries only, see placekeys.country_id)
PLACES = [
    pytest.param(["Greece", "Griechenland", "Grecia", "Grèce", "Grécia"], True, id="greece"),
    pytest.param(["Turkey", "Türkiye", "Türkei", "Turquía", "Turquie"], True, id="turkey"),
    pytest.param(["Syria", "Syrien", "Siria", "Syrie", "Síria"], True, id="syria"),
    pytest.param(
        ["Germany", "Deutschland", "Alemania", "Allemagne", "Germania"], True, id="germany"
    ),
    pytest.param(["Lisbon", "Lissabon", "Lisboa", "Lisbonne", "Lisbona"], False, id="a-capital"),
]


@pytest.mark.parametrize(("names", "country"), PLACES)
def test_a_place_is_one_key_in_every_language(names, country):
    assert len({place_id(n) for n in names}) == 1
    assert place_id(names[0]) == fold_name(names[0])  # the English name, folded
    assert (country_id(names[1]) == place_id(names[1])) is country
    if country:
        assert len(set(_merge_places({n.lower() for n in names}).values())) == 1


def test_a_capitals_odd_other_names_are_no_subjects_place():
    # GeoNames lists "Kita" among Quito's names; a scope "in kita" stays as written
    assert country_id("Kita") is None
    assert _merge_places({"kita"}) == {"kita": "kita"}


NOT_ONE = [
    pytest.param("Austria", "Australia", id="austria-australia"),
    pytest.param("Niger", "Nigeria", id="niger-nigeria"),
    pytest.param("Greece", "Turkey", id="greece-turkey"),
]


@pytest.mark.parametrize(("a", "b"), NOT_ONE)
def test_two_places_stay_two(a, b):
    assert place_id(a) != place_id(b)


def test_an_unknown_name_is_no_place():
    assert place_id("Kastrona") is None
    assert fold_name("Émilia-Romagna") == "emilia romagna"


@pytest.fixture(scope="module")
def quake_report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("quake")
    for lang, texts in QUAKE.items():
        for (day, _), text in zip(DAYS, texts, strict=True):
            head = f"---\ndate: {day}\nlang: {lang}\n---\n"
            (folder / f"{lang}_{day}.md").write_text(head + text + "\n", encoding="utf-8")
    return build_report([str(folder)], Settings(use_index=False, use_specs=False))


@pytest.mark.parametrize(("day", "toll"), DAYS, ids=[d for d, _ in DAYS])
def test_one_toll_in_six_languages_is_one_subject(quake_report, day, toll):
    tolls = [c for c in quake_report.claims if c.value == toll]
    assert len({c.document for c in tolls}) == 6  # one in each language
    assert len({c.subject for c in tolls}) == 1, sorted(c.subject for c in tolls)
    agreed = [f for f in quake_report.findings if f.kind == "agreement"]
    assert any({c.id for c in tolls} <= set(f.claims) for f in agreed)


def test_the_tolls_of_three_days_are_one_quantity(quake_report):
    tolls = [c for c in quake_report.claims if c.value in {t for _, t in DAYS}]
    assert len({c.subject for c in tolls}) == 1


def _death(doc: str, scope: tuple[str, ...] = ()) -> Claim:
    return Claim(
        document=doc,
        value=40,
        low=40,
        high=40,
        qualifier="exact",
        unit="people",
        as_of="2026-02-03",
        text="40",
        start=0,
        end=2,
        quote="40",
        terms=("deaths",),
        scope=scope,
    )


# (scopes of deaths in one story's reports, the number of subjects they make, story name):
# a country in several languages is one place; another country stays another
SCOPES = [
    pytest.param(
        [("in spain",), ("in españa",), ("in spanien",), ()],
        1,
        "Valdeluna",
        id="one-country-in-three-languages-is-the-whole-toll",
    ),
    pytest.param(
        [("in türkiye",), ("in turquía",), ("in türkei",), ("in syrien",), ("in siria",)],
        2,
        "Kastrona",
        id="two-countries-in-three-languages-two-subjects",
    ),
    pytest.param(
        [("in griechenland",), ("in grecia",), ()],
        1,
        "Greece",
        id="the-story-country-in-other-languages-is-its-home",
    ),
]


@pytest.mark.parametrize(("scopes", "want", "story"), SCOPES)
def test_a_country_is_one_scope_in_every_language(scopes, want, story):
    claims = [_death(f"d{i}", s) for i, s in enumerate(scopes)]
    assign_subjects(claims, stories={c.document: story for c in claims})
    assert len({c.subject for c in claims}) == want, [c.subject for c in claims]
