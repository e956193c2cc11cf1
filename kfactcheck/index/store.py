"""The claim index: an SQLite cache of each file's documents and claims (the last check's
subjects and findings are index/findings.py's).

The pipeline (kfactcheck.pipeline.index_corpus) lists the files once and asks a ClaimIndex
which of them it still holds: a file whose size and mtime are unchanged is not even read,
a file whose bytes are unchanged is not extracted again, a file made by another extractor
version is. The pipeline reads and extracts the rest (in worker processes) and puts each
file's rows back; the index commits them one transaction per batch, so an interrupted run
leaves a consistent index and the next run finishes the job. It removes the rows of files
gone from a folder given. Tables and columns: README, "The claim index".
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import time
from collections.abc import Iterable
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from kfactcheck.errors import IndexDbError
from kfactcheck.index.findings import store_findings  # the index's other write
from kfactcheck.index.rows import (
    CLAIM_COLUMNS,
    CLAIM_SELECT,
    DOCUMENT_COLUMNS,
    DOCUMENT_SELECT,
    claim_from_row,
    document_from_row,
)
from kfactcheck.index.schema import (
    BUSY_SECONDS,
    close_sound,
    db_errors,
    default_db_path,
    open_index,
    resolve_db,
    write_transaction,
)
from kfactcheck.index.search import SearchHit, fts_query, search
from kfactcheck.model import Claim, Document
from kfactcheck.read.corpus import FileError

if TYPE_CHECKING:
    from kfactcheck.read.corpus import FileEntry

# A batch is committed after this many files or this many seconds, whichever comes first:
# big enough to amortise the commit, small enough that Ctrl-C loses little work.
BATCH_FILES = 256
BATCH_SECONDS = 0.5

# A file modified this close to when it was read may change again within the same mtime
# tick (coarse file systems): its size and mtime alone are not trusted next time, its bytes
# are hashed again (as git does for "racy" files).
RACY_NS = 2_000_000_000

# What decides what is read and extracted: any edit under these re-extracts (see
# code_fingerprint). Analysis, views, export and the index itself may change freely.
EXTRACTION_PACKAGES = ("read", "grammar", "claims", "data")


# ----------------------------------------------------------------------------- indexing


@dataclass(slots=True)
class Pending:
    """A file whose stored rows do not hold: the pipeline reads and extracts it again."""

    path: str  # absolute
    display: str  # as the user sees it
    manifest: dict | None  # the corpus manifest entry for the file
    manifest_key: str | None
    known_sha256: str | None  # stored hash, when a matching hash means "only touched"


@dataclass(slots=True)
class FileRows:
    """What reading one file gave, for ClaimIndex.put: rows ready to insert, or why the
    file was skipped."""

    path: str
    size: int
    mtime_ns: int
    sha256: str
    manifest_key: str | None
    read_ns: int = 0  # wall clock when the bytes were read (see RACY_NS)
    touched: bool = False  # bytes unchanged: only size/mtime need updating
    error: str | None = None
    retry: bool = False  # the error may pass (I/O): do not remember the file as read
    problems: list[str] = field(default_factory=list)  # records skipped, file still read
    documents: list[tuple[tuple, list[tuple]]] = field(default_factory=list)


class ClaimIndex:
    """The index as a cache for one run over a list of files (kfactcheck.pipeline's loop):

        with ClaimIndex(db, version) as index:
            pending, reused, removed = index.begin(files, paths)  # what it cannot answer
            for rows in read(pending):  # the pipeline reads and extracts those
                index.put(rows)
            index.finish()
            documents, claims, errors = index.get()

    `version` keys the rows: rows made under another version are pending again.
    `notice`: say so on stderr when another process holds the write lock.
    """

    def __init__(self, db: str | Path | None, version: str, *, notice: bool = True) -> None:
        self.db_path, self.display = resolve_db(db)
        self.version = version
        self.now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.notice = _Waiting(self.display) if notice else None
        self._batch: list[FileRows] = []
        self._last = time.monotonic()
        self._stack = ExitStack()

    def __enter__(self) -> ClaimIndex:
        self.conn = open_index(self.db_path, self.display, create=True)
        self._stack.push(self._close)
        self._stack.enter_context(db_errors(self.display))  # one line per database error
        return self

    def __exit__(self, *exc) -> bool | None:
        return self._stack.__exit__(*exc)

    def _close(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            close_sound(self.conn, self.db_path)  # as this run left it: no check next time
        else:
            self.conn.close()

    def begin(self, files: list[FileEntry], paths: Iterable[str | Path]) -> tuple[list, int, int]:
        """This run's files: the ones whose rows do not hold (to read again), how many
        rows do, and how many files gone from the folders in `paths` lost theirs."""
        _fill_current(self.conn, files)
        removed = _remove_vanished(self.conn, paths, self.notice)
        pending, reused = _plan(self.conn, files, self.version)
        self._last = time.monotonic()
        return pending, reused, removed

    def put(self, rows: FileRows) -> None:
        """Store what reading a file gave; committed with its batch."""
        self._batch.append(rows)
        if len(self._batch) >= BATCH_FILES or time.monotonic() - self._last >= BATCH_SECONDS:
            self.flush()

    def flush(self) -> None:
        _write(self.conn, self._batch, self.version, self.now, self.notice)
        self._batch, self._last = [], time.monotonic()

    def finish(self) -> None:
        """Commit what is left and note the version the index was brought up to."""
        self.flush()
        _note_version(self.conn, self.version, self.notice)

    def get(self) -> tuple[list[Document], list[Claim], list]:
        """This run's documents, claims and problems (their texts read when used)."""
        return _load(self.conn, _TextReader(self.db_path, self.display))

    def counts(self) -> tuple[list, int, int]:
        """What get() would return, as counts: the problems, documents and claims."""
        return _count(self.conn)


class _Waiting:
    """Says once per run that another process holds the write lock."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.said = False

    def __call__(self) -> None:
        if not self.said:
            self.said = True
            print(
                f"kfactcheck: waiting for another kfactcheck process to finish writing "
                f"{self.display}",
                file=sys.stderr,
                flush=True,
            )


def _note_version(conn: sqlite3.Connection, version: str, notice) -> None:
    row = conn.execute("SELECT value FROM meta WHERE key = 'extractor_version'").fetchone()
    if row is None or row[0] != version:  # no write when nothing changed (read-only media)
        with write_transaction(conn, notice):
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('extractor_version', ?)",
                (version,),
            )


@cache
def code_fingerprint() -> str:
    """A hash of the package's reading and extraction code and data.

    The version constants say when output changes on purpose; this catches every other
    edit (a development checkout, a patched install), so an index never serves claims that
    the code at hand would not extract.
    """
    root = Path(__file__).parent.parent
    digest = hashlib.sha256()
    try:
        for package in EXTRACTION_PACKAGES:
            for file in sorted((root / package).rglob("*")):
                if (
                    file.suffix not in (".py", ".toml", ".txt", ".json", ".csv")
                    or "__pycache__" in file.parts
                    or not file.is_file()
                ):
                    continue
                rel = file.relative_to(root).as_posix()
                digest.update(rel.encode() + b"\0" + file.read_bytes() + b"\0")
    except OSError:  # e.g. a frozen app without sources: the version constants decide
        return "-"
    return digest.hexdigest()[:12]


def _manifest_key(entry: dict | None) -> str | None:
    if entry is None:
        return None
    return json.dumps(entry, sort_keys=True, ensure_ascii=False, default=str)


def _fill_current(conn: sqlite3.Connection, files: list[FileEntry]) -> None:
    """A temporary table of the files of this run: every later query joins it."""
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS current "
        "(path TEXT PRIMARY KEY, display TEXT NOT NULL, ord INTEGER NOT NULL)"
    )
    conn.execute("BEGIN")  # writes the temp database only: takes no lock on the index
    conn.execute("DELETE FROM temp.current")
    conn.executemany(
        "INSERT INTO temp.current (path, display, ord) VALUES (?, ?, ?)",
        [(j.path, j.display, i) for i, j in enumerate(files)],
    )
    conn.execute("COMMIT")


def _remove_vanished(conn: sqlite3.Connection, paths: Iterable[str | Path], notice) -> int:
    """Delete the rows of files that were under a path given but are not there any more."""
    gone: set[str] = set()
    for given in paths:
        root = os.path.abspath(given)
        # Everything strictly under root/ sorts between "root/" and "root0" (sep + 1).
        low, high = root + os.sep, root + chr(ord(os.sep) + 1)
        if root.endswith(os.sep):  # the filesystem root itself
            low, high = root, root[:-1] + chr(ord(os.sep) + 1)
        gone.update(
            path
            for (path,) in conn.execute(
                "SELECT path FROM files WHERE (path = ? OR (path >= ? AND path < ?)) "
                "AND path NOT IN (SELECT path FROM temp.current)",
                (root, low, high),
            )
        )
    if gone:
        with write_transaction(conn, notice):
            conn.executemany("DELETE FROM files WHERE path = ?", [(p,) for p in sorted(gone)])
    return len(gone)


def _plan(
    conn: sqlite3.Connection, files: list[FileEntry], version: str
) -> tuple[list[Pending], int]:
    """Split the files into work to do and files whose stored rows still hold."""
    stored = {
        row[0]: row[1:]
        for row in conn.execute(
            "SELECT f.path, f.size, f.mtime_ns, f.read_ns, f.sha256, f.manifest, "
            "f.extractor_version "
            "FROM files f JOIN temp.current c ON c.path = f.path"
        )
    }
    todo: list[Pending] = []
    reused = 0
    for file in files:
        job = Pending(file.path, file.display, file.manifest, _manifest_key(file.manifest), None)
        old = stored.get(job.path)
        if old is not None and old[4] == job.manifest_key and old[5] == version:
            size, mtime_ns, read_ns, sha256 = old[:4]
            try:
                st = os.stat(job.path)
            except OSError:
                st = None  # the worker will say why
            if (
                st is not None
                and (st.st_size, st.st_mtime_ns) == (size, mtime_ns)
                and mtime_ns < read_ns - RACY_NS
            ):
                reused += 1
                continue
            job.known_sha256 = sha256
        todo.append(job)
    return todo, reused


_INSERT_FILE = (
    "INSERT INTO files (path, size, mtime_ns, read_ns, sha256, manifest, extractor_version, "
    "error, problems, documents, indexed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_DOCUMENT = f"INSERT INTO documents ({DOCUMENT_COLUMNS}) VALUES ({', '.join('?' * 17)})"
_INSERT_CLAIM = f"INSERT INTO claims ({CLAIM_COLUMNS}) VALUES ({', '.join('?' * 18)})"


def _write(conn: sqlite3.Connection, batch: list[FileRows], version: str, now: str, notice) -> None:
    if not batch:
        return
    with write_transaction(conn, notice):
        claim_rows: list[tuple] = []
        for done in batch:
            if done.touched:
                conn.execute(
                    "UPDATE files SET size = ?, mtime_ns = ?, read_ns = ?, indexed_at = ? "
                    "WHERE path = ?",
                    (done.size, done.mtime_ns, done.read_ns, now, done.path),
                )
                continue
            conn.execute("DELETE FROM files WHERE path = ?", (done.path,))  # cascades
            # A passing failure is stored with a stat and hash no file has: retried next run.
            size, mtime_ns, sha = (
                (-1, -1, "") if done.retry else (done.size, done.mtime_ns, done.sha256)
            )
            conn.execute(
                _INSERT_FILE,
                (
                    done.path,
                    size,
                    mtime_ns,
                    done.read_ns,
                    sha,
                    done.manifest_key,
                    version,
                    done.error,
                    json.dumps(done.problems, ensure_ascii=False),
                    len(done.documents),
                    now,
                ),
            )
            for part, (doc, claims) in enumerate(done.documents):
                doc_id, *rest = doc
                cur = conn.execute(_INSERT_DOCUMENT, (doc_id, done.path, part, *rest, version, now))
                claim_rows.extend((cur.lastrowid, *c) for c in claims)
        conn.executemany(_INSERT_CLAIM, claim_rows)


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


__all__ = [
    "ClaimIndex",
    "FileRows",
    "Pending",
    "SearchHit",
    "code_fingerprint",
    "default_db_path",
    "fts_query",
    "search",
    "store_findings",
]
