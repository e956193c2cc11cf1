"""Round-6 speed shortcuts give what the plain code gives (as test_speed_round5.py does for
round 5): each one against the plain code it stands for, on invented cases written to trip
it, on our corpora's texts and on random strings."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from speedkit import CORPORA, random_strings

from kfactcheck.claims import entries, prefilter, updated
from kfactcheck.grammar.sentences import split_sentences
from kfactcheck.read.corpus import read_corpus

TEXTS = [d.text for d in read_corpus([str(p) for p in CORPORA]).documents]

# ------------------------------------------- entry stamps among the prefilter's sentences

LIVE_PAGES = [
    pytest.param("Ore 9.40, 2 aprile\nSalgono a 14 i feriti.\n\nore 11.05 Bilancio.", id="it"),
    pytest.param("16:20 — Crews reached Dunmere.\n\n17:45 — Two more were found.", id="dash"),
    pytest.param("Aktualisiert 10.30 Uhr: Keine Zahl.\n\n12:00 | Mehr Helfer.", id="de"),
    pytest.param("Tuesday, 08:10\nNo figure here.\nJune 4, 09.55: Roads shut.", id="weekday"),
    pytest.param("Actualización 18:05 — Llueve.\n\n19.30 h: Sigue la búsqueda.", id="es"),
    pytest.param("Nothing stamped. At 10:30 the mayor spoke of ten streets.", id="none"),
]
STAMP_PIECES = ["ore", "Update", "16:20", "9.40", " — ", ": ", "\n\n", "\n", " ", "Uhr", "."]
STAMP_PIECES += ["June 4", "2 aprile", "Crews came", "٣", "١٢:٣٠", "x", "Tuesday,", "h"]


@pytest.mark.parametrize("lang", [None, "en", "it", "de"], ids=["none", "en", "it", "de"])
def test_stamps_among_prefiltered_sentences_are_all_the_stamps(lang):
    # a stamp holds a clock time's digits, so the prefilter passes its sentence: looking
    # only among those (extract.py) finds every stamp the loop over all sentences finds
    texts = [p.values[0] for p in LIVE_PAGES] + TEXTS + random_strings(STAMP_PIECES, 3000, 6, 14)
    found = 0
    for text in texts:
        sentences = split_sentences(text)
        among = list(prefilter.held(text, sentences, lang))
        every = entries._stamps(text, sentences)
        assert entries._stamps(text, sentences, among) == every, text
        found += len(every)
    assert found > 20  # the texts do hold stamps


@pytest.mark.parametrize("text", LIVE_PAGES)
def test_entry_days_among_prefiltered_sentences(text):
    sentences = split_sentences(text)
    among = list(prefilter.held(text, sentences))
    ref = date(2026, 4, 3)
    assert entries.entry_days(text, sentences, ref, "", among) == entries.entry_days(
        text, sentences, ref
    )


def test_stamps_among_none_reads_nothing():
    text = LIVE_PAGES[1].values[0]
    sentences = split_sentences(text)
    assert entries._stamps(text, sentences)
    assert entries._stamps(text, sentences, []) == []


# ------------------------------------------------ updated_day: pages with no mention at all

UPDATE_PIECES = ["this", "This", "ce", "Cette", "este", "deste", "Diesem", "an diesem", "deze"]
UPDATE_PIECES += ["questa", "nesta", " ", "  ", "\n", ".", ",", "(", "x", "é", "_", "7", "-"]
UPDATE_PIECES += ["Sunday", "sunday", "Monday", "domingo", "Sonntag", "lunedì", "segunda"]
UPDATE_PIECES += ["-feira", "feira", "zondag", "nedjelju", "K", "ſ", "İ", "was revised"]
UPDATE_PIECES += ["will vote", "Saturday", "the toll rose"]
UPDATE_TEXTS = [
    "The toll was revised this Sunday to 40.",
    "Lo scorso bilancio è stato aggiornato questa domenica.",
    "xthis Sunday and _this Monday and 7this Sunday are inside words.",
    "this Sunday opens the text.",
    "Crews said (this Sunday) that 12 died.",
    "Vote will be this Sunday.",
]


def _plain_kept(text, spans, pattern):
    """Whether updated_day's loop meets a match it does not refuse as inside a word."""
    for a, b in spans:
        for m in pattern.finditer(text, a, b):
            if not (m.start() and updated._word_char(text[m.start() - 1])):
                return True
    return False


def _span_sets(text: str):
    n = len(text)
    yield [(0, n)]
    yield [(0, n // 2), (n // 2 + 1, n)]  # a span that starts inside a word, maybe
    yield [(min(3, n), max(min(3, n), n - 2))]


@pytest.mark.parametrize("source", ["invented", "corpora-and-random"])
def test_may_name_lets_every_kept_mention_through(source):
    texts = UPDATE_TEXTS if source == "invented" else TEXTS + random_strings(UPDATE_PIECES, 3000, 6)
    kept = 0
    for text in texts:
        for wd in range(7):
            days = frozenset((wd + k) % 7 for k in updated._AHEAD_DAYS)
            pattern, after = updated._this_weekday(days), updated._after_non_word(days)
            for spans in _span_sets(text):
                plain = _plain_kept(text, spans, pattern)
                # never False where the loop keeps a mention (True alone may be refused)
                assert updated._may_name(text, spans, pattern, after) or not plain, (text, spans)
                kept += plain
    assert kept  # the texts do hold mentions the loop keeps


@pytest.mark.parametrize("source", ["invented", "corpora-and-random"])
def test_updated_day_as_without_the_gate(monkeypatch, source):
    texts = UPDATE_TEXTS if source == "invented" else TEXTS + random_strings(UPDATE_PIECES, 600, 7)
    refs = [date(2026, 3, 7) + timedelta(days=k) for k in range(7)]  # every weekday
    got = []
    for text in texts:
        for ref in refs:
            for spans in _span_sets(text):
                got.append(updated.updated_day(text, ref, "en", spans))
    monkeypatch.setattr(updated, "_may_name", lambda *args: True)
    plain = []
    for text in texts:
        for ref in refs:
            for spans in _span_sets(text):
                plain.append(updated.updated_day(text, ref, "en", spans))
    assert got == plain
    assert any(got) if source == "invented" else True
