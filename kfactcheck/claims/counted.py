"""What a figure counts and whose: the noun phrase after it (or the noun it completes),
the family of synonyms it belongs to, shares and kinds of money, the event a date belongs
to (a duration's: durations.py), and the scope words that later separate subjects.

Plain functions over a sentence split at the figure (`before`, `after`); the vocabularies
are data (data/units.toml, loaded by vocab.py).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice

from kfactcheck.claims.labels import labelled
from kfactcheck.claims.money import (
    money_kind,
    money_owner,
    money_total,
    money_what,
)
from kfactcheck.claims.nounroles import OPPOSITE, STATUS_NOUNS, SUBSET_WHOLES, subgroup
from kfactcheck.claims.parts import WORD, group_families
from kfactcheck.claims.pricebase import current_prices
from kfactcheck.claims.sums import money_deducted, money_purpose, names_thing
from kfactcheck.data import month_names, weekday_names
from kfactcheck.grammar.vocab import lang_vocab, long_cue, singular, vocab
from kfactcheck.model import Quantity

# A token: a word, a figure, or one punctuation mark (what ends a noun phrase).
_TOKEN = re.compile(r"[^\W\d_](?:[\w’'-]*\w)?|\d[\d,.]*|[^\w\s]")

POSSESSIVE = re.compile(r"[’']s\b")

_HYPHEN_UNIT = re.compile(r"-([a-z]{3,})\b(?!-)")
_SIZE_WORDS = frozenset({"strong", "member", "people", "person", "man", "woman"})

SHORT_TIME = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months night nights "
    "time times".split()
)

DURATION_NOUNS = frozenset({"year", "years", "decade", "decades"})

_PREDICATES = frozenset(
    "dead killed injured wounded missing hurt arrested detained evacuated displaced".split()
)

_TIME_WORDS = frozenset(
    [*(w.lower() for w in [*weekday_names(), *month_names()]), "today", "yesterday"]
)

# words that lead a time right after a figure ("29 late Wednesday", "40 early today")
_TIME_LEADS = frozenset({"late", "early", "earlier", "later"})


def plain(scope: str) -> str:
    """A scope word without possessive; '' for time words ('Saturday's' is no place)."""
    word = POSSESSIVE.sub("", scope)
    return "" if word in _TIME_WORDS else word


_SPACES = re.compile(r"\s*")
_ROAD = re.compile(r"(?:^|[\s(/-])[B-HJ-Z]\s$")
_ADDRESS = re.compile(r"\s+((?:[A-Z][\w’'-]*\.?[ \t]*){2,4})")


def names_something(before: str, after: str, q: Quantity) -> bool:
    """'the number 14 bus', 'Route 66', '3 Kirk Street': the figure is part of a name."""
    v = vocab()
    if q.spelled or q.unit:
        return False
    prev = WORD.findall(before[-40:])
    label = labelled(prev, v.label_before) and not before.rstrip().endswith(",")
    if label:
        # the word after the figure, read where it starts (not on a copy of the rest of a
        # long sentence, made for every figure)
        nxt = WORD.match(after, _SPACES.match(after).end())
        if not (nxt and counts_noun(nxt.group().lower())):
            return True  # not "land forces number 6,000 troops": a verb, and a counted noun
    if _ROAD.search(before[-4:]):
        return True  # "L 73", "B 257", "K 15": a road or line named by a letter
    m = _ADDRESS.match(after)
    names = m.group(1).split() if m else []
    return any(w.rstrip(".").lower() in v.street_words for w in names[1:])


def last_match(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> re.Match[str] | None:
    """The last non-overlapping match of `pattern` in text[pos:endpos]."""
    found = None
    end = len(text) if endpos is None else endpos
    for found in pattern.finditer(text, pos, end):  # noqa: B007 - the loop keeps the last
        pass
    return found


def counts_noun(low: str) -> bool:
    """A noun that a figure counts: a family's noun, or people (lowercase)."""
    v = vocab()
    return low in v.noun_family or low in v.people or singular(low) in v.people


def noun_phrase(after: str, q: Quantity) -> tuple[str | None, list[str], int, tuple[str, ...]]:
    """The noun phrase a figure counts: (head, modifiers, end offset in `after`, scope)."""
    v = vocab()
    words: list[re.Match] = []
    pos = 0
    i = 0
    hyphen = _HYPHEN_UNIT.match(after)
    if hyphen and hyphen.group(1) in _SIZE_WORDS:
        # "a 7.5 million-strong population", "a 5,000-strong force": the noun comes after
        after = " " * hyphen.end() + after[hyphen.end() :]
    elif hyphen:
        # "11.5-kilometre line", "a 48-hour strike": the unit is glued to the figure
        unit_word = hyphen.group(1)
        return unit_word, [], hyphen.end(), ()
    # the tokens of the next 160 characters, read as far as they are looked at (a phrase
    # is a few words): a figure every few words would tokenize most of the text many times
    more = _TOKEN.finditer(after, 0, min(len(after), 160))
    tokens = list(islice(more, 1))  # the rest taken as needed (_fill)
    # "dozens of criminals", "a third of voters": skip the "of" (and a determiner)
    if tokens and tokens[0].group().lower() == "of" and (q.spelled or q.unit == "percent"):
        i = 1
        while _fill(tokens, more, i + 1) > i and tokens[i].group().lower() in _DETERMINERS:
            i += 1
    stop_at = i
    while _fill(tokens, more, i + 2) > i and len(words) < 4:
        tok = tokens[i].group()
        low = tok.lower()
        if not WORD.fullmatch(tok) or low in v.stop:
            break
        if not words and (
            _acts(low, tokens[i + 1 : i + 2])
            or (low.endswith("ed") and _fill(tokens, more, i + 3) and long_cue(tokens[i : i + 3]))
        ):
            break  # "thousands marched through the city", "21 remanded in custody": a verb
        if (
            not words
            and low in _TIME_LEADS
            and len(tokens) > i + 1  # (filled to i + 2 by the loop's test)
            and tokens[i + 1].group().lower() in _TIME_WORDS
        ):
            break  # "climbed to 29 late Wednesday": the time of the figure, no noun
        if words and (low in _PREDICATES or (low.endswith("ing") and len(low) > 5)):
            break
        if words and low.endswith("ed") and low not in v.noun_family and low not in v.people:
            break
        words.append(tokens[i])
        i += 1
        if POSSESSIVE.search(tok):
            break
    stop_at = i
    if not words:
        return None, [], 0, ()
    # the head is the last word that is a noun we know, else the last word
    head_i = len(words) - 1
    for j in range(len(words) - 1, -1, -1):
        low = words[j].group().lower()
        if counts_noun(low):
            head_i = j
            break
    head = words[head_i].group()
    pos = words[head_i].end()
    modifiers = [w.group() for w in words[:head_i]]
    two = " ".join(w.group().lower() for w in words[max(0, head_i - 1) : head_i + 1])
    if two in v.noun_family:
        head = two
    # _trailing_scope reads the two words after the phrase, and three more only after a
    # place word or a participle: those taken only then (a figure every few words)
    _fill(tokens, more, stop_at + 1)
    first = tokens[stop_at].group().lower() if len(tokens) > stop_at else ""
    wide = first in _PLACE_WORDS or first.endswith(("ing", "ed"))
    _fill(tokens, more, stop_at + (5 if wide else 2))
    scope = _trailing_scope(tokens[stop_at : stop_at + 8])
    scope += tuple(m.lower() for m in modifiers if m[:1].isupper() and not POSSESSIVE.search(m))
    return head, modifiers, pos, scope


_DETERMINERS = ("the", "its", "their", "all")


def _fill(tokens: list, more, n: int) -> int:
    """Tokens taken from the iterator `more` until there are `n` (or no more); how many."""
    while len(tokens) < n:
        token = next(more, None)
        if token is None:
            break
        tokens.append(token)
    return len(tokens)


_PLACE_WORDS = ("in", "of", "across", "throughout", "from")  # before where things counted are


def _trailing_scope(tokens) -> tuple[str, ...]:
    """'living in northern Kosovo' -> ('northern kosovo',): where the counted things are."""
    v = vocab()
    words = [t.group() for t in tokens]
    for k, w in enumerate(words[:2]):
        if k == 1 and not words[0].lower().endswith(("ing", "ed")):
            break  # "struck the province of ...": the place is not where the count is
        if w.lower() not in _PLACE_WORDS:
            continue
        rest = words[k + 1 : k + 4]
        if rest and rest[0].lower() == "the":
            rest = rest[1:]
        if not rest:
            break
        if rest[0].lower() in v.area_words and len(rest) > 1 and rest[1][:1].isupper():
            return (f"{rest[0].lower()} {rest[1].lower()}",)
        if rest[0][:1].isupper() and plain(rest[0].lower()):
            # "died in Tebrik itself": counted in one place ("in " marks it as a place)
            return (
                (f"in {POSSESSIVE.sub('', rest[0].lower())}",)
                if w.lower() == "in"
                else (rest[0].lower(),)
            )
        break
    return ()


# "In Barnsdale, ...", "In Barnsdale alone, ...", "In the town of Barnsdale, ..." (with no
# comma, "In Total 12 Dead" may be a headline's title case)
_LEADING_PLACE = re.compile(
    r"^\W*In\s+(?:the\s+)?(?:(?:town|city|village|county|district|province|region)\s+of\s+)?"
    r"([A-Z][\w-]+)(?:\s+alone)?,"
)


def leading(before: str) -> tuple[str, ...]:
    """'In Barnsdale, about 1,500 people joined...': the sentence is framed in a place."""
    m = _LEADING_PLACE.match(before)
    return (f"in {m.group(1).lower()}",) if m and plain(m.group(1).lower()) else ()


# (a one-letter word before an apostrophe is elided or accented, "E' salito", not a possessor)
_POSSESSOR = re.compile(r"((?:[A-Z][\w-]*\s+)?[A-Z][\w-]+)[’']s?\s+(?:[\w-]+\s+){0,2}$")


def possessor_scope(before: str) -> tuple[str, ...]:
    """ "Kosovo's 1.8 million population" -> ('kosovo',)."""
    # the possessor is a few words back: a bounded window keeps this linear however long
    # the sentence (an unanchored search for "$" tries every position of what it is given)
    start = max(0, len(before) - 160)
    if not has_apostrophe(before, start):
        return ()  # the pattern needs one: a search in C is cheaper than the pattern's scan
    m = _POSSESSOR.search(before, start)
    if not m:
        return ()
    v = vocab()
    name = m.group(1).split()
    if len(name) == 2 and name[0].lower() in v.area_words:
        return (" ".join(n.lower() for n in name),)
    return (name[-1].lower(),)


def has_apostrophe(text: str, start: int = 0) -> bool:
    """Whether text[start:] holds an apostrophe (straight or curly): a test in C that spares
    a possessive look-back pattern its scan of every position of a long window."""
    return text.find("'", start) >= 0 or text.find("’", start) >= 0


def _acts(low: str, following) -> bool:
    """A family's verb right after a figure, not describing a noun after it ("marched
    through", "gathered outside"; but "injured workers" counts workers)."""
    if not low.endswith("ed") or low not in vocab().verb_family:
        return False
    return not following or not counts_noun(following[0].group().lower())


def verb_after(after: str) -> str | None:
    """The family of a verb right after a figure that counts no noun ("40 injured in the
    blast", "thousands marched")."""
    tokens = list(islice(_TOKEN.finditer(after, 0, min(len(after), 60)), 5))
    i = 0
    while i < 3 and i < len(tokens) and tokens[i].group().lower() in _AUXILIARIES:
        i += 1  # "twelve were killed", "40 have been arrested", "70 may have died"
    if i < len(tokens) and _acts(tokens[i].group().lower(), tokens[i + 1 : i + 2]):
        return vocab().verb_family[tokens[i].group().lower()]
    if 0 < i < len(tokens) and (low := tokens[i].group().lower()) in _PREDICATES:
        return vocab().verb_family.get(low)  # "74 were missing", "12 are dead"
    if i < len(tokens) and (i or tokens[0].group().lower().endswith("ed")):
        # "105 are still unaccounted for", "more than 60 still unaccounted for": over a cue
        # before
        return long_cue(tokens[i : i + 3])
    return None


_AUXILIARIES = frozenset(
    {"were", "was", "are", "is", "have", "has", "had", "been", "be", "remain", "remained"}
    | {"may", "might", "could", "will", "would", "should", "must", "reportedly", "still"}
    # "1,100 are reported missing", "30 were listed as missing", "12 are believed dead"
    | {"reported", "listed", "believed", "officially"}
)


def family_of(low: str, modifiers: list[str], head: str, before: str, after: str, rest=""):
    """The family and unit of a counted noun; `rest` is the text after the noun phrase,
    whose verb decides first for people ("30 people died", "70 people are missing")."""
    v = vocab()
    fam = v.noun_family.get(low) or v.noun_family.get(singular(low))
    if fam and fam in v.families:
        family = v.families[fam]
        if fam in ("area", "homes"):
            cue = verb_family(before[-40:] + " " + after[:80], len(before[-40:]))
            if cue in ("burned", "destroyed"):
                # homes a fire burned are homes destroyed; hectares destroyed are burned
                return ("destroyed" if fam == "homes" else "burned"), family.unit
        group = fam in group_families()  # troops, firefighters: who, not what happened
        # a noun that is itself what happened ("dead", "survivors") keeps its family
        if (family.unit == "people" or group) and fam not in STATUS_NOUNS:
            cue = verb_family(before[-40:] + " " + after[:80], len(before[-40:]))
            if cue and cue != fam and cue in ("deaths", "injured", "arrests"):
                # "12 soldiers were killed": the dead, those of one group of them
                return (f"{cue}:part {fam}" if group else cue), "people"
        return fam, family.unit
    if _VOTE_CUE.match(after) and _VOTE_CONTEXT.search(before + after):
        return "votes", "votes"  # "with 14,712 islanders backing the plan" in a referendum
    is_person = low in v.people or singular(low) in v.people or _demonym(head)
    if is_person:
        # "3,000 residents ... the fire": only what can happen to people decides
        own = verb_after(rest) if rest else None
        cue = own if own and v.families[own].unit == "people" else None
        # a cue of the clause before "and that" is that clause's ("11 have yet to be
        # identified and that 60 people are unaccounted for")
        back = _OTHER_CLAUSE.split(before[-40:])[-1]
        cue = cue or verb_family(back + " " + after[:80], len(back), "people")
        if cue in SUBSET_WHOLES and subgroup(low, "en"):
            return f"{cue}:part {low}", "people"  # "four children died": a part of the dead
        return (cue or singular(low)), "people"
    return singular(low), low


# words that open another clause: a cue before them is not the figure's
_OTHER_CLAUSE = re.compile(r"(?i)\b(?:and|but)\s+that\b|;")


# People counted by how they voted: the head noun, then a voting cue right after it.
_VOTE_CUE = re.compile(
    r"\W*(?:[^\W\d_][\w'’-]*\s+){1,2}(?:backing|voting|who\s+(?:voted|backed)|in\s+favou?r)\b",
    re.IGNORECASE,
)
_VOTE_CONTEXT = re.compile(r"\b(?:votes?|voted|referendum|ballot|election|polls)\b", re.IGNORECASE)


def _demonym(head: str) -> bool:
    """'Serbs', 'Albanians', 'Kurds': a capitalised plural counts people."""
    return head[:1].isupper() and head.endswith("s") and head[1:].islower() and len(head) > 3


def verb_family(window: str, at: int | None = None, unit: str | None = None) -> str | None:
    """The family a clause cue gives ("were killed" -> deaths): the cue nearest `at`
    (the figure's place in `window`), a cue just before the figure counting double."""
    low = window.lower()
    at = len(low) // 2 if at is None else at
    best: tuple[int, str] | None = None
    by_word = _cues_by_word(unit)
    # a cue matches as whole words, so its first word is one of the window's: the cues of
    # those words, in vocabulary order (ties go to the earlier cue), not every cue each time
    hits = by_word.keys() & _RUN.findall(low)
    if "" in by_word:
        hits.add("")  # ("" is no word: never a hit of its own)
    if not hits:
        return None  # most windows: no cue's first word
    cues = _verb_cues(unit)
    for k in sorted(k for w in hits for k in by_word[w]):
        cue, fam, cue_re = cues[k]
        if cue not in low:
            continue
        for m in cue_re.finditer(low):
            dist = at - m.end() if m.end() <= at else 2 * (m.start() - at)
            if best is None or dist < best[0]:
                if fam in OPPOSITE and _NOT.search(low, max(0, m.start() - 16), m.start()):
                    best = (dist, OPPOSITE[fam])  # "47 people have not been located": missing
                else:
                    best = (dist, fam)
    return best[1] if best else None


_NOT = re.compile(r"\b(?:not|never|un)\b")


_RUN = re.compile(r"\w+")  # what \b bounds: a cue's first word is one such run, whole


@cache
def _cues_by_word(unit: str | None = None) -> dict[str, tuple[int, ...]]:
    """The positions in _verb_cues(unit) of the cues, by their first word; under "" those
    that do not start with a word character (none in data/units.toml), always tried."""
    out: dict[str, list[int]] = {}
    for k, (cue, _, _) in enumerate(_verb_cues(unit)):
        first = _RUN.match(cue)
        out.setdefault(first.group() if first else "", []).append(k)
    return {w: tuple(ks) for w, ks in out.items()}


@cache
def _verb_cues(unit: str | None = None) -> list[tuple[str, str, re.Pattern]]:
    """(cue, family, the cue as a whole-word pattern) in vocabulary order, compiled once;
    with `unit`, only the cues of families counted in it."""
    v = vocab()
    return [
        (c, f, re.compile(r"\b" + re.escape(c) + r"\b"))
        for c, f in v.verb_family.items()
        if unit is None or v.families[f].unit == unit
    ]


# "rose by 12 to 57": the figure is the difference of two levels (which alone are
# compared); a percentage after "rose by" is a rate of change, a quantity of its own
# ("wages rose by 4.5%"), and stays.
_CHANGE_VERBS = (
    r"(?:rose|risen|rises|rising|rise|fell|fallen|falls|falling|increased|increases"
    r"|increasing|decreased|decreases|decreasing|dropped|drops|climbed|climbs|climbing|jumped"
    r"|jumps|grew|grown|grows|declined|declines|slipped|swelled|went\s+up|gone\s+up"
    r"|went\s+down|up|down)"
)
CHANGED_BY = re.compile(rf"\b{_CHANGE_VERBS}\s+by(?:\s+a\s+further|\s+another)?\s+$", re.IGNORECASE)


# the same in the other languages: "incrementó en dos", "aumentou em 5", "è salito di 12",
# "stieg um 40", "steeg met 8" (not "de": "aumentó de 188 a 197" is from one level to another)
_CHANGED_BY_OTHER = re.compile(
    r"(?i)(?<!\w)(?:increment|aument|sub|elev|cresc|salit|salt|stieg|gestiegen"
    r"|erhöht|steeg|gestegen|porast|pov)[^\W\d]*\s+(?:en|em|di|um|met|za)\s+$"
)


def changed_by(before: str) -> bool:
    """CHANGED_BY on the last 40 characters before a figure; without "by" (any case) in
    them it cannot match, and the pattern is not tried at every position."""
    tail = before[-40:]
    if "by" in tail.lower() and CHANGED_BY.search(tail) is not None:
        return True
    # the other languages' pattern ends in a word of two or three letters and white space:
    # "um ", "met " (an ASCII word of any other length, or none, cannot match)
    last = tail.split()[-1:]
    if not tail[-1:].isspace() or (last and last[0].isascii() and not 2 <= len(last[0]) <= 3):
        return False
    return _CHANGED_BY_OTHER.search(tail) is not None


_STEP_TO = re.compile(
    r"\s+by\s+(?:a\s+further\s+|another\s+)?[\d.,]+\s*(?:%|(?:percentage\s+)?points?)?\s+to$"
)


def link_back(before: str) -> tuple[str, str] | None:
    """'the death toll rose to 37' -> ('deaths', 'people'): the noun a bare figure completes.

    The linking words ("rose to", "stood at", "of") must end the text before the figure;
    then the counted thing is a known noun just before them, else a count of people named
    in the clause ("the death toll in the ... fire is expected to climb from 41"), else a
    clause cue ("the number of people killed ... rose to 37"), else a known noun further
    back, else the noun just before them.
    """
    v = vocab()
    # "the toll rose by 12 to 57": the step between says nothing of what 57 counts
    # (only its end is read: the last 300 characters, so that a sentence of a thousand
    # figures is not lower-cased and searched a thousand times)
    tail = before.rstrip()[-300:].lower()
    if "by" in tail:  # the step's pattern needs it: not tried at every position otherwise
        tail = _STEP_TO.sub(" to", tail)
    ends, whole = _link_ends(v.link_back)
    if not tail.endswith(ends) and tail not in whole:
        return None  # most figures: no linking words end the text (one test in C, not 55)
    for link in v.link_back:
        if not (tail.endswith(" " + link) or tail == link):
            continue
        stem = tail[: len(tail) - len(link)].rstrip()
        words = WORD.findall(stem)[-8:]
        named = link == "of" and words and words[-1] in _figure_nouns()
        if named:
            # "down from earlier estimates of roughly 1,000": the clause says what it counts
            words = words[:-1]
            stem = stem[: stem.rfind(" ") + 1] if " " in stem else ""
        elif link == "of" and words and words[-1] not in v.stop and len(words[-1]) > 3:
            # "a majority of 1,294", "a death toll of 37": the noun before "of" is counted
            fam = v.noun_family.get(words[-1]) or v.noun_family.get(singular(words[-1]))
            if fam:
                return fam, v.families[fam].unit
            if not words[-1].endswith(("ed", "ing", "ly")):
                return singular(words[-1]), singular(words[-1])
        for n in (2, 1):
            if len(words) >= n:
                phrase = " ".join(words[-n:])
                fam = v.noun_family.get(phrase) or v.noun_family.get(singular(phrase))
                if fam:
                    return fam, v.families[fam].unit
        for w in reversed(WORD.findall(stem)[-12:]):
            # "the death toll in the Harlow Court fire is expected to climb from 41":
            # a count of people the clause is about outweighs a cue in a phrase about it
            fam = v.noun_family.get(w) or v.noun_family.get(singular(w))
            if fam and v.families[fam].unit == "people" and w not in v.people:
                return fam, "people"
        cue = verb_family(" ".join(words))
        if not cue and not _figure_nouns().isdisjoint(words[-3:]):
            # "cut his guess of how many drowned in Kessby on Friday, saying that number may be 30":
            # a figure noun names no count; the clause's verb further back does
            cue = verb_family(stem[-160:])
        if cue:
            return cue, v.families[cue].unit
        for w in reversed(words[:-1]):
            fam = v.noun_family.get(w) or v.noun_family.get(singular(w))
            if fam:
                return fam, v.families[fam].unit
        if head := next((w for w in reversed(words) if w in _figure_nouns()), None):
            return head, head  # "the number would climb to 70": the count named before
        noun = words[-1] if words else ""
        if len(noun) > 3 and noun not in v.stop and not noun.endswith(("ed", "ing", "ly", "s")):
            # "a majority of 1,294": the figure completes a noun we have no family for,
            # unless it is a name ("the toll on the isle of Kessby climbed to 93")
            owned = len(words) > 1 and words[-2] in _OWNERS  # "our heartache stands at"
            if not owned and not _written_as_name(noun, before):
                return noun, noun
            for w in reversed(WORD.findall(stem)):  # "the toll ... of Kessby climbed to"
                fam = v.noun_family.get(w) or v.noun_family.get(singular(w))
                if fam:
                    return fam, v.families[fam].unit
        return None
    return None


# a person's own noun with no family is a feeling or a state, not a count ("our heartache
# stands at 115", "my patience is at 0")
_OWNERS = frozenset({"our", "my", "your", "his", "her", "their"})


def _written_as_name(word: str, before: str) -> bool:
    """Whether the last `word` of `before` (lower-cased) is written capitalised there, not
    opening its sentence: a name ("Kessby"), not a noun a figure completes."""
    at = before.lower().rfind(word)
    return at > 0 and before[at].isupper() and not before[:at].rstrip().endswith((".", "!", "?"))


@cache
def _figure_nouns() -> frozenset[str]:
    return frozenset(vocab().raw["phrase"]["figure_nouns"])


@cache
def _link_ends(links: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
    """(each linking phrase after a space, the phrases): what link_back's loop tests."""
    return tuple(" " + link for link in links), frozenset(links)


def money_family(before: str, after: str, code: str = "en") -> str:
    """'a €2.4 billion budget' -> 'money:cost', 'la famille Morvan a promis 40 millions'
    -> 'money:pledged:morvan': what the sum is and whose (claims/money.py)."""
    # "the net contribution ... £5.7bn" is not the gross "£18.8bn": a word of the clause
    clause = _MONEY_CLAUSE.split(before[-160:])[-1].lower()
    basis = next((f":{b}" for w, b in _BASIS.items() if f" {w} " in f" {clause} "), "")
    deducted = money_deducted(before, code)  # "after the rebate ... the net figure"
    basis = f":{deducted}" if deducted else basis
    kinds = vocab().money if code == "en" else lang_vocab(code).money
    what = money_what(before, after, code, kinds) or _money_kind(before, after, code)
    owner = money_owner(before, after, code, what)  # a cost is nobody's, a payment the payer's
    what = money_kind(what)
    if not owner and what in ("amount", "sum") and not money_total(before, after, code):
        # "Zwei Milliarden für die Bundes-Infrastruktur": a part of the whole by its purpose
        purpose = money_purpose(before, after, code, kinds)
        owner = f"for {purpose}" if purpose else ""
    basis += ":current prices" if current_prices(before, after) else ""  # claims/pricebase.py
    return f"money:{what}" + (f":{owner}" if owner else "") + basis


def _money_kind(before: str, after: str, code: str) -> str:
    """The units.toml kind of a sum: the money word right after the figure, else the
    nearest one before it in the clause."""
    kinds = vocab().money if code == "en" else lang_vocab(code).money
    after_words = [w.lower() for w in WORD.findall(after[:40])][:3]
    for w in after_words:
        if w in kinds:
            return kinds[w]
    before_words = [w.lower() for w in WORD.findall(before[-80:])]
    for i in range(len(before_words) - 1, -1, -1):
        two = " ".join(before_words[i : i + 2])
        for w in (two, before_words[i]):
            if w in kinds:
                return kinds[w]
    # "the £2.1bn runway", "a £1.2bn bridge": a sum that names a project is its cost; one
    # that nothing names ("That's £18.8bn", "la famille X a, elle, 100 millions") a sum
    return "cost" if names_thing(after, code) else "sum"


_MONEY_CLAUSE = re.compile(r"[,;:.!?()]")
# net and gross sums are two quantities, in every language read
_BASIS = {
    "net": "net",
    "gross": "gross",
    "netto": "net",
    "brutto": "gross",
    "brut": "gross",
    "neto": "net",
    "bruto": "gross",
    "líquido": "net",
    "lordo": "gross",
}
