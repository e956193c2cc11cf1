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
    # each named by the name most of its documents use (Arzeni, Haldar and Tebrik are in
    # all: the alphabet's first, a label only, chosen after the stories are)
    assert {stories["d1"], stories["d0"]} == {"Arzeni", "Ashcombe"}


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


def test_a_flood_told_by_seven_outlets_is_one_story():
    """Seven invented reports of one flood (tests/data/flood): outlets, officials, rescuers
    and a headteacher differ from one report to the next; the town, the river and the
    quarter are shared. One story, so its toll, missing count and school date meet."""
    flood = read_corpus([str(ROOT / "tests" / "data" / "flood")]).documents
    assert len(flood) == 7
    assert set(detect_stories(flood).values()) == {"Corrandale"}


# Invented reports: (name, text). Each story's reports share its place and some people;
# the reports name others of their own, as real reports by different outlets do.
QUAKE_PRESIDENT = (
    "President Olsa Renk flew to Vasktal, where the Dornau quake hit. Renk met families in "
    "Vasktal and praised the Dornau rescue teams."
)
QUAKE_RESCUER = (
    "Rescue worker Ilko Mart pulled a girl from a house in Vasktal. Mart said the Dornau "
    "quake had flattened the old town of Vasktal."
)
QUAKE_MAYOR = (
    "Mayor Tilda Brun of Vasktal said the Dornau quake destroyed the market. Brun asked for "
    "tents for Vasktal."
)
DOCK_STRIKE = (
    "Dockers in Harlow walked out. The Harlow Dockers Guild said Guild leader Pia Sorn would "
    "meet Vessel Lines. Sorn said Vessel Lines had refused."
)
TRAM_PLAN = (
    "The Harlow tram line opened late. Lindqvist Rail said the Quayside Tramway would reach "
    "Millgate. Quayside Tramway engineer Ode Falk blamed Lindqvist Rail."
)

CASES = [
    pytest.param([QUAKE_PRESIDENT, QUAKE_RESCUER], 1, id="president-and-rescuer-one-quake"),
    pytest.param([QUAKE_PRESIDENT, QUAKE_RESCUER, QUAKE_MAYOR], 1, id="three-outlets-one-quake"),
    pytest.param([DOCK_STRIKE, TRAM_PLAN] * 3, 2, id="two-events-in-one-city-stay-apart"),
    pytest.param(
        [QUAKE_PRESIDENT, DOCK_STRIKE, QUAKE_RESCUER, DOCK_STRIKE, QUAKE_MAYOR, DOCK_STRIKE],
        2,
        id="quake-and-strike-apart",
    ),
    pytest.param([QUAKE_RESCUER], 1, id="one-document"),
]


@pytest.mark.parametrize(("texts", "want"), CASES)
def test_stories_of_invented_reports(texts, want):
    docs = [doc(i, t) for i, t in enumerate(texts)]
    assert len(set(detect_stories(docs).values())) == want


def test_one_story_forced():
    docs = [doc(i, QUAKE if i % 2 else FIRE) for i in range(6)]
    assert len(set(detect_stories(docs).values())) == 2
    forced = stories.one_story(docs)
    assert set(forced) == {d.id for d in docs} and len(set(forced.values())) == 1


def test_no_tie_is_broken_by_the_alphabet():
    """Two names used as often: the one the text names first leads (it used to be the
    alphabet's first, which split a story when two reports put their names in other
    orders)."""
    d = doc(1, "Floods hit the town of Zorvik. Rescuers from Abbeton reached Zorvik and Abbeton.")
    assert document_names(d)[:2] == ["Zorvik", "Abbeton"]


def test_work_is_linear_in_documents(monkeypatch):
    """Work is counted, not timed: each document and each story compares itself with at
    most CANDIDATES stories, found through names that vote for at most VOTERS stories.
    Random triples of 400 place names start thousands of stories."""
    rng = random.Random(7)
    places = [f"Place{chr(65 + i)}{chr(97 + j)}" for i in range(20) for j in range(20)]
    looked: list[int] = []
    real = stories._candidates
    monkeypatch.setattr(stories, "_candidates", lambda ns, index: _count(real(ns, index), looked))
    n = 8000
    docs = []
    for i in range(n):
        a, b, c = rng.sample(places, 3)
        text = f"Officials in {a} met envoys from {b} and {c}. Talks in {a} and {b} went on."
        docs.append(doc(i, text))
    found = len(set(detect_stories(docs).values()))
    assert found > 100  # many stories, long lists of them per name
    assert len(looked) <= 2 * n  # one look per document, one per story
    assert max(looked) <= stories.CANDIDATES


def _count(found: list[int], looked: list[int]) -> list[int]:
    looked.append(len(found))
    return found
