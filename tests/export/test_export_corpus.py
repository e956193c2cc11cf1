"""Every renderer on the real sample corpus (corpus/kosovo) and on our own multi-story corpus
(tests/data/stories: six stories, 31 articles in four formats), through the real pipeline.

Golden files (tests/golden/kosovo.*, stories.*, views_kosovo_*.txt) pin what a user gets today; when
extraction or comparison improves on purpose, review the diff and accept it with
KFC_UPDATE_GOLDEN=1 .venv/bin/pytest tests/export/test_export_corpus.py
The other tests check properties that must hold whatever the pipeline finds.
"""

from __future__ import annotations

import csv
import io
import json
import re
from io import StringIO

import pytest
from conftest import GENERATED, ROOT, Page, assert_golden
from rich.console import Console

from kfactcheck.export import render
from kfactcheck.export.common import ReportIndex, highlight_span
from kfactcheck.model import Report
from kfactcheck.views.findings import render_check, render_timeline

CORPORA = {"kosovo": "corpus/kosovo", "stories": "tests/data/stories"}


def _build(name: str = "kosovo") -> Report:
    from kfactcheck.pipeline import Settings, build_report

    # Paths as a user gives them from the repository root, so reports name corpus/kosovo/...
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        return build_report([CORPORA[name]], Settings(use_index=False, progress=False))


@pytest.fixture(scope="module")
def kosovo() -> Report:
    return _build()


@pytest.fixture(scope="module")
def stories() -> Report:
    return _build("stories")


def _corpus(request, name: str) -> Report:
    return request.getfixturevalue(name)


def _view(view) -> str:
    console = Console(file=StringIO(), width=80, color_system=None, force_terminal=False)
    view(console)
    return "\n".join(line.rstrip() for line in console.file.getvalue().splitlines()) + "\n"


BOTH = pytest.mark.parametrize("name", list(CORPORA))


@BOTH
@pytest.mark.parametrize("fmt", [pytest.param("md", id="markdown"), pytest.param("csv", id="csv")])
def test_golden_exports(request, name, fmt):
    report = _corpus(request, name)
    assert report.findings
    assert_golden(f"{name}.{fmt}", render(report, fmt, generated=GENERATED))


def test_golden_check_view(kosovo):
    out = _view(lambda c: render_check(kosovo, c))
    assert_golden("views_kosovo_check.txt", out)
    assert max(map(len, out.splitlines())) <= 80


def test_golden_timeline_view(kosovo):
    subject = ReportIndex(kosovo).subjects_with_findings()[0].key
    out = _view(lambda c: render_timeline(kosovo, subject, c))
    assert_golden("views_kosovo_timeline.txt", out)
    assert max(map(len, out.splitlines())) <= 80


@pytest.mark.parametrize("rank", range(3))
def test_timeline_chart_rows_never_wrap(kosovo, rank):
    from kfactcheck.views.findings import timeline_chart

    index = ReportIndex(kosovo)
    subjects = index.subjects_with_findings()
    if rank >= len(subjects):
        pytest.skip("fewer subjects with findings")
    chart = timeline_chart(index, subjects[rank], 80).plain.splitlines()
    assert len(chart) == len(subjects[rank].claims) + 2  # one row per claim, axis, labels
    assert max(map(len, chart)) <= 80


@BOTH
def test_json_is_byte_stable_across_runs(request, name):
    first = render(_corpus(request, name), "json", generated=GENERATED)
    assert render(_build(name), "json", generated=GENERATED) == first


@BOTH
def test_json_follows_the_contract(request, name):
    report = _corpus(request, name)
    data = json.loads(render(report, "json", generated=GENERATED))
    assert data["schema"] == 1 and data["documents"] and data["claims"] and data["findings"]
    docs = {d["id"]: d for d in data["documents"]}
    claims = {c["id"]: c for c in data["claims"]}
    for c in data["claims"]:
        assert c["document"] in docs
        assert isinstance(c["value"], int | float | str)
        if isinstance(c["value"], float):
            assert not c["value"].is_integer(), "whole numbers are written as ints"
        assert c["text"] in c["quote"]
    for f in data["findings"]:
        assert f["kind"] in ("discrepancy", "change", "agreement")
        assert f["severity"] in ("high", "medium", "low")
        assert all(cid in claims for cid in f["claims"])
    texts = {d.id: d.text for d in report.documents}
    for c in data["claims"]:
        assert texts[c["document"]][c["start"] : c["end"]] == c["text"]


@BOTH
def test_every_quote_can_highlight_its_figure(request, name):
    assert all(highlight_span(c) is not None for c in _corpus(request, name).claims)


@BOTH
def test_html_structure(request, name):
    report = _corpus(request, name)
    index = ReportIndex(report)
    page = Page(render(report, "html", generated=GENERATED))
    with_findings = [s.key for s in index.subjects_with_findings()]
    assert [a["data-subject"] for a in page.has_class("section", "subject")] == with_findings
    assert len(page.has_class("svg", "timeline")) == len(with_findings)
    assert not page.all("script")


@BOTH
def test_csv_rows_match_findings(request, name):
    report = _corpus(request, name)
    text = render(report, "csv")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    assert len(rows) == sum(len(f.claims) for f in report.findings)


@BOTH
def test_references_follow_the_chart_numbers(request, name):
    """A finding's "Rests on" list reads in the chart's numbering (9, 10, 11), whatever order
    the finding keeps its claims in."""
    text = render(_corpus(request, name), "md", generated=GENERATED)
    lines = [line for line in text.splitlines() if line.strip().startswith("Rests on:")]
    assert lines
    for line in lines:
        numbers = [int(n) for n in re.findall(r"#(\d+) ", line)]
        assert numbers == sorted(numbers), line
