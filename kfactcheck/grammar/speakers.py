"""Speaker attribution: who said each sentence of a document, and one spelling per person.

`attribute(text, sentences)` gives, for every sentence span, the source its content is
attributed to: a person's name ("Jens Stoltenberg", titles stripped, a surname expanded to the
full name the document gives), an organisation ("NATO") or a group ("police", "organisers",
"the ministry"), or None when the sentence only reports facts.

`canonical_names(names)` maps every spelling of a name seen across a corpus ("Jens Soltenberg",
"Stoltenberg", "Vučić") to one full name.

Word lists live in data/speakers.toml. The work is linear in the document: a handful of
compiled regexes scan the text once, and only the few words around a reporting verb are
tokenised and parsed in Python.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache, partial
from itertools import chain, pairwise
from operator import itemgetter
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from kfactcheck import data
from kfactcheck.grammar.vocab import trie_pattern

__all__ = ["attribute", "canonical_names"]

# Capital letters of the Latin, Greek and Cyrillic blocks, for a regex class: `re` has no \p{Lu}.
_UPPER = re.escape("".join(c for c in map(chr, range(0x530)) if c.isupper()))
_LETTER = r"[^\W\d_]"
# Letters NFKD leaves alone but a reader treats as plain ones ("Łukasz", "Đoković").
_FOLD_EXTRA = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"}
)
# Marks that close a sentence before a line break: a line ending in one ends a paragraph.
_LINE_END_MARKS = frozenset('.!?:"”’)')
# Quote marks that open or close a span (single quotes are apostrophes too often to count).
_OPENERS, _CLOSERS = frozenset("“«„"), frozenset("”»")
# A colon ending a sentence or its line: "X told reporters:" introduces the next paragraph.
_INTRO_COLON = re.compile(r":[ \t]*(?:\n|$)")
# A line break with any blank lines after it (\r of CRLF text counts as space).
# (group 1 matches only in a blank line: the second line break)
_LINE_BREAKS = re.compile(r"\n[ \t\r\f\v]*(?:(\n)[ \t\r\f\v]*(?:\n[ \t\r\f\v]*)*)?")
# Double quote marks: curly, straight, guillemets, low-9.
_QUOTE_MARKS = re.compile(r"[“”\"«»„]")


@lru_cache(maxsize=65536)
def _fold(s: str) -> str:
    """Lowercase without accents: 'Vučić' -> 'vucic'."""
    s = unicodedata.normalize("NFKD", s.lower()).translate(_FOLD_EXTRA)
    return "".join(c for c in s if not unicodedata.combining(c))


# ---------------------------------------------------------------------------------- word lists


@dataclass(frozen=True, slots=True)
class _Lexicon:
    verbs: frozenset[str]
    participles: frozenset[str]
    weak_verbs: frozenset[str]
    title_words: frozenset[str]  # every word of a title, lowercase, no dot
    title_keys: frozenset[str]  # whole titles, normalised: "prime minister", "brigadier general"
    abbreviations: dict[str, str]
    roles: frozenset[str]
    groups: frozenset[str]
    proxies: frozenset[str]
    org_words: frozenset[str]
    not_names: frozenset[str]
    particles: frozenset[str]
    between: frozenset[str]
    determiners: frozenset[str]
    function_words: frozenset[str]
    pron_person: frozenset[str]
    pron_group: frozenset[str]
    weekdays: frozenset[str]
    complements: frozenset[str]
    clause_openers: frozenset[str]
    token_re: re.Pattern[str]
    verb_re: re.Pattern[str]
    verb_chars: re.Pattern[str]  # a run of the characters a verb or phrase may hold
    verb_stop: re.Pattern[str]  # matched from a point: up to the last character none may hold
    run_re: re.Pattern[str]
    full_re: re.Pattern[str]
    subject_re: re.Pattern[str]
    headline_re: re.Pattern[str]
    lower_titles: frozenset[str]  # titles and roles as written lowercase before a name


def _alt(words: Iterable[str]) -> str:
    """A regex alternation, longest first so 'Prime Minister' wins over 'Minister'."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@cache
