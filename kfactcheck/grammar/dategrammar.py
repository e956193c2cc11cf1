"""The date grammar's word lists and compiled patterns (_Grammar), per language.

Built once from data/dates.toml (and a language's table in data/languages.toml); moved out
of dates.py unchanged.
"""

from __future__ import annotations

import re
from functools import cache

from kfactcheck import data
from kfactcheck.grammar.vocab import trie_pattern as _alt

# ------------------------------------------------------------------------------ word lists


_FIRST_RUN = re.compile(r"\w+")


@cache
def load_words() -> dict:
    """data/dates.toml, parsed once."""
    return data.load("dates")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:1\d{3}|20\d\d|21\d\d)"
_TO = r"(?:\s*[-–—]\s*|\s+(?:to|and|until|till|through)\s+)"  # joins two days of a range


# English words that put a year before a plural noun: "in 2008 reformers"; other languages
# add their month cues and their words for "year" ("im Jahr 2000 Soldaten", "en 2019").
_YEAR_BEFORE = ("in", "since", "until", "by", "from", "before", "after", "during")


class _Grammar:
    """The compiled patterns and lookup tables, built once from data/dates.toml.

    Case: month and weekday names are matched in the sentence as written (capitalised); every
    other word list is lower case and matched in a lower-cased copy of the sentence, which is
    faster than re.IGNORECASE.
    """

    def __init__(self, w: dict) -> None:
        self.lang: str = w.get("lang_code", "en")
        # words right before a year, not a count: "in", "since", "im Jahr", "depuis", "en"
        ago_units = (w.get("lang_ago") or {}).get("units", {})
        self.year_before = frozenset(
            [*_YEAR_BEFORE, *w["months_need_cue"]["words"]]
            + [u for u, unit in ago_units.items() if unit == "year"]
        )
        # another language's joiners ("14. Juli", "29 de octubre de 2024"): see _language_words
        ords = w.get("lang_ordinals", [])
        # what joins two days of a range, with the language's own words ("3 au 5 mai")
        to = _TO
        if w.get("lang_range_to"):
            to = _TO.replace("through", "through|" + "|".join(map(re.escape, w["lang_range_to"])))
        ord_rx = "(?:st|nd|rd|th" + "".join("|" + re.escape(o) for o in ords) + ")?"
        of_words = "|".join(["of", *(re.escape(o) for o in w.get("lang_of", []))])
        year_of = "".join(rf"(?:{re.escape(o)}\s+)?" for o in w.get("lang_of", [])[:1])
        self.months_full = {k.lower(): v for k, v in w["months"].items()}
        self.months = dict(self.months_full)
        self.months.update({k.lower(): v for k, v in w["month_abbreviations"].items()})
        self.weekdays = {k.lower(): v for k, v in w["weekdays"].items()}
        self.weekdays.update({k.lower(): v for k, v in w["weekday_abbreviations"].items()})
        self.numbers = {k.lower(): v for k, v in w["numbers"].items()}
        self.rel_days = {_norm(k): v for k, v in w["relative_days"].items()}
        self.shifts = {k.lower(): v for k, v in w["relative_shifts"].items()}
        self.parts = {_norm(k): v for k, v in w["parts"].items()}
        yrs, roles, tense = w["years"], w["roles"], w["tense"]
        self.deadline_past = {_norm(p) for p in roles["deadline"]["past"]}
        self.not_past_ed = {p.lower() for p in tense["not_past_ed"]}
        self.not_count = {p.lower() for p in yrs["not_count"]}
        wd_ex = w["weekday_exclusions"]
        self.wd_before = {p.lower() for p in wd_ex["before"]}
        self.wd_after = {p.lower() for p in wd_ex["after"]}

        # role of each adjacent cue; the first role to list a phrase keeps it
        self.adjacent: dict[str, str] = {}
        for role in ("deadline", "since", "schedule", "event"):
            for p in roles[role]["adjacent"]:
                self.adjacent.setdefault(_norm(p), role)
        self.window: dict[str, str] = {}
        for kind, phrases in (
            ("effect", roles["deadline"]["effect"]),
            ("shift", roles["deadline"]["shift"]),
            ("schedule", roles["schedule"]["window"]),
            ("event", roles["event"]["window"]),
        ):
            for p in phrases:
                self.window.setdefault(_norm(p), kind)

        mon = _alt(list(w["months"]) + list(w["month_abbreviations"]))
        wday = _alt(w["weekdays"])
        wd_any = _alt(list(w["weekdays"]) + list(w["weekday_abbreviations"]))
        unit_words = w["relative_units"]["units"]
        units = rf"(?:(?:{_alt(unit_words)})s?)"  # plural too: "two decades ago"
        shift_units = _alt(u for u in unit_words if u != "day")  # "last week", not "last day"
        tens = [k for k, v in self.numbers.items() if 20 <= v <= 90 and v % 10 == 0]
        ones = [k for k, v in self.numbers.items() if 1 <= v <= 9 and k not in ("a", "an")]
        num = rf"(?:\d{{1,3}}|(?:{_alt(tens)})(?:-(?:{_alt(ones)}))?|{_alt(self.numbers)})"

        # --- gates: plain literal alternations, which re scans fast -----------------------
        # (a sentence passes if any gate matches; each shape below runs only behind its gate)
        month_stems = sorted({m[:3] for m in w["months"]})
        weekday_stems = sorted({d[:3] for d in w["weekdays"]})
        self.gate_names = re.compile("|".join(month_stems + weekday_stems))
        self.gate_digits = re.compile(r"[0-9][0-9][0-9][0-9]")
        # every month name and abbreviation starts with one of these (the day, month and
        # range shapes need one): see may_have_calendar_date
        month_words = list(w["months"]) + list(w["month_abbreviations"])
        self.gate_months = re.compile("|".join(sorted({re.escape(m[:3]) for m in month_words})))
        # Relative words; one that may open a sentence loses its first letter so "Today" and
        # "today" both hit. Plain substring tests beat a regex alternation of lower-case words.
        tails = {k.split()[-1] for k in self.rel_days} | {"ago", "week", "month", "year", "decade"}
        # another language's past period named whole ("l'an dernier"): unit and shift
        self.periods: dict[str, tuple[str, int]] = {}
        for k, v in {**w.get("periods", {}), **w.get("lang_periods", {})}.items():
            unit, shift = v.split()
            self.periods[_norm(k)] = (unit, int(shift))
        tails |= {f(k.split()[-1]) for k in self.periods for f in (str, _cap)}  # "Jahr"
        # another language's "N units ago" ("há 3 anos", "tre anni fa"): see _language_words
        ago = w.get("lang_ago") or {}
        self.ago_units = {k.lower(): v for k, v in ago.get("units", {}).items()}
        self.ago_alone = {_norm(k): v for k, v in ago.get("alone", {}).items()}
        self.ago_numbers = {k.lower(): v for k, v in ago.get("numbers", {}).items()}
        ago_before, ago_after = ago.get("before", []), ago.get("after", [])
        self.gate_relative = tuple(sorted({x[1:] if x in self.rel_days else x for x in tails}))
        # its gate needs both an ago word and a unit, since the words are short ("fa", "vor");
        # a word that may open a sentence ("Há", "Vor") loses its first letter, and a unit is
        # looked for as written and capitalised ("Jahren")
        ago_words = set(ago_after) | {x[1:] for x in ago_before}
        self.gate_ago_words = tuple(sorted(ago_words - {""}))
        self.gate_ago_units = tuple(sorted({f(u) for u in self.ago_units for f in (str, _cap)}))
        # --- the date shapes (on the sentence as written) -------------------------------
        # No shape starts with a lookbehind: re skips ahead fast to a possible first character
        # only when the pattern starts with one (hence the "(?=\d)" heads), so the character
        # before a match is checked in Python (_free).
        self.numeric = re.compile(
            rf"""
            (?=\d)
            (?:
              (?P<y>{_YEAR})(?P<sep>[-/.])          # ISO 2022-08-17, 2022/08/17
              (?P<m>1[0-2]|0?[1-9])(?P=sep)
              (?P<d>{_DAY})
            | (?P<a>\d{{1,2}})(?P<sep2>[-/.])       # 20-09-2022, 20/09/2022, 09/20/2022
              (?P<b>\d{{1,2}})(?P=sep2)
              (?P<y2>{_YEAR})
            )
            (?!\d|[.,:/-]\d)                        # not part of a longer figure
            """,
            re.X,
        )
        self.month_first = re.compile(
            rf"""
            (?P<mon>{mon})                          # August, Aug., Sept.
            (?:
              (?:\.\s*|\s+)
              (?P<d>{_DAY})(?P<o>{ord_rx})            # August 17, Sept. 1st
              (?:{to}(?P<d2>{_DAY})(?P<o2>{ord_rx}))?  # November 21-22
              (?!\d|[.,:]\d|\w)                     # not 17:29, 1.5, 1000
              (?:,?\s+(?P<y>{_YEAR})(?!\d|[.,:]\d))?  # , 2022
            | \.?,?\s+{year_of}(?P<my>{_YEAR})(?!\d|[.,:]\d|\w)  # September 2022
            | (?P<pos>['’]s)?(?!\w)                 # September, September's (full names only)
            )
            """,
            re.X,
        )
        self.day_first = re.compile(
            rf"""
            (?=\d)
            (?P<d>{_DAY}){ord_rx}                     # 20, 31st
            (?:{to}(?P<d2>{_DAY}){ord_rx})?          # 21-22 November, 3 to 5 May
            \s+(?:(?:{of_words})\s+)?
            (?P<mon>{mon})(?P<dot>\.)?(?!\w)        # November, Nov., Sept.
            (?:,?\s+{year_of}(?P<y>{_YEAR})(?!\d|[.,:]\d))?  # 2022
            """,
            re.X,
        )
        # before a day: "Wednesday, August 17", "Tuesday 20 September", "the 31st of October"
        self.left_weekday = re.compile(rf"(?<![\w])(?P<wd>{wd_any})\.?,?\s+$")
        self.left_the = re.compile(r"(?<![\w])[Tt]he\s+$")
        self.year = re.compile(
            r"""
            (?=[12])
            (?:
              (?P<dec>(?:1[89]|20)\d0)s(?!\w)       # the 1990s
            | (?P<y>1[89]\d\d|20\d\d|2100)          # 2008 (bare years: 1800-2100)
              (?:\s*(?P<sep>[-–—/])\s*              # 2019-2020, 2019-20, 2019/20
                 (?P<y2>1[89]\d\d|20\d\d|2100|\d\d)(?!\d|[.,:]\d))?
              (?!\d|[.,:]\d|\s*%|-\w)               # not 2008.5, 2008%, 2008-style
            )
            """,
            re.X,
        )
        self.weekday = re.compile(rf"(?P<wd>{wday})(?P<pos>['’]s)?(?!\w)")
        # --- shapes and context in the lower-cased sentence ----------------------------
        # "desde hace tres años": since then, so "over the past three years"
        since = ago.get("since", [])
        self.ago_since = re.compile(rf"(?<![\w])(?:{_alt(since)})\s+$") if since else None
        ago_shape = ""
        if self.ago_units:
            ago_num = rf"(?:\d{{1,3}}|{_alt(self.ago_numbers)})"
            ago_unit = _alt(self.ago_units)
            hedge = rf"(?:(?:{_alt(ago['hedges'])})\s+)?" if ago.get("hedges") else ""
            # a unit phrase that needs no count: "pre godinu dana" (a year ago)
            alone = rf"|(?P<la>{_alt(self.ago_alone)})" if self.ago_alone else ""
            if ago_before:  # há três anos, il y a 3 ans, vor drei Jahren
                ago_shape += rf"""
            | (?:{_alt(ago_before)})\s+{hedge}
              (?:(?P<ln>{ago_num})\s+(?P<lu>{ago_unit}){alone})"""
            if ago_after:  # tre anni fa, drie jaar geleden, tres años atrás
                ago_shape += rf"""
            | (?P<ln2>{ago_num})\s+(?P<lu2>{ago_unit})\s+(?:{_alt(ago_after)})"""
        period_shape = rf"| (?P<lp>{_alt(self.periods)})" if self.periods else ""
        self.relative = re.compile(
            rf"""
            (?<![\w])
            (?:
              (?P<rd>{_alt(self.rel_days)})                            # yesterday, today
            {period_shape}                           # l'an dernier
            | (?P<sh>{_alt(self.shifts)})\s+(?P<u>{shift_units})       # last month
            | (?P<pw>start|beginning|end|middle|close|turn)\s+of\s+the\s+
              (?P<tu>week|month|year)                                  # end of the year
            | (?P<n>{num})\s+(?P<au>{units})\s+(?:ago|earlier(?!\s+than))  # two decades ago;
                                         # "a week earlier" dates only when it opens a sentence
            | (?:(?P<pp>over|in|during|for|within|throughout|of)\s+)?the\s+
              (?P<pl>past|last)\s+(?:(?P<pn>{num})\s+)?(?P<pu>{units})  # over the past 23 years
              (?!\s+of\b)                                             # not "the last week of May"
            {ago_shape})(?!\w)
            """,
            re.X,
        )
        part_of = _alt(p for p in self.parts if p.endswith(" of"))
        part_word = _alt(p for p in self.parts if " " not in p)
        self.left_part = re.compile(
            rf"(?<![\w])(?:(?P<pw>{part_of})\s+|(?P<pm>{part_word})(?:-|\s+))$"
        )
        self.left_recurring = re.compile(rf"(?<![\w])(?:{_alt(w['recurring']['words'])})\s+$")
        self.left_shift = re.compile(rf"(?<![\w])(?P<sh>{_alt(self.shifts)})\s+$")
        self.left_approx = re.compile(rf"(?<![\w])(?:{_alt(w['approx']['words'])})\s+$")
        self.left_quantity = re.compile(rf"(?<![\w])(?:{_alt(yrs['quantity_words'])})\s+$")
        self.left_not_year = re.compile(rf"(?:^|(?<![\w]))(?:{_alt(yrs['not_after'])})\s*$")
        self.left_copyright = re.compile(rf"(?:{_alt(yrs['copyright'])})\s*$")
        self.right_count = re.compile(rf"\s*(?:{_alt(yrs['count_nouns'])})(?![\w])")
        self.right_clock = re.compile(rf"\s*(?:{_alt(yrs['clock_words'])})(?![\w])")
        self.right_zone = re.compile(rf"\s*(?:{_alt(yrs['clock_zones'])})(?![\w])")  # as written
        # a figure joined to this one: "1500 to 2000", "2000 and 2,500"
        self.left_number = re.compile(r"(?<![\w.,])(?P<n>\d+(?:[.,]\d+)*)\s*(?:to|and|or|-|–)\s*$")
        self.right_number = re.compile(r"\s*(?:to|and|or|-|–)\s*(?P<n>\d+(?:[.,]\d+)*)(?![\w])")
        self.right_plural = re.compile(r"\s+([a-z]{3,}s)\b")  # on the sentence as written
        self.left_word = re.compile(r"(?<![\w])([\w']+)\s+$")
        self.right_word = re.compile(r"\s+([\w']+)")
        self.need_cue = re.compile(rf"(?<![\w])(?:{_alt(w['months_need_cue']['words'])})[\s-]+$")
        self.adjacent_rx = re.compile(rf"(?<![\w'])(?P<cue>{_alt(self.adjacent)})\s+(?:the\s+)?$")
        self.window_rx = re.compile(rf"(?<![\w])(?:{_alt(self.window)})(?![\w])")
        self.right_cue = re.compile(rf"\s*(?P<cue>{_alt(roles['deadline']['right'])})(?![\w])")
        self.range_gap = re.compile(r"\s*(?:[-–—]|to|until|till|through|and)\s*$")
        self.tense_rx = re.compile(
            rf"(?<![\w'])(?:(?P<f>{_alt(tense['future'])})|{_alt(tense['past'])})(?![\w])"
        )
        self.past_ed = re.compile(r"(?<=[a-z][a-z])ed(?![\w'])")
        # where a tense marker can start: a word that begins one (its first run of word
        # characters), or a character that begins one that is no word ("'ll")
        markers = [*tense["future"], *tense["past"]]
        firsts = [m.group() for m in map(_FIRST_RUN.match, markers) if m]
        self.tense_firsts = frozenset(firsts) | {w.lower() for w in firsts}
        self.tense_leads = frozenset(w[:1] for w in markers if not _FIRST_RUN.match(w))
        self.durations = re.compile(
            rf"""
            (?<![\w])
            (?:
              (?:over|in|during|for|within|throughout)\s+the\s+(?:past|last)\s+
              (?:(?P<pn>{num})\s+)?(?P<pu>{units})                     # over the past 23 years
            | for\s+(?P<fn>{num})\s+(?P<fu>{units})                    # for two decades
            | (?P<an>{num})\s+(?P<au>{units})\s+ago                    # three days ago
            )(?!\w)
            """,
            re.X,
        )


