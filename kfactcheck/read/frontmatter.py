"""Front matter at the top of a Markdown (or text) article: `---` YAML-style or `+++` TOML.

Only flat `key: value` pairs are read (title, date, outlet, url, ...); a full YAML parser is
not needed for that and is not a dependency.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field

# "---\n...\n---" (YAML style) or "+++\n...\n+++" (TOML style) at the very start of the text.
_BLOCK = re.compile(
    r"""\A(?P<fence>---|\+\+\+)[ \t]*\n   # opening fence
        (?P<body>.*?)                     # key: value lines
        ^(?P=fence)[ \t]*(?:\n|\Z)        # closing fence on its own line
    """,
    re.S | re.M | re.X,
)
_PAIR = re.compile(r"(?P<key>[A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(?P<value>.*?)[ \t]*\Z")


@dataclass(slots=True)
class FrontMatter:
    end: int  # offset just after the closing fence
    fields: dict[str, str] = field(default_factory=dict)  # key (lower case) -> value
    lines: dict[str, str] = field(default_factory=dict)  # key -> the line, verbatim


def read_front_matter(text: str) -> FrontMatter | None:
    """The front matter block at the start of `text`, or None when there is none."""
    if not text.startswith(("---", "+++")):
        return None
    m = _BLOCK.match(text)
    if m is None:
        return None
    fm = FrontMatter(end=m.end())
    toml_values: dict = {}
    if m["fence"] == "+++":
        try:
            toml_values = tomllib.loads(m["body"])
        except tomllib.TOMLDecodeError:
            toml_values = {}
    for raw in m["body"].split("\n"):
        pm = _PAIR.match(raw.strip())
        if pm is None:
            continue
        key = pm["key"].lower()
        value = toml_values.get(pm["key"], pm["value"])
        value = str(value).strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if value and key not in fm.fields:
            fm.fields[key] = value
            fm.lines[key] = raw.strip()
    return fm
