"""Files in, Report out: the one loop every command runs.

    list the files once (read.corpus.list_files)
    for each file: the index's stored rows if they still hold, else read and extract it
        (in worker processes) and put the rows back (index_corpus; without the index,
        read_corpus and extract_claims in this process)
    then stories, subjects, compare over the whole corpus (build_report)

The index (kfactcheck.index.store.ClaimIndex) is a cache with get and put: it says which
files it cannot answer for and stores what this loop reads; it lists no folder and runs no
extraction itself.
"""

from __future__ import annotations

import hashlib
import os
import signal
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path

from kfactcheck.claims import EXTRACTOR_VERSION
from kfactcheck.errors import IndexDbError
from kfactcheck.index.findings import store_findings
from kfactcheck.index.rows import claim_row, document_row
from kfactcheck.index.store import ClaimIndex, FileRows, Pending, code_fingerprint, default_db_path
from kfactcheck.model import Claim, Document, Report
from kfactcheck.read import corpus
from kfactcheck.read.corpus import FileError, list_files, no_documents, read_corpus

Extract = Callable[[Document], list[Claim]]


@dataclass(frozen=True, slots=True)
class Settings:
    window_days: int = 60
    tolerance: float = 0.03
    claims_dir: str | None = None  # folder of subject specs; None = discover
    use_specs: bool = True
    db: str | None = None  # index file; None = default location
    use_index: bool = True
    jobs: int | None = None
    progress: bool | None = None  # None = a bar only on a terminal
    stories: str = "auto"  # "auto": told apart by shared names; "one": the folder is one
    follow_links: bool = False  # links out of a folder given are not followed


def build_report(paths: Sequence[str], settings: Settings = Settings()) -> Report:
    # Imported here, not above: `kfactcheck index` runs the loop below without them, and
    # they are most of its start-up (a re-index of an unchanged corpus is mostly start-up).
    from kfactcheck.analyse.compare import find_findings
    from kfactcheck.analyse.dating import date_from_story
    from kfactcheck.analyse.specs import discover_specs, load_specs
    from kfactcheck.analyse.stories import detect_stories, one_story
    from kfactcheck.analyse.subjects import assign_subjects
    from kfactcheck.export.wording import word_findings

    documents, claims, errors, db = _documents_and_claims(paths, settings)
    spec_paths = discover_specs(paths, settings.claims_dir) if settings.use_specs else []
    specs = load_specs(spec_paths)
    merge_speakers(claims)
    tell = one_story if settings.stories == "one" else detect_stories
    stories = tell(documents)
    assign_subjects(claims, specs, stories)

    # documents that show no day, dated by the figures they share with their story's,
    # are extracted again with that date; then speakers and subjects are set again
    def again(claims: list[Claim]) -> None:
        merge_speakers(claims)
        assign_subjects(claims, specs, stories)

    claims = date_from_story(documents, claims, stories, lambda doc: _default_extract()(doc), again)
    number_claims(claims, documents)
    findings = find_findings(
        claims, documents, specs, window_days=settings.window_days, tolerance=settings.tolerance
    )
    word_findings(findings, claims, documents)
    report_settings = {
        k: v for k, v in asdict(settings).items() if k in ("window_days", "tolerance")
    }
    report_settings["specs"] = [str(p) for p in spec_paths]
    if specs:  # a spec that names no claim is most likely a typo, or meant for another corpus
        used = {c.subject for c in claims}
        report_settings["specs_unmatched"] = [
            {"subject": s.key, "file": s.path} for s in specs if s.key not in used
        ]
    report = Report(documents, claims, findings, report_settings, [*errors])
    if db is not None:
        try:
            store_findings(db, report)  # for `search --subject`
        except IndexDbError as exc:  # the report stands; only `search --subject` misses it
            report.errors.append(FileError(db, f"findings not stored in the index: {exc}"))
    return report


def _documents_and_claims(paths, settings: Settings):
    if settings.use_index:
        db = settings.db or str(default_db_path())
        got = index_corpus(
            paths,
            db=db,
            jobs=settings.jobs,
            progress=settings.progress,
            follow_links=settings.follow_links,
        )
        return got.documents, got.claims, got.errors, db
    read = read_corpus(paths, follow_links=settings.follow_links)
    extract = _default_extract()
    documents, claims, errors = [], [], read.errors
    for doc in read.documents:
        try:
            claims.extend(extract(doc))
        except Exception as exc:  # an extractor bug loses this document only, as the index does
            errors.append(FileError(doc.path, f"extraction failed ({type(exc).__name__}: {exc})"))
            continue
        documents.append(doc)
    errors.sort(key=lambda e: e.path)
    if not documents:
        raise no_documents(errors)
    return documents, claims, errors, None


