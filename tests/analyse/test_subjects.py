"""Subject keys from what is counted and whose; specs first; fuzzy lookup by the user."""

from __future__ import annotations

import pytest

from kfactcheck.analyse.specs import SubjectSpec
from kfactcheck.analyse.subjects import assign_subjects, match_subject
from kfactcheck.errors import UsageError
from kfactcheck.model import Claim


def c(family, unit="people", scope=(), text="x", quote="x", modifiers=()):
    return Claim(
        document="d",
        value=1,
        low=1,
        high=1,
        qualifier="exact",
        unit=unit,
        as_of="2022-01-01",
        text=text,
        start=0,
        end=1,
        quote=quote,
        terms=(family, *modifiers),
        scope=tuple(scope),
    )


SAME = [
    pytest.param(
        c("troops", "troops", ["kosovo"]),
        c("troops", "troops", ["nato"]),
        id="troops-in-kosovo-and-nato-peacekeepers",
    ),
    pytest.param(c("troops", "troops"), c("troops", "troops", ["kfor"]), id="scope-missing"),
    pytest.param(c("crossing"), c("crossing"), id="same-noun"),
    pytest.param(
        c("licence-plate", "items"), c("license-plate", "items"), id="spelling-variant-fuzzy"
    ),
    pytest.param(c("year:independence", "year"), c("year:independence", "year"), id="years"),
]

DIFFERENT = [
    pytest.param(
        c("serb", scope=["northern kosovo"]),
        c("serb", scope=["kosovo"]),
        id="northern-kosovo-is-not-kosovo",
    ),
    pytest.param(
        c("population", scope=["kosovo"]),
        c("population", scope=["serbia"]),
        id="population-of-two-places",
    ),
    pytest.param(
        c("share:serbs", "percent"),
        c("share:ethnic albanian", "percent"),
        id="shares-of-different-groups",
    ),
    pytest.param(c("deaths"), c("injured"), id="dead-vs-injured"),
    pytest.param(
        c("year:independence", "year"), c("since:active", "year"), id="event-year-vs-start-year"
    ),
    pytest.param(c("troops", "troops"), c("countries", "countries"), id="troops-vs-countries"),
    pytest.param(c("deadline", "date"), c("year:independence", "year"), id="date-vs-year"),
]


@pytest.mark.parametrize("a, b", SAME)
def test_same_subject(a, b):
    assign_subjects([a, b])
    assert a.subject == b.subject


@pytest.mark.parametrize("a, b", DIFFERENT)
def test_different_subjects(a, b):
    assign_subjects([a, b])
    assert a.subject != b.subject


def test_keys_and_labels_are_readable():
    a = c("serb", scope=["northern kosovo"])
    b = c("troops", "troops", ["kosovo"])
    assign_subjects([a, b])
    assert (a.subject, a.subject_label) == ("serb-northern-kosovo", "serb (northern kosovo)")
    assert (b.subject, b.subject_label) == ("troops", "troops (kosovo)")


def test_spec_takes_precedence():
    spec = SubjectSpec(
        key="kfor-troops",
        label="KFOR troops",
        unit="troops",
        aliases=("troops", "peacekeepers"),
        scope=("NATO",),
    )
    a = c(
        "troops",
        "troops",
        text="3,700 NATO peacekeepers",
        quote="Around 3,700 NATO peacekeepers are still stationed there.",
    )
    b = c("troops", "troops", text="200 troops", quote="Serbia keeps 200 troops at the line.")
    assign_subjects([a, b], [spec])
    assert a.subject == "kfor-troops" and a.subject_label == "KFOR troops"
    assert b.subject == "troops"


SPEC = SubjectSpec(
    key="kfor-troops",
    label="KFOR troops",
    unit="troops",
    aliases=("peacekeepers", "unit"),
    scope=("NATO", "KFOR mission"),
    exclude=("Serbian",),
)


