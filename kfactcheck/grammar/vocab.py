"""The counted-thing vocabulary (data/units.toml), loaded once into lookup tables: the
English tables (`vocab`), the same families in the other languages read (`lang_vocab`),
and the stem of a counted noun in its language (`stem`, Snowball stemmers, cached), by
which inflected forms find the noun the tables list ("Todesopfern" -> "todesopfer")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

from kfactcheck import data


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    unit: str
    label: str
    nouns: frozenset[str]
    verbs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Vocab:
    families: dict[str, Family]
    noun_family: dict[str, str]  # noun (lowercase, singular and plural) -> family name
    verb_family: dict[str, str]  # clause cue -> family name
    people: frozenset[str]
    running_counts: frozenset[str]  # families counted as a total so far
    rising_counts: frozenset[str]  # running counts that only rise
    stop: frozenset[str]
    share_verbs: tuple[str, ...]
    share_predicates: frozenset[str]  # "40% of voters backed ...": verbs ending "voters"
    share_synonyms: dict[str, str]  # share noun -> the one it means ("offer" -> "rise")
    demand_re: re.Pattern  # a demand cue ending the text before a share
    link_back: tuple[str, ...]
    area_words: frozenset[str]
    events: dict[str, str]  # word near a date or year -> the event it dates
    ends: dict[str, str]  # a state "until" a date -> the event that ends it
    moved: tuple[str, ...]  # words saying a date was moved
    contrast: tuple[str, ...]  # words bringing in a second source between two figures
    money: dict[str, str]  # word near a currency figure -> kind of money
    label_before: frozenset[str]  # "the number 14 bus": a figure that names
    street_words: frozenset[str]  # "3 Kirk Street": an address
    events_re: re.Pattern  # any word of `events`
    ends_re: re.Pattern  # any word of `ends`
    moved_re: re.Pattern  # any word of `moved`
    contrast_re: re.Pattern  # any word of `contrast`
    raw: dict  # the file as read, for the per-language tables


# The languages whose counted nouns are read; hbs stands for Serbian, Croatian and Bosnian
# (one vocabulary, Snowball's Serbian stemmer), which a detector names sr, hr or bs.
LANGUAGES = ("en", "fr", "de", "es", "pt", "it", "nl", "hbs")
_ALIASES = {"sr": "hbs", "hr": "hbs", "bs": "hbs", "sh": "hbs", "cnr": "hbs"}
PEOPLE = "people"  # what `LangVocab.nouns` gives for a noun of people in general


@dataclass(frozen=True, slots=True)
class LangVocab:
    """The counted-noun tables of one language other than English."""

    code: str
    nouns: dict[str, str]  # noun (lowercase) -> family name, or PEOPLE
    stems: dict[str, str]  # the stem of a listed noun -> its family, or PEOPLE
    stop: frozenset[str]  # words that end a noun phrase
    places: frozenset[str]  # prepositions that put a count in a place ("en", "im")
    articles: frozenset[str]  # "Tredici i feriti": an article between figure and noun
    areas: dict[str, str]  # "norden" -> "north": the English area word it means
    money: dict[str, str]  # word near a currency figure -> kind of money
    cues: tuple[tuple[str, str, re.Pattern], ...]  # (literal part, family, whole-word pattern)


# families whose nouns a four-digit figure before them may still date ("2000 years")
_NOT_COUNTS = frozenset({"duration", "money", "area"})


@lru_cache(maxsize=4096)
def counted_noun(word: str, lang: str | None) -> bool:
    """A noun that counts people or things ("soldiers", "Tote", "manifestants") in the
    counted-noun vocabularies of `lang`: four digits before it count, they do not date."""
    found = noun_concept(word, language_code(lang))
    return found is not None and found not in _NOT_COUNTS


def language_code(lang: str | None) -> str:
    """One of LANGUAGES for a detector's ISO 639-1 code; English for any other."""
    code = _ALIASES.get((lang or "en").lower(), (lang or "en").lower())
    return code if code in LANGUAGES else "en"


