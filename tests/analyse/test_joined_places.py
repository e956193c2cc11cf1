"""Several places listed together are one scope of their own ("in Arden, Belmar and
Kessby"): not the story's whole count, even when another page gives the same figure with
no place; a list that names the story's own place is the whole count, as before. Every
story is invented."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.analyse.subjects import assign_subjects
from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Claim, Document


def _subjects(lang: str, pages: list[str], story: str = "lorvia") -> dict[tuple[int, str], str]:
    claims: list[Claim] = []
    for k, text in enumerate(pages):
        doc = Document(
            id=f"d{k}",
            path=f"{k}.txt",
            text=text,
            keep=[(0, len(text))],
            lang=lang,
            date=date(2024, 3, 4),
        )
        claims += [c for c in extract_claims(doc, lang=lang) if c.unit not in ("date", "year")]
    assign_subjects(claims, stories={c.document: story for c in claims})
    return {(int(c.document[1:]), c.text.split()[0]): c.subject for c in claims}


CASES = [
    pytest.param(
        "en",
        [
            "The storm killed 80 people in Lorvia on Friday.",
            "The storms also killed 14 people in Arden, Belmar and Kessby.",
            "Officials said 14 people died in the other three states.",
        ],
        [],
        [((0, "80"), (1, "14")), ((1, "14"), (2, "14"))],
        id="en-other-places-stay-apart-from-the-toll",
    ),
    pytest.param(
        "es",
        [
            "La tormenta dejó 80 muertos en Lorvia.",
            "Al menos 14 personas murieron en Arden, Belmar y Kessby.",
            "Al menos 14 personas murieron en Kessby, Arden y Belmar.",
        ],
        [((1, "Al"), (2, "Al"))],
        [((0, "80"), (1, "Al"))],
        id="es-one-list-in-any-order",
    ),
    pytest.param(
        "es",
        [
            "La tormenta dejó 94 muertos.",
            "La cifra de fallecidos en Lorvia y Kessby llegó a 94.",
        ],
        [((0, "94"), (1, "94"))],
        [],
        id="es-a-list-with-the-story-place-is-the-whole",
    ),
]


@pytest.mark.parametrize(("lang", "pages", "one", "two"), CASES)
def test_joined_places(lang, pages, one, two) -> None:
    subjects = _subjects(lang, pages)
    for a, b in one:
        assert subjects[a] == subjects[b], (a, b, subjects)
    for a, b in two:
        assert subjects[a] != subjects[b], (a, b, subjects)
