"""Command-line interface: parses options, calls one library function, renders.

`commands` declares the commands on one Typer app, `options` the option types they share
(declared once), `run` what every command does around its library call. Heavy modules are
imported inside the commands so that `kfactcheck --help` starts fast. Exit codes follow
linters: 0 nothing of the kind asked for, 1 findings, 2 usage or runtime error.
"""

from kfactcheck.cli.commands import app, main

__all__ = ["app", "main"]
