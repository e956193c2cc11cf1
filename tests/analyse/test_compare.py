"""Findings from hand-built claims: discrepancy, change, agreement, rising counts, scale."""

from __future__ import annotations

import math
from datetime import date

import pytest

from kfactcheck.analyse.compare import find_findings
from kfactcheck.analyse.kinds import Point
from kfactcheck.analyse.origins import origins
from kfactcheck.analyse.specs import SubjectSpec
from kfactcheck.export.wording import word_findings
from kfactcheck.model import Claim, Document


def claim(
    doc,
    value,
    as_of,
    qualifier="exact",
    unit="troops",
    subject="s",
    quote=None,
    family="troops",
    low=None,
    high=None,
):
    n = len(str(value))
    return Claim(
        document=doc,
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        unit=unit,
        as_of=as_of,
        text=str(value),
        start=0,
        end=n,
        quote=quote or f"{doc} says {value} on {as_of}.",
        terms=(family,),
        subject=subject,
        subject_label=subject,
    )


def docs_for(claims):
    return [
        Document(
            id=c.document,
            path=f"{c.document}.txt",
            text=c.quote,
            date=date.fromisoformat(c.as_of[:10]),
        )
        for c in claims
    ]


def run(claims, **kw):
    for i, c in enumerate(claims, 1):
        c.id = f"c{i}"
    docs = docs_for(claims)
    found = find_findings(claims, docs, **kw)
    word_findings(found, claims, docs)
    return found


def kinds(findings):
    return sorted(f.kind for f in findings)


CASES = [
    pytest.param(
        [("a", 4000, "2022-08-17", "close_to"), ("b", 3700, "2022-09-20", "approx")],
        ["discrepancy"],
        id="close-to-4000-vs-around-3700-within-window",
    ),
    pytest.param(
        [("a", 3700, "2022-09-20", "approx"), ("b", 4500, "2023-11-20", "more_than")],
        ["change"],
        id="3700-then-more-than-4500-a-year-later-is-change",
    ),
    pytest.param(
        [("a", 3700, "2022-09-20", "exact"), ("b", 3750, "2022-09-25", "approx")],
        ["agreement"],
        id="figures-within-tolerance-agree",
    ),
    pytest.param(
        [("a", 4500, "2022-09-20", "more_than"), ("b", 5000, "2022-09-21", "exact")],
        ["agreement"],
        id="more-than-is-consistent-with-higher-figure",
    ),
    pytest.param(
        [("a", 4500, "2022-09-20", "more_than"), ("b", 4000, "2022-09-21", "exact")],
        ["discrepancy"],
        id="more-than-4500-vs-4000",
    ),
    pytest.param(
        [("a", 100, "2022-09-20", "up_to"), ("b", 80, "2022-09-21", "exact")],
        ["agreement"],
        id="up-to-covers-lower",
    ),
    pytest.param(
        [("a", 3500, "2022-09-20", "range", 3500, 4000), ("b", 3800, "2022-09-21", "exact")],
        ["agreement"],
        id="range-covers-figure",
    ),
    pytest.param([("a", 100, "2022-01-01", "exact")], [], id="single-claim-no-finding"),
]


@pytest.mark.parametrize("rows, expected", CASES)
def test_kinds(rows, expected):
    claims = []
    for row in rows:
        doc, value, as_of, q, *bounds = row
        low, high = [*bounds, None, None][:2]
        claims.append(claim(doc, value, as_of, q, low=low, high=high))
    assert kinds(run(claims)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Police counted 7,500 marchers and organisers 30,000.",
            ["discrepancy"],
            id="second-source-between-the-figures",
        ),
        pytest.param("Yes won 14,712 votes and No 30,000.", [], id="two-parts-of-one-account"),
    ],
)
def test_two_figures_in_one_article(text, expected):
    first, second = (m for m in ("7,500", "14,712", "30,000") if m in text)
    claims = []
    for figure in (first, second):
        c = claim("a", int(figure.replace(",", "")), "2023-05-06", quote=text)
        c.start, c.end = text.index(figure), text.index(figure) + len(figure)
        claims.append(c)
    for i, c in enumerate(claims, 1):
        c.id = f"c{i}"
    doc = Document(id="a", path="a.txt", text=text, date=date(2023, 5, 6))
    assert kinds(find_findings(claims, [doc])) == expected


