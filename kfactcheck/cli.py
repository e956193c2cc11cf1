"""Command-line interface: parses options, calls one library function, renders.

Heavy modules are imported inside the commands so that `kfactcheck --help` starts fast.
Exit codes follow linters: 0 nothing of the kind asked for, 1 findings, 2 usage or runtime error.
"""

from __future__ import annotations

import inspect
import os
import sys
from collections.abc import Callable
from enum import StrEnum
from functools import partial, wraps
from pathlib import Path
from typing import Annotated, NoReturn, TextIO

import typer
import typer.core

from kfactcheck import __version__


class _Help(typer.core.TyperGroup):
    """Help as the README describes it: the command list gives each command's whole first
    paragraph (click would cut it at about 45 characters with "..."), and each command's
    "Example:" paragraph comes last, after the options, as an epilog."""

    def get_command(self, ctx, cmd_name):
        cmd = super().get_command(ctx, cmd_name)
        if cmd is not None and cmd.help and not cmd.epilog:
            text, sep, example = cmd.help.partition("\n\nExample:")
            if sep:
                cmd.help, cmd.epilog = text, "Example:" + example.rstrip()
        return cmd

    def format_commands(self, ctx, formatter) -> None:
        for name in self.list_commands(ctx):
            cmd = self.get_command(ctx, name)
            if cmd is not None and cmd.help and not cmd.short_help:
                cmd.short_help = " ".join(cmd.help.strip().split("\n\n")[0].split())
        super().format_commands(ctx, formatter)


