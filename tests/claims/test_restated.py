"""When a figure held: one that restates the figure before it ("or £281m a week", "That is
£241m a week") holds when that figure held; "in May last year" is May of last year.
Invented text."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document

CASES = [
    pytest.param(
        "Last year the levy raised £14.6bn, or £281m a week, the treasury said.",
        "£281m",
        "2021",
        id="or-in-one-sentence",
    ),
    pytest.param(
        "Varnholm paid £12.4 billion into the fund in 2019. That is £241 million a week.",
        "£241 million",
        "2019",
        id="that-is-opens-the-next-sentence",
    ),
    pytest.param(
        "Varnholm paid £18.9 billion into the fund in 2019. Officials said £2 million was lost.",
        "£2 million",
        "2022-05-04",
        id="another-figure-keeps-the-page-date",
    ),
    pytest.param(
        "Varnholm paid £18.9 billion into the fund in 2019.\n\nMeanwhile it spent £5 billion "
        "on roads. That is £96 million a week.",
        "£96 million",
        "2022-05-04",
        id="restates-the-figure-right-before-only",
    ),
    pytest.param(
        "The new library cost £8.1 million and opened its doors in May last year.",
        "£8.1 million",
        "2021-05",
        id="month-last-year",
    ),
    pytest.param(
        "In March this year the fund paid out £2 million to Varnholm.",
        "£2 million",
        "2022-03",
        id="month-this-year",
    ),
]


@pytest.mark.parametrize(("text", "figure", "as_of"), CASES)
def test_restated_figure_holds_when_the_first_did(text, figure, as_of):
    doc = Document(id="d", path="d.txt", text=text, keep=[(0, len(text))], date=date(2022, 5, 4))
    got = {c.text: c.as_of for c in extract_claims(doc)}
    assert got[figure] == as_of


# a running count right after a year, in a page with no date: that past event's
UNDATED = [
    pytest.param(
        "The storm ranks behind the camp flood in 1996, which claimed 87 lives, and the river "
        "flood of 1957.",
        "87 lives",
        "1996",
        id="year-before-the-count",
    ),
    pytest.param(
        "Floods in Varnholm killed 12 people, police said.", "12 people", "", id="no-year-no-date"
    ),
]


@pytest.mark.parametrize(("text", "figure", "as_of"), UNDATED)
def test_past_event_in_an_undated_page(text, figure, as_of):
    doc = Document(id="d", path="d.txt", text=text, keep=[(0, len(text))])
    got = {c.text: c.as_of for c in extract_claims(doc)}
    assert got[figure] == as_of
