"""Who pays a sum (claims/money.py): a name after the sum's "de" ("los 40 millones de X"),
an owner of two words ("la administración autonómica"), a minister for the government, the
sentence's subject for a verb of giving that leaves its own out (in the languages that do),
and, in a story, the one payer named for most of a flow's figures for the figures that name
none (money.join_sums). Every sentence here is invented (invented names too)."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.analyse.subjects import assign_subjects
from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Claim, Document


def sums(text: str, lang: str, doc_id: str = "d1", day: int = 5) -> list[Claim]:
    doc = Document(id=doc_id, path=f"{doc_id}.md", text=text, keep=[(0, len(text))], lang=lang)
    doc.date = date(2024, 3, day)
    return [c for c in extract_claims(doc, lang) if c.unit == "currency"]


# (lang, text, the family of each sum in order)
CASES = [
    pytest.param(
        "es",
        "El Gobierno pagó 650 millones de euros. Algo parecido pasa con los 35 millones de "
        "Segurval.",
        ["money:amount:government", "money:sum:segurval"],
        id="es-sum-of-a-name",
    ),
    pytest.param(
        "pt",
        "O governo pagou 900 milhões de euros. O mesmo vale para os 40 milhões da Segurval.",
        ["money:amount:government", "money:sum:segurval"],
        id="pt-sum-of-a-name",
    ),
    pytest.param(
        "es",
        "Los fondos de la administración autonómica rondan ya los 180 millones de euros.",
        ["money:amount:regional"],
        id="es-two-word-owner",
    ),
    pytest.param(
        "es",
        "El Gobierno anuncia ayudas de 900 millones de euros cuando solo ha pagado 300 "
        "millones de euros.",
        ["money:amount:government", "money:amount:government"],
        id="es-verb-without-subject-has-the-sentences",
    ),
    pytest.param(
        "es",
        "El Gobierno anunció ayudas, mientras que ya ha abonado la Generalitat 300 millones "
        "de euros.",
        ["money:amount:regional"],
        id="es-subject-after-its-verb",
    ),
    pytest.param(
        "es",
        "Después pagó a Segurval 300 millones de euros.",
        ["money:amount"],
        id="es-recipient-is-no-payer",
    ),
    pytest.param(
        "it",
        "Il governo ha annunciato aiuti per 900 milioni di euro, ma finora ha versato 300 "
        "milioni di euro.",
        ["money:amount:government", "money:amount:government"],
        id="it-verb-without-subject-has-the-sentences",
    ),
    pytest.param(
        "es",
        "La ministra de Hacienda, Ana Ruiz, elevó la cifra hasta los 700 millones de euros.",
        ["money:sum:government"],
        id="es-minister-is-the-government",
    ),
    pytest.param(
        "en",
        "Norvale Bank's advert is misleading – we don't pay £20m a week to the Union.",
        ["money:amount:per week"],
        id="en-we-is-a-subject",
    ),
    pytest.param(
        "fr",
        "Le maire a promis 3 millions d'euros. « Cela fait 25 millions, à peu près, de "
        "promesses de dons », a précisé l'élu.",
        ["money:pledged", "money:pledged"],
        id="fr-what-past-a-short-aside",
    ),
    pytest.param(
        "en",
        "The fund raised £5m of Belcorp money.",
        ["money:collected"],
        id="en-of-a-name-is-no-owner",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_payer(lang, text, expected):
    assert [c.terms[0] for c in sums(text, lang)] == expected


def _keys(*docs: tuple[str, str]) -> dict[str, str]:
    found: list[Claim] = []
    for i, (lang, text) in enumerate(docs):
        found += sums(text, lang, f"d{i}", day=5 + i)
    assign_subjects(found)
    return {c.text: c.subject for c in found}


def test_a_flow_naming_no_payer_is_the_main_payers():
    keys = _keys(
        ("es", "El Gobierno ha pagado 900 millones de euros a los afectados."),
        ("es", "El Ejecutivo abonó ya 950 millones de euros."),
        (
            "es",
            "Según la oposición, la cantidad transferida asciende a 400 millones de euros.",
        ),
    )
    assert keys["900 millones de euros"] == keys["950 millones de euros"]
    assert keys["400 millones de euros"] == keys["900 millones de euros"]


def test_a_cost_stays_apart_from_the_grant_of_its_one_named_giver():
    keys = _keys(
        ("en", "The council approved a budget of €2.4bn for the Norvale tram."),
        ("en", "The cost of the Norvale tram has risen to €2.9bn."),
        ("en", "The tram will now cost €3.1bn, auditors said."),
        ("en", "The Union is paying a €300m grant for the tram."),
    )
    assert keys["€300m"] != keys["€2.9bn"]
