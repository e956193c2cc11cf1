"""A live page's entries date their figures (claims/entries.py)."""

from datetime import date

import pytest

from kfactcheck.claims.entries import entry_days
from kfactcheck.grammar.sentences import split_sentences

# (text, the page's date, the month shown, {a sentence's first words: its entry's day})
DAYS = [
    pytest.param(
        "ore 21.10, 3 marzo Il bilancio è di 12. ore 18.05 Sono 9 i morti.",
        None,
        "2031-03",
        {"Il bilancio": "2031-03-03", "Sono 9": "2031-03-03"},
        id="it-time-only-takes-the-day-above",
    ),
    pytest.param(
        "02:10, 5 March — The toll is 15.\n01:30 — The toll is 14.\n"
        "00:40 — The toll is 13.\n23:50 — The toll is 12.",
        None,
        "2031-03",
        {"The toll is 13": "2031-03-05", "The toll is 12": "2031-03-04"},
        id="en-newest-first-past-midnight",
    ),
    pytest.param(
        "08:00, 4 March — The toll is 10.\n14:00 — The toll is 12.\n"
        "20:00 — The toll is 13.\n01:10 — The toll is 15.",
        None,
        "2031-03",
        {
            "The toll is 10": "2031-03-04",
            "The toll is 12": "2031-03-04",
            "The toll is 15": "2031-03-05",
        },
        id="en-oldest-first-past-midnight",
    ),
    pytest.param(
        "Update 11.15 Uhr: Die Feuerwehr meldet 30 Verletzte.\nUpdate 09.40 Uhr: Es sind 20.",
        date(2031, 7, 9),
        "",
        {"Die Feuerwehr": "2031-07-09", "Es sind": "2031-07-09"},
        id="de-time-only-takes-the-page-date",
    ),
    pytest.param(
        "Actualización 10:00, 30 de diciembre El balance es de 8 muertos.",
        date(2032, 1, 2),
        "",
        {"El balance": "2031-12-30"},
        id="es-yearless-day-before-the-page-date",
    ),
    pytest.param(
        "Avant. 10h45 : Le bilan est de 5 morts.",
        None,
        "",
        {"Le bilan": ""},
        id="fr-no-day-known-dates-nothing",
    ),
]


@pytest.mark.parametrize(("text", "ref", "shown", "want"), DAYS)
def test_entry_days(text, ref, shown, want):
    sentences = split_sentences(text)
    days = entry_days(text, sentences, ref, shown) or [""] * len(sentences)
    got = {text[a:b]: d for (a, b), d in zip(sentences, days, strict=True)}
    for words, day in want.items():
        assert [d for s, d in got.items() if s.startswith(words)] == [day], got


def test_no_stamp_no_entries():
    text = "At 14:30 the police said 30 had died."
    assert entry_days(text, split_sentences(text), None, "2031-03") is None


DAYS_BARE = [
    pytest.param(
        "Diretta\n\n08.10, 5 marzo Il bilancio sale a 30.\n\n21.40 Sono 25 i morti.\n\n"
        "19.05 Il prefetto parla.\n\n17.30 Sono 18 i morti.",
        {"Il bilancio": "2031-03-05", "Sono 25": "2031-03-04", "Sono 18": "2031-03-04"},
        id="it-bare-times-below-a-dated-stamp",
    ),
]


@pytest.mark.parametrize(("text", "want"), DAYS_BARE)
def test_entry_days_of_bare_times(text, want):
    test_entry_days(text, None, "2031-03", want)


# the figures of a page with no date, as reported: (text, {figure: as_of})
REPORTED = [
    pytest.param(
        "Aggiornamento ore 08.10, 7 maggio 2031 Sono 80 i morti. ore 19.30, 6 maggio 2031 "
        "Il bilancio sale a 64, 40 a Borvello e 24 a Castrani.",
        {"80": "2031-05-07", "64": "2031-05-06", "40": "2031-05-06", "24": "2031-05-06"},
        id="it-every-figure-of-an-entry",
    ),
    pytest.param(
        "14:20, 6 May 2031 — The toll stands at 64. The toll was 12 people on 2 May 2031.",
        {"64": "2031-05-06", "12": "2031-05-02"},
        id="en-a-sentence-s-own-date-wins",
    ),
]


@pytest.mark.parametrize(("text", "want"), REPORTED)
def test_entry_figures_reported(tmp_path, text, want):
    from kfactcheck.pipeline import Settings, build_report

    (tmp_path / "a.md").write_text(f"Borvello\n\n{text}\n", "utf-8")
    report = build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))
    got = {c.text: c.as_of for c in report.claims if c.unit not in ("date", "year")}
    for figure, held in want.items():
        assert [a for t, a in got.items() if t.split()[0] == figure] == [held], got


# two entries of one day in one live page: (text, whether a discrepancy is found)
ONE_DAY = [
    pytest.param(
        "ore 18.20, 5 maggio 2031 Il bilancio dei morti del terremoto è salito a 64.\n\n"
        "ore 12.10 Il bilancio dei morti del terremoto è di 52.",
        False,
        id="it-newer-entry-higher-is-the-day-s-update",
    ),
    pytest.param(
        "ore 18.20, 5 maggio 2031 Il bilancio dei morti del terremoto è di 52.\n\n"
        "ore 12.10 Il bilancio dei morti del terremoto è di 64.",
        True,
        id="it-newer-entry-lower-still-disputes",
    ),
]


@pytest.mark.parametrize(("text", "flagged"), ONE_DAY)
def test_entries_of_one_day(tmp_path, text, flagged):
    from kfactcheck.pipeline import Settings, build_report

    (tmp_path / "a.md").write_text(f"Borvello\n\n{text}\n", "utf-8")
    report = build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))
    days = {c.as_of for c in report.claims if c.unit not in ("date", "year")}
    assert days == {"2031-05-05"}
    found = [f for f in report.findings if f.kind == "discrepancy"]
    assert bool(found) == flagged, [(f.kind, f.claims) for f in report.findings]
