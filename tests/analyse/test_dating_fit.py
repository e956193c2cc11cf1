"""A page that shows no day takes the day its shared figures, taken together, fit
(analyse/dating._fit_day): a count unchanged over two days does not pin the first one."""

from __future__ import annotations

import pytest

from kfactcheck.pipeline import Settings, build_report

# An invented flood in Brennvik: Monday 12 May 2031 8 dead and 12 missing; Tuesday 13 May
# 15 dead, still 12 missing; Wednesday 14 May 22 dead and 30 missing.
REPORTS = {
    "a.md": (
        "---\ndate: 2031-05-12\n---\nBrennvik floods\n\nThe floods in Brennvik have killed 8 "
        "people, the Brennvik civil defence said. 12 people are missing.\n"
    ),
    "b.md": (
        "---\ndate: 2031-05-13\n---\nBrennvik floods\n\nThe floods in Brennvik have killed 15 "
        "people, the Brennvik civil defence said. 12 people are missing.\n"
    ),
    "d.md": (
        "---\ndate: 2031-05-14\n---\nBrennvik floods\n\nThe floods in Brennvik have killed 22 "
        "people, the Brennvik civil defence said. 30 people are missing.\n"
    ),
}

FIT = [
    pytest.param(
        "Brennvik floods\n\nThe floods in Brennvik have killed 20 people: the civil defence "
        "counted 15 dead and the fire brigade 5 more. 12 people are missing.\n",
        "2031-05-13",
        id="a-recalled-count-first-reported-tuesday-bounds-the-page-from-below",
    ),
    pytest.param(
        "Brennvik floods\n\nIn Brennvik 12 people are missing after the floods, the "
        "Brennvik civil defence said.\n",
        "2031-05-13",
        id="a-count-unchanged-monday-and-tuesday-takes-the-last-day-it-held",
    ),
    pytest.param(
        "Brennvik floods\n\nThe floods in Brennvik have killed 8 people, the Brennvik civil "
        "defence said. 12 people are missing.\n",
        "2031-05-12",
        id="neighbour-a-count-of-monday-only-keeps-monday",
    ),
    pytest.param(
        "Brennvik floods\n\nThe floods in Brennvik have killed 15 people, the Brennvik civil "
        "defence said. 12 people are missing.\n",
        "2031-05-13",
        id="neighbour-tuesday-s-count-with-the-unchanged-one-stays-tuesday",
    ),
]


@pytest.mark.parametrize(("page", "want"), FIT)
def test_the_day_a_page_s_figures_fit_together(tmp_path, page, want):
    for name, text in REPORTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "c.md").write_text(page, encoding="utf-8")
    report = build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))
    doc = next(d for d in report.documents if d.path.endswith("c.md"))
    assert (doc.date.isoformat() if doc.date else None) == want, doc.warnings
