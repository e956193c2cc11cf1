"""Which documents tell the same story, so that a mixed folder keeps its stories apart.

A document's *names* are the capitalised words it uses most (not at the start of a
sentence, not months, weekdays or titles). Documents are taken in path order; each joins
the story whose most used names include at least two of its own, one of them among its
two main names; otherwise it starts a story. A story of one document then joins the story
it shares most names with, if any. Candidate stories come from an index of names, so the
cost is linear in the number of documents. A corpus about one story forms one story.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from kfactcheck.model import Document

NAMES = 8  # names kept per document
PROFILE = 16  # a story's most used names that a document is matched against
NEED = 2  # names a document must share with a story to join it
# A capitalised word not at the start of a sentence or line: the character before its one
# space is neither a sentence end, an opening quote or bracket, nor a line break.
_NAME = re.compile(r"(?<=[^\s.!?:“\"‘(] )[A-Z][a-zA-Z-]{2,}")
_COMMON = frozenset(
    """January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday The This That These Those
    There Their They He She It We You His Her Its Our But And Or If When While After Before
    Mr Mrs Ms Dr Prime Minister President Secretary General Chief Police Government
    Council Ministry Parliament Interior Foreign Finance Defence Defense State Authority
    Agency Office Department Court Reuters AP AFP Associated Press Image Read More Share
    Photo Credit English Updated Published Email""".split()
)


def document_names(doc: Document) -> list[str]:
    """The document's most used names, most frequent first (ties by name)."""
    text = doc.kept_text() if doc.keep else doc.text
    counts = Counter(_NAME.findall(text))
    for word in _COMMON.intersection(counts):
        del counts[word]
    ranked = sorted((-n, name) for name, n in counts.items())
    return [name for _, name in ranked[:NAMES]]


def detect_stories(documents: Sequence[Document]) -> dict[str, str]:
    """Document id -> story name (the name the story's documents use most)."""
    docs = sorted(documents, key=lambda d: (d.path, d.id))
    names = {d.id: document_names(d) for d in docs}
    profiles: list[Counter[str]] = []
    index: dict[str, set[int]] = defaultdict(set)
    story_of: dict[str, int] = {}
    for d in docs:
        ns = names[d.id]
        best = _best_story(ns, profiles, index, main_names=True)
        if best is None:
            best = len(profiles)
            profiles.append(Counter())
        profiles[best].update(ns)
        for n in ns:
            index[n].add(best)
        story_of[d.id] = best
    # a story of one document joins the story it shares most names with
    sizes = Counter(story_of.values())
    for d in docs:
        sid = story_of[d.id]
        if sizes[sid] == 1:
            others = [p if i != sid else Counter() for i, p in enumerate(profiles)]
            best = _best_story(names[d.id], others, index, main_names=False)
            if best is not None and best != sid:
                story_of[d.id] = best
                profiles[best].update(names[d.id])
                sizes[sid] -= 1
                sizes[best] += 1
    return _labels(profiles, story_of)


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


def _best_story(ns, profiles, index, *, main_names: bool) -> int | None:
    votes: Counter[int] = Counter()
    for n in ns:
        for sid in index.get(n, ()):
            votes[sid] += 1
    for sid, _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])):
        top = {n for n, _ in profiles[sid].most_common(PROFILE)}
        shared = sum(1 for n in ns if n in top)
        if shared >= min(NEED, len(ns)) and (not main_names or any(n in top for n in ns[:2])):
            return sid
    return None
