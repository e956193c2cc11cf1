"""More places of counts: an area "of" a name right after a bare figure, an owner's area
only when an office or a body owns it, place adjectives, short forms of a place's name,
and counts of other events. Every sentence and place here is invented."""

from __future__ import annotations

import pytest

from kfactcheck.analyse.subjects import _merge_places, assign_subjects
from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Claim, Document


def _claims(lang: str, text: str) -> list[Claim]:
    doc = Document(id="d0", path="0.txt", text=text, keep=[(0, len(text))], lang=lang)
    found = [c for c in extract_claims(doc, lang=lang) if c.unit not in ("date", "year")]
    assign_subjects(found)
    return found


def _places(lang: str, text: str, figure: str) -> list[str]:
    hits = [c for c in _claims(lang, text) if c.text.split()[0] == figure]
    assert hits, figure
    return [s for s in hits[0].scope if s.startswith("in ")]


# (lang, sentence, figure, the place in its scope or None)
PLACES = [
    # "in the town of X" right after a bare figure or its noun is the figure's place
    (
        "en",
        "The toll stood at 90: 70 in the town of Norvale and 12 in Kessby, and 8 in the"
        " village of Arden del Monte.",
        "70",
        "in norvale",
    ),
    (
        "en",
        "The toll stood at 90: 70 in the town of Norvale and 12 in Kessby, and 8 in the"
        " village of Arden del Monte.",
        "8",
        "in arden del monte",
    ),
    # after a verb, it is where the thing counted stood, not a part of the count
    ("en", "At least 30 homes were destroyed in the hamlet of Kessby.", "At", None),
    # "in its area": the area of an office or a body named "of" a place, not of a person
    (
        "es",
        "El alcalde de Norvale lamentó anoche la pérdida de 11 vecinos en su municipio.",
        "11",
        "in norvale",
    ),
    (
        "es",
        "Era la queja de Ferrante, que lamentó anoche la pérdida de 11 vecinos en su municipio.",
        "11",
        None,
    ),
    ("de", "Die Feuerwehr von Kessenau meldete 9 Tote in ihrem Gebiet.", "9", "in kessenau"),
    # a place a few words after the counted noun; in German a capitalised noun is no name
    (
        "es",
        "Hubo dos muertes por golpe de calor durante trabajos en Lorvia.",
        "dos",
        "in lorvia",
    ),
    (
        "de",
        "Hunderte Angestellte in neun Werken in ganz Ostmark legten am Dienstag aus Wut"
        " über den Sparkurs die Arbeit nieder.",
        "neun",
        None,
    ),
    # a place told with its country is where the event is, not a part of its toll
    ("es", "Las inundaciones en Lorvia, España, han dejado 95 víctimas mortales.", "95", None),
    (
        "es",
        "Las inundaciones en Lorvia, Kessby, han dejado 95 víctimas mortales.",
        "95",
        "in lorvia",
    ),  # (a name that is no country)
    # several places listed: a combined figure, none of them but one scope of their own
    ("es", "En Lorvia, Kessby y Arden murieron 95 personas.", "95", "in arden+kessby+lorvia"),
    ("es", "Murieron 95 personas en Lorvia, Kessby y Arden.", "95", "in arden+kessby+lorvia"),
    ("es", "Murieron 9 en Lorvia, 5 en Kessby y 3 en Arden.", "9", "in lorvia"),
    # a place's adjective after its noun, for a region or capital the data knows
    ("it", "Si contano 12 morti nei comuni pugliesi colpiti dal sisma.", "12", "in puglia"),
    ("es", "Murieron 9 personas en los pueblos murcianos.", "9", "in murcia"),
    ("fr", "Le cortège berlinois a réuni 20 000 personnes.", "20", "in berlin"),
    ("fr", "La CGT revendique 20 000 personnes dans le seul cortège berlinois.", "20", "in berlin"),
    ("it", "Si contano 12 morti nei comuni colpiti dal sisma.", "12", None),  # no adjective
    ("it", "Le vittime sono 30 nella zona centrale.", "30", None),  # a compass word
    ("fr", "Les manifestants français étaient 9 000.", "9", None),  # a nationality
    # a list's places are its items': the figure after them has none of theirs
    ("it", "Il bilancio: 20 morti nei comuni pugliesi, 6 nelle Marche, 90 i feriti.", "90", None),
    (
        "it",
        "Il bilancio: 20 morti nei comuni pugliesi, 6 nelle Marche, 90 i feriti.",
        "20",
        "in puglia",
    ),
    # the capital as the subject of the figure's clause, after a wider area's total
    (
        "es",
        "El número de muertos en el norte del país subió a 140, siendo la capital la que"
        " registra más fallecidos, con 61.",
        "61",
        "in capital",
    ),
    (
        "pt",
        "O total de mortos na região de Lindora subiu para 90, sendo a capital a que regista"
        " mais vítimas, com 40.",
        "40",
        "in capital",
    ),
    (
        "fr",
        "Le bilan dans le sud atteint 80 morts, et la capitale en compte 30.",
        "30",
        "in capital",
    ),
    (
        "de",
        "Im Norden starben 80 Menschen, die Hauptstadt meldete davon 30 Tote.",
        "30",
        "in capital",
    ),
    (
        "en",
        "The toll in the north rose to 120, with the capital recording 45 deaths.",
        "45",
        "in capital",
    ),
    # the capital "of" a speaker, or of nothing counted, is not the figure's place
    ("en", "The mayor of the capital said 45 people died.", "45", None),
    ("es", "El alcalde de la capital dijo que murieron 20 personas.", "20", None),
    ("es", "Desde la capital, el Gobierno informó de 20 muertos.", "20", None),
    ("de", "Der Bürgermeister der Hauptstadt sagte, 20 Menschen seien gestorben.", "20", None),
    # a sentence framed in a place: "alone" and "the town of" keep it a place
    ("en", "In Marlow alone, 12 people died.", "12", "in marlow"),
    ("en", "In the town of Marlow, 12 people died.", "12", "in marlow"),
    ("en", "In Total 12 People Died", "12", None),  # a headline's title case
    # the capital as the subject of another clause, before the count's own subject
    ("es", "Aunque la capital se salvó, el balance de muertos subió a 300.", "300", None),
    ("es", "La capital quedó sin luz y el número de fallecidos llegó a 300.", "300", None),
    ("en", "While the capital was spared, the national toll climbed to 300.", "300", None),
    ("fr", "La capitale a été épargnée, mais le bilan atteint 300 morts.", "300", None),
    ("de", "Die Hauptstadt blieb verschont, doch die Zahl der Toten stieg auf 300.", "300", None),
]


