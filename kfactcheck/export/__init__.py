"""Export a Report as JSON, CSV, Markdown or HTML: `render(report, "html")` returns the text.

    from kfactcheck.export import render, guess_format
    text = render(report, guess_format("out.html") or "json", subject="kfor", kind="discrepancy")

The CLI writes to stdout or to the -o file (`writer` and `write_file`, which keep the CSV's
CRLF rows and the BOM intact, and stream JSON). Formats: json (docs/contract.md), csv (one row
per claim in a finding), md (Markdown), html (one self-contained page).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from kfactcheck.errors import UsageError
from kfactcheck.export.common import ReportIndex, filter_report, generated_timestamp
from kfactcheck.export.csv import render_csv
from kfactcheck.export.html import render_html
from kfactcheck.export.jsonreport import render_json, report_to_dict, write_report_json
from kfactcheck.export.markdown import render_markdown
from kfactcheck.model import Report

FORMATS = ("json", "csv", "md", "html")
_ALIASES = {"markdown": "md", "htm": "html", "txt": None}
_EXTENSIONS = {
    ".json": "json",
    ".csv": "csv",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
}

__all__ = [
    "FORMATS",
    "filter_report",
    "format_of_output",
    "guess_format",
    "normalise_format",
    "render",
    "report_to_dict",
    "write_file",
    "write_text",
    "writer",
]


def guess_format(path: str | os.PathLike[str] | None) -> str | None:
    """The format an output file's extension names (".html" → "html"), or None."""
    if path is None:
        return None
    return _EXTENSIONS.get(Path(path).suffix.lower())


def format_of_output(path: str | os.PathLike[str]) -> str:
    """The format to write to `path` when none was asked for: the one its extension names.
    Any other extension is a usage error naming the formats, rather than JSON written into
    "report.pdf"."""
    fmt = guess_format(path)
    if fmt is None:
        known = ", ".join(sorted(_EXTENSIONS))
        raise UsageError(
            f"cannot tell the report format from {os.fspath(path)!r}: give --format "
            f"({', '.join(FORMATS)}) or a file name ending in one of {known}"
        )
    return fmt


def normalise_format(fmt: str) -> str:
    f = fmt.strip().lower().lstrip(".")
    f = _ALIASES.get(f, f) or ""
    if f not in FORMATS:
        raise UsageError(f"unknown report format {fmt!r} (use one of: {', '.join(FORMATS)})")
    return f


def render(
    report: Report,
    fmt: str,
    *,
    subject: str | None = None,
    kind: str | None = None,
    generated: str | None = None,
) -> str:
    """The report in one format, narrowed to a subject and/or a finding kind.

    `generated` fixes the timestamp written into JSON, Markdown and HTML (tests, archives);
    without it SOURCE_DATE_EPOCH is honoured, else the current UTC time is used.
    Raises UsageError for an unknown format or kind, or a subject that matches nothing.
    """
    f = normalise_format(fmt)
    report = filter_report(report, subject, kind)
    index = ReportIndex(report)
    if f == "json":
        return render_json(report, generated=generated, index=index)
    if f == "csv":
        return render_csv(report, index=index)
    if f == "md":
        return render_markdown(report, generated=generated, index=index)
    return render_html(report, generated=generated, index=index)


def writer(
    report: Report,
    fmt: str,
    *,
    subject: str | None = None,
    kind: str | None = None,
    generated: str | None = None,
) -> Callable[[TextIO], None]:
    """A function that writes what render() returns to a file: JSON piece by piece rather
    than as one string. Raises what render() raises before anything is written."""
    f = normalise_format(fmt)
    if f != "json":
        text = render(report, f, subject=subject, kind=kind, generated=generated)
        return lambda out: out.write(text)  # type: ignore[return-value]
    report = filter_report(report, subject, kind)
    index = ReportIndex(report)
    stamp = generated_timestamp(generated)
    return lambda out: write_report_json(report, out, generated=stamp, index=index)


def write_text(text: str, path: str | os.PathLike[str]) -> None:
    """Write rendered output as UTF-8 without newline translation (CSV rows end in CRLF)."""
    write_file(path, lambda fh: fh.write(text))  # type: ignore[arg-type,return-value]


def write_file(path: str | os.PathLike[str], write: Callable[[TextIO], None]) -> None:
    """Open `path` as write_text does and let `write` (from writer()) fill it."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        write(fh)
