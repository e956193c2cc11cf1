"""Shortcuts taken for speed must never change what is extracted.

Each shortcut is checked against the slow path it skips, over every sentence of our
corpora and over sentences written to trip it.
"""

from __future__ import annotations

import random
import re
from datetime import date

import pytest
from conftest import ROOT

from kfactcheck.claims import extract, prefilter
from kfactcheck.claims.counted import verb_family
from kfactcheck.claims.extract import extract_claims
from kfactcheck.grammar import dates, sentences
from kfactcheck.grammar.dates import find_dates, may_have_calendar_date
from kfactcheck.grammar.sentences import split_sentences
from kfactcheck.grammar.vocab import vocab
from kfactcheck.model import Document
from kfactcheck.read.corpus import read_corpus

CORPORA = [
    ROOT / "corpus" / "kosovo",
    ROOT / "tests" / "data" / "stories",
    ROOT / "tests" / "data" / "reader",
]

# Dates with no month name and no four digits in a row, and near misses of both.
HOSTILE = [
    "Talks are expected to resume next week.",
    "The ministry said on Monday that it would decide within two decades ago.",
    "Voting ends on Sunday's deadline, three days ago, last month, this year.",
    "He left at the end of the year and came back the week after next.",
    "Over the past 23 years the toll has grown; over the last decade it fell.",
    "Prices may march higher in june, july or august, said one trader.",
    "On Wednesday, 17 august the border opened.",
    "The 1990s were quiet; in the ’90s and the 20s too.",
    "Since 199 and 20 22, nothing; 2O22 is not a year.",
    "In ١٩٩٩ and ۲۰۲۲ the figures were written in other digits.",
    "Sept. 1, Oct 31, Jan. 2021, Dec 2022, mid-Mar 2020, Feb. 29",
    "Sep 1st, Sept 2nd, Apr. 3rd, Aug 4th and Nov. 5th were named.",
    "JANUARY 5, MARCH 2022 and SEPTEMBER were written in capitals.",
    "Tomorrow, yesterday and today; the day before yesterday; next Tuesday.",
    "He was born in 1987-88 and left 2019/20, back by 12/05.",
    "3 to 5 May, 21-22 November, the 31st of October, Tuesday 20 September.",
    "A decade ago, half a year ago, a week ago, twenty-one years ago.",
]


def _sentences():
    for doc in read_corpus([str(p) for p in CORPORA]).documents:
        for a, b in split_sentences(doc.text):
            yield doc.text[a:b]
    yield from HOSTILE


@pytest.mark.parametrize("ref", [None, date(2023, 10, 19), date(2022, 1, 2)])
def test_no_calendar_date_without_its_gate(ref):
    """Without a month name or four digits, only weekdays and relative dates are found."""
    checked = 0
    for s in _sentences():
        if not may_have_calendar_date(s):
            checked += 1
            kinds = {d.kind for d in find_dates(s, ref)}
            assert kinds <= {"weekday", "relative"}, (s, kinds)
    assert checked > 100


def test_gated_sentences_give_the_claims_of_the_full_path(monkeypatch):
    """extract_claims with the calendar-date gate always open gives the same claims."""
    docs = read_corpus([str(p) for p in CORPORA]).documents
    text = "\n\n".join(HOSTILE)
    docs.append(Document(id="h", path="h.txt", text=text, date=date(2023, 10, 19)))
    fast = [extract_claims(d) for d in docs]
    monkeypatch.setattr(dates, "may_have_calendar_date", lambda sentence, lang=None: True)
    slow = [extract_claims(d) for d in docs]
    assert fast == slow
    assert sum(map(len, fast)) > 100


# Word characters, digits and case folds outside ASCII around the prefilter's words.
PREFILTER_HOSTILE = [
    "",
    "one",
    "5million",
    "_one_ two_ _three",
    "éone, oneé, naïve twenty-one",
    "İone İ one",  # "İ" lower-cases to two characters, the second no word character
    "WEE\u212a and \u212aELVIN",  # the Kelvin sign lower-cases to "k": "week"
    "ſeven ſeptember",  # the long s does not lower-case to "s"
    "٣ and ۲ and ① and ²",  # digits of other scripts, and numbers that are no digits
    "someone often summary decided separate novel",
    "MAY March Year-end month’s weekly «week» (dozen) half-time",
    "ｏｎｅ and \u00a0one\u2009two",
]


def _reference_may_hold(sentence: str) -> bool:
    """The prefilter as first written: slower, plainly right."""
    rx = re.compile(rf"\d|\b(?:{prefilter.may_hold_words()})\b")
    return rx.search(sentence.lower()) is not None


