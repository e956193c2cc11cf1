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
    ("en", "Kessby's toll could yet be higher than 240, the sheriff warned.", "240", True),
    ("en", "Ilsen thinks the count of deaths will be above 35, maybe even 50.", "35", True),
    ("en", "Ilsen thinks the count of deaths will be above 35, maybe even 50.", "50", True),
    (
        "en",
        "Ilsen cut his estimate of how many residents died in Varn on Friday night, saying"
        " that number may be 40.",
        "40",
        True,
    ),
    ("en", "Up to 25 people were feared dead in Varn.", "25", True),
    (
        "en",
        "Varn mayor fears toll 'may yet end up exceeding 120' after fire",
        "120",
        True,
    ),
    ("en", 'The mayor fears "at least dozens" of victims at the mill.', "dozens", True),
    ("es", "El alcalde de Varn prevé que los fallecidos superarán los 70.", "70", True),
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
    ("pt", "Em Varn, o total de vítimas poderá ultrapassar 70, segundo o prefeito.", "70", True),
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
    ("en", "In Varn the dead are now believed to be 61.", "61", False),
    ("en", "The toll will sadly rise beyond those 12 deaths, the chief said.", "12", False),
    ("en", "In May 300 people died in Varn.", "300", False),
    ("es", "Al menos 74 personas murieron en Varn.", "74", False),
    ("it", "A Varn, dopo tre giorni, i morti accertati saranno 29.", "29", False),
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
        "At least 64 people died in Varn, the governor said. He added that the count of"
        " the dead will surely be above 80."
    )
    found = claims(text, "en")
    assign_subjects(found)
    count = next(c for c in found if c.value == 64)
    forecast = next(c for c in found if c.value == 80)
    assert count.subject != forecast.subject


@pytest.mark.parametrize(
    ("text", "figure", "family", "low", "high"),
    [
        (
            'In Varn, rescuers counted "somewhere between 35 and 50" deaths.',
            "35",
            "deaths",
            35,
            50,
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