def _lexicon() -> _Lexicon:
    raw = data.load("speakers")
    words = raw["words"]
    abbreviations = dict(raw["abbreviations"])
    title_keys = frozenset(_title_key(t.split(), abbreviations) for t in raw["titles"])
    title_words = frozenset(w for t in raw["titles"] for w in re.split(r"[\s.-]+", t.lower()) if w)
    # Abbreviated titles keep their dot inside one token: "Brig." "Gen." "Dr.".
    abbrs = sorted({t.rstrip(".") for t in raw["titles"] for t in t.split() if t.endswith(".")})
    abbrs += words["name_abbreviations"]
    # a word: O'Neill, al-Hassan, Workers' (but not the 's of a possessive)
    tail = rf"(?:-{_LETTER}+|['’](?!s\b){_LETTER}+)*(?:(?<=s)['’](?!{_LETTER}))?"
    word = rf"{_LETTER}+{tail}"
    name_tok = rf"(?:(?:{_alt(abbrs)})\.|[{_UPPER}]\.|[{_UPPER}]{_LETTER}*{tail})"
    run = (
        rf"(?<!{_LETTER})(?:{name_tok})"  # a capitalised word, title abbreviation or initial
        rf"(?:[ \t]+(?:(?:{_alt(words['particles'])})[ \t]+)*(?:{name_tok})){{0,6}}"  # more
    )
    token_re = re.compile(
        rf"""
        (?P<A>(?:{_alt(abbrs)})\.|[{_UPPER}]\.(?=[ \t]*[{_UPPER}]))  # title abbreviation, initial
        | (?P<W>{word})                                           # a word: O'Neill, Workers'
        | (?P<P>['’]s\b)                                          # possessive 's
        | (?P<N>\d+(?:[.,:/]\d+)*)                                # a figure: 4,000 / 1.8
        | (?P<X>[^\s\w])                                          # any other mark
        """,
        re.X,
    )
    phrases = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in raw["source_phrases"])
    # a trie, not a longest-first list: re tries a list's branches one by one at every
    # position of every document, and this scan runs over all of each one
    verb_re = re.compile(
        rf"""
        (?<!{_LETTER})
        (?:{trie_pattern(raw["verbs"] + raw["participles"])}
          | (?i:{phrases})                                        # or "according to"
        )(?!{_LETTER})
        """,
        re.X,
    )
    marks = {c for w in raw["verbs"] + raw["participles"] + raw["source_phrases"] for c in w}
    held = re.escape("".join(sorted(marks)))
    verb_chars = re.compile(rf"[\w\s{held}]*")
    intro = _alt(w.capitalize() for w in words["not_names"])
    subject_re = re.compile(
        rf"""
        [\s“”"'‘’(\[]*                                # opening marks
        (?:(?:{intro})(?!{_LETTER})[^,.;:“”"\n]{{0,60}},[ \t]+)?  # "On Wednesday, " "In response, "
        (?P<run>{run})                                # the subject, titles and all
        (?:[ \t]*,[^,.;“”"\n]{{1,80}},)?              # an aside: ", who met X later,"
        [ \t]+[a-z]                                   # then a lowercase word: the verb
        """,
        re.X,
    )
    # a headline's speaker: "Stoltenberg: NATO ready to ..."
    headline_re = re.compile(rf"[\s“”\"]*(?P<run>{run})[ \t]*:[ \t]+\S")
    lower_titles = {t.lower() for t in raw["titles"] if "." not in t} | set(words["roles"])
    return _Lexicon(
        verbs=frozenset(raw["verbs"]),
        participles=frozenset(raw["participles"]),
        weak_verbs=frozenset(raw["weak_verbs"]),
        title_words=title_words,
        title_keys=title_keys,
        abbreviations=abbreviations,
        roles=frozenset(words["roles"]),
        groups=frozenset(words["groups"]),
        proxies=frozenset(words["proxies"]),
        org_words=frozenset(words["organisation_words"]),
        not_names=frozenset(words["not_names"]),
        particles=frozenset(words["particles"]),
        between=frozenset(words["between"]),
        determiners=frozenset(words["determiners"]),
        function_words=frozenset(words["function_words"]),
        pron_person=frozenset(raw["pronouns"]["person"]),
        pron_group=frozenset(raw["pronouns"]["group"]),
        weekdays=frozenset(words["weekdays"]),
        complements=frozenset(words["complements"]),
        clause_openers=frozenset(words["clause_openers"]),
        token_re=token_re,
        verb_re=verb_re,
        verb_chars=verb_chars,
        verb_stop=re.compile(rf"(?s:.*)[^\w\s{held}]"),
        run_re=re.compile(run),
        # two words or more; the look-ahead skips most positions before any branch is tried
        full_re=re.compile(rf"(?=[{_UPPER}])" + run.replace("{0,6}", "{1,6}")),
        subject_re=subject_re,
        headline_re=headline_re,
        lower_titles=frozenset(lower_titles),
    )


def _title_key(words: Iterable[str], abbreviations: dict[str, str]) -> str:
    """'Brig. Gen.' -> 'brigadier general'; 'PM' -> 'prime minister'."""
    out = []
    for w in words:
        for part in re.split(r"[\s-]+", w.lower().rstrip(".")):
            if part:
                out.append(abbreviations.get(part, part))
    return " ".join(out)


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
        if low[i] in lex.title_words:
            cut = i + 1
            if first_title < 0:
                first_title = i
    if first_title < 0 and all(w in lex.title_words for w in low[k:]):
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
        for m in self.lex.full_re.finditer(self.text):  # a lone word is no full name
            nm = _split_name(m.group().split(), self.lex)
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


# ---------------------------------------------------------------------------------- sources


class _Tok(NamedTuple):
    kind: str  # A abbreviation, W word, P possessive, N figure, X mark, B boundary
    text: str
    low: str
    start: int
    end: int
    cap: bool  # a capitalised word or an abbreviation


