"""What every command does around its library call: consoles safe for any data, one-line
errors with exit 2, Ctrl-C and SIGTERM, skipped-file and spec lines on stderr, table or JSON."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import NoReturn

import typer
import typer.core

from kfactcheck.cli.options import Fmt


def stdout_console():
    from kfactcheck.views.terminal import safe_console  # no escape sequence from the data

    # NO_COLOR (no-color.org) means plain text: rich alone would still print bold, dim and
    # reverse video, which are styles rather than colours to it.
    plain = os.environ.get("NO_COLOR", "") != ""
    return safe_console(soft_wrap=False, color_system=None if plain else "auto")


def stderr_console():
    from kfactcheck.views.terminal import safe_console

    return safe_console(stderr=True, soft_wrap=True, highlight=False)


def fail(message: str) -> NoReturn:
    stderr_console().print(f"kfactcheck: error: {message}", markup=False)
    raise typer.Exit(2)


def run(fn: Callable[[], int | None]) -> None:
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
            report_skipped(errors)
        fail(str(exc))
    except KeyboardInterrupt:
        fail("interrupted (the index stays usable; run the command again to finish)")
    except BrokenPipeError:  # `kfactcheck ... | head`
        sys.stderr.close()
        raise typer.Exit(0) from None
    except (typer.Exit, SystemExit):
        raise
    except Exception as exc:  # a bug: one line for the user, the traceback on request
        if os.environ.get("KFACTCHECK_DEBUG"):
            raise
        fail(
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


def report_skipped(errors) -> None:
    err = stderr_console()
    for e in errors:
        # "record 2 (line 2) skipped: ...": the file itself was read
        what = "" if "skipped" in e.message else "skipped "
        err.print(f"kfactcheck: {what}{e.path}: {e.message}", markup=False)


def show(fmt: Fmt, as_json, render, *args) -> None:
    """Print a view: its JSON twin for scripts, or the rich rendering for people."""
    if fmt is Fmt.json:
        print_json(as_json(*args))
    else:
        render(*args, stdout_console())


def print_json(data) -> None:
    from kfactcheck.export.jsonreport import write_json

    write_json(data, sys.stdout)  # lists given as iterators are written as they are made


def build(paths, settings):
    from kfactcheck.pipeline import build_report

    report = build_report([str(p) for p in paths], settings)
    report_skipped(report.errors)
    _report_specs(report.settings)
    return report


def _report_specs(settings: dict) -> None:
    """Which subject spec files shaped the subjects (one line), and each spec no claim
    matched: a claims/ folder found in the working directory is otherwise applied silently."""
    files = settings.get("specs") or []
    if not files:
        return
    err = stderr_console()
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
