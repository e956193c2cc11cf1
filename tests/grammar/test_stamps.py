"""Entry stamps of live pages (grammar/stamps.py) and the sentence breaks they make."""

import pytest

from kfactcheck.grammar.sentences import split_sentences
from kfactcheck.grammar.stamps import entry_stamp

# (text, the stamp's words, (hour, minute), (month, day, year) or None)
STAMPS = [
    pytest.param(
        "ore 10.12, 3 marzo Il sindaco di Borvello",
        "ore 10.12, 3 marzo",
        (10, 12),
        (3, 3, None),
        id="it-ore-day",
    ),
    pytest.param(
        "Aggiornamento ore 07.30, 4 marzo Sono 40",
        "Aggiornamento ore 07.30, 4 marzo",
        (7, 30),
        (3, 4, None),
        id="it-aggiornamento",
    ),
    pytest.param("ore 22.05 La prefettura", "ore 22.05", (22, 5), None, id="it-time-only"),
    pytest.param("16:48 — Crews in Tarnwick said", "16:48 —", (16, 48), None, id="en-dash"),
    pytest.param(
        "Updated at 6.20pm GMT\nThe council",
        "Updated at 6.20pm GMT",
        (18, 20),
        None,
        id="en-updated-pm-zone",
    ),
    pytest.param(
        "Update 11.15 Uhr: Die Feuerwehr in Ostrau",
        "Update 11.15 Uhr:",
        (11, 15),
        None,
        id="de-update-uhr",
    ),
    pytest.param(
        "Dienstag, 9. Mai, 14.30 Uhr: Die Polizei",
        "Dienstag, 9. Mai, 14.30 Uhr:",
        (14, 30),
        (5, 9, None),
        id="de-weekday-day-first",
    ),
    pytest.param("21h10 : La préfecture de Morlanges", "21h10 :", (21, 10), None, id="fr-h-colon"),
    pytest.param(
        "Actualización 13:40, 2 de octubre El alcalde",
        "Actualización 13:40, 2 de octubre",
        (13, 40),
        (10, 2, None),
        id="es-actualizacion",
    ),
    pytest.param(
        "Atualização às 09h05 - O governo de Vilarém",
        "Atualização às 09h05 -",
        (9, 5),
        None,
        id="pt-atualizacao",
    ),
    pytest.param(
        "08:15, 12 June 2030 — Rescuers",
        "08:15, 12 June 2030 —",
        (8, 15),
        (6, 12, 2030),
        id="en-day-with-year",
    ),
    pytest.param("09:00\nThe first buses", "09:00", (9, 0), None, id="time-alone-on-its-line"),
]

STAMPS += [
    pytest.param(
        "7.05 am (GMT)\nCrews reached", "7.05 am (GMT)", (7, 5), None, id="en-zone-in-brackets"
    ),
    pytest.param(
        "14.10., 09:30 Uhr: Bisher 12 Tote",
        "14.10., 09:30 Uhr:",
        (9, 30),
        (10, 14, None),
        id="de-numeric-day",
    ),
    pytest.param(
        "Donnerstag, 18.40 Uhr: Die Lage",
        "Donnerstag, 18.40 Uhr:",
        (18, 40),
        None,
        id="de-weekday-time",
    ),
    pytest.param(
        "Ore 11:05 - Un elicottero", "Ore 11:05 -", (11, 5), None, id="it-ore-capitalised"
    ),
]

STAMPS += [
    pytest.param(
        "Mis à jour le 12 mars à 14h05 Le bilan",
        "Mis à jour le 12 mars à 14h05",
        (14, 5),
        (3, 12, None),
        id="fr-mis-a-jour-le",
    ),
    pytest.param(
        "Aggiornato il 9 maggio alle 10.30 Il sindaco",
        "Aggiornato il 9 maggio alle 10.30",
        (10, 30),
        (5, 9, None),
        id="it-aggiornato-il",
    ),
    pytest.param(
        "Atualizado em 14/05/2031 às 10h30 O governo",
        "Atualizado em 14/05/2031 às 10h30",
        (10, 30),
        (5, 14, 2031),
        id="pt-numeric-day-with-year",
    ),
    pytest.param(
        "Sábado, 15 de junio, 10:45 h. El alcalde",
        "Sábado, 15 de junio, 10:45 h.",
        (10, 45),
        (6, 15, None),
        id="es-weekday-day-h",
    ),
]

