"""Atomic, collision-checked writing of the built site.

Takes: page bytes and static files.  Gives: a complete new site folder swapped in
for the old one in one step.  Pages are written into a sibling temporary folder
(`.<name>.new-<pid>`, same file system), which is the previous build's spare
folder when there is one, so only changed files are written.  `commit` swaps the
two folders with Linux's renameat2(RENAME_EXCHANGE), a single atomic system call,
so `_site` stays an ordinary folder (GitHub's upload-pages-artifact, rsync and the
dev server see a real directory) and a `kill -9` at any moment leaves either the
complete old site or the complete new one.  Where RENAME_EXCHANGE is missing
(not Linux, or a file system without it) two renames are used, which leaves a
window of a few microseconds without a site; leftovers of killed builds are
removed by the next build.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import hashlib
import marshal
import os
import shutil
from pathlib import Path
from typing import Any

from builder import cache_file
from builder.file_write import write_file
from builder.limits import SiteSize, measure

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


def digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def read_manifest(path: Path) -> dict[str, Any] | None:
    """The site writer's record of a site (`SiteWriter`'s manifest, in `.cache/`):
    None when there is none or it cannot be read."""
    try:
        state = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return state if isinstance(state, dict) else None


def write_manifest(path: Path, state: dict[str, Any]) -> None:
    """Keep the record `read_manifest` reads (whole or not at all; a refusal is no
    error: the next build trusts no file of the site).  Marshal's format: a tenth
    of JSON's time to write and read (10,000 posts: 27,000 files and 16,000 keys)."""
    cache_file.write(path, marshal.dumps(state))
    old = path.with_suffix(".json")  # what versions before marshal's kept: never read
    if old != path:
        old.unlink(missing_ok=True)


