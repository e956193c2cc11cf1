"""Round-8 speed shortcuts give what the plain code gives (as test_speed_round7.py does for
round 7): cheaptests.sentence_lacks, one scan of a sentence for all its figures, in front of
places.whole_count's total words and condition.condition_of's condition phrases, and
cheaptests.match_after, one scan after an opening date for all the figures after it
(opening._reach_ends), cheaptests.ascii_without, one scan of a sentence for the words of
opening._holds, and
earlier._first_cue_from, where the first clause cue of an earlier level starts; each
against the plain code on invented cases written to trip it, our corpora's sentences and
random strings."""

from __future__ import annotations

import re
from contextlib import contextmanager

import pytest
from speedkit import SENTENCES, random_strings

from kfactcheck.claims import cheaptests, condition, opening, places
from kfactcheck.claims.extract import extract_claims
from kfactcheck.grammar import earlier
from kfactcheck.model import Document, Quantity

CODES = ["en", "fr", "es", "de", "it", "pt"]
FAMILIES = ["people", "deaths", "rescued", "missing", "injured"]

# pieces of a sentence: total words and condition phrases whole, cut and glued to a word,
# figures, weekdays, marks, and letters whose lower case is odd ("İ", "Σ", "K", "ſ")
PIECES = [" ", ", ", ". ", " 12 ", "7", " people", " on Monday", " and ", "x", "Ü", "İ", "Σ"]
PIECES += ["in total", "In Total", "overall", "nationwide", "insgesamt", "au total", "ao todo"]
PIECES += ["overnight", "Overnight", "in hospital", "hospitals", "during the night", "nuit"]
PIECES += ["dans la nuit", "in der Nacht", "durante la noche", "presumed dead", "K", "ſ"]
PIECES += ["over", "tot", "night", "hospital", " were rescued", " remain", "y" * 40]


@pytest.fixture(autouse=True)
def _short_sentences_too(monkeypatch):
    """The shortcuts read only sentences of 400 characters or more whole: here every
    sentence, so that the short cases written to trip them reach them."""
    monkeypatch.setattr(cheaptests, "LONG", 0)
    monkeypatch.setattr(earlier, "_LONG", 0)


@contextmanager
def _plain(monkeypatch):
    """The rules with the shortcut off: sentence_lacks never says a sentence lacks a match."""
    with monkeypatch.context() as m:
        m.setattr(places, "sentence_lacks", lambda *a: False)
        m.setattr(condition, "sentence_lacks", lambda *a: False)
        yield


def _both(monkeypatch, sentence: str, call):
    """call() with the sentence being read (asked twice: the shortcut scans from its
    sentence's second figure on), and call() with the shortcut off."""
    cheaptests.reading(sentence)
    call()
    fast = call()
    with _plain(monkeypatch):
        plain = call()
    return fast, plain


# a phrase the 90 or 200 characters before or after a figure cut off from the word it is
# glued to in the sentence ("xovernight"): the window holds it whole, the sentence does not
GLUED_BEFORE = "Zz x" + "overnight" + " " + "b" * 80  # its last 90: "overnight b..."
GLUED_AFTER = " " + "b" * 77 + " in hospital" + "x were found"  # its first 90 end "hospital"


@pytest.mark.parametrize(
    ("before", "rest", "family", "code", "expected"),
    [
        (GLUED_BEFORE, " were rescued.", "rescued", "en", "overnight"),
        ("Zz ", GLUED_AFTER, "people", "en", "in hospital"),
        ("Overnight, ", " were rescued", "rescued", "en", "overnight"),
        ("On Monday ", " people are in hospital", "people", "en", "in hospital"),
        ("On Monday ", " people and on Tuesday 7", "people", "en", None),
        ("Dans la nuit, ", " personnes ont été secourues", "rescued", "fr", "overnight"),
    ],
    ids=["cut-before", "cut-after", "before", "after", "none", "french"],
)
def test_condition_of_with_the_sentence_scan(monkeypatch, before, rest, family, code, expected):
    sentence = before + "12" + rest
    fast, plain = _both(
        monkeypatch, sentence, lambda: condition.condition_of(before, rest, family, code)
    )
    assert fast == plain == expected


@pytest.mark.parametrize(
    ("sentence", "before", "rest"),
    [
        ("On Monday 5 people and on Tuesday 7 people", "In hospital: ", " are in hospital"),
        ("On Monday 5 people", "On Monday ", " people were in hospital"),
        ("On Monday 5 people", "Overnight ", " people"),
    ],
    ids=["neither", "rest-elsewhere", "before-elsewhere"],
)
def test_condition_of_windows_cut_from_another_text(monkeypatch, sentence, before, rest):
    # the sentence read holds no condition; the windows come from elsewhere and hold one
    fast, plain = _both(
        monkeypatch, sentence, lambda: condition.condition_of(before, rest, "people", "en")
    )
    assert fast == plain is not None


