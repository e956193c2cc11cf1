"""People evacuated or displaced are a running count (data/units.toml [running_counts],
one that can fall): a page that shows only its month and gives the evacuated figure a dated
page first reported, and that held only a few days, is of that report's day, as a death toll
already dated it (analyse/dating.infer_dates). Invented stories and places."""

from __future__ import annotations

import pytest

from kfactcheck.pipeline import Settings, build_report


def _date_of(folder, pages: dict[str, str], name: str) -> str | None:
    for page, text in pages.items():
        (folder / f"{page}.md").write_text(text, encoding="utf-8")
    report = build_report([str(folder)], Settings(use_index=False, use_specs=False))
    doc = next(d for d in report.documents if d.path.endswith(f"{name}.md"))
    return doc.date.isoformat() if doc.date else None


def _dated(day: str, body: str) -> str:
    return f"---\ndate: {day}\n---\n{body}\n"


def _month(body: str) -> str:
    return f"---\nurl: https://example.org/lindau-flood\n---\n date 2031-05 {body}\n"


STORIES = [
    pytest.param(
        {
            "a": _dated(
                "2031-05-18",
                "Alluvione a Lindau. Sono 9 i morti e 6.000 gli sfollati nella valle di Lindau, "
                "secondo la protezione civile di Tessburg.",
            ),
            "b": _dated(
                "2031-05-19",
                "Alluvione a Lindau. Il bilancio sale a 12 morti; più di 11.000 gli sfollati "
                "nella valle di Lindau, secondo la protezione civile di Tessburg.",
            ),
            "c": _dated(
                "2031-05-23",
                "Alluvione a Lindau. Sono 20.000 gli sfollati nella valle di Lindau, secondo "
                "la protezione civile di Tessburg.",
            ),
            "d": _month(
                "Alluvione a Lindau: undicimila gli sfollati nella valle di Lindau, secondo la "
                "protezione civile di Tessburg."
            ),
        },
        "d",
        "2031-05-19",
        id="it-sfollati-first-reported-on-one-day",
    ),
    pytest.param(
        {
            "a": _dated(
                "2031-05-18",
                "Flooding in Lindau. 6,000 people were evacuated in the Lindau valley, "
                "officials in Tessburg said.",
            ),
            "b": _dated(
                "2031-05-19",
                "Flooding in Lindau. 11,000 people have been evacuated in the Lindau valley, "
                "officials in Tessburg said.",
            ),
            "c": _dated(
                "2031-05-23",
                "Flooding in Lindau. 20,000 people have been evacuated in the Lindau valley, "
                "officials in Tessburg said.",
            ),
            "d": _month(
                "Flooding in Lindau. 11,000 people have been evacuated in the Lindau valley, "
                "officials in Tessburg said."
            ),
        },
        "d",
        "2031-05-19",
        id="en-evacuated-first-reported-on-one-day",
    ),
]


@pytest.mark.parametrize(("pages", "name", "want"), STORIES)
def test_an_evacuated_count_dates_a_page_of_its_month(tmp_path, pages, name, want):
    assert _date_of(tmp_path, pages, name) == want
