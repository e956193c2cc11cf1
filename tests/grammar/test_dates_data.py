"""kfactcheck/data/dates.toml: the word lists the date grammar is built from."""

from __future__ import annotations

import pytest

from kfactcheck.grammar.dates import _grammar, load_words

W = load_words()

# Lists matched in the lower-cased sentence: they must be written in lower case.
PHRASE_LISTS = {
    "months_need_cue": W["months_need_cue"]["words"],
    "weekday_exclusions.before": W["weekday_exclusions"]["before"],
    "weekday_exclusions.after": W["weekday_exclusions"]["after"],
    "approx": W["approx"]["words"],
    "recurring": W["recurring"]["words"],
    "years.count_nouns": W["years"]["count_nouns"],
    "years.not_count": W["years"]["not_count"],
    "years.not_after": W["years"]["not_after"],
    "years.quantity_words": W["years"]["quantity_words"],
    "years.clock_words": W["years"]["clock_words"],
    "years.copyright": W["years"]["copyright"],
    "tense.future": W["tense"]["future"],
    "tense.past": W["tense"]["past"],
    "tense.not_past_ed": W["tense"]["not_past_ed"],
    **{
        f"roles.{role}.{key}": words
        for role, lists in W["roles"].items()
        for key, words in lists.items()
    },
}


def test_sections_present() -> None:
    expected = {
        "months", "month_abbreviations", "months_need_cue", "weekdays", "weekday_abbreviations",
        "weekday_exclusions", "numbers", "relative_days", "relative_shifts", "relative_units",
        "parts", "approx", "years", "roles", "tense", "recurring",
    }  # fmt: skip
    assert expected <= set(W)
    assert set(W["roles"]) == {"deadline", "since", "schedule", "event"}
    assert {"adjacent", "shift", "effect", "right", "past"} <= set(W["roles"]["deadline"])


def test_months_cover_the_year_once() -> None:
    assert sorted(W["months"].values()) == list(range(1, 13))
    assert all(name[0].isupper() and name[1:].islower() for name in W["months"])


@pytest.mark.parametrize(("abbr", "month"), list(W["month_abbreviations"].items()))
def test_month_abbreviation_is_a_prefix_of_its_month(abbr: str, month: int) -> None:
    full = next(name for name, n in W["months"].items() if n == month)
    assert full.startswith(abbr) and abbr != full


def test_weekdays_cover_the_week_once() -> None:
    assert sorted(W["weekdays"].values()) == list(range(7))
    assert all(name[0].isupper() and name[1:].islower() for name in W["weekdays"])


@pytest.mark.parametrize(("abbr", "day"), list(W["weekday_abbreviations"].items()))
def test_weekday_abbreviation_is_a_prefix_of_its_day(abbr: str, day: int) -> None:
    full = next(name for name, n in W["weekdays"].items() if n == day)
    assert full.startswith(abbr) and abbr != full


@pytest.mark.parametrize("name", list(PHRASE_LISTS))
def test_phrase_list_is_clean(name: str) -> None:
    words = PHRASE_LISTS[name]
    assert words, "empty list"
    assert all(isinstance(w, str) for w in words)
    assert [w for w in words if w != w.lower()] == [], "matched lower-cased: write lower case"
    assert [w for w in words if w != " ".join(w.split()) or not w] == [], "stray whitespace"
    assert sorted({w for w in words if words.count(w) > 1}) == [], "duplicate entries"


def test_numbers_and_relative_words() -> None:
    assert all(isinstance(v, int) and 1 <= v <= 100 for v in W["numbers"].values())
    assert all(k == k.lower() for k in W["numbers"])
    assert all(isinstance(v, int) and -7 <= v <= 7 for v in W["relative_days"].values())
    assert sorted(W["relative_shifts"].values()) == [-1, 0, 1]
    units = {"day", "week", "weekend", "month", "year", "decade"}
    assert set(W["relative_units"]["units"]) == units  # the code resolves exactly these


def test_parts_name_known_positions() -> None:
    assert set(W["parts"].values()) <= {"start", "end", "middle", "early", "mid", "late"}
    assert all(k == k.lower() for k in W["parts"])


