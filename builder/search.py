"""Search index: the archive model -> a Pagefind bundle in `<site>/pagefind/`.

Takes the model (posts, editor's notes, reader comments) and the function that gives
a post's site-relative URL; gives the static files Pagefind's browser library reads.

The index is built from the model, never from the rendered pages (no navigation, no
sidebars, no repeated chrome): one small Pagefind page per post whose headings carry
the anchors of its notes (`#note-N`) and comments (`#cN`).  Pagefind then answers a
query with one result per post and, inside it, one sub-result per place the words
were found (the post text, an editor's note, a comment by NAME) linking there.
A record per comment would give 7 times as many pages: over 10,000 posts that was
118 s, 4 GB of memory and a 620 kB meta file that every first query loads
(docs/search.md).

Filters: `tag`, `year`, `kind` (post, note, comment: the kinds of text a post has),
`commenter`.  Sort key: `date`.  Meta: `date`, `commenters` (JSON: comment id -> name)
so that the page can narrow sub-results to a kind or a commenter.

Shards: over a large archive the index is split into S bundles, each post in the
shard its id hashes to (`shard_of`); the browser merges them (Pagefind's
`mergeIndex`).  Pagefind's memory is then bounded per shard, shards are indexed in
parallel when cores and memory allow (`index_shards`), and an edit re-indexes only
the shard of the post it touches.  Shard 0 is `pagefind/` (with Pagefind's script
and WebAssembly); shard k > 0 is `pagefind/s<k>/` (index files only).  S comes from
the size of the searchable text (`shard_count`), a power of two so that it changes
rarely, or from `search_shards` in site.yaml.

Pagefind is the PyPI `pagefind[extended]` binary, driven through its `--service`
protocol; its files come back in memory (GetFiles) and are written here, complete and
in a stable order (see builder.search_bundle).  The package's asyncio wrapper polls
for each answer with a 0.1 s sleep (70,000 records would take two hours), so this
module speaks the same protocol synchronously, one request and one answer at a time.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import os
import re
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from builder.config import MAX_SEARCH_SHARDS
from builder.errors import BuildError
from builder.model import Archive, Post, SitePage
from builder.pagefind import cannot_run, index_documents, pagefind_binary
from builder.report import Reporter
from builder.search_bundle import (
    INDEX_CHUNK_BYTES,
    PRIMARY_ONLY,
    UNUSED_FILES,
    Cut,
    bundle_files,
)
from builder.search_documents import document, language_code
from builder.search_form import Form
from builder.search_patch import Base, patch_files
from builder.search_split import split_shard

SHARD_TEXT = 8_000_000  # characters of searchable text per shard (search_shards: auto):
# 10,000 posts (28 M characters) make 4 shards, the most whose first query stays under
# 300 kB (docs/search.md)
PEAK_PER_CHAR = 90  # Pagefind's peak memory per character indexed, bytes (82-87 measured)
PEAK_BASE = 30 << 20  # and at no text
MEMORY_BUDGET = 1536 << 20  # Pagefinds running at once stay under this (and half the free memory)


def write_search_index(archive: Archive, post_url: Callable[[Post], str], out_dir: Path,
                       language: str, reporter: Reporter, shards: int | None = None,
                       common_budget: int = INDEX_CHUNK_BYTES) -> list[ShardResult]:
    """Index every post, note and comment of `archive` into `out_dir / "pagefind"`
    (`shards` bundles; None: as many as `shard_count` says; the commonest words'
    entries cut to `common_budget` bytes, 0: kept whole, see builder.search_words)."""
    target = Path(out_dir) / "pagefind"
    if target.exists():
        shutil.rmtree(target)
    count = shard_count(archive.posts, shards)
    groups = shard_posts(archive.posts, count)
    results = index_shards([(k, posts) for k, posts in enumerate(groups) if posts or not k],
                           post_url, language, common_budget=common_budget)
    for k, result in sorted(results.items()):
        _write_bundle(result.files, target / shard_folder(k))
    reporter.info(f"search: indexed {len(archive.posts):,} posts with their notes and comments"
                  f" in {count} shard(s)")
    return [results[k] for k in sorted(results)]


# -- shards -------------------------------------------------------------------------------

def text_size(post: Post) -> int:
    """Characters of a post's searchable text (what Pagefind's work grows with)."""
    return (len(post.title) + len(post.body) + sum(len(n.body) for n in post.notes)
            + sum(len(c.body) + len(c.author) for c in post.comments if not c.removed))


def shard_count(posts: Sequence[Post], setting: int | None = None) -> int:
    """How many shards: `setting` when given, else one per SHARD_TEXT characters of
    text, rounded up to a power of two (so that it changes only when the archive
    doubles or halves), at most MAX_SEARCH_SHARDS.  A shard with no posts gets no bundle
    (`merged_shards`)."""
    count = setting or shards_for_text(sum(text_size(post) for post in posts))
    # the primary bundle (shard 0) must have posts: Pagefind's browser library waits
    # forever for an empty primary's WebAssembly (only a tiny archive with a forced
    # count can meet this)
    while count > 1 and posts and not any(shard_of(post.id, count) == 0 for post in posts):
        count -= 1
    return count


def shards_for_text(total: int) -> int:
    """`search_shards: auto` for `total` characters of text, before the check that
    shard 0 has posts."""
    needed = math.ceil(total / SHARD_TEXT)
    count = 1
    while count < needed and count < MAX_SEARCH_SHARDS:
        count *= 2
    return count


def shard_of(post_id: str, count: int) -> int:
    """The shard a post belongs to: a stable hash of its id (an edit never moves it;
    with a power-of-two count, doubling splits each shard in two)."""
    digest = hashlib.blake2b(post_id.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % count


def shard_posts(posts: Sequence[Post], count: int) -> list[list[Post]]:
    """The posts of each shard, in archive order."""
    groups: list[list[Post]] = [[] for _ in range(count)]
    for post in posts:
        groups[shard_of(post.id, count)].append(post)
    return groups


def merged_shards(groups: Sequence[Sequence[Post]]) -> list[int]:
    """The shards the browser merges into the primary one: those with posts."""
    return [k for k, posts in enumerate(groups) if k and posts]


def shard_folder(k: int) -> str:
    """Shard k's folder inside pagefind/: "" (the primary) or "s<k>/"."""
    return f"s{k}/" if k else ""


