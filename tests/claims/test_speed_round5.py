"""Round-5 speed shortcuts give what the plain code gives (as test_speed_paths.py does for
earlier rounds): each one against the plain code it stands for, on invented cases written
to trip it, on our corpora's sentences and on random strings."""

from __future__ import annotations

import re

import pytest
from speedkit import CORPORA, SENTENCES, plain_stamps, random_strings

from kfactcheck.claims import entries, money
from kfactcheck.grammar import numbers, speakers, speakerwords
from kfactcheck.grammar.sentences import split_sentences
from kfactcheck.grammar.stamps import stamp_openers
from kfactcheck.read.corpus import read_corpus

# ------------------------------------------------------- entry stamps: the openers' gate


OPENER_TAILS = [" 10:15", " 3 March, 10:15", " 3, 10:15", " 10.15 Uhr:", " 10:15 —"]


@pytest.mark.parametrize("size", ["two", "three-or-more"])
def test_entry_stamps_gate_lets_every_opener_through(size):
    # every word a stamp may open with, as a stamp of its own between two paragraphs: the
    # gate on a sentence's first characters (entries._opener_heads) drops none of them
    words = [w for w in stamp_openers() if (len(w) > 2) == (size != "two")]
    found = 0
    for word in words:
        for tail in OPENER_TAILS:
            text = f"Intro.\n\n{word}{tail}\n\nRescuers found 7."
            sentences = split_sentences(text)
            got = entries._stamps(text, sentences)
            assert got == plain_stamps(text, sentences), word
            found += bool(got)
    assert found >= len(words) // 2  # most of them do open a stamp here


@pytest.mark.parametrize(
    ("word", "where"),
    [
        pytest.param("Monday", 0, id="long-word-by-its-head"),
        pytest.param("ore", 0, id="three-letters"),
        pytest.param("Am", 1, id="two-letters-whole"),
        pytest.param("The", None, id="no-opener"),
    ],
)
def test_opener_heads_sort_the_openers_by_length(word, where):
    sets = entries._opener_heads()
    assert [word[:3] in s for s in sets[:1]] + [word in s for s in sets[1:]] == [
        i == where for i in range(3)
    ]


# money._plain skips the elision pattern for a word with no apostrophe
@pytest.mark.parametrize(
    ("word", "plain"),
    [
        pytest.param("Promis", "promis", id="no-apostrophe"),
        pytest.param("L'aide", "aide", id="elided-article"),
        pytest.param("d’Orvane", "orvane", id="curly-apostrophe"),
        pytest.param("Qu'il", "il", id="qu"),
        pytest.param("rock'n'roll", "rock'n'roll", id="apostrophe-not-elision"),
        pytest.param("ÉTAT", "état", id="capitals"),
    ],
)
def test_money_plain_word(word, plain):
    assert money._plain(word) == plain == money._ELIDED.sub("", word.lower())


# speakerwords.full_names: full_re tried only where full_start matches, as finditer finds
FULL_NAME_CASES = [
    pytest.param("Transport Minister Tobiah Kowal said so.", id="title-and-name"),
    pytest.param("Brig. Gen. Luca Piperni spoke. Mr. Hale left.", id="abbreviations"),
    pytest.param("said Jens van der Berg and J. R. Tolkien", id="particles-initials"),
    pytest.param("(Anna Lise) “Marta Gil” 3Pia Ros xAnn Lee", id="after-marks-and-letters"),
    pytest.param("Ana Maria\tdos Santos, Jr. Smith Sr.Ann Bell", id="tab-and-glued-abbreviation"),
    pytest.param("O'Neill al-Hassan Workers' Union met Łukasz Ćosić.", id="apostrophes-accents"),
    pytest.param("The Lunetta rail link. Shopkeepers in Ilvane said", id="sentence-starts"),
    pytest.param("Ann\nLee, Bob  Crane", id="line-break-is-no-space"),
    pytest.param("", id="empty"),
]
FULL_NAME_LANGS = ["en", "fr", "de", "es", "pt", "it", "nl", "hbs"]


def _full_plain(text, lex):
    return [(m.start(), m.end()) for m in lex.full_re.finditer(text)]


@pytest.mark.parametrize("lang", FULL_NAME_LANGS)
@pytest.mark.parametrize("text", FULL_NAME_CASES)
def test_full_names_are_full_re_s_matches(text, lang):
    lex = speakerwords._lexicon(lang)
    assert [m.span() for m in speakerwords.full_names(text, lex)] == _full_plain(text, lex)


@pytest.mark.parametrize("lang", FULL_NAME_LANGS)
def test_full_names_on_corpora_andrandom_strings(lang):
    lex = speakerwords._lexicon(lang)
    pieces = ["Mr. ", "Dr.", "J. ", "Jens ", "Stoltenberg", " van ", " de ", " von ", "al-", "O'"]
    pieces += ["Neill ", "Workers' ", "’s ", "\t", " ", "\n", ".", ",", "É", "Łukasz ", "KFOR "]
    pieces += ["said ", "the ", "(", "“", "1 ", "x", "Sr.", "St", "Die ", "Polizei ", "la "]
    texts = random_strings(pieces, 3000, seed=7, k=30) + SENTENCES
    found = 0
    for text in texts:
        got = [m.span() for m in speakerwords.full_names(text, lex)]
        assert got == _full_plain(text, lex), text
        found += len(got)
    assert found


