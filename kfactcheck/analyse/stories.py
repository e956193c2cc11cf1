"""Which documents tell the same story, so that a mixed folder keeps its stories apart.

A folder is one story unless its documents clearly tell different ones. A document is known
by its names (claims/names.py: the capitalised words it uses most, most used first), each
weighted by how rare it is in the corpus (smoothed inverse document frequency: a name every
document uses still counts, a name few use counts more) and by its rank in the document.

1. Documents are taken in path order; each joins the story whose weighted names are most
   like its own (cosine with the story's summed names) when that likeness reaches JOIN and
   the story holds one of the document's two main names; otherwise it starts a story.
2. Stories then merge while they are alike (cosine of their name profiles above ALIKE)
   unless they are clearly about different events: each has names most of its documents
   use and the other's do not, and those weigh more than the names the two share (_apart).
   Two groups of reports of one flood that count in different towns share the region, the
   river and the officials: one story. Two stories in one country share its name and its
   capital, and each has its own people and places: two.

A name is compared as written but for its hyphens ("Emilia-Romagna" is "Emilia Romagna");
claims/names.py leaves out a one-word name the document also writes in lower case (an
institution capitalised by style, "i Comuni ... comuni romagnoli").

Candidate stories come from an index of names in which a name votes for at most VOTERS
stories, so every step is linear in the number of documents (no pair of documents or of
stories is compared unless they share a name). No tie is broken by the alphabet: documents
are taken in path order and a story's label is its most used name (first used on a tie).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import islice

from kfactcheck.analyse.placekeys import fold_name, place_ids
from kfactcheck.claims.names import NAMES, NOUNS_CAPITALISED, common_noun, document_names
from kfactcheck.model import Document

__all__ = ["NAMES", "detect_stories", "document_names", "one_story"]

JOIN = 0.3  # likeness of a document to a story that lets it join
# A name of a story's own: used by this share of its documents, at least SIGNATURE_DOCS,
# and by at most ELSEWHERE of the other story's
SIGNATURE = 0.6
SIGNATURE_DOCS = 3
ELSEWHERE = 0.1
ALIKE = 0.1  # likeness below which stories that share a name or two still stay apart
ALIKE_ONE = 0.03  # the same for a story of one document
ROUNDS = 4  # rounds of merging, at most (each round merges stories at least in pairs)
COVER = 0.4  # share of a document's name weight a story must hold for it to join
NEED = 2  # names a document must share with a story to join it in the first pass
MAIN = 2  # a document's main names: one of them must be in the story it joins
CANDIDATES = 8  # stories with the most votes that are compared
# Stories a name votes for, at most: the first ones it was added to. Without a bound a
# name shared by many stories makes every document's vote cost grow with the corpus.
VOTERS = 32
# A word of a language that capitalises every noun, not a name (_word_of): this common in
# it (a Zipf frequency; "Trümmern" is 3.5, a small town's name often below 3) and this much
# rarer in English
WORD_ZIPF = 3.0
FOREIGN_GAP = 2.0
_RANK = tuple(1.0 / math.sqrt(1 + k) for k in range(64))  # weight of a name by its rank


class _Story:
    """A story's summed name weights, their norm, and its name counts (for its label)."""

    __slots__ = ("counts", "langs", "norm2", "size", "weights")

    def __init__(self) -> None:
        self.weights: dict[str, float] = {}
        self.norm2 = 0.0
        self.counts: Counter[str] = Counter()
        self.langs: Counter[str | None] = Counter()
        self.size = 0

    def add(self, vec: dict[str, float], names: list[str], lang: str | None) -> list[str]:
        """Add a document; returns the names new to the story (for the index)."""
        w, new = self.weights, []
        for n, x in vec.items():
            old = w.get(n)
            if old is None:
                new.append(n)
                old = 0.0
            w[n] = old + x
            self.norm2 += x * (2 * old + x)
        self.counts.update(names)
        self.langs[lang] += 1
        self.size += 1
        return new


