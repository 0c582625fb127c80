"""split: raw dumps in seeds/ -> front-matter Markdown in content/.

Takes: dump files (any encoding we can read).  Gives: one folder per post with
the post, its editor's notes and one file per reader comment; one clear line
per refused dump; a note per hand edit kept against a changed dump, per copy
of a dump and per dump gone from seeds/; the chrome lines that were dropped.

Pipeline: `seeds` (copies, renames, gone dumps) -> `read` (decode, refuse, `parse`
a text dump, `html_page` a saved page, `export` an export) -> `gather` (each post
once: `merge` across inputs; ids and tags by `naming`) -> `files` (texts) ->
`store` (disk, hand edits kept).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from builder.config import SiteConfig
from builder.dumps import State, find_dumps, load_state
from builder.errors import ArchiveError
from builder.report import Bar, Reporter, progress_bars
from builder.split.decode import Decoded, decode
from builder.split.files import NamedPost, orphans_file, orphans_json, post_files, post_json
from builder.split.gather import (
    Input,
    keys_of,
    merge_inputs,
    name_posts,
    post_ids_by_input,
    sharing,
)
from builder.split.lines import marker_regex
from builder.split.merge import match_keys
from builder.split.naming import base_id, compile_rules, tags_for, unique_id
from builder.split.read import read_path
from builder.split.records import ParsedDump, ParsedPost
from builder.split.review import ReviewedDump, review_html
from builder.split.seeds import orphan_lines, plan_seeds, prune
from builder.split.store import (
    Take,
    WriteReport,
    apply,
    file_sha256,
    ids_in_use,
    posts_on_disk,
    save_state,
)


@dataclass
class SplitResult:
    dumps: list[dict[str, Any]] = field(default_factory=list)  # the --json records
    refused: list[str] = field(default_factory=list)  # one line per refused dump
    reported: list[str] = field(default_factory=list)  # kept, but worth a line
    notes: list[str] = field(default_factory=list)  # kept edits, copies, gone dumps: exit 0
    kept: int = 0
    written: int = 0
    removed: int = 0
    unchanged: int = 0
    posts: int = 0
    comments: int = 0
    reviewed: list[ReviewedDump] = field(default_factory=list)  # only for --review


def _display(config: SiteConfig, file: Path | None, source: str) -> str:
    """How a dump is named in messages: seeds/NAME when it lives there."""
    if file is None or (config.seeds_dir.name and (config.seeds_dir / source) == file) or (
        file.is_relative_to(config.seeds_dir)
    ):
        return f"{config.seeds_dir.name}/{source}"
    return str(file)


def _name_posts(posts: Iterable[ParsedPost], source: str, previous: list[str], taken: set[str],
                rules: Any) -> Iterator[NamedPost]:
    """Each post with its id (the one it had, when free) and tags, as the posts come."""
    mine = set(previous)
    taken -= mine  # this dump's own ids are free for it to take again
    given: set[str] = set()
    for index, post in enumerate(posts, start=1):
        if index <= len(previous) and previous[index - 1] not in taken:
            post_id = previous[index - 1]
            taken.add(post_id)
        else:
            post_id = unique_id(base_id(post.title, post.body, post.date, post.url), taken)
        given.add(post_id)
        text = "\n".join([post.title, post.body, *(n.body for n in post.notes)])
        yield NamedPost(post, post_id, tags_for(post.labels, text, rules), source, index)
    taken |= mine - given


def _files(dump: ParsedDump, source: str, record: dict[str, Any] | None, previous: list[str],
           ids: list[str], taken: set[str], rules: Any,
           result: SplitResult, keys: set[str], language: str) -> Iterator[tuple[str, str]]:
    """Every content file of one input, post by post (a big export streams through).

    Fills `ids` with the post ids, `keys` with their merge keys, `record` (when
    given) with the `--json` posts, and counts the comments into `result`."""
    for named in _name_posts(dump.each_post(), source, previous, taken, rules):
        ids.append(named.id)
        keys.update(match_keys(named.post))
        result.comments += len(named.post.comments)
        if record is not None:
            record["posts"].append(post_json(named, language))
        yield from post_files(named, language)
    if dump.orphans:
        orphans = orphans_json(dump.orphans)
        if record is not None:
            record["orphans"] = orphans
        yield orphans_file(source, orphans)


_MARKERS: re.Pattern[str] | None = None
_PROGRESS: Callable[[str], Bar] | None = None  # a progress bar per input, on a terminal
PARALLEL_FROM = 64  # dumps; below this a process pool costs more than it saves


def _init_worker(markers: tuple[str, ...]) -> None:
    global _MARKERS
    _MARKERS = marker_regex(markers)


def _read_one(job: tuple[Path, str]) -> tuple[str, ParsedDump]:
    file, source = job
    assert _MARKERS is not None
    bar = _PROGRESS(source) if _PROGRESS is not None else None
    try:
        return file_sha256(file), read_path(file, source, _MARKERS, bar, stream=True)
    finally:
        if bar is not None:
            bar.close()


def _parsed(config: SiteConfig, jobs: list[tuple[Path, str]],
            progress: Callable[[str], Bar] | None = None) -> Iterator[tuple[str, ParsedDump]]:
    """(sha256 of the bytes, parsed dump) for each job, in order; parsing on every core."""
    global _PROGRESS
    workers = min(os.cpu_count() or 1, 8)
    if len(jobs) < PARALLEL_FROM or workers < 2:
        _init_worker(config.editor_markers)
        _PROGRESS = progress
        try:
            yield from map(_read_one, jobs)
        finally:
            _PROGRESS = None
        return
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                             initargs=(config.editor_markers,)) as pool:
        yield from pool.map(_read_one, jobs, chunksize=16)


def _read_inputs(config: SiteConfig, state: State, dumps: list[tuple[Path, str]],
                 progress: Callable[[str], Bar] | None = None) -> list[Input]:
    """Read the dumps, then every other known input that shares a post with them."""
    jobs, seen, inputs = list(dumps), {s for _, s in dumps}, []
    while jobs:
        parsed = [Input(f, s, digest, dump) for (f, s), (digest, dump)
                  in zip(jobs, _parsed(config, jobs, progress), strict=True)]
        inputs += parsed
        keys = {k for item in parsed for k in keys_of(item.dump)}
        ids = {pid for item in parsed for pid in state.dumps.get(item.source, {}).get("posts", [])}
        more = sharing(state.dumps, seen, keys, ids - {""})
        seen |= more
        jobs = [(config.seeds_dir / s, s) for s in sorted(more) if (config.seeds_dir / s).is_file()]
    return inputs


@dataclass
class _Run:
    """What one split run carries from input to input."""

    config: SiteConfig
    state: State
    report: WriteReport
    result: SplitResult
    taken: set[str]
    rules: Any
    force: Take
    dry_run: bool
    records: bool  # keep the --json records
    review: bool = False  # keep what `split --review` shows
    by_source: dict[str, dict[str, Any]] = field(default_factory=dict)


def _record(run: _Run, item: Input) -> dict[str, Any]:
    """The input's --json record (and its refusal line when it was refused)."""
    dump = item.dump
    shown = _display(run.config, item.file, item.source)
    record: dict[str, Any] = {"file": shown, "error": dump.error, "posts": [],
                              "dropped": dump.dropped}
    run.result.dumps.append(record)
    run.by_source[item.source] = record
    if dump.error:
        record["detail"] = dump.detail
        where = f"{dump.line}:{dump.column}" if dump.column else dump.line
        run.result.refused.append(refused_line(shown, where, dump.error, dump.detail))
        if run.review:
            run.result.reviewed.append(_reviewed(item.file, shown, dump, []))
    elif dump.reported:
        record["reported"] = dump.reported
        run.result.reported += [f"{shown}{line[len(item.source):]}"
                                if line.startswith(item.source) else line
                                for line in dump.reported]
    return record


