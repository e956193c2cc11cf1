"""Subject specs: optional TOML files under claims/ that name a subject and how to compare it.

    [subject.kfor-troops]
    label = "KFOR troops in Kosovo"
    unit = "troops"
    aliases = ["troops", "soldiers", "peacekeepers"]
    scope = ["KFOR", "NATO", "Kosovo"]
    exclude = ["northern Kosovo"]
    tolerance = 0.03
    window = 60
    direction = "any"          # "up": a later lower figure is a discrepancy (a death toll)

Read with tomllib and validated: a typo in a key or a wrong type names file, line and key.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kfactcheck.errors import SpecError

_FIELDS: dict[str, type | tuple[type, ...]] = {
    "label": str,
    "unit": str,
    "aliases": list,
    "scope": list,
    "exclude": list,
    "tolerance": (int, float),
    "window": int,
    "direction": str,
}
_DIRECTIONS = ("any", "up", "down")
_KEY = re.compile(r"^[a-z0-9][a-z0-9_.:-]*$")


@dataclass(frozen=True, slots=True)
class SubjectSpec:
    key: str
    label: str
    unit: str | None = None
    aliases: tuple[str, ...] = ()
    scope: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    tolerance: float | None = None
    window_days: int | None = None
    direction: str = "any"
    path: str = ""


def discover_specs(paths: Sequence[str], explicit: str | None = None) -> list[Path]:
    """Spec files: --claims DIR, else claims/ beside a corpus path or in the working dir."""
    if explicit is not None:
        folder = Path(explicit)
        if not folder.is_dir():
            raise SpecError(f"{explicit}: no such folder of subject specs")
        return sorted(folder.glob("*.toml"))
    folders: list[Path] = []
    for p in paths:
        path = Path(p)
        for cand in (path / "claims", path.parent / "claims"):
            if cand.is_dir() and cand.resolve() != path.resolve():
                folders.append(cand)
    folders.append(Path("claims"))
    seen: dict[Path, Path] = {}
    for folder in folders:
        if folder.is_dir():
            for f in sorted(folder.glob("*.toml")):
                seen.setdefault(f.resolve(), f)
    return list(seen.values())


def load_specs(files: Sequence[Path]) -> list[SubjectSpec]:
    specs: list[SubjectSpec] = []
    keys: dict[str, str] = {}
    for f in files:
        for spec in load_spec_file(f):
            if spec.key in keys:
                raise SpecError(
                    f"{f}:{_line_of(f, spec.key)}: subject '{spec.key}' is already defined in "
                    f"{keys[spec.key]}"
                )
            keys[spec.key] = str(f)
            specs.append(spec)
    return specs


def load_spec_file(path: Path) -> list[SubjectSpec]:
    from kfactcheck.read.corpus import InputError, open_regular

    try:
        with open_regular(path) as fh:  # a named pipe would block
            raw_text = fh.read().decode("utf-8")
    except (OSError, UnicodeDecodeError, InputError) as exc:
        raise SpecError(f"{path}: cannot read subject spec: {exc}") from None
    try:
        data = tomllib.loads(raw_text)
    except tomllib.TOMLDecodeError as exc:
        raise SpecError(f"{path}: {exc}") from None
    unknown_top = [k for k in data if k != "subject"]
    if unknown_top:
        k = unknown_top[0]
        raise SpecError(
            f"{path}:{_line_of(path, k)}: unknown table or key '{k}' "
            "(specs are [subject.NAME] tables)"
        )
    subjects = data.get("subject", {})
    if not isinstance(subjects, dict):
        raise SpecError(f"{path}:{_line_of(path, 'subject')}: 'subject' must be a table")
    out = []
    for key, body in subjects.items():
        out.append(_parse_subject(path, key, body))
    return out


def _parse_subject(path: Path, key: str, body) -> SubjectSpec:
    where = f"[subject.{key}]"
    if not isinstance(body, dict):
        raise SpecError(f"{path}:{_line_of(path, key)}: {where} must be a table")
    if not _KEY.match(key):
        raise SpecError(
            f"{path}:{_line_of(path, key)}: subject name '{key}' must be lowercase "
            "letters, digits and - _ . :"
        )
    for k, value in body.items():
        if k not in _FIELDS:
            hint = difflib.get_close_matches(k, _FIELDS, n=1)
            did = f" (did you mean '{hint[0]}'?)" if hint else ""
            raise SpecError(f"{path}:{_line_of(path, k, key)}: unknown key '{k}' in {where}{did}")
        want = _FIELDS[k]
        if not isinstance(value, want) or isinstance(value, bool):
            names = " or ".join(t.__name__ for t in (want if isinstance(want, tuple) else (want,)))
            raise SpecError(
                f"{path}:{_line_of(path, k, key)}: key '{k}' in {where} must be "
                f"{names}, not {type(value).__name__}"
            )
        if want is list and not all(isinstance(x, str) for x in value):
            raise SpecError(
                f"{path}:{_line_of(path, k, key)}: key '{k}' in {where} must be a list of strings"
            )
    direction = body.get("direction", "any")
    if direction not in _DIRECTIONS:
        raise SpecError(
            f"{path}:{_line_of(path, 'direction', key)}: key 'direction' in {where} "
            f"must be one of {', '.join(_DIRECTIONS)}"
        )
    tol = body.get("tolerance")
    if tol is not None and not 0 <= tol <= 1:
        raise SpecError(
            f"{path}:{_line_of(path, 'tolerance', key)}: key 'tolerance' in {where} "
            "must be between 0 and 1"
        )
    window = body.get("window")
    if window is not None and window < 1:
        raise SpecError(
            f"{path}:{_line_of(path, 'window', key)}: key 'window' in {where} "
            "must be at least 1 (days)"
        )
    return SubjectSpec(
        key=key,
        label=body.get("label", key),
        unit=body.get("unit"),
        aliases=tuple(body.get("aliases", ())),
        scope=tuple(body.get("scope", ())),
        exclude=tuple(body.get("exclude", ())),
        tolerance=float(tol) if tol is not None else None,
        window_days=window,
        direction=direction,
        path=str(path),
    )


def _line_of(path: Path, key: str, table: str | None = None) -> int:
    """Line number of `key = ...` (after [subject.TABLE] when given): tomllib gives none."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return 1
    start = 0
    if table is not None:
        header = re.compile(r"^\s*\[\s*subject\.\"?" + re.escape(table) + r"\"?\s*\]")
        for i, line in enumerate(lines):
            if header.match(line):
                start = i
                break
    pat = re.compile(r"^\s*(?:\[\s*(?:subject\.)?)?\"?" + re.escape(key) + r"\"?\s*[=\].]")
    for i in range(start, len(lines)):
        if pat.match(lines[i]):
            return i + 1
    return start + 1
