"""One file of the project's `.cache/`, written whole or not at all.

Takes: a path and the bytes it should hold.  Gives: nothing; the file holds them or
keeps what it held (a killed build never leaves a torn file, and two processes never
write into one temporary file).  A cache is an optimisation: a disk that refuses the
write (read-only, full) leaves the build to go on without it.  `sealed`/`opened`:
marshal bytes after a hash of them, for a cache that must read a damaged file as none.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
from pathlib import Path
from typing import Any


def write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):  # the folder may be what refused it
            tmp.unlink(missing_ok=True)


def sealed(value: Any) -> bytes:
    """`value` in marshal, after a hash of it (`opened` gives it back)."""
    body = marshal.dumps(value)
    return hashlib.blake2b(body, digest_size=16).digest() + body


def opened(data: bytes) -> object | None:
    """What `sealed` kept; None when the bytes are damaged (their hash is not theirs)."""
    body = data[16:]
    if len(data) < 16 or hashlib.blake2b(body, digest_size=16).digest() != data[:16]:
        return None
    try:
        return marshal.loads(body)
    except (ValueError, EOFError, TypeError):
        return None
