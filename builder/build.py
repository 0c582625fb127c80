"""The one pipeline: split -> load -> plan -> render -> write (search beside render).

Takes: the site config, the build's options and, from `archive serve`, the memory
it keeps between builds with the paths its watcher saw.  Gives: a complete site in
`_site/` (or `-o DIR`) and a `BuildResult`; on any failure the previous site is
left untouched.

The stages know nothing of caching; `builder.incremental` decides what can be
reused: whole builds when no input changed, pages and search shards whose keys are
the current site's, the content files and per-post work serve's memory kept.
Static files, pictures and the GitHub Pages files are `builder.site_extras`'s;
`archive build`'s printed summary is `builder.build_command`'s.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from builder.build_stop import stop_point, stop_requested
from builder.config import SiteConfig, source_date
from builder.errors import ArchiveError, BuildError, BuildStopped
from builder.incremental import state
from builder.report import Reporter

if TYPE_CHECKING:
    from builder.collector import Collector
    from builder.incremental import BuildMemory
    from builder.limits import SiteSize
    from builder.output import SiteWriter

# The stages are imported by the functions that run them: `archive build` with no input
# changed stops after a stat of every input, and imports none of them (0.3 s of imports).


def __getattr__(name: str) -> Any:
    """`BuildMemory`, part of the build's public entry, imported when first asked for."""
    if name == "BuildMemory":
        from builder.incremental.memory import BuildMemory
        return BuildMemory
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True)
class BuildOptions:
    """How to build: `base_url` and `output` override site.yaml's; `search_later`
    (serve): when the search index must be made again, keep the current one, out of
    date, and say so in `result.search_pending` (the next build without it indexes)."""

    base_url: str | None = None
    output: Path | None = None
    strict: bool = False
    drafts: bool = False
    search_later: bool = False
    workers: int | None = None
    reporter: Reporter = field(default_factory=Reporter)


@dataclass
class BuildResult:
    output: Path
    pages: int = 0  # files written (pages, static files, .nojekyll, ...)
    changed: list[str] = field(default_factory=list)  # site paths whose bytes changed
    warnings: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    seconds: float = 0.0
    removed: list[str] = field(default_factory=list)
    skipped: bool = False  # nothing changed since the last build
    search_pending: bool = False  # search_later: the search index is out of date
    size: SiteSize | None = None  # of the built site (archive build; not serve's builds)


def settings_of(config: SiteConfig, options: BuildOptions) -> dict[str, Any]:
    """All that the output depends on besides the input files."""
    output = Path(options.output) if options.output is not None else config.output_dir
    if not output.is_absolute():
        output = Path.cwd() / output
    return {"base_url": options.base_url or config.base_url, "drafts": options.drafts,
            "strict": options.strict, "output": str(output), "epoch": source_date()}


def build(config: SiteConfig, options: BuildOptions, memory: BuildMemory | None = None,
          changed: list[Path] | None = None) -> BuildResult:
    """Build the whole site atomically; raises ArchiveError/ErrorList on failure.
    `memory` (serve's) is used and updated; `changed`: the input paths changed since
    its last build (None: unknown, every input is looked at)."""
    started = time.perf_counter()
    settings = settings_of(config, options)
    result = BuildResult(output=Path(settings["output"]))
    fingerprint, last = None, {}
    if memory is None:  # `archive build`: stop at once when no input changed
        fingerprint = state.inputs_fingerprint(config, settings)
        last = state.last_build(state.state_file(config, result.output))
        if state.unchanged(last, fingerprint, result.output):
            _nothing_changed(result, options, last)
            result.seconds = time.perf_counter() - started
            return result
        from builder.incremental.quick import quick_build

        if quick_build(config, options, settings, fingerprint, last, result, warn):
            result.seconds = time.perf_counter() - started
            return result
        from builder.incremental.memory import BuildMemory
        memory = BuildMemory(kept=False)
    from builder.collector import Collector
    collector = Collector(freeze=not memory.kept)
    try:
        _build(config, options, settings, memory, changed, result, collector,
               fingerprint, last)
    except ArchiveError as error:
        # a build or search pass given up for serve's next edit failed nothing
        if not (isinstance(error, BuildStopped) or stop_requested()):
            memory.failed = True  # the user's error: what the memory read is still true
        raise
    except BaseException:
        memory.reset()  # a bug or an interruption: start again from the files
        raise
    finally:
        collector.resume()
    result.seconds = time.perf_counter() - started
    return result


