#!/usr/bin/env python3
"""Benchmark: kfactcheck's speed, memory and accuracy on generated corpora, beside quantulum3.

    .venv/bin/python bench/run.py [--sizes 1000,10000,100000] [--repeats 3]
                                  [--out bench/out/results.json] [--quick] [--skip-peer]

For each size N it generates a corpus with bench/make_corpus.py (seed --seed, reused when
already there), then runs the real CLI in subprocesses: `kfactcheck index` on an empty
index with --jobs 1 and with all cores, `index` again on the unchanged corpus, `check` on
the built index, and `report --format json` once, scored against the generated gold with
tests/score.py. Quantulum3 (the nearest peer for number extraction) and kfactcheck's own
`extract_claims` are timed in this process on the same sample of texts. Every timed figure
is the median of --repeats runs. A table goes to stdout and everything (each run, the
medians, the goals) to --out as JSON. README and figure meanings: bench/README.md.

Peak memory is measured per command: `peak_rss_mb` is the largest single process (the
kernel's maxrss from wait4), `peak_tree_mb` the sum of the PSS of the command and its
worker processes, sampled every 20 ms (Linux only; None elsewhere).

--profile also runs the CLI under pyinstrument (`index --jobs 1` on a fresh index, then
`check`) at the largest size and stores the top functions by own time in the JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SCORER = ROOT / "tests" / "score.py"
MAKE_CORPUS = HERE / "make_corpus.py"
MB = 1e6  # throughput is in decimal megabytes of article text as stored on disk
# Commands run here: no claims/ folder, and no kfactcheck/ that `python -c` would import
RUN_DIR = tempfile.gettempdir()

# The goals, checked against the figures and stored beside them.
GOAL_PEER_RATIO = 50.0  # extraction throughput vs quantulum3, one core
GOAL_LINEAR_SLACK = 1.10  # largest size may take 1.1x (size ratio) the time of the smallest
GOAL_REINDEX_SHARE = 0.05  # re-index of an unchanged corpus vs the first index
GOAL_CHECK_SECONDS = 30.0  # `check` on an indexed 100,000-article corpus
GOAL_PEAK_MB = 1000.0  # peak memory at 100,000 articles
GOAL_HELP_SECONDS = 0.3
GOAL_ACCURACY_SIZE = 10_000
GOAL_CLAIM_RECALL = 0.95
GOAL_FINDING_RECALL = 0.90
GOAL_FALSE_ALARM_SHARE = 0.01


# ----------------------------------------------------------------------------- measuring


def kfactcheck_command() -> list[str]:
    """The console script beside this Python (what users run), else `python -m kfactcheck`."""
    script = Path(sys.executable).parent / "kfactcheck"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "kfactcheck"]


def _children(pid: int) -> list[int]:
    kids: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                kids.extend(int(k) for k in f.read().split())
    except OSError:
        pass
    return kids


def _pss_kb(pid: int) -> int:
    """Proportional set size: pages shared by forked workers are counted once in the sum."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
    except (OSError, ValueError):
        return 0


def _tree_kb(pid: int) -> int:
    total, todo, seen = 0, [pid], set()
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        total += _pss_kb(p)
        todo.extend(_children(p))
    return total


def run_measured(
    cmd: list[str], *, stdout_path: str | None = None, env: dict | None = None
) -> dict:
    """Run `cmd`, returning wall seconds, CPU seconds, exit code and peak memory (MB)."""
    sample = sys.platform.startswith("linux") and os.path.exists("/proc/self/smaps_rollup")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    with tempfile.TemporaryFile() as err, open(stdout_path or os.devnull, "wb") as out:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, cwd=RUN_DIR)
        peak_tree = 0
        while True:
            # wait4 (not Popen.wait) gives this child's own rusage: per-command maxrss.
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if sample:
                peak_tree = max(peak_tree, _tree_kb(proc.pid))
            time.sleep(0.02)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    return {
        "seconds": seconds,
        "cpu_seconds": usage.ru_utime + usage.ru_stime,
        "peak_rss_mb": usage.ru_maxrss / 1024,  # Linux reports kilobytes
        "peak_tree_mb": peak_tree / 1024 if sample else None,
        "exit": proc.returncode,
        # other work on the machine slows every figure: the 1-minute load when it started
        "load_before": load,
        "stderr_tail": stderr.strip().splitlines()[-3:],
    }


def median_of(runs: list[dict], key: str) -> float | None:
    values = [r[key] for r in runs if r.get(key) is not None]
    return statistics.median(values) if values else None


