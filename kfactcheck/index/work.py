"""Extraction work for the index: the files to (re)read as jobs, the worker processes that
read and extract them, the batches their rows are written in (one transaction each), and the
progress bar.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from kfactcheck.index.rows import CLAIM_COLUMNS, DOCUMENT_COLUMNS, claim_row, document_row
from kfactcheck.index.schema import write_transaction
from kfactcheck.model import Claim, Document

Extract = Callable[[Document], list[Claim]]

# A batch is committed after this many files or this many seconds, whichever comes first:
# big enough to amortise the commit, small enough that Ctrl-C loses little work.
BATCH_FILES = 256
BATCH_SECONDS = 0.5


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
        pool = ProcessPoolExecutor(workers, initializer=_worker_start, initargs=(os.getpid(),))
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
            # the workers finish the file each one is on (stopping them at once makes the
            # pool's own thread fail on the futures cancelled here), then see the pool shut
            pool.shutdown(wait=False, cancel_futures=True)
            pool = None
        raise
    finally:
        bar.close()
        if pool is not None:
            pool.shutdown()
    return extracted, touched


def _worker_start(parent: int) -> None:
    """A worker ignores Ctrl-C (its parent stops it) and dies with its parent, however the
    parent ends (kill -9 too): an orphan would hold the index files and the stderr pipe."""
    import signal
    import threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        try:  # the kernel sends SIGKILL when the parent ends: at once, even mid-regex
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    # elsewhere, and in case the parent ended before that: look every fifth of a second
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.2)
    os._exit(1)


def _process(job: _Job, *, extract: Extract) -> _Done:
    """Read, hash and extract one file (runs in a worker process)."""
    from kfactcheck.read import corpus

    done = _Done(job.path, -1, -1, "", job.manifest_key)
    try:
        st = os.stat(job.path)
        done.size, done.mtime_ns, done.read_ns = st.st_size, st.st_mtime_ns, time.time_ns()
        if st.st_size <= corpus.DEFAULT_MAX_BYTES:  # the reader refuses bigger files
            with corpus.open_regular(job.path) as fh:  # a pipe would block
                done.sha256 = hashlib.sha256(fh.read()).hexdigest()
    except OSError:
        done.retry = True  # e.g. permission denied: may be fixed without touching the file
    except corpus.InputError:
        pass  # not a regular file: the reader says so below
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
_INSERT_DOCUMENT = f"INSERT INTO documents ({DOCUMENT_COLUMNS}) VALUES ({', '.join('?' * 16)})"
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
