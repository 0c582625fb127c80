"""content/ -> Archive: every content file read (`content_files`), grouped by post,
comments threaded.

Takes: the content folder.  Gives: `builder.model.Archive`, or every problem at
once as `ErrorList` (each `path:line: what is wrong`).  Unknown keys are
warnings (errors under --strict, decided by the caller).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from builder.assemble import make_page, make_post
from builder.content_files import (
    Entry,
    FileRead,
    Parts,
    Read,
    Record,
    read_cache,
    read_file,
    read_files,
    read_record,
    scan,
    write_cache,
)
from builder.content_groups import Grouped, check_owners, group, same_place, swap
from builder.errors import ArchiveError
from builder.model import Archive, Post, SitePage, sort_key


class ContentIndex:
    """Every content file of one folder as read, kept between builds.

    `rescan()` stats every file (reading only those the parse cache does not know);
    `update(paths)` re-reads only the given paths (files or folders, present or
    gone): what `archive serve` does with the paths its watcher reports.
    `archive()` gives the model; posts none of whose files changed are reused.
    """

    def __init__(self, content_dir: Path, root: Path, cache: Path | None = None) -> None:
        self.content_dir, self.root, self.cache = content_dir, root, cache
        self.files: dict[Parts, Read] = {}
        self._order: list[Parts] | None = None
        self._folder_set: set[Parts] | None = None
        self._grouped: Grouped | None = None  # the last grouping (see grouped)
        self._unwritten: tuple[Any, ...] | None = None  # the parse cache (`write_cache`)
        self._swaps: list[tuple[Record, Record]] = []
        self._entries: dict[str, Entry] = {}  # the parse cache, as last read or written
        self._posts: dict[str, _Made] = {}  # post id -> what the last archive() made
        self._pages: dict[int, _MadePage] = {}
        base = _display(content_dir, root)
        self._prefix = "" if base == "." else base.rstrip("/") + "/"

    def rescan(self, found: list[tuple[Parts, str, Any]] | None = None,
               cache_later: bool = False) -> None:
        """Stat every file; read the ones that changed since the last scan (or that
        the parse cache does not know).  `found`: what `scan` of the content folder
        just gave (the no-change check's), taken instead of a second stat of each.
        `cache_later`: the parse cache is written by `write_cache()`, not here."""
        if found is None:
            found = []
            scan(str(self.content_dir), (), found)
        self._folder_set = None
        if self.files:  # a later scan: what is in memory is the cache (kept, not written)
            known, self.files, self._order = self.files, {}, None
            for parts, name, st in found:
                item = known.get(parts)
                if isinstance(item, ArchiveError) or item is None or item.record.stat != (
                        st.st_size, st.st_mtime_ns, st.st_ctime_ns):
                    item = read_file(name, self._prefix + "/".join(parts), st, {}, {})
                self.files[parts] = item
            return
        owner = (str(self.content_dir.resolve()), str(self.root.resolve()))
        old, delta = read_cache(self.cache, owner)
        new: dict[str, Entry] = {}
        self.files = read_files(found, self._prefix, old, new)
        self._order = None
        self._unwritten = (owner, new, old, delta)
        if not cache_later:
            self.write_cache()

    def write_cache(self) -> None:
        """Write the parse cache of the last scan, if it is not written yet."""
        if self.cache is not None and self._unwritten is not None:
            write_cache(self.cache, *self._unwritten)
        self._unwritten = None

    def changes(self, found: list[tuple[Parts, str, Any]]) -> list[Path]:
        """The files, present or gone, whose stat is not that of their file as read
        (`found`: what `scan` of the content folder gave): the paths for `update`."""
        changed, seen = [], set()
        for parts, _, st in found:
            seen.add(parts)
            item = self.files.get(parts)
            if not isinstance(item, FileRead) or item.record.stat != (
                    st.st_size, st.st_mtime_ns, st.st_ctime_ns):
                changed.append(parts)
        changed += (parts for parts in self.files if parts not in seen)
        return [self.content_dir.joinpath(*parts) for parts in changed]

    def update(self, paths: list[Path]) -> int:
        """Re-read these paths (files or folders under the content folder, present or
        gone); returns how many files changed.  Paths outside the folder, hidden ones
        and ones inside a symlinked folder are ignored, as the full scan ignores them."""
        changed = 0
        folders = self._folders()
        for path in paths:
            parts = self._parts(path)
            if parts is not None:
                changed += self._update_one(self.content_dir.joinpath(*parts), parts, folders)
        return changed

    def _parts(self, path: Path) -> Parts | None:
        """path's parts under the content folder (symlinks in it are not followed)."""
        path = Path(os.path.realpath(path.parent)) / path.name
        for base in (self.content_dir, Path(os.path.realpath(self.content_dir))):
            try:
                parts = path.relative_to(base).parts
            except ValueError:
                continue
            if not parts or any(p.startswith(".") or p == ".." for p in parts):
                return None
            return parts
        return None

    def _folders(self) -> set[Parts]:
        """Every folder holding a file (kept; a folder emptied since may stay in it,
        which costs only a look for files under it)."""
        if self._folder_set is None:
            self._folder_set = {key[:end] for key in self.files for end in range(1, len(key))}
        return self._folder_set

    def _update_one(self, path: Path, parts: Parts, folders: set[Parts]) -> int:
        changed = 0
        linked = any(os.path.islink(self.content_dir.joinpath(*parts[:end]))
                     for end in range(1, len(parts)))
        is_dir = not linked and path.is_dir()
        if parts in folders or is_dir:  # a folder made, moved or removed: all under it
            for key in [k for k in self.files if len(k) > len(parts) and k[:len(parts)] == parts]:
                del self.files[key]
                changed += 1
            if is_dir and not path.is_symlink():
                found: list[tuple[Parts, str, Any]] = []
                scan(str(path), parts, found)
                for key, name, st in found:
                    self.files[key] = read_file(name, self._prefix + "/".join(key), st, {}, {})
                    folders.update(key[:end] for end in range(1, len(key)))
                    changed += 1
            self._order = None
        st = None
        if not linked and not is_dir and path.name.endswith(".md"):
            try:
                st = path.stat()
            except OSError:
                st = None
        old = self.files.get(parts)
        if st is None:
            if old is not None:
                del self.files[parts]
                self._order = None
                changed += 1
            return changed
        if not isinstance(old, ArchiveError) and old is not None and old.record.stat == (
                st.st_size, st.st_mtime_ns, st.st_ctime_ns):
            return changed
        new = self.files[parts] = read_file(str(path), self._prefix + "/".join(parts), st,
                                             {}, {})
        if old is None:
            folders.update(parts[:end] for end in range(1, len(parts)))
            self._order = None
        elif same_place(old, new):
            self._swaps.append((old.record, new.record))  # type: ignore[union-attr]
        else:
            self._grouped = None
        return changed + 1

    def grouped(self) -> Grouped:
        """The files grouped by post.  When the files changed since the last call are
        the same files, of the same kind, in the same post, with the same warnings,
        the last grouping is kept with their new records swapped in."""
        swaps, self._swaps = self._swaps, []
        if self._order is not None and self._grouped is not None and all(
                swap(self._grouped, old, new) for old, new in swaps):
            return self._grouped
        if self._order is None:
            self._order = sorted(self.files)
        grouped = group(self.files, self._order)
        self._grouped = None if grouped.errors else grouped
        return grouped

    def archive(self, drafts: bool = False) -> Archive:
        """The model (see `load_archive`); ErrorList on bad files (the parse cache
        written first: the next build reads again only what is fixed).  A post none of
        whose files changed since the last call is the very object that call made."""
        try:
            return self._archive(drafts)
        except ArchiveError:
            self.write_cache()
            raise

    def _archive(self, drafts: bool) -> Archive:
        grouped = self.grouped()
        check_owners(grouped)
        warnings_all = list(grouped.warnings)
        ranked: list[_Made] = []
        made: dict[str, _Made] = {}
        for pid, record in grouped.posts.items():
            notes, comments = grouped.notes.get(pid, []), grouped.comments.get(pid, [])
            files = (record, *notes, *comments)
            hit = self._posts.get(pid)
            if hit is None or len(hit.files) != len(files) or any(
                    a is not b for a, b in zip(hit.files, files, strict=True)):
                warnings: list[str] = []
                post = make_post(record, notes, comments, warnings)
                hit = _Made(files, post, warnings, sort_key(post))
            made[pid] = hit
            if drafts or not hit.post.draft:
                ranked.append(hit)
            warnings_all.extend(hit.warnings)
        self._posts = made
        ranked.sort(key=lambda made: made.order)  # stable: ties keep the files' order
        return Archive(tuple(made.post for made in ranked), tuple(warnings_all),
                       self._site_pages(grouped, drafts))

    def sources(self) -> list[tuple[str, tuple[Record, ...]]]:
        """Each post the last `archive()` made, by id, with the records of its files."""
        return [(post_id, made.files) for post_id, made in self._posts.items()]

    def _site_pages(self, grouped: Grouped, drafts: bool) -> tuple[SitePage, ...]:
        """The stand-alone pages by title; one whose file did not change is the very
        object the last call made."""
        made = {}
        for record in grouped.pages.values():
            hit = self._pages.get(id(record))
            made[id(record)] = hit if hit is not None and hit.record is record else _MadePage(
                record, make_page(record))
        self._pages = made
        pages = [hit.page for hit in made.values() if drafts or not hit.page.draft]
        return tuple(sorted(pages, key=lambda p: (p.title.casefold(), p.id)))


@dataclass(slots=True)
class _Made:
    """A post as made from its files (the very records read)."""

    files: tuple[Record, ...]
    post: Post
    warnings: list[str]
    order: Any  # its sort key


class _MadePage(NamedTuple):
    """A stand-alone page as made from its file (the very record read)."""

    record: Record
    page: SitePage


def _display(file: Path, root: Path) -> str:
    try:
        return file.relative_to(root).as_posix()
    except ValueError:
        return file.as_posix()


def load_archive(content_dir: Path, root: Path | None = None, drafts: bool = False,
                 cache: Path | None = None) -> Archive:
    """Every post of `content_dir` with its notes and comments; ErrorList on bad files.

    With `cache` (a file, e.g. `.cache/load.marshal`), a content file whose size,
    mtime and ctime are those of the last load is not read or parsed again.
    """
    index = ContentIndex(content_dir, root or content_dir.parent, cache)
    index.rescan()
    return index.archive(drafts)


__all__ = ["ContentIndex", "Record", "load_archive", "read_record"]
