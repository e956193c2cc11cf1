"""Fuzz the reader and extraction for minutes: the properties of tests/test_fuzz.py with many
more examples than the suite runs, and a fresh random seed each run (the suite runs 150 per
property, the same ones every time).

    .venv/bin/python bench/fuzz.py                      # 20,000 examples a property: ~5 min
    .venv/bin/python bench/fuzz.py --examples 100000    # ~25 min
    .venv/bin/python bench/fuzz.py --seed 12345         # replay a run

The properties: any bytes under any extension are read or refused with a one-line
InputError; any article (plain text, Markdown with front matter, HTML, JSON, JSON Lines,
with a date header of any kind: years 1 and 9999, epoch seconds, nonsense) is read and its
claims point into its text, with intervals in order and calendar dates; any text from news
words, figures, qualifiers, dates, quotation marks, control characters and random Unicode
is extracted the same way; a folder of such articles goes through a whole run (read,
extract, compare) and renders in every report format (a tenth as many examples: each is a
whole run). A failure prints the smallest example hypothesis found, and the exit code is
pytest's: 0 when every property held.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--examples", type=int, default=20_000, help="examples per property")
    ap.add_argument("--seed", type=int, default=None, help="hypothesis seed (default: random)")
    ap.add_argument("-k", default=None, help="only the properties matching (pytest -k)")
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    env = {**os.environ, "KFACTCHECK_FUZZ": "long", "KFACTCHECK_FUZZ_EXAMPLES": str(args.examples)}
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        str(REPO / "tests" / "test_fuzz.py"),
        "-q",
        "-p",
        "no:cacheprovider",
        "-p",
        "no:logging",  # trafilatura's warnings about empty pages, thousands of them
        f"--hypothesis-seed={seed}",
        "--hypothesis-show-statistics",
        "--durations=0",
    ]
    if args.k:
        cmd += ["-k", args.k]
    print(f"fuzz: {args.examples:,} examples a property, seed {seed}", flush=True)
    started = time.monotonic()
    code = subprocess.call(cmd, cwd=REPO, env=env)
    print(f"fuzz: {'held' if code == 0 else 'FAILED'} in {time.monotonic() - started:.0f} s")
    return code


if __name__ == "__main__":
    sys.exit(main())
