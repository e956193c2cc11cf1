"""The HTML report: one self-contained page to read, share and print.

No network, no scripts, no web fonts: inline CSS with the system font stack, charts as
inline SVG. Every piece of text that came from an article (quotes, titles, outlets,
speakers, paths, labels, warnings) goes through `esc`, in element content and in
attributes alike, and links are only made from http(s) URLs.

Stable hooks for tests and tools: <section class="subject" data-subject="KEY">,
<svg class="timeline">, <span class="count" data-kind="discrepancy|change|agreement|
documents|claims|subjects|errors">N</span>, <li class="finding" data-kind=... data-severity=...>,
<li class="claim" id="claim-ID" data-claim="ID">, <table class="documents">.
"""

from __future__ import annotations

import re
from html import escape

from kfactcheck import __version__
from kfactcheck.export.caveats import date_doubts, listed_claims
from kfactcheck.export.common import (
    KINDS,
    QUALIFIER_WORDS,
    ReportIndex,
    SubjectInfo,
    error_line,
    format_as_of,
    format_date,
    format_interval,
    generated_timestamp,
    kind_name,
    quote_parts,
    sorted_errors,
)
from kfactcheck.export.svg import claim_kind, timeline_svg
from kfactcheck.export.wording import as_of_words, compared_as, compared_ranges
from kfactcheck.model import Claim, Document, Report

MAX_OTHER_FIGURES = 5  # figures listed per subject in the "without findings" table