def test_discrepancy_summary_reads_like_a_sentence():
    a = claim("a", 4000, "2022-08-17", "close_to")
    a.text = "close to 4,000 troops"
    a.speaker = "Jens Stoltenberg"
    b = claim("b", 3700, "2022-09-20", "approx")
    b.text = "around 3,700 NATO peacekeepers"
    (f,) = run([a, b])
    assert f.summary == (
        "close to 4,000 troops (Jens Stoltenberg, 17 Aug 2022) vs around 3,700 NATO "
        "peacekeepers (20 Sep 2022): 8% apart within 34 days"
    )
    assert f.severity == "low"
    assert f.claims == ["c1", "c2"]


def test_syndicated_quote_is_one_origin():
    quote = "We now have a military presence close to 4,000 troops, Stoltenberg said."
    a = claim("a", 4000, "2022-08-17", "close_to", quote=quote)
    b = claim("b", 4000, "2022-08-17", "close_to", quote=quote.replace("We now", "We have now"))
    (f,) = run([a, b])
    assert f.kind == "agreement"
    assert f.severity == "low"
    assert "one origin" in f.summary


def test_a_quote_like_two_origins_joins_the_first():
    """Origins are counted in time order; a quote near two earlier ones (which are not near
    each other) joins the earlier, not the nearer: the count must not depend on scores."""
    base = "the ministry said the convoy of trucks reached the border crossing late on"
    quotes = [f"{base} monday night", f"{base} tuesday evening after dark"]
    quotes.append(f"{base} tuesday night after dark")  # 90 to the first, 97 to the second
    points = [
        Point(claim(doc, 40, "2022-08-17", quote=q), t, 40, 40, 40, doc, t)
        for t, (doc, q) in enumerate(zip("abc", quotes, strict=True), 1)
    ]
    assert origins(points) == {"a": 0, "b": 1, "c": 0}


def test_independent_sources_agree_with_higher_severity():
    a = claim(
        "a",
        2008,
        "2022-08-17",
        unit="year",
        family="year:independence",
        quote="Kosovo gained independence from Serbia in 2008.",
    )
    b = claim(
        "b",
        2008,
        "2022-09-20",
        unit="year",
        family="year:independence",
        quote="Serbia does not recognise Kosovo's independence, won in 2008.",
    )
    c = claim(
        "c",
        2008,
        "2024-12-22",
        unit="year",
        family="year:independence",
        quote="In 2008, Kosovo unilaterally declared independence from Serbia.",
    )
    (f,) = run([a, b, c])
    assert (f.kind, f.severity) == ("agreement", "high")
    assert f.claims == ["c1", "c2", "c3"]


def test_years_do_not_expire_with_the_window():
    a = claim("a", 2008, "2010-01-01", unit="year", family="year:independence")
    b = claim("b", 2009, "2024-01-01", unit="year", family="year:independence")
    assert kinds(run([a, b])) == ["discrepancy"]


def test_deadline_moved_after_it_passed_is_a_change():
    a = claim("a", "2022-09-01", "2022-08-17", unit="date", family="deadline")
    b = claim("b", "2022-09-01", "2022-08-26", unit="date", family="deadline")
    c = claim("c", "2022-10-31", "2022-09-20", unit="date", family="deadline")
    found = run([a, b, c])
    assert kinds(found) == ["agreement", "change"]
    change = next(f for f in found if f.kind == "change")
    assert change.claims == ["c1", "c2", "c3"]
    assert "moved later by 60 days" in change.summary


def test_two_dates_for_one_deadline_the_same_week_is_a_discrepancy():
    a = claim("a", "2023-03-15", "2023-03-01", unit="date", family="deadline")
    b = claim("b", "2023-04-01", "2023-03-03", unit="date", family="deadline")
    assert kinds(run([a, b])) == ["discrepancy"]


def test_rising_death_toll_is_a_change_and_a_lower_later_figure_a_discrepancy():
    rows = [
        ("a", 12, "2023-02-06", "at_least"),
        ("b", 37, "2023-02-07", "exact"),
        ("c", 50, "2023-02-08", "more_than"),
        ("d", 30, "2023-02-09", "exact"),
    ]
    claims = [claim(d, v, t, q, unit="people", family="deaths") for d, v, t, q in rows]
    found = run(claims)
    assert kinds(found) == ["change", "discrepancy"]
    disc = next(f for f in found if f.kind == "discrepancy")
    assert disc.claims == ["c2", "c3", "c4"]  # both earlier highs it contradicts
    change = next(f for f in found if f.kind == "change")
    assert change.extra["direction"] == "up"