_BOUNDARY = _Tok("B", "", "", -1, -1, False)


@dataclass(frozen=True, slots=True)
class _Source:
    text: str
    kind: str  # person | org | group | role | pron


def _tokens(text: str, a: int, b: int, lex: _Lexicon) -> list[_Tok]:
    out = []
    for m in lex.token_re.finditer(text, a, b):
        kind, w = m.lastgroup or "X", m.group()
        out.append(_Tok(kind, w, w.lower(), m.start(), m.end(), kind == "A" or w[0].isupper()))
    return out


class _Parser:
    """Reads the noun phrase that is a reporting verb's subject (or inverted subject)."""

    def __init__(self, text: str, doc: _Doc, lex: _Lexicon) -> None:
        self.text, self.doc, self.lex = text, doc, lex

    # -- noun phrases --------------------------------------------------------------------
    def _np_start(self, toks: list[_Tok], i: int) -> int:
        """First token of the noun phrase ending at toks[i], read leftwards."""
        lex, j = self.lex, i
        while j > 0 and i - j < 8:
            p = toks[j - 1]
            if p.kind in "AP" or p.cap or p.text == "-":
                j -= 1
            elif p.kind == "W":
                if p.low in lex.determiners:
                    return j - 1
                prior = toks[j - 2] if j > 1 else _BOUNDARY
                if p.low in lex.particles and (prior.cap or prior.low in lex.particles):
                    j -= 1
                elif p.low in lex.function_words or p.low in lex.verbs or p.low in lex.between:
                    break
                else:
                    j -= 1
            else:
                break
        return j

    def _np_end(self, toks: list[_Tok], i: int) -> int:
        """One past the last token of the noun phrase starting at toks[i], read rightwards."""
        lex, j = self.lex, i
        while j < len(toks) and j - i < 8:
            t = toks[j]
            if (
                t.kind in "AP"
                or t.cap
                or t.text == "-"
                or (t.kind == "N" and j + 1 < len(toks) and toks[j + 1].text == "-")  # 52-year-old
            ) or (
                t.kind == "W"
                and (
                    (j == i and t.low in lex.determiners)
                    or (t.low in lex.particles and j > i and toks[j - 1].cap)
                    or not (t.low in lex.function_words or t.low in lex.verbs)
                )
            ):
                j += 1
            else:
                break
        return j

    def _interpret(self, np: list[_Tok]) -> _Source | None:
        """What a noun phrase names: a person, an organisation, a group or a role."""
        if not np:
            return None
        lex = self.lex
        k = len(np)
        while k > 0 and (np[k - 1].cap or (np[k - 1].low in lex.particles and k > 1)):
            k -= 1
        if k < len(np):  # ends in a capitalised run: a name, an organisation or a bare title
            nm = _split_name([t.text for t in np[k:]], lex)
            if nm is None:
                return None
            if not nm.tokens:
                return self._role(np, [t.text for t in np[:k]] + list(nm.mods))
            tokens = nm.tokens
            if nm.loose and len(tokens) > 1:
                # "In Brussels Stoltenberg said": the longest end of the run the document
                # knows as a person, else the last word alone
                tails = [tokens[t:] for t in range(len(tokens))]
                known = [t for t in tails if " ".join(t) in self.doc.count]
                tokens = known[0] if known else tokens[-1:]
                nm = _split_name(list(tokens), lex) or nm
            name = " ".join(tokens)
            if len(tokens) == 1 and name.lower() in lex.groups:  # "Police said"
                return _Source(name.lower(), "group")
            if nm.org:
                return _Source(name, "org")
            if len(tokens) == 1 and name.lower() in lex.roles:  # "Spokesperson X" cut to role
                return self._role(np, [])
            return _Source(name, "person")
        head = np[-1].low
        poss = max((i for i, t in enumerate(np) if t.kind == "P"), default=-1)
        if head in lex.proxies:
            if poss > 0:  # "Varga's office said" speaks for Varga
                return self._interpret(np[:poss])
            for t in np[:-1]:  # "a police spokesperson", "the NATO spokesperson"
                if t.low in lex.groups:
                    return _Source(t.low, "group")
                if t.cap and t.low not in lex.not_names:
                    return self._interpret([t])
            if head in lex.roles:
                return self._role(np, [])
            return _Source(self._phrase(np), "group") if head in lex.groups else None
        if head in lex.roles:
            return self._role(np, [])
        if head in lex.groups:
            return _Source(self._phrase(np), "group")
        return None

    def _role(self, np: list[_Tok], mods: list[str]) -> _Source:
        words = [t.text for t in np if t.kind in "WA" and t.low not in self.lex.determiners]
        title_from = len(words)
        while title_from > 0 and (
            words[title_from - 1].lower().rstrip(".") in self.lex.title_words
            or words[title_from - 1].lower() in self.lex.roles
        ):
            title_from -= 1
        name = self.doc.resolve_role(words[title_from:], mods + words[:title_from])
        return _Source(name, "person") if name else _Source(self._phrase(np), "role")

    def _phrase(self, np: list[_Tok]) -> str:
        s = self.text[np[0].start : np[-1].end]
        first = np[0].low
        if np[0].kind == "W" and (first in self.lex.determiners or first in self.lex.groups):
            s = s[0].lower() + s[1:]  # "The ministry said" -> "the ministry"
        return s

    def left(self, toks: list[_Tok], i: int, verb_is_participle: bool = False) -> _Source | None:
        """The subject whose noun phrase ends at toks[i]."""
        lex = self.lex
        t = toks[i]
        if t.kind == "W" and (t.low in lex.pron_person or t.low in lex.pron_group):
            return _Source(t.low, "pron")
        if t.kind not in "WA" or t.low in lex.function_words:
            return None  # "declined to say"
        j = self._np_start(toks, i)
        before = toks[j - 1] if j > 0 else _BOUNDARY
        if before.low == "with" and verb_is_participle:
            pass  # "..., with the bloc's top diplomat Josep Borrell stating that ..."
        elif before.kind == "W" and before.low in lex.complements and j > 1:
            # "a spokesperson for the ministry said", "officials in the capital said"
            o = j - 2
            if toks[o].kind not in "WA":
                return None
            oj = self._np_start(toks, o)
            outer = toks[oj : o + 1]
            head = outer[-1].low
            if head in lex.proxies:
                return self._interpret(toks[j : i + 1])
            if head in lex.groups:
                return _Source(self._phrase(toks[oj : i + 1]), "group")
            if head in lex.roles:
                inner = [x.text for x in toks[j : i + 1] if x.kind in "WA"]
                role = self._role(outer, inner)
                if role.kind == "role":
                    return _Source(self._phrase(toks[oj : i + 1]), "role")
                return role
            return None
        elif (
            before.kind == "W"
            and before.low in lex.function_words
            and before.low not in lex.clause_openers
        ):
            return None  # the object of a preposition is no subject
        np = toks[j : i + 1]
        src = self._interpret(np)
        if before.low == "and" and j > 1 and toks[j - 2].cap and src and src.kind == "person":
            first = self.left(toks, j - 2)  # "Lajčak and Escobar said": the first named
            if first is not None and first.kind == "person":
                return first
        return src

    def right(self, toks: list[_Tok], i: int) -> _Source | None:
        """The source named after an inverted verb or 'according to', from toks[i]."""
        lex = self.lex
        if i >= len(toks):
            return None
        t = toks[i]
        if t.kind == "W" and (t.low in lex.pron_person or t.low in lex.pron_group):
            return _Source(t.low, "pron")
        j = self._np_end(toks, i)
        if j == i:
            return None
        np = toks[i:j]
        nxt = toks[j] if j < len(toks) else _BOUNDARY
        if nxt.kind == "W" and nxt.low in lex.complements and j + 1 < len(toks):
            head = np[-1].low
            k = self._np_end(toks, j + 1)
            if head in lex.proxies and k > j + 1:
                return self._interpret(toks[j + 1 : k])
            if head in lex.roles and k > j + 1:
                inner = [x.text for x in toks[j + 1 : k] if x.kind in "WA"]
                src = self._role(np, inner)
                return src if src.kind == "person" else _Source(self._phrase(toks[i:k]), "role")
        return self._interpret(np)


