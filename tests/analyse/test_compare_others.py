"""Figures of "others" ("outros 6", "altri quattro morti", "seven others"): a part added
beside a count, left out of the comparison when the article gives a larger figure of the
same quantity. Every sentence and figure here is invented."""

from __future__ import annotations

from datetime import date

import pytest
from findings_kit import claim, run

from kfactcheck.analyse.others import of_others
from kfactcheck.model import Document


def figure(doc, sentence, shown, value, family="deaths", as_of="2031-04-02"):
    """A claim of `shown` (the figure as written) in `sentence`, its quote."""
    c = claim(doc, value, as_of, family=family, text=shown)
    c.quote, c.sentence_start = sentence, 0
    c.start = sentence.index(shown)
    c.end = c.start + len(shown)
    return c


@pytest.mark.parametrize(
    "sentence, shown, expected",
    [
        pytest.param("Os bombeiros confirmaram outros 6.", "6", True, id="pt-outros-before"),
        pytest.param(
            "Si contano altri quattro morti a Verrano.", "quattro morti", True, id="it-altri-before"
        ),
        pytest.param(
            "Otras 3 personas murieron en Berdal.",
            "3 personas",
            True,
            id="es-otras-before-capitalised",
        ),
        pytest.param(
            "Sept autres victimes ont été retrouvées.", "Sept", True, id="fr-autres-after"
        ),
        pytest.param("Seven others were found near the dam.", "Seven", True, id="en-others-after"),
        pytest.param("Fünf andere starben in Kessby.", "Fünf", True, id="de-andere-after"),
        pytest.param("Os bombeiros confirmaram 6 mortos.", "6 mortos", False, id="pt-plain-figure"),
        pytest.param(
            "Among others, 6 died in Norvale.", "6", False, id="en-others-not-next-to-the-figure"
        ),
    ],
)
def test_a_figure_of_others_is_read_from_the_words_beside_it(sentence, shown, expected):
    c = figure("a", sentence, shown, 6)
    assert of_others(c) is expected


def _listed(found, c):
    return any(c.id in f.claims for f in found)


@pytest.mark.parametrize(
    "rows, others_listed",
    [
        pytest.param(
            [
                (
                    "A Defesa Civil contou 9 mortos, enquanto os bombeiros confirmaram outros 6.",
                    "9 mortos",
                    9,
                ),
                (
                    "A Defesa Civil contou 9 mortos, enquanto os bombeiros confirmaram outros 6.",
                    "6",
                    6,
                ),
                ("O total chega a 15 mortos em Norvale.", "15 mortos", 15),
            ],
            False,
            id="pt-another-body-s-tally-beside-the-total-is-a-part",
        ),
        pytest.param(
            [
                ("Il bilancio di Verrano sale ora a 21.", "21", 21),
                ("Si contano altri sei morti a Verrano.", "sei morti", 6),
            ],
            False,
            id="it-the-day-s-new-deaths-are-a-step-not-the-toll",
        ),
        pytest.param(
            [
                ("Le bilan s'établit à 30 morts.", "30 morts", 30),
                ("Sept autres victimes ont été retrouvées à Belcourt.", "Sept", 7),
            ],
            False,
            id="fr-others-after-the-figure",
        ),
        pytest.param(
            [
                ("Protección Civil cifra en 18 los fallecidos.", "18", 18),
                ("Otros 25 murieron en Berdal, según el alcalde.", "25", 25),
            ],
            True,
            id="es-others-larger-than-the-article-s-count-stays",
        ),
    ],
)
def test_others_beside_a_larger_count_of_the_article_are_no_report_of_it(rows, others_listed):
    doc = Document(id="a", path="a.txt", text=" ".join(r[0] for r in rows), date=date(2031, 4, 2))
    claims = [figure("a", s, shown, v) for s, shown, v in rows]
    found = run(claims, [doc])
    others = next(c for c in claims if of_others(c))
    assert _listed(found, others) is others_listed


@pytest.mark.parametrize(
    "family, agreed",
    [
        pytest.param("deaths:under investigation", True, id="a-kind-s-others-are-its-own-level"),
        pytest.param("deaths", False, id="the-bare-count-s-others-are-a-part"),
    ],
)
def test_others_of_a_kind_of_the_count_are_that_kind_s_figure(family, agreed):
    """ "outros 4 óbitos em investigação": the four are beside the confirmed deaths, and
    are the count of deaths under investigation, which another outlet repeats."""
    a = [
        figure("a", "No boletim anterior, 10 óbitos estavam em investigação.", "10", 10, family),
        figure("a", "Outros 4 óbitos estão em investigação.", "4 óbitos", 4, family),
    ]
    b = [figure("b", "Há 4 óbitos em investigação em Norvale.", "4 óbitos", 4, family)]
    docs = [
        Document(id=d, path=f"{d}.txt", text=" ".join(c.quote for c in cs), date=date(2031, 4, 2))
        for d, cs in (("a", a), ("b", b))
    ]
    found = run(a + b, docs)
    agreements = [f for f in found if f.kind == "agreement"]
    assert any(a[1].id in f.claims and b[0].id in f.claims for f in agreements) is agreed
