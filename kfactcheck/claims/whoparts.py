"""Who a part of a count of people is (children, women, men), one name in every language
(data/units.toml [who]), and the parts of one sentence read together: "33 mulheres e 18
homens entre os mortos, sendo 7 bebês" are three parts of the toll although only the
second stands next to "entre os mortos"; "subió a 52, incluidos cinco niños" is the toll's
children. who_part keys a part by the same names.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from kfactcheck.grammar.vocab import stem, vocab

if TYPE_CHECKING:
    from kfactcheck.model import Claim


@cache
def who_names() -> dict[str, str]:
    """Every stem (and word as written) of a [who] word, in every language -> its name."""
    out: dict[str, str] = {}
    for name, table in vocab().raw["who"].items():
        for code, words in table.items():
            for w in words:
                out.setdefault(w, name)
                out.setdefault(stem(w, code), name)
    return out


def who_of(family: str) -> str | None:
    """The [who] name of a part family ("deaths:part crianc", "deaths:mulh"), else None."""
    _, colon, rest = family.partition(":")
    words = rest.removeprefix("part ").split() if colon else []
    return who_names().get(words[0]) if words else None


def who_part(family: str) -> str:
    """`family` with a part of people named by who they are keyed by its [who] name, so
    that "deaths:part niñ", "deaths:crianc" and "deaths:part children" are one quantity,
    the toll's children (analyse/subjects.py); any other family as it is."""
    name = who_of(family)
    return f"{family.partition(':')[0]}:part {name}" if name else family


# words that open the parts of the count before them ("incluidos cinco niños")
_INCLUDING = re.compile(
    r"(?i)(?<!\w)(?:including|included|among\s+them|of\s+(?:whom|them)|incluid[oa]s"
    r"|incluyendo|entre\s+(?:ell[oa]s|el[ae]s|estos|estas|os\s+quais|as\s+quais|los\s+cuales)"
    r"|sendo|siendo|dont|parmi\s+(?:eux|elles|lesquels|lesquelles)|darunter|davon"
    r"|tra\s+(?:cui|questi|loro)|di\s+cui|waaronder|waarvan|među\s+njima|od\s+kojih)(?!\w)"
)


def _people_whole(family: str) -> str | None:
    kind = family.partition(":")[0]
    spec = vocab().families.get(kind)
    return kind if spec is not None and spec.unit == "people" and kind != "people" else None


def who_parts(claims: list[Claim], sentence: str, base: int) -> None:
    """Make each bare count of a [who] group ("12 crianças", "cinco niños") a part of the
    count of people its sentence gives a part of, or of the count before it when a word for
    "including" stands between them."""
    names = who_names()
    for i, c in enumerate(claims):
        own = c.terms[0] if c.terms else ""
        if c.unit != "people" or not own or ":" in own or own not in names:
            continue
        whole = next(
            (
                k
                for o in claims
                if o is not c and who_of(o.terms[0]) and (k := _people_whole(o.terms[0]))
            ),
            None,
        )
        if whole is None:
            before = [o for o in claims[:i] if ":" not in o.terms[0] and _people_whole(o.terms[0])]
            gap = sentence[before[-1].end - base : c.start - base] if before else ""
            if before and _INCLUDING.search(gap) and not re.search(r"\d", gap):
                whole = before[-1].terms[0]
        if whole is not None:
            c.terms = (f"{whole}:part {own}", *c.terms[1:])
