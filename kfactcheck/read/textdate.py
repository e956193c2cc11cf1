"""When a page that shows no full publication date was written: its URL, a month-only date
marker, and the text's own weekday-and-day mentions and page timestamps.

    url_date("https://example.org/news/2021/05/18/floods")   -> (date(2021, 5, 18), ...)
    partial_date(" date 2021-07 Floods ...", None)            -> Partial("2021-07", ...)
    text_day("... said on Sunday (16) ...", spans, Partial("2021-05", ...))
                                                              -> (date(2021, 5, 16), ...)

Nothing here guesses: a URL's own date, or a month from the URL or the marker, is what the
page says; a day comes from the text only when it names a weekday with a day number
("domingo (27)", "Freitag, 16. Juli", "quarta, 3") and that day of the known month (or of a
year the text writes) falls on that weekday, or from a page timestamp ("25.07.2021 06:40").
Weekday and month names are those of dates.toml and languages.toml (data.calendar_names,
the one list; a test checks it holds CLDR's). Only called for documents without a header or
metadata date.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache

from kfactcheck.data import calendar_names
from kfactcheck.grammar.earlier import weekday_is_earlier
from kfactcheck.read.frontmatter import read_front_matter
from kfactcheck.read.toldday import told_days, told_re

# The marker some corpora put first: " date 2021-07 Floods ..." (month only)
_MONTH_MARKER = re.compile(r"\s*(?P<ev>date\s+(?P<y>\d{4})-(?P<m>\d{2}))(?![-\d])")
# "/2019/01/", "noticia/2019-01/": a year and month as whole path parts
_URL_MONTH = re.compile(r"(?<![\d])(?P<y>(?:19|20)\d{2})[/_-](?P<m>0[1-9]|1[0-2])(?=[/_-]|$)")
# a page timestamp: a full date with a clock time ("25.07.2021 06:40", "2019-03-11 09:20")
_STAMP = re.compile(
    r"""(?<![\d.])(?:
          (?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})        # 18.07.2021
        | (?P<y2>\d{4})-(?P<m2>\d{2})-(?P<d2>\d{2})            # 2019-02-05
        )[T,\s/]+(?:um\s+|à\s+|às\s+|alle\s+|a\s+las\s+)?\d{1,2}[:.h]\d{2}(?![\d])""",
    re.X,
)


@dataclass(slots=True, frozen=True)
class Partial:
    """A month ("2021-07") or year ("2021") the page shows, and the words it came from."""

    value: str
    evidence: str

    @property
    def year(self) -> int:
        return int(self.value[:4])

    @property
    def month(self) -> int | None:
        return int(self.value[5:7]) if len(self.value) >= 7 else None


def url_date(url: str | None) -> tuple[date, str] | None:
    """The full date a URL's path shows ("/2021/05/18/", "/2019-06-09-"), read by htmldate."""
    if not url or not any(c.isdigit() for c in url):
        return None
    from htmldate.extractors import extract_url_date  # 0.2 s import: only for undated pages

    got = extract_url_date(url, _htmldate_options())
    if not got:
        return None
    try:
        return date.fromisoformat(got), f"URL {url}"
    except ValueError:
        return None


@cache
def _htmldate_options():
    from datetime import datetime

    from htmldate.utils import Extractor

    return Extractor(False, datetime(2100, 1, 1), datetime(1900, 1, 1), True, "%Y-%m-%d")


def partial_date(text: str, url: str | None) -> Partial | None:
    """The month a page shows without its day: a month-only marker (first in the text, or
    right after its front matter), else its URL; the URL's when it is the earlier of the
    two (a page's address is set when it is published; a store's marker may be the month
    it was fetched or changed)."""
    fm = read_front_matter(text) if text.startswith("---") else None
    m = _MONTH_MARKER.match(text, fm.end if fm else 0)
    marker = Partial(f"{m['y']}-{m['m']}", m["ev"]) if m and 1 <= int(m["m"]) <= 12 else None
    u = _URL_MONTH.search(url) if url else None
    if u is not None and (marker is None or f"{u['y']}-{u['m']}" < marker.value):
        return Partial(f"{u['y']}-{u['m']}", f"URL {url}")
    return marker


