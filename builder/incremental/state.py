"""What a whole build depends on: the site key and the no-change check.

Takes: the config and the build's settings.  Gives: `site_key` (templates, config,
settings and our code: part of every page's key) and, for `archive build`, the
check that no input changed at all since the last build into the same folder, and
that split has no new dump to split (a stat of every input file, compared with the
state the last build saved in `.cache/build-<output>.json`).
"""

from __future__ import annotations

import gc
import hashlib
import json
import marshal
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from builder import __version__, cache_file
from builder.config import SiteConfig
from builder.dumps import STATE_NAME, nothing_to_split
from builder.i18n import PROJECT_FOLDER
from builder.report import Reporter

if TYPE_CHECKING:
    from builder.content_files import FileStat, Parts

STATE_VERSION = "3"
CODE = Path(__file__).resolve().parent.parent  # the builder package
_BY_HANDLE = os.scandir in os.supports_fd and os.open in os.supports_dir_fd
_FOLDER_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)
_SUBFOLDER_FLAGS = _FOLDER_FLAGS | getattr(os, "O_NOFOLLOW", 0)  # listed as a folder, not a link


def site_key(config: SiteConfig, settings: dict[str, Any]) -> str:
    """What every page depends on: templates, config, settings, our code and the message
    catalogues, shipped (in our code's folder) and the owner's (`locales/`) (bytes)."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(repr((config, sorted(settings.items()), __version__, STATE_VERSION)).encode())
    for folder in (config.templates_dir, CODE, config.root / PROJECT_FOLDER):
        for file in sorted(folder.rglob("*")):
            if file.is_file() and "__pycache__" not in file.parts:
                digest.update(file.as_posix().encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()


def state_file(config: SiteConfig, output: Path) -> Path:
    """Where the state of the last build into `output` is kept."""
    name = hashlib.blake2b(str(output.resolve()).encode(), digest_size=8).hexdigest()
    return config.root / ".cache" / f"build-{name}.json"


def manifest_file(config: SiteConfig, output: Path) -> Path:
    """Where the site writer's record of the files in `output` is kept."""
    return state_file(config, output).with_suffix(".files.marshal")


def keys_file(config: SiteConfig, output: Path) -> Path:
    """Where the page keys of the last one-off build into `output` are kept
    (`builder.incremental.names.KeyStore`)."""
    return state_file(config, output).with_suffix(".keys.marshal")


class Fingerprint:
    """`whole`: a hash of the settings and of the stat of every input file (the dumps
    in seeds/, content, templates, static files, site.yaml, our code and the owner's
    message catalogues): when it is the last build's, split has nothing new to split
    and the site is what that build made.  `split`: of what split's work depends on
    (seeds/, split's own record in content/, site.yaml, our code): when it is the last
    build's, split would find no new or changed dump.  `outside`: of every input but
    content/'s files (serve's check: content files are compared one by one).
    `content`: content/'s `*.md` files as stat-ed, for the load (made when asked for:
    a build with nothing changed never asks)."""

    __slots__ = ("_content", "_folders", "_rows", "_start", "outside", "split", "whole")

    def __init__(self, whole: str, split: str, rows: list[Any],
                 folders: list[tuple[Parts, str, int, int]], outside: str = "",
                 start: int = 0) -> None:
        """`start`: the first of `rows` that is content/'s."""
        self.whole, self.split, self.outside = whole, split, outside
        self._rows, self._folders, self._start = rows, folders, start
        self._content: list[tuple[Parts, str, FileStat]] | None = None

    @property
    def content(self) -> list[tuple[Parts, str, FileStat]]:
        if self._content is None:
            from builder.content_files import FileStat, is_content_file  # the load's rule

            rows = self._rows
            with _gc_paused():
                self._content = [
                    ((*parts, name), f"{folder}/{name}", FileStat(size, mtime, ctime))
                    for parts, folder, start, end in self._folders
                    for name, size, mtime, ctime in rows[start:end] if is_content_file(name)]
            self._rows, self._folders = [], []  # not kept through the build beside it
        return self._content

    def content_folders(self) -> Iterator[tuple[str, list[tuple[str, int, int, int]]]]:
        """Each folder of content/ with `*.md` files (its path under content/) and
        their (name, size, mtime_ns, ctime_ns) in name order (before `content`)."""
        from builder.content_files import is_content_file  # the load's rule

        rows = self._rows
        for parts, _, start, end in self._folders:
            found = [row for row in rows[start:end] if is_content_file(row[0])]
            if found:
                yield "/".join(parts), found

    def content_rest(self) -> str:
        """A digest of what content/ holds besides its `*.md` files (pictures, hidden
        folders), before `content`."""
        from builder.content_files import is_content_file

        rows, md = self._rows, set[int]()
        for _, _, start, end in self._folders:
            md.update(n for n in range(start, end) if is_content_file(rows[n][0]))
        rest = [row for n, row in enumerate(rows[self._start:], self._start) if n not in md]
        return hashlib.blake2b(marshal.dumps(rest, 2), digest_size=16).hexdigest()

    def release(self) -> None:
        """Let go of the stats once the load has read them (100,000 posts: 0.6 GB)."""
        self._rows, self._folders, self._content = [], [], []


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while lists of 750,000 rows are made
    (100,000 posts: it walked the growing lists again and again), and what was made
    then moved out of its reach (as `builder.collector` does for a one-off build: only
    `archive build` looks at every input): rows of strings and numbers hold no cycle,
    and the collector's first pass over them cost 20 ms at 10,000 posts."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.freeze()
            gc.enable()


