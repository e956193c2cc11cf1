"""The command line's option types, declared once: formats, the options that build a Report
(added to each command by @report_options) and the pipeline Settings made from them."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from enum import StrEnum
from functools import wraps
from pathlib import Path
from typing import Annotated

import typer
import typer.core


class Fmt(StrEnum):
    table = "table"
    json = "json"


class ExportFmt(StrEnum):
    json = "json"
    html = "html"
    md = "md"
    csv = "csv"


class FailOn(StrEnum):
    discrepancy = "discrepancy"
    change = "change"
    any = "any"
    none = "none"


class Kind(StrEnum):
    discrepancy = "discrepancy"
    change = "change"
    agreement = "agreement"


# readable=False: a file that cannot be read is the reader's to report (skipped, with the
# reason, while the other files are read), not click's to refuse before anything is read
Paths = Annotated[
    list[Path],
    typer.Argument(help="Article files or folders (read recursively).", readable=False),
]
DbOpt = Annotated[
    Path | None,
    typer.Option(
        "--db",
        help="Index file (default .kfactcheck/index.db, or $KFACTCHECK_DB).",
        readable=False,  # the index's own errors say what is wrong with it, in one line
    ),
]
NoIndexOpt = Annotated[
    bool, typer.Option("--no-index", help="Read and extract in memory; do not touch the index.")
]
JobsOpt = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, help="Extraction processes (default: all cores)."),
]
WindowOpt = Annotated[
    int, typer.Option("--window", min=1, help="Days within which differing figures conflict.")
]
TolOpt = Annotated[
    float,
    typer.Option("--tolerance", min=0.0, max=1.0, help="Relative gap allowed beyond the wording."),
]
ClaimsOpt = Annotated[
    Path | None,
    typer.Option(
        "--claims",
        help="Folder of subject specs (*.toml). Default: claims/ beside the "
        "corpus or in the working directory.",
    ),
]
NoClaimsOpt = Annotated[bool, typer.Option("--no-claims", help="Ignore subject spec files.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]
FollowOpt = Annotated[
    bool,
    typer.Option("--follow-links", help="Follow symbolic links that lead out of a folder given."),
]
FmtOpt = Annotated[Fmt, typer.Option("--format", "-f", help="table for people, json for scripts.")]


class Stories(StrEnum):
    auto = "auto"
    one = "one"


StoriesOpt = Annotated[
    Stories,
    typer.Option(
        "--stories",
        help="auto: tell the stories of a mixed folder apart by the names their articles "
        "share; one: every article tells one story.",
    ),
]

# The options that decide how a Report is built, in --help order: (annotation, default).
# Declared once; a command takes them all through @report_options.
_COMPARE_OPTIONS = {"window": (WindowOpt, 60), "tolerance": (TolOpt, 0.03)}
_BUILD_OPTIONS = {
    "claims_dir": (ClaimsOpt, None),
    "no_claims": (NoClaimsOpt, False),
    "db": (DbOpt, None),
    "no_index": (NoIndexOpt, False),
    "jobs": (JobsOpt, None),
    "quiet": (QuietOpt, False),
    "stories": (StoriesOpt, Stories.auto),
    "follow_links": (FollowOpt, False),
}


def report_options(*, compare: bool = True):
    """Give a command the options that build its Report (and, with `compare`, --window and
    --tolerance), after its own: the command takes one `settings` argument instead, the
    pipeline's Settings made from them (as sqlite-utils shares click option groups)."""
    shared = {**(_COMPARE_OPTIONS if compare else {}), **_BUILD_OPTIONS}

    def decorate(command: Callable[..., None]) -> Callable[..., None]:
        own = [
            p
            for p in inspect.signature(command, eval_str=True).parameters.values()
            if p.name != "settings"
        ]
        added = [
            inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=d, annotation=a)
            for name, (a, d) in shared.items()
        ]

        @wraps(command)
        def with_settings(**given) -> None:
            options = {name: given.pop(name) for name in shared}
            command(**given, settings=settings_from(**options))

        params = [*own, *added]
        with_settings.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
        with_settings.__annotations__ = {p.name: p.annotation for p in params}
        return with_settings

    return decorate


def settings_from(
    db=None,
    no_index=False,
    jobs=None,
    window=60,
    tolerance=0.03,
    claims_dir=None,
    no_claims=False,
    quiet=False,
    stories=None,
    follow_links=False,
):
    from kfactcheck.pipeline import Settings

    return Settings(
        db=str(db) if db else None,
        use_index=not no_index,
        jobs=jobs,
        window_days=window,
        tolerance=tolerance,
        claims_dir=str(claims_dir) if claims_dir else None,
        use_specs=not no_claims,
        progress=False if quiet else None,
        stories=stories.value if stories else "auto",
        follow_links=follow_links,
    )
