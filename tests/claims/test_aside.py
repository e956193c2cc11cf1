"""A bracketed aside between a figure and what it counts ("40,000 (organisers' figures)
marchers") is skipped when reading the counted noun, and the low half of a range split by
such asides counts the high half's noun. Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document

PAGE = date(2031, 3, 16)

CASES = [
    pytest.param(
        "Les défilés de Morvanne avaient réuni entre 9 000 (selon la préfecture) et 31 000 "
        "(selon les syndicats) manifestants le 2 octobre 2030.",
        "fr",
        {"9 000": "crowd", "31 000": "crowd"},
        id="fr-range-both-bracketed",
    ),
    pytest.param(
        "Les défilés de Morvanne avaient réuni 31 000 (selon les syndicats) manifestants.",
        "fr",
        {"31 000": "crowd"},
        id="fr-one-figure-bracketed",
    ),
    pytest.param(
        "Las marchas de Celvira reunieron entre 5.000 (según la policía) y 20.000 (según los "
        "organizadores) manifestantes el 3 de marzo.",
        "es",
        {"5.000": "crowd", "20.000": "crowd"},
        id="es-range-both-bracketed",
    ),
    pytest.param(
        "The Dunmarsh rallies drew between 12,000 (police figures) and 40,000 (organisers' "
        "figures) marchers on 3 March.",
        "en",
        {"12,000": "crowd", "40,000": "crowd"},
        id="en-range-both-bracketed",
    ),
    pytest.param(
        "The Dunmarsh rallies drew 40,000 (the organisers' count) marchers on 3 March.",
        "en",
        {"40,000": "crowd"},
        id="en-one-figure-bracketed",
    ),
    pytest.param(
        "I cortei di Valmora hanno riunito tra 8.000 (secondo la questura) e 25.000 (secondo i "
        "sindacati) manifestanti il 3 marzo.",
        "it",
        {"8.000": "crowd", "25.000": "crowd"},
        id="it-range-both-bracketed",
    ),
    pytest.param(
        "Os protestos de Serrinha juntaram entre 6 mil (segundo a polícia) e 18 mil (segundo os "
        "sindicatos) manifestantes a 3 de março.",
        "pt",
        {"6 mil": "crowd", "18 mil": "crowd"},
        id="pt-range-both-bracketed",
    ),
]


@pytest.mark.parametrize(("sentence", "lang", "want"), CASES)
def test_an_aside_is_skipped_to_the_counted_noun(sentence, lang, want):
    doc = Document(
        id="d1", path="a.md", text=sentence, keep=[(0, len(sentence))], date=PAGE, lang=lang
    )
    got = [c for c in extract_claims(doc) if c.unit not in ("date", "year")]
    for figure, family in want.items():
        assert [c.terms[0] for c in got if c.text.startswith(figure)] == [family], [
            (c.text, c.terms) for c in got
        ]