# ---------------------------------------------------------------------------------- document


def _paragraph_starts(text: str) -> list[int]:
    """Offsets where a paragraph begins (after the first). A blank line always ends one; a
    single line break does unless it only wraps a long line mid-sentence."""
    starts, line_start = [], 0
    for m in _LINE_BREAKS.finditer(text):
        end = m.end()
        # a blank line decides alone: the line before it is not copied to be looked at
        if m.start(1) >= 0 or _ends_paragraph(text, line_start, m.start(), end):
            starts.append(end)
        line_start = end
    return starts


def _ends_paragraph(text: str, line_start: int, brk: int, nxt: int) -> bool:
    """Whether the single line break at `brk` ends the line from `line_start` as a paragraph,
    the next line starting at `nxt`."""
    prev = text[line_start:brk].rstrip()
    first = text[nxt : nxt + 1]
    return (
        not prev
        or prev[-1] in _LINE_END_MARKS
        or len(prev) < 60
        or first in '“"•*-'
        or first.isdigit()
    )


class _Span:
    """A quotation: [start, end) including its marks."""

    __slots__ = ("end", "para", "speaker", "start", "unclosed")

    def __init__(self, start: int, end: int, para: int, unclosed: bool) -> None:
        self.start, self.end, self.para, self.unclosed = start, end, para, unclosed
        self.speaker: str | None = None


