"""Round-4 speed shortcuts give what the plain code gives.

Each shortcut (a prefilter before a loop of patterns, a pattern rewritten to scan faster,
a memo, a narrower scan) is checked against the plain code it stands for: on invented
sentences written to trip it, on every sentence of our corpora and on random strings.
"""

from __future__ import annotations

import random
import re
from datetime import date
from decimal import Decimal

import pytest
from speedkit import CORPORA, SENTENCES, plain_stamps, random_strings

from kfactcheck.claims import condition, counted, dated, entries, eventof, money, opening, places
from kfactcheck.grammar import dateroles, numbers, numlang, numscan, quotespans
from kfactcheck.grammar.dategrammar import _english
from kfactcheck.grammar.dates import find_dates
from kfactcheck.grammar.sentences import split_sentences
from kfactcheck.grammar.vocab import cue_pattern, literal_trie, vocab
from kfactcheck.read.corpus import read_corpus

# ---------------------------------------------------------------- condition_of's prefilter
CONDITION_CASES = [
    pytest.param("", " are still in hospital, five in intensive care.", "people", "en", id="ahead"),
    pytest.param("", " were missing, presumed dead.", "missing", "en", id="apposition"),
    pytest.param("Overnight, rescuers pulled out ", " people.", "rescued", "en", id="before"),
    pytest.param("Overnight 12 were rescued and ", " in all.", "rescued", "en", id="figure-after"),
    pytest.param("", " died overnight in the flood.", "deaths", "en", id="not-rising"),
    pytest.param("", " people, after a woman died in hospital.", "people", "en", id="clause-end"),
    pytest.param("", " people in the last 24 hours.", "people", "en", id="recent-hours"),
    pytest.param("Durante la noche, se rescató a ", " personas.", "rescued", "es", id="es"),
    pytest.param("", " Menschen liegen noch im Krankenhaus.", "people", "de", id="de"),
    pytest.param("", " personnes, toujours hospitalisées.", "people", "fr", id="fr"),
    pytest.param("", " people walked home.", "people", "en", id="none"),
]


def _slow_conditions(monkeypatch):
    """condition_of with its prefilter always letting the figure through."""
    everything = re.compile("")
    monkeypatch.setattr(condition, "_any_condition", lambda code, rising: (everything,) * 2)


@pytest.mark.parametrize(("before", "rest", "family", "lang"), CONDITION_CASES)
def test_condition_prefilter_gives_the_plain_answer(monkeypatch, before, rest, family, lang):
    fast = condition.condition_of(before, rest, family, lang)
    _slow_conditions(monkeypatch)
    assert fast == condition.condition_of(before, rest, family, lang)


@pytest.mark.parametrize("family", ["people", "deaths", "rescued", "missing"])
def test_condition_prefilter_over_every_figure_of_our_corpora(monkeypatch, family):
    cuts = [(s[: m.start()], s[m.end() :]) for s in SENTENCES for m in re.finditer(r"\d[\d,.]*", s)]
    fast = [condition.condition_of(b, r, family, "en") for b, r in cuts]
    _slow_conditions(monkeypatch)
    assert fast == [condition.condition_of(b, r, family, "en") for b, r in cuts]
    assert len(cuts) > 200


# ------------------------------------------------------------------ literal_trie
TRIE_CASES = [
    pytest.param(["in all", "in total"], "rose in total to 40", True, id="phrase"),
    pytest.param(["in all", "in total"], "in  total", False, id="two-spaces-no"),
    pytest.param(["overall", "all"], "overalls", True, id="inside-a-word"),
    pytest.param(["a.b", "x+y"], "a-b x+y", True, id="escaped"),
    pytest.param(["a.b"], "aXb", False, id="dot-is-literal"),
    pytest.param(["ab", "abc", "abd"], "xxabyy", True, id="prefix-word"),
    pytest.param(["nationwide"], "", False, id="empty-text"),
]


@pytest.mark.parametrize(("words", "text", "found"), TRIE_CASES)
def test_literal_trie_is_a_substring_test(words, text, found):
    assert (re.search(literal_trie(words), text) is not None) is found
    assert any(w in text for w in words) is found


def test_literal_trie_of_the_total_words():
    words = places._total_word_list()
    pattern = re.compile(literal_trie(words))
    pieces = [*words, "in", "all", "total", "nation", "wide", " ", "  ", "é", "x", "Total"]
    for text in random_strings(pieces, 5000, 3, 6) + SENTENCES:
        low = text.lower()
        assert (pattern.search(low) is not None) == any(w in low for w in words), text


