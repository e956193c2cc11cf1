"""The shortcuts that made a sentence of many weekdays and figures cheaper give what the
plain code gives: each one against the plain code it stands for, on invented cases
written to trip it, on our corpora's sentences and on random strings (with letters that
match others case-blind: "K" the kelvin sign, "ſ" the long s, "İ")."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from speedkit import SENTENCES, random_strings

from kfactcheck.claims import counted, opening, parts
from kfactcheck.grammar.vocab import vocab

PIECES = [" ", "  ", "\n", ",", ".", "on", "Monday", "5", "people", "and", "la", "le", "l'"]
PIECES += ["as many as", "AS MUCH AS", "more than", "compared to", "autant qu’", "comme"]
PIECES += ["so viele wie", "mehr als", "tantos como", "más que", "mais do que", "più di"]
PIECES += ["rispetto", "Now", "ahora", "AGORA", "maintenant", "désormais", "jetzt", "nun"]
PIECES += ["ora", "adesso", "including", "Among them", "darunter", "entre os quais"]
PIECES += ["tra cui", "među kojima", "einschließlich", "é", "K", "ſ", "İ", "ı", "ß"]
PIECES += ["par rapport au", "comparé à", "im Vergleich zum", "gegenüber", "frente al", "do que"]
PIECES += ["respecto a", "comparado con", "em relação a", "in confronto al", "als", "than"]
PIECES += ["called for new strikes", "CALLS FOR", "appelé à", "llamaron a", "convocaron para"]
PIECES += ["apelaram a", "aufgerufen", "rufen zu", "invitato a", "indetto"]
PIECES += ["Like", "as", "in", "wie schon am", "Como", "come già il", "Al igual que", "déjà"]


def _random_strings(n: int, seed: int, k: int = 12) -> list[str]:
    return random_strings(PIECES, n, seed, k)


TEXTS = SENTENCES + _random_strings(3000, seed=8)
INVENTED = [
    "as many as on Monday",
    "autant que le 2 mars",
    "AUTANT QU’au",
    "mehr als am Montag",
    "im Vergleich zum Vorjahr am",
    "and the unions called for new strikes on",
    "tantas como el lunes",
    "più che il",
    "compared with ſunday",
    "now 400 troops, and on",
    "Ahora son 12 y el",
    "including 40 from",
    "Like on 7 March, 30",
    "wie schon am 7. März",
    "Al igual que el 7",
]


def _plain_like(text: str, d) -> bool:
    like = opening._LIKE.search(text, max(0, d.start - 40), d.start)
    if like is None:
        return False
    if like.group("en") and (
        not d.text.lower().startswith(("on ", "in ", "last "))
        or opening._AS_ADVERB.search(text, max(0, like.start() - 20), like.start())
    ):
        return False
    return bool(like.group("already")) or opening._CLOSES.match(text, d.end) is not None


@pytest.mark.parametrize("source", ["invented", "corpora-and-random"])
def test_compared_day_shortcut_agrees_with_the_pattern(source):
    # every window end in every text: a date starting there
    found = 0
    for text in INVENTED if source == "invented" else TEXTS:
        for i in range(len(text) + 1):
            d = SimpleNamespace(start=i, end=i, text=text[i : i + 12])
            plain = (
                opening._COMPARED.search(text, max(0, i - 40), i) is not None
                or _plain_like(text, d)
                or opening._CALLED_FOR.search(text, max(0, i - 60), i) is not None
            )
            assert opening._compared(text, d) == plain, (text, i)
            found += plain
    assert found  # the cases do hold comparisons


@pytest.mark.parametrize("source", ["invented", "corpora-and-random"])
def test_now_before_shortcut_agrees_with_the_pattern(source):
    found = 0
    for text in INVENTED if source == "invented" else TEXTS:
        for i in range(len(text) + 1):
            lo = max(0, i - 40)
            plain = opening._NOW_BEFORE.search(text, lo, i) is not None
            assert opening._now_before(text, lo, i) == plain, (text, i)
            found += plain
    assert found


@pytest.mark.parametrize("code", ["en", "fr", "de", "es", "pt", "it", "nl", "hbs", "xx"])
def test_among_whom_shortcut_lets_every_match_through(code):
    # the shortcut answers None only where the pattern finds nothing
    pattern = parts._among_whom(code)
    words = vocab().raw["among_whom"].get(code, ())
    texts = TEXTS + [f"90 injured, {w.upper()} 70 civilians, " for w in words]
    for clause in texts:
        low = clause.lower()
        passes = not clause.isascii() or any(w in low for w in parts._ascii_among(code))
        if pattern is not None and pattern.search(clause):
            assert passes, (code, clause)


@pytest.mark.parametrize(
    "after",
    [
        pytest.param(" living in the northern Belmar hills", id="participle-place"),
        pytest.param(" in the town Kessby itself", id="place-word"),
        pytest.param(" and on Tuesday 7 people", id="no-place"),
        pytest.param(" stationed across the southern Oblast", id="participle-across"),
        pytest.param(" killed", id="short"),
    ],
)
def test_trailing_scope_reads_no_further_than_noun_phrase_takes(after):
    # noun_phrase takes five tokens after a place word or participle, else two: the scope
    # read from them is that of the eight it took before
    for text in [after, *(s[i:] for s in SENTENCES[:200] for i in range(0, len(s), 7))]:
        tokens = list(counted._TOKEN.finditer(text))
        first = tokens[0].group().lower() if tokens else ""
        wide = first in counted._PLACE_WORDS or first.endswith(("ing", "ed"))
        taken = tokens[: 5 if wide else 2]
        assert counted._trailing_scope(taken) == counted._trailing_scope(tokens[:8]), text