def preview(config: SiteConfig, options: BuildOptions, memory: BuildMemory,
            changed: list[Path]) -> list[str]:
    """Serve, before `build` with the same paths: the edited post's own page put in
    place at once (`builder.preview`); the site paths it wrote."""
    from builder.preview import preview_post

    settings = settings_of(config, options)
    if memory.settings != (config, sorted(settings.items())):
        return []
    return preview_post(config, memory, changed, options.drafts, Path(settings["output"]))


def _build(config: SiteConfig, options: BuildOptions, settings: dict[str, Any],
           memory: BuildMemory, changed: list[Path] | None, result: BuildResult,
           collector: Collector, fingerprint: state.Fingerprint | None,
           last: dict[str, Any]) -> None:
    """`fingerprint` of the inputs before split runs, and what the `last` build saved
    (`archive build`; None and {} for serve)."""
    reporter = options.reporter
    paths = memory.content_changes(config, settings, changed)
    if paths is None and memory.kept:  # serve: a stat of every input says what changed
        fingerprint, last = state.inputs_fingerprint(config, settings), memory.split_said
        paths = memory.check(fingerprint)
    notes: list[str] = []
    full = paths is None
    if paths is None:
        memory.outside = ""  # until this build has succeeded
        before = fingerprint
        memory.refused, notes, fingerprint = state.split_new_dumps(config, settings, reporter,
                                                                   fingerprint, last)
        memory.site_key = state.site_key(config, settings)
        reporter.stage("loading content/")
        memory.begin_loading()
        if fingerprint is not None and not memory.kept:  # for the snapshot (quick edits)
            memory.content_rest = fingerprint.content_rest()
        memory.content(config).rescan(fingerprint.content if fingerprint is not None else None,
                                      cache_later=not memory.kept)  # (`let_go_of_index`)
        for used in (before, fingerprint):
            if used is not None:
                used.release()  # read: a stat of each content file (100,000 posts: 0.6 GB)
    elif (not memory.content(config).update(paths) and not memory.failed
          and not memory.unbuilt):
        if not options.search_later and memory.last and memory.last.search_pending:
            from builder.build_search import search_pass

            return search_pass(config, result, memory, reporter)
        assert memory.last is not None
        return _nothing_changed(result, options, {
            "pages": memory.last.pages, "warnings": memory.last.warnings,
            "search_pending": memory.last.search_pending, "refused": memory.refused})
    memory.unbuilt = True  # until this build has finished
    result.refused = list(memory.refused)
    # a full build is never given up (a stream of saves must not starve it)
    keep = _make_site(config, options, settings, memory, result, collector,
                      stop_point if not full else lambda: None)
    saved = None
    if fingerprint is not None and full and memory.kept:
        memory.outside = fingerprint.outside
        memory.split_said = {"split": fingerprint.split, "refused": result.refused,
                             "notes": notes}
    elif fingerprint is not None and full and not result.search_pending:
        state.save(state.state_file(config, result.output), fingerprint, result.output,
                   {"pages": result.pages, "warnings": result.warnings,
                    "refused": result.refused, "notes": notes})
        saved = fingerprint
    if keep is not None:
        keep(saved)  # the snapshot belongs to the state saved (None: dropped)


