"""Terminal views (check, conflicts, timeline, subjects, claims) and their JSON twins.

Golden text: each view is rendered to Console(file=StringIO(), width=80, color_system=None,
force_terminal=False) and compared with tests/golden/views_*.txt. Trailing spaces are
dropped from every line first (rich pads wrapped lines; they carry no meaning).
To accept a deliberate change, run:  KFC_UPDATE_GOLDEN=1 .venv/bin/pytest tests/views/test_views.py
"""

from __future__ import annotations

import json
from io import StringIO

import pytest
from conftest import GENERATED, assert_golden, hostile_report, sample_report
from rich.console import Console

from kfactcheck.errors import UsageError
from kfactcheck.views.claims import claims_json, filter_claims, render_claims
from kfactcheck.views.findings import (
    check_json,
    conflicts_json,
    quote_text,
    render_check,
    render_conflicts,
    render_subjects,
    render_timeline,
    subjects_json,
    timeline_chart,
    timeline_json,
)


def _render(view, width: int = 80, **kw) -> str:
    console = Console(file=StringIO(), width=width, color_system=None, force_terminal=False)
    view(console, **kw)
    return "\n".join(line.rstrip() for line in console.file.getvalue().splitlines()) + "\n"


VIEWS = [
    pytest.param("views_check.txt", lambda c: render_check(sample_report(), c), 80, id="check"),
    pytest.param("views_conflicts.txt", lambda c: render_conflicts(sample_report(), c), 80,
                 id="conflicts"),
    pytest.param("views_timeline_deaths.txt",
                 lambda c: render_timeline(sample_report(), "flood-deaths", c), 80,
                 id="timeline-open-ended"),
    pytest.param("views_timeline_schools.txt",
                 lambda c: render_timeline(sample_report(), "school-reopening", c), 80,
                 id="timeline-dates"),
    pytest.param("views_subjects.txt", lambda c: render_subjects(sample_report(), c), 80,
                 id="subjects"),
    pytest.param("views_claims.txt", lambda c: render_claims(sample_report(), c), 80,
                 id="claims-80"),
    pytest.param("views_claims_wide.txt",
                 lambda c: render_claims(sample_report(), c, unit="people"), 140,
                 id="claims-wide-unit"),
    pytest.param("views_check_hostile.txt", lambda c: render_check(hostile_report(), c), 80,
                 id="check-hostile"),
]  # fmt: skip


@pytest.mark.parametrize(("golden", "view", "width"), VIEWS)
def test_golden(golden, view, width):
    assert_golden(golden, _render(view, width))


@pytest.mark.parametrize(("golden", "view", "width"), VIEWS)
def test_fits_the_console(golden, view, width):
    out = _render(view, width)
    assert max(len(line) for line in out.splitlines()) <= width


def test_quotes_highlight_the_figure():
    claim = sample_report().claims[3]
    text = quote_text(claim)
    assert text.plain == claim.quote
    (span,) = text.spans
    assert text.plain[span.start : span.end] == "around 30 people"
    assert "reverse" in str(span.style)


def test_highlight_is_visible_in_colour():
    console = Console(file=StringIO(), width=80, color_system="standard", force_terminal=True)
    render_conflicts(sample_report(), console)
    assert "\x1b[" in console.file.getvalue()


def test_article_text_is_never_markup():
    out = _render(lambda c: render_check(hostile_report(), c))
    assert "[bold]x[/bold]" in out  # shown, not interpreted
    assert ":smile:" in out  # no emoji substitution
    assert "=cmd|' /C calc'!A0" in out


def test_timeline_chart_draws_qualifiers():
    from kfactcheck.export.common import ReportIndex

    index = ReportIndex(sample_report())
    rows = timeline_chart(index, index.subject("flood-deaths"), 80).plain.splitlines()
    fewer, around, more = rows[:3]
    assert "←───○" in fewer  # fewer than 15: open bound, arrow down the scale
    assert "━●━" in around or "━━●" in around  # about 30: an interval
    assert "○───→" in more  # more than 40: open bound, arrow up the scale
    assert fewer.index("○") < around.index("●") < more.index("○")


