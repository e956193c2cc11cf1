"""An earlier level of a running count that a page recalls beside its current one holds
before the page's day (the weekday its clause names, else the day before), never as a
same-day report of it; its weekday does not date the page. Invented sentences only."""

from __future__ import annotations

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.grammar.earlier import earlier_time, is_earlier
from kfactcheck.read.corpus import read_document
from kfactcheck.read.textdate import named_weekday

# (sentence, the figure as written, whether it is an earlier level)
LEVELS = [
    pytest.param(
        "Am Freitag hatte der Landrat noch von 14 Toten gesprochen.",
        "14",
        True,
        id="de-past-perfect-reporting",
    ),
    pytest.param("Die Zahl der Opfer lag noch bei 210.", "210", True, id="de-lag-noch-bei"),
    pytest.param("Bisher war von 25 Toten die Rede.", "25", True, id="de-war-die-rede"),
    pytest.param("Die Zahl stieg auf 41, nach zuvor 33.", "33", True, id="de-nach-zuvor"),
    pytest.param("Die Zahl stieg von zuvor 33 auf 41.", "41", False, id="de-new-level-after-zuvor"),
    pytest.param(
        "Bisher sind in Kessenau 41 Menschen gestorben.",
        "41",
        False,
        id="de-bisher-alone-is-so-far",
    ),
    pytest.param(
        "In Kessenau waren 41 Menschen ums Leben gekommen.",
        "41",
        False,
        id="de-past-perfect-of-the-event",
    ),
    pytest.param(
        "The governor had put the toll at 30 on Friday.", "30", True, id="en-had-put-the-toll-at"
    ),
    pytest.param("The toll rose to 57, up from 41.", "41", True, id="en-up-from"),
    pytest.param("The toll rose to 57, up from 41.", "57", False, id="en-the-new-level"),
    pytest.param(
        "By Sunday 57 villagers had died in Norbury, the council said.",
        "57",
        False,
        id="en-past-perfect-after-the-figure",
    ),
    pytest.param(
        "Officials now count 163 missing, from an earlier tally of 171.",
        "171",
        True,
        id="en-from-an-earlier-tally-of",
    ),
    pytest.param(
        "Officials now count 163 missing, from an earlier tally of 171.",
        "163",
        False,
        id="en-the-revised-level",
    ),
    pytest.param(
        "O INEM tinha anunciado 136 feridos em Serrinha.", "136", True, id="pt-tinha-anunciado"
    ),
    pytest.param(
        "Rescuers had been searching for 40 missing people in Norbury.",
        "40",
        False,
        id="en-had-been-is-no-earlier-report",
    ),
    pytest.param("La cifra subió de 70 a 82 este viernes.", "70", True, id="es-subio-de-a"),
    pytest.param("La cifra subió de 70 a 82 este viernes.", "82", False, id="es-the-new-level"),
    pytest.param("Hubo de 10 a 20 personas heridas.", "10", False, id="es-a-range-moves-nothing"),
    pytest.param("Die Zahl stieg von 19 auf 26.", "19", True, id="de-stieg-von-auf"),
    pytest.param("Le bilan est passé de 31 à 40 morts.", "31", True, id="fr-passe-de-a"),
    pytest.param("Il bilancio è salito da 9 a 12 vittime.", "9", True, id="it-salito-da-a"),
    pytest.param("O número subiu de 9 para 12 mortos.", "9", True, id="pt-subiu-de-para"),
    pytest.param("Un bilan de 31 morts à Vallon.", "31", False, id="fr-de-is-no-move"),
    pytest.param("Le préfet avait fait état de 18 morts.", "18", True, id="fr-avait-fait-etat"),
    pytest.param(
        "Le bilan atteint 40 morts, contre 31 la veille.", "31", True, id="fr-contre-la-veille"
    ),
    pytest.param(
        "Le bilan atteint 40 morts, contre 31 la veille.", "40", False, id="fr-the-new-level"
    ),
    pytest.param(
        "Les syndicats comptaient 9000 manifestants contre 4000 selon la police.",
        "4000",
        False,
        id="fr-contre-two-sources",
    ),
    pytest.param("El gobierno había cifrado en 66 los muertos.", "66", True, id="es-habia-cifrado"),
    pytest.param("La cifra era todavía de 66 el jueves.", "66", True, id="es-era-todavia"),
    pytest.param(
        "Hay 80 muertos, frente a 66 del día anterior.", "66", True, id="es-del-dia-anterior"
    ),
    pytest.param(
        "A Defesa Civil tinha registrado 12 mortos em Serrinha.",
        "12",
        True,
        id="pt-tinha-registrado",
    ),
    pytest.param("Anteriormente, eram 12 os mortos.", "12", True, id="pt-anteriormente"),
    pytest.param("Il prefetto aveva parlato di 9 vittime.", "9", True, id="it-aveva-parlato"),
    pytest.param("In precedenza le vittime erano 9.", "9", True, id="it-in-precedenza"),
    pytest.param("Le vittime sono 12 a Valdora.", "12", False, id="it-present"),
    # "the previous count of", in each language: the figure the page had before its current
    pytest.param(
        "La cifra anterior, de 61 fallecidos, quedó superada al mediodía en Torrela.",
        "61",
        True,
        id="es-la-cifra-anterior-de",
    ),
    pytest.param(
        "Tras la cifra anterior oficial, de 61 fallecidos, hoy son 74 en Torrela.",
        "74",
        False,
        id="es-the-new-level-after-it-is-not",
    ),
    pytest.param("Son ya 74 los fallecidos en Torrela.", "74", False, id="es-current-level"),
    pytest.param(
        "Le bilan précédent de 27 morts a été revu à Sorvel.", "27", True, id="fr-bilan-precedent"
    ),
    pytest.param(
        "O balanço anterior, de 19 mortos, foi atualizado em Vilar Seco.",
        "19",
        True,
        id="pt-balanco-anterior",
    ),
    pytest.param(
        "Il bilancio precedente di 33 vittime è stato aggiornato a Monteverde.",
        "33",
        True,
        id="it-bilancio-precedente",
    ),
    pytest.param(
        "Die vorherige Bilanz von 16 Toten wurde in Lindach korrigiert.",
        "16",
        True,
        id="de-vorherige-bilanz-von",
    ),
    # "at the time", opening the sentence before a comma: a level the page looks back on
    pytest.param(
        "At the time, the county put the toll at around 30 in Norbury.",
        "30",
        True,
        id="en-at-the-time-opening-the-sentence",
    ),
    pytest.param(
        "At the time of writing, 41 people are missing in Norbury.",
        "41",
        False,
        id="en-at-the-time-of-writing-is-now",
    ),
    pytest.param(
        "In Norbury alone, 41 people are missing.",
        "41",
        False,
        id="en-opening-words-without-a-cue",
    ),
    pytest.param(
        "À l'époque, la préfecture parlait de 300 sinistrés à Sorvel.",
        "300",
        True,
        id="fr-a-l-epoque",
    ),
    pytest.param("Damals zählte Lindach 45 Tote.", "45", True, id="de-damals"),
    # the first count a page recalls: "initially", "at first", "in the first hours"
    pytest.param("Initially, officials reported 12 deaths.", "12", True, id="en-initially"),
    pytest.param("At first the police counted 9 dead.", "9", True, id="en-at-first"),
    pytest.param("Earlier in the week the toll stood at 25.", "25", True, id="en-earlier-in-week"),
    pytest.param("Zunächst meldete die Polizei 12 Tote.", "12", True, id="de-zunaechst"),
    pytest.param("Inicialmente se habló de 12 muertos.", "12", True, id="es-inicialmente"),
    pytest.param("En un primer momento hubo 12 heridos.", "12", True, id="es-primer-momento"),
    pytest.param("Dans un premier temps, 12 morts ont été annoncés.", "12", True, id="fr-premier"),
    pytest.param("Nelle prime ore si contavano 12 vittime.", "12", True, id="it-prime-ore"),
    pytest.param("Num primeiro momento, foram contados 12 mortos.", "12", True, id="pt-primeiro"),
    pytest.param("In the first hours, rescuers found 7 dead.", "7", True, id="en-first-hours"),
    # another clause's cue is not the figure's
    pytest.param(
        "The quake, initially put at 6.1, killed 40 people.", "40", False, id="en-other-clause"
    ),
    # a figure the text says held at first: an earlier level, never the page day's
    pytest.param(
        "Builders of the Corran bridge originally put its price at £4.6bn.",
        "4.6",
        True,
        id="en-originally",
    ),
    pytest.param(
        "À l'origine, le pont de Corran devait coûter 4,6 milliards.",
        "4,6",
        True,
        id="fr-a-l-origine",
    ),
    pytest.param(
        "El puente de Corran iba a costar originalmente 4.600 millones.",
        "4.600",
        True,
        id="es-originalmente",
    ),
    pytest.param(
        "Il ponte di Corran doveva costare in origine 4,6 miliardi.",
        "4,6",
        True,
        id="it-in-origine",
    ),
    pytest.param(
        "The Corran bridge will cost £4.6bn, its original budget.",
        "4.6",
        False,
        id="en-original-as-adjective-is-not-a-cue",
    ),
]


