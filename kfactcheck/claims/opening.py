"""When a figure held, from the dates around it in its sentence: a date that names an event
("the quake of 3 May") dates none of its figures, a figure after "now" holds on the page's
day, and a date that opens the sentence ("Until Friday night, ...", "In March, police
counted 7,500 and the organisers 30,000") holds for the figures after it. Split from
dated.py, which reads the dates themselves (sentence_time, date claims)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import NamedTuple

from kfactcheck.claims.cheaptests import ascii_without, match_after
from kfactcheck.claims.dated import (
    _COUNTED_UNTIL,
    _gap,
    sentence_time,
    with_year,
)
from kfactcheck.claims.eventof import event_of, event_of_ends, event_of_last
from kfactcheck.claims.periodstart import opens_period
from kfactcheck.claims.reported import said_on, told_after
from kfactcheck.grammar.dategrammar import load_words
from kfactcheck.grammar.vocab import literal_trie
from kfactcheck.model import Quantity
from kfactcheck.read.textdate import onset_re

_periods: list = [None, None, None]  # the sentence and dates last asked about, the answer


def _without_period_starts(sentence: str, dates) -> list | None:
    """The dates of `sentence` that open no period (periodstart.opens_period), or None when
    none does; once a sentence, not once per figure (a sentence of a thousand dates)."""
    if _periods[0] is not sentence or _periods[1] is not dates:
        kept = [d for d in dates if not opens_period(sentence, d)]
        _periods[:] = [sentence, dates, None if len(kept) == len(dates) else kept]
    return _periods[2]


def figure_time(
    sentence: str,
    dates,
    ref,
    near,
    figures,
    when,
    gap,
    index=None,
    month_shown: str = "",
    named: bool = True,
) -> str:
    """When a figure held: by its sentence's dates (sentence_time), else the date that
    opens the sentence (opening_time), else the page's day, else the month it shows.
    `named`: whether any date of the sentence names an event (names_event), known once a
    sentence; when none does, the dates are not looked through again for each figure."""
    published = ref.isoformat() if ref is not None else ""
    kept = _without_period_starts(sentence, dates)
    if kept is not None:  # "seit Samstag": held when given
        dates, index = kept, None
    # "ascendió a 212 la cifra de fallecidos del sismo del 3 de noviembre": that date names
    # the quake (a list left as it is keeps its index)
    named = (
        [
            d
            for d in dates
            if names_event(sentence, d)
            and not (d.end <= near.start and compared(sentence, d) and not set_off(sentence, d))
        ]
        if named
        else []
    )
    if _now_before(sentence, max(0, near.start - 40), near.start):
        # "the amount now being negotiated is R$ 12bn, a memo leaked on Wednesday says": the
        # figure holds now, whatever the date after it says
        named += [d for d in dates if d.start >= near.end]
    if named:
        # by identity: `in` on the list compares each pair's fields, quadratic in a
        # sentence of many compared days ("fewer than on March 2, ..., than on March 9")
        drop = {id(d) for d in named}
        dates, index = [d for d in dates if id(d) not in drop], None
    pair = range_pair(sentence, near, figures, dates)
    if pair is not None:
        # a range split between two sources ("between 1.2 million (police) and 3.5 million
        # (the unions) on 12 October"): a date next to either half dates both
        near, gap = pair
    if _says_respectively(sentence):
        held = respective_time(sentence, dates, near, figures, when, published)
        if held:
            return held
    return (
        sentence_time(dates, ref, near, figures, when, gap, index)
        or opening_time(sentence, dates, near, when, published)
        or _told_time(sentence, dates, near, when, published)
        or published
        or month_shown
    )


def _told_time(sentence: str, dates, near, shown: str, published: str) -> str | None:
    """The day of the source's phrase after the figure (reported.told_after: "..., dont 104
    graves, d'après le décompte établi samedi"), for a figure no nearer date dates."""
    d = told_after(sentence, dates, near)
    if d is None:
        return None
    value = d.value if not d.value.startswith("--") else with_year(d.value, shown)
    if published and value and (value > published or published.startswith(value)):
        return None  # ahead, or a month or year the page's own day is in ("published this month")
    return value


