"""Serve's search pass: the last build's pages, with the search index made again.

Takes: the memory of serve's last build, whose index was left out of date (serve
answers an edit first and indexes a moment later).  Gives: the site with every page
taken over as it is and the search shards indexed from what that build read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from builder.config import SiteConfig
from builder.incremental import state
from builder.report import Reporter

if TYPE_CHECKING:
    from builder.build import BuildResult
    from builder.incremental import BuildMemory


def search_pass(config: SiteConfig, result: BuildResult, memory: BuildMemory,
                reporter: Reporter) -> None:
    """Nothing changed since the last build, whose search index was left out of date:
    take every other file over as it is, and index what that build read."""
    from builder.build_stop import search_stop_point
    from builder.errors import BuildStopped
    from builder.incremental import Outcome, PageKeys, reuse
    from builder.render import template_source
    from builder.search_write import write_search

    search_stop_point()  # serve's next edit came first
    assert memory.last is not None
    archive, urls = memory.search_inputs
    # the post digests of the last build (only those are needed here), made with its
    # plan's lookups as a build makes them: a shard whose posts did not change keeps its key
    reach = memory.shown.plan.reach if memory.shown is not None else (lambda value: None)
    keys = PageKeys(memory.site_key, reach, memory.keys.reach_state,
                    template_source(config.templates_dir), memory.keys)
    writer = memory.writer_for(result.output, state.manifest_file(config, result.output))
    writer.start()
    try:
        reuse.take_over_pages(writer, search_stop_point)
        reporter.stage("search index")
        result.search_pending = write_search(archive, urls, writer, config, reporter, keys,
                                             search_shards(archive, config))
        writer.drop_stale()
        writer.removed()
        writer.commit()
    except BaseException as error:
        writer.abort(keep_spare=isinstance(error, BuildStopped))
        memory.writer = writer.state
        raise
    result.pages, result.refused = len(writer.final), list(memory.refused)
    result.warnings = list(memory.last.warnings)
    memory.finished(Outcome(result.pages, result.warnings, result.search_pending), writer,
                    memory.search_inputs)


def search_shards(archive: Any, config: SiteConfig) -> list[list[Any]]:
    """The posts of each search shard (`search_shards` in site.yaml)."""
    from builder import search

    return search.shard_posts(archive.posts,
                              search.shard_count(archive.posts, config.search_shards))
