"""Lists written one place a line ("Label : figure"), in every language read: each item
counts what the lead line before the list says is counted, in the place its label names;
a label that names the count itself ("Muertos: 45") counts that. Negative neighbours: a
lead that names no count, a page's own labels, a line that is not an item. Every sentence
and place here is invented."""

from __future__ import annotations

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document


def _items(lang: str, text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    doc = Document(id="d", path="d.txt", text=text, keep=[(0, len(text))], lang=lang)
    return {
        c.text: (c.terms[0], tuple(s for s in c.scope if s.startswith("in ")))
        for c in extract_claims(doc, lang=lang)
        if c.unit not in ("date", "year")
    }


CASES = [
    pytest.param(
        "fr",
        "La crue a fait des victimes dans 3 communes du pays :\n\n . Province d’Al Norvale : 583"
        "\n\n. Province de Kessby : 312\n\n. Préfecture d'Arden : 14\n",
        {
            "583": ("deaths", ("in al norvale",)),
            "312": ("deaths", ("in kessby",)),
            "14": ("deaths", ("in arden",)),
        },
        id="fr-dotted-lines-under-victims",
    ),
    pytest.param(
        "en",
        "Deaths by county:\n- Norvale County: 12\n- Kessby: 4\n",
        {"12": ("deaths", ("in norvale",)), "4": ("deaths", ("in kessby",))},
        id="en-dashes-lead-and-item-one-sentence",
    ),
    pytest.param(
        "es",
        "Personas heridas por región:\n\n• Región Norvale: 30\n• Kessby: 8\n",
        {"30": ("injured", ("in norvale",)), "8": ("injured", ("in kessby",))},
        id="es-bullets-injured",
    ),
    pytest.param(
        "de",
        "Die Zahl der Toten nach Landkreisen:\n\n- Landkreis Norvale: 12\n- Kessby: 4\n",
        {"12": ("deaths", ("in norvale",)), "4": ("deaths", ("in kessby",))},
        id="de-dashes-deaths",
    ),
    pytest.param(
        "it",
        "Gli sfollati per comune:\n* Norvale: 120\n* Kessby: 45\n",
        {"120": ("evacuated", ("in norvale",)), "45": ("evacuated", ("in kessby",))},
        id="it-stars-evacuated",
    ),
    pytest.param(
        "pt",
        "Mortos por município:\n\n- Norvale: 9\n\n- Kessby: 2\n",
        {"9": ("deaths", ("in norvale",)), "2": ("deaths", ("in kessby",))},
        id="pt-dashes-blank-lines",
    ),
    pytest.param(
        "es",
        "Balance del día:\nMuertos: 45\nHeridos: 120\n",
        {"45": ("deaths", ()), "120": ("injured", ())},
        id="es-label-names-the-count",
    ),
    pytest.param(
        "fr",
        "Le séisme a fait des victimes dans 3 provinces :\n\n. Province de Kessby : 312 morts"
        "\n. Province d'Arden : 12 morts\n",
        {"312 morts": ("deaths", ("in kessby",)), "12 morts": ("deaths", ("in arden",))},
        id="fr-items-with-their-own-noun",
    ),
    pytest.param(
        "en",
        "Deaths by county:\n1. Norvale: 12\n2. Kessby: 4\n",
        {"12": ("deaths", ("in norvale",)), "4": ("deaths", ("in kessby",))},
        id="en-numbered-items",
    ),
    pytest.param(
        "es",
        "Muertos por municipio:\n- Norvale – 12\n- San Kessby — 4\n",
        {"12": ("deaths", ("in norvale",)), "4": ("deaths", ("in san kessby",))},
        id="es-dash-separated-items",
    ),
    # negative neighbours
    pytest.param(
        "es",
        "Resultados de la jornada:\n- Norvale – 2\n- Kessby – 1\n",
        {},
        id="es-scores-under-a-lead-with-no-count",
    ),
    pytest.param(
        "es",
        "Actualización: 45 muertos en total.\n",
        {"45 muertos": ("deaths", ())},
        id="es-kicker-is-no-place",
    ),
    pytest.param(
        "fr",
        "Classement des ports :\n\n- Norvale : 3\n- Kessby : 5\n",
        {},
        id="fr-lead-names-no-count",
    ),
    pytest.param(
        "en",
        "Deaths by county:\n- Norvale: 12\n\nComments: 0\n",
        {"12": ("deaths", ("in norvale",))},
        id="en-page-label-after-list-is-no-item",
    ),
    pytest.param(
        "it",
        "Le vittime per provincia:\n* Norvale: 12\n\nClassifica: 3\n- Lorvy: 5\n",
        {"12": ("deaths", ("in norvale",))},
        id="it-list-ends-at-another-line",
    ),
    pytest.param(
        "en",
        "Deaths by county:\n- Norvale: 12\n- Kessby: 4\n\nLorvy Weekly: 24\n",
        {"12": ("deaths", ("in norvale",)), "4": ("deaths", ("in kessby",))},
        id="en-footer-line-without-the-list-s-bullet-is-no-item",
    ),
    pytest.param(
        "es",
        "Muertos por provincia:\n\n- Norvale: 12\n\n- Kessby: 4\n",
        {"12": ("deaths", ("in norvale",)), "4": ("deaths", ("in kessby",))},
        id="es-items-apart-by-blank-lines-with-one-bullet",
    ),
    pytest.param(
        "de",
        "Norvale: 12 Uhr ist der Termin.\n",
        {},
        id="de-label-colon-then-text-is-no-item",
    ),
]


@pytest.mark.parametrize("lang, text, expected", CASES)
def test_list_lines(lang: str, text: str, expected: dict) -> None:
    got = {k: v for k, v in _items(lang, text).items() if k in expected or v[1]}
    assert got == expected
