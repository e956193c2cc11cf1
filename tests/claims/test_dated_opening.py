"""A date that opens a sentence ("Until Friday night, ...", "In March, ...") holds for each
figure of it, also one past another figure, up to a clause of its own or one set against
it (claims/dated.opening_time). Invented sentences only."""

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
        "Até a noite de sexta-feira, as equipes de Serrinha tinham registrado 15 mortos, "
        "apontando ainda 48 pessoas desaparecidas.",
        "pt",
        {"48": "2031-03-14"},
        id="pt-ate-a-noite-de",
    ),
    pytest.param(
        "In January, Norbury police counted 7,500 marchers and the organisers 30,000.",
        "en",
        {"30,000": "2031-01"},
        id="en-month-opening",
    ),
    pytest.param(
        "This cuts Norbury’s 2029 budget from £18.8bn to £14.4bn.",
        "en",
        {"£18.8bn": "2029", "£14.4bn": "2029"},
        id="en-a-year-opening-after-a-curly-possessive",
    ),
    pytest.param(
        "A week earlier, as many as 9,000 people marched through Norbury.",
        "en",
        {"9,000": "2031-03-09"},
        id="en-a-week-earlier-opening-the-sentence",
    ),
    pytest.param(
        "Police counted 12,000 marchers in Norbury, a third more than at the march a week earlier.",
        "en",
        {"12,000": "2031-03-16"},
        id="en-the-march-a-week-earlier-names-another-march",
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
        "Norbury paid £18.9bn to the fund in 2029. After the rebate the net figure becomes "
        "£13.9bn.",
        {"£13.9bn": "2029"},
        id="amounts-go-on-in-the-year-before",
    ),
    pytest.param(
        "Norbury paid £18.9bn to the fund in 2029. The net figure is now £13.9bn.",
        {"£13.9bn": "2031-03-16"},
        id="now-stays-on-the-page-s-day",
    ),
    pytest.param(
        "In 2029, floods killed 15 people in Norbury. The toll in Tessburg rose to 48 dead.",
        {"48": "2031-03-16"},
        id="a-running-count-is-not-carried",
    ),
    pytest.param(
        "Norbury paid £18.9bn to the fund in 2029. The rebates cut the share per person from "
        "£252 to £89.",
        {"£252": "2031-03-16", "£89": "2031-03-16"},
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
        "Suben a 331 los muertos por el terremoto del 19 de septiembre en Tormenar.",
        "es",
        {"331": "2031-03-16"},
        id="es-terremoto-del",
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
        "O valor agora em discussão em Serrinha é de R$ 37 bilhões, segundo reportagem "
        "publicada na última segunda-feira.",
        "pt",
        {"37": "2031-03-16"},
        id="pt-agora-a-figure-of-now-not-of-the-report-s-day",
    ),
    pytest.param(
        "The sum now under discussion in Norbury is £37bn, a report published on Monday shows.",
        "en",
        {"£37bn": "2031-03-16"},
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
        "Update 17.44, 25 August 2031: The toll in Norbury is 250, the civil protection "
        "said. The number of injured in hospital is 365.",
        {"250": "2031-08-25", "365": "2031-08-25"},
        id="an-entry-s-day-goes-on",
    ),
    pytest.param(
        "",
        "On 25 August 2031 the toll in Norbury was 250, the civil protection said. The "
        "toll has since risen to 300.",
        {"300": ""},
        id="since-stops-it",
    ),
    pytest.param(
        "---\ndate: 2031-08-28\n---\n",
        "On 25 August 2031 the toll in Norbury was 250, the civil protection said. The "
        "number of injured in hospital is 365.",
        {"365": "2031-08-28"},
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