# ------------------------------------------------------------------ _num
NUMS = ["0", "-0", "7", "2400", "999999999999", "1000000000000", "-999999999999", "1E+12"]
NUMS += ["12345678901234", "0.1", "2.5", "3.735", "123456789012.5", "1e-7", "-4.000"]


@pytest.mark.parametrize("text", NUMS)
def test_whole_figures_skip_only_a_rounding_that_changes_nothing(text):
    x = Decimal(text)
    plain = float(f"{float(x):.12g}")
    assert numbers._num(x) == plain
    assert repr(numbers._num(x)) == repr(plain)


# ------------------------------------------------------------------ changed_by's gate
def _plain_changed_by(before: str) -> bool:
    tail = before[-40:]
    return bool(counted.CHANGED_BY.search(tail) or counted._CHANGED_BY_OTHER.search(tail))


CHANGED = [
    pytest.param("wages rose by ", True, id="en"),
    pytest.param("die Zahl stieg um ", True, id="de"),
    pytest.param("el número aumentó en ", True, id="es"),
    pytest.param("het aantal steeg met\n", True, id="nl-line-break"),
    pytest.param("Stieg UM ", True, id="upper-case"),
    pytest.param("stieg um", False, id="no-space-after"),
    pytest.param("stieg umso ", False, id="longer-word"),
    pytest.param("aumentó eN\u00a0", True, id="no-break-space"),
    pytest.param("the toll stood at ", False, id="none"),
]


@pytest.mark.parametrize(("before", "found"), CHANGED)
def test_changed_by_gate_gives_the_plain_answer(before, found):
    assert counted.changed_by(before) is found
    assert _plain_changed_by(before) is found


def test_changed_by_gate_on_random_tails():
    pieces = ["stieg", "um", "UM", "met", "za", "en", "EN", "aument", "ó", " ", "\n", "x"]
    pieces += ["by", "rose", "İ", "ı", "\u212a", "di", "5"]
    for text in random_strings(pieces, 20000, 5, 8) + SENTENCES:
        assert counted.changed_by(text) == _plain_changed_by(text), text


# ------------------------------------------------------------------ clause marks
_OLD_CLAUSE_MARK = re.compile(r"[;!?]|(?<!\d)\.\s")


@pytest.mark.parametrize(
    "pattern", [places.CLAUSE_END, condition._CLAUSE_START], ids=["places", "condition"]
)
def test_clause_marks_written_mark_first_match_the_same(pattern):
    pieces = [";", "!", "?", ".", ". ", "5.", "5. ", "a. ", " ", "\n", "x", "1.5", "…"]
    for text in random_strings(pieces, 20000, 7) + SENTENCES:
        for pos in range(0, len(text) + 1, 5):
            old = [m.span() for m in _OLD_CLAUSE_MARK.finditer(text, pos)]
            assert [m.span() for m in pattern.finditer(text, pos)] == old, (text, pos)


# ------------------------------------------------------------------ event clauses
EVENTS = [
    pytest.param("58 died at the mine, where the dam broke on Friday.", 1, id="where"),
    pytest.param("WHERE it broke", 1, id="upper"),
    pytest.param(
        "onde o dique se rompeu, donde cayó, dove è crollato, wo es brach", 4, id="others"
    ),
    pytest.param("Où la digue a cédé", 1, id="accent-upper"),
    pytest.param("somewhere, elsewhere, wonder, two, dovetail", 0, id="inside-words"),
    pytest.param("No clause here.", 0, id="none"),
]


@pytest.mark.parametrize(("sentence", "n"), EVENTS)
def test_event_clauses_are_the_pattern_s_matches(sentence, n):
    spans = dated.event_clauses(sentence)
    assert spans == [m.span() for m in dated.EVENT_CLAUSE.finditer(sentence)]
    assert len(spans) == n


def test_event_clauses_onrandom_strings():
    pieces = ["where", "WHERE", "Wo", "wO", "onde", "ONDE", "où", "OÙ", "dove", "DONDE", " ", "x"]
    pieces += ["İ", "ſ", "\u212a", "-", "é"]
    for text in random_strings(pieces, 20000, 11, 6) + SENTENCES:
        assert dated.event_clauses(text) == [m.span() for m in dated.EVENT_CLAUSE.finditer(text)]


