"""The benchmark's machinery on a tiny corpus: it runs, and its JSON holds sane figures.

Speed itself is never asserted here (that is what bench/run.py reports); only that every
figure the README quotes is produced, positive and consistent with the others.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys

import pytest
from conftest import ROOT

ARTICLES = 30


@pytest.fixture(scope="module")
def bench(tmp_path_factory) -> tuple[dict, str]:
    work = tmp_path_factory.mktemp("bench")
    out = work / "results.json"
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "run.py"),
            *("--sizes", str(ARTICLES), "--repeats", "1", "--skip-peer", "--help-runs", "1"),
            *("--extract-all-max", "0", "--jobs-all", "2", "--quiet", "--live"),
            *("--work", str(work), "--out", str(out)),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(out.read_text(encoding="utf-8")), proc.stdout


def _positive(x) -> bool:
    return isinstance(x, int | float) and math.isfinite(x) and x > 0


def test_sizes_and_corpus(bench):
    result, _ = bench
    assert list(result["sizes"]) == [str(ARTICLES)]
    size = result["sizes"][str(ARTICLES)]
    assert size["articles"] == ARTICLES
    assert _positive(size["mb"])
    assert size["repeats"] == 1


@pytest.mark.parametrize(
    "which, jobs",
    [pytest.param("jobs_1", 1, id="one-core"), pytest.param("jobs_all", 2, id="all-cores")],
)
def test_index_figures(bench, which, jobs):
    index = bench[0]["sizes"][str(ARTICLES)]["index"][which]
    assert index["jobs"] == jobs
    for key in ("seconds", "cpu_seconds", "peak_rss_mb", "mb_per_s", "docs_per_s"):
        assert _positive(index[key]), key
    assert index["min_seconds"] <= index["seconds"] <= index["max_seconds"]
    assert index["docs_per_s"] == pytest.approx(ARTICLES / index["seconds"])
    assert [r["exit"] for r in index["runs"]] == [0]


def test_reindex_check_and_memory(bench):
    size = bench[0]["sizes"][str(ARTICLES)]
    assert _positive(size["reindex"]["seconds"])
    assert size["reindex"]["share_of_first"] == pytest.approx(
        size["reindex"]["seconds"] / size["index"]["jobs_all"]["seconds"]
    )
    assert _positive(size["check"]["seconds"])
    assert _positive(size["check_json"]["seconds"])
    # a Python process with the pipeline loaded holds megabytes, never bytes or terabytes
    for block in (size["index"]["jobs_1"], size["reindex"], size["check"]):
        assert 5 < block["peak_rss_mb"] < 100_000
    assert size["peak_rss_mb"] >= size["check"]["peak_rss_mb"]


def test_accuracy_is_scored(bench):
    acc = bench[0]["sizes"][str(ARTICLES)]["accuracy"]
    for key in ("claim_recall", "interval_ok", "as_of_ok", "grouping_f1", "finding_recall"):
        assert 0.0 <= acc[key] <= 1.0, key
    assert acc["gold_claims"] > 0
    assert acc["claims"] > 0
    assert acc["false_alarms"] <= acc["discrepancies"]
    assert acc["false_alarm_share"] == pytest.approx(acc["false_alarms"] / acc["findings"])
    assert 0.0 <= acc["false_alarm_share"] <= acc["false_alarm_share_of_discrepancies"] <= 1.0
    assert sum(acc["false_alarm_causes"].values()) == acc["false_alarms"]


def test_startup_and_imports(bench):
    result, _ = bench
    assert result["source"]["commit"] is None  # --live: the working tree as installed
    assert _positive(result["help"]["seconds"])
    assert len(result["help"]["runs"]) == 1
    imports = result["imports"]
    assert _positive(imports["total_ms"])
    assert imports["by_self"] and all(r["self_ms"] >= 0 for r in imports["by_self"])
    assert "kfactcheck.cli" in {r["module"] for r in imports["by_cumulative"]}


def test_goals_and_table(bench):
    result, stdout = bench
    goals = result["goals"]
    assert {"reindex_share", "help_seconds"} <= set(goals)
    assert "extract_vs_quantulum3" not in goals  # --skip-peer
    assert "claim_recall_10k" not in goals  # only judged at 10,000 articles
    assert all(isinstance(g["met"], bool) for g in goals.values())
    assert "| index --jobs 1: MB/s" in stdout
    assert "re-index / first index" in stdout
    assert "peer" not in result["sizes"][str(ARTICLES)]


def test_number_grammar_timing_counts_figures():
    """The number-grammar figure shown beside quantulum3 times real work: it finds at least
    every figure claim that full extraction finds in the sample corpus."""
    from kfactcheck.claims.extract import extract_claims
    from kfactcheck.read.corpus import read_corpus

    run = _bench_module()
    documents = read_corpus([str(ROOT / "corpus" / "kosovo")]).documents
    found = sum(run._numbers_of(d) for d in documents)
    figures = sum(1 for d in documents for c in extract_claims(d) if c.unit not in ("date", "year"))
    assert found >= figures > 0


def _bench_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "bench" / "run.py")
    run = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(run)
    return run


def test_tools_take_turns_in_flipped_order_and_fill_their_turn():
    """The side-by-side timing: every tool in every round, the order flipped each round,
    and a fast tool's pass repeated until its turn has lasted min_turn."""
    import time

    run = _bench_module()
    calls: list[str] = []

    def tool(name, pause):
        def one(document):
            calls.append(name)
            time.sleep(pause)
            return 1

        return one

    tools = {"slow": tool("slow", 0.02), "fast": tool("fast", 0.0)}
    runs, found = run.take_turns(tools, ["d1", "d2"], rounds=3, min_turn=0.01)
    assert [len(runs["slow"]), len(runs["fast"])] == [3, 3]
    assert found == {"slow": 2, "fast": 2}
    assert all(t >= 0.04 for t in runs["slow"])  # one pass: two documents, 20 ms each
    assert all(0 < t < 0.01 for t in runs["fast"])  # many passes, each far under the turn
    # turns: slow, fast | fast, slow | slow, fast (a turn is a block of one tool's calls)
    turns = [name for i, name in enumerate(calls) if i == 0 or calls[i - 1] != name]
    assert turns == ["slow", "fast", "slow", "fast"] and calls.count("slow") == 6
    assert calls.count("fast") > 6
