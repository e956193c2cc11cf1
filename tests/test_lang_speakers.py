"""Speakers in other languages: the simple inverted verbs ("…, sagte X", "…, dijo X")."""

from __future__ import annotations

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document


def case(text, lang, speaker, id, xfail=None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, lang, speaker, id=id, marks=marks)


CASES = [
    case(
        "Es starben 43 Menschen, sagte Innenminister Karl Huber.",
        "de",
        "Innenminister Karl Huber",
        id="de-sagte",
    ),
    case(
        "Es starben 43 Menschen, sagte der Minister Karl Huber.",
        "de",
        "Karl Huber",
        id="de-sagte-der",
    ),
    case("Murieron 43 personas, dijo Pedro Ruiz.", "es", "Pedro Ruiz", id="es-dijo"),
    case("Morreram 43 pessoas, disse o governador Romeu Zema.", "pt", "Romeu Zema", id="pt-disse"),
    case(
        "Poginulo je 43 ljudi, rekao je ministar Ivan Horvat.", "hr", "Ivan Horvat", id="hr-rekao"
    ),
    case(
        "Er zijn 43 doden, zei burgemeester Anna de Vries.",
        "nl",
        "Anna de Vries",
        id="nl-zei",
    ),
    case(
        "« Nous avons compté 43 morts », a déclaré Jean Morel.",
        "fr",
        "Jean Morel",
        id="fr-a-declare",
        xfail="verbs with accents and auxiliaries ('a déclaré', 'ha detto') are not read",
    ),
    case(
        "Sono morte 43 persone, ha detto Marco Bucci.",
        "it",
        "Marco Bucci",
        id="it-ha-detto",
        xfail="verbs with auxiliaries ('ha detto') are not read",
    ),
]


@pytest.mark.parametrize(("text", "lang", "speaker"), CASES)
def test_speaker(text, lang, speaker):
    doc = Document(id="x", path="x.txt", text=text, lang=lang)
    (claim,) = [c for c in extract_claims(doc) if c.value == 43]
    assert claim.speaker == speaker
