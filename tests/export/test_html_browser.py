"""The HTML report rendered by a real browser: headless Chromium, no network, no JavaScript.

Each case writes the report to a file, asks Chromium for the DOM it built (--dump-dom)
and for a screenshot (1280x2000), and checks what a reader would see: the summary
counts, one timeline chart per subject with findings, every supporting quote with its
figure highlighted. Set KFC_SCREENSHOT_DIR to keep the screenshots.
Skipped only where Chromium is not installed (Debian: apt-get install chromium).
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from conftest import GENERATED, KOSOVO, STORIES, Page, hostile_report, sample_report

from kfactcheck.export import render
from kfactcheck.export.common import ReportIndex
from kfactcheck.model import Report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None and os.access("/usr/bin/chromium", os.X_OK):
    CHROMIUM = "/usr/bin/chromium"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        CHROMIUM is None,
        reason="Chromium is not installed (apt-get install chromium); "
        "test_export_html.py still checks the HTML without a browser",
    ),
]

CORPUS = KOSOVO
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def _chromium(args: list[str], profile: Path) -> str:
    done = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _in_browser(html: str, tmp_path: Path, name: str) -> tuple[Page, str, Path]:
    page_file = tmp_path / f"{name}.html"
    page_file.write_text(html, encoding="utf-8")
    url = page_file.as_uri()
    dom = _chromium(["--dump-dom", url], tmp_path / "profile-dom")
    png = tmp_path / f"{name}.png"
    _chromium([f"--screenshot={png}", "--window-size=1280,2000", url], tmp_path / "profile-shot")
    keep = os.environ.get("KFC_SCREENSHOT_DIR")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(png, Path(keep) / png.name)
    return Page(dom), dom, png


def _png_size(png: Path) -> tuple[int, int]:
    head = png.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", head[16:24])


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _check_rendered(report: Report, page: Page, dom: str, png: Path) -> None:
    index = ReportIndex(report)
    assert _png_size(png) == (1280, 2000)
    assert png.stat().st_size > 20_000  # a page was drawn, not a blank screen
    # The summary counts, as the browser built them.
    for kind, n in [
        ("documents", len(report.documents)),
        ("claims", len(report.claims)),
        *[(k, index.counts.get(k, 0)) for k in ("discrepancy", "change", "agreement")],
    ]:
        assert re.search(rf'<span class="count" data-kind="{kind}">{n}</span>', dom), kind
    # One chart per subject with findings, each in its subject's section.
    with_findings = index.subjects_with_findings()
    sections = [a["data-subject"] for a in page.has_class("section", "subject")]
    assert sections == [s.key for s in with_findings]
    assert len(page.has_class("svg", "timeline")) == len(with_findings)
    # Every supporting quote is on the page with its figure highlighted.
    visible = _squash(page.visible)
    shown = [c for s in with_findings for c in s.claims]
    for claim in shown:
        assert _squash(claim.quote) in visible, claim.id
    assert sorted(_squash(m) for m in page.marks) == sorted(_squash(c.text) for c in shown)
    assert not page.all("script")


def test_sample_corpus_in_chromium(tmp_path):
    from kfactcheck.pipeline import Settings, build_report

    report = build_report([str(CORPUS)], Settings(use_index=False, progress=False))
    assert report.findings, "the sample corpus should produce findings"
    page, dom, png = _in_browser(render(report, "html", generated=GENERATED), tmp_path, "kosovo")
    _check_rendered(report, page, dom, png)


def test_own_stories_in_chromium(tmp_path):
    """Our multi-story corpus (six stories, four input formats): many subjects, busy charts."""
    from kfactcheck.pipeline import Settings, build_report

    report = build_report([str(STORIES)], Settings(use_index=False, progress=False))
    assert len({f.subject for f in report.findings}) > 10
    html = render(report, "html", generated=GENERATED)
    page, dom, png = _in_browser(html, tmp_path, "stories")
    _check_rendered(report, page, dom, png)


def test_fixture_report_in_chromium(tmp_path):
    report = sample_report()
    page, dom, png = _in_browser(render(report, "html", generated=GENERATED), tmp_path, "sample")
    _check_rendered(report, page, dom, png)
    # A deadline that moved: the date axis of the date-valued subject is in the DOM.
    assert "15 Apr 2024" in dom and "1 Apr 2024" in dom


def test_hostile_text_stays_text_in_chromium(tmp_path):
    report = hostile_report()
    page, _, _ = _in_browser(render(report, "html", generated=GENERATED), tmp_path, "hostile")
    assert not page.all("script") and not page.all("img")
    assert all(not k.startswith("on") for _, a in page.elements for k in a)
    assert "alert('quote')" in page.visible


_CHART = re.compile(r'<svg class="timeline".*?</svg>', re.S)
_MARK = re.compile(
    r'<g class="mark ?([^"]*)" data-claim="[^"]*"[^>]*><title>(\d+)\. (.*?) — .*?, '
    r'(\d{1,2} \w{3} \d{4})[ ,].*?cx="([\d.]+)"',
    re.S,
)
_LINK = re.compile(r'<polyline class="link (\w+)"[^>]*points="([^"]*)"><title>(.*?)</title>', re.S)


def _chart(dom: str, words: str) -> tuple[list[tuple[str, int, str, str, float]], list]:
    """The marks (kind, number, figure, date, x) and links (kind, points, summary) of the one
    chart whose marks mention `words`."""
    found = [svg for svg in _CHART.findall(dom) if words in svg]
    assert len(found) == 1, f"{len(found)} charts mention {words!r}"
    marks = [(k, int(n), text, day, float(x)) for k, n, text, day, x in _MARK.findall(found[0])]
    links = [
        (k, [float(p.split(",")[0]) for p in pts.split()], s)
        for k, pts, s in _LINK.findall(found[0])
    ]
    return sorted(marks, key=lambda m: m[1]), links


def test_sample_report_shows_the_kfor_figures_and_the_moved_deadline(tmp_path):
    """What issue 6 asks a reader to see: 4,000 / 3,700 / 4,500 on one chart in date order,
    the discrepancy marked, the rise visible; the plate deadline moving to 31 October."""
    from kfactcheck.pipeline import Settings, build_report

    report = build_report([str(CORPUS)], Settings(use_index=False, progress=False))
    _, dom, _ = _in_browser(render(report, "html", generated=GENERATED), tmp_path, "kfor")

    marks, links = _chart(dom, "NATO peacekeepers")
    figures = [m[2] for m in marks]
    shown = [re.search(r"\d[\d,]*", f).group() for f in figures]
    assert shown == ["4,000", "4,000", "3,700", "4,500"], figures
    xs = [m[4] for m in marks]
    assert xs == sorted(xs) and xs[0] < xs[-1], "marks in date order, left to right"
    assert [m[3] for m in marks] == ["17 Aug 2022", "17 Aug 2022", "20 Sep 2022", "22 Dec 2024"]
    assert {m[0] for m in marks[:3]} == {"discrepancy"}
    disc = [x for k, x, _ in links if k == "discrepancy"]
    assert disc and set(disc[0]) == set(xs[:3]), "the discrepancy joins 4,000 and 3,700"
    rise = [(x, s) for k, x, s in links if k == "change"]
    # no line across the 2.3 years to 4,500: a line would draw a trend between two points
    assert rise and all(xs[-1] not in x for x, _ in rise) and "rose" in rise[0][1]

    marks, links = _chart(dom, "Oct. 31 deadline")
    assert [m[2].split(" — ")[0] for m in marks][-1] == "Oct. 31 deadline"
    moved = [s for k, _, s in links if k == "change"]
    assert moved and "= 1 Sep 2022" in moved[0] and "= 31 Oct 2022" in moved[0], moved
    assert "moved later by 60 days" in moved[0]
