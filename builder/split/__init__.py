"""split: raw dumps in seeds/ -> front-matter Markdown in content/.

Takes: dump files (any encoding we can read).  Gives: one folder per post with
the post, its editor's notes and one file per reader comment; one clear line
per refused dump or conflict; the chrome lines that were dropped.

Pipeline: `read` (decode, refuse, `parse`) -> `naming` (ids, tags) -> `files`
(texts) -> `store` (disk, hand edits respected).
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
from builder.split.decode import Decoded, decode
from builder.split.files import NamedPost, post_files, post_json
from builder.split.lines import marker_regex
from builder.split.naming import base_id, compile_rules, tags_for, unique_id
from builder.split.read import read_dump
from builder.split.records import ParsedDump
from builder.split.review import ReviewedDump, review_html
from builder.split.store import (
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
    reviewed: list[ReviewedDump] = field(default_factory=list)  # only for --review


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


def _reviewed(file: Path, shown: str, dump: ParsedDump,
              named: list[NamedPost]) -> ReviewedDump:
    decoded = decode(file.read_bytes())
    text = decoded.text if isinstance(decoded, Decoded) else ""
    return ReviewedDump(shown, text, named, dump.dropped, dump.error)


def split_dumps(config: SiteConfig, dumps: list[tuple[Path, str]], *, force: bool = False,
                dry_run: bool = False, only_changed: bool = False,
                review: bool = False) -> SplitResult:
    """Split each dump; write its content files unless dry_run."""
    rules = compile_rules(config.tag_rules)
    content = config.content_dir
    state = load_state(content)
    taken = ids_in_use(content, state)
    result = SplitResult()
    report = WriteReport()
    if only_changed:
        dumps = [(f, s) for f, s in dumps
                 if state.dumps.get(s, {}).get("sha256") != sha256(f.read_bytes())]
    on_disk: dict[str, list[str]] | None = None
    for (file, source), (digest, dump) in zip(dumps, _parsed(config, dumps), strict=True):
        entry = state.dumps.get(source, {})
        if "posts" not in entry:
            if on_disk is None:
                on_disk = posts_on_disk(content)
            entry = {"posts": on_disk.get(source, [])}
        shown = _display(config, file, source)
        record: dict[str, Any] = {"file": shown, "error": dump.error, "posts": [],
                                  "dropped": dump.dropped}
        if dump.error:
            record["detail"] = dump.detail
            result.refused.append(f"{shown}:{dump.line}: {dump.error} ({dump.detail})")
            result.dumps.append(record)
            if review:
                result.reviewed.append(_reviewed(file, shown, dump, []))
            continue
        named = _name_posts(dump, source, list(entry.get("posts", [])), taken, rules)
        record["posts"] = [post_json(n) for n in named]
        result.dumps.append(record)
        if review:
            result.reviewed.append(_reviewed(file, shown, dump, named))
        result.posts += len(named)
        result.comments += sum(len(n.post.comments) for n in named)
        files = [f for n in named for f in post_files(n)]
        before = len(report.conflicts)
        apply(content, state, source, files, force=force, dry_run=dry_run, report=report)
        if not dry_run and len(report.conflicts) == before:
            state.dumps[source].update(sha256=digest, posts=[n.id for n in named])
        elif not dry_run:
            state.dumps[source].update(posts=[n.id for n in named])
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


REVIEW_FILE = "split-review.html"


def run_split(config: SiteConfig, paths: list[Path] | None, *, force: bool = False,
              dry_run: bool = False, as_json: bool = False, review: bool = False,
              reporter: Reporter | None = None) -> int:
    """`archive split`: exit code 0, or 1 when any dump was refused or conflicted.

    review: also write `split-review.html` in the project folder (see `review`)."""
    reporter = reporter or Reporter()
    dumps = find_dumps(config, paths)
    result = split_dumps(config, dumps, force=force, dry_run=dry_run or as_json, review=review)
    if review:
        report = config.root / REVIEW_FILE
        report.write_text(review_html(result.reviewed, config.content_dir, report),
                          encoding="utf-8")
        doubts = sum(len(n.post.doubts) for d in result.reviewed for n in d.posts)
        reporter.stage(f"split: review of {len(result.reviewed)} dump(s), {doubts} doubt(s) "
                       f"written to {report}")
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
