"""The scope of counts (deaths, injured, missing...) in every language: one place written
several ways is one quantity, places and subsets of a count are other quantities than the
whole. Every sentence and place here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.analyse.subjects import _merge_places, assign_subjects
from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Claim, Document


def _subjects(reports: list[tuple[str, str]]) -> list[Claim]:
    found: list[Claim] = []
    for i, (lang, text) in enumerate(reports):
        doc = Document(id=f"d{i}", path=f"{i}.txt", text=text, keep=[(0, len(text))], lang=lang)
        found += [c for c in extract_claims(doc, lang=lang) if c.unit not in ("date", "year")]
    assign_subjects(found)
    return found


def _subject_of(found: list[Claim], figure: str) -> str:
    hits = [c for c in found if c.text.split()[0] == figure or c.text.startswith(figure + " ")]
    assert hits, (figure, [c.text for c in found])
    return hits[0].subject


# (one place's spelling, another's): one place
SAME_PLACE = [
    ("arvello", "arvello del monte"),  # a name of several words written short
    ("figueira", "figueira dos vinhos"),
    ("ostmark-westland", "omw"),  # initials of a joined name
    ("oberland-pfalzach", "olp"),
    ("lindenau", "neustadt-lindenau"),  # a town joined to another's name
    ("valdoria", "valdoriana"),  # the region's adjective
    ("valdòria", "valdoria"),  # an accent
]
# (place, place): two places
OTHER_PLACE = [
    ("lindora", "lindora grande"),  # no joining word: another town
    ("lindora", "ciudad de lindora"),  # a town named after its area, or its country
    ("ost", "ostmark-westland"),  # too short to be a joined name's part
    ("neustadt", "neustadt-lindenau"),  # the first part is another town
    ("abc", "lindenau"),  # not the initials
    ("omw", "ostmark"),  # initials need a name of several words
    ("event 1968", "event 1980"),  # two earlier events, however alike their years
]


@pytest.mark.parametrize("a, b", SAME_PLACE, ids=lambda x: x)
def test_one_place_written_two_ways(a, b):
    merged = _merge_places([a, b])
    assert merged[a] == merged[b], merged


@pytest.mark.parametrize("a, b", OTHER_PLACE, ids=lambda x: x)
def test_two_places_stay_apart(a, b):
    merged = _merge_places([a, b])
    assert merged[a] != merged[b], merged


# (label, reports, figures that are one quantity)
ONE_QUANTITY = [
    (
        "de-kreis-and-landkreis",
        [
            ("de", "Im Kreis Lindenau starben 12 Menschen."),
            ("de", "Im Landkreis Lindenau ist die Zahl der Toten auf 15 gestiegen."),
        ],
        ("12", "15"),
    ),
    (
        "de-land-and-initials",
        [
            ("de", "In Ostmark-Westland sind 30 Menschen ums Leben gekommen."),
            ("de", "Allein in OMW gab es 34 Tote."),
        ],
        ("30", "34"),
    ),
    (
        "de-admin-suffix",
        [
            ("de", "Im Lindenau-Kreis kamen 7 Menschen ums Leben."),
            ("de", "Im Kreis Lindenau starben 9 Menschen."),
        ],
        ("7", "9"),
    ),
    (
        "es-comunidad-and-province",
        [
            ("es", "En la Comunidad Valdoriana se registran 62 fallecimientos."),
            ("es", "La provincia de Valdoria suma 70 muertos."),
            ("es", "En la Comunitat Valdoriana murieron 75 personas."),
        ],
        ("62", "75"),
    ),
]


@pytest.mark.parametrize("label, reports, figures", ONE_QUANTITY, ids=lambda x: str(x)[:30])
def test_one_place_one_quantity(label, reports, figures):
    found = _subjects(reports)
    subjects = {_subject_of(found, f) for f in figures}
    assert len(subjects) == 1, [(c.text, c.scope, c.subject) for c in found]


# (label, reports, figures of different quantities)
APART = [
    (
        "de-land-vs-total",
        [
            ("de", "In Ostmark-Westland sind 30 Menschen ums Leben gekommen."),
            ("de", "Insgesamt kamen bei der Flut 80 Menschen ums Leben."),
        ],
        ("30", "80"),
    ),
    (
        "es-region-vs-total",
        [
            ("es", "En la Comunidad Valdoriana se registran 62 fallecimientos."),
            ("es", "El número total de muertos asciende a 90."),
        ],
        ("62", "90"),
    ),
]


# (lang, a sentence with an earlier event's two figures, the first, the second, today's):
# the second figure of the earlier event is that event's too, not today's
EARLIER_PAIR = [
    (
        "fr",
        "Le 12 mars 1998, déjà, 900 000 personnes défilaient selon les syndicats et 400 000"
        " selon la police. Ce jeudi, 700 000 manifestants ont défilé.",
        ("900", "400", "700"),
    ),
    (
        "es",
        "En la huelga de 2009 marcharon 300.000 personas según los sindicatos y 120.000"
        " según la policía. Hoy marcharon 250.000 manifestantes.",
        ("300.000", "120.000", "250.000"),
    ),
    (
        "en",
        "In the 2011 march, 80,000 people took part according to organisers and 30,000"
        " according to police. On Saturday, 60,000 people marched.",
        ("80,000", "30,000", "60,000"),
    ),
]


@pytest.mark.parametrize("lang, text, figures", EARLIER_PAIR, ids=lambda x: str(x)[:30])
def test_earlier_events_second_figure(lang, text, figures):
    doc = Document(
        id="d0", path="0.txt", text=text, keep=[(0, len(text))], lang=lang, date=date(2024, 3, 7)
    )
    found = [c for c in extract_claims(doc, lang=lang) if c.unit not in ("date", "year")]
    assign_subjects(found)
    first, second, today = (_subject_of(found, f) for f in figures)
    detail = [(c.text, c.scope, c.subject) for c in found]
    assert first == second != today, detail


@pytest.mark.parametrize("label, reports, figures", APART, ids=lambda x: str(x)[:30])
def test_scopes_apart(label, reports, figures):
    found = _subjects(reports)
    subjects = [_subject_of(found, f) for f in figures]
    assert len(set(subjects)) == len(subjects), [(c.text, c.scope, c.subject) for c in found]


_LEAD = {
    "de": "Bei der Flut starben 90 Menschen. ",
    "it": "Il crollo ha causato 40 morti. ",
    "es": "La riada dejó 200 muertos. ",
    "en": "The flood killed 90 people. ",
    "pt": "A enchente deixou 80 mortos. ",
}


def _family(text: str, lang: str, figure: str) -> str:
    """The family of `figure` in `text`, after a sentence with a toll (spelled figures count
    in a text that has figures)."""
    found = _subjects([(lang, _LEAD[lang] + text)])
    hits = [c for c in found if c.text.split()[0] == figure or c.text.startswith(figure + " ")]
    assert hits, (figure, [c.text for c in found])
    return hits[0].terms[0]


# (lang, sentence, figure, family): a subset marker makes a part, never the whole
SUBSETS = [
    ("de", "Unter den Toten sind acht Bewohner eines Heims.", "acht", "deaths:part"),
    ("de", "Unter den Toten sind 8 Bewohner eines Heims in Lindenau.", "8", "deaths"),  # place
    ("de", "Unter den Toten sind 14 Kinder.", "14", "deaths:part"),
    ("it", "Tra i feriti, tre sono in gravi condizioni.", "tre", "injured:serious"),
    ("it", "Sono 9 i feriti gravi.", "9", "injured:serious"),
    ("it", "Si registrano 20 feriti, di cui 7 in codice rosso.", "7", "injured:serious"),
    ("es", "Entre las víctimas, más de un centenar tenían hijos.", "más", "deaths:part"),
    ("es", "Del total de las víctimas, 40 eran de nacionalidad extranjera.", "40", "deaths:part"),
    ("en", "Among the dead, 12 were children.", "12", "deaths:part"),
    ("pt", "Entre os mortos, 9 já tinham sido identificados.", "9", "identified"),
    ("es", "Al menos 37 personas fallecieron en la provincia de Valdoria.", "Al", "deaths"),
    ("de", "Es gab 60 Verletzte, darunter 5 Schwerverletzte.", "60", "injured"),
    (
        "es",
        "Murieron 30 personas (cuatro de las cuales fallecieron en casa).",
        "cuatro",
        "deaths:part",
    ),
    ("pt", "Segundo o último boletim: 64 mortos, 40 deles já identificados.", "40", "identified"),
    ("es", "Dos muertos, 30 personas evacuadas y 5 heridos.", "5", "injured"),  # "dos" is two
]


@pytest.mark.parametrize("lang, text, figure, family", SUBSETS, ids=lambda x: str(x)[:30])
def test_subset_is_a_part(lang, text, figure, family):
    # a part may carry what its predicate names ("deaths:part kind"): test_counted_kinds.py
    assert _family(text, lang, figure).split(" ")[0] == family


def test_a_part_and_the_whole_are_two_quantities():
    found = _subjects(
        [
            ("de", "Bei der Flut kamen 90 Menschen ums Leben."),
            ("de", "Bei der Flut kamen 95 Menschen ums Leben. Unter den Toten sind 12 Bewohner."),
        ]
    )
    subjects = {c.subject for c in found}
    assert len(subjects) == 2, [(c.text, c.subject) for c in found]


# (lang, sentence, figure, the place in its scope or None)
PLACES = [
    # a list: each figure's place is the one after it, not the item's before it
    (
        "es",
        "Entre ellos hay 30 residentes en Lorvia, 12 en la capital, 5 al pie del puente.",
        "5",
        None,
    ),
    ("es", "Entre ellos hay 30 residentes en Lorvia y 12 en la capital.", "12", "in capital"),
    # a name spelled out before its acronym is no place
    ("es", "La Tormenta Atlántica en Niveles Bajos (TANB) deja 40 víctimas.", "40", None),
    ("de", "In Ostmark-Westland (OW) starben 30 Menschen.", "30", "in ostmark-westland"),
    # a date before the place does not make it a list item's
    ("de", "Seit dem 14. Juli sind in Lindenau 30 Menschen gestorben.", "30", "in lindenau"),
    ("de", "Im Rhein-Lindenau-Kreis starben 6 Menschen.", "6", "in rhein-lindenau"),
    ("de", "2021 starben in Lindenau 40 Menschen.", "40", "in lindenau"),  # a year, no list
    # "to" a named area is in it ("al barrio de X")
    ("es", "Entre ellos hay 22 vecinos de Lorvia, 7 al barrio de la Vega.", "7", "in vega"),
    ("es", "Entre ellos hay 22 vecinos de Lorvia, 7 al mercado de Abastos.", "7", None),
    # the clause names no place: an area named later in the sentence is the event's
    (
        "es",
        "Al menos 20 personas murieron, entre ellas dos niños, por la riada en la provincia"
        " occidental de Borvia, según la policía.",
        "Al",
        "in borvia",
    ),
    (
        "de",
        "Mindestens 12 Menschen starben, als das Wasser im Landkreis Lindenau stieg.",
        "Mindestens",
        "in lindenau",
    ),
    ("es", "Murieron 20 personas, dijo la policía en la provincia de Borvia.", "20", None),
    # a place of several words keeps them all, joining words too: one key per place
    ("pt", "O incêndio em Vale Escuro fez 19 mortos.", "19", "in vale escuro"),
    ("es", "En Villa de Lorvia murieron 12 personas.", "12", "in villa de lorvia"),
    ("it", "Sono morte 30 persone a San Lorvino.", "30", "in san lorvino"),
    ("it", "Si contano 8 morti ad Arvello del Monte.", "8", "in arvello del monte"),
    ("fr", "À Saint-Lorvy, 9 morts ont été recensés.", "9", "in saint-lorvy"),
    ("it", "Le vittime sono 17 nelle Marche.", "17", "in marche"),
    # where a speaker spoke, between a reporting verb and "that", is not the count's place
    (
        "pt",
        "A governadora informou desde o quartel dos bombeiros, em Lindora, que havia 17 mortos.",
        "17",
        None,
    ),
    ("es", "El alcalde anunció desde el ayuntamiento de Borvia que hay 12 muertos.", "12", None),
    ("es", "En Borvia hay 12 muertos, anunció el alcalde.", "12", "in borvia"),
    # a place with its own figure before ("dont 65 000 à X") is that figure's, not the next's
    (
        "fr",
        "Selon la préfecture, 900 000 manifestants ont marché, dont 65 000 à Belcourt, alors"
        " que le syndicat annonçait deux millions de manifestants.",
        "deux",
        None,
    ),
    (
        "fr",
        "Selon la préfecture, 900 000 manifestants ont marché, dont 65 000 à Belcourt.",
        "65",
        "in belcourt",
    ),
    # a list of places with their own bare figures: a figure after it is none of theirs
    (
        "it",
        "A Borgo si contano 37 vittime, ad Arvello 7: nei comuni colpiti le vittime sono 48.",
        "48",
        None,
    ),
    ("it", "A Borgo si contano 37 vittime, ad Arvello 7.", "7", "in arvello"),
    ("de", "In Lindenau 20 Tote, 30 Verletzte.", "30", "in lindenau"),
    # a kind of area named after its country is not the country
    ("es", "En la Provincia de Panamá murieron 8 personas.", "8", "in provincia de panamá"),
    ("es", "En la Provincia de Lindora murieron 8 personas.", "8", "in lindora"),
    # two places joined: a combined figure, none of them
    ("it", "In Umbria e nelle Marche le vittime sono 60.", "60", None),
    ("pt", "Em Vale Escuro e nos Açores morreram 12 pessoas.", "12", None),
    ("es", "Murieron 20 personas, y sigue lloviendo en Borvia.", "20", None),  # no area word
]


@pytest.mark.parametrize("lang, text, figure, where", PLACES, ids=lambda x: str(x)[:30])
def test_place_of_a_figure(lang, text, figure, where):
    found = _subjects([(lang, text)])
    hits = [c for c in found if c.text.split()[0] == figure]
    assert hits, [c.text for c in found]
    places = [s for s in hits[0].scope if s.startswith("in ")]
    assert places == ([where] if where else []), hits[0].scope


def test_people_by_their_own_noun_split_by_place():
    """ "30 vecinos de Lorvia" and "12 en la capital" are two towns' tolls."""
    found = _subjects([("es", "Entre ellos están 30 vecinos de Lorvia, 12 en la capital.")])
    assert len({c.subject for c in found}) == 2, [(c.text, c.subject) for c in found]


