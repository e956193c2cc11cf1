"""Seconds of CPU per MB of text for every hostile shape of tests/claims/test_hostile.py.

The test shows each shape is linear (by doubling); this prints how fast, against the goal
of issue 22: under 5 s per MB. Each shape is built at --size characters (default 1 MB) and
run once through each function the test aims it at (a shape aimed at extraction also
with a publication date); the shape list is the test's own.

    .venv/bin/python bench/hostile.py                    # all shapes at 1 MB: a few minutes
    .venv/bin/python bench/hostile.py --only weekdays,relative --repeat 3   # best of 3
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import sys
import time
from pathlib import Path

GOAL = 5.0  # seconds per MB


def _load_shapes():
    path = Path(__file__).resolve().parent.parent / "tests" / "claims" / "test_hostile.py"
    spec = importlib.util.spec_from_file_location("test_hostile", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.SHAPES, module.FUNCTIONS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="characters per shape")
    parser.add_argument("--repeat", type=int, default=1, help="runs per figure; the best is shown")
    parser.add_argument("--only", default="", help="comma-separated substrings of shape names")
    args = parser.parse_args(argv)
    shapes, functions = _load_shapes()
    wanted = [w for w in args.only.split(",") if w]
    print(f"{'shape':<45} {'function':<22} {'s/MB':>7}")
    worst = 0.0
    for name, (make, _, aimed) in shapes.items():
        if wanted and not any(w in name for w in wanted):
            continue
        text = make(args.size)
        # a shape aimed at extraction runs with a publication date too: dates then resolve
        # and date the figures, another path through the same text
        if "extract_claims" in aimed:
            aimed = (*aimed, "extract_claims_dated")
        for function in aimed:
            best = float("inf")
            for _ in range(max(1, args.repeat)):
                gc.collect()
                t0 = time.process_time()
                functions[function](text)
                best = min(best, time.process_time() - t0)
            per_mb = best * 1_000_000 / max(len(text), 1)
            worst = max(worst, per_mb)
            flag = "" if per_mb < GOAL else "  over the goal"
            print(f"{name:<45} {function:<22} {per_mb:7.2f}{flag}", flush=True)
    print(f"worst {worst:.2f} s/MB (goal: under {GOAL:g})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