app = typer.Typer(
    name="kfactcheck",
    cls=_Help,
    help="Find where news articles disagree about figures, how figures changed over time, "
    "and where independent sources agree: with the quote, speaker, outlet and date.",
    epilog="Example: kfactcheck check corpus/kosovo",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


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
            command(**given, settings=_settings(**options))

        params = [*own, *added]
        with_settings.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
        with_settings.__annotations__ = {p.name: p.annotation for p in params}
        return with_settings

    return decorate


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kfactcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """kfactcheck: discrepancies, changes and agreement between news sources."""


# ----------------------------------------------------------------------------- plumbing


def _stdout():
    from kfactcheck.terminal import safe_console  # no escape sequence from the data

    # NO_COLOR (no-color.org) means plain text: rich alone would still print bold, dim and
    # reverse video, which are styles rather than colours to it.
    plain = os.environ.get("NO_COLOR", "") != ""
    return safe_console(soft_wrap=False, color_system=None if plain else "auto")


def _stderr():
    from kfactcheck.terminal import safe_console

    return safe_console(stderr=True, soft_wrap=True, highlight=False)


def _fail(message: str) -> NoReturn:
    _stderr().print(f"kfactcheck: error: {message}", markup=False)
    raise typer.Exit(2)


def _run(fn: Callable[[], int | None]) -> None:
    """Call the library; turn its named errors into a one-line message and exit 2."""
    import gc

    from kfactcheck.errors import KfactcheckError

    # A command's documents and claims live until it ends, and make few reference cycles:
    # the cycle collector would only walk them again and again (a tenth of `check` on a
    # large corpus). Restored afterwards, for callers that run commands in-process.
    collecting = gc.isenabled()
    gc.disable()
    # SIGTERM (kill, a service manager) stops a command as Ctrl-C does: workers stopped,
    # the index's open batch rolled back, one line said
    previous = _on_sigterm(_interrupt)
    try:
        code = fn()
    except KfactcheckError as exc:
        errors = getattr(exc, "errors", ())
        if len(errors) > 1:  # why each file could not be read; one is the error line itself
            _report_skipped(errors)
        _fail(str(exc))
    except KeyboardInterrupt:
        _fail("interrupted (the index stays usable; run the command again to finish)")
    except BrokenPipeError:  # `kfactcheck ... | head`
        sys.stderr.close()
        raise typer.Exit(0) from None
    except (typer.Exit, SystemExit):
        raise
    except Exception as exc:  # a bug: one line for the user, the traceback on request
        if os.environ.get("KFACTCHECK_DEBUG"):
            raise
        _fail(
            f"internal error: {type(exc).__name__}: {exc} "
            "(set KFACTCHECK_DEBUG=1 to see the traceback)"
        )
    finally:
        _on_sigterm(previous)
        if collecting:
            gc.enable()
    raise typer.Exit(code or 0)


def _interrupt(signum, frame) -> NoReturn:
    raise KeyboardInterrupt


def _on_sigterm(handler):
    """Set the SIGTERM handler (from the main thread only); return the one it replaces."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread() or handler is None:
        return None
    return signal.signal(signal.SIGTERM, handler)


def _report_skipped(errors) -> None:
    err = _stderr()
    for e in errors:
        # "record 2 (line 2) skipped: ...": the file itself was read
        what = "" if "skipped" in e.message else "skipped "
        err.print(f"kfactcheck: {what}{e.path}: {e.message}", markup=False)


def _show(fmt: Fmt, as_json, render, *args) -> None:
    """Print a view: its JSON twin for scripts, or the rich rendering for people."""
    if fmt is Fmt.json:
        _print_json(as_json(*args))
    else:
        render(*args, _stdout())


def _print_json(data) -> None:
    from kfactcheck.export.jsonreport import write_json

    write_json(data, sys.stdout)  # lists given as iterators are written as they are made


def _settings(
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


def _build(paths, settings):
    from kfactcheck.pipeline import build_report

    report = build_report([str(p) for p in paths], settings)
    _report_skipped(report.errors)
    _report_specs(report.settings)
    return report


def _report_specs(settings: dict) -> None:
    """Which subject spec files shaped the subjects (one line), and each spec no claim
    matched: a claims/ folder found in the working directory is otherwise applied silently."""
    files = settings.get("specs") or []
    if not files:
        return
    err = _stderr()
    err.print(
        f"kfactcheck: subject specs: {', '.join(files)} (--no-claims ignores them)", markup=False
    )
    for spec in settings.get("specs_unmatched") or []:
        err.print(
            f"kfactcheck: warning: subject spec '{spec['subject']}' in {spec['file']} "
            "matched no claim",
            markup=False,
        )


# ----------------------------------------------------------------------------- commands


@app.command()
def docs(
    paths: Paths,
    fmt: FmtOpt = Fmt.table,
    stories: StoriesOpt = Stories.auto,
    follow_links: FollowOpt = False,
) -> None:
    """List the articles read: date and its evidence, language, story, outlet, title, warnings.

    Example: kfactcheck docs corpus/kosovo --format json
    """

    def go() -> int:
        from kfactcheck.analyse.stories import detect_stories, one_story
        from kfactcheck.read.corpus import read_corpus
        from kfactcheck.views.docs import documents_json, render_documents

        corpus = read_corpus([str(p) for p in paths], follow_links=follow_links)
        _report_skipped(corpus.errors)
        told = (one_story if stories is Stories.one else detect_stories)(corpus.documents)
        show_json = partial(documents_json, stories=told)
        _show(fmt, show_json, partial(render_documents, stories=told), corpus)
        return 0

    _run(go)


@app.command()
@report_options(compare=False)
def claims(
    paths: Paths,
    unit: Annotated[str | None, typer.Option(help="Only claims counting this unit.")] = None,
    doc: Annotated[str | None, typer.Option(help="Only claims from documents matching.")] = None,
    speaker: Annotated[str | None, typer.Option(help="Only claims by this speaker.")] = None,
    fmt: FmtOpt = Fmt.table,
    *,
    settings,
) -> None:
    """List every figure and date claim with its qualifier, unit, date, speaker and quote.

    Example: kfactcheck claims corpus/kosovo --unit troops
    """

    def go() -> int:
        from kfactcheck.views.claims import claims_json, render_claims

        report = _build(paths, settings)
        chosen = {"unit": unit, "doc": doc, "speaker": speaker}
        _show(fmt, partial(claims_json, **chosen), partial(render_claims, **chosen), report)
        return 0

    _run(go)


def _exit_for(report, fail_on: FailOn) -> int:
    kinds = {f.kind for f in report.findings}
    if fail_on is FailOn.none:
        return 0
    if fail_on is FailOn.any:
        return 1 if kinds else 0
    return 1 if fail_on.value in kinds else 0


@app.command()
@report_options()
def check(
    paths: Paths,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Exit 1 when a finding of this kind exists.")
    ] = FailOn.discrepancy,
    fmt: FmtOpt = Fmt.table,
    *,
    settings,
) -> None:
    """Read, extract and compare: summary, then discrepancies with quotes, then changes.

    Example: kfactcheck check corpus/kosovo --fail-on any
    """

    def go() -> int:
        from kfactcheck.views.findings import check_json, render_check

        report = _build(paths, settings)
        _show(fmt, partial(check_json, lazy=True), render_check, report)
        return _exit_for(report, fail_on)

    _run(go)


@app.command()
@report_options()
def conflicts(
    paths: Paths,
    fmt: FmtOpt = Fmt.table,
    *,
    settings,
) -> None:
    """Only the conflicting figures, one block per subject, with quotes.

    Example: kfactcheck conflicts corpus/kosovo
    """

    def go() -> int:
        from kfactcheck.views.findings import conflicts_json, render_conflicts

        report = _build(paths, settings)
        _show(fmt, conflicts_json, render_conflicts, report)
        return 1 if any(f.kind == "discrepancy" for f in report.findings) else 0

    _run(go)


@app.command()
@report_options()
def timeline(
    subject: Annotated[str, typer.Argument(help="Subject key or label (matched fuzzily).")],
    paths: Paths,
    fmt: FmtOpt = Fmt.table,
    *,
    settings,
) -> None:
    """One subject's figures in time order, with quotes and a small chart.

    Example: kfactcheck timeline troops corpus/kosovo
    """

    def go() -> int:
        from kfactcheck.analyse.subjects import match_subject
        from kfactcheck.views.findings import render_timeline, timeline_json

        report = _build(paths, settings)
        key = match_subject(subject, report.claims)  # raises UsageError with suggestions
        _show(fmt, timeline_json, render_timeline, report, key)
        return 0

    _run(go)


@app.command()
@report_options()
def subjects(
    paths: Paths,
    fmt: FmtOpt = Fmt.table,
    *,
    settings,
) -> None:
    """Subjects (quantities measured across articles) with claim counts and labels.

    Example: kfactcheck subjects corpus/kosovo
    """

    def go() -> int:
        from kfactcheck.views.findings import render_subjects, subjects_json

        report = _build(paths, settings)
        _show(fmt, subjects_json, render_subjects, report)
        return 0

    _run(go)


@app.command()
@report_options()
def report(
    paths: Paths,
    fmt: Annotated[
        ExportFmt | None,
        typer.Option("--format", "-f", help="json, html, md or csv (default: from -o, else json)."),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")
    ] = None,
    subject: Annotated[str | None, typer.Option(help="Only this subject (key or label).")] = None,
    kind: Annotated[Kind | None, typer.Option(help="Only findings of this kind.")] = None,
    *,
    settings,
) -> None:
    """Export the discrepancy report: HTML, Markdown, CSV or JSON.

    Example: kfactcheck report corpus/kosovo -o kosovo.html
    """

    def go() -> int:
        from kfactcheck.analyse.subjects import match_subject
        from kfactcheck.export import format_of_output, writer

        chosen = fmt.value if fmt else format_of_output(output) if output else "json"
        report_ = _build(paths, settings)
        key = match_subject(subject, report_.claims) if subject else None
        write = writer(report_, chosen, subject=key, kind=kind.value if kind else None)
        if output is None:
            from kfactcheck.terminal import SafeWriter

            write(SafeWriter(sys.stdout))  # no escape sequence from the data
        else:
            _write_output(output, write)
        return 0

    _run(go)


def _write_output(output: Path, write: Callable[[TextIO], None]) -> None:
    """Write to the -o file: UTF-8, no newline translation (CSV rows end in CRLF)."""
    from kfactcheck.errors import UsageError
    from kfactcheck.export import write_file

    try:
        write_file(output, write)
    except OSError as exc:
        raise UsageError(f"cannot write {output}: {exc.strerror or exc}") from None


@app.command()
def index(
    paths: Paths,
    db: DbOpt = None,
    jobs: JobsOpt = None,
    quiet: QuietOpt = False,
    follow_links: FollowOpt = False,
) -> None:
    """Build or update the claim index; only new and changed articles are extracted.

    Example: kfactcheck index corpus/ --jobs 2
    """

    def go() -> int:
        from kfactcheck.pipeline import index_corpus

        result = index_corpus(
            [str(p) for p in paths],
            db=str(db) if db else None,
            jobs=jobs,
            progress=False if quiet else None,
            follow_links=follow_links,
            load=False,  # only counts are printed: the claims stay in the index
        )
        _report_skipped(result.errors)
        s = result.stats
        _stderr().print(
            f"indexed {s.files} files: {s.extracted} extracted, {s.reused} unchanged, "
            f"{s.removed} removed, {s.claims} claims, {s.errors} skipped in {s.seconds:.1f}s",
            markup=False,
        )
        return 0

    _run(go)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find in the indexed quotes.")],
    subject: Annotated[str | None, typer.Option(help="Only claims on this subject.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many hits.")] = 50,
    fmt: FmtOpt = Fmt.table,
    db: DbOpt = None,
) -> None:
    """Full-text search over the indexed quotes, printing the matching claims.

    Example: kfactcheck search "peacekeepers"
    """

    def go() -> int:
        from kfactcheck.index.store import search as search_index
        from kfactcheck.views.search import render_search, search_json

        hits = search_index(str(db) if db else None, query, subject=subject, limit=limit)
        _show(fmt, search_json, render_search, hits)
        return 0 if hits else 1

    _run(go)


def main() -> None:
    """The console script: usage errors too are one line on stderr, exit 2, like every other
    error (click's own form is three lines: usage, a hint, the error)."""
    from typer.exceptions import TyperException

    from kfactcheck.terminal import SafeWriter

    try:
        code = app(standalone_mode=False)
    except TyperException as exc:
        message = exc.format_message()  # may quote what was typed: a file name
        if "\n" in message.strip():  # help shown for a bare group: already the whole answer
            print(message, file=SafeWriter(sys.stderr))
        else:
            ctx = getattr(exc, "ctx", None)
            hint = f" (see {ctx.command_path} --help)" if ctx is not None else ""
            print(f"kfactcheck: error: {message.rstrip('.')}{hint}", file=SafeWriter(sys.stderr))
        sys.exit(getattr(exc, "exit_code", 2))
    except typer.Abort:
        print("kfactcheck: error: aborted", file=sys.stderr)
        sys.exit(2)
    sys.exit(code if isinstance(code, int) else 0)
