"""A date that opens a sentence ("Until Friday night, ...", "In March, ...") holds for each
figure of it, also one past another figure, up to a clause of its own or one set against
it (claims/opening.opening_time). Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document

# a page of Sunday 16 March 2031: Friday is the 14th
PAGE = date(2031, 3, 16)

CASES = [
    pytest.param(
        "On Friday, rescuers in Norbury counted 15 dead, and the council said 48 homes were lost.",
        "en",
        {"15": "2031-03-14", "48": "2031-03-14"},
        id="en-on-friday-holds-past-another-figure",
    ),
    pytest.param(
        "Hasta el viernes, Protección Civil de Tormenar contabilizó 15 muertos y 48 desaparecidos.",
        "es",
        {"48": "2031-03-14"},
        id="es-hasta",
    ),
    pytest.param(
        "Até a noite de quinta-feira, os bombeiros de Serrinha contavam 9 vítimas, "
        "indicando também 31 moradores sem paradeiro.",
        "pt",
        {"31": "2031-03-13"},
        id="pt-ate-a-noite-de",
    ),
    pytest.param(
        "In January, Norbury police counted 7,500 marchers and the organisers 30,000.",
        "en",
        {"30,000": "2031-01"},
        id="en-month-opening",
    ),
    pytest.param(
        "That trims Norbury’s 2029 grant from £21.3bn to £16.7bn.",
        "en",
        {"£21.3bn": "2029", "£16.7bn": "2029"},
        id="en-a-year-opening-after-a-curly-possessive",
    ),
    pytest.param(
        "A week earlier, as many as 4,200 cyclists rode round Norbury.",
        "en",
        {"4,200": "2031-03-09"},
        id="en-a-week-earlier-opening-the-sentence",
    ),
    pytest.param(
        "Stewards counted 5,600 cyclists in Norbury, twice the turnout of the ride a week earlier.",
        "en",
        {"5,600": "2031-03-16"},
        id="en-the-ride-a-week-earlier-names-another-ride",
    ),
    pytest.param(
        "On Friday, Norbury counted 15 dead, while Tessburg reports 48 missing.",
        "en",
        {"48": "2031-03-16"},
        id="a-clause-set-against-it-is-not-reached",
    ),
    pytest.param(
        "Last year, Norbury Steel earned $5bn, and it expects $7bn.",
        "en",
        {"$5bn": "2030", "$7bn": "2031-03-16"},
        id="a-clause-looking-ahead-is-not-reached",
    ),
    pytest.param(
        "On 14 March, Norbury police counted 12,000 marchers, while the union claimed 40,000.",
        "en",
        {"40,000": "2031-03-14"},
        id="en-while-another-source-counted-then",
    ),
    pytest.param(
        "Le 14 mars dernier, la préfecture de Vandreuil comptait 12 000 manifestants, "
        "tandis que le syndicat en revendiquait 40 000.",
        "fr",
        {"40 000": "2031-03-14"},
        id="fr-tandis-que-imparfait",
    ),
    pytest.param(
        "Lors de la première marche, le 14 mars, la préfecture de Vandreuil avait compté "
        "12 000 manifestants, alors que le syndicat en avait annoncé 40 000.",
        "fr",
        {"12 000": "2031-03-14", "40 000": "2031-03-14"},
        id="fr-an-event-phrase-before-the-date-alors-que-passe-compose",
    ),
    pytest.param(
        "El 14 de marzo, la policía de Tormenar contó 12.000 manifestantes, "
        "mientras que el sindicato calculaba 40.000.",
        "es",
        {"40.000": "2031-03-14"},
        id="es-mientras-que-imperfecto",
    ),
    pytest.param(
        "Em 14 de março, a polícia de Serrinha contou 12 mil manifestantes, "
        "enquanto o sindicato falava em 40 mil.",
        "pt",
        {"40 mil": "2031-03-14"},
        id="pt-enquanto-imperfeito",
    ),
    pytest.param(
        "Am 14. März zählte die Polizei in Kessenau 12.000 Demonstranten, "
        "während die Gewerkschaft 40.000 meldete.",
        "de",
        {"40.000": "2031-03-14"},
        id="de-waehrend-verb-after-the-figure",
    ),
    pytest.param(
        "Il 14 marzo la questura di Valdorso contava 12.000 manifestanti, "
        "mentre il sindacato ne annunciava 40.000.",
        "it",
        {"40.000": "2031-03-14"},
        id="it-mentre-imperfetto",
    ),
    pytest.param(
        "Le 14 mars, la préfecture de Vandreuil comptait 12 000 manifestants, "
        "tandis que le syndicat en revendique 40 000.",
        "fr",
        {"40 000": "2031-03-16"},
        id="fr-tandis-que-present-is-not-reached",
    ),
    pytest.param(
        "On Friday, Norbury counted 15 dead; 48 people are missing.",
        "en",
        {"48": "2031-03-16"},
        id="a-clause-of-its-own-is-not-reached",
    ),
    pytest.param(
        "Am Freitag zählte Kessenau 15 Tote, heute sind es 48.",
        "de",
        {"48": "2031-03-16"},
        id="de-a-figure-said-to-hold-today",
    ),
]


# a day a figure is compared with ("as many as on Friday") dates another day's figure
COMPARED = [
    pytest.param(
        "The march in Norbury drew 40,000 people, as many as on March 2.",
        "en",
        {"40,000": "2031-03-16"},
        id="en-as-many-as-on",
    ),
    pytest.param(
        "À Lorvy, 40.000 marcheurs ont défilé d'après les syndicats, autant que le 2 mars.",
        "fr",
        {"40.000": "2031-03-16"},
        id="fr-autant-que-le",
    ),
    pytest.param(
        "In Kessenau demonstrierten 40.000 Menschen, mehr als am 2. März.",
        "de",
        {"40.000": "2031-03-16"},
        id="de-mehr-als-am",
    ),
    pytest.param(
        "La marcha de Tormenar reunió a 40.000 personas, tantas como el 2 de marzo.",
        "es",
        {"40.000": "2031-03-16"},
        id="es-tantas-como-el",
    ),
    pytest.param(
        "The march in Norbury drew 40,000 people on March 2.",
        "en",
        {"40,000": "2031-03-02"},
        id="en-the-day-of-the-march-dates-it",
    ),
    # "the same number as on": a comparison too
    pytest.param(
        "Quelque 40 000 marcheurs ont défilé à Lorvy, donc le même nombre que le 2 mars.",
        "fr",
        {"40 000": "2031-03-16"},
        id="fr-le-meme-nombre-que-le",
    ),
    pytest.param(
        "Some 40,000 people marched in Norbury, the same number as on March 2.",
        "en",
        {"40,000": "2031-03-16"},
        id="en-the-same-number-as-on",
    ),
    pytest.param(
        "Unas 40.000 personas marcharon en Tormenar, la misma cifra que el 2 de marzo.",
        "es",
        {"40.000": "2031-03-16"},
        id="es-la-misma-cifra-que-el",
    ),
    pytest.param(
        "Cerca de 40 mil pessoas marcharam em Serrinha, o mesmo número que em 2 de março.",
        "pt",
        {"40 mil": "2031-03-16"},
        id="pt-o-mesmo-numero-que-em",
    ),
    pytest.param(
        "In Kessenau demonstrierten 40.000 Menschen, dieselbe Zahl wie am 2. März.",
        "de",
        {"40.000": "2031-03-16"},
        id="de-dieselbe-zahl-wie-am",
    ),
    pytest.param(
        "A Valdora hanno sfilato 40.000 persone, lo stesso numero del 2 marzo.",
        "it",
        {"40.000": "2031-03-16"},
        id="it-lo-stesso-numero-del",
    ),
]


@pytest.mark.parametrize(("sentence", "lang", "want"), COMPARED)
def test_a_day_compared_with_dates_no_figure_before_it(sentence, lang, want):
    test_an_opening_date_holds_for_the_sentence(sentence, lang, want)


@pytest.mark.parametrize(("sentence", "lang", "want"), CASES)
def test_an_opening_date_holds_for_the_sentence(sentence, lang, want):
    doc = Document(
        id="d1", path="a.md", text=sentence, keep=[(0, len(sentence))], date=PAGE, lang=lang
    )
    got = {c.text: c.as_of for c in extract_claims(doc) if c.unit not in ("date", "year")}
    for figure, held in want.items():
        assert [a for t, a in got.items() if figure in t] == [held], got


# the sentence after one whose figures all hold in 2029, on a page of 16 March 2031
CARRIED = [
    pytest.param(
        "Norbury sent £22.4bn to the pool in 2029. Less refunds, its real outlay comes to £15.2bn.",
        {"£15.2bn": "2029"},
        id="amounts-go-on-in-the-year-before",
    ),
    pytest.param(
        "Norbury sent £22.4bn to the pool in 2029. Its real outlay is now £15.2bn.",
        {"£15.2bn": "2031-03-16"},
        id="now-stays-on-the-page-s-day",
    ),
    pytest.param(
        "In 2029, floods killed 15 people in Norbury. The toll in Tessburg rose to 48 dead.",
        {"48": "2031-03-16"},
        id="a-running-count-is-not-carried",
    ),
    pytest.param(
        "Norbury sent £22.4bn to the pool in 2029. The refunds lower the cost per household "
        "from £310 to £95.",
        {"£310": "2031-03-16", "£95": "2031-03-16"},
        id="a-move-of-one-subject-is-not-carried",
    ),
]


@pytest.mark.parametrize(("text", "want"), CARRIED)
def test_a_past_year_carries_to_the_next_sentence(tmp_path, text, want):
    from kfactcheck.pipeline import Settings, build_report

    (tmp_path / "a.md").write_text(f"---\ndate: 2031-03-16\n---\nNorbury\n\n{text}\n", "utf-8")
    report = build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))
    got = {c.text: c.as_of for c in report.claims if c.unit not in ("date", "year")}
    for figure, held in want.items():
        assert [a for t, a in got.items() if figure in t] == [held], got


# a date right after an event's noun names the event, not when the count held
EVENT_OF = [
    pytest.param(
        "Ascienden a 212 los fallecidos que dejó en Tormenar el sismo del 3 de noviembre.",
        "es",
        {"212": "2031-03-16"},
        id="es-sismo-del",
    ),
    pytest.param(
        "Los daños de la DANA del pasado 3 de marzo en Tormenar suman 212 millones de euros.",
        "es",
        {"212": "2031-03-16"},
        id="es-dana-del-pasado",
    ),
    pytest.param(
        "Las pérdidas en Tormenar podrían superar los 300 millones de euros por la tormenta, "
        "que comenzó a golpear el jueves.",
        "es",
        {"300": "2031-03-16"},
        id="es-a-day-the-event-began-on",
    ),
    pytest.param(
        "The blaze in Norbury, which broke out on Thursday, has burnt 4,000 hectares.",
        "en",
        {"4,000": "2031-03-16"},
        id="en-broke-out-on",
    ),
    pytest.param(
        "O incêndio que deflagrou na quinta-feira em Serrinha já consumiu 4.000 hectares.",
        "pt",
        {"4.000": "2031-03-16"},
        id="pt-deflagrou-na",
    ),
    pytest.param(
        "Le bilan du séisme du 24 février à Vallon s'élève à 40 morts.",
        "fr",
        {"40": "2031-03-16"},
        id="fr-seisme-du",
    ),
    pytest.param(
        "Die Zahl der Toten der Flut vom 14. Februar in Kessenau stieg auf 40.",
        "de",
        {"40": "2031-03-16"},
        id="de-flut-vom",
    ),
    pytest.param(
        "A quantia agora negociada em Serrinha chega a R$ 12 bilhões, conforme nota "
        "divulgada na última quarta-feira.",
        "pt",
        {"12": "2031-03-16"},
        id="pt-agora-a-figure-of-now-not-of-the-report-s-day",
    ),
    pytest.param(
        "The amount now being haggled over in Norbury is £12bn, a memo leaked on Wednesday says.",
        "en",
        {"£12bn": "2031-03-16"},
        id="en-now",
    ),
    pytest.param(
        "The toll in Norbury rose to 40 on 24 February.",
        "en",
        {"40": "2031-02-24"},
        id="en-a-date-after-the-count-still-dates-it",
    ),
]


@pytest.mark.parametrize(("sentence", "lang", "want"), EVENT_OF)
def test_a_date_naming_the_event_does_not_date_the_count(sentence, lang, want):
    test_an_opening_date_holds_for_the_sentence(sentence, lang, want)


# a page with no date read as a live page: an entry's day goes on to its next sentences
LIVE = [
    pytest.param(
        "",
        "Update 15.12, 3 August 2031: The toll in Norbury is 118, the county office said. "
        "The number of injured taken to clinics is 212.",
        {"118": "2031-08-03", "212": "2031-08-03"},
        id="an-entry-s-day-goes-on",
    ),
    pytest.param(
        "",
        "On 3 August 2031 the toll in Norbury was 118, the county office said. The "
        "toll has since risen to 131.",
        {"131": ""},
        id="since-stops-it",
    ),
    pytest.param(
        "---\ndate: 2031-08-28\n---\n",
        "On 3 August 2031 the toll in Norbury was 118, the county office said. The number "
        "of injured taken to clinics is 212.",
        {"212": "2031-08-28"},
        id="a-dated-page-keeps-its-day",
    ),
]


@pytest.mark.parametrize(("head", "text", "want"), LIVE)
def test_a_day_goes_on_in_a_page_with_no_date(tmp_path, head, text, want):
    from kfactcheck.pipeline import Settings, build_report

    (tmp_path / "a.md").write_text(f"{head}Norbury\n\n{text}\n", "utf-8")
    report = build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))
    got = {c.text: c.as_of for c in report.claims if c.unit not in ("date", "year")}
    for figure, held in want.items():
        assert [a for t, a in got.items() if figure in t] == [held], got


def _compared_days(n: int) -> str:
    return "Police counted " + ", ".join(
        f"{i},000 marchers, fewer than on March {i % 28 + 1}" for i in range(10, 10 + n)
    )


def test_many_compared_days_cost_linear_comparisons(monkeypatch):
    """A sentence of many days compared with ("fewer than on March 2, ...") drops each
    figure's compared days by identity, not by comparing every pair of dates."""
    from kfactcheck.grammar.dates import DateMention

    calls = [0]
    plain = DateMention.__eq__

    def counted(self, other):
        calls[0] += 1
        return plain(self, other)

    monkeypatch.setattr(DateMention, "__eq__", counted)
    seen = []
    for n in (40, 160):
        calls[0] = 0
        text = _compared_days(n)
        doc = Document(id="d", path="p", text=text, keep=[(0, len(text))], lang="en")
        doc.date = date(2024, 5, 10)
        found = extract_claims(doc, "en")
        assert found[0].as_of == "2024-05-10"  # the first figure's day is the page's
        seen.append(calls[0])
    # a few comparisons a figure at most (each pair of dates compared: 20,000 at 40)
    assert seen[0] <= 10 * 40 and seen[1] <= 10 * 160, seen


