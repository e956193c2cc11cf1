"""Comparison rules read from real reporting: sums that only grow, figures known only to
their month, one day's figures as one finding, a bare figure with a scale word compared as
its own rounding, and figures written to their last digit compared without tolerance.
A figure far below the high of a count that only rises, reported with it or later, is a
part of it; a figure whose noun is borrowed says less about what it counts.
Every sentence and figure here is invented."""

from __future__ import annotations

from datetime import date

import pytest
from findings_kit import claim, kinds, run

from kfactcheck.analyse.kinds import NUMBER, weak
from kfactcheck.model import Document


@pytest.mark.parametrize(
    "family, rows, expected",
    [
        pytest.param(
            "money:pledged",
            [("a", 750e6, "2020-03-02"), ("b", 850e6, "2020-04-06")],
            {"change": [["c1", "c2"]]},
            id="pledges-that-grow-over-a-month-are-a-rise",
        ),
        pytest.param(
            "money:pledged",
            [("a", 1e9, "2020-03-02"), ("b", 850e6, "2020-04-06")],
            {"change": [["c1", "c2"]]},
            id="a-pledged-total-revised-down-a-month-later-is-a-change",
        ),
        pytest.param(
            "money:pledged",
            [("a", 750e6, "2020-03-02"), ("b", 1e9, "2020-03-02")],
            {"discrepancy": [["c1", "c2"]]},
            id="two-pledged-totals-of-one-day-disagree",
        ),
        pytest.param(
            "money:collected",
            [("a", 218e6, "2020-03-02"), ("b", 136e6, "2020-04-06")],
            {"discrepancy": [["c1", "c2"]]},
            id="less-collected-later-contradicts-the-earlier-sum",
        ),
        pytest.param(
            "money:paid:ministry",
            [("a", 3.5e9, "2025-09-01"), ("b", 3.2e9, "2025-09-20")],
            {"discrepancy": [["c1", "c2"]]},
            id="less-paid-out-later-contradicts-the-earlier-sum",
        ),
        pytest.param(
            "money:cost",
            [("a", 750e6, "2020-03-02"), ("b", 850e6, "2020-04-06")],
            {"discrepancy": [["c1", "c2"]]},
            id="a-cost-may-move-either-way-so-a-month-apart-it-is-disputed",
        ),
    ],
)
def test_sums_paid_so_far_only_rise_pledged_totals_are_of_their_day(family, rows, expected):
    found = run([claim(d, v, t, family=family) for d, v, t in rows])
    assert kinds(found) == expected, [f.summary for f in found]


@pytest.mark.parametrize(
    "rows, lower_later",
    [
        pytest.param(
            [("a", 110, "2021-07-18"), ("b", 63, "2021-07")],
            False,
            id="a-month-s-figure-may-come-before-a-day-of-that-month",
        ),
        pytest.param(
            [("a", 110, "2021-07-18"), ("b", 63, "2021-08")],
            True,
            id="a-next-month-s-lower-figure-is-later",
        ),
        pytest.param(
            [("a", 110, "2021-07-18"), ("b", 63, "2021")],
            False,
            id="a-year-s-figure-may-come-before-a-day-of-that-year",
        ),
    ],
)
def test_a_figure_known_only_to_its_month_claims_no_order_it_cannot_know(rows, lower_later):
    found = run([claim(d, v, t) for d, v, t in rows])
    reasons = [f.extra.get("reason") for f in found if f.kind == "discrepancy"]
    assert (reasons == ["lower_later"]) is lower_later, [f.summary for f in found]


def _one_article(text, figures):
    doc = Document(id="a", path="a.txt", text=text, date=date(2022, 3, 9))
    claims = []
    for i, f in enumerate(figures, 1):
        c = claim("a", int(f), "2022-03-09", text=f)
        c.quote, c.start, c.end, c.id = text, text.index(f), text.index(f) + len(f), f"c{i}"
        claims.append(c)
    return run(claims, [doc])