@pytest.mark.parametrize("lang, text, figure, where", PLACES, ids=lambda x: str(x)[:40])
def test_place_of_a_figure(lang, text, figure, where):
    assert _places(lang, text, figure) == ([where] if where else [])


# (a short form, a name of several words, whether the first stands for the second)
SHORT_FORMS = [
    ("cdlr", "ciudad de lorvia", True),  # letters from each word in turn
    ("edolor", "estado de lorvia", True),  # a contraction: the first letters of each word
    ("osw", "ober-sankt-wendel", True),  # initials
    ("nrl", "nieder-rhein-lindau", True),
    ("cdb", "ciudad de lorvia", False),  # a letter the name does not have
    ("edolor", "estado de borvia", False),  # a word that gives no letter
    ("lorvia", "lorvia grande", False),  # a town's name is not its short form
    ("abc", "arden", False),  # one word: no short form
]


@pytest.mark.parametrize("short, name, same", SHORT_FORMS, ids=lambda x: str(x))
def test_short_form_of_a_place(short, name, same):
    merged = _merge_places([short, name])
    assert (merged[short] == merged[name]) is same, merged


def _crowd(doc: str, value: int, as_of: str, scope: tuple[str, ...] = ()) -> Claim:
    return Claim(
        document=doc,
        value=value,
        low=value,
        high=value,
        qualifier="exact",
        unit="people",
        as_of=as_of,
        text=f"{value} manifestants",
        start=value % 97,
        end=value % 97 + 5,
        quote="",
        terms=("crowd",),
        scope=scope,
    )


# (label, the story's crowd figures as (document, value, as_of, scope), the one to test,
# whether it shares the subject of the first)
CROWD_YEARS = [
    ("same year", [("a", 9, "2031-03-02", ()), ("b", 8, "2031-03-09", ())], True),
    ("a year later", [("a", 9, "2031-03-02", ()), ("b", 8, "2032-01-10", ())], True),
    ("a page of years before", [("a", 9, "2031-03-02", ()), ("b", 8, "2027-12-05", ())], False),
    ("a date that recalls it", [("a", 9, "2031-03-02", ()), ("a", 8, "2020-05-09", ())], False),
    ("its own event wins", [("a", 9, "2031-03-02", ()), ("a", 8, "2020", ("event 2019",))], False),
]


@pytest.mark.parametrize("label, figures, same", CROWD_YEARS, ids=lambda x: str(x)[:30])
def test_crowd_of_another_year_is_another_event(label, figures, same):
    # the story's year is the one most of its figures hold in: three more of the first's
    claims = [_crowd("a", 100 + i, "2031-03-02") for i in range(3)]
    claims += [_crowd(d, v, when, scope) for d, v, when, scope in figures]
    assign_subjects(claims, stories={"a": "Lorvy", "b": "Lorvy"})
    first, last = claims[3], claims[-1]
    assert (first.subject == last.subject) is same, [c.subject for c in claims]
    assert first.subject == claims[0].subject


