"""A part of a count named by the place it is counted in ("7,200 in all, including 5,400 in
Ardania") is that place's count: the same subject as "the toll in Ardania". Invented."""

from __future__ import annotations

import pytest

from kfactcheck.analyse.subjects import assign_subjects
from tests.analyse.test_subjects import c

SAME = [
    pytest.param(
        c("deaths:part ardania", scope=["in ardania"]),
        c("deaths", scope=["in ardania"]),
        id="part-named-by-its-own-place",
    ),
    pytest.param(
        c("injured:part ostmark", scope=["in ostmark"]),
        c("injured", scope=["in ostmark"]),
        id="injured-part-by-place",
    ),
]

DIFFERENT = [
    pytest.param(
        c("deaths:part ardania", scope=["in belmar"]),
        c("deaths", scope=["in belmar"]),
        id="part-named-by-another-place",
    ),
    pytest.param(
        c("deaths:part children", scope=["in ardania"]),
        c("deaths", scope=["in ardania"]),
        id="part-by-who-stays-a-part",
    ),
]


@pytest.mark.parametrize("a, b", SAME)
def test_same_subject(a, b):
    assign_subjects([a, b])
    assert a.subject == b.subject


@pytest.mark.parametrize("a, b", DIFFERENT)
def test_different_subjects(a, b):
    assign_subjects([a, b])
    assert a.subject != b.subject
