"""The HTML report: safe with hostile article text, self-contained, stable hooks for tools."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

import pytest
from conftest import (
    GENERATED,
    HOSTILE_OUTLET,
    HOSTILE_QUOTE,
    HOSTILE_TITLE,
    Page,
    big_report,
    hostile_report,
    sample_report,
)

from kfactcheck.export import render

SHAFT = re.compile(r'class="range" x1="[\d.]+" x2="[\d.]+" y1="([\d.]+)" y2="([\d.]+)"')
DOT = re.compile(r'data-claim="(c\d+)">.*?<circle class="dot" cx="[\d.]+" cy="([\d.]+)"')


def _html(report=None, **kw) -> str:
    return render(report or sample_report(), "html", generated=GENERATED, **kw)


# ---------------------------------------------------------------- safety


def test_hostile_article_text_renders_as_text():
    page = Page(_html(hostile_report()))
    tags = Counter(t for t, _ in page.elements)
    assert tags["script"] == 0
    assert tags["img"] == 0
    assert all(not k.startswith("on") for _, a in page.elements for k in a), "event handler"
    assert tags["svg"] == 1  # only the chart; the label's <svg onload> stayed text
    assert page.all("title")  # the page and chart titles are still there
    text = page.visible
    for hostile in (HOSTILE_TITLE, HOSTILE_OUTLET, HOSTILE_QUOTE.split(" said ")[0]):
        assert hostile in text
    assert '</title><script>alert("label")</script>' in text  # subject label
    assert '<img src=x onerror=alert("speaker")>' in text  # speaker
    assert 'news/<script>alert("path")</script>.html' in text  # path
    assert "<script>alert('warning')</script>" in text  # document warning
    assert '7 vs 11 <script>alert("summary")</script>' in text  # finding summary


def test_hostile_text_in_svg_titles_and_attributes():
    html = _html(hostile_report())
    page = Page(html)
    assert any(HOSTILE_OUTLET in t for t in page.titles)  # hover text of a mark
    section = page.has_class("section", "subject")[0]
    assert section["data-subject"] == 'hurt"><svg onload=alert(3)>'  # attribute kept whole
    assert "</svg><script>" not in html
    assert "&lt;/svg&gt;&lt;script&gt;" in html


def test_only_http_urls_become_links():
    report = hostile_report()
    report.documents[0].url = "javascript:alert(1)"
    report.documents[1].url = "https://example.org/a?b=1&c=2"
    page = Page(_html(report))
    hrefs = [a["href"] for a in page.all("a")]
    assert "javascript:alert(1)" not in hrefs
    assert "https://example.org/a?b=1&c=2" in hrefs
    assert "javascript:alert(1)" in page.visible  # shown, not linked


def test_self_contained():
    html = _html()
    page = Page(html)
    tags = Counter(t for t, _ in page.elements)
    assert tags["script"] == 0 and tags["link"] == 0 and tags["img"] == 0 and tags["iframe"] == 0
    assert "@import" not in html and "url(" not in html and "@font-face" not in html
    assert not [a for _, a in page.elements if a.get("src")]
    external = [a["href"] for a in page.all("a") if not a["href"].startswith("#")]
    assert external == ["https://bugle.example/river"]  # the article's own address only
    assert '<meta name="viewport"' in html and "@media print" in html


# ---------------------------------------------------------------- content and hooks


def test_summary_counts():
    page = Page(_html())
    counts = {}
    for tag, a in page.elements:
        if tag == "span" and a.get("class") == "count":
            counts[a["data-kind"]] = None
    html = _html()
    for kind, n in {"documents": 4, "claims": 10, "subjects": 5, "discrepancy": 2,
                    "change": 2, "agreement": 1, "errors": 1}.items():  # fmt: skip
        assert f'<span class="count" data-kind="{kind}">{n}</span>' in html
    assert set(counts) == {"documents", "claims", "subjects", "discrepancy", "change",
                           "agreement", "errors"}  # fmt: skip
    assert "Published 2 Mar 2024 – 20 Mar 2024" in page.visible


def test_one_section_and_one_chart_per_subject_with_findings():
    page = Page(_html())
    sections = [a["data-subject"] for a in page.has_class("section", "subject")]
    assert sections == ["flood-deaths", "march-crowd", "school-reopening"]
    assert len(page.has_class("svg", "timeline")) == 3
    assert len(page.all("li", data_kind="discrepancy")) == 2


def test_every_quote_highlights_its_figure():
    report = sample_report()
    page = Page(_html(report))
    in_sections = {c.id for c in report.claims if c.subject in {f.subject for f in report.findings}}
    claim_items = [a["data-claim"] for a in page.has_class("li", "claim")]
    assert sorted(claim_items) == sorted(in_sections)
    texts = {c.id: c.text for c in report.claims}
    assert sorted(page.marks) == sorted(texts[cid] for cid in claim_items)


def test_quote_cites_title_outlet_date_and_path():
    html = _html()
    i = html.index('id="claim-c4"')
    item = html[i : html.index("</li>", i)]
    for part in ("River bursts its banks in Harbor City", "Daily Bugle", "3 Mar 2024",
                 "news/daily-b.html", "<mark>around 30 people</mark>"):  # fmt: skip
        assert part in item


def test_chart_marks_and_discrepancy_highlight():
    html = _html()
    start = html.index('data-subject="flood-deaths"')
    chart = html[html.index("<svg", start) : html.index("</svg>", start)]
    assert chart.count('<g class="mark') == 3
    assert chart.count('class="mark discrepancy"') == 2  # c1 and c4
    assert 'class="link discrepancy"' in chart
    assert chart.count('class="head"') == 2  # "fewer than" down, "more than" up: open arrows
    assert chart.count('class="range"') == 3  # the interval bar and the two arrow shafts
    assert "<title>2. around 30 people — Daily Bugle, 3 Mar 2024, Tom Hale" in chart


def test_arrows_point_the_right_way():
    html = _html()
    start = html.index('data-subject="flood-deaths"')

    def shaft(claim_id: str) -> tuple[float, float]:
        g = html.index(f'data-claim="{claim_id}"', html.index("<svg", start))
        m = SHAFT.search(html, g)
        return float(m[1]), float(m[2])

    bound, tip = shaft("c7")  # more than 40: up (smaller y)
    assert tip < bound
    bound, tip = shaft("c1")  # fewer than 15: down
    assert tip > bound


def test_date_subject_has_a_date_axis():
    html = _html()
    start = html.index('data-subject="school-reopening"')
    chart = html[html.index("<svg", start) : html.index("</svg>", start)]
    y_ticks = re.findall(r'text-anchor="end">([^<]+)</text>', chart)
    assert y_ticks[0] == "1 Apr 2024" and y_ticks[-1] == "15 Apr 2024"
    ys = {cid: float(y) for cid, y in DOT.findall(chart)}
    assert ys["c2"] == ys["c5"] > ys["c8"]  # 15 April sits higher than 1 April


def test_documents_table_and_subjects_without_findings():
    page = Page(_html())
    rows = [a["data-document"] for a in page.all("tr") if "data-document" in a]
    assert rows == ["d4d5e6f", "d7a8b9c", "d0e0f00", "d1a2b3c"]  # by path
    text = page.visible
    assert "date doubtful: day and month could be swapped" in text
    assert '<meta property="article:published_time" content="2024-03-03">' in text
    assert "news/broken.pdf: not a text file (binary content), skipped" in text
    others = [a["data-subject"] for a in page.all("tr") if "data-subject" in a]
    assert sorted(others) == ["insured-homes", "rebuild-budget"]


def test_no_findings_page():
    report = replace(sample_report(), findings=[])
    page = Page(_html(report))
    assert not page.has_class("section", "subject")
    assert "No findings" in page.visible


def test_stable_output():
    assert _html() == _html()


@pytest.mark.parametrize("n_claims", [2_000])
def test_large_report_renders_every_claim(n_claims):
    report = big_report(n_claims=n_claims, n_findings=n_claims // 5, n_subjects=20)
    html = _html(report)
    assert html.count('<li class="claim') == n_claims  # every subject has findings here
    assert html.count('<svg class="timeline"') == 20
    assert html.count('<g class="mark') == n_claims