# ------------------------------------------------------------------ a sum's clause memo
MONEY_BEFORE = [
    pytest.param("La famille Morvan a promis ", "fr", id="fr"),
    pytest.param("The council, which approved it, said the bill was ", "en", id="en"),
    pytest.param("respectivement 200 et ", "fr", id="list"),
    pytest.param("", "en", id="empty"),
]


@pytest.mark.parametrize(("before", "code"), MONEY_BEFORE)
def test_clause_memo_gives_the_fresh_reading(before, code):
    fresh = money._read_clause_before(before, code)
    assert money._clause_before(before, code) == fresh
    assert money._clause_before(before, code) == fresh  # from the memo
    assert money._clause_before("Another " + before, code) == money._read_clause_before(
        "Another " + before, code
    )


# ------------------------------------------------------------------ tense markers
def _plain_spots(g, low: str) -> tuple[list[int], list[int]]:
    markers = [m.start() for m in re.finditer(r"\w+", low) if m.group() in g.tense_firsts]
    if g.tense_leads:
        markers = sorted(markers + [i for i, c in enumerate(low) if c in g.tense_leads])
    return markers, [m.start() for m in dateroles._ED.finditer(low)]


def _plain_tense(g, low: str, s: int, e: int) -> str | None:
    """_tense with both patterns run over the whole reach, as first written."""
    best, which = 96, None
    lo, hi = max(0, s - 80), min(len(low), e + 80)
    for mt in g.tense_rx.finditer(low, lo, hi):
        if s <= mt.start() < e:
            continue
        dist = s - mt.end() if mt.end() <= s else mt.start() - e + 15
        if dist < best:
            best, which = dist, "future" if mt["f"] else "past"
    for mt in g.past_ed.finditer(low, lo, hi):
        if s <= mt.start() < e:
            continue
        j = low.rfind(" ", lo, mt.start()) + 1 or lo
        if low[j : mt.end()] in g.not_past_ed:
            continue
        dist = s - mt.end() if mt.end() <= s else j - e + 15
        if dist < best:
            best, which = dist, "past"
    return which


TENSE_TEXT = [
    pytest.param("officials said on monday that talks will resume", id="said-will"),
    pytest.param("the vote is expected on friday, the ministry has confirmed", id="expected"),
    pytest.param("on monday 5 people and on tuesday 7 people " * 8, id="no-marker"),
    pytest.param("the willingness of officials on tuesday was noted " * 5, id="cut-word"),
    pytest.param("we'll meet on friday and they'd left on monday " * 6, id="apostrophes"),
]


@pytest.mark.parametrize("text", TENSE_TEXT)
def test_tense_reads_what_the_full_scan_reads(text):
    g = _english()
    low = text.lower()
    dateroles._tense_spots(g, low)  # the sentence's first date: spots kept from the second
    assert dateroles._tense_spots(g, low) == _plain_spots(g, low)
    for m in re.finditer(r"monday|tuesday|friday", low):
        assert dateroles._tense(g, low, *m.span()) == _plain_tense(g, low, *m.span())


def test_tense_over_our_corpora_at_every_word():
    g = _english()
    checked = 0
    for sentence in SENTENCES:
        low = sentence.lower()
        dateroles._tense_spots(g, low)
        assert dateroles._tense_spots(g, low) == _plain_spots(g, low)
        for m in re.finditer(r"\w+", low):
            got = dateroles._tense(g, low, *m.span())
            assert got == _plain_tense(g, low, *m.span()), (sentence, m.group())
            checked += 1
    assert checked > 5000


def _condition_phrases() -> list[tuple[str, str]]:
    """(language, phrase) of every condition, "*" written as a word ending."""
    table = vocab().raw.get("conditions", {})
    return [
        (code, phrase.replace("*", "s"))
        for spec in table.values()
        for code, phrases in spec.items()
        if isinstance(phrases, list)
        for phrase in phrases
    ]


@pytest.mark.parametrize("family", ["people", "deaths", "missing"])
def test_condition_prefilter_at_every_phrase(monkeypatch, family):
    """Each phrase of each language right after the figure, in an apposition, one word
    late, before the segment's end, and before the figure."""
    cases = []
    for code, phrase in _condition_phrases():
        p = phrase.replace("*", "")
        for rest in (f" {p}.", f" people, {p}.", f" were {p}", f" left, then {p}", f"{p}"):
            cases.append(("", rest, code))
        cases.append((f"{p.capitalize()}, ", " people were found.", code))
        cases.append((f"{p} 12 and ", " people.", code))
    fast = [condition.condition_of(b, r, family, code) for b, r, code in cases]
    _slow_conditions(monkeypatch)
    assert fast == [condition.condition_of(b, r, family, code) for b, r, code in cases]
    assert sum(f is not None for f in fast) > 50


