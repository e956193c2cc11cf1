"""What a duration is measured from ("a decade after a guerrilla revolt" -> revolt, "walk out
for 48 hours" -> strike): the word that keeps durations of different things apart."""

from __future__ import annotations

import re

from kfactcheck.claims.counted import DURATION_NOUNS, WORD
from kfactcheck.grammar.vocab import vocab

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
