"""A story's name in a language that capitalises every noun is a name, not a common noun:
German reports of one flood are named by the place, not by "Menschen" or "Polizei"."""

from __future__ import annotations

import pytest

from kfactcheck.analyse.stories import detect_stories, one_story
from kfactcheck.claims.names import common_noun
from kfactcheck.model import Document

# Invented German reports: "Menschen" and "Polizei" are used more often than the place
GERMAN = [
    "Im Tal starben viele Menschen. Die Polizei in Varnholm sagt, dass Menschen vermisst "
    "werden. Die Polizei sucht weiter. Menschen helfen in Varnholm. Die Polizei warnt.",
    "In Varnholm sind Menschen obdachlos. Die Polizei meldet Menschen in Not. Die Polizei "
    "bittet um Geduld. Helfer aus Tessburg fahren nach Varnholm. Menschen warten.",
]


def _docs(texts, lang):
    return [
        Document(id=f"d{i}", path=f"{i}.txt", text=t, keep=[(0, len(t))], lang=lang)
        for i, t in enumerate(texts)
    ]


@pytest.mark.parametrize(
    ("tell", "lang", "label"),
    [
        pytest.param(detect_stories, "de", "Varnholm", id="detected-german-story-named-by-place"),
        pytest.param(one_story, "de", "Varnholm", id="forced-german-story-named-by-place"),
        # in a language that capitalises names only, a capitalised word is a name already
        pytest.param(one_story, "en", "Menschen", id="other-languages-unchanged"),
    ],
)
def test_story_label(tell, lang, label):
    assert set(tell(_docs(GERMAN, lang)).values()) == {label}


@pytest.mark.parametrize(
    ("word", "lang", "common"),
    [
        pytest.param("Menschen", "de", True, id="people-is-a-german-noun"),
        pytest.param("Polizei", "de", True, id="police-is-a-german-noun"),
        pytest.param("Ahrweiler", "de", False, id="a-district-is-a-name"),
        pytest.param("Bad Neuenahr", "de", False, id="two-words-are-a-name"),
        pytest.param("Menschen", "en", False, id="only-in-languages-that-capitalise-nouns"),
    ],
)
def test_common_noun(word, lang, common):
    assert common_noun(word, lang) is common
