"""The day a sentence gives as the day its figures were reported: a date right after a verb
that gives them ("the mayor said Sunday night that 640 are still missing", "a annoncé
samedi soir que", "dijo el domingo que", "sagte am Sonntagabend, dass"), or in English right
before one ("officials Sunday night published a list of 271"), holds for the figures
after it (said_on: claims/opening reads it as a date that opens their clause, and
dated.dates_count_before lets it date a running count); a date in a phrase after the figures
that names their source or bulletin ("..., d'après le décompte établi samedi à 21h30",
"according to a tally released Saturday", ", a indiqué le ministère ... tard dans la soirée
de samedi") holds for the figures before it (told_after). Words: data/dates.toml
[report_day], with speakers.toml's verbs, participles and source phrases of every language
(one pattern for all: a verb of one language is no common word right before a date in
another)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from kfactcheck import data
from kfactcheck.grammar.vocab import trie_pattern, vocab


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
def _patterns() -> tuple[re.Pattern[str], ...]:
    verbs, sources, between, parts = _words()
    verb = rf"(?<![\w'’])(?:{trie_pattern(verbs)})(?![\w'’])"
    gap = rf"(?:[\s,]+(?:{trie_pattern(between)})(?![\w'’]))"
    # the verb, at most four words between, then the date ("said late on", "informó este")
    before = re.compile(rf"(?i){verb}{gap}{{0,4}}[\s,]*$")
    # the date, maybe a part of the day, then the verb ("Sunday night published")
    after = re.compile(rf"(?i)(?:\s+(?:{trie_pattern(parts)}))?\s+{verb}")
    # a source's phrase or a verb, then words without a figure or a clause's end, then the
    # date: "according to a tally released", "selon un bilan encore provisoire de Tessburg, arrêté"
    told = re.compile(
        rf"(?i)(?:{verb}|(?<![\w'’])(?:{trie_pattern(sources)})(?![\w'’]))[^.;:!?\d]{{0,100}}$"
    )
    # further from its verb, a date still of the report when what it says follows: "said
    # in a statement on Sunday that", "a indiqué dans un communiqué dimanche soir que"
    far = re.compile(rf"(?i)({verb})[^\d.;:!?]{{0,50}}$")
    return before, after, told, far


_KINDS = ("date", "month", "year", "weekday", "relative")  # as dated.sentence_time


def said_on(sentence: str, d) -> bool:
    """Whether the date `d` is the day a verb right before it (or, in English order, right
    after it) gave the figures that follow: "said Sunday night that", "a annoncé samedi
    que", "officials Sunday night published". Read once a date of a sentence."""
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
    before, after, _, far = _patterns()
    if sentence[d.end : d.end + 2].startswith(("'s", "’s")):
        return False  # "said Sunday's quake killed 40": the day names the quake
    return (
        before.search(sentence, max(0, d.start - 60), d.start) is not None
        or after.match(sentence, d.end) is not None
        or (
            _THAT.match(sentence, d.end) is not None
            and (m := far.search(sentence, max(0, d.start - 70), d.start)) is not None
            # (what it says has not begun before the day: "said that the fire on Sunday ...")
            and _SAYS.search(sentence, m.end(1), d.start) is None
        )
    )


_SAYS = re.compile(r"(?i)(?<!\w)(?:that|que|qu['’]|dass|che|dat)(?!\w)")
# what a report says, right after its day and a few words of the time: "that", "que", "dass"
_THAT = re.compile(r"(?i)(?:\s+[^\W\d]+){0,3}?\s*,?\s+(?:that|que|qu['’]|dass|che|dat)(?!\w)")


def told_after(sentence: str, dates, near):
    """The date of the phrase after the figure `near` that names its source or the bulletin
    it is from ("..., dont 104 graves, d'après le décompte établi samedi à 21h30"), when no
    clause ends between them; else None. The sentence's dates are read once (_told_dates),
    each figure then looks up the first after it: a sentence of a thousand figures and
    dates is not searched figures x dates times."""
    told = _told_dates(sentence, dates)
    k = bisect_left(told, near.end, key=lambda t: t[0].start)
    for d, verb, clause in told[k:]:
        if near.end < clause:
            return None  # the source's clause is another one (";" or ":" between)
        if near.end <= verb:
            return d
    return None


