"""bench/realdev.py runs the real CLI and prints the scorer's own figures, split and whole."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import score  # noqa: E402
import score_by  # noqa: E402


def test_realdev_bench_prints_the_scorers_figures(tmp_path):
    out = tmp_path / "report.json"
    gold_path = ROOT / "tests" / "data" / "kosovo.gold.json"
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "realdev.py"),
            *("--texts", str(ROOT / "corpus" / "kosovo"), "--gold", str(gold_path)),
            *("--out", str(out), "--kfactcheck", str(Path(sys.executable).parent / "kfactcheck")),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    whole = score.score(json.loads(out.read_text()), json.loads(gold_path.read_text()))
    assert f"all: {score_by.line(whole)}" in proc.stdout.splitlines()
    # every goal is reported, with the figure the scorer gave
    for name in ("claim_recall", "grouping_f1", "finding_recall", "false_alarms"):
        row = next(line for line in proc.stdout.splitlines() if line.strip().startswith(name))
        assert f"{whole[name]:.3f}" in row or str(whole[name]) in row.split()
