"""Terminal view of claims (`claims`) and its JSON twin; subjects live in views.findings.

Cells are rich Text (never markup strings), so article text prints exactly as written.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from kfactcheck.export.common import QUALIFIER_WORDS, ReportIndex, format_as_of, select_claims
from kfactcheck.model import Claim, Report
from kfactcheck.views.findings import (
    claim_with_source,
    quote_text,
    render_subjects,
    subjects_json,
)
from kfactcheck.views.layout import Line, print_lines, print_tidy

__all__ = [
    "claims_json",
    "filter_claims",
    "render_claims",
    "render_subjects",
    "subjects_json",
]

WIDE = 120  # from this console width on, the quote gets its own column


def filter_claims(
    report: Report,
    *,
    unit: str | None = None,
    doc: str | None = None,
    speaker: str | None = None,
) -> Report:
    """The report with only the claims asked for: unit (exact), document (id, path or a part
    of the path), speaker (a part of the name); case is ignored. Findings are kept only
    when all their claims remain."""
    if unit is None and doc is None and speaker is None:
        return report
    index = ReportIndex(report)
    claims = select_claims(index, unit=unit, doc=doc, speaker=speaker)
    ids = {c.id for c in claims}
    findings = [f for f in report.findings if all(cid in ids for cid in f.claims)]
    return replace(report, claims=claims, findings=findings)


def _wide_table(index: ReportIndex, claims: list[Claim]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("Document", max_width=22, overflow="fold")
    table.add_column("Figure", max_width=20, overflow="fold", style="bold")
    table.add_column("Qualifier", max_width=10)
    table.add_column("Unit", max_width=10, overflow="fold")
    table.add_column("As of", no_wrap=True)
    table.add_column("Speaker", max_width=18, overflow="fold")
    table.add_column("Quote", ratio=1, min_width=30)
    for c in claims:
        d = index.document_of(c)
        table.add_row(
            Text(os.path.basename(d.path) if d else c.document),
            Text(c.text),
            Text(QUALIFIER_WORDS.get(c.qualifier, c.qualifier)),
            Text(c.unit),
            Text(format_as_of(c.as_of)),
            Text(c.speaker or "–", style="" if c.speaker else "dim"),
            quote_text(c, clip=True),
        )
    return table


def _narrow_table(index: ReportIndex, claims: list[Claim]) -> Table:
    """Two columns for an 80-column terminal: the claim's facts, then its quote."""
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, show_lines=True)
    names = (os.path.basename(d.path) for d in index.report.documents)
    # a file name stays on one line while the quote keeps the larger share
    table.add_column("Claim", ratio=2, min_width=min(max(map(len, names), default=8), 30))
    table.add_column("Quote", ratio=3)
    for c in claims:
        d = index.document_of(c)
        facts = Text(os.path.basename(d.path) if d else c.document, style="cyan")
        facts.append("\n")
        facts.append(c.text, style="bold")
        facts.append(f"\n{QUALIFIER_WORDS.get(c.qualifier, c.qualifier)} · {c.unit}")
        facts.append(f"\n{format_as_of(c.as_of)}")
        if c.speaker:
            facts.append(f" · {c.speaker}")
        table.add_row(facts, quote_text(c, clip=True))
    return table


def render_claims(
    report: Report,
    console: Console,
    *,
    unit: str | None = None,
    doc: str | None = None,
    speaker: str | None = None,
) -> None:
    """Claims in document order as a table, each quote with its figure highlighted (a
    quote over views/clip.LONGEST characters as a window around the claim's words)."""
    index = ReportIndex(report)
    claims = select_claims(index, unit=unit, doc=doc, speaker=speaker)
    if not claims:
        print_lines(console, [Line(Text(_no_match(index, unit, doc, speaker)), 0, 2)])
        return
    table = _wide_table if console.width >= WIDE else _narrow_table
    print_tidy(console, table(index, claims))
    n = len(claims)
    print_lines(console, [Line(Text(f"{n} {'claim' if n == 1 else 'claims'}", style="dim"))])


def _no_match(index: ReportIndex, unit: str | None, doc: str | None, speaker: str | None) -> str:
    """ "No claims match unit 'deaths'. Units: people (12), troops (4)": what was asked for,
    and what there is to ask for instead."""
    claims = index.report.claims
    if not claims:
        return "No claims."
    asked = [
        f"{what} {value!r}"
        for what, value in (("unit", unit), ("document", doc), ("speaker", speaker))
        if value is not None
    ]
    text = f"No claims match {' and '.join(asked)}." if asked else "No claims match."
    if unit is not None:
        text += f" Units: {_most_common(c.unit for c in claims)}."
    if speaker is not None:
        text += f" Speakers: {_most_common(c.speaker for c in claims)}."
    return text


def _most_common(values: Iterable[str | None], n: int = 12) -> str:
    counts = Counter(v for v in values if v)
    if not counts:
        return "none"
    shown = ", ".join(
        f"{v} ({k})" for v, k in sorted(counts.items(), key=lambda x: (-x[1], x[0]))[:n]
    )
    return shown + (", …" if len(counts) > n else "")


def claims_json(
    report: Report, *, unit: str | None = None, doc: str | None = None, speaker: str | None = None
) -> list[dict]:
    """Claims as in the JSON report, each with its document's path, outlet and date."""
    index = ReportIndex(report)
    return [
        claim_with_source(index, c)
        for c in select_claims(index, unit=unit, doc=doc, speaker=speaker)
    ]