# speakers._Reading.verbs_in: a sentence that ends in a character no verb holds ends the
# stretch scanned for its verbs; each sentence gets the verbs one scan of the text finds
VERB_PAGES = [
    pytest.param("He said so. She told us. They added: fine.", id="stops"),
    pytest.param("Sources said\n\nthey agreed. According\n\nto police, 3 died.", id="breaks"),
    pytest.param("no stop here and they said it and he told them", id="no-punctuation"),
    pytest.param("“Yes,” said Ana. Ana a-t-elle déclaré. Laut Polizei: 3.", id="marks"),
]


def _verbs_everywhere(text, lex):
    sentences = split_sentences(text)
    reading = speakers._Reading(text, sentences, lex)
    whole = [m.span() for m in lex.verb_re.finditer(text)]
    for si in range(len(sentences)):
        s, e = reading.bound(si)
        assert [m.span() for m in reading.verbs_in(s, e)] == [
            span for span in whole if s <= span[0] < e
        ]
    return len(whole)


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
@pytest.mark.parametrize("text", VERB_PAGES)
def test_verbs_in_a_sentence_are_those_of_the_whole_scan(text, lang):
    _verbs_everywhere(text, speakerwords._lexicon(lang))


@pytest.mark.parametrize("lang", ["en", "fr", "de", "es", "it"])
def test_verbs_in_on_corpora_andrandom_strings(lang):
    lex = speakerwords._lexicon(lang)
    pieces = ["said", " said ", "told", " according to ", "\n\n", ". ", ".", " ", "a-t-il", "he "]
    pieces += ["laut ", "selon ", "“", "”", ",", ":", "x", "Ana ", "déclaré", "\n", "!"]
    texts = random_strings(pieces, 1500, seed=11, k=25)
    texts += [d.text for d in read_corpus([str(p) for p in CORPORA]).documents]
    assert sum(_verbs_everywhere(text, lex) for text in texts)


# numbers._GLUED, written digit first: its matches are the letter-first pattern's, less the
# letter ("Staff2,150 employees": a figure in thousands glued to the word before it)
_GLUED_LETTER_FIRST = re.compile(r"[a-z]\d{1,3}(?:,\d{3})+(?![\d.,]?\d)")
GLUED_CASES = [
    pytest.param("Staff2,150 employees came", id="glued"),
    pytest.param("of them12,500,000 and x7,1234", id="groups-and-no-group"),
    pytest.param("Staff 2,150 and B2,150 and a2,15 and ab1234,567", id="spaced-capital-short-long"),
    pytest.param("aa1,000.5 bb1,000,0 cc999,999", id="decimal-after-and-cut-group"),
]


@pytest.mark.parametrize("text", GLUED_CASES)
def test_glued_digit_first_finds_the_letter_first_matches(text):
    old = [(m.start() + 1, m.end()) for m in _GLUED_LETTER_FIRST.finditer(text)]
    assert [m.span() for m in numbers._GLUED.finditer(text)] == old


def test_glued_digit_first_onrandom_strings():
    pieces = ["a", "Z", "x", "1", "22", "333", ",", ",000", ".", " ", "4444", "-"]
    found = 0
    for text in random_strings(pieces, 20000, seed=3, k=12) + SENTENCES:
        old = [(m.start() + 1, m.end()) for m in _GLUED_LETTER_FIRST.finditer(text)]
        assert [m.span() for m in numbers._GLUED.finditer(text)] == old, text
        found += len(old)
    assert found > 100


# money._breaks: one search tells whether a clause holds any clause break of its language
@pytest.mark.parametrize("code", ["en", "fr", "de", "es", "pt", "it", "nl", "hbs"])
def test_clause_breaks_search_is_a_substring_test(code):
    breaks = money._phrases("clause_breaks", code)
    pieces = [*breaks, " ", ",", "x", "a", "d", "é", "ha ", " e", "tandis"]
    held = 0
    for text in random_strings(pieces, 3000, seed=13, k=6) + [s.lower() for s in SENTENCES]:
        found = money._breaks(code).search(text) is not None
        assert found == any(brk in text for brk in breaks), text
        held += found
    assert held > 100


# money._phrase_re: a phrase's pattern compiled once is the pattern built on every call
@pytest.mark.parametrize(
    ("shape", "built", "phrase", "text"),
    [
        pytest.param(r"\s*{}\s*", r"\s*{}\s*", "auprès de", "  auprès de 40 000", id="given-by"),
        pytest.param(
            r"(?i)(?:^|\s){}\s+(.*)", r"(?:^|\s){}\s+(.*)", "par", "promis PAR l'État", id="agent"
        ),
        pytest.param(
            r"(?i)(?<!\w){}\b[^,]*(?:,|$)",
            r"(?i)(?<!\w){}\b[^,]*(?:,|$)",
            "d'après",
            "D'APRÈS la ville, 3 millions",
            id="source",
        ),
        pytest.param(r"\s*{}\s*", r"\s*{}\s*", "(a.m.)", " (a.m.) x", id="marks-escaped"),
    ],
)
def test_phrase_pattern_compiled_once(shape, built, phrase, text):
    flags = re.IGNORECASE if shape.startswith("(?i)") and not built.startswith("(?i)") else 0
    plain = re.compile(built.replace("{}", re.escape(phrase)), flags)
    compiled = money._phrase_re(shape, phrase)
    assert compiled is money._phrase_re(shape, phrase)
    assert [m.span() for m in compiled.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert compiled.search(text) is not None
