"""Per-file overrides in a corpus folder: `kfactcheck.toml` or `manifest.csv`.

    ["000_x.txt"]                     file,date,outlet,title,url
    date = "2022-08-17"               000_x.txt,2022-08-17,Reuters,,
    outlet = "Reuters"

sets date, outlet, title and url for files whose text cannot show them; the manifest wins
over what the text shows. Keys are file paths relative to the manifest's folder. Problems
(malformed file, unknown key, bad date, entry for a missing file) are one line each, naming
the manifest line.
"""

from __future__ import annotations

import csv
import io
import os
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from kfactcheck.read.pubdate import date_from_value

MANIFEST_NAMES = ("kfactcheck.toml", "manifest.csv")  # the TOML file wins a conflict
FIELDS = ("date", "outlet", "title", "url", "lang")
_UP = 4  # a manifest may name files up to this many folders below it


@dataclass(slots=True)
class Manifest:
    path: Path
    entries: dict[str, dict] = field(default_factory=dict)  # "sub/x.txt" -> fields
    problems: list[str] = field(default_factory=list)  # one line each, naming the line


def load_manifest(path: Path) -> Manifest:
    """The manifest at `path` (kfactcheck.toml or manifest.csv); problems collected, not raised."""
    try:
        st = path.stat()
    except OSError as e:
        return Manifest(path, problems=[f"cannot read manifest: {e.strerror or e}"])
    return _load(str(path), st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=256)
def _load(path: str, _mtime_ns: int, _size: int) -> Manifest:
    # cached on (path, mtime, size): the index asks once per file of the folder
    p = Path(path)
    man = Manifest(p)
    from kfactcheck.read.corpus import InputError, open_regular

    try:
        with open_regular(p) as fh:  # a named pipe would block
            raw = fh.read().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError, InputError) as e:
        man.problems.append(f"cannot read manifest: {getattr(e, 'strerror', None) or e}")
        return man
    if p.name.endswith(".toml"):
        _read_toml(raw, man)
    else:
        _read_csv(raw, man)
    return man


def _read_toml(raw: str, man: Manifest) -> None:
    evidence = f"manifest {man.path.name}"
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as e:
        man.problems.append(f"malformed TOML: {e}")
        return
    lines = raw.split("\n")
    for key, table in data.items():
        line = _table_line(lines, key)
        if not isinstance(table, dict):
            man.problems.append(
                f'line {line}: {key!r} is not a file table (write ["{key}"] above its fields)'
            )
            continue
        entry: dict = {}
        for fname, value in table.items():
            at = _key_line(lines, line, fname)
            if fname not in FIELDS:
                man.problems.append(
                    f"line {at}: unknown key {fname!r} for {key!r} (known: {', '.join(FIELDS)})"
                )
            elif fname == "date":
                d = date_from_value(value)
                if d is None:
                    man.problems.append(f"line {at}: date {value!r} for {key!r} is not a date")
                else:
                    entry["date"] = d
            elif not isinstance(value, str):
                man.problems.append(f"line {at}: {fname} for {key!r} must be a string")
            elif value.strip():
                entry[fname] = value.strip()
        if entry:
            entry["evidence"] = evidence
            man.entries[_norm_key(key)] = entry


def _read_csv(raw: str, man: Manifest) -> None:
    evidence = f"manifest {man.path.name}"
    lines = raw.splitlines(keepends=True)
    reader = csv.DictReader(io.StringIO(raw, newline=""))
    try:
        header = [h.strip().lower() for h in (reader.fieldnames or [])]
    except csv.Error as e:
        man.problems.append(f"malformed CSV at line 1: {e}")
        return
    if "file" not in header:
        man.problems.append("line 1: no 'file' column (columns: file,date,outlet,title,url,lang)")
        return
    unknown = [h for h in header if h and h not in ("file", *FIELDS)]
    if unknown:
        man.problems.append(f"line 1: unknown column(s) {', '.join(unknown)}")
    start = 1  # lines[start] is the first line of the rows read in this pass
    while start is not None:
        start = _read_csv_rows(lines, start, header, evidence, man)


