"""Terminal views of findings: `check`, `conflicts` and `timeline`, each with a JSON twin.

Every view takes a rich Console and a Report and prints; colour, width and plain output
(piped, NO_COLOR) are the Console's business. Article text always goes in as rich Text,
never as markup, so a quote holding "[bold]" or ":smile:" prints as written.
"""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from kfactcheck.errors import UsageError
from kfactcheck.export.axes import date_axis, value_axis
from kfactcheck.export.caveats import date_doubts, listed_claims
from kfactcheck.export.common import (
    KINDS,
    QUALIFIER_WORDS,
    ReportIndex,
    SubjectInfo,
    format_as_of,
    format_interval,
    kind_name,
    match_subjects,
    numeric,
    quote_parts,
    source_line,
    unknown_subject,
)
from kfactcheck.export.jsonreport import claim_to_dict, finding_to_dict, report_to_dict
from kfactcheck.export.svg import claim_kind
from kfactcheck.export.wording import as_of_words, compared_as, compared_ranges, drawn
from kfactcheck.model import Claim, Finding, Report
from kfactcheck.views.clip import clip_parts
from kfactcheck.views.layout import Line, Quote, print_lines, print_tidy

KIND_STYLE = {"discrepancy": "bold red", "change": "bold yellow", "agreement": "bold green"}
SEVERITY_STYLE = {"high": "bold white on red", "medium": "bold black on yellow", "low": "dim"}
FIGURE_STYLE = "bold reverse"  # stays visible without colour (NO_COLOR)


def quote_text(claim: Claim, clip: bool = False) -> Text:
    """The quote with the claim's own words highlighted; with `clip`, a long quote is cut
    to a window around them (views/clip.py: `claims` lists every claim of a sentence, and
    dense text holds a hundred in a sentence of 2,000 characters)."""
    before, figure, after = quote_parts(claim)
    if clip and figure:
        before, figure, after = clip_parts(before, figure, after)
    text = Quote(before)
    if figure:
        text.append(figure, style=FIGURE_STYLE)
        text.append(after)
    return text


def _count_line(index: ReportIndex) -> Text:
    report = index.report
    text = Text(
        f"{_plural(len(report.documents), 'document')} · {_plural(len(report.claims), 'claim')}"
        f" · {_plural(index.subject_count(), 'subject')}"
    )
    if report.errors:
        n = len(report.errors)
        text.append(f" · {n} skipped {'file' if n == 1 else 'files'}", style="yellow")
    return text


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _kinds_line(index: ReportIndex) -> Text:
    text = Text("Findings: ")
    for i, k in enumerate(KINDS):
        if i:
            text.append(" · ")
        n = index.counts.get(k, 0)
        text.append(f"{n} {kind_name(k, n)}", style=KIND_STYLE[k] if n else "dim")
    return text


def _claim_lines(
    index: ReportIndex,
    claim: Claim,
    number: int | None = None,
    indent: int = 0,
    compared: str | None = None,
) -> list[Line]:
    """A claim as lines: its figure and what the wording allows, the source, the quote.
    The figure's line wraps under its words, past the number; the rest sit under it."""
    doc = index.document_of(claim)
    head = Text()
    if number is not None:
        head.append(f"{number}. ")
    head.append(claim.text, style="bold")
    qualifier = QUALIFIER_WORDS.get(claim.qualifier, claim.qualifier)
    allows = format_interval(claim) + (f", {compared}" if compared else "")
    head.append(f" ({qualifier}; allows {allows}; {as_of_words(claim.as_of)})")
    where = Text(source_line(claim, doc, file_for_outlet=False), style="cyan")
    if doc is not None:
        where.append(f" · {doc.path}", style="dim")
    return [
        Line(head, indent, 3),
        Line(where, indent + 3),
        Line(quote_text(claim), indent + 3),
    ]


def _doubts(index: ReportIndex, finding: Finding, indent: int) -> list[Line]:
    """A line for each doubtful publication date the finding's dates rest on."""
    return [
        Line(Text(f"! {path}: {warning}", style="yellow"), indent, 2)
        for path, warning in date_doubts(index, finding)
    ]


