"""The search index beside the pages: Pagefind bundles written through the site writer.

Takes: the archive, its search shards (the posts of each) and the page keys (whose
post digests stand for the posts' search documents).  Gives: pagefind/ (shard 0)
and pagefind/s<k>/ (a shard with no posts has none).  A shard whose key is the
current site's is taken over as it is (`builder.incremental.reuse`) and Pagefind
does not run for it; a shard where few posts changed is patched (Pagefind indexes
those posts alone, builder.search_patch), from its bundle in the current site and
the record of what that bundle was made from (`.cache/`, `ShardRecords`); the files the
patch leaves as they are, and that the new site's folder has already, are taken over
without being read or written.  Pagefind runs while the pages are rendered
(`start_search` before, `SearchJob.finish` after).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from builder import cache_file, search
from builder.config import SiteConfig
from builder.errors import BuildError
from builder.forked import CpuSample
from builder.incremental import PageKeys, state
from builder.incremental.reuse import SEARCH_FOLDER, keep_stale_search, reuse_shards, shard_key
from builder.output import SiteWriter
from builder.pagefind import stop_requested
from builder.report import Reporter
from builder.search_bundle import INDEX_CHUNK_BYTES
from builder.search_fork import ForkedSearch, can_fork
from builder.search_form import Form, form_bytes, read_form
from builder.search_patch import Base, Record, read_record, record_bytes
from builder.urls import Urls


def write_search(archive: Any, urls: Urls, writer: SiteWriter, config: SiteConfig,
                 reporter: Reporter, keys: PageKeys, shards: list[list[Any]],
                 later: bool = False, quick: bool = False) -> bool:
    """Index the shards that changed (`start_search`, then its `finish`)."""
    return start_search(archive, urls, writer, config, reporter, keys, shards,
                        later, quick).finish()


def fork_search(archive: Any, urls: Urls, writer: SiteWriter, config: SiteConfig,
                shards: list[list[Any]], workers: int | None, budget: int,
                since: CpuSample | None = None) -> ForkedSearch | None:
    """A clean build's index started at once in a forked process (builder.search_fork)
    when the site has no search files to take over and the process may fork (`workers`:
    the build's worker processes; `budget`: the memory they may add; `since`: when the
    content began loading, see `ForkedSearch.start`); None: `start_search` does it
    later."""
    if (any(rel.startswith(SEARCH_FOLDER) for rel in writer.live_keys)
            or not can_fork(workers, budget)):
        return None
    pages, shown = _shown(archive, urls, shards)
    forked = ForkedSearch(lambda done: search.index_shards(
        [(k, shards[k]) for k in shown], urls.post_url, config.language, pages, done=done),
        writer, lambda k: SEARCH_FOLDER + search.shard_folder(k))
    forked.start(since)
    return forked


def start_search(archive: Any, urls: Urls, writer: SiteWriter, config: SiteConfig,
                 reporter: Reporter, keys: PageKeys, shards: list[list[Any]],
                 later: bool = False, quick: bool = False,
                 forked: ForkedSearch | None = None) -> SearchJob:
    """Take over the shards whose key is the current site's and start Pagefind on the
    others in a thread, beside whatever the caller does next (rendering the pages: the
    search documents come from the model, not from the pages); `finish` writes them.

    With `later`, when some shard would need indexing again, the current site's
    bundles are taken over as they are, out of date, and `finish` returns True: the
    next build indexes.  With `quick` as well (serve, whose search pass comes a second
    later), the current bundles are taken over without working out whether they are
    up to date: the pass does that.  `forked`: the index `fork_search` started."""
    if later and quick and keep_stale_search(writer):
        return SearchJob(writer, reporter, pending=True)
    pages, shown = _shown(archive, urls, shards)
    records = ShardRecords(writer, config)
    if not any(rel.startswith(SEARCH_FOLDER) for rel in writer.live_keys):
        # nothing to take over (a clean build): Pagefind starts at once, and the keys,
        # which this build only records, are worked out while it runs
        job = SearchJob(writer, reporter, count=len(shards), records=records, forked=forked)
        if forked is None:
            job.start(lambda: search.index_shards([(k, shards[k]) for k in shown],
                                                  urls.post_url, config.language, pages))
        job.keyed, job.digests = _shard_keys(shown, shards, pages, urls, keys, records.common)
        return job
    keyed, digests = _shard_keys(shown, shards, pages, urls, keys, records.common)
    todo = reuse_shards(sorted(keyed.items()), writer, search.shard_of_file)
    if not todo:
        reporter.info("search: no searchable text changed; index kept")
        return SearchJob(writer, reporter, pending=False)
    if later and keep_stale_search(writer):
        reporter.info("search: index left out of date for now")
        return SearchJob(writer, reporter, pending=True)
    job = SearchJob(writer, reporter, keyed={k: keyed[k] for k in todo}, count=len(shards),
                    records=records, digests=digests)
    bases = {k: base for k in todo if (base := records.base(k, digests[k])) is not None}
    job.start(lambda: search.index_shards([(k, shards[k]) for k in todo], urls.post_url,
                                          config.language, pages, bases=bases,
                                          common=records.common))
    return job


def _shown(archive: Any, urls: Urls, shards: list[list[Any]]
           ) -> tuple[list[tuple[str, Any]], list[int]]:
    """The stand-alone pages (URL, page), searched with shard 0, and the shards that
    have a bundle (shard 0 always; another when it has posts)."""
    return ([(urls.page_url(page), page) for page in archive.pages],
            [k for k, posts in enumerate(shards) if posts or not k])


def _shard_keys(shown: list[int], shards: list[list[Any]], pages: list[tuple[str, Any]],
                urls: Urls, keys: PageKeys, common: str
                ) -> tuple[dict[int, str], dict[int, dict[str, str]]]:
    """Each shown shard's key (its posts' (and shard 0's pages') URLs and digests, and
    `common`, builder.search.common_key) and those digests by URL."""
    keyed, digests = {}, {}
    for k in shown:
        documents = [(urls.post_url(post), keys.object_digest(post)) for post in shards[k]]
        if k == 0:  # the stand-alone pages are searched with shard 0
            documents += [(url, keys.object_digest(page)) for url, page in pages]
        keyed[k] = shard_key(documents, f"{common}\0{k}/{len(shards)}")
        digests[k] = dict(documents)
    return keyed, digests


class ShardRecords:
    """What each shard's bundle in the current site was made from (builder.search_patch),
    one file a shard and key in `.cache/`: the record of the current site's bundle and
    of the one this build makes (a failed build leaves the current one usable); and
    the form of the bundle a patch made (builder.search_form: the next patch of posts
    edited in place decodes only what they touch).  `writer`: the site writer, or what
    a quick edit knows of the site as one (its `live` hashes and `live_keys`, `target`,
    and `reuse`: the hashes of the files the new site's folder holds already)."""

    def __init__(self, writer: SiteWriter | Any, config: SiteConfig) -> None:
        self.writer = writer
        self.folder = state.state_file(config, writer.target).with_suffix(".search")
        self.common = search.common_key(config.language)
        self._shards: dict[int, list[str]] | None = None  # the current site's, by shard

    def live(self, k: int) -> tuple[list[str], str | None]:
        """The current site's files of shard k and the one key they were made from."""
        if self._shards is None:
            self._shards = {}
            for rel in self.writer.live:
                if rel.startswith(SEARCH_FOLDER):
                    shard = search.shard_of_file(rel[len(SEARCH_FOLDER):])
                    self._shards.setdefault(shard, []).append(rel)
        rels = self._shards.get(k, [])
        made = {self.writer.live_keys.get(rel) for rel in rels}
        return rels, made.pop() if len(made) == 1 else None

    def base(self, k: int, digests: dict[str, str]) -> Base | None:
        """Shard k's bundle in the current site with its record, if both are there."""
        rels, key = self.live(k)
        if key is None:
            return None
        try:
            record = read_record((self.folder / f"s{k}-{key}.rec").read_bytes())
        except OSError:
            return None
        prefix = SEARCH_FOLDER + search.shard_folder(k)
        if record is None or record.key != key or prefix + record.meta not in self.writer.live:
            return None
        writer, form = self.writer, self.folder / f"s{k}-{key}.form"

        def read() -> dict[str, bytes]:
            return {rel[len(prefix):]: (writer.target / rel).read_bytes() for rel in rels}

        def read_form_file() -> Form | None:
            try:
                return read_form(form.read_bytes())
            except OSError:
                return None

        def ready(name: str) -> bool:  # the new site's folder has the current bytes
            h = writer.live.get(prefix + name)
            return h is not None and writer.reuse.get(prefix + name) == h

        return Base(record, read, digests, read_form_file,
                    lambda name: (writer.target / (prefix + name)).read_bytes(), ready)

    def save(self, k: int, key: str, result: search.ShardResult, digests: dict[str, str]
             ) -> None:
        metas = [name for name in [*result.files, *result.same, *result.written]
                 if name.endswith(".pf_meta")]
        if len(metas) != 1:
            return
        record = Record(key, self.common, INDEX_CHUNK_BYTES, metas[0],
                        [(url, digests[url]) for url in result.order], result.cut)
        keep_record(self.folder, k, record, result.form, self.live(k)[1])


def keep_record(folder: Path, k: int, record: Record, form: Form | None,
                live_key: str | None) -> None:
    """Shard k's record of the bundle a build made (and the bundle's form, when the
    patch gave one) in `folder`; the other records and forms of shard k go, but the
    record of the current site's bundle (`live_key`: this build may fail), whose form
    (4 MB a shard of 2,500 posts) goes too: a form only saves time."""
    path = folder / f"s{k}-{record.key}.rec"
    cache_file.write(path, record_bytes(record))
    data = form_bytes(form) if form is not None else None
    if data is not None:
        cache_file.write(path.with_suffix(".form"), data)
    keep = {path.name, path.with_suffix(".form").name, f"s{k}-{live_key}.rec"}
    for old in folder.glob(f"s{k}-*"):
        if old.suffix in (".rec", ".form") and old.name not in keep:
            old.unlink(missing_ok=True)


class SearchJob:
    """Pagefind at work in a thread (a daemon: a build that fails elsewhere does not
    wait for it); `finish` waits and writes the bundles through the site writer."""

    def __init__(self, writer: SiteWriter, reporter: Reporter, pending: bool = False,
                 keyed: dict[int, str] | None = None, count: int = 0,
                 records: ShardRecords | None = None,
                 digests: dict[int, dict[str, str]] | None = None,
                 forked: ForkedSearch | None = None) -> None:
        self.writer, self.reporter, self.pending = writer, reporter, pending
        self.keyed, self.count = keyed or {}, count
        self.records, self.digests = records, digests or {}
        self.forked = forked
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
        if self.forked is not None:
            self._results = self.forked.results()
        elif self._thread is None:
            return self.pending
        else:
            self._thread.join()
        if self._error is not None:
            # serve stopped this search pass for a new edit: keep the pages, not the index
            if (isinstance(self._error, BuildError) and stop_requested()
                    and keep_stale_search(self.writer)):
                return True
            raise self._error
        for k, key in self.keyed.items():
            result = self._results[k]
            for name, data in sorted(result.files.items()):
                rel = SEARCH_FOLDER + search.shard_folder(k) + name
                self.writer.write(rel, data)
                self.writer.keys[rel] = key
            for name in result.same:  # in the new site's folder already, as they are
                rel = SEARCH_FOLDER + search.shard_folder(k) + name
                self.writer.record(rel, str(self.writer.live[rel]), key)
            for name, h in result.written.items():  # written there by the forked index
                self.writer.record(SEARCH_FOLDER + search.shard_folder(k) + name, h, key)
            if self.records is not None and k in self.digests:
                self.records.save(k, key, result, self.digests[k])
        self.reporter.info(indexed_line(
            sum(self._results[k].documents for k in self.keyed), len(self.keyed), self.count,
            [self._results[k].kept for k in self.keyed if self._results[k].kept],
            sum(1 for k in self.keyed if self._results[k].in_place))
            + (", in a process of its own" if self.forked is not None else ""))
        return False


def indexed_line(indexed: int, made: int, count: int, kept: list[int], in_place: int = 0
                 ) -> str:
    """What a build says of its search index (-v): `made` of `count` shards made again,
    `kept`: the posts each patched shard kept, `in_place` of them patched in place."""
    patched = (f"; {len(kept)} shard(s) patched" + (f" ({in_place} in place)" if in_place else "")
               + f", {sum(kept):,} posts kept as they were" if kept else "")
    return (f"search: indexed {indexed:,} posts with their notes and comments "
            f"({made} of {count} shard(s)){patched}")