def _says_respectively(sentence: str) -> bool:
    """Whether the sentence says "respectively": looked for once a sentence."""
    if _respectively[0] is not sentence:
        _respectively[:] = [sentence, _RESPECTIVELY.search(sentence) is not None]
    return _respectively[1]


_respectively: list = [None, False]
_RESPECTIVELY = re.compile(
    r"(?i)\b(?:respectively|respectivement|respectivamente|respetivamente|rispettivamente|beziehungsweise)\b"
)
# what joins the items of a list: a comma or "and", after a figure's noun ("800.000
# personas y 900.000 personas")
_LIST_JOIN = re.compile(r"(?:\s+[^\W\d]+){0,2}\s*(?:,\s*)?(?:\b(?:and|et|y|e|und)\b)?\s*")


def _run(items, sentence: str, member) -> tuple[list, int]:
    """The run of `items` (in order of start) joined by commas or "and" that holds
    `member`, and its place in the run."""
    ordered = sorted(items, key=lambda x: x.start)
    k = next(i for i, x in enumerate(ordered) if x is member)
    lo = hi = k
    while lo > 0 and _LIST_JOIN.fullmatch(sentence, ordered[lo - 1].end, ordered[lo].start):
        lo -= 1
    while hi + 1 < len(ordered) and _LIST_JOIN.fullmatch(
        sentence, ordered[hi].end, ordered[hi + 1].start
    ):
        hi += 1
    return ordered[lo : hi + 1], k - lo


def respective_time(sentence: str, dates, near, figures, shown: str, published: str):
    """ "on 14 and 21 March police counted respectively 800,000 and 900,000": the figure's
    day is the day of the same place in a list of as many days, when the figures are a
    list of two or more (joined by commas or "and"); else None."""
    if len(figures) > 64 or len(dates) > 64:
        return None  # not a sentence of two lists
    run, k = _run(figures, sentence, near)
    if len(run) < 2:
        return None
    days = [d for d in dates if d.role == "event" and d.kind == "date"]
    for d in days:
        listed, _ = _run(days, sentence, d)
        if len(listed) == len(run) and listed[0] is d:
            value = listed[k].value
            value = value if not value.startswith("--") else with_year(value, shown)
            return None if published and value and value > published else value
    return None


class _Span(NamedTuple):
    start: int
    end: int


def range_pair(sentence: str, near, figures, dates=()) -> tuple[_Span, tuple] | None:
    """When `near` is one half of a range split between two figures ("between 9,000
    (police) and 25,000 (the organisers)"), the span of both halves and
    its gap (figure_gaps' pair: the figures beyond either half), for sentence_time to date
    the pair as one; else None, also when one of `dates` stands between the halves."""
    lo = hi = None
    if _BETWEEN_BEFORE.search(sentence, max(0, near.start - 24), near.start):
        lo, hi = near, _next_figure(figures, near)
    elif _AND_BEFORE.search(sentence, max(0, near.start - 8), near.start):
        lo, hi = _next_figure(figures, near, back=True), near
        if lo is None or not _BETWEEN_BEFORE.search(sentence, max(0, lo.start - 24), lo.start):
            return None
    if lo is None or hi is None or not _HALVES_JOINED.fullmatch(sentence, lo.end, hi.start):
        return None
    if any(d.end > lo.end and d.start < hi.start for d in dates):
        return None  # "between 5 in Norbury on Monday and 7 ...": each half has its own day
    return _Span(lo.start, hi.end), (_gap(lo, figures)[0], _gap(hi, figures)[1])


def _next_figure(figures, near, back: bool = False):
    """The figure right after `near` (before it, with `back`), found by bisection in the
    figures' starts, kept for the last list of figures asked about (a sentence of
    thousands of "and"s is not scanned once a figure)."""
    if _order[0] is not figures:
        ordered = sorted(figures, key=lambda f: f.start)
        _order[:] = [figures, ordered, [f.start for f in ordered]]
    ordered, starts = _order[1], _order[2]
    if back:
        k = bisect_left(starts, near.start) - 1
        return ordered[k] if k >= 0 and ordered[k].end <= near.start else None
    k = bisect_left(starts, near.end)
    return ordered[k] if k < len(ordered) else None