def _finding_lines(index: ReportIndex, finding: Finding) -> list[Line]:
    head = Text()
    head.append(f" {finding.severity.upper()} ", style=SEVERITY_STYLE.get(finding.severity, ""))
    head.append(" ")
    head.append(kind_name(finding.kind).capitalize(), style=KIND_STYLE.get(finding.kind, "bold"))
    head.append(f" · {index.subject_label(finding.subject)} ")
    head.append(f"[{finding.subject}] {finding.id}", style="dim")
    lines = [Line(head, 0, 2), Line(Text(finding.summary), 2), *_doubts(index, finding, 2)]
    claims = listed_claims(index, finding)
    ranges = finding.extra.get("compared") or {} if finding.kind == "discrepancy" else {}
    for n, claim in enumerate(claims[:QUOTES_PER_FINDING], 1):
        compared = compared_as(claim, ranges.get(claim.id))
        lines.extend(_claim_lines(index, claim, n, indent=2, compared=compared))
    if len(claims) > QUOTES_PER_FINDING:
        more = len(claims) - QUOTES_PER_FINDING
        note = Text(
            f"… and {more} more {'claim' if more == 1 else 'claims'}: "
            f"kfactcheck timeline {finding.subject} shows them all",
            style="dim",
        )
        lines.append(Line(note, 2))
    return lines


# A finding on a busy subject rests on hundreds of claims; the terminal shows the first few
# (the report and the timeline show them all), so `check` stays readable and fast.
QUOTES_PER_FINDING = 6
_BLANK = Line(Text())


def render_check(report: Report, console: Console) -> None:
    """Summary, then each discrepancy with its quotes, then changes, then agreements counted."""
    index = ReportIndex(report)
    print_lines(console, [Line(_count_line(index)), Line(_kinds_line(index))])
    for kind in ("discrepancy", "change"):
        findings = [f for f in index.sorted_findings if f.kind == kind]
        if not findings:
            continue
        console.print()
        console.rule(Text(f"{kind_name(kind, 2).capitalize()} ({len(findings)})"), align="left")
        lines: list[Line] = []
        for f in findings:
            lines.append(_BLANK)
            lines.extend(_finding_lines(index, f))
        print_lines(console, lines)
    agreements = [f for f in report.findings if f.kind == "agreement"]
    console.print()
    if agreements:
        subjects = len({f.subject for f in agreements})
        line = Text(
            f"{len(agreements)} {kind_name('agreement', len(agreements))} across "
            f"{subjects} {'subject' if subjects == 1 else 'subjects'} "
            "(kfactcheck report shows them)",
            style="green",
        )
    else:
        line = Text("No agreements between independent sources.", style="dim")
    print_lines(console, [Line(line)])


def _conflicting(index: ReportIndex) -> list[tuple[SubjectInfo, list[Claim]]]:
    out = []
    for s in index.subjects():
        ids = {cid for f in s.findings if f.kind == "discrepancy" for cid in f.claims}
        if ids:
            out.append((s, [c for c in s.claims if c.id in ids]))
    return out


def render_conflicts(report: Report, console: Console) -> None:
    """The figures that disagree, one block per subject, each with its quote."""
    index = ReportIndex(report)
    blocks = _conflicting(index)
    if not blocks:
        print_lines(console, [Line(Text("No conflicting figures."))])
        return
    for i, (s, claims) in enumerate(blocks):
        if i:
            console.print()
        title = Text(f"{s.label} ")
        title.append(f"[{s.key}]", style="dim")
        console.rule(title, align="left")
        lines: list[Line] = []
        for f in s.findings:
            if f.kind == "discrepancy":
                badge = f" {f.severity.upper()} "
                line = Text(badge, style=SEVERITY_STYLE.get(f.severity, ""))
                line.append(f" {f.summary}")
                lines.append(Line(line, 0, len(badge) + 1))
                lines.extend(_doubts(index, f, len(badge) + 1))
        for claim in claims:
            lines.append(_BLANK)
            lines.extend(_claim_lines(index, claim))
        print_lines(console, lines)


# ---------------------------------------------------------------- timeline


def resolve_subject(index: ReportIndex, query: str) -> SubjectInfo:
    """The one subject a user named (key, label, or a unique part of either)."""
    keys = match_subjects(index, query)
    if not keys:
        raise unknown_subject(index, query)
    if len(keys) > 1:
        raise UsageError(f"{query!r} matches several subjects: {', '.join(keys[:8])}")
    subject = index.subject(keys[0])
    assert subject is not None
    return subject