def summarise(runs: list[dict]) -> dict:
    """Medians of the numeric figures of repeated runs, and the runs themselves."""
    keys = ("seconds", "cpu_seconds", "peak_rss_mb", "peak_tree_mb", "load_before")
    out: dict = {k: median_of(runs, k) for k in keys}
    out["min_seconds"] = min(r["seconds"] for r in runs)
    out["max_seconds"] = max(r["seconds"] for r in runs)
    out["runs"] = runs
    return out


def remove_db(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(db) + suffix).unlink(missing_ok=True)


def checked(result: dict, what: str, ok=(0,)) -> dict:
    if result["exit"] not in ok:
        tail = " | ".join(result["stderr_tail"])
        raise SystemExit(f"bench: {what} exited {result['exit']}: {tail}")
    return result


# ----------------------------------------------------------------------------- the code


def snapshot(work: Path, log) -> tuple[Path, str]:
    """The committed package at HEAD, unpacked and byte-compiled in the work folder.

    The index re-extracts whenever the package's code changes (a fingerprint of its
    sources), so measuring a working tree that others edit meanwhile would time
    re-extraction instead of re-indexing. A snapshot also names the commit measured.
    """
    import io
    import tarfile

    commit = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    dest = work / f"src-{commit[:12]}"
    if not (dest / "kfactcheck" / "__init__.py").exists():
        log(f"snapshot of kfactcheck/ at {commit[:12]} in {dest}")
        tar = subprocess.run(
            ["git", "archive", "--format=tar", commit, "kfactcheck"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout
        partial = dest.with_name(dest.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        with tarfile.open(fileobj=io.BytesIO(tar)) as archive:
            archive.extractall(partial, filter="data")
        # as `pip install` does: startup figures must not include compiling the sources
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(partial)], check=True)
        partial.rename(dest)
    return dest, commit


def use_source(src: Path) -> str:
    """Make this process and every command it starts import kfactcheck from `src`."""
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(src), os.environ.get("PYTHONPATH")) if p
    )
    sys.path.insert(0, str(src))
    return subprocess.run(
        [sys.executable, "-c", "import kfactcheck; print(kfactcheck.__file__)"],
        cwd=RUN_DIR,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


# ----------------------------------------------------------------------------- corpora


def corpus_paths(work: Path, n: int, seed: int) -> tuple[Path, Path]:
    folder = work / f"corpus-{n}-s{seed}"
    return folder, Path(str(folder) + ".gold.json")


def ensure_corpus(work: Path, n: int, seed: int, log) -> tuple[Path, Path, dict]:
    """Generate the corpus unless an identical one (same N and seed) is already there."""
    folder, gold = corpus_paths(work, n, seed)
    stamp = work / f"{folder.name}.done"
    generated_seconds = None
    if not (stamp.exists() and gold.exists() and folder.is_dir()):
        log(f"generating {n} articles (seed {seed}) in {folder}")
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                str(MAKE_CORPUS),
                str(folder),
                "--articles",
                str(n),
                "--seed",
                str(seed),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        generated_seconds = time.perf_counter() - started
        stamp.write_text("ok\n")
    files = [e for e in os.scandir(folder) if e.is_file() and e.name.endswith(".txt")]
    info = {
        "articles": len(files),
        "bytes": sum(e.stat().st_size for e in files),
        "generated_seconds": generated_seconds,
    }
    return folder, gold, info


# ----------------------------------------------------------------------------- accuracy


def load_module(name: str, path: Path):
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_scorer():
    return load_module("kfc_bench_score", SCORER)


def accuracy(report_path: Path, gold_path: Path) -> dict:
    scorer = load_scorer()
    report = json.loads(report_path.read_text(encoding="utf-8"))
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    metrics = scorer.score(report, gold)
    findings = report.get("findings", [])
    discrepancies = sum(1 for f in findings if str(f.get("kind")).lower() == "discrepancy")
    metrics["findings"] = len(findings)
    metrics["discrepancies"] = discrepancies
    metrics["claims"] = len(report.get("claims", []))
    # the goal's share, in the words: of all findings
    metrics["false_alarm_share"] = metrics["false_alarms"] / len(findings) if findings else 0.0
    # the stricter share: false_alarms counts only discrepancy findings
    metrics["false_alarm_share_of_discrepancies"] = (
        metrics["false_alarms"] / discrepancies if discrepancies else 0.0
    )
    alarms = load_module("kfc_bench_alarms", Path(__file__).with_name("alarms.py"))
    metrics["false_alarm_causes"] = alarms.alarm_causes(report, gold, scorer)
    metrics["expected_findings"] = len(gold.get("expected_findings", []))
    return metrics


# ----------------------------------------------------------------------------- peer


def sample_files(folder: Path, k: int) -> list[Path]:
    """k files spread evenly over the corpus (the same ones on every run)."""
    files = sorted(p for p in folder.iterdir() if p.suffix == ".txt")
    if k >= len(files):
        return files
    step = len(files) / k
    return [files[int(i * step)] for i in range(k)]


def read_documents(paths: list[Path]):
    from kfactcheck.read.corpus import read_corpus

    return read_corpus([str(p) for p in paths]).documents


def time_extract(documents, repeats: int) -> dict:
    """kfactcheck's extraction, one core, in this process: median seconds over repeats."""
    from kfactcheck.claims.extract import extract_claims

    extract_claims(documents[0])  # lazy imports and compiled patterns, as a warm worker has
    seconds, times, claims = _median_of(
        lambda: sum(len(extract_claims(d)) for d in documents), repeats
    )
    return {"seconds": seconds, "runs": times, "claims": claims}


def _median_of(run, repeats: int) -> tuple[float, list[float], object]:
    """Median seconds of `repeats` calls of run(), every time, and the last result."""
    times, result = [], None
    for _ in range(repeats):
        started = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - started)
    return statistics.median(times), times, result