_order: list = [None, [], []]  # the last list of figures, sorted by start, and its starts


# "between", "entre", "zwischen", "tra"/"fra" and up to two words ("between some", "entre
# unas") before the low half of a range
_BETWEEN_BEFORE = re.compile(r"(?i)\b(?:between|entre|zwischen|tra|fra)\s+(?:[^\W\d]+\s+){0,2}$")
_AND_BEFORE = re.compile(r"(?i)\b(?:and|et|y|e|und)\s+$")
# what joins the halves: a source's words, in brackets or not, and "and", with no other
# clause, figure or date between
_HALVES_JOINED = re.compile(r"(?i)[^.;:!?\d]{0,80}?\b(?:and|et|y|e|und)\s+")


def names_event(sentence: str, d) -> bool:
    """Whether the date `d` names an event rather than dating the sentence's figures: read
    once a date of the sentence, not once a figure (a sentence of many figures and many
    dates would be read figures x dates times)."""
    return _once_a_date(_named, sentence, d, _names_event)


def _names_event(sentence: str, d) -> bool:
    if _compared(sentence, d):
        return True  # for the figures before it (figure_time keeps it for those after)
    lo = max(0, d.start - 60)
    # the pattern ends at the date, after spaces (str.isspace is re's \s): most windows
    # end in a character no match ends with, told before trying it at each position
    tail = sentence[lo : d.start].rstrip()
    return bool(
        (
            tail
            and event_of_last().fullmatch(tail[-1])
            # (a window of ASCII, lower-cased, keeps its letters where the pattern's
            # case-blind match finds them)
            and (not tail.isascii() or tail.lower().endswith(event_of_ends()))
            and event_of().search(sentence, lo, d.start)
        )
        # "58 dead in the storm, which broke out on Tuesday": the day the event began;
        # "qui a frappé, vendredi soir, ...": a comma may set it off (textdate.onset_re)
        or _holds(sentence, max(0, d.start - 40), d.start, onset_re(), _onset_ascii())
        or _of_a_time_ago(sentence, d)
        # "a week earlier" counts back from the page's day only when it opens the
        # sentence ("A week earlier, 4,000 cyclists rode"), not of a noun ("the ride a
        # week earlier")
        or (d.text.lower().endswith("earlier") and not _OPENS_SENTENCE.search(sentence, 0, d.start))
    )


_named: list = [None, {}]  # the last sentence read, and its dates' answers by span


def _of_a_time_ago(sentence: str, d) -> bool:
    """ "310 millones de euros en subsidios de hace un año", "grants from a year ago",
    "des subventions d'il y a un an": a time ago tied to a noun by "of" or "from" names what
    came from then; the figure holds now."""
    if d.kind != "relative" or not _AGO_WORDS.search(d.text):
        return False
    return d.cue == "from" or _OF_BEFORE.search(sentence, max(0, d.start - 6), d.start) is not None


_AGO_WORDS = re.compile(r"(?i)(?<!\w)(?:ago|hace|il\s+y\s+a|vor|fa|há|atrás)(?!\w)")
_OF_BEFORE = re.compile(r"(?i)(?:(?<!\w)(?:de|von|di|da|do|dal|del)\s+|(?<!\w)d['’]\s*)$")


@cache
def _onset_ascii() -> tuple[str, ...]:
    """A word of each onset verb (textdate.onset_before) that text of ASCII holds, lower-cased:
    its longest. A verb with a letter outside ASCII is left out: no such letter of theirs
    matches a letter of ASCII case-blind (as "ſ" would "s"), so it matches no text of ASCII."""
    out = []
    for verb in load_words()["onset"]["words"]:  # (what textdate.onset_re is built of)
        if not verb.isascii():
            if any(_matches_ascii(ch) for ch in verb if not ch.isascii()):
                return ("",)  # ("" is in every window: the pattern is always tried)
            continue
        out.append(max(verb.lower().split(), key=len))
    return tuple(out)


def _matches_ascii(ch: str) -> bool:
    """Whether a character outside ASCII matches one in it case-blind ("K", "ſ", "ı")."""
    return any(re.fullmatch("(?i)" + re.escape(ch), chr(i)) for i in range(128))


