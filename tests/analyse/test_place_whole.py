"""A place where the story's whole count was counted is the total, not a part of it: its
figures are those another page gives as the story's toll with no place (analyse/subjects
_places_of_whole). A place with a lower figure, one listed beside another place's figure,
or one whose later figure parts from the total's stays a part. Every story is invented."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.analyse.subjects import assign_subjects
from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Claim, Document


def _subjects(
    lang: str, pages: list[tuple[str, str]], story: str = "lorna"
) -> dict[tuple[int, str], str]:
    """(page number, figure) -> subject key, for pages of one story (day, text)."""
    claims: list[Claim] = []
    for k, (day, text) in enumerate(pages):
        doc = Document(
            id=f"d{k}",
            path=f"{k}.txt",
            text=text,
            keep=[(0, len(text))],
            lang=lang,
            date=date.fromisoformat(day),
        )
        claims += [c for c in extract_claims(doc, lang=lang) if c.unit not in ("date", "year")]
    assign_subjects(claims, stories={c.document: story for c in claims})
    return {(int(c.document[1:]), c.text.split()[0]): c.subject for c in claims}


# (id, lang, pages, (page, figure) pairs that are one subject, pairs that are two)
STORIES = [
    (
        "es-whole-toll-said-with-its-state",
        "es",
        [
            (
                "2024-10-30",
                "El huracán Lorna provocó 45 muertos, según el balance oficial.",
            ),
            (
                "2024-10-30",
                "Las autoridades ajustaron la cifra de fallecidos que dejó el huracán en"
                " Vadoria a 45.",
            ),
        ],
        [((0, "45"), (1, "45"))],
        [],
    ),
    (
        "es-lower-figure-of-the-state-is-a-part",
        "es",
        [
            (
                "2024-10-30",
                "El huracán Lorna provocó 45 muertos, según el balance oficial.",
            ),
            (
                "2024-10-30",
                "Las autoridades elevaron la cifra de fallecidos que dejó el huracán en"
                " Vadoria a 30.",
            ),
        ],
        [],
        [((0, "45"), (1, "30"))],
    ),
    (
        "es-state-listed-with-another-is-a-part",
        "es",
        [
            (
                "2024-10-30",
                "El huracán Lorna provocó 45 muertos, según el balance oficial.",
            ),
            ("2024-10-30", "Hubo 45 muertos en Vadoria y 12 en Kessby, según el gobierno."),
            ("2024-10-30", "El balance oficial del huracán Lorna es de 57 muertos."),
        ],
        [],
        [((0, "45"), (1, "45"))],
    ),
    (
        "es-state-whose-later-figure-parts-from-the-total-is-a-part",
        "es",
        [
            (
                "2024-10-30",
                "El huracán Lorna provocó 45 muertos, según el balance oficial.",
            ),
            ("2024-10-30", "La cifra de muertos en Vadoria se elevó a 45."),
            ("2024-11-04", "El huracán Lorna dejó ya 80 muertos, según el balance oficial."),
            ("2024-11-04", "La cifra de muertos en Vadoria se elevó a 60."),
        ],
        [],
        [((0, "45"), (1, "45")), ((2, "80"), (3, "60"))],
    ),
    (
        "fr-whole-toll-said-with-its-province",
        "fr",
        [
            ("2024-09-09", "Le séisme a fait 120 morts, selon un bilan officiel."),
            ("2024-09-09", "Le séisme a fait 120 morts dans la province de Norvale."),
        ],
        [((0, "120"), (1, "120"))],
        [],
    ),
    (
        "fr-lower-figure-of-the-province-is-a-part",
        "fr",
        [
            ("2024-09-09", "Le séisme a fait 120 morts, selon un bilan officiel."),
            ("2024-09-09", "Le séisme a fait 90 morts dans la province de Norvale."),
        ],
        [],
        [((0, "120"), (1, "90"))],
    ),
    (
        "fr-equal-figure-a-week-apart-is-a-part",
        "fr",
        [
            ("2024-09-02", "Le séisme a fait 120 morts, selon un bilan officiel."),
            ("2024-09-09", "Le séisme a fait 120 morts dans la province de Norvale."),
        ],
        [],
        [((0, "120"), (1, "120"))],
    ),
    (
        "de-whole-toll-said-with-its-land",
        "de",
        [
            ("2024-07-15", "Das Hochwasser hat 33 Todesopfer gefordert."),
            ("2024-07-15", "Im Kreis Lindenau stieg die Zahl der Toten auf 33."),
        ],
        [((0, "33"), (1, "33"))],
        [],
    ),
    (
        "en-whole-toll-said-with-its-county",
        "en",
        [
            ("2024-08-12", "The wildfire has killed 67 people, officials said."),
            ("2024-08-12", "The death toll in Norvale County rose to 67."),
        ],
        [((0, "67"), (1, "67"))],
        [],
    ),
]


@pytest.mark.parametrize(
    ("lang", "pages", "one", "two"), [s[1:] for s in STORIES], ids=[s[0] for s in STORIES]
)
def test_place_of_whole_count(lang, pages, one, two) -> None:
    subjects = _subjects(lang, pages)
    for a, b in one:
        assert subjects[a] == subjects[b], (a, b, subjects)
    for a, b in two:
        assert subjects[a] != subjects[b], (a, b, subjects)


# a story named after the place that names its event ("le séisme de Norvale"): that place's
# figure well below the toll its page gives the same day is a part; one near it is the toll
HOMES = [
    (
        "fr-event-place-below-the-toll-is-a-part",
        "fr",
        "Le séisme de Norvale a fait 2497 morts, selon le dernier bilan. Par régions, la"
        " province de Norvale a enregistré 1452 décès.",
        ("2497", "1452"),
        False,
    ),
    (
        "es-event-place-below-the-toll-is-a-part",
        "es",
        "El terremoto de Norvale dejó 300 muertos, según el último balance. En el estado de"
        " Norvale se contaron 120 muertos.",
        ("300", "120"),
        False,
    ),
    (
        "it-event-place-below-the-toll-is-a-part",
        "it",
        "Il terremoto di Norvale ha causato 300 morti, secondo l'ultimo bilancio. Nella"
        " provincia di Norvale si contano 120 morti.",
        ("300", "120"),
        False,
    ),
    (
        "fr-event-place-near-the-toll-is-the-toll",
        "fr",
        "Le séisme de Norvale a fait 2497 morts, selon le dernier bilan. Dans la province"
        " de Norvale, le bilan atteint 2490 morts.",
        ("2497", "2490"),
        True,
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "figures", "one"), [h[1:] for h in HOMES], ids=[h[0] for h in HOMES]
)
def test_event_place_below_its_toll(lang, text, figures, one) -> None:
    subjects = _subjects(lang, [("2024-09-11", text)], story="norvale")
    a, b = (subjects[(0, f)] for f in figures)
    assert (a == b) is one, subjects


# a retrospective page's count of the story's own event, dated in the story's year, is the
# story's count; one of an event of another year is that event's
YEARS = [
    (
        "de-retrospective-of-the-story-year",
        [
            ("2021-07-20", "Die Flut hat 134 Todesopfer gefordert."),
            ("2021-07-21", "Nach der Flut zählen die Behörden 134 Todesopfer."),
            ("2023-07-14", "Am 14. Juli 2021 forderte die Flut 134 Todesopfer."),
        ],
        True,
    ),
    (
        "de-flood-of-another-year",
        [
            ("2021-07-20", "Die Flut hat 134 Todesopfer gefordert."),
            ("2021-07-21", "Nach der Flut zählen die Behörden 134 Todesopfer."),
            ("2021-07-21", "Am 12. August 2002 forderte die Flut 134 Todesopfer."),
        ],
        False,
    ),
]


@pytest.mark.parametrize(("pages", "one"), [y[1:] for y in YEARS], ids=[y[0] for y in YEARS])
def test_event_of_the_story_year(pages, one) -> None:
    subjects = _subjects("de", pages)
    assert (subjects[(0, "134")] == subjects[(2, "134")]) is one, subjects