def _apply(run: _Run, item: Input, files: Iterable[tuple[str, str]], posts: list[str],
           keys: Iterable[str], keep: frozenset[str] = frozenset()) -> None:
    apply(run.config.content_dir, run.state, item.source, files, force=run.force,
          dry_run=run.dry_run, report=run.report, keep=keep)
    if not run.dry_run:
        run.state.dumps[item.source].update(posts=posts, keys=sorted(set(keys)),
                                            sha256=item.digest)


def _write_streamed(run: _Run, item: Input, record: dict[str, Any], previous: list[str]) -> None:
    """The only input of the run, a big export: its posts named and written as they come."""
    ids: list[str] = []
    keys: set[str] = set()

    files = _files(item.dump, item.source, record if run.records else None, previous, ids,
                   run.taken, run.rules, run.result, keys, run.config.language)
    _apply(run, item, files, ids, keys)
    run.result.posts += len(ids)


def _write_merged(run: _Run, good: list[Input], previous: dict[str, list[str]]) -> None:
    """Every post of every input, each once (merged across inputs), written by its owner."""
    for item in good:
        if item.dump.stream is not None:  # a big export beside other inputs: read it all
            item.dump.posts, item.dump.stream = list(item.dump.stream), None
    merged = merge_inputs(good)
    named = name_posts(merged, previous, run.taken, run.rules)
    held = post_ids_by_input(named, merged)
    owned: dict[str, list[NamedPost]] = {}
    for n in named:
        owned.setdefault(n.source, []).append(n)
    language = run.config.language  # a post printed in another language gets `language:`
    files = {source: [f for n in posts for f in post_files(n, language)]
             for source, posts in owned.items()}
    for item in good:
        if item.dump.orphans:
            orphans = orphans_json(item.dump.orphans)
            run.by_source[item.source]["orphans"] = orphans
            files.setdefault(item.source, []).append(orphans_file(item.source, orphans))
    keep = frozenset(rel for written in files.values() for rel, _ in written)
    for item in good:
        record = run.by_source[item.source]
        mine = owned.get(item.source, [])
        if run.records:
            record["posts"] = [post_json(n, language) for n in mine]
        elsewhere = sorted(set(held.get(item.source, [])) - {n.id for n in mine})
        if elsewhere:
            record["merged_into"] = elsewhere
        run.result.posts += len(mine)
        run.result.comments += sum(len(n.post.comments) for n in mine)
        if run.review:
            shown = _display(run.config, item.file, item.source)
            run.result.reviewed.append(_reviewed(item.file, shown, item.dump, mine))
        _apply(run, item, files.get(item.source, []), held.get(item.source, []),
               keys_of(item.dump), keep)


