"""The index across processes: killed runs, Ctrl-C, two writers at once, worker processes.

Each test starts `python -c SCRIPT` on a generated corpus (bench/make_corpus.py), does
something to it part-way, then checks the index opens, is consistent, and that one more
run leaves exactly what a clean run leaves.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_index_support import REPO, claims_json, dump, make_generated, tiny_extract

from kfactcheck.index.store import index_corpus

TESTS = Path(__file__).resolve().parent
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), str(REPO)])}
VERSION = "tiny 1"

# argv: corpus, db, jobs. slow_extract sleeps a little per document so that the run is
# still going when the test acts; rows it makes equal tiny_extract's (same VERSION).
RUN = f"""
import sys
from kfactcheck.index.store import index_corpus
from test_index_support import slow_extract
try:
    got = index_corpus([sys.argv[1]], db=sys.argv[2], jobs=int(sys.argv[3]), progress=False,
                       extract=slow_extract, extractor_version={VERSION!r})
except KeyboardInterrupt:
    print("interrupted", file=sys.stderr)
    sys.exit(3)
print(got.stats.extracted, got.stats.reused, len(got.claims))
"""

# Dies (os._exit, as a kill would) with its second batch written but not committed.
DIE_IN_BATCH = f"""
import os, sys
from contextlib import contextmanager
import kfactcheck.index.store as ix
from test_index_support import tiny_extract
real = ix.write_transaction
calls = []

@contextmanager
def dying(conn, notice=None):
    calls.append(1)
    with real(conn, notice):
        yield
        if len(calls) == 2:
            os._exit(9)

ix.write_transaction = dying
ix.BATCH_FILES = 40
ix.index_corpus([sys.argv[1]], db=sys.argv[2], jobs=1, progress=False,
                extract=tiny_extract, extractor_version={VERSION!r})
"""


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    return make_generated(tmp_path_factory.mktemp("gen") / "news", 300)


@pytest.fixture(scope="module")
def clean(generated, tmp_path_factory) -> str:
    """The dump of an index made in one uninterrupted run."""
    db = tmp_path_factory.mktemp("clean") / "index.db"
    index_corpus([generated], db=db, jobs=1, progress=False, extract=tiny_extract,
                 extractor_version=VERSION)  # fmt: skip
    return dump(db)


def start(script: str, *args, **kw) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)],
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kw,
    )


def committed_files(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM files").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:  # not created yet
        return 0


def wait_for_rows(db: Path, proc: subprocess.Popen) -> None:
    """Until the running index has committed some files (it must still be running)."""
    deadline = time.monotonic() + 60
    while committed_files(db) == 0:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "no batch committed within 60 s"
        time.sleep(0.02)


def finish(generated: Path, db: Path):
    return index_corpus([generated], db=db, jobs=1, progress=False, extract=tiny_extract,
                        extractor_version=VERSION)  # fmt: skip


def test_killed_run_leaves_a_usable_index(generated, clean, tmp_path):
    db = tmp_path / "index.db"
    proc = start(RUN, generated, db, 1)
    wait_for_rows(db, proc)
    proc.kill()
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL
    done = committed_files(db)
    assert 0 < done < 300  # it was killed part-way
    got = finish(generated, db)
    assert (got.stats.reused, got.stats.extracted) == (done, 300 - done)
    assert dump(db) == clean


def test_killed_inside_a_batch_loses_only_that_batch(generated, clean, tmp_path):
    db = tmp_path / "index.db"
    proc = start(DIE_IN_BATCH, generated, db)
    proc.communicate()
    assert proc.returncode == 9
    assert committed_files(db) == 40  # the first batch; the second was never committed
    got = finish(generated, db)
    assert (got.stats.reused, got.stats.extracted) == (40, 260)
    assert dump(db) == clean


def test_ctrl_c_with_workers_stops_cleanly(generated, clean, tmp_path):
    db = tmp_path / "index.db"
    proc = start(RUN, generated, db, 2, start_new_session=True)
    wait_for_rows(db, proc)
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal does: the whole process group
    _, err = proc.communicate(timeout=60)
    assert (proc.returncode, err.strip()) == (3, "interrupted")  # no worker tracebacks
    assert 0 < committed_files(db) < 300
    got = finish(generated, db)
    assert got.stats.extracted + got.stats.reused == 300
    assert dump(db) == clean


def test_two_runs_at_once_both_finish(generated, clean, tmp_path):
    db = tmp_path / "index.db"
    first = start(RUN, generated, db, 1)
    second = start(RUN, generated, db, 1)
    results = [p.communicate(timeout=120) for p in (first, second)]
    assert [p.returncode for p in (first, second)] == [0, 0], results
    counts = [tuple(map(int, out.split())) for out, _ in results]
    assert [extracted + reused for extracted, reused, _ in counts] == [300, 300]
    assert counts[0][2] == counts[1][2] > 0  # both returned every claim
    assert dump(db) == clean
    again = finish(generated, db)
    assert again.stats.extracted == 0


def test_two_jobs_give_the_same_index_as_one(generated, clean, tmp_path):
    one = index_corpus([generated], db=tmp_path / "one.db", jobs=1, progress=False,
                       extract=tiny_extract, extractor_version=VERSION)  # fmt: skip
    two = index_corpus([generated], db=tmp_path / "two.db", jobs=2, progress=False,
                       extract=tiny_extract, extractor_version=VERSION)  # fmt: skip
    assert dump(tmp_path / "two.db") == dump(tmp_path / "one.db") == clean
    assert claims_json(two.claims) == claims_json(one.claims)
    assert two.documents == one.documents
    assert two.stats.extracted == 300