NOT_STAMPS = [
    pytest.param("On 3 June at 14:30, police said", id="a-comma-goes-on"),
    pytest.param("ore 14.14, il bilancio", id="it-a-comma-goes-on"),
    pytest.param("at 14:30 the police said", id="clock-time-in-a-clause"),
    pytest.param("14:30 the police said", id="lower-case-after"),
    pytest.param("12.50 Euro kostet die Karte", id="a-price"),
    pytest.param("1.500 Soldaten sind im Einsatz", id="thousands"),
    pytest.param("2030 Olympics", id="a-year"),
    pytest.param("3.5 Millionen Menschen", id="a-decimal"),
]


@pytest.mark.parametrize(("text", "words", "time", "day"), STAMPS)
def test_entry_stamp(text, words, time, day):
    s = entry_stamp(text, 0)
    assert s is not None
    assert text[s.start : s.end] == words
    assert (s.hour, s.minute) == time
    assert ((s.month, s.day, s.year) if s.month else None) == day


@pytest.mark.parametrize("text", NOT_STAMPS)
def test_not_a_stamp(text):
    assert entry_stamp(text, 0) is None


# (text, the sentences)
SPLITS = [
    pytest.param(
        "Furono evacuati. ore 18.20, 3 marzo Il bilancio sale a 12.",
        ["Furono evacuati.", "ore 18.20, 3 marzo", "Il bilancio sale a 12."],
        id="it-lower-case-stamp-after-a-stop",
    ),
    pytest.param(
        "Live\n\n16:48 — Crews said 4 died.\n16:02 — Roads closed.",
        ["Live", "16:48 —", "Crews said 4 died.", "16:02 —", "Roads closed."],
        id="en-entries-on-lines",
    ),
    pytest.param(
        "Update 11.15 Uhr: Die Feuerwehr meldet 30 Verletzte.",
        ["Update 11.15 Uhr:", "Die Feuerwehr meldet 30 Verletzte."],
        id="de-text-opens-with-a-stamp",
    ),
    pytest.param(
        "At 14:30 the police said 30 had died. The mayor spoke at 16.00 in Tarnwick.",
        ["At 14:30 the police said 30 had died.", "The mayor spoke at 16.00 in Tarnwick."],
        id="clock-times-inside-sentences-stay",
    ),
    pytest.param(
        "Le bilan est de 8 morts. à 14h30 les secours sont arrivés.",
        ["Le bilan est de 8 morts. à 14h30 les secours sont arrivés."],
        id="fr-lower-case-clause-is-no-stamp",
    ),
]


@pytest.mark.parametrize(("text", "want"), SPLITS)
def test_stamps_break_sentences(text, want):
    assert [text[a:b] for a, b in split_sentences(text)] == want


# lines that open with a bare time (no word, dash or day with it): stamps only on a page
# with several such lines
BARE = [
    pytest.param(
        "Diretta\n\n21.40 Sale il bilancio a 30.\n\n19.05 Il prefetto parla.\n\n"
        "17.30 Arrivano i soccorsi.",
        [
            "Diretta",
            "21.40",
            "Sale il bilancio a 30.",
            "19.05",
            "Il prefetto parla.",
            "17.30",
            "Arrivano i soccorsi.",
        ],
        id="it-a-page-of-bare-times",
    ),
    pytest.param(
        "Preise\n\n12.50 Euro kostet die Karte.\n\nDer Eintritt ist frei.",
        ["Preise", "12.50 Euro kostet die Karte.", "Der Eintritt ist frei."],
        id="de-one-price-line-is-no-stamp",
    ),
]


@pytest.mark.parametrize(("text", "want"), BARE)
def test_bare_times_on_a_page_of_them(text, want):
    assert [text[a:b] for a, b in split_sentences(text)] == want
