"""When two figures make a discrepancy and when they are one account, a move or earlier
and later reports: figures of one article given to two sources, a crowd's figures of
different days, an odd high figure of a rising count that its own day's reports do not
bear out. Every sentence and figure here is invented."""

from __future__ import annotations

import re
from datetime import date

import pytest
from findings_kit import claim, kinds, run

from kfactcheck.model import Document


def one_article(text, figures, family="crowd", speakers=None):
    """Claims of one article dated 9 March 2022: each figure's sentence is its quote."""
    doc = Document(id="a", path="a.txt", text=text, date=date(2022, 3, 9))
    claims = []
    for i, f in enumerate(figures, 1):
        start = text.index(f)
        s_start = text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0
        s_end = text.find(". ", start + len(f))
        c = claim("a", int(re.sub(r"\D", "", f)), "2022-03-09", family=family, text=f)
        c.quote = text[s_start : s_end if s_end > 0 else len(text)]
        c.sentence_start, c.start, c.end, c.id = s_start, start, start + len(f), f"c{i}"
        c.speaker = speakers[i - 1] if speakers else None
        claims.append(c)
    return run(claims, [doc])


@pytest.mark.parametrize(
    "text, figures, speakers, disputed",
    [
        pytest.param(
            "Die Gewerkschaft sprach von 6.800 Streikenden in Falkenau. "
            "Nach Firmenangaben lag die Zahl bei 3.500.",
            ("6.800", "3.500"),
            None,
            True,
            id="german-source-glued-to-its-word-brings-in-a-second-source",
        ),
        pytest.param(
            "The union spoke of 6,800 strikers at Falkenau. The plant put the walkout at 3,500.",
            ("6,800", "3,500"),
            ("the union", None),
            True,
            id="a-named-speaker-for-one-sentence-only-is-two-accounts",
        ),
        pytest.param(
            "The union spoke of 6,800 strikers at Falkenau. The union later said 3,500.",
            ("6,800", "3,500"),
            ("the union", "the union"),
            False,
            id="one-speaker-for-both-is-one-account",
        ),
        pytest.param(
            "Le syndicat a revendiqué 150.000 manifestants, contre 80.000 pour les autorités.",
            ("150.000", "80.000"),
            None,
            True,
            id="a-source-named-right-after-the-later-figure-is-its-own",
        ),
        pytest.param(
            "Le cortège est passé de 8.000 à 12.000 personnes, ont indiqué les autorités.",
            ("8.000", "12.000"),
            None,
            False,
            id="a-source-named-later-in-the-sentence-gives-both-figures",
        ),
        pytest.param(
            "Entre 8.000 et 15.000 personnes ont défilé, selon la police et les syndicats.",
            ("8.000", "15.000"),
            None,
            True,
            id="a-range-given-to-two-sources-is-their-two-figures",
        ),
        pytest.param(
            "Segundo o ministro, 300 casas arderam na serra, enquanto 170 ficaram na vila.",
            ("300", "170"),
            ("o ministro", "o ministro"),
            False,
            id="pt-a-contrast-between-one-speaker-s-two-figures-is-one-account",
        ),
        pytest.param(
            "According to the mayor, 300 homes burnt in the hills, while 170 stood in the town.",
            ("300", "170"),
            ("the mayor", "the mayor"),
            False,
            id="en-a-contrast-between-one-speaker-s-two-figures-is-one-account",
        ),
        pytest.param(
            "Según la policía, 8.000 marcharon, mientras los sindicatos hablan de 30.000.",
            ("8.000", "30.000"),
            ("la policía", "la policía"),
            True,
            id="es-one-speaker-read-for-both-but-a-source-named-between-them",
        ),
        pytest.param(
            "Police said 9,000 joined the march, while organisers put the crowd at 25,000.",
            ("9,000", "25,000"),
            ("police", "police"),
            True,
            id="en-one-speaker-read-for-both-but-a-source-word-after-the-contrast",
        ),
        pytest.param(
            "Laut Landrat wurden 30 Tote in Autos gefunden, aber die Polizei meldete 17.",
            ("30", "17"),
            ("Landrat", "Landrat"),
            True,
            id="de-one-speaker-read-for-both-but-a-subject-after-the-contrast",
        ),
        pytest.param(
            "Die Polizei zählte 8.000 Teilnehmer, während die Veranstalter 30.000 angaben.",
            ("8.000", "30.000"),
            None,
            True,
            id="de-a-contrast-with-no-speaker-read-brings-in-a-second-source",
        ),
        # a source phrase after the later figure, in its clause, brings in a second source
        pytest.param(
            "According to the mayor, 9,000 marched in Lorvy, while 25,000 according to the"
            " organisers.",
            ("9,000", "25,000"),
            ("the mayor", "the mayor"),
            True,
            id="en-a-source-phrase-after-the-later-figure",
        ),
        pytest.param(
            "Segundo a polícia, 8.000 marcharam, enquanto 30.000 segundo os sindicatos.",
            ("8.000", "30.000"),
            ("a polícia", "a polícia"),
            True,
            id="pt-a-source-phrase-after-the-later-figure",
        ),
        pytest.param(
            "According to police, 9,000 marched in Lorvy, but 25,000, the organisers said.",
            ("9,000", "25,000"),
            ("police", "police"),
            True,
            id="en-a-source-told-after-a-comma-after-the-later-figure",
        ),
        pytest.param(
            "According to the council, 30 died in cars, while 17 died at home, an aide added.",
            ("30", "17"),
            ("the council", "the council"),
            False,
            id="en-one-speaker-s-aide-after-a-comma-brings-no-second-source",
        ),
        pytest.param(
            "According to the council, 30 died in cars, while 17 residents died at home.",
            ("30", "17"),
            ("the council", "the council"),
            False,
            id="en-a-noun-after-the-later-figure-is-what-it-counts",
        ),
        pytest.param(
            "6,800 marched in Falkenau and 3,500 in the old town.",
            ("6,800", "3,500"),
            None,
            False,
            id="one-sentence-with-no-second-source-is-one-account",
        ),
    ],
)
def test_one_article_s_figures_given_to_two_sources_are_disputed(text, figures, speakers, disputed):
    found = one_article(text, figures, speakers=speakers)
    assert bool([f for f in found if f.kind == "discrepancy"]) is disputed, [
        f.summary for f in found
    ]


