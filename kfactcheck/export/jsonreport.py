"""The JSON report (schema 1 in docs/contract.md): the format other tools read.

Byte-stable for the same input and settings: fields in a fixed order (the contract's,
then extras), documents by path, claims by document path then offset, findings by
subject, kind and id, numbers written the same way every time, and no timestamp other
than `generated` (fixed by the caller or by SOURCE_DATE_EPOCH).
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from enum import Enum
from json.encoder import INFINITY as _INF
from json.encoder import encode_basestring as _encode_string  # C, keeps non-ASCII as is
from os import PathLike, fspath
from typing import Any, TextIO

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
        "lang": doc.lang,
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
    report: Report,
    *,
    generated: str | None = None,
    index: ReportIndex | None = None,
    lazy: bool = False,
) -> dict:
    """The whole report as docs/contract.md describes it, in the order it is written.

    `lazy`: documents, claims and findings as iterators (made while write_json writes
    them), so a large report is never held as dictionaries all at once."""
    index = index or ReportIndex(report)
    many = iter if lazy else list
    return {
        "kfactcheck": __version__,
        "schema": SCHEMA,
        "generated": generated_timestamp(generated),
        "settings": jsonable(report.settings),
        "documents": many(map(document_to_dict, index.sorted_documents)),
        "claims": many(map(claim_to_dict, index.sorted_claims)),
        "findings": many(map(finding_to_dict, index.sorted_findings)),
        "errors": [error_to_dict(e) for e in sorted_errors(report.errors)],
    }


def dumps(obj: object) -> str:
    """JSON text as every kfactcheck JSON output writes it (UTF-8 text, two-space indent;
    DEL and the C1 controls escaped, as json escapes the C0 ones: no terminal acts on them)."""
    return _escape_c1(json.dumps(obj, ensure_ascii=False, indent=2, allow_nan=False) + "\n")


# Outside strings JSON text is ASCII: these can only be inside one, where \u00XX is the same.
_C1 = re.compile("[\x7f-\x9f]")


def _escape_c1(text: str) -> str:
    return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text) if _C1.search(text) else text


def render_json(
    report: Report, *, generated: str | None = None, index: ReportIndex | None = None
) -> str:
    return dumps(report_to_dict(report, generated=generated, index=index))


def write_report_json(
    report: Report,
    out: TextIO,
    *,
    generated: str | None = None,
    index: ReportIndex | None = None,
) -> None:
    """What render_json returns, written to `out` piece by piece."""
    write_json(report_to_dict(report, generated=generated, index=index, lazy=True), out)


# ----------------------------------------------------------------------------- writing

# Written to the file in pieces of about this many characters.
_CHUNK = 1 << 20


def write_json(obj: object, out: TextIO) -> None:
    """Write exactly what dumps(obj) returns, without building it as one string.

    A list (or tuple) directly under a top-level object, or the top-level list itself, may
    be given as an iterator: it is written as a list, item by item, as it is consumed."""
    pieces: list[str] = []
    size = 0

    def put(text: str) -> None:
        nonlocal size
        pieces.append(text)
        size += len(text)
        if size >= _CHUNK:
            out.write(_escape_c1("".join(pieces)))
            pieces.clear()
            size = 0

    def put_many(items, level: int) -> None:
        inner = "\n" + "  " * (level + 1)
        first = True
        for item in items:
            put(("[" if first else ",") + inner + _encode(item, level + 1))
            first = False
        put("[]" if first else "\n" + "  " * level + "]")

    if isinstance(obj, dict) and obj and all(isinstance(k, str) for k in obj):
        sep = "{"
        for key, value in obj.items():
            put(f"{sep}\n  {_encode_string(key)}: ")
            sep = ","
            if _streamable(value):
                put_many(value, 1)
            else:
                put(_encode(value, 1))
        put("\n}")
    elif _streamable(obj):
        put_many(obj, 0)
    else:
        put(_encode(obj, 0))
    put("\n")
    out.write(_escape_c1("".join(pieces)))


def _streamable(value: object) -> bool:
    return isinstance(value, list | tuple | Iterator)


def _encode(o: object, level: int) -> str:
    """json.dumps(o, ensure_ascii=False, indent=2, allow_nan=False) at nesting `level`,
    the same text as the standard library's Python encoder writes, a good deal faster."""
    scalar = _SCALARS.get(type(o))
    if scalar is not None:
        return scalar(o)
    # None, True, False and exact str/int/float went by _SCALARS: subclasses from here on
    if isinstance(o, str):
        return _encode_string(o)
    if isinstance(o, int):
        return int.__repr__(o)
    if isinstance(o, float):
        return _encode_float(o)
    if isinstance(o, list | tuple):
        if not o:
            return "[]"
        inner = "\n" + "  " * (level + 1)
        body = ("," + inner).join([_encode(v, level + 1) for v in o])
        return "[" + inner + body + "\n" + "  " * level + "]"
    if isinstance(o, dict):
        if not o:
            return "{}"
        inner = "\n" + "  " * (level + 1)
        keys = _KEYS
        scalars = _SCALARS
        body = ("," + inner).join(
            [
                (keys.get(k) or _encode_key(k))
                + ": "
                + (f(v) if (f := scalars.get(type(v))) is not None else _encode(v, level + 1))
                for k, v in o.items()
            ]
        )
        return "{" + inner + body + "\n" + "  " * level + "}"
    return json.dumps(o, ensure_ascii=False, allow_nan=False)  # raises the usual TypeError


def _encode_float(o: float) -> str:
    if o != o or o in (_INF, -_INF):
        raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
    return float.__repr__(o)


# Values of exactly these types are written by one call (subclasses take the long way).
_SCALARS: dict[type, Callable[[Any], str]] = {
    str: _encode_string,
    int: int.__repr__,
    float: _encode_float,
    bool: lambda o: "true" if o else "false",
    type(None): lambda o: "null",
}
_KEYS: dict[object, str] = {}  # dict keys written before (the report's field names)


def _encode_key(key: object) -> str:
    """A dict key as the standard library writes it (it turns scalars into strings)."""
    if isinstance(key, str):
        text = _encode_string(key)
        if len(_KEYS) < 1000 and type(key) is str:
            _KEYS[key] = text
        return text
    return json.dumps({key: 0}, ensure_ascii=False, allow_nan=False)[1:-4]  # '{"1.5": 0}'
