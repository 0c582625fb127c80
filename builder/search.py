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

import base64
import hashlib
import html
import itertools
import json
import math
import os
import re
import shutil
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from builder.config import MAX_SEARCH_SHARDS
from builder.errors import BuildError
from builder.i18n import load_language
from builder.model import Archive, Note, Post, SitePage
from builder.pagefind import (
    PagefindProcess,
    cannot_run,
    pagefind_binary,
)
from builder.report import Reporter
from builder.search_bundle import canonical_files
from builder.titles import display_title

UNUSED_FILES = frozenset((  # Pagefind's own UIs: our page renders results as text
    "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
    "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js"))
PRIMARY_ONLY = ("pagefind.js", "pagefind-worker.js")  # and wasm.*.pagefind: read once,
# from the primary bundle; a merged shard needs only its index files
SHARD_TEXT = 8_000_000  # characters of searchable text per shard (search_shards: auto):
# 10,000 posts (28 M characters) make 4 shards, the most whose first query stays under
# 300 kB (docs/search.md)
PEAK_PER_CHAR = 90  # Pagefind's peak memory per character indexed, bytes (82-87 measured)
PEAK_BASE = 30 << 20  # and at no text
MEMORY_BUDGET = 1536 << 20  # Pagefinds running at once stay under this (and half the free memory)
UNDATED = "0000-00-00"  # sort key of undated posts: Pagefind drops pages without one
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")  # a picture: its alt text
_MD_MARKS = re.compile(r"(?<!\w)[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?!\w)|^#{1,6}\s+|^>\s?",
                       re.MULTILINE)


def note_anchor(note: Note) -> str:
    """The HTML id of an editor's note on its post page (agreed with the post template)."""
    return f"note-{note.order}"


def write_search_index(archive: Archive, post_url: Callable[[Post], str], out_dir: Path,
                       language: str, reporter: Reporter, shards: int | None = None
                       ) -> list[ShardResult]:
    """Index every post, note and comment of `archive` into `out_dir / "pagefind"`
    (`shards` bundles; None: as many as `shard_count` says)."""
    target = Path(out_dir) / "pagefind"
    if target.exists():
        shutil.rmtree(target)
    count = shard_count(archive.posts, shards)
    groups = shard_posts(archive.posts, count)
    results = index_shards([(k, posts) for k, posts in enumerate(groups) if posts or not k],
                           post_url, language)
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
    if setting:
        count = setting
    else:
        needed = math.ceil(sum(text_size(post) for post in posts) / SHARD_TEXT)
        count = 1
        while count < needed and count < MAX_SEARCH_SHARDS:
            count *= 2
    # the primary bundle (shard 0) must have posts: Pagefind's browser library waits
    # forever for an empty primary's WebAssembly (only a tiny archive with a forced
    # count can meet this)
    while count > 1 and posts and not any(shard_of(post.id, count) == 0 for post in posts):
        count -= 1
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
    documents: int
    seconds: float
    peak_bytes: int  # the Pagefind process's peak resident memory (0 when unknown)


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
                 language: str, pages: Sequence[tuple[str, SitePage]] = ()
                 ) -> dict[int, ShardResult]:
    """Index each (shard number, posts), several at once when `parallel_shards` allows;
    the stand-alone `pages` ((URL, page) pairs) go into shard 0."""
    def one(job: tuple[int, Sequence[Post]]) -> tuple[int, ShardResult]:
        k, posts = job
        extra = [(url, page_document(page, language)) for url, page in pages] if k == 0 else []
        documents = itertools.chain(
            ((post_url(post), search_document(post, language)) for post in posts), extra)
        return k, shard_bundle(documents, len(posts) + len(extra), language, primary=k == 0)

    workers = parallel_shards([sum(text_size(p) for p in posts) for _, posts in jobs])
    if workers == 1:
        return dict(map(one, jobs))
    with ThreadPoolExecutor(workers, thread_name_prefix="pagefind") as pool:
        return dict(pool.map(one, jobs))


def shard_bundle(documents: Iterable[tuple[str, str]], count: int, language: str,
                 primary: bool = True) -> ShardResult:
    """One shard's bundle; a non-primary one without Pagefind's script and WebAssembly."""
    started = time.perf_counter()
    files, peak = _bundle_and_peak(documents, count, language)
    if not primary:
        files = {name: data for name, data in files.items()
                 if name not in PRIMARY_ONLY and not name.startswith("wasm.")}
    return ShardResult(files, count, time.perf_counter() - started, peak)


