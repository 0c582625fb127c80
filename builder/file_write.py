"""A file written whole with the system's calls alone: open, write, close.

Takes: a file name and its bytes.  Gives: the file holding them (its folder made when
missing).  What `Path(name).write_bytes(data)` does, without a buffered file object's
stat, isatty and seeks and its Python objects: the render workers write the pages of
a site this way (16,486 files at 10,000 posts).
"""

from __future__ import annotations

import os

_WRITE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)  # as "wb"


def write_file(name: str, data: bytes) -> None:
    """`Path(name).write_bytes(data)`, its folder made when missing (an OSError as
    that raises it)."""
    try:
        fd = os.open(name, _WRITE, 0o666)
    except FileNotFoundError:  # the first file of a new folder
        folder = os.path.dirname(name)
        try:
            os.mkdir(folder)  # (most often its parent is there: one call, not three)
        except OSError:
            os.makedirs(folder, exist_ok=True)
        fd = os.open(name, _WRITE, 0o666)
    try:
        view = memoryview(data)
        while view:  # one call writes it all but when a signal cuts it short
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)
