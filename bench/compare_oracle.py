"""The comparison alone, on a gold-annotated set: findings from our claims with the gold's
grouping and dating.

    python bench/compare_oracle.py ../shared/realdev/texts ../shared/realdev/gold.json [-v]

Finding recall on real text rests on three stages: what a figure counts (its subject),
when it held (its as_of) and the comparison. This script takes the claims as extracted,
gives each one the gold annotation matches the gold subject, as_of and unit family, drops
the claims the gold has no match for, and runs only the comparison, so its scores say
what the comparison itself decides (rising counts, same-day differences, agreement,
severity) whatever the grouping and dating do today. With `--fill` the claims extraction
missed are added from the gold and every claim takes the gold's qualifier and interval, so
the figures are the comparison's alone. The scorer is `tests/score.py`.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

from kfactcheck import data
from kfactcheck.analyse.compare import find_findings
from kfactcheck.analyse.stories import detect_stories
from kfactcheck.analyse.subjects import assign_subjects
from kfactcheck.analyse.traits import traits
from kfactcheck.export.jsonreport import report_to_dict
from kfactcheck.export.wording import word_findings
from kfactcheck.grammar.vocab import vocab
from kfactcheck.model import Claim, Document, Report
from kfactcheck.pipeline import Settings, _documents_and_claims, merge_speakers, number_claims

_ROOT = Path(__file__).resolve().parent.parent


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", _ROOT / "tests" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def oracle_report(texts: str, gold: dict, scorer, fill: bool = False) -> dict:
    documents, claims, _, _ = _documents_and_claims([texts], Settings(use_index=False))
    merge_speakers(claims)
    assign_subjects(claims, [], detect_stories(documents))
    number_claims(claims, documents)
    before = report_to_dict(Report(documents, claims, []))
    pairs, _ = scorer.match_claims(before, gold)
    by_id = {c.id: c for c in claims}
    docs = {Path(d.path).name: d for d in documents}
    kept = []
    for name, g, hit in pairs:
        if hit is None:
            if fill and name in docs:
                kept.append(_gold_claim(docs[name], g, len(kept)))
            continue
        c = by_id[hit["id"]]
        c.subject = c.subject_label = g["subject"]
        c.as_of = g["as_of"] if g.get("as_of") not in (None, "unknown") else c.as_of
        # the family the sweep reads (a count that only rises) from the gold's unit
        c.terms = (_family(g), *c.terms[1:])
        if fill:  # the comparison's figures alone: the gold's reading of the words too
            c.qualifier, c.low, c.high = g.get("qualifier", "exact"), g.get("low"), g.get("high")
        kept.append(c)
    for i, c in enumerate(kept, 1):
        c.id = c.id or f"g{i}"
    findings = find_findings(kept, documents)
    word_findings(findings, kept, documents)
    return report_to_dict(Report(documents, kept, findings))


def _family(g: dict) -> str:
    """The counted family the sweep reads (a count that only rises, one with its own
    window), from the gold subject's name (the longest family it names: "injured_serious"
    is "injured:serious", not "injured"), else, for a sum, what kind of sum it is from the
    name ("pledges", "paid"), else the family one of its words is a noun of ("turnout",
    "strikers": a crowd), else the gold's unit."""
    name = g["subject"]
    words = set(name.split("_"))
    known = set(traits().rising | set(traits().windows))
    # a count under a condition ("deaths:under investigation", as claims/condition.py keys
    # it): the name says so ("rs_deaths_under_investigation")
    known |= {f"{f}:{c}" for f in traits().rising for c in data.load("units")["conditions"]}
    known = sorted(known, key=len, reverse=True)
    # "injured_civilians_serious" names "injured:serious" too: each part a word of the name
    found = next(
        (
            w
            for w in known
            if w.replace(":", "_").replace(" ", "_") in name or set(w.split(":")) <= words
        ),
        None,
    )
    if found:
        return found
    if g["unit"] == "currency":
        kinds = {"pledge": "pledged", "collected": "collected", "raised": "collected"}
        kinds |= {"payout": "paid", "indemnit": "paid"}
        kinds |= {k: k for k in traits().rising_money}
        kind = next((v for k, v in kinds.items() if k in name), None)
        if kind:
            return f"money:{kind}"
        return g["unit"]
    # a family named by one of its own nouns ("fr_protest_turnout_paris": "turnout" is a
    # crowd's): the family extraction gives such a figure, so its window applies
    nouns = vocab().noun_family
    named = next((nouns[w] for w in sorted(words) if w in nouns), None)
    if named and vocab().families[named].unit == g["unit"]:
        return named
    return g["unit"]


def _gold_claim(doc: Document, g: dict, n: int) -> Claim:
    """A claim the extractor missed, built from its gold annotation (`--fill`)."""
    start = max(0, doc.text.find(g["anchor"]))
    end = start + len(g["anchor"])
    sentence = doc.text.rfind(".", 0, start) + 1
    stop = doc.text.find(".", end)
    return Claim(
        document=doc.id,
        value=g["value"],
        low=g.get("low"),
        high=g.get("high"),
        qualifier=g.get("qualifier", "exact"),
        unit=g["unit"],
        as_of=g["as_of"],
        text=g["anchor"],
        start=start,
        end=end,
        quote=doc.text[sentence : stop if stop > 0 else len(doc.text)].strip(),
        terms=(_family(g),),
        subject=g["subject"],
        subject_label=g["subject"],
    )


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("texts")
    ap.add_argument("gold")
    ap.add_argument("-o", "--output", help="write the oracle report here")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--fill", action="store_true", help="add the claims extraction missed")
    a = ap.parse_args(argv)
    scorer = load_scorer()
    gold = json.loads(Path(a.gold).read_text(encoding="utf-8"))
    report = oracle_report(a.texts, gold, scorer, a.fill)
    if a.output:
        Path(a.output).write_text(json.dumps(report, ensure_ascii=False, indent=1))
    m = scorer.score(report, gold, a.verbose)
    print(" ".join(f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in m.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
