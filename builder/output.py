"""Atomic, collision-checked writing of the built site.

Takes: page bytes and static files.  Gives: a complete new site folder swapped in
for the old one in one step.  Pages are written into a sibling temporary folder
(`.<name>.new-<pid>`, same file system); a page whose bytes equal the previous
build's file is hard-linked from it instead of written.  `commit` then swaps the
two folders with Linux's renameat2(RENAME_EXCHANGE), a single atomic system call,
so `_site` stays an ordinary folder (GitHub's upload-pages-artifact, rsync and the
dev server see a real directory) and a `kill -9` at any moment leaves either the
complete old site or the complete new one.  Where RENAME_EXCHANGE is missing
(not Linux, or a file system without it) two renames are used, which leaves a
window of a few microseconds without a site; leftovers of killed builds are
removed by the next build.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import shutil
from pathlib import Path

AT_FDCWD = -100
RENAME_EXCHANGE = 2


def _renameat2() -> object | None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        func = libc.renameat2
    except (OSError, AttributeError):
        return None
    func.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    func.restype = ctypes.c_int
    return func


def exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths; False when the system cannot."""
    func = _renameat2()
    if func is None:
        return False
    result = func(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE)  # type: ignore[operator]
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(a))


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_leftovers(target: Path) -> None:
    """Remove temporary folders of earlier builds that were killed."""
    if not target.parent.is_dir():
        return
    for path in target.parent.glob(f".{target.name}.*-*"):
        kind, _, pid = path.name.rpartition("-")
        if not kind.endswith((".new", ".old")) or not pid.isdigit():
            continue
        if int(pid) != os.getpid() and _pid_alive(int(pid)):
            continue  # another build is running right now
        shutil.rmtree(path, ignore_errors=True)


class SiteWriter:
    """Writes one build into a temporary folder, then swaps it in (`commit`)."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.tmp = target.parent / f".{target.name}.new-{os.getpid()}"
        self._dirs: set[str] = set()

    def start(self) -> None:
        self.target.parent.mkdir(parents=True, exist_ok=True)
        clean_leftovers(self.target)
        if self.tmp.exists():
            shutil.rmtree(self.tmp)
        self.tmp.mkdir()

    def _parent(self, rel: str) -> Path:
        path = self.tmp / rel
        parent = rel.rpartition("/")[0]
        if parent and parent not in self._dirs:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._dirs.add(parent)
        return path

    def write(self, rel: str, data: bytes) -> bool:
        """Write one file; True when its bytes differ from the previous build's."""
        path = self._parent(rel)
        old = self.target / rel
        try:
            if old.stat().st_size == len(data) and old.read_bytes() == data:
                os.link(old, path)
                return False
        except OSError:
            pass
        with open(path, "wb") as handle:
            handle.write(data)
        return True

    def copy_tree(self, source: Path, rel: str) -> list[str]:
        """Copy a folder (static/) into the site; returns the changed files."""
        changed = []
        for file in sorted(source.rglob("*")):
            parts = file.relative_to(source).parts
            if file.is_file() and not any(p.startswith(".") for p in parts):
                name = f"{rel}/{file.relative_to(source).as_posix()}"
                if self.write(name, file.read_bytes()):
                    changed.append(name)
        return changed

    def removed(self) -> list[str]:
        """Files of the previous build that this build no longer has."""
        if not self.target.is_dir():
            return []
        gone = []
        for file in self.target.rglob("*"):
            rel = file.relative_to(self.target).as_posix()
            if file.is_file() and not (self.tmp / rel).exists():
                gone.append(rel)
        return sorted(gone)

    def commit(self) -> None:
        """Swap the new site in: one atomic exchange, then delete the old one."""
        if self.target.is_symlink() or self.target.exists():
            old = self.target.parent / f".{self.target.name}.old-{os.getpid()}"
            if exchange(self.tmp, self.target):
                shutil.rmtree(self.tmp, ignore_errors=True)
                return
            os.replace(self.target, old)
            os.replace(self.tmp, self.target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(self.tmp, self.target)

    def abort(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)
