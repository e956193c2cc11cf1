"""What a word of a figure's clause is when it is not the noun of what is counted, in the
languages other than English (claims/counted_lang.py asks): a participle after "be" or
"have" or by its ending ("è stato", "recensés"), a negation that turns a family into its
opposite ("personas no localizadas" are missing), a group of people named by who they are
("four children died" is a part of the dead), a home that people left ("lasciare la
propria abitazione": the evacuated, not homes).
"""

from __future__ import annotations

import re
from functools import cache

from kfactcheck.claims.parts import WORD
from kfactcheck.claims.places import PLACE_END
from kfactcheck.grammar.vocab import noun_concept, vocab

# Counts whose noun is itself what happened to the people ("dead", "survivors"): the cue
# of another family in the clause (a toll of the dead listed first, then the survivors)
# does not turn them into it, as it turns "12 soldiers were killed" into the dead.
STATUS_NOUNS = frozenset({"deaths", "injured", "missing", "rescued"})

# Before a noun of homes in a figure's clause: people left them ("le persone che hanno
# dovuto abbandonare la loro abitazione: 13.480 nel ..."), are out of them ("fora de
# casa", "fuori casa") or the homes are theirs ("la loro casa"): the figure counts people
_LEAVE = frozenset(
    """lasciare lasciato lasciata lasciati abbandonare abbandonato abbandonati dejar dejado
    dejaron abandonar abandonado abandonaron deixar deixado deixaram abandonaram quitter
    quitté quitte quittent verlassen verließen leave left flee fled abandon abandoned""".split()
)
_OUT_OR_OWN = frozenset(
    """fora fuori hors außer out outside propria proprie proprio propri loro sua sue suo
    suoi sus su suas seus seu leur leurs ihre ihren ihrer their own""".split()
)


def left_home(after: str, code: str) -> bool:
    """Whether the figure's own segment after its noun says they left their homes ("che
    hanno dovuto abbandonare la loro abitazione")."""
    seg = PLACE_END.search(after)
    words = WORD.findall(after[: seg.start() if seg else 100][:100])[:12]
    return any(
        noun_concept(w, code) == "homes" and home_left(words, k) == "evacuated"
        for k, w in enumerate(words)
    )


def home_left(words: list[str], k: int) -> str | None:
    """The family a noun of homes (words[k]) gives a figure of its clause: those who had
    to leave it are the evacuated; a home people are out of, or own, counts nothing by
    itself (None); else the homes."""
    near = {w.lower() for w in words[max(0, k - 3) : k]}
    if near & _LEAVE:
        return "evacuated"
    return None if near & _OUT_OR_OWN else "homes"


# forms of 'be' and 'have' before a participle: "è stato necessario", "le vittime sono
# state 13", "la stima era stata", "ha estado" are verbs, not the noun 'state' (countries)
_AUXILIARIES = frozenset(
    """è e' é sono era erano sia siano sarà saranno sarebbe sarebbero fosse fossero essere
    ha hanno aveva avevano han había habían haber habría tem têm tinha tinham havia ter
    sido foi foram""".split()
)


def after_auxiliary(words: list[str], k: int) -> bool:
    """Whether words[k] follows a form of 'be' or 'have': a participle, whatever noun it
    also spells."""
    return k > 0 and words[k - 1].lower() in _AUXILIARIES


# a family whose negation is another family: people not located are missing
OPPOSITE = {"located": "missing"}


def negated(family: str) -> str:
    """The family of those a negated cue or noun of `family` counts ("personas no
    localizadas" are missing; "17 sem identificação" are "identified:not")."""
    return OPPOSITE.get(family, f"{family}:not")


NEGATION = re.compile(r"(?<!\w)(?:sem|sin|sans|ohne|senza|zonder|bez|non|not|no|nicht|não|ne)\s")


# counts a group named by who they are is a part of ("four children died")
SUBSET_WHOLES = frozenset({"deaths", "injured", "missing"})


@cache
def _subgroups(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in vocab().raw["languages"][code].get("subgroups", ()))


def subgroup(word: str, code: str) -> bool:
    """Whether a noun names people by who they are among others ("children", "extranjeros",
    "Kinder"): data/units.toml [languages.*] subgroups."""
    return word in _subgroups(code)


@cache
def _participle_endings(code: str) -> tuple[str, ...]:
    return tuple(vocab().raw["participles"].get(code, ()))


def participle(word: str, code: str) -> bool:
    """Whether a lower-case word is a past participle ("recensés", "registrados"): what was
    done to those counted, not a noun of what they are; a noun we know ("soldados") is a
    noun whatever its ending (data/units.toml [participles])."""
    return word.endswith(_participle_endings(code)) and noun_concept(word, code) is None
