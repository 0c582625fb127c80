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
import itertools
import json
from typing import Any

from builder.cbor import Unsupported as _Unsupported
from builder.cbor import decode as _decode
from builder.cbor import encode as _encode
from builder.cbor import head as _head
from builder.search_words import word_entries

MAGIC = b"pagefind_dcd"
INDEX_CHUNK_BYTES = 16_000  # uncompressed; 7-10 kB as served (gzip)


def canonical_files(files: dict[str, bytes], common_budget: int = INDEX_CHUNK_BYTES,
                    shard: int = 0) -> dict[str, bytes]:
    """The bundle (relative path -> bytes) with stable filter files and meta file, the
    word entries larger than `common_budget` cut to it (0: none; builder.search_words).

    Its fragments are named after `shard` (see `_rename_fragments`).  Returns the
    files unchanged when they hold anything this module does not know."""
    try:
        return _canonical(files, common_budget, shard)
    except _Unsupported:
        return files


def _canonical(files: dict[str, bytes], budget: int, shard: int) -> dict[str, bytes]:
    out = {path: data for path, data in files.items()
           if not (path.startswith(("filter/", "fragment/")) or path.endswith(".pf_meta"))}
    renamed: dict[str, str] = {}
    for path in sorted(p for p in files if p.startswith("filter/")):
        name, value = path[len("filter/"):].removesuffix(".pf_filter"), _load(files[path])
        if not (isinstance(value, list) and len(value) == 2 and isinstance(value[1], list)):
            raise _Unsupported(path)
        value[1].sort(key=lambda item: str(item[0]) if isinstance(item, list) else "")
        data = _encode(value)
        renamed[name] = f"{name.split('_')[0]}_{hashlib.sha256(data).hexdigest()[:7]}"
        out[f"filter/{renamed[name]}.pf_filter"] = _pack(data)
    entry = json.loads(files["pagefind-entry.json"])
    fragments = {p[len("fragment/"):].removesuffix(".pf_fragment"): data
                 for p, data in files.items() if p.startswith("fragment/")}
    for path in sorted(p for p in files if p.endswith(".pf_meta")):
        old_hash = path.split(".")[1]
        language = old_hash.split("_")[0]
        chunks = _rechunk(files, language, out, budget)
        new_hash, data = _rewrite_meta(files[path], language, renamed, chunks,
                                       (fragments, out, f"{language}_{shard:x}_"))
        out[f"pagefind.{new_hash}.pf_meta"] = _pack(data)
        for info in entry.get("languages", {}).values():
            if info.get("hash") == old_hash:
                info["hash"] = new_hash
    if any(p.startswith("fragment/") for p in files) and not any(
            p.startswith("fragment/") for p in out):
        raise _Unsupported("no list of pages in the meta file")
    out["pagefind-entry.json"] = json.dumps(entry, separators=(",", ":"),
                                            ensure_ascii=False).encode("utf-8")
    return out


def _rewrite_meta(packed: bytes, language: str, renamed: dict[str, str],
                  chunks: tuple[set[str], list[list[str]]] | None = None,
                  pages: tuple[dict[str, bytes], dict[str, bytes], str] | None = None
                  ) -> tuple[str, bytes]:
    """The meta file with the new names of the filters, index chunks and (`pages`:
    the fragments, the bundle being made, their names' start) fragments."""
    meta = _load(packed)
    if not isinstance(meta, list):
        raise _Unsupported("meta")
    for i, field in enumerate(meta):
        if _is_filter_list(field, renamed):
            meta[i] = sorted([[name, renamed[h]] for name, h in field], key=lambda f: f[0])
    if chunks is not None:
        old, new = chunks
        found = [i for i, field in enumerate(meta) if _is_chunk_list(field, old)]
        if len(found) != 1:
            raise _Unsupported("no list of index chunks in the meta file")
        meta[found[0]] = new
    if pages is not None and pages[0]:
        for field in meta:
            if _is_page_list(field, pages[0]):
                _rename_fragments(field, *pages)
    data = _encode(meta)
    return f"{language}_{hashlib.sha256(data).hexdigest()[:10]}", data