def _numbers_of(document) -> int:
    """The number grammar alone (sentences, then figures with their intervals), the part of
    extraction that does what quantulum3 does; shown beside it, not instead of it."""
    from kfactcheck.grammar.numbers import find_quantities
    from kfactcheck.grammar.sentences import split_sentences

    text = document.text
    return sum(len(find_quantities(text[a:b])) for a, b in split_sentences(text))


def take_turns(
    tools: dict, documents, rounds: int, min_turn: float | None = None
) -> tuple[dict[str, list[float]], dict[str, int]]:
    """Each round, each tool (name -> function of one document returning a count) makes
    passes over all documents for at least `min_turn` seconds, in turn, the order flipped
    every other round. Per tool: the seconds of one pass in each round, and its count."""
    min_turn = MIN_TURN_SECONDS if min_turn is None else min_turn
    runs: dict[str, list[float]] = {name: [] for name in tools}
    found: dict[str, int] = {}
    for r in range(rounds):
        for name in list(tools) if r % 2 == 0 else list(tools)[::-1]:
            run, passes = tools[name], 0
            started = time.perf_counter()
            while not passes or time.perf_counter() - started < min_turn:
                found[name] = sum(run(d) for d in documents)
                passes += 1
            runs[name].append((time.perf_counter() - started) / passes)
    return runs, found


# A turn lasts at least this long: a pass of ours over the sample takes about 40 ms, too
# short a glimpse of a machine whose speed drifts, so it is repeated within the turn.
MIN_TURN_SECONDS = 0.5


def time_side_by_side(documents, repeats: int) -> dict[str, dict]:
    """quantulum3, kfactcheck's extract_claims and its number grammar on the same documents,
    one core, in this process, taking turns: each round every tool makes one pass over all
    documents (repeated until the turn has lasted MIN_TURN_SECONDS), and the order flips
    from round to round. Each figure is the median over the rounds of a pass's time.

    This machine's speed drifts by up to a third over seconds. Timed one tool after the
    other (all of quantulum3's runs, then all of ours), the ratio drifted with it: 32x to
    55x on one sample in six runs. Turns of whole passes put every tool in every stretch.
    Turns document by document would not be fair: each quantulum3 parse pushes the other
    tool's code and tables out of the CPU's caches (42x against 54x measured in one phase).
    """
    import warnings

    from kfactcheck.claims.extract import extract_claims

    with warnings.catch_warnings():
        # Without scikit-learn, quantulum3 warns once and takes its rule-based path (no model)
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        started = time.perf_counter()
        parser.parse("NATO has close to 4,000 troops.")  # loads units and entities (seconds)
        load = time.perf_counter() - started
        tools = {
            "quantulum3": lambda d: len(parser.parse(d.text)),
            "kfactcheck_extract": lambda d: len(extract_claims(d)),
            "kfactcheck_numbers": _numbers_of,
        }
        for run in tools.values():
            run(documents[0])  # lazy imports and compiled patterns, as a warm worker has
        runs, found = take_turns(tools, documents, repeats)
    try:
        from quantulum3 import classifier

        uses_classifier = bool(getattr(classifier, "USE_CLF", False))
    except ImportError:
        uses_classifier = False
    out = {
        name: {"seconds": statistics.median(times), "runs": times} for name, times in runs.items()
    }
    out["quantulum3"].update(
        quantities=found["quantulum3"], load_seconds=load, classifier=uses_classifier
    )
    out["kfactcheck_extract"]["claims"] = found["kfactcheck_extract"]
    out["kfactcheck_numbers"]["quantities"] = found["kfactcheck_numbers"]
    return out


def peer_version() -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("quantulum3")
    except PackageNotFoundError:
        return None


