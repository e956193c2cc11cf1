"""`docs` shows each document's story; `--stories one` puts a folder in one story."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT
from typer.testing import CliRunner

from kfactcheck.cli import app

FLOOD = str(ROOT / "tests" / "data" / "flood")
STORIES = str(ROOT / "tests" / "data" / "stories")


def _stories(args: list[str]) -> set[str]:
    got = CliRunner().invoke(app, ["docs", *args, "--format", "json"])
    assert got.exit_code == 0, got.output
    return {d["story"] for d in json.loads(got.stdout)}


# (folder, options, stories found)
CASES = [
    pytest.param(FLOOD, [], 1, id="flood-one-story"),
    pytest.param(STORIES, [], 6, id="six-invented-stories"),
    pytest.param(STORIES, ["--stories", "one"], 1, id="forced-one"),
    pytest.param(STORIES, ["--stories", "auto"], 6, id="auto-is-the-default"),
]


@pytest.mark.parametrize(("folder", "options", "want"), CASES)
def test_docs_story(folder, options, want):
    assert len(_stories([folder, *options])) == want


def test_docs_table_names_the_story():
    got = CliRunner().invoke(app, ["docs", FLOOD], env={"COLUMNS": "160"})
    assert got.exit_code == 0
    assert "Story" in got.stdout and "Corrandale" in got.stdout


def test_check_takes_stories_one():
    got = CliRunner().invoke(
        app, ["report", STORIES, "--stories", "one", "--no-index", "--format", "json"]
    )
    assert got.exit_code == 0, got.output
    keys = {c["subject"].split("-")[0] for c in json.loads(got.stdout)["claims"]}
    assert len(keys) == 1  # every subject key starts with the one story's name
