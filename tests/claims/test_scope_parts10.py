"""Whose figure and which part, read from the figure's own clause: a severity word after
"of which" is the part's, not the whole's ("227 blessés dont sept graves"); those held in
police custody are a count of their own kind beside the arrested ("garde à vue"); a word
for individuals is people as such, so an action noun before it says what is counted
("l'interpellation de 52 individus"). Every sentence here is invented (invented places
too)."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Claim, Document


def claims(text: str, lang: str) -> list[Claim]:
    doc = Document(
        id="d1", path="x.txt", text=text, keep=[(0, len(text))], date=date(2024, 5, 3), lang=lang
    )
    return [c for c in extract_claims(doc, lang=lang) if c.unit not in ("date", "year")]


def claim(text: str, lang: str, figure: str) -> Claim:
    found = [c for c in claims(text, lang) if c.text.startswith(figure)]
    assert found, f"no claim {figure!r} in {[c.text for c in claims(text, lang)]}"
    return found[0]


# (lang, sentence, figure, family)
FAMILIES = [
    pytest.param(
        "fr",
        "Bilan à Norvale : un mort et 140 blessés dont neuf graves.",
        "140 blessés",
        "injured",
        id="fr-whole-before-dont-serious",
    ),
    pytest.param(
        "fr",
        "Bilan à Norvale : un mort et 140 blessés dont neuf graves.",
        "neuf",
        "injured:serious",
        id="fr-part-after-dont-serious",
    ),
    pytest.param(
        "fr",
        "La préfecture comptait 95 blessés dont quatre grièvement.",
        "95 blessés",
        "injured",
        id="fr-whole-before-dont-adverb",
    ),
    pytest.param(
        "it",
        "Il crollo ha causato 60 feriti, di cui cinque gravi.",
        "60 feriti",
        "injured",
        id="it-whole-before-di-cui",
    ),
    pytest.param(
        "es",
        "El choque dejó 33 heridos, incluidos tres graves.",
        "33 heridos",
        "injured",
        id="es-whole-before-incluidos",
    ),
    pytest.param(
        "de",
        "Es gab 40 Verletzte, davon sechs schwer.",
        "40 Verletzte",
        "injured",
        id="de-whole-before-davon",
    ),
    # police custody: its own kind, beside the arrests
    pytest.param(
        "fr",
        "À Norvale, 88 personnes ont été interpellées et 41 placées en garde à vue.",
        "41",
        "custody",
        id="fr-custody-after-and",
    ),
    pytest.param(
        "fr",
        "On dénombre 610 interpellations, dont 402 gardes à vue.",
        "402",
        "custody",
        id="fr-custody-of-which-noun",
    ),
    pytest.param(
        "fr",
        "La police a interpellé 70 personnes, dont 25 ont été placées en garde à vue.",
        "25",
        "custody",
        id="fr-custody-of-which-verb",
    ),
    pytest.param(
        "fr",
        "Bilan de la nuit : 900 interpellations, 640 gardes à vue.",
        "640",
        "custody",
        id="fr-custody-list",
    ),
    # individuals are people as such: the action noun before them names the count
    pytest.param(
        "fr",
        "La préfecture annonce l'interpellation de 52 individus.",
        "52 individus",
        "arrests",
        id="fr-individus-arrested",
    ),
    pytest.param(
        "es",
        "La policía confirmó la detención de 19 individuos.",
        "19 individuos",
        "arrests",
        id="es-individuos-arrested",
    ),
    pytest.param(
        "it",
        "La questura ha confermato l'arresto di 14 individui.",
        "14 individui",
        "arrests",
        id="it-individui-arrested",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "figure", "family"), FAMILIES)
def test_family(lang: str, sentence: str, figure: str, family: str) -> None:
    assert claim(sentence, lang, figure).terms[0] == family