def measure_peer(folder: Path, sample: int, repeats: int, log) -> dict:
    paths = sample_files(folder, sample)
    documents = read_documents(paths)
    texts = [d.text for d in documents]
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    log(f"  peer: {len(texts)} articles ({nbytes / MB:.2f} MB of text) through quantulum3")
    timed = time_side_by_side(documents, repeats)
    q, k, g = (timed[name] for name in ("quantulum3", "kfactcheck_extract", "kfactcheck_numbers"))
    q_mbps = nbytes / MB / q["seconds"]
    k_mbps = nbytes / MB / k["seconds"]
    g_mbps = nbytes / MB / g["seconds"]
    return {
        "sample_articles": len(texts),
        "sample_mb": nbytes / MB,
        "quantulum3": {**q, "mb_per_s": q_mbps, "version": peer_version()},
        "kfactcheck_extract": {**k, "mb_per_s": k_mbps},
        "ratio": k_mbps / q_mbps,
        "kfactcheck_numbers": {**g, "mb_per_s": g_mbps},
        "numbers_ratio": g_mbps / q_mbps,
        "timing": "side by side: the tools take turns, one pass over the sample each",
    }


def measure_extract_all(folder: Path, repeats: int, log) -> dict:
    """extract_claims over the whole corpus in one process (no index, no SQLite)."""
    documents = read_documents([folder])
    nbytes = sum(len(d.text.encode("utf-8")) for d in documents)
    log(f"  extract_claims in-process over {len(documents)} articles")
    k = time_extract(documents, repeats)
    return {
        **k,
        "articles": len(documents),
        "mb": nbytes / MB,
        "mb_per_s": nbytes / MB / k["seconds"],
        "docs_per_s": len(documents) / k["seconds"],
    }


# ----------------------------------------------------------------------------- the CLI


def measure_help(runs: int) -> dict:
    cmd = [*kfactcheck_command(), "--help"]
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True, cwd=RUN_DIR)  # warm the cache
    times = [checked(run_measured(cmd), "--help")["seconds"] for _ in range(runs)]
    return {"seconds": statistics.median(times), "runs": times}


