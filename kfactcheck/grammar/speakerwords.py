"""The word lists and patterns of speaker attribution (data/speakers.toml, read once):
reporting verbs and phrases, titles, roles, groups and the regexes built from them, and the
folding that compares names ('Vučić' ~ 'vucic')."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from kfactcheck import data
from kfactcheck.grammar.vocab import trie_pattern

# Capital letters of the Latin, Greek and Cyrillic blocks, for a regex class: `re` has no \p{Lu}.
_UPPER = re.escape("".join(c for c in map(chr, range(0x530)) if c.isupper()))
_LETTER = r"[^\W\d_]"
# Letters NFKD leaves alone but a reader treats as plain ones ("Łukasz", "Đoković").
_FOLD_EXTRA = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"}
)


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
    source_phrases: frozenset[str]  # "according to", "selon", "nach angaben": source after
    inverting: frozenset[str]  # "Das teilte die Polizei mit": the subject after the verb
    nouns_capitalised: bool  # German: a lone capitalised word is a noun, not a name
    adjectives_follow: bool  # French, Spanish...: "les autorités locales" has its head first
    heads: frozenset[str]  # roles, groups and proxies: the words a source phrase is about
    pro_drop: bool  # Italian, Spanish...: "“...”, ha spiegato." speaks for the last one named
    source_postpositions: frozenset[str]  # "dem Minister zufolge": the source before it
    group_suffixes: tuple[str, ...]  # "Innenministerium": a compound naming a group
    title_suffixes: tuple[str, ...]  # "Innenministerin": a compound title
    token_re: re.Pattern[str]
    verb_re: re.Pattern[str]
    verb_chars: re.Pattern[str]  # a run of the characters a verb or phrase may hold
    verb_stop: re.Pattern[str]  # matched from a point: up to the last character none may hold
    run_re: re.Pattern[str]
    full_re: re.Pattern[str]
    full_start: re.Pattern[str]  # where full_re can match: see full_names
    subject_re: re.Pattern[str]
    headline_re: re.Pattern[str]
    lower_titles: frozenset[str]  # titles and roles as written lowercase before a name


def _alt(words: Iterable[str]) -> str:
    """A regex alternation, longest first so 'Prime Minister' wins over 'Minister'."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# Keys of a [languages.XX] table that add to a list of [words] (the rest add to top-level lists).
_LANG_WORDS = (
    "roles", "groups", "proxies", "determiners", "function_words", "complements", "not_names",
    "between", "clause_openers", "particles", "organisation_words",
)  # fmt: skip


def _with_language(raw: dict, lang: str) -> dict:
    """The English lists with one language's words added: its verbs (and every auxiliary
    with every past participle: "a déclaré", "ha detto"), phrases, titles and words."""
    table = raw.get("languages", {}).get(lang)
    if not table:
        return raw
    out = {**raw, "words": {k: list(v) for k, v in raw["words"].items()}}
    aux, past = table.get("auxiliaries", []), table.get("participles_past", [])
    composed = [f"{a} {p}" for a in aux for p in past]
    # "poursuit-il", "ajoute-t-elle", "a-t-il estimé": the subject pronoun after the verb
    for pron in table.get("inverted_pronouns", []):
        for v in table.get("verbs", []):
            composed += [f"{v}-{pron}", f"{v}-t-{pron}"]
        composed += [f"{a}-{pron} {p}" for a in aux for p in past]
        composed += [f"{a}-t-{pron} {p}" for a in aux for p in past]
    if lang in raw.get("pro_drop", []):
        # "Dijo que ...", "Ha spiegato che ...": a sentence may open with the verb
        plain = table.get("verbs", []) + [f"{a} {p}" for a in aux for p in past]
        composed += [v[:1].upper() + v[1:] for v in plain]
    out["verbs"] = raw["verbs"] + table.get("verbs", []) + composed
    for key in ("weak_verbs", "source_phrases", "titles"):
        out[key] = raw[key] + table.get(key, [])
    for key in _LANG_WORDS:
        out["words"][key] += table.get(key, [])
    out["words"]["inverting"] = table.get("inverting", [])
    for key in ("source_postpositions", "group_suffixes", "title_suffixes", "elisions"):
        out["words"][key] = table.get(key, [])
    out["pronouns"] = {
        "person": raw["pronouns"]["person"] + table.get("pronouns_person", []),
        "group": raw["pronouns"]["group"] + table.get("pronouns_group", []),
    }
    out["pro_drop"] = lang in raw.get("pro_drop", [])
    # its weekdays, from languages.toml (the one list of them): "informó el martes la policía"
    table_key = {"hbs": "sh"}.get(lang, lang)  # languages.toml's key for Serbo-Croatian
    days = data.load("languages").get(table_key, {}).get("dates", {}).get("weekdays", {})
    out["words"]["weekdays"] = out["words"]["weekdays"] + [d.lower() for d in days]
    out["nouns_capitalised"] = lang in raw.get("nouns_capitalised", [])
    if out["nouns_capitalised"]:
        # "Bericht der Zeitung" is no name with a particle: articles join nouns there
        articles = set(table.get("determiners", []))
        out["words"]["particles"] = [w for w in out["words"]["particles"] if w not in articles]
    out["adjectives_follow"] = lang in raw.get("adjectives_follow", [])
    return out


