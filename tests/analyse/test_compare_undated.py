"""Figures with no date in the comparison: they support a dated figure they equal exactly,
and never start or join a discrepancy or a change. Every figure and page is invented."""

from __future__ import annotations

import pytest

from kfactcheck.analyse.compare import find_findings
from kfactcheck.export.wording import as_of_words, word_findings
from kfactcheck.model import Claim, Document

# each page in its own words, so that no two are copies of one quote
_SAID = {
    "a": "The mayor of Dravenholm said on the radio that {} had been counted.",
    "b": "Rescue teams working along the Vell river reported {} by the evening.",
    "c": "According to the regional office, the figure now stands at {}.",
    "d": "A spokeswoman for the county gave a new total of {} on Tuesday.",
    "u": "Local volunteers told our reporter the number was {}.",
    "v": "Figures seen by this newspaper put it at {} in all.",
}


def _claim(doc: str, value: int, as_of: str, qualifier: str, family: str) -> Claim:
    text = f"about {value}" if qualifier == "approx" else str(value)
    low, high = (value - 5, value + 5) if qualifier == "approx" else (value, value)
    return Claim(
        document=doc,
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        unit="people",
        as_of=as_of,
        text=text,
        start=0,
        end=len(text),
        quote=_SAID.get(doc, "Dravenholm officials gave {}.").format(text),
        terms=(family,),
        subject="dravenholm-count",
        subject_label="count",
    )


def _run(rows, family="deaths"):
    """rows: (document, figure, as_of, qualifier); as_of "" is a figure with no date."""
    claims = [_claim(*row, family=family) for row in rows]
    for i, c in enumerate(claims, 1):
        c.id = f"c{i}"
    docs = [Document(id=d, path=f"{d}.md", text="") for d in sorted({c.document for c in claims})]
    found = find_findings(claims, docs)
    word_findings(found, claims, docs)
    return found


def _kinds(found):
    return {(f.kind, tuple(sorted(f.claims))) for f in found}


@pytest.mark.parametrize(
    ("rows", "family", "want", "not_want"),
    [
        pytest.param(
            [
                ("a", 62, "2031-03-04", "exact"),
                ("b", 62, "2031-03-05", "exact"),
                ("u", 62, "", "exact"),
            ],
            "deaths",
            {("agreement", ("c1", "c2", "c3"))},
            {("agreement", ("c1", "c2"))},
            id="joins-the-agreement-of-dated-figures-it-equals",
        ),
        pytest.param(
            [("a", 7, "2031-03-04", "exact"), ("u", 7, "", "exact")],
            "deaths",
            {("agreement", ("c1", "c2"))},
            set(),
            id="with-one-equal-dated-figure-makes-an-agreement",
        ),
        pytest.param(
            [("a", 62, "2031-03-04", "exact"), ("u", 60, "", "approx")],
            "deaths",
            set(),
            {("agreement", ("c1", "c2"))},
            id="near-but-not-equal-supports-nothing",
        ),
        pytest.param(
            [("u", 40, "", "exact"), ("v", 40, "", "exact")],
            "deaths",
            set(),
            {("agreement", ("c1", "c2"))},
            id="undated-figures-alone-make-no-agreement",
        ),
        pytest.param(
            [
                ("a", 62, "2031-03-04", "exact"),
                ("b", 62, "2031-03-04", "exact"),
                ("u", 50, "", "exact"),
            ],
            "deaths",
            {("agreement", ("c1", "c2"))},
            {("discrepancy", ("c1", "c2", "c3")), ("discrepancy", ("c1", "c3"))},
            id="a-lower-undated-toll-is-no-discrepancy",
        ),
        pytest.param(
            [
                ("a", 300, "2031-03-04", "exact"),
                ("c", 450, "2031-05-20", "exact"),
                ("d", 450, "2031-05-21", "exact"),
                ("b", 300, "2031-08-30", "exact"),
                ("u", 300, "", "exact"),
            ],
            "troops",
            set(),
            {("agreement", ("c1", "c4", "c5"))},
            id="never-links-equal-reports-months-apart",
        ),
        pytest.param(
            [("a", 62, "2031-03-04", "exact"), ("a", 62, "", "exact")],
            "deaths",
            set(),
            {("agreement", ("c1", "c2"))},
            id="a-page-does-not-support-its-own-dated-figure",
        ),
    ],
)
def test_undated_figures(rows, family, want, not_want):
    found = _kinds(_run(rows, family))
    assert want <= found
    assert not (not_want & found)


def test_undated_figures_never_in_a_change_or_discrepancy():
    rows = [
        ("a", 10, "2031-03-01", "exact"),
        ("b", 10, "2031-03-02", "exact"),
        ("c", 90, "2031-06-01", "exact"),
        ("u", 10, "", "exact"),
        ("v", 35, "", "exact"),
    ]
    for f in _run(rows):
        if f.kind != "agreement":
            assert not {"c4", "c5"} & set(f.claims), f


@pytest.mark.parametrize(
    ("rows", "words", "undated"),
    [
        pytest.param(
            [
                ("a", 62, "2031-03-04", "exact"),
                ("b", 62, "2031-03-05", "exact"),
                ("u", 62, "", "exact"),
            ],
            "in 3 documents (1 of them undated)",
            1,
            id="one-undated-page-is-named",
        ),
        pytest.param(
            [("a", 62, "2031-03-04", "exact"), ("b", 62, "2031-03-05", "exact")],
            "in 2 documents",
            None,
            id="all-dated-says-nothing-of-dates",
        ),
    ],
)
def test_agreement_words_count_undated_pages(rows, words, undated):
    (agreement,) = [f for f in _run(rows) if f.kind == "agreement"]
    assert agreement.summary.endswith(words)
    assert agreement.extra.get("undated") == undated
    assert agreement.basis is not None and agreement.basis.old == "c1"  # a dated figure


@pytest.mark.parametrize(
    ("as_of", "words"),
    [
        pytest.param("2031-03-04", "as of 4 Mar 2031", id="a-day"),
        pytest.param("2031-03", "as of Mar 2031", id="a-month"),
        pytest.param("", "undated", id="no-date-is-undated-not-as-of-undated"),
    ],
)
def test_claim_lines_name_undated_figures(as_of, words):
    assert as_of_words(as_of) == words