def test_tense_when_the_reach_cuts_a_marker_out_of_a_longer_word():
    """ "was" of "washington" cut by the reach's end reads as a marker, as the full scan
    reads it: the shortcut scans the cut word's run from its start."""
    g = _english()
    words = sorted({w for w in g.tense_firsts if w.isalpha() and w.islower()})
    checked = 0
    for w in words:
        for pad in (0, 3, 20):
            head = "on monday "
            low = head + " " * (89 - len(w) - len(head) - pad) + "x" * pad + " " + w + "zzz yes"
            low = low if len(low) > 90 else low + " filler"
            dateroles._tense_spots(g, low)
            assert dateroles._tense(g, low, 3, 9) == _plain_tense(g, low, 3, 9), (w, pad)
            checked += 1
    assert checked > 20


# ------------------------------------------------------------------ the prefilter's loop
@pytest.mark.parametrize("lang", [None, "en", "fr", "de"], ids=["none", "en", "fr", "de"])
def test_held_is_may_hold_sentence_by_sentence(lang):
    from kfactcheck.claims import prefilter

    texts = [doc.text for doc in read_corpus([str(p) for p in CORPORA]).documents]
    pieces = ["one", "May", "x", "5", "٣", "İ", "sept", " ", ".", "\n", "trois", "Juli", "é"]
    texts += random_strings(pieces, 2000, 13, 20)
    for text in texts:
        spans = split_sentences(text)
        plain = [i for i, (a, b) in enumerate(spans) if prefilter.may_hold(text[a:b], lang)]
        assert list(prefilter.held(text, spans, lang)) == plain, text
        always = list(prefilter.held(text, spans, lang, lambda s, lang: True))
        assert always == list(range(len(spans)))


# ------------------------------------------------------------------ the conditions' trie
@pytest.mark.parametrize("code", ["en", "fr", "de", "es", "pt", "it", "nl", "hbs"])
def test_condition_trie_starts_where_the_joined_phrases_start(code):
    phrases = [p for c, p in _condition_phrases() if c == code]
    raw = [p for spec in vocab().raw["conditions"].values() for p in spec.get(code, ())]
    joined = re.compile("|".join(cue_pattern(p.lower()).pattern for p in raw))
    trie = re.compile(condition._cue_trie(raw))
    pieces = [*phrases, *(p.split()[0] for p in phrases), "x", " ", ",", "ss", "24", "\n"]
    for text in random_strings(pieces, 3000, 17, 6) + [p.lower() for p in phrases]:
        a, b = joined.search(text), trie.search(text)
        assert (a and a.start()) == (b and b.start()), text
        assert bool(joined.match(text)) == bool(trie.match(text)), text


# opening.names_event: whether a date names an event is read once a date of a sentence; the
# memo must give the plain answer whatever sentence came before
NAMED = [
    ("Suben a 40 los muertos por el sismo del 3 de mayo en Lorvia.", "es"),
    ("On 3 May police counted 40 dead.", "en"),
    ("The quake of 3 May killed 40 people, and on 4 May 12 more died.", "en"),
    ("A week earlier, 4,000 cyclists rode through Lorvia.", "en"),
    ("Police counted 9,000, twice the ride a week earlier.", "en"),
]


def _plain_names_event(sentence, d) -> bool:
    return bool(
        eventof.event_of().search(sentence, max(0, d.start - 60), d.start)
        or (
            d.text.lower().endswith("earlier")
            and not opening._OPENS_SENTENCE.search(sentence, 0, d.start)
        )
    )


@pytest.mark.parametrize(("sentence", "lang"), NAMED, ids=[s[:28] for s, _ in NAMED])
def test_names_event_memo_gives_the_plain_answer(sentence, lang):
    found = find_dates(sentence, date(2031, 5, 10), lang)
    assert found, sentence
    for other, other_lang in NAMED:  # every other sentence read first, its answers memoised
        for d in find_dates(other, date(2031, 5, 10), other_lang):
            opening.names_event(other, d)
        got = [opening.names_event(sentence, d) for d in found]
        assert got == [_plain_names_event(sentence, d) for d in found], other


