"""Names in speaker attribution: how one document names people (full names, surnames,
titles held, "Kosovo's prime minister" resolved to the person), and `canonical_names`, one
spelling per person across a corpus ("Jens Soltenberg" -> "Jens Stoltenberg")."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from kfactcheck.grammar.speakerwords import _fold, _Lexicon, _lexicon, _title_key, full_names

# ---------------------------------------------------------------------------------- names


@dataclass(frozen=True, slots=True)
class _Name:
    tokens: tuple[str, ...]  # the name without titles: ("Luca", "Piperni")
    title: str  # normalised title before it: "brigadier general", "" if none
    mods: tuple[str, ...]  # words before the title: ("Serbian",), ("Kosovo",)
    org: bool  # an organisation rather than a person
    loose: bool = False  # opened by a preposition: "In Brussels Jens Stoltenberg" may hold a place


def _split_name(tokens: list[str], lex: _Lexicon) -> _Name | None:
    """Split a capitalised run into modifiers, title and name.

    The title ends at the last title word that still leaves a name after it, so "John Major"
    stays a name while "Major John Smith" loses its rank.
    """
    low = [t.lower().rstrip(".") for t in tokens]
    k = 0
    while k < len(tokens) and low[k] in lex.not_names:
        k += 1
    if k == len(tokens):
        return None
    first_title, cut = -1, k
    for i in range(k, len(tokens) - 1):
        if low[i] in lex.title_words or (
            lex.title_suffixes and low[i].endswith(lex.title_suffixes)
        ):
            cut = i + 1
            if first_title < 0:
                first_title = i
    if first_title < 0 and all(
        w in lex.title_words or (lex.title_suffixes and w.endswith(lex.title_suffixes))
        for w in low[k:]
    ):
        # nothing but a title: "the President said" names a role, not a person
        return _Name((), _title_key(low[k:], lex.abbreviations), tuple(tokens[:k]), False)
    loose = any(w in lex.function_words for w in low[:k])
    end = len(tokens)
    while end > cut + 1 and low[end - 1] in lex.weekdays:  # '"...," said Reyes Monday'
        end -= 1
    name = tuple(tokens[cut:end])
    if any(w.lower() in lex.org_words for w in name):
        # an organisation keeps every word: "Transport Workers' Union" is no Minister's name
        return _Name(tuple(tokens[k:end]), "", (), True, loose)
    title = _title_key(low[first_title:cut], lex.abbreviations) if first_title >= 0 else ""
    mods = tuple(tokens[k:first_title]) if first_title >= 0 else ()
    org = len(name) == 1 and len(name[0]) > 1 and name[0].isupper()  # "NATO", "KFOR"
    return _Name(name, title, mods, org, loose)


def _mods_match(a: Iterable[str], b: Iterable[str]) -> bool:
    """'Kosovo' ~ "Kosovo's" ~ 'Kosovan'; 'Serbia' ~ 'Serbian': the first five letters agree."""
    fa = {_fold(w)[:5] for w in a}
    return any(_fold(w)[:5] in fa for w in b)


class _Doc:
    """What the whole document says about names: full names by surname, titles held.

    Each table is built on its first question, not with the reading: a document whose
    claims no one is named for never scans its names, and the titles written before names
    are looked up only for a role ("the prime minister") or a surname two people share.
    """

    def __init__(self, text: str, lex: _Lexicon) -> None:
        self.text, self.lex = text, lex
        self.expanded: dict[str, str] = {}

    @cached_property
    def names(self) -> list[tuple[int, _Name, str]]:
        """Every full name written in the document: where, its parts, the name."""
        out = []
        split: dict[str, _Name | None] = {}  # a name written again is split once
        for m in full_names(self.text, self.lex):  # a lone word is no full name
            run = m.group()
            if run not in split:
                split[run] = _split_name(run.split(), self.lex)
            nm = split[run]
            if nm is None or not nm.tokens or nm.org or (nm.loose and not nm.title):
                continue  # "In Brussels Jens Stoltenberg": where the name starts is unclear
            out.append((m.start(), nm, " ".join(nm.tokens)))
        return out

    @cached_property
    def by_surname(self) -> dict[str, list[tuple[int, str]]]:
        by_surname: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for start, nm, full in self.names:
            if 2 <= len(nm.tokens) <= 4:
                by_surname[_fold(nm.tokens[-1])].append((start, full))
        return by_surname

    @cached_property
    def count(self) -> Counter[str]:
        return Counter(full for _, nm, full in self.names if 2 <= len(nm.tokens) <= 4)

    @cached_property
    def titles(self) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
        """Full names by the titles written with them: "prime minister", "minister"."""
        titles: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
        for start, nm, full in self.names:
            title, mods = self._lookback(self.text, start, nm)
            if title:
                for key in {title, title.split()[-1]}:
                    titles[key].append((full, mods))
        return titles

    @cached_property
    def titled(self) -> set[str]:
        return {full for forms in self.titles.values() for full, _ in forms}

    def _lookback(self, text: str, start: int, nm: _Name) -> tuple[str, tuple[str, ...]]:
        """Title and modifiers written before a name: "NATO chief Jens Stoltenberg",
        "Kosovo's Prime Minister Albin Kurti"."""
        title, mods = nm.title, nm.mods
        before = text[max(0, start - 40) : start]
        if not before.endswith((" ", "\t")):
            return title, mods
        words = before.split()
        n = 0
        if not title:
            if len(words) >= 2 and f"{words[-2]} {words[-1]}" in self.lex.lower_titles:
                n = 2
            elif words and words[-1] in self.lex.lower_titles:
                n = 1
            if n:
                title = _title_key(words[-n:], self.lex.abbreviations)
        if len(words) > n:
            mod = words[-n - 1]
            if mod.endswith(("'s", "’s")):
                mods = (*mods, mod[:-2])
            elif n and mod.isalpha():
                mods = (*mods, mod)
        return title, mods

    def known(self, name: str) -> bool:
        """A single word that is the surname of a full name in the document."""
        return _fold(name) in self.by_surname

    def expand(self, name: str) -> str:
        """A surname alone -> the full name the document gives for it ('Kurti' -> 'Albin Kurti')."""
        if " " in name:
            return name
        if name not in self.expanded:
            self.expanded[name] = self._expand(name)
        return self.expanded[name]

    def _expand(self, name: str) -> str:
        key = _fold(name)
        cands = self.by_surname.get(key)
        if not cands and len(key) >= 5 and len(self.by_surname) <= 300:
            # a misspelt surname: one letter off a known one (no article names 300 people)
            near = [k for k in self.by_surname if Levenshtein.distance(k, key, score_cutoff=1) <= 1]
            cands = self.by_surname[near[0]] if len(near) == 1 else None
        if not cands:
            return name
        # Misspellings of one person share a given name; other people with that surname do not.
        people: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for p, full in cands:
            people[_fold(full.split()[0])].append((p, full))
        if len(people) > 1:
            # a surname alone means the story's principal: a titled person, else the one
            # named most often, else the first named (a passer-by quoted once is not meant)
            def weight(given: str) -> tuple[bool, int, int]:
                forms = people[given]
                return (any(f in self.titled for _, f in forms), len(forms), -forms[0][0])

            cands = people[max(sorted(people), key=weight)]
        return max({f for _, f in cands}, key=lambda f: (self.count[f], f))

    def resolve_role(self, words: list[str], mods: list[str]) -> str | None:
        """'Kosovo's prime minister' -> the one person the document calls Prime Minister."""
        low = [w.lower().rstrip(".") for w in words]
        cands = None
        for i in range(len(low)):  # the longest title the phrase ends with
            key = _title_key(low[i:], self.lex.abbreviations)
            if key in self.titles:
                cands, mods = self.titles[key], mods + words[:i]
                break
        if not cands:
            return None
        strong = [n for n, m in cands if m and mods and _mods_match(m, mods)]
        pool = strong or [n for n, m in cands if not (m and mods)]
        if not pool:
            return None
        best = max(set(pool), key=lambda n: (pool.count(n), n))
        # several spellings of one person ("Albin Kurti", a caption's "Albin KurtiImage") are fine
        return best if all(_same_person(best, n) for n in pool) else None