def compared(sentence: str, d) -> bool:
    """Whether the date `d` is a time a figure before it is compared with ("40,000, as
    many as on 14 March", "autant que le 14 mars", "más que el jueves"), or the day of
    further action a clause after the figure calls for ("2.5 million marched, and the
    unions called for new strikes on 7 February"): it dates none of the figures before it
    (names_event holds for it), but may date those after it."""
    return _once_a_date(_compares, sentence, d, _compared)


def _compared(sentence: str, d) -> bool:
    if _holds(sentence, max(0, d.start - 40), d.start, _COMPARED, _COMPARED_WORDS):
        return True
    if _likened(sentence, d):
        return True
    return _holds(sentence, max(0, d.start - 60), d.start, _CALLED_FOR, _CALLED_FOR_WORDS)


def _holds(sentence: str, lo: int, hi: int, pattern: re.Pattern, words: tuple) -> bool:
    """pattern.search(sentence, lo, hi) found, where each of its matches holds one of
    `words` (ASCII, lower case): a window of ASCII without any of them (most) is told
    without trying the pattern at each of its characters."""
    if ascii_without(sentence, _any_of(words)):
        return False  # (nor in any window of it: one scan for all its dates and figures)
    window = sentence[lo:hi]
    if window.isascii() and _any_of(words).search(window.lower()) is None:
        return False
    return pattern.search(sentence, lo, hi) is not None


@cache
def _any_of(words: tuple[str, ...]) -> re.Pattern:
    """Any of `words` as a substring, in one scan (a literal trie: forty `in` tests of the
    onset verbs cost twice the scan before every date)."""
    return re.compile(literal_trie(words))


def _likened(sentence: str, d) -> bool:
    """Whether "like" or its kin compares with the date `d`: when the date closes the
    phrase ("Wie am 7. März, ...") or "already" says so, not in "wie am Freitag bekannt
    wurde" (as was learnt on Friday)."""
    like = _like(sentence, max(0, d.start - 40), d.start)
    if like is None:
        return False
    if like.group("en") and (
        not d.text.lower().startswith(("on ", "in ", "last "))
        or _AS_ADVERB.search(sentence, max(0, like.start() - 20), like.start())
    ):
        return False  # "as late as last Friday": up to then
    return bool(like.group("already")) or _CLOSES.match(sentence, d.end) is not None


def _like(sentence: str, lo: int, hi: int):
    """_LIKE's match in sentence[lo:hi], or None (see _holds)."""
    window = sentence[lo:hi]
    if window.isascii() and not any(map(window.lower().__contains__, _LIKE_WORDS)):
        return None
    return _LIKE.search(sentence, lo, hi)


def set_off(sentence: str, d) -> bool:
    """Whether the compared date `d` closes a phrase set off from the clause of the
    figures after it: the comparison opens the sentence or follows a comma, and a comma
    closes it ("Comme le 7 mars, 30 000 personnes ont défilé"; "In Norbury, like on 7
    March, 30,000 marched"), or "already" says so without a comma ("Wie schon am 7. März
    demonstrierten ..."). Those figures are the sentence's own, not of the day compared
    with; a comparison that is a clause's predicate ("C'est davantage que le 9 mars, où ...",
    "smaller than on 12 March, when police counted 30,000") leaves them to that day."""
    lo = max(0, d.start - 40)
    like = _like(sentence, lo, d.start)
    found = like or _COMPARED.search(sentence, lo, d.start)
    if found is None or not _FRONT.search(sentence, 0, found.start()):
        return False
    if like is not None and like.group("already"):
        return True
    return _SET_OFF.match(sentence, d.end) is not None


# what stands before a comparison set off from its clause: nothing (a quote or bracket at
# most), or a comma
_FRONT = re.compile(r"(?:^[\W_]*|,\s*)$")


