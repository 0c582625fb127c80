"""content/ on disk: what split wrote before, and writing without clobbering edits.

Takes: planned files per dump.  Gives: files written, left alone, or kept as
the user edited them (with what the dump would change).
`content/.split-state.json` remembers, per dump, the hash of its bytes and the
ids of its posts (so ids never change between runs), and, per file, the hash of
the text split would write (so a file the user edited is recognised and never
overwritten without --force).
"""

from __future__ import annotations

import contextlib
import difflib
import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from builder import frontmatter
from builder.dumps import STATE_NAME, State, sha256
from builder.errors import ArchiveError


def file_sha256(path: Path) -> str:
    """The file's sha256, read in chunks (an export can be hundreds of megabytes)."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def save_state(content_dir: Path, state: State) -> None:
    path = content_dir / STATE_NAME
    text = state.to_json()
    try:
        if path.read_text(encoding="utf-8") == text:
            return
    except OSError:
        pass
    content_dir.mkdir(parents=True, exist_ok=True)
    _atomic_write(path, text.encode("utf-8"))


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def ids_in_use(content_dir: Path, state: State) -> set[str]:
    """Ids of every post folder under content/ and every id split handed out."""
    taken = {pid for entry in state.dumps.values() for pid in entry.get("posts", [])}
    if content_dir.is_dir():
        for year in content_dir.iterdir():
            if year.is_dir() and not year.name.startswith("."):
                taken.update(p.name for p in year.iterdir() if p.is_dir())
    return taken


def posts_on_disk(content_dir: Path) -> dict[str, list[str]]:
    """source -> post ids by position, read from the post files themselves.

    Used when the state file does not know a dump (deleted, or content copied
    from elsewhere), so that re-splitting finds the posts it wrote before
    instead of writing them again under new ids.
    """
    found: dict[str, dict[int, str]] = {}
    if not content_dir.is_dir():
        return {}
    for post in sorted(content_dir.glob("*/*/post.md")):
        try:
            meta, _, _ = frontmatter.parse(post.read_text(encoding="utf-8"), str(post))
            source, index = str(meta["source"]), int(meta.get("source_index") or 1)
        except (OSError, UnicodeDecodeError, ArchiveError, KeyError, ValueError, TypeError):
            continue
        found.setdefault(source, {})[index] = post.parent.name
    return {src: [ids.get(i, "") for i in range(1, max(ids) + 1)] for src, ids in found.items()}


DIFF_LINES = 12  # a kept edit shows at most this many lines of what the dump would change


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    kept: list[tuple[str, str]] = field(default_factory=list)  # (rel, what the dump would change)
    edits: int = 0  # files edited by hand whose dump did not change them: nothing to say


@dataclass(frozen=True)
class Take:
    """Which edited files to overwrite with the dump's version: all, or some by path."""

    everything: bool = False
    paths: tuple[str, ...] = ()  # content-relative files or folders

    def __call__(self, rel: str) -> bool:
        return self.everything or any(rel == p or rel.startswith(p.rstrip("/") + "/")
                                      for p in self.paths)


def apply(content_dir: Path, state: State, source: str, files: Iterable[tuple[str, str]],
          *, force: Take, dry_run: bool, report: WriteReport,
          keep: frozenset[str] = frozenset()) -> None:
    """Bring the dump's files on disk to `files`, keeping hand edits unless forced.

    `files` may be a generator: each file is written as it comes (a big export's
    files are never all in memory at once).  A file the dump wrote before and no
    longer wants is removed, unless it is in `keep` (another input of the run now
    writes it: a post merged elsewhere).
    """
    previous = set(state.dumps.get(source, {}).get("files", []))
    wanted: set[str] = set()
    fresh: dict[str, bool] = {}  # folder -> did not exist before: write without looking
    for rel, text in files:
        wanted.add(rel)
        folder = rel.rsplit("/", 1)[0]
        if folder not in fresh:
            fresh[folder] = not dry_run and not (content_dir / folder).exists()
            if fresh[folder]:
                (content_dir / folder).mkdir(parents=True)
        data = text.encode("utf-8")
        if fresh[folder]:
            (content_dir / rel).write_bytes(data)
            state.files[rel] = sha256(data)
            report.written.append(rel)
            continue
        _put(content_dir, state, rel, data, force, dry_run, report)
    for rel in sorted(previous - wanted - keep):
        _remove(content_dir, state, rel, force, dry_run, report)
    if not dry_run:
        entry = state.dumps.setdefault(source, {})
        entry["files"] = sorted(wanted)


def _put(content_dir: Path, state: State, rel: str, data: bytes, force: Take, dry_run: bool,
         report: WriteReport) -> None:
    path = content_dir / rel
    new_hash = sha256(data)
    try:
        current = path.read_bytes()
    except FileNotFoundError:
        current = None
    if current == data:
        report.unchanged += 1
        if not dry_run:
            state.files[rel] = new_hash
        return
    if current is not None and not force(rel) and state.files.get(rel) != sha256(current):
        if state.files.get(rel) == new_hash:
            report.edits += 1  # the dump still gives what split wrote: the edit stands
            return
        report.kept.append((rel, _diff(rel, current, data)))
        if not dry_run:
            state.files[rel] = new_hash  # said once; the next run is quiet again
        return
    report.written.append(rel)
    if dry_run:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    if current is None:
        path.write_bytes(data)
    else:
        _atomic_write(path, data)
    state.files[rel] = new_hash


def _remove(content_dir: Path, state: State, rel: str, force: Take, dry_run: bool,
            report: WriteReport) -> None:
    path = content_dir / rel
    try:
        current = path.read_bytes()
    except FileNotFoundError:
        state.files.pop(rel, None)
        return
    if not force(rel) and state.files.get(rel) != sha256(current):
        report.kept.append((rel, "  (the dump no longer has this file; yours stays)"))
        state.files.pop(rel, None)
        return
    report.removed.append(rel)
    if dry_run:
        return
    path.unlink()
    state.files.pop(rel, None)
    with contextlib.suppress(OSError):
        path.parent.rmdir()


def _diff(rel: str, current: bytes, data: bytes) -> str:
    """A short unified diff from the edited file to the dump's version."""
    yours, theirs = (b.decode("utf-8", "replace").splitlines() for b in (current, data))
    lines = list(difflib.unified_diff(yours, theirs,
        f"content/{rel} (yours)", "the dump's version", n=0, lineterm=""))
    shown = [f"  {line}" for line in lines[:DIFF_LINES]]
    if len(lines) > DIFF_LINES:
        shown.append(f"  ... ({len(lines) - DIFF_LINES} more line(s))")
    return "\n".join(shown)


def remove_files(content_dir: Path, rels: list[str], state: State) -> list[str]:
    """Delete these content files (and folders left empty); the folders touched."""
    folders: list[str] = []
    for rel in sorted(rels):
        with contextlib.suppress(FileNotFoundError):
            (content_dir / rel).unlink()
        state.files.pop(rel, None)
        folder = rel.rsplit("/", 1)[0]
        if folder not in folders:
            folders.append(folder)
    for folder in folders:
        with contextlib.suppress(OSError):
            (content_dir / folder).rmdir()
    return folders