def test_a_lower_toll_contradicts_the_highest_at_least_not_only_the_highest_figure():
    """'as many as 1,100' is the highest figure stated but allows anything below it; 'at
    least 1,000' sets the floor that a later '770' falls under."""
    rows = [
        ("a", 1100, "2022-11-17", "up_to"),
        ("b", 1000, "2022-11-18", "at_least"),
        ("c", 770, "2022-11-26", "exact"),
    ]
    claims = [claim(d, v, t, q, unit="people", family="deaths") for d, v, t, q in rows]
    found = run(claims)
    disc = [f for f in found if f.kind == "discrepancy"]
    assert len(disc) == 1 and {"c2", "c3"} <= set(disc[0].claims)


def test_a_lower_toll_is_set_against_the_same_days_higher_reports():
    """Figures of one day are swept in value order; the higher report of the day that the
    lower one contradicts is in the finding too."""
    rows = [
        ("a", 700, "2019-02-09", "approx"),
        ("b", 490, "2019-02-13", "exact"),
        ("c", 690, "2019-02-13", "at_least"),
        ("d", 720, "2019-02-14", "exact"),
    ]
    claims = [claim(d, v, t, q, unit="people", family="deaths") for d, v, t, q in rows]
    disc = [f for f in run(claims) if f.kind == "discrepancy"]
    assert len(disc) == 1 and {"c1", "c2", "c3"} <= set(disc[0].claims)


def test_a_low_toll_is_shown_beside_the_later_reports_of_the_level_it_fell_below():
    """A count that only rises: reports after the odd low figure that repeat the high
    level show the count never came down to it, so they are in the finding."""
    rows = [
        ("a", 1053, "2022-09-02", "exact"),
        ("b", 780, "2022-09-12", "exact"),
        ("c", 1000, "2022-09-14", "more_than"),
    ]
    claims = [claim(d, v, t, q, unit="people", family="deaths") for d, v, t, q in rows]
    disc = [f for f in run(claims) if f.kind == "discrepancy"]
    assert len(disc) == 1 and disc[0].claims == ["c1", "c2", "c3"]


@pytest.mark.parametrize(
    "rows, expected",
    [
        pytest.param(
            [
                ("a", 697, "2021-02-13"),
                ("b", 850, "2021-02-13"),
                ("c", 697, "2021-02-16"),
            ],
            ["c1", "c2", "c3"],
            id="nobody-repeats-the-high-figure-the-lower-level-before-it-is-shown",
        ),
        pytest.param(
            [
                ("a", 697, "2021-02-12"),
                ("b", 850, "2021-02-13"),
                ("d", 850, "2021-02-14"),
                ("c", 697, "2021-02-16"),
            ],
            ["c2", "c3", "c4"],
            id="a-repeated-high-figure-is-a-rise-the-level-before-it-is-not-shown",
        ),
    ],
)
def test_a_high_toll_between_reports_of_a_lower_level(rows, expected):
    claims = [claim(d, v, t, unit="people", family="deaths") for d, v, t in rows]
    disc = [f for f in run(claims) if f.kind == "discrepancy"]
    assert len(disc) == 1 and disc[0].claims == expected


def test_two_odd_highs_with_the_lower_level_between_them_do_not_confirm_each_other():
    """200 and 205 fit each other, but 162 is reported before, between and after them:
    neither is a rise, and the last one's finding shows the 162 reported just before it."""
    rows = [
        ("a", 162, "2024-11-09"),
        ("b", 200, "2024-12-11"),
        ("c", 162, "2024-12-24"),
        ("d", 205, "2024-12-27"),
        ("e", 162, "2025-01-09"),
        ("f", 162, "2025-01-12"),
    ]
    claims = [claim(d, v, t, unit="people", family="deaths") for d, v, t in rows]
    disc = [f for f in run(claims) if f.kind == "discrepancy"]
    assert len(disc) == 2, [f.claims for f in disc]
    first, last = sorted(disc, key=lambda f: "c5" in f.claims)
    assert {"c1", "c2", "c3"} <= set(first.claims), first.claims
    assert {"c3", "c4", "c5"} <= set(last.claims), last.claims


