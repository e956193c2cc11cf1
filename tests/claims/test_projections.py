"""What kind of figure a number is: a forecast or projection of a count (what it will, may,
could or probably will be) gets the family suffix ":projected" and so a subject of its own,
never compared with the counts; an estimate of what a count is now stays a count. Every
sentence is invented (places and people too)."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document


def claims(text: str, lang: str):
    doc = Document(
        id="d1", path="a.md", text=text, keep=[(0, len(text))], date=date(2024, 5, 3), lang=lang
    )
    return [c for c in extract_claims(doc, lang=lang) if c.unit not in ("date", "year")]


def claim(text: str, lang: str, figure: str):
    found = [c for c in claims(text, lang) if figure in c.text]
    assert found, [c.text for c in claims(text, lang)]
    return found[0]


# (lang, sentence, figure in the claim's text, projected?)
CASES = [
    # forecasts: a modal or future word before the figure, or in its qualifier
    ("en", "Mayor Ilsen said the toll will exceed 40 and probably end up 60 to 90.", "40", True),
    ("en", "Mayor Ilsen said the toll will exceed 40 and probably end up 60 to 90.", "60", True),
    ("en", "The county's toll could be higher than 200, the sheriff said.", "200", True),
    ("en", "Ilsen said the number of deaths will be above 30, maybe even 45.", "30", True),
    ("en", "Ilsen said the number of deaths will be above 30, maybe even 45.", "45", True),
    (
        "en",
        "Ilsen lowered his guess of how many people died in Varn on Sunday evening, saying"
        " the number may be 40.",
        "40",
        True,
    ),
    ("en", "Up to 25 people were feared dead in Varn.", "25", True),
    (
        "en",
        "Varn mayor says death toll 'may in fact end up exceeding 100' after storm",
        "100",
        True,
    ),
    ("en", 'The mayor expects "at least dozens" of deaths at the mill.', "dozens", True),
    ("es", "El alcalde cree que el número de muertos en Varn superará los 60.", "60", True),
    ("es", "La cifra de muertos estará por encima de 30, tal vez incluso de 45.", "45", True),
    (
        "es",
        "La cifra final sería menor que los más de 90 muertos que el alcalde temía.",
        "90",
        True,
    ),
    ("fr", "Le bilan pourrait dépasser les 60 morts, selon le maire de Varn.", "60", True),
    ("fr", "Le bilan dépassera les 60 morts, selon le maire de Varn.", "60", True),
    ("fr", "Les syndicats tablaient sur 50 000 manifestants à Varn.", "50 000", True),
    ("pt", "O número de mortos em Varn poderá ultrapassar 60, disse o prefeito.", "60", True),
    ("pt", "O prefeito diz que talvez 40 pessoas tenham morrido em Varn.", "40", True),
    ("it", "Il bilancio dei morti a Varn supererà i 60, secondo il sindaco.", "60", True),
    ("it", "Secondo il sindaco forse 40 persone sono morte a Varn.", "40", True),
    ("de", "In Varn sind vielleicht 40 Menschen ums Leben gekommen.", "40", True),
    ("nl", "In Varn zijn misschien 40 mensen omgekomen.", "40", True),
    # counts: what the count is now, however estimated, and a level a forecast starts from
    ("en", "At least 74 people died in Varn, and the toll is expected to rise.", "74", False),
    ("en", "There are an estimated 650 people unaccounted for in Varn.", "650", False),
    ("en", "Officials estimate that 1,000 people are unaccounted for in Varn.", "1,000", False),
    ("en", "Police said they believe about 40 people may have died in Varn.", "40", False),
    ("en", "The number of deaths is now believed to be 57.", "57", False),
    ("en", "The toll will sadly rise beyond those 12 deaths, the chief said.", "12", False),
    ("en", "In May 300 people died in Varn.", "300", False),
    ("es", "Al menos 74 personas murieron en Varn.", "74", False),
    ("it", "Dopo due giorni le vittime confermate saranno 43.", "43", False),
    ("de", "Bei dem Unglück in Varn starben 40 Menschen.", "40", False),
]


@pytest.mark.parametrize(
    ("lang", "text", "figure", "expected"),
    CASES,
    ids=[f"{c[0]}-{c[2]}-{'projected' if c[3] else 'count'}-{i}" for i, c in enumerate(CASES)],
)
def test_projection_or_count(lang, text, figure, expected):
    c = claim(text, lang, figure)
    assert c.terms[0].endswith(":projected") is expected, c.terms


def test_projection_has_its_own_subject():
    """A forecast and a count of the same toll on one page never share a subject."""
    from kfactcheck.analyse.subjects import assign_subjects

    text = (
        "At least 64 people died in Varn, the governor said. He added that the number of"
        " deaths will certainly be above 70."
    )
    found = claims(text, "en")
    assign_subjects(found)
    count = next(c for c in found if c.value == 64)
    forecast = next(c for c in found if c.value == 70)
    assert count.subject != forecast.subject


@pytest.mark.parametrize(
    ("text", "figure", "family", "low", "high"),
    [
        (
            'Rescuers counted "somewhere between 70 and 100" deaths in Varn.',
            "70",
            "deaths",
            70,
            100,
        ),
        ('Police said "about 400" marchers came.', "400", "crowd", 380, 420),
        # a quote closed before a capitalised word ends the quotation: no noun after it
        ('"We saw 12" Ilsen said of the flood in Varn.', "12", None, None, None),
    ],
    ids=["range-deaths", "approx-crowd", "quote-then-name"],
)
def test_quoted_figure_then_its_noun(text, figure, family, low, high):
    """A figure quoted, then the noun it counts after the closing quote."""
    found = [c for c in claims(text, "en") if figure in c.text]
    if family is None:
        assert not any("Ilsen" in c.text for c in found), [c.text for c in found]
        return
    assert found, [c.text for c in claims(text, "en")]
    assert (found[0].terms[0], found[0].low, found[0].high) == (family, low, high)
