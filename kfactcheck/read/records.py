"""Articles stored as JSON: one object, a list of objects, or JSON Lines (one per line).

Each record needs its text in a `text`, `body` or `content` field; `date`, `title`, `url` and
`outlet` are optional. Problems name the record's line so a user can find it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from kfactcheck.errors import InputError

TEXT_FIELDS = ("text", "body", "content")
DATE_FIELDS = ("date", "published", "published_at", "publication_date", "datePublished", "pubdate")
TITLE_FIELDS = ("title", "headline")
URL_FIELDS = ("url", "link")
OUTLET_FIELDS = ("outlet", "source", "site", "site_name", "publisher")
# An object wrapping its articles: {"articles": [...]}
LIST_FIELDS = ("articles", "documents", "items", "records", "data", "results")


@dataclass(slots=True)
class Record:
    index: int  # position in the file, from 0: the n of the document id suffix "#n"
    line: int  # 1-based line where the record starts
    fields: dict = field(default_factory=dict)


def _bad_json(e: json.JSONDecodeError, line_offset: int = 0) -> str:
    return f"malformed JSON at line {e.lineno + line_offset} column {e.colno}: {e.msg}"


def parse_json(text: str) -> tuple[list[Record], list[str]]:
    """Records of a .json file, and one-line problems with records that were skipped."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(_bad_json(e)) from None
    if isinstance(value, dict) and not any(k in value for k in TEXT_FIELDS):
        for key in LIST_FIELDS:
            if isinstance(value.get(key), list):
                value = value[key]
                break
    if isinstance(value, dict):
        items = [value]
    elif isinstance(value, list):
        items = value
    else:
        raise InputError(f"JSON holds a {type(value).__name__}, not an object or a list of objects")
    if not items:
        raise InputError("JSON list is empty")
    starts = _item_lines(text, len(items)) if len(items) > 1 else [1]
    records, problems = [], []
    for n, item in enumerate(items):
        line = starts[n] if n < len(starts) else 1
        if not isinstance(item, dict):
            problems.append(f"record {n + 1} (line {line}) skipped: not a JSON object")
            continue
        records.append(Record(n, line, item))
    return records, problems


def _item_lines(text: str, count: int) -> list[int]:
    """1-based line where each element of a top-level JSON list starts (for messages)."""
    dec = json.JSONDecoder()
    lines, pos = [], text.index("[") + 1
    try:
        for _ in range(count):
            while text[pos] in " \t\r\n,":
                pos += 1
            lines.append(text.count("\n", 0, pos) + 1)
            _, pos = dec.raw_decode(text, pos)
    except (json.JSONDecodeError, IndexError):
        pass
    return lines


def parse_jsonl(text: str) -> tuple[list[Record], list[str]]:
    """Records of a .jsonl file; a malformed line is a problem, the other lines still count."""
    records, problems = [], []
    n = 0
    for lineno, raw in enumerate(text.split("\n"), 1):
        if not raw.strip():
            continue
        try:
            value = json.loads(raw)
        except json.JSONDecodeError as e:
            # counted as the file's paths count records (FILE#N, N from 1)
            problems.append(
                f"record {n + 1} (line {lineno}) skipped: malformed JSON at column "
                f"{e.colno}: {e.msg}"
            )
            n += 1
            continue
        if isinstance(value, dict):
            records.append(Record(n, lineno, value))
        else:
            problems.append(f"record {n + 1} (line {lineno}) skipped: not a JSON object")
        n += 1
    if not records and not problems:
        raise InputError("empty file")
    return records, problems


def record_text(rec: Record) -> str | None:
    for key in TEXT_FIELDS:
        value = rec.fields.get(key)
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            value = "\n\n".join(value)
        if isinstance(value, str) and value.strip():
            return value
    return None


def first_field(rec: Record, keys: tuple[str, ...]) -> tuple[str, object] | None:
    """(key, value) of the first of `keys` the record has with a non-empty value."""
    for key in keys:
        value = rec.fields.get(key)
        if value not in (None, "", [], {}):
            return key, value
    return None