def _quote_spans(text: str, paras: list[int]) -> list[_Span]:
    """Quotations, paired within a paragraph; one left open runs to the paragraph's end (the
    convention for a quote that goes on in the next paragraph)."""
    spans: list[_Span] = []
    open_at, open_para = -1, -1

    def para_end(p: int) -> int:
        return paras[p] if p < len(paras) else len(text)

    for m in _QUOTE_MARKS.finditer(text):
        pos, ch = m.start(), m.group()
        para = bisect.bisect_right(paras, pos)
        if open_at >= 0 and para != open_para:
            spans.append(_Span(open_at, para_end(open_para), open_para, True))
            open_at = -1
        if ch in _OPENERS or (ch == '"' and open_at < 0):
            if ch == '"' and pos and text[pos - 1].isdigit():
                continue  # inches: 5'10"
            if open_at < 0:
                open_at, open_para = pos, para
        elif open_at >= 0 and (ch in _CLOSERS or ch == '"'):
            spans.append(_Span(open_at, pos + 1, open_para, False))
            open_at = -1
    if open_at >= 0:
        spans.append(_Span(open_at, para_end(open_para), open_para, True))
    return spans


def attribute(
    text: str, sentences: list[tuple[int, int]], wanted: Iterable[int] | None = None
) -> list[str | None]:
    """The source of each sentence span (offsets into `text`), in the order given.

    A source is, by preference: a person's full name as the document gives it (titles
    stripped, "Piperni" expanded to "Luca Piperni", "Kosovo's prime minister" resolved to the
    one person the document calls Prime Minister); an organisation ("NATO", "Red Lantern
    Society"); a group, lowercase as written ("police", "organisers", "the ministry",
    "residents of the old town"); or an unnamed role kept as a phrase ("a witness", "the
    country's health minister"). None when the sentence reports no one's words.

    Reads "“...,” X said", "X said (that) ...", "X told reporters: ...", "according to X",
    "X's office said", "a spokesperson for X said", inverted "said X", a headline "X: ...",
    pronouns ("he stressed") meaning the last person named as source or subject in this or
    the previous paragraph, quotations over several sentences or paragraphs (a paragraph
    opening with an unattributed quotation continues the last person quoted or paraphrased),
    and a colon after a reporting verb introducing the next paragraph. A plain reporting verb
    (said, told) beats a weaker one (promised, reported) in the same sentence; otherwise the
    first source in the sentence wins: one source per sentence.

    With `wanted` (indices into `sentences`), only those sentences get their source (the
    others None), and only what they depend on is read: the same answers, found sooner.
    """
    out: list[str | None] = [None] * len(sentences)
    if not sentences:
        return out
    reading = _Reading(text, sentences, _lexicon())
    if wanted is not None and reading.in_order:
        try:
            for si in wanted:
                out[si] = reading.speaker(si)
            return out
        except _ReadAll:
            out = [None] * len(sentences)
    return reading.all()


class _ReadAll(Exception):
    """A sentence's source depends on more than the sentences near it: read them all."""


# Pronouns resolved through pronouns, at most: a longer chain is read in text order instead.
_MAX_CHAIN = 40


