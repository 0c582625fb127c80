"""The search index beside the pages: Pagefind bundles written through the site writer.

Takes: the archive, its search shards (the posts of each) and the page keys (whose
post digests stand for the posts' search documents).  Gives: pagefind/ (shard 0)
and pagefind/s<k>/ (a shard with no posts has none).  A shard whose key is the
current site's is taken over as it is (`builder.incremental.reuse`) and Pagefind
does not run for it: a one-post edit re-indexes one shard.
"""

from __future__ import annotations

from typing import Any

from builder import search
from builder.config import SiteConfig
from builder.errors import BuildError
from builder.incremental import PageKeys
from builder.incremental.reuse import SEARCH_FOLDER, keep_stale_search, reuse_shards, shard_key
from builder.output import SiteWriter
from builder.pagefind import stop_requested
from builder.report import Reporter
from builder.urls import Urls


def write_search(archive: Any, urls: Urls, writer: SiteWriter, config: SiteConfig,
                 reporter: Reporter, keys: PageKeys, shards: list[list[Any]],
                 later: bool = False, quick: bool = False) -> bool:
    """Index the shards that changed.  With `later`, when some shard would need
    indexing again, the current site's bundles are taken over as they are, out of
    date, and True is returned: the next build indexes.  With `quick` as well (serve,
    whose search pass comes a second later), the current bundles are taken over
    without working out whether they are up to date: the pass does that."""
    if later and quick and keep_stale_search(writer):
        return True
    common = search.common_key(config.language)
    pages = [(urls.page_url(page), page) for page in archive.pages]
    keyed = {}
    for k, posts in enumerate(shards):
        if k and not posts:
            continue
        documents = [(urls.post_url(post), keys.object_digest(post)) for post in posts]
        if k == 0:  # the stand-alone pages are searched with shard 0
            documents += [(url, keys.object_digest(page)) for url, page in pages]
        keyed[k] = shard_key(documents, f"{common}\0{k}/{len(shards)}")
    todo = reuse_shards(sorted(keyed.items()), writer, search.shard_of_file)
    if not todo:
        reporter.info("search: no searchable text changed; index kept")
        return False
    if later and keep_stale_search(writer):
        reporter.info("search: index left out of date for now")
        return True
    try:
        results = search.index_shards([(k, shards[k]) for k in todo], urls.post_url,
                                      config.language, pages)
    except BuildError:
        # serve stopped this search pass for a new edit: keep the pages, not the index
        if stop_requested() and keep_stale_search(writer):
            return True
        raise
    for k in todo:
        for name, data in sorted(results[k].files.items()):
            rel = SEARCH_FOLDER + search.shard_folder(k) + name
            writer.write(rel, data)
            writer.keys[rel] = keyed[k]
    indexed = sum(results[k].documents for k in todo)
    reporter.info(f"search: indexed {indexed:,} posts with their notes and comments "
                  f"({len(todo)} of {len(shards)} shard(s))")
    return False
