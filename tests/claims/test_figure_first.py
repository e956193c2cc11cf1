"""A sentence that opens on "to" and its figure, before the verb and the count's name ("A
53 subió la cifra de fallecidos", "À 53 s'élève le bilan des morts", "Auf 53 stieg die Zahl
der Toten"): the figure is that count, in every language that writes it so; the opening
"A" is the preposition, not the road "A 53". Every sentence is invented."""

from __future__ import annotations

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document


def _claims(lang: str, text: str) -> dict[str, str]:
    doc = Document(id="d", path="d.txt", text=text, keep=[(0, len(text))], lang=lang)
    return {c.text: c.terms[0] for c in extract_claims(doc, lang=lang)}


@pytest.mark.parametrize(
    "lang, text, figure, family",
    [
        pytest.param("es", "A 53 subió la cifra de fallecidos en Kessby.", "53", "deaths", id="es"),
        pytest.param(
            "es", "A 12 ascendió la cifra de desaparecidos.", "12", "missing", id="es-cifra"
        ),
        pytest.param("pt", "A 47 subiu o número de mortos em Norvale.", "47", "deaths", id="pt-a"),
        pytest.param("pt", "Para 30 subiu o número de feridos.", "30", "injured", id="pt-para"),
        pytest.param("fr", "À 47 s'élève le bilan des morts à Norvale.", "47", "deaths", id="fr"),
        pytest.param("it", "A 47 è salito il numero dei morti.", "47", "deaths", id="it"),
        pytest.param("de", "Auf 47 stieg die Zahl der Toten in Norvale.", "47", "deaths", id="de"),
        pytest.param("nl", "Naar 47 steeg het aantal doden.", "47", "deaths", id="nl"),
    ],
)
def test_figure_before_its_verb_and_count(lang: str, text: str, figure: str, family: str):
    got = _claims(lang, text)
    assert [f for t, f in got.items() if t.split()[0] == figure] == [family], got


# negative neighbours: the road "A 47" after an article is a name; a noun after the
# figure is what it counts
@pytest.mark.parametrize(
    "lang, text, absent, present",
    [
        pytest.param(
            "es", "La A 47 está cortada por 3 accidentes.", "47", "3 accidentes", id="road"
        ),
        pytest.param("es", "A 40 vecinos los evacuaron de Norvale.", None, "40 vecinos", id="noun"),
    ],
)
def test_figure_first_neighbours(lang: str, text: str, absent: str | None, present: str):
    got = _claims(lang, text)
    assert present in got
    assert absent is None or absent not in got