def test_two_pages_of_one_earlier_year_share_a_subject():
    claims = [_crowd("a", 100 + i, "2031-03-02") for i in range(3)]
    claims += [_crowd("a", 7, "2027-12-05", ("event 2027",)), _crowd("b", 6, "2027-12-05")]
    assign_subjects(claims, stories={"a": "Lorvy", "b": "Lorvy"})
    assert claims[-1].subject == claims[-2].subject != claims[0].subject


# (lang, text, figure, the place in its scope or None): an earlier level with no place of
# its own is the earlier level of the count the sentence before gave, in that place
EARLIER_LEVEL = [
    (
        "de",
        "In Lindenau kletterte die Zahl der Toten auf 47. Das gab die Landesregierung in"
        " Kessenau bekannt. Bis dahin war die Zahl der Verstorbenen mit 28 beziffert worden.",
        "28",
        "in lindenau",
    ),
    (  # its clause counts every place together
        "de",
        "In Lindenau kletterte die Zahl der Toten auf 47. Bundesweit war die Zahl der"
        " Verstorbenen bisher mit 65 beziffert worden.",
        "65",
        None,
    ),
    (  # the sentence before listed several places' counts after their total
        "en",
        "The toll stood at 90: 70 in Norvale and 20 in Kessby. Officials corrected the"
        " toll, from a prior count of 96.",
        "96",
        None,
    ),
    (  # no count before: the one place the sentence before names, with no figure
        "de",
        "In Ostmark ist der Kreis Lindenau Schwerpunkt der Flut. Am Donnerstag hatte die"
        " Landrätin erst von 57 Toten gesprochen.",
        "57",
        "in ostmark",
    ),
    (  # the sentence before gives a figure of another count: it is no frame
        "de",
        "In Ostmark wurden 120 Menschen verletzt. Am Donnerstag hatte die Landrätin erst"
        " von 57 Toten gesprochen.",
        "57",
        None,
    ),
    (  # the count before has no place of its own: nor has its earlier level
        "en",
        "The count of dead from the storms in Norvale climbed to 75. Police had put the toll"
        " at 68.",
        "68",
        None,
    ),
    (  # not an earlier level: a count of its own
        "de",
        "In Lindenau kletterte die Zahl der Toten auf 47. Es starben 65 Menschen.",
        "65",
        None,
    ),
]


@pytest.mark.parametrize("lang, text, figure, where", EARLIER_LEVEL, ids=lambda x: str(x)[:40])
def test_earlier_level_of_the_place_before(lang, text, figure, where):
    assert _places(lang, text, figure) == ([where] if where else [])


# (label, page, figure with no place, the placed figure whose subject it shares or None)
RESTATED = [
    (
        "one page gives one number again in one place",
        "Lindenau (ots) - Beim Hochwasser sind über 115 Menschen ums Leben gekommen. Im Kreis"
        " Lindenau hat das Hochwasser bis jetzt 115 Tote gefordert.",
        "über",
        "115",
    ),
    (
        "another number is another quantity",
        "Lindenau (ots) - Beim Hochwasser sind über 140 Menschen ums Leben gekommen. Im Kreis"
        " Lindenau hat das Hochwasser bis jetzt 115 Tote gefordert.",
        "über",
        None,
    ),
    (
        "the number in two places says no one place",
        "Bei der Flut sind 12 Menschen ums Leben gekommen. Im Kreis Lindenau starben 12"
        " Menschen, im Kreis Kessenau 12 Menschen.",
        "Bei",
        None,
    ),
]


@pytest.mark.parametrize("label, text, bare, placed", RESTATED, ids=lambda x: str(x)[:40])
def test_a_page_restating_a_figure_in_one_place(label, text, bare, placed):
    found = _claims("de", text)
    first = next(c for c in found if c.text.split()[0] == bare or c.quote.startswith(bare))
    others = [c for c in found if c is not first and c.scope]
    if placed is None:
        assert all(c.subject != first.subject for c in others), [(c.text, c.subject) for c in found]
    else:
        hit = next(c for c in others if c.text.split()[0] == placed)
        assert hit.subject == first.subject, [(c.text, c.subject) for c in found]


def test_undated_figure_before_another_events_is_that_events():
    """ "entre 0,8 (police) et 2,4 millions (syndicats) le 9 mai 2020" in a story of
    2031: both figures are the 2020 march's."""
    claims = [_crowd("a", 100 + i, "2031-03-02") for i in range(3)]
    first, second = _crowd("b", 8, ""), _crowd("b", 24, "2020-05-09")
    first.start, first.end, second.start, second.end = 40, 52, 70, 84
    third = _crowd("b", 36, "")  # undated, but not right before it: the story's
    third.start, third.end = 300, 310
    claims += [first, second, third]
    assign_subjects(claims, stories={"a": "Lorvy", "b": "Lorvy"})
    assert first.subject == second.subject != claims[0].subject
    assert third.subject == claims[0].subject