def _nothing_changed(result: BuildResult, options: BuildOptions, last: dict[str, Any]) -> None:
    """What the last build reported, said again (`last`: as `state.save` kept it)."""
    for line in last.get("notes", []):
        options.reporter.stage(line)
    result.pages, result.skipped = int(last["pages"]), True
    result.warnings = list(last["warnings"])
    result.search_pending = bool(last.get("search_pending", False))
    result.refused = list(last.get("refused", []))
    warn(result, options.strict, options.reporter, "the site was not rebuilt")
    options.reporter.stage("nothing changed since the last build")


def _make_site(config: SiteConfig, options: BuildOptions, settings: dict[str, Any],
               memory: BuildMemory, result: BuildResult, collector: Collector,
               stop: Callable[[], None]) -> Callable[[state.Fingerprint | None], None] | None:
    """load -> plan -> render -> write, from the content files as read.  `stop()`,
    called between stages, raises BuildStopped to give the build up (serve).  A
    one-off build returns what writes its snapshot once its state is saved
    (`builder.incremental.snapshot`: the next build's quick edit)."""
    from builder import search
    from builder.build_search import search_shards
    from builder.compact import packed, unpacked, worth_laying_out
    from builder.incremental import Outcome, PageKeys, reuse, snapshot
    from builder.incremental.names import KeyStore
    from builder.markup import MarkupCache
    from builder.oldurls import post_paths
    from builder.plan import plan_site
    from builder.preview import remember_shown
    from builder.render import Renderer, template_source
    from builder.render_pool import RENDER_MEMORY_BUDGET, YIELD_NICE, RenderPool
    from builder.search_write import fork_search, start_search
    from builder.site_extras import write_extras
    from builder.urls import Urls

    reporter = options.reporter
    archive = memory.content(config).archive(drafts=options.drafts)
    names = inputs = None
    state_file = state.state_file(config, result.output)
    if not memory.kept and worth_laying_out(archive):  # laid out again (builder.compact),
        names, inputs = memory.let_go_of_index(len(archive.posts), state_file)  # index gone
        data = packed(archive)
        del archive
        archive = unpacked(data)
        del data
    stop()
    result.warnings.extend(archive.warnings)
    urls = Urls.from_base(settings["base_url"], config.permalink).with_paths(
        post_paths(archive, config.permalink))
    search_page = (config.templates_dir / "search.html").is_file()
    shards = search_shards(archive, config)
    writer = memory.writer_for(result.output, state.manifest_file(config, result.output))
    writer.start()
    forked = snapshot_job = None
    try:
        # a clean one-off build's index needs only the model: it starts now, forked
        forked = None if memory.kept else fork_search(archive, urls, writer, config, shards,
                                                      options.workers, RENDER_MEMORY_BUDGET,
                                                      memory.loading)
        if not memory.kept:  # the index's last use, once the search index has started
            if names is None:
                names, inputs = memory.let_go_of_index(len(archive.posts), state_file)
            names.name_posts(archive.posts)
        reporter.stage(f"planning pages for {len(archive.posts):,} posts")
        plan = plan_site(archive, config, urls, search=search_page,
                         remember=memory.remembered if names is None
                         else names.remember(memory.remembered),
                         search_shards=search.merged_shards(shards),
                         old_urls=(config.templates_dir / "redirect.html").is_file(),
                         stop=stop)
        result.warnings.extend(plan.warnings)
        stop()
        # Markdown is rendered (or read from its cache) by the pages that show it: a
        # one-post edit reads a few documents, not all 70,000
        renderer = Renderer(config, urls, plan, search=search_page,
                            source_date=settings["epoch"],
                            markup_cache=MarkupCache(config.root / ".cache" / "markup"))
        result.warnings.extend(renderer.warnings)  # the site's language has no catalogue
        keys = PageKeys(memory.site_key, plan.reach, plan.reach_state(),
                        template_source(config.templates_dir), memory.keys, again=memory.kept,
                        store=None if names is None
                        else KeyStore(state.keys_file(config, result.output)), names=names)
        snapshot_job = None if inputs is None else snapshot.writer(
            config, settings, archive, plan, urls, keys,
            inputs._replace(rest=memory.content_rest))
        reporter.stage(f"writing {len(plan.pages):,} pages")
        changed: list[str] = []
        # Pagefind indexes the model while the pages render (forked above, or in a
        # thread).  A build that can take nothing over forks its render workers first
        # (a process with a thread running is not forked); any other starts Pagefind
        # first.  The keys of a clean build, only recorded, are worked out meanwhile
        whole = not (writer.live_keys or keys.again)
        search_job = None if whole else start_search(
            archive, urls, writer, config, reporter, keys, shards,
            later=options.search_later, quick=memory.kept, forked=forked)
        todo = ([(page, None) for page in plan.pages] if whole
                else reuse.reuse_pages(plan.pages, keys, writer, changed, stop))
        collector.resume()
        # beside a forked index (the longest path), on a quiet machine, the pages yield
        nice = YIELD_NICE if forked is not None and forked.quiet else 0
        with RenderPool(todo, renderer, writer, options.workers, keys.key,
                        None if snapshot_job is None else snapshot_job.work, nice) as pool:
            collector.pause(whole and forked is not None and pool.processes > 1)  # keys only
            if search_job is None:
                search_job = start_search(archive, urls, writer, config, reporter, keys,
                                          shards, later=options.search_later, forked=forked)
            rendered, template_warnings = pool.run(reporter)
            if snapshot_job is not None:  # the next build's quick edit (written beside)
                snapshot_job.made = pool.side_outcome
        changed += rendered
        result.warnings.extend(dict.fromkeys(template_warnings))
        changed += write_extras(config, writer)
        reporter.stage("search index")
        result.search_pending = search_job.finish()
        stop()
        _commit(writer, result, options)
    except BaseException as error:
        if forked is not None:
            forked.stop()
        if snapshot_job is not None:
            snapshot_job.abandon()
        writer.abort(keep_spare=isinstance(error, BuildStopped))
        memory.writer = writer.state
        raise
    result.changed = sorted(changed)
    remember_shown(memory, plan, urls, search_page, settings["epoch"])
    memory.remembered.end_build()
    keys.end(keep_fields=result.search_pending)
    memory.finished(Outcome(result.pages, result.warnings, result.search_pending), writer,
                    (archive, urls))
    if snapshot_job is None:
        return None
    return partial(snapshot.finish, snapshot_job, settings, options.reporter, result.size,
                   len(shards), search_page)