# a date a figure before it is compared with dates none of the figures before it, but may
# date those after it
COMPARED = [
    pytest.param(
        "Le cortège de Vandreuil a réuni 40 000 personnes selon le syndicat, autant que le "
        "12 mars.",
        "fr",
        {"40 000": "2031-03-16"},
        id="fr-autant-que-le",
    ),
    pytest.param(
        "Some 40,000 people marched in Norbury, as many as on 12 March.",
        "en",
        {"40,000": "2031-03-16"},
        id="en-as-many-as-on",
    ),
    pytest.param(
        "La marcha de Tormenar reunió a 40.000 personas, más que el 12 de marzo.",
        "es",
        {"40.000": "2031-03-16"},
        id="es-mas-que-el",
    ),
    pytest.param(
        "Am Sonntag demonstrierten in Kessenau 40.000 Menschen, mehr als am 12. März.",
        "de",
        {"40.000": "2031-03-16"},
        id="de-mehr-als-am",
    ),
    pytest.param(
        "The Norbury march was smaller than on 12 March, when police counted 30,000 marchers.",
        "en",
        {"30,000": "2031-03-12"},
        id="a-figure-after-the-compared-date-keeps-it",
    ),
]


@pytest.mark.parametrize(("sentence", "lang", "want"), COMPARED)
def test_a_compared_date_does_not_date_the_figure_before_it(sentence, lang, want):
    doc = Document(
        id="d1", path="a.md", text=sentence, keep=[(0, len(sentence))], date=PAGE, lang=lang
    )
    got = {c.text: c.as_of for c in extract_claims(doc) if c.unit not in ("date", "year")}
    for figure, held in want.items():
        assert [a for t, a in got.items() if figure in t] == [held], got