@pytest.mark.parametrize(
    "text, quote, scope, matches",
    [
        pytest.param("3,700 peacekeepers", "NATO has 3,700 peacekeepers.", (), True, id="alias"),
        pytest.param("3,700 PEACEKEEPERS", "nato has 3,700 PEACEKEEPERS.", (), True, id="any-case"),
        pytest.param("a 3,700 unit", "NATO has a 3,700 unit.", (), True, id="short-alias"),
        pytest.param(
            "3,700 units", "NATO has 3,700 units.", (), False, id="short-alias-exact-only"
        ),
        pytest.param("3,700 peacekepers", "NATO has 3,700 peacekepers.", (), True, id="misspelt"),
        pytest.param(
            "3,700 peacekeepers", "The KFOR missions have 3,700 peacekeepers.", (), True, id="scope"
        ),
        pytest.param(
            "3,700 peacekeepers", "Serbia has 3,700 peacekeepers.", (), False, id="no-scope-word"
        ),
        pytest.param(
            "3,700 peacekeepers", "NATO has 3,700 peacekeepers.", ("serbian",), False, id="excluded"
        ),
    ],
)
def test_spec_aliases_scope_and_exclusions(text, quote, scope, matches):
    """A spec matches on its aliases as whole words in any case, a long one also misspelt,
    then on a scope word anywhere in the sentence, unless the claim's scope is excluded."""
    claim = c("forces", "troops", scope=scope, text=text, quote=quote)
    assign_subjects([claim], [SPEC])
    assert (claim.subject == "kfor-troops") is matches


@pytest.mark.parametrize(
    "query, key",
    [
        pytest.param("troops", "troops", id="exact-key"),
        pytest.param("troop", "troops", id="close"),
        pytest.param("year of independence", "year-independence", id="by-label"),
    ],
)
def test_match_subject(query, key):
    claims = [c("troops", "troops"), c("year:independence", "year"), c("deadline", "date")]
    assign_subjects(claims)
    assert match_subject(query, claims) == key


def test_match_subject_suggests_when_nothing_matches():
    claims = [c("troops", "troops"), c("deadline", "date")]
    assign_subjects(claims)
    with pytest.raises(UsageError, match="no subject matches 'zebra crossings'; did you mean"):
        match_subject("zebra crossings", claims)


def _labelled(pairs):
    claims = []
    for key, label in pairs:
        claim = c(key)
        claim.subject, claim.subject_label = key, label
        claims.append(claim)
    return claims


NAMED = _labelled(
    [
        ("brask-troops", "BRASK troops in Oland"),
        ("brask-countries", "Countries contributing troops to BRASK"),
        ("gate-rule-deadline", "Date the toll-gate rule takes effect"),
        ("oland-population", "Population of Oland"),
        ("oland-date-talks", "date of talks [Oland]"),
    ]
)


@pytest.mark.parametrize(
    "query, key",
    [
        pytest.param("gate", "gate-rule-deadline", id="unique-part-of-key-and-label"),
        pytest.param("toll", "gate-rule-deadline", id="unique-word-of-label"),
        pytest.param("troops", "brask-troops", id="a-key-before-a-label"),
        pytest.param("POPULATION", "oland-population", id="part-any-case"),
        pytest.param("talks oland", "oland-date-talks", id="words-any-order"),
        pytest.param("brask troops in oland", "brask-troops", id="label-any-case"),
    ],
)
def test_match_subject_by_part_or_word(query, key):
    """A part or the words of exactly one key or label name that subject (issue 22.11)."""
    assert match_subject(query, NAMED) == key


