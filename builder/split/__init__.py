"""split: raw dumps in seeds/ -> front-matter Markdown in content/.

Takes: dump files (any encoding we can read).  Gives: one folder per post with
the post, its editor's notes and one file per reader comment; one clear line
per refused dump or conflict; the chrome lines that were dropped.

Pipeline: `read` (decode, refuse, `parse`) -> `naming` (ids, tags) -> `files`
(texts) -> `store` (disk, hand edits respected).
"""

from __future__ import annotations

import json
import sys
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
from builder.split.store import WriteReport, apply, ids_in_use, load_state, save_state, sha256


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
        found.extend((f, _source_name(config, f)) for f in files)
    return found


def _source_name(config: SiteConfig, file: Path) -> str:
    try:
        return file.resolve().relative_to(config.seeds_dir.resolve()).as_posix()
    except ValueError:
        return file.name


def _display(config: SiteConfig, file: Path) -> str:
    try:
        return file.resolve().relative_to(config.root.resolve()).as_posix()
    except ValueError:
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


def split_dumps(config: SiteConfig, dumps: list[tuple[Path, str]], *, force: bool = False,
                dry_run: bool = False, only_changed: bool = False) -> SplitResult:
    """Split each dump; write its content files unless dry_run."""
    markers = marker_regex(config.editor_markers)
    rules = compile_rules(config.tag_rules)
    content = config.content_dir
    state = load_state(content)
    taken = ids_in_use(content, state)
    result = SplitResult()
    report = WriteReport()
    for file, source in dumps:
        data = file.read_bytes()
        digest = sha256(data)
        entry = state.dumps.get(source, {})
        if only_changed and entry.get("sha256") == digest:
            continue
        dump = read_dump(data, source, markers)
        shown = _display(config, file)
        record: dict[str, Any] = {"file": shown, "error": dump.error, "posts": [],
                                  "dropped": dump.dropped}
        if dump.error:
            record["detail"] = dump.detail
            result.refused.append(f"{shown}:{dump.line}: {dump.error} ({dump.detail})")
            result.dumps.append(record)
            continue
        named = _name_posts(dump, source, list(entry.get("posts", [])), taken, rules)
        record["posts"] = [post_json(n) for n in named]
        result.dumps.append(record)
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
