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

from kfactcheck.analyse.kinds import counted_floor, snapshot
from kfactcheck.analyse.marchseries import march_days_by_doc, per_march_day
from kfactcheck.analyse.others import without_others
from kfactcheck.analyse.rising import RisingSweep
from kfactcheck.analyse.specs import SubjectSpec
from kfactcheck.analyse.sweep import Sweep, id_number
from kfactcheck.analyse.traits import only_rises, traits
from kfactcheck.analyse.undated import join_period_levels, join_undated, page_discrepancies
from kfactcheck.claims.perday import ONE_DAY
from kfactcheck.grammar.vocab import vocab
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
    marches = march_days_by_doc(claims)
    for key in sorted(subjects):
        spec = by_spec.get(key)
        direction = spec.direction if spec else _default_direction(subjects[key])
        # the arrests or injured of each march day in a series: one event's count each
        per_day = None if spec else per_march_day(subjects[key], marches)
        if per_day is not None:
            direction = "any"
        sweep = RisingSweep if direction == "up" else Sweep
        window = spec.window_days if spec and spec.window_days else window_days
        for part in _by_counted(subjects[key]):
            # "outros 11" beside the article's 24: a part added, not a report of the count
            part = without_others(part)
            own = None if spec and spec.window_days else _own_window(part, direction)
            own = per_day if per_day is not None else own
            swept = sweep(
                key,
                part,
                docs,
                window=window if own is None else own,
                tol=spec.tolerance if spec and spec.tolerance is not None else tolerance,
                counter=counter,
            )
            swept.run()
            # figures with no date only support equal dated ones (analyse/undated.py)
            join_undated(swept, part)
            # a month's figure equal to a level a change went through that month
            join_period_levels(swept)
            # one undated page's figures are of one time, the page's (analyse/undated.py)
            page_discrepancies(swept, part)
            out.extend(swept.found)
    # numbered in the order reports show them: by subject, then discrepancies, changes,
    # agreements, each in the order of the claims they rest on
    kind_order = {"discrepancy": 0, "change": 1, "agreement": 2}
    out.sort(key=lambda f: (f.subject, kind_order.get(f.kind, 3), [id_number(c) for c in f.claims]))
    for i, f in enumerate(out, 1):
        f.id = f"f{i}"
    return out


def _default_direction(claims: list[Claim]) -> str:
    families = {c.terms[0] if c.terms else "" for c in claims}
    # families that count something cumulative (a toll, a sum paid so far): a later lower
    # figure contradicts
    return "up" if families and all(only_rises(f) for f in families) else "any"


def _own_window(claims: list[Claim], direction: str = "any") -> int | None:
    """The window of the family every claim counts, when it has its own (data/compare.toml
    [windows]: a toll that moves from day to day, a crowd at one march); else a day, when
    every figure is a head count written to the unit of something that may go up or down
    (834 firefighters on the ground one day, 1,139 the next: each a count of its day, so
    another day's is a change, while an estimate such as "close to 4,000 troops" stands for
    a level that weeks later reports may dispute)."""
    windows = traits().windows
    # a kind of the family ("crowd:part", the marchers in one city) has the family's window
    # unless it has its own ("injured:serious")
    own = {windows.get(f, windows.get(f.partition(":")[0])) for f in _families(claims)}
    if len(own) == 1 and None not in own:
        return own.pop()
    # floors beside such counts are counts of their day too ("more than 370 people in
    # shelters" on Monday, 849 on Wednesday, 1,117 a fortnight later: the count moved)
    if (
        direction != "up"
        and len(claims) >= 2
        and all(snapshot(c) or counted_floor(c) for c in claims)
        and any(snapshot(c) for c in claims)
    ):
        return 0
    return None


def _families(claims: list[Claim]) -> set[str]:
    return {c.terms[0] if c.terms else "" for c in claims}


_DATED = ("year:", "plan:", "date:", "money:", "share:")


def _by_counted(claims: list[Claim]) -> list[list[Claim]]:
    """A subject's claims by what they count, when that is known and differs: a finding
    never rests on two figures whose counted things differ (deaths and missing, a cost and
    a funding). Claims whose counted thing is not known stay together, apart from the
    known ones when there are several of those."""
    known = vocab().families
    parts: dict[str, list[Claim]] = {}
    for c in claims:
        family = c.terms[0] if c.terms else ""
        named = family in known or family == "deadline" or family.startswith(_DATED)
        parts.setdefault(family if named else "", []).append(c)
    if len(parts) <= 1 or len([k for k in parts if k]) <= 1:
        return _by_day(claims)
    return [day for k in sorted(parts) for day in _by_day(parts[k])]


def _by_day(claims: list[Claim]) -> list[list[Claim]]:
    """Figures of one day's increment ("17 buried on Thursday", claims/perday.py) are
    compared only with figures of that same day: another day's increment is no level the
    count moved from or to."""
    if not all(c.terms and c.terms[0].endswith(":" + ONE_DAY) for c in claims):
        return [claims]
    days: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        days[c.as_of].append(c)
    return [days[k] for k in sorted(days)]
