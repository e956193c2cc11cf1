"""Bytes to text: UTF-8 first, other encodings only when detected with confidence.

Binary files (images, PDFs, archives, anything with NUL bytes outside UTF-16/32) are refused
with a message that names what they look like, so a user sees "binary file (PNG image)"
instead of a page of mojibake.
"""

from __future__ import annotations

import codecs

from kfactcheck.errors import InputError

# (magic bytes at offset, offset, what the file is): checked before any decoding.
MAGIC = (
    (b"\x89PNG\r\n\x1a\n", 0, "PNG image"),
    (b"\xff\xd8\xff", 0, "JPEG image"),
    (b"GIF87a", 0, "GIF image"),
    (b"GIF89a", 0, "GIF image"),
    (b"%PDF-", 0, "PDF document"),
    (b"PK\x03\x04", 0, "ZIP archive or Office document"),
    (b"PK\x05\x06", 0, "ZIP archive"),
    (b"\x1f\x8b", 0, "gzip archive"),
    (b"BZh", 0, "bzip2 archive"),
    (b"\xfd7zXZ\x00", 0, "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "old Office document"),
    (b"SQLite format 3\x00", 0, "SQLite database"),
    (b"\x7fELF", 0, "executable"),
    (b"MZ", 0, "Windows executable"),
    (b"II*\x00", 0, "TIFF image"),
    (b"MM\x00*", 0, "TIFF image"),
    (b"ID3", 0, "MP3 audio"),
    (b"OggS", 0, "Ogg media"),
    (b"ftyp", 4, "MP4/MOV media"),
    (b"WEBP", 8, "WebP image"),
)

# Byte order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Single-byte encodings charset-normalizer often names for Western text (it calls cp1252
# text "cp1250" when the scores tie); cp1252 wins a tie because English news is the job.
_WESTERN_TIE = "cp1252"
_SNIFF = 8192


def binary_kind(data: bytes) -> str | None:
    """What a binary file looks like ("PNG image", "contains NUL bytes"), or None for text."""
    for magic, offset, kind in MAGIC:
        if data[offset : offset + len(magic)] == magic:
            if magic == b"MZ" and not _mz_is_binary(data):
                continue
            return kind
    if any(data.startswith(bom) for bom, _ in BOMS):
        return None
    head = data[:_SNIFF]
    if b"\x00" in head and _utf16_without_bom(head) is None:
        return "contains NUL bytes"
    return None


def _mz_is_binary(data: bytes) -> bool:
    # "MZ" also starts ordinary words; a real executable has control bytes right after it.
    return any(b < 9 for b in data[2:64])


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NUL bytes sit at every other position (ASCII in UTF-16)."""
    n = len(head) - len(head) % 2
    if n < 4:
        return None
    odd, even = head[1:n:2], head[0:n:2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def decode(data: bytes) -> tuple[str, list[str]]:
    """Text of `data` with newlines folded to "\\n", and warnings about the encoding used.

    Raises InputError (one line) for binary data or bytes no encoding explains.
    """
    kind = binary_kind(data)
    if kind:
        raise InputError(f"binary file ({kind})")
    warnings: list[str] = []
    text: str | None = None
    for bom, enc in BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(enc)
            except UnicodeDecodeError as e:
                raise InputError(
                    f"bytes do not match its {enc} byte order mark ({e.reason})"
                ) from e
            if enc != "utf-8":
                warnings.append(f"decoded as {enc} (not UTF-8)")
            break
    if text is None and (enc := _utf16_without_bom(data[:_SNIFF])):
        text = data.decode(enc, errors="replace")  # NUL bytes are valid UTF-8: check first
        warnings.append(f"decoded as {enc} (not UTF-8)")
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            enc = _detect(data)
            if enc is None:
                raise InputError("not UTF-8 and no encoding detected") from None
            text = data.decode(enc, errors="replace")
            warnings.append(f"decoded as {enc} (not UTF-8)")
    if "\r" in text:
        # Offsets point into the text as Python's text mode would read it.
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, warnings


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # only non-UTF-8 files pay for the import

    results = list(from_bytes(data))
    if not results:
        return None
    best = min(r.chaos for r in results)
    tied = [r.encoding for r in results if r.chaos <= best + 0.005]
    if _WESTERN_TIE in tied:
        return _WESTERN_TIE
    return results[0].encoding