# (lang, sentence, page date, figure, the day of the event it is scoped to, or None)
EVENT_DAYS = [
    (
        "es",
        "A la cifra se añaden tres fallecidos del temblor del sábado pasado.",
        "2031-09-26",
        "tres",
        "2031-09-20",
    ),
    (
        "es",
        "Se trató de un eco del terremoto del pasado 3 de septiembre, que dejó 57 muertos.",
        "2031-09-26",
        "57",
        "2031-09-03",
    ),
    (
        "en",
        "After Saturday's tremor, two people died in Lorvia.",
        "2031-09-26",
        "two",
        "2031-09-20",
    ),
    ("en", "The quake killed 90 people, officials said on Monday.", "2031-09-26", "90", None),
    ("es", "El sismo fue el sábado. Murieron 40 personas.", "2031-09-26", "40", None),
]


@pytest.mark.parametrize("lang, text, when, figure, day", EVENT_DAYS, ids=lambda x: str(x)[:40])
def test_event_named_with_its_day(lang, text, when, figure, day):
    from datetime import date

    doc = Document(
        id="d0",
        path="0.txt",
        text=text,
        keep=[(0, len(text))],
        lang=lang,
        date=date.fromisoformat(when),
    )
    hits = [c for c in extract_claims(doc, lang=lang) if c.text.split()[0].lower() == figure]
    assert hits, [c.text for c in extract_claims(doc, lang=lang)]
    events = [s for s in hits[0].scope if s.startswith("event ")]
    assert events == ([f"event {day}"] if day else [])


def _toll(doc: str, value: int, day: str | None, place: str = "") -> Claim:
    claim = _crowd(doc, value, "2031-09-26")
    claim.terms = ("deaths",)
    claim.scope = tuple(
        s for s in (f"in {place}" if place else "", f"event {day}" if day else "") if s
    )
    return claim


def test_a_story_keeps_its_own_event_and_sets_others_apart():
    main = [_toll("a", 300 + i, "2031-09-12") for i in range(3)]
    bare = _toll("a", 310, None)
    placed = _toll("a", 190, "2031-09-12", "lorvia")
    other = _toll("b", 4, "2031-09-16")
    other_placed = _toll("b", 2, "2031-09-16", "lorvia")
    claims = [*main, bare, placed, other, other_placed]
    assign_subjects(claims, stories={"a": "Norvale", "b": "Norvale"})
    assert {c.subject for c in main} == {bare.subject}
    assert placed.subject not in (bare.subject, other_placed.subject)
    assert len({bare.subject, other.subject, other_placed.subject}) == 3


def test_two_days_no_one_of_them_main_stay_one_event():
    claims = [_toll("a", 120, "2031-08-24"), _toll("b", 180, "2031-08-31"), _toll("a", 90, None)]
    assign_subjects(claims, stories={"a": "Norvale", "b": "Norvale"})
    assert len({c.subject for c in claims}) == 1


# (lang, sentence, figure, whether it is a count of several events together)
SEVERAL_EVENTS = [
    (
        "es",
        "Los dos terremotos de este mes han dejado más de 270 víctimas mortales.",
        "más",
        True,
    ),
    ("en", "Both quakes killed 40 people.", "40", True),
    ("it", "I due terremoti hanno causato 30 morti.", "30", True),
    ("es", "El terremoto ha causado más de 330 muertos.", "más", False),
    ("en", "The quake killed 40 people in two towns.", "40", False),
    ("en", "A magnitude 6.3 earthquake struck at dawn, killing at least 12 people.", "at", False),
    ("en", "2 quakes killed 40 people.", "40", True),
]


@pytest.mark.parametrize("lang, text, figure, several", SEVERAL_EVENTS, ids=lambda x: str(x)[:40])
def test_count_of_several_events(lang, text, figure, several):
    hits = [c for c in _claims(lang, text) if c.text.split()[0] == figure]
    assert hits
    assert ("event several" in hits[0].scope) is several, hits[0].scope


def test_event_day_after_the_figure_does_not_date_it():
    from datetime import date

    text = "Subió a 214 el recuento de víctimas mortales por el temblor del 12 de septiembre."
    doc = Document(
        id="d0", path="0.txt", text=text, keep=[(0, len(text))], lang="es", date=date(2031, 10, 1)
    )
    claim = next(c for c in extract_claims(doc, lang="es") if c.text == "214")
    assert claim.as_of == "2031-10-01"
    assert "event 2031-09-12" in claim.scope
