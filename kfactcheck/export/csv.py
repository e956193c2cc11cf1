"""The CSV report: one row per claim in a finding, for spreadsheets.

Encoding: UTF-8 with a byte-order mark. Excel opens a BOM-less CSV as the local ANSI
code page and turns “curly quotes”, accents and non-Latin names into mojibake; with the
BOM it reads UTF-8, and LibreOffice, pandas (encoding="utf-8-sig") and Python's csv
module read it too. Rows end in CRLF (RFC 4180): write the text with newline="" so it
is not translated again.

Formula injection: a spreadsheet runs a cell that starts with =, +, -, @, tab or CR as a
formula, so every text cell that starts that way gets a leading apostrophe (the usual
neutralisation; the apostrophe is not shown). The value/low/high columns hold numbers
that kfactcheck wrote itself and stay numeric, minus signs included.
"""

from __future__ import annotations

import csv
import io

from kfactcheck.export.common import ReportIndex, json_number
from kfactcheck.model import Report

BOM = "\ufeff"
COLUMNS = (
    "finding_id",
    "kind",
    "severity",
    "subject",
    "subject_label",
    "summary",
    "claim_id",
    "figure",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "as_of",
    "outlet",
    "speaker",
    "document_date",
    "document",
    "quote",
)
NUMERIC = frozenset({"value", "low", "high"})
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """Text a spreadsheet will show, never evaluate."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def number_cell(value: object) -> str:
    """A number the tool computed as a plain number; anything else is treated as text."""
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        n = json_number(value)
        return "" if n is None else str(n)
    return neutralise(str(value))


def text_cell(value: object) -> str:
    if value is None:
        return ""
    return neutralise(str(value))


def render_csv(report: Report, *, index: ReportIndex | None = None) -> str:
    index = index or ReportIndex(report)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for finding in index.sorted_findings:
        for claim in index.claims_of(finding):
            doc = index.document_of(claim)
            row = {
                "finding_id": finding.id,
                "kind": finding.kind,
                "severity": finding.severity,
                "subject": finding.subject,
                "subject_label": claim.subject_label,
                "summary": finding.summary,
                "claim_id": claim.id,
                "figure": claim.text,
                "value": claim.value,
                "low": claim.low,
                "high": claim.high,
                "qualifier": claim.qualifier,
                "unit": claim.unit,
                "as_of": claim.as_of,
                "outlet": doc.outlet if doc else None,
                "speaker": claim.speaker,
                "document_date": doc.date.isoformat() if doc and doc.date else None,
                "document": doc.path if doc else claim.document,
                "quote": claim.quote,
            }
            writer.writerow(
                number_cell(row[col]) if col in NUMERIC else text_cell(row[col]) for col in COLUMNS
            )
    return BOM + out.getvalue()
