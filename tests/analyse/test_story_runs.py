"""A story whose dated pages fall in two runs years apart (the event, and one follow-up page
years on, dated by its byline): an undated page is held in the run the months it names fit,
a named month read as up to a few months before that run (analyse/storytime.py)."""

from __future__ import annotations

from collections import Counter

import pytest

from kfactcheck.analyse.storytime import _run_for
from kfactcheck.pipeline import Settings, build_report

RUNS = [["2031-03"], ["2035-11"]]
WEIGHT = Counter({"2031-03": 3, "2035-11": 1})


@pytest.mark.parametrize(
    ("named", "count", "run"),
    [
        pytest.param({"03"}, WEIGHT, [["2031-03"]], id="month-of-the-first-run"),
        pytest.param({"01"}, WEIGHT, [["2031-03"]], id="month-before-the-main-run"),
        pytest.param({"06"}, WEIGHT, [["2035-11"]], id="month-only-the-follow-up-fits"),
        pytest.param({"11"}, WEIGHT, [["2031-03"]], id="both-fit-the-run-of-more-pages"),
        pytest.param(set(), WEIGHT, [], id="no-month-named-nothing-tells"),
        pytest.param(
            {"11"}, Counter({"2031-03": 1, "2035-11": 1}), RUNS, id="both-fit-equal-weight"
        ),
        pytest.param({"04"}, WEIGHT, [], id="a-month-after-each-run-fits-neither"),
    ],
)
def test_run_for(named, count, run):
    assert _run_for(RUNS, named, count) == run


_HEAD = "---\nurl: https://example.org/{}\n---\n"
_STORY = (
    "Ravensby tunnel: the Ravensby tunnel under the Corran hills will cost {} million pounds, "
    "the Corran rail board said of the Ravensby tunnel works."
)


def test_undated_page_held_in_the_run_its_month_fits(tmp_path):
    for i, day in enumerate(["2031-03-02", "2031-03-04", "2031-03-09"]):
        body = _STORY.format(400 + 10 * i)
        text = f"---\ndate: {day}\n---\n{body}\n"
        (tmp_path / f"d{i}.md").write_text(text, encoding="utf-8")
    late = (
        "Ravensby tunnel costs climb again\n\nTom Hale @tomhale4 November 2035\n\n"
        + _STORY.format(900)
    )
    (tmp_path / "late.md").write_text(_HEAD.format("late") + late + "\n", encoding="utf-8")
    undated = (
        "The Ravensby tunnel under the Corran hills, costed in January at 380 million pounds, "
        "will now cost 420 million pounds, the Corran rail board said of the Ravensby tunnel."
    )
    (tmp_path / "u.md").write_text(_HEAD.format("u") + undated + "\n", encoding="utf-8")
    report = build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))
    docs = {d.path.rsplit("/", 1)[1]: d for d in report.documents}
    assert docs["late.md"].date.isoformat() == "2035-11-04"
    held = {c.value: c.as_of for c in report.claims if c.document == docs["u.md"].id}
    assert held[420_000_000] == "2031-03"