def detect_stories(documents: Sequence[Document]) -> dict[str, str]:
    """Document id -> story name (the name the story's documents use most)."""
    docs = sorted(documents, key=lambda d: (d.path, d.id))
    spelt: dict[str, str] = {}  # a name's key -> its first spelling met (for labels)
    keyed: dict[str, str] = {}  # a name as written -> its key
    names = {d.id: _keys(document_names(d), spelt, keyed) for d in docs}
    common = _common_words(docs, names, spelt)
    df = Counter(n for ns in names.values() for n in set(ns))
    total = len(docs)
    idf = {n: math.log((total + 1) / (k + 1)) + 1.0 for n, k in df.items()}
    stories: list[_Story] = []
    index: dict[str, dict[int, None]] = defaultdict(dict)  # name -> stories, in order
    story_of: dict[str, int] = {}
    need = NEED
    for d in docs:
        ns = names[d.id]
        vec = _vector(ns, idf)
        vnorm = math.sqrt(sum(x * x for x in vec.values()))
        cover = COVER * sum(vec.values())
        main = ns[:MAIN]
        best, best_sim = None, JOIN
        for sid in _candidates(ns, index):
            st = stories[sid]
            w = st.weights
            if not any(n in w for n in main):
                continue  # what the document is mainly about is not in this story
            shared = [n for n in ns if n in w]
            if len(shared) < min(need, len(ns)):
                continue  # one name (a city two stories happen in) is not enough yet
            if sum(vec[n] for n in shared) < cover:
                continue  # most of what the document names is new to the story
            dot = sum(vec[n] * w[n] for n in shared)
            sim = dot / (vnorm * math.sqrt(st.norm2)) if vnorm and st.norm2 else 0.0
            if sim >= best_sim:
                best, best_sim = sid, sim
        if best is None:
            best = len(stories)
            stories.append(_Story())
        for n in stories[best].add(vec, ns, d.lang):
            index[n].setdefault(best)
        story_of[d.id] = best
    final = _merge(stories, index, idf, common)
    story_of = {doc_id: final[sid] for doc_id, sid in story_of.items()}
    return _labels(stories, final, story_of, _languages(docs, story_of), spelt)


def one_story(documents: Sequence[Document]) -> dict[str, str]:
    """Every document in one story, named by the name the documents use most (a user who
    knows the folder is one story says so: `--stories one`)."""
    counts: Counter[str] = Counter()
    langs: Counter[str | None] = Counter()
    for d in sorted(documents, key=lambda d: (d.path, d.id)):
        counts.update(document_names(d))
        langs[d.lang] += 1
    lang = langs.most_common(1)[0][0] if langs else None
    names = [n for n in counts if not common_noun(n, lang)] or list(counts)
    label = max(names, key=lambda n: counts[n]) if names else ""  # first met on a tie
    return {d.id: label for d in documents}


def _common_words(
    docs: Sequence[Document], names: dict[str, list[str]], spelt: dict[str, str]
) -> frozenset[str]:
    """The name keys that are words of a language that capitalises every noun
    ("Erdbeben", "Menschen", "Behörden"): they tie reports in that language together, but
    a report in another language does not write them capitalised, so between stories in
    two languages they count for nothing (_merge). A place known in every language is
    never one ("Athen")."""
    langs = {d.lang for d in docs}
    if len(langs) < 2 or not langs & NOUNS_CAPITALISED:
        return frozenset()
    out: set[str] = set()
    seen: dict[tuple[str, str], bool] = {}
    for d in docs:
        if d.lang in NOUNS_CAPITALISED:
            for k in names[d.id]:
                if (k, d.lang) not in seen:
                    seen[(k, d.lang)] = not k.startswith("@") and _word_of(spelt[k], d.lang)
                if seen[(k, d.lang)]:
                    out.add(k)
    return frozenset(out)


def _word_of(name: str, lang: str) -> bool:
    """Whether a one-word name is a word of the language rather than a name: common in it
    (claims/names.common_noun), or fairly common in it (WORD_ZIPF) and far rarer in
    English (FOREIGN_GAP), where names of people, firms and cities are as common as in
    their own language ("Erdbeben" 4.0 in German, 0 in English; "Wolfsburg" 4.2 and 2.8)."""
    if " " in name:
        return False
    if common_noun(name, lang):
        return True
    from wordfreq import zipf_frequency

    low = name.lower()
    own = zipf_frequency(low, lang, wordlist="small")
    return own >= WORD_ZIPF and zipf_frequency(low, "en", wordlist="small") <= own - FOREIGN_GAP


