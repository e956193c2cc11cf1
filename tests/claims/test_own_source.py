"""A figure whose own clause names its source keeps that source as its speaker: the subject
of a clause whose verb is left out ("police counted 7,500 and the organisers 30,000") or a
bracketed "according to" after it. Lists of parts keep the sentence's speaker. Invented
sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document

PAGE = date(2031, 3, 16)

CASES = [
    pytest.param(
        "In June, police counted 4,200 marchers in Dunmarsh and the organisers 19,000.",
        "en",
        {"4,200": "police", "19,000": "the organisers"},
        id="en-gapped",
    ),
    pytest.param(
        "En juin, la police a compté 4 200 manifestants à Morvanne et les organisateurs 19 000.",
        "fr",
        {"19 000": "les organisateurs"},
        id="fr-gapped",
    ),
    pytest.param(
        "En junio, la policía contó 4.200 manifestantes en Celvira y los organizadores 19.000.",
        "es",
        {"4.200": "la policía", "19.000": "los organizadores"},
        id="es-gapped",
    ),
    pytest.param(
        "Im Juni zählte die Polizei in Morbach 4.200 Demonstranten und die Veranstalter 19.000.",
        "de",
        {"19.000": "die Veranstalter"},
        id="de-gapped",
    ),
    pytest.param(
        "Les défilés de Morvanne avaient réuni entre 9 000 (selon la préfecture) et 31 000 "
        "(selon les syndicats) manifestants.",
        "fr",
        {"9 000": "la préfecture", "31 000": "les syndicats"},
        id="fr-bracketed-sources",
    ),
    pytest.param(
        "Police said 12 people died in Norbury and 7 in Tessburg.",
        "en",
        {"12 people": "police", "7": "police"},
        id="en-list-of-parts-keeps-the-speaker",
    ),
    pytest.param(
        "Según la policía, 12 personas murieron en Celvira y 7 en Tormenar.",
        "es",
        {"12 personas": "la policía", "7": "la policía"},
        id="es-list-of-parts-keeps-the-speaker",
    ),
]


@pytest.mark.parametrize(("sentence", "lang", "want"), CASES)
def test_a_figure_keeps_the_source_its_clause_names(sentence, lang, want):
    doc = Document(
        id="d1", path="a.md", text=sentence, keep=[(0, len(sentence))], date=PAGE, lang=lang
    )
    got = [c for c in extract_claims(doc) if c.unit not in ("date", "year")]
    for figure, speaker in want.items():
        assert [c.speaker for c in got if c.text.startswith(figure)] == [speaker], [
            (c.text, c.speaker) for c in got
        ]
