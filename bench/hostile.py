"""Seconds of CPU per MB of text for every hostile shape of tests/claims/test_hostile.py.

The test shows each shape is linear (by doubling); this prints how fast, against the goal
of issue 22: under 5 s per MB. Each shape is built at --size characters (default 1 MB) and
run once through each function the test aims it at (a shape aimed at extraction also
with a publication date); the shape list is the test's own.

    .venv/bin/python bench/hostile.py                    # all shapes at 1 MB: a few minutes
    .venv/bin/python bench/hostile.py --only weekdays,relative --repeat 3   # best of 3
    .venv/bin/python bench/hostile.py --only extract --size 100000 --growth  # and at 400 kB
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


def _per_mb(function, text: str, repeat: int) -> float:
    """CPU seconds per MB of `text`, the best of `repeat` runs."""
    best = float("inf")
    for _ in range(max(1, repeat)):
        gc.collect()
        t0 = time.process_time()
        function(text)
        best = min(best, time.process_time() - t0)
    return best * 1_000_000 / max(len(text), 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="characters per shape")
    parser.add_argument("--repeat", type=int, default=1, help="runs per figure; the best is shown")
    parser.add_argument("--only", default="", help="comma-separated substrings of shape names")
    parser.add_argument(
        "--growth",
        action="store_true",
        help="also time each shape at 4x --size: s/MB there, and t(4n) / 4 t(n) (1: linear)",
    )
    args = parser.parse_args(argv)
    shapes, functions = _load_shapes()
    wanted = [w for w in args.only.split(",") if w]
    grown = f" {'s/MB 4x':>8} {'growth':>7}" if args.growth else ""
    print(f"{'shape':<45} {'function':<22} {'s/MB':>7}{grown}")
    worst = 0.0
    for name, (make, _, aimed) in shapes.items():
        if wanted and not any(w in name for w in wanted):
            continue
        text = make(args.size)
        large = make(4 * args.size) if args.growth else ""
        # a shape aimed at extraction runs with a publication date too: dates then resolve
        # and date the figures, another path through the same text
        if "extract_claims" in aimed:
            aimed = (*aimed, "extract_claims_dated")
        for function in aimed:
            functions[function](make(min(args.size, 5_000)))  # caches and look-ups built once
            per_mb = _per_mb(functions[function], text, args.repeat)
            worst = max(worst, per_mb)
            line = f"{name:<45} {function:<22} {per_mb:7.2f}"
            if large:
                per_mb_large = _per_mb(functions[function], large, args.repeat)
                worst = max(worst, per_mb_large)
                line += f" {per_mb_large:8.2f} {per_mb_large / max(per_mb, 1e-9):7.2f}"
                per_mb = max(per_mb, per_mb_large)
            flag = "" if per_mb < GOAL else "  over the goal"
            print(line + flag, flush=True)
    print(f"worst {worst:.2f} s/MB (goal: under {GOAL:g})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