def test_an_odd_figure_is_set_against_the_nearest_reports_across_a_window_edge():
    """Windows start at a subject's first figure, so an odd figure early in one has its
    nearest contradicting reports in the one before; they belong in the finding."""
    rows = [
        ("a", 22050, "2022-07-01"),
        ("b", 22050, "2022-08-26"),  # the last report before the second window opens
        ("c", 28000, "2022-09-08"),  # the odd one, 13 days later, in the next window
        ("d", 22050, "2022-09-20"),
        ("e", 22050, "2022-10-02"),
    ]
    found = run([claim(d, v, t) for d, v, t in rows])
    disc = [f for f in found if f.kind == "discrepancy"]
    assert len(disc) == 1 and {"c2", "c3"} <= set(disc[0].claims), disc


def test_a_rising_count_change_names_every_report_of_the_old_and_new_figures():
    rows = [
        ("a", 37, "2022-03-10"),
        ("b", 37, "2022-03-11"),  # repeats the figure: part of the change's evidence
        ("c", 140, "2022-03-14"),
        ("d", 141, "2022-03-15"),
    ]
    claims = [claim(d, v, t, unit="people", family="deaths") for d, v, t in rows]
    change = [f for f in run(claims) if f.kind == "change"]
    assert len(change) == 1 and change[0].claims == ["c1", "c2", "c3", "c4"]


def _dated(doc, value, as_of, moved=False):
    c = claim(doc, value, as_of, unit="date", family="deadline")
    c.terms = ("deadline", "moved") if moved else ("deadline",)
    return c


@pytest.mark.parametrize(
    "rows, expected",
    [
        pytest.param(
            [
                *[(d, "2025-09-30", "2025-08-04", False) for d in "abcd"],
                ("e", "2025-09-01", "2025-08-05", False),  # one outlet's odd date, same day
                ("f", "2025-09-30", "2025-08-05", True),  # "postponed to Sept. 30"
                ("g", "2025-09-30", "2025-08-05", False),
            ],
            {
                "discrepancy": ["c1", "c2", "c3", "c4", "c5", "c6", "c7"],
                "agreement": ["c1", "c2", "c3", "c4", "c6", "c7"],  # one, not split at "f"
            },
            id="a-postponement-to-the-date-already-reported-stays-in-the-episode",
        ),
        pytest.param(
            [
                *[(d, "2025-09-01", "2025-08-04", False) for d in "abc"],
                ("d", "2025-09-30", "2025-08-06", True),  # "postponed to Sept. 30"
                ("e", "2025-09-30", "2025-08-07", False),
            ],
            {"change": ["c1", "c2", "c3", "c4", "c5"], "agreement": None},
            id="a-postponement-to-a-new-date-is-a-change",
        ),
        pytest.param(
            [
                *[(d, "2025-09-30", "2025-08-04", False) for d in "abcd"],
                ("e", "2025-09-16", "2025-08-05", True),  # one outlet: "held off until Sept. 16"
                ("f", "2025-09-30", "2025-08-05", False),
                ("g", "2025-09-30", "2025-08-06", False),
            ],
            {
                "discrepancy": ["c1", "c2", "c3", "c4", "c5", "c6", "c7"],
                "agreement": ["c1", "c2", "c3", "c4", "c6", "c7"],
            },
            id="a-postponement-the-later-reports-do-not-follow-is-a-discrepancy",
        ),
        pytest.param(
            [
                *[(d, "2025-09-01", "2025-08-04", False) for d in "abc"],
                ("d", "2025-09-30", "2025-08-20", False),  # no word says it moved, but
                ("e", "2025-09-30", "2025-08-21", False),  # every later source takes it up
                ("f", "2025-09-30", "2025-08-22", False),
            ],
            {"change": ["c1", "c2", "c3", "c4", "c5", "c6"], "agreement": None},
            id="a-new-date-later-sources-take-up-is-a-change",
        ),
        pytest.param(
            [
                *[(d, "2025-09-01", "2025-08-04", False) for d in "abc"],
                ("d", "2025-09-30", "2025-08-20", False),  # one outlet's odd date
                ("e", "2025-09-01", "2025-08-21", False),
                ("f", "2025-09-01", "2025-08-22", False),
            ],
            {
                "discrepancy": ["c1", "c2", "c3", "c4", "c5", "c6"],
                "agreement": ["c1", "c2", "c3", "c5", "c6"],
            },
            id="a-new-date-later-sources-do-not-take-up-is-a-discrepancy",
        ),
        pytest.param(
            [
                *[(d, "2025-09-01", "2025-07-04", False) for d in "ab"],
                ("c", "2025-09-30", "2025-08-20", False),  # a sparse subject: the one
                ("d", "2025-09-30", "2025-08-26", False),  # later source takes it up
            ],
            {"change": ["c1", "c2", "c3", "c4"], "agreement": None},
            id="a-new-date-the-only-later-source-takes-up-is-a-change",
        ),
        pytest.param(
            [
                *[(d, "2025-09-01", "2025-07-04", False) for d in "ab"],
                ("c", "2025-09-30", "2025-08-20", False),  # one echo, and one source
                ("d", "2025-09-30", "2025-08-26", False),  # keeping the old date
                ("e", "2025-09-01", "2025-08-27", False),
            ],
            {"discrepancy": ["c1", "c2", "c3", "c4", "c5"], "agreement": None},
            id="a-new-date-with-one-echo-and-one-dissent-is-a-discrepancy",
        ),
        pytest.param(
            [
                *[(d, "2025-09-30", "2025-06-01", False) for d in "ab"],
                ("c", "2025-09-16", "2025-08-05", False),  # odd, and first after a quiet spell
                ("d", "2025-09-30", "2025-08-05", False),
                ("e", "2025-09-30", "2025-08-06", False),
                ("f", "2025-09-30", "2025-08-07", False),
            ],
            {"discrepancy": ["c3", "c4", "c5", "c6"], "agreement": None},
            id="a-lone-odd-date-is-no-level-the-next-reports-moved-from",
        ),
    ],
)
def test_a_postponed_date(rows, expected):
    found = run([_dated(*r) for r in rows])
    assert sorted({f.kind for f in found}) == sorted(expected), [f.summary for f in found]
    for kind, ids in expected.items():
        if ids is not None:
            assert [f.claims for f in found if f.kind == kind] == [ids]


