"""split: raw dumps in seeds/ -> front-matter Markdown in content/.

Takes: dump files (any encoding we can read).  Gives: one folder per post with
the post, its editor's notes and one file per reader comment; one clear line
per refused dump or conflict; the chrome lines that were dropped.

Pipeline: `read` (decode, refuse, `parse` a text dump or `html_page` a saved
page) -> `gather` (each post once: `merge` across inputs; ids and tags by
`naming`) -> `files` (texts) -> `store` (disk, hand edits respected).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from builder.config import SiteConfig
from builder.errors import ArchiveError
from builder.report import Reporter
from builder.split.files import NamedPost, post_files, post_json
from builder.split.gather import (
    Input,
    keys_of,
    merge_inputs,
    name_posts,
    post_ids_by_input,
    sharing,
)
from builder.split.lines import marker_regex
from builder.split.naming import compile_rules
from builder.split.read import read_dump
from builder.split.records import ParsedDump
from builder.split.store import (
    State,
    WriteReport,
    apply,
    ids_in_use,
    load_state,
    posts_on_disk,
    save_state,
    sha256,
)


@dataclass
class SplitResult:
    dumps: list[dict[str, Any]] = field(default_factory=list)  # the --json records
    refused: list[str] = field(default_factory=list)  # one line per refused dump
    conflicts: list[str] = field(default_factory=list)
    written: int = 0
    removed: int = 0
    unchanged: int = 0
    posts: int = 0
    comments: int = 0


def find_dumps(config: SiteConfig, paths: list[Path] | None) -> list[tuple[Path, str]]:
    """(file, source name) for every dump under the given files and folders, sorted."""
    roots = paths or [config.seeds_dir]
    found: list[tuple[Path, str]] = []
    for root in roots:
        root = root if root.is_absolute() else (Path.cwd() / root)
        if not root.exists() and not root.is_absolute():
            root = config.root / root
        if root.is_dir():
            files = sorted(p for p in root.rglob("*") if p.is_file()
                           and not any(part.startswith(".") for part in p.relative_to(root).parts))
        elif root.is_file():
            files = [root]
        else:
            raise ArchiveError("no such file or folder", root)
        seeds = config.seeds_dir.resolve()
        base = root.resolve() if root.is_dir() else root.parent.resolve()
        prefix = base.relative_to(seeds).as_posix() if base.is_relative_to(seeds) else None
        for f in files:
            if prefix is None:
                source = f.name
            else:
                rel = f.relative_to(root).as_posix() if root.is_dir() else f.name
                source = rel if prefix == "." else f"{prefix}/{rel}"
            found.append((f, source))
    return found


def _display(config: SiteConfig, file: Path, source: str) -> str:
    """How a dump is named in messages: seeds/NAME when it lives there."""
    if (config.seeds_dir.name and (config.seeds_dir / source) == file) or (
        file.is_relative_to(config.seeds_dir)
    ):
        return f"{config.seeds_dir.name}/{source}"
    return str(file)


_MARKERS: re.Pattern[str] | None = None
PARALLEL_FROM = 64  # dumps; below this a process pool costs more than it saves


def _init_worker(markers: tuple[str, ...]) -> None:
    global _MARKERS
    _MARKERS = marker_regex(markers)


def _read_one(job: tuple[Path, str]) -> tuple[str, ParsedDump]:
    file, source = job
    data = file.read_bytes()
    assert _MARKERS is not None
    return sha256(data), read_dump(data, source, _MARKERS)


def _parsed(config: SiteConfig, jobs: list[tuple[Path, str]]) -> Iterator[tuple[str, ParsedDump]]:
    """(sha256 of the bytes, parsed dump) for each job, in order; parsing on every core."""
    workers = min(os.cpu_count() or 1, 8)
    if len(jobs) < PARALLEL_FROM or workers < 2:
        _init_worker(config.editor_markers)
        yield from map(_read_one, jobs)
        return
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                             initargs=(config.editor_markers,)) as pool:
        yield from pool.map(_read_one, jobs, chunksize=16)


def _read_inputs(config: SiteConfig, state: State,
                 dumps: list[tuple[Path, str]]) -> list[Input]:
    """Read the dumps, then every other known input that shares a post with them."""
    jobs, seen, inputs = list(dumps), {s for _, s in dumps}, []
    while jobs:
        parsed = [Input(f, s, digest, dump)
                  for (f, s), (digest, dump) in zip(jobs, _parsed(config, jobs), strict=True)]
        inputs += parsed
        keys = {k for item in parsed for k in keys_of(item.dump)}
        ids = {pid for item in parsed for pid in state.dumps.get(item.source, {}).get("posts", [])}
        more = sharing(state.dumps, seen, keys, ids - {""})
        seen |= more
        jobs = [(config.seeds_dir / s, s) for s in sorted(more) if (config.seeds_dir / s).is_file()]
    return inputs


def split_dumps(config: SiteConfig, dumps: list[tuple[Path, str]], *, force: bool = False,
                dry_run: bool = False, only_changed: bool = False) -> SplitResult:
    """Split each dump (each post once, however many inputs hold it); write unless dry_run."""
    rules = compile_rules(config.tag_rules)
    content = config.content_dir
    state = load_state(content)
    taken = ids_in_use(content, state)
    result = SplitResult()
    report = WriteReport()
    if only_changed:
        dumps = [(f, s) for f, s in dumps
                 if state.dumps.get(s, {}).get("sha256") != sha256(f.read_bytes())]
    inputs = _read_inputs(config, state, dumps)
    good = [item for item in inputs if not item.dump.error]
    merged = merge_inputs(good)
    on_disk = posts_on_disk(content) if any("posts" not in state.dumps.get(i.source, {})
                                            for i in good) else {}
    previous = {i.source: list(state.dumps.get(i.source, {}).get("posts")
                               or on_disk.get(i.source, [])) for i in good}
    named = name_posts(merged, previous, taken, rules)
    held = post_ids_by_input(named, merged)
    owned: dict[str, list[NamedPost]] = {}
    for n in named:
        owned.setdefault(n.source, []).append(n)
    files = {source: [f for n in posts for f in post_files(n)] for source, posts in owned.items()}
    keep = frozenset(rel for written in files.values() for rel, _ in written)
    for item in inputs:
        shown = _display(config, item.file, item.source)
        dump = item.dump
        record: dict[str, Any] = {"file": shown, "error": dump.error, "posts": [],
                                  "dropped": dump.dropped}
        result.dumps.append(record)
        if dump.error:
            record["detail"] = dump.detail
            result.refused.append(f"{shown}:{dump.line}: {dump.error} ({dump.detail})")
            continue
        mine = owned.get(item.source, [])
        record["posts"] = [post_json(n) for n in mine]
        elsewhere = sorted(set(held.get(item.source, [])) - {n.id for n in mine})
        if elsewhere:
            record["merged_into"] = elsewhere
        result.posts += len(mine)
        result.comments += sum(len(n.post.comments) for n in mine)
        before = len(report.conflicts)
        apply(content, state, item.source, files.get(item.source, []), force=force,
              dry_run=dry_run, report=report, keep=keep)
        if not dry_run:
            entry = state.dumps[item.source]
            entry.update(posts=held.get(item.source, []), keys=keys_of(dump))
            if len(report.conflicts) == before:
                entry.update(sha256=item.digest)
    if not dry_run:
        save_state(content, state)
    result.conflicts = [
        f"content/{rel}:1: edited by hand since split wrote it; not overwritten "
        "(hint: keep your edit, or run `archive split --force` to take the dump's version)"
        for rel in report.conflicts
    ]
    result.written, result.removed = len(report.written), len(report.removed)
    result.unchanged = report.unchanged
    return result


def run_split(config: SiteConfig, paths: list[Path] | None, *, force: bool = False,
              dry_run: bool = False, as_json: bool = False,
              reporter: Reporter | None = None) -> int:
    """`archive split`: exit code 0, or 1 when any dump was refused or conflicted."""
    reporter = reporter or Reporter()
    dumps = find_dumps(config, paths)
    result = split_dumps(config, dumps, force=force, dry_run=dry_run or as_json)
    if as_json:
        json.dump({"dumps": result.dumps}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    for line in result.refused + result.conflicts:
        reporter.error(line)
    if not as_json:
        verb = "would write" if dry_run else "wrote"
        reporter.stage(
            f"split: {len(dumps)} dump(s), {result.posts} post(s), {result.comments} comment(s);"
            f" {verb} {result.written} file(s), removed {result.removed}, "
            f"{result.unchanged} unchanged; {len(result.refused)} refused, "
            f"{len(result.conflicts)} conflict(s)"
        )
    return 1 if result.refused or result.conflicts else 0


def split_for_build(config: SiteConfig, reporter: Reporter) -> list[str]:
    """Split new or changed dumps before a build (as `split` without --force).

    Returns one line per refused dump or conflict (`path:line: reason`); the
    build lists them and fails only under --strict.
    """
    if not config.seeds_dir.is_dir():
        return []
    dumps = find_dumps(config, None)
    result = split_dumps(config, dumps, only_changed=True)
    if result.posts or result.refused:
        reporter.stage(f"split: {result.posts} post(s) from new or changed dumps, "
                       f"{result.written} file(s) written")
    return result.refused + result.conflicts
