"""Figures known only to their month (or year) in the comparison: one page's figures of the
month it shows are of one time, unless it recalls one of them as an earlier level or its
month is only its story's; no order is claimed that the days do not give. Every figure and
page here is invented."""

from __future__ import annotations

import pytest

from kfactcheck.analyse.compare import find_findings
from kfactcheck.model import Claim, Document


def _claim(doc: str, value: int, as_of: str, earlier: bool = False) -> Claim:
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
        terms=("deaths", "earlier") if earlier else ("deaths",),
        subject="ostrava-vale-deaths",
        subject_label="deaths",
    )


def _found(rows, story_month=""):
    """rows: (document, figure, as_of, recalled as earlier); `story_month`: the month that
    page "p" takes from its story (none shown of its own)."""
    claims = [_claim(*row) for row in rows]
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
            [("p", 58, "2031-06", False), ("p", 70, "2031-06", False)],
            "2031-06",
            set(),
            {("discrepancy", ("c1", "c2"))},
            id="a-month-taken-from-the-story-says-nothing-of-one-time",
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
