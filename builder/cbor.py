"""The subset of CBOR that Pagefind's index files use: decode and encode.

Takes: bytes of a Pagefind index file (after gunzip), or the values to write.
Gives: Python values (lists, `Map`s as lists of pairs, ints, strings, bytes), or
their bytes.  Only what Pagefind writes is supported; anything else raises
`Unsupported`, and the caller keeps Pagefind's files as they are.
"""

from __future__ import annotations

from typing import Any


class Unsupported(Exception):
    """A value outside the subset."""


def decode(data: bytes, at: int) -> tuple[Any, int]:
    major, info = data[at] >> 5, data[at] & 0x1F
    at += 1
    if major == 7:
        simple = {20: False, 21: True, 22: None}
        if info not in simple:
            raise Unsupported("float or simple value")
        return simple[info], at
    if info < 24:
        arg = info
    elif info <= 27:
        size = 1 << (info - 24)
        arg, at = int.from_bytes(data[at:at + size], "big"), at + size
    else:
        raise Unsupported("indefinite length")
    if major == 0:
        return arg, at
    if major == 1:
        return -1 - arg, at
    if major == 2:
        return bytes(data[at:at + arg]), at + arg
    if major == 3:
        return data[at:at + arg].decode("utf-8"), at + arg
    if major == 4:
        items = []
        for _ in range(arg):
            item, at = decode(data, at)
            items.append(item)
        return items, at
    if major == 5:
        pairs = []
        for _ in range(arg):
            key, at = decode(data, at)
            value, at = decode(data, at)
            pairs.append((key, value))
        return Map(pairs), at
    raise Unsupported(f"major type {major}")


class Map(list[Any]):
    """A CBOR map kept as its pairs, in order."""


def array_length(data: bytes, at: int) -> tuple[int, int]:
    """The length of the array whose head is at `at`, and where its items start."""
    if data[at] >> 5 != 4:
        raise Unsupported("not an array")
    info = data[at] & 0x1F
    if info < 24:
        return info, at + 1
    if info > 27:
        raise Unsupported("indefinite length")
    size = 1 << (info - 24)
    return int.from_bytes(data[at + 1:at + 1 + size], "big"), at + 1 + size


def head(major: int, arg: int) -> bytes:
    if arg < 24:
        return bytes([major << 5 | arg])
    for info, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if arg < 1 << (8 * size):
            return bytes([major << 5 | info]) + arg.to_bytes(size, "big")
    raise Unsupported("integer too large")


def encode(value: Any) -> bytes:
    kind = type(value)  # the common cases first: a meta file holds thousands of them
    if kind is str:
        raw = value.encode("utf-8")
        return (bytes((0x60 | len(raw),)) if len(raw) < 24 else head(3, len(raw))) + raw
    if kind is int and 0 <= value < 24:
        return bytes((value,))
    if kind is list:
        return head(4, len(value)) + b"".join(map(encode, value))
    if value is False or value is True or value is None:
        return bytes([0xF4 if value is False else 0xF5 if value is True else 0xF6])
    if isinstance(value, int):
        return head(0, value) if value >= 0 else head(1, -1 - value)
    if isinstance(value, bytes):
        return head(2, len(value)) + value
    if isinstance(value, str):
        raw = value.encode("utf-8")
        return head(3, len(raw)) + raw
    if isinstance(value, Map):
        return head(5, len(value)) + b"".join(encode(k) + encode(v) for k, v in value)
    if isinstance(value, list):
        return head(4, len(value)) + b"".join(encode(item) for item in value)
    raise Unsupported(type(value).__name__)
