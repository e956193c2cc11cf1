"""Who a part of a count of people is, one key in every language: a part read as "the dead,
children" ("deaths:part children"), "deaths:part niñ", "deaths:crianc" or "deaths:part
menor" is one quantity, the children of the toll ("deaths:part children"). The words are data
(units.toml [who]), matched by the stem each language's part names are written with.
"""

from __future__ import annotations

from kfactcheck.claims.whoparts import who_names


def who_part(base: str) -> str:
    """`base` with a part of people named by who they are keyed by the [who] name
    ("deaths:part crianc" -> "deaths:part children"); any other base as it is."""
    family, colon, rest = base.partition(":")
    if not colon or not rest:
        return base
    words = rest.removeprefix("part ").split()
    if not words or words[0] in ("part", "serious", "not", "projected"):
        return base
    name = who_names().get(words[0])
    return f"{family}:part {name}" if name else base
