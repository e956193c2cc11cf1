"""Whether a figure is an EARLIER level of a running count that a page recalls beside its
current one ("Am Freitag hatte der Landrat noch von 14 Toten gesprochen", "the governor
had put the toll at 30", "up from 30", "contre 12 la veille"), and when such a level held:
before the page's day, never as a same-day report of it. The words are data
(data/earlier.toml), every language's read in every page."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from kfactcheck import data

# what ends the clause a cue must share with its figure
_CLAUSE_MARK = re.compile(r"[;:!?]|\.\s|,\s|\s[–—-]\s")
_SPACES = re.compile(r"\s*")
# "von zuvor 30 auf 43": a figure right after a word of the new level is the current one
_DIGIT = re.compile(r"\d")
_NEW_LEVEL = re.compile(r"(?i)\b(?:auf|to|à|a|para|su|em|en)\s+(?:\w+\s+){0,2}$")


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    table = data.load("earlier")

    def build(key: str, head: str, tail: str) -> re.Pattern[str]:
        words = [w for ws in table[key].values() for w in ws]
        return re.compile(head + "(?:" + "|".join(words) + ")" + tail, re.I)

    return (
        build("clause", r"(?<!\w)", r"(?!\w)"),
        build("moved", r"(?<!\w)", r"(?!\w)"),
        build("from_words", r"(?<!\w)", r"\s+$"),
        # "to 57", "a 355 este viernes", "auf 43": a new figure right after
        build("to_words", r"^\s*(?:[^\d\s.;,:!?]+\s+){0,2}?", r"\s+(?:[^\d\s]+\s+)?\d"),
        build("before", r"(?<!\w)", r"\s*$"),
        # the figure's noun and a few words may come first ("12 morts la veille")
        build("after", r"^[^\d.;,:!?]{0,40}?(?<!\w)", r"(?!\w)"),
    )


# how far a clause reaches either side of its figure: a cue further off is another
# clause's, and a text with no punctuation is not read whole for every figure in it
_REACH = 200


def clause_span(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause of sentence[start:end]: back to the mark before it, on to the one after,
    at most _REACH characters either way."""
    a = max(0, start - _REACH)
    first = _SPACES.match(sentence)
    lead = first.end() if first else 0  # where the sentence's first word starts
    for m in _CLAUSE_MARK.finditer(sentence, a, start):
        words = sentence[a : m.start()].strip().count(" ") + 1
        opening = a <= lead  # the words that open the sentence
        if m.group().startswith(",") and (words == 1 or (opening and words <= 4)):
            # "Anteriormente, eram 12", "In the first hours, 12 dead were counted": one word
            # before the comma, or up to four opening the sentence, open the clause
            continue
        a = m.end()
    reach = min(len(sentence), end + _REACH)
    m = _CLAUSE_MARK.search(sentence, end, reach)
    return a, m.start() if m else reach


def is_earlier(sentence: str, start: int, end: int) -> bool | str:
    """Whether the figure at sentence[start:end] is an earlier level the page recalls: a cue
    of its clause starting before it (a past perfect of a reporting verb, "still" with a
    past tense, "previously"), with no figure of a new level between ("von zuvor 30 auf
    43": 30 only), or a cue right before ("up from") or after it ("la veille")."""
    clause, moved, from_word, to_word, before, after = _patterns()
    if before.search(sentence, max(0, start - 40), start):  # "la cifra anterior confirmada, de"
        return True
    if after.search(sentence[end : end + 60]):
        return True
    a, b = clause_span(sentence, start, end)
    if (
        from_word.search(sentence, max(0, start - 8), start)
        and to_word.search(sentence[end : end + 40])
        and moved.search(sentence, a, start)
    ):
        return "moved"  # "rose from 41 to 57": the old level, before the new one's day
    if _first_cue_from(sentence, a) >= start:
        return False  # no cue starts before the figure (found once for many figures)
    for m in clause.finditer(sentence, a, b):
        if m.start() >= start:
            break
        between = _DIGIT.search(sentence, m.end(), start)
        if between and _NEW_LEVEL.search(sentence, max(0, start - 30), start):
            continue
        return True
    return False


# a negative look-ahead with no group inside ("at the time(?! of writing)")
_NOT_AHEAD = re.compile(r"\(\?!(?:[^()\\]|\\.)*\)")
# what else tests the text around a match: look-arounds, word edges, anchors (a "^" that
# opens a set of characters, "[^...]", is none)
_AROUND = re.compile(r"\(\?[=!<]|\\[bBAZ]|(?<!\[)\^|\$")