# (lang, text, figure, the place in its scope or None): "there" is the place named before
THERE = [
    (
        "de",
        "In Lindenau wurde niemand mehr vermisst. Dort starben 47 Menschen.",
        "47",
        "in lindenau",
    ),
    # a place named with no preposition, as what the verb acts on
    ("es", "La riada llegó a Borvia. Allí murieron 12 personas.", "12", "in borvia"),
    (
        "de",
        "Am schlimmsten traf es das Lindtal, das fast ganz zerstört wurde. Dort gab es 80 Tote.",
        "80",
        "in lindtal",
    ),
    ("fr", "Le séisme a surtout frappé Lorvy. Là, 30 personnes sont mortes.", "30", "in lorvy"),
    ("it", "Il sisma ha colpito soprattutto Arvello. Lì morirono 40 persone.", "40", "in arvello"),
    ("pt", "O fogo atingiu sobretudo Serrana. Ali morreram 20 pessoas.", "20", "in serrana"),
    # not a speaker named last, nor (in German) a name with no article: a person as often
    (
        "es",
        "La tormenta golpeó Borvia, dijo el alcalde Pérez. Allí murieron 12 personas.",
        "12",
        "in borvia",
    ),
    ("de", "Das sagte gestern Laschet. Dort starben 5 Menschen.", "5", None),
    # "ce jour-là" is a time, not a place
    ("fr", "Le séisme a surtout frappé Lorvy. Ce jour-là, 30 personnes sont mortes.", "30", None),
    ("es", "El agua subió en Borvia. Allí murieron 12 personas.", "12", "in borvia"),
    ("de", "Im Norden gab es Regen. Dort starben 5 Menschen.", "5", "north"),
    ("de", "In Lindenau und Borstel regnete es. Dort starben 5 Menschen.", "5", None),  # both
    ("de", "In Lindenau regnete es. Insgesamt starben 50 Menschen.", "50", None),  # no "there"
    # a name of several words is one place ("San Telmo", not "Telmo")
    ("es", "La riada llegó a San Telmo. Allí murieron 12 personas.", "12", "in san telmo"),
    ("es", "La riada golpeó la ciudad de Borvia. Allí murieron 12 personas.", "12", "in borvia"),
    # a source, a body (a common word after an article) or an owner after "de" is no place
    ("es", "La presa cedió, según el Gobierno. Allí murieron 12 personas.", "12", None),
    ("es", "La presa cedió, según Reuters. Allí murieron 12 personas.", "12", None),
    # a place after "de" is the place of the people before it
    (
        "es",
        "Los vecinos de Borvia lo perdieron todo. Allí murieron 12 personas.",
        "12",
        "in borvia",
    ),
    # a body's name (units.toml [scope] body_words) is no place: a town's may hold its words
    ("es", "Los equipos de Cruz Roja trabajaron. Allí murieron 12 personas.", "12", None),
    ("es", "Llegaron los de Protección Civil. Allí murieron 12 personas.", "12", None),
    ("fr", "Les équipes de Sécurité Civile sont venues. Là, 12 personnes sont mortes.", "12", None),
    ("it", "Sono arrivate le squadre di Protezione Civile. Lì morirono 12 persone.", "12", None),
    ("pt", "Chegaram as equipes da Defesa Civil. Ali morreram 12 pessoas.", "12", None),
    ("pt", "Chegaram os Bombeiros Voluntários. Ali morreram 12 pessoas.", "12", None),
    ("es", "La riada llegó a Santa Cruz. Allí murieron 12 personas.", "12", "in santa cruz"),
    ("fr", "Ils sont venus, selon la Préfecture. Là, 12 personnes sont mortes.", "12", None),
    ("it", "Il fiume ha travolto il Comune. Lì sono morte 12 persone.", "12", None),
    # "there" in the page's own language only: "Ali" is a name before a surname
    ("pt", "O fogo atingiu Serrana. Ali morreram 12 pessoas.", "12", "in serrana"),
    ("pt", "O fogo atingiu Serrana. Ali Costa disse que morreram 12 pessoas.", "12", None),
    ("de", "Die Flut traf das Lindtal. Ali Yilmaz sagte, 12 Menschen seien gestorben.", "12", None),
]


