"""Verbs of passing a mark read as "more than" ("the toll tops 900"), "an additional N"
read as a level of its own when the count before it was of another kind, survivors
counted as the rescued in every language, and a figure after "e"/"y"/"and" not taking
the figure before's noun as its cue. Every sentence, place and figure here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document


def _claims(lang: str, text: str) -> list[tuple[float, str | None, str | None]]:
    doc = Document(
        id="d", path="d.txt", text=text, keep=[(0, len(text))], lang=lang, date=date(2026, 3, 4)
    )
    return [(c.value, c.high, c.terms[0]) for c in extract_claims(doc, lang=lang)]


# (language, sentence, (value, high, family) of every claim in order)
CASES = [
    pytest.param("en", "Flood toll tops 640 in Varnia", [(640, None, "deaths")], id="en-tops"),
    pytest.param(
        "en",
        "The death toll soared past 1,250 people on Friday.",
        [(1250, None, "deaths")],
        id="en-soared-past",
    ),
    pytest.param(
        "en", "By noon the toll had passed 310.", [(310, None, "deaths")], id="en-had-passed"
    ),
    pytest.param(
        "en",
        "In the past 24 hours, 40 people died in Kessby.",
        [(24, 24, "duration:death"), (40, 40, "deaths:recent hours")],
        id="en-the-past-is-no-hedge",
    ),
    pytest.param(
        "en",
        "At least 300 people died in Ostrava. Officials said an additional 2,140 people were"
        " injured, while 800 buildings collapsed.",
        [(300, None, "deaths"), (2140, 2140, "injured"), (800, 800, "destroyed")],
        id="en-additional-is-also",
    ),
    pytest.param(
        "en",
        "At least 300 people died in Ostrava. Rescuers found an additional 40 bodies.",
        [(300, None, "deaths")],
        id="en-additional-bodies-a-step",
    ),
    pytest.param(
        "en",
        "At least 300 people were injured in Ostrava. An additional 40 were injured on Monday.",
        [(300, None, "injured")],
        id="en-additional-same-kind-a-step",
    ),
    pytest.param(
        "en",
        "Police put the number of marchers closer to 24,000.",
        [(24000, 25200, "crowd")],
        id="en-closer-to-is-approx",
    ),
    pytest.param(
        "es",
        "La riada se cobró siete vidas en Castilla y una más en Lorvia.",
        [(7, 7, "deaths"), (1, 1, "deaths")],
        id="es-y-una-mas-en",
    ),
    pytest.param("es", "Quiere una más en casa.", [], id="es-una-mas-no-list"),
    pytest.param(
        "it",
        "I sopravvissuti sono 64, nove dei quali in ospedale.",
        [(64, 64, "rescued"), (9, 9, "rescued:part")],
        id="it-sopravvissuti-sono",
        marks=pytest.mark.xfail(strict=True, reason="the part 'in ospedale' reads as injured"),
    ),
    pytest.param(
        "it",
        "Secondo la prefettura sarebbe di 12 morti e 31 sopravvissuti il bilancio a Lorvia.",
        [(12, 12, "deaths"), (31, 31, "rescued")],
        id="it-morti-e-sopravvissuti",
    ),
    pytest.param(
        "es",
        "Quedan 55 supervivientes en el albergue de Lorvia.",
        [(55, 55, "rescued")],
        id="es-supervivientes",
    ),
    pytest.param(
        "pt",
        "Foram 18 mortos e 40 sobreviventes em Lorvia.",
        [(18, 18, "deaths"), (40, 40, "rescued")],
        id="pt-mortos-e-sobreviventes",
    ),
    pytest.param(
        "de",
        "Die Behörde zählte 70 Überlebende in Lorvia.",
        [(70, 70, "rescued")],
        id="de-ueberlebende",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_marks_additional_and_survivors(lang, text, expected):
    assert _claims(lang, text) == expected