# the word that places a weekday in the week before, after it ("Comme samedi dernier,",
# "Como el sábado pasado,"): the date's words end there
_SHIFT_AFTER = (
    r"(?:\s+(?:dernier|dernière|passé|passée|pasado|pasada|passado|passada|scorso|scorsa))?"
)
# a comma after a compared date, and no relative of its day after the comma
_SET_OFF = re.compile(
    _SHIFT_AFTER
    + r"""\s*,(?!\s*(?:when|where|as|at\s+which|on\s+which|où|quand|lorsque|cuando|donde|
    en\s+(?:que|el\s+que|la\s+que)|quando|onde|em\s+que|no\s+qual|na\s+qual|in\s+cui|dove|
    als|wo|an\s+dem|bei\s+dem|da)\b)""",
    re.I | re.X,
)


# a call for further action, a few words before its day ("called for new strikes on",
# "ont appelé à une autre journée de grève le", "llamaron a parar otra vez el")
_CALLED_FOR = re.compile(
    r"""(?i)\b(?:call(?:ed|s|ing)?\s+for|appel(?:é|ée|és|ant|lent|le)\s+à|
        llama(?:ron|do|n)?\s+a|convoca(?:ron|do|n|ram)?\s+(?:a|para|una|uno|um)|
        apela(?:ram|do)?\s+a|aufgerufen|aufrufen|rufen\s+(?:zu|für)|
        invita(?:to|no)?\s+a|indett[oaie])\b[^.;:!?]{0,50}$""",
    re.X,
)


_compares: list = [None, {}]  # as _named, for compared()


def _once_a_date(memo: list, sentence: str, d, read):
    """read(sentence, d), once a date of a sentence: `memo` keeps the last sentence read
    (held, so its identity is not reused) and its dates' answers by span."""
    if memo[0] is not sentence:
        memo[:] = [sentence, {}]
    key = (d.start, d.end)
    got = memo[1].get(key)
    if got is None:
        got = memo[1][key] = read(sentence, d)
    return got


# a comparison's words right before a date, with its preposition or article
_COMPARED = re.compile(
    r"""(?i)\b(?:as\s+(?:many|much|high|large)\s+as|(?:more|fewer|less|higher|lower)\s+than|than
    |compared\s+(?:with|to)|(?:autant|plus|moins|davantage)\s+qu(?:e|['’])|comme
    |par\s+rapport\s+(?:au|à)|comparé\s+(?:au|à)
    |(?:so\s+viele|genauso\s+viele|so\s+viel|ebenso\s+viele)\s+wie|(?:mehr|weniger)\s+als
    |als|gegenüber|im\s+Vergleich\s+zu[mr]?
    |(?:tantos|tantas|tanto|más|menos)\s+(?:como|que)|frente\s+al?|respecto\s+al?
    |comparado\s+con|(?:tantos|tantas|tanto)\s+quanto|mais\s+do\s+que|menos\s+do\s+que
    |do\s+que|em\s+relação\s+a|comparado\s+com
    |(?:quanti|quante|quanto|più|meno)\s+(?:che|di)|rispetto|in\s+confronto\s+al?
    # "c'est le même nombre que le 4 mars", "the same number as on", "la misma cifra
    # que el", "o mesmo número que no", "dieselbe Zahl wie am", "lo stesso numero del"
    |(?:même|same|misma|mismo|mesmo|mesma|stesso|stessa)\s+(?:\w+\s+)?(?:qu(?:e|['’])|as|di|del(?:la|lo)?|de)
    |(?:dieselbe|die\s+gleiche|gleich\s+viele)\s+(?:\w+\s+)?wie)
    \s*(?:(?:on|in|the|am|el|la|lo|le|a|ad|o|alla|lors\s+du|lors\s+de|au|em|en|no|na|ao|il|al
    |del|dem|nel|nella|du)\b\s*|l['’]\s*)?$""",
    re.X,
)
# "like"/"as" and their kin right before a date ("Like on 7 March", "Wie schon am", "Al
# igual que el", "Come già il"): a comparison when the date closes its phrase (_CLOSES) or
# "already" says so; English "as"/"like" only before a date of "on" or "in" ("as late as 7
# March" dates its figure)
_LIKE = re.compile(
    r"""(?i)\b(?:(?P<en>(?:just\s+)?(?:as|like))|wie|como|come|comme|al\s+igual\s+que|
    igual\s+que|tal\s+(?:y\s+)?como|assim\s+como|ainsi\s+que|tout\s+comme|così\s+come)
    \s+(?P<already>(?:schon|bereits|già|ya|já|déjà|already|auch|aussi|también|também|anche)\s+)?
    (?:(?:am|im|el|la|en|em|no|na|il|lo|nel|nella|le|the|in|lors\s+du|au|du|dem)\b\s*
    (?:(?:dia|día|giorno|jour|tag)\s+)?|l['’]\s*)?$""",
    re.X,
)
_LIKE_WORDS = ("as", "like", "wie", "com", "igual", "ainsi")  # "com" in como/come/comme
# what closes a compared date's phrase: a comma or the clause's end (_SHIFT_AFTER: after
# the word that places a weekday in the week before)
_CLOSES = re.compile(_SHIFT_AFTER + r"\s*(?:[,;:.!?)]|$)")
# "as late as", "as early as", "as recently as": a bound in time, no comparison
_AS_ADVERB = re.compile(r"(?i)\bas\s+(?:late|early|recently|soon|long\s+ago|far\s+back)\s+$")
# a word each of _COMPARED's comparisons holds, in ASCII and lower case (those written with
# a letter outside ASCII, "comparé", "gegenüber", "em relação", match no text of ASCII)
_COMPARED_WORDS = ("as", "than", "compared", "qu", "comme", "rapport", "wie", "als", "vergleich")
_COMPARED_WORDS += ("como", "frente", "respecto", "comparado", "che", "di", "rispetto", "confronto")
_COMPARED_WORDS += ("stess", "dieselbe", "gleich")  # "lo stesso numero del", "dieselbe Zahl"
# and each of _CALLED_FOR's calls ("aufgerufen" and "aufrufen" hold "rufen")
_CALLED_FOR_WORDS = ("call", "appel", "llama", "convoca", "apela", "rufen", "invita", "indett")