_QUOTES = [
    "The ministry put the bill at {v} in its spring statement.",
    "Auditors said on Tuesday the project would cost {v}.",
    "A leaked memo gives a figure of {v} for the works.",
    "Contractors now estimate {v}, a spokesman told reporters.",
    "Opposition lawmakers cited {v} in parliament.",
    "The city's own review arrived at {v} after months of delay.",
    "According to the regulator, the total stands at {v}.",
    "Officials confirmed {v} when pressed by journalists.",
    "The finance committee was told the price was {v}.",
    "Independent engineers reckon the work will cost {v}.",
]


@pytest.mark.parametrize(
    "rows, expected",
    [
        pytest.param(
            [
                ("a", 380, "2023-03-14", "exact"),
                ("b", 380, "2023-03-15", "exact"),
                ("c", 370, "2023-03-19", "more_than"),  # said while 380 was the figure
                ("d", 380, "2023-03-26", "exact"),
                *[(d, 570, f"2023-05-0{i}", "exact") for i, d in enumerate("efgh", 2)],
            ],
            ["agreement", "agreement", "change"],
            id="more-than-370-belongs-with-380-reported-that-week-not-570-two-months-on",
        ),
        pytest.param(
            [
                ("a", 230, "2024-01-30", "up_to"),
                ("b", 230, "2024-02-02", "exact"),
                ("c", 240, "2024-02-05", "approx"),  # "about 240" reaches down to 235
            ],
            ["agreement"],
            id="up-to-230-fits-a-group-whose-middle-is-about-240",
        ),
    ],
)
def test_a_one_sided_figure_joins_the_group_reported_at_its_time(rows, expected):
    claims = [
        claim(d, v, t, q, quote=_QUOTES[i].format(v=v)) for i, (d, v, t, q) in enumerate(rows)
    ]
    found = run(claims)
    assert kinds(found) == expected, [f.summary for f in found]
    one_sided = next(c.id for c in claims if c.qualifier != "exact" and c.qualifier != "approx")
    assert sum(one_sided in f.claims for f in found if f.kind == "agreement") == 1