def test_timeline_unknown_or_ambiguous_subject():
    with pytest.raises(UsageError, match="no subject matches"):
        render_timeline(sample_report(), "weather", Console(file=StringIO()))
    with pytest.raises(UsageError, match="matches several subjects"):
        timeline_json(sample_report(), "harbor city")


def test_check_without_findings():
    report = sample_report()
    report.findings = []
    out = _render(lambda c: render_check(report, c))
    assert "Findings: 0 discrepancies · 0 changes · 0 agreements" in out
    assert "No agreements" in out


def test_conflicts_without_discrepancies():
    report = sample_report()
    report.findings = [f for f in report.findings if f.kind != "discrepancy"]
    assert _render(lambda c: render_conflicts(report, c)) == "No conflicting figures.\n"
    assert conflicts_json(report) == {"subjects": []}


@pytest.mark.parametrize(
    ("kw", "ids"),
    [
        pytest.param({"unit": "DATE"}, ["c5", "c8", "c2"], id="unit-any-case"),
        pytest.param({"doc": "wire-a"}, ["c1", "c2", "c3"], id="doc-part-of-path"),
        pytest.param({"doc": "d4d5e6f"}, ["c4", "c5", "c6"], id="doc-id"),
        pytest.param({"speaker": "ruiz"}, ["c1"], id="speaker-part"),
        pytest.param({"unit": "people", "doc": "herald"}, ["c7", "c9"], id="combined"),
        pytest.param({"speaker": "nobody"}, [], id="none"),
    ],
)
def test_claim_filters(kw, ids):
    assert [c["id"] for c in claims_json(sample_report(), **kw)] == ids
    filtered = filter_claims(sample_report(), **kw)
    assert sorted(c.id for c in filtered.claims) == sorted(ids)
    kept = {c.id for c in filtered.claims}
    assert all(set(f.claims) <= kept for f in filtered.findings)


@pytest.mark.parametrize(
    "kw, message",
    [
        pytest.param(
            {"unit": "furlongs"},
            "No claims match unit 'furlongs'. Units: people (5), date (3), currency (1),\n"
            "  percent (1).\n",
            id="unit-lists-the-units",
        ),
        pytest.param({"doc": "nowhere"}, "No claims match document 'nowhere'.\n", id="document"),
    ],
)
def test_claims_none_match(kw, message):
    """Issue 22.17: an empty answer says what was asked and, for a unit, what there is."""
    assert _render(lambda c: render_claims(sample_report(), c, **kw)) == message


def test_json_twins():
    report = sample_report()
    check = check_json(report, generated=GENERATED)
    assert check["schema"] == 1 and check["generated"] == GENERATED
    assert check["summary"] == {
        "documents": 4,
        "claims": 10,
        "subjects": 5,
        "findings": {"discrepancy": 2, "change": 2, "agreement": 1},
        "errors": 1,
    }
    conflicts = conflicts_json(report)
    assert [s["subject"] for s in conflicts["subjects"]] == ["flood-deaths", "march-crowd"]
    assert [c["id"] for c in conflicts["subjects"][0]["claims"]] == ["c1", "c4"]
    assert conflicts["subjects"][0]["claims"][0]["path"] == "news/wire-a.txt"
    timeline = timeline_json(report, "school-reopening")
    assert [c["value"] for c in timeline["claims"]] == ["2024-04-01", "2024-04-01", "2024-04-15"]
    assert [f["kind"] for f in timeline["findings"]] == ["change", "agreement"]
    subjects = subjects_json(report)
    assert subjects[0] == {
        "subject": "flood-deaths",
        "label": "People killed in the Harbor City floods",
        "unit": "people",
        "claims": 3,
        "documents": 3,
        "findings": {"discrepancy": 1, "change": 1, "agreement": 0},
    }
    for data in (check, conflicts, timeline, subjects, claims_json(report)):
        json.dumps(data, allow_nan=False)  # plain JSON values only


def test_plain_check_goes_through_a_capture_and_a_recording():
    report = sample_report()
    expected = StringIO()
    render_check(report, Console(file=expected, width=80))
    console = Console(file=StringIO(), width=80, record=True)
    with console.capture() as capture:
        render_check(report, console)
    assert capture.get() == expected.getvalue()
    recording = Console(file=StringIO(), width=80, record=True)
    render_check(report, recording)
    assert recording.export_text() == expected.getvalue()
