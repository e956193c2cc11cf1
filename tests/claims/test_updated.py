"""A page updated after its date: the day its words tell of as past (claims/updated.py)."""

from __future__ import annotations

from datetime import date

import pytest

import kfactcheck.claims.extract as extract
from kfactcheck.claims.extract import extract_claims
from kfactcheck.claims.updated import updated_day
from kfactcheck.model import Document

SATURDAY = date(2031, 3, 15)  # the page's date; "this Sunday" is 16 March
FRIDAY = date(2031, 3, 14)
TUESDAY = date(2031, 3, 18)


def _held(text: str, lang: str, page: date) -> list[tuple[str, str]]:
    doc = Document(id="d1", path="a.md", text=text, keep=[(0, len(text))], date=page, lang=lang)
    return [(c.text, c.as_of) for c in extract_claims(doc) if c.unit not in ("date", "year")]


# (text, language, page date, {figure: as_of}): an update told in the past, the later day
UPDATED = [
    pytest.param(
        "O balanço foi atualizado na manhã deste domingo e subiu para 42 mortos em Valdemira.",
        "pt",
        SATURDAY,
        {"42 mortos": "2031-03-16"},
        id="pt-deste-domingo-past",
    ),
    pytest.param(
        "El balance de víctimas fue actualizado este domingo: 42 muertos en Villaroja.",
        "es",
        SATURDAY,
        {"42 muertos": "2031-03-16"},
        id="es-este-domingo-past",
    ),
    pytest.param(
        "Le bilan a été relevé ce dimanche à 42 morts à Montclaire.",
        "fr",
        SATURDAY,
        {"42 morts": "2031-03-16"},
        id="fr-ce-dimanche-past",
    ),
    pytest.param(
        "An diesem Sonntag wurden in Grünfeld 42 Tote gezählt.",
        "de",
        SATURDAY,
        {"42 Tote": "2031-03-16"},
        id="de-an-diesem-sonntag-past",
    ),
    pytest.param(
        "Il bilancio è stato aggiornato questa domenica: 42 morti a Valbruna.",
        "it",
        SATURDAY,
        {"42 morti": "2031-03-16"},
        id="it-questa-domenica-past",
    ),
    pytest.param(
        "The toll was raised this Sunday to 42 dead in Norbury.",
        "en",
        SATURDAY,
        {"42 dead": "2031-03-16"},
        id="en-this-sunday-past",
    ),
    pytest.param(
        "The toll was raised this Sunday to 42 dead in Norbury.",
        "en",
        FRIDAY,
        {"42 dead": "2031-03-16"},
        id="en-two-days-after-a-friday-page",
    ),
    pytest.param(
        # the headline's toll is as high as the one given on Sunday: of that day too; the
        # lower count of Saturday night keeps the page's date
        "Norbury fire: 30 dead. On Saturday night the toll stood at 19 dead. "
        "The toll was raised this Sunday to 30 dead.",
        "en",
        SATURDAY,
        {"30 dead": "2031-03-16", "19 dead": "2031-03-15"},
        id="en-headline-as-high-as-sunday-s-toll",
    ),
    pytest.param(
        # once the page is known written on Sunday, a mention with no tense is Sunday too
        "O balanço foi atualizado neste domingo. "
        "De acordo com o boletim divulgado neste domingo à tarde, há 57 mortos em Valdemira.",
        "pt",
        SATURDAY,
        {"57 mortos": "2031-03-16"},
        id="pt-untensed-mention-of-the-known-day",
    ),
]


@pytest.mark.parametrize(("text", "lang", "page", "want"), UPDATED)
def test_an_update_told_in_the_past_holds_on_the_later_day(text, lang, page, want):
    got = _held(text, lang, page)
    for figure, held in want.items():
        found = [a for t, a in got if figure in t]
        assert found and set(found) == {held}, got


# (text, language, page date): nothing tells of an update, so nothing changes
UNCHANGED = [
    pytest.param(
        "The council will vote this Sunday on the plan, backed by 42 members.",
        "en",
        SATURDAY,
        id="en-future-plan",
    ),
    pytest.param(
        "A votação vai decorrer neste domingo e conta com 42 deputados.",
        "pt",
        SATURDAY,
        id="pt-future-plan",
    ),
    pytest.param(
        "La votación será este domingo y cuenta con 42 diputados.",
        "es",
        SATURDAY,
        id="es-future-plan",
    ),
    pytest.param(
        "Der Rat wird an diesem Sonntag abstimmen, 42 Mitglieder sind dafür.",
        "de",
        SATURDAY,
        id="de-future-plan",
    ),
    pytest.param(
        "La réunion est prévue ce dimanche avec 42 maires.",
        "fr",
        SATURDAY,
        id="fr-planned",
    ),
    pytest.param(
        "A assinatura foi marcada para este domingo com 42 autarcas.",
        "pt",
        SATURDAY,
        id="pt-past-tense-of-a-plan",
    ),
    pytest.param(
        "Il bilancio è stato aggiornato questa domenica: 42 morti a Valbruna.",
        "it",
        TUESDAY,
        id="it-weekday-before-the-page-date",
    ),
    pytest.param(
        "The toll was raised this Sunday to 42 dead in Norbury.",
        "en",
        TUESDAY,
        id="en-weekday-before-the-page-date",
    ),
    pytest.param(
        "The toll was raised on Sunday to 42 dead in Norbury.",
        "en",
        SATURDAY,
        id="en-no-demonstrative",
    ),
    pytest.param(
        "14:32 — The toll was raised this Sunday to 42 dead in Norbury.\n"
        "15:10 — Officials counted 45 dead.",
        "en",
        SATURDAY,
        id="en-live-page-with-entry-stamps",
    ),
]


@pytest.mark.parametrize(("text", "lang", "page"), UNCHANGED)
def test_no_update_leaves_the_page_as_it_was(text, lang, page, monkeypatch):
    got = _held(text, lang, page)
    assert got
    monkeypatch.setattr(extract, "updated_from", lambda doc, sentences: None)
    assert got == _held(text, lang, page)


@pytest.mark.parametrize(
    ("text", "lang", "page", "want"),
    [
        pytest.param(
            "Le bilan a été relevé ce dimanche.", "fr", SATURDAY, "2031-03-16", id="fr-found"
        ),
        pytest.param(
            "Le bilan a été relevé ce dimanche. Le maire a parlé ce lundi.",
            "fr",
            SATURDAY,
            None,
            id="fr-two-days-told",
        ),
        pytest.param(
            "Der Rat hat diesen Sonntag getagt. Er wird diesen Sonntag wieder tagen.",
            "de",
            SATURDAY,
            None,
            id="de-told-and-planned",
        ),
        pytest.param("Le bilan a été relevé ce dimanche.", "fr", None, None, id="no-page-date"),
    ],
)
def test_updated_day(text, lang, page, want):
    found = updated_day(text, page, lang)
    assert (found[0].isoformat() if found else None) == want
