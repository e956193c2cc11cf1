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

from kfactcheck.pipeline import index_corpus

TESTS = Path(__file__).resolve().parent
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), str(REPO)])}
VERSION = "tiny 1"

# argv: corpus, db, jobs. slow_extract sleeps a little per document so that the run is
# still going when the test acts; rows it makes equal tiny_extract's (same VERSION).
RUN = f"""
import sys
from kfactcheck.pipeline import index_corpus
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
from kfactcheck.pipeline import index_corpus
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
ix.BATCH_SECONDS = 3600.0  # batches close by count alone: the same 40 on a loaded machine
index_corpus([sys.argv[1]], db=sys.argv[2], jobs=1, progress=False,
                extract=tiny_extract, extractor_version={VERSION!r})
"""


# The command line itself (SIGTERM is the CLI's to handle), extraction slowed down as above.
CLI_RUN = """
import sys
import kfactcheck.claims.extract as ex
import kfactcheck.pipeline as pipeline
from test_index_support import slow_extract
ex.extract_claims = slow_extract
pipeline._default_extract = lambda: slow_extract
from kfactcheck.cli import main
sys.argv = ["kfactcheck", "index", sys.argv[1], "--db", sys.argv[2], "-j", "2", "-q"]
main()
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


def children(pid: int) -> set[int]:
    """The processes whose parent is `pid` (Linux /proc)."""
    out = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    stat = fh.read()
            except OSError:
                continue
            if int(stat.rpartition(")")[2].split()[1]) == pid:
                out.add(int(entry))
    return out


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rpartition(")")[2].split()[0] != "Z"  # a zombie is dead
    except OSError:
        return False


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="lists processes through /proc")
@pytest.mark.parametrize(
    ("script", "sig"),
    [
        pytest.param(RUN, signal.SIGKILL, id="kill-9"),
        pytest.param(RUN, signal.SIGTERM, id="library-kill-term"),
        pytest.param(CLI_RUN, signal.SIGTERM, id="cli-kill-term"),
    ],
)
def test_no_worker_outlives_its_parent(generated, tmp_path, script, sig):
    db = tmp_path / "index.db"
    proc = start(script, generated, db, 2)
    wait_for_rows(db, proc)
    workers = children(proc.pid)
    assert len(workers) >= 2, workers  # the pool's two workers (and its resource tracker)
    proc.send_signal(sig)  # the parent only, as kill PID does
    proc.wait(timeout=30)
    deadline = time.monotonic() + 5
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    orphans = [w for w in workers if alive(w)]
    for w in orphans:  # not left behind by a failing test (they would hold its pipes)
        os.kill(w, signal.SIGKILL)
    err = proc.stderr.read()
    proc.communicate()
    assert orphans == []
    if script is CLI_RUN:  # SIGTERM is handled as Ctrl-C is: one line, exit 2
        assert (proc.returncode, err.strip().splitlines()[-1]) == (
            2,
            "kfactcheck: error: interrupted (the index stays usable; run the command again "
            "to finish)",
        )
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
