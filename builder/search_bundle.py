"""Make a Pagefind bundle byte-identical from one build to the next, with small index
chunks.  No I/O.

Takes the files Pagefind made (relative path -> bytes); gives the same files with the
filter files and the meta file rewritten in a stable order.  Pagefind 1.5 builds its filter
indexes from hash maps, so the order of filter values (and with it the file names,
the meta file and pagefind-entry.json) changes between two runs on the same input.
Everything else it writes is already stable.

The word index is cut again into chunks of about INDEX_CHUNK_BYTES (Pagefind's
fixed 20,000 word locations make ~30 kB chunks, and a query loads one per term in
every shard of a sharded index), with the boundaries Pagefind itself would give
them: a chunk names the shortest prefixes that tell its first and last words from
its neighbours'.  A word whose entry alone is larger than a chunk (`the`, `and`, the
commonest name) is cut to that size first (builder.search_words).

Fragments and index chunks get short names (their number and a hex digit or two of
their content) in place of Pagefind's 7 hex digits: the meta file that every first
query loads in every shard lists them all.

The files are gzip("pagefind_dcd" + CBOR).  Only the small subset of CBOR that
Pagefind writes is handled (integers, strings, byte strings, arrays, maps, simple
values); anything else leaves the bundle as Pagefind wrote it.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import PurePosixPath
from typing import Any

from builder.cbor import Unsupported as _Unsupported
from builder.cbor import decode as _decode
from builder.cbor import encode as _encode
from builder.errors import BuildError
from builder.search_chunks import (
    INDEX_CHUNK_BYTES,
    MAGIC,
    chunk_bounds,
    chunk_data,
    chunk_name,
    chunk_sizes,
    pack,
    pack_chunk,
)
from builder.search_words import Spans, cut_entry, word_entries

__all__ = ["INDEX_CHUNK_BYTES", "MAGIC", "Bundle", "Cut", "Known", "Layout", "bundle_files",
           "decode_bundle", "encode_bundle", "filter_file", "fragment_name", "meta_files",
           "own_files"]

UNUSED_FILES = frozenset((  # Pagefind's own UIs: our page renders results as text
    "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
    "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js"))
PRIMARY_ONLY = ("pagefind.js", "pagefind-worker.js")  # and wasm.*.pagefind: read once,
# from the primary bundle; a merged shard needs only its index files


@dataclass
class Bundle:
    """A Pagefind bundle taken apart: what its files are made from.  Decoded from
    Pagefind's own files or from a bundle this module wrote (whose cut entries the
    caller puts back, builder.search_patch), encoded by `encode_bundle`."""

    language: str
    meta: list[Any]  # the meta file; its page, chunk and filter lists at `at`
    at: tuple[int | None, int | None, int | None]  # None: no such files
    pages: list[tuple[bytes, int]]  # (fragment file as Pagefind wrote it, word count)
    words: list[tuple[str, bytes]]  # every word's entry as Pagefind wrote it, by word
    filters: dict[str, list[list[Any]]]  # filter -> [[value, [page numbers]], ...]
    entry: dict[str, Any]  # pagefind-entry.json
    other: dict[str, bytes]  # passed through as they are (Pagefind's script, WebAssembly)
    spans: Spans = field(default_factory=dict)  # decoded `with_spans`: see `word_entries`


Cut = tuple[bytes, int, "int | None"]  # an entry cut to K locations a page, K, the growth
# at K + 1 (builder.search_words.cut_and_why); or the whole entry, K and growth


@dataclass
class Layout:
    """What `encode_bundle` wrote, for a shard's form (builder.search_form)."""

    written: list[tuple[str, bytes]] = field(default_factory=list)  # word, entry as written
    counts: list[int] = field(default_factory=list)  # words in each chunk
    meta: list[Any] = field(default_factory=list)  # the meta file, decoded


