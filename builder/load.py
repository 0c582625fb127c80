"""content/ -> Archive: read every content file, check it, thread the comments.

Takes: the content folder.  Gives: `builder.model.Archive`, or every problem at
once as `ErrorList` (each `path:line: what is wrong`).  Unknown keys are
warnings (errors under --strict, decided by the caller).
"""

from __future__ import annotations

import hashlib
import marshal
import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from builder import frontmatter
from builder.errors import ArchiveError, ContentError, ErrorList
from builder.model import Archive, Comment, Note, Post, sort_key
from builder.orphans import fold_orphans
from builder.schema import DEFAULTS, REQUIRED, SCHEMAS, SchemaProblem, convert


@dataclass(slots=True)
class Record:
    """One content file, checked against its schema."""

    kind: str
    meta: dict[str, Any]
    body: str
    path: str
    stat: tuple[int, int, int] = (0, 0, 0)  # size, mtime_ns, ctime_ns of the file read


@dataclass(slots=True)
class _Gathered:
    posts: dict[str, Record] = field(default_factory=dict)
    notes: dict[str, list[Record]] = field(default_factory=lambda: defaultdict(list))
    comments: dict[str, list[Record]] = field(default_factory=lambda: defaultdict(list))
    pages: dict[str, Record] = field(default_factory=dict)  # Blogger static pages (`type: page`)
    errors: list[ArchiveError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _key_line(text: str, key: str) -> int:
    for number, line in enumerate(text.split("\n")[1:], start=2):
        if line.startswith(f"{key}:"):
            return number
        if line == frontmatter.DELIMITER:
            break
    return 1


def read_record(text: str, path: str) -> tuple[Record, list[str]]:
    """Parse and check one content file: (record, warnings); ContentError if bad."""
    meta, body, _ = frontmatter.parse(text, path)
    kind = meta.get("type")
    if kind not in SCHEMAS:
        raise ContentError(
            "front matter needs 'type: post', 'type: note', 'type: comment' or 'type: page'",
            path,
            _key_line(text, "type"),
        )
    schema = SCHEMAS[str(kind)]
    warnings = []
    for key in REQUIRED[str(kind)]:
        if key not in meta:
            raise ContentError(f"missing key '{key}'", path, 2)
    checked: dict[str, Any] = {}
    for key, value in meta.items():
        if key not in schema:
            warnings.append(f"{path}:{_key_line(text, key)}: unknown key '{key}' ignored")
            continue
        try:
            checked[key] = convert(schema[key], value)
        except SchemaProblem as exc:
            raise ContentError(f"'{key}': {exc}", path, _key_line(text, key)) from None
    for key in schema:
        checked.setdefault(key, DEFAULTS.get(key))
    return Record(str(kind), checked, body.strip("\n"), path), warnings


# -- the parse cache -----------------------------------------------------------------------
# One file in .cache/: relative path -> (size, mtime_ns, ctime_ns, kind, checked values in
# schema order, body, warnings) of every content file that read without error.  marshal of
# plain tuples: loads 75,000 entries in a fraction of a second and runs no code.
CACHE_VERSION = 2  # bump when a schema gains keys (entries hold values in schema order)
Entry = tuple[int, int, int, str, tuple[Any, ...], str, tuple[str, ...]]


def _scan(folder: str, parts: tuple[str, ...], found: list[tuple[tuple[str, ...], str, Any]]
          ) -> None:
    """Every `*.md` file under folder (no hidden files or folders, no symlinked folders)."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                _scan(entry.path, (*parts, entry.name), found)
            elif entry.name.endswith(".md") and not entry.is_dir():
                found.append(((*parts, entry.name), entry.path, entry.stat()))
        except OSError:
            continue


def _read_cache(cache: Path | None, stamp: tuple[str, str]) -> dict[str, Entry]:
    if cache is None:
        return {}
    try:
        data = marshal.loads(cache.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, tuple) or len(data) != 3 or data[:2] != (CACHE_VERSION, stamp):
        return {}
    return data[2] if isinstance(data[2], dict) else {}


def _write_cache(cache: Path, stamp: tuple[str, str], entries: dict[str, Entry]) -> None:
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps((CACHE_VERSION, stamp, entries)))
        os.replace(tmp, cache)
    except (OSError, ValueError):
        pass


def _entry(record: Record, warnings: list[str], st: Any) -> Entry:
    values = tuple(record.meta[key] for key in SCHEMAS[record.kind])
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, record.kind, values, record.body,
            tuple(warnings))


def _from_entry(entry: Entry, path: str) -> tuple[Record, list[str]]:
    kind = entry[3]
    meta = dict(zip(SCHEMAS[kind], entry[4], strict=True))
    return Record(kind, meta, entry[5], path), list(entry[6])


# one content file as read: (record, warnings), or why it could not be read
Read = tuple[Record, list[str]] | ArchiveError
Parts = tuple[str, ...]


def _read_file(name: str, rel: str, st: Any, old: dict[str, Entry], new: dict[str, Entry]
               ) -> Read:
    hit = old.get(rel)
    if hit is not None and hit[:3] == (st.st_size, st.st_mtime_ns, st.st_ctime_ns):
        record, warnings = _from_entry(hit, rel)
        new[rel] = hit
    else:
        try:
            record, warnings = read_record(Path(name).read_text(encoding="utf-8"), rel)
        except UnicodeDecodeError:
            return ContentError("not UTF-8 text", rel, 1)
        except ArchiveError as exc:
            return exc
        except OSError as exc:
            return ContentError(f"cannot read: {exc.strerror}", rel, 1)
        new[rel] = _entry(record, warnings, st)
    record.stat = (st.st_size, st.st_mtime_ns, st.st_ctime_ns)
    return record, warnings


def _assemble(files: dict[Parts, Read], order: list[Parts]) -> _Gathered:
    """Group the files read (in `order`: sorted by path parts) by post."""
    out = _Gathered()
    for parts in order:
        item = files[parts]
        if isinstance(item, ArchiveError):
            out.errors.append(item)
            continue
        record, warnings = item
        out.warnings.extend(warnings)
        if record.kind == "post":
            post_id = record.meta["id"]
            if post_id in out.posts:
                other = out.posts[post_id].path
                out.errors.append(
                    ContentError(f"post id '{post_id}' is also used by {other}", record.path, 1)
                )
                continue
            out.posts[post_id] = record
        elif record.kind == "note":
            out.notes[record.meta["post"]].append(record)
        elif record.kind == "page":
            out.pages[record.meta["id"]] = record
        else:
            out.comments[record.meta["post"]].append(record)
    return out


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
        self._gathered: _Gathered | None = None  # the last grouping (see gathered)
        self._swaps: list[tuple[Record, Record]] = []
        self._entries: dict[str, Entry] = {}  # the parse cache, as last read or written
        self._posts: dict[str, tuple[tuple[Record, ...], Post, list[str], str, Any]] = {}
        base = _display(content_dir, root)
        self._prefix = "" if base == "." else base.rstrip("/") + "/"

    def rescan(self) -> None:
        """Stat every file; read the ones that changed since the last scan (or that
        the parse cache does not know)."""
        found: list[tuple[Parts, str, Any]] = []
        _scan(str(self.content_dir), (), found)
        self._folder_set = None
        if self.files:  # a later scan: what is in memory is the cache (kept, not written)
            known, self.files, self._order = self.files, {}, None
            for parts, name, st in found:
                item = known.get(parts)
                if isinstance(item, ArchiveError) or item is None or item[0].stat != (
                        st.st_size, st.st_mtime_ns, st.st_ctime_ns):
                    item = _read_file(name, self._prefix + "/".join(parts), st, {}, {})
                self.files[parts] = item
            return
        stamp = (str(self.content_dir.resolve()), str(self.root.resolve()))
        old = _read_cache(self.cache, stamp)
        new: dict[str, Entry] = {}
        self.files = {parts: _read_file(name, self._prefix + "/".join(parts), st, old, new)
                      for parts, name, st in found}
        self._order = None
        if self.cache is not None and new != old:
            _write_cache(self.cache, stamp, new)

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
                _scan(str(path), parts, found)
                for key, name, st in found:
                    self.files[key] = _read_file(name, self._prefix + "/".join(key), st, {}, {})
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
        if not isinstance(old, ArchiveError) and old is not None and old[0].stat == (
                st.st_size, st.st_mtime_ns, st.st_ctime_ns):
            return changed
        new = self.files[parts] = _read_file(str(path), self._prefix + "/".join(parts), st,
                                             {}, {})
        if old is None:
            folders.update(parts[:end] for end in range(1, len(parts)))
            self._order = None
        elif _same_place(old, new):
            self._swaps.append((old[0], new[0]))  # type: ignore[index]
        else:
            self._gathered = None
        return changed + 1

    def gathered(self) -> _Gathered:
        """The files grouped by post.  When the files changed since the last call are
        the same files, of the same kind, in the same post, with the same warnings,
        the last grouping is kept with their new records swapped in."""
        swaps, self._swaps = self._swaps, []
        if self._order is not None and self._gathered is not None and all(
                _swap(self._gathered, old, new) for old, new in swaps):
            return self._gathered
        if self._order is None:
            self._order = sorted(self.files)
        gathered = _assemble(self.files, self._order)
        self._gathered = None if gathered.errors else gathered
        return gathered

    def archive(self, drafts: bool = False, stamps: dict[str, str] | None = None) -> Archive:
        """The model (see `load_archive`); ErrorList on bad files."""
        gathered = self.gathered()
        _check_owners(gathered)
        warnings_all = list(gathered.warnings)
        ranked: list[tuple[Any, Post]] = []
        cache: dict[str, tuple[tuple[Record, ...], Post, list[str], str, Any]] = {}
        for pid, record in gathered.posts.items():
            notes, comments = gathered.notes.get(pid, []), gathered.comments.get(pid, [])
            files = (record, *notes, *comments)
            hit = self._posts.get(pid)
            if hit is None or len(hit[0]) != len(files) or any(
                    a is not b for a, b in zip(hit[0], files, strict=True)):
                warnings: list[str] = []
                post = _post(record, notes, comments, warnings)
                data = repr(sorted((r.path, r.stat) for r in files)).encode()
                hit = (files, post, warnings, hashlib.blake2b(data, digest_size=16).hexdigest(),
                       sort_key(post))
            cache[pid] = hit
            if drafts or not hit[1].draft:
                ranked.append((hit[4], hit[1]))
            warnings_all.extend(hit[2])
            if stamps is not None:
                stamps[pid] = hit[3]
        self._posts = cache
        ranked.sort(key=lambda item: item[0])  # stable: ties keep the files' order
        return Archive(tuple(post for _, post in ranked), tuple(warnings_all))


def _check_owners(gathered: _Gathered) -> None:
    orphans: dict[str, list[str]] = {}
    for post_id, records in [*gathered.notes.items(), *gathered.comments.items()]:
        if post_id not in gathered.posts and records:
            orphans.setdefault(post_id, []).extend(record.path for record in records)
    errors = fold_orphans(gathered.errors, orphans,
                          {pid: record.path for pid, record in gathered.posts.items()})
    if errors:
        raise ErrorList(errors)


def _owner(record: Record) -> tuple[str, Any]:
    return record.kind, record.meta["id"] if record.kind == "post" else record.meta["post"]


def _same_place(old: Read, new: Read) -> bool:
    """Two reads of one file that group the same way (see ContentIndex.gathered)."""
    return (not isinstance(old, ArchiveError) and not isinstance(new, ArchiveError)
            and _owner(old[0]) == _owner(new[0]) and old[1] == new[1])


def _swap(gathered: _Gathered, old: Record, new: Record) -> bool:
    """Put new where old is in the grouping; False when old is not there."""
    kind, owner = _owner(old)
    if kind == "post":
        if gathered.posts.get(owner) is not old:
            return False
        gathered.posts[owner] = new
        return True
    group = (gathered.notes if kind == "note" else gathered.comments).get(owner, [])
    for number, record in enumerate(group):
        if record is old:
            group[number] = new
            return True
    return False


def _display(file: Path, root: Path) -> str:
    try:
        return file.relative_to(root).as_posix()
    except ValueError:
        return file.as_posix()


def _note(record: Record) -> Note:
    m = record.meta
    return Note(m["post"], m["marker"], m["order"], record.body, record.path, m["after"])


def _comments(records: list[Record], warnings: list[str]) -> tuple[Comment, ...]:
    records = sorted(records, key=lambda r: (r.meta["order"], r.path))
    ids = set()
    result = []
    for record in records:
        m = record.meta
        if m["id"] in ids:
            warnings.append(f"{record.path}:1: comment id '{m['id']}' repeated; later one skipped")
            continue
        ids.add(m["id"])
        parent = m["parent"]
        if parent is not None and (parent not in ids or parent == m["id"]):
            warnings.append(
                f"{record.path}:1: parent '{parent}' is not an earlier comment of this post;"
                " shown as a top-level comment"
            )
            parent = None
        author = m["author"] if m["author"] is not None else ""
        result.append(
            Comment(m["id"], m["post"], author, m["date"], parent, m["removed"], m["order"],
                    record.body, record.path, m["time"], tuple(m["printed"]))
        )
    return tuple(result)


def _post(record: Record, notes: list[Record], comments: list[Record], warnings: list[str]) -> Post:
    m = record.meta
    tags: list[str] = []
    seen: set[str] = set()
    for tag in m["tags"]:
        tag = tag.strip()
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return Post(
        id=m["id"],
        title=m["title"],
        date=m["date"],
        author=m["author"],
        tags=tuple(tags),
        source=m["source"],
        source_index=m["source_index"],
        read_more=m["read_more"],
        comment_count=m["comment_count"],
        body=record.body,
        path=record.path,
        notes=tuple(_note(n) for n in sorted(notes, key=lambda r: (r.meta["order"], r.path))),
        comments=_comments(comments, warnings),
        read_more_after=tuple(m["read_more_after"]),
        read_more_lines=tuple(m["read_more_lines"]),
        quotes=tuple(m["quotes"]),
        sources=tuple(m["sources"]),
        printed=tuple(m["printed"]),
        draft=m["draft"],
    )


def load_archive(content_dir: Path, root: Path | None = None, drafts: bool = False,
                 cache: Path | None = None, stamps: dict[str, str] | None = None) -> Archive:
    """Every post of `content_dir` with its notes and comments; ErrorList on bad files.

    With `cache` (a file, e.g. `.cache/load.marshal`), a content file whose size,
    mtime and ctime are those of the last load is not read or parsed again.  With
    `stamps`, fills it with post id -> a hash of the path, size, mtime and ctime of
    every file the post was made from: equal stamps mean equal posts, on the same
    terms as the cache (page input keys use them; hashing the posts costs seconds).
    """
    index = ContentIndex(content_dir, root or content_dir.parent, cache)
    index.rescan()
    return index.archive(drafts, stamps)
