"""One content file: read, checked against its schema, remembered in the parse cache.

Takes: a content file's path (and the parse cache of the last load).  Gives: a
`Record` (its kind, checked front matter values and body) and its warnings, or the
`ContentError` that says why it cannot be used.
"""

from __future__ import annotations

import contextlib
import gc
import marshal
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple, cast

from builder import cache_file, frontmatter
from builder.errors import ArchiveError, ContentError
from builder.forked import map_batches
from builder.schema import DEFAULTS, REQUIRED, SCHEMAS, SchemaProblem, checked


@dataclass(slots=True)
class Record:
    """One content file, checked against its schema."""

    kind: str
    meta: dict[str, Any]
    body: str
    path: str
    stat: tuple[int, int, int] = (0, 0, 0)  # size, mtime_ns, ctime_ns of the file read


def _key_line(text: str, key: str) -> int:
    for number, line in enumerate(text.split("\n")[1:], start=2):
        if line.startswith(f"{key}:"):
            return number
        if line == frontmatter.DELIMITER:
            break
    return 1


# each kind's keys, in schema order, with the values of the keys a file leaves out
_DEFAULTS = {kind: {key: DEFAULTS.get(key) for key in schema} for kind, schema in SCHEMAS.items()}


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
    values = dict(_DEFAULTS[kind])  # (in schema order, as the parse cache gives them)
    for key, value in meta.items():
        rule = schema.get(key)
        if rule is None:
            warnings.append(f"{path}:{_key_line(text, key)}: unknown key '{key}' ignored")
            continue
        try:
            values[key] = checked(rule, value)
        except SchemaProblem as exc:
            raise ContentError(f"'{key}': {exc}", path, _key_line(text, key)) from None
    return Record(str(kind), values, body.strip("\n"), path), warnings


# -- the parse cache -----------------------------------------------------------------------
# One file in .cache/: relative path -> (size, mtime_ns, ctime_ns, kind, checked values in
# schema order, body, warnings) of every content file that read without error.  marshal of
# plain tuples: loads 75,000 entries in a fraction of a second and runs no code.
CACHE_VERSION = 2  # bump when a schema gains keys (entries hold values in schema order)
Entry = tuple[int, int, int, str, tuple[Any, ...], str, tuple[str, ...]]


class FileStat(NamedTuple):
    """What the parse cache and the load know of a file's stat."""

    st_size: int
    st_mtime_ns: int
    st_ctime_ns: int


def is_content_file(name: str) -> bool:
    """A file of the content folder that the load reads (in a folder that is not
    hidden, itself not a folder)."""
    return name.endswith(".md") and not name.startswith(".")


def scan(folder: str, parts: tuple[str, ...], found: list[tuple[tuple[str, ...], str, Any]]
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
                scan(entry.path, (*parts, entry.name), found)
            elif is_content_file(entry.name) and not entry.is_dir():
                found.append(((*parts, entry.name), entry.path, entry.stat()))
        except OSError:
            continue


# entries changed since the cache was written whole go to a side file beside it (a
# one-post edit of 10,000 posts writes a few kB, not 43 MB) until there are this many
DELTA_MAX = 2000


def read_cache(cache: Path | None, owner: tuple[str, str]
               ) -> tuple[dict[str, Entry], dict[str, Entry]]:
    """Every entry (the cache with its side file read over it), and the side file's.
    An entry holds for its file's stat only, so a side file left beside a newer cache
    can cost a read, never a wrong record."""
    if cache is None:
        return {}, {}
    entries = _read(cache, owner)
    delta = _read(_delta(cache), owner) if entries else {}
    return ({**entries, **delta} if delta else entries), delta


def _read(path: Path, owner: tuple[str, str]) -> dict[str, Entry]:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, tuple) or len(data) != 3 or data[:2] != (CACHE_VERSION, owner):
        return {}
    return data[2] if isinstance(data[2], dict) else {}


def _delta(cache: Path) -> Path:
    return cache.with_name(cache.name + ".delta")


def write_cache(cache: Path, owner: tuple[str, str], entries: dict[str, Entry],
                old: dict[str, Entry], delta: dict[str, Entry]) -> None:
    """Keep `entries` (what this load read), given what `read_cache` gave: nothing
    written when nothing changed, the side file when few entries did, else the
    whole cache (which also drops the entries of files gone)."""
    changed = {rel: entry for rel, entry in entries.items() if old.get(rel) is not entry}
    if not changed and len(entries) == len(old):
        return
    if old and len(delta) + len(changed) <= DELTA_MAX and not old.keys() - entries.keys():
        _write(_delta(cache), (CACHE_VERSION, owner, {**delta, **changed}))
        return
    _write(cache, (CACHE_VERSION, owner, entries))
    _delta(cache).unlink(missing_ok=True)


def _write(path: Path, data: Any) -> None:
    with contextlib.suppress(ValueError):  # something marshal cannot write: no cache
        cache_file.write(path, marshal.dumps(data))