def _reviewed(file: Path, shown: str, dump: ParsedDump,
              named: list[NamedPost]) -> ReviewedDump:
    decoded = decode(file.read_bytes())
    text = decoded.text if isinstance(decoded, Decoded) else ""
    return ReviewedDump(shown, text, named, dump.dropped, dump.error)


KEEP_EDITS = Take()


def refused_line(shown: str, line: int | str, error: str, detail: str | None) -> str:
    """How every command words a refused dump: where, why, what it means, what to do."""
    return (f"{shown}:{line}: {error} ({detail}); not split, so its posts are not in the site "
            "(hint: replace it with the page's text or saved page, or move it out of seeds/)")


def split_dumps(config: SiteConfig, dumps: list[tuple[Path, str]], *, force: Take = KEEP_EDITS,
                dry_run: bool = False, only_changed: bool = False, whole: bool = False,
                remove_orphans: bool = False, progress: Callable[[str], Bar] | None = None,
                records: bool = True, review: bool = False) -> SplitResult:
    """Split each input, each post once however many inputs hold it; write unless dry_run.

    A run whose only input is a big export streams it: its posts are named and
    written one at a time, never all in memory.  Otherwise every post is read, and
    posts several inputs hold are merged (`gather`, `merge`).
    records: keep every post's `--json` record in the result (off for a plain split,
    so that a big export's posts are never all in memory).
    `whole`: the dumps are all of seeds/, so a dump split before and missing now
    is gone (reported; its posts removed only with `remove_orphans`).
    """
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
    inputs = _read_inputs(config, state, dumps, progress)
    good = [item for item in inputs if not item.dump.error]
    on_disk = posts_on_disk(content) if any("posts" not in state.dumps.get(i.source, {})
                                            for i in good) else {}
    previous = {i.source: list(state.dumps.get(i.source, {}).get("posts")
                               or on_disk.get(i.source, [])) for i in good}
    run = _Run(config, state, report, result, taken, rules, force, dry_run, records,
               review)
    streamed = len(good) == 1 and good[0].dump.stream is not None
    for item in inputs:
        record = _record(run, item)
        if item.dump.error:
            continue
        if streamed:
            _write_streamed(run, item, record, previous[item.source])
            break
    if not streamed:
        _write_merged(run, [i for i in inputs if not i.dump.error], previous)
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


REVIEW_FILE = "split-review.html"


def run_split(config: SiteConfig, paths: list[Path] | None, *, force: bool = False,
              dry_run: bool = False, as_json: bool = False, review: bool = False,
              prune: bool = False, reporter: Reporter | None = None) -> int:
    """`archive split`: exit code 0, or 1 when any dump was refused.

    review: also write `split-review.html` in the project folder (see `review`)."""
    reporter = reporter or Reporter()
    paths, take = _takes(config, paths, force)
    if prune and paths:
        raise ArchiveError("--prune looks at all of seeds/", hint="run it without PATH")
    dumps = find_dumps(config, paths)
    bar = progress_bars(sys.stderr) if reporter.verbosity >= 1 else None
    result = split_dumps(config, dumps, force=take, dry_run=dry_run or as_json,
                         whole=not paths, remove_orphans=prune, progress=bar,
                         records=as_json or review, review=review)
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
    for line in result.refused:
        reporter.error(line)
    for line in result.reported:
        reporter.warn(line)
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
    result = split_dumps(config, dumps, only_changed=True, whole=True, records=False)
    for line in result.notes:
        reporter.stage(f"note: {line}")
    if result.posts or result.refused:
        reporter.stage(f"split: {result.posts} post(s) from new or changed dumps, "
                       f"{result.written} file(s) written")
    return result.refused