@pytest.mark.parametrize("lang, text, figure, where", THERE, ids=lambda x: str(x)[:30])
def test_there_is_the_place_before(lang, text, figure, where):
    found = _subjects([(lang, text)])
    hits = [c for c in found if c.text.split()[0] == figure]
    assert hits, [c.text for c in found]
    places = [s for s in hits[0].scope if s.startswith(("in ", "north"))]
    assert places == ([where] if where else []), hits[0].scope


# (lang, sentence, figure, the place in its scope or None): a sentence about a place
SUBJECT = [
    (
        "es",
        "La provincia de Borvia ha resultado la más castigada, con 173 víctimas.",
        "173",
        "in borvia",
    ),
    ("de", "Nordrhein-Westfalen meldete am Abend 43 Tote.", "43", "in nordrhein-westfalen"),
    ("de", "Die Polizei meldete am Abend 43 Tote.", "43", None),  # not a place
    ("de", "Lindenau (dpa) - Bei der Flut starben 30 Menschen.", "30", None),  # a dateline
    ("es", "Borvia registra 20 muertos.", "20", None),  # a town pycountry does not know
    ("en", "Western officials said 40 people died.", "40", None),  # a region's name, a word
    ("es", "Como informó la policía, murieron 40 personas.", "40", None),
    # towns named as examples, or set at a distance from another place
    (
        "es",
        "Localidades como Borvia, cerca de Lorvia, reportan más de 30 muertes.",
        "más",
        "in borvia",
    ),
    ("de", "Orte wie Lindenau meldeten 14 Tote.", "14", "in lindenau"),
    ("fr", "Des communes comme Lorvy ont compté 7 morts.", "7", "in lorvy"),
    ("pt", "Cidades como Borvinha registraram 9 mortos.", "9", "in borvinha"),
    ("es", "Borvia, a 12 km de la capital, registra 20 muertos.", "20", "in borvia"),
    ("es", "Personas como Juan vieron 40 muertos.", "40", None),  # people, not towns
    ("es", "Sánchez, a las 10 horas, anunció 40 muertos.", "40", None),  # a time, no distance
]