def _same_person(a: str, b: str) -> bool:
    """Two full names that are spellings of one person's name."""
    fa, fb = _fold(a).split(), _fold(b).split()
    return _given_match(fa[0], fb[0]) and (
        _close(fa[-1], fb[-1]) or fa[-1].startswith(fb[-1]) or fb[-1].startswith(fa[-1])
    )


# ---------------------------------------------------------------------------------- canonical


def _edits_allowed(a: str, b: str) -> int:
    """Spelling slips tolerated between two name parts: none up to 3 letters, one up to 7
    ('Fak' ~ 'Falk', 'Jans' ~ 'Jens'), two beyond ('Soltenberg' ~ 'Stoltenberg')."""
    n = max(len(a), len(b))
    return 0 if n <= 3 else 1 if n <= 7 else 2


def _close(a: str, b: str) -> bool:
    if a == b:
        return True
    limit = _edits_allowed(a, b)
    return limit > 0 and Levenshtein.distance(a, b, score_cutoff=limit) <= limit


def _given_match(a: str, b: str) -> bool:
    """Given names agree: equal, or one is the other's initial ('J.' / 'Jens')."""
    a, b = a.rstrip("."), b.rstrip(".")
    return a == b or (min(len(a), len(b)) == 1 and a[0] == b[0])