@pytest.mark.parametrize(
    "text, figures, reason, severity",
    [
        pytest.param(
            "The toll in Varnholt climbed from 17 in the morning to 26 by nightfall.",
            ("17", "26"),
            "same_article",
            "low",
            id="one-account-of-the-day-is-of-low-severity",
        ),
        pytest.param(
            "Rescuers count 26 dead, while the regional office confirms 17 victims.",
            ("26", "17"),
            "same_day",
            "medium",
            id="two-sources-in-one-article-are-two-reports",
        ),
    ],
)
def test_one_article_s_figures_of_one_day_disagree(text, figures, reason, severity):
    (disc,) = [f for f in _one_article(text, figures) if f.kind == "discrepancy"]
    assert (disc.extra["reason"], disc.severity) == (reason, severity), disc.summary


def test_the_day_s_other_figures_join_its_finding():
    """'At least 22' fits the 35 and contradicts the 20: it is one of the day's reports."""
    rows = [("a", 22, "at_least"), ("b", 20, "exact"), ("c", 35, "exact")]
    found = run([claim(d, v, "2020-10-05", q) for d, v, q in rows])
    disc = [f.claims for f in found if f.kind == "discrepancy"]
    assert disc == [["c1", "c2", "c3"]], [f.summary for f in found]


def test_floors_of_one_day_do_not_agree_with_each_other():
    rows = [("a", 11.5e6, "more_than"), ("b", 136.3e6, "more_than")]
    found = run([claim(d, v, "2020-03-02", q, family="money:collected") for d, v, q in rows])
    assert not [f for f in found if f.kind == "agreement"], [f.summary for f in found]


def test_a_change_lists_every_report_of_the_levels_it_went_through():
    """Evacuees are compared within a day: 440 and 612 the same day, then about 600."""
    rows = [("a", 440, "2020-05-11", "exact"), ("b", 612, "2020-05-11", "exact")]
    rows.append(("c", 600, "2020-05-12", "approx"))
    found = run([claim(d, v, t, q, family="evacuated") for d, v, t, q in rows])
    (change,) = [f for f in found if f.kind == "change"]
    assert change.claims == ["c1", "c2", "c3"], change.summary


def test_a_pledge_repeated_years_later_is_supported_by_every_report_of_it():
    rows = [("a", 150e6, "2019-04-16"), ("b", 150e6, "2019-05-20"), ("c", 150e6, "2024-11-29")]
    found = run([claim(d, v, t, family="money:pledged:fondation") for d, v, t in rows])
    assert kinds(found) == {"agreement": [["c1", "c2", "c3"]]}, [f.summary for f in found]


@pytest.mark.parametrize(
    "text, value, low, high, compared",
    [
        pytest.param(
            "640 million",
            640e6,
            639.5e6,
            640.5e6,
            (639.5e6, 640.5e6),
            id="bare-figure-own-rounding",
        ),
        pytest.param(
            "about 640 million",
            640e6,
            608e6,
            672e6,
            (635e6, 645e6),
            id="a-hedge-word-reads-as-the-rounding-of-its-last-digit",
        ),
    ],
)
def test_a_bare_figure_with_a_scale_word_is_compared_as_the_range_shown(
    text, value, low, high, compared
):
    c = claim(
        "a", value, "2020-01-01", "approx", family="money:cost", text=text, low=low, high=high
    )
    p = NUMBER.point(c, 0, 1)
    assert (p.lo, p.hi) == compared


def test_a_figure_in_digits_with_a_plural_scale_word_is_no_vague_plural():
    """French writes "plus de 640 millions": a floor at 640 million, not "millions of"."""
    c = claim("a", 640e6, "2020-01-01", "more_than", family="money:cost", text="640 millions")
    assert NUMBER.point(c, 0, 1).lo == 640e6


def _money(text, value, half):
    return claim(
        "a", value, "2020-01-01", "approx", "money:cost", text, low=value - half, high=value + half
    )