# a count of a past event named by its year keeps that year
PAST_EVENT = [
    pytest.param(
        "It is the deadliest flood in Norbury since the flood of 1957, which killed 120 people.",
        "en",
        {"120": "1957"},
        id="en-the-flood-of-1957-which-killed",
    ),
    pytest.param(
        "Damit ist die Zahl höher als beim Hochwasser von 1957 in Kessenau, wo damals "
        "120 Menschen starben.",
        "de",
        {"120": "1957"},
        id="de-von-1957-wo-damals",
    ),
    pytest.param(
        "Es la mayor cifra desde el sismo de 1957 en Tormenar, que causó 120 muertos.",
        "es",
        {"120": "1957"},
        id="es-de-1957-que-causo",
    ),
]


@pytest.mark.parametrize(("sentence", "lang", "want"), PAST_EVENT)
def test_a_past_event_s_count_keeps_its_year(sentence, lang, want):
    doc = Document(
        id="d1", path="a.md", text=sentence, keep=[(0, len(sentence))], date=PAGE, lang=lang
    )
    got = {c.text: c.as_of for c in extract_claims(doc) if c.unit not in ("date", "year")}
    for figure, held in want.items():
        assert [a for t, a in got.items() if figure in t] == [held], got


# figures given "respectively" for a list of as many days take the day of their place
RESPECTIVELY = [
    pytest.param(
        "À Vandreuil, la foule était moindre qu'aux marches des 11 et 14 mars, quand la "
        "préfecture avait recensé respectivement 800 000 et 900 000 manifestants.",
        "fr",
        {"800 000": "2031-03-11", "900 000": "2031-03-14"},
        id="fr-respectivement",
    ),
    pytest.param(
        "Los días 11 y 14 de marzo la policía de Tormenar contó respectivamente 800.000 "
        "personas y 900.000 personas.",
        "es",
        {"800.000": "2031-03-11", "900.000": "2031-03-14"},
        id="es-respectivamente",
    ),
    pytest.param(
        "Nos dias 11 e 14 de março, a polícia de Serrinha contou respetivamente 800 mil e "
        "900 mil manifestantes.",
        "pt",
        {"800 mil": "2031-03-11", "900 mil": "2031-03-14"},
        id="pt-respetivamente",
    ),
    pytest.param(
        "Police in Norbury counted 800,000 marchers and 900,000 marchers on 11 and 14 March "
        "respectively.",
        "en",
        {"800,000": "2031-03-11", "900,000": "2031-03-14"},
        id="en-respectively-after",
    ),
]