# "now" in the clause right before a figure: it holds on the page's day
_NOW_BEFORE = re.compile(
    r"(?i)\b(?:now|agora|ahora|maintenant|désormais|jetzt|nun|ora|adesso)\b[^.;:!?]*$"
)


# its words as they are held in ASCII ("agora" and "ahora" hold "ora"; "désormais" is in
# no text of ASCII)
_NOW_WORDS = ("now", "ora", "maintenant", "jetzt", "nun", "adesso")


def _now_before(sentence: str, lo: int, hi: int) -> bool:
    """_NOW_BEFORE in sentence[lo:hi] (see _holds)."""
    return _holds(sentence, lo, hi, _NOW_BEFORE, _NOW_WORDS)


# what ends the reach of a date that opens a sentence: another clause of its own (";", ":")
# or one set against it ("while", "but"), or a figure said to hold now
_OPENING_ENDS = re.compile(
    r"""(?i)[;:]|\b(?:(?P<contrast>while|whereas|enquanto|mientras|tandis|alors\s+que|während|
        mentre)|but|now|today|mas|agora|hoje|pero|ahora|hoy|mais|aujourd['’]hui|aber|doch|
        jetzt|heute|ma|ora|oggi|
        # or one looking ahead: "Last year it earned $5bn and expects $7bn"
        will|would|expects?|expected|forecasts?|plans?|this\s+year|next|prevé|espera|
        prevê|espera-se|prévoit|devrait|erwartet|soll|prevede|dovrebbe)\b""",
    re.X,
)


def opening_time(
    sentence: str, dates, near: Quantity, shown: str = "", published: str = ""
) -> str | None:
    """The time of a date that opens the sentence ("Until Thursday night, teams had counted
    9 dead and 31 missing"; "In March, police counted 7,500 and the organisers 30,000"),
    for a figure after it that sentence_time left undated because another figure stands
    between them: the opening date holds for the sentence's figures up to a clause of their
    own or one set against it (_OPENING_ENDS)."""
    for d in dates:
        if d.start >= near.start:
            return None
        opens, until = _opener(sentence, d)
        if not opens and not (until and d.end <= near.start):
            continue
        if _reach_ends(sentence, d.end, near):
            return None
        if any(e.start >= d.end and e.end <= near.start for e in dates):
            return None  # a later date in between speaks for the figure
        value = d.value if not d.value.startswith("--") else with_year(d.value, shown)
        return None if published and value and value > published else value
    return None


