"""Counts of another, earlier event a story names for comparison (claims/otherevents.py):
a count whose own clause tells of an event named with its year after it, a count in a
"where" clause of such an event, a count dated two years or more before its page. Each
has a neighbour that stays the story's own count: a comparison with the earlier event, a
recent year. Every sentence and place here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document


def _event(lang: str, text: str, figure: str, day: str | None) -> tuple[str | None, str]:
    """The figure's other event ("event 2018") or None, and its as_of."""
    doc = Document(
        id="d0",
        path="0.txt",
        text=text,
        keep=[(0, len(text))],
        lang=lang,
        date=date.fromisoformat(day) if day else None,
    )
    hits = [c for c in extract_claims(doc, lang=lang) if figure in c.text.split()]
    assert hits, figure
    event = next((s for s in hits[0].scope if s.startswith("event ")), None)
    return event, hits[0].as_of


PAGE = "2023-08-13"
# (id, lang, sentence, figure, page day, its event or None, the as_of's year)
ROWS = [
    (
        "en-people-killed-in-a-year-fire",
        "en",
        "The toll also exceeded the 72 residents who were killed in a 2015 fire in the village of"
        " Norvale.",
        "72",
        PAGE,
        "event 2015",
        "2015",
    ),
    (
        "en-where-clause-of-a-year-fire",
        "en",
        "Fatalities now exceed those of the 2018 Kessby fire that razed the hill town of"
        " Norvale, where no fewer than 85 died.",
        "85",
        PAGE,
        "event 2018",
        "2018",
    ),
    (
        "en-killed-in-a-year-after",
        "en",
        "The toll of 89 made it the worst disaster there, beyond a flood that killed 61"
        " people in 1960.",
        "61",
        PAGE,
        "event 1960",
        "1960",
    ),
    (
        "en-undated-page-year-fire",
        "en",
        "The toll also exceeded the 72 residents who were killed in a 2015 fire in the village of"
        " Norvale.",
        "72",
        None,
        "event 2015",
        "2015",
    ),
    (
        "fr-full-date-of-an-old-quake",
        "fr",
        "Le 3 mars 2004, un séisme de magnitude 6,1 avait frappé la province de Norvale,"
        " faisant 628 morts.",
        "628",
        PAGE,
        "event 2004",
        "2004",
    ),
    (
        "fr-deaths-of-the-quake-of-a-year",
        "fr",
        "Le bilan dépasse déjà les 628 morts du séisme de 2004 à Norvale.",
        "628",
        PAGE,
        "event 2004",
        "2004",
    ),
    (
        "es-deaths-the-fire-of-a-year-left",
        "es",
        "La cifra supera ya los 85 muertos que dejó el incendio de 2018 en Norvale.",
        "85",
        PAGE,
        "event 2018",
        "2018",
    ),
    (
        "de-dead-of-the-quake-of-a-year",
        "de",
        "Die Zahl übersteigt die 85 Toten beim Beben von 2018 in Norvale.",
        "85",
        PAGE,
        "event 2018",
        "2018",
    ),
    (
        "it-dead-of-the-quake-of-a-year",
        "it",
        "Il bilancio supera gli 85 morti del terremoto del 2016 a Norvale.",
        "85",
        PAGE,
        "event 2016",
        "2016",
    ),
    # the story's own count compared with the earlier event's: the story's
    (
        "en-toll-surpassing-a-year-fire",
        "en",
        "The toll rose to 89, surpassing the 2018 fire.",
        "89",
        PAGE,
        None,
        "2023",
    ),
    (
        "en-deadliest-since-a-year-fire",
        "en",
        "The fire has killed 89 people, the deadliest since a 2018 fire.",
        "89",
        PAGE,
        None,
        "2023",
    ),
    (
        "fr-more-than-the-quake-of-a-year",
        "fr",
        "Le séisme a fait 2012 morts, plus que le séisme de 2004.",
        "2012",
        PAGE,
        None,
        "2023",
    ),
    (
        "es-more-than-the-hurricane-of-a-year",
        "es",
        "El huracán dejó 45 muertos, más que el huracán de 2018.",
        "45",
        PAGE,
        None,
        "2023",
    ),
    (
        "en-last-year-is-not-another-event",
        "en",
        "The 40 people killed in the 2022 floods are still mourned.",
        "40",
        PAGE,
        None,
        "2023",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "figure", "day", "event", "year"),
    [r[1:] for r in ROWS],
    ids=[r[0] for r in ROWS],
)
def test_other_event(lang, text, figure, day, event, year) -> None:
    got, as_of = _event(lang, text, figure, day)
    assert got == event
    assert as_of[:4] == year