def _is_page_list(field: Any, fragments: dict[str, bytes]) -> bool:
    return (isinstance(field, list) and bool(field) and all(
        isinstance(p, list) and len(p) == 2 and isinstance(p[0], str) and p[0] in fragments
        for p in field))


def _rename_fragments(pages: list[list[Any]], fragments: dict[str, bytes],
                      out: dict[str, bytes], start: str) -> None:
    """Short fragment names: `start` (the language and the shard: a result's id tells
    the search page its shard), the page's number and a hex digit of its content.

    Pagefind names each fragment by 7 hex digits of its hash, and the meta file, which
    every first query loads, lists them all (~14 of its ~29 kB over 2,500 posts); a
    number counts up and compresses.  The digit keeps (15 times in 16) a fragment that
    a browser cached under the same number before an edit from passing for the new one
    (GitHub Pages lets a browser keep a file 10 minutes)."""
    for number, page in enumerate(pages):
        data = fragments[page[0]]
        page[0] = f"{start}{number:x}{hashlib.sha256(data).hexdigest()[:1]}"
        out[f"fragment/{page[0]}.pf_fragment"] = data


def _is_chunk_list(field: Any, hashes: set[str]) -> bool:
    return (isinstance(field, list) and len(field) == len(hashes) and all(
        isinstance(c, list) and len(c) == 3 and all(isinstance(v, str) for v in c)
        and c[2] in hashes for c in field))


def _rechunk(files: dict[str, bytes], language: str, out: dict[str, bytes], budget: int
             ) -> tuple[set[str], list[list[str]]] | None:
    """Cut the word index of `language` into chunks of about INDEX_CHUNK_BYTES: writes
    them into `out` (in place of Pagefind's) and returns (old chunk hashes, the meta
    file's new chunk list), or None when there is no index.

    Each word's entry is moved as the bytes Pagefind wrote (found by skipping over
    the CBOR, not decoding it: an index holds millions of word locations)."""
    prefix = f"index/{language}_"
    paths = sorted(p for p in files if p.startswith(prefix) and p.endswith(".pf_index"))
    if not paths:
        return None
    words: list[tuple[str, bytes]] = []
    for path in paths:
        words.extend(word_entries(gzip.decompress(files[path]), budget))
    words.sort(key=lambda w: w[0])
    groups: list[list[tuple[str, bytes]]] = [[]]
    size = 0
    for word in words:
        if size >= INDEX_CHUNK_BYTES:
            groups.append([])
            size = 0
        groups[-1].append(word)
        size += len(word[1])
    for path in paths:
        out.pop(path, None)
    chunks: list[list[str]] = []
    for number, group in enumerate(groups):
        data = _head(4, 1) + _head(4, len(group)) + b"".join(entry for _, entry in group)
        # the chunk's number and two hex digits of its content (as fragments are named)
        name = f"{language}_{number:x}{hashlib.sha256(data).hexdigest()[:2]}"
        out[f"index/{name}.pf_index"] = _pack(data, 4)  # 9: 5 times the time, 5 % smaller
        chunks.append([group[0][0], group[-1][0], name])
    for left, right in itertools.pairwise(chunks):
        left[1], right[0] = _prefixes(left[1], right[0])
    return {p[len("index/"):].removesuffix(".pf_index") for p in paths}, chunks


def _prefixes(last: str, first: str) -> tuple[str, str]:
    """Pagefind's chunk boundary: the shortest prefixes of the last word of a chunk and
    the first word of the next that differ."""
    common = 0
    for a, b in zip(last, first, strict=False):
        if a != b:
            break
        common += 1
    return last[:common + 1], first[:common + 1]


def _is_filter_list(field: Any, renamed: dict[str, str]) -> bool:
    return (isinstance(field, list) and bool(field) and all(
        isinstance(f, list) and len(f) == 2 and isinstance(f[1], str) and f[1] in renamed
        for f in field))


def _load(packed: bytes) -> Any:
    data = gzip.decompress(packed)
    if not data.startswith(MAGIC):
        raise _Unsupported("no Pagefind header")
    value, end = _decode(data, len(MAGIC))
    if end != len(data):
        raise _Unsupported("trailing bytes")
    return value


def _pack(cbor: bytes, level: int = 9) -> bytes:
    return gzip.compress(MAGIC + cbor, compresslevel=level, mtime=0)
