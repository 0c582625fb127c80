"""Raw dump bytes -> text, or a refusal.

Takes: the bytes of one dump.  Gives: its text with line ends normalised to
"\n", or `Refused(category, detail)` where category is one of `empty file`,
`binary file`, `not a blog dump` (the contract's words).

Encodings: UTF-8, UTF-8 with BOM, UTF-16/32 with BOM, UTF-16 without BOM
(recognised by its NUL pattern), cp1252 (bytes cp1252 leaves undefined keep
their Latin-1 meaning).  Mojibake in valid UTF-8 is kept as it is.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

EMPTY, BINARY, NOT_A_DUMP = "empty file", "binary file", "not a blog dump"

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"\x04\x22\x4d\x18", "lz4-compressed data"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "executable"),
    (b"MZ", "executable"),
    (b"RIFF", "RIFF media"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x00\x18ftyp", "MP4 media"),
    (b"\x00\x00\x00\x20ftyp", "MP4 media"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_CP1252_HOLES = {0x81: "\x81", 0x8D: "\x8d", 0x8F: "\x8f", 0x90: "\x90", 0x9D: "\x9d"}


@dataclass(frozen=True, slots=True)
class Refused:
    category: str
    detail: str
    line: int = 1


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    """Bytes cp1252 leaves undefined keep their Latin-1 meaning."""
    assert isinstance(err, UnicodeDecodeError)
    byte = err.object[err.start]
    return _CP1252_HOLES.get(byte, chr(byte)), err.start + 1


codecs.register_error("archive-cp1252", _cp1252_fallback)


def _cp1252(data: bytes) -> str:
    return data.decode("cp1252", errors="archive-cp1252")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: NULs in every other byte."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd = sample[1::2].count(0) / max(1, len(sample[1::2]))
    encoding = "utf-16-le" if odd > 0.3 and even < 0.05 else (
        "utf-16-be" if even > 0.3 and odd < 0.05 else None)
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    return len(_CONTROL.findall(sample)) / len(sample)


def decode(data: bytes) -> Decoded | Refused:
    """The dump's text, or why it is refused."""
    if not data:
        return Refused(EMPTY, "the file has no bytes")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return Refused(BINARY, what)
    text: str | None = None
    encoding = ""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data[len(bom):].decode(name), name
            except UnicodeDecodeError:
                return Refused(BINARY, f"bytes that are not valid {name} after a {name} BOM")
            break
    if text is None and b"\x00" in data[:4096]:
        text = _utf16_without_bom(data)
        if text is None:
            return Refused(BINARY, "NUL bytes: not text")
        encoding = "utf-16"
    if text is None:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _cp1252(data), "cp1252"
    if _control_ratio(text) > 0.01:
        return Refused(BINARY, "control characters: not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        return Refused(EMPTY, "only whitespace")
    return Decoded(text, encoding)
