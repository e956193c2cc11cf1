"""The day a sentence gives as the day its figures were reported: a date right after a verb
that gives them ("the mayor said Sunday night that 850 are unaccounted for", "a annoncé
samedi soir que", "dijo el domingo que", "sagte am Sonntagabend, dass"), or in English right
before one ("officials Thursday night released the names of 388"), holds for the figures
after it (said_on: claims/opening reads it as a date that opens their clause, and
dated.dates_count_before lets it date a running count); a date in a phrase after the figures
that names their source or bulletin ("..., selon un bilan arrêté samedi à 22h00",
"according to a tally released Saturday", ", a indiqué le ministère ... tard dans la soirée
de samedi") holds for the figures before it (told_after). Words: data/dates.toml
[report_day], with speakers.toml's verbs, participles and source phrases of every language
(one pattern for all: a verb of one language is no common word right before a date in
another)."""

from __future__ import annotations

import re
from functools import cache

from kfactcheck import data
from kfactcheck.grammar.vocab import trie_pattern


@cache
def _words() -> tuple[list[str], list[str], list[str], list[str]]:
    """(verbs, sources, between, parts): the verbs that give a count in every language, the
    phrases that name a source, the words that may stand between a verb and its date, the
    parts of the day after a weekday."""
    speakers = data.load("speakers")
    day = data.load("dates")["report_day"]
    verbs = [*speakers["verbs"], *speakers["participles"], *day["verbs"]]
    sources = list(speakers["source_phrases"])
    for table in speakers.get("languages", {}).values():
        verbs += table.get("verbs", []) + table.get("participles_past", [])
        sources += table.get("source_phrases", [])
    # a word of one or two letters ("so", "a") is a verb of no sentence worth the risk
    verbs = sorted({v.lower() for v in verbs if len(v) > 2})
    return verbs, sorted({s.lower() for s in sources}), day["between"], day["parts"]


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    verbs, sources, between, parts = _words()
    verb = rf"(?<![\w'’])(?:{trie_pattern(verbs)})(?![\w'’])"
    gap = rf"(?:[\s,]+(?:{trie_pattern(between)})(?![\w'’]))"
    # the verb, at most four words between, then the date ("said late on", "informó este")
    before = re.compile(rf"(?i){verb}{gap}{{0,4}}[\s,]*$")
    # the date, maybe a part of the day, then the verb ("Thursday night released")
    after = re.compile(rf"(?i)(?:\s+(?:{trie_pattern(parts)}))?\s+{verb}")
    # a source's phrase or a verb, then words without a figure or a clause's end, then the
    # date: "according to a tally released", "selon un bilan provisoire du ministère, arrêté"
    told = re.compile(
        rf"(?i)(?:{verb}|(?<![\w'’])(?:{trie_pattern(sources)})(?![\w'’]))[^.;:!?\d]{{0,100}}$"
    )
    return before, after, told


_KINDS = ("date", "month", "year", "weekday", "relative")  # as dated.sentence_time


def said_on(sentence: str, d) -> bool:
    """Whether the date `d` is the day a verb right before it (or, in English order, right
    after it) gave the figures that follow: "said Sunday night that", "a annoncé samedi
    que", "officials Thursday night released". Read once a date of a sentence."""
    if _said[0] is not sentence:
        _said[:] = [sentence, {}]
    key = (d.start, d.end)
    got = _said[1].get(key)
    if got is None:
        got = _said[1][key] = _said_on(sentence, d)
    return got


_said: list = [None, {}]  # the last sentence read, and its dates' answers by span


def _said_on(sentence: str, d) -> bool:
    if d.role != "event" or d.kind not in _KINDS or d.cue == "of":
        return False
    before, after, _ = _patterns()
    if sentence[d.end : d.end + 2].startswith(("'s", "’s")):
        return False  # "said Sunday's quake killed 40": the day names the quake
    return (
        before.search(sentence, max(0, d.start - 60), d.start) is not None
        or after.match(sentence, d.end) is not None
    )


def told_after(sentence: str, dates, near):
    """The date of the phrase after the figure `near` that names its source or the bulletin
    it is from ("..., dont 104 grièvement, selon un bilan arrêté samedi à 22h00"), when no
    clause ends between them; else None."""
    told = _patterns()[2]
    for d in dates:
        if d.start < near.end:
            continue
        if d.role != "event" or d.kind not in _KINDS or d.cue == "of":
            continue
        m = told.search(sentence, max(near.end, d.start - 110), d.start)
        if m is None:
            continue
        if any(c in sentence[near.end : m.start()] for c in ";:"):
            return None  # the source's clause is another one
        return d
    return None
