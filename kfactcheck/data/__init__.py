"""The word lists and rules in kfactcheck/data/*.toml: one loader, and each file's schema.

`load("dates")` reads data/dates.toml and checks it against its schema below before anyone
builds a lookup table from it, so a wrong type or a misspelt key in a row is one line
naming the file and the key (`DataFileError`), not a KeyError deep in a regex build. Each
module still builds (and caches) its own lookup structures from what `load` returns.

What lives where: units.toml says what a figure counts (families of nouns, the people
nouns, which counts are running totals and which of those only rise); numbers.toml the
English number grammar and the sentence splitter; dates.toml the English date grammar and
the one list of month and weekday names (`months`, `weekdays`: every other module takes
them from there); languages.toml the same for the other languages; speakers.toml who said
it; compare.toml the comparison's words (tolls that move daily, words that say a figure
moved); header.toml and furniture.toml the reader's rules for header lines and furniture.

A schema is written with Python types: `str`, `int`, `bool`; `[T]` a list of T; `{str: T}`
a table whose keys are words and values T; a dict of names, a table with those keys (a
name ending in "?" may be left out). Tables may hold keys the schema does not name, so a
new list can be added and read before it is written here; rows of a list of tables may
not (a misspelt optional key would be ignored silently).
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

from kfactcheck.errors import KfactcheckError

__all__ = [
    "SCHEMAS",
    "DataFileError",
    "calendar_names",
    "load",
    "load_file",
    "month_names",
    "weekday_names",
]


class DataFileError(KfactcheckError):
    """A data file of the package (or one given in its place) does not fit its schema."""


_WORDS = [str]
_WORD_LISTS = {str: [str]}
_RULE = {  # a line pattern with the examples it must match and must not (tests check both)
    "name": str,
    "pattern": str,
    "examples": [str],
    "not": [str],
    "needles?": [str],
}

# the languages every per-language table of units.toml covers
_LANGS = ("en", "fr", "de", "es", "pt", "it", "nl", "hbs")

SCHEMAS: dict[str, dict] = {
    "units": {
        "families": {str: {"unit": str, "label?": str, "nouns": [str], "verbs?": [str]}},
        "running_counts": {"families": [str], "can_fall": [str]},
        "people": {"nouns": [str]},
        "phrase": _WORD_LISTS,
        "share_synonyms": {str: str},
        "scope": {"area_words": [str]},
        "events": {str: str},
        "ends": {str: str},
        "moved": {"words": [str]},
        "contrast": {"words": [str], "joining?": [str]},
        "money": _WORD_LISTS,
        "noise": {
            "label_before": [str],
            "street_words": [str],
            "temperature_units": [str],
            "measure_units": [str],
            "date_name_before": [str],
        },
        "formerly": {lang: [str] for lang in _LANGS},
        "falsity": {lang: [str] for lang in _LANGS},
        "condition_ends": {lang: [str] for lang in _LANGS},
        "among_whom": {lang: [str] for lang in _LANGS},
        "relatives": {lang: [str] for lang in _LANGS},
        "counting_verbs": {lang: [str] for lang in _LANGS},
        "speaking_of": {
            **{lang: [str] for lang in _LANGS},
            "expecting": {lang: [str] for lang in _LANGS},
        },
        "found_in": {lang: {"found": [str], "at": [str]} for lang in _LANGS},
        "died_of": {lang: {"died": [str], "of": [str], "event": [str]} for lang in _LANGS},
        "groups": {"families": [str]},
        "who": {str: {lang: [str] for lang in _LANGS}},
        "severe": {lang: {"words": [str], "states": [str]} for lang in _LANGS},
        "participles": {lang: [str] for lang in _LANGS},
        "settlements": {
            lang: {"nouns": [str], "join": [str], "residents": [str]} for lang in _LANGS
        },
        "building_states": {
            lang: {"collapsed": [str], "damaged": [str], "affected": [str]} for lang in _LANGS
        },
        "stances": {str: {lang: [str] for lang in _LANGS}},
        "conditions": {
            str: {
                "before?": bool,
                "rising?": bool,
                "people?": str,
                "toll?": bool,
                **{lang: [str] for lang in _LANGS},
            }
        },
    },
    "languages": {"codes": [str], "aliases": {str: str}},
    "capitals": {"capitals": _WORD_LISTS},
    "money": {
        "kinds": {str: {str: [str]}},
        "totals": _WORD_LISTS,
        "owners": _WORD_LISTS,
        "titles": _WORD_LISTS,
        "not_owner": _WORD_LISTS,
        "agent_after": _WORD_LISTS,
        "clause_breaks": _WORD_LISTS,
        "sources": _WORD_LISTS,
        "each": _WORD_LISTS,
        "flows": _WORD_LISTS,
        "deducted": _WORD_LISTS,
        "purpose": _WORD_LISTS,
        "named_by": _WORD_LISTS,
        "neutral": _WORD_LISTS,
        "given_by": _WORD_LISTS,
    },
    "earlier": {
        "clause": _WORD_LISTS,
        "before": _WORD_LISTS,
        "after": _WORD_LISTS,
        "moved": _WORD_LISTS,
        "from_words": _WORD_LISTS,
        "to_words": _WORD_LISTS,
        "previous_event": _WORD_LISTS,
    },
    "compare": {
        "windows": {str: int},
        "rising": {"money": [str]},
        "moved": _WORD_LISTS,
        "source_endings": _WORD_LISTS,
        "second_source": _WORD_LISTS,
        "planned": _WORD_LISTS,
        "not_head_counts": {"units": [str]},
        "per_event": {"families": [str]},
        "others_before": _WORD_LISTS,
        "others_after": _WORD_LISTS,
    },
    "numbers": {
        "units": {str: int},
        "tens": {str: int},
        "ordinals": {"words": [str]},
        "scales": {str: int},
        "scale_rules": {"rounded_from": int},
        "scale_abbreviations": {str: int},
        "scale_abbreviation_rules": _WORD_LISTS,
        "vague_plurals": {str: int},
        "vague_rules": {"needs_of": [str], "needs_scale": [str], "plural_scales": {str: int}},
        "vague_multipliers": {str: int},
        "dozen": {str: int},
        "exact_phrases": {str: int},
        "fractions": {str: int},
        "fraction_rules": _WORD_LISTS,
        "fractions_plural": {str: int},
        "durations": {str: int},
        "qualifiers": {str: {"before": [str], "after": [str]}},
        "years": {"qualifiers_before_years": [str], "first": int, "last": int},
        "ranges": _WORD_LISTS,
        "percent": _WORD_LISTS,
        "currency_symbols": {str: str},
        "currency_codes": {"codes": [str]},
        "currency_words": {str: str},
        "dates": {"timezones": [str]},
        "labels": {"any_case": [str], "capitalized": [str]},
        "hyphen_prefixes": {"words": [str]},
        "ages": {"before": [str], "after": [str]},
        "furniture": {"after": [str]},
        "sentences": {"titles": [str], "abbreviations": [str], "openers": [str]},
        "separators": {"english": [str], "decimal_comma": _WORD_LISTS},
    },
    "dates": {
        "months": {str: int},
        "month_abbreviations": {str: int},
        "months_need_cue": {"words": [str]},
        "weekdays": {str: int},
        "weekday_abbreviations": {str: int},
        "weekday_exclusions": {"before": [str], "after": [str]},
        "recurring": {"words": [str]},
        "numbers": {str: int},
        "relative_days": {str: int},
        "relative_shifts": {str: int},
        "relative_units": {"units": [str]},
        "parts": {str: str},
        "approx": {"words": [str]},
        "years": _WORD_LISTS,
        "roles": {str: _WORD_LISTS},
        "tense": _WORD_LISTS,
        "report_day": _WORD_LISTS,
    },
    "speakers": {
        "verbs": _WORDS,
        "weak_verbs": _WORDS,
        "participles": _WORDS,
        "source_phrases": _WORDS,
        "titles": _WORDS,
        "abbreviations": {str: str},
        "words": _WORD_LISTS,
        "pronouns": {"person": [str], "group": [str]},
        "nouns_capitalised?": _WORDS,
        "adjectives_follow?": _WORDS,
        "pro_drop?": _WORDS,
        "languages?": {str: _WORD_LISTS},  # each language's words, added to the English ones
    },
    "header": {
        "published_cues": _WORDS,
        "updated_cues": _WORDS,
        "cue_joiners": _WORDS,
        "clock_words": _WORDS,
        "us_time_zones": _WORDS,
        "rule": [{**_RULE, "where": str, "match": str}],
    },
    "furniture": {
        "line": [{**_RULE, "case_sensitive?": bool, "caption?": bool, "tail?": bool}],
    },
}


def load(name: str) -> dict[str, Any]:
    """data/NAME.toml, parsed and checked against SCHEMAS[NAME], with the shared lists it
    uses filled in (_SHARED): a new dict on every call (callers build their lookup tables
    from it once and cache those)."""
    raw = resources.files(__name__).joinpath(f"{name}.toml").read_bytes()
    data = _parse(raw, f"kfactcheck/data/{name}.toml", name)
    if name in _SHARED:
        _SHARED[name](data)
    return data


def load_file(path: str, schema: str) -> dict[str, Any]:
    """A file given in place of data/SCHEMA.toml (a user's own rules), checked the same way."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        raise DataFileError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return _parse(raw, path, schema)


@cache
def month_names() -> dict[str, int]:
    """Full month names as written ("January") -> 1..12: the one list (data/dates.toml).
    Shared by every caller: read it, do not change it."""
    return dict(load("dates")["months"])


@cache
def calendar_names(kind: str) -> dict[str, int]:
    """Every language's `kind` ("months", "month_abbreviations", "weekdays") in lower case
    -> 1..12 or 0..6: dates.toml's English and each table of languages.toml, the one source
    (tests/grammar/test_dates_data.py checks them against CLDR). Shared: do not change it."""
    out = {k.lower(): v for k, v in load("dates")[kind].items()}
    languages = load("languages")
    for code in languages["codes"]:
        for name, n in languages[code]["dates"].get(kind, {}).items():
            out.setdefault(name.lower(), n)
    return out


@cache
def weekday_names() -> dict[str, int]:
    """Weekday names as written ("Monday") -> 0..6, Monday first: the one list. Shared."""
    return dict(load("dates")["weekdays"])


def _numbers_shared(words: dict) -> None:
    dates = load("dates")
    words["dates"]["months"] = list(dates["months"])
    words["dates"]["month_abbreviations"] = list(dates["month_abbreviations"])


def _speakers_shared(words: dict) -> None:
    days = [w.lower() for w in weekday_names()]
    words["words"]["weekdays"] = days  # "Kurti on Tuesday said"
    words["words"]["not_names"] += [*days, *(m.lower() for m in month_names())]


# Lists kept in one file and read as part of another's tables: month and weekday names live
# in dates.toml only, and appear where numbers.toml and speakers.toml used to repeat them.
_SHARED = {"numbers": _numbers_shared, "speakers": _speakers_shared}


def _parse(raw: bytes, shown: str, schema: str) -> dict[str, Any]:
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DataFileError(f"{shown}: not valid TOML ({exc})") from None
    problem = _check(data, SCHEMAS[schema], "")
    if problem:
        raise DataFileError(f"{shown}: {problem}")
    return data


_NAMES = {
    str: "a string",
    int: "an integer",
    bool: "true or false",
    list: "a list",
    dict: "a table",
}


def _check(value: Any, schema: Any, where: str) -> str | None:
    """What is wrong with `value` against `schema` ("key: what"), or None."""
    if isinstance(schema, type):
        # bool is an int to Python, not to a TOML reader
        if isinstance(value, schema) and not (schema is int and isinstance(value, bool)):
            return None
        return f"{where or 'the file'}: expected {_NAMES[schema]}, found {_found(value)}"
    if isinstance(schema, list):
        if not isinstance(value, list):
            return f"{where}: expected a list, found {_found(value)}"
        for i, item in enumerate(value):
            problem = _check(item, schema[0], f"{where}[{i}]")
            if problem:
                return problem
        return None
    if not isinstance(value, dict):
        return f"{where or 'the file'}: expected a table, found {_found(value)}"
    if str in schema:  # any keys, one value schema
        for key, item in value.items():
            problem = _check(item, schema[str], _key(where, key))
            if problem:
                return problem
        return None
    for name, sub in schema.items():
        key = name.rstrip("?")
        if key not in value:
            if not name.endswith("?"):
                return f"{_key(where, key)}: missing"
            continue
        problem = _check(value[key], sub, _key(where, key))
        if problem:
            return problem
    if where.endswith("]"):  # a row of a list of tables: no key the code would not read
        extra = sorted(set(value) - {n.rstrip("?") for n in schema})
        if extra:
            return f"{_key(where, extra[0])}: unknown key"
    return None


def _key(where: str, key: str) -> str:
    plain = key.replace("_", "").replace("-", "").isalnum()
    return f"{where}.{key}" if where and plain else f"{where}[{key!r}]" if where else key


def _found(value: Any) -> str:
    for kind, name in _NAMES.items():
        if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
            return name
    return type(value).__name__