def test_summary_names_figures_that_conflict_when_the_closest_pair_fits():
    """'up to 200,000' joins the police's group yet reaches into the organisers' figures:
    the summary must not read '200,000 vs 195,000: 2% apart'."""
    rows = [
        ("a", 60000, "2019-04-16", "exact"),
        ("b", 60000, "2019-04-16", "exact"),
        ("c", 200000, "2019-04-16", "up_to"),
        ("d", 195000, "2019-04-16", "exact"),
    ]
    disc = [f for f in run([claim(d, v, t, q) for d, v, t, q in rows]) if f.kind == "discrepancy"]
    assert len(disc) == 1 and "69% apart" in disc[0].summary, disc[0].summary


def test_spec_direction_up_applies_to_any_family():
    # estimates ("about 1,000"): head counts written to the unit of two days are a change
    # whatever the direction (test_compare_alarms.py)
    rows = [("a", 1000, "2023-02-06"), ("b", 2000, "2023-02-07")]
    claims = [claim(d, v, t, "approx", family="widgets") for d, v, t in rows]
    spec = SubjectSpec(key="s", label="s", direction="up")
    assert kinds(run(claims, specs=[spec])) == ["change"]
    unspec = [claim(d, v, t, "approx", family="widgets") for d, v, t in rows]
    assert kinds(run(unspec)) == ["discrepancy"]


def test_window_option_turns_a_discrepancy_into_a_change():
    rows = [("a", 4000, "2022-08-17", "close_to"), ("b", 3700, "2022-09-20", "approx")]
    claims = [claim(*r) for r in rows]
    assert kinds(run(claims, window_days=20)) == ["change"]


def test_tolerance_option_accepts_a_wider_gap():
    rows = [("a", 4000, "2022-08-17", "exact"), ("b", 3700, "2022-09-20", "exact")]
    assert kinds(run([claim(*r) for r in rows], tolerance=0.10)) == ["agreement"]


@pytest.mark.parametrize("n", [2_500, 10_000])
def test_one_sided_figures_among_many_groups_stay_n_log_n(n):
    # every bounded figure its own group, every other figure "more than" or "up to"
    qualifiers = ["exact", "more_than", "exact", "up_to"]
    claims = [
        claim(f"d{i % 50}", 1000 + 40 * i, f"2022-08-{1 + i % 28:02d}", qualifiers[i % 4])
        for i in range(n)
    ]
    stats: dict = {}
    run(claims, stats=stats)
    assert stats["comparisons"] <= 4 * n * math.log2(n), stats["comparisons"]


@pytest.mark.parametrize("n", [2_500, 5_000, 10_000, 20_000])
def test_comparisons_grow_n_log_n_not_with_all_pairs(n):
    # alternating figures on one subject, all inside one window: the worst case for pairs
    claims = [
        claim(f"d{i % 50}", 3700 if i % 2 else 4000, f"2022-08-{1 + i % 28:02d}") for i in range(n)
    ]
    stats: dict = {}
    findings = run(claims, stats=stats)
    assert any(f.kind == "discrepancy" for f in findings)
    assert stats["comparisons"] <= 4 * n * math.log2(n), stats["comparisons"]


@pytest.mark.parametrize(
    ("words", "value", "other", "expected"),
    [
        pytest.param("seven million", 7e6, 7.4e6, ["agreement"], id="spelled-scale-is-rounded"),
        pytest.param("sete milhões", 7e6, 7.4e6, ["agreement"], id="spelled-scale-portuguese"),
        pytest.param("7000000", 7e6, 7.4e6, ["discrepancy"], id="digits-to-the-unit-are-exact"),
        pytest.param("zwei Millionen", 2e6, 2.4e6, ["discrepancy"], id="rounding-capped-at-10pc"),
    ],
)
def test_a_round_figure_spelled_with_a_scale_word_carries_its_rounding(
    words, value, other, expected
):
    spelled = claim("a", value, "2022-09-20", unit="people", family="people")
    spelled.text, spelled.low, spelled.high = words, value, value
    shown = claim("b", other, "2022-09-21", "approx", unit="people", family="people")
    shown.text, shown.low, shown.high = "x million", other - 5e4, other + 5e4
    assert kinds(run([spelled, shown])) == expected
