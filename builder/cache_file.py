"""One file of the project's `.cache/`, written whole or not at all.

Takes: a path and the bytes it should hold.  Gives: nothing; the file holds them or
keeps what it held (a killed build never leaves a torn file, and two processes never
write into one temporary file).  A cache is an optimisation: a disk that refuses the
write (read-only, full) leaves the build to go on without it.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):  # the folder may be what refused it
            tmp.unlink(missing_ok=True)