def test_adjacent_cues_belong_to_one_role() -> None:
    seen: dict[str, str] = {}
    for role, lists in W["roles"].items():
        for phrase in lists["adjacent"]:
            assert phrase not in seen, f"{phrase!r} is a cue of {seen[phrase]} and {role}"
            seen[phrase] = role


def test_window_cues_belong_to_one_kind() -> None:
    lists = {
        "shift": W["roles"]["deadline"]["shift"],
        "effect": W["roles"]["deadline"]["effect"],
        "schedule": W["roles"]["schedule"]["window"],
        "event": W["roles"]["event"]["window"],
    }
    seen: dict[str, str] = {}
    for kind, phrases in lists.items():
        for phrase in phrases:
            assert phrase not in seen, f"{phrase!r} is a {seen[phrase]} and a {kind} cue"
            seen[phrase] = kind


def test_past_deadline_cues_are_deadline_cues() -> None:
    d = W["roles"]["deadline"]
    assert set(d["past"]) <= set(d["effect"]) | set(d["shift"])


def test_tense_lists_do_not_overlap() -> None:
    assert set(W["tense"]["future"]).isdisjoint(W["tense"]["past"])


def test_grammar_compiles_from_the_data() -> None:
    g = _grammar()
    assert g.months["sept"] == 9 and g.weekdays["thurs"] == 3
    assert g.adjacent["until"] == "deadline" and g.adjacent["since"] == "since"


# languages.toml is the one list of month and weekday names (read by the date grammar, the
# header date reader and read/textdate.py); CLDR, read through babel in tests only, is what
# it must hold. (table, CLDR locale): Serbo-Croatian is checked in three standards.
CLDR = [
    ("en", "en"), ("fr", "fr"), ("de", "de"), ("es", "es"), ("pt", "pt"), ("it", "it"),
    ("nl", "nl"), ("sh", "hr"), ("sh", "sr_Latn"), ("sh", "bs"),
]  # fmt: skip


def _table(code: str, kind: str) -> dict[str, int]:
    from kfactcheck import data

    if code == "en":
        return {k.lower(): v for k, v in data.load("dates")[kind].items()}
    return {k.lower(): v for k, v in data.load("languages")[code]["dates"][kind].items()}


@pytest.mark.parametrize(("code", "locale"), CLDR, ids=[f"{c}-{loc}" for c, loc in CLDR])
@pytest.mark.parametrize("kind", ["months", "weekdays"])
def test_languages_toml_holds_cldr_names(code, locale, kind):
    babel = pytest.importorskip("babel")
    loc = babel.Locale.parse(locale)
    ours = _table(code, kind)
    cldr = loc.months if kind == "months" else loc.days
    for context in ("format", "stand-alone"):
        names = {n.lower(): i for i, n in cldr[context]["wide"].items()}
        assert {n: i for n, i in names.items() if ours.get(n) != i} == {}


def test_calendar_names_hold_every_language():
    from kfactcheck import data

    months = data.calendar_names("months")
    assert (months["january"], months["avril"], months["juli"], months["octubre"]) == (1, 4, 7, 10)
    assert data.calendar_names("weekdays")["mittwoch"] == 2


@pytest.mark.parametrize("lang", ["hbs", "sr", "hr", "bs", "sh", "cnr"])
def test_every_serbo_croatian_code_reads_its_dates(lang):
    # vocab.language_code names the language "hbs", the number and date tables "sh":
    # every code either side gives must reach the same table
    from datetime import date

    from kfactcheck.grammar.dates import find_dates
    from kfactcheck.grammar.numlang import code
    from kfactcheck.grammar.vocab import LANGUAGES, language_code

    assert code(lang) == "sh" and language_code(lang) in LANGUAGES
    said = "Most je pao 6. aprila 2031, a juče je spaseno 40 ljudi."
    assert [m.text for m in find_dates(said, date(2031, 4, 9), lang)] == ["6. aprila 2031", "juče"]


def test_every_vocab_language_has_a_number_table():
    from kfactcheck.grammar.numlang import code
    from kfactcheck.grammar.vocab import LANGUAGES

    assert all(code(lang) is not None for lang in LANGUAGES if lang != "en")