@pytest.mark.parametrize(("sentence", "lang", "want"), RESPECTIVELY)
def test_respective_figures_take_their_days(sentence, lang, want):
    doc = Document(
        id="d1", path="a.md", text=sentence, keep=[(0, len(sentence))], date=PAGE, lang=lang
    )
    got = {c.text: c.as_of for c in extract_claims(doc) if c.unit not in ("date", "year")}
    for figure, held in want.items():
        assert [a for t, a in got.items() if figure in t] == [held], got


# the day of further action a clause after the figures calls for dates none of them (a
# page that shows only its month: the day would otherwise reach them)
CALLED = [
    pytest.param(
        "Some 40,000 people marched in Norbury, and the unions called for new strikes on 20 March.",
        "en",
        {"40,000": "2031-03"},
        id="en-called-for-a-later-day",
    ),
    pytest.param(
        "Quelque 40 000 personnes ont défilé à Vandreuil, selon les syndicats, lesquels ont "
        "appelé à une autre journée de grève le 20 mars.",
        "fr",
        {"40 000": "2031-03"},
        id="fr-appele-a-le",
    ),
    pytest.param(
        "Unas 40.000 personas marcharon en Tormenar, y los sindicatos llamaron a una nueva "
        "huelga el 20 de marzo.",
        "es",
        {"40.000": "2031-03"},
        id="es-llamaron-a",
    ),
]


@pytest.mark.parametrize(("sentence", "lang", "want"), CALLED)
def test_a_day_called_for_does_not_date_the_figures_before_it(tmp_path, sentence, lang, want):
    from kfactcheck.pipeline import Settings, build_report

    (tmp_path / "a.md").write_text(f" date 2031-03 Norbury\n\n{sentence}\n", "utf-8")
    report = build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))
    got = {c.text: c.as_of for c in report.claims if c.unit not in ("date", "year")}
    for figure, held in want.items():
        assert [a for t, a in got.items() if figure in t] == [held], got
