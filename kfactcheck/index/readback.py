"""Reading the index back: the documents, claims and problems of a run's files, from one
snapshot, each document's text read only when it is used.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from kfactcheck.errors import IndexDbError
from kfactcheck.index.rows import (
    CLAIM_SELECT,
    DOCUMENT_SELECT,
    claim_from_row,
    document_from_row,
)
from kfactcheck.index.schema import BUSY_SECONDS, db_errors
from kfactcheck.model import Claim, Document


def _load(
    conn: sqlite3.Connection, read_text: _TextReader
) -> tuple[list[Document], list[Claim], list]:
    """The documents, claims and problems of this run's files, from one snapshot.

    As read_corpus does: a file whose bytes equal a file met before it is reported, not
    read twice (it would double its claims). The documents' texts are read when used.
    """
    conn.execute("BEGIN")
    try:
        errors, shown = _files_read(conn)
        docs = conn.execute(
            f"SELECT d.path, d.part, {DOCUMENT_SELECT} FROM temp.current c "
            "JOIN documents d ON d.path = c.path"
        ).fetchall()
        claims = conn.execute(
            f"SELECT c.doc, c.id, {CLAIM_SELECT} FROM temp.current cur "
            "JOIN documents d ON d.path = cur.path JOIN claims c ON c.doc = d.doc "
            "ORDER BY c.doc, c.start, c.ordinal"
        ).fetchall()
    finally:
        conn.execute("COMMIT")

    # rows: path, part, then DOCUMENT_SELECT (its first column is the row number, doc)
    kept = sorted(((shown[r[0]], r[1], r) for r in docs if r[0] in shown), key=lambda t: t[:2])
    documents = [document_from_row(r[2:], display, read_text) for display, _, r in kept]
    rank = {r[2]: i for i, (_, _, r) in enumerate(kept)}
    ordered = sorted((r for r in claims if r[0] in rank), key=lambda r: rank[r[0]])  # stable
    return documents, [claim_from_row(r[2:], index_row=r[1]) for r in ordered], errors


class _TextReader:
    """Reads a document's text from the index when a Document is first asked for it."""

    def __init__(self, db_path: Path, display: str) -> None:
        self.db_path, self.display = db_path, display
        self.conn: sqlite3.Connection | None = None

    def __call__(self, doc: int, sha256: str) -> str:
        with db_errors(self.display):
            if self.conn is None:
                self.conn = sqlite3.connect(
                    self.db_path, timeout=BUSY_SECONDS, check_same_thread=False
                )
            row = self.conn.execute(
                "SELECT text FROM documents WHERE doc = ? AND sha256 = ?", (doc, sha256)
            ).fetchone()
        if row is None:  # another process replaced the file's rows since they were read
            raise IndexDbError(
                f"index {self.display} changed while this command was reading it: run it again"
            )
        return row[0]


def _count(conn: sqlite3.Connection) -> tuple[list, int, int]:
    """What _load would return, as counts: the problems, documents and claims."""
    conn.execute("BEGIN")
    try:
        errors, shown = _files_read(conn)
        per_file = conn.execute(
            "SELECT d.path, count(DISTINCT d.doc), count(c.id) FROM temp.current cur "
            "JOIN documents d ON d.path = cur.path LEFT JOIN claims c ON c.doc = d.doc "
            "GROUP BY d.path"
        ).fetchall()
    finally:
        conn.execute("COMMIT")
    kept = [(docs, claims) for path, docs, claims in per_file if path in shown]
    return errors, sum(d for d, _ in kept), sum(c for _, c in kept)


def _files_read(conn: sqlite3.Connection) -> tuple[list, dict[str, str]]:
    """The problems of this run's files, and path -> display path of the files whose
    documents count (a file with the same bytes as one met before it does not)."""
    from kfactcheck.read.corpus import FileError

    files = conn.execute(
        "SELECT c.path, c.display, f.sha256, f.error, f.problems FROM temp.current c "
        "JOIN files f ON f.path = c.path ORDER BY c.ord"
    ).fetchall()
    errors = []
    shown: dict[str, str] = {}
    first_of: dict[str, str] = {}
    for path, display, sha, error, problems in files:
        if error is not None:
            errors.append(FileError(display, error))
            continue
        if problems != "[]":
            errors.extend(FileError(display, p) for p in json.loads(problems))
        if sha in first_of:
            errors.append(FileError(display, f"same bytes as {first_of[sha]} (read once)"))
            continue
        first_of[sha] = display
        shown[path] = display
    return errors, shown
