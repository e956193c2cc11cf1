"""bench/alarms.py: each of the scorer's false alarms given its cause by the generator's
whole truth, and the causes adding up to the scorer's count."""

from __future__ import annotations

import importlib.util

import pytest
from conftest import ROOT

# the benchmark loads both modules this way: bench/ is no package
_spec = importlib.util.spec_from_file_location("bench_run_alarms", ROOT / "bench" / "run.py")
_run = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_run)
alarms = _run.load_module("bench_alarms", ROOT / "bench" / "alarms.py")
scorer = _run.load_scorer()


def g(subject="x_troops", value=100, low=None, high=None, as_of="2024-01-05", **extra):
    lo = value if low is None and isinstance(value, int) else low
    hi = value if high is None and isinstance(value, int) else high
    return {"subject": subject, "value": value, "low": lo, "high": hi, "as_of": as_of, **extra}


MISREPORT = {"note": "planted misreport: true value 100"}


@pytest.mark.parametrize(
    "members, cause",
    [
        pytest.param(
            [g(value=100), g(value=130, **MISREPORT)], "misreport", id="planted-misreport"
        ),
        pytest.param(
            [g("x_crowd", 5000, 5000, None), g("x_crowd", 2000, 2000, 2000)],
            "two_sides",
            id="police-vs-organisers-same-day",
        ),
        pytest.param(
            [g(value=100), g(value=130, as_of="2024-03-01")], "unfounded", id="truthful-two-dates"
        ),
        pytest.param(
            [g(value=100, low=90, high=110), g(value=105)], "unfounded", id="truthful-overlapping"
        ),
        pytest.param(
            [g("x_deadline", "2024-04-15"), g("x_deadline", "2024-07-01")],
            "two_sides",
            id="two-truthful-dates-same-day",
        ),
        pytest.param(
            [g("x_budget", 100, **MISREPORT), g("x_troops", 100)],
            "two_quantities",
            id="two-gold-subjects-before-misreport",
        ),
    ],
)
def test_cause_of(members, cause):
    assert alarms.cause_of(members) == cause


def _report_and_gold():
    """Four files: a sampled misreport pair, an unsampled one, a truthful pair read as a
    discrepancy, and an agreement (never a false alarm)."""
    arts, claims, docs = [], [], []
    spec = [
        ("a.txt", g(value=100, as_of="2024-01-01")),
        ("b.txt", g(value=150, as_of="2024-01-02", **MISREPORT)),
        ("c.txt", g(value=160, as_of="2024-01-03", **MISREPORT)),
        ("d.txt", g(value=120, as_of="2024-05-01")),
    ]
    for i, (name, claim) in enumerate(spec):
        anchor = str(claim["value"])
        arts.append({"file": name, "claims": [dict(claim, anchor=anchor)]})
        docs.append({"id": f"d{i}", "path": f"/corpus/{name}"})
        claims.append(
            {
                "id": f"c{i}",
                "document": f"d{i}",
                "text": f"{anchor} troops",
                "value": claim["value"],
                "subject": "troops",
            }
        )
    gold = {
        "articles": arts,
        "expected_findings": [
            {"kind": "discrepancy", "subject": "x_troops", "files": ["a.txt", "b.txt"]}
        ],
    }
    findings = [
        {"kind": "discrepancy", "claims": ["c0", "c1"]},  # sampled
        {"kind": "discrepancy", "claims": ["c0", "c2"]},  # a misreport outside the sample
        {"kind": "discrepancy", "claims": ["c0", "c3"]},  # truthful, months apart
        {"kind": "agreement", "claims": ["c0", "c3"]},
    ]
    return {"documents": docs, "claims": claims, "findings": findings}, gold


def test_causes_add_up_to_the_scorers_false_alarms():
    report, gold = _report_and_gold()
    causes = alarms.alarm_causes(report, gold, scorer)
    assert causes == {"misreport": 1, "two_sides": 0, "two_quantities": 0, "unfounded": 1}
    assert sum(causes.values()) == scorer.score(report, gold)["false_alarms"] == 2


def test_a_forbidden_pair_is_unfounded_even_when_sampled():
    report, gold = _report_and_gold()
    gold["must_not_flag"] = [{"subjects": ["x_troops"], "files": ["b.txt"]}]
    causes = alarms.alarm_causes(report, gold, scorer)
    # the sampled pair (a, b) now counts as unfounded; the unsampled misreport stays one
    assert causes == {"misreport": 1, "two_sides": 0, "two_quantities": 0, "unfounded": 2}
    assert sum(causes.values()) == scorer.score(report, gold)["false_alarms"]