def inputs_fingerprint(config: SiteConfig, settings: dict[str, Any]) -> Fingerprint:
    """See `Fingerprint`: one stat of every input file."""
    with _gc_paused():
        return _fingerprint(config, settings)


def _fingerprint(config: SiteConfig, settings: dict[str, Any]) -> Fingerprint:
    version = json.dumps({**settings, "v": [__version__, STATE_VERSION]}, sort_keys=True)
    rows: list[Any] = []
    for folder in (config.seeds_dir, CODE):
        _stat_tree(str(folder), rows, None, (), True)
    for file in (config.root / "site.yaml", config.content_dir / STATE_NAME):
        try:
            st = file.stat()
        except OSError:
            continue
        rows.append((str(file), st.st_size, st.st_mtime_ns, st.st_ctime_ns))
    split = hashlib.blake2b(version.encode(), digest_size=20)
    split.update(marshal.dumps(rows, 2))
    whole = split.copy()
    start = len(rows)
    for folder in (config.templates_dir, config.static_dir, config.root / PROJECT_FOLDER):
        _stat_tree(str(folder), rows, None, (), True)
    outside = split.copy()
    outside.update(marshal.dumps(rows[start:], 2))
    folders: list[tuple[Parts, str, int, int]] = []
    content_start = len(rows)
    _stat_tree(str(config.content_dir), rows, folders, (), False)
    whole.update(marshal.dumps(rows[start:], 2))
    return Fingerprint(whole.hexdigest(), split.hexdigest(), rows, folders,
                       outside.hexdigest(), content_start)


def _stat_tree(folder: str, rows: list[Any], folders: list[tuple[Parts, str, int, int]] | None,
               parts: Parts, cache_skipped: bool, fd: int | None = None) -> None:
    """Every file under folder as rows of `rows`: the folder's path, then (name, size,
    mtime_ns, ctime_ns) of each file in it, in name order (one stat a file, none a
    folder: scandir says which entries are folders); a symbolic link to a folder is a
    file named `name/`.  `folders` (content/): (parts, path, first row, end) of each
    folder that is not hidden; `cache_skipped`: Python's `__pycache__` folders left out.
    Where the system can, each folder is listed and its files stat-ed through an open
    handle of it (`fd`): no path is looked up again for each file (7% less CPU)."""
    files: list[tuple[str, int, int, int]] = []
    subfolders = []
    try:
        if fd is None and _BY_HANDLE:
            fd = os.open(folder, _FOLDER_FLAGS)
            try:
                return _stat_tree(folder, rows, folders, parts, cache_skipped, fd)
            finally:
                os.close(fd)
        with os.scandir(folder if fd is None else fd) as listing:
            for entry in listing:
                try:
                    if entry.is_dir(follow_symlinks=False):
                        subfolders.append(entry.name)
                        continue
                    st = entry.stat()
                    name = entry.name
                    if entry.is_dir():  # a link to a folder (folders themselves are above)
                        name += "/"
                except OSError:  # gone since it was listed
                    continue
                files.append((name, st.st_size, st.st_mtime_ns, st.st_ctime_ns))
    except OSError:
        return None
    if files:  # an empty folder is no input
        files.sort()
        rows.append(folder)
        if folders is not None:
            folders.append((parts, folder, len(rows), len(rows) + len(files)))
        rows.extend(files)
    subfolders.sort()
    for name in subfolders:
        if cache_skipped and name == "__pycache__":
            continue
        hidden = folders is None or name.startswith(".")
        try:
            sub = None if fd is None else os.open(name, _SUBFOLDER_FLAGS, dir_fd=fd)
        except OSError:
            continue
        try:
            _stat_tree(f"{folder}/{name}", rows, None if hidden else folders, (*parts, name),
                       cache_skipped, sub)
        finally:
            if sub is not None:
                os.close(sub)
    return None