def _bundle_and_peak(documents: Iterable[tuple[str, str]], count: int, language: str
                     ) -> tuple[dict[str, bytes], int]:
    with PagefindProcess() as pagefind:
        index_id = pagefind.request({"type": "NewIndex", "config": {
            "force_language": _language_code(language)}})["index_id"]
        pagefind.stream(({"type": "AddFile", "index_id": index_id, "url": url,
                          "file_path": None, "file_contents": document}
                         for url, document in documents), count)
        reply = pagefind.request({"type": "GetFiles", "index_id": index_id})
        peak = pagefind.peak_bytes()
    files = {f["path"]: base64.b64decode(f["content"]) for f in reply["files"]
             if f["path"] not in UNUSED_FILES}
    for name in files:
        parts = PurePosixPath(name).parts
        if not parts or name.startswith("/") or ".." in parts or "\\" in name:
            raise BuildError(f"search: Pagefind returned a file outside its folder: {name}")
    return canonical_files(files), peak


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


def _language_code(language: str) -> str:
    return (language or "en").split("-")[0].split("_")[0].lower() or "en"


def _write_bundle(files: dict[str, bytes], target: Path) -> None:
    """Write the bundle ourselves: complete when we return, and only the files we use."""
    for name, data in sorted(files.items()):
        path = (target / name).resolve()
        if not path.is_relative_to(target.resolve()):
            raise BuildError(f"search: Pagefind returned a file outside its folder: {name}")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


# -- the document Pagefind indexes for one post ---------------------------------------

def search_document(post: Post, language: str) -> str:
    """A minimal HTML page for Pagefind: title, body, notes and comments, all escaped."""
    parts = [f'<!DOCTYPE html><html lang="{_attr(_language_code(language))}"><body>',
             '<main data-pagefind-body>',
             f"<h1>{_text(_title(post, language))}</h1>",
             _hidden_fields(post, language),
             _paragraphs(post.body)]
    for note in post.notes:
        parts.append(f'<h2 id="{_attr(note_anchor(note))}" data-pagefind-weight="1">'
                     f"{_text(note.marker.strip(' :[') or '#' + note_anchor(note))}</h2>"
                     f"{_paragraphs(note.body)}")  # the page labels hits in its language
    for comment in post.comments:
        if comment.removed:
            continue
        parts.append(f'<h2 id="{_attr(comment.id)}" data-pagefind-weight="1">'
                     f"{_text(comment.author.strip() or '#' + comment.id)}</h2>"
                     f"{_paragraphs(comment.body)}")
    parts.append("</main></body></html>")
    return "".join(parts)


def page_document(page: SitePage, language: str) -> str:
    """A stand-alone page for Pagefind: its title and text, of kind `page`."""
    fields = [("meta", "title", page.title),  # the search page names an untitled one
              ("sort", "date", page.date or UNDATED), ("filter", "kind", "page")]
    hidden = _captured(fields)
    return (f'<!DOCTYPE html><html lang="{_attr(_language_code(language))}"><body>'
            f'<main data-pagefind-body><h1>{_text(page.title)}</h1>'
            f"{hidden}{_paragraphs(page.body)}</main></body></html>")


def _title(post: Post, language: str) -> str:  # "": the search page says "untitled"
    return display_title(post, load_language(language).date)


def _hidden_fields(post: Post, language: str) -> str:
    """Filters, sort key and meta: captured by Pagefind, not indexed as words."""
    fields: list[tuple[str, str, str]] = [("meta", "title", _title(post, language)),
                                          ("sort", "date", post.date or UNDATED)]
    if post.date:
        fields += [("meta", "date", post.date), ("filter", "year", post.date[:4])]
    fields += [("filter", "tag", tag) for tag in post.tags]
    fields += [("filter", "kind", kind) for kind in post_kinds(post)]
    commenters = {c.id: c.author.strip() for c in post.comments if not c.removed}
    fields += [("filter", "commenter", name) for name in dict.fromkeys(commenters.values())
               if name]
    if commenters:
        fields.append(("meta", "commenters", json.dumps(commenters, ensure_ascii=False)))
    return _captured(fields)


def _captured(fields: list[tuple[str, str, str]]) -> str:
    """(filter|meta|sort, name, value) as elements Pagefind reads but does not index."""
    spans = "".join(f'<span data-pagefind-{what}="{_attr(key)}">{_text(value)}</span>'
                    for what, key, value in fields)
    return f"<div data-pagefind-ignore>{spans}</div>"


def post_kinds(post: Post) -> list[str]:
    kinds = ["post"] if post.body.strip() or post.title.strip() else []
    if post.notes:
        kinds.append("note")
    if any(not c.removed for c in post.comments):
        kinds.append("comment")
    return kinds


def _paragraphs(markdown: str) -> str:
    """Markdown paragraphs as escaped plain-text <p> elements (links keep their text)."""
    text = _MD_LINK.sub(r"\1", _MD_IMAGE.sub(r"\1", markdown)) if "](" in markdown else markdown
    if any(mark in text for mark in "*_#>"):
        text = _MD_MARKS.sub("", text)
    paragraphs = (p.strip() for p in re.split(r"\n\s*\n", text))
    return "".join(f"<p>{_text(p)}</p>" for p in paragraphs if p)


def _text(value: str) -> str:
    return html.escape(value, quote=False)


def _attr(value: str) -> str:
    return html.escape(value, quote=True)
