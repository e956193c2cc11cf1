"""What the comparison decides and how a finding says it: sizes against the old figure,
same-day reports of a rising count, month-dated reports, series of moves, and the numbers
behind the words (`Finding.basis`, the report's details)."""

from __future__ import annotations

import math
from datetime import date

import pytest

from kfactcheck.analyse.compare import find_findings
from kfactcheck.analyse.kinds import DATE, NUMBER, PLAN, YEAR, held, value_kind
from kfactcheck.export.wording import size_words, span, word_findings
from kfactcheck.model import Basis, Claim, Document


def claim(doc, value, as_of, qualifier="exact", family="troops", unit="troops", text=None):
    text = text or str(value)
    return Claim(
        document=doc,
        value=value,
        low=None,
        high=None,
        qualifier=qualifier,
        unit=unit,
        as_of=as_of,
        text=text,
        start=0,
        end=len(text),
        quote=f"{doc} reports {text}.",
        terms=(family,),
        subject="s",
        subject_label="s",
    )


def run(claims):
    for i, c in enumerate(claims, 1):
        c.id = f"c{i}"
    by_doc: dict[str, Document] = {}
    for c in claims:
        by_doc.setdefault(
            c.document,
            Document(
                id=c.document,
                path=f"{c.document}.txt",
                text=c.quote,
                date=date.fromisoformat(c.as_of[:10] if len(c.as_of) == 10 else "2020-01-01"),
            ),
        )
    docs = list(by_doc.values())
    found = find_findings(claims, docs)
    word_findings(found, claims, docs)
    return found


def of(found, kind):
    return [f for f in found if f.kind == kind]


@pytest.mark.parametrize(
    "old, new, words, relative",
    [
        pytest.param(3700, 4500, "rose by 22%", 0.2162, id="3700-to-4500-is-22-percent-of-3700"),
        pytest.param(4500, 3700, "fell by 18%", 0.1778, id="4500-to-3700-is-18-percent-of-4500"),
        pytest.param(50, 150, "rose by 200%", 2.0, id="tripled-is-200-percent"),
    ],
)
def test_a_change_is_sized_against_the_old_figure(old, new, words, relative):
    (change,) = of(run([claim("a", old, "2022-01-10"), claim("b", new, "2023-06-01")]), "change")
    assert words in change.summary
    assert change.extra["relative"] == relative
    assert change.extra["size"] == words.split()[-1]  # the words and the details agree
    assert (change.extra["old"], change.extra["new"]) == ("c1", "c2")


@pytest.mark.parametrize(
    "rows, expected",
    [
        pytest.param(
            [("a", 33, "2021-07-15"), ("b", 43, "2021-07-15")],
            {"discrepancy": [["c1", "c2"]]},  # one day's figures: no change
            id="a-lower-toll-from-another-outlet-the-same-day-is-a-discrepancy",
        ),
        pytest.param(
            [("a", 33, "2021-07-15"), ("a", 43, "2021-07-15")],
            {"discrepancy": [["c1", "c2"]]},  # an update within the day, told by one article
            id="one-article-s-two-figures-of-one-day-are-a-discrepancy",
        ),
        pytest.param(
            [("a", 33, "2021-07-15"), ("a", 43, "2021-07-15"), ("b", 43, "2021-07-15")],
            {"discrepancy": [["c1", "c2", "c3"]], "agreement": [["c2", "c3"]]},
            id="the-day-s-lower-figure-meets-every-report-of-the-higher-one",
        ),
        pytest.param(
            [("a", 100, "2021-07"), ("b", 43, "2021-07-15"), ("c", 93, "2021-07-16")],
            {"change": [["c2", "c3", "c1"]]},
            id="a-month-dated-toll-is-not-older-than-the-month-s-dated-reports",
        ),
    ],
)
def test_a_count_that_only_rises(rows, expected):
    found = run([claim(d, v, t, family="deaths", unit="people") for d, v, t in rows])
    got = {k: [f.claims for f in of(found, k)] for k in ("discrepancy", "change", "agreement")}
    assert {k: v for k, v in got.items() if v} == expected, [f.summary for f in found]


def test_a_same_day_difference_is_at_most_of_medium_severity():
    (disc,) = of(
        run(
            [
                claim("a", 20, "2018-08-14", family="deaths"),
                claim("b", 35, "2018-08-14", family="deaths"),
            ]
        ),
        "discrepancy",
    )
    assert disc.severity == "medium"
    assert disc.extra["reason"] == "same_day"
    assert "two reports of one day" in disc.summary