@pytest.mark.parametrize(
    "a, b, conflict",
    [
        pytest.param(
            _money("£14.4bn", 14.4e9, 0.05e9),
            _money("£13.9bn", 13.9e9, 0.05e9),
            True,
            id="figures-to-their-last-digit-have-no-tolerance",
        ),
        pytest.param(
            _money("£340m", 340e6, 0.5e6),
            _money("£344m", 344e6, 0.5e6),
            False,
            id="a-figure-ending-in-zero-may-be-rounded",
        ),
        pytest.param(
            _money("£18bn", 18e9, 0.5e9),
            _money("£17.8bn", 17.8e9, 0.05e9),
            False,
            id="a-rounding-that-holds-the-other-figure",
        ),
    ],
)
def test_figures_written_to_their_last_digit(a, b, conflict):
    pa, pb = NUMBER.point(a, 0, 1), NUMBER.point(b, 0, 2)
    assert NUMBER.conflict(pa, pb, 0.03) is conflict


@pytest.mark.parametrize(
    "family, rows, kinds_found",
    [
        pytest.param(
            "money:cost",
            [("a", 28e9, "2021-08-10"), ("b", 2e9, "2021-09-10")],
            [],
            id="a-sum-fourteen-times-another-is-another-quantity",
        ),
        pytest.param(
            "crowd",
            [("a", 2_000_000, "2019-06-16"), ("b", 338_000, "2019-06-16")],
            ["discrepancy"],
            id="police-and-organisers-six-times-apart-dispute-one-crowd",
        ),
        pytest.param(
            "deaths",
            [("a", 3, "2023-02-06"), ("b", 45, "2023-02-07")],
            ["change"],
            id="an-early-toll-fifteen-times-lower-the-day-before-is-a-rise",
        ),
        pytest.param(
            "deaths",
            [("a", 3, "2023-02-06"), ("b", 45, "2023-02-06")],
            [],
            id="a-toll-fifteen-times-lower-the-same-day-is-a-part",
        ),
    ],
)
def test_figures_more_than_ten_times_apart_are_not_one_quantity_disputed(family, rows, kinds_found):
    found = run([claim(d, v, t, family=family) for d, v, t in rows])
    assert [f.kind for f in found] == kinds_found, [f.summary for f in found]


@pytest.mark.parametrize(
    "family, rows, expected",
    [
        pytest.param(
            "deaths",
            [("a", 291, "2022-05-02"), ("b", 11, "2022-05-05")],
            {},
            id="a-later-figure-under-a-fifth-of-the-toll-is-a-town-s-part",
        ),
        pytest.param(
            "deaths",
            [("a", 291, "2022-05-02"), ("b", 184, "2022-05-05")],
            {"discrepancy": [["c1", "c2"]]},
            id="a-later-figure-well-within-a-fifth-still-contradicts",
        ),
        pytest.param(
            "deaths",
            [("a", 61, "2022-05-02"), ("b", 10, "2022-05-03")],
            {},
            id="a-sixth-of-the-toll-the-next-day-is-a-part",
        ),
        pytest.param(
            "injured",
            [("a", 50, "2022-05-02"), ("b", 4, "2022-05-03"), ("c", 57, "2022-05-03")],
            {"change": [["c1", "c3"]]},
            id="a-part-beside-a-rise-is-left-out-of-it",
        ),
        pytest.param(
            "deaths",
            [("a", 12, "2022-05-02"), ("b", 140, "2022-05-04")],
            {"change": [["c1", "c2"]]},
            id="an-earlier-low-toll-that-grew-tenfold-is-a-change",
        ),
        pytest.param(
            "money:collected",
            [("a", 11e6, "2019-04-16"), ("b", 130e6, "2019-04-16"), ("c", 210e6, "2019-05-15")],
            {"change": [["c1", "c2", "c3"]]},
            id="a-change-may-start-from-an-early-tally-of-the-same-day",
        ),
        pytest.param(
            "money:paid:ministry",
            [("a", 6.4e9, "2025-03-01"), ("b", 1.1e9, "2025-04-20")],
            {},
            id="a-sum-paid-under-a-fifth-of-an-earlier-one-is-another-payer-s",
        ),
    ],
)
def test_a_far_lower_figure_of_a_count_that_only_rises_is_a_part(family, rows, expected):
    found = run([claim(d, v, t, family=family) for d, v, t in rows])
    assert kinds(found) == expected, [f.summary for f in found]