@pytest.mark.parametrize(
    ("sentence", "before", "expected"),
    [
        ("In Norvale 20 died, in total 45", "In Norvale 20 died, in total ", True),
        ("In Norvale 20 died and 45 in Kessby", "In Norvale 20 died and ", False),
        ("On Monday 5 people and on Tuesday 7", "In Norvale 20 died, in total ", True),
        ("On Monday 5 people and on Tuesday 7", "On Monday 5 people and on Tuesday ", False),
    ],
    ids=["total", "no-total", "cut-from-another-text", "weekdays"],
)
def test_whole_count_with_the_sentence_scan(monkeypatch, sentence, before, expected):
    fast, plain = _both(monkeypatch, sentence, lambda: places.whole_count(before, "en"))
    assert fast == plain == expected


def _cuts(sentence: str) -> list[int]:
    return sorted({0, len(sentence), *range(0, len(sentence), 7)})


def test_on_random_sentences(monkeypatch):
    for k, sentence in enumerate(random_strings(PIECES, 1500, 81, 16) + SENTENCES[:400]):
        code = CODES[k % len(CODES)]
        family = FAMILIES[k % len(FAMILIES)]
        cuts = _cuts(sentence)
        for i in cuts:
            before, rest = sentence[:i], sentence[min(len(sentence), i + 2) :]
            fast, plain = _both(
                monkeypatch,
                sentence,
                lambda b=before, r=rest, c=code, f=family: (
                    places.whole_count(b, c),
                    condition.condition_of(b, r, f, c),
                ),
            )
            assert fast == plain, (sentence, i, code, family)


def _claims(text: str) -> list:
    return extract_claims(Document(id="d", path="d.txt", text=text, keep=[(0, len(text))]))


@pytest.mark.parametrize(
    "text",
    [
        "on Monday 5 people and on Tuesday 7 people " * 40,
        "In Norvale 20 died and 12 were in hospital, overnight 7 were rescued; in total 45 died, "
        * 20,
        " ".join(SENTENCES[:300]),
    ],
    ids=["weekdays", "totals-and-conditions", "stories"],
)
def test_claims_of_long_sentences_are_the_plain_ones(monkeypatch, text):
    fast = _claims(text)
    with _plain(monkeypatch):
        plain = _claims(text)
    assert repr(fast) == repr(plain)


# ------------------------------------------- the reach of an opening date (opening._reach_ends)
def _plain_reach_ends(sentence: str, start: int, near, monkeypatch) -> bool:
    with monkeypatch.context() as m:
        m.setattr(opening, "match_after", lambda *a: True)
        return opening._reach_ends(sentence, start, near)


def _figure_at(sentence: str, at: int) -> Quantity:
    end = min(len(sentence), at + 1)
    return Quantity(at, end, sentence[at:end], 7, 7, 7, "exact")


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # the figure's stretch ends inside "but7": a word edge there, none in the sentence
        ("On 3 May, police counted 12,000 but7 more came", "7"),
        ("On 3 May, police counted 12,000; 7 more came", "7"),
        ("On 3 May, police counted 12,000 while the union counted 7", "7"),
        ("On 3 May, police counted 12,000 while the union counts 7", "7"),
        ("On 3 May, police counted 12,000 and 7 stayed", "7"),
        ("On 3 May, police counted 12,000 and Ann said 7 stayed", "7"),
        ("Am 3. Mai zählte die Polizei 12.000, ABER 7 blieben", "7"),
    ],
    ids=["cut-word", "semicolon", "while-past", "while-present", "none", "ma-inside", "upper"],
)
def test_reach_ends_with_the_sentence_scan(monkeypatch, sentence, figure):
    near = _figure_at(sentence, sentence.rindex(figure))
    start = sentence.index("May") + 3 if "May" in sentence else sentence.index("Mai") + 3
    for _ in range(2):  # the second time from the sentence's memo
        fast = opening._reach_ends(sentence, start, near)
        assert fast == _plain_reach_ends(sentence, start, near, monkeypatch), sentence


REACH_PIECES = [" ", ", ", "; ", ":", " 12 ", "7", " police counted", " while", " but", "But"]
REACH_PIECES += ["x", " now", "Now", "maintenant", " ma", "ora", " will", " this  year", "İ"]
REACH_PIECES += ["K", "ſ", "Σ", " said", " reports", " zählten", "aujourd’hui", "y" * 30]


