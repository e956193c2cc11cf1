"""Figures of different quantities of one event read as different families: those missing
at a roll call are missing, not people at large (whatever apostrophe the page writes), and a
part of them stays a part of the missing; those aboard a boat are everyone aboard, of whom
the dead and the rescued are parts. Every sentence here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document


def family(text: str, lang: str, figure: str) -> str:
    doc = Document(
        id="d1", path="x.txt", text=text, keep=[(0, len(text))], date=date(2024, 5, 3), lang=lang
    )
    found = [c for c in extract_claims(doc, lang=lang) if figure in c.text]
    assert found, f"no claim {figure!r}"
    return found[0].terms[0]


# (lang, sentence, figure, family)
CASES = [
    pytest.param(
        "it",
        "Mancherebbero all’appello ancora 15 persone, 4 delle quali bambini.",
        "15",
        "missing",
        id="it-roll-call-conditional-curly",
    ),
    pytest.param(
        "it",
        "Mancherebbero all'appello ancora 15 persone, 4 delle quali bambini.",
        "4",
        "missing:part children",
        id="it-roll-call-part-children",
    ),
    pytest.param(
        "it",
        "Al momento 12 migranti mancano ancora all’appello.",
        "12",
        "missing",
        id="it-roll-call-adverb-between",
    ),
    pytest.param(
        "it",
        "Sul peschereccio viaggiavano circa 140 persone.",
        "140",
        "people:aboard",
        id="it-aboard-not-missing",
    ),
    pytest.param(
        "en",
        "About 140 people were on board the ferry.",
        "140",
        "people:aboard",
        id="en-on-board",
    ),
    pytest.param(
        "es",
        "A bordo de la lancha iban unas 60 personas.",
        "60",
        "people:aboard",
        id="es-a-bordo-before",
    ),
    pytest.param(
        "it",
        "Sono 40 i morti del naufragio.",
        "40",
        "deaths",
        id="it-dead-not-aboard",
    ),
    pytest.param(
        "en",
        "A relief agency warned that the joint death toll of the two nations might climb above "
        "9,000.",
        "9,000",
        "deaths:projected",
        id="en-rise-above-not-the-countries",
    ),
    pytest.param(
        "en",
        "The toll rose above 300 on Monday.",
        "300",
        "deaths",
        id="en-rose-above",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "figure", "expected"), CASES)
def test_family(lang: str, sentence: str, figure: str, expected: str) -> None:
    assert family(sentence, lang, figure) == expected