@dataclass
class Known:
    """Work a previous encoding did: word entries as cut (whole entry -> cut one, K and
    growth) and index chunks as packed (CBOR -> file bytes).  Only saves time."""

    cut: dict[bytes, Cut] = field(default_factory=dict)
    packed: dict[bytes, bytes] = field(default_factory=dict)


def own_files(files: dict[str, bytes], shard: int) -> dict[str, bytes]:
    """The files of Pagefind's bundle that shard `shard` keeps: not Pagefind's own UIs,
    and for a merged shard (not 0) not its script and WebAssembly either."""
    for name in files:
        parts = PurePosixPath(name).parts
        if not parts or name.startswith("/") or ".." in parts or "\\" in name:
            raise BuildError(f"search: Pagefind returned a file outside its folder: {name}")
    return {name: data for name, data in files.items() if name not in UNUSED_FILES and not (
        shard and (name in PRIMARY_ONLY or name.startswith("wasm.")))}


def bundle_files(files: dict[str, bytes], shard: int, budget: int
                 ) -> tuple[dict[str, bytes], dict[str, Cut]]:
    """Shard `shard`'s files made of Pagefind's (`own_files`): decoded and encoded again
    with stable filters and meta, the index cut again (the files as they are when they
    hold anything this module does not know), and the whole entries of the words cut
    to `budget` (word -> entry)."""
    files = own_files(files, shard)
    try:
        return encode_bundle(decode_bundle(files), budget, shard)
    except _Unsupported:
        return files, {}


def decode_bundle(files: dict[str, bytes], known: Known | None = None,
                  split: Callable[[bytes], list[tuple[str, bytes]]] = word_entries,
                  with_spans: bool = False) -> Bundle:
    """Take a bundle apart (Pagefind's, or one `encode_bundle` wrote: then the cut
    entries are as cut; `known` gets its index chunks as packed; `split` gives a
    chunk's entries; `with_spans`: by `word_entries`, noting where each entry's pages
    are); `Unsupported` when it holds anything unknown."""
    spans: Spans = {}
    if with_spans:
        split = partial(word_entries, spans=spans)
    metas = [p for p in files if p.endswith(".pf_meta")]
    if len(metas) != 1:
        raise _Unsupported("not one meta file")
    language = metas[0].split(".")[1].split("_")[0]
    meta = _load(files[metas[0]])
    if not isinstance(meta, list):
        raise _Unsupported("meta")
    fragments = {p[len("fragment/"):].removesuffix(".pf_fragment"): data
                 for p, data in files.items() if p.startswith("fragment/")}
    chunk_names = {p[len("index/"):].removesuffix(".pf_index") for p in files
                   if p.startswith(f"index/{language}_") and p.endswith(".pf_index")}
    filter_names = {p[len("filter/"):].removesuffix(".pf_filter") for p in files
                    if p.startswith("filter/")}
    at_pages = _only((i for i, f in enumerate(meta) if _is_page_list(f, fragments)),
                     bool(fragments))
    at_chunks = _only((i for i, f in enumerate(meta) if _is_chunk_list(f, chunk_names)),
                      bool(chunk_names))
    found = [i for i, f in enumerate(meta) if _is_filter_list(f, filter_names)]
    if len(found) > 1 or (filter_names and not found):
        raise _Unsupported("no list of filters in the meta file")
    pages = [(fragments[name], count) for name, count in meta[at_pages]] if (
        at_pages is not None) else []
    words: list[tuple[str, bytes]] = []
    for _, _, name in meta[at_chunks] if at_chunks is not None else []:
        packed = files[f"index/{name}.pf_index"]
        data = gzip.decompress(packed)
        words.extend(split(data))
        if known is not None:
            known.packed[data[len(MAGIC):]] = packed
    words.sort(key=lambda w: w[0])
    filters: dict[str, list[list[Any]]] = {}
    for name in sorted(filter_names):
        value = _load(files[f"filter/{name}.pf_filter"])
        if not (isinstance(value, list) and len(value) == 2 and isinstance(value[1], list)
                and isinstance(value[0], str)):
            raise _Unsupported(name)
        filters[value[0]] = value[1]
    other = {p: data for p, data in files.items()
             if not (p.startswith(("filter/", "fragment/")) or p.endswith(".pf_meta")
                     or p == "pagefind-entry.json"
                     or (p.startswith(f"index/{language}_") and p.endswith(".pf_index")))}
    return Bundle(language, meta, (at_pages, at_chunks, found[0] if found else None), pages,
                  words, filters, json.loads(files["pagefind-entry.json"]), other, spans)