@pytest.mark.parametrize("lang, text, figure, where", SUBJECT, ids=lambda x: str(x)[:30])
def test_sentence_about_a_place(lang, text, figure, where):
    found = _subjects([(lang, text)])
    hits = [c for c in found if c.text.split()[0] == figure]
    assert hits, [c.text for c in found]
    places = [s for s in hits[0].scope if s.startswith("in ")]
    assert places == ([where] if where else []), hits[0].scope


# a German or Dutch day of the month ends no sentence, so the clause keeps its place
DAY_DOTS = [
    ("Im Kreis Lindenau sind (Montag, 12. Mai, 9.15 Uhr) 41 Menschen gestorben.", 1),
    ("Am 3. März starben in Lindenau 12 Menschen.", 1),
    ("Op 4. juni vielen 12 doden.", 1),
    ("Es gab 16. Danach kamen weitere hinzu.", 2),  # a figure, then a new sentence
]


@pytest.mark.parametrize("text, n", DAY_DOTS, ids=lambda x: str(x)[:30])
def test_day_of_month_dot(text, n):
    from kfactcheck.grammar.sentences import split_sentences

    assert len(split_sentences(text, 0, len(text))) == n


# (lang, sentence, figure, place or None): "in their area" is the area of whoever reports
THEIR_AREA = [
    ("de", "Die Polizei von Lindenau meldete 20 Tote in ihrer Region.", "20", "in lindenau"),
    ("es", "La policía de Borvia contó 15 muertos en su provincia.", "15", "in borvia"),
    ("de", "Die Polizei meldete 20 Tote in ihrer Region.", "20", None),  # whose is not said
]