def merge_speakers(claims: list[Claim]) -> None:
    """One spelling per person across the corpus ("Jens Soltenberg" -> "Jens Stoltenberg")."""
    from kfactcheck.grammar.speakers import canonical_names  # as build_report's imports

    names = [c.speaker for c in claims if c.speaker]  # repeats: the common spelling wins
    if not names:
        return
    canon = canonical_names(names)
    for c in claims:
        if c.speaker:
            c.speaker = canon.get(c.speaker, c.speaker)


def number_claims(claims: list[Claim], documents: list[Document]) -> None:
    """Claim ids c1..cN in (document path, offset) order: stable for the same corpus."""
    order = {d.id: (d.path, i) for i, d in enumerate(documents)}
    claims.sort(key=lambda c: (order.get(c.document, ("", 0)), c.start, c.end, c.unit))
    for i, c in enumerate(claims, 1):
        c.id = f"c{i}"


# ----------------------------------------------------------------------------- the index


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


def index_corpus(
    paths: Sequence[str | Path] | str | Path,
    *,
    db: str | Path | None = None,
    jobs: int | None = None,
    progress: bool | None = None,
    extract: Extract | None = None,
    extractor_version: str | None = None,
    load: bool = True,
    follow_links: bool = False,
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
    listing_errors: list[FileError] = []
    files = list_files(paths, errors=listing_errors, follow_links=follow_links)

    # notice: tell the user why nothing moves while another process holds the write lock
    with ClaimIndex(db, version, notice=progress is not False) as index:
        pending, reused, removed = index.begin(files, paths)
        extracted, touched = _read_into(index, pending, extract, jobs=jobs, progress=progress)
        index.finish()
        if load:
            documents, claims, errors = index.get()
            n_documents, n_claims = len(documents), len(claims)
        else:
            documents, claims = [], []
            errors, n_documents, n_claims = index.counts()

    errors = sorted([*listing_errors, *errors], key=lambda e: e.path)  # as read_corpus
    if not n_documents:
        raise no_documents(errors)
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


def _extractor(extract: Extract | None, version: str | None) -> tuple[Extract | None, str]:
    """The extraction function (None: the default, imported when first needed), and the
    version key its rows are stored under."""
    if version is None:
        # Not only the version constants: any edit of the code that reads or extracts.
        version = f"code {code_fingerprint()}"
        if extract is None:
            version = f"extract {EXTRACTOR_VERSION}; {version}"
        else:
            name = getattr(extract, "__qualname__", type(extract).__qualname__)
            version = f"{extract.__module__}.{name}; {version}"
    return extract, f"corpus {corpus.READER_VERSION}; {version}"


def _default_extract() -> Extract:
    # Imported when a file is to be extracted: a run that only reads the index back (a
    # re-index or a check of an unchanged corpus) does without the grammar's start-up.
    from kfactcheck.claims.extract import extract_claims

    return extract_claims


def _read_into(
    index: ClaimIndex,
    todo: list[Pending],
    extract: Extract | None,
    *,
    jobs: int | None,
    progress: bool | None,
) -> tuple[int, int]:
    """Read and extract the files the index cannot answer for (in workers when jobs > 1)
    and put what each gave into the index; how many were extracted, and only touched."""
    if not todo:
        return 0, 0
    work = partial(_process, extract=extract or _default_extract())
    workers = max(1, min(jobs or os.cpu_count() or 1, len(todo)))
    pool = None
    if workers > 1:
        # Started before the progress bar's thread exists: forking a threaded process is
        # unsafe. Workers ignore Ctrl-C; this process stops them and rolls back.
        pool = ProcessPoolExecutor(workers, initializer=_worker_start, initargs=(os.getpid(),))
        chunk = max(1, min(32, len(todo) // (workers * 4)))
        results: Iterator[FileRows] = pool.map(work, todo, chunksize=chunk)
    else:
        results = map(work, todo)

    extracted = touched = 0
    bar = _Progress(len(todo), progress)
    try:
        for done in results:  # in submission order: the same rows whatever the job count
            index.put(done)
            if done.touched:
                touched += 1
            elif done.error is None:
                extracted += 1
            bar.advance(sum(len(c) for _, c in done.documents))
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


def _process(job: Pending, *, extract: Extract) -> FileRows:
    """Read, hash and extract one file (runs in a worker process)."""
    done = FileRows(job.path, -1, -1, "", job.manifest_key)
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


class _Progress:
    """A rich progress bar on stderr (documents, claims, rate, ETA), or nothing."""

    def __init__(self, total: int, show: bool | None) -> None:
        self._bar = None
        if show is None:
            show = sys.stderr.isatty()
        if not show or total < 2:
            return
        # imported only when a bar is shown: a quiet or piped run does without
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
