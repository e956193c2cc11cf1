"""The JSON report (schema 1 in CONTRACT.md): the format other tools read.

Byte-stable for the same input and settings: fields in a fixed order (the contract's,
then extras), documents by path, claims by document path then offset, findings by
subject, kind and id, numbers written the same way every time, and no timestamp other
than `generated` (fixed by the caller or by SOURCE_DATE_EPOCH).
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from enum import Enum
from os import PathLike, fspath

from kfactcheck import __version__
from kfactcheck.export.common import (
    ReportIndex,
    error_parts,
    generated_timestamp,
    json_number,
    sorted_errors,
)
from kfactcheck.model import Claim, Document, Finding, Report

SCHEMA = 1


def jsonable(obj: object) -> object:
    """Plain JSON values from settings and finding details, with a stable key order."""
    if obj is None or isinstance(obj, bool | str):
        return obj
    if isinstance(obj, int | float):
        return json_number(obj)
    if isinstance(obj, datetime):
        return obj.isoformat()
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, Enum):
        return jsonable(obj.value)
    if isinstance(obj, PathLike):
        return fspath(obj)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return jsonable(dataclasses.asdict(obj))
    if isinstance(obj, dict):
        return {str(k): jsonable(v) for k, v in sorted(obj.items(), key=lambda kv: str(kv[0]))}
    if isinstance(obj, set | frozenset):
        return sorted((jsonable(v) for v in obj), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(obj, list | tuple):
        return [jsonable(v) for v in obj]
    return str(obj)


def document_to_dict(doc: Document) -> dict:
    return {
        "id": doc.id,
        "path": doc.path,
        "title": doc.title,
        "outlet": doc.outlet,
        "date": doc.date.isoformat() if doc.date else None,
        "date_evidence": doc.date_evidence,
        "warnings": list(doc.warnings),
        "url": doc.url,
    }


def claim_value(value: object) -> object:
    """A number as a number (4000, 5.5); a date-valued claim's "YYYY-MM-DD" as it is."""
    if isinstance(value, date):
        return value.isoformat()
    return json_number(value)


def claim_to_dict(claim: Claim) -> dict:
    return {
        "id": claim.id,
        "document": claim.document,
        "subject": claim.subject,
        "subject_label": claim.subject_label,
        "value": claim_value(claim.value),
        "low": claim_value(claim.low),
        "high": claim_value(claim.high),
        "qualifier": claim.qualifier,
        "unit": claim.unit,
        "as_of": claim.as_of.isoformat() if isinstance(claim.as_of, date) else claim.as_of,
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "quote": claim.quote,
        "speaker": claim.speaker,
        "scope": list(claim.scope),
        "sentence_start": claim.sentence_start,
    }


def finding_to_dict(finding: Finding) -> dict:
    out = {
        "id": finding.id,
        "kind": finding.kind,
        "subject": finding.subject,
        "claims": list(finding.claims),
        "severity": finding.severity,
        "summary": finding.summary,
    }
    if finding.extra:
        out["details"] = jsonable(finding.extra)
    return out


def error_to_dict(error: object) -> dict:
    """A file that was skipped: {"path": ..., "message": ...} (path null when unknown)."""
    path, message = error_parts(error)
    return {"path": path, "message": message}


def report_to_dict(
    report: Report, *, generated: str | None = None, index: ReportIndex | None = None
) -> dict:
    """The whole report as CONTRACT.md describes it, in the order it is written."""
    index = index or ReportIndex(report)
    return {
        "kfactcheck": __version__,
        "schema": SCHEMA,
        "generated": generated_timestamp(generated),
        "settings": jsonable(report.settings),
        "documents": [document_to_dict(d) for d in index.sorted_documents],
        "claims": [claim_to_dict(c) for c in index.sorted_claims],
        "findings": [finding_to_dict(f) for f in index.sorted_findings],
        "errors": [error_to_dict(e) for e in sorted_errors(report.errors)],
    }


def dumps(obj: object) -> str:
    """JSON text as every kfactcheck JSON output writes it (UTF-8 text, two-space indent)."""
    return json.dumps(obj, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def render_json(
    report: Report, *, generated: str | None = None, index: ReportIndex | None = None
) -> str:
    return dumps(report_to_dict(report, generated=generated, index=index))