def outrun_day(
    day: date, text: str, spans: list[tuple[int, int]], url: str | None
) -> tuple[date, str, str] | None:
    """A stored date that both the page's URL and its text outrun: the URL shows a later
    month ("/2031/09/" for a page stored as 21 August) and the text writes days after the
    stored date, up to the end of that month ("On August 24 ...", "On September 4 ...").
    The page was written on or after the latest such day: that day, its words and the
    month the URL shows. None when the URL shows no later month (most pages) or the text
    writes no such day (a URL month alone does not say which day)."""
    u = _URL_MONTH.search(url) if url else None
    if u is None or f"{u['y']}-{u['m']}" <= day.strftime("%Y-%m"):
        return None
    from kfactcheck.grammar.dates import find_dates

    shown = f"{u['y']}-{u['m']}"
    # yearless days read from the end of the URL's month: none of them lies after it
    end = date(int(u["y"]) + int(u["m"]) // 12, int(u["m"]) % 12 + 1, 1)
    best: tuple[date, str] | None = None
    for a, b in spans or [(0, len(text))]:
        for m in find_dates(text[a:b], end):
            if m.kind != "date" or len(m.value) != 10:
                continue
            try:
                got = date.fromisoformat(m.value)
            except ValueError:
                continue
            if day < got < end and (best is None or got > best[0]):
                best = (got, m.text)
    return (best[0], best[1], shown) if best else None


def text_day(
    text: str, spans: list[tuple[int, int]], partial: Partial | None
) -> tuple[date, str] | None:
    """The day the text itself dates its report to, and the words: with a known month, the
    latest weekday named with a day number that falls on it ("domingo (27)"), not one the
    text looks forward to ("prevista para esta quinta-feira, 9"); else the latest page
    timestamp ("25.07.2021 06:40"), in the known month when there is one."""
    body = list(spans) or [(0, len(text))]
    best: tuple[date, str] | None = None
    if partial is not None:
        for a, b in body:
            for m in _weekday_day_re().finditer(text, a, b):
                ahead = _AHEAD.search(text, max(a, m.start() - 40), m.start())
                if (
                    ahead
                    and not _UNTIL_CLOCK.match(text, ahead.start())
                    and not _counted_until(text, ahead.start(), m.end())
                ):
                    continue
                if _CAPTION.search(text, max(a, m.start() - 40), m.start()):
                    continue
                if _SINCE.search(text, max(a, m.start() - 40), m.start()):
                    continue  # "em Lorvia desde a última sexta-feira (9)": a period's start
                d = _weekday_date(m, partial)
                if d and (best is None or d > best[0]):
                    best = (d, m.group(0).strip())
            for m in _this_day_re().finditer(text, a, b):
                # "a réuni 4 000 marcheurs à Tessbourg ce 9 avril": the day it calls
                # this one, in the month the page shows
                if _AHEAD.search(text, max(a, m.start() - 40), m.start()):
                    continue
                d = _this_day(m, partial)
                named = named_weekday(text, body) if d else None
                if named and named[0] != d.weekday():
                    # "jeudi, ... la marche de Tessbourg ce 5 avril" (a Wednesday): written
                    # on a later day than the one it calls this, which the weekday alone
                    # does not fix; the page's figures date it instead
                    continue
                if d and (best is None or d > best[0]):
                    best = (d, m.group(0).strip())
        # "ayer, 12 de febrero": the page is of the day after the day it calls yesterday
        for d, words in told_days(text, body, partial.year, partial.month):
            if best is None or d > best[0]:
                best = (d, words)
    if best is None and partial is not None:
        # "según el recuento actualizado el 27 de noviembre", "chiffres mis à jour le 9
        # septembre", "figures updated on October 30": the day its figures were updated
        for a, b in body:
            for m in _updated_re().finditer(text, a, b):
                month = _months()[_fold(m["mon"] or m["mon2"])]
                year = int(m["year"]) if m["year"] else partial.year
                d = _safe(year, month, int(m["day"] or m["day2"]))
                if d is None or not d.isoformat().startswith(partial.value):
                    continue  # another month than the page shows: a date it recalls
                if best is None or d > best[0]:
                    best = (d, m.group(0).strip())
    if best is None:
        for a, b in body:
            for m in _STAMP.finditer(text, a, b):
                d = _safe(int(m["y"] or m["y2"]), int(m["m"] or m["m2"]), int(m["d"] or m["d2"]))
                if d is None or (partial and d.strftime("%Y-%m") != partial.value[:7]):
                    continue
                if best is None or d > best[0]:
                    best = (d, m.group(0).strip())
    if best is None:
        best = _after_post(text, body, partial)
    if best is None:
        return None
    words = best[1] if partial is None else f"{partial.evidence}; {best[1]}"
    return best[0], words


def _after_post(
    text: str, spans: list[tuple[int, int]], partial: Partial | None
) -> tuple[date, str] | None:
    """The day of a page that embeds a social-media post ("— Press Agency (@agency) 8
    December 2030") and names the weekday it reports from ("a rassemblé samedi
    22 000 marcheurs"): the page was written on or after the post's day, so that weekday is the
    first one on or after it (within the week). The latest post counts; in the month the
    page shows, when it shows one. None without a post's day or a single weekday."""
    posted: tuple[date, str] | None = None
    for a, b in spans:
        for m in _post_re().finditer(text, a, b):
            month = _months().get(_fold(m["mon"] or m["mon2"]))
            d = _safe(int(m["y"] or m["y2"]), month, int(m["d"] or m["d2"])) if month else None
            if d is None or (partial and not d.isoformat().startswith(partial.value)):
                continue
            if posted is None or d > posted[0]:
                posted = (d, m.group(0).strip())
    if posted is None:
        return None
    named = named_weekday(text, spans)
    if named is None:
        return None
    day = date.fromordinal(posted[0].toordinal() + (named[0] - posted[0].weekday()) % 7)
    return day, f"{posted[1]}; {named[1]}"


@cache
def _post_re() -> re.Pattern[str]:
    """An embedded post's signature: the account's handle in brackets, then its day
    ("(@agency) 8 décembre 2030", "(@agency) December 8, 2030")."""
    months = "|".join(sorted(map(re.escape, _months()), key=len, reverse=True))
    return re.compile(
        rf"""\(@\w{{1,15}}\)\s+(?:
              (?P<d>[0-3]?\d)(?:er|º)?\.?\s+(?:de\s+)?(?P<mon>{months})\.?\s+(?:de\s+)?(?P<y>\d{{4}})
            | (?P<mon2>{months})\.?\s+(?P<d2>[0-3]?\d),?\s+(?P<y2>\d{{4}}))""",
        re.X | re.I,
    )


def latest_full_date(text: str, spans: list[tuple[int, int]]) -> date | None:
    """The latest day the text writes in figures with its year ("28/08/2025", "14.07.2021",
    "2019-02-05"): an update line or a stamp, so the page was written on or after it, and a
    day it gives without a year ("el 21 de julio") is read near it. A day written with its
    month's name ("le 12 octobre 2010") is left out: in prose it is as often history."""
    best: date | None = None
    for a, b in spans or [(0, len(text))]:
        for m in _FULL_DATE.finditer(text, a, b):
            if m["y"]:
                d1, d2, y = int(m["a"]), int(m["b"]), int(m["y"])
                d = _safe(y, d2, d1) or _safe(y, d1, d2)  # day first, as most of the world
            else:
                d = _safe(int(m["iy"]), int(m["im"]), int(m["id"]))
            if d is not None and 1900 <= d.year <= 2200 and (best is None or d > best):
                best = d
    return best


_FULL_DATE = re.compile(
    r"""(?<![\w.,/-])(?:
          (?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})     # 28/08/2025
        | (?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})                         # 2019-02-05
        )(?![\w/-]|\.\d)""",
    re.X,
)


@cache
def _this_day_re() -> re.Pattern[str]:
    """A day and its month's name after a word for "this", with no weekday: "ce 17
    novembre", "este 17 de noviembre", "neste 17 de fevereiro", "this 17 November"."""
    months = "|".join(sorted(map(re.escape, _months()), key=len, reverse=True))
    return re.compile(
        rf"""(?<!\w)(?:ce|este|neste|deste|this|diesem|questo)\s+
             (?P<day>[0-3]?\d)(?:er|º|°|st|nd|rd|th)?\.?\s+(?:de\s+)?(?P<mon>{months})\b
             (?:,?\s+(?:de\s+)?(?P<year>\d{{4}}))?""",
        re.X | re.I,
    )


def _this_day(m: re.Match[str], partial: Partial) -> date | None:
    """The day of a _this_day_re match: in its own year, else the month the page shows
    when it is that month (a day "this" of another month says nothing of the page)."""
    month = _months()[_fold(m["mon"])]
    if m["year"]:
        return _safe(int(m["year"]), month, int(m["day"]))
    if partial.month != month:
        return None
    return _safe(partial.year, month, int(m["day"]))


def names_weekday_day(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the text names a weekday with a day number anywhere ("Sunday (16)"), or a
    day its figures were updated on ("actualizado el 27 de noviembre"): a day text_day may
    read in a month."""
    return any(
        pattern.search(text, a, b)
        for pattern in (_weekday_day_re(), _updated_re(), _this_day_re(), told_re())
        for a, b in (spans or [(0, len(text))])
    )


# a weekday the page reports from: "hoy miércoles", "heute, Dienstag", "today (Monday)"
_TODAY = r"(?:hoy|heute|aujourd'hui|aujourd’hui|today|oggi|hoje|avui|vandaag)"
# "este domingo", "ce mardi", "an diesem Montag", "this Sunday", "nesta quinta-feira"
_THIS = (
    r"(?:este|esta|ce|cette|diesem|diesen|dieser|questo|questa|this|neste|nesta|deste|desta"
    r"|aquest|aquesta|deze)"
)
# "am morgigen Samstag", "mañana sábado", "demain samedi", "tomorrow, Saturday": the page
# is of the day before
_TOMORROW = r"(?:morgigen|morgen|mañana|demain|tomorrow|domani|amanhã|demà|morgen)"


def named_weekday(
    text: str, spans: list[tuple[int, int]], bare_ok: Callable[[int], bool] | None = None
) -> tuple[int, str] | None:
    """The weekday (0 = Monday) a page that shows no date reports from, when it names one
    without its day, and the words: one it calls today ("hoy miércoles"), the day before a
    weekday it calls tomorrow ("am morgigen Samstag" -> Friday), one it calls this ("este
    domingo"), else the one weekday its text names, when it names only one (not one it
    looks forward to: "will meet on Thursday"), when `bare_ok` accepts its offset (a
    weekday alone may name a past event's day). None when nothing or two weekdays tell."""
    cued, bare = _cued_weekdays(text, spans or [(0, len(text))])
    if bare_ok is not None:
        bare = [b for b in bare if bare_ok(b[2])]
    for rank in ("today", "tomorrow", "this"):
        days = {wd for r, wd, _ in cued if r == rank}
        if len(days) == 1:
            return next((wd, w) for r, wd, w in cued if r == rank)
        if days:
            return None  # "hoy martes ... hoy miércoles": the page contradicts itself
    if len({wd for wd, _, _ in bare}) == 1:
        return bare[0][:2]
    return None


def _cued_weekdays(text: str, spans: list[tuple[int, int]]):
    pattern = _bare_weekday_re()
    cued: list[tuple[str, int, str]] = []
    bare: list[tuple[int, str, int]] = []
    for a, b in spans:
        for m in pattern.finditer(text, a, b):
            if _AHEAD_BARE.search(text, max(a, m.start() - 50), m.start()):
                continue
            wd = _weekdays()[_fold(m["wd"])]
            onset = onset_re().search(text, max(a, m.start() - 40), m.start())
            if onset and (m["cue"] is None or onset["comma"] is None):
                continue  # "the fire broke out early on Saturday": the event's day
            if m["cue"] is None:
                if weekday_is_earlier(text, m.start("wd")):
                    continue  # "Am Freitag hatte ... gesprochen": a day before the page's
                bare.append((wd, m.group(0).strip(), m.start("wd")))
                continue
            cue = _fold(m["cue"])
            if re.fullmatch(_TOMORROW, cue, re.I) or cue in ("manana", "amanha", "dema"):
                cued.append(("tomorrow", (wd - 1) % 7, m.group(0).strip()))
            elif re.fullmatch(_TODAY, m["cue"], re.I):
                cued.append(("today", wd, m.group(0).strip()))
            else:
                cued.append(("this", wd, m.group(0).strip()))
    return cued, bare


def onset_before(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends in a verb of the event's start and at most four words
    ("que comenzó a golpear el", "the fire broke out early on"): a date right after it
    is the event's day."""
    return onset_re().search(text, start, end) is not None


@cache
def onset_re() -> re.Pattern[str]:
    """A verb of the event's start, then at most four words (no comma), or a comma alone,
    before the weekday's words."""
    from kfactcheck.grammar.dategrammar import load_words

    words = sorted(load_words()["onset"]["words"], key=len, reverse=True)
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    # a comma right after the verb sets off the day it stands before ("a frappé, vendredi
    # soir, la province"); not a clause of its own ("ausgebrochen, heute Mittwoch")
    return re.compile(
        rf"(?<!\w)(?:{alts})(?!\w)(?:(?P<comma>,\s*)|(?:[\s'’-]+\w+){{0,4}}[\s(]*)$", re.I
    )


# A German weekday joined to its part of the day: "am Montagabend", "Dienstagmorgen"
_DAY_PART = r"(?:abend|morgen|nachmittag|vormittag|mittag|nacht|früh)"


@cache
def _bare_weekday_re() -> re.Pattern[str]:
    """A weekday named without its day ("miércoles", "am Dienstag"), with the word before
    it that says which ("hoy", "este", "morgigen"). A day number after it is left to
    _weekday_day_re."""
    wds = "|".join(sorted(map(re.escape, _weekdays()), key=len, reverse=True))
    return re.compile(
        rf"""(?:(?<!\w)(?P<cue>{_TODAY}|{_THIS}|{_TOMORROW})[,\s]+(?:\(\s*)?)?
             (?<!\w)(?P<wd>{wds})
             # "Montagabend 14 Verletzte": no day after a part of the day
             (?:{_DAY_PART}(?!\w)|(?:[-\s]feira)?(?!\w)
             # "domingo (27)": a day, read elsewhere; not "samedi 31 000 personnes"
             (?!\.?,?\s*\(?\s*[0-3]?\d(?!\d)(?![\s.,]\d{{3}}(?!\d))))""",
        re.X | re.I,
    )


# words that put the weekday after them ahead of the report: "marcada para esta quinta",
# "vai decorrer na quinta-feira", "will meet on Thursday"
_AHEAD = re.compile(
    r"""(?i:\b(?:para|marcad[ao]s?|previst[ao]s?|prevue?s?|prévue?s?|scheduled|planned|due|
        set\s+for|until|bis|hasta|até|ate|entro|jusqu'?au?|next|nächsten|próxim[ao]|
        prossim[ao]|prochain|will|shall|should|wird|werden|soll|sollen|deve|devem|deverá|
        debe|deben|deberá|dovrà|dovrebbe|doit|devrait|va|vont|
        # a verb in the future by its ending: "si svolgerà", "se celebrará", "será",
        # "parteciperanno", "auront", "sera" (not "front")
        \w+(?:rà|rá|ranno|rán|rão)|\w*[^\Wf]ront|sera|aura)\b)
        (?:[^\w.!?]+\w+){0,2}[^\w.!?]*$  # in the same sentence""",
    re.X,
)
# "until" with a clock time is when a count was taken ("subiu para 38 até as 7h20 em
# Lorvia nesta sexta (9)", "hasta las 8.00 del jueves 17"), not a day the page looks forward to
_UNTIL_CLOCK = re.compile(
    r"""(?i:(?:until|till|by|bis|hasta|até|ate|jusqu'?à|jusqu’à|fino\s+alle|fino\s+a)\s+
        (?:as\s+|às\s+|las\s+|the\s+|alle\s+|le\s+|um\s+)?
        \d{1,2}(?:[h:.]\d{2}|\s*h(?!\w)|\s*(?:a\.?m\.?|p\.?m\.?|uhr|heures?|horas?)(?!\w)))""",
    re.X,
)
# "Até sexta (4), 65 corpos já tinham sido sepultados", "Hasta el lunes 3, 27 personas
# murieron", "Until Monday (3), 27 people were killed": an "until" that opens its sentence,
# then a comma and a count told in a past tense, is when the count was taken
_UNTIL_OPENS = re.compile(r"(?i:(?:until|up\s+to|by|bis|hasta|até|jusqu['’]?(?:à|au)|fino\s+a)\b)")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?]\s+|\n)[\s\"“«(]*$")
_TOLD_PAST = re.compile(
    r"""(?i:\b(?:foram|foi|fueron|fue|were|was|had|have\s+been|has\s+been|wurden|wurde|
        waren|sono\s+stat[ie]|è\s+stat[oa]|ont\s+été|a\s+été|avaient|\w{3,}(?:aram|eram|
        iram|ou|aron|ieron|ió|ed|ait|aient|te|ten|ato|ati|ito|iti))\b)""",
    re.X,
)


def _counted_until(text: str, start: int, end: int) -> bool:
    """Whether the "until" at `start` opens its sentence and the weekday's day ending at
    `end` is followed by a comma, a figure and a verb in a past tense in the same sentence:
    the day the count was taken up to, not one ahead."""
    if not _UNTIL_OPENS.match(text, start) or not _SENTENCE_OPEN.search(text, 0, start):
        return False
    rest = re.match(r"\s*\)?\s*,([^.!?]{0,160})", text[end : end + 170])
    return bool(rest and re.search(r"\d", rest[1]) and _TOLD_PAST.search(rest[1]))


# the start of a period is not the day of the report: "312 chamados em Lorvia desde a
# última sexta-feira (9)", "since Tuesday (15)", "seit Dienstag, 15.", "depuis mardi 15"
_SINCE = re.compile(
    r"(?i:\b(?:desde|since|seit|depuis|dal|dalla|dall['’]|dès)\b)(?:[^\w.!?]+\w+){0,2}[^\w.!?]*$"
)
# a photo's caption dates the picture, not the page: "Picture date: Monday March 3",
# "Foto vom Dienstag, 4. März"
_CAPTION = re.compile(
    r"(?i:\b(?:picture|photo|foto|image|bild|imagen|immagine)\w*)(?:\W+\w+){0,2}\W*$"
)


# a bare weekday looks forward further back: "would be published on Monday"
_AHEAD_BARE = re.compile(
    _AHEAD.pattern.replace("{0,2}", "{0,3}").replace("will|", "will|would|"),
    re.X,
)


def _weekday_date(m: re.Match[str], partial: Partial) -> date | None:
    wd = _weekdays()[_fold(m["wd"])]
    day = int(m["day"])
    named = m["mon"] or m["monname"] or m["mon0"] or m["monname2"]
    if named:
        month: int | None = int(named) if named.isdigit() else _months()[_fold(named)]
    else:
        month = partial.month
    if month is None or not 1 <= month <= 12:
        return None
    year = m["year"] or m["year2"]
    y = int(year) + (2000 if len(year) == 2 else 0) if year else partial.year
    d = _safe(y, month, day)
    # the weekday must fall on that day: "domingo (27)" in January 2019, not in February
    return d if d is not None and d.weekday() == wd else None


@cache
def _weekday_day_re() -> re.Pattern[str]:
    """A weekday name, then its day number: "domingo (27)", "Sunday (16)", "quarta, 3",
    "Freitag, 16. Juli", "martes 29 de octubre", "(sexta, 01/02)", "Sunday, June 16"."""
    wds = "|".join(sorted(map(re.escape, _weekdays()), key=len, reverse=True))
    months = "|".join(sorted(map(re.escape, _months()), key=len, reverse=True))
    return re.compile(
        rf"""(?<!\w)(?P<wd>{wds})(?:[-\s]feira)?\.?                # weekday ("sexta-feira")
             (?:,?\s+(?:den\s+|the\s+|le\s+|el\s+|il\s+)?|\s*\(\s*|,\s*)  # then a day
             (?:(?P<mon0>{months})\.?\s+)?                           # "Sunday, June 16"
             (?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°)?(?![\d:,]\d|\d)
             (?![\s.]\d{{3}}(?!\d))                                  # "31 000": a figure
             (?:
                 [./](?P<mon>\d{{1,2}})(?:[./](?P<year>\d{{4}}|\d{{2}}))?(?!\d)  # 01/02
               | \.?\s+(?:de\s+|di\s+)?(?P<monname>{months})\b        # 16. Juli
                 (?:,?\s+(?:de\s+|del\s+)?(?P<year2>\d{{4}}))?
               # "venerdì 9 e sabato 10 marzo", "von Freitag, 9., auf Samstag,
               # 10. März": the month after the second day is the first's too
               | \.?,?\s+(?:e|ed|and|y|et|und|auf|bis|to|a|al|au|à|-|–)\s+
                 (?:(?:le\s+|el\s+|il\s+|la\s+|o\s+|a\s+)?(?:{wds})(?:[-\s]feira)?\.?,?\s+)?(?:den\s+|the\s+|le\s+|el\s+|il\s+)?
                 [0-3]?\d(?:st|nd|rd|th|er|º|°)?\.?\s+(?:de\s+|di\s+)?(?P<monname2>{months})\b
             )?""",
        re.X | re.I,
    )


# words that say figures were updated on the day after them (data/dates.toml
# [entry_stamps].before holds them among other stamp words)
_UPDATED = (
    r"(?:updated|actualizad[oa]s?|actualizaci[oó]n|mis(?:e|es)?\s+à\s+jour|actualisée?s?"
    r"|aktualisiert|aggiornat[oaie]|aggiornamento|atualizad[oa]s?|atualiza[cç][aã]o)"
)


@cache
def _updated_re() -> re.Pattern[str]:
    """An update word, then a day and a month name, either order, and maybe a year."""
    months = "|".join(sorted(map(re.escape, _months()), key=len, reverse=True))
    return re.compile(
        rf"""(?<!\w){_UPDATED}\s+(?:(?:on|le|el|il|em|am|al|du|del|do|dia|the)\s+)?
             (?:(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°)?\.?\s+(?:de\s+|di\s+)?(?P<mon>{months})
               | (?P<mon2>{months})\.?\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)
             (?:,?\s+(?:de\s+|del\s+)?(?P<year>\d{{4}}))?(?!\w)""",
        re.X | re.I,
    )


def _fold(word: str) -> str:
    w = unicodedata.normalize("NFKD", word.lower().rstrip("."))
    return "".join(c for c in w if not unicodedata.combining(c))


@cache
def _weekdays() -> dict[str, int]:
    """Weekday names of every language read, folded (no accents, lower case) and as
    written -> 0..6."""
    out: dict[str, int] = {}
    for low, wd in calendar_names("weekdays").items():
        for form in {low, _fold(low), low.split("-")[0], _fold(low).split("-")[0]}:
            if len(form) >= 5:  # "ter", "qua": too short to read alone
                out[form] = wd
    return out


@cache
def _months() -> dict[str, int]:
    out: dict[str, int] = {}
    for low, mo in calendar_names("months").items():
        out[low] = mo
        out[_fold(low)] = mo
    return out


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None
