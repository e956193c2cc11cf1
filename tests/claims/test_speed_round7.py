"""Round-7 speed shortcuts give what the plain code gives (as test_speed_round6.py does for
round 6): each one against the plain code it stands for, on invented cases written to trip
it, on our corpora's sentences and on random strings."""

from __future__ import annotations

import re

import pytest
from speedkit import SENTENCES, random_strings

from kfactcheck.claims import cheaptests, lists, opening, places, population
from kfactcheck.claims.cheaptests import label_start
from kfactcheck.grammar import vocab as vocab_module
from kfactcheck.grammar.vocab import expected_after

CODES = ["en", "fr", "es", "de", "it", "pt"]

# pieces of the text before and after a figure: names, weekdays, months, linking words,
# elisions, labels, clause marks, joining words, long runs with no mark, odd capitals
PIECES = [" ", "  ", "\n", ", ", ": ", "(", " (", ":", "; ", " and ", " y ", " et ", " e "]
PIECES += ["Monday", "Tuesday", "mars", "March", "Norvale", "Kessby", "La", "Muertos", "Pedro"]
PIECES += [" de ", " da ", " del ", "d'", "l'", "Val", "province", "In hospital", "Deaths"]
PIECES += ["people", "on ", "in ", "à ", "sont ", "7", "12 ", "were expected", "expected"]
PIECES += ["than", " town of", " a city with", " une ville de", " of ", " home to", "K", "ſ"]
PIECES += ["İ", "ı", "Σ", "x" * 30, "the ", "Ügel", "#Arvel", "-", "’", "attendus", "gerechnet"]


def _texts(seed: int, n: int = 4000) -> list[str]:
    return random_strings(PIECES, n, seed, 14) + SENTENCES


# ------------------------------------------------------------------ a label's mark (condition)
LABEL = re.compile(r"\s*[:(]\s*$")


@pytest.mark.parametrize(
    "before",
    [
        "Deaths under investigation (",
        "In hospital: ",
        "In hospital :\n",
        "x  (  ",
        ":",
        "  ",
        "",
        "In hospital: 4 and more",
        "a (b) ",
    ],
    ids=[
        "bracket",
        "colon",
        "newline",
        "spaces",
        "mark-alone",
        "blank",
        "empty",
        "not-last",
        "closed",
    ],
)
def test_label_start_is_the_patterns_start(before):
    for start in range(len(before) + 2):
        m = LABEL.search(before, start)
        assert label_start(before, start) == (m.start() if m else None), (before, start)


def test_label_start_on_random_texts():
    for text in _texts(71):
        for start in (0, max(0, len(text) - 90), len(text) // 2):
            m = LABEL.search(text, start)
            assert label_start(text, start) == (m.start() if m else None), (text, start)


# -------------------------------------------------- a list item's bare name (places.bare_item)
def _plain_bare_item(before: str, after: str, code: str, monkeypatch) -> str | None:
    with monkeypatch.context() as m:
        m.setattr(places, "lone_word_no_place", lambda *a: False)
        return places.bare_item(before, after, code)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("on Monday 5 people and on Tuesday ", " people"),
        ("killed 50 people: Norvale ", ", Kessby 10"),
        ("und Kessby Montag ", ", x"),
        ("Provincia de Mayo ", ", x"),
        ("victims: Kessby Nord de March ", ", 12 in Arvel"),
        ("la province de Mars ", " y"),
        ("Val d'Arno ", ", x"),
        ("Muertos ", ", x"),
        ("sont La ", " et"),
    ],
    ids=[
        "weekday",
        "place",
        "name-then-weekday",
        "linked",
        "linked-item",
        "area",
        "elision",
        "noun",
        "article",
    ],
)
@pytest.mark.parametrize("code", CODES)
def test_bare_item_with_the_lone_word_test(before, after, code, monkeypatch):
    assert places.bare_item(before, after, code) == _plain_bare_item(
        before, after, code, monkeypatch
    )