def test_prefilter_is_the_plain_pattern():
    sentences = [*_sentences(), *PREFILTER_HOSTILE]
    sentences += [s.upper() for s in sentences] + [f"x{s}x" for s in PREFILTER_HOSTILE]
    # and random strings of words, near misses and characters that fold oddly
    pieces = ["one", "ten", "may", "week", "sept", "x", "5", "٣", "_", "é", "İ", "\u212a", "ſ"]
    pieces += [" ", "-", ".", "’", "\n", "\u00a0", "E", "N", "O"]
    rng = random.Random(7)
    sentences += ["".join(rng.choices(pieces, k=rng.randint(1, 8))) for _ in range(5000)]
    for s in sentences:
        assert extract._may_hold(s) == _reference_may_hold(s), s
    assert any(extract._may_hold(s) for s in sentences)
    assert not all(extract._may_hold(s) for s in sentences)


# Figures written with no digit, one per way of writing one: the prefilter must let each
# sentence through (it once knew "score" but not "scores", and "billion" but not "billions").
NO_DIGIT = [
    pytest.param("Scores of people were hurt in the crush.", "scores", id="scores-of"),
    pytest.param("Billions of dollars were lost in the crash.", "billions", id="billions-of"),
    pytest.param("Tens of thousands marched on the capital.", "tens", id="tens-of-thousands"),
    pytest.param("A couple of ministers resigned over it.", "couple", id="a-couple-of"),
    pytest.param("Two-thirds of voters backed the plan.", "two", id="two-thirds"),
    pytest.param("The war has lasted a decade and displaced many.", "decade", id="a-decade"),
    pytest.param("Several hundred troops were deployed.", "hundred", id="several-hundred"),
    pytest.param("The bill comes to a trillion rupees.", "trillion", id="a-trillion"),
    pytest.param("Half the staff were sent home.", "half", id="half-the"),
    pytest.param("The fund lost a lakh of rupees.", "lakh", id="a-lakh"),
]


@pytest.mark.parametrize(("sentence", "word"), NO_DIGIT)
def test_figures_without_digits_pass_the_prefilter(sentence, word):
    doc = Document(id="n", path="n.txt", text=sentence, date=date(2023, 10, 19))
    claims = extract_claims(doc)
    assert claims, sentence
    assert word in claims[0].text.lower()


def test_the_prefilter_drops_no_claim(monkeypatch):
    """With the prefilter always open, extraction gives the same claims: whatever the
    prefilter turns away holds none."""
    docs = read_corpus([str(p) for p in CORPORA]).documents
    texts = [*HOSTILE, *PREFILTER_HOSTILE, *(p.values[0] for p in NO_DIGIT)]
    docs.append(Document(id="h", path="h.txt", text="\n\n".join(texts), date=date(2023, 1, 2)))
    fast = [extract_claims(d) for d in docs]
    monkeypatch.setattr(extract, "_may_hold", lambda sentence, lang=None: True)
    slow = [extract_claims(d) for d in docs]
    assert fast == slow
    assert sum(map(len, fast)) > 100


def _reference_verb_family(window, at=None, unit=None):
    """counted.verb_family as first written: every cue's pattern run on every window."""
    v = vocab()
    low = window.lower()
    at = len(low) // 2 if at is None else at
    best = None
    for cue, fam in v.verb_family.items():
        if unit is not None and v.families[fam].unit != unit:
            continue
        for m in re.finditer(r"\b" + re.escape(cue) + r"\b", low):
            dist = at - m.end() if m.end() <= at else 2 * (m.start() - at)
            if best is None or dist < best[0]:
                best = (dist, fam)
    return best[1] if best else None


