"""The outlet an article shows itself to be from, and its byline lines.

Rules are general page shapes, never lists of real outlets: an "Outlet | Updated: ..." header,
a "Westmark Courier staff" byline, a "CITY (Outlet) -" dateline, a "Skip to more X sites" link,
a syndication note, a copyright line, a sign-off naming agencies ("sdi/dj (AP, Reuters)").
The patterns live in kfactcheck/data/header.toml; the first rule that names an outlet wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kfactcheck.data import load, load_file
from kfactcheck.read.cleanup import Line

HEADER_LINES = 12
FOOTER_LINES = 5

# A capitalised name of up to six words: "Westmark Courier", "The Daily Lamp", "AP".
_NAME_WORD = r"""(?:[A-Z0-9][\w&.'’-]*|of|the|and|&|de|del|der|la|le|du|al|on|for)"""
NAME = rf"""[A-Z0-9][\w&.'’-]*(?:[ ]{_NAME_WORD}){{0,5}}"""
# A pipe-header segment that names an outlet rather than a byline or a section.
_NAME_SEGMENT = re.compile(rf"(?!By\b)(?P<outlet>{NAME})")


@dataclass(frozen=True, slots=True)
class OutletRule:
    name: str
    where: str  # header | footer
    match: str  # line | prefix
    pattern: re.Pattern[str]
    source: str  # the pattern as written in the data file ({name} unexpanded)
    needles: tuple[str, ...]  # one occurs in every line the rule matches
    examples: tuple[str, ...]
    not_examples: tuple[str, ...]


@dataclass(slots=True)
class OutletFind:
    outlet: str | None = None
    rule: str | None = None  # which rule named it
    drop_lines: list[int] = field(default_factory=list)  # byline / staff lines
    cuts: dict[int, int] = field(default_factory=dict)  # line -> start of its kept part


def load_outlet_rules(path: str | None = None) -> list[OutletRule]:
    data = load("header") if path is None else load_file(path, "header")
    rules = []
    for r in data["rule"]:
        if r["where"] not in ("header", "footer") or r["match"] not in ("line", "prefix"):
            raise ValueError(f"outlet rule {r['name']!r}: bad `where` or `match`")
        pattern = r["pattern"].replace("{name}", NAME)
        rules.append(
            OutletRule(
                r["name"],
                r["where"],
                r["match"],
                re.compile(pattern),
                r["pattern"],
                tuple(r["needles"]),
                tuple(r.get("examples", ())),
                tuple(r.get("not", ())),
            )
        )
    return rules


@lru_cache(maxsize=1)
def _rules() -> tuple[OutletRule, ...]:
    return tuple(load_outlet_rules())


def clean_name(name: str) -> str | None:
    name = " ".join(name.split()).strip(" .,;:-–—|")
    return name if 1 < len(name) <= 60 and any(ch.isalpha() for ch in name) else None


def find_outlet(
    text: str,
    lines: list[Line],
    skip: set[int] | dict[int, str],
    header_names: list[tuple[int, int]] = (),  # type: ignore[assignment]
) -> OutletFind:
    """The outlet the text names, and the byline lines / dateline prefix to leave out of keep.

    `header_names` are the non-date segments of the header date line ("Reuters" in
    "Reuters | Updated: ..."); `skip` are lines already known not to be header lines
    (front matter), which no header rule looks at.
    """
    found = OutletFind()
    for s, e in header_names:
        m = _NAME_SEGMENT.fullmatch(text, s, e)
        if m and (name := clean_name(m["outlet"])):
            found.outlet, found.rule = name, "header"
            break
    head = [i for i in range(len(lines)) if i not in skip][:HEADER_LINES]
    foot = [i for i in range(len(lines)) if i not in skip][-FOOTER_LINES:]
    for rule in _rules():
        region = head if rule.where == "header" else foot[::-1]
        for i in region:
            s, e, _ = lines[i]
            line = text[s:e]
            if not any(n in line for n in rule.needles):
                continue
            m = rule.pattern.match(line) if rule.match == "prefix" else rule.pattern.fullmatch(line)
            if m is None:
                continue
            if rule.where == "header":
                if rule.match == "prefix":
                    found.cuts[i] = s + m.end()
                else:
                    found.drop_lines.append(i)
            name = m.groupdict().get("outlet")
            if found.outlet is None and name and (name := clean_name(name)):
                found.outlet, found.rule = name, rule.name
            if rule.match == "prefix":
                break  # only the first paragraph carries a dateline
    return found
