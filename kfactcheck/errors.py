"""The library's named exceptions. The CLI turns each into a one-line message and exit 2."""

from __future__ import annotations


class KfactcheckError(Exception):
    """Base class: every error the library raises on purpose."""


class InputError(KfactcheckError):
    """A file or folder the user gave cannot be used (missing, unreadable, wrong format)."""


class SpecError(KfactcheckError):
    """A subject spec file under claims/ is malformed (names file, line and key)."""


class IndexDbError(KfactcheckError):
    """The SQLite index cannot be used (newer schema, corrupt file, read-only, locked)."""


class UsageError(KfactcheckError):
    """Options that do not fit together, or a subject that matches nothing."""
