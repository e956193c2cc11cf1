"""What a figure counts and where, in every language read: the counted noun (by its
lemma), the family it maps to (the same as English), and the scope that splits a quantity.
Every sentence here is invented (invented places too)."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.analyse.subjects import assign_subjects
from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Claim, Document


def claims(text: str, lang: str, published: date | None = date(2024, 5, 3)) -> list[Claim]:
    doc = Document(id="d1", path="x.txt", text=text, keep=[(0, len(text))], date=published)
    return [c for c in extract_claims(doc, lang=lang) if c.unit not in ("date", "year")]


def counted(text: str, lang: str, figure: str) -> tuple[str, tuple[str, ...]]:
    """(family, scope) of the claim whose text starts with `figure`."""
    found = [c for c in claims(text, lang) if c.text.startswith(figure)]
    assert found, f"no claim '{figure}' in {[c.text for c in claims(text, lang)]}"
    return found[0].terms[0], found[0].scope


# (lang, sentence, figure, family, place or area in the scope, or None for none)
CASES = [
    # French
    ("fr", "Selon la préfecture, 43 personnes sont mortes dans les crues.", "43", "deaths", None),
    ("fr", "Le dernier bilan fait état de 57 morts.", "57", "deaths", None),
    ("fr", "On compte désormais 120 blessés.", "120", "injured", None),
    ("fr", "Au moins 12 personnes sont portées disparues.", "12", "missing", None),
    ("fr", "Quelque 2500 manifestants ont défilé à Valmont.", "2500", "crowd", "in valmont"),
    ("fr", "Le pays a envoyé 350 soldats.", "350", "troops", None),
    ("fr", "Environ 800 habitants ont été évacués.", "800", "evacuated", None),
    ("fr", "Les secours ont retrouvé 14 corps sous les décombres.", "14", "bodies", None),
    ("fr", "Le nombre de morts pourrait dépasser 100.", "100", "deaths:projected", None),
    ("fr", "Dans le nord, 30 personnes sont mortes.", "30", "deaths", "north"),
    ("fr", "Dans la région de Valmont, 30 personnes sont mortes.", "30", "deaths", "in valmont"),
    # German
    (
        "de",
        "Die Polizei in Altdorf sagte, dass in Ostmark 50 Menschen starben.",
        "50",
        "deaths",
        "in ostmark",
    ),
    ("de", "Im Süden von Ostmark und in Westmark starben 43 Menschen.", "43", "deaths", None),
    ("de", "Im Norden von Ostmark starben 12 Menschen.", "12", "deaths", "north ostmark"),
    ("de", "In Ostmark sind 27 Menschen ums Leben gekommen.", "27", "deaths", "in ostmark"),
    ("de", "Die Polizei meldete am Abend 120 Verletzte.", "120", "injured", None),
    ("de", "Noch immer werden 30 Menschen vermisst.", "30", "missing", None),
    ("de", "Rund 2500 Demonstranten zogen durch die Stadt.", "2500", "crowd", None),
    ("de", "Die Regierung schickte 600 Soldaten.", "600", "troops", None),
    ("de", "Die Zahl der Toten ist auf 57 gestiegen.", "57", "deaths", None),
    ("de", "Mehr als 800 Bewohner wurden evakuiert.", "800", "evacuated", None),
    ("de", "Die Zahl der Todesopfer könnte auf 200 steigen.", "200", "deaths:projected", None),
    ("de", "Im Kreis Lindenau starben 12 Menschen.", "12", "deaths", "in lindenau"),
    ("de", "Dort wurden 148 verletzte Personen gezählt.", "148", "injured", None),
    # Spanish
    ("es", "Al menos 37 personas fallecieron en Valdoria.", "37", "deaths", "in valdoria"),
    ("es", "La cifra de muertos asciende ya a 95.", "95", "deaths", None),
    ("es", "Hay todavía 16 personas desaparecidas.", "16", "missing", None),
    ("es", "Hasta ahora se han identificado 40 cuerpos.", "40", "identified", None),
    ("es", "Los bomberos rescataron a 200 personas.", "200", "rescued", None),
    ("es", "Unos 3000 manifestantes marcharon por el centro.", "3000", "crowd", None),
    ("es", "El hospital atiende a 120 heridos.", "120", "injured", None),
    ("es", "Murieron 30 vecinos de Belcastro.", "30", "deaths", "in belcastro"),
    ("es", "El número de víctimas podría rebasar los 300.", "300", "deaths:projected", None),
    (
        "es",
        "Según la prensa, 88 fallecidos eran de la Comunidad Valdoriana.",
        "88",
        "deaths",
        "in valdoriana",
    ),
    (
        "es",
        "La tormenta vivida en la provincia de Belcastro se saldó con 100 muertos.",
        "100",
        "deaths",
        "in belcastro",
    ),
    (
        "pt",
        "A lama em Serra Alta, na região de Vale Fundo, deixou 70 mortos.",
        "70",
        "deaths",
        "in serra alta",
    ),
    ("de", "Flut in Ostmark Zahl der Toten auf 106 gestiegen", "106", "deaths", "in ostmark"),
    ("es", "Del total de los fallecidos, 44 eran turistas.", "44", "deaths:turist", None),
    (
        "es",
        "Los muertos suben a 187 en Valdor, 179 personas en Belcastro.",
        "179",
        "deaths",
        "in belcastro",
    ),
    # Portuguese
    ("pt", "Até agora, 84 pessoas morreram na tragédia.", "84", "deaths", None),
    ("pt", "O número de mortos subiu para 121.", "121", "deaths", None),
    ("pt", "Ainda há 276 pessoas desaparecidas.", "276", "missing", None),
    ("pt", "Outras 57 pessoas foram salvas com vida pelos bombeiros.", "57", "rescued", None),
    ("pt", "Há ainda 64 pessoas desabrigadas.", "64", "homeless", None),
    ("pt", "Entre os mortos, 9 já tinham sido identificados.", "9", "identified", None),
    ("pt", "Cerca de 500 soldados foram enviados.", "500", "troops", None),
    ("pt", "A barragem rompeu e deixou 70 mortos.", "70", "deaths", None),
    ("pt", "Outros 14 continuam sem identificação.", "14", "identified:not", None),
    # Italian
    ("it", "Altre 5 vittime non sono ancora state identificate.", "5", "identified:not", None),
    ("it", "Il bilancio è di 22 morti e 13 feriti.", "22", "deaths", None),
    ("it", "Il bilancio è di 22 morti e 13 feriti.", "13", "injured", None),
    ("it", "I feriti sono 19, secondo la prefettura.", "19", "injured", None),
    ("it", "In totale sono 365 gli sfollati.", "365", "evacuated", None),
    ("it", "Ci sono ancora 10 dispersi.", "10", "missing", None),
    ("it", "I vigili hanno estratto vive 4 persone dal fango.", "4", "rescued", None),
    ("it", "Sono 311 le famiglie senza casa.", "311", "households", None),
    ("it", "A Montevaro sono morte 5 persone.", "5", "deaths", "in montevaro"),
    (
        "it",
        "Si contano 11 feriti, di cui 5 in codice rosso.",
        "5",
        "injured:serious",  # a part: those badly hurt
        None,
    ),
    # Dutch
    ("nl", "Bij de overstroming kwamen 12 mensen om het leven.", "12", "deaths", None),
    ("nl", "Er vielen gisteren 30 gewonden.", "30", "injured", None),
    ("nl", "In Veldhoven worden nog 5 mensen vermist.", "5", "missing", "in veldhoven"),
    ("nl", "Ruim 2500 demonstranten trokken door de stad.", "2500", "crowd", None),
    ("nl", "Het land stuurt 200 militairen.", "200", "troops", None),
    # Serbian / Croatian
    ("hr", "U poplavama je poginulo 12 osoba.", "12", "deaths", None),
    ("sr", "Ranjeno je 30 ljudi.", "30", "injured", None),
    ("hr", "U Zelengradu je prosvjedovalo 5000 ljudi.", "5000", "crowd", "in zelengradu"),
    ("sr", "Nestalo je 8 osoba.", "8", "missing", None),
    ("sr", "Poslato je 300 vojnika.", "300", "troops", None),
    # more counts of people, each language
    ("nl", "Bij de brand kwamen 7 mensen om het leven.", "7", "deaths", None),
    ("nl", "De politie telde 40 doden.", "40", "deaths", None),
    ("nl", "Er zijn 300 inwoners geëvacueerd.", "300", "evacuated", None),
    ("nl", "De brandweer redde 25 mensen.", "25", "rescued", None),
    ("nl", "Er werden 12 lichamen gevonden.", "12", "bodies", None),
    ("nl", "De politie heeft 45 mensen gearresteerd.", "45", "arrests", None),
    ("nl", "In het noorden vielen 9 doden.", "9", "deaths", "north"),
    ("hbs", "U nesreći je poginulo 7 ljudi.", "7", "deaths", None),
    ("hbs", "Evakuisano je 300 stanovnika.", "300", "evacuated", None),
    ("hbs", "Policija je uhapsila 15 osoba.", "15", "arrests", None),
    ("hbs", "Spaseno je 40 ljudi.", "40", "rescued", None),
    ("hbs", "Pronađeno je 12 tela.", "12", "bodies", None),
    ("hbs", "Na protestu je bilo 20000 demonstranata.", "20000", "crowd", None),
    ("fr", "La police a interpellé 45 personnes.", "45", "arrests", None),
    ("fr", "Les pompiers ont secouru 25 personnes.", "25", "rescued", None),
    ("fr", "Au total, 311 familles ont été relogées.", "311", "households", None),
    ("fr", "Plus de 340000 donateurs ont participé.", "340000", "donors", None),
    ("de", "Die Polizei hat 45 Menschen festgenommen.", "45", "arrests", None),
    ("de", "Rettungskräfte bargen 12 Leichen.", "12", "bodies", None),
    ("de", "Rund 300 Feuerwehrleute waren im Einsatz.", "300", "firefighters", None),
    ("es", "La policía detuvo a 45 personas.", "45", "arrests", None),
    ("es", "Unas 311 familias perdieron su casa.", "311", "households", None),
    ("pt", "A polícia prendeu 45 pessoas.", "45", "arrests", None),
    ("pt", "Cerca de 300 bombeiros trabalham no local.", "300", "firefighters", None),
    ("it", "Sono stati arrestati 45 manifestanti.", "45", "arrests", None),
    ("it", "Oltre 2500 persone hanno partecipato al corteo.", "2500", "crowd", None),
    # English, the same families
    ("en", "At least 43 people died in the floods.", "At least 43", "deaths", None),
    ("en", "The death toll in the province has risen to 412.", "412", "deaths", None),
    ("en", "Police put the crowd at 60,000.", "60,000", "crowd", None),
    ("en", "Death Toll Exceeds 3,500", "Exceeds 3,500", "deaths", None),
    ("en", "Some 6,200 are infantry.", "Some 6,200", "troops", None),
    ("en", "Six bodies were pulled from the river.", "Six", "bodies", None),
    ("en", "Four people have now been formally identified.", "Four", "identified", None),
    ("en", "About 300 residents were made homeless.", "About 300", "homeless", None),
    ("en", "The toll could exceed 100, officials fear.", "exceed 100", "deaths:projected", None),
    ("en", "The force will be cut from 9,000 to 6,500 officers.", "9,000", "officer", None),
    (
        "en",
        "The quake killed 300 people in Ardania and 120 in Belmar.",
        "120",
        "deaths",
        "in belmar",
    ),
    ("en", "In the capital, 45 people died.", "45", "deaths", "in capital"),
    ("en", "Belmar's death toll rose to 120.", "120", "deaths", "in belmar"),
    ("en", "On Monday 80 people were killed in Belmar.", "80", "deaths", "in belmar"),
    ("en", "Land forces number 6,000 troops.", "6,000", "troops", None),
    ("en", "Officials in Madrid said 200 people died.", "200", "deaths", None),
    (
        "en",
        "About 5,000 people took part in Sunday's march in Belmar.",
        "About 5,000",
        "crowd",
        None,
    ),
    (
        "en",
        "The quake killed 412 people, with another 2,300 people injured.",
        "2,300",
        "injured",
        None,
    ),
    # a noun with no family right after the figure is what it counts, not a cue further on
    # in the clause; a pronoun or verb before a cue is not ("71 deles identificados")
    ("it", "Sono 70 camion di macerie dove si cercano i dispersi.", "70", "camion", None),
    ("es", "Llegaron 400 kilos de comida para los evacuados del barrio.", "400", "kil", None),
    ("pt", "Até agora, 71 deles foram identificados.", "71", "identified", None),
    ("pt", "Outros 14 continuam sem identificação.", "14", "identified:not", None),
]


@pytest.mark.parametrize(
    "lang, text, figure, family, where",
    CASES,
    ids=[f"{c[0]}-{c[2]}-{c[3]}-{i}" for i, c in enumerate(CASES)],
)
def test_counted_noun_and_scope(lang, text, figure, family, where):
    got_family, scope = counted(text, lang, figure)
    assert got_family == family
    if where is None:
        assert not [s for s in scope if s.startswith(("in ", "north", "event"))], scope
    else:
        assert where in scope


# A figure whose counted thing is not next to it, or is not a noun at all: never the next
# word when that is a preposition, weekday, adverb or verb.
NOTHING_COUNTED = [
    ("it", "Il Movimento 5 Stelle ha chiesto le dimissioni del ministro.", "5"),
    ("it", "Il crollo del pilone 9 ha travolto le auto.", "9"),
    ("es", "El vuelo 4 salió con retraso.", "4"),
    ("en", "More than 2,300 by Thursday morning had signed.", "2,300"),
    ("en", "Several hundred sang outside the court.", "Several hundred"),
    ("es", "Según la policía, 24 en total, sin más datos.", "24"),
]


@pytest.mark.parametrize("lang, text, figure", NOTHING_COUNTED, ids=lambda x: str(x)[:30])
def test_no_invented_noun(lang, text, figure):
    found = [c for c in claims(text, lang) if figure in c.text]
    # either no claim, or one whose quantity is unknown (never compared)
    assert all(not c.terms[0] for c in found), [c.terms for c in found]


# (lang, sentence, figure): a span of time that says when something happened is no claim,
# on a page with no date too (where it cannot become a day); a span that lasted stays one
AGO = [
    pytest.param(
        "en", "The dam gave way more than 40 days ago.", "more than 40", False, id="en-ago"
    ),
    pytest.param("fr", "Il y a plus de 40 jours, la digue a cédé.", "plus de 40", False, id="fr"),
    pytest.param("es", "Hace 12 días que empezó la huelga.", "12", False, id="es-hace"),
    pytest.param("de", "Vor 12 Tagen brach der Damm.", "12", False, id="de-vor"),
    pytest.param("it", "La diga ha ceduto 12 giorni fa.", "12", False, id="it-fa"),
    pytest.param("pt", "Há 12 dias que a greve começou.", "12", False, id="pt-ha"),
    pytest.param("en", "The strike lasted 40 days.", "40", True, id="en-a-span-that-lasted"),
    pytest.param("de", "Vor 40 Zuschauern sprach sie.", "40", True, id="de-vor-without-time"),
]


@pytest.mark.parametrize("lang, text, figure, kept", AGO)
def test_a_span_of_time_ago_is_no_claim(lang, text, figure, kept):
    found = [c for c in claims(text, lang, published=None) if c.text.startswith(figure)]
    assert bool(found) is kept, [c.text for c in claims(text, lang, published=None)]


# (lang, sentence, figure, kept): a number said while counting aloud is a step of the
# count, not a toll; spelled figures of a list of different things stay claims
COUNTING = [
    pytest.param("en", "“Eight, nine, ten dead,” the mayor said.", "ten", False, id="en"),
    pytest.param(
        "it", "«Uno, due, tre, quattro morti», ha detto il sindaco.", "due", False, id="it"
    ),
    pytest.param(
        "es", "Uno, dos, tres, cuatro muertos, contó el alcalde.", "cuatro", False, id="es"
    ),
    pytest.param("en", "Two dead, three injured, four missing.", "four", True, id="en-a-list"),
    pytest.param("en", "The quake left seven dead.", "seven", True, id="en-a-toll"),
    pytest.param(
        "pt", "Morreram três pessoas, quatro ficaram feridas.", "quatro", True, id="pt-a-list"
    ),
]


@pytest.mark.parametrize("lang, text, figure, kept", COUNTING)
def test_counting_aloud_is_no_claim(lang, text, figure, kept):
    # (the document's language: spelled-out numbers are read in it)
    doc = Document(id="d1", path="x.txt", text=text, keep=[(0, len(text))], lang=lang)
    every = [c.text for c in extract_claims(doc, lang=lang)]
    assert any(t.lower().startswith(figure) for t in every) is kept, every


# A road's number after the rest of its name names the road; a count after a name that no
# label heads is still a count.
ROAD_NAMES = [
    ("pt", "Morreram 14 pessoas na Estrada Nacional 231 durante a noite.", "231", False),
    ("fr", "La Route Nationale 7 reste coupée après l'accident.", "7", False),
    ("it", "La Strada Statale 4 è stata chiusa dai vigili.", "4", False),
    ("es", "La Carretera Nacional 340 sigue cortada por el barro.", "340", False),
    ("en", "Interstate Highway 5 was closed for hours.", "5", False),
    (
        "pt",
        "Morreram 10 pessoas: 6 estavam na aldeia e 4 junto ao Itinerário Principal (IP) 3.",
        "3",
        False,
    ),
    ("en", "The Highway Patrol sent 40 officers to the scene.", "40", True),
    ("en", "Belmar Harbour 12 people were rescued overnight.", "12", True),
    ("pt", "Na estrada morreram 30 pessoas.", "30", True),
]


@pytest.mark.parametrize(
    "lang, text, figure, counted_", ROAD_NAMES, ids=[f"{c[0]}-{c[2]}" for c in ROAD_NAMES]
)
def test_road_names(lang, text, figure, counted_):
    found = [c for c in claims(text, lang) if figure in c.text.split()]
    assert bool(found) == counted_, [c.text for c in found]


# Figures of different quantities never share a subject.
APART = [
    ("en", "Six bodies have been found. The death toll rose to 30.", "Six", "30"),
    ("en", "At least 70 people are missing and 30 people died.", "70", "30"),
    ("en", "The fire burned 1,800 acres and killed 12 people.", "1,800", "12"),
    ("en", "Chile's 180 soldiers joined the 4,000 troops of the mission.", "180", "4,000"),
    (
        "en",
        "Organisers expected more than 500,000 people; police said 240,000 marched.",
        "500,000",
        "240,000",
    ),
    ("en", "The city's 7 million people watched as 1 million marched.", "7 million", "1 million"),
    ("en", "We send £120m a week, or £6bn in all.", "£120m", "£6bn"),
    ("en", "The sum was £4.3bn; it is expected to rise to £8bn.", "£4.3bn", "£8bn"),
    ("en", "The gross sum was £14bn; the net contribution was £7bn.", "£14bn", "£7bn"),
    ("fr", "Le salaire brut est de 3500 euros; le salaire net, de 2700 euros.", "3500", "2700"),
    ("es", "Se han identificado 40 cuerpos; la cifra de muertos asciende a 95.", "40", "95"),
    ("it", "Sono 311 le famiglie sfollate, per un totale di 632 sfollati.", "311", "632"),
    ("pt", "Há 88 pessoas desalojadas e 64 desabrigadas.", "88", "64"),
    ("de", "In Ostmark starben 43 Menschen, in Westmark 20 Menschen.", "43", "20"),
    ("en", "Three years ago, a similar flood killed 40 people. Now 500 people died.", "40", "500"),
    (
        "en",
        "It was the deadliest since the 1968 quake, which killed 12,000. Now 500 died.",
        "12,000",
        "500",
    ),
]


# A rate per week, month, day or head is a quantity of its own; a year is how sums read.
RATES = [
    ("en", "We pay £40m a week to the fund.", "£40m", "per week"),
    ("en", "That is £2,100 per household.", "£2,100", "per household"),
    ("en", "Each year that costs £90 for every person living in Norbury.", "£90", "per person"),
    ("en", "The fund gets £2bn a year.", "£2bn", None),
    ("fr", "Le foyer reçoit 900 euros par mois.", "900", "per month"),
    ("de", "Die Stadt zahlt 300 Euro pro Kopf.", "300", "per person"),
    ("es", "Cada familia recibe 200 euros a la semana.", "200", "per week"),
    ("it", "Il comune spende 50 euro al giorno.", "50", "per day"),
]


@pytest.mark.parametrize("lang, text, figure, rate", RATES, ids=lambda x: str(x)[:24])
def test_rates(lang, text, figure, rate):
    family, _ = counted(text, lang, figure)
    if rate is None:
        assert ":per " not in family
    else:
        assert family.endswith(":" + rate), family


@pytest.mark.parametrize("lang, text, one, other", APART, ids=lambda x: str(x)[:24])
def test_different_quantities_apart(lang, text, one, other):
    cs = claims(text, lang)
    assign_subjects(cs)
    a = next(c for c in cs if c.text.startswith(one) or one in c.text.split(" ")[0:3])
    b = next(c for c in cs if c is not a and (c.text.startswith(other) or other in c.text))
    assert a.subject != b.subject, (a.subject, b.subject)


def test_one_quantity_across_languages_shares_a_subject():
    """A French, a German, a Spanish and an English report of one death toll: one
    subject, which the comparison then reads across languages."""
    reports = [
        ("fr", "Selon la préfecture, 43 personnes sont mortes."),
        ("de", "Nach Angaben der Polizei sind 45 Menschen ums Leben gekommen."),
        ("es", "Al menos 44 personas fallecieron, según el Gobierno."),
        ("en", "At least 44 people died, officials said."),
        ("it", "Il bilancio è salito a 46 morti."),
    ]
    found: list[Claim] = []
    for i, (lang, text) in enumerate(reports):
        doc = Document(id=f"d{i}", path=f"{i}.txt", text=text, keep=[(0, len(text))])
        found += extract_claims(doc, lang=lang)
    assign_subjects(found)
    assert len({c.subject for c in found}) == 1, [(c.text, c.subject) for c in found]


def test_language_guessed_when_the_document_has_none():
    text = "Die Polizei meldete am Freitag 120 Verletzte und 12 Tote in der Region."
    doc = Document(id="d1", path="x.txt", text=text, keep=[(0, len(text))])
    assert {c.terms[0] for c in extract_claims(doc)} >= {"injured", "deaths"}


def _subjects(reports: list[tuple[str, str]]) -> list[Claim]:
    found: list[Claim] = []
    for i, (lang, text) in enumerate(reports):
        doc = Document(id=f"d{i}", path=f"{i}.txt", text=text, keep=[(0, len(text))])
        found += [c for c in extract_claims(doc, lang=lang) if c.unit not in ("date", "year")]
    assign_subjects(found)
    return found


def test_one_country_is_the_whole_story():
    """ "deaths in Spain" in a story that names no other country is the national toll."""
    found = _subjects(
        [("en", "The toll rose to 215 deaths in Spain."), ("en", "At least 200 people died.")]
    )
    assert len({c.subject for c in found}) == 1, [(c.text, c.subject) for c in found]


def test_two_countries_are_two_quantities():
    found = _subjects(
        [
            ("en", "The quake killed 300 people in Spain."),
            ("en", "The quake killed 120 people in Portugal."),
        ]
    )
    assert len({c.subject for c in found}) == 2, [(c.text, c.subject) for c in found]


# a place preposition after a figure ("junto ao", "junto al": next to) is no counted noun:
# the figure goes on counting what the list counts
NEXT_TO = [
    pytest.param(
        "pt",
        "Morreram nove pessoas: cinco na vila e quatro junto ao moinho de Carvalhal.",
        "quatro",
        "deaths",
        id="pt-junto-ao",
    ),
    pytest.param(
        "pt",
        "Há 11 feridos: oito na vila e três junto à capela de Carvalhal.",
        "três",
        "injured",
        id="pt-junto-a",
    ),
    pytest.param(
        "es",
        "Murieron nueve personas: cinco en el pueblo y cuatro junto al molino de Robledal.",
        "cuatro",
        "deaths",
        id="es-junto-al",
    ),
    pytest.param(
        "pt",
        "Morreram nove pessoas: cinco na vila e quatro perto do moinho de Carvalhal.",
        "quatro",
        "deaths",
        id="pt-perto-do",
    ),
]


@pytest.mark.parametrize(("lang", "text", "figure", "family"), NEXT_TO)
def test_a_place_preposition_is_no_counted_noun(lang, text, figure, family):
    doc = Document(id="d1", path="x.txt", text=text, keep=[(0, len(text))], lang=lang)
    found = [c for c in extract_claims(doc) if c.text.startswith(figure)]
    assert [(c.text, c.terms[0]) for c in found] == [(figure, family)]