@pytest.mark.parametrize("code", ["en", "es", "fr"])
def test_bare_item_on_random_texts(code, monkeypatch):
    told = 0
    for text in _texts(72, 3000):
        cut = len(text) // 2
        for before in (text[:cut], text[:cut] + " March ", text[:cut] + "Tuesday"):
            after = text[cut:]
            told += cheaptests.lone_word_no_place(before[-80:], code, places._time_words())
            assert places.bare_item(before, after, code) == _plain_bare_item(
                before, after, code, monkeypatch
            ), before
    assert told > 500  # the test does cut the search short


# ---------------------------------------------- an expectation after the figure (vocab module)
def _plain_expected_after(after: str, code: str) -> bool:
    cues = vocab_module._expected_after(code)
    if not cues:
        return False
    cut = vocab_module._CLAUSE_END.search(after, 1)
    words = after[: cut.start() if cut else 80].lower().split()[:3]
    than = vocab_module._THAN
    return any(w in cues and (k == 0 or words[k - 1] not in than) for k, w in enumerate(words))


@pytest.mark.parametrize("code", CODES)
def test_expected_after_as_the_plain_code(code):
    long_word = "y" * 85
    cases = [" " + long_word + " expected", " marchers were expected", " x" * 50 + ", expected"]
    cases += [" were " + long_word + " expected, y", " attendus", " Σ expected " + "z" * 90]
    for after in cases + _texts(73):
        assert expected_after(after, code) == _plain_expected_after(after, code), after


# ------------------------------------------- who live in a place (population.lives_there)
@pytest.mark.parametrize("code", [*CODES, "nl", "hbs"])
def test_lives_there_as_the_plain_frame(code):
    befores = ["a town of ", "a town of  \n", "A TOWN OF ", "une ville de ", "y" * 70 + " of "]
    befores += ["a town wıth ", "ein Dorf mıt "]  # (a dotless i is an i to the pattern)
    for before in befores:
        for text in [before, *(t + before for t in _texts(74, 300))]:
            plain = "population" if population._frame(code).search(text[-60:]) else "people"
            assert population.lives_there(text, "people", code) == plain, text
    for text in _texts(75):
        plain = "population" if population._frame(code).search(text[-60:]) else "people"
        assert population.lives_there(text, "people", code) == plain, text


# ------------------------------------------ the words a window must hold (opening._holds)
WORD_SETS = {
    "compared": opening._COMPARED_WORDS,
    "called-for": opening._CALLED_FOR_WORDS,
    "onset": opening._onset_ascii(),
    "now": opening._NOW_WORDS,
}


@pytest.mark.parametrize("words", list(WORD_SETS.values()), ids=list(WORD_SETS))
def test_any_of_is_any_substring(words):
    pieces = [*PIECES, *words, *(w[:-1] for w in words), *(w[1:] for w in words)]
    for text in random_strings(pieces, 3000, 76, 6) + SENTENCES:
        low = text.lower()
        found = opening._any_of(words).search(low) is not None
        assert found == any(map(low.__contains__, words)), text


# ----------------------------------------------- a street named by a date (lists.named_by_date)
STREET_PIECES = [*PIECES, "calle ", "Rue du ", "Avenida", "av. ", "de la ", "De  La ", "Straße "]
STREET_PIECES += ["via", "VIA ", "del ", "20 de Noviembre", "4 Septembre", "ruE", "colonia"]


def test_named_by_date_as_the_plain_pattern():
    told = 0
    for text in random_strings(STREET_PIECES, 6000, 77, 8) + SENTENCES:
        for at in {len(text), len(text) // 2, max(0, len(text) - 5)}:
            plain = lists._date_name().search(text, max(0, at - 30), at) is not None
            assert lists.named_by_date(text, at) == plain, (text, at)
            told += plain
    assert told > 100  # the texts do name streets