def _keys(ns: list[str], spelt: dict[str, str], keyed: dict[str, str]) -> list[str]:
    """Names as compared, the same in every language: a place by its id ("Turkey",
    "Türkei", "Turquía" and "Türkiye" are one name), any other name folded ("Emilia-Romagna"
    is "emilia romagna", "Düren" "duren", "AFAD" "afad"). `keyed` keeps each spelling's
    key: a corpus writes its names many times."""
    out: dict[str, None] = {}
    for n in ns:
        key = keyed.get(n)
        if key is None:
            key = keyed[n] = _key(n)
        spelt.setdefault(key, n)
        out.setdefault(key)
    return list(out)


def _key(name: str) -> str:
    folded = fold_name(name)
    return "@" + place if (place := place_ids().get(folded)) else folded


def _vector(ns: list[str], idf: dict[str, float]) -> dict[str, float]:
    return {n: idf[n] * _RANK[min(k, len(_RANK) - 1)] for k, n in enumerate(ns)}


def _candidates(ns: list[str], index: dict[str, dict[int, None]]) -> list[int]:
    """The stories most of the names vote for (each name for VOTERS stories at most)."""
    votes: dict[int, int] = {}
    get = votes.get
    for n in ns:
        voters = index.get(n)
        if voters:
            for sid in voters if len(voters) <= VOTERS else islice(voters, VOTERS):
                votes[sid] = get(sid, 0) + 1
    return sorted(votes, key=lambda sid: (-votes[sid], sid))[:CANDIDATES]


def _merge(
    stories: list[_Story], index, idf: dict[str, float], common: frozenset[str] = frozenset()
) -> list[int]:
    """Story -> the story it ends in. Stories that share a name merge unless they are
    clearly about different events: each has a name of its own, used by most of its
    documents (at least SIGNATURE_DOCS) and by almost none of the other's. Two stories in
    one city each have their own people and places; two groups of reports of one flood do
    not. In rounds, each story, largest first, joins the most alike of those it may join
    (cosine of profiles: each name's share of the story's documents times its rarity),
    unless it is most alike the story it has already joined; the test runs on the merged
    stories, so no chain of merges joins two stories that are clearly apart."""
    parent = list(range(len(stories)))
    counts = [st.counts for st in stories]  # of each merged story, at its root
    sizes = [st.size for st in stories]
    langs = [st.langs for st in stories]

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for _ in range(ROUNDS):
        roots = sorted({root(i) for i in range(len(stories))}, key=lambda r: (-sizes[r], r))
        profiles = {r: _profile(counts[r], sizes[r], idf) for r in roots}
        norms = {r: _norm(p) for r, p in profiles.items()}
        lang = {r: langs[r].most_common(1)[0][0] for r in roots}
        # between stories in two languages, only the names both could write capitalised
        proper = {r: _without(counts[r], common) for r in roots} if common else counts
        merged = False
        for r in roots:
            if root(r) != r:
                continue  # joined another this round: it looks again in the next
            top = [n for n, _ in counts[r].most_common(NAMES)]
            if common:
                top += [n for n, _ in proper[r].most_common(NAMES) if n not in top]
            # one document cannot show a name of its own: it joins on less likeness
            best, best_sim = None, ALIKE_ONE if sizes[r] == 1 else ALIKE
            for other in {root(o): None for o in _candidates(top, index)}:
                if other == r or other not in profiles or root(other) != other:
                    continue
                seen = counts if lang[r] == lang[other] else proper
                if _apart(seen[r], sizes[r], seen[other], sizes[other], idf):
                    continue
                if seen is counts:
                    mine, theirs, norm = profiles[r], profiles[other], norms[r] * norms[other]
                else:
                    mine = _profile(proper[r], sizes[r], idf)
                    theirs = _profile(proper[other], sizes[other], idf)
                    norm = _norm(mine) * _norm(theirs)
                dot = sum(x * theirs[n] for n, x in mine.items() if n in theirs)
                sim = dot / norm if norm else 0.0
                if sim > best_sim:
                    best, best_sim = other, sim
            if best is not None:
                keep, gone = min(r, best), max(r, best)  # the earlier story keeps it
                parent[gone] = keep
                counts[keep] = counts[keep] + counts[gone]
                langs[keep] = langs[keep] + langs[gone]
                sizes[keep] += sizes[gone]
                merged = True
        if not merged:
            break
    return [root(i) for i in range(len(stories))]