class _Reading:
    """One document's sentences, each read once and only when its source is asked for.

    What a sentence says (its reporting verb and source, whether it is mostly a quotation)
    depends on its own words; its pronoun on the sources of the sentences before it; its
    quotation's speaker on the other sentences the quotation runs through, and where that
    gives none, on the paragraphs before (`_carry_quotes`), which only `all` reads.
    """

    def __init__(self, text: str, sentences: list[tuple[int, int]], lex: _Lexicon) -> None:
        self.text, self.sentences, self.lex = text, sentences, lex
        self.paras = _paragraph_starts(text)
        self.spans = _quote_spans(text, self.paras)
        self.span_ends = [sp.end for sp in self.spans]
        self.doc = _Doc(text, lex)
        self.parser = _Parser(text, self.doc, lex)
        n = len(sentences)
        # clipped, leading white space skipped, and the paragraph: for the sentences read
        self._bounds: list[tuple[int, int] | None] = [None] * n
        self._para_of: list[int | None] = [None] * n
        ends = list(chain.from_iterable(sentences))
        if ends and ends == sorted(ends) and ends[0] >= 0 and ends[-1] <= len(text):
            # in text order, apart and inside the text, as the splitter gives them: nothing
            # to sort, and `speaker` may read them one by one
            self.order = self.rank = list(range(n))
            self.ranked = sentences
            self.in_order = True
        else:
            self.order = sorted(range(n), key=sentences.__getitem__)
            self.rank = [0] * n  # position of each sentence in text order
            for r, si in enumerate(self.order):
                self.rank[si] = r
            self.ranked = [sentences[si] for si in self.order]
            ordered = [self.bound(si) for si in self.order]
            # sentences that do not overlap: `speaker` needs that
            self.in_order = all(s <= e for s, e in ordered) and all(
                a[1] <= b[0] for a, b in pairwise(ordered)
            )
        self.read: dict[int, tuple[_Source | None, bool]] = {}  # source, colon after its verb
        self.inside: dict[int, _Span | None] = {}  # the quotation a sentence mostly is
        self.explicit: dict[int, tuple[str | None, str]] = {}  # speaker and its kind
        self.subjects: dict[int, _Source | None] = {}
        self.depth = 0
        # the stretch of text last scanned for verbs: start, end, the verbs' starts, the verbs
        self._verbs: tuple[int, int, list[int], list[re.Match[str]]] = (0, -1, [], [])

    # -- one sentence ----------------------------------------------------------------------
    def bound(self, si: int) -> tuple[int, int]:
        """A sentence's span clipped to the text, its leading white space skipped."""
        b = self._bounds[si]
        if b is None:
            s, e = self.sentences[si]
            s, e = max(0, s), min(e, len(self.text))
            while s < e and self.text[s].isspace():
                s += 1
            b = self._bounds[si] = (s, e)
        return b

    def para_of(self, si: int) -> int:
        """The paragraph a sentence starts in."""
        p = self._para_of[si]
        if p is None:
            p = self._para_of[si] = bisect.bisect_right(self.paras, self.bound(si)[0])
        return p

    def source(self, si: int) -> tuple[_Source | None, bool]:
        """The source a sentence's own words name, and whether a colon ends its verb's clause."""
        if si not in self.read:
            self.read[si] = self._read(si)
        return self.read[si]

    def _read(self, si: int) -> tuple[_Source | None, bool]:
        text, lex, spans, doc = self.text, self.lex, self.spans, self.doc
        s, e = self.bound(si)
        verbs = self.verbs_in(s, e)
        j = bisect.bisect_right(self.span_ends, s)
        self.inside[si] = None
        if not verbs and (j == len(spans) or spans[j].start >= e):
            # no reporting verb and no quotation: nothing to read but a headline's "Name:"
            name = _headline(text, s, e, doc, lex) if e - s < 160 else None
            return (_Source(name, "person") if name is not None else None), False
        # frame = the sentence outside quotation marks, in segments
        segs: list[tuple[int, int, bool]] = []
        cur, quoted, after_quote = s, 0, False
        best: tuple[int, _Span] | None = None
        while j < len(spans) and spans[j].start < e:
            sp = spans[j]
            if sp.start > cur:
                segs.append((cur, sp.start, after_quote))
            overlap = min(e, sp.end) - max(s, sp.start)
            quoted += overlap
            if best is None or overlap > best[0]:
                best = (overlap, sp)
            cur, after_quote = max(cur, sp.end), True
            j += 1
        if cur < e:
            segs.append((cur, e, after_quote))
        if best is not None and quoted * 2 >= e - s:
            self.inside[si] = best[1]
        opens_frame = bool(segs) and segs[0][0] == s

        # the first plain reporting verb with a source wins; a weaker one only if none has
        src, weak, colon = None, None, False
        g = 0  # verbs and segments both run in text order: one pointer each
        for vm in verbs:
            while g < len(segs) and segs[g][1] < vm.end():
                g += 1
            if g == len(segs) or vm.start() < segs[g][0]:  # inside a quotation
                continue
            found = _at_verb(text, vm, *segs[g], partial(self.subject, si), self.parser, lex)
            if found is None:
                continue
            if vm.group().lower() not in lex.weak_verbs:
                src = found
                colon = _INTRO_COLON.search(text, vm.end(), e) is not None
                break
            if weak is None:
                weak = found
        src = src or weak
        if src is None and opens_frame:
            name = _headline(text, s, e, doc, lex)
            src = _Source(name, "person") if name is not None else None
        return src, colon

    def verbs_in(self, s: int, e: int) -> list[re.Match[str]]:
        """The reporting verbs starting in text[s:e], as one scan of the whole text finds them.

        The scan starts and ends at characters no verb or phrase can hold (punctuation), so
        that none is cut or read past its end: "according\n\nTo" spans a sentence break.
        The stretch scanned is kept: in text without punctuation, every sentence (cut into
        pieces of a few thousand characters) lies in one stretch, which is scanned once.
        """
        a, b, starts, found = self._verbs
        if not (a <= s and e <= b):
            a, b = self._verb_stop(s), self.lex.verb_chars.match(self.text, e).end()
            found = list(self.lex.verb_re.finditer(self.text, a, b))
            starts = [m.start() for m in found]
            self._verbs = (a, b, starts, found)
        return found[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, e)]

    def _verb_stop(self, s: int) -> int:
        """Where the run of characters a verb may hold that ends at s starts: after the last
        punctuation before s, searched back in widening windows (one pass of C each)."""
        width = 256
        while True:
            lo = max(0, s - width)
            m = self.lex.verb_stop.match(self.text, lo, s)
            if m is not None:
                return m.end()
            if lo == 0:
                return 0
            width *= 4

    def subject(self, si: int) -> _Source | None:
        """The person a sentence opens with as its subject ("Stoltenberg expressed ...");
        read only when a pronoun or a shared subject needs it."""
        if si not in self.subjects:
            if si not in self.inside:
                self.source(si)  # which quotation the sentence is in
            m = None
            if not self.inside[si]:
                m = self.lex.subject_re.match(self.text, self.bound(si)[0], self.sentences[si][1])
            self.subjects[si] = _person_of(m["run"], self.doc, self.lex) if m else None
        return self.subjects[si]

    def speaker_named(self, si: int) -> tuple[str | None, str]:
        """The source a sentence names, pronouns resolved, with its kind ("" for none)."""
        if si not in self.explicit:
            self.explicit[si] = self._speaker_named(si)
        return self.explicit[si]

    def _speaker_named(self, si: int) -> tuple[str | None, str]:
        src, _ = self.source(si)
        if src is None:
            return None, ""
        if src.kind == "pron":
            self.depth += 1
            try:
                if self.depth > _MAX_CHAIN:
                    raise _ReadAll
                speaker = self.antecedent(src.text, si)
            finally:
                self.depth -= 1
            kind = "person" if src.text in self.lex.pron_person else "group"
        else:
            speaker = self.doc.expand(src.text) if src.kind == "person" else src.text
            kind = src.kind
        return (speaker, kind) if speaker is not None else (None, "")

    def antecedent(self, pronoun: str, si: int) -> str | None:
        """The last person (he, she) or group (they, it) named as a source or subject in this
        paragraph or the one before."""
        para, last = self.para_of(si), self.rank[si] - 1
        for sj in (self.order[x] for x in range(last, max(-1, last - 12), -1)):  # a dozen back
            if self.para_of(sj) < para - 1:
                break
            speaker, kind = self.speaker_named(sj)
            if pronoun in self.lex.pron_person:
                if speaker is not None and kind == "person":
                    return speaker
                sub = self.subject(sj)
                if sub is not None:
                    return self.doc.expand(sub.text)
            elif speaker is not None and kind in ("org", "group"):
                return speaker
        return None

    # -- a sentence and what it depends on -------------------------------------------------
    def speaker(self, si: int) -> str | None:
        """The source of one sentence, reading only the sentences it depends on."""
        named, _ = self.speaker_named(si)
        if named is not None:
            return named
        quote = self.inside[si]
        if quote is None:
            return self.intro(self.para_of(si))
        for r in range(self.rank[si], -1, -1):  # back to the first sentence of the quotation
            if r == 0 or self.bound(self.order[r - 1])[1] <= quote.start:
                break
        while r < len(self.order) and self.bound(self.order[r])[0] < quote.end:
            named, _ = self.speaker_named(self.order[r])
            if named is not None:  # the first sentence of it that names one speaks for all
                return named or self.intro(self.para_of(si))
            r += 1
        raise _ReadAll  # a quotation with no speaker takes one from the paragraphs before

    def intro(self, para: int) -> str | None:
        """The speaker a colon announced in the paragraph before ("X told reporters:")."""
        if para == 0:
            return None
        # the last sentence before the paragraph: one that starts before it, unless its
        # leading white space runs past the paragraph's start
        r = bisect.bisect_left(self.ranked, self.paras[para - 1], key=itemgetter(0)) - 1
        while r >= 0 and self.para_of(self.order[r]) >= para:
            r -= 1
        while r >= 0 and self.para_of(self.order[r]) == para - 1:
            sj = self.order[r]
            r -= 1
            if _INTRO_COLON.search(self.text, *self.bound(sj)) is None:
                continue  # no colon ends a line of it: the sentence need not be read
            named, _ = self.speaker_named(sj)
            if named is not None and self.source(sj)[1]:
                return named
        return None

    # -- the whole document ----------------------------------------------------------------
    def all(self) -> list[str | None]:
        """The source of every sentence, in text order, quotations carried over paragraphs."""
        spans, intro = self.spans, {}
        paraphrased: dict[int, tuple[int, str]] = {}  # paragraph -> last person named as source
        explicit: list[str | None] = [None] * len(self.sentences)
        for si in self.order:
            speaker, kind = self.speaker_named(si)
            if speaker is None:
                continue
            explicit[si] = speaker
            s, e = self.bound(si)
            para = self.para_of(si)
            if kind == "person":
                paraphrased[para] = (s, speaker)
            if self.read[si][1]:
                intro[para + 1] = speaker
            for k in range(bisect.bisect_right(self.span_ends, s), len(spans)):
                if spans[k].start >= e:
                    break
                if spans[k].speaker is None:
                    spans[k].speaker = speaker
        _carry_quotes(self.text, spans, self.paras, intro, paraphrased)
        out: list[str | None] = [None] * len(self.sentences)
        for si in range(len(self.sentences)):
            para = self.para_of(si)
            if explicit[si] is not None:
                out[si] = explicit[si]
            elif (quote := self.inside[si]) is not None:
                out[si] = quote.speaker or intro.get(para)
            else:
                out[si] = intro.get(para)
        return out