@pytest.mark.parametrize(
    "rows, lower_later",
    [
        pytest.param(
            [("a", 30, 1), ("b", 30, 1), ("c", 41, 1), ("d", 33, 2)],
            False,
            id="one-outlet-s-high-above-two-that-agree-is-not-the-level-held-to",
        ),
        pytest.param(
            [("a", 300, 1), ("b", 450, 1), ("c", 600, 1), ("d", 550, 2)],
            True,
            id="a-toll-climbing-through-the-day-holds-the-next-day-to-its-high",
        ),
        pytest.param(
            [("a", 30, 1), ("c", 41, 1), ("d", 33, 2)],
            True,
            id="one-outlet-below-is-no-agreed-level",
        ),
        pytest.param(
            [("a", 30, 1), ("b", 30, 1), ("c", 41, 1), ("e", 41, 1), ("d", 33, 2)],
            True,
            id="a-high-two-outlets-give-is-the-level",
        ),
    ],
)
def test_a_later_lower_figure_is_set_against_the_day_s_agreed_level(rows, lower_later):
    found = run([claim(d, v, f"2020-06-0{day}") for d, v, day in rows])
    reasons = [f.extra.get("reason") for f in found if f.kind == "discrepancy"]
    assert ("lower_later" in reasons) is lower_later, [f.summary for f in found]


def articles(texts, figures, family="crowd"):
    """Claims of several articles of 9 March 2022, each figure found in its article's text:
    `figures` lists (article, figure as written; "about" makes it approximate)."""
    docs = [
        Document(id=d, path=f"{d}.txt", text=t, date=date(2022, 3, 9)) for d, t in texts.items()
    ]
    claims, seen = [], {}
    for i, (d, f) in enumerate(figures, 1):
        text = texts[d]
        start = text.index(f, seen.get((d, f), 0))
        seen[(d, f)] = start + len(f)
        hedge = "approx" if f.startswith("about ") else "exact"
        c = claim(d, int(re.sub(r"\D", "", f)), "2022-03-09", hedge, family=family, text=f)
        c.quote, c.start, c.end, c.id = text, start, start + len(f), f"c{i}"
        claims.append(c)
    return run(claims, docs)


