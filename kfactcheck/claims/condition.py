"""The state or time window that is part of what a count of people counts, in every
language read: "12 people are still in hospital" counts people in hospital, "five in
intensive care" people in critical care, "31 were missing, presumed dead" the missing
presumed dead, "140 rescued overnight" a night's rescues, none of them the whole count.
The phrases are data (data/units.toml, [conditions]); the result is a qualifier the family
carries ("injured:in hospital"), so that such figures never meet the whole count in a
finding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kfactcheck.claims.cheaptests import label_start, sentence_lacks
from kfactcheck.grammar.vocab import cue_pattern, language_code, vocab, words_regex


@dataclass(frozen=True, slots=True)
class _Condition:
    name: str
    pattern: re.Pattern  # any of its phrases in one language, as whole words
    before: bool  # may stand before the figure in its clause
    rising: bool  # also for counts that only rise


# the figure's own segment: up to a stop, a bracket, a comma or the next figure; the window
# before it: back to a sentence stop (a comma does not end "Overnight, 200 were rescued")
_SEGMENT_END = re.compile(r"[.,;:!?()\[\]\"“”]|\s\d|\s[-–—]\s")
_CLAUSE_START = re.compile(r"[;!?]|\.(?<!\d\.)\s")  # (a mark first: a fast scan)
_FIGURE = re.compile(r"(?<![\w-])\d")
_REACH = 90


@cache
def _conditions(code: str) -> tuple[_Condition, ...]:
    table = vocab().raw.get("conditions", {})
    found = []
    for name, spec in table.items():
        phrases = sorted(spec.get(code, ()), key=len, reverse=True)
        if not phrases:
            continue
        alt = "|".join(cue_pattern(p.lower()).pattern for p in phrases)
        found.append(
            _Condition(
                name, re.compile(f"(?:{alt})"), spec.get("before", False), spec.get("rising", True)
            )
        )
    return tuple(found)


@cache
def _any_condition(code: str, rising: bool) -> tuple[re.Pattern | None, re.Pattern | None]:
    """(any phrase of the conditions a count reads, any of those that may stand before the
    figure): one search tells most figures have none, before the loop over each condition.
    `rising`: the count only rises, so conditions that are not `rising` are left out."""
    table = vocab().raw.get("conditions", {})
    kept = [c for c in _conditions(code) if c.rising or not rising]
    every = [p for c in kept for p in table[c.name][code]]
    before = [p for c in kept if c.before for p in table[c.name][code]]
    return (
        re.compile(_cue_trie(every)) if every else None,
        re.compile(_cue_trie(before)) if before else None,
    )


@cache
def _loose_condition(code: str, rising: bool) -> re.Pattern | None:
    """_any_condition's phrases without their word-edge tests (`\\b`): a match of either of
    its patterns in a window cut from a sentence is one of this in the whole sentence, so a
    sentence without one holds no condition for any of its figures (cheaptests.sentence_lacks).
    None when the trie holds an escaped backslash, which the cut could split."""
    every = _any_condition(code, rising)[0]
    if every is None or "\\\\" in every.pattern:
        return None
    return re.compile(every.pattern.replace(r"\b", ""))


_SPACE, _END, _END_WORD = "\x00 ", "\x00", "\x00b"  # trie keys no phrase holds


def _cue_trie(phrases: list[str]) -> str:
    """Any of the phrases as vocab.cue_pattern reads each (whole words, white space between,
    "*" the rest of a word), written as one trie: re tries a few branches at each word start
    instead of every phrase. Where and whether it matches is what the phrases' patterns
    joined by "|" give (only which phrase wins at one start may differ)."""
    root: dict = {}
    for phrase in phrases:
        cue = phrase.lower()
        node = root
        for k, word in enumerate(cue.split()):
            if k:
                node = node.setdefault(_SPACE, {})
            for ch in word:
                node = node.setdefault(ch, {})
        node.setdefault(_END if cue.endswith("*") else _END_WORD, {})

    def build(node: dict) -> str:
        alts = []
        for key, child in sorted(node.items()):
            if key == _END:
                alts.append("")
            elif key == _END_WORD:
                alts.append(r"\b")
            else:
                head = r"\s+" if key == _SPACE else r"\w*" if key == "*" else re.escape(key)
                alts.append(head + build(child))
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return r"\b" + build(root)


@cache
def _clause_end(code: str) -> re.Pattern:
    """A word that opens another clause (data/units.toml [condition_ends])."""
    return words_regex(vocab().raw.get("condition_ends", {}).get(code, ()) or ["\x00"])


@cache
def _names(code: str) -> frozenset[str]:
    return frozenset(c.name for c in _conditions(code))


def with_condition(before: str, after: str, end: int, family: str, lang: str | None) -> str:
    """`family` with the figure's own condition, in place of one it took from the figure
    before it in a list ("Twelve are still in hospital, five in intensive care": the five
    are in intensive care, not in hospital and in intensive care). `after` is the sentence
    after the figure, `end` where its counted words end in it."""
    code = language_code(lang)
    names = _names(code)
    parts = family.split(":")
    rest = after[end:]
    if parts[0] == "missing" and (_was_missing(after, code) or _found_since(after[end:], code)):
        parts[0] = "located"  # "208 people previously listed as missing": found since
    while len(parts) > 1 and parts[-1] in names:
        parts.pop()
    family = ":".join(parts)
    state = condition_of(before, rest, family, lang)
    if state and len(parts) > 1 and parts[-1].partition(" ")[0] == "part":
        family = ":".join(parts[:-1])  # "among the injured, 6 in intensive care": that part
    if state and family in _ANY_PEOPLE and (whose := _people_of(state)):
        family = whose  # "40 people are in hospital": the injured in hospital
    if state and _counts_toll(state) and family in ("deaths", "people"):
        return "deaths"  # "900 people were presumed dead": the toll, not a part of it
    return f"{family}:{state}" if state else family


# the counts of people a condition's own family replaces (not the dead, the missing, nor
# a part of the rescued: "22 of the 81 rescued are in hospital" is a count of its own)
_ANY_PEOPLE = frozenset({"people", "injured"})


@cache
def _counts_toll(state: str) -> bool:
    """Whether a count of people or deaths in `state` is the death toll itself ([conditions]
    `toll`): only the missing presumed dead are a part of another count."""
    return bool(vocab().raw.get("conditions", {}).get(state, {}).get("toll"))


@cache
def _people_of(state: str) -> str | None:
    """The family every count of people in `state` takes ([conditions] `people`), or None."""
    return vocab().raw.get("conditions", {}).get(state, {}).get("people")


@cache
def _formerly(code: str) -> tuple[re.Pattern, re.Pattern]:
    """(a word saying a state was before, the missing cues) of one language."""
    raw = vocab().raw
    words = raw.get("formerly", {}).get(code, ())
    spec = raw["families"]["missing"]
    cues = spec.get("verbs", ()) if code == "en" else spec.get(code, {}).get("verbs", ())
    alt = "|".join(cue_pattern(c.lower()).pattern for c in cues)
    return words_regex(words), re.compile(f"(?:{alt})")


def _was_missing(rest: str, code: str) -> bool:
    """Whether the segment after a count of the missing says they were missing before
    ("208 pessoas antes tidas como desaparecidas"): a `formerly` word ahead of the cue."""
    ahead = rest[:_REACH].lower()
    cut = _SEGMENT_END.search(ahead)
    ahead = ahead[: cut.start() if cut else len(ahead)]
    formerly, missing = _formerly(code)
    word = formerly.search(ahead)
    cue = missing.search(ahead)
    return word is not None and cue is not None and word.start() < cue.start()


@cache
def _found_cues(code: str) -> tuple[re.Pattern, re.Pattern]:
    """(a relative pronoun opening the clause after a count, the located cues) of one
    language (data/units.toml [relatives], [families.located])."""
    raw = vocab().raw
    rel = "|".join(re.escape(w) for w in raw["relatives"].get(code, ()) or ["\x00"])
    spec = raw["families"]["located"]
    cues = spec.get("verbs", ()) if code == "en" else spec.get(code, {}).get("verbs", ())
    alt = "|".join(cue_pattern(c.lower()).pattern for c in cues)
    return re.compile(rf"\s*,?\s*(?:{rel})\s"), re.compile(f"(?:{alt})")


_FOUND_REACH = 250


def _found_since(rest: str, code: str) -> bool:
    """Whether a count of the missing is of people found since: a relative clause right
    after the counted words says they were missing, and the sentence's own verb after it
    that they are found ("160 personas que seguían en paradero desconocido, ... ya han
    sido localizadas"; not "160 personas que siguen desaparecidas, y 20 localizadas": the
    located cue of another figure)."""
    relative, located = _found_cues(code)
    opening = relative.match(rest)
    if opening is None:
        return False  # most counts: no relative clause right after them
    figure = _FIGURE.search(rest, opening.end(), _FOUND_REACH)
    ahead = rest[opening.end() : figure.start() if figure else _FOUND_REACH].lower()
    missing = _formerly(code)[1].search(ahead)
    return missing is not None and located.search(ahead, missing.end()) is not None


def condition_of(before: str, rest: str, family: str, lang: str | None) -> str | None:
    """The condition a count of `family` carries, or None. `before` is the sentence up to
    the figure, `rest` the text after its counted words.

    >>> condition_of("", " are still in hospital, five in intensive care.", "people", "en")
    'in hospital'
    >>> condition_of("", " were missing, presumed dead.", "missing", "en")
    'presumed dead'
    >>> condition_of("Durante la noche, se rescató a ", " personas.", "rescued", "es")
    'overnight'
    """
    code = language_code(lang)
    kind = family.partition(":")[0]
    rising = kind in vocab().rising_counts
    conditions = _conditions(code)
    if not conditions:
        return None
    start = max(0, len(before) - _REACH)
    any_ahead, any_before = _any_condition(code, rising)
    if any_ahead is None:
        return None
    label = label_start(before, start)  # "Deaths under investigation (4)": a label's
    if label is not None and (tail := before[start:label].lower()):
        for c in conditions:
            if rising and not c.rising:
                continue
            found = None
            for found in c.pattern.finditer(tail):  # noqa: B007 - keeps the last
                pass
            if found and found.end() == len(tail.rstrip()):
                return c.name  # the label ends on the condition
    loose = _loose_condition(code, rising)
    if loose is not None and sentence_lacks(loose, before, rest):
        return None  # no phrase of any condition in the whole sentence (one scan for all)
    ahead = rest[:_REACH].lower()
    cut = _SEGMENT_END.search(ahead)
    stop = cut.start() if cut else len(ahead)
    other = _clause_end(code).search(ahead, 0, stop)
    if other:
        stop = other.start()  # "... at 57 after a woman died in hospital": hers
    # "31 were missing, presumed dead": an apposition right after the comma says it too
    comma = cut is not None and not other and ahead[cut.start()] == ","
    apposition = ahead[cut.end() :].lstrip() if cut and comma else ""
    # most figures: no phrase of any condition in reach, told by one search of each text
    # before the loop over the conditions (the alternation's first match is the first of
    # any condition's; a phrase in the clause before is one in the window it ends)
    first = any_ahead.search(ahead)
    if (
        (first is None or first.start() >= stop)
        and not (apposition and any_ahead.match(apposition))
        and not (any_before is not None and any_before.search(before[start:].lower()))
    ):
        return None
    clause = None
    for clause in _CLAUSE_START.finditer(before, start):  # noqa: B007 - keeps the last
        pass
    back = before[clause.end() if clause else start :].lower()
    # "the number who left their homes in the last hours keeps rising: 4,599 are in
    # shelters": a window before a colon tells when the subject's people left, not which
    # of them the figure counts
    if (colon := back.rfind(": ")) >= 0:
        back = back[colon + 2 :]
    for c in conditions:
        if rising and not c.rising:
            continue
        m = c.pattern.search(ahead)
        if (m and m.start() < stop) or c.pattern.match(apposition):
            return c.name  # a phrase that starts in the segment ("in the last 24 hours")
        if c.before and back:
            found = None
            for found in c.pattern.finditer(back):  # noqa: B007 - keeps the last
                pass
            if found and not _FIGURE.search(back, found.end()):
                return c.name  # not "overnight 12 were rescued, and 300 in all" for the 300
    return None
