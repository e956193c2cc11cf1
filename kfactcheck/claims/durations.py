"""What a duration is measured from ("a decade after a guerrilla revolt" -> revolt, "walk out
for 48 hours" -> strike): the word that keeps durations of different things apart."""

from __future__ import annotations

import re

from kfactcheck.claims.counted import DURATION_NOUNS, WORD
from kfactcheck.grammar.vocab import PEOPLE, noun_concept, vocab

_STOP_FOR = re.compile(
    r"\b(?:stop|stops|stopped|halt|halts|halted|shut|shuts|close|closes|closed|down tools)"
    r"(?:\s+(?:work|down|running|operating))?\s+for\s+(?:about\s+|some\s+|up\s+to\s+)?$",
    re.IGNORECASE,
)


def topic_word(before: str, after: str) -> str:
    """What a duration is measured from: 'a decade after a guerrilla revolt' -> 'revolt',
    'walk out for 48 hours' -> 'strike' (an event named nearby wins)."""
    v = vocab()
    if _STOP_FOR.search(before[-40:]):
        return "stoppage"  # "buses will stop for 48 hours": as long as the walkout lasts
    window = before[-60:] + " " + after[:30]
    at = len(before[-60:])
    near = min(vocab().events_re.finditer(window), key=lambda m: abs(m.start() - at), default=None)
    if near is not None:
        return v.events[near.group().lower()]
    after_words = [w.lower() for w in WORD.findall(after[:80])]
    if after_words and after_words[0] in ("after", "since", "before", "of", "ago"):
        for w in after_words[1:6]:
            if len(w) > 3 and w not in v.stop and w not in DURATION_NOUNS:
                return w
    for w in reversed([w.lower() for w in WORD.findall(before)]):
        if len(w) > 4 and w not in v.stop:
            return w
    return "time"


def is_age(before: str, after: str, code: str) -> bool:
    """Whether a figure of years is someone's age, no claim: "(45 ans)", "une femme, 45 ans,",
    "âgée de 45 ans", "un hombre de 45 años", "un uomo di 45 anni", "45 Jahre alt" (not "une
    peine de 45 ans" or "pendant 45 ans": what lasted)."""
    tail = before[-40:]
    if _OLD_AFTER.match(after) or _AGED_BEFORE.search(tail):
        return True
    closed = _CLOSED_AFTER.match(after) is not None
    if closed and (tail.rstrip().endswith("(") or _COMMA_BEFORE.search(tail)):
        return True  # "(45 ans)", "Une femme, 45 ans, ..."
    of = _OF_BEFORE.search(tail)
    if of is None:
        return False
    word = of.group(1)
    if word[:1].isupper() and closed and not _OPENS.search(tail[: of.start(1)]):
        return True  # "Ana Lis, de 45 años,": a name
    concept = noun_concept(word, code)
    return concept == PEOPLE or (
        concept is not None
        and concept in vocab().families
        and vocab().families[concept].unit == "people"
    )


# "45 Jahre alt", "45 jaar oud", "45 years old"
_OLD_AFTER = re.compile(r"(?i)\s+(?:alt|oud|old)\b")
# "âgée de", "aged", "de edad de", "di età di", "com idade de", "im Alter von"
_AGED_BEFORE = re.compile(
    r"(?i)\b(?:âgée?s?\s+de|agée?s?\s+de|aged|edad\s+de|età\s+di|idade\s+de|alter\s+von"
    r"|leeftijd\s+van)\s+$"
)
# what closes an age's words: a bracket, a comma, the sentence's end, or a verb after it
_CLOSED_AFTER = re.compile(r"\s*(?:[),;.]|$)")
# ", 45 ans,": after a comma (a noun or name before it), not after a figure's list
_COMMA_BEFORE = re.compile(r"[^\W\d_]{2,},\s+$")
# "un hombre de 45 años", "La víctima, de 45 años": the noun before "de"/"di"
_OF_BEFORE = re.compile(r"([^\W\d_]{3,}),?\s+(?:de|di|van)\s+$")
_OPENS = re.compile(r"(?:^|[.!?]\s+)$")  # a capital that opens the sentence names nothing