@pytest.mark.parametrize(
    "text, figures, discrepancy",
    [
        pytest.param(
            "So far at least 250 died in the quake of magnitude 6 that hit Ostrava at night.",
            ("250", "6"),
            False,
            id="a-figure-under-a-fifth-in-one-article-is-no-report-of-the-toll",
        ),
        pytest.param(
            "The toll in Varnholt climbed from 20 in the morning to 26 by nightfall.",
            ("20", "26"),
            True,
            id="close-figures-in-one-article-still-disagree",
        ),
    ],
)
def test_one_article_s_far_apart_figures_are_a_part_and_its_whole(text, figures, discrepancy):
    found = _one_article(text, figures)
    assert bool([f for f in found if f.kind == "discrepancy"]) is discrepancy, [
        f.summary for f in found
    ]


@pytest.mark.parametrize(
    "text, unit, is_weak",
    [
        pytest.param("23", "people", True, id="digits-alone"),
        pytest.param("almeno 48", "people", True, id="a-hedge-and-digits"),
        pytest.param("seis", "people", True, id="a-number-word-alone"),
        pytest.param("cinco deles", "people", True, id="of-them"),
        pytest.param("eight of them", "people", True, id="of-them-in-english"),
        pytest.param("215 rescued", "people", False, id="its-noun-beside-it"),
        pytest.param("Dez vítimas", "people", False, id="a-number-word-and-its-noun"),
        pytest.param("1.054 millones", "currency", False, id="a-sum-whose-currency-is-implied"),
    ],
)
def test_a_figure_whose_noun_is_borrowed_is_weak(text, unit, is_weak):
    c = claim("a", 1, "2022-05-02", text=text)
    c.unit = unit
    assert weak(c) is is_weak


@pytest.mark.parametrize(
    "texts, discrepancy",
    [
        pytest.param(("23", "215 rescued"), False, id="borrowed-noun-nine-times-lower-is-a-part"),
        pytest.param(("238", "215 rescued"), True, id="borrowed-noun-close-by-still-disagrees"),
        pytest.param(("23", "215"), True, id="both-borrowed-stay-disputed-up-to-ten-times"),
        pytest.param(("23 rescued", "215 rescued"), True, id="both-named-stay-disputed"),
    ],
)
def test_a_figure_whose_noun_is_borrowed_starts_no_dispute_far_from_a_named_one(texts, discrepancy):
    rows = [("a", int(texts[0].split()[0]), texts[0]), ("b", 215, texts[1])]
    found = run([claim(d, v, "2022-05-02", family="rescued", text=t) for d, v, t in rows])
    assert bool([f for f in found if f.kind == "discrepancy"]) is discrepancy, [
        f.summary for f in found
    ]


@pytest.mark.parametrize(
    "family, discrepancy",
    [
        pytest.param("crowd:part", False, id="a-city-s-marchers-have-the-crowd-s-window"),
        pytest.param("crowd", False, id="marchers-a-fortnight-apart-are-two-marches"),
        pytest.param("members", True, id="a-count-with-no-window-of-its-own"),
    ],
)
def test_a_kind_of_a_family_has_the_family_s_window(family, discrepancy):
    rows = [("a", 300_000, "2023-03-07"), ("b", 90_000, "2023-03-21")]
    found = run([claim(d, v, t, family=family) for d, v, t in rows])
    assert bool([f for f in found if f.kind == "discrepancy"]) is discrepancy, [
        f.summary for f in found
    ]


