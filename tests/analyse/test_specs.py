"""Subject spec files: the shipped example loads; every mistake names file, line and key."""

from __future__ import annotations

import pytest
from conftest import ROOT

from kfactcheck.analyse.specs import discover_specs, load_spec_file, load_specs
from kfactcheck.errors import SpecError


def test_shipped_example_loads():
    specs = load_specs(sorted((ROOT / "claims").glob("*.toml")))
    keys = {s.key for s in specs}
    assert {"kfor-troops", "plate-rule-deadline", "kosovo-population"} <= keys
    troops = next(s for s in specs if s.key == "kfor-troops")
    assert troops.unit == "troops" and troops.window_days == 60 and troops.tolerance == 0.03


GOOD = """\
[subject.quake-deaths]
label = "Deaths in the quake"
unit = "people"
aliases = ["dead", "killed"]
direction = "up"
"""

BAD = [
    pytest.param(
        '[subject.x]\nlabel = "X"\nalises = ["a"]\n',
        "spec.toml:3: unknown key 'alises' in [subject.x] (did you mean 'aliases'?)",
        id="typo-in-key",
    ),
    pytest.param(
        '[subject.x]\nlabel = "X"\n\ntolerance = "5%"\n',
        "spec.toml:4: key 'tolerance' in [subject.x] must be int or float, not str",
        id="wrong-type",
    ),
    pytest.param(
        '[subject.x]\naliases = ["a", 3]\n',
        "spec.toml:2: key 'aliases' in [subject.x] must be a list of strings",
        id="list-of-mixed-types",
    ),
    pytest.param(
        '[subject.x]\ndirection = "sideways"\n',
        "spec.toml:2: key 'direction' in [subject.x] must be one of any, up, down",
        id="bad-direction",
    ),
    pytest.param(
        "[subject.x]\ntolerance = 2\n",
        "spec.toml:2: key 'tolerance' in [subject.x] must be between 0 and 1",
        id="tolerance-out-of-range",
    ),
    pytest.param(
        "[subject.x]\nwindow = 0\n",
        "spec.toml:2: key 'window' in [subject.x] must be at least 1 (days)",
        id="window-zero",
    ),
    pytest.param(
        '[subjects.x]\nlabel = "X"\n',
        "spec.toml:1: unknown table or key 'subjects' (specs are [subject.NAME] tables)",
        id="misspelt-table",
    ),
    pytest.param(
        '[subject.x]\nlabel = "X\n',
        "spec.toml: Illegal character '\\n' (at line 2, column 11)",
        id="toml-syntax-error",
    ),
    pytest.param(
        '[subject.Big_Name]\nlabel = "X"\n',
        "spec.toml:1: subject name 'Big_Name' must be lowercase letters, digits and - _ . :",
        id="bad-subject-name",
    ),
]


@pytest.mark.parametrize("text, message", BAD)
def test_mistakes_name_file_line_and_key(tmp_path, text, message):
    f = tmp_path / "spec.toml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(SpecError) as exc:
        load_spec_file(f)
    assert str(exc.value) == f"{tmp_path}/{message}"


def test_good_spec(tmp_path):
    f = tmp_path / "quake.toml"
    f.write_text(GOOD, encoding="utf-8")
    (spec,) = load_spec_file(f)
    assert (spec.key, spec.unit, spec.direction, spec.aliases) == (
        "quake-deaths",
        "people",
        "up",
        ("dead", "killed"),
    )


def test_same_subject_in_two_files_is_an_error(tmp_path):
    for name in ("a.toml", "b.toml"):
        (tmp_path / name).write_text(GOOD, encoding="utf-8")
    with pytest.raises(SpecError, match="already defined"):
        load_specs(sorted(tmp_path.glob("*.toml")))


def test_discovery_beside_corpus_and_explicit(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    corpus = tmp_path / "news" / "quake"
    corpus.mkdir(parents=True)
    (tmp_path / "news" / "claims").mkdir()
    (tmp_path / "news" / "claims" / "q.toml").write_text(GOOD, encoding="utf-8")
    assert [p.name for p in discover_specs([str(corpus)])] == ["q.toml"]
    with pytest.raises(SpecError, match="no such folder"):
        discover_specs([str(corpus)], explicit=str(tmp_path / "missing"))