@cache
def _loose_clause() -> re.Pattern[str] | None:
    """The clause cues without their look-arounds: a cue that matches in any stretch of a
    sentence matches this at the same place in the whole sentence. None when a cue holds
    another test of what is around it, which this could not drop."""
    words = [_NOT_AHEAD.sub("", w) for ws in data.load("earlier")["clause"].values() for w in ws]
    if any(_AROUND.search(w) for w in words):
        return None
    return re.compile("(?:" + "|".join(words) + ")", re.I)


_LONG = 400  # a sentence this long is read once for its figures (as claims/cheaptests.LONG)
_cues: list = [None, -1, -1]  # a sentence, a start, where its first loose cue from there starts


def _first_cue_from(sentence: str, a: int) -> float:
    """Where the first match of _loose_clause() in sentence from `a` starts (infinity when
    none; `a` when the cues cannot be loosened). No cue of is_earlier starts before it. A
    search from an earlier start that found its first match at or after `a` found this one:
    the figures of a sentence ask in order, and a sentence with no cue is read once, not
    200 characters either side of each figure ("the army sent 400 troops ... 37 people
    died the army sent ...", a text of 2,000-character pieces with no punctuation)."""
    loose = _loose_clause()
    if loose is None or len(sentence) < _LONG:
        return a  # (a sentence of ordinary length: its clause is read as before)
    if _cues[0] is sentence and _cues[1] <= a <= _cues[2]:
        return _cues[2]
    m = loose.search(sentence, a)
    _cues[:] = [sentence, a, m.start() if m else float("inf")]
    return _cues[2]


def weekday_is_earlier(text: str, pos: int) -> bool:
    """Whether the weekday at text[pos] stands in a clause that recalls an earlier level
    ("Am Freitag hatte der Landrat von 14 Toten gesprochen"): it names a day before the
    page's, not the day the page reports from."""
    lo, hi = max(0, pos - _REACH), min(len(text), pos + _REACH)
    a = max(text.rfind(".", lo, pos), text.rfind("\n", lo, pos), lo - 1) + 1
    ends = [i for i in (text.find(". ", pos, hi), text.find("\n", pos, hi)) if i >= 0]
    b = min(ends) if ends else hi
    ca, cb = clause_span(text[a:b], pos - a, pos - a + 1)
    found = _patterns()[0].search(text, a + ca, a + cb)
    if found is not None and _SAID_THAT.search(text, a + ca, found.start()):
        return False  # "said Monday that 74 had been confirmed dead": reported speech
    return found is not None


# a verb of saying and "that" between a weekday and a past perfect after it: the tense of
# reported speech ("told reporters Friday that 26 bodies had been recovered", "a
# indiqué lundi que 26 personnes avaient été tuées", "dijo el lunes que habían muerto 26"),
# not a recalled earlier level
_SAID_THAT = re.compile(
    r"""(?i)\b(?:said|says|told|announced|reported|stated|confirmed|added)\b[^.;:]*?\bthat\b
    |\b(?:a|ont)\s+(?:\w+\s+)?(?:dit|déclaré|indiqué|annoncé|précisé|affirmé)\b[^.;:]*?\bque?\b
    |\b(?:dijo|informó|anunció|afirmó|señaló|declaró|disse|informou|anunciou|afirmou)\b[^.;:]*?\bque\b""",
    re.X,
)


def earlier_time(values: list[str], published: str, moved: bool = False) -> str:
    """When an earlier level held: the latest of the clause's dates (`values`, ISO) before
    the page's day `published`, else the day before it. The old level of a move ("rose
    from 41 to 57 on Friday", `moved`) held the day before the move's day."""
    before = [v for v in values if v < published]
    if moved:
        day = max([v for v in values if v <= published], default=published)
        return (date.fromisoformat(day) - timedelta(days=1)).isoformat()
    if before:
        return max(before)
    return (date.fromisoformat(published) - timedelta(days=1)).isoformat()


def mark_earlier(claim, sentence: str, q, dates, published: str) -> None:
    """Mark a running count's claim (figure `q` of `sentence`, whose `dates` are found) as an
    earlier level when its words say so (term "earlier"), and, in a page of day `published`,
    date it before that day (earlier_time) unless its sentence already does."""
    kind = is_earlier(sentence, q.start, q.end)
    if not kind:
        return
    claim.terms = (*claim.terms, "earlier")
    if published and claim.as_of >= published:
        a, b = clause_span(sentence, q.start, q.end)
        days = [d.value for d in dates if a <= d.start < b and len(d.value) == 10]
        claim.as_of = earlier_time(days, published, kind == "moved")