def test_a_series_of_moves_is_one_change_from_the_first_level_to_the_last():
    rows = [
        ("a", 12, "2017-06-14"),
        ("b", 30, "2017-06-16"),
        ("c", 79, "2017-06-19"),
        ("d", 71, "2017-11-16"),
    ]
    found = run([claim(d, v, t, family="deaths") for d, v, t in rows])
    (change,) = of(found, "change")
    assert change.claims == ["c1", "c2", "c3", "c4"]
    assert change.extra["steps"] == 3 and change.extra["peak"] == "c3"
    assert "highest 79 (19 Jun 2017)" in change.summary
    assert not of(found, "discrepancy")  # the final revision came months later


def test_the_ranges_shown_are_the_ranges_compared():
    """'close to 4,000' allows 3,600-4,000, but is compared as 3,880-4,000: the finding says
    which ranges it compared, so the two figures it calls apart do not overlap."""
    a = claim("a", 4000, "2022-08-17", "close_to")
    b = claim("b", 3700, "2022-09-20", "approx")
    (disc,) = run([a, b])
    lo_a, hi_a = disc.extra["compared"]["c1"]
    lo_b, hi_b = disc.extra["compared"]["c2"]
    assert (lo_a, hi_a) == (3880, 4000) and (lo_b, hi_b) == (3650, 3750)
    assert hi_b < lo_a
    assert disc.extra["relative"] == pytest.approx(0.075, abs=1e-4)


@pytest.mark.parametrize(
    "units, terms, kind",
    [
        pytest.param({"troops"}, ("troops",), NUMBER, id="counts-are-numbers"),
        pytest.param({"date"}, ("deadline",), DATE, id="dates"),
        pytest.param({"year"}, ("year:independence",), YEAR, id="a-past-event-s-year"),
        pytest.param({"year"}, ("plan:opening",), PLAN, id="a-planned-year"),
    ],
)
def test_value_kind(units, terms, kind):
    claims = [claim("a", 1, "2020-01-01", unit=u, family=terms[0]) for u in units]
    assert value_kind(claims) is kind


@pytest.mark.parametrize(
    "kind, qualifier, value, interval",
    [
        pytest.param(NUMBER, "close_to", 4000, (3880, 4000), id="close-to-a-few-percent-below"),
        pytest.param(NUMBER, "approx", 3700, (3650, 3750), id="around-its-rounding"),
        pytest.param(NUMBER, "more_than", 4500, (4500, math.inf), id="more-than-open-above"),
        pytest.param(NUMBER, "up_to", 100, (-math.inf, 100), id="up-to-open-below"),
        pytest.param(DATE, "approx", "2022-09-01", (738399 - 3, 738399 + 3), id="about-a-date"),
        pytest.param(YEAR, "exact", 2008, (2008, 2008), id="a-year"),
    ],
)
def test_a_kind_s_comparison_interval(kind, qualifier, value, interval):
    p = kind.point(claim("a", value, "2022-01-01", qualifier), 0, 1)
    assert (p.lo, p.hi) == pytest.approx(interval)


@pytest.mark.parametrize(
    "iso, expected",
    [
        pytest.param("2021-07-15", date(2021, 7, 15), id="a-day"),
        pytest.param("2021-07", date(2021, 7, 31), id="a-month-at-its-end"),
        pytest.param("2024-02", date(2024, 2, 29), id="a-leap-february"),
        pytest.param("2021", date(2021, 12, 31), id="a-year-at-its-end"),
    ],
)
def test_when_a_figure_is_compared(iso, expected):
    assert held(iso) == expected.toordinal()


@pytest.mark.parametrize(
    "basis, words",
    [
        pytest.param(Basis("number", "c1", size=0.0754), "8%", id="a-relative-size"),
        pytest.param(Basis("date", "c1", size=60.0), "60 days", id="days-between-dates"),
        pytest.param(Basis("plan", "c1", size=1.0), "1 year", id="one-year"),
        pytest.param(Basis("year", "c1", size=2.0), "2 years", id="years"),
    ],
)
def test_size_words(basis, words):
    assert size_words(basis) == words


@pytest.mark.parametrize(
    "days, words",
    [(1, "1 day"), (34, "34 days"), (95, "3 months"), (800, "2.2 years")],
    ids=["one-day", "days", "months", "years"],
)
def test_span(days, words):
    assert span(days) == words


def _said(doc, value, as_of, quote, family="aid"):
    c = claim(doc, value, as_of, family=family, unit="currency")
    figure = quote.index("{v}")
    c.quote = quote.replace("{v}", str(value))
    c.text = str(value)
    c.start, c.end = figure, figure + len(c.text)
    return c


