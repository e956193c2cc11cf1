"""Counts of one march day in a series of marches: the arrests and injured of each
protest day start from zero, so a lower figure on a later march day is a change between
events, not a contradiction of a count that only rises; a disaster's toll stays rising.
And a figure of "the previous march" is that event's (scope "event previous").
Every sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.analyse.compare import find_findings
from kfactcheck.analyse.marchseries import march_days_by_doc, per_march_day
from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Claim, Document


def claim(doc: str, family: str, value: int, as_of: str, n: int) -> Claim:
    return Claim(
        document=doc, value=value, low=value, high=value, qualifier="exact", unit="people",
        as_of=as_of, text=str(value), start=0, end=1, quote=str(value), terms=(family,),
        subject=f"story-{family}", id=f"c{n}",
    )  # fmt: skip


def docs(n: int) -> list[Document]:
    return [Document(id=f"d{i}", path=f"d{i}.txt", text="x", keep=[(0, 1)]) for i in range(n)]


# (id, claims as (doc, family, value, as_of), expect a discrepancy on the family)
CASES = [
    (
        "arrests-two-saturdays",
        [
            ("d0", "crowd", 50000, "2030-03-02"),
            ("d0", "arrests", 117, "2030-03-02"),
            ("d1", "crowd", 30000, "2030-03-16"),
            ("d1", "arrests", 103, "2030-03-16"),
        ],
        False,
    ),
    (
        "injured-two-saturdays",
        [
            ("d0", "crowd", 50000, "2030-03-02"),
            ("d0", "injured", 80, "2030-03-02"),
            ("d1", "crowd", 30000, "2030-03-09"),
            ("d1", "injured", 45, "2030-03-09"),
        ],
        False,
    ),
    # one march day: the same day's two arrest counts still disagree
    (
        "arrests-one-day",
        [
            ("d0", "crowd", 50000, "2030-03-02"),
            ("d0", "arrests", 117, "2030-03-02"),
            ("d1", "crowd", 30000, "2030-03-16"),
            ("d1", "arrests", 60, "2030-03-02"),
        ],
        True,
    ),
    # no crowds: a running count of arrests (a crackdown) only rises
    (
        "arrests-no-marches",
        [("d0", "arrests", 117, "2030-03-02"), ("d1", "arrests", 103, "2030-03-16")],
        True,
    ),
    # a figure of a day no march was reported on: a running count
    (
        "arrests-off-march-day",
        [
            ("d0", "crowd", 50000, "2030-03-02"),
            ("d0", "arrests", 117, "2030-03-02"),
            ("d1", "crowd", 30000, "2030-03-16"),
            ("d1", "arrests", 103, "2030-03-10"),
        ],
        True,
    ),
    # a disaster's toll in a story with crowds on two days (vigils) stays rising
    (
        "deaths-stay-rising",
        [
            ("d0", "crowd", 5000, "2030-03-02"),
            ("d0", "deaths", 117, "2030-03-02"),
            ("d1", "crowd", 3000, "2030-03-16"),
            ("d1", "deaths", 103, "2030-03-16"),
        ],
        True,
    ),
]


@pytest.mark.parametrize(("rows", "flagged"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_per_march_day(rows, flagged: bool) -> None:
    cs = [claim(d, f, v, t, i) for i, (d, f, v, t) in enumerate(rows, 1)]
    found = find_findings(cs, docs(2))
    bad = [f for f in found if f.kind == "discrepancy" and not f.subject.endswith("crowd")]
    assert bool(bad) == flagged, found


def test_series_needs_two_march_days() -> None:
    cs = [
        claim("d0", "crowd", 50000, "2030-03-02", 1),
        claim("d0", "arrests", 117, "2030-03-02", 2),
        claim("d1", "crowd", 40000, "2030-03-03", 3),  # the evening report, the day after
        claim("d1", "arrests", 103, "2030-03-03", 4),
    ]
    assert per_march_day(cs[1::2], march_days_by_doc(cs)) is None


def scopes(text: str, lang: str) -> dict[str, tuple[str, ...]]:
    d = Document(id="d1", path="x.txt", text=text, keep=[(0, len(text))], lang=lang)
    d.date = date(2030, 3, 16)
    return {c.text.split()[0]: c.scope for c in extract_claims(d, lang=lang) if c.unit == "people"}


PREVIOUS = [
    (
        "en",
        "Police made 140 arrests, after the previous march where 96 people were arrested.",
        "96",
    ),
    ("en", "Last Saturday's march ended with 96 arrests in Norrow.", "96"),
    (
        "fr",
        "Le bilan dépasse celui de la précédente mobilisation à Vernel où 96 personnes "
        "ont été interpellées.",
        "96",
    ),
    ("es", "En la marcha anterior fueron detenidas 96 personas en Tarvia.", "96"),
    ("pt", "Na manifestação anterior foram detidas 96 pessoas em Vilarinho.", "96"),
    ("it", "Nella manifestazione precedente erano state fermate 96 persone a Brenzola.", "96"),
    ("de", "Bei der vorigen Demonstration wurden 96 Menschen in Lindholm festgenommen.", "96"),
]


@pytest.mark.parametrize(
    ("lang", "text", "figure"), PREVIOUS, ids=[f"{c[0]}-{i}" for i, c in enumerate(PREVIOUS)]
)
def test_previous_event_scope(lang: str, text: str, figure: str) -> None:
    got = scopes(text, lang)
    assert "event previous" in got[figure], got


CURRENT = [
    # a comparison with the previous march: today's figure
    ("en", "Police arrested 140 people, more than at the previous march.", "140"),
    # set off by a comma: the figure after it is this march's
    ("fr", "Comme lors de la précédente mobilisation, 140 personnes ont été interpellées.", "140"),
]


@pytest.mark.parametrize(
    ("lang", "text", "figure"), CURRENT, ids=[f"{c[0]}-{i}" for i, c in enumerate(CURRENT)]
)
def test_this_march_keeps_its_scope(lang: str, text: str, figure: str) -> None:
    got = scopes(text, lang)
    assert "event previous" not in got[figure], got