def _told_dates(sentence: str, dates) -> list[tuple]:
    """The dates of `sentence` a source's phrase or verb leads to (told regex), in order,
    each with where the last such word before it starts and where its clause starts (after
    the last ";" or ":" before it): kept for the last sentence and list of dates read."""
    if _told[0] is sentence and _told[1] is dates:
        return _told[2]
    pattern, verb = _patterns()[2], _report_re()
    out = []
    for d in sorted(dates, key=lambda x: x.start):
        if d.role != "event" or d.kind not in _KINDS or d.cue == "of":
            continue
        m = pattern.search(sentence, max(0, d.start - 110), d.start)
        if m is None:
            continue
        last = m.start()  # the word nearest the date that leads to it
        for w in verb.finditer(sentence, m.start() + 1, d.start):
            last = w.start()
        clause = max(sentence.rfind(";", 0, d.start), sentence.rfind(":", 0, d.start)) + 1
        out.append((d, last, clause))
    _told[:] = [sentence, dates, out]
    return out


_told: list = [None, None, []]  # the last sentence and dates read, and their told dates


# a bulletin or statement a sentence gives its figures from ("a ajouté la préfecture dans
# son communiqué", "the statement said", "según el mismo balance")
_BULLETIN = re.compile(
    r"""(?i)(?<!\w)(?:communiqués?|statements?|bilans?|tally|balances?|balanço|boletim|
        bollettino|bilancio|comunicados?|comunicato|Mitteilung|Bilanz|Erklärung)(?!\w)""",
    re.X,
)
# words that put a sentence's figures on the page's own day, or in a later report
_LATER = re.compile(
    r"""(?i)(?<!\w)(?:now|today|latest|new|newest|currently|maintenant|aujourd['’]hui|
        dernier|dernière|nouveau|nouvelle|ahora|hoy|último|última|nuevo|nueva|agora|hoje|
        novo|nova|jetzt|heute|neueste[nr]?|neue[nr]?|ora|oggi|ultimo|nuovo|nuova)(?!\w)""",
    re.X,
)


# a sentence that opens a few hours from the last one's report: the same day ("Quelques
# heures plus tôt, le bilan antérieur était de 1190 morts", "Hours earlier, ...")
_SAME_DAY = re.compile(
    r"""(?i)\W*(?:[^\W\d]+\s+){0,2}?(?:hours?\s+(?:earlier|before|later)|
        earlier\s+(?:in\s+the\s+day|that\s+day)|heures?\s+plus\s+(?:tôt|tard)|
        plus\s+tôt\s+dans\s+la\s+(?:journée|soirée)|horas?\s+(?:antes|después|más\s+tarde|
        mais\s+cedo|mais\s+tarde|depois)|Stunden?\s+(?:zuvor|vorher|früher|später)|
        or[ae]\s+(?:prima|dopo|più\s+tardi))(?!\w)""",
    re.X,
)


@cache
def _report_re() -> re.Pattern[str]:
    verbs, sources, _, _ = _words()
    return re.compile(rf"(?i)(?<![\w'’])(?:{trie_pattern(verbs + sources)})(?![\w'’])")


# sentences on from a report's that a statement's sentence may still be of it
_CARRY = 3


def carry_report_day(claims, owners: list[int], sentences, text: str, page) -> None:
    """ "... 212 décès, d'après le décompte établi samedi à 21h30. On compte 93 décès à
    Varenne, a ajouté la préfecture dans son communiqué.": a sentence with no
    day of its own that gives its figures from a bulletin or statement, within a few
    sentences of one whose figures a report dated before the page's day, is of that report's
    day too, and so is one that opens hours from it ("Quelques heures plus tôt, ..."); a
    running count of the page's day in between, or a sentence that says "latest", "now",
    ends it. `owners`: each claim's sentence index; `page`: the page's date (None: nothing)."""
    if page is None or not claims:
        return
    published = page.isoformat()
    groups: dict[int, list] = {}
    for c, i in zip(claims, owners, strict=True):
        if c.unit not in ("date", "year", "years"):
            groups.setdefault(i, []).append(c)
    day, at = "", -_CARRY - 1
    running = vocab().running_counts
    for i in sorted(groups):
        group = groups[i]
        a, b = sentences[i]
        own = {c.as_of for c in group} - {published}
        if own:
            held = next(iter(own)) if len(own) == 1 else ""
            told = len(held) == 10 and held < published
            day = held if told and _report_re().search(text, a, b) else ""
            at = i
        elif (
            day
            and i - at <= _CARRY
            and (
                _SAME_DAY.match(text, a)
                or (_BULLETIN.search(text, a, b) and _report_re().search(text, a, b))
            )
            and not _LATER.search(text, a, b)
        ):
            for c in group:
                c.as_of = day
            at = i
        elif any(c.terms and c.terms[0].partition(":")[0] in running for c in group):
            day = ""  # a running count of the page's day: the report is over