@pytest.mark.parametrize(
    "quote",
    [
        pytest.param("The ministry has raised its aid to {v} euros.", id="en-raised-its-aid-to"),
        pytest.param("The figure was revised down to {v} on Monday.", id="en-revised-down-to"),
        pytest.param("Le montant a été revu à la baisse à {v} euros.", id="fr-revu-a-la-baisse"),
        pytest.param("Die Hilfe wurde auf Antrag angehoben auf {v} Euro.", id="de-angehoben-auf"),
        pytest.param("El Gobierno elevó a {v} millones la ayuda.", id="es-elevo-a"),
        pytest.param("O valor foi revisto para {v} reais.", id="pt-revisto-para"),
        pytest.param("Il governo ha portato a {v} euro lo stanziamento.", id="it-portato-a"),
        pytest.param("The aid has since fallen to more than {v} euros.", id="en-words-between"),
    ],
)
def test_words_that_say_a_figure_moved_make_a_change(quote):
    rows = [_said(d, 400, "2025-03-02", "Officials put the aid at {v} euros.") for d in "abc"]
    rows.append(_said("d", 550, "2025-03-09", quote))
    found = run(rows)
    assert [f.kind for f in found if f.kind != "agreement"] == ["change"], [
        f.summary for f in found
    ]


def test_the_same_figure_without_such_words_is_a_discrepancy():
    rows = [_said(d, 400, "2025-03-02", "Officials put the aid at {v} euros.") for d in "abc"]
    rows.append(_said("d", 550, "2025-03-09", "The opposition puts the aid at {v} euros."))
    assert "discrepancy" in {f.kind for f in run(rows)}


def test_a_toll_revised_down_is_a_new_level_not_a_contradiction():
    rows = [
        _said("a", 79, "2017-06-19", "Police said {v} people died.", family="deaths"),
        _said("b", 71, "2017-06-30", "The toll was revised down to {v} people.", family="deaths"),
    ]
    found = run(rows)
    assert [f.kind for f in found] == ["change"], [f.summary for f in found]
    assert "fell by 10%" in found[0].summary


@pytest.mark.parametrize(
    "rows, expected",
    [
        pytest.param(
            [("a", 10, "2018-08-14"), ("b", 10, "2018-08-14"), ("c", 5, "2018-08-17")],
            ["agreement", "change"],
            id="missing-10-then-5-three-days-on-is-the-toll-moving",
        ),
        pytest.param(
            [("a", 440, "2018-08-15"), ("b", 632, "2018-08-15")],
            ["discrepancy"],
            id="two-outlets-figures-of-one-day-disagree",
        ),
        pytest.param(
            [("a", 3000, "2023-08-03"), ("b", 3000, "2023-08-05")],
            ["agreement"],
            id="one-figure-two-days-running-is-an-agreement",
        ),
    ],
)
def test_a_toll_that_moves_daily(rows, expected):
    found = run([claim(d, v, t, family="missing", unit="people") for d, v, t in rows])
    assert sorted(f.kind for f in found) == expected, [f.summary for f in found]


@pytest.mark.parametrize(
    "rows, agreed",
    [
        pytest.param(
            [("a", 50, "2021-07-16", "more_than"), ("b", 63, "2021-07-16", "exact")],
            [["c1", "c2"]],
            id="more-than-50-and-63-the-same-day-agree",
        ),
        pytest.param(
            [("a", 12, "2021-07-15", "at_least"), ("b", 37, "2021-07-16", "exact")],
            [],
            id="at-least-12-is-not-borne-out-by-the-next-day-s-37",
        ),
    ],
)
def test_a_one_sided_figure_on_a_rising_count_agrees_only_the_same_day(rows, agreed):
    found = run([claim(d, v, t, q, family="deaths", unit="people") for d, v, t, q in rows])
    assert [f.claims for f in of(found, "agreement")] == agreed, [f.summary for f in found]


@pytest.mark.parametrize(
    "a, b, expected",
    [
        pytest.param(
            ("224", 224, "exact"), ("226", 226, "exact"), True, id="two-counts-to-the-unit"
        ),
        pytest.param(("38", 38, "exact"), ("39", 39, "exact"), True, id="one-more-victim"),
        pytest.param(
            ("270", 270, "exact"),
            ("272", 272, "exact"),
            True,
            id="a-whole-figure-under-1000-is-a-count",
        ),
        pytest.param(
            ("4,500", 4500, "exact"),
            ("4,600", 4600, "exact"),
            False,
            id="round-thousands-may-be-rounded",
        ),
        pytest.param(
            ("3,700", 3700, "exact"),
            ("3,750", 3750, "approx"),
            False,
            id="estimates-keep-the-tolerance",
        ),
        pytest.param(
            ("£4 billion or so", 4e9, "approx"),
            ("£4.4 billion", 4.4e9, "exact"),
            False,
            id="or-so-reaches-ten-percent",
        ),
    ],
)
def test_when_two_figures_conflict(a, b, expected):
    pa = NUMBER.point(claim("a", a[1], "2020-01-01", a[2], text=a[0]), 0, 1)
    pb = NUMBER.point(claim("b", b[1], "2020-01-01", b[2], text=b[0]), 0, 2)
    assert NUMBER.conflict(pa, pb, 0.03) is expected