def canonical_names(names: Iterable[str]) -> dict[str, str]:
    """Map every spelling of a name to one canonical full name.

    Spellings are compared without accents or case. Two full names are one person when their
    given names agree (or one is the other's initial) and their surnames are a slip apart, or
    their surnames agree and their given names are a slip apart (rapidfuzz Levenshtein
    distance: none up to 3 letters, 1 up to 7, 2 beyond). A slip in the given name is only
    believed under a long surname (7+ letters) or for a spelling at most a third as frequent,
    so "Mara Vance" and "Mark Vance" stay two people. A surname alone joins the one full name
    with that surname (or a slip of it). The canonical form is the most frequent full
    spelling; on a tie, the one the other spellings agree with most, then the accented one.
    Strings that are not person names ("police", "the ministry", "NATO") map to themselves.
    Each input is counted once per occurrence; the result does not depend on input order.
    """
    lex = _lexicon()
    counts = Counter(n for n in names if n and n.strip())
    out: dict[str, str] = {}
    parsed: dict[str, tuple[str, ...]] = {}  # raw -> folded name words, titles stripped
    shown: dict[str, str] = {}  # raw -> the name as written, titles stripped
    for raw in counts:
        words = raw.split()
        namelike = all(w[0].isupper() or w in lex.particles for w in words)
        nm = _split_name(words, lex) if namelike else None
        if nm is None or not nm.tokens or nm.org or len(nm.tokens) > 5:
            out[raw] = raw
            continue
        parsed[raw] = tuple(_fold(w) for w in nm.tokens)
        shown[raw] = " ".join(nm.tokens)
    # spellings equal once folded count together
    keys: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for raw, key in parsed.items():
        keys[key][shown[raw]] += counts[raw]
    total = {k: sum(v.values()) for k, v in keys.items()}

    def same(seed: tuple[str, ...], key: tuple[str, ...]) -> bool:
        if _given_match(seed[0], key[0]):
            return _close(seed[-1], key[-1])
        return (
            seed[-1] == key[-1]
            and _close(seed[0], key[0])
            and (
                len(key[-1]) >= 7
                or 3 * min(total[key], total[seed]) <= max(total[key], total[seed])
            )
        )

    # Two spellings of one person share a given name or a surname exactly, so each name is
    # compared (by rapidfuzz, in C) only with the names sharing one of its parts.
    fulls = sorted(k for k in keys if len(k) >= 2)
    by_given: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    by_surname: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for k in fulls:
        by_given[k[0]].append(k)
        by_surname[k[-1]].append(k)

    surnames_with = {g: [k[-1] for k in group] for g, group in by_given.items()}

    def neighbours(k: tuple[str, ...]) -> set[tuple[str, ...]]:
        out: set[tuple[str, ...]] = set()
        group = by_given[k[0]]
        if len(group) > 1:  # the same given name: surnames a slip apart
            slips = process.extract(
                k[-1], surnames_with[k[0]], scorer=Levenshtein.distance, score_cutoff=2, limit=None
            )
            out.update(group[n] for _, _, n in slips if group[n] != k and same(group[n], k))
        # the same surname: given names a slip apart, or an initial ("J." / "Jens")
        out.update(j for j in by_surname[k[-1]] if j != k and same(j, k))
        return out

    near = {k: neighbours(k) for k in fulls}
    # Seeds are taken most frequent first; on a tie, the spelling most others are a slip of
    # ("Jens Stoltenberg" between "Jans Stoltenberg" and "Jens Soltenberg").
    support = {k: sum(total[j] for j in near[k]) for k in fulls}
    ranked = sorted(keys, key=lambda k: (-total[k], -support.get(k, 0), k))
    seed_of: dict[tuple[str, ...], int] = {}  # seed spelling -> cluster
    seeds: list[tuple[str, ...]] = []
    home: dict[tuple[str, ...], int] = {}
    for key in ranked:  # full names, most frequent first: each joins a seed it matches
        if len(key) < 2:
            continue
        hits = sorted(seed_of[j] for j in near[key] if j in seed_of)
        initial = len(key[0].rstrip(".")) == 1
        if hits and not (initial and len(hits) > 1):  # "J. Smith" fits only if one J. Smith
            home[key] = hits[0]
            continue
        home[key] = seed_of[key] = len(seeds)
        seeds.append(key)
    # a surname alone joins the one person with that surname (or a slip of it)
    surname_of: dict[str, set[int]] = defaultdict(set)
    by_initial: dict[str, list[str]] = defaultdict(list)  # seed surnames by first letter
    for c, seed in enumerate(seeds):
        if not surname_of[seed[-1]]:
            by_initial[seed[-1][:1]].append(seed[-1])
        surname_of[seed[-1]].add(c)
    for key in ranked:
        if len(key) != 1:
            continue
        owners = surname_of.get(key[0]) or {
            c
            for found, _, _ in process.extract(
                key[0],
                by_initial.get(key[0][:1], []),
                scorer=Levenshtein.distance,
                score_cutoff=2,
                limit=None,
            )
            if _close(found, key[0])
            for c in surname_of[found]
        }
        if len(owners) == 1:
            home[key] = next(iter(owners))
    members: dict[int, list[tuple[str, ...]]] = defaultdict(list)
    for key, c in home.items():
        members[c].append(key)
    best: dict[int, str] = {}
    for c, ks in members.items():
        forms: Counter[str] = Counter()
        for k in ks:
            if len(k) >= 2:
                forms.update(keys[k])

        def rank(f: str, ks: list[tuple[str, ...]] = ks, forms: Counter[str] = forms) -> tuple:
            w = _fold(f).split()
            support = sum(total[k] for k in ks if k[-1] == w[-1] or (len(k) >= 2 and k[0] == w[0]))
            return (forms[f], support, not f.isascii(), f)

        best[c] = max(forms, key=rank)
    for raw, key in parsed.items():
        if key in home:
            out[raw] = best[home[key]]
        else:  # a surname alone that fits no one or several: its most used spelling
            out[raw] = max(keys[key], key=lambda f: (keys[key][f], not f.isascii(), f))
    return out
