"""kfactcheck/data: every data file loads through the one loader and fits its schema, and a
file that does not is one line naming the file and the key."""

from __future__ import annotations

from importlib import resources

import pytest

from kfactcheck import data
from kfactcheck.data import DataFileError, load, load_file


@pytest.mark.parametrize("name", sorted(data.SCHEMAS))
def test_every_data_file_fits_its_schema(name):
    assert load(name)


def test_every_data_file_has_a_schema():
    files = {p.name for p in resources.files("kfactcheck.data").iterdir()}
    assert {f.removesuffix(".toml") for f in files if f.endswith(".toml")} == set(data.SCHEMAS)


RULE = 'name = "x"\npattern = "y"\nexamples = ["a"]\nnot = ["b"]\n'

BAD = [
    pytest.param("furniture", "[[line]]\n" + RULE.replace('"y"', "3"),
                 "line[0].pattern: expected a string, found an integer", id="wrong-type-in-a-row"),
    pytest.param("furniture", "[[line]]\n" + RULE + "case_sensitve = true\n",
                 "line[0].case_sensitve: unknown key", id="misspelt-key-in-a-row"),
    pytest.param("furniture", "[[line]]\n" + RULE.replace('not = ["b"]\n', ""),
                 "line[0].not: missing", id="missing-key-in-a-row"),
    pytest.param("furniture", "line = 1\n", "line: expected a list, found an integer",
                 id="table-where-a-list-belongs"),
    pytest.param("furniture", "[[line]]\n" + RULE + "caption = 1\n",
                 "line[0].caption: expected true or false, found an integer", id="bool"),
    pytest.param("header", 'published_cues = ["x"]\n', "updated_cues: missing",
                 id="missing-table"),
    pytest.param("furniture", "[[line]\nname = 1\n", "not valid TOML", id="not-toml"),
    pytest.param("dates", "[months]\n'Juno ' = true\n",
                 "months['Juno ']: expected an integer, found true or false",
                 id="odd-key-is-quoted"),
]  # fmt: skip


@pytest.mark.parametrize(("schema", "text", "message"), BAD)
def test_a_file_that_does_not_fit_is_one_line(tmp_path, schema, text, message):
    path = tmp_path / f"{schema}.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as exc:
        load_file(str(path), schema)
    got = str(exc.value)
    assert got.startswith(f"{path}: ") and message in got and "\n" not in got


def test_a_missing_file_is_one_line(tmp_path):
    with pytest.raises(DataFileError, match=r"gone\.toml: cannot read"):
        load_file(str(tmp_path / "gone.toml"), "header")


def test_month_and_weekday_names_are_kept_once():
    """dates.toml holds them; numbers.toml and speakers.toml get them filled in."""
    months = [m for m, _ in sorted(data.month_names().items(), key=lambda m: m[1])]
    assert months[0] == "January" and len(months) == 12
    assert load("numbers")["dates"]["months"] == list(data.month_names())
    words = load("speakers")["words"]
    assert set(words["weekdays"]) == {w.lower() for w in data.weekday_names()}
    assert {m.lower() for m in months} <= set(words["not_names"])


def test_counts_that_only_rise_are_running_counts():
    from kfactcheck.grammar.vocab import vocab

    v = vocab()
    assert v.rising_counts < v.running_counts
    assert "missing" in v.running_counts - v.rising_counts  # the missing are found
