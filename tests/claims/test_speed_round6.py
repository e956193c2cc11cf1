"""Round-6 speed shortcuts give what the plain code gives (as test_speed_round5.py does for
round 5): each one against the plain code it stands for, on invented cases written to trip
it, on our corpora's texts and on random strings."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from speedkit import CORPORA, SENTENCES, random_strings

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


# ------------------------------------------- onset verbs before a date: a test in C first

ONSET_PIECES = ["the fire", "broke out", "BROKE  OUT", "began", "Begun", "struck", "ruiu", "é"]
ONSET_PIECES += ["scoppiato", "ausgebrochen", "se desató", "comenzó", "s'est déclaré", "on"]
ONSET_PIECES += [" ", "  ", "\n", ",", "(", "early", "Tuesday", "K", "ſ", "ı", "İ", "x"]
ONSET_TEXTS = [
    "58 dead in the storm, which broke out on Tuesday",
    "the quake that struck early on",
    "o incêndio que deflagrou na",
    "l'incendio è scoppiato nella notte di",
    "the blaze BEGAN on (",
    "no verb here at all before the day",
]


@pytest.mark.parametrize("source", ["invented", "corpora-and-random"])
def test_onset_gate_agrees_with_the_pattern(source):
    from kfactcheck.claims import opening
    from kfactcheck.read.textdate import onset_before

    texts = (
        ONSET_TEXTS if source == "invented" else SENTENCES + random_strings(ONSET_PIECES, 2000, 9)
    )
    found = 0
    for text in texts:
        for i in range(len(text) + 1):
            lo = max(0, i - 40)
            plain = onset_before(text, lo, i)
            got = opening._holds(text, lo, i, opening.onset_re(), opening._onset_ascii())
            assert got == plain, (text, i)
            found += plain
    assert found


def test_onset_words_leave_out_only_verbs_ascii_text_cannot_hold():
    from kfactcheck.claims import opening

    words = opening._onset_ascii()
    assert "broke" in words and "ausgebrochen" in words
    assert not any("é" in w or "ó" in w for w in words)
    assert opening._matches_ascii("ſ") and opening._matches_ascii("K")
    assert not opening._matches_ascii("é")


# ------------------------------------------------ own_source: a source gapped before a figure

GAP_PIECES = ["and", "AND", "while", "et", "tandis que", "y", "e", "und", "während", "the"]
GAP_PIECES += ["organisers", "Police", "die Veranstalter", "les organisateurs", "los sindicatos"]
GAP_PIECES += ["ministry", "health ministry", " ", "  ", ",", " ,", "\n", "x", "é", "K", "ſ"]
GAP_TEXTS = [
    "police counted 7,500 and the organisers 30,000",
    "police counted 7,500 and the organisers, 30,000",
    "la police 7 500 et les organisateurs 30 000",
    "die Polizei 700 und die Veranstalter 2000",
    "12 in Norbury and 7 in Tessburg",
]


@pytest.mark.parametrize("lang", ["en", "fr", "de", "es"])
def test_gapped_source_gate_lets_every_match_through(lang):
    from kfactcheck.grammar import speakers

    gapped, _ = speakers._own_source_patterns(lang)
    texts = GAP_TEXTS + SENTENCES + random_strings(GAP_PIECES, 2000, 10)
    found = 0
    for text in texts:
        for i in range(len(text) + 1):
            lo = max(0, i - 60)
            plain = gapped.search(text, lo, i) is not None
            assert speakers._may_end_in_head(text[lo:i], lang) or not plain, (text, i)
            found += plain
    assert found


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
def test_own_source_as_without_the_gate(monkeypatch, lang):
    from kfactcheck.grammar import speakers

    texts = GAP_TEXTS + SENTENCES[:400] + random_strings([*GAP_PIECES, "30,000", "7"], 400, 11)
    spots = [(t, i) for t in texts for i in range(0, len(t), 3)]
    got = [speakers.own_source(t, i, i, lang) for t, i in spots]
    monkeypatch.setattr(speakers, "_may_end_in_head", lambda window, lang: True)
    assert got == [speakers.own_source(t, i, i, lang) for t, i in spots]
    assert any(got)


# ------------------------- a span's first day and period starts, once a sentence's dates

SPAN_SENTENCES = [
    pytest.param("Dans la nuit du 11 au 12 octobre, 40 maisons ont brûlé.", id="fr-du-au"),
    pytest.param("Vom 3. bis zum 5. Mai kamen 12 Helfer, seit Samstag 30 mehr.", id="de-bis-zum"),
    pytest.param("Del 8 al 9 de marzo murieron 14 personas y desde el sábado 3.", id="es-del-al"),
    pytest.param("From 4 to   6 June, 20 boats; 7 and 9 June, 11 more.", id="en-spaces"),
    pytest.param("Dal 16 maggio 9 morti, il 17 maggio 12, 18 e 19 maggio 20.", id="it-dal"),
    pytest.param("No date here: 12 and 14 people.", id="none"),
]
SPAN_PIECES = ["du", " au ", "12", " 3 ", "octobre", "Mai", " bis zum ", "seit", "desde el"]
SPAN_PIECES += ["sábado", " ", ",", ".", "und", "to", "June", "7", "19", "dal", "maggio", " e "]


def _plain_day_before(sentence, q, dates):
    from kfactcheck.claims.lists import _DAY_TO

    if not dates or q.qualifier != "exact" or q.unit is not None or q.spelled:
        return False
    if not (q.value == int(q.value) and 1 <= q.value <= 31):
        return False
    return any(
        d.start >= q.end and _DAY_TO.fullmatch(sentence, q.end, d.start) is not None for d in dates
    )


def test_a_span_s_first_day_as_the_loop_over_every_date_finds_it():
    # lists.day_before_date looks only at the dates right after a figure, in order of start
    from kfactcheck.claims.lists import day_before_date
    from kfactcheck.grammar.dates import find_dates
    from kfactcheck.grammar.numbers import find_quantities

    texts = [p.values[0] for p in SPAN_SENTENCES] + random_strings(SPAN_PIECES, 2000, 9, 12)
    checked = 0
    for text in texts:
        for lang in ("en", "fr", "de", "es", "it"):
            dates = find_dates(text, date(2031, 5, 20), lang)
            for q in find_quantities(text, lang=lang):
                want = _plain_day_before(text, q, dates)
                assert day_before_date(text, q, list(reversed(dates))) is want, (text, q)
                assert day_before_date(text, q, dates) is want, (text, q)
                checked += want
    assert checked  # the cases hold first days, not only figures that are none


def test_period_starts_once_a_sentence_as_for_each_figure():
    from kfactcheck.claims.opening import _without_period_starts
    from kfactcheck.claims.periodstart import opens_period
    from kfactcheck.grammar.dates import find_dates

    texts = [p.values[0] for p in SPAN_SENTENCES] + random_strings(SPAN_PIECES, 1000, 10, 12)
    seen = 0
    for text in texts:
        for lang in ("fr", "de", "es", "it"):
            dates = find_dates(text, date(2031, 5, 20), lang)
            kept = [d for d in dates if not opens_period(text, d)]
            want = None if len(kept) == len(dates) else kept
            for _ in range(2):  # asked again for the next figure: the same answer
                assert _without_period_starts(text, dates) == want, text
            seen += want is not None
    assert seen  # some sentences do open a period
