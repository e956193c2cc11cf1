"""Whether a cost noun stands between a sum and the word of money.toml [kinds] read for it
in its clause: "the council raised its estimate to £4bn" is an estimate of a cost, not money
collected; "gave a view of outlays near £10bn" is no pledge (money.money_what)."""

from __future__ import annotations

import re
from functools import cache

from kfactcheck.data import load

_WORD = re.compile(r"[^\W\d_]+")


@cache
def _estimates(code: str) -> frozenset[str]:
    return frozenset(load("money")["estimates"].get(code, ()))


def cost_nearer(clause: str, code: str, kinds: dict[str, str]) -> bool:
    """Whether, reading the clause back from its end (the sum), a cost noun of `code`
    comes before any word of `kinds` (money.toml's words of a kind, in that language)."""
    estimates = _estimates(code)
    if not estimates:
        return False
    words = [w.lower() for w in _WORD.findall(clause)]
    for i in range(len(words) - 1, -1, -1):
        two = " ".join(words[i : i + 2])
        if two in estimates or words[i] in estimates:
            return True
        if two in kinds or words[i] in kinds:
            return False
    return False