def _commit(writer: SiteWriter, result: BuildResult, options: BuildOptions) -> None:
    """Swap the new site in, unless --strict refuses its warnings."""
    writer.drop_stale()
    warn(result, options.strict, options.reporter, "the previous site was left as it was")
    result.removed = writer.removed()
    writer.commit()
    if writer.memory is not None:
        result.pages = len(writer.final)
    else:
        result.size = writer.size  # measured as the new folder was walked
        assert result.size is not None
        result.pages = result.size.files


def warn(result: BuildResult, strict: bool, reporter: Reporter, outcome: str) -> None:
    """Print the warnings; under --strict, warnings and refused dumps fail the build."""
    for line in result.warnings:
        reporter.warn(line)
    if strict and (result.warnings or result.refused):
        count = len(result.warnings) + len(result.refused)
        raise BuildError(f"--strict: {count} warning(s) or refused dump(s); {outcome}")


def build_site(config: SiteConfig, *, base_url: str | None = None, output: Path | None = None,
               strict: bool = False, drafts: bool = False, reporter: Reporter,
               workers: int | None = None, search_later: bool = False) -> BuildResult:
    """`build` without memory, from keyword arguments."""
    return build(config, BuildOptions(base_url, output, strict, drafts, search_later, workers,
                                      reporter))