def test_names_event_cases_hold_both_answers():
    answers = {
        _plain_names_event(s, d)
        for s, lang in NAMED
        for d in find_dates(s, date(2031, 5, 10), lang)
    }
    assert answers == {True, False}


# ------------------------------------------------------------------ the scanner's guards
# Invented sentences with a figure at each kind of branch the guards skip: digits before
# word branches (durations, ratios, dozens), words before digit branches (skips), a
# qualifier, a currency, digits in other scripts and figures glued to words.
SCAN_CASES = [
    pytest.param("Some 27 people left at 8.30am on 20 November.", id="digits-skip-time"),
    pytest.param("Two-thirds of the 3,500 troops, a quarter of a million.", id="fractions"),
    pytest.param("One in five voters, 3 in 10 and 12 out of 40 stayed.", id="ratios"),
    pytest.param("Two dozen boats, 3 dozen carts and a dozen mules.", id="dozens"),
    pytest.param("For 25 years, a quarter of a century, half a decade.", id="durations"),
    pytest.param("Between 40 and 50, from 9 to 12, more than 300 and ~ 700.", id="qualifiers"),
    pytest.param("US$ 4.5bn, $12 million, 300 euros and USD 7 went.", id="currency"),
    pytest.param("Call +44 20 7946 0958 or (202) 555-0123 on 9/11.", id="phones"),
    pytest.param("Dozens of homes, several hundred thousand, scores of cars.", id="vague"),
    pytest.param("٣٠ people and ２７ cars, 1,234,5 and 5G, magnitude-6.3.", id="other-digits"),
    pytest.param("Twenty-seven thousand and forty-two 1the 21st 4,500+ 40-odd.", id="glued"),
]
SCAN_LANGS = ["en", "fr", "de", "es", "it", "pt", "nl", "sr"]


def _scanners(lang: str):
    lex = numbers.ENGLISH if lang == "en" else numlang.lexicon(lang)
    return lex.scan, re.compile(numscan.unguarded(lex.scan.pattern), lex.scan.flags)


def _reads(scan: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in scan.finditer(text)]


@pytest.mark.parametrize("lang", SCAN_LANGS)
@pytest.mark.parametrize("text", SCAN_CASES)
def test_scanner_guards_read_what_the_plain_scanner_reads(text, lang):
    guarded, plain = _scanners(lang)
    assert guarded.pattern != plain.pattern  # the guards are there, and taken out
    assert _reads(guarded, text) == _reads(plain, text)


@pytest.mark.parametrize("lang", SCAN_LANGS)
def test_scanner_guards_on_corpora_andrandom_strings(lang):
    guarded, plain = _scanners(lang)
    pieces = [
        "1",
        "27",
        ",",
        ".",
        " ",
        "-",
        "+",
        "(",
        ")",
        "$",
        "%",
        "a",
        "one",
        "half",
        "dozen",
        "in",
        "of",
        "more than",
        "between",
        "and",
        "million",
        "am",
        "May",
    ]
    texts = SENTENCES + random_strings(pieces, 2000, seed=5)
    assert any(_reads(plain, t) for t in texts)
    for text in texts:
        assert _reads(guarded, text) == _reads(plain, text), text


# ------------------------------------------------------------------ the speakers' quote marks
QUOTE_CASES = [
    pytest.param("", id="empty"),
    pytest.param("No quotation here.", id="none"),
    pytest.param('“We stay,” said Ana Verde. "So do we."', id="curly-and-straight"),
    pytest.param("«Nous restons», a dit Paul. „Wir bleiben“, sagte Jan.", id="guillemets-low-9"),
    pytest.param('He is 5\'10" tall and said ""twice"".', id="inches-and-doubles"),
    pytest.param("“" * 5 + "”" * 5 + '"' * 3 + "„»«", id="runs"),
]


@pytest.mark.parametrize("text", QUOTE_CASES)
def test_quote_marks_are_where_the_pattern_finds_them(text):
    plain = [m.start() for m in quotespans._QUOTE_MARKS.finditer(text)]
    assert quotespans._quote_marks(text) == plain


def test_quote_marks_on_corpora_andrandom_strings():
    pieces = ["a", " ", "“", "”", '"', "«", "»", "„", "'", "‘", "\n"]
    texts = SENTENCES + random_strings(pieces, 2000, seed=11, k=30)
    assert any(quotespans._QUOTE_MARKS.search(t) for t in texts)
    for text in texts:
        assert quotespans._quote_marks(text) == [
            m.start() for m in quotespans._QUOTE_MARKS.finditer(text)
        ]