def esc(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


CSS = """
:root{--ink:#1c2430;--muted:#5a6472;--faint:#8a93a0;--line:#dde2e8;--bg:#f4f6f8;--card:#fff;
--accent:#1f5fae;--disc:#c62828;--disc-bg:#fdecec;--chg:#a35400;--chg-bg:#fff2df;
--agr:#2e7d32;--agr-bg:#e8f4e9;--hl:#fff0a0;--mono:ui-monospace,SFMono-Regular,Menlo,Consolas,
"Liberation Mono",monospace}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.55 system-ui,-apple-system,
"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Liberation Sans",sans-serif}
.page{max-width:66rem;margin:0 auto;padding:2rem 1.25rem 3rem}
a{color:var(--accent)}
h1{font-size:2rem;line-height:1.15;margin:.15rem 0 .5rem;letter-spacing:-.01em}
h2{font-size:1.35rem;line-height:1.25;margin:0 0 .3rem}
h3{font-size:.78rem;text-transform:uppercase;letter-spacing:.07em;color:var(--muted);
margin:1.6rem 0 .6rem}
code,.path{font-family:var(--mono);font-size:.84em;overflow-wrap:anywhere}
.eyebrow{font-size:.8rem;font-weight:600;letter-spacing:.08em;text-transform:uppercase;
color:var(--accent);margin:0}
.lede{color:var(--muted);margin:0}
.masthead{margin-bottom:1.5rem}
.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(8rem,1fr));gap:.75rem;margin:0}
.stat{background:var(--card);border:1px solid var(--line);border-top:4px solid #a9b4c2;
border-radius:10px;padding:.7rem 1rem}
.stat dt{font-size:.74rem;font-weight:600;color:var(--muted);text-transform:uppercase;
letter-spacing:.05em}
.stat dd{margin:.1rem 0 0;font-size:1.9rem;font-weight:700;line-height:1.1;
font-variant-numeric:tabular-nums}
.stat.discrepancy{border-top-color:var(--disc)}.stat.discrepancy dd{color:var(--disc)}
.stat.change{border-top-color:var(--chg)}.stat.change dd{color:var(--chg)}
.stat.agreement{border-top-color:var(--agr)}.stat.agreement dd{color:var(--agr)}
.stat.errors{border-top-color:var(--faint)}
.stat.zero dd{color:var(--faint)}
.toc{margin-top:1.25rem;background:var(--card);border:1px solid var(--line);border-radius:10px;
padding:1rem 1.25rem}
.toc h2{font-size:.78rem;text-transform:uppercase;letter-spacing:.07em;color:var(--muted)}
.toc ol{margin:.4rem 0 0;padding-left:1.4rem}
.toc li{margin:.25rem 0}
.badge{display:inline-block;font-size:.74rem;font-weight:600;line-height:1.5;padding:0 .55rem;
border-radius:999px;background:#eceff3;color:var(--muted);white-space:nowrap;margin-right:.2rem}
.badge.discrepancy{background:var(--disc-bg);color:var(--disc)}
.badge.change{background:var(--chg-bg);color:var(--chg)}
.badge.agreement{background:var(--agr-bg);color:var(--agr)}
.card,section.subject{background:var(--card);border:1px solid var(--line);border-radius:12px;
padding:1.4rem 1.6rem;margin:1.5rem 0;box-shadow:0 1px 3px rgba(20,30,45,.06)}
.subject-meta{color:var(--muted);font-size:.9rem;margin:.1rem 0 .5rem}
figure.chart{margin:1rem 0 0}
.chart-scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
.date-range{margin-top:.7rem}
svg.timeline{display:block;width:100%;height:auto;max-height:22rem;background:#fbfcfd;
border:1px solid var(--line);border-radius:8px;font:11px system-ui,-apple-system,"Segoe UI",
Roboto,Arial,sans-serif}
svg.timeline .grid{stroke:#e8ebef;stroke-width:1}
svg.timeline .baseline{stroke:#9aa4b1;stroke-width:1}
svg.timeline .tick{fill:var(--muted)}
svg.timeline .empty{fill:var(--muted);font-size:13px}
svg.timeline .mark{color:#33475f}
svg.timeline .mark.discrepancy{color:var(--disc)}
svg.timeline .mark.change{color:var(--chg)}
svg.timeline .mark.agreement{color:var(--agr)}
svg.timeline .range{stroke:currentColor;stroke-width:4;stroke-linecap:round;opacity:.45}
svg.timeline .cap{stroke:currentColor;stroke-width:2}
svg.timeline .dot{fill:currentColor;stroke:#fff;stroke-width:1.5}
svg.timeline .dot.open{fill:#fff;stroke:currentColor;stroke-width:2.2}
svg.timeline .head{fill:none;stroke:currentColor;stroke-width:2.2;stroke-linecap:round;
stroke-linejoin:round}
svg.timeline .num{fill:currentColor;font-size:10.5px;font-weight:700}
svg.timeline .link{fill:none;stroke-width:2;stroke-dasharray:6 4;opacity:.8}
svg.timeline .link.discrepancy{stroke:var(--disc);stroke-width:2.5}
svg.timeline .link.change{stroke:var(--chg)}
svg.timeline .link.agreement{stroke:var(--agr);stroke-dasharray:2 4}
figcaption{font-size:.85rem;color:var(--muted);margin-top:.6rem}
.legend{margin:0 0 .5rem;display:flex;flex-wrap:wrap;gap:.3rem 1rem}
.key::before{content:"";display:inline-block;width:.7rem;height:.7rem;border-radius:50%;
margin-right:.35rem;vertical-align:-.05rem;background:#33475f}
.key.discrepancy::before{background:var(--disc)}.key.change::before{background:var(--chg)}
.key.agreement::before{background:var(--agr)}
ol.marks{margin:0;padding-left:1.6rem}
ol.marks.many{columns:2 21rem;column-gap:2rem}
ol.marks li{break-inside:avoid;margin:.1rem 0}
ol.marks b{color:var(--ink);font-weight:600}
ol.findings{list-style:none;margin:0;padding:0;display:grid;gap:.6rem}
.finding{border:1px solid var(--line);border-left:4px solid var(--faint);border-radius:8px;
padding:.6rem .9rem}
.finding.discrepancy{border-left-color:var(--disc);background:#fffafa}
.finding.change{border-left-color:var(--chg);background:#fffcf6}
.finding.agreement{border-left-color:var(--agr)}
.finding p{margin:.15rem 0}
.finding .kind{font-weight:700}
.finding.discrepancy .kind{color:var(--disc)}.finding.change .kind{color:var(--chg)}
.finding.agreement .kind{color:var(--agr)}
.sev{font-size:.72rem;font-weight:700;text-transform:uppercase;letter-spacing:.05em;
border-radius:4px;padding:.05rem .4rem;margin-left:.35rem;background:#eceff3;color:var(--muted)}
.sev.high{background:var(--disc);color:#fff}.sev.medium{background:#f6d6cf;color:#8e1f1f}
.change .sev.high{background:var(--chg);color:#fff}.change .sev.medium{background:#f3d9b5;
color:#6b3a00}
.agreement .sev.high{background:var(--agr);color:#fff}.agreement .sev.medium{
background:#cfe8d1;color:#1d5a21}
.fid{color:var(--faint);font-family:var(--mono);font-size:.8rem;margin-left:.35rem}
.refs{font-size:.85rem;color:var(--muted)}
ol.quotes{list-style:none;margin:0;padding:0;display:grid;gap:.9rem}
.claim{border-left:3px solid var(--line);padding:.1rem 0 .1rem 1rem}
.claim.discrepancy{border-left-color:var(--disc)}.claim.change{border-left-color:var(--chg)}
.claim.agreement{border-left-color:var(--agr)}
blockquote.quote{margin:0;font-size:1rem}
blockquote.quote p{margin:0}
mark{background:var(--hl);color:inherit;padding:0 .15em;border-radius:3px;font-weight:600}
.claim.discrepancy mark{background:#ffd9d6}
.cite{font-size:.84rem;color:var(--muted);margin:.3rem 0 0}
.cite .num{display:inline-block;min-width:1.4rem;font-weight:700;color:var(--ink)}
.cite cite{font-style:normal;color:var(--ink)}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.86rem}
th,td{text-align:left;vertical-align:top;padding:.5rem .6rem;border-bottom:1px solid var(--line)}
th{font-size:.72rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
td.n{text-align:right;font-variant-numeric:tabular-nums}
td.nowrap{white-space:nowrap}
.warn{color:#8a4b00}
ul.warnings{margin:0;padding-left:1.1rem}
p.date-doubt{margin:.2rem 0 0;color:#8a5a00}
.none{color:var(--faint)}
.errors li{font-family:var(--mono);font-size:.85rem}
footer{color:var(--faint);font-size:.8rem;margin-top:2rem;border-top:1px solid var(--line);
padding-top:.8rem}
@media (max-width:40rem){
.page{padding:1rem .75rem 2rem}
h1{font-size:1.5rem}
.card,section.subject{padding:1rem;border-radius:10px}
.stat dd{font-size:1.5rem}
svg.timeline{min-width:36rem}
table.stack thead{display:none}
table.stack tr{display:block;border-bottom:1px solid var(--line);padding:.4rem 0}
table.stack td{display:block;border:0;padding:.15rem 0}
table.stack td[data-label]::before{content:attr(data-label) ": ";font-weight:600;
color:var(--muted);font-size:.75rem;text-transform:uppercase}
}
@media print{
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
@page{margin:14mm}
body{background:#fff;font-size:10pt}
.page{max-width:none;padding:0}
.card,section.subject,.stat,.toc{box-shadow:none;border-color:#c8ced6}
section.subject{break-before:auto}
figure.chart,.finding,.claim,tr,.stat{break-inside:avoid}
h2,h3{break-after:avoid}
a{color:inherit;text-decoration:none}
svg.timeline{max-height:none}
}
"""


def _slug(key: str, taken: set[str]) -> str:
    base = re.sub(r"[^A-Za-z0-9_-]+", "-", key).strip("-") or "subject"
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    taken.add(slug)
    return slug


def _badges(counts: dict[str, int]) -> str:
    return "".join(
        f'<span class="badge {k}">{counts[k]} {kind_name(k, counts[k])}</span>'
        for k in KINDS
        if counts.get(k)
    )


def _highlighted_quote(claim: Claim) -> str:
    before, figure, after = quote_parts(claim)
    if not figure:
        return esc(before)
    return f"{esc(before)}<mark>{esc(figure)}</mark>{esc(after)}"


def _doc_line(doc: Document | None, claim: Claim) -> str:
    if doc is None:
        return f'<code class="path">{esc(claim.document)}</code>'
    parts = [f"<cite>{esc(doc.title)}</cite>" if doc.title else ""]
    parts.append(esc(doc.outlet) if doc.outlet else '<span class="none">outlet unknown</span>')
    parts.append(esc(format_date(doc.date)))
    parts.append(f'<code class="path">{esc(doc.path)}</code>')
    return " · ".join(p for p in parts if p)


def _summary(index: ReportIndex, subjects: list[SubjectInfo], slugs: dict[str, str]) -> str:
    report = index.report
    stats = [
        ("documents", "Documents", len(report.documents)),
        ("claims", "Claims", len(report.claims)),
        ("subjects", "Subjects", len(index.subjects())),
    ]
    stats += [(k, kind_name(k, 2).capitalize(), index.counts.get(k, 0)) for k in KINDS]
    if report.errors:
        stats.append(("errors", "Skipped files", len(report.errors)))
    cells = "".join(
        f'<div class="stat {k}{" zero" if n == 0 else ""}"><dt>{label}</dt>'
        f'<dd><span class="count" data-kind="{k}">{n}</span></dd></div>'
        for k, label, n in stats
    )
    first, last = index.date_range()
    if first is None:
        when = "No publication dates found"
    elif first == last:
        when = f"Published {format_date(first)}"
    else:
        when = f"Published {format_date(first)} – {format_date(last)}"
    toc = ""
    if subjects:
        items = "".join(
            f'<li><a href="#subject-{slugs[s.key]}">{esc(s.label)}</a> {_badges(s.counts)}</li>'
            for s in subjects
        )
        toc = (
            '<nav class="toc" aria-label="Subjects"><h2>Subjects with findings</h2>'
            f"<ol>{items}</ol></nav>"
        )
    else:
        toc = '<p class="toc none">No findings: the sources neither disagree nor move.</p>'
    return (
        f'<section class="summary" id="summary" aria-label="Summary">'
        f'<dl class="stats">{cells}</dl><p class="lede date-range">{when}</p>{toc}</section>'
    )


def _subject_section(index: ReportIndex, s: SubjectInfo, slug: str) -> str:
    numbers = {c.id: n for n, c in enumerate(s.claims, 1)}
    docs = "document" if s.documents == 1 else "documents"
    claims_word = "claim" if len(s.claims) == 1 else "claims"
    head = (
        f'<header class="subject-head"><h2>{esc(s.label)}</h2>'
        f'<p class="subject-meta"><code>{esc(s.key)}</code> · unit: {esc(s.unit or "?")} · '
        f"{len(s.claims)} {claims_word} in {s.documents} {docs}</p>"
        f'<p class="badges">{_badges(s.counts)}</p></header>'
    )
    caption_items = []
    for n, c in enumerate(s.claims, 1):
        doc = index.document_of(c)
        who = [esc(doc.outlet) if doc and doc.outlet else "outlet unknown"]
        if c.speaker:
            who.append(esc(c.speaker))
        caption_items.append(
            f'<li value="{n}" data-claim="{esc(c.id)}"><b>{esc(c.text)}</b> — '
            f"{', '.join(who)} · {esc(as_of_words(c.as_of))}</li>"
        )
    legend = (
        '<p class="legend"><span class="key discrepancy">discrepancy</span>'
        '<span class="key change">change</span><span class="key agreement">agreement</span>'
        '<span class="key">no finding</span>'
        "<span>bar: range the wording allows (in a discrepancy: as compared) · ↑ more than"
        " / at least · ↓ up to / less than"
        " · hollow dot: bound not included</span></p>"
    )
    marks_cls = "marks many" if len(s.claims) > 6 else "marks"
    figure = (
        '<figure class="chart"><div class="chart-scroll">'
        f"{timeline_svg(index, s, f'chart-{slug}')}</div><figcaption>{legend}"
        f'<ol class="{marks_cls}">{"".join(caption_items)}</ol></figcaption></figure>'
    )
    findings = []
    for f in s.findings:
        refs = ", ".join(
            f'<a href="#claim-{esc(c.id)}">{numbers.get(c.id, "?")}. {esc(c.text)}</a>'
            for c in listed_claims(index, f, numbers)
        )
        findings.append(
            f'<li class="finding {esc(f.kind)}" id="finding-{esc(f.id)}" data-kind="{esc(f.kind)}"'
            f' data-severity="{esc(f.severity)}"><p class="finding-head">'
            f'<span class="kind">{esc(kind_name(f.kind).capitalize())}</span>'
            f'<span class="sev {esc(f.severity)}">{esc(f.severity)}</span>'
            f'<span class="fid">{esc(f.id)}</span></p>'
            f'<p class="summary-text">{esc(f.summary)}</p><p class="refs">Rests on {refs}</p>'
            + "".join(
                f'<p class="date-doubt">⚠ {esc(path)}: {esc(warning)}</p>'
                for path, warning in date_doubts(index, f)
            )
            + "</li>"
        )
    quotes = []
    ranges = compared_ranges(s.findings)
    for n, c in enumerate(s.claims, 1):
        doc = index.document_of(c)
        kind = claim_kind(index, c)
        qualifier = QUALIFIER_WORDS.get(c.qualifier, c.qualifier)
        speaker = f" · {esc(c.speaker)}" if c.speaker else ""
        quotes.append(
            f'<li class="claim {kind}" id="claim-{esc(c.id)}" data-claim="{esc(c.id)}">'
            f'<blockquote class="quote"><p>{_highlighted_quote(c)}</p></blockquote>'
            f'<p class="cite"><span class="num">{n}</span><strong>{esc(c.text)}</strong>'
            f" ({esc(qualifier)}; allows {esc(_allows(c, ranges))}) · as of "
            f"{esc(format_as_of(c.as_of))}{speaker}<br>{_doc_line(doc, c)}</p></li>"
        )
    return (
        f'<section class="subject" id="subject-{slug}" data-subject="{esc(s.key)}">{head}{figure}'
        f'<h3>Findings</h3><ol class="findings">{"".join(findings)}</ol>'
        f'<h3>Quotes</h3><ol class="quotes">{"".join(quotes)}</ol></section>'
    )


def _others(index: ReportIndex, subjects: list[SubjectInfo]) -> str:
    if not subjects:
        return ""
    rows = []
    for s in subjects:
        shown = [
            f'{esc(c.text)} <span class="none">({esc(format_as_of(c.as_of))})</span>'
            for c in s.claims[:MAX_OTHER_FIGURES]
        ]
        more = len(s.claims) - MAX_OTHER_FIGURES
        if more > 0:
            shown.append(f'<span class="none">and {more} more</span>')
        rows.append(
            f'<tr data-subject="{esc(s.key)}"><td data-label="Subject">{esc(s.label)}<br>'
            f'<code>{esc(s.key)}</code></td><td data-label="Unit">{esc(s.unit)}</td>'
            f'<td class="n" data-label="Claims">{len(s.claims)}</td>'
            f'<td data-label="Figures">{"; ".join(shown)}</td></tr>'
        )
    return (
        '<section class="card others" id="other-subjects"><h2>Subjects without findings</h2>'
        '<div class="table-wrap"><table class="stack"><thead><tr><th>Subject</th><th>Unit</th>'
        f"<th>Claims</th><th>Figures</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        "</div></section>"
    )


def _link(url: str | None) -> str:
    if not url:
        return ""
    if re.match(r"https?://", url, re.IGNORECASE):
        return f'<br><a href="{esc(url)}" rel="noopener noreferrer">{esc(url)}</a>'
    return f"<br>{esc(url)}"


def _documents(index: ReportIndex) -> str:
    per_doc: dict[str, int] = {}
    for c in index.report.claims:
        per_doc[c.document] = per_doc.get(c.document, 0) + 1
    rows = []
    for d in index.sorted_documents:
        warnings = (
            '<ul class="warnings">'
            + "".join(f'<li class="warn">{esc(w)}</li>' for w in d.warnings)
            + "</ul>"
            if d.warnings
            else '<span class="none">none</span>'
        )
        evidence = esc(d.date_evidence) if d.date_evidence else '<span class="none">none</span>'
        title = esc(d.title) if d.title else '<span class="none">untitled</span>'
        outlet = esc(d.outlet) if d.outlet else '<span class="none">unknown</span>'
        rows.append(
            f'<tr id="doc-{esc(d.id)}" data-document="{esc(d.id)}"><td data-label="Document">'
            f'{title}<br><code class="path">{esc(d.path)}</code>{_link(d.url)}</td>'
            f'<td data-label="Outlet">{outlet}</td>'
            f'<td class="nowrap" data-label="Published">{esc(format_date(d.date))}</td>'
            f'<td data-label="Date evidence">{evidence}</td>'
            f'<td class="n" data-label="Claims">{per_doc.get(d.id, 0)}</td>'
            f'<td data-label="Warnings">{warnings}</td></tr>'
        )
    table = (
        '<div class="table-wrap"><table class="documents stack"><thead><tr><th>Document</th>'
        "<th>Outlet</th><th>Published</th><th>Date evidence</th><th>Claims</th><th>Warnings</th>"
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )
    errors = ""
    if index.report.errors:
        items = "".join(
            f"<li>{esc(error_line(e))}</li>" for e in sorted_errors(index.report.errors)
        )
        errors = f'<h3>Skipped files</h3><ul class="errors">{items}</ul>'
    return f'<section class="card" id="documents"><h2>Documents</h2>{table}{errors}</section>'


def render_html(
    report: Report, *, generated: str | None = None, index: ReportIndex | None = None
) -> str:
    index = index or ReportIndex(report)
    stamp = generated_timestamp(generated)
    with_findings = index.subjects_with_findings()
    without = [s for s in index.subjects() if not s.findings]
    taken: set[str] = set()
    slugs = {s.key: _slug(s.key, taken) for s in index.subjects()}
    counts = ", ".join(
        f"{index.counts.get(k, 0)} {kind_name(k, index.counts.get(k, 0))}" for k in KINDS
    )
    n_docs = len(report.documents)
    body = "".join(
        [
            '<header class="masthead"><p class="eyebrow">kfactcheck report</p>',
            f"<h1>Figures in {n_docs} {'document' if n_docs == 1 else 'documents'}: where sources"
            " disagree and how figures moved</h1>",
            f'<p class="lede">{esc(counts)} · generated {esc(stamp)}</p></header>',
            _summary(index, with_findings, slugs),
            '<main id="subjects">',
            "".join(_subject_section(index, s, slugs[s.key]) for s in with_findings),
            "</main>",
            _others(index, without),
            _documents(index),
            f"<footer>Written by kfactcheck {esc(__version__)} on {esc(stamp)}. Quotes are"
            " verbatim from the documents; the highlighted words are the figure each claim rests"
            " on.</footer>",
        ]
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="kfactcheck {esc(__version__)}">'
        f"<title>kfactcheck report: {esc(counts)}</title>"
        f"<style>{CSS}</style></head>"
        f'<body><div class="page">{body}</div></body></html>\n'
    )


def _allows(claim: Claim, ranges: dict[str, list]) -> str:
    """What the words allow, and what a discrepancy compared them as when that differs."""
    compared = compared_as(claim, ranges.get(claim.id))
    return format_interval(claim) + (f", {compared}" if compared else "")
