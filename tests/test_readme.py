"""README.md documents every command and every option of the command line, as the CLI
declares them (the way sqlite-utils' test_docs.py checks its docs against click).

Each command has a `### \\`kfactcheck NAME ...\\`` section that names each of its options,
or says it takes the report options, which the "Report options" section lists."""

from __future__ import annotations

import re

import pytest
import typer.main
from conftest import ROOT

from kfactcheck.cli import app

README = (ROOT / "README.md").read_text(encoding="utf-8")
GROUP = typer.main.get_command(app)
COMMANDS = sorted(GROUP.commands)


def sections() -> dict[str, str]:
    """Each `### heading` of the README -> its text up to the next heading."""
    parts = re.split(r"^(#{2,3} .*)$", README, flags=re.M)
    return {
        head.lstrip("#").strip(): body for head, body in zip(parts[1::2], parts[2::2], strict=True)
    }


SECTIONS = sections()
SHARED = SECTIONS["Report options"]


def command_section(name: str) -> str:
    for head, body in SECTIONS.items():
        if head.startswith(f"`kfactcheck {name} ") or head == f"`kfactcheck {name}`":
            return body
    raise AssertionError(f"README.md has no section `### kfactcheck {name} ...`")


def long_options(command) -> list[str]:
    return [
        next(o for o in p.opts if o.startswith("--"))
        for p in command.params
        if p.param_type_name == "option" and not p.hidden
    ]


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_a_section(name):
    command_section(name)


CASES = [
    pytest.param(name, option, id=f"{name} {option}")
    for name in COMMANDS
    for option in long_options(GROUP.commands[name])
]


@pytest.mark.parametrize(("name", "option"), CASES)
def test_every_option_is_documented(name, option):
    text = command_section(name)
    named = re.search(rf"`{re.escape(option)}\b", text)
    shared = "report options" in text and re.search(rf"`{re.escape(option)}\b", SHARED)
    assert named or shared, f"README.md: `kfactcheck {name}` does not document {option}"


def test_the_root_options_are_documented():
    for option in long_options(GROUP):
        assert f"`kfactcheck {option}`" in README


def test_the_readme_names_no_command_the_cli_lacks():
    named = set(re.findall(r"^### `kfactcheck ([a-z]+)", README, flags=re.M))
    assert named == set(COMMANDS)


def test_the_readme_has_no_commit_hashes():
    """The README is the user's manual; the history of measurements is bench/README.md's."""
    hashes = re.findall(r"\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{7,40}\b", README)
    assert not [h for h in hashes if not re.search(rf"_{h}|{h}\.txt", README)], hashes
