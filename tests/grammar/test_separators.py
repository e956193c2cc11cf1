"""A document's decimal convention, from its own figures and its language, and what
extraction does with it: "3.735 vojnika" is 3,735 in Serbian, "3.735 km" stays 3.735 in an
English text that shows nothing else, with a warning on the document."""

from __future__ import annotations

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.grammar.separators import decimal_comma
from kfactcheck.model import Document

SERBIAN = (
    "NATO je poslao 3.735 vojnika na Kosovo, rekao je portparol u ponedeljak. Udio Srba je "
    "2,5 % od 1.234.567 stanovnika, a na granici je raspoređeno 1.200 policajaca koji su na "
    "terenu od jutra i koji su spremni da ostanu."
)
GERMAN = (
    "Die NATO hat 3.735 Soldaten im Kosovo, sagte der Sprecher am Montag. Die Lage ist ruhig, "
    "aber die Mission bleibt wachsam und die Truppen sind bereit, sagte er in Pristina. Das ist "
    "nicht das erste Mal, dass die Zahl der Soldaten steigt."
)
ENGLISH = (
    "Engineers said 3.735 km of road would be resurfaced this spring, and the council said "
    "that the work was paid for by the state and would be finished in the summer."
)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(SERBIAN, True, id="serbian-language-and-digits"),
        pytest.param(GERMAN, True, id="german-language"),
        pytest.param(ENGLISH, False, id="english-language"),
        pytest.param(ENGLISH * 5, False, id="english-article-quick-path"),
        # the quick path counts the text as written first: capitals must still count
        pytest.param(ENGLISH.upper() * 5, False, id="english-in-capitals"),
        pytest.param((ENGLISH * 5).title(), False, id="english-in-title-case"),
        pytest.param(SERBIAN * 5, True, id="serbian-article"),
        pytest.param("Figures: 3.735 and 12.", None, id="too-short-to-tell"),
        pytest.param("1.234.567 / 2,5 / 88", True, id="comma-digits-alone"),
        pytest.param("Totals: 1,234,567 / 1.8 / 88", False, id="point-digits-alone"),
        pytest.param("Totals: 1,234,567 / 2,5 / 88", None, id="digits-disagree"),
        pytest.param(GERMAN + " Plus 1,234,567 und 1.8.", None, id="german-with-point-digits"),
        pytest.param(ENGLISH + " It grew by 2,5 percent.", False, id="english-wins-over-a-comma"),
        pytest.param(
            "On 17.08.2022 the count was 3.735, " * 3 + ENGLISH,
            False,
            id="a-dotted-date-is-no-decimal",
        ),
    ],
)
def test_decimal_comma(text, expected):
    assert decimal_comma(text) is expected


def _doc(text: str) -> Document:
    return Document(id="d1", path="a.txt", text=text, keep=[(0, len(text))])


def test_serbian_figures_are_read_with_decimal_commas():
    doc = _doc(SERBIAN)
    values = {c.text.split()[0]: c.value for c in extract_claims(doc)}
    assert values["3.735"] == 3735 and values["1.234.567"] == 1234567 and values["2,5"] == 2.5
    assert values["1.200"] == 1200
    assert doc.warnings == []


def test_ambiguous_figure_is_read_with_a_point_and_the_document_warned():
    doc = _doc("Road works\n\nEngineers said 3.735 km of road would be resurfaced.")
    [claim] = [c for c in extract_claims(doc) if c.text.startswith("3.735")]
    assert claim.value == 3.735
    assert doc.warnings == [
        "separator reads two ways: 3.735 read with a decimal point, not thousands"
    ]
    extract_claims(doc)  # again: the warning is not repeated
    assert len(doc.warnings) == 1


def test_english_document_with_point_figures_is_not_warned():
    doc = _doc(ENGLISH)
    assert [c.value for c in extract_claims(doc) if c.text.startswith("3.735")] == [3.735]
    assert doc.warnings == []
