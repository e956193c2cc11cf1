"""What the speed-path tests share: our corpora's sentences, random strings built from
pieces chosen to trip a shortcut, and the plain loop the live-page stamp gate stands for."""

from __future__ import annotations

import random

from conftest import ROOT

from kfactcheck.grammar.sentences import split_sentences
from kfactcheck.grammar.stamps import entry_stamp, may_open_stamp
from kfactcheck.read.corpus import read_corpus

CORPORA = [ROOT / "corpus" / "kosovo", ROOT / "tests" / "data" / "stories"]
SENTENCES = [
    doc.text[a:b]
    for doc in read_corpus([str(p) for p in CORPORA]).documents
    for a, b in split_sentences(doc.text)
]


def random_strings(pieces: list[str], n: int, seed: int, k: int = 10) -> list[str]:
    """`n` strings of up to `k` pieces each, the same for the same seed."""
    rng = random.Random(seed)
    return ["".join(rng.choices(pieces, k=rng.randint(0, k))) for _ in range(n)]


def plain_stamps(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, object]]:
    """The entry stamps of a live page, sentence by sentence, with no gate before them."""
    out = []
    for i, (a, b) in enumerate(sentences):
        word = text[a : min(b, a + 20)].split(None, 1)
        stamp = word and may_open_stamp(word[0]) and entry_stamp(text, a, bare=True)
        if stamp and stamp.end == b:
            out.append((i, stamp))
    return out
