"""Places in a story of one crowd (subjects._gathering_home): the place whose figures are
the ones other reports give with no place is where the crowd gathers, and a district only
ever given the figure its page gives that place too is part of that one gathering; another
city's crowd, and a national strike's city, stay their own. Invented stories."""

from __future__ import annotations

import pytest

from kfactcheck.analyse.subjects import assign_subjects
from kfactcheck.model import Claim


def crowd(doc: str, value: int, place: str = "", start: int = 0) -> Claim:
    return Claim(
        document=doc,
        value=value,
        low=value,
        high=value,
        qualifier="exact",
        unit="people",
        as_of="2025-03-09",
        text=f"{value}",
        start=start,
        end=start + 1,
        sentence_start=start,
        quote=f"{value} {place}",
        terms=("crowd",),
        scope=(f"in {place}",) if place else (),
    )


# (figures as (document, value, place), pairs of indexes that share a subject or not)
STORIES = [
    pytest.param(
        [("a", 90000, ""), ("b", 90000, "lorvy"), ("c", 150000, ""), ("d", 150000, "lorvy")],
        [(0, 1, True), (2, 3, True)],
        id="the-city-named-is-the-crowd-s-own",
    ),
    pytest.param(
        [
            ("a", 90000, ""),
            ("b", 90000, "lorvy"),
            ("c", 150000, ""),
            ("d", 150000, "lorvy"),
            ("d", 40000, "brenna"),
        ],
        [(0, 1, True), (0, 4, False)],
        id="another-city-s-crowd-stays-apart",
    ),
    pytest.param(
        [
            ("a", 90000, ""),
            ("b", 90000, "lorvy"),
            ("c", 150000, "lorvy"),
            ("c", 150000, "altmarkt"),
            ("d", 150000, ""),
        ],
        [(0, 3, True), (1, 3, True)],
        id="a-district-given-the-city-s-figure-is-the-city-s-crowd",
    ),
    pytest.param(
        [
            ("a", 1200000, ""),
            ("a", 80000, "lorvy"),
            ("b", 1300000, ""),
            ("b", 75000, "lorvy"),
            ("c", 1200000, ""),
        ],
        [(0, 1, False), (0, 2, True)],
        id="national-strike-city-figures-apart-from-the-nation-s",
    ),
    pytest.param(
        # one echo does not make Lorvy the crowd's home (_gathering_home), but a place whose
        # every figure another page gives with no place is the whole count
        # (analyse/placewhole.places_of_whole)
        [("a", 90000, ""), ("b", 90000, "lorvy")],
        [(0, 1, True)],
        id="one-echo-is-the-whole-count",
    ),
]


@pytest.mark.parametrize(("figures", "pairs"), STORIES)
def test_places_of_one_crowd(figures, pairs):
    claims = [crowd(d, v, p, i) for i, (d, v, p) in enumerate(figures)]
    assign_subjects(claims, stories={d: "Marsch" for d, _, _ in figures})
    for i, j, same in pairs:
        assert (claims[i].subject == claims[j].subject) is same, [x.subject for x in claims]


def test_a_page_s_headline_figure_echoes_its_placed_one():
    """ "Über 90.000!" in a headline and "über 90.000 in Lorvy" in its text: the headline's
    figure takes Lorvy from its page, and still says Lorvy is where the crowd is."""
    claims = [
        crowd("a", 90000, "", 0),
        crowd("a", 90000, "lorvy", 1),
        crowd("b", 150000, ""),
        crowd("c", 150000, "lorvy"),
        crowd("d", 150000, ""),
    ]
    assign_subjects(claims, stories={d: "Marsch" for d in "abcd"})
    assert len({c.subject for c in claims}) == 1, [c.subject for c in claims]


def test_the_town_centre_is_the_gathering_s():
    claims = [
        crowd("a", 90000, ""),
        crowd("b", 90000, "lorvy"),
        crowd("c", 150000, ""),
        crowd("d", 150000, "lorvy"),
        crowd("e", 120000, "zentrum"),
    ]
    assign_subjects(claims, stories={d: "Marsch" for d in "abcde"})
    assert claims[4].subject == claims[0].subject, [c.subject for c in claims]