_BOTH = "Police counted 7,500 marchers in Falkenau, while the organisers said 30,000."
_BOTH_TOO = "The organisers spoke of 30,000 in Falkenau; police said 7,500."


@pytest.mark.parametrize(
    "texts, figures, expected",
    [
        pytest.param(
            {"a": _BOTH, "b": _BOTH_TOO},
            [("a", "7,500"), ("a", "30,000"), ("b", "30,000"), ("b", "7,500")],
            {
                "discrepancy": [["c1", "c2"], ["c3", "c4"]],
                "agreement": [["c1", "c4"], ["c2", "c3"]],
            },
            id="two-articles-each-reporting-the-dispute-each-have-their-finding",
        ),
        pytest.param(
            {"a": _BOTH, "b": "Police said 7,500 people marched in Falkenau."},
            [("a", "7,500"), ("a", "30,000"), ("b", "7,500")],
            {"discrepancy": [["c1", "c2"]], "agreement": [["c1", "c3"]]},
            id="an-article-repeating-one-side-agrees-with-it",
        ),
        pytest.param(
            {
                "a": _BOTH,
                "b": "The organisers said 30,000 marched in Falkenau.",
                "c": "A count by the university put the march at 9,800.",
            },
            [("a", "7,500"), ("a", "30,000"), ("b", "30,000"), ("c", "9,800")],
            {
                "discrepancy": [["c1", "c2"], ["c1", "c2", "c3", "c4"]],
                "agreement": [["c2", "c3"]],
            },
            id="an-outlet-s-figure-apart-from-both-sides-is-a-dispute-of-its-own",
        ),
        pytest.param(
            {
                "a": "Police counted about 7,000 marchers, while the organisers said 30,000.",
                "b": "The organisers said 30,000 marched in Falkenau.",
                "c": "A count by the university put the march at 7,400.",
            },
            [("a", "about 7,000"), ("a", "30,000"), ("b", "30,000"), ("c", "7,400")],
            {
                "discrepancy": [["c1", "c2", "c3", "c4"]],
                "agreement": [["c1", "c4"], ["c2", "c3"]],
            },
            id="outlets-on-both-sides-giving-one-side-make-one-dispute-of-every-report",
        ),
        pytest.param(
            {"a": "Police said 7,500 marched.", "b": "The organisers said 30,000 marched."},
            [("a", "7,500"), ("b", "30,000")],
            {"discrepancy": [["c1", "c2"]]},
            id="two-outlets-each-giving-one-side-dispute-each-other",
        ),
    ],
)
def test_a_dispute_an_article_reports_in_full_is_that_article_s(texts, figures, expected):
    assert kinds(articles(texts, figures)) == expected


@pytest.mark.parametrize(
    "rows, expected",
    [
        pytest.param(
            [("a", 834, "2020-06-18", "exact"), ("b", 1139, "2020-06-19", "exact")],
            {"change": [["c1", "c2"]]},
            id="head-counts-to-the-unit-of-two-days-are-a-change",
        ),
        pytest.param(
            [
                ("a", 834, "2020-06-18", "exact"),
                ("b", 900, "2020-06-19", "exact"),
                ("c", 1139, "2020-06-19", "exact"),
            ],
            {"change": [["c1", "c2", "c3"]], "discrepancy": [["c2", "c3"]]},
            id="two-counts-of-one-day-still-dispute-each-other",
        ),
        pytest.param(
            [("a", 4000, "2022-08-17", "close_to"), ("b", 3700, "2022-09-20", "approx")],
            {"discrepancy": [["c1", "c2"]]},
            id="estimates-of-a-level-weeks-apart-dispute-it",
        ),
        pytest.param(
            [("a", 834, "2020-06-18", "exact"), ("b", 1000, "2020-06-19", "approx")],
            {"discrepancy": [["c1", "c2"]]},
            id="a-count-against-an-estimate-is-no-pair-of-snapshots",
        ),
    ],
)
def test_a_level_counted_to_the_unit_on_two_days_moved(rows, expected):
    found = run([claim(d, v, t, q, family="staff") for d, v, t, q in rows])
    assert kinds(found) == expected, [f.summary for f in found]


