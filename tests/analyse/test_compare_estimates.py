"""Two sources' estimates of one quantity in one article ("up to 18,000, the police
estimated; about 20,000, said the organisers") dispute when their figures do, even where
what their words allow would fit; a floor and a ceiling do not, and a figure that fits both
takes no side. Every sentence and figure here is invented."""

from __future__ import annotations

import re
from datetime import date

import pytest
from findings_kit import claim, run

from kfactcheck.model import Document

_SPAN = {"approx": 0.1, "close_to": 0.1}


def figures(doc, text, rows, as_of="2031-03-09", speaker=None):
    """Claims of `text` (one article): rows of (figure as written, qualifier)."""
    out = []
    for shown, qualifier in rows:
        start = text.index(shown)
        s_start = text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0
        s_end = text.find(". ", start + len(shown))
        v = int(re.sub(r"\D", "", shown))
        low = high = None
        if qualifier in _SPAN:
            low, high = v * (1 - _SPAN[qualifier]), v if qualifier == "close_to" else v * 1.1
        elif qualifier in ("at_least", "more_than"):
            low = v
        elif qualifier == "up_to":
            high = v
        c = claim(doc, v, as_of, qualifier, "crowd", shown, low=low, high=high, speaker=speaker)
        c.quote = text[s_start : s_end if s_end > 0 else len(text)]
        c.sentence_start, c.start, c.end = s_start, start, start + len(shown)
        out.append(c)
    return out


def _disputes(found, claims):
    return [
        sorted(claims.index(c) for c in claims if c.id in f.claims)
        for f in found
        if f.kind == "discrepancy"
    ]


@pytest.mark.parametrize(
    "text, rows, disputed",
    [
        pytest.param(
            "Bis zu 18.000 Menschen zogen nach Schätzung der Polizei durch Falkenau. "
            "Die Veranstalter sprachen dagegen von rund 20.000 Leuten.",
            [("18.000", "up_to"), ("20.000", "approx")],
            True,
            id="de-police-ceiling-against-organisers-about",
        ),
        pytest.param(
            "Selon la police, environ 40.000 manifestants ont défilé à Brestonne, "
            "les syndicats en revendiquent jusqu'à 90.000.",
            [("40.000", "approx"), ("90.000", "up_to")],
            True,
            id="fr-police-about-inside-unions-ceiling",
        ),
        pytest.param(
            "La policía calculó unas 30.000 personas en Berdal, mientras los organizadores "
            "hablaron de unas 34.000.",
            [("30.000", "approx"), ("34.000", "approx")],
            True,
            id="es-two-abouts-that-overlap",
        ),
        pytest.param(
            "Up to 18,000 people gathered in Norvale by noon and about 20,000 by nightfall.",
            [("18,000", "up_to"), ("20,000", "approx")],
            False,
            id="en-one-account-with-no-second-source",
        ),
        pytest.param(
            "Mais de 20.000 pessoas marcharam em Belmar, segundo os organizadores, que depois "
            "falaram em até 25.000.",
            [("20.000", "more_than"), ("25.000", "up_to")],
            False,
            id="pt-a-floor-and-a-ceiling-say-where-the-figure-lies",
        ),
    ],
)
def test_two_sources_estimates_in_one_article_dispute(text, rows, disputed):
    doc = Document(id="a", path="a.txt", text=text, date=date(2031, 3, 9))
    claims = figures("a", text, rows)
    assert bool(_disputes(run(claims, [doc]), claims)) is disputed


@pytest.mark.parametrize(
    "speaker, disputed",
    [
        pytest.param("the mayor", False, id="one-named-speaker-s-two-estimates-are-one-account"),
        pytest.param(None, True, id="no-speaker-and-a-source-word-between-dispute"),
    ],
)
def test_one_speaker_s_estimates_are_one_account(speaker, disputed):
    text = (
        "The mayor said an estimated 850 people marched in Norvale, against estimates "
        "of about 1,000 from the organisers."
    )
    doc = Document(id="a", path="a.txt", text=text, date=date(2031, 3, 9))
    claims = figures("a", text, [("850", "approx"), ("1,000", "approx")], speaker=speaker)
    found = run(claims, [doc])
    assert bool(_disputes(found, claims)) is disputed


def test_a_figure_that_fits_both_estimates_takes_no_side():
    text = (
        "Bis zu 18.000 Menschen zogen nach Schätzung der Polizei durch Falkenau. "
        "Die Veranstalter sprachen dagegen von rund 20.000 Leuten."
    )
    other = "In Falkenau demonstrierten mindestens 15.000 Menschen."
    docs = [
        Document(id="a", path="a.txt", text=text, date=date(2031, 3, 9)),
        Document(id="b", path="b.txt", text=other, date=date(2031, 3, 9)),
    ]
    claims = figures("a", text, [("18.000", "up_to"), ("20.000", "approx")])
    claims += figures("b", other, [("15.000", "at_least")])
    found = run(claims, docs)
    assert _disputes(found, claims) == [[0, 1]]


def test_a_vague_plural_is_no_estimate_to_dispute():
    """ "Thousands march" in a headline beside the police's 7,500: it fits, and says no figure."""
    text = "Thousands march in Norvale. Police put the turnout at 7,500."
    doc = Document(id="a", path="a.txt", text=text, date=date(2031, 3, 9))
    vague = claim("a", 2000, "2031-03-09", "at_least", "crowd", "Thousands", low=2000)
    vague.quote, vague.sentence_start, vague.start, vague.end = text[:26], 0, 0, 9
    claims = [vague, *figures("a", text, [("7,500", "exact")])]
    assert _disputes(run(claims, [doc]), claims) == []
