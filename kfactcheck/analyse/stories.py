"""Which documents tell the same story, so that a mixed folder keeps its stories apart.

A document's *names* are the capitalised words it uses most (not at the start of a
sentence, not months, weekdays or titles). Documents are taken in path order; each joins
the story whose most used names include the most of its own, at least two and one of them
among its two main names; otherwise it starts a story. A story of one document then joins
the story it shares most names with, if any. Candidate stories come from an index of names
in which a name votes for at most VOTERS stories, so the cost is linear in the number of
documents.
A corpus about one story forms one story.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import islice

from kfactcheck.claims.names import NAMES, document_names
from kfactcheck.model import Document

__all__ = ["NAMES", "detect_stories", "document_names"]

PROFILE = 16  # a story's most used names that a document is matched against
NEED = 2  # names a document must share with a story to join it
CANDIDATES = 8  # stories sharing the most names with a document that are tried
# Stories a name votes for, at most: the first ones to make it a top name. Without a bound
# a name shared by many stories makes every document's vote cost grow with the corpus.
VOTERS = 32


class _Story:
    """A story's name counts, and the set of its most used names (kept fresh while the
    story is small, refreshed at every eighth growth once it is large)."""

    __slots__ = ("counts", "size", "stale", "top")

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.top: frozenset[str] = frozenset()
        self.size = 0
        self.stale = 0

    def add(self, names: list[str]) -> bool:
        """Count a document's names; True when the top names were refreshed."""
        self.counts.update(names)
        self.size += 1
        self.stale += 1
        if self.stale * 8 < self.size:
            return False
        self.top = frozenset(n for n, _ in self.counts.most_common(PROFILE))
        self.stale = 0
        return True


def detect_stories(documents: Sequence[Document]) -> dict[str, str]:
    """Document id -> story name (the name the story's documents use most)."""
    docs = sorted(documents, key=lambda d: (d.path, d.id))
    names = {d.id: document_names(d) for d in docs}
    stories: list[_Story] = []
    # name -> stories it is a top name of, in the order it became one (a dict keeps order)
    index: dict[str, dict[int, None]] = defaultdict(dict)
    story_of: dict[str, int] = {}

    def join(sid: int, ns: list[str]) -> None:
        if stories[sid].add(ns):
            for n in stories[sid].top:
                index[n].setdefault(sid)

    for d in docs:
        ns = names[d.id]
        best = _best_story(ns, stories, index, main_names=True)
        if best is None:
            best = len(stories)
            stories.append(_Story())
        join(best, ns)
        story_of[d.id] = best
    # a story of one document joins the story it shares most names with
    for d in docs:
        sid = story_of[d.id]
        if stories[sid].size == 1:
            best = _best_story(names[d.id], stories, index, main_names=False, exclude=sid)
            if best is not None:
                story_of[d.id] = best
                join(best, names[d.id])
                stories[sid].size = 0
    return _labels([st.counts for st in stories], story_of)


def _labels(profiles: list[Counter[str]], story_of: dict[str, int]) -> dict[str, str]:
    """Each story named by its most used name; a name two stories share gets a second."""
    used = sorted(set(story_of.values()))
    first = {i: [n for n, _ in profiles[i].most_common(2)] for i in used}
    taken = Counter(ns[0] for ns in first.values() if ns)
    label = {}
    for i in used:
        ns = first[i]
        if not ns:
            label[i] = ""
        elif taken[ns[0]] > 1 and len(ns) > 1:
            label[i] = f"{ns[0]} {ns[1]}"
        else:
            label[i] = ns[0]
    return {doc_id: label[sid] for doc_id, sid in story_of.items()}


def _best_story(ns, stories, index, *, main_names: bool, exclude: int = -1) -> int | None:
    """Of the few best-voted candidates, the story whose top names hold the most of the
    document's names: at least NEED, one of them among its two main names when
    `main_names`. Votes can be stale (a name keeps voting for a story it has left the top
    names of), so they only pick the candidates; the names shared now decide."""
    votes = _votes(ns, index)
    candidates = sorted(
        (sid for sid in votes if sid != exclude), key=lambda sid: (-votes[sid], sid)
    )[:CANDIDATES]
    best, best_shared = None, min(NEED, len(ns)) - 1
    for sid in candidates:
        top = stories[sid].top
        shared = sum(1 for n in ns if n in top)
        if shared > best_shared and (not main_names or any(n in top for n in ns[:2])):
            best, best_shared = sid, shared
    return best


def _votes(ns: list[str], index: dict[str, dict[int, None]]) -> dict[int, int]:
    """Story -> how many of the names vote for it (each name for VOTERS stories at most)."""
    votes: dict[int, int] = {}
    get = votes.get
    for n in ns:
        voters = index.get(n)
        if voters:
            for sid in voters if len(voters) <= VOTERS else islice(voters, VOTERS):
                votes[sid] = get(sid, 0) + 1
    return votes
