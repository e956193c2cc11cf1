"""A crowd expected is no count of the crowd: before the figure ("rechneten mit", "se
esperaban") or close after it ("were expected", "Teilnehmern gerechnet") the figure is an
expectation (family suffix ":projected"); a count compared with one ("more than expected")
stays a count. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.claims.test_counted_lang import claims

# (lang, sentence, figure, whether it is read as an expectation)
CASES = [
    (
        "de",
        "Noch am Mittwoch hatte die Stadt mit 8.000 bis 12.000 Teilnehmern gerechnet.",
        "12.000",
        True,
    ),
    ("de", "Die Veranstalter rechneten mit rund 40.000 Teilnehmern.", "40.000", True),
    ("en", "About 30,000 marchers were expected in Lorvy.", "About 30,000", True),
    ("en", "Organisers had expected 30,000 marchers.", "30,000", True),
    ("it", "Erano attesi 20.000 manifestanti in piazza.", "20.000", True),
    ("es", "Se esperaban 20.000 manifestantes en Lorvia.", "20.000", True),
    ("pt", "Eram esperados 20 mil manifestantes.", "20 mil", True),
    # the outcome after an expectation is a count, though it takes the noun from it
    (
        "de",
        "Die Stadt rechnete mit 15.000 Teilnehmern, gekommen sind dann 90.000.",
        "90.000",
        False,
    ),
    ("en", "Organisers expected 30,000 marchers; in the end 90,000 came.", "90,000", False),
    (
        "de",
        "Die Veranstalter in Lorvy rechneten mit 15.000 Leuten - zuletzt zählte man 90.000!",
        "90.000",
        False,
    ),
    # a list of expectations stays one
    ("de", "In Lorvy rechnete die Polizei mit 15.000 Menschen, 9.000 in Brenna.", "9.000", True),
    # negative neighbours: the count itself, and a count beside the expectation
    ("de", "In Lorvy demonstrierten 90.000 Menschen.", "90.000", False),
    ("de", "Zuletzt kamen 90.000 Demonstranten, weit mehr als erwartet.", "90.000", False),
    ("de", "Es kamen 90.000 Demonstranten und damit mehr als erwartet.", "90.000", False),
    ("en", "More than 90,000 marchers turned out, far more than expected.", "More than", False),
    (
        "en",
        "The city deployed 2,000 officers for a rally the unions had expected to be big.",
        "2,000",
        False,
    ),
    ("it", "In piazza sono scesi 50.000 manifestanti, più di quanto atteso.", "50.000", False),
]


@pytest.mark.parametrize(
    ("lang", "text", "figure", "expected"),
    CASES,
    ids=[f"{lang}-{fig}-{'expected' if e else 'count'}" for lang, _, fig, e in CASES],
)
def test_expected_crowd_is_no_count(lang, text, figure, expected):
    found = [c for c in claims(text, lang) if c.text.startswith(figure)]
    assert found, [c.text for c in claims(text, lang)]
    assert found[0].terms[0].endswith(":projected") is expected, found[0].terms


@pytest.mark.xfail(strict=True, reason="'ausgegangen' also reports the police's estimate")
def test_expectation_by_ausgegangen():
    """ "von N ausgegangen" / "ging von N aus" is the police's estimate of a turnout as often
    as its expectation: only the words around it ("ursprünglich", "am Samstag") tell."""
    text = "Zunächst war die Stadt von ungefähr 15.000 Demonstrierenden ausgegangen."
    found = [c for c in claims(text, "de") if c.text.startswith("15.000")]
    assert found[0].terms[0].endswith(":projected")