# ------------------------------------------------------------------ entry stamps' loop
STAMP_PAGES = [
    pytest.param("ore 14.05, 3 maggio\nIl conto sale a 12.\n", id="it"),
    pytest.param("14:32 — Police said 3 died.\n\n15:10 — Then 4.\n", id="dash"),
    pytest.param("Update 08.00 Uhr: Neue Zahlen. 12.50 Euro kostet es.", id="de-price"),
    pytest.param("Wednesday, 10:15\nRescuers found 7.\nMay 3, 11.20: Two more.", id="weekday"),
    pytest.param("No stamp here at all. At 14:30 the police said so.", id="none"),
]


@pytest.mark.parametrize("text", STAMP_PAGES)
def test_entry_stamps_as_the_plain_loop_finds_them(text):
    sentences = split_sentences(text)
    assert entries._stamps(text, sentences) == plain_stamps(text, sentences)


def test_entry_stamps_on_corpora():
    texts = [d.text for d in read_corpus([str(p) for p in CORPORA]).documents]
    texts += [p.values[0] for p in STAMP_PAGES]
    found = 0
    for text in texts:
        sentences = split_sentences(text)
        got = entries._stamps(text, sentences)
        assert got == plain_stamps(text, sentences)
        found += len(got)
    assert found


# placeframe.several_events reads its pattern only where an event noun's stem stands: every
# match of the pattern must hold one
EVENT_CLAUSES = [
    "Los dos terremotos de este mes han dejado 30 muertos",
    "both quakes killed",
    "i due terremoti hanno causato",
    "die beiden Erdbeben forderten",
    "les deux séismes ont fait",
    "Three tremors shook the valley",
    "a magnitude 6.3 earthquake",
    "the storm and the floods",
]


@pytest.mark.parametrize("clause", EVENT_CLAUSES)
def test_event_stem_holds_every_match(clause):
    from kfactcheck.claims import placeframe

    assert placeframe._several_events().search(clause), clause
    assert placeframe._event_stem().search(clause.lower()), clause


def test_event_stem_on_random_and_corpus_text():
    from kfactcheck.claims import placeframe

    rng = random.Random(7)
    nouns = vocab().raw["scope"]["event_nouns"]
    texts = [s for doc in read_corpus(CORPORA).documents for s in doc.text.split(". ")]
    texts += [
        f"{rng.choice(['two', 'tres', 'both', '3'])} {rng.choice(nouns)}s" for _ in range(300)
    ]
    for text in texts:
        if placeframe._several_events().search(text):
            assert placeframe._event_stem().search(text.lower()), text


# opening.names_event tries event_of (claims/eventof.py) only on a window whose last
# character (before spaces) some match can end with (eventof.event_of_last): the screen
# must pass every match
def _screened(text: str) -> bool:
    tail = text.rstrip()
    return bool(
        tail and eventof.event_of_last().fullmatch(tail[-1]) and eventof.event_of().search(text)
    )


EVENT_WINDOWS = [
    "killed by the quake of ",
    "el sismo del ",
    "la crue du\u00a0",
    "die Flut vom\t",
    "dopo l'alluvione dell'",
    "THE QUAKE OF LAST ",
    "el incendio del pasado ",
    "la tempête de la\n",
    "the fire on",
    "das Erdbeben vom vergangenen  ",
]


@pytest.mark.parametrize("window", EVENT_WINDOWS)
def test_event_of_last_passes_every_match(window):
    assert eventof.event_of().search(window), window
    assert _screened(window), window


def test_event_of_screen_on_random_windows_and_corpora():
    from kfactcheck.grammar.dategrammar import load_words

    words = load_words()["event_of"]
    pieces = [*words["nouns"], *words["of"], " ", "  ", "\u00a0", "\n", "last", "pasado", "3", ","]
    pieces += [p.upper() for p in words["of"]] + ["dernier", "vergangenen", "x", "'"]
    texts = random_strings(pieces, 4000, seed=11, k=6)
    texts += [s[max(0, i - 60) : i] for s in SENTENCES for i in range(0, len(s), 5)]
    hits = 0
    for text in texts:
        plain = bool(eventof.event_of().search(text))
        assert _screened(text) == plain, repr(text)
        hits += plain
    assert hits
