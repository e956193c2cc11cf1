"""The claim index: an SQLite file that remembers what was read and extracted.

`index_corpus` brings the index up to date with the files under the paths given and returns
their documents and claims: files whose size and mtime are unchanged are not even read,
files whose bytes are unchanged are not extracted again, changed files are replaced, files
gone from a folder given are removed, and a new extractor version re-extracts exactly the
files made by the old one. Extraction runs in worker processes; this process is the only
writer, committing one transaction per batch, so an interrupted run leaves a consistent
index and the next run finishes the job. Tables and columns: README, "The claim index".
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import time
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING

from kfactcheck.errors import IndexDbError
from kfactcheck.index.rows import (
    CLAIM_COLUMNS,
    CLAIM_SELECT,
    DOCUMENT_COLUMNS,
    DOCUMENT_SELECT,
    claim_from_row,
    claim_row,
    document_from_row,
    document_row,
)
from kfactcheck.index.schema import (
    BUSY_SECONDS,
    db_errors,
    default_db_path,
    open_index,
    resolve_db,
    write_transaction,
)
from kfactcheck.index.search import SearchHit, fts_query, search
from kfactcheck.model import Claim, Document, Report

if TYPE_CHECKING:
    from kfactcheck.read.corpus import FileError

Extract = Callable[[Document], list[Claim]]

# A batch is committed after this many files or this many seconds, whichever comes first:
# big enough to amortise the commit, small enough that Ctrl-C loses little work.
BATCH_FILES = 256
BATCH_SECONDS = 0.5

# A file modified this close to when it was read may change again within the same mtime
# tick (coarse file systems): its size and mtime alone are not trusted next time, its bytes
# are hashed again (as git does for "racy" files).
RACY_NS = 2_000_000_000

# What decides what is read and extracted: any edit under these re-extracts (see
# _code_fingerprint). Analysis, views, export and the index itself may change freely.
EXTRACTION_PACKAGES = ("read", "grammar", "claims", "data")


@dataclass(slots=True)
class IndexStats:
    files: int  # files found under the paths
    extracted: int  # files read and extracted in this run
    reused: int  # files whose rows were kept (unchanged size+mtime, or unchanged bytes)
    removed: int  # files gone from the paths whose rows were deleted
    claims: int  # claims of the documents returned
    errors: int  # files skipped, with a reason
    seconds: float


@dataclass(slots=True)
class Indexed:
    documents: list[Document]  # sorted by path
    claims: list[Claim]  # sorted by document path, then offset
    errors: list[FileError]  # files skipped or with problems, in path order
    stats: IndexStats


# ----------------------------------------------------------------------------- indexing


@dataclass(slots=True)
class _Job:
    """One file to (re)read, as sent to a worker."""

    path: str  # absolute
    display: str  # as the user sees it
    manifest: dict | None  # the corpus manifest entry for the file
    manifest_key: str | None
    known_sha256: str | None  # stored hash, when a matching hash means "only touched"


@dataclass(slots=True)
class _Done:
    """What a worker found for one file: rows ready to insert, or why it was skipped."""

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


def index_corpus(
    paths: Sequence[str | Path] | str | Path,
    *,
    db: str | Path | None = None,
    jobs: int | None = None,
    progress: bool | None = None,
    extract: Extract | None = None,
    extractor_version: str | None = None,
    load: bool = True,
) -> Indexed:
    """Bring the index at `db` up to date with the files under `paths`, and return them.

    With `load=False` only the problems and counts are read back (the `index` command):
    the documents and claims lists of the result are empty, its stats still count them.

    `jobs` worker processes extract (default: all cores; 1 = in this process). `progress`
    shows a bar on stderr (default: only when stderr is a terminal). `extract` replaces
    kfactcheck.claims.extract.extract_claims (it must be a module-level function when jobs > 1).
    Rows made under another version key are extracted again: the key is the reader's
    version plus `extractor_version` if given, else the extractor's version and a hash of
    the code that reads and extracts.
    """
    started = time.perf_counter()
    if isinstance(paths, str | Path):
        paths = [paths]
    extract, version = _extractor(extract, extractor_version)
    db_path, display = resolve_db(db)
    files, listing_errors = _list_files(paths)
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    # Tell the user why nothing moves while another process holds the write lock.
    notice = None if progress is False else _Waiting(display)
    conn = open_index(db_path, display, create=True)
    try:
        with db_errors(display):
            _fill_current(conn, files)
            removed = _remove_vanished(conn, paths, notice)
            jobs_todo, reused = _plan(conn, files, version)
            extracted, touched = _run_jobs(
                conn,
                jobs_todo,
                extract,
                version,
                now,
                jobs=jobs,
                progress=progress,
                notice=notice,
            )
            _note_version(conn, version, notice)
            if load:
                documents, claims, errors = _load(conn, _TextReader(db_path, display))
                n_documents, n_claims = len(documents), len(claims)
            else:
                documents, claims = [], []
                errors, n_documents, n_claims = _count(conn)
    finally:
        conn.close()

    errors = sorted([*listing_errors, *errors], key=lambda e: e.path)  # as read_corpus
    if not n_documents:
        _no_documents(errors)
    stats = IndexStats(
        files=len(files),
        extracted=extracted,
        reused=reused + touched,
        removed=removed,
        claims=n_claims,
        errors=len(errors),
        seconds=time.perf_counter() - started,
    )
    return Indexed(documents, claims, errors, stats)


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


def _no_documents(errors: list) -> None:
    """Raise what read_corpus raises when nothing at all could be read."""
    from kfactcheck.read.corpus import no_documents

    raise no_documents(errors)


def _extractor(extract: Extract | None, version: str | None) -> tuple[Extract, str]:
    """The extraction function, and the version key its rows are stored under."""
    from kfactcheck.read import corpus

    reader = corpus.READER_VERSION
    if version is None:
        # Not only the version constants: any edit of the code that reads or extracts.
        version = f"code {_code_fingerprint()}"
        if extract is None:
            from kfactcheck.claims.extract import EXTRACTOR_VERSION

            version = f"extract {EXTRACTOR_VERSION}; {version}"
        else:
            name = getattr(extract, "__qualname__", type(extract).__qualname__)
            version = f"{extract.__module__}.{name}; {version}"
    if extract is None:
        from kfactcheck.claims.extract import extract_claims

        extract = extract_claims
    return extract, f"corpus {reader}; {version}"


@cache
def _code_fingerprint() -> str:
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


def _list_files(paths: Sequence[str | Path]) -> tuple[list[_Job], list]:
    """Files under the paths in the reader's order, each with its manifest entry; and the
    paths that could not be listed (missing, empty folder, bad manifest)."""
    from kfactcheck.read import corpus, manifest

    errors: list = []
    seen: dict[str, _Job] = {}
    # Each folder's manifests looked up once, as read_corpus does (a stat per manifest
    # name per folder level for every file was most of an unchanged corpus's re-index);
    # and a folder with none above it up to where the look-up stops is not asked again.
    manifests: dict = {}
    bare: set[str] = set()  # folders whose files have no manifest entry
    for _file, shown, absolute in corpus.iter_file_names(list(paths), errors=errors):
        if absolute not in seen:
            folder = os.path.dirname(absolute)
            entry = None if folder in bare else manifest.entry_for(absolute, manifests)
            if entry is None and folder not in bare and _no_manifests_above(folder, manifests):
                bare.add(folder)
            seen[absolute] = _Job(absolute, shown, entry, _manifest_key(entry), None)
    return list(seen.values()), errors


def _no_manifests_above(folder: str, manifests: dict) -> bool:
    """True when every folder from `folder` up that manifest.entry_for has looked at (its
    cache holds each one it looked at, upwards from the file's own) has no manifest: then
    entry_for finds nothing for any file of `folder`."""
    while folder in manifests:
        if manifests[folder]:
            return False
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    return True


def _manifest_key(entry: dict | None) -> str | None:
    if entry is None:
        return None
    return json.dumps(entry, sort_keys=True, ensure_ascii=False, default=str)


def _fill_current(conn: sqlite3.Connection, files: list[_Job]) -> None:
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


def _plan(conn: sqlite3.Connection, files: list[_Job], version: str) -> tuple[list[_Job], int]:
    """Split the files into work to do and files whose stored rows still hold."""
    stored = {
        row[0]: row[1:]
        for row in conn.execute(
            "SELECT f.path, f.size, f.mtime_ns, f.read_ns, f.sha256, f.manifest, "
            "f.extractor_version "
            "FROM files f JOIN temp.current c ON c.path = f.path"
        )
    }
    todo: list[_Job] = []
    reused = 0
    for job in files:
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


def _run_jobs(
    conn: sqlite3.Connection,
    todo: list[_Job],
    extract: Extract,
    version: str,
    now: str,
    *,
    jobs: int | None,
    progress: bool | None,
    notice,
) -> tuple[int, int]:
    """Extract the files to do (in workers when jobs > 1) and write them in batches."""
    if not todo:
        return 0, 0
    work = partial(_process, extract=extract)
    workers = max(1, min(jobs or os.cpu_count() or 1, len(todo)))
    pool = None
    if workers > 1:
        # Started before the progress bar's thread exists: forking a threaded process is
        # unsafe. Workers ignore Ctrl-C; this process stops them and rolls back.
        pool = ProcessPoolExecutor(workers, initializer=_ignore_sigint)
        chunk = max(1, min(32, len(todo) // (workers * 4)))
        results: Iterator[_Done] = pool.map(work, todo, chunksize=chunk)
    else:
        results = map(work, todo)

    extracted = touched = 0
    bar = _Progress(len(todo), progress)
    try:
        batch: list[_Done] = []
        last = time.monotonic()
        for done in results:  # in submission order: the same rows whatever the job count
            batch.append(done)
            if done.touched:
                touched += 1
            elif done.error is None:
                extracted += 1
            bar.advance(sum(len(c) for _, c in done.documents))
            if len(batch) >= BATCH_FILES or time.monotonic() - last >= BATCH_SECONDS:
                _write(conn, batch, version, now, notice)
                batch, last = [], time.monotonic()
        _write(conn, batch, version, now, notice)
    except BaseException:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
            pool = None
        raise
    finally:
        bar.close()
        if pool is not None:
            pool.shutdown()
    return extracted, touched


def _ignore_sigint() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _process(job: _Job, *, extract: Extract) -> _Done:
    """Read, hash and extract one file (runs in a worker process)."""
    from kfactcheck.read import corpus

    done = _Done(job.path, -1, -1, "", job.manifest_key)
    try:
        st = os.stat(job.path)
        done.size, done.mtime_ns, done.read_ns = st.st_size, st.st_mtime_ns, time.time_ns()
        if st.st_size <= corpus.DEFAULT_MAX_BYTES:  # the reader refuses bigger files
            with open(job.path, "rb") as fh:
                done.sha256 = hashlib.sha256(fh.read()).hexdigest()
    except OSError:
        done.retry = True  # e.g. permission denied: may be fixed without touching the file
    if done.sha256 and done.sha256 == job.known_sha256:
        done.touched = True
        return done
    problems: list[str] = []
    try:
        documents = corpus.read_document(
            Path(job.path),
            display_path=job.display,
            manifest_entry=job.manifest,
            problems=problems,
        )
    except corpus.InputError as exc:  # says why in the reader's words
        done.error = str(exc)
        return done
    except Exception as exc:  # a reader bug must not stop the corpus: report the file
        done.error = f"cannot read ({type(exc).__name__}: {exc})"
        done.retry = True  # not remembered: the next run tries again (after a fix)
        return done
    done.problems = problems
    try:
        for doc in documents:
            claims = extract(doc)
            done.documents.append(
                (document_row(doc), [claim_row(c, i) for i, c in enumerate(claims)])
            )
    except Exception as exc:  # an extractor bug: report the file, keep going
        done.documents = []
        done.error = f"extraction failed ({type(exc).__name__}: {exc})"
        done.retry = True
    return done


_INSERT_FILE = (
    "INSERT INTO files (path, size, mtime_ns, read_ns, sha256, manifest, extractor_version, "
    "error, problems, documents, indexed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_DOCUMENT = f"INSERT INTO documents ({DOCUMENT_COLUMNS}) VALUES ({', '.join('?' * 17)})"
_INSERT_CLAIM = f"INSERT INTO claims ({CLAIM_COLUMNS}) VALUES ({', '.join('?' * 18)})"


def _write(conn: sqlite3.Connection, batch: list[_Done], version: str, now: str, notice) -> None:
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


class _Progress:
    """A rich progress bar on stderr (documents, claims, rate, ETA), or nothing."""

    def __init__(self, total: int, show: bool | None) -> None:
        self._bar = None
        if show is None:
            show = sys.stderr.isatty()
        if not show or total < 2:
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        self._bar = Progress(
            TextColumn("indexing"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files  {task.fields[claims]} claims"),
            TextColumn("{task.fields[rate]}"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._task = self._bar.add_task("indexing", total=total, claims=0, rate="")
        self._claims = 0
        self._started = time.monotonic()
        self._bar.start()

    def advance(self, claims: int) -> None:
        if self._bar is None:
            return
        self._claims += claims
        task = self._bar.tasks[0]
        elapsed = time.monotonic() - self._started
        rate = f"{(task.completed + 1) / elapsed:.0f} files/s" if elapsed > 0.5 else ""
        self._bar.update(self._task, advance=1, claims=self._claims, rate=rate)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


# ----------------------------------------------------------------------------- findings


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
    finally:
        conn.close()


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


__all__ = [
    "IndexStats",
    "Indexed",
    "SearchHit",
    "default_db_path",
    "fts_query",
    "index_corpus",
    "search",
    "store_findings",
]