@pytest.mark.parametrize("lang, text, figure, where", THEIR_AREA, ids=lambda x: str(x)[:30])
def test_their_area(lang, text, figure, where):
    found = _subjects([(lang, text)])
    hits = [c for c in found if c.text.split()[0] == figure]
    assert hits, [c.text for c in found]
    places = [s for s in hits[0].scope if s.startswith("in ")]
    assert places == ([where] if where else []), hits[0].scope


def _story_subjects(story: str, reports: list[tuple[str, str]]) -> list[Claim]:
    """Claims of reports that all tell one story, named `story`."""
    found: list[Claim] = []
    for i, (lang, text) in enumerate(reports):
        doc = Document(id=f"d{i}", path=f"{i}.txt", text=text, keep=[(0, len(text))], lang=lang)
        found += [c for c in extract_claims(doc, lang=lang) if c.unit not in ("date", "year")]
    assign_subjects(found, stories={f"d{i}": story for i in range(len(reports))})
    return found


# (label, the story's name, reports, groups of figures: one subject per group, each group
# its own). The place a story is named after is one place among its siblings (two states,
# two countries) when the story counts them both; alone, its count is the story's total.
HOME_PLACE = [
    (
        "de-two-states",
        "Hessen",
        [
            ("de", "In Hessen starben 20 Menschen."),
            ("de", "In Bayern kamen 12 Menschen ums Leben."),
            ("de", "Insgesamt starben bei dem Unwetter 32 Menschen."),
        ],
        [("20",), ("12",), ("32",)],
    ),
    (
        "es-two-communities",
        "Aragón",
        [
            ("es", "En Aragón murieron 14 personas."),
            ("es", "En Cataluña fallecieron 6 personas."),
            ("es", "En total, la tormenta dejó 20 muertos."),
        ],
        [("14",), ("6",), ("20",)],
    ),
    (
        "it-two-regions",
        "Liguria",
        [
            ("it", "In Liguria sono morte 11 persone."),
            ("it", "In Toscana sono morte 3 persone."),
            ("it", "Il maltempo ha causato 14 morti."),
        ],
        [("11",), ("3",), ("14",)],
    ),
    (
        "en-two-countries",
        "Portugal",
        [
            ("en", "In Portugal, 29 people died."),
            ("en", "In Spain, 8 people died."),
            ("en", "The fires killed 37 people."),
        ],
        [("29",), ("8",), ("37",)],
    ),
    (
        "fr-two-german-states-by-their-french-names",
        "Bavière",
        [
            ("fr", "En Bavière, la tempête a fait 20 morts."),
            ("fr", "En Hesse, la tempête a fait 12 morts."),
            ("fr", "Au total, la tempête a fait 32 morts."),
        ],
        [("20",), ("12",), ("32",)],
    ),
    (
        "de-home-alone-is-the-total",
        "Hessen",
        [
            ("de", "In Hessen starben 20 Menschen."),
            ("de", "Bei dem Unwetter starben 22 Menschen."),
            ("de", "In Lindenau starben 5 Menschen."),  # a town: not the state's sibling
        ],
        [("20", "22"), ("5",)],
    ),
    (
        "de-a-compass-part-of-the-country-spans-its-states",
        "Hessen",
        [
            ("de", "In Hessen starben 20 Menschen."),
            ("de", "In Bayern kamen 12 Menschen ums Leben."),
            ("de", "In Süddeutschland ist die Zahl der Toten auf 33 gestiegen."),
            ("de", "Insgesamt starben bei dem Unwetter 32 Menschen."),
        ],
        [("20",), ("12",), ("33", "32")],
    ),
    (
        "de-a-compass-part-with-one-region-is-a-place",
        "Hessen",
        [
            ("de", "In Hessen starben 20 Menschen."),
            ("de", "In Norditalien ist die Zahl der Toten auf 7 gestiegen."),
            ("de", "Insgesamt starben bei dem Unwetter 32 Menschen."),
        ],
        [("20", "32"), ("7",)],
    ),
    (
        "it-home-town-listed-with-other-towns",
        "Borgorosso",
        [
            ("it", "Si contano 40 morti a Borgorosso, 9 ad Arvello e 5 a Lenta."),
            ("it", "A Borgorosso le vittime sono 42."),
            ("it", "Il terremoto ha causato 60 morti."),
        ],
        [("40", "42"), ("9",), ("5",), ("60",)],
    ),
    (
        "pt-home-town-of-two-words-is-the-total-alone",
        "Vale Escuro",
        [
            ("pt", "O incêndio em Vale Escuro fez 19 mortos."),
            ("pt", "O fogo fez 25 mortos."),
        ],
        [("19", "25")],
    ),
    (
        "it-story-named-by-the-first-words-of-its-town",
        "San Lorvino",
        [
            ("it", "Il terremoto ha causato 30 morti a San Lorvino sul Po."),
            ("it", "Le vittime sono 32."),
        ],
        [("30", "32")],
    ),
    (
        "es-home-town-of-two-words-listed-with-another",
        "Villa de Lorvia",
        [
            ("es", "El sismo dejó 30 muertos en Villa de Lorvia y 12 en Santa Marta de Abajo."),
            ("es", "En total murieron 50 personas."),
        ],
        [("30",), ("12",), ("50",)],
    ),
    (
        "fr-a-part-named-by-its-place-is-that-place",
        "Lorvanie",
        [
            ("fr", "La grève a réuni 900 000 manifestants, dont 90 000 à Belcourt."),
            ("fr", "Selon la police, 70 000 manifestants ont défilé à Belcourt."),
        ],
        [("900",), ("90", "70")],
    ),
    (
        "it-a-part-named-by-its-place-is-that-place",
        "Lorvania",
        [
            ("it", "Lo sciopero ha portato 300 mila manifestanti, di cui 40 mila a Borgo."),
            ("it", "A Borgo hanno sfilato 35 mila manifestanti."),
        ],
        [("300",), ("40", "35")],
    ),
    # "the capital" of a story set in a country is its capital city (data/capitals.toml)
    (
        "fr-the-capital-is-the-countrys-capital",
        "France",
        [
            ("fr", "En France, 800 000 manifestants ont défilé, dont 60 000 à Paris."),
            ("fr", "Selon un institut, 55 000 manifestants ont marché dans la capitale."),
        ],
        [("800",), ("60", "55")],
    ),
    (
        "es-the-capital-by-its-spanish-name",
        "México",
        [
            ("es", "El sismo dejó 200 muertos en México, 90 en Ciudad de México y 40 en Morelos."),
            ("es", "En la capital murieron 97 personas."),
        ],
        [("200",), ("90", "97"), ("40",)],
    ),
    (
        "it-a-story-named-after-the-capital",
        "Roma",
        [
            ("it", "A Roma hanno sfilato 50 mila manifestanti."),
            ("it", "Nella capitale hanno sfilato 45 mila manifestanti."),
            ("it", "A Borgo hanno sfilato 5 mila manifestanti."),
        ],
        [("50", "45"), ("5",)],
    ),
    (
        "pt-the-capital-of-another-country-stays-apart",
        "Portugal",
        [
            ("pt", "A greve juntou 50 mil manifestantes em Lisboa."),
            ("pt", "Na capital, 45 mil manifestantes desfilaram."),
            ("pt", "Em Madrid, 20 mil manifestantes desfilaram."),
        ],
        [("50", "45"), ("20",)],
    ),
    (
        "en-home-country-alone",
        "Portugal",
        [
            ("en", "In Portugal, 29 people died."),
            ("en", "The fires killed 31 people."),
        ],
        [("29", "31")],
    ),
]