def _headline(text: str, s: int, e: int, doc: _Doc, lex: _Lexicon) -> str | None:
    """The speaker of a headline "Stoltenberg: NATO ready to ...": a surname the story gives in
    full, or a full name it names again."""
    if e - s > 160 or text.find(":", s, e) < 0:
        return None
    m = lex.headline_re.match(text, s, e)
    src = _person_of(m["run"], doc, lex) if m else None
    if src is None or (" " in src.text and doc.count[src.text] < 2):
        return None
    return src.text


def _person_of(run: str, doc: _Doc, lex: _Lexicon) -> _Source | None:
    """A capitalised run as a person, if it plausibly is one: two or more name words, or a
    surname the document gives in full."""
    words = run.split()
    if len(words) == 1 and (words[0].lower() in lex.not_names or not doc.known(words[0])):
        return None  # "The ministry ...", "Serbia still ...": no one the story names in full
    nm = _split_name(words, lex)
    if nm is None or not nm.tokens or nm.org:
        return None
    name = " ".join(nm.tokens)
    if len(nm.tokens) >= 2 or doc.known(name):
        return _Source(name, "person")
    return None


def _at_verb(
    text: str,
    vm: re.Match[str],
    a: int,
    b: int,
    after_quote: bool,
    subject: Callable[[], _Source | None],
    parser: _Parser,
    lex: _Lexicon,
) -> _Source | None:
    """The source of the reporting verb matched by `vm` inside frame segment [a, b)."""
    verb = vm.group().lower()
    if verb.startswith("according"):
        return parser.right(_tokens(text, vm.end(), min(b, vm.end() + 120), lex), 0)
    participle = verb in lex.participles
    lo = max(a, vm.start() - 150)
    left = _tokens(text, lo, vm.start(), lex)
    if lo == a:
        left.insert(0, _BOUNDARY)
    i = len(left) - 1
    while i >= 0 and left[i].kind == "W" and left[i].low in lex.between:
        i -= 1
    if i >= 1 and left[i].low in lex.weekdays and left[i - 1].low == "on":
        i -= 2  # "X on Tuesday said"
    if i < 0 or left[i].kind == "B" or left[i].text == ",":
        if i >= 0 and left[i].text == ",":
            if participle:
                return subject()  # ", stressing that ..." speaks for the sentence's subject
            # an aside between subject and verb: "Vance, commander of the TPF, said"
            for k in range(i - 1, max(-1, i - 20), -1):
                if left[k].kind == "B" or left[k].text in ";:":
                    break
                if left[k].text == ",":
                    src = parser.left(left, k - 1) if k >= 1 else None
                    if src is not None and src.kind == "role":
                        # "the mayor, Carla Reyes, said": the name in apposition, if one
                        named = parser.left(left, i - 1)
                        if named is not None and named.kind == "person":
                            return named
                    if src is not None:
                        return src
                    break
        # inverted: "“...,” said Mara Vance" / "..., said the ministry"
        if participle:
            return None
        return parser.right(_tokens(text, vm.end(), min(b, vm.end() + 120), lex), 0)
    if left[i].text == ")":  # "the mission (KFOR) said"
        k = i
        while k >= 0 and left[k].text != "(":
            k -= 1
        i = k - 1
        if i < 0:
            return None
    if left[i].low in ("and", "but"):
        return subject()  # "X called for calm and said ..."
    if participle and left[i].kind not in "WA":
        return None
    return parser.left(left, i, participle)


