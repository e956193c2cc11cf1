"""The reader's data files: every pattern compiles, matches its examples and not its `not`."""

from __future__ import annotations

import re
import tomllib
from importlib import resources

import pytest

from kfactcheck.read import cleanup, outlet, pubdate

FURNITURE = cleanup.load_furniture_rules()
OUTLET_RULES = outlet.load_outlet_rules()


def _load(name: str) -> dict:
    with resources.files("kfactcheck").joinpath(f"data/{name}").open("rb") as f:
        return tomllib.load(f)


def test_furniture_rule_names_are_unique_and_complete():
    names = [r.name for r in FURNITURE]
    assert len(names) == len(set(names))
    for raw in _load("furniture.toml")["line"]:
        assert set(raw) <= {
            "name",
            "pattern",
            "case_sensitive",
            "caption",
            "needles",
            "tail",
            "examples",
            "not",
        }, raw["name"]
        assert raw["examples"], f"{raw['name']}: add an example line"
        assert raw["not"], f"{raw['name']}: add a line it must not match"


@pytest.mark.parametrize("rule", FURNITURE, ids=[r.name for r in FURNITURE])
def test_furniture_rule_matches_its_examples(rule):
    pattern = rule.compile()
    for line in rule.examples:
        assert pattern.fullmatch(line.strip()), f"{rule.name} misses {line!r}"
    for line in rule.not_examples:
        assert not pattern.fullmatch(line.strip()), f"{rule.name} wrongly matches {line!r}"


@pytest.mark.parametrize("rule", FURNITURE, ids=[r.name for r in FURNITURE])
def test_scanning_furniture_rule_has_needles_that_cover_its_examples(rule):
    # A pattern that starts by scanning (".{...}") is only tried where a needle occurs.
    if rule.pattern.lstrip().startswith("."):
        assert rule.needles, f"{rule.name} scans the line: give it needles"
    for line in rule.examples if rule.needles else ():
        assert any(n in line.lower() for n in rule.needles), f"{rule.name}: {line!r}"
    assert all(n == n.lower() for n in rule.needles)


@pytest.mark.parametrize("rule", FURNITURE, ids=[r.name for r in FURNITURE])
def test_furniture_examples_are_caught_inside_an_article(rule):
    # Through the real path (combined patterns, length limits, needles), not just the rule.
    for line in rule.examples:
        text = f"The river rose 2 metres overnight, officials said.\n\n{line}\n\nEnd."
        lines = cleanup.split_lines(text)
        assert 1 in cleanup.furniture(text, lines), f"{rule.name}: {line!r} kept"


def test_outlet_rules_are_valid():
    raw = _load("header.toml")
    assert [r["name"] for r in raw["rule"]] == [r.name for r in OUTLET_RULES]
    for key in ("published_cues", "updated_cues", "us_time_zones"):
        assert raw[key] and all(isinstance(w, str) and w for w in raw[key]), key
    assert not set(raw["published_cues"]) & set(raw["updated_cues"])


@pytest.mark.parametrize("rule", OUTLET_RULES, ids=[r.name for r in OUTLET_RULES])
def test_outlet_rule_matches_its_examples(rule):
    def match(line: str) -> re.Match[str] | None:
        if rule.match == "prefix":
            return rule.pattern.match(line)
        return rule.pattern.fullmatch(line)

    assert rule.examples and rule.not_examples and rule.needles
    for line in rule.examples:
        assert any(n in line for n in rule.needles), f"{rule.name}: no needle in {line!r}"
        m = match(line)
        assert m, f"{rule.name} misses {line!r}"
        if "(?P<outlet>" in rule.source:
            assert outlet.clean_name(m["outlet"]), line
    for line in rule.not_examples:
        assert not match(line), f"{rule.name} wrongly matches {line!r}"


def test_header_cues_compile_into_the_date_pattern():
    for cue in _load("header.toml")["published_cues"] + _load("header.toml")["updated_cues"]:
        assert pubdate.parse_date(f"{cue.capitalize()}: 2022-08-17") is not None, cue


@pytest.mark.parametrize(
    "rule",
    [r for r in FURNITURE if not r.case_sensitive and not r.needles],
    ids=[r.name for r in FURNITURE if not r.case_sensitive and not r.needles],
)
def test_case_insensitive_rules_are_written_in_lower_case(rule):
    # They run, combined, on the lower-cased line without re.I: "[A-Z]" would never match.
    letters = re.sub(r"\\[A-Za-z]", "", rule.pattern)
    assert letters == letters.lower(), rule.name
