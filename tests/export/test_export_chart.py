"""The HTML report's timeline chart (export/svg.py) as a reader sees it (issue 22.19): the
time axis fitted to the data, no label cut at the edge, equal marks of one day stacked at
that day, no connector across a gap longer than the window; story names in labels."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from conftest import claim, document

from kfactcheck.analyse.subjects import assign_subjects
from kfactcheck.export.common import ReportIndex
from kfactcheck.export.svg import WIDTH, timeline_svg
from kfactcheck.model import Claim, Finding, Report

CHAR = 6.4  # px per character of a tick label, as the chart estimates it
SUBJECT = ("bay-deaths", "People killed in Varna Bay")
TICK = re.compile(r'<text class="tick" x="([\d.]+)" y="[\d.]+" text-anchor="(\w+)">([^<]+)<')
MARK = re.compile(
    r'<g class="mark[^"]*" data-claim="(c\d+)"(?: transform="translate\(0,(-?[\d.]+)\)")?>'
)
CX = re.compile(r'data-claim="(c\d+)".*?cx="([\d.]+)" cy="([\d.]+)"', re.S)
LINK = re.compile(r'<polyline class="link (\w+)" data-finding="(\w+)" points="([^"]*)"')


def _report(days: list[tuple[str, int]], findings: list[tuple[str, list[int]]]) -> Report:
    """Claims of one subject: (as_of, deaths) each from its own document."""
    docs, claims = [], []
    for i, (day, n) in enumerate(days, 1):
        quote = f"The flood killed {n} people in Varna Bay, officials said."
        doc = document(f"d{i}", f"news/{i}.txt", [quote], published=date.fromisoformat(day))
        docs.append(doc)
        claims.append(claim(doc, f"c{i}", quote, f"{n} people", subject=SUBJECT[0],
                            label=SUBJECT[1], value=n, unit="people"))  # fmt: skip
    found = [
        Finding(f"f{k}", kind, SUBJECT[0], [f"c{i}" for i in ids], "medium", f"{kind} {k}")
        for k, (kind, ids) in enumerate(findings, 1)
    ]
    return Report(docs, claims, found, {"window_days": 60})


def _svg(report: Report) -> str:
    index = ReportIndex(report)
    return timeline_svg(index, index.subject(SUBJECT[0]), "chart")


def _xs(svg: str) -> dict[str, float]:
    return {cid: float(x) for cid, x, _ in CX.findall(svg)}


def test_a_few_days_fill_the_axis():
    svg = _svg(_report([("2024-03-14", 30), ("2024-03-15", 32), ("2024-03-17", 41)], []))
    xs = sorted(_xs(svg).values())
    span = xs[-1] - xs[0]
    assert span > 0.75 * WIDTH * 0.85, "three days take most of the chart's width"


def _cut(x: float, anchor: str, label: str) -> bool:
    """Whether a tick label drawn at x with this anchor runs past the chart's edge."""
    width = len(label) * CHAR
    first = x - {"start": 0, "middle": width / 2, "end": width}[anchor]
    return first < 0 or first + width > WIDTH


@pytest.mark.parametrize(
    "first",
    [pytest.param(d, id=d) for d in ("2024-03-01", "2023-12-29", "2021-06-14")],
)
def test_no_tick_label_is_cut_at_the_edge(first):
    """Every span from a day to about three years: the fitted axis puts some ticks within
    half a label of the right edge (a label centred there would be cut, as "17 Mar 20"
    was), and each is anchored so that it stays whole."""
    start = date.fromisoformat(first)
    cut, near_edge = [], 0
    for span in range(1, 1100, 1 if first == "2024-03-01" else 7):
        last = (start + timedelta(days=span)).isoformat()
        for x, anchor, label in TICK.findall(_svg(_report([(first, 30), (last, 41)], []))):
            near_edge += _cut(float(x), "middle", label)
            if _cut(float(x), anchor, label):
                cut.append((last, label, anchor))
    assert near_edge, "the sweep must reach the edge, or it shows nothing"
    assert not cut


def test_equal_marks_of_one_day_stack_at_that_day():
    report = _report([("2024-03-14", 30), ("2024-03-14", 30), ("2024-03-16", 41)], [])
    svg = _svg(report)
    xs = _xs(svg)
    assert xs["c1"] == xs["c2"] < xs["c3"], "the same day, the same x"
    shifts = {cid: float(dy or 0) for cid, dy in MARK.findall(svg)}
    assert shifts["c1"] == 0 and shifts["c2"] < 0 and shifts["c3"] == 0


def test_no_connector_across_a_gap_longer_than_the_window():
    report = _report(
        [("2022-09-01", 30), ("2022-09-20", 34), ("2024-12-20", 41)],
        [("change", [1, 2, 3]), ("discrepancy", [1, 2])],
    )
    svg = _svg(report)
    xs = _xs(svg)
    links = {(kind, fid): pts for kind, fid, pts in LINK.findall(svg)}
    change = [float(p.split(",")[0]) for p in links[("change", "f1")].split()]
    assert change == [xs["c1"], xs["c2"]], "the two-year step to c3 is not drawn as a line"
    assert ("discrepancy", "f2") in links


def _labelled(stories: dict[str, str]) -> list[Claim]:
    claims = []
    for i, doc_id in enumerate(stories, 1):
        c = Claim(doc_id, 30, 30, 30, "exact", "people", "2024-03-14", "30 people", 0, 9,
                  "30 people died.", terms=("deaths",))  # fmt: skip
        c.id = f"c{i}"
        claims.append(c)
    assign_subjects(claims, [], stories)
    return claims


def test_one_story_needs_no_story_in_its_labels():
    claims = _labelled({"d1": "Varna", "d2": "Varna"})
    assert {c.subject_label for c in claims} == {"deaths"}


def test_several_stories_name_theirs_in_words():
    claims = _labelled({"d1": "Varna", "d2": "Osterby"})
    assert {c.subject_label for c in claims} == {"deaths — Varna story", "deaths — Osterby story"}
    assert all("[" not in c.subject_label for c in claims)
