"""Someone's age is no claim, in every language read: "une femme de 45 ans", "(45 ans)",
", de 45 años,", "âgée de 45 ans", "45 Jahre alt", "ein 45-Jähriger", "een 45-jarige"
(claims/durations.is_age, data/numbers.toml [ages]); what lasted stays a duration ("une
peine de 45 ans", "pendant 45 ans", "Der Streik dauerte 45 Jahre"). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document

PAGE = date(2031, 3, 16)

# (lang, sentence, figure, kept: whether it is a claim)
CASES = [
    pytest.param("fr", "Une femme de 45 ans est morte à Lorvy.", "45", False, id="fr-de-ans"),
    pytest.param("fr", "Une femme, 45 ans, est morte.", "45", False, id="fr-commas"),
    pytest.param("fr", "Un homme (45 ans) a été blessé.", "45", False, id="fr-brackets"),
    pytest.param("fr", "La victime, âgée de 45 ans, habitait Lorvy.", "45", False, id="fr-agee"),
    pytest.param("es", "Un hombre de 45 años murió en Tormenar.", "45", False, id="es-de-anos"),
    pytest.param("es", "La víctima, de 45 años, vivía en Tormenar.", "45", False, id="es-comma-de"),
    pytest.param("pt", "Um homem de 45 anos morreu em Serrinha.", "45", False, id="pt-de-anos"),
    pytest.param("pt", "Bianca Lis, de 4 anos, morreu.", "4", False, id="pt-a-name-de-anos"),
    pytest.param("it", "Un uomo di 45 anni è morto a Vallerosa.", "45", False, id="it-di-anni"),
    pytest.param("de", "Der Mann war 45 Jahre alt.", "45", False, id="de-jahre-alt"),
    pytest.param("de", "Ein 45-Jähriger wurde verletzt.", "45", False, id="de-jaehriger"),
    pytest.param("de", "Die 23-jährige Fahrerin starb.", "23", False, id="de-jaehrige"),
    pytest.param("nl", "Een 45-jarige man raakte gewond.", "45", False, id="nl-jarige"),
    # what lasted, and counts, stay
    pytest.param("fr", "Une peine de 45 ans a été prononcée.", "45", True, id="fr-peine-de"),
    pytest.param("fr", "Il a travaillé pendant 45 ans.", "45", True, id="fr-pendant"),
    pytest.param("es", "La sequía duró 45 años.", "45", True, id="es-duro"),
    pytest.param("de", "Der Streik dauerte 45 Jahre.", "45", True, id="de-dauerte"),
    pytest.param("de", "Bei dem Unfall starben 3 Menschen.", "3", True, id="de-a-count"),
    pytest.param("it", "Una condanna di 45 anni.", "45", True, id="it-condanna-di"),
]


@pytest.mark.parametrize(("lang", "sentence", "figure", "kept"), CASES)
def test_an_age_is_no_claim(lang, sentence, figure, kept):
    doc = Document(
        id="d1", path="a.md", text=sentence, keep=[(0, len(sentence))], date=PAGE, lang=lang
    )
    found = [c.text for c in extract_claims(doc) if c.text.startswith(figure)]
    assert bool(found) is kept, found