def import_times(top: int = 12) -> dict:
    """`python -X importtime -c "import kfactcheck.cli"`: the slowest imports by own time."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import kfactcheck.cli"],
        cwd=RUN_DIR,
        capture_output=True,
        text=True,
        check=True,
    )
    rows = []
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if m:
            rows.append(
                {
                    "module": m[4],
                    "self_ms": int(m[1]) / 1000,
                    "cumulative_ms": int(m[2]) / 1000,
                    "depth": len(m[3]) // 2,
                }
            )
    outer = sorted((r for r in rows if r["depth"] <= 1), key=lambda r: -r["cumulative_ms"])
    return {
        "total_ms": sum(r["self_ms"] for r in rows),
        "by_self": sorted(rows, key=lambda r: -r["self_ms"])[:top],
        "by_cumulative": outer[:top],  # what kfactcheck.cli and its imports pull in
    }


def measure_size(n: int, args, work: Path, log) -> dict:
    folder, gold, info = ensure_corpus(work, n, args.seed, log)
    mb = info["bytes"] / MB
    kfc = kfactcheck_command()
    db = work / f"index-{n}.db"
    repeats = 1 if args.once_above and n > args.once_above else args.repeats
    jobs_all = args.jobs_all
    log(f"{n} articles, {mb:.1f} MB, {repeats} run(s) of each figure")

    index_runs: dict[int, list] = {1: [], jobs_all: []}
    reindex_runs, check_runs, check_json_runs = [], [], []
    on = [str(folder), "--db", str(db), "-q"]  # every command: this corpus, this index
    for r in range(repeats):
        for jobs in sorted(index_runs):
            remove_db(db)
            log(f"  [{r + 1}/{repeats}] index --jobs {jobs}")
            res = run_measured([*kfc, "index", *on, "-j", str(jobs)])
            index_runs[jobs].append(checked(res, f"index --jobs {jobs}"))
        # the index built with all cores is the one re-indexed and checked
        log(f"  [{r + 1}/{repeats}] index again (unchanged corpus), check, check --format json")
        res = run_measured([*kfc, "index", *on, "-j", str(jobs_all)])
        reindex_runs.append(checked(res, "re-index"))
        check = [*kfc, "check", *on, "-j", str(jobs_all), "--fail-on", "none"]
        res = run_measured(check, stdout_path=str(work / f"check-{n}.txt"))
        check_runs.append(checked(res, "check"))
        # the same work without the terminal rendering
        res = run_measured([*check, "--format", "json"], stdout_path=str(work / f"check-{n}.json"))
        check_json_runs.append(checked(res, "check --format json"))

    report_path = work / f"report-{n}.json"
    log("  report --format json, scored against the gold")
    report = [*kfc, "report", *on, "--format", "json", "-o", str(report_path)]
    report_run = checked(run_measured(report), "report")
    out: dict = {"articles": info["articles"], "mb": mb, "corpus": info, "repeats": repeats}
    out["index"] = {}
    for jobs, runs in index_runs.items():
        s = summarise(runs)
        s["jobs"] = jobs
        s["mb_per_s"] = mb / s["seconds"]
        s["docs_per_s"] = info["articles"] / s["seconds"]
        out["index"]["jobs_1" if jobs == 1 else "jobs_all"] = s
    first = out["index"]["jobs_all"]["seconds"]
    out["reindex"] = summarise(reindex_runs)
    out["reindex"]["share_of_first"] = out["reindex"]["seconds"] / first
    out["check"] = summarise(check_runs)
    out["check_json"] = summarise(check_json_runs)
    out["report_json"] = summarise([report_run])
    out["accuracy"] = accuracy(report_path, gold)
    out["peak_rss_mb"] = max(v for k in MEMORY_BLOCKS for v in _peaks(out[k], "peak_rss_mb"))
    out["peak_tree_mb"] = max(
        (v for k in MEMORY_BLOCKS for v in _peaks(out[k], "peak_tree_mb")),
        default=None,
    )
    if not args.skip_peer:
        out["peer"] = measure_peer(folder, args.peer_sample, repeats, log)
    if args.extract_all_max and n <= args.extract_all_max:
        out["extract_all"] = measure_extract_all(folder, repeats, log)
    if not args.keep_index:
        remove_db(db)
    return out


MEMORY_BLOCKS = ("index", "reindex", "check", "check_json")


def _peaks(block: dict, key: str):
    blocks = block.values() if "runs" not in block else [block]
    for b in blocks:
        if b.get(key) is not None:
            yield b[key]


# ----------------------------------------------------------------------------- profile


def profile(n: int, args, work: Path, log) -> dict:
    """pyinstrument over `index --jobs 1` (fresh index) and `check` at size n."""
    folder, _, _ = ensure_corpus(work, n, args.seed, log)
    db = work / f"profile-{n}.db"
    remove_db(db)
    out = {}
    kfc_module = [sys.executable, "-m", "pyinstrument", "--renderer", "json"]
    for name, argv in (
        ("index_jobs_1", ["index", str(folder), "--db", str(db), "-j", "1", "-q"]),
        ("check", ["check", str(folder), "--db", str(db), "-q", "--fail-on", "none"]),
    ):
        target = work / f"profile-{n}-{name}.json"
        log(f"  pyinstrument: kfactcheck {' '.join(argv[:1])} at {n} articles")
        subprocess.run(
            [*kfc_module, "-o", str(target), "-m", "kfactcheck", *argv],
            cwd=RUN_DIR,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        out[name] = hot_spots(json.loads(target.read_text()), args.profile_top)
    remove_db(db)
    return out


def hot_spots(session: dict, top: int) -> dict:
    """Where a pyinstrument JSON session spent its time, three ways.

    own: each function's own code ([self] frames folded into their function);
    kfactcheck: each kfactcheck function's own code plus the library code it calls
      directly (regexes, rich, sqlite), i.e. the time one edit of that function can save;
    inclusive: kfactcheck functions with everything below them (recursion counted once).
    """
    root = session.get("root_frame") or session
    own: dict[str, float] = defaultdict(float)
    mine: dict[str, float] = defaultdict(float)
    inclusive: dict[str, float] = defaultdict(float)

    def name_of(frame: dict) -> str:
        path = frame.get("file_path_short") or frame.get("file_path") or "?"
        return f"{path}:{frame.get('function', '?')}"

    def ours(name: str) -> bool:
        return name.startswith("kfactcheck/") or "/kfactcheck/" in name

    stack: list[tuple[dict, str, str, frozenset]] = [(root, "?", "?", frozenset())]
    while stack:
        frame, parent, owner, above = stack.pop()
        if str(frame.get("function", "")).startswith("["):  # [self], [await]: the parent's
            own[parent] += frame["time"]
            mine[owner] += frame["time"]
            continue
        name = name_of(frame)
        owner = name if ours(name) else owner
        children = frame.get("children", [])
        rest = frame["time"] - sum(c["time"] for c in children)
        own[name] += rest
        mine[owner] += rest
        if name not in above and ours(name):  # recursion: the outermost call only
            inclusive[name] += frame["time"]
        for c in children:
            stack.append((c, name, owner, above | {name}))
    total = root["time"] or 1.0

    def ranked(table):
        rows = sorted(table.items(), key=lambda kv: -kv[1])[:top]
        return [{"function": f, "seconds": s, "percent": 100 * s / total} for f, s in rows]

    return {
        "seconds": total,
        "own": ranked(own),
        "kfactcheck": ranked(mine),
        "inclusive": ranked(inclusive),
    }


# ----------------------------------------------------------------------------- goals, table


def goals(result: dict) -> dict:
    sizes = result["sizes"]
    keys = sorted(sizes, key=int)
    out: dict = {}

    def put(name, target, value, met, note=""):
        out[name] = {"target": target, "value": value, "met": met, "note": note}

    ratios = [sizes[k]["peer"]["ratio"] for k in keys if "peer" in sizes[k]]
    if ratios:
        v = min(ratios)
        put("extract_vs_quantulum3", f">= {GOAL_PEER_RATIO:g}x", v, v >= GOAL_PEER_RATIO)
    if len(keys) >= 2:
        small, large = keys[0], keys[-1]
        allowed = GOAL_LINEAR_SLACK * int(large) / int(small)
        for which in ("jobs_1", "jobs_all"):
            big, little = sizes[large]["index"][which], sizes[small]["index"][which]
            grow = big["seconds"] / little["seconds"]
            put(
                f"index_linear_{which}",
                f"<= {allowed:g}x ({large} vs {small} articles)",
                grow,
                grow <= allowed,
                # CPU time is less swayed by other work on the machine
                f"CPU time grew {big['cpu_seconds'] / little['cpu_seconds']:.0f}x",
            )
    large = keys[-1]
    share = sizes[large]["reindex"]["share_of_first"]
    put(
        "reindex_share",
        f"< {GOAL_REINDEX_SHARE:.0%} of the first index",
        share,
        share < GOAL_REINDEX_SHARE,
        f"at {large} articles",
    )
    if "100000" in sizes:
        v = sizes["100000"]["check"]["seconds"]
        put("check_100k_seconds", f"< {GOAL_CHECK_SECONDS:g} s", v, v < GOAL_CHECK_SECONDS)
        tree = sizes["100000"]["peak_tree_mb"]
        v = max(sizes["100000"]["peak_rss_mb"], tree or 0)
        put("peak_memory_100k_mb", f"< {GOAL_PEAK_MB:g} MB", v, v < GOAL_PEAK_MB)
    if result.get("help"):
        v = result["help"]["seconds"]
        put("help_seconds", f"< {GOAL_HELP_SECONDS:g} s", v, v < GOAL_HELP_SECONDS)
    at = str(GOAL_ACCURACY_SIZE)
    if at in sizes:
        acc = sizes[at]["accuracy"]
        put(
            "claim_recall_10k",
            f">= {GOAL_CLAIM_RECALL}",
            acc["claim_recall"],
            acc["claim_recall"] >= GOAL_CLAIM_RECALL,
        )
        put(
            "finding_recall_10k",
            f">= {GOAL_FINDING_RECALL}",
            acc["finding_recall"],
            acc["finding_recall"] >= GOAL_FINDING_RECALL,
        )
        causes = acc["false_alarm_causes"]
        put(
            "false_alarms_10k",
            f"<= {GOAL_FALSE_ALARM_SHARE:.0%} of findings",
            acc["false_alarm_share"],
            acc["false_alarm_share"] <= GOAL_FALSE_ALARM_SHARE,
            f"{acc['false_alarms']} of {acc['findings']} findings, "
            f"{acc['false_alarm_share_of_discrepancies']:.1%} of {acc['discrepancies']} "
            f"discrepancies; unfounded by the generator's truth: "
            f"{causes['unfounded'] + causes['two_quantities']}",
        )
    return out


def _f(v, fmt="{:.2f}") -> str:
    return "-" if v is None else fmt.format(v)


def table(result: dict) -> str:
    keys = sorted(result["sizes"], key=int)
    rows: list[tuple[str, ...]] = []

    def row(label, fn):
        rows.append((label, *(fn(result["sizes"][k]) for k in keys)))

    jobs_all = result["machine"]["jobs_all"]
    row("articles", lambda s: f"{s['articles']:,}")
    row("MB of text", lambda s: _f(s["mb"], "{:.1f}"))
    row("runs per figure (median)", lambda s: str(s["repeats"]))
    for which, label in (("jobs_1", "--jobs 1"), ("jobs_all", f"--jobs {jobs_all}")):
        row(f"index {label}: seconds", lambda s, w=which: _f(s["index"][w]["seconds"], "{:.1f}"))
        row(
            f"index {label}: CPU seconds",
            lambda s, w=which: _f(s["index"][w]["cpu_seconds"], "{:.1f}"),
        )
        row(f"index {label}: MB/s", lambda s, w=which: _f(s["index"][w]["mb_per_s"], "{:.3f}"))
        row(
            f"index {label}: articles/s",
            lambda s, w=which: _f(s["index"][w]["docs_per_s"], "{:.0f}"),
        )
        row(
            f"index {label}: peak RSS MB",
            lambda s, w=which: _f(s["index"][w]["peak_rss_mb"], "{:.0f}"),
        )
        row(
            f"index {label}: peak all procs MB",
            lambda s, w=which: _f(s["index"][w]["peak_tree_mb"], "{:.0f}"),
        )
    row("re-index unchanged: seconds", lambda s: _f(s["reindex"]["seconds"]))
    row("re-index / first index", lambda s: _f(s["reindex"]["share_of_first"], "{:.1%}"))
    row("re-index: peak RSS MB", lambda s: _f(s["reindex"]["peak_rss_mb"], "{:.0f}"))
    row("check (indexed): seconds", lambda s: _f(s["check"]["seconds"]))
    row("check: peak RSS MB", lambda s: _f(s["check"]["peak_rss_mb"], "{:.0f}"))
    row("check --format json: seconds", lambda s: _f(s["check_json"]["seconds"]))
    row("check --format json: peak RSS MB", lambda s: _f(s["check_json"]["peak_rss_mb"], "{:.0f}"))
    row("report json: seconds", lambda s: _f(s["report_json"]["seconds"]))
    row(
        "extract_claims all: MB/s",
        lambda s: _f(s.get("extract_all", {}).get("mb_per_s"), "{:.3f}"),
    )
    row(
        "peer sample (articles, MB)",
        lambda s: (
            f"{s['peer']['sample_articles']}, {s['peer']['sample_mb']:.2f}" if "peer" in s else "-"
        ),
    )
    row(
        "quantulum3: MB/s",
        lambda s: _f(s.get("peer", {}).get("quantulum3", {}).get("mb_per_s"), "{:.4f}"),
    )
    row(
        "extract_claims same sample: MB/s",
        lambda s: _f(s.get("peer", {}).get("kfactcheck_extract", {}).get("mb_per_s"), "{:.3f}"),
    )
    row("kfactcheck / quantulum3", lambda s: _f(s.get("peer", {}).get("ratio"), "{:.1f}x"))
    row(
        "number grammar alone: MB/s",
        lambda s: _f(s.get("peer", {}).get("kfactcheck_numbers", {}).get("mb_per_s"), "{:.3f}"),
    )
    row(
        "number grammar / quantulum3",
        lambda s: _f(s.get("peer", {}).get("numbers_ratio"), "{:.1f}x"),
    )
    for metric in ("claim_recall", "interval_ok", "as_of_ok", "grouping_f1", "finding_recall"):
        row(metric, lambda s, m=metric: _f(s["accuracy"][m], "{:.3f}"))
    row(
        "false alarms / findings",
        lambda s: (
            f"{s['accuracy']['false_alarms']} / {s['accuracy']['findings']} "
            f"({s['accuracy']['false_alarm_share']:.1%})"
        ),
    )
    row(
        "false alarms / discrepancies",
        lambda s: (
            f"{s['accuracy']['false_alarms']} / {s['accuracy']['discrepancies']} "
            f"({s['accuracy']['false_alarm_share_of_discrepancies']:.1%})"
        ),
    )
    for cause, label in (
        ("misreport", "  of which flag a planted misreport"),
        ("two_sides", "  police vs organisers, one day"),
        ("two_quantities", "  unfounded: two quantities"),
        ("unfounded", "  unfounded: one quantity"),
    ):
        row(label, lambda s, c=cause: str(s["accuracy"]["false_alarm_causes"][c]))
    row("noise claims", lambda s: str(s["accuracy"]["noise_claims"]))

    widths = [max(len(r[i]) for r in [("figure", *keys), *rows]) for i in range(len(keys) + 1)]
    lines = [
        "| " + " | ".join(h.ljust(w) for h, w in zip(("figure", *keys), widths, strict=True)) + " |"
    ]
    lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        cells = [r[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(r[1:], widths[1:], strict=True)
        ]
        lines.append("| " + " | ".join(cells) + " |")
    if result.get("help"):
        lines.append("")
        lines.append(f"kfactcheck --help: {result['help']['seconds']:.3f} s (median of runs)")
    if result.get("goals"):
        lines.append("")
        for name, g in result["goals"].items():
            v = g["value"]
            shown = f"{v:.3g}" if isinstance(v, float) else str(v)
            mark = "met   " if g["met"] else "MISSED"
            note = f" ({g['note']})" if g["note"] else ""
            lines.append(f"{mark} {name}: {shown} (goal {g['target']}){note}")
    return "\n".join(lines)


# ----------------------------------------------------------------------------- main


def machine(jobs_all: int) -> dict:
    def git(*a):
        try:
            return subprocess.run(
                ["git", *a], cwd=ROOT, capture_output=True, text=True, check=True
            ).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return None

    from importlib.metadata import version

    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "jobs_all": jobs_all,
        "kfactcheck": version("kfactcheck"),
        "git_commit": git("rev-parse", "--short", "HEAD"),
        "git_dirty_files": len(
            (git("status", "--porcelain", "--untracked-files=no") or "").splitlines()
        ),
    }


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", help="comma-separated article counts (default 1000,10000,100000)")
    ap.add_argument("--repeats", type=int, help="runs per figure, median reported (default 3)")
    ap.add_argument("--out", default=str(HERE / "out" / "results.json"), help="JSON results file")
    ap.add_argument("--work", default=str(HERE / "out"), help="corpora and index files go here")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs-all", type=int, default=os.cpu_count() or 1, help="'all cores'")
    ap.add_argument("--once-above", type=int, default=0, help="sizes above this: one run each")
    ap.add_argument("--skip-peer", action="store_true", help="do not run quantulum3")
    ap.add_argument("--peer-sample", type=int, default=50, help="articles through quantulum3")
    ap.add_argument(
        "--extract-all-max",
        type=int,
        default=10_000,
        help="time extract_claims in-process over the whole corpus up to this size (0: never)",
    )
    ap.add_argument("--help-runs", type=int, default=10, help="runs of `kfactcheck --help`")
    ap.add_argument("--profile", action="store_true", help="pyinstrument at the largest size")
    ap.add_argument("--profile-size", type=int, help="profile at this size instead")
    ap.add_argument("--profile-top", type=int, default=15)
    ap.add_argument("--keep-index", action="store_true", help="keep bench/out/index-N.db")
    code = ap.add_mutually_exclusive_group()
    code.add_argument(
        "--live", action="store_true", help="measure the working tree, not a snapshot of HEAD"
    )
    code.add_argument("--src", help="measure the kfactcheck package in this folder")
    ap.add_argument("--quick", action="store_true", help="1,000 articles, one run, small sample")
    ap.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    args = ap.parse_args(argv)
    if args.quick:
        args.sizes = args.sizes or "1000"
        args.repeats = args.repeats or 1
        args.peer_sample = min(args.peer_sample, 20)
        args.help_runs = min(args.help_runs, 3)
    args.sizes = [int(s.replace("_", "")) for s in (args.sizes or "1000,10000,100000").split(",")]
    args.repeats = args.repeats or 3
    if args.repeats < 1 or any(n < 1 for n in args.sizes):
        ap.error("--sizes and --repeats must be positive")
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    work = Path(args.work).resolve()
    work.mkdir(parents=True, exist_ok=True)

    def log(msg: str) -> None:
        if not args.quiet:
            print(f"bench: {msg}", file=sys.stderr, flush=True)

    if shutil.which(kfactcheck_command()[0]) is None and not Path(kfactcheck_command()[0]).exists():
        raise SystemExit("bench: kfactcheck is not installed beside this Python")
    if not args.skip_peer:
        try:
            import quantulum3  # noqa: F401
        except ImportError:
            raise SystemExit(
                "bench: quantulum3 is missing: pip install -e '.[bench]' (or --skip-peer)"
            ) from None

    source = None
    if args.src:
        source = {"path": use_source(Path(args.src).resolve()), "commit": None}
    elif not args.live:
        try:
            src, commit = snapshot(work, log)
        except (OSError, subprocess.CalledProcessError) as exc:
            raise SystemExit(f"bench: cannot snapshot HEAD ({exc}); use --live or --src") from None
        source = {"path": use_source(src), "commit": commit}
    started = time.perf_counter()
    result: dict = {
        "source": source or {"path": "installed (working tree)", "commit": None},
        "generated": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "argv": sys.argv[1:] if argv is None else list(argv),
        "machine": machine(args.jobs_all),
        "sizes": {},
    }
    log(f"kfactcheck --help x{args.help_runs}")
    result["help"] = measure_help(args.help_runs)
    result["imports"] = import_times()
    for n in args.sizes:
        result["sizes"][str(n)] = measure_size(n, args, work, log)
    if args.profile or args.profile_size:
        result["profile_size"] = args.profile_size or max(args.sizes)
        result["profile"] = profile(result["profile_size"], args, work, log)
    result["goals"] = goals(result)
    result["seconds"] = time.perf_counter() - started

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(table(result))
    log(f"wrote {out} in {result['seconds']:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
