"""Story detection: documents that use the same names tell one story."""

from __future__ import annotations

import random
import time
from pathlib import Path

from kfactcheck.corpus import read_corpus
from kfactcheck.model import Document
from kfactcheck.stories import detect_stories, document_names

ROOT = Path(__file__).resolve().parent.parent


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


def test_cost_is_linear_in_documents():
    rng = random.Random(7)
    places = [f"Place{chr(65 + i)}{chr(97 + j)}" for i in range(20) for j in range(20)]

    def corpus(n: int) -> list[Document]:
        out = []
        for i in range(n):
            a, b, c = rng.sample(places, 3)
            out.append(
                doc(
                    i,
                    f"Officials in {a} met envoys from {b} and {c}. "
                    f"Talks in {a} and {b} went on. Later {a} said so.",
                )
            )
        return out

    def cost(n: int) -> float:
        docs = corpus(n)
        best = float("inf")
        for _ in range(3):
            t = time.process_time()
            detect_stories(docs)
            best = min(best, time.process_time() - t)
        return best

    small, large = cost(2000), cost(4000)
    assert large / small < 3.0, (small, large)  # all pairs would be about 4