class SiteWriter:
    """Writes one build into a temporary folder, then swaps it in (`commit`).

    Double-buffered: the folder swapped out by the previous build is kept as
    `.<name>.spare` with a manifest of its files' hashes (in `.cache/`), and the
    next build updates it in place (unchanged files and folders are left alone:
    creating folders is the slowest part of writing a site), then swaps again.
    """

    def __init__(self, target: Path, manifest: Path | None = None,
                 memory: dict[str, Any] | None = None) -> None:
        """`memory`: the `state` of this target's previous writer in this process
        (`archive serve`): used instead of the manifest, which is then not written;
        the folders are trusted to be as that writer left them (not walked)."""
        self.target = target
        self.tmp = target.parent / f".{target.name}.new-{os.getpid()}"
        self.spare = target.parent / f".{target.name}.spare"
        self.manifest = manifest
        self.live: dict[str, str | None] = {}  # files of the current site -> hash
        self.reuse: dict[str, str | None] = {}  # files already in self.tmp -> hash
        self.written: dict[str, str] = {}
        self.final: dict[str, str | None] = {}
        self.live_keys: dict[str, str] = {}  # page -> input key of the current site's file
        self.keys: dict[str, str] = {}
        self.memory = memory
        self.state: dict[str, Any] = {}  # what the next writer starts from (see memory)
        self.size: SiteSize | None = None  # of the new site, as walked (memory None)

    def start(self) -> None:
        self.target.parent.mkdir(parents=True, exist_ok=True)
        clean_leftovers(self.target)
        state = self._load_manifest() if self.memory is None else self.memory
        if self.manifest is not None:
            self.manifest.unlink(missing_ok=True)  # a killed update must not be trusted
        if self.tmp.exists():
            shutil.rmtree(self.tmp)
        if self.target.is_dir() and state is not None:
            self.live = state.get("live") or {}
            self.live_keys = state.get("keys") or {}
        spare = state.get("spare") if state else None
        if (self.spare.is_dir() and not self.spare.is_symlink() and spare is not None
                and self.live):
            os.replace(self.spare, self.tmp)
            self.reuse = spare
        else:
            shutil.rmtree(self.spare, ignore_errors=True)
            self.tmp.mkdir()

    def _load_manifest(self) -> dict[str, Any] | None:
        return None if self.manifest is None else read_manifest(self.manifest)

    def put(self, rel: str, data: bytes) -> str:
        """Write one file unless the reused folder already has these bytes; its hash."""
        h = digest(data)
        if self.reuse.get(rel) == h:
            return h
        name = f"{self.tmp}/{rel}"
        if rel in self.reuse:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(name)  # never write through a shared inode
        write_file(name, data)
        return h

    def changed(self, rel: str, h: str) -> bool:
        """True when these bytes differ from the current site's file."""
        return self.live.get(rel) != h

    def write(self, rel: str, data: bytes) -> bool:
        """Write one file (in this process); True when its bytes changed."""
        h = self.put(rel, data)
        self.written[rel] = h
        return self.changed(rel, h)

    def reuse_live(self, rel: str, key: str | None) -> str | None:
        """If the current site's file was made from the same inputs, take it over
        (a hard link: no rendering, no writing); its hash, or None."""
        if key is None or self.live_keys.get(rel) != key:
            return None
        return self.take_live(rel)

    def take_live(self, rel: str) -> str | None:
        """Hard-link the current site's file into the new one, whatever it was made
        from; its hash, or None."""
        h = self.live.get(rel)
        if h is None:
            return None
        if self.reuse.get(rel) == h:
            return h
        path = self.tmp / rel
        try:
            path.unlink(missing_ok=True)
            try:
                os.link(self.target / rel, path)
            except FileNotFoundError:
                path.parent.mkdir(parents=True, exist_ok=True)
                os.link(self.target / rel, path)
        except OSError:
            self.reuse.pop(rel, None)  # gone from the new folder (see `abort`)
            return None
        return h

    def record(self, rel: str, h: str, key: str | None = None) -> None:
        """Note a file written by a worker process."""
        self.written[rel] = h
        if key is not None:
            self.keys[rel] = key

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

    def drop_stale(self) -> None:
        """Delete files of the reused folder that this build did not write."""
        for rel in sorted(set(self.reuse) - set(self.written)):
            path = self.tmp / rel
            path.unlink(missing_ok=True)
            parent = path.parent
            while parent != self.tmp:
                try:
                    parent.rmdir()
                except OSError:
                    break
                parent = parent.parent

    def removed(self) -> list[str]:
        """Files of the current site that the new one no longer has."""
        return sorted(set(self.live) - set(self._final()))

    def _final(self) -> dict[str, str | None]:
        """Every file of the new site (its hash, None for a file another stage wrote:
        search); without serve's memory, the new folder is walked, and measured as it
        is (`size`: what `archive build` reports)."""
        if not self.final:
            final: dict[str, str | None] = dict(self.written)
            if self.memory is None:
                found: list[str] = []
                self.size = measure(self.tmp, found=found)
                final.update((rel, None) for rel in found if rel not in final)
            self.final = final
        return self.final

    def commit(self) -> None:
        """Swap the new site in: one atomic exchange; the old one becomes the spare."""
        final = self._final()
        if self.target.is_symlink() or self.target.exists():
            if exchange(self.tmp, self.target):
                if self.tmp.is_symlink():  # _site was a link: keep what it points to
                    self.tmp.unlink()
                    self._save({"live": final, "spare": None, "keys": self.keys})
                    return
                os.replace(self.tmp, self.spare)
                self._save({"live": final, "spare": self.live or None, "keys": self.keys})
                return
            old = self.target.parent / f".{self.target.name}.old-{os.getpid()}"
            os.replace(self.target, old)
            os.replace(self.tmp, self.target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(self.tmp, self.target)
        self._save({"live": final, "spare": None, "keys": self.keys})

    def _save(self, state: dict[str, Any]) -> None:
        self.state = state
        if self.manifest is None or self.memory is not None:
            return
        write_manifest(self.manifest, state)

    @staticmethod
    def prepare_spare(target: Path, state: dict[str, Any]) -> dict[str, Any]:
        """A spare folder for the next build (hard links to the current site's files),
        made while nothing else happens (serve, after its first build): without one
        the next build links every unchanged file into a new, empty folder.  Returns
        the state for the next writer (`memory`); as it was when one cannot be made."""
        live = state.get("live")
        spare = target.parent / f".{target.name}.spare"
        if state.get("spare") is not None or not live or spare.exists():
            return state
        try:
            made: set[Path] = set()
            for rel in live:
                path = spare / rel
                if path.parent not in made:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    made.add(path.parent)
                os.link(target / rel, path)
        except OSError:
            shutil.rmtree(spare, ignore_errors=True)
            return state
        return {**state, "spare": dict(live)}

    @staticmethod
    def replace_live(target: Path, state: dict[str, Any], rel: str, data: bytes
                     ) -> dict[str, Any]:
        """Put one file in the current site at once, outside a build (serve's preview
        of an edited page), as a new file (the spare folder's hard link keeps the old
        bytes).  Returns the state for the next writer: the file's new bytes, with no
        key, so the next build renders it again and finds these bytes unchanged."""
        for tmp, path in SiteWriter.stage_live(target, {rel: data}):
            os.replace(tmp, path)
        keys = dict(state.get("keys") or {})
        keys.pop(rel, None)
        return {**state, "live": {**(state.get("live") or {}), rel: digest(data)}, "keys": keys}

    @staticmethod
    def stage_live(target: Path, files: dict[str, bytes]) -> list[tuple[Path, Path]]:
        """Each file written beside its place in the current site under a temporary
        name, as a new file (a hard link elsewhere keeps the old bytes): the
        (temporary, place) pairs to `os.replace`.  A write that fails removes the
        ones written and raises."""
        staged: list[tuple[Path, Path]] = []
        try:
            for rel, data in files.items():
                path = target / rel
                tmp = path.with_name(f".{path.name}.preview-{os.getpid()}")
                staged.append((tmp, path))
                try:
                    tmp.write_bytes(data)
                except FileNotFoundError:  # the first file of a new folder
                    tmp.parent.mkdir(parents=True, exist_ok=True)
                    tmp.write_bytes(data)
        except OSError:
            for tmp, _ in staged:
                tmp.unlink(missing_ok=True)
            raise
        return staged

    def abort(self, keep_spare: bool = False) -> None:
        """Leave the current site as it was.  `keep_spare`: every file of the new folder
        went through this writer (a build stopped between stages): keep that folder as
        the next build's spare instead of deleting it (thousands of files)."""
        spare = None
        if keep_spare and self.live and self.tmp.is_dir() and not self.spare.exists():
            os.replace(self.tmp, self.spare)
            spare = {**self.reuse, **self.written}
        else:
            shutil.rmtree(self.tmp, ignore_errors=True)
        self.state = {"live": self.live, "spare": spare, "keys": self.live_keys}
        if self.live:
            self._save(self.state)
