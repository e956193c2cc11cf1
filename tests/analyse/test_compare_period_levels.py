"""A figure known only to its month, beside reports of days of that month, is left out of
the sweep's order; when it equals a level a change went through in that month, it is one
more report of that level and the change lists it, without moving anything else of the
change. Every figure and page here is invented."""

from __future__ import annotations

import pytest
from findings_kit import claim, run


@pytest.mark.parametrize(
    ("rows", "family", "listed"),
    [
        pytest.param(
            [("a", 312, "2031-08-25"), ("b", 355, "2031-08-26"), ("p", 355, "2031-08")],
            "rescued",
            True,
            id="a-month-figure-equal-to-the-new-level",
        ),
        pytest.param(
            [("a", 9, "2031-06-17"), ("p", 9, "2031-06"), ("b", 88, "2031-06-19")],
            "injured",
            True,
            id="a-month-figure-equal-to-the-old-level-of-a-rising-count",
        ),
        pytest.param(
            [("a", 312, "2031-08-25"), ("b", 355, "2031-08-26"), ("p", 357, "2031-08")],
            "rescued",
            False,
            id="near-a-level-but-not-equal",
        ),
        pytest.param(
            [
                ("a", 312, "2031-08-25"),
                ("b", 355, "2031-08-26"),
                ("c", 280, "2031-07-20"),
                ("p", 355, "2031-07"),
            ],
            "rescued",
            False,
            id="equal-to-a-level-of-another-month",
        ),
    ],
)
def test_month_figure_joins_the_change_of_its_level(rows, family, listed):
    claims = [claim(doc, value, as_of, family=family) for doc, value, as_of in rows]
    month = next(c for c in claims if c.document == "p")
    found = run(claims)
    (change,) = [f for f in found if f.kind == "change"]
    assert (month.id in change.claims) is listed
    # the levels named and the size come from the dated reports only
    assert month.id not in (change.basis.old, change.basis.new)