def output_id(output: Path) -> list[int] | None:
    """The output folder as the state keeps it (replaced or renamed: another one)."""
    try:
        st = output.stat()
    except OSError:
        return None
    return [st.st_ino, st.st_mtime_ns]


def last_build(file: Path) -> dict[str, Any]:
    """What the last build into an output folder saved ({} when none)."""
    try:
        state = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def unchanged(last: dict[str, Any], fingerprint: Fingerprint, output: Path) -> bool:
    """Neither the inputs of the last build nor its output folder changed since."""
    return (last.get("fingerprint") == fingerprint.whole
            and last.get("output") == output_id(output))


def split_unchanged(last: dict[str, Any], fingerprint: Fingerprint) -> bool:
    """Split would find no new or changed dump since the last build (which kept what
    split said then: `refused`, `notes`)."""
    return (last.get("split") == fingerprint.split and isinstance(last.get("refused"), list)
            and isinstance(last.get("notes"), list))


def save(file: Path, fingerprint: Fingerprint, output: Path, outcome: dict[str, Any]) -> None:
    cache_file.write(file, json.dumps({"fingerprint": fingerprint.whole,
                                       "split": fingerprint.split, "output": output_id(output),
                                       **outcome}).encode("utf-8"))


def split_new_dumps(config: SiteConfig, settings: dict[str, Any], reporter: Reporter,
                    fingerprint: Fingerprint | None, last: dict[str, Any]
                    ) -> tuple[list[str], list[str], Fingerprint | None]:
    """Split new or changed dumps before a build: (refused dumps, split's notes, the
    fingerprint of the inputs as split leaves them).  When split would find no new
    dump since the `last` build, it does not run: what it said then is said again."""
    if fingerprint is not None and split_unchanged(last, fingerprint):
        for line in last["notes"]:
            reporter.stage(line)
        return list(last["refused"]), list(last["notes"]), fingerprint
    if not config.seeds_dir.is_dir() or nothing_to_split(config):  # split's parsers
        return [], [], fingerprint  # not imported (an eighth of a second)
    from builder.split import split_for_build

    before = _file_id(config.content_dir / STATE_NAME)
    said = _Notes(reporter)
    refused = split_for_build(config, said)
    if fingerprint is not None and (said.said or refused
                                    or _file_id(config.content_dir / STATE_NAME) != before):
        # split wrote (it records in its state file what it did) or has something to say
        fingerprint = inputs_fingerprint(config, settings)
    return refused, said.notes, fingerprint


class _Notes(Reporter):
    """The reporter split speaks to before a build: what it says goes to the build's
    reporter; the notes split gives on every run (a gone dump, a copy of a dump) are
    kept to be said again, not the one-time note of a kept hand edit
    (`split_dumps`); `said`: split printed anything."""

    def __init__(self, reporter: Reporter) -> None:
        super().__init__(reporter.verbosity, reporter.stream, reporter.err_stream,
                         reporter.warnings, reporter.errors)
        self.inner = reporter
        self.notes: list[str] = []
        self.said = False

    def stage(self, message: str) -> None:
        self.said = True
        if message.startswith("note: ") and ": kept your edit; " not in message:
            self.notes.append(message)  # a kept edit is said once, when its dump changed
        self.inner.stage(message)

    def info(self, message: str) -> None:
        self.inner.info(message)

    def warn(self, message: str) -> None:
        self.said = True
        self.inner.warn(message)

    def error(self, message: str) -> None:
        self.said = True
        self.inner.error(message)


def _file_id(file: Path) -> tuple[int, int, int] | None:
    try:
        st = file.stat()
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns
