"""extract_claims of two source trees, timed in turns: user CPU per pass, medians and ratio.

Each tree runs in its own warm worker process (corpus read, one pass done before timing);
the workers take turns one pass at a time, the order flipped every round, so a busy stretch
of a shared machine falls on both. A tree is a folder holding the `kfactcheck` package
(a worktree, or `git archive COMMIT kfactcheck | tar -x -C DIR`).

    .venv/bin/python bench/side_by_side.py /work/main . bench/out/corpus-1000-s1 --rounds 16
    .venv/bin/python bench/side_by_side.py OLD NEW shape:extract-weekdays-one-sentence:200000:dated

A target is a folder of articles or `shape:NAME:CHARACTERS[:dated]`, a shape of
tests/claims/test_hostile.py.
"""

from __future__ import annotations

import argparse
import importlib.util
import resource
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _worker(src: str, target: str) -> None:
    sys.path.insert(0, src)
    import kfactcheck
    from kfactcheck.claims.extract import extract_claims
    from kfactcheck.read.corpus import read_corpus

    assert kfactcheck.__file__.startswith(str(Path(src).resolve())), kfactcheck.__file__
    if target.startswith("shape:"):
        _, name, size, *dated = target.split(":")
        path = HERE.parent / "tests" / "claims" / "test_hostile.py"
        spec = importlib.util.spec_from_file_location("test_hostile", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        text = module.SHAPES[name][0](int(size))
        function = module.FUNCTIONS["extract_claims_dated" if dated else "extract_claims"]

        def run() -> None:
            function(text)
    else:
        documents = read_corpus([target]).documents

        def run() -> None:
            for doc in documents:
                extract_claims(doc)

    run()
    print("ready", flush=True)
    for _ in sys.stdin:
        t0 = resource.getrusage(resource.RUSAGE_SELF).ru_utime
        run()
        print(resource.getrusage(resource.RUSAGE_SELF).ru_utime - t0, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", help="folder holding the first tree's kfactcheck package")
    parser.add_argument("new", help="folder holding the second tree's kfactcheck package")
    parser.add_argument("target", help="a folder of articles, or shape:NAME:CHARS[:dated]")
    parser.add_argument("--rounds", type=int, default=12, help="passes of each tree")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        _worker(args.old, args.target)
        return 0
    workers = [
        subprocess.Popen(
            [sys.executable, __file__, str(Path(src).resolve()), "-", args.target, "--worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd="/tmp",  # no claims/ folder or source tree of the working directory
        )
        for src in (args.old, args.new)
    ]
    for w in workers:
        if w.stdout.readline().strip() != "ready":
            raise SystemExit("a worker failed to start")
    times: list[list[float]] = [[], []]
    for r in range(args.rounds):
        for i in (0, 1) if r % 2 == 0 else (1, 0):
            workers[i].stdin.write("go\n")
            workers[i].stdin.flush()
            times[i].append(float(workers[i].stdout.readline()))
    for w in workers:
        w.stdin.close()
        w.wait()
    old, new = (statistics.median(t) for t in times)
    pairs = sorted(b / a for a, b in zip(*times, strict=True))
    print(f"old {old:.3f} s  new {new:.3f} s  (medians of {args.rounds} passes, user CPU)")
    print(f"new/old {new / old:.3f}; per round {pairs[0]:.3f}-{pairs[-1]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