def test_a_figure_with_a_scale_word_is_compared_as_its_rounding():
    c = claim("a", 7_000_000, "2019-06-09", text="seven million")
    c.low, c.high = 6_500_000, 7_500_000
    p = NUMBER.point(c, 0, 1)
    assert (p.lo, p.hi) == (6_500_000, 7_500_000)


def test_a_figure_that_held_for_years_is_supported_by_every_report_of_it():
    rows = [("a", 200, "2019-04-16"), ("b", 200, "2019-05-20"), ("c", 200, "2024-11-29")]
    found = run([claim(d, v, t, family="money:pledge", unit="currency") for d, v, t in rows])
    assert [(f.kind, f.claims) for f in found] == [("agreement", ["c1", "c2", "c3"])]


@pytest.mark.parametrize(
    "families, kinds",
    [
        pytest.param(("deaths", "missing"), [], id="deaths-and-missing-never-meet"),
        pytest.param(("money:cost", "money:funding"), [], id="a-cost-and-a-funding-never-meet"),
        pytest.param(("deaths", "deaths"), ["change"], id="one-counted-thing-is-compared"),
        # two head counts of two days: compared, a change
        pytest.param(("deaths", "gestorben"), ["change"], id="an-unknown-family-is-not-split-off"),
    ],
)
def test_a_finding_never_rests_on_two_counted_things(families, kinds):
    """Subjects are built upstream; should one hold two known counted things, the
    comparison still keeps them apart."""
    rows = [
        claim("a", 40, "2021-07-15", family=families[0]),
        claim("b", 90, "2021-07-20", family=families[1]),
    ]
    assert [f.kind for f in run(rows)] == kinds


def test_crowds_a_week_apart_are_two_marches():
    """A crowd is a property of one march: organisers' 1.03 million on one Sunday and
    'almost 2 million' the next are the turnout moving, while police and organisers the
    same day disagree."""
    rows = [
        ("a", 1_030_000, "2019-06-09", "exact"),
        ("b", 240_000, "2019-06-09", "exact"),
        ("c", 2_000_000, "2019-06-16", "close_to"),
        ("d", 338_000, "2019-06-17", "exact"),
    ]
    found = run([claim(d, v, t, q, family="crowd", unit="people") for d, v, t, q in rows])
    disc = [sorted(f.claims) for f in of(found, "discrepancy")]
    assert disc == [["c1", "c2"], ["c3", "c4"]], [f.summary for f in found]
    assert len(of(found, "change")) == 1


def _in_one_article(text, figures, family="deaths"):
    claims = []
    for f in figures:
        c = claim("a", int(f), "2018-08-14", family=family, unit="people")
        c.quote = text
        c.start = text.index(f)
        c.end = c.start + len(f)
        claims.append(c)
    for i, c in enumerate(claims, 1):
        c.id = f"c{i}"
    doc = Document(id="a", path="a.txt", text=text, date=date(2018, 8, 14))
    found = find_findings(claims, [doc])
    word_findings(found, claims, [doc])
    return found


@pytest.mark.parametrize(
    "text, figures, kinds",
    [
        pytest.param(
            "Firefighters speak of 35 dead, while the prefecture confirms 20 victims.",
            ("35", "20"),
            ["discrepancy"],  # and no change: one day's figures are no move
            id="two-sources-in-one-article",
        ),
        pytest.param(
            "The toll rose from 33 to 43 during the night.",
            ("33", "43"),
            ["discrepancy"],  # one day's two figures (the rise told is dated upstream)
            id="one-account-of-a-rise-the-same-day",
        ),
    ],
)
def test_two_figures_of_a_rising_count_in_one_article(text, figures, kinds):
    found = _in_one_article(text, figures)
    assert [f.kind for f in found] == kinds, [f.summary for f in found]


def test_about_a_figure_agrees_with_a_count_inside_it_on_a_rising_toll():
    rows = [("a", 15, "2018-08-15", "approx"), ("b", 16, "2018-08-15", "exact")]
    found = run([claim(d, v, t, q, family="injured", unit="people") for d, v, t, q in rows])
    assert [(f.kind, f.claims) for f in found] == [("agreement", ["c1", "c2"])]


def test_a_series_that_comes_back_names_its_farthest_level():
    rows = [("a", 30000, "2023-05-06"), ("b", 12000, "2023-09-16"), ("c", 30000, "2024-03-01")]
    (change,) = of(run([claim(d, v, t) for d, v, t in rows]), "change")
    assert "fell by 60%" in change.summary and "back to 30000 (1 Mar 2024)" in change.summary
    assert change.extra["back"] == "c3" and change.extra["steps"] == 2
