"""Extraction and findings against hand annotations, scored by tests/score.py.

Two corpora: the Kosovo sample (corpus/kosovo, gold in tests/data/kosovo.gold.json) and
our own multi-story corpus (tests/data/stories, gold in tests/data/stories.gold.json).
Each metric is its own test so a regression names what it broke. Both corpora are held to
the bars of the findings issue: the same thresholds as the sample.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path

import pytest
from conftest import ROOT

from kfactcheck.export import report_to_dict
from kfactcheck.pipeline import Settings, build_report

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score

AT_LEAST = {
    "claim_recall": 0.95,
    "interval_ok": 0.95,
    "as_of_ok": 0.90,
    "grouping_f1": 0.95,
    "finding_recall": 1.0,
}
AT_MOST = {"false_alarms": 0, "noise_claims": 0}


@cache
def scores(corpus: str, gold: str, specs: bool) -> dict:
    settings = Settings(
        use_index=False, use_specs=specs, claims_dir=str(ROOT / "claims") if specs else None
    )
    report = build_report([str(ROOT / corpus)], settings)
    data = json.loads(json.dumps(report_to_dict(report, generated="2026-01-01T00:00:00Z")))
    gold_data = json.loads((ROOT / gold).read_text(encoding="utf-8"))
    return score.score(data, gold_data)


def _cases(corpus, gold, specs):
    tag = f"{Path(corpus).name}-{'spec' if specs else 'nospec'}"
    for metric in [*AT_LEAST, *AT_MOST]:
        yield pytest.param(corpus, gold, specs, metric, id=f"{tag}-{metric}")


CASES = [
    *_cases("corpus/kosovo", "tests/data/kosovo.gold.json", specs=False),
    *_cases("corpus/kosovo", "tests/data/kosovo.gold.json", specs=True),
    *_cases("tests/data/stories", "tests/data/stories.gold.json", specs=False),
]


@pytest.mark.parametrize("corpus, gold, specs, metric", CASES)
def test_metric(corpus, gold, specs, metric):
    got = scores(corpus, gold, specs)[metric]
    if metric in AT_LEAST:
        assert got >= AT_LEAST[metric], f"{metric}={got:.3f}"
    else:
        assert got <= AT_MOST[metric], f"{metric}={got}"
