"""The outcome of a check in the index: each claim's subject, the subjects and the findings,
so that `search --subject` and SQL over the index see what the last check saw.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections import Counter, defaultdict, deque
from datetime import UTC, datetime
from pathlib import Path

from kfactcheck.index.schema import (
    close_sound,
    db_errors,
    open_index,
    resolve_db,
    write_transaction,
)
from kfactcheck.model import Claim, Report

__all__ = ["store_findings"]


def store_findings(db: str | Path | None, report: Report) -> None:
    """Record a check's outcome: each claim's subject, the subjects and the findings.

    Subjects and findings tables are replaced (they hold the latest check); claims of the
    report's documents get their subject, others keep the one their own last check gave.
    """
    db_path, display = resolve_db(db)
    conn = open_index(db_path, display, create=True)
    try:
        with db_errors(display), write_transaction(conn):
            ids, stored = _claim_rows_as_read(conn, report) or _claim_rows_of(conn, report)
            subject_of = {
                ids[c.id]: (c.subject or None, c.subject_label or None)
                for c in report.claims
                if c.id in ids
            }
            # Only rows whose subject changes are written (a check run again writes none);
            # the report's documents' claims it left out lose theirs.
            conn.executemany(
                "UPDATE claims SET subject = ?, subject_label = ? WHERE id = ?",
                [
                    (*subject_of.get(row, (None, None)), row)
                    for row, old in stored.items()
                    if subject_of.get(row, (None, None)) != old
                ],
            )
            conn.execute("DELETE FROM subjects")
            conn.executemany(
                "INSERT INTO subjects (key, label, unit, claims) VALUES (?, ?, ?, ?)",
                _subject_rows(report.claims),
            )
            conn.execute("DELETE FROM findings")
            conn.executemany(
                "INSERT INTO findings (id, kind, subject, severity, summary, claims, "
                "claim_ids, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        f.id,
                        f.kind,
                        f.subject,
                        f.severity,
                        f.summary,
                        json.dumps(list(f.claims)),
                        json.dumps([ids.get(c) for c in f.claims]),
                        json.dumps(f.extra, ensure_ascii=False, sort_keys=True, default=str),
                    )
                    for f in report.findings
                ],
            )
            conn.executemany(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                [
                    ("findings_at", datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")),
                    (
                        "findings_settings",
                        json.dumps(
                            report.settings, ensure_ascii=False, sort_keys=True, default=str
                        ),
                    ),
                ],
            )
    except BaseException:
        conn.close()
        raise
    close_sound(conn, db_path)


def _claim_rows_as_read(
    conn: sqlite3.Connection, report: Report
) -> tuple[dict[str, int], dict[int, tuple[str | None, str | None]]] | None:
    """What _claim_rows_of returns, from the row numbers the documents and claims were
    read back with; None when that cannot be trusted to give the same (a claim or document
    not read from the index, two claims with the same words in the same place, or a row
    that changed since it was read): _claim_rows_of matches them then."""
    claims = report.claims
    rows = [getattr(c, "row", None) for c in claims]
    doc_rows = [getattr(d, "_row", None) for d in report.documents]
    if None in rows or None in doc_rows or not all(c.id for c in claims):
        return None
    where = [(c.document, c.start, c.end, c.text) for c in claims]
    if len(set(where)) != len(where) or len(set(rows)) != len(rows):
        return None
    _report_docs(conn, doc_rows)
    stored: dict[int, tuple[str | None, str | None]] = {}
    found: dict[int, tuple] = {}
    for claim_id, document_id, start, end, text, subject, label in conn.execute(
        "SELECT c.id, c.document_id, c.start, c.end, c.text, c.subject, c.subject_label "
        "FROM claims c JOIN temp.report_docs r ON r.doc = c.doc"
    ):
        stored[claim_id] = (subject, label)
        found[claim_id] = (document_id, start, end, text)
    if any(found.get(row) != key for row, key in zip(rows, where, strict=True)):
        return None
    return {c.id: row for c, row in zip(claims, rows, strict=True)}, stored


def _report_docs(conn: sqlite3.Connection, rows) -> None:
    """Fill temp.report_docs with the document rows (documents.doc) of the report."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS report_docs (doc INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM temp.report_docs")
    conn.executemany(
        "INSERT OR IGNORE INTO temp.report_docs (doc) VALUES (?)", ((r,) for r in rows)
    )


def _claim_rows_of(
    conn: sqlite3.Connection, report: Report
) -> tuple[dict[str, int], dict[int, tuple[str | None, str | None]]]:
    """Report claim id ("c17") -> claims.id, matching on document, offsets and words; and
    the stored (subject, subject_label) of every claim of the report's documents.

    A few queries over temporary tables, not a few per document.
    """
    wanted: list[tuple[str, list[str]]] = []  # (document id, files it may be in, in order)
    for d in report.documents:
        # A record of a JSON Lines file is shown as FILE#N; the index keys the file.
        files = [d.path, d.path.rpartition("#")[0]] if "#" in d.path else [d.path]
        wanted.append((d.id, [os.path.abspath(f) for f in files]))
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS report_paths (path TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM temp.report_paths")
    conn.executemany(
        "INSERT OR IGNORE INTO temp.report_paths (path) VALUES (?)",
        ((f,) for _, files in wanted for f in files),
    )
    doc_rows: dict[tuple[str, str], list[int]] = defaultdict(list)  # (path, id) -> rows
    for path, doc_id, row in conn.execute(
        "SELECT d.path, d.id, d.doc FROM documents d "
        "JOIN temp.report_paths p ON p.path = d.path ORDER BY d.doc"
    ):
        doc_rows[(path, doc_id)].append(row)
    docs: dict[str, list[int]] = {}
    for doc_id, files in wanted:
        for file in files:
            docs[doc_id] = doc_rows.get((file, doc_id), [])
            if docs[doc_id]:
                break
    rows = [r for ids in docs.values() for r in ids]
    _report_docs(conn, rows)
    claims_of: dict[int, list[tuple]] = defaultdict(list)
    stored: dict[int, tuple[str | None, str | None]] = {}
    for doc, claim_id, document_id, start, end, text, subject, label in conn.execute(
        "SELECT c.doc, c.id, c.document_id, c.start, c.end, c.text, c.subject, "
        "c.subject_label FROM claims c "
        "JOIN temp.report_docs r ON r.doc = c.doc ORDER BY c.doc, c.ordinal"
    ):
        claims_of[doc].append((claim_id, document_id, start, end, text))
        stored[claim_id] = (subject, label)
    free: dict[tuple, deque[int]] = defaultdict(deque)
    for r in rows:
        for claim_id, document_id, start, end, text in claims_of.get(r, ()):
            free[(document_id, start, end, text)].append(claim_id)
    out: dict[str, int] = {}
    for c in report.claims:
        slot = free.get((c.document, c.start, c.end, c.text))
        if c.id and slot:
            out[c.id] = slot.popleft()
    return out, stored


def _subject_rows(claims: list[Claim]) -> list[tuple]:
    labels: dict[str, str] = {}
    units: dict[str, Counter] = defaultdict(Counter)
    for c in claims:
        if c.subject:
            labels.setdefault(c.subject, c.subject_label or c.subject)
            units[c.subject][c.unit] += 1
    return [
        (key, labels[key], units[key].most_common(1)[0][0], sum(units[key].values()))
        for key in sorted(labels)
    ]