@cache
def _lexicon(lang: str = "en") -> _Lexicon:
    """The word lists and patterns for documents in `lang` (a vocab.language_code code):
    English's, with that language's added."""
    raw = _with_language(data.load("speakers"), lang)
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
    # an elided article or preposition, its own token: "l'archevêché", "dell'ente"
    elisions = words.get("elisions", [])
    elided = rf"| (?P<E>(?:{_alt(elisions)})['’])(?={_LETTER})" if elisions else ""
    token_re = re.compile(
        rf"""
        (?P<A>(?:{_alt(abbrs)})\.|[{_UPPER}]\.(?=[ \t]*[{_UPPER}]))  # title abbreviation, initial
        {elided}
        | (?P<W>{word})                                           # a word: O'Neill, Workers'
        | (?P<P>['’]s\b)                                          # possessive 's
        | (?P<N>\d+(?:[.,:/]\d+)*)                                # a figure: 4,000 / 1.8
        | (?P<X>[^\s\w])                                          # any other mark
        """,
        re.X,
    )
    phrases = "|".join(
        re.escape(p).replace(r"\ ", r"\s+")
        for p in sorted(raw["source_phrases"], key=len, reverse=True)
    )
    # a trie, not a longest-first list: re tries a list's branches one by one at every
    # position of every document, and this scan runs over all of each one
    verb_re = re.compile(
        rf"""
        (?<!{_LETTER})
        (?:{trie_pattern(raw["verbs"] + raw["participles"] + words.get("source_postpositions", []))}
          | (?i:{phrases})                                        # or "according to"
        )(?!{_LETTER})
        """,
        re.X,
    )
    marks = {c for w in raw["verbs"] + raw["participles"] + raw["source_phrases"] for c in w}
    held = re.escape("".join(sorted(marks)))
    verb_chars = re.compile(rf"[\w\s{held}]*")
    intro = _alt(w.capitalize() for w in words["not_names"])
    lower_titles = {t.lower() for t in raw["titles"] if "." not in t} | set(words["roles"])
    # "La alcaldesa Marta Gil visitó", "Il sindaco Luca Neri è": an article, a lowercase title
    articles = _alt(w.capitalize() for w in words["determiners"])
    titled = rf"(?:(?:{articles})[ \t]+(?:{_alt(lower_titles)})[ \t]+(?=[{_UPPER}]))?"
    subject_re = re.compile(
        rf"""
        [\s“”"'‘’(\[]*                                # opening marks
        (?:(?:{intro})(?!{_LETTER})[^,.;:“”"\n]{{0,60}},[ \t]+)?  # "On Wednesday, " "In response, "
        {titled}
        (?P<run>{run})                                # the subject, titles and all
        (?:[ \t]*,[^,.;“”"\n]{{1,80}},)?              # an aside: ", who met X later,"
        [ \t]+[a-zß-öø-ÿ]                             # then a lowercase word: the verb
        """,
        re.X,
    )
    # a headline's speaker: "Stoltenberg: NATO ready to ..."
    headline_re = re.compile(rf"[\s“”\"]*(?P<run>{run})[ \t]*:[ \t]+\S")
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
        source_phrases=frozenset(" ".join(p.split()) for p in raw["source_phrases"]),
        inverting=frozenset(words.get("inverting", [])),
        nouns_capitalised=bool(raw.get("nouns_capitalised") is True),
        adjectives_follow=bool(raw.get("adjectives_follow") is True),
        pro_drop=bool(raw.get("pro_drop") is True),
        source_postpositions=frozenset(words.get("source_postpositions", [])),
        group_suffixes=tuple(words.get("group_suffixes", [])),
        title_suffixes=tuple(words.get("title_suffixes", [])),
        heads=frozenset(words["roles"]) | frozenset(words["groups"]) | frozenset(words["proxies"]),
        token_re=token_re,
        verb_re=verb_re,
        verb_chars=verb_chars,
        verb_stop=re.compile(rf"(?s:.*)[^\w\s{held}]"),
        run_re=re.compile(run),
        # two words or more; the look-ahead skips most positions before any branch is tried
        full_re=re.compile(rf"(?=[{_UPPER}])" + run.replace("{0,6}", "{1,6}")),
        # every place full_re matches at starts so: a capital after no letter, its token
        # (no white space in one), a space or tab, particles, then a capital or a title's
        # abbreviation. Written capital first, so that re skips to capitals in C.
        full_start=re.compile(
            rf"[{_UPPER}](?<!{_LETTER}.)\S*[ \t]+(?:(?:{_alt(words['particles'])})[ \t]+)*"
            rf"(?=[{_UPPER}]|(?:{_alt(abbrs)})\.)"
        ),
        subject_re=subject_re,
        headline_re=headline_re,
        lower_titles=frozenset(lower_titles),
    )


def full_names(text: str, lex: _Lexicon) -> Iterator[re.Match[str]]:
    """The matches of lex.full_re.finditer(text), found sooner: full_re is tried only where
    lex.full_start matches, and the scan for those skips to capitals in C (full_re's own
    scan tries its look-ahead at every character)."""
    find, match = lex.full_start.search, lex.full_re.match
    pos = 0
    while (start := find(text, pos)) is not None:
        m = match(text, start.start())
        if m is None:
            pos = start.start() + 1
            continue
        yield m
        pos = m.end()  # (full_re matches no empty string)


def _title_key(words: Iterable[str], abbreviations: dict[str, str]) -> str:
    """'Brig. Gen.' -> 'brigadier general'; 'PM' -> 'prime minister'."""
    out = []
    for w in words:
        for part in re.split(r"[\s-]+", w.lower().rstrip(".")):
            if part:
                out.append(abbreviations.get(part, part))
    return " ".join(out)