def _only(found: Iterable[int], needed: bool) -> int | None:
    """Where in the meta file a list is: the one field of its shape (None: the bundle
    has none of its files, and then the field is left as it is)."""
    positions = list(found)
    if not needed:
        return None
    if len(positions) != 1:
        raise _Unsupported("meta file")
    return positions[0]


def encode_bundle(bundle: Bundle, budget: int, shard: int, known: Known | None = None,
                  layout: Layout | None = None) -> tuple[dict[str, bytes], dict[str, Cut]]:
    """The bundle's files (stable filters and meta, index chunks of about
    INDEX_CHUNK_BYTES, short names) and the whole entries of the words that were cut
    to `budget` (word -> entry: what a later patch needs, see builder.search_patch);
    `layout` gets the entries as written, the chunks and the meta file."""
    layout = layout or Layout()
    known = known or Known()
    language = bundle.language
    out = dict(bundle.other)
    meta = list(bundle.meta)
    at_pages, at_chunks, at_filters = bundle.at
    renamed: list[list[str]] = []
    for name, values in sorted(bundle.filters.items()):
        file, packed = filter_file(name, values, language)
        renamed.append([name, file])
        out[f"filter/{file}.pf_filter"] = packed
    if at_filters is not None:
        meta[at_filters] = renamed
    elif renamed:
        raise _Unsupported("filters without a list in the meta file")
    cut: dict[str, Cut] = {}
    if at_chunks is not None:
        meta[at_chunks] = _rechunk(bundle.words, language, out, budget, cut, known, layout)
    elif bundle.words:
        raise _Unsupported("words without a list of chunks in the meta file")
    if at_pages is not None:
        meta[at_pages] = _rename_fragments(bundle.pages, out, f"{language}_{shard:x}_")
    elif bundle.pages:
        raise _Unsupported("pages without a list in the meta file")
    out.update(meta_files(meta, bundle.entry, language))
    layout.meta = meta
    return out, cut


def filter_file(name: str, values: list[list[Any]], language: str) -> tuple[str, bytes]:
    """A filter's file: its name (a hash of its content) and bytes, the values in a
    stable order."""
    data = _encode([name, filter_order(values)])
    return f"{language}_{hashlib.sha256(data).hexdigest()[:7]}", pack(data)


def filter_order(values: list[list[Any]]) -> list[list[Any]]:
    """A filter's [value, pages] in the order its file lists them."""
    return sorted(values, key=lambda item: str(item[0]))


def meta_files(meta: list[Any], entry: dict[str, Any], language: str) -> dict[str, bytes]:
    """The meta file (named by a hash of its content) and pagefind-entry.json, which
    names it."""
    data = _encode(meta)
    new_hash = f"{language}_{hashlib.sha256(data).hexdigest()[:10]}"
    entry = json.loads(json.dumps(entry))
    for info in entry.get("languages", {}).values():
        info["hash"] = new_hash
    return {f"pagefind.{new_hash}.pf_meta": pack(data),
            "pagefind-entry.json": json.dumps(entry, separators=(",", ":"),
                                              ensure_ascii=False).encode("utf-8")}


def _is_page_list(field: Any, fragments: dict[str, bytes]) -> bool:
    return (isinstance(field, list) and bool(field) and all(
        isinstance(p, list) and len(p) == 2 and isinstance(p[0], str) and p[0] in fragments
        for p in field))


