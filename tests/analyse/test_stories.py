"""Story detection: documents that use the same names tell one story."""

from __future__ import annotations

import random

import pytest
from conftest import ROOT

from kfactcheck.analyse import stories
from kfactcheck.analyse.stories import detect_stories, document_names
from kfactcheck.model import Document
from kfactcheck.read.corpus import read_corpus


def doc(i: int, text: str, path: str | None = None) -> Document:
    return Document(id=f"d{i}", path=path or f"{i:03d}.txt", text=text, keep=[(0, len(text))])


QUAKE = (
    "Rescuers in Tebrik searched the rubble as the toll in Haldar province rose. "
    "Officials in Tebrik said the Haldar quake destroyed homes near Arzeni. "
)
FIRE = (
    "Crews near Ashcombe fought the Marten Lake fire overnight. Residents of Ashcombe "
    "and Pine Flats were told to leave as the Marten Lake blaze spread. "
)


def test_names_skip_sentence_starts_months_and_titles():
    d = doc(
        1,
        "The minister spoke. Police in Tebrik said on Monday that Tebrik and Arzeni "
        "were hit. In March, President Vance visited Tebrik.",
    )
    assert document_names(d)[:2] == ["Tebrik", "Arzeni"]
    assert "March" not in document_names(d) and "The" not in document_names(d)


def test_one_story_stays_one():
    docs = [doc(i, QUAKE) for i in range(5)]
    assert len(set(detect_stories(docs).values())) == 1


def test_two_stories_in_one_folder_are_kept_apart():
    docs = [doc(i, QUAKE if i % 2 else FIRE) for i in range(8)]
    stories = detect_stories(docs)
    assert stories["d1"] == stories["d3"] != stories["d0"] == stories["d2"]
    assert {stories["d1"], stories["d0"]} == {"Haldar", "Ashcombe"}


def test_sample_and_our_stories():
    kosovo = read_corpus([str(ROOT / "corpus" / "kosovo")]).documents
    assert set(detect_stories(kosovo).values()) == {"Kosovo"}
    ours = read_corpus([str(ROOT / "tests" / "data" / "stories")]).documents
    stories = detect_stories(ours)
    by_folder: dict[str, set[str]] = {}
    for d in ours:
        by_folder.setdefault(d.path.split("/")[-2], set()).add(stories[d.id])
    assert all(len(s) == 1 for s in by_folder.values()), by_folder  # no story split
    assert len({next(iter(s)) for s in by_folder.values()}) == 6  # no two stories merged


BOUND = stories.VOTERS


@pytest.mark.parametrize(
    ("voters", "bounded"), [(BOUND, True), (10**9, False)], ids=["bounded", "unbounded"]
)
def test_work_per_document_is_bounded(monkeypatch, voters, bounded):
    """Work is counted, not timed: a vote visits each of a document's names' lists of
    stories. Random triples of 400 place names start thousands of stories, so the lists
    grow with the corpus; with VOTERS bounding each, a document's work stays under
    names x VOTERS at any size, and the whole is linear in documents (two votes at most
    per document). The unbounded case shows the measure catches the growth."""
    rng = random.Random(7)
    places = [f"Place{chr(65 + i)}{chr(97 + j)}" for i in range(20) for j in range(20)]
    cast: list[int] = []
    votes = stories._votes
    monkeypatch.setattr(stories, "_votes", lambda ns, index: _count(votes(ns, index), cast))
    monkeypatch.setattr(stories, "VOTERS", voters)
    n = 8000
    docs = []
    for i in range(n):
        a, b, c = rng.sample(places, 3)
        text = f"Officials in {a} met envoys from {b} and {c}. Talks in {a} and {b} went on."
        docs.append(doc(i, text))
    assert len(set(detect_stories(docs).values())) > n // 3  # many stories, long lists
    assert len(cast) <= 2 * n
    assert (max(cast) <= 3 * BOUND) is bounded, max(cast)  # three names a document


def _count(votes, cast: list[int]):
    cast.append(sum(votes.values()))
    return votes


def _story(top: set[str]) -> stories._Story:
    st = stories._Story()
    st.top = frozenset(top)
    return st


@pytest.mark.parametrize(
    ("names", "want"),
    [
        # story 0 holds stale votes for Cobalt and Square (top names once, no longer), so
        # both stories get four votes; story 1 shares all four names now, story 0 two
        pytest.param(["Drossford", "Cobalt", "Square", "Tirzany"], 1, id="most-shared-now"),
        pytest.param(["Drossford", "Tirzany", "Lunetta"], 0, id="stale-votes-cost-nothing"),
        pytest.param(["Drossford", "Amsel"], None, id="one-shared-name-is-not-enough"),
    ],
)
def test_the_story_sharing_most_names_now_wins(names, want):
    """Votes come from names that were ever a story's top names, so they can be stale:
    they only pick the candidates, and the names shared now choose among them."""
    index = {
        "Drossford": {0: None, 1: None},
        "Tirzany": {0: None, 1: None},
        "Cobalt": {0: None, 1: None},
        "Square": {0: None, 1: None},
        "Lunetta": {0: None},
    }
    found = [
        _story({"Drossford", "Tirzany", "Lunetta", "Metro"}),
        _story({"Drossford", "Tirzany", "Cobalt", "Square"}),
    ]
    assert stories._best_story(names, found, index, main_names=True) == want
