"""How long a finding's figures lie apart when one is known only to its month or year: the
least and the most its days allow, never a day count read off the month's last day."""

from __future__ import annotations

import pytest

from kfactcheck.export.wording import apart_in, between


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        pytest.param("2031-10", "2031-11-10", "over 10-40 days", id="a-month-then-a-day-after-it"),
        pytest.param("2031-08-14", "2031-08", "within 17 days", id="a-day-then-its-own-month"),
        pytest.param("2029-08-17", "2031-07", "over 22-23 months", id="months-apart"),
        pytest.param("2029", "2031-03", "over 14 months to 2.2 years", id="a-year-then-a-month"),
        pytest.param("2031-03-01", "2031-03-09", None, id="two-days-keep-their-count"),
    ],
)
def test_a_change_from_or_to_a_month_spans_what_its_days_allow(old, new, words):
    assert between(old, new) == words


@pytest.mark.parametrize(
    ("a", "b", "words"),
    [
        pytest.param("2031-07", "2031-07", "in the same month", id="one-page-of-its-month"),
        pytest.param("2031", "2031", "in the same year", id="one-page-of-its-year"),
        pytest.param("2031-09", "2031-10-01", "within 30 days", id="a-month-and-the-day-after-it"),
        pytest.param("2031-07-21", "2031-07-21", None, id="one-day-is-the-same-day"),
    ],
)
def test_a_discrepancy_with_a_month_says_how_far_apart_at_most(a, b, words):
    assert apart_in(a, b) == words