def _carry_quotes(
    text: str,
    spans: list[_Span],
    paras: list[int],
    intro: dict[int, str],
    paraphrased: dict[int, tuple[int, str]],
) -> None:
    """Give speakers to quotations that have none of their own.

    A quotation left open at a paragraph's end goes on in the next paragraph's opening quote,
    and all its parts share a speaker. A paragraph that opens with a quotation nobody is named
    for takes the speaker a colon announced ("X said:"), else the last person quoted or
    paraphrased in the paragraph before (`paraphrased`: paragraph -> (offset, person)).
    """
    for k in range(len(spans) - 2, -1, -1):  # a quotation over paragraphs: later parts first
        a, b = spans[k], spans[k + 1]
        if a.unclosed and b.para == a.para + 1 and a.speaker is None:
            a.speaker = b.speaker
    last_by_para: dict[int, tuple[int, str]] = {}
    prev_para = -1
    for sp in spans:
        first_in_para, prev_para = sp.para != prev_para, sp.para
        if sp.speaker is None and sp.para in last_by_para:
            # one speaker per paragraph is the rule of news writing: '“A,” he said. “B.”'
            sp.speaker = last_by_para[sp.para][1]
        if sp.speaker is None and first_in_para:
            start = paras[sp.para - 1] if sp.para else 0
            if not text[start : sp.start].strip():  # the paragraph opens with the quotation
                before = max(
                    last_by_para.get(sp.para - 1, (-1, None)),
                    paraphrased.get(sp.para - 1, (-1, None)),
                    key=lambda x: x[0],
                )
                sp.speaker = intro.get(sp.para) or before[1]
        if sp.speaker is not None:
            last_by_para[sp.para] = (sp.start, sp.speaker)


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