@pytest.mark.parametrize("label, story, reports, groups", HOME_PLACE, ids=lambda x: str(x)[:30])
def test_home_place_among_siblings(label, story, reports, groups):
    found = _story_subjects(story, reports)
    got = [{_subject_of(found, f) for f in group} for group in groups]
    detail = [(c.text, c.scope, c.subject) for c in found]
    assert all(len(g) == 1 for g in got), detail
    assert len(set().union(*got)) == len(groups), detail


# (lang, sentence, figure, the place in its scope or None): a total word after a place in
# the figure's clause makes the figure every place's together
TOTALS = [
    (
        "en",
        "In the capital, 85 people died, while nationwide the toll reached 1,250.",
        "1,250",
        None,
    ),
    (
        "en",
        "In the capital, 85 people died, while nationwide the toll reached 1,250.",
        "85",
        "in capital",
    ),
    ("en", "In Belmar, 300 people died; in all, 1,300 were killed.", "1,300", None),
    ("de", "In Lindenau starben 20 Menschen, bundesweit waren es 45 Tote.", "45", None),
    ("de", "In Lindenau kamen 12 Menschen ums Leben, insgesamt starben 40.", "40", None),
    ("de", "Insgesamt starben in Lindenau 41 Menschen.", "41", "in lindenau"),  # Lindenau's
    (
        "de",
        "Die Zahl der Toten im Kreis Lindenau kletterte bis Mittag auf insgesamt 23.",
        "23",
        "in lindenau",
    ),
    ("es", "En Borvia murieron 14 personas, y a nivel nacional la cifra llega a 60.", "60", None),
    ("es", "En la capital murieron 9 personas; en todo el país, 70 muertos.", "70", None),
    ("fr", "À Lorvy, 9 morts, et au total 30 morts dans le pays.", "30", None),
    ("it", "A Borgo sono morte 11 persone, in tutto il paese le vittime sono 40.", "40", None),
    ("pt", "Em Borvinha morreram 20 pessoas e no total do país são 50 mortos.", "50", None),
]


