"""Command-line interface: parses options, calls one library function, renders.

Heavy modules are imported inside the commands so that `kfactcheck --help` starts fast.
Exit codes follow linters: 0 nothing of the kind asked for, 1 findings, 2 usage or runtime error.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Annotated, TextIO

import typer
import typer.core

from kfactcheck import __version__
from kfactcheck.cli.options import (
    DbOpt,
    ExportFmt,
    FailOn,
    Fmt,
    FmtOpt,
    FollowOpt,
    JobsOpt,
    Kind,
    Paths,
    QuietOpt,
    Stories,
    StoriesOpt,
    report_options,
)
from kfactcheck.cli.run import (
    build,
    report_skipped,
    run,
    show,
    stderr_console,
)


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
        report_skipped(corpus.errors)
        told = (one_story if stories is Stories.one else detect_stories)(corpus.documents)
        show_json = partial(documents_json, stories=told)
        show(fmt, show_json, partial(render_documents, stories=told), corpus)
        return 0

    run(go)


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

        report = build(paths, settings)
        chosen = {"unit": unit, "doc": doc, "speaker": speaker}
        show(fmt, partial(claims_json, **chosen), partial(render_claims, **chosen), report)
        return 0

    run(go)


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

        report = build(paths, settings)
        show(fmt, partial(check_json, lazy=True), render_check, report)
        return _exit_for(report, fail_on)

    run(go)


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

        report = build(paths, settings)
        show(fmt, conflicts_json, render_conflicts, report)
        return 1 if any(f.kind == "discrepancy" for f in report.findings) else 0

    run(go)


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

        report = build(paths, settings)
        key = match_subject(subject, report.claims)  # raises UsageError with suggestions
        show(fmt, timeline_json, render_timeline, report, key)
        return 0

    run(go)


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

        report = build(paths, settings)
        show(fmt, subjects_json, render_subjects, report)
        return 0

    run(go)


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
        report_ = build(paths, settings)
        key = match_subject(subject, report_.claims) if subject else None
        write = writer(report_, chosen, subject=key, kind=kind.value if kind else None)
        if output is None:
            from kfactcheck.views.terminal import SafeWriter

            write(SafeWriter(sys.stdout))  # no escape sequence from the data
        else:
            _write_output(output, write)
        return 0

    run(go)


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
        report_skipped(result.errors)
        s = result.stats
        stderr_console().print(
            f"indexed {s.files} files: {s.extracted} extracted, {s.reused} unchanged, "
            f"{s.removed} removed, {s.claims} claims, {s.errors} skipped in {s.seconds:.1f}s",
            markup=False,
        )
        return 0

    run(go)


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
        show(fmt, search_json, render_search, hits)
        return 0 if hits else 1

    run(go)


def main() -> None:
    """The console script: usage errors too are one line on stderr, exit 2, like every other
    error (click's own form is three lines: usage, a hint, the error)."""
    from typer.exceptions import TyperException

    from kfactcheck.views.terminal import SafeWriter

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
