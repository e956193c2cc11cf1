"""Deaths still under investigation are a count of their own, not the confirmed toll
(data/units.toml [conditions."under investigation"]). Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.claims.test_condition import family

# (lang, sentence, figure, family)
CASES = [
    pytest.param(
        "en",
        "Officials confirmed 31 deaths; five more deaths are under investigation.",
        "five",
        "deaths:under investigation",
        id="en-under-investigation",
    ),
    pytest.param(
        "pt",
        "Outros nove óbitos estão em investigação em Lavrada.",
        "nove",
        "deaths:under investigation",
        id="pt-em-investigacao",
    ),
    pytest.param(
        "pt",
        "Outros nove óbitos estão sendo investigados pela polícia.",
        "nove",
        "deaths:under investigation",
        id="pt-sendo-investigados",
    ),
    pytest.param(
        "es",
        "Otras nueve muertes siguen en investigación.",
        "nueve",
        "deaths:under investigation",
        id="es-en-investigacion",
    ),
    # a label before the figure says it too
    pytest.param(
        "pt",
        "Mortes em investigação (4): Lavrada (1), Serra Baixa (3)",
        "4",
        "deaths:under investigation",
        id="pt-label-em-investigacao",
    ),
    pytest.param(
        "en",
        "Deaths under investigation: 6",
        "6",
        "deaths:under investigation",
        id="en-label-under-investigation",
    ),
    # negative neighbours: the confirmed toll, and an inquiry into the cause of the toll
    pytest.param(
        "en",
        "Officials confirmed 31 deaths; five more deaths are under investigation.",
        "31",
        "deaths",
        id="en-confirmed-toll",
    ),
    pytest.param(
        "en",
        "The fire, whose cause is under investigation, killed 12 people.",
        "12",
        "deaths",
        id="en-cause-investigated-toll-counted",
    ),
]


@pytest.mark.parametrize(("lang", "text", "figure", "expected"), CASES)
def test_deaths_under_investigation(lang, text, figure, expected):
    assert family(text, lang, figure) == expected