def shard_of_file(rel: str) -> int:
    """The shard a file inside pagefind/ belongs to ("s3/index/x" -> 3, "index/x" -> 0)."""
    first, _, rest = rel.partition("/")
    return int(first[1:]) if rest and re.fullmatch(r"s[1-9][0-9]*", first) else 0


@dataclass
class ShardResult:
    files: dict[str, bytes]  # the bundle: relative path -> bytes
    documents: int  # how many documents Pagefind indexed
    seconds: float
    peak_bytes: int  # the Pagefind process's peak resident memory (0 when unknown)
    order: list[str] = field(default_factory=list)  # each page's URL, in page order
    cut: dict[str, Cut] = field(default_factory=dict)  # words cut: search_bundle.Cut
    kept: int = 0  # pages taken over from the current bundle (a patch); 0: all indexed
    same: list[str] = field(default_factory=list)  # files of the current bundle that the
    # new site's folder has already (not in `files`: taken over as they are)
    form: Form | None = None  # the bundle decoded, for the next patch (builder.search_form)
    in_place: bool = False  # patched from the current bundle's form (builder.search_inplace)
    written: dict[str, str] = field(default_factory=dict)  # files written into the new
    # site's folder by the process that made them (builder.search_fork): name -> hash


def parallel_shards(sizes: Sequence[int]) -> int:
    """How many Pagefinds may run at once: one per core, their estimated peaks (from
    the text they index) under MEMORY_BUDGET and half of the memory now available."""
    if not sizes:
        return 1
    budget = min(MEMORY_BUDGET, _available_memory() // 2)
    peak = max(PEAK_BASE + PEAK_PER_CHAR * size for size in sizes)
    return max(1, min(len(sizes), os.cpu_count() or 1, budget // peak))


def _available_memory() -> int:
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return MEMORY_BUDGET * 2


def index_shards(jobs: Sequence[tuple[int, Sequence[Post]]], post_url: Callable[[Post], str],
                 language: str, pages: Sequence[tuple[str, SitePage]] = (),
                 common_budget: int = INDEX_CHUNK_BYTES, bases: dict[int, Base] | None = None,
                 common: str = "", done: Callable[[int, ShardResult], None] | None = None
                 ) -> dict[int, ShardResult]:
    """Index each (shard number, posts), several at once when `parallel_shards` allows
    (`done(k, result)` is called as each shard is made);
    the stand-alone `pages` ((URL, page) pairs) go into shard 0.  A shard's documents
    go to Pagefind newest first, undated last (`by_date`): the page number, which the
    fragment's name carries, is then the date order, and the index needs no sort key.
    A shard with a `bases` entry (its current bundle) is patched when few of its
    documents changed (builder.search_patch: Pagefind indexes only those).  A lone
    shard indexed whole, with cores to spare, is indexed in two halves at once
    (builder.search_split).

    `parallel_shards` bounds the Pagefinds running at once, not the shards at work:
    the next shard's Pagefind starts as soon as one ends, while that shard's files
    are made into its bundle (`bundle_files`, our Python) beside it."""
    sizes = [sum(text_size(p) for p in posts) for _, posts in jobs]
    workers = 1 if len(jobs) < 2 else parallel_shards(sizes)
    slots = threading.BoundedSemaphore(workers)  # Pagefinds running at once
    split = len(jobs) == 1 and parallel_shards([sizes[0] // 2] * 2) > 1

    def one(job: tuple[int, Sequence[Post]]) -> tuple[int, ShardResult]:
        k, posts = job
        items: list[tuple[str | None, str, Post | SitePage]] = [
            (post.date, post_url(post), post) for post in posts]
        if k == 0:  # the pages have no date on the search page: last, as undated posts
            items += [(None, url, page) for url, page in pages]
        ordered = [(url, item) for _, url, item in by_date(items)]
        order = [url for url, _ in ordered]
        started = time.perf_counter()
        base = bases.get(k) if bases else None
        if base:
            with slots:  # a patch makes its bundle inside: it runs Pagefind on a few posts
                patched = patch_files(base, ordered, language, k, common_budget, common)
            if patched:
                return k, ShardResult(patched.files, patched.indexed,
                                      time.perf_counter() - started, patched.peak, order,
                                      patched.cut, kept=len(order) - patched.indexed,
                                      same=patched.same, form=patched.form,
                                      in_place=patched.in_place)
        halves = split_shard(ordered, lambda item: document(item, language),
                             language_code(language), k, common_budget) if split else None
        if halves:  # one shard, two cores: two Pagefinds at once (builder.search_split)
            files, cut, peak = halves
            return k, ShardResult(files, len(ordered), time.perf_counter() - started, peak,
                                  order, cut)
        return k, shard_bundle(((url, document(item, language)) for url, item in ordered),
                               len(ordered), language, shard=k, common_budget=common_budget,
                               order=order, slot=slots)

    def each(job: tuple[int, Sequence[Post]]) -> tuple[int, ShardResult]:
        k, result = one(job)
        if done is not None:
            done(k, result)
        return k, result

    if workers == 1:
        return dict(map(each, jobs))
    # twice as many shards at work as Pagefinds run: those whose Pagefind ended make
    # their bundles while the others' run
    with ThreadPoolExecutor(min(len(jobs), 2 * workers), thread_name_prefix="pagefind") as pool:
        return dict(pool.map(each, jobs))


def by_date(items: list[tuple[str | None, str, Any]]) -> list[tuple[str | None, str, Any]]:
    """(date, URL, ...) newest first, undated last, the same date in the given order."""
    return sorted(items, key=lambda item: item[0] or "", reverse=True)


def shard_bundle(documents: Iterable[tuple[str, str]], count: int, language: str,
                 shard: int = 0, common_budget: int = INDEX_CHUNK_BYTES,
                 order: Sequence[str] = (), slot: AbstractContextManager[Any] | None = None
                 ) -> ShardResult:
    """Shard `shard`'s bundle; a merged one (not 0) without Pagefind's script and
    WebAssembly.  Pagefind runs inside `slot` (`index_shards`: one of the Pagefinds
    that may run at once), the bundle is made after it."""
    started = time.perf_counter()
    with slot or contextlib.nullcontext():
        made, peak = index_documents(documents, count, language_code(language))
    files, cut = bundle_files(made, shard, common_budget)
    return ShardResult(files, count, time.perf_counter() - started, peak, list(order), cut)


def common_key(language: str) -> str:
    """What every shard's bundle depends on: the language, the binary and our code."""
    digest = hashlib.blake2b(digest_size=16)
    binary = pagefind_binary()
    try:
        st = binary.stat()
    except OSError as error:
        raise cannot_run(binary, error.strerror or str(error)) from None
    digest.update(f"{binary}\0{st.st_size}\0{st.st_mtime_ns}\0{language}\0"
                  f"{sorted(UNUSED_FILES)}\0{PRIMARY_ONLY}\0".encode())
    for module in sorted(Path(__file__).parent.glob("*.py")):  # how posts and documents are made
        digest.update(module.read_bytes())
    return digest.hexdigest()


def _write_bundle(files: dict[str, bytes], target: Path) -> None:
    """Write the bundle ourselves: complete when we return, and only the files we use."""
    for name, data in sorted(files.items()):
        path = (target / name).resolve()
        if not path.is_relative_to(target.resolve()):
            raise BuildError(f"search: Pagefind returned a file outside its folder: {name}")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
