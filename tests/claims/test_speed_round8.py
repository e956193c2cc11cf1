"""Round-8 speed shortcuts give what the plain code gives (as test_speed_round7.py does for
round 7): each one against the plain code it stands for, on invented cases written to trip
it, on our corpora's sentences and on random strings."""

from __future__ import annotations

import pytest
from speedkit import SENTENCES, random_strings

from kfactcheck.claims import money
from kfactcheck.grammar import speakernames
from kfactcheck.grammar.speakerparse import _Tok, _tokens
from kfactcheck.grammar.speakerwords import _lexicon, full_names

CODES = ["en", "fr", "es", "de", "it", "pt", "nl", "hr"]

# pieces of a sum's clause and of a page's names: kind words, pending words, list joints,
# elisions, capitals, titles, weekdays, odd letters
PIECES = [" ", "  ", ", ", " et ", " and ", " y ", " e ", " und ", " o ", "l'", "d’", "-"]
PIECES += ["pledged", "promis", "prometido", "zugesagt", "pendientes", "owed", "loan", "paid"]
PIECES += ["versé", "pagato", "la famille", "Morvan", "la ville", "Dr.", "Gen.", "Minister"]
PIECES += ["Prime", "Jens", "Oriel Castellan", "Castellan", "NATO", "Monday", "de", "van"]
PIECES += ["Ana María", "O'Brien", "K", "ſ", "İ", "ı", "Σ", "Ügel", "’s", "'s", "said", "\n"]


def _texts(seed: int, n: int = 3000) -> list[str]:
    return random_strings(PIECES, n, seed, 12) + SENTENCES


# ------------------------------------------------------------------ a sum's kind (money)
def _plain_what(clause: str, code: str) -> tuple:
    """What money_what read from a clause before round 8: each test read its words anew."""
    kinds = money._kinds(code)
    return (
        money._last_kind(clause, money._pending(code)),
        money._last_kind(clause, kinds),
        bool(money._AND & {w.lower() for w in money._NAME.findall(clause)}),
    )


def _shared_what(clause: str, code: str) -> tuple:
    """The same three tests on the clause's words read once (money_what now)."""
    kinds = money._kinds(code)
    words = [w.lower() for w in money._NAME.findall(clause)]
    return (
        money._last_kind(clause, money._pending(code), words),
        money._last_kind(clause, kinds, words),
        not money._AND.isdisjoint(words),
    )


@pytest.mark.parametrize(
    "clause",
    [
        "la famille Morvan a promis",
        "aún tiene pendientes de pago",
        "the bank paid and",
        "l'État a versé",
        "",
        "et",
        "Zusagen und",
    ],
    ids=["pledge", "pending", "and-last", "elided", "empty", "joint-alone", "german"],
)
@pytest.mark.parametrize("code", CODES)
def test_sum_kind_words_read_once(clause: str, code: str) -> None:
    assert _shared_what(clause, code) == _plain_what(clause, code)


@pytest.mark.parametrize("code", ["en", "fr", "es", "de"])
def test_sum_kind_words_read_once_on_random_clauses(code: str) -> None:
    for clause in _texts(8, 1500):
        assert _shared_what(clause, code) == _plain_what(clause, code), clause


BEFORES = [
    "La famille Morvan a promis 30 millions et la ville ",
    "Madrid aún tiene ",
    "The bank paid $40m and the city ",
    "Le gouvernement va débloquer ",
    "Die Regierung hat weitere ",
    "",
]


@pytest.mark.parametrize("code", ["en", "fr", "es", "de"])
def test_money_what_reads_the_clause_words_it_is_given(code: str, monkeypatch) -> None:
    """money_what with the words it passes checked against the clause, and its answers
    against those of each test reading the clause anew."""
    plain = money._last_kind
    befores = BEFORES + [t + " " for t in _texts(11, 600)]
    afters = ["", " de promesses", " pour la reconstruction", " loan", " et 20 millions"]
    want = {}
    monkeypatch.setattr(money, "_last_kind", lambda clause, kinds, words=None: plain(clause, kinds))
    for before in befores:
        for after in afters:
            want[before, after] = money.money_what(before, after, code)

    def checked(clause, kinds, words=None):
        if words is not None:
            assert words == [w.lower() for w in money._NAME.findall(clause)], clause
        return plain(clause, kinds, words)

    monkeypatch.setattr(money, "_last_kind", checked)
    for (before, after), found in want.items():
        assert money.money_what(before, after, code) == found, (before, after)


# ------------------------------------------------------------------ a page's full names
def _plain_names(text: str, lex) -> list:
    """speakernames._Doc.names as written before round 8: every match split anew."""
    out = []
    for m in full_names(text, lex):
        nm = speakernames._split_name(m.group().split(), lex)
        if nm is None or not nm.tokens or nm.org or (nm.loose and not nm.title):
            continue
        out.append((m.start(), nm, " ".join(nm.tokens)))
    return out


@pytest.mark.parametrize("code", ["en", "fr", "de", "es"])
def test_names_split_once_per_spelling(code: str) -> None:
    lex = _lexicon(code)
    # a page of names written again and again, under other titles and after prepositions
    page = (
        "General Oriel Castellan said. In Brussels Oriel Castellan spoke. Oriel Castellan "
        "agreed with Prime Minister Ana Vance, and Ana Vance said NATO would help. Dr. Ana "
        "Vance, Oriel Castellan and Oriel Castellan again."
    )
    texts = [page, *(" ".join(t for t in _texts(9, 400)[i : i + 20]) for i in range(0, 400, 20))]
    for text in [*texts, " ".join(SENTENCES[:400])]:
        assert speakernames._Doc(text, lex).names == _plain_names(text, lex)


# ------------------------------------------------------------------ a verb's tokens
def _plain_tokens(text: str, a: int, b: int, lex) -> list[_Tok]:
    """speakerparse._tokens as written before round 8: each token built by _Tok(...)."""
    out = []
    for m in lex.token_re.finditer(text, a, b):
        kind, w = m.lastgroup or "X", m.group()
        if kind == "E":
            out.append(_Tok("W", w, w.lower(), m.start(), m.end(), False))
            continue
        out.append(_Tok(kind, w, w.lower(), m.start(), m.end(), kind == "A" or w[0].isupper()))
    return out


@pytest.mark.parametrize("code", CODES)
def test_tokens_built_as_the_named_tuple_builds_them(code: str) -> None:
    lex = _lexicon(code)
    for text in _texts(10, 800):
        got = _tokens(text, 0, len(text), lex)
        assert got == _plain_tokens(text, 0, len(text), lex), text
        # the same type and fields, not only equal tuples
        assert all(type(t) is _Tok for t in got)
        assert [t._asdict() for t in got] == [
            t._asdict() for t in _plain_tokens(text, 0, len(text), lex)
        ]
