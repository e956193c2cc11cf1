"""The Markdown report: the HTML report's content as text that pastes into an issue or wiki.

Charts become a compact table of figures over time. Text from articles is escaped so
that it renders as written (CommonMark/GFM): backslash escapes for the characters that
start emphasis, links, code, HTML, tables, strikethrough and math, and for a quote that
would otherwise start a heading or a list. Line breaks inside quotes become spaces so a
quote stays one table cell or one blockquote line.
"""

from __future__ import annotations

import re

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
    source_line,
)
from kfactcheck.export.svg import claim_kind
from kfactcheck.export.wording import as_of_words, compared_as, compared_ranges
from kfactcheck.model import Claim, Report

# Characters with a meaning anywhere in a line, each escaped with a backslash.
_ESCAPES = str.maketrans({ch: "\\" + ch for ch in "\\`*_[]<>|~$"})
_ENTITY = re.compile(r"&(?=#?\w+;)")  # "&amp;" would be read as an entity
_LINE_START = re.compile(
    r"""^(\s*)(
        \#{1,6}(?=\s|$)      # ATX heading
      | [-+](?=[\s-]|$)     # list bullet, or a "---" rule / setext underline
      | =                  # setext underline
      | \d{1,9}(?=[.)](?:\s|$))  # ordered list "1. " / "1) ": escape the punctuation after it
    )""",
    re.VERBOSE,
)
_SPACE = re.compile(r"\s+")
MARKS = {"discrepancy": "⚠", "change": "→", "agreement": "✓"}


def _inline(text: object) -> str:
    s = _SPACE.sub(" ", "" if text is None else str(text)).translate(_ESCAPES)
    return _ENTITY.sub(r"\\&", s) if "&" in s else s


def _line_start(s: str) -> str:
    m = _LINE_START.match(s)
    if not m:
        return s
    lead, token = m.group(1), m.group(2)
    if token[0].isdigit():
        return f"{lead}{token}\\{s[m.end() :]}"
    return f"{lead}\\{s[len(lead) :]}"


def md(text: object) -> str:
    """Article text as Markdown that shows exactly that text, on one line."""
    return _line_start(_inline(text).strip())


def code(text: str) -> str:
    """An id or key in a code span, unless it holds characters a span cannot carry."""
    if not text or any(ch in text for ch in "`|\n\r"):
        return md(text)
    return f"`{text}`"


def highlighted(claim: Claim) -> str:
    """The quote with its figure in bold; the pieces are escaped apart so ** stays intact."""
    before, figure, after = quote_parts(claim)
    if not figure:
        return md(before)
    line = f"{_inline(before).lstrip()}**{_inline(figure).strip()}**{_inline(after).rstrip()}"
    return _line_start(line)


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{counts[k]} {kind_name(k, counts[k])}" for k in KINDS if counts.get(k))