def _rename_fragments(pages: list[tuple[bytes, int]], out: dict[str, bytes], start: str
                      ) -> list[list[Any]]:
    """Short fragment names: `start` (the language and the shard: a result's id tells
    the search page its shard), the page's number and a hex digit of its content;
    gives the meta file's list of pages.

    Pagefind names each fragment by 7 hex digits of its hash, and the meta file, which
    every first query loads, lists them all (~14 of its ~29 kB over 2,500 posts); a
    number counts up and compresses.  The digit keeps (15 times in 16) a fragment that
    a browser cached under the same number before an edit from passing for the new one
    (GitHub Pages lets a browser keep a file 10 minutes)."""
    listed: list[list[Any]] = []
    for number, (data, words) in enumerate(pages):
        name = fragment_name(start, number, data)
        out[f"fragment/{name}.pf_fragment"] = data
        listed.append([name, words])
    return listed


def fragment_name(start: str, number: int, data: bytes) -> str:
    return f"{start}{number:x}{hashlib.sha256(data).hexdigest()[:1]}"


def _is_chunk_list(field: Any, hashes: set[str]) -> bool:
    return (isinstance(field, list) and len(field) == len(hashes) and all(
        isinstance(c, list) and len(c) == 3 and all(isinstance(v, str) for v in c)
        and c[2] in hashes for c in field))


def _rechunk(words: list[tuple[str, bytes]], language: str, out: dict[str, bytes],
             budget: int, cut: dict[str, Cut], known: Known, layout: Layout
             ) -> list[list[str]]:
    """Cut the word index (every word's entry, by word) into chunks of about
    INDEX_CHUNK_BYTES: writes them into `out` and returns the meta file's chunk list.
    An entry larger than `budget` is cut to it first; its whole form (with K and the
    growth) goes into `cut`.

    Each word's entry is moved as the bytes Pagefind wrote (never decoded: an index
    holds millions of word locations)."""
    written = layout.written = []
    for word, entry in words:
        if budget and len(entry) > budget:
            whole = entry
            entry, k, grown = known.cut.get(whole) or cut_entry(whole, budget)
            if k:
                cut[word] = (whole, k, grown)
        written.append((word, entry))
    chunks: list[list[str]] = []
    datas: list[bytes] = []
    at = 0
    layout.counts = chunk_sizes([len(entry) for _, entry in written])
    for number, count in enumerate(layout.counts):
        group = written[at:at + count]
        at += count
        datas.append(chunk_data([entry for _, entry in group]))
        chunks.append([group[0][0], group[-1][0], chunk_name(language, number, datas[-1])])
    for (_, _, name), packed in zip(chunks, _packed(datas, known), strict=True):
        out[f"index/{name}.pf_index"] = packed
    return chunk_bounds(chunks)


def _packed(datas: list[bytes], known: Known) -> list[bytes]:
    """Each chunk's file: as packed before, else packed now, on two cores (zlib lets
    go of the interpreter lock): the whole index of a shard is compressed at once."""
    todo = [data for data in datas if data not in known.packed]
    if len(todo) > 1:
        with ThreadPoolExecutor(2, thread_name_prefix="pack") as pool:
            made = dict(zip(todo, pool.map(pack_chunk, todo), strict=True))
    else:
        made = {data: pack_chunk(data) for data in todo}
    return [known.packed.get(data) or made[data] for data in datas]


def _is_filter_list(field: Any, names: set[str]) -> bool:
    return (isinstance(field, list) and bool(field) and all(
        isinstance(f, list) and len(f) == 2 and isinstance(f[1], str) and f[1] in names
        for f in field))


def _load(packed: bytes) -> Any:
    data = gzip.decompress(packed)
    if not data.startswith(MAGIC):
        raise _Unsupported("no Pagefind header")
    value, end = _decode(data, len(MAGIC))
    if end != len(data):
        raise _Unsupported("trailing bytes")
    return value