@pytest.mark.parametrize(
    "text, discrepancy",
    [
        pytest.param(
            "Selon le syndicat, 300.000 ont défilé à Lorvan; selon la préfecture, 90.000.",
            True,
            id="selon-brings-in-a-second-source",
        ),
        pytest.param(
            "Laut Polizei waren es 90.000, die Veranstalter sprachen von 300.000.",
            True,
            id="laut-brings-in-a-second-source",
        ),
        pytest.param(
            "Il corteo di Lorvan contava 300.000 persone e quello di Brisa 90.000.",
            False,
            id="two-parts-of-one-account",
        ),
    ],
)
def test_a_second_source_in_one_article_in_other_languages(text, discrepancy):
    figures = ("300.000", "90.000")
    doc = Document(id="a", path="a.txt", text=text, date=date(2023, 3, 7))
    claims = []
    for i, f in enumerate(figures, 1):
        c = claim("a", int(f.replace(".", "")), "2023-03-07", family="crowd", text=f)
        c.quote, c.start, c.end, c.id = text, text.index(f), text.index(f) + len(f), f"c{i}"
        claims.append(c)
    found = run(claims, [doc])
    assert bool([f for f in found if f.kind == "discrepancy"]) is discrepancy, [
        f.summary for f in found
    ]


@pytest.mark.parametrize(
    "rows, discrepancy",
    [
        pytest.param(
            [("a", 73, "73", "in ardania"), ("b", 45, "45", "in belmar")],
            False,
            id="a-list-s-items-for-two-places-are-two-quantities",
        ),
        pytest.param(
            [("a", 73, "73", "in ardania"), ("b", 45, "45", "in ardania")],
            True,
            id="one-place-s-figures-still-disagree",
        ),
        pytest.param(
            [("a", 73, "73", "in ardania"), ("b", 45, "45", "")],
            True,
            id="a-figure-for-no-place-may-be-the-same-one",
        ),
        pytest.param(
            [("a", 73, "73 killed", "in ardania"), ("b", 45, "45 killed", "in belmar")],
            True,
            id="named-figures-are-left-to-the-subjects",
        ),
    ],
)
def test_figures_whose_noun_is_borrowed_for_other_places_do_not_meet(rows, discrepancy):
    claims = []
    for d, v, text, place in rows:
        c = claim(d, v, "2022-05-02", family="countries", text=text)
        c.scope = (place,) if place else ()
        claims.append(c)
    found = run(claims)
    assert bool([f for f in found if f.kind == "discrepancy"]) is discrepancy, [
        f.summary for f in found
    ]


def _month_page(text, figures, as_of="2016-05", doc="a"):
    claims = []
    for f in figures:
        c = claim(doc, int(f), as_of, family="members", text=f)
        c.quote, c.start, c.end = text, text.index(f), text.index(f) + len(f)
        claims.append(c)
    return Document(id=doc, path=f"{doc}.txt", text=text, date=None), claims


@pytest.mark.parametrize(
    "pages, disagree",
    [
        pytest.param(
            [("a", "Leaflets say 350 joined, but the register shows 250.", ("350", "250"))],
            [["c1", "c2"]],
            id="one-month-page-s-two-figures-disagree-beside-a-day-of-that-month",
        ),
        pytest.param(
            [
                ("a", "Leaflets say 350 joined.", ("350",)),
                ("b", "The register shows 250 members.", ("250",)),
            ],
            [],
            id="two-month-pages-may-be-weeks-apart",
        ),
    ],
)
def test_a_month_page_s_figures_are_compared_among_themselves(pages, disagree):
    docs, claims = [], []
    for doc, text, figures in pages:
        d, cs = _month_page(text, figures, doc=doc)
        docs.append(d)
        claims += cs
    day = claim("z", 350, "2016-05-23", family="members")
    docs.append(Document(id="z", path="z.txt", text=day.quote, date=None))
    for i, c in enumerate([*claims, day], 1):
        c.id = f"c{i}"
    found = run([*claims, day], docs)
    assert [f.claims for f in found if f.kind == "discrepancy"] == disagree, [
        f.summary for f in found
    ]