def trie_pattern(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, written as a trie; a space matches any whitespace.

    re tries the branches of an alternation one by one at every position; a trie
    ("d(?:ue|elay)") makes that a few character tests, which is several times faster for
    lists of a hundred phrases. Optional tails are greedy, so the longest phrase wins, as
    with longest-first lists.
    """
    trie: dict = {}
    for phrase in {" ".join(p.split()) for p in phrases}:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    branches = [
        (r"\s+" if ch == " " else re.escape(ch)) + _trie_regex(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def literal_trie(words: Iterable[str]) -> str:
    """An alternation of the literal strings, written as a trie (a space is a space): a
    search finds one exactly where some string is a substring of the text."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


def words_regex(words: Iterable[str]) -> re.Pattern:
    """One case-blind match of any of the whole words or phrases."""
    return re.compile(r"\b(?:" + trie_pattern(w.lower() for w in words) + r")\b", re.IGNORECASE)


def load_units_toml() -> dict:
    return data.load("units")


def singular(word: str) -> str:
    """Crude English singular, enough to match 'soldier' with 'soldiers'."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@cache
def vocab() -> Vocab:
    raw = load_units_toml()
    families: dict[str, Family] = {}
    noun_family: dict[str, str] = {}
    verb_family: dict[str, str] = {}
    for name, spec in raw["families"].items():
        fam = Family(
            name=name,
            unit=spec["unit"],
            label=spec.get("label", name),
            nouns=frozenset(spec.get("nouns", ())),
            verbs=tuple(spec.get("verbs", ())),
        )
        families[name] = fam
        for noun in fam.nouns:
            noun_family.setdefault(noun, name)
            noun_family.setdefault(singular(noun), name)
        for verb in fam.verbs:
            verb_family.setdefault(verb, name)
    people = frozenset(raw["people"]["nouns"]) | {singular(w) for w in raw["people"]["nouns"]}
    return Vocab(
        families=families,
        noun_family=noun_family,
        verb_family=verb_family,
        people=people,
        running_counts=frozenset(raw["running_counts"]["families"]),
        rising_counts=frozenset(raw["running_counts"]["families"])
        - frozenset(raw["running_counts"]["can_fall"]),
        stop=frozenset(raw["phrase"]["stop"]),
        share_verbs=tuple(raw["phrase"]["share_verbs"]),
        share_predicates=frozenset(raw["phrase"]["share_predicates"]),
        share_synonyms=dict(raw["share_synonyms"]),
        demand_re=re.compile(
            r"\b(?:" + trie_pattern(raw["phrase"]["demand_words"]) + r")\s+(?:an?\s+|the\s+)?$"
        ),
        link_back=tuple(sorted(raw["phrase"]["link_back"], key=len, reverse=True)),
        area_words=frozenset(raw["scope"]["area_words"]),
        events=dict(raw["events"]),
        ends=dict(raw["ends"]),
        moved=tuple(raw["moved"]["words"]),
        contrast=tuple(raw["contrast"]["words"]),
        money={w: kind for kind, words in raw["money"].items() for w in words},
        label_before=frozenset(raw["noise"]["label_before"]),
        street_words=frozenset(raw["noise"]["street_words"]),
        events_re=words_regex(raw["events"]),
        ends_re=words_regex(raw["ends"]),
        moved_re=words_regex(raw["moved"]["words"]),
        contrast_re=words_regex(raw["contrast"]["words"]),
        raw=raw,
    )


def cue_pattern(cue: str) -> re.Pattern:
    """A clause cue as a whole-word pattern; "*" stands for the rest of a word ("fallec*")."""
    body = r"\s+".join(re.escape(w).replace(r"\*", r"\w*") for w in cue.split())
    return re.compile(rf"\b{body}" + ("" if cue.endswith("*") else r"\b"))


@cache
def lang_vocab(code: str) -> LangVocab:
    """The tables of one language of LANGUAGES other than English."""
    raw = vocab().raw
    lang = raw["languages"][code]  # English: only what place_scope reads
    nouns: dict[str, str] = {w.lower(): PEOPLE for w in lang["people"]}
    cues: list[tuple[str, str, re.Pattern]] = []
    for name, spec in raw["families"].items():
        own = spec.get(code, {})
        for noun in own.get("nouns", ()):
            nouns[noun.lower()] = name  # a family's noun wins over people ("víctimas")
        for written in own.get("verbs", ()):
            # pages write an elision with a typographic apostrophe as often ("all’appello")
            for cue in dict.fromkeys((written, written.replace("'", "’"))):
                literal = max(cue.lower().split("*"), key=len).strip()
                cues.append((literal, name, cue_pattern(cue.lower())))
    by_stem: dict[str, set[str]] = {}
    for noun, family in nouns.items():
        if " " not in noun:
            by_stem.setdefault(stem(noun, code), set()).add(family)
    # a family's noun wins over people ("víctimas" stays deaths); a stem two families share
    # ("habit-": habitants, habitations) finds neither, only their forms as written do
    stems: dict[str, str] = {}
    for s, fams in by_stem.items():
        own = fams - {PEOPLE}
        if len(own) == 1 or not own:
            stems[s] = next(iter(own or fams))
    return LangVocab(
        code=code,
        nouns=nouns,
        stems=stems,
        stop=frozenset(lang["stop"]),
        places=frozenset(lang["places"]),
        articles=frozenset(lang["articles"]),
        areas=dict(lang.get("areas", {})),
        money={w: kind for kind, words in lang.get("money", {}).items() for w in words},
        cues=tuple(cues),
    )


_SNOWBALL = {
    "fr": "french",
    "de": "german",
    "es": "spanish",
    "pt": "portuguese",
    "it": "italian",
    "nl": "dutch",
    "hbs": "serbian",
}


@cache
def _stemmer(code: str):
    import snowballstemmer

    return snowballstemmer.stemmer(_SNOWBALL[code])


@lru_cache(maxsize=1 << 16)
def stem(word: str, code: str) -> str:
    """The stem of a lower-cased word in a language of LANGUAGES ("fallecidas" and
    "fallecido" -> "fallec"): Snowball's stemmers, 30 ms to import, tens of microseconds a
    word, cached."""
    if code == "en":
        return singular(word)
    return _stemmer(code).stemWord(word)


def long_cue(tokens: list[re.Match]) -> str | None:
    """The family of an English clause cue of three or two words opening `tokens`
    ("remanded in custody", "unaccounted for"), or None; a cue a figure's own clause gives
    after it wins over one of another clause before it ("yet to be identified")."""
    words = [t.group().lower() for t in tokens]
    for n in (3, 2):
        if len(words) >= n and (fam := vocab().verb_family.get(" ".join(words[:n]))):
            return fam
    return None


@cache
def _kinds(code: str) -> dict[str, str]:
    return {
        w.lower(): kind
        for kind, langs in vocab().raw.get("who", {}).items()
        for w in langs.get(code, ())
    }


def kind_key(word: str, code: str) -> str:
    """The key of a noun of people in a subject: its kind in every language ("crianças",
    "menores", "niños" -> "children"; data/units.toml [who]), else its stem."""
    low = word.lower()
    return _kinds(code).get(low) or stem(low, code)


def noun_concept(word: str, code: str) -> str | None:
    """The family a noun of language `code` names, PEOPLE, or None ("Toten" -> deaths)."""
    low = word.lower()
    if code == "en":
        v = vocab()
        fam = v.noun_family.get(low) or v.noun_family.get(singular(low))
        if fam:
            return fam
        return PEOPLE if low in v.people or singular(low) in v.people else None
    lv = lang_vocab(code)
    found = lv.nouns.get(low)
    if found is None and len(low) > 3 and low not in lv.stop:
        found = lv.stems.get(stem(low, code))
    if found is None and code in _COMPOUNDING and len(low) >= 7:
        found = _compound_head(low, code)
    return found


# languages that write a noun's modifiers into it: "Hochwassertote", "Flutopfer",
# "overstromingsdoden" count what their last noun counts
_COMPOUNDING = frozenset({"de", "nl"})


@lru_cache(maxsize=1 << 14)
def _compound_head(low: str, code: str) -> str | None:
    """The family of a compound's head, its longest tail of four letters or more that is a
    noun of people or of a running count in the language as written ("hochwasser|tote",
    "unwetter|toten", "bundeswehr|soldaten"), with three letters or more before it. Tails of
    other families are too often the head of a word of their own ("Bundes|land",
    "Kranken|haus", "Niederschlags|menge")."""
    nouns, heads = lang_vocab(code).nouns, _compound_families()
    for i in range(3, len(low) - 3):
        found = nouns.get(low[i:])
        if found is not None:
            return found if found in heads else None
    return None


@cache
def _compound_families() -> frozenset[str]:
    """The families a compound's head may give: people, troops and the running counts."""
    return frozenset([PEOPLE, "troops", "evacuated", *vocab().raw["running_counts"]["families"]])


@cache
def _modals(code: str) -> tuple[frozenset[str], frozenset[str]]:
    words = [w.lower() for w in vocab().raw["languages"][code]["modal"]]
    return frozenset(w for w in words if " " not in w), frozenset(w for w in words if " " in w)


@cache
def _forecasts(code: str) -> tuple[frozenset[str], frozenset[str]]:
    words = [w.lower() for w in vocab().raw["languages"][code].get("forecast", ())]
    return frozenset(w for w in words if " " not in w), frozenset(w for w in words if " " in w)


@cache
def _lower_only(code: str) -> frozenset[str]:
    return frozenset(vocab().raw["languages"][code].get("modal_lower_only", ()))


@cache
def _demonstratives(code: str) -> frozenset[str]:
    return frozenset(vocab().raw["languages"][code].get("demonstratives", ()))


def projected(before: str, code: str, forecast_only: bool = False) -> bool:
    """Whether a word of the clause's last five words before a figure makes it an
    expectation ("could exceed 100", "will exceed 40", "the number may be 30", "podría
    superar los 100", "superará los 100"), not a count. With `forecast_only`, only a
    forecast ("is forecast to climb to about €3bn") does, not a condition ("could cost").

    A figure a demonstrative points back to is the level already stated, not what is
    expected ("may in Kessby still rise past those 9"); a modal word that is also a name
    counts only in lower case ("In May 300 died": the month)."""
    tail = before[-60:]
    cut = max(tail.rfind(","), tail.rfind(";"), tail.rfind(":"), tail.rfind(". "))
    written = tail[cut + 1 :].split()[-5:]
    words = [w.lower() for w in written]
    if words and words[-1] in _demonstratives(code):
        return False
    singles, pairs = _forecasts(code) if forecast_only else _modals(code)
    hits = singles.intersection(words)
    if hits and (not hits <= _lower_only(code) or not hits.isdisjoint(written)):
        return True
    return bool(pairs) and any(f"{a} {b}" in pairs for a, b in pairwise(words))


@cache
def _expected_after(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in vocab().raw["languages"][code].get("expected_after", ()))


@cache
def _relatives(code: str) -> frozenset[str]:
    return frozenset(vocab().raw["languages"][code].get("relatives", ()))


# words of a comparison: "more than expected" is a count beside an expectation
_THAN = frozenset({"than", "als", "que", "di", "do", "dan", "nego", "wie", "del"})
_CLAUSE_END = re.compile(r"[,;:.!?–—(\n]")


def expected_after(after: str, code: str) -> bool:
    """Whether the figure's clause says after it that it was expected ("50,000 marchers
    were expected", "mit 20.000 Teilnehmern gerechnet", "70 were feared dead"), or a
    relative clause right after it does ("los 100 muertos que el alcalde temía"): an
    expectation, not a count."""
    cues = _expected_after(code)
    if not cues:
        return False
    # close after it: "1,500 officers for a rally the unions had expected" counts the officers
    # (the clause's end looked for in the first 80 characters: in a sentence with no mark
    # for thousands of characters, its first words are read from those 80 alone)
    cut = _CLAUSE_END.search(after, 1, 80)
    words = after[: cut.start() if cut else 80].lower().split()
    reach = 6 if words and words[0] in _relatives(code) else 3
    if cut is None and len(words) <= reach:  # one more word shows the first `reach` end in them
        cut = _CLAUSE_END.search(after, 80)
        words = after[: cut.start() if cut else 80].lower().split()
    words = words[:reach]
    return any(w in cues and (k == 0 or words[k - 1] not in _THAN) for k, w in enumerate(words))


@cache
def _rate_patterns() -> tuple[re.Pattern, re.Pattern, dict[str, str]]:
    raw = vocab().raw["rates"]
    table = {" ".join(k.lower().split()): v for k, v in (raw["after"] | raw["before"]).items()}
    after = re.compile(r"(?<!\w)(" + trie_pattern(raw["after"]) + r")(?!\w)", re.I)
    before = re.compile(r"(?<!\w)(" + trie_pattern(raw["before"]) + r")(?!\w)", re.I)
    return after, before, table


def rate_of(before: str, after: str) -> str | None:
    """ "£350m a week" -> "week", "€95 for every resident" -> "person", "£305
    a year for every person" -> "person": what the figure is a rate per, if anything. The
    phrase must follow within the figure's words (a currency or scale word may stand
    between), or an adjective stand a few words before it."""
    after_re, before_re, table = _rate_patterns()
    head = after[:48]
    cut = _RATE_STOP.search(head)
    rates = [
        table[" ".join(m.group(1).lower().split())]
        for m in after_re.finditer(head, 0, cut.start() if cut else len(head))
        if m.start() < 24
    ]
    if not rates and (m := before_re.search(before, max(0, len(before) - 30))):
        rates = [table[m.group(1).lower()]]
    # a year is how sums and flows are read anyway ("£18bn" is a year's): only a shorter
    # period or a share per head makes another quantity
    kept = sorted({r for r in rates if r != "year"})
    return " ".join(kept) or None


_RATE_STOP = re.compile(r"[,;:.()]|\d")