@pytest.mark.parametrize(
    "unit, expected",
    [
        pytest.param("operacionais", "change", id="a-count-of-things-named-by-any-noun"),
        pytest.param("percent", "discrepancy", id="a-share-is-no-head-count"),
        pytest.param("kilómetros", "discrepancy", id="a-measure-is-no-head-count"),
        pytest.param("giorni", "discrepancy", id="a-span-of-time-is-no-head-count"),
    ],
)
def test_only_head_counts_are_counts_of_their_day(unit, expected):
    rows = [("a", 34, "2020-06-18"), ("b", 41, "2020-06-19")]
    claims = [claim(d, v, t, family="staff") for d, v, t in rows]
    for c in claims:
        c.unit = unit
    assert [f.kind for f in run(claims)] == [expected]


@pytest.mark.parametrize(
    "rows, listed",
    [
        pytest.param(
            [("a", 22, "at_least"), ("b", 20, "exact"), ("c", 35, "exact")],
            ["c1", "c2", "c3"],
            id="a-floor-that-sides-with-the-high-joins-the-day-s-finding",
        ),
        pytest.param(
            [("a", 9, "at_least"), ("b", 20, "exact"), ("c", 35, "exact")],
            ["c2", "c3"],
            id="a-floor-below-both-figures-says-nothing-of-the-dispute",
        ),
    ],
)
def test_the_day_s_figures_that_take_a_side_join_its_finding(rows, listed):
    found = run([claim(d, v, "2020-10-05", q) for d, v, q in rows])
    assert [f.claims for f in found if f.kind == "discrepancy"] == [listed]


@pytest.mark.parametrize(
    "family, expected",
    [
        pytest.param(
            "injured:in hospital", "change", id="people-in-hospital-are-a-status-of-the-day"
        ),
        pytest.param(
            "people:in hospital", "change", id="others-in-hospital-are-a-status-of-the-day"
        ),
        pytest.param("crowd", "change", id="a-crowd-a-week-later-is-another-march"),
        pytest.param("troops", "discrepancy", id="a-force-s-strength-estimated-a-week-apart"),
    ],
)
def test_estimates_of_a_quantity_of_the_day_on_two_days_moved(family, expected):
    rows = [("a", 300, "2020-06-18"), ("b", 400, "2020-06-25")]
    found = run([claim(d, v, t, "approx", family=family) for d, v, t in rows])
    assert [f.kind for f in found] == [expected], [f.summary for f in found]


@pytest.mark.parametrize(
    "rows, expected",
    [
        pytest.param(
            [("a", 136, "2017-06"), ("a", 131, "2017-06")],
            [["c1", "c2"]],
            id="one-page-s-two-figures-of-its-month-disagree",
        ),
        pytest.param(
            [("a", 136, "2017-06"), ("b", 131, "2017-06")],
            [],
            id="two-pages-known-only-to-one-month-may-be-days-apart",
        ),
    ],
)
def test_one_page_known_only_to_its_month_speaks_of_one_time(rows, expected):
    found = run([claim(d, v, t, family="injured") for d, v, t in rows])
    assert [f.claims for f in found if f.kind == "discrepancy"] == expected


@pytest.mark.parametrize(
    "text, disputed",
    [
        pytest.param(
            "Plus de 10.000 personnes selon les autorités, plus de 25.000 selon les syndicats.",
            True,
            id="two-sources-floors-are-their-estimates",
        ),
        pytest.param(
            "Plus de 10.000 personnes le matin et plus de 25.000 le soir.",
            False,
            id="one-account-s-floors-may-both-hold",
        ),
    ],
)
def test_floors_one_article_gives_to_two_sources_dispute(text, disputed):
    doc = Document(id="a", path="a.txt", text=text, date=date(2022, 3, 9))
    claims = []
    for i, f in enumerate(("10.000", "25.000"), 1):
        c = claim("a", int(f.replace(".", "")), "2022-03-09", "more_than", family="crowd", text=f)
        c.quote, c.start, c.end, c.id = text, text.index(f), text.index(f) + len(f), f"c{i}"
        claims.append(c)
    found = run(claims, [doc])
    assert bool([f for f in found if f.kind == "discrepancy"]) is disputed, [
        f.summary for f in found
    ]