def _subject(index: ReportIndex, s: SubjectInfo, out: list[str]) -> None:
    numbers = {c.id: n for n, c in enumerate(s.claims, 1)}
    docs = "document" if s.documents == 1 else "documents"
    out += [
        f"## {md(s.label)}",
        "",
        f"{code(s.key)} · unit: {md(s.unit or '?')} · {len(s.claims)} "
        f"{'claim' if len(s.claims) == 1 else 'claims'} in {s.documents} {docs} · "
        f"{_counts(s.counts)}",
        "",
        "### Figures over time",
        "",
        "| # | As of | Figure | Allows | Source | Finding |",
        "| --: | --- | --- | --- | --- | --- |",
    ]
    for n, c in enumerate(s.claims, 1):
        kind = claim_kind(index, c)
        ids = ", ".join(f.id for f in index.findings_by_claim.get(c.id, ()))
        flag = f"{MARKS.get(kind, '')} {md(ids)}".strip()
        out.append(
            f"| {n} | {md(format_as_of(c.as_of))} | {md(c.text)} | {md(format_interval(c))} | "
            f"{md(source_line(c, index.document_of(c)))} | {flag} |"
        )
    out += ["", "### Findings", ""]
    for i, f in enumerate(s.findings, 1):
        refs = ", ".join(
            f"#{numbers.get(c.id, '?')} {md(c.text)}" for c in listed_claims(index, f, numbers)
        )
        out.append(
            f"{i}. **{kind_name(f.kind).capitalize()}** ({md(f.severity)}, {code(f.id)}): "
            f"{md(f.summary)}  "
        )
        doubts = date_doubts(index, f)
        # two trailing spaces: a Markdown line break before each warning
        out.append(f"   Rests on: {refs}" + ("  " if doubts else ""))
        for k, (path, warning) in enumerate(doubts, 1):
            out.append(f"   ⚠ {code(path)}: {md(warning)}" + ("  " if k < len(doubts) else ""))
    out += ["", "### Quotes", ""]
    ranges = compared_ranges(s.findings)
    for n, c in enumerate(s.claims, 1):
        doc = index.document_of(c)
        qualifier = QUALIFIER_WORDS.get(c.qualifier, c.qualifier)
        who = f" · {md(c.speaker)}" if c.speaker else ""
        compared = compared_as(c, ranges.get(c.id))
        allows = format_interval(c) + (f", {compared}" if compared else "")
        out.append(
            f"**{n}. {md(c.text)}** ({md(qualifier)}; allows {md(allows)}) · "
            f"{md(as_of_words(c.as_of))}{who}"
        )
        out.append("")
        out.append(f"> {highlighted(c)}")
        out.append(">")
        if doc is None:
            out.append(f"> — {code(c.document)}")
        else:
            where = [f"*{md(doc.title)}*" if doc.title else "untitled"]
            where.append(md(doc.outlet) if doc.outlet else "outlet unknown")
            where.append(format_date(doc.date))
            where.append(code(doc.path))
            out.append("> — " + " · ".join(where))
        out.append("")


def render_markdown(
    report: Report, *, generated: str | None = None, index: ReportIndex | None = None
) -> str:
    index = index or ReportIndex(report)
    stamp = generated_timestamp(generated)
    first, last = index.date_range()
    if first is None:
        when = "no publication dates found"
    elif first == last:
        when = f"published {format_date(first)}"
    else:
        when = f"published {format_date(first)} – {format_date(last)}"
    with_findings = index.subjects_with_findings()
    out = [
        "# kfactcheck report",
        "",
        f"Generated {stamp} by kfactcheck {__version__}.",
        "",
        "## Summary",
        "",
        "| | |",
        "| --- | --: |",
        f"| Documents ({when}) | {len(report.documents)} |",
        f"| Claims | {len(report.claims)} |",
        f"| Subjects | {len(index.subjects())} |",
    ]
    out += [f"| {kind_name(k, 2).capitalize()} | {index.counts.get(k, 0)} |" for k in KINDS]
    if report.errors:
        out.append(f"| Skipped files | {len(report.errors)} |")
    out.append("")
    if with_findings:
        out += ["Subjects with findings:", ""]
        out += [f"- {md(s.label)} ({_counts(s.counts)})" for s in with_findings]
    else:
        out.append("No findings: the sources neither disagree nor move.")
    out.append("")
    for s in with_findings:
        _subject(index, s, out)
    without = [s for s in index.subjects() if not s.findings]
    if without:
        out += [
            "## Subjects without findings",
            "",
            "| Subject | Unit | Claims | Figures |",
            "| --- | --- | --: | --- |",
        ]
        for s in without:
            figures = "; ".join(f"{md(c.text)} ({md(format_as_of(c.as_of))})" for c in s.claims[:5])
            if len(s.claims) > 5:
                figures += f"; and {len(s.claims) - 5} more"
            out.append(
                f"| {md(s.label)} ({code(s.key)}) | {md(s.unit)} | {len(s.claims)} | {figures} |"
            )
        out.append("")
    out += [
        "## Documents",
        "",
        "| Document | Outlet | Published | Date evidence | Warnings |",
        "| --- | --- | --- | --- | --- |",
    ]
    for d in index.sorted_documents:
        title = md(d.title) if d.title else "untitled"
        warnings = "; ".join(md(w) for w in d.warnings) or "none"
        out.append(
            f"| {title}<br>{code(d.path)} | {md(d.outlet) if d.outlet else 'unknown'} | "
            f"{format_date(d.date)} | {md(d.date_evidence) if d.date_evidence else 'none'} | "
            f"{warnings} |"
        )
    out.append("")
    if report.errors:
        out += ["## Skipped files", ""]
        out += [f"- {md(error_line(e))}" for e in sorted_errors(report.errors)]
        out.append("")
    return "\n".join(out)