@pytest.mark.parametrize(("sentence", "figure", "want"), LEVELS)
def test_is_earlier(sentence, figure, want):
    start = sentence.index(figure)
    assert bool(is_earlier(sentence, start, start + len(figure))) is want


TIMES = [
    pytest.param(["2031-03-14"], "2031-03-15", "2031-03-14", id="a-weekday-before-the-page"),
    pytest.param(["2031-03-15"], "2031-03-15", "2031-03-14", id="the-page-s-own-day-goes-back"),
    pytest.param([], "2031-03-01", "2031-02-28", id="no-date-the-day-before"),
]

MOVED = [
    pytest.param(["2031-03-14"], "2031-03-15", "2031-03-13", id="rose-on-friday-old-level-before"),
    pytest.param([], "2031-03-15", "2031-03-14", id="rose-old-level-the-day-before"),
]


@pytest.mark.parametrize(("values", "published", "want"), MOVED)
def test_earlier_time_of_a_move(values, published, want):
    assert earlier_time(values, published, moved=True) == want


@pytest.mark.parametrize(("values", "published", "want"), TIMES)
def test_earlier_time(values, published, want):
    assert earlier_time(values, published) == want


# a page of Saturday 15 March 2031; (text, figure, as_of of that figure)
PAGE = "---\ndate: 2031-03-15\n---\n"
DOCS = [
    pytest.param(
        "Im Kreis Kessenau sind 88 Menschen gestorben. Am Freitag hatte der Landrat noch "
        "von 61 Toten gesprochen.",
        "61",
        "2031-03-14",
        id="de-weekday-of-the-earlier-level",
    ),
    pytest.param(
        "Der Krisenstab in Kessenau meldet jetzt 88 Opfer. Bisher war ihre Zahl von der "
        "Kreisverwaltung auf 61 geschätzt worden.",
        "61",
        "2031-03-14",
        id="de-no-weekday-the-day-before",
    ),
    pytest.param(
        "Der Krisenstab in Kessenau meldet jetzt 88 Opfer. Bisher war ihre Zahl von der "
        "Kreisverwaltung auf 61 geschätzt worden.",
        "88",
        "2031-03-15",
        id="de-the-current-level-keeps-the-page-day",
    ),
    pytest.param(
        "The death toll in Norbury rose to 88. Officials had put the toll at 61 on Thursday.",
        "61",
        "2031-03-13",
        id="en-had-put-on-thursday",
    ),
    pytest.param(
        "Le bilan à Vallon s'élève à 88 morts, contre 61 morts la veille.",
        "61",
        "2031-03-14",
        id="fr-la-veille",
    ),
    pytest.param(
        "El balance en Tormenar es de 88 muertos. El viernes, el gobierno había cifrado en "
        "61 los muertos.",
        "61",
        "2031-03-14",
        id="es-habia-cifrado-el-viernes",
    ),
    pytest.param(
        "Im Kreis Kessenau stieg die Zahl der Toten am Freitag von 61 auf 88.",
        "61",
        "2031-03-13",
        id="de-old-level-of-a-rise-on-friday",
    ),
    pytest.param(
        "Serrinha tem 88 mortos. A Defesa Civil tinha registrado 61 mortos.",
        "61",
        "2031-03-14",
        id="pt-tinha-registrado",
    ),
    pytest.param(
        "A Valdora i morti sono 88. Il prefetto aveva parlato di 61 morti.",
        "61",
        "2031-03-14",
        id="it-aveva-parlato",
    ),
]