def test_verb_family_skips_only_absent_cues():
    cues = list(vocab().verb_family)
    windows = list(_sentences())
    windows += [" ".join(cues[i : i + 3]) for i in range(len(cues))]  # cues side by side
    windows += [c.upper() + "s " + c + "ed" for c in cues]  # inside longer words
    hits = 0
    for w in windows:
        for at in (None, len(w) // 3):
            for unit in (None, "people"):
                got = verb_family(w, at, unit)
                assert got == _reference_verb_family(w, at, unit), (w, at, unit)
                hits += got is not None
    assert hits > 100


# Full stops after every kind of token the splitter judges: titles, abbreviations, initials,
# list markers, words ending like them, and words that merely end in three letters.
SPLIT_HOSTILE = [
    "Brig. Gen. Luca Piperni spoke. Lt. Gen. Mara Vance and Capt. Ode left. Gen. X said.",
    "It came from the U.S. The plan. It went to the U.S. and Gov't. Then Sept. 15 passed.",
    "See Fig. 3, Art. 5 and No. 12. He said etc. The end. Approx. 40 came, approx. The rest.",
    "i. First point. ii. Second. viii. Eighth point. VIII. Capital. iv. More. Xviii. Odd.",
    "1. Skip to content\n  2. Skip to menu\n\nHe was J. R. R. Tolkien. A. B. Smith came.",
    "The latest. The protest. The Gens. The Generals. The Rev. Smith. The revs. Mgen. Now.",
    "Jesuits fled. Viii. Wed. The Bros. Ltd. He lives on Main St. Then. It is 5 p.m. He left.",
    "“We are ready.” He left. (It ended.) Then: «Non.» Done! Why? Because… It rained.",
    "Words over a line\nwrapped mid-sentence,\nand a line that ends\n\nNew paragraph here.",
]


def _split_texts():
    for doc in read_corpus([str(p) for p in CORPORA]).documents:
        yield doc.text
    yield from SPLIT_HOSTILE
    pieces = ["Mr", "Gen", "U.S", "No", "etc", "Sept", "viii", "iv", "J", "12", "NATO", "war"]
    pieces += [".", ".", "!", "?", "…", "“", "”", "(", ")", ",", " ", " ", "\n", "\n\n", "The"]
    rng = random.Random(11)
    yield from ("".join(rng.choices(pieces, k=rng.randint(1, 30))) for _ in range(3000))


def test_word_endings_shortcut_splits_as_the_full_test(monkeypatch):
    """A full stop after a word whose last three letters end no title, abbreviation or
    list marker ends a sentence without the full test: turning that shortcut off changes
    no split."""
    texts = list(_split_texts())
    fast = [split_sentences(t) for t in texts]

    class _Every:
        def __contains__(self, tail: str) -> bool:
            return True

    monkeypatch.setattr(sentences, "_SPECIAL_ENDINGS", _Every())
    monkeypatch.setattr(sentences, "_CANDIDATE", sentences._CANDIDATE_PLAIN)  # (the same, told
    slow = [split_sentences(t) for t in texts]  # by the pattern: off too)
    assert fast == slow
    assert sum(map(len, fast)) > 1000


# The usual full stop (sentences._USUAL_STOP) ends its sentence without the loop's tests;
# the loop still asks whether the word after it opens an entry stamp.
USUAL_STOPS = [
    pytest.param("It rained. The end.", 1, id="usual"),
    pytest.param("It rained.\n\nThe end.", 1, id="before-a-paragraph"),
    pytest.param("He said etc. The end.", 0, id="abbreviation-ending"),
    pytest.param("Next is viii. The end.", 0, id="marker-ending"),
    pytest.param("It rained. the end.", 0, id="lower-case-after"),
    pytest.param("It is 5 p.m. The end.", 0, id="initialism"),
    pytest.param("It rained. “The end.”", 0, id="quote-after"),
    pytest.param("It RAINED. The end.", 0, id="capitals-before"),
    pytest.param("Das ist gut. Update 14.32 Uhr: Neu.", 1, id="stamp-after"),
    pytest.param("It rained. Wednesday, 10:15 Rescuers came.", 1, id="weekday-stamp-after"),
]


@pytest.mark.parametrize(("text", "usual"), USUAL_STOPS)
def test_usual_stop_splits_as_the_loop_does(monkeypatch, text, usual):
    found = [m for m in sentences._CANDIDATE.finditer(text) if m.group("usual") is not None]
    assert len(found) == usual
    fast = split_sentences(text)
    monkeypatch.setattr(sentences, "_CANDIDATE", sentences._CANDIDATE_PLAIN)
    assert split_sentences(text) == fast


def test_usual_stop_on_corpora_and_random_text(monkeypatch):
    texts = list(_split_texts())
    pieces = ["said", "etc", "viii", " ", "  ", "\n", "\n\n", "\t", ". ", ".", "The", "Update"]
    pieces += ["Wednesday,", " 10:15 ", "ore 14.05, 3 maggio ", "Úna", "3", "“", "x" * 60]
    rng = random.Random(5)
    texts += ["".join(rng.choices(pieces, k=rng.randint(1, 40))) for _ in range(4000)]
    fast = [split_sentences(t, start) for t in texts for start in (0, 3)]
    monkeypatch.setattr(sentences, "_CANDIDATE", sentences._CANDIDATE_PLAIN)
    assert [split_sentences(t, start) for t in texts for start in (0, 3)] == fast


@pytest.mark.parametrize("start", [0, 1, 7], ids=["whole", "from-1", "from-7"])
def test_spans_partition_the_text(start):
    """The spans are the text cut into pieces with white space trimmed: in order, apart,
    trimmed, and every other character in one of them. (Spans taken without trimming, when
    nothing needs it, must not skip a character or keep a space.)"""
    for text in _split_texts():
        spans = split_sentences(text, start)
        last = start
        for a, b in spans:
            assert last <= a < b, (text, spans)
            assert not text[a].isspace() and not text[b - 1].isspace(), (text, spans)
            assert text[last:a].isspace() or last == a, (text, spans)
            last = b
        assert not text[last:].strip(), (text, spans)