def _bar(claim: Claim, pos, width: int) -> tuple[str, int, int]:
    """One claim drawn on a value scale of `width` cells: (row, first cell, last cell)."""
    row = [" "] * width
    low, high, value = numeric(claim.low), numeric(claim.high), numeric(claim.value)

    def put(i: int, ch: str) -> None:
        if 0 <= i < width:
            row[i] = ch

    if low is not None and high is not None and low != high:
        a, b = pos(low), pos(high)
        for i in range(a, b + 1):
            put(i, "━")
        put(pos(value) if value is not None and low <= value <= high else (a + b) // 2, "●")
        span = (a, b)
    elif low is not None and high is None:
        a = pos(low)
        for i in range(a + 1, a + 4):
            put(i, "─")
        put(a + 4, "→")
        put(a, "○" if claim.qualifier == "more_than" else "●")
        span = (a, a + 4)
    elif high is not None and low is None:
        b = pos(high)
        put(b - 4, "←")
        for i in range(b - 3, b):
            put(i, "─")
        put(b, "○" if claim.qualifier == "less_than" else "●")
        span = (b - 4, b)
    else:
        v = value if value is not None else low
        a = pos(v) if v is not None else 0
        put(a, "●")
        span = (a, a)
    return "".join(row), max(0, span[0]), min(width - 1, span[1])


def timeline_chart(index: ReportIndex, subject: SubjectInfo, width: int = 80) -> Text:
    """Figures in time order on a horizontal value scale; fits in `width` columns."""
    claims = drawn(subject.claims, subject.findings)
    nums = [
        n
        for c in claims
        for n in (numeric(c.value), numeric(c.low), numeric(c.high))
        if n is not None
    ]
    text = Text()
    if not nums:
        return text.append("(no figures to draw)\n", style="dim")
    if subject.unit == "date":
        axis = date_axis(min(nums), max(nums), count=2, widen=True, day_labels=True)
    else:
        axis = value_axis(min(nums), max(nums), subject.unit, count=2)
    # A row: date (11) " │" scale "│ " label; the label gets 26 cells at 80 columns.
    date_w = 11
    total = min(width, 100)
    bar_w = max(20, total - date_w - 4 - 26)
    label_w = max(8, total - date_w - 4 - bar_w)

    inset = 5  # room for an open-ended claim's arrow at either end of the scale

    def pos(v: float) -> int:
        return inset + round(axis.fraction(v) * (bar_w - 1 - 2 * inset))

    for claim in claims:
        row, _, _ = _bar(claim, pos, bar_w)
        kind = claim_kind(index, claim)
        style = KIND_STYLE.get(kind, "")
        text.append(f"{format_as_of(claim.as_of):>{date_w}} │", style="dim")
        text.append(row, style=style)
        label = claim.text if len(claim.text) <= label_w else claim.text[: label_w - 1] + "…"
        text.append("│ ", style="dim")
        text.append(label + "\n", style=style)
    text.append(" " * date_w + " └" + "─" * bar_w + "┘\n", style="dim")
    # Scale labels sit under the cells of the scale's ends (lo at `inset`, hi at the last).
    lo_label, hi_label = axis.ticks[0][1], axis.ticks[-1][1]
    left = date_w + 2 + inset - len(lo_label) // 2
    right_end = date_w + 2 + bar_w - 1 - inset + (len(hi_label) + 1) // 2
    gap = max(1, right_end - len(hi_label) - left - len(lo_label))
    text.append(" " * max(0, left) + lo_label + " " * gap + hi_label + "\n", style="dim")
    return text


def render_timeline(report: Report, subject_key: str, console: Console) -> None:
    """One subject's figures over time: a small chart, then each figure with its quote."""
    index = ReportIndex(report)
    s = resolve_subject(index, subject_key)
    title = Text(f"{s.label} ", style="bold")
    title.append(f"[{s.key}]", style="dim")
    counts = Text(
        f"unit: {s.unit or '?'} · {_plural(len(s.claims), 'claim')} in "
        f"{_plural(s.documents, 'document')} · "
    )
    chart = timeline_chart(index, s, console.width)
    if chart.plain.endswith("\n"):
        chart.right_crop(1)
    # the bar of a claim in a discrepancy is the range compared, the others' the range
    # allowed; each claim's line below says which
    legend = "━ range · → more than, at least · ← up to, less than · ○ bound excluded"
    lines: list[Line] = [
        Line(title, 0, 2),
        Line(counts + _subject_counts(s), 0, 2),
        _BLANK,
        Line(chart),
        Line(Text(legend, style="dim"), 0, 2),
    ]
    ranges = compared_ranges(s.findings)
    for n, claim in enumerate(s.claims, 1):
        lines.append(_BLANK)
        compared = compared_as(claim, ranges.get(claim.id))
        lines.extend(_claim_lines(index, claim, n, compared=compared))
    print_lines(console, lines)
    if s.findings:
        console.print()
        console.rule(Text("Findings"), align="left")
        lines = []
        for f in s.findings:
            line = Text(kind_name(f.kind).capitalize(), style=KIND_STYLE.get(f.kind, "bold"))
            line.append(f" ({f.severity}, {f.id}): {f.summary}")
            lines.append(Line(line, 0, 2))
            lines.extend(_doubts(index, f, 2))
        print_lines(console, lines)


def _subject_counts(s: SubjectInfo) -> Text:
    text = Text()
    parts = [(k, s.counts.get(k, 0)) for k in KINDS if s.counts.get(k)]
    if not parts:
        return text.append("no findings", style="dim")
    for i, (k, n) in enumerate(parts):
        if i:
            text.append(", ")
        text.append(f"{n} {kind_name(k, n)}", style=KIND_STYLE[k])
    return text


# ---------------------------------------------------------------- subjects


def render_subjects(report: Report, console: Console) -> None:
    """Every subject with its label, unit, claim and document counts and findings by kind."""
    index = ReportIndex(report)
    subjects = index.subjects()
    if not subjects:
        print_lines(console, [Line(Text("No claims."))])
        return
    # Keys never break: when the Subject column would be narrower than the longest key, the
    # unit, then the document count, then the finding counts move into the subject's cell.
    key_width = max(len(s.key) for s in subjects)
    unit_width = min(10, max(4, *(len(s.unit) for s in subjects)))
    counts = [("Claims", 6), ("Docs", 4), ("Disc.", 5), ("Chg.", 4), ("Agr.", 4)]
    unit_column = True

    def room() -> int:
        widths = [w for _, w in counts] + ([unit_width] if unit_column else [])
        return console.width - sum(widths) - 3 * len(widths)

    if room() < key_width:
        unit_column = False
    if room() < key_width:
        counts.remove(("Docs", 4))
    kinds_column = True
    if room() < key_width:
        counts = [("Claims", 6)]
        kinds_column = False
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("Subject", ratio=1, overflow="fold", min_width=min(key_width, room()))
    if unit_column:
        table.add_column("Unit", max_width=10, overflow="fold")
    for heading, _ in counts:
        table.add_column(heading, justify="right")
    for s in subjects:
        name = Text(s.label)
        under = [s.key] if s.label != s.key else []
        under += [] if unit_column else [s.unit or "?"]
        if under:
            name.append(f"\n{' · '.join(under)}", style="dim")
        if not kinds_column and s.counts:
            name.append("\n")
            name.append_text(_subject_counts(s))
        row = [name] + ([Text(s.unit)] if unit_column else [])
        row.append(Text(str(len(s.claims))))
        if ("Docs", 4) in counts:
            row.append(Text(str(s.documents)))
        if kinds_column:
            row += [
                Text(str(n), style=KIND_STYLE[k] if n else "dim")
                for k, n in ((k, s.counts.get(k, 0)) for k in KINDS)
            ]
        table.add_row(*row)
    print_tidy(console, table)


def subjects_json(report: Report) -> list[dict]:
    index = ReportIndex(report)
    return [
        {
            "subject": s.key,
            "label": s.label,
            "unit": s.unit,
            "claims": len(s.claims),
            "documents": s.documents,
            "findings": {k: s.counts.get(k, 0) for k in KINDS},
        }
        for s in index.subjects()
    ]


# ---------------------------------------------------------------- JSON twins


def summary_dict(index: ReportIndex) -> dict:
    report = index.report
    return {
        "documents": len(report.documents),
        "claims": len(report.claims),
        "subjects": index.subject_count(),
        "findings": {k: index.counts.get(k, 0) for k in KINDS},
        "errors": len(report.errors),
    }


def claim_with_source(index: ReportIndex, claim: Claim) -> dict:
    """A claim as in the JSON report, plus where it was read (path, outlet, publication date)."""
    doc = index.document_of(claim)
    out = claim_to_dict(claim)
    out["path"] = doc.path if doc else None
    out["outlet"] = doc.outlet if doc else None
    out["published"] = doc.date.isoformat() if doc and doc.date else None
    return out


def check_json(report: Report, *, generated: str | None = None, lazy: bool = False) -> dict:
    """`check --format json`: the JSON report of docs/contract.md plus a "summary" of counts.

    `lazy`: documents, claims and findings as iterators, for write_json to stream."""
    index = ReportIndex(report)
    out = report_to_dict(report, generated=generated, index=index, lazy=lazy)
    out["summary"] = summary_dict(index)
    return out


def conflicts_json(report: Report) -> dict:
    index = ReportIndex(report)
    return {
        "subjects": [
            {
                "subject": s.key,
                "label": s.label,
                "unit": s.unit,
                "findings": [finding_to_dict(f) for f in s.findings if f.kind == "discrepancy"],
                "claims": [claim_with_source(index, c) for c in claims],
            }
            for s, claims in _conflicting(index)
        ]
    }


def timeline_json(report: Report, subject_key: str) -> dict:
    index = ReportIndex(report)
    s = resolve_subject(index, subject_key)
    return {
        "subject": s.key,
        "label": s.label,
        "unit": s.unit,
        "claims": [claim_with_source(index, c) for c in s.claims],
        "findings": [finding_to_dict(f) for f in s.findings],
    }
