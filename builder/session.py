"""Serve's build session: `build_site`, keeping what it read between builds.

Takes: a project and, for each build, the input paths the watcher reported.
Gives: the same `BuildResult` and the same site, byte for byte, as a clean
`build_site`, at a cost that follows the edit, not the archive (see
`BuildSession`).  Used by `archive serve`'s build process; `build` knows nothing
of it.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from builder.build import (
    SEARCH_FOLDER,
    BuildMemory,
    BuildResult,
    build_from,
    search_shards,
    start_result,
    warn,
    write_search,
)
from builder.build import site_key as key_of_site
from builder.config import SiteConfig
from builder.errors import ArchiveError, BuildError
from builder.load import ContentIndex
from builder.output import SiteWriter
from builder.report import Reporter
from builder.split import split_for_build

MAX_ATTRIBUTED = 200  # more changed paths than this in one batch: stat everything


@dataclass
class BuildSession(BuildMemory):
    """What `archive serve`'s build process keeps between builds, so that an edit is
    built in proportion to itself.

    Kept: every content file as read (`ContentIndex`; only the changed paths are
    read again, not the stat of all 75,000 files and the parse cache), the site
    writer's record of the current site and its spare folder (instead of its
    manifest and a walk of both folders), the plan's per-post parts and related
    posts, the site key and split's last list of refused dumps.

    A change it cannot attribute makes the next build a full one (every input
    stat-ed, as `archive build` does): a changed path outside content/ (site.yaml,
    templates, static, seeds), the project root itself (the watcher's sign of lost
    events), more than MAX_ATTRIBUTED paths at once, changed paths not given at all
    (None), other config or options, or an internal error (a user's error, such as
    a bad content file, keeps what was read: the next save re-reads that file)."""

    settings: tuple[Any, ...] | None = None  # (config, options) of the state below
    index: ContentIndex | None = None
    site_key: str = ""
    refused: list[str] = field(default_factory=list)
    last: BuildResult | None = None  # the last successful build
    failed: bool = False  # the last build failed: never "nothing changed" after it

    def build(self, config: SiteConfig, *, base_url: str | None = None,
              output: Path | None = None, strict: bool = False, drafts: bool = False,
              reporter: Reporter, workers: int | None = None, search_later: bool = False,
              changed: list[Path] | None = None) -> BuildResult:
        """`build_site` (same arguments and result) from what this session kept;
        `changed`: the input paths changed since its last build, as the watcher
        reported them (None: unknown, stat everything)."""
        started = time.perf_counter()
        result, options = start_result(config, base_url, output, strict, drafts)
        try:
            return _build(config, options, result, self, changed, reporter, workers,
                          search_later, started)
        except ArchiveError:
            self.failed = True  # the user's error: what the session read is still true
            raise
        except BaseException:
            self.reset()  # a bug or an interruption: start again from the files
            raise

    def content_changes(self, config: SiteConfig, options: dict[str, Any],
                        changed: list[Path] | None) -> list[Path] | None:
        """The changed content paths to re-read; None when the build must be full."""
        settings = (config, sorted(options.items()))
        if settings != self.settings or self.index is None or self.last is None:
            self.reset(settings)
            return None
        if changed is None or len(changed) > MAX_ATTRIBUTED:
            return None
        content = config.content_dir
        inside = []
        for path in changed:
            if _under(path, content):
                inside.append(path)
            else:
                return None
        return inside

    def prepare(self, output: Path) -> None:
        """Work done between builds so that the next one is quick (see
        `SiteWriter.prepare_spare`)."""
        if self.writer is not None:
            self.writer = SiteWriter.prepare_spare(output, self.writer)

    def reset(self, settings: tuple[Any, ...] | None = None) -> None:
        self.settings, self.index, self.writer, self.last = settings, None, None, None
        self.plan_memo, self.key_memo, self.search_inputs = {}, {}, ()


def _under(path: Path, folder: Path) -> bool:
    """path is inside folder (not folder itself: a content/ made or removed is full)."""
    return any(base in path.parents for base in (folder, Path(os.path.realpath(folder))))


def _build(config: SiteConfig, options: dict[str, Any], result: BuildResult,
           session: BuildSession, changed: list[Path] | None, reporter: Reporter,
           workers: int | None, search_later: bool, started: float) -> BuildResult:
    """build_site with a session: re-read only what changed, when that is known."""
    paths = session.content_changes(config, options, changed)
    if paths is None:
        session.refused = split_for_build(config, reporter)
        session.site_key = key_of_site(config, options)
        reporter.stage("loading content/")
        if session.index is None:
            session.index = ContentIndex(config.content_dir, config.root,
                                         config.root / ".cache" / "load.marshal")
        session.index.rescan()
    elif session.index is not None and session.last is not None \
            and not session.index.update(paths) and not session.failed:
        if not search_later and session.last.search_pending and session.search_inputs:
            _search_only(config, result, session, reporter)  # serve's search pass
            result.seconds = time.perf_counter() - started
            session.last = result
            return result
        last = session.last
        result.pages, result.skipped, result.warnings = last.pages, True, list(last.warnings)
        result.search_pending = last.search_pending
        result.refused = list(session.refused)
        warn(result, bool(options["strict"]), reporter, "the site was not rebuilt")
        reporter.stage("nothing changed since the last build")
        result.seconds = time.perf_counter() - started
        return result
    assert session.index is not None
    result.refused = list(session.refused)
    build_from(config, options, result, session.index, session, reporter, workers,
               search_later, session.site_key)
    result.seconds = time.perf_counter() - started
    session.last, session.failed = result, False
    return result


def _search_only(config: SiteConfig, result: BuildResult, session: BuildSession,
                 reporter: Reporter) -> None:
    """Nothing changed since the last build, whose search index was left out of date:
    take every other file over as it is, and index what that build read."""
    assert session.last is not None
    archive, urls, stamps = session.search_inputs
    writer = SiteWriter(result.output, memory=session.writer)
    writer.start()
    try:
        for rel, h in writer.live.items():
            if rel.startswith(SEARCH_FOLDER):
                continue
            if h is None or writer.take_live(rel) != h:
                raise BuildError(f"the current site lost a file: {rel}")
            writer.record(rel, h, writer.live_keys.get(rel))
        reporter.stage("search index")
        result.search_pending = write_search(archive, urls, writer, config, reporter,
                                             stamps=stamps,
                                             shards=search_shards(archive, config))
        writer.drop_stale()
        writer.removed()
        writer.commit()
    except BaseException:
        writer.abort()
        session.writer = writer.state
        raise
    session.writer = writer.state
    result.pages, result.refused = len(writer.final), list(session.refused)
    result.warnings = list(session.last.warnings)
