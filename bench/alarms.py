"""What the scorer's false alarms are, judged by the generator's whole truth.

The generated annotation lists a sample of the expected discrepancies (at most about 1,200),
so at 100,000 articles most real disagreements in the text are outside it and the scorer
counts a finding about one of them as a false alarm. The annotation also marks every
planted misreport on its claim (``note``), which lets each such finding be judged against
everything the generator wrote rather than against the sample:

- ``misreport``: the finding holds a planted misreport, so the sources really disagree;
- ``two_sides``: truthful figures for one day that do not overlap: the generator's only
  such pairs are a rally's police and organisers' counts;
- ``two_quantities``: the claims belong to different quantities in the annotation;
- ``unfounded``: truthful figures of one quantity, read as disagreeing.

Only the last two are false alarms by the generator's truth.
"""

from __future__ import annotations

CAUSES = ("misreport", "two_sides", "two_quantities", "unfounded")


def _disjoint(a: dict, b: dict) -> bool:
    lo_a, hi_a, lo_b, hi_b = a.get("low"), a.get("high"), b.get("low"), b.get("high")
    if all(v is None for v in (lo_a, hi_a, lo_b, hi_b)):
        # dates carry no bounds: two different days do not overlap
        return a.get("value") != b.get("value")
    return (hi_a is not None and lo_b is not None and hi_a < lo_b) or (
        hi_b is not None and lo_a is not None and hi_b < lo_a
    )


def cause_of(members: list[dict]) -> str:
    """The cause of one unsampled discrepancy, given its claims' gold annotations."""
    if len({g["subject"] for g in members}) > 1:
        return "two_quantities"
    if any("note" in g for g in members):
        return "misreport"
    if any(
        a["as_of"] == b["as_of"] and _disjoint(a, b)
        for i, a in enumerate(members)
        for b in members[i + 1 :]
    ):
        return "two_sides"
    return "unfounded"


def alarm_causes(report: dict, gold: dict, scorer) -> dict[str, int]:
    """Count the scorer's false alarms in ``report`` by cause (see the module docstring).

    ``scorer`` is the loaded ``tests/score.py``; its claim matching decides which gold claim
    each of the report's claims is, so the counts add up to its ``false_alarms``.
    """
    pairs, _ = scorer.match_claims(report, gold)
    gold_of = {c["id"]: (f, g) for f, g, c in pairs if c is not None}
    expected = [e for e in gold.get("expected_findings", []) if e["kind"] == "discrepancy"]
    banned = gold.get("must_not_flag", [])
    counts = dict.fromkeys(CAUSES, 0)
    for finding in report.get("findings", []):
        if str(finding.get("kind")).lower() != "discrepancy":
            continue
        members = [gold_of[i] for i in finding.get("claims", []) if i in gold_of]
        if not members:
            continue
        subjects = {g["subject"] for _, g in members}
        files = {f for f, _ in members}
        # the scorer's own test, repeated: score.py must stay a verbatim copy of the shared
        # scorer and reports only totals (tests check that the causes add up to its count)
        sampled = any(e["subject"] in subjects and set(e["files"]) <= files for e in expected)
        forbidden = len(files) > 1 and any(
            subjects & set(b.get("subjects", [])) and set(b["files"]) & files for b in banned
        )
        if forbidden:
            counts["unfounded"] += 1
        elif not sampled:
            counts[cause_of([g for _, g in members])] += 1
    return counts
