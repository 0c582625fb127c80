"""split: raw dumps in seeds/ -> front-matter Markdown in content/.

Takes: dump files (any encoding we can read).  Gives: one folder per post with
the post, its editor's notes and one file per reader comment; one clear line
per refused dump; a note per hand edit kept against a changed dump, per copy
of a dump and per dump gone from seeds/; the chrome lines that were dropped.

Pipeline: `seeds` (copies, renames, gone dumps) -> `read` (decode, refuse,
`parse`) -> `naming` (ids, tags) -> `files` (texts) -> `store` (disk, hand
edits kept).
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
from builder.split.lines import marker_regex
from builder.split.naming import base_id, compile_rules, tags_for, unique_id
from builder.split.read import read_dump
from builder.split.records import ParsedDump
from builder.split.seeds import orphan_lines, plan_seeds, prune
from builder.split.store import (
    Take,
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
    notes: list[str] = field(default_factory=list)  # kept edits, copies, gone dumps: exit 0
    kept: int = 0
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


def _display(config: SiteConfig, file: Path | None, source: str) -> str:
    """How a dump is named in messages: seeds/NAME when it lives there."""
    if file is None or (config.seeds_dir.name and (config.seeds_dir / source) == file) or (
        file.is_relative_to(config.seeds_dir)
    ):
        return f"{config.seeds_dir.name}/{source}"
    return str(file)


def _name_posts(dump: ParsedDump, source: str, previous: list[str], taken: set[str],
                rules: Any) -> list[NamedPost]:
    named = []
    mine = set(previous)
    taken -= mine  # this dump's own ids are free for it to take again
    for index, post in enumerate(dump.posts, start=1):
        if index <= len(previous) and previous[index - 1] not in taken:
            post_id = previous[index - 1]
            taken.add(post_id)
        else:
            post_id = unique_id(base_id(post.title, post.body, post.date), taken)
        text = "\n".join([post.title, post.body, *(n.body for n in post.notes)])
        named.append(NamedPost(post, post_id, tags_for(post.labels, text, rules), source, index))
    taken |= mine - {n.id for n in named}
    return named


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


KEEP_EDITS = Take()


def refused_line(shown: str, line: int, error: str, detail: str | None) -> str:
    """How every command words a refused dump: where, why, what it means, what to do."""
    return (f"{shown}:{line}: {error} ({detail}); not split, so its posts are not in the site "
            "(hint: replace it with the page's text or saved page, or move it out of seeds/)")


def split_dumps(config: SiteConfig, dumps: list[tuple[Path, str]], *, force: Take = KEEP_EDITS,
                dry_run: bool = False, only_changed: bool = False, whole: bool = False,
                remove_orphans: bool = False) -> SplitResult:
    """Split each dump; write its content files unless dry_run.

    `whole`: the dumps are all of seeds/, so a dump split before and missing now
    is gone (reported; its posts removed only with `remove_orphans`)."""
    rules = compile_rules(config.tag_rules)
    content = config.content_dir
    state = load_state(content)
    result = SplitResult()
    report = WriteReport()
    def shown(file: Path | None, source: str) -> str:
        return _display(config, file, source)
    seeds = plan_seeds(dumps, state, whole=whole, dry_run=dry_run, shown=shown)
    dumps, result.notes = seeds.dumps, seeds.notes
    if remove_orphans and not dry_run:
        result.notes += prune(content, seeds, state, shown)
    else:
        result.notes += orphan_lines(seeds, shown)
    taken = ids_in_use(content, state)
    if only_changed:
        dumps = [(f, s) for f, s in dumps
                 if state.dumps.get(s, {}).get("sha256") != seeds.digests[s]]
    on_disk: dict[str, list[str]] | None = None
    for (file, source), (digest, dump) in zip(dumps, _parsed(config, dumps), strict=True):
        entry = state.dumps.get(source, {})
        if "posts" not in entry:
            if on_disk is None:
                on_disk = posts_on_disk(content)
            entry = {"posts": on_disk.get(source, [])}
        name = shown(file, source)
        record: dict[str, Any] = {"file": name, "error": dump.error, "posts": [],
                                  "dropped": dump.dropped}
        if dump.error:
            record["detail"] = dump.detail
            result.refused.append(refused_line(name, dump.line, dump.error, dump.detail))
            result.dumps.append(record)
            continue
        named = _name_posts(dump, source, list(entry.get("posts", [])), taken, rules)
        record["posts"] = [post_json(n) for n in named]
        result.dumps.append(record)
        result.posts += len(named)
        result.comments += sum(len(n.post.comments) for n in named)
        files = [f for n in named for f in post_files(n)]
        apply(content, state, source, files, force=force, dry_run=dry_run, report=report)
        if not dry_run:
            state.dumps[source].update(sha256=digest, posts=[n.id for n in named])
    if not dry_run:
        save_state(content, state)
    result.notes += [
        f"content/{rel}: kept your edit; the dump now reads differently:\n{diff}\n"
        f"  (to take the dump's version of this file: archive split --force content/{rel})"
        for rel, diff in report.kept
    ]
    result.kept = len(report.kept) + report.edits
    result.written, result.removed = len(report.written), len(report.removed)
    result.unchanged = report.unchanged
    return result


def _takes(config: SiteConfig, paths: list[Path] | None,
           force: bool) -> tuple[list[Path] | None, Take]:
    """Split PATHs into dumps and content files (or folders) whose dump version to take."""
    content = config.content_dir.resolve()
    dumps, takes = [], []
    for path in paths or []:
        full = (path if path.is_absolute() else Path.cwd() / path).resolve()
        if full.is_relative_to(content):
            if not force:
                raise ArchiveError("a content file, not a dump", path, hint=(
                    f"`archive split --force {path}` takes the dump's version of it"))
            takes.append(full.relative_to(content).as_posix())
        else:
            dumps.append(path)
    if takes:
        return dumps or None, Take(paths=tuple(takes))
    return paths, Take(everything=force)


def run_split(config: SiteConfig, paths: list[Path] | None, *, force: bool = False,
              dry_run: bool = False, as_json: bool = False, prune: bool = False,
              reporter: Reporter | None = None) -> int:
    """`archive split`: exit code 0, or 1 when any dump was refused."""
    reporter = reporter or Reporter()
    paths, take = _takes(config, paths, force)
    if prune and paths:
        raise ArchiveError("--prune looks at all of seeds/", hint="run it without PATH")
    dumps = find_dumps(config, paths)
    result = split_dumps(config, dumps, force=take, dry_run=dry_run or as_json,
                         whole=not paths, remove_orphans=prune)
    if as_json:
        json.dump({"dumps": result.dumps}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    for line in result.refused:
        reporter.error(line)
    if not as_json:
        for line in result.notes:
            reporter.stage(f"note: {line}")
        verb = "would write" if dry_run else "wrote"
        kept = f", {result.kept} edited by hand kept" if result.kept else ""
        reporter.stage(
            f"split: {len(dumps)} dump(s), {result.posts} post(s), {result.comments} comment(s);"
            f" {verb} {result.written} file(s), removed {result.removed}, "
            f"{result.unchanged} unchanged{kept}; {len(result.refused)} refused"
        )
    return 1 if result.refused else 0


def split_for_build(config: SiteConfig, reporter: Reporter) -> list[str]:
    """Split new or changed dumps before a build (as `split` without --force).

    Returns one line per refused dump (`path:line: reason`); the build lists
    them and fails only under --strict.  Kept hand edits and the other notes
    are printed, and are no failure.
    """
    if not config.seeds_dir.is_dir():
        return []
    dumps = find_dumps(config, None)
    result = split_dumps(config, dumps, only_changed=True, whole=True)
    for line in result.notes:
        reporter.stage(f"note: {line}")
    if result.posts or result.refused:
        reporter.stage(f"split: {result.posts} post(s) from new or changed dumps, "
                       f"{result.written} file(s) written")
    return result.refused
