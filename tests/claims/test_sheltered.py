"""People in shelters, in every language read: one concept (the family `homeless`, whose
Portuguese "desabrigados" are those in shelters), apart from the displaced or evacuated
(staying elsewhere) and from the things that shelter them. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.claims.test_counted_lang import claims

# (lang, sentence, figure, family the figure counts)
CASES = [
    ("en", "About 1,200 people are staying in emergency shelters.", "About 1,200", "homeless"),
    ("fr", "Quelque 600 personnes sont hébergées dans des gymnases.", "600", "homeless"),
    ("de", "Rund 700 Menschen sind in Notunterkünften untergebracht.", "700", "homeless"),
    ("es", "Unas 900 personas permanecen en albergues.", "900", "homeless"),
    ("pt", "Segundo a Defesa Civil, 4.210 pessoas estão em abrigos.", "4.210", "homeless"),
    ("pt", "Há 3.118 pessoas alojadas em abrigos e 7.402 desalojados.", "3.118", "homeless"),
    ("pt", "Há 3.118 pessoas alojadas em abrigos e 7.402 desalojados.", "7.402", "evacuated"),
    ("pt", "O estado tem 2.950 desabrigados e 8.100 desalojados.", "2.950", "homeless"),
    ("it", "Circa 800 cittadini sono ospitati in strutture comunali.", "Circa 800", "homeless"),
    ("it", "In 900 sono stati accolti nelle palestre.", "900", "homeless"),
    ("it", "Gli sfollati sono oltre 2.300 nella provincia.", "2.300", "evacuated"),
    (
        "it",
        "Oltre 5.300 persone hanno dovuto abbandonare la propria casa.",
        "5.300",
        "evacuated",
    ),
    ("nl", "In Veldrecht zijn 450 mensen opgevangen in een sporthal.", "450", "homeless"),
]


@pytest.mark.parametrize(
    ("lang", "text", "figure", "family"),
    CASES,
    ids=[f"{lang}-{fig}-{fam}" for lang, _, fig, fam in CASES],
)
def test_sheltered_and_displaced(lang, text, figure, family):
    found = [c for c in claims(text, lang) if c.text.startswith(figure)]
    assert found and found[0].terms[0] == family, [(c.text, c.terms) for c in claims(text, lang)]


# the shelters themselves, and guests of a hotel or a festival, are no people in shelters
NOT_SHELTERED = [
    pytest.param("en", "The city opened 12 shelters.", "12", id="en-shelters-counted"),
    pytest.param("en", "Volunteers sheltered 300 dogs.", "300", id="en-sheltered-dogs"),
    pytest.param("de", "Die Stadt richtete 5 Notunterkünfte ein.", "5", id="de-shelters-counted"),
    pytest.param("pt", "A cidade abriu 12 abrigos.", "12", id="pt-shelters-counted"),
    pytest.param("it", "L'hotel ha ospitato 40 turisti.", "40", id="it-hotel-guests"),
    pytest.param("it", "Il museo ha accolto 5.000 visitatori.", "5.000", id="it-museum-visitors"),
    pytest.param("es", "El estadio albergó a 40.000 aficionados.", "40.000", id="es-stadium-fans"),
    pytest.param(
        "it",
        "Nell'hotel sono ospitati 40 turisti tedeschi.",
        "40",
        id="it-hotel-guests-passive",
        marks=pytest.mark.xfail(
            strict=True, reason="'ospitati' is read as sheltered whoever the guests are"
        ),
    ),
]


@pytest.mark.parametrize(("lang", "text", "figure"), NOT_SHELTERED)
def test_not_people_in_shelters(lang, text, figure):
    found = [c for c in claims(text, lang) if c.text.startswith(figure)]
    assert all(c.terms[0] != "homeless" for c in found), [(c.text, c.terms) for c in found]