def _read_csv_rows(
    lines: list[str], start: int, header: list[str], evidence: str, man: Manifest
) -> int | None:
    """The rows from lines[start] on; where to read again after a quote left open (which
    would swallow every row after it into one field), or None at the end."""
    reader = csv.DictReader(io.StringIO("".join(lines[start:]), newline=""), fieldnames=header)
    ended = 0  # the line (of this pass, from 1) the last row ended on
    try:
        for row in reader:
            at, first = start + reader.line_num, start + ended + 1  # file lines, from 1
            if reader.line_num > ended + 1 and any("\n" in (v or "") for v in row.values()):
                man.problems.append(
                    f"line {first}: a quote is not closed (it runs to line {at}): row skipped"
                )
                return first  # read again from the line after it
            ended = reader.line_num
            name = (row.get("file") or "").strip()
            if not name:
                man.problems.append(f"line {at}: no file name")
                continue
            entry: dict = {}
            for fname in FIELDS:
                value = (row.get(fname) or "").strip()
                if not value:
                    continue
                if fname == "date":
                    d = date_from_value(value)
                    if d is None:
                        man.problems.append(f"line {at}: date {value!r} for {name!r} is not a date")
                        continue
                    entry["date"] = d
                else:
                    entry[fname] = value
            if entry:
                entry["evidence"] = evidence
                man.entries.setdefault(_norm_key(name), entry)
    except csv.Error as e:
        man.problems.append(f"malformed CSV at line {start + reader.line_num}: {e}")
    return None


def _norm_key(key: str) -> str:
    return key.replace("\\", "/").removeprefix("./")


def _table_line(lines: list[str], key: str) -> int:
    pat = re.compile(r"\s*\[\s*(?:\"" + re.escape(key) + r"\"|'" + re.escape(key) + r"'|"
                     + re.escape(key) + r")\s*\]")  # fmt: skip
    for n, text in enumerate(lines, 1):
        if pat.match(text):
            return n
    return 1


def _key_line(lines: list[str], table_line: int, key: str) -> int:
    pat = re.compile(r"\s*(?:\"" + re.escape(key) + r"\"|" + re.escape(key) + r")\s*=")
    for n in range(table_line, len(lines)):
        if lines[n].lstrip().startswith("["):
            break
        if pat.match(lines[n]):
            return n + 1
    return table_line


def manifests_in(folder: Path | str, names: set[str] | None = None) -> list[Manifest]:
    """The manifests of one folder (TOML first); `names` = the folder's entries, if known."""
    found = []
    for name in MANIFEST_NAMES:
        path = os.path.join(folder, name)
        if (name in names) if names is not None else os.path.isfile(path):
            found.append(load_manifest(Path(path)))
    return found


def missing_entries(man: Manifest) -> list[str]:
    """One problem per entry that names a file that is not there, or one outside the
    manifest's folder (never applied: a manifest speaks for the files under it), the same
    whether that file exists or not."""
    folder = man.path.parent
    out = []
    for key in man.entries:
        if os.path.isabs(key) or os.path.normpath(key).split(os.sep)[0] == os.pardir:
            out.append(f"entry {key!r} is outside the corpus folder")
        elif not (folder / key).exists():
            out.append(f"entry {key!r} names a file that does not exist")
    return out


def entry_for(file: str | os.PathLike[str], cache: dict | None = None) -> dict | None:
    """The manifest fields for `file`: from its own folder, else from a folder above it.

    `cache` (folder -> its manifests), when given, saves the look-ups for the next file of
    the same folder.
    """
    path = os.path.abspath(file)
    folder = os.path.dirname(path)
    for _ in range(_UP + 1):
        if cache is None:
            mans = manifests_in(folder)
        elif folder in cache:
            mans = cache[folder]
        else:
            mans = cache[folder] = manifests_in(folder)
        if mans:
            key = os.path.relpath(path, folder).replace(os.sep, "/")
            for man in mans:
                if key in man.entries:
                    return dict(man.entries[key])
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    return None


def merge(entry: dict | None) -> dict[str, date | str]:
    """A manifest entry as given by a caller: dates parsed, unknown keys dropped."""
    out: dict[str, date | str] = {}
    for key, value in (entry or {}).items():
        if key == "date":
            d = date_from_value(value)
            if d:
                out["date"] = d
        elif (key in FIELDS or key == "evidence") and isinstance(value, str) and value.strip():
            out[key] = value.strip()
    return out
