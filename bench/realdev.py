#!/usr/bin/env python3
"""Real text: run kfactcheck on the development set of real page excerpts and score it.

    .venv/bin/python bench/realdev.py [--texts ../shared/realdev/texts]
                                      [--gold ../shared/realdev/gold.json] [--by language]
                                      [--out bench/out/realdev.json] [-v]

Runs the real CLI (`kfactcheck report TEXTS --no-index --format json`) in a subprocess,
with no subject spec, then scores the report with tests/score.py (a verbatim copy of the
shared scorer) over the whole set and split by an article field (tests/score_by.py). It
prints one line per group, the whole set last, and each figure against the goal of issue 20.
Exit status 0 whatever the figures: this measures, it does not judge.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))

import score  # noqa: E402
import score_by  # noqa: E402

# Issue 20's goals on the development set, by the scorer's names: (goal, higher is better).
GOALS = {
    "claim_recall": (0.95, True),
    "interval_ok": (0.95, True),
    "as_of_ok": (0.80, True),
    "grouping_f1": (0.90, True),
    "finding_recall": (0.85, True),
    "false_alarms": (2, False),
    "noise_claims": (0, False),
}


def run_report(texts: Path, out: Path, kfactcheck: str) -> float:
    """Run the CLI as a user would; return its wall time in seconds."""
    start = time.perf_counter()
    subprocess.run(
        [kfactcheck, "report", str(texts), "--no-index", "--format", "json", "-o", str(out)],
        check=True,
        cwd=tempfile.gettempdir(),  # no claims/ folder of the project's is picked up
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    shared = ROOT.parent / "shared" / "realdev"
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", type=Path, default=shared / "texts")
    ap.add_argument("--gold", type=Path, default=shared / "gold.json")
    ap.add_argument("--by", default="language", help="article field to split by (or 'topic')")
    ap.add_argument("--out", type=Path, default=HERE / "out" / "realdev.json")
    ap.add_argument("--kfactcheck", default=str(Path(sys.executable).parent / "kfactcheck"))
    ap.add_argument("-v", "--verbose", action="store_true", help="the scorer's per-item lines")
    a = ap.parse_args(argv)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    seconds = run_report(a.texts.resolve(), a.out.resolve(), a.kfactcheck)
    report = json.loads(a.out.read_text(encoding="utf-8"))
    gold = json.loads(a.gold.read_text(encoding="utf-8"))
    # a gold without the field (our own stories) is scored as a whole only
    for value in sorted({art[a.by] for art in gold["articles"] if a.by in art}):
        part = score_by.subset(gold, lambda art, v=value: art[a.by] == v)
        print(f"{a.by}={value}: {score_by.line(score.score(report, part))}")
    whole = score.score(report, gold, verbose=a.verbose)
    print(f"all: {score_by.line(whole)}")
    print(f"\n{len(gold['articles'])} documents in {seconds:.2f} s (report --no-index)")
    for name, (goal, higher) in GOALS.items():
        got = whole[name]
        met = got >= goal if higher else got <= goal
        shown = f"{got:.3f}" if isinstance(got, float) else str(got)
        sign = ">=" if higher else "<="
        print(f"  {name:<15} {shown:>7}  goal {sign} {goal}  {'met' if met else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
