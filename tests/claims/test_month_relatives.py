"""A page that shows only its month (a URL's /2031/12/): relative dates that name the same
year or month from any of its days date their figures (claims/monthrel.py)."""

from __future__ import annotations

import pytest

from kfactcheck.pipeline import Settings, build_report

CASES = [
    ("The Corran line was costed at £49bn last year, the board said.", "£49bn", "2030", "en"),
    ("A year ago the board put the Corran line at £52bn.", "£52bn", "2030", "en-a-year-ago"),
    ("Le chantier de Corran coûtait 49 milliards d'euros l'an dernier.", "49", "2030", "fr"),
    ("El año pasado, la obra de Corran costaba 49.000 millones de euros.", "49.000", "2030", "es"),
    ("Im vergangenen Jahr kostete die Strecke 49 Milliarden Euro.", "49", "2030", "de"),
    ("Last month the Corran line was put at £53bn.", "£53bn", "2031-11", "en-last-month"),
    ("Yesterday the Corran line was put at £54bn.", "£54bn", "2031-12", "en-day-unknown"),
    (
        "Prices in Corran are up 15% since the rail board's review a year ago.",
        "15%",
        "2031-12",
        "en-since-starts-a-change",
    ),
]


# the date grammar reads no "last year" in these languages yet, on dated pages either
_NO_RELATIVE_YEAR = {"fr", "es", "de"}


@pytest.mark.parametrize(
    ("sentence", "figure", "as_of"),
    [
        pytest.param(
            *row[:3],
            id=row[3],
            marks=[pytest.mark.xfail(strict=True, reason="no relative year in the date grammar")]
            if row[3] in _NO_RELATIVE_YEAR
            else [],
        )
        for row in CASES
    ],
)
def test_relative_date_of_a_month_only_page(tmp_path, sentence, figure, as_of):
    page = f"---\nurl: https://example.org/2031/12/corran-line\n---\nCorran line\n\n{sentence}\n"
    (tmp_path / "a.md").write_text(page, encoding="utf-8")
    report = build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))
    got = [c.as_of for c in report.claims if figure in c.text and c.unit != "year"]
    assert got == [as_of], {c.text: c.as_of for c in report.claims}
