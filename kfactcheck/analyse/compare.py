"""Claims -> Findings: discrepancies, changes over time and agreements, per subject.

Each subject's claims are swept once in time order (`sweep.Sweep`; a count that only rises,
by spec or because everything it counts is cumulative, by `rising.RisingSweep`). What a
figure is compared as, and how big a difference is, is its value kind's business
(`kinds.py`). Findings come out with the numbers they rest on (`Finding.basis`) and no
words: `kfactcheck.export.wording.word_findings` writes their summaries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from kfactcheck.analyse.rising import RisingSweep
from kfactcheck.analyse.specs import SubjectSpec
from kfactcheck.analyse.sweep import Sweep, id_number
from kfactcheck.analyse.traits import traits
from kfactcheck.model import Claim, Document, Finding


def find_findings(
    claims: Sequence[Claim],
    documents: Sequence[Document],
    specs: Sequence[SubjectSpec] = (),
    *,
    window_days: int = 60,
    tolerance: float = 0.03,
    stats: dict | None = None,
) -> list[Finding]:
    """All findings, ids f1..fN in (subject, time) order. `stats` counts comparisons."""
    docs = {d.id: d for d in documents}
    by_spec = {s.key: s for s in specs}
    subjects: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        subjects[c.subject].append(c)
    counter = stats if stats is not None else {}
    counter.setdefault("comparisons", 0)
    out: list[Finding] = []
    for key in sorted(subjects):
        spec = by_spec.get(key)
        direction = spec.direction if spec else _default_direction(subjects[key])
        sweep = RisingSweep if direction == "up" else Sweep
        window = spec.window_days if spec and spec.window_days else window_days
        daily = not (spec and spec.window_days) and _daily(subjects[key])
        out.extend(
            sweep(
                key,
                subjects[key],
                docs,
                window=0 if daily else window,
                tol=spec.tolerance if spec and spec.tolerance is not None else tolerance,
                counter=counter,
            ).run()
        )
    # numbered in the order reports show them: by subject, then discrepancies, changes,
    # agreements, each in the order of the claims they rest on
    kind_order = {"discrepancy": 0, "change": 1, "agreement": 2}
    out.sort(key=lambda f: (f.subject, kind_order.get(f.kind, 3), [id_number(c) for c in f.claims]))
    for i, f in enumerate(out, 1):
        f.id = f"f{i}"
    return out


def _default_direction(claims: list[Claim]) -> str:
    families = {c.terms[0] if c.terms else "" for c in claims}
    # families that count something cumulative (data/compare.toml): a later lower figure
    # contradicts
    return "up" if families and families <= traits().rising else "any"


def _daily(claims: list[Claim]) -> bool:
    """A toll that moves from day to day (data/compare.toml [daily]) is compared within
    one day: another day's different figure is the toll moving, not a contradiction."""
    families = {c.terms[0] if c.terms else "" for c in claims}
    return bool(families) and families <= traits().daily