@pytest.mark.parametrize(("text", "figure", "as_of"), DOCS)
def test_earlier_level_as_of(tmp_path, text, figure, as_of):
    path = tmp_path / "p.md"
    path.write_text(PAGE + text + "\n", encoding="utf-8")
    claims = extract_claims(read_document(path)[0])
    got = {c.text.split()[0]: c.as_of for c in claims if c.unit not in ("date", "year")}
    assert got[figure] == as_of


# the weekday of an earlier level names a day before the page's, not the page's own
WEEKDAYS = [
    pytest.param(
        "Am Freitag hatte der Landrat noch von 61 Toten gesprochen.", None, id="de-earlier-level"
    ),
    pytest.param("Am Freitag meldete der Landrat 61 Tote.", 4, id="de-report-of-the-day"),
    pytest.param("Le préfet avait fait état mardi de 18 morts.", None, id="fr-earlier-level"),
    pytest.param(
        "Am Samstag stieg die Zahl auf 88, zuvor hatte der Landrat 61 genannt.",
        5,
        id="de-earlier-level-in-another-clause",
    ),
]


@pytest.mark.parametrize(("text", "want"), WEEKDAYS)
def test_named_weekday_skips_earlier_levels(text, want):
    got = named_weekday(text, [])
    assert (got[0] if got else None) == want