def test_reach_ends_on_random_sentences(monkeypatch):
    for sentence in random_strings(REACH_PIECES, 1500, 83, 14) + SENTENCES[:300]:
        for start in (0, len(sentence) // 3):
            for at in _cuts(sentence):
                if at < start:
                    continue
                near = _figure_at(sentence, at)
                fast = opening._reach_ends(sentence, start, near)
                assert fast == _plain_reach_ends(sentence, start, near, monkeypatch), (
                    sentence,
                    start,
                    at,
                )


# ------------------------------------------- an earlier level's clause cue (earlier.is_earlier)
def _plain_is_earlier(sentence: str, start: int, end: int, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(earlier, "_first_cue_from", lambda sentence, a: a)
        return earlier.is_earlier(sentence, start, end)


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor had put the toll at 30 and police said 37 people died",
        "Officials had earlier put it at 30; police said 37 people died",
        "At the time the count stood at 12 and 37 people died",
        "At the time of writing 12 were dead and 37 people died",
        # the clause's end (200 characters after the figure) cuts "of writing" off
        "At the time " + "x" * 30 + " 12 " + "y" * 196 + " of writing",
        "Zuvor war von 12 Toten die Rede, 37 Menschen starben",
        "the army sent 400 troops to the north and police said 37 people died " * 6,
        "PREVIOUSLY 12 HAD DIED",
        # the clause's end cuts "saidly": "had 12 ... said" a cue there, not in the sentence
        "The count had 12 " + "w" * 194 + " said" + "ly more came",
    ],
    ids=[
        "had-put",
        "semicolon",
        "at-the-time",
        "of-writing",
        "cut-of-writing",
        "german",
        "no-cue",
        "upper",
        "cut-word",
    ],
)
def test_is_earlier_with_the_sentence_scan(monkeypatch, sentence):
    for k, m in enumerate(re.finditer(r"\d+", sentence)):
        for _ in range(2):
            fast = earlier.is_earlier(sentence, m.start(), m.end())
            assert fast == _plain_is_earlier(sentence, m.start(), m.end(), monkeypatch), (
                sentence,
                k,
            )


EARLIER_PIECES = [" ", ", ", "; ", ". ", " 12 ", "30", " had", " put", " the toll at", " still"]
EARLIER_PIECES += [" were", " previously", "Previously", " at the time", " of writing", " auf"]
EARLIER_PIECES += [" zuvor", " hatte", " von", " gesprochen", " initially", " up from", "İ", "K"]
EARLIER_PIECES += ["ſ", "x", "y" * 60, " people died", " rose from", " to", " la veille"]


def test_is_earlier_on_random_sentences(monkeypatch):
    for sentence in random_strings(EARLIER_PIECES, 1200, 85, 18) + SENTENCES[:300]:
        # the figures of a sentence in order, as extraction asks, and once out of order
        spots = [(m.start(), m.end()) for m in re.finditer(r"\d+", sentence)]
        for start, end in spots + spots[::-1]:
            fast = earlier.is_earlier(sentence, start, end)
            assert fast == _plain_is_earlier(sentence, start, end, monkeypatch), (
                sentence,
                start,
            )


# -------------------------------- the words of a date's comparison, call or onset (opening._holds)
def _holds_cases():
    return [
        (opening._COMPARED, opening._COMPARED_WORDS, 40),
        (opening._CALLED_FOR, opening._CALLED_FOR_WORDS, 60),
        (opening.onset_re(), opening._onset_ascii(), 40),
        (opening._NOW_BEFORE, opening._NOW_WORDS, 40),
    ]


def _plain_holds(sentence, lo, hi, pattern, words, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(opening, "ascii_without", lambda *a: False)
        return opening._holds(sentence, lo, hi, pattern, words)


@pytest.mark.parametrize(
    "sentence",
    [
        "40,000 marched, as many as on Monday 5 people and on Tuesday 7",
        # "ſ" is "s" to a case-blind pattern, not to the words' test of a sentence of ASCII
        "40,000 walked, aſ many aſ on Monday 5 people and on Tuesday 7",
        "the unions called for new strikes on Monday 5 people and on Tuesday 7",
        "now on Monday 5 people and on Tuesday 7 people",
        "on Monday 5 people and on Tuesday 7 people " * 8,
    ],
    ids=["compared", "long-s", "called-for", "now", "none"],
)
def test_holds_with_the_sentence_scan(monkeypatch, sentence):
    for pattern, words, reach in _holds_cases():
        for hi in range(len(sentence) + 1):
            lo = max(0, hi - reach)
            for _ in range(2):  # the second time from the sentence's memo
                fast = opening._holds(sentence, lo, hi, pattern, words)
                plain = _plain_holds(sentence, lo, hi, pattern, words, monkeypatch)
                assert fast == plain, (sentence, hi, words)


HOLDS_PIECES = [" ", ", ", " 12 ", "7", " as many as", " than", " on Monday", " compared with"]
HOLDS_PIECES += [" called for", " now", "NOW", " which broke out", " aſ", "ſ", "K", "İ", "x" * 30]
HOLDS_PIECES += [" people", " wie am", " comme le", " che", " di", " rufen", " ora"]


def test_holds_on_random_sentences(monkeypatch):
    for sentence in random_strings(HOLDS_PIECES, 800, 87, 14) + SENTENCES[:150]:
        for pattern, words, reach in _holds_cases():
            for hi in _cuts(sentence):
                lo = max(0, hi - reach)
                fast = opening._holds(sentence, lo, hi, pattern, words)
                plain = _plain_holds(sentence, lo, hi, pattern, words, monkeypatch)
                assert fast == plain, (sentence, hi, words)