def _reach_ends(sentence: str, start: int, near: Quantity) -> bool:
    """Whether the reach of an opening date, from `start`, ends before the figure `near`.
    A clause set against the first by "while" ("tandis que", "mientras", "während") is
    still of the opening's time when it tells, in a past tense, another source's count of
    the same moment ("On 14 March, police counted 12,000, while the union claimed 40,000");
    one in the present tells of now ("while Tessburg reports 48 missing")."""
    if not match_after(sentence, start, _OPENING_ENDS_LOOSE):
        return False  # nothing after the date can end its reach (one search a date)
    for end in _OPENING_ENDS.finditer(sentence, start, near.start):
        if not end.group("contrast"):
            return True
        stop = _CLAUSE_STOP.search(sentence, near.end)
        if not _PAST.search(sentence, end.end(), stop.start() if stop else len(sentence)):
            return True
    return False


# _OPENING_ENDS without its word edges: a match of it in any stretch of the sentence is one
# of this in the whole sentence from the stretch's start (cheaptests.match_after)
_OPENING_ENDS_LOOSE = re.compile(_OPENING_ENDS.pattern.replace(r"\b", ""), re.X)


# a verb of a past tense, in the languages' usual forms of telling a count: English "-ed"
# and the irregular verbs of counting and saying; French imparfait and passé composé;
# Spanish and Portuguese imperfect and preterite; German verbs of counting and saying by
# name (an "-te" ending is also that of ordinals and adjectives); Italian imperfect, passato
# remoto and passato prossimo
_PAST = re.compile(
    r"""(?i)\b(?:had|was|were|said|put|gave|told|\w{3,}ed|
        \w{2,}(?:ait|aient)|(?:a|ont|avait|avaient)\s+(?:\w+\s+)?\w+(?:é|ée|és|ées|u|us|is|it)|
        \w{3,}(?:aba|aban|aron|ieron|ió)|había|habían|\w{3,}(?:ava|avam|aram|eram|ou)|
        tinha|tinham|havia|
        hatte|hatten|war|waren|gab|gaben|sprach|sprachen|nannte|nannten|zählte|zählten|
        meldete|meldeten|bezifferte|bezifferten|schätzte|schätzten|sagte|sagten|
        \w{3,}(?:eva|evano|avano|iva|ivano|arono|erono)|(?:ha|hanno|aveva|avevano)\s+\w+
        (?:ato|ati|uto|uti|ito|iti))\b""",
    re.X,
)
# where the clause of a figure ends, for a verb after it ("während die Gewerkschaft 40.000
# zählte")
_CLAUSE_STOP = re.compile(r"[,;:.!?]")


def _opener(sentence: str, d) -> tuple[bool, bool]:
    """Whether the date `d` may open its sentence for the figures after it: (it opens the
    sentence, it says up to when they were counted); both False for a date of another
    role or kind. Read once a date of a sentence, not once a figure after it."""
    return _once_a_date(_openers, sentence, d, _opens)


def _opens(sentence: str, d) -> tuple[bool, bool]:
    if d.role != "event" or d.kind not in ("date", "month", "year", "weekday", "relative"):
        return (False, False)
    return (
        # "the mayor said Sunday night that ...": the day of the report opens what it says
        _OPENS_SENTENCE.search(sentence, 0, d.start) is not None or said_on(sentence, d),
        _COUNTED_UNTIL.search(sentence, max(0, d.start - 30), d.start) is not None,
    )


_openers: list = [None, {}]  # the last sentence read, and its dates' answers by span


# the words before a date that opens its sentence: none, or a preposition ("On", "Until
# the night of"), or a short phrase of the event the date is of, set off by a comma ("At
# the first march, on 14 March, police counted ...")
_OPENS_SENTENCE = re.compile(
    r"^\W*(?:(?:[\w'’]+[.,:]?\d*,?\s+){0,4}"  # "ore 11.05, 3 agosto"
    r"|(?:[\w'’]+\s+){1,6}[\w'’]+,\s+(?:[\w'’]+\s+){0,2})$"
)