@pytest.mark.parametrize(
    "query, listed",
    [
        pytest.param("BRASK", "brask-countries, brask-troops", id="part-of-two-keys"),
        pytest.param("oland", "oland-date-talks, oland-population", id="keys-before-labels"),
        pytest.param(" of ", "oland-date-talks, oland-population", id="part-of-two-labels"),
    ],
)
def test_match_subject_ambiguous_names_them(query, listed):
    with pytest.raises(UsageError, match=f"subject '{query}' is ambiguous: {listed}$"):
        match_subject(query, NAMED)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        pytest.param("España deaths", "espana-deaths", id="accent-folded-not-a-dash"),
        pytest.param("Köln Verletzte", "koln-verletzte", id="umlaut-folded"),
        pytest.param("São Paulo", "sao-paulo", id="tilde-and-cedilla"),
        pytest.param("Београд жртве", "београд-жртве", id="cyrillic-kept"),
        pytest.param("crowd (police)", "crowd-police", id="punctuation-one-dash"),
        pytest.param("a_b  c", "a-b-c", id="underscore-is-a-separator"),
        pytest.param("!!", "subject", id="nothing-left"),
    ],
)
def test_keys_fold_accents(text, key):
    from kfactcheck.analyse.subjects import _slug

    assert _slug(text) == key


# (the story's counts of people by family, whether a bare count of "people" joins the other)
ONE_KIND = [
    pytest.param(["crowd", "crowd"], True, id="a-march-story-counts-marchers-only"),
    pytest.param(["deaths", "injured"], False, id="dead-and-injured-people-may-be-either"),
    pytest.param(["crowd", "mitarbeiter"], False, id="marchers-and-employees-people-may-be-either"),
    pytest.param([], False, id="no-other-kind-people-stay-people"),
    pytest.param(["deaths", "deaths"], False, id="a-toll-s-bare-people-may-be-a-part-or-survivors"),
    # a role counted beside the public: "2,000 people fled" are not firefighters
    pytest.param(["firefighters", "firefighters"], False, id="firefighters-people-are-the-public"),
    pytest.param(["evacuated"], False, id="evacuated-people-may-be-residents"),
    # staff on duty at a march do not make a second kind of the public
    pytest.param(["crowd", "crowd", "firefighters"], True, id="march-with-rescuers-on-duty"),
    pytest.param(
        ["firefighters", "evacuated"], False, id="rescuers-and-evacuees-people-may-be-residents"
    ),
    pytest.param(["arrests"], False, id="arrested-people-are-not-all-people"),
]


@pytest.mark.parametrize(("families", "joins"), ONE_KIND)
def test_bare_people_are_the_one_kind_a_story_counts(families, joins):
    """ "90.000 personnes à Lorvy" in a story whose other counts are all of marchers is a
    count of marchers; in a story of the dead and the injured it may be either."""
    others = [c(f, quote=f"{i}") for i, f in enumerate(families)]
    bare = c("people")
    assign_subjects([*others, bare])
    assert any(o.subject == bare.subject for o in others) is joins, [
        (x.terms, x.subject) for x in [*others, bare]
    ]


# (families with their figures, the bare count, joins): another kind of people blocks the
# one-kind rule only with figures of the bare count's order of size
SIZED_KINDS = [
    pytest.param(
        [("crowd", 80000), ("privatperson", 2)], 80000, True, id="two-registrants-beside-a-march"
    ),
    pytest.param(
        [("crowd", 80000), ("mitarbeiter", 20000)], 80000, False, id="employees-of-that-size"
    ),
    pytest.param([("crowd", 900), ("volunteer", 89)], 900, True, id="under-a-tenth-is-apart"),
    pytest.param([("crowd", 900), ("volunteer", 90)], 900, False, id="a-tenth-is-of-that-order"),
]


@pytest.mark.parametrize(("families", "value", "joins"), SIZED_KINDS)
def test_a_kind_far_smaller_than_a_bare_count_is_not_what_it_counts(families, value, joins):
    others = []
    for i, (family, figure) in enumerate(families):
        other = c(family, quote=f"{i}")
        other.value = other.low = other.high = figure
        others.append(other)
    bare = c("people")
    bare.value = bare.low = bare.high = value
    assign_subjects([*others, bare])
    crowd = others[0]
    assert (crowd.subject == bare.subject) is joins, [(x.terms, x.subject) for x in [*others, bare]]