@cache
def _grammar(lang: str | None = None) -> _Grammar:
    """The English grammar, or English with another language's names added. `_grammar()`,
    `_grammar(None)` and `_grammar("en")` are one object: it is compiled once."""
    if lang is None or lang == "en":
        return _english()
    from kfactcheck.grammar.numlang import code

    key = code(lang)
    return _english() if key is None else _Grammar(_language_words(load_words(), key))


@cache
def _english() -> _Grammar:
    return _Grammar(load_words())


def _language_words(english: dict, key: str) -> dict:
    """dates.toml with a language's months, weekdays and day words added (languages.toml),
    in lower case and capitalised: "6 avril", "Mittwoch", "ieri"."""
    from kfactcheck.grammar.numlang import table

    lang = table(key)["dates"]
    w = {k: (dict(v) if isinstance(v, dict) else v) for k, v in english.items()}

    def both(names: dict) -> dict:
        return {n: v for k, v in names.items() for n in (k, k[:1].upper() + k[1:])}

    w["months"] = {**w["months"], **both(lang["months"])}
    w["month_abbreviations"] = {**w["month_abbreviations"], **both(lang["month_abbreviations"])}
    days = both(lang["weekdays"])
    # "Sonntagabend", "Freitagnacht": a weekday with a part of the day written into it
    parts = lang.get("weekday_parts", [])
    w["weekdays"] = {**w["weekdays"], **days, **{d + p: n for d, n in days.items() for p in parts}}
    w["relative_days"] = {**w["relative_days"], **lang["relative_days"]}
    cues = w["months_need_cue"]["words"] + lang["month_cues"]
    w["months_need_cue"] = {"words": cues}
    w["lang_ordinals"], w["lang_of"] = lang["ordinal"], lang["of"]
    w["lang_range_to"] = lang.get("range_to", [])  # "du 3 au 5 mai"
    w["lang_ago"] = lang.get("ago", {})
    w["lang_periods"] = lang.get("periods", {})
    w["lang_code"] = key
    w["tense"] = {
        **w["tense"],
        "past": w["tense"]["past"] + lang["past"],
        "future": w["tense"]["future"] + lang["future"],
    }
    return w