def _entry(record: Record, warnings: list[str], st: Any) -> Entry:
    values = tuple(map(record.meta.__getitem__, SCHEMAS[record.kind]))
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, record.kind, values, record.body,
            tuple(warnings))


def _from_entry(entry: Entry, path: str) -> tuple[Record, list[str]]:
    kind = entry[3]
    meta = dict(zip(SCHEMAS[kind], entry[4], strict=True))
    return Record(kind, meta, entry[5], path), list(entry[6])


_READ = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0)
_CHUNK = 1 << 16


def _text(name: str) -> str:
    """A file's text as `open(name, encoding="utf-8").read()` gives it (line ends
    made "\n"), read as bytes with the system's calls alone: open, read to the end,
    close (a file object adds a stat, an isatty and a seek, and twice the CPU of
    this; 75,000 files at 10,000 posts)."""
    fd = os.open(name, _READ)
    try:
        chunks = [os.read(fd, _CHUNK)]
        while chunks[-1]:
            chunks.append(os.read(fd, _CHUNK))
    finally:
        os.close(fd)
    text = (chunks[0] if len(chunks) == 2 else b"".join(chunks)).decode("utf-8")
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


class FileRead(NamedTuple):
    """One content file read without error."""

    record: Record
    warnings: list[str]


# one content file as read, or why it could not be read
Read = FileRead | ArchiveError
Parts = tuple[str, ...]


def read_file(name: str, rel: str, st: Any, old: dict[str, Entry], new: dict[str, Entry]
               ) -> Read:
    hit = old.get(rel)
    if hit is not None and hit[:3] == (st.st_size, st.st_mtime_ns, st.st_ctime_ns):
        record, warnings = _from_entry(hit, rel)
        new[rel] = hit
    else:
        try:
            record, warnings = read_record(_text(name), rel)
        except UnicodeDecodeError:
            return ContentError("not UTF-8 text", rel, 1)
        except ArchiveError as exc:
            return exc
        except OSError as exc:
            return ContentError(f"cannot read: {exc.strerror}", rel, 1)
        new[rel] = _entry(record, warnings, st)
    record.stat = (st.st_size, st.st_mtime_ns, st.st_ctime_ns)
    return FileRead(record, warnings)


# a load with this many files the parse cache does not know (a first or clean build)
# parses them in forked workers, one per core (10,000 posts: 75,000 files, 4.9 s of CPU)
PARSE_IN_WORKERS_FROM = 2000
# a file a worker could not read: (-1, the ContentError's message, path, line, hint)
_Failed = tuple[int, str, "str | None", "int | None", "str | None"]


def read_files(found: list[tuple[Parts, str, Any]], prefix: str, old: dict[str, Entry],
               new: dict[str, Entry], workers: int | None = None) -> dict[Parts, Read]:
    """`read_file` of every file `scan` found (`prefix`: the content folder's display
    path); the files the parse cache `old` does not know are parsed by forked workers
    when there are many (their entries go to `new` as `read_file` puts them)."""
    rels = [prefix + "/".join(parts) for parts, _, _ in found]
    todo = [(name, rel, FileStat(st.st_size, st.st_mtime_ns, st.st_ctime_ns))
            for (_, name, st), rel in zip(found, rels, strict=True)
            if (hit := old.get(rel)) is None
            or hit[:3] != (st.st_size, st.st_mtime_ns, st.st_ctime_ns)]
    if len(todo) < PARSE_IN_WORKERS_FROM:
        return {parts: read_file(name, rel, st, old, new)
                for (parts, name, st), rel in zip(found, rels, strict=True)}
    parsed: dict[str, Read] = {}

    def take(batch: list[Entry | _Failed]) -> None:  # while the workers parse on:
        # each entry taken as a cache hit, each error made again here
        for got in batch:
            name, rel, st = todo[len(parsed)]
            parsed[rel] = (ContentError(*got[1:]) if got[0] == -1  # the worker's error
                           else read_file(name, rel, st, {rel: cast(Entry, got)}, new))

    map_batches(_parse_batch, todo, workers, PARSE_IN_WORKERS_FROM, take)
    files: dict[Parts, Read] = {}
    for (parts, name, st), rel in zip(found, rels, strict=True):
        got = parsed.get(rel)  # else known to the parse cache
        files[parts] = got if got is not None else read_file(name, rel, st, old, new)
    return files


def _parse_batch(batch: list[tuple[str, str, FileStat]]) -> list[Entry | _Failed]:
    """In a worker: each file's parse cache entry, or its error's arguments (its
    class is ContentError: what `read_file` gives of a file it cannot use)."""
    done: list[Entry | _Failed] = []
    collecting = gc.isenabled()
    gc.disable()  # what a parse makes holds no cycle; a collection would look at every
    try:  # object of the batch again and again (and at the parent's that the worker shares)
        for name, rel, st in batch:
            new: dict[str, Entry] = {}
            read = read_file(name, rel, st, {}, new)
            done.append(new[rel] if isinstance(read, FileRead)
                        else (-1, read.message, read.path, read.line, read.hint))
    finally:
        if collecting:
            gc.enable()
    return done
