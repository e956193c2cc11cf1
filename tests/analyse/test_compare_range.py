"""A range ("between 900,000 and 2.1 million") fits every figure inside it, so it never
stands for a group of figures in a dispute it spans: a headline's range beside the two
sources' figures its body gives ("between 900,000 and 2.1 million, say the ministry and the
unions") leaves the dispute between those two figures. Every page here is invented."""

from __future__ import annotations

import pytest

from kfactcheck.pipeline import Settings, build_report

_HEADLINE = "Retraites : entre 900 000 et 2,1 millions de manifestants samedi\n\n"
_SPLIT = (
    "Samedi, entre 900 000 et 2,1 millions de personnes ont défilé dans les rues du pays, "
    "d'après les chiffres de la police et des organisateurs."
)
_INSIDE = "Samedi, quelque 1,5 million de personnes ont défilé dans les rues du pays."


@pytest.mark.parametrize(
    ("pages", "figures"),
    [
        pytest.param(
            {"a": _HEADLINE + _SPLIT},
            {900_000, 2_100_000},
            id="headline-range-beside-the-two-sources-figures",
        ),
        pytest.param(
            {"a": _HEADLINE + "Les cortèges ont défilé sans heurts.", "b": _INSIDE},
            None,
            id="a-figure-inside-the-range-fits-it",
        ),
    ],
)
def test_a_range_never_stands_for_a_side(tmp_path, pages, figures):
    for name, text in pages.items():
        head = f"---\nurl: https://example.org/{name}\ndate: 2031-02-01\n---\n"
        (tmp_path / f"{name}.md").write_text(head + text + "\n", encoding="utf-8")
    report = build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))
    by_id = {c.id: c for c in report.claims}
    found = [f for f in report.findings if f.kind == "discrepancy"]
    if figures is None:
        assert found == []
        return
    (f,) = found
    named = {by_id[f.basis.old].value, by_id[f.basis.new].value}
    assert named == figures