def _apart(a: Counter[str], na: int, b: Counter[str], nb: int, idf: dict[str, float]) -> bool:
    """Whether two stories are clearly about different events: each has names of its own
    that weigh more than the names the two share (each shared name weighs its rarity times
    the smaller of its shares of the two stories' documents). Two stories in one city share
    the city and each has its own people and places; two groups of reports of one flood
    share the region, the river and the officials, and one of them naming a town more
    often than the other does not set it apart."""
    if len(a) > len(b):
        a, na, b, nb = b, nb, a, na
    shared = sum(min(k / na, b[n] / nb) * idf[n] for n, k in a.items() if n in b)
    return _own_weight(a, na, b, nb, idf) > shared and _own_weight(b, nb, a, na, idf) > shared


def _own_weight(
    mine: Counter[str], n_mine: int, theirs: Counter[str], n_theirs: int, idf: dict[str, float]
) -> float:
    """The weight of what sets a story's names apart: of each name most of its documents
    use (at least SIGNATURE_DOCS), the share of its documents that use it beyond the share
    of the other story's, times its rarity."""
    need = max(SIGNATURE_DOCS, SIGNATURE * n_mine)
    own = 0.0
    for name, k in mine.most_common(NAMES):
        if k < need:
            break
        own += max(0.0, k / n_mine - theirs.get(name, 0) / n_theirs) * idf[name]
    return own


def _profile(counts: Counter[str], size: int, idf: dict[str, float]) -> dict[str, float]:
    return {n: k / size * idf[n] for n, k in counts.items()}


def _norm(profile: dict[str, float]) -> float:
    return math.sqrt(sum(x * x for x in profile.values()))


def _without(counts: Counter[str], common: frozenset[str]) -> Counter[str]:
    return Counter({n: k for n, k in counts.items() if n not in common})


def _languages(docs: Sequence[Document], story_of: dict[str, int]) -> dict[int, str | None]:
    """Each story's language: the one most of its documents are in (first met on a tie)."""
    langs: dict[int, Counter[str | None]] = defaultdict(Counter)
    for d in docs:
        langs[story_of[d.id]][d.lang] += 1
    return {i: c.most_common(1)[0][0] for i, c in langs.items()}


def _labels(
    stories: list[_Story],
    final: list[int],
    story_of: dict[str, int],
    langs: dict[int, str | None] | None = None,
    spelt: dict[str, str] | None = None,
) -> dict[str, str]:
    """Each story named by its most used name; a name two stories share gets a second. In
    a language that capitalises every noun, a common word of it names no story."""
    spelt = spelt or {}
    counts: dict[int, Counter[str]] = defaultdict(Counter)
    for i, st in enumerate(stories):
        counts[final[i]].update(st.counts)
    for i, lang in (langs or {}).items():
        if lang in NOUNS_CAPITALISED:
            common = [n for n in counts[i] if common_noun(spelt.get(n, n), lang)]
            if len(common) < len(counts[i]):  # a story with names left keeps only those
                for n in common:
                    del counts[i][n]
    used = sorted(set(story_of.values()))
    # the name most of its documents use, the alphabet's first of those used as often (a
    # label only: which documents tell one story is decided above, never by a tie)
    first = {
        i: sorted(counts[i], key=lambda n, i=i: (-counts[i][n], spelt.get(n, n)))[:2] for i in used
    }
    taken = Counter(ns[0] for ns in first.values() if ns)
    label = {}
    for i in used:
        ns = [spelt.get(n, n) for n in first[i]]  # as the documents first wrote it
        if not ns:
            label[i] = ""
        elif taken[first[i][0]] > 1 and len(ns) > 1:
            label[i] = f"{ns[0]} {ns[1]}"
        else:
            label[i] = ns[0]
    return {doc_id: label[sid] for doc_id, sid in story_of.items()}
