"""Figures known only to their month (or year) in the comparison: one page's figures of the
month it shows are of one time, unless it recalls one of them as an earlier level (a month
that is only its story's holds the page's own figures at one time, not other pages'); no
order is claimed that the days do not give. Every figure and
page here is invented."""

from __future__ import annotations

import pytest

from kfactcheck.analyse.compare import find_findings
from kfactcheck.model import Claim, Document


def _claim(
    doc: str, value: int, as_of: str, earlier: bool = False, family: str = "deaths"
) -> Claim:
    text = str(value)
    return Claim(
        document=doc,
        value=value,
        low=value,
        high=value,
        qualifier="exact",
        unit="people",
        as_of=as_of,
        text=text,
        start=0,
        end=len(text),
        quote=f"The Ostrava Vale toll stood at {text}.",
        terms=(family, "earlier") if earlier else (family,),
        subject="ostrava-vale-deaths",
        subject_label="deaths",
    )


def _found(rows, story_month="", family="deaths"):
    """rows: (document, figure, as_of, recalled as earlier); `story_month`: the month that
    page "p" takes from its story (none shown of its own)."""
    claims = [_claim(*row, family=family) for row in rows]
    for i, c in enumerate(claims, 1):
        c.id = f"c{i}"
    docs = [
        Document(
            id=d,
            path=f"{d}.md",
            text="",
            story_month=story_month if d == "p" else "",
        )
        for d in sorted({c.document for c in claims})
    ]
    return {(f.kind, tuple(f.claims)) for f in find_findings(claims, docs)}


@pytest.mark.parametrize(
    ("rows", "story_month", "want", "not_want"),
    [
        pytest.param(
            [("p", 58, "2031-06", False), ("p", 70, "2031-06", False)],
            "",
            {("discrepancy", ("c1", "c2"))},
            set(),
            id="a-page-of-the-month-it-shows-speaks-of-one-time",
        ),
        pytest.param(
            # the month says nothing of the page's day, but the page's own figures are of
            # its one time all the same (analyse/undated.py page_discrepancies)
            [("p", 58, "2031-06", False), ("p", 70, "2031-06", False)],
            "2031-06",
            {("discrepancy", ("c1", "c2"))},
            set(),
            id="a-month-taken-from-the-story-still-holds-the-page-s-one-time",
        ),
        pytest.param(
            [("p", 58, "2031-06", True), ("p", 70, "2031-06", False)],
            "",
            set(),
            {("discrepancy", ("c1", "c2"))},
            id="a-level-the-page-recalls-is-not-of-its-time",
        ),
        pytest.param(
            [("p", 58, "2031-06", False), ("q", 70, "2031-06-12", False)],
            "2031-06",
            set(),
            {("discrepancy", ("c2", "c1")), ("discrepancy", ("c1", "c2"))},
            id="a-month-s-lower-figure-beside-a-day-of-it-no-order-no-dispute",
        ),
        pytest.param(
            [("p", 70, "2031-06", False), ("q", 58, "2031-07-02", False)],
            "2031-06",
            {("discrepancy", ("c1", "c2"))},
            set(),
            id="a-next-month-s-lower-figure-comes-after-the-month",
        ),
        pytest.param(
            [("p", 70, "2031-06", False), ("q", 70, "2031-06-12", False)],
            "2031-06",
            {("agreement", ("c2", "c1"))},
            set(),
            id="equal-figures-of-the-month-and-a-day-of-it-agree",
        ),
    ],
)
def test_a_month_level_figure_says_what_its_month_allows(rows, story_month, want, not_want):
    found = _found(rows, story_month)
    assert want <= found, found
    assert not (not_want & found), found


# a figure that may move either way (a head count of the day, a cost): a month's figure is
# left out of the sweep of that month's days, whose order it cannot tell
@pytest.mark.parametrize(
    ("family", "rows", "want"),
    [
        pytest.param(
            "injured",
            [("p", 121, "2031-06", False), ("q", 121, "2031-06-19", False)],
            {("agreement", ("c2", "c1"))},
            id="a-month-s-figure-agrees-with-the-same-figure-of-a-day-in-it",
        ),
        pytest.param(
            "firefighters",
            [
                ("p", 13, "2031-06", False),
                ("q", 13, "2031-06-19", False),
                ("r", 13, "2031-06-20", False),
            ],
            {("agreement", ("c2", "c3", "c1"))},
            id="it-joins-the-agreement-of-the-days-in-its-month",
        ),
        pytest.param(
            "firefighters",
            [("p", 9, "2031-06", False), ("q", 13, "2031-07-02", False)],
            {("change", ("c1", "c2"))},
            id="a-day-after-its-month-comes-after-it-a-change",
        ),
        pytest.param(
            "firefighters",
            [("p", 9, "2031-06", False), ("q", 13, "2031-06-19", False)],
            set(),
            id="a-different-figure-of-its-month-neither-agrees-nor-disputes",
        ),
    ],
)
def test_a_month_s_figure_agrees_with_equal_figures_of_its_month(family, rows, want):
    assert _found(rows, family=family) == want


# a year is read as a month is: placed at its end, claiming no order among its days
@pytest.mark.parametrize(
    ("rows", "want", "not_want"),
    [
        pytest.param(
            [("p", 70, "2031", False), ("q", 58, "2031-01-20", False)],
            set(),
            {("discrepancy", ("c2", "c1")), ("discrepancy", ("c1", "c2"))},
            id="a-year-s-higher-figure-beside-a-day-of-it-no-order-no-dispute",
        ),
        pytest.param(
            [("p", 70, "2031", False), ("q", 58, "2031-12-31", False)],
            set(),
            {("discrepancy", ("c2", "c1")), ("discrepancy", ("c1", "c2"))},
            id="the-year-s-last-day-is-no-later-than-the-year",
        ),
        pytest.param(
            [("p", 70, "2031", False), ("q", 58, "2032-01-05", False)],
            {("discrepancy", ("c1", "c2"))},
            set(),
            id="a-day-of-the-next-year-comes-after-it",
        ),
    ],
)
def test_a_year_level_figure_says_what_its_year_allows(rows, want, not_want):
    found = _found(rows)
    assert want <= found, found
    assert not (not_want & found), found
