"""The search index beside the pages: Pagefind bundles written through the site writer.

Takes: the archive, its search shards (the posts of each) and the page keys (whose
post digests stand for the posts' search documents).  Gives: pagefind/ (shard 0)
and pagefind/s<k>/ (a shard with no posts has none).  A shard whose key is the
current site's is taken over as it is (`builder.incremental.reuse`) and Pagefind
does not run for it: a one-post edit re-indexes one shard.  Pagefind runs while the
pages are rendered (`start_search` before, `SearchJob.finish` after).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
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
    """Index the shards that changed (`start_search`, then its `finish`)."""
    return start_search(archive, urls, writer, config, reporter, keys, shards,
                        later, quick).finish()


def start_search(archive: Any, urls: Urls, writer: SiteWriter, config: SiteConfig,
                 reporter: Reporter, keys: PageKeys, shards: list[list[Any]],
                 later: bool = False, quick: bool = False) -> SearchJob:
    """Take over the shards whose key is the current site's and start Pagefind on the
    others in a thread, beside whatever the caller does next (rendering the pages: the
    search documents come from the model, not from the pages); `finish` writes them.

    With `later`, when some shard would need indexing again, the current site's
    bundles are taken over as they are, out of date, and `finish` returns True: the
    next build indexes.  With `quick` as well (serve, whose search pass comes a second
    later), the current bundles are taken over without working out whether they are
    up to date: the pass does that."""
    if later and quick and keep_stale_search(writer):
        return SearchJob(writer, reporter, pending=True)
    pages = [(urls.page_url(page), page) for page in archive.pages]
    shown = [k for k, posts in enumerate(shards) if posts or not k]
    if not any(rel.startswith(SEARCH_FOLDER) for rel in writer.live_keys):
        # nothing to take over (a clean build): Pagefind starts at once, and the keys,
        # which this build only records, are worked out while it runs
        job = SearchJob(writer, reporter, count=len(shards))
        job.start(lambda: search.index_shards([(k, shards[k]) for k in shown], urls.post_url,
                                              config.language, pages))
        job.keyed = _shard_keys(shown, shards, pages, urls, keys, config)
        return job
    keyed = _shard_keys(shown, shards, pages, urls, keys, config)
    todo = reuse_shards(sorted(keyed.items()), writer, search.shard_of_file)
    if not todo:
        reporter.info("search: no searchable text changed; index kept")
        return SearchJob(writer, reporter, pending=False)
    if later and keep_stale_search(writer):
        reporter.info("search: index left out of date for now")
        return SearchJob(writer, reporter, pending=True)
    job = SearchJob(writer, reporter, keyed={k: keyed[k] for k in todo}, count=len(shards))
    job.start(lambda: search.index_shards([(k, shards[k]) for k in todo], urls.post_url,
                                          config.language, pages))
    return job


def _shard_keys(shown: list[int], shards: list[list[Any]], pages: list[tuple[str, Any]],
                urls: Urls, keys: PageKeys, config: SiteConfig) -> dict[int, str]:
    """Each shown shard's key: its posts' (and shard 0's pages') URLs and digests."""
    common = search.common_key(config.language)
    keyed = {}
    for k in shown:
        documents = [(urls.post_url(post), keys.object_digest(post)) for post in shards[k]]
        if k == 0:  # the stand-alone pages are searched with shard 0
            documents += [(url, keys.object_digest(page)) for url, page in pages]
        keyed[k] = shard_key(documents, f"{common}\0{k}/{len(shards)}")
    return keyed


class SearchJob:
    """Pagefind at work in a thread (a daemon: a build that fails elsewhere does not
    wait for it); `finish` waits and writes the bundles through the site writer."""

    def __init__(self, writer: SiteWriter, reporter: Reporter, pending: bool = False,
                 keyed: dict[int, str] | None = None, count: int = 0) -> None:
        self.writer, self.reporter, self.pending = writer, reporter, pending
        self.keyed, self.count = keyed or {}, count
        self._results: dict[int, search.ShardResult] = {}
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None

    def start(self, index: Callable[[], dict[int, search.ShardResult]]) -> None:
        def run() -> None:
            try:
                self._results = index()
            except BaseException as error:  # raised again by finish, in the build's thread
                self._error = error

        self._thread = threading.Thread(target=run, name="search-index", daemon=True)
        self._thread.start()

    def finish(self) -> bool:
        """Wait for Pagefind and write what it made; True: the index is out of date."""
        if self._thread is None:
            return self.pending
        self._thread.join()
        if self._error is not None:
            # serve stopped this search pass for a new edit: keep the pages, not the index
            if (isinstance(self._error, BuildError) and stop_requested()
                    and keep_stale_search(self.writer)):
                return True
            raise self._error
        for k, key in self.keyed.items():
            for name, data in sorted(self._results[k].files.items()):
                rel = SEARCH_FOLDER + search.shard_folder(k) + name
                self.writer.write(rel, data)
                self.writer.keys[rel] = key
        indexed = sum(self._results[k].documents for k in self.keyed)
        self.reporter.info(f"search: indexed {indexed:,} posts with their notes and comments "
                           f"({len(self.keyed)} of {self.count} shard(s))")
        return False