@pytest.mark.parametrize("lang, text, figure, where", TOTALS, ids=lambda x: str(x)[:30])
def test_total_word_after_a_place(lang, text, figure, where):
    found = _subjects([(lang, text)])
    hits = [c for c in found if c.text.split()[0] == figure]
    assert hits, [c.text for c in found]
    places = [s for s in hits[0].scope if s.startswith("in ")]
    assert places == ([where] if where else []), hits[0].scope


# (lang, sentence, figure, the place in its scope or None): one side of a border
SIDES = [
    ("en", "On the Belmari side of the border, 310 people were killed.", "310", "in belmari"),
    ("en", "At least 320 people died on the Belmari side.", "At", "in belmari"),
    ("de", "Auf der belmarischen Seite starben 305 Menschen.", "305", "in belmarisch"),
    ("es", "Del lado belmarí murieron 299 personas.", "299", "in belmarí"),
    ("de", "Auf der anderen Seite starben 30 Menschen.", "30", None),  # which side is not said
    ("en", "The quake killed 1,400 people.", "1,400", None),
]


@pytest.mark.parametrize("lang, text, figure, where", SIDES, ids=lambda x: str(x)[:30])
def test_side_of_a_border(lang, text, figure, where):
    found = _subjects([(lang, text)])
    hits = [c for c in found if c.text.split()[0] == figure]
    assert hits, [c.text for c in found]
    places = [s for s in hits[0].scope if s.startswith("in ")]
    assert places == ([where] if where else []), hits[0].scope


def test_a_side_is_its_place():
    """ "on the Belmari side" and "in Belmar" are one place's count."""
    found = _subjects(
        [
            ("en", "On the Belmari side of the border, 310 people were killed."),
            ("en", "In Belmar, 300 people died."),
        ]
    )
    assert _subject_of(found, "310") == _subject_of(found, "300")
