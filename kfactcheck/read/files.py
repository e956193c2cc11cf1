"""Finding the files to read under the paths given, and opening them.

Folders are walked recursively, in name order; hidden files and folders, the index folder,
files of other types, named pipes and devices, and links leading out of the folder given
are skipped, each problem one line (a FileError). `open_regular` opens a regular file only:
reading a pipe would wait for a writer forever.
"""

from __future__ import annotations

import errno
import os
import stat
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from kfactcheck.errors import InputError
from kfactcheck.read import manifest
from kfactcheck.read.decode import binary_kind

EXTENSIONS = {
    ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
}  # fmt: skip
INDEX_DIR = ".kfactcheck"  # the tool's own index folder: never read as articles
_SNIFF_BYTES = 2048


@dataclass(slots=True)
class FileError:
    """A file (or folder, or manifest) that was skipped or has a problem, and why."""

    path: str  # as the user gave it, or found under a folder given
    message: str  # one line naming the cause


def iter_files(
    paths: Sequence[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    errors: list[FileError] | None = None,
    follow_links: bool = False,
) -> Iterator[tuple[Path, str]]:
    """Files to read under `paths`, each with its display path, in order.

    Folders are read recursively; hidden files and folders and the index folder
    `.kfactcheck/` are skipped, and so are files of other types (a file without extension
    is read when it looks like text) and pipes and devices. A file named explicitly is
    always read. Symbolic links inside a folder given are followed when they lead to a
    place inside it (folders once: loops end); one leading out of it (a link to /etc) is
    not, unless `follow_links`. A missing path or a folder without articles raises
    InputError, unless `errors` is given: then a FileError is added there and the other
    paths go on; problems of manifests and links met on the way are added there too.
    """
    for file, shown, _ in iter_file_names(paths, errors=errors, follow_links=follow_links):
        yield Path(file), shown


def iter_file_names(
    paths: Sequence[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    errors: list[FileError] | None = None,
    follow_links: bool = False,
) -> Iterator[tuple[str, str, str]]:
    """What iter_files gives, as strings, with each file's absolute path: (file, display
    path, absolute path). No Path object per file (the index lists 100,000 files)."""
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    seen: set[str] = set()
    for given in paths:
        shown = os.fspath(given)
        p = Path(given)
        try:
            is_dir = p.is_dir()
            exists = is_dir or p.exists()
        except OSError as e:  # e.g. a symlink loop given directly
            is_dir, exists = False, e.errno != errno.ENOENT
        if not exists:
            _fail(errors, shown, _missing(p))
            continue
        if not is_dir:
            key = os.path.abspath(p)
            if key not in seen:
                seen.add(key)
                yield os.fspath(p), shown, key
            continue
        skipped: Counter[str] = Counter()
        count = 0
        # abspath, not realpath: no system call per file; a file reached through a
        # symlink is read twice and then skipped as "same bytes". The folder's is taken
        # once: a name listed inside it holds no "." or "..", so joining is normalising.
        root = os.path.join(os.path.abspath(p), "")
        for file, display, rel in _walk(p, shown, errors, skipped, follow_links):
            count += 1
            key = root + (rel if os.sep == "/" else rel.replace("/", os.sep))
            if key not in seen:
                seen.add(key)
                yield file, display, key
        if count == 0 and not any(k.startswith("\0") for k in skipped):
            _fail(errors, shown, _empty_folder_message(skipped))


@dataclass(slots=True)
class FileEntry:
    """A file to read, as listed (once) for the reader and for the index."""

    file: str  # as found: the path given, or joined under a folder given
    display: str  # as the user sees it
    path: str  # absolute: what the index keys it by
    manifest: dict | None  # its corpus manifest entry, if a manifest names it


def list_files(
    paths: Sequence[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    errors: list[FileError],
    follow_links: bool = False,
) -> list[FileEntry]:
    """The files under `paths` in reading order, each with its manifest entry; the paths
    that could not be listed (missing, empty folder, bad manifest) go to `errors`."""
    entries = []
    # Each folder's manifests are looked up once (a stat per manifest name per folder level
    # for every file was most of an unchanged corpus's re-index); and a folder with none
    # above it up to where the look-up stops is not asked again.
    manifests: dict = {}
    bare: set[str] = set()  # folders whose files have no manifest entry
    for file, shown, absolute in iter_file_names(paths, errors=errors, follow_links=follow_links):
        folder = os.path.dirname(absolute)
        entry = None if folder in bare else manifest.entry_for(absolute, manifests)
        if entry is None and folder not in bare and _no_manifests_above(folder, manifests):
            bare.add(folder)
        entries.append(FileEntry(file, shown, absolute, entry))
    return entries


def _no_manifests_above(folder: str, manifests: dict) -> bool:
    """True when every folder from `folder` up that manifest.entry_for has looked at (its
    cache holds each one it looked at, upwards from the file's own) has no manifest: then
    entry_for finds nothing for any file of `folder`."""
    while folder in manifests:
        if manifests[folder]:
            return False
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    return True


def _missing(p: Path) -> str:
    """Why a path given does not lead to a file or folder."""
    try:
        os.stat(p)
    except OSError as e:
        if e.errno == errno.ELOOP:
            return _why(e)
    return "broken symbolic link" if p.is_symlink() else "no such file or folder"


def _fail(errors: list[FileError] | None, shown: str, message: str) -> None:
    if errors is None:
        raise InputError(message)
    errors.append(FileError(shown, message))


def _empty_folder_message(skipped: Counter[str]) -> str:
    if not skipped:
        return "empty folder: no files to read"
    kinds = ", ".join(f"{ext or 'no extension'} ({n})" for ext, n in skipped.most_common(4))
    return f"no articles in folder (.txt, .md, .html, .json, .jsonl); skipped: {kinds}"


def _display(root_shown: str, rel: str) -> str:
    root = root_shown.replace(os.sep, "/") if os.sep != "/" else root_shown
    root = root.rstrip("/")
    if root in ("", "."):
        return rel
    return f"{root}/{rel}"


def _walk(
    root: Path,
    shown: str,
    errors: list[FileError] | None,
    skipped: Counter[str],
    follow_links: bool = False,
) -> Iterator[tuple[str, str, str]]:
    """(path, display path, path relative to root with "/") of each article file."""
    inside = None if follow_links else os.path.join(os.path.realpath(root), "")
    visited: set[tuple[int, int]] = set()
    stack: list[tuple[Path, str]] = [(root, "")]
    while stack:
        folder, rel = stack.pop()
        try:
            st = folder.stat()
        except OSError:
            continue
        if (st.st_dev, st.st_ino) in visited:
            continue  # a symlink back to a folder already read
        visited.add((st.st_dev, st.st_ino))
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as e:
            skipped["\0unreadable"] += 1
            message = f"cannot list folder: {_why(e)}"
            if not rel:
                _fail(errors, shown, message)
            elif errors is not None:
                errors.append(FileError(_display(shown, rel.rstrip("/")), message))
            continue
        names = {e.name for e in entries}
        if errors is not None and any(n in names for n in manifest.MANIFEST_NAMES):
            for man in manifest.manifests_in(folder, names):
                where = _display(shown, f"{rel}{man.path.name}")
                errors.extend(FileError(where, msg) for msg in man.problems)
                errors.extend(FileError(where, msg) for msg in manifest.missing_entries(man))
        subfolders = []
        for entry in entries:
            name = entry.name
            if name.startswith(".") or name == INDEX_DIR:
                continue
            if inside is not None and entry.is_symlink():
                target = os.path.realpath(entry.path)
                if not os.path.join(target, "").startswith(inside):
                    skipped["\0outside"] += 1
                    if errors is not None:
                        errors.append(FileError(_display(shown, rel + name), _outside(target)))
                    continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                subfolders.append((Path(entry.path), f"{rel}{name}/"))
                continue
            kind = _special_entry(entry)
            if kind is not None:  # reading a pipe waits for a writer: forever
                skipped["\0special"] += 1
                if errors is not None:
                    errors.append(FileError(_display(shown, rel + name), kind))
                continue
            ext = os.path.splitext(name)[1].lower()
            if ext in EXTENSIONS or (ext == "" and _looks_like_text(entry.path)):
                yield entry.path, _display(shown, rel + name), rel + name
            elif name not in manifest.MANIFEST_NAMES:
                skipped[ext] += 1
        stack.extend(reversed(subfolders))


def _outside(target: str) -> str:
    return f"link leads out of the folder given, to {target}: not followed (--follow-links)"


def _special_entry(entry: os.DirEntry) -> str | None:
    """Why an entry that is a pipe, socket or device is skipped ("not a regular file (named
    pipe)"), as the folder's listing tells with no system call; None for any other entry."""
    try:
        if entry.is_file() or entry.is_symlink():
            return None  # a link is followed when read, which tells what it leads to
        kind = special_kind(entry.stat(follow_symlinks=False).st_mode)
    except OSError:
        return None  # reading it will say why
    return f"not a regular file ({kind})" if kind else None


def _looks_like_text(path: str) -> bool:
    try:
        with open_regular(path) as f:
            head = f.read(_SNIFF_BYTES)
    except (OSError, InputError):
        return True  # unreadable, a symlink loop, a pipe: reading it will say why
    return bool(head.strip()) and binary_kind(head) is None


_SPECIAL = (
    (stat.S_ISFIFO, "named pipe"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
)


def special_kind(mode: int) -> str | None:
    """What a file that is neither a regular file nor a folder is ("named pipe"), or None."""
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return next((name for test, name in _SPECIAL if test(mode)), "special file")


def open_regular(path: str | os.PathLike[str]) -> BinaryIO:
    """`open(path, "rb")` for a regular file only: a named pipe, socket or device raises
    InputError("not a regular file (named pipe)") at once instead of blocking on a read
    that may never return (opened without waiting for a writer, then looked at)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "is a folder", os.fspath(path))
        kind = special_kind(mode)
        if kind is not None:
            raise InputError(f"not a regular file ({kind})")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _why(e: OSError) -> str:
    if isinstance(e, PermissionError):
        return "permission denied (cannot read)"
    if isinstance(e, FileNotFoundError):
        return "no such file"
    if isinstance(e, IsADirectoryError):
        return "is a folder, not a file"
    if e.errno == errno.ELOOP:
        return "symlink loop (too many levels of symbolic links)"
    return f"cannot read: {e.strerror or e}"
