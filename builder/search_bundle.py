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
its neighbours'.

The files are gzip("pagefind_dcd" + CBOR).  Only the small subset of CBOR that
Pagefind writes is handled (integers, strings, byte strings, arrays, maps, simple
values); anything else leaves the bundle as Pagefind wrote it.
"""

from __future__ import annotations

import gzip
import hashlib
import itertools
import json
import re
from typing import Any

from builder.cbor import Unsupported as _Unsupported
from builder.cbor import decode as _decode
from builder.cbor import encode as _encode
from builder.cbor import head as _head

MAGIC = b"pagefind_dcd"
INDEX_CHUNK_BYTES = 16_000  # uncompressed; 7-10 kB as served (gzip)


def canonical_files(files: dict[str, bytes]) -> dict[str, bytes]:
    """The bundle (relative path -> bytes) with stable filter files and meta file.

    Returns the files unchanged when they hold anything this module does not know."""
    try:
        return _canonical(files)
    except _Unsupported:
        return files


def _canonical(files: dict[str, bytes]) -> dict[str, bytes]:
    out = {path: data for path, data in files.items()
           if not (path.startswith("filter/") or path.endswith(".pf_meta"))}
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
    for path in sorted(p for p in files if p.endswith(".pf_meta")):
        old_hash = path.split(".")[1]
        language = old_hash.split("_")[0]
        chunks = _rechunk(files, language, out)
        new_hash, data = _rewrite_meta(files[path], language, renamed, chunks)
        out[f"pagefind.{new_hash}.pf_meta"] = _pack(data)
        for info in entry.get("languages", {}).values():
            if info.get("hash") == old_hash:
                info["hash"] = new_hash
    out["pagefind-entry.json"] = json.dumps(entry, separators=(",", ":"),
                                            ensure_ascii=False).encode("utf-8")
    return out


def _rewrite_meta(packed: bytes, language: str, renamed: dict[str, str],
                  chunks: tuple[set[str], list[list[str]]] | None = None) -> tuple[str, bytes]:
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
    data = _encode(meta)
    return f"{language}_{hashlib.sha256(data).hexdigest()[:10]}", data


def _is_chunk_list(field: Any, hashes: set[str]) -> bool:
    return (isinstance(field, list) and len(field) == len(hashes) and all(
        isinstance(c, list) and len(c) == 3 and all(isinstance(v, str) for v in c)
        and c[2] in hashes for c in field))


def _rechunk(files: dict[str, bytes], language: str, out: dict[str, bytes]
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
        words.extend(_word_entries(gzip.decompress(files[path])))
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
    names: set[str] = set()
    for group in groups:
        data = _head(4, 1) + _head(4, len(group)) + b"".join(entry for _, entry in group)
        digest = hashlib.sha256(data).hexdigest()
        length = 7
        while f"{language}_{digest[:length]}" in names:
            length += 1
        name = f"{language}_{digest[:length]}"
        names.add(name)
        out[f"index/{name}.pf_index"] = _pack(data, 4)  # 9: 5 times the time, 5 % smaller
        chunks.append([group[0][0], group[-1][0], name])
    for left, right in itertools.pairwise(chunks):
        left[1], right[0] = _prefixes(left[1], right[0])
    return {p[len("index/"):].removesuffix(".pf_index") for p in paths}, chunks


def _word_entries(data: bytes) -> list[tuple[str, bytes]]:
    """(word, its entry's CBOR bytes) of a chunk: [[[word, pages, ...], ...]]."""
    if not data.startswith(MAGIC):
        raise _Unsupported("no Pagefind header")
    at = len(MAGIC)
    outer, at = _array_head(data, at)
    count, at = _array_head(data, at)
    if outer != 1:
        raise _Unsupported("index chunk")
    entries = []
    for _ in range(count):
        start = at
        fields, at = _array_head(data, at)
        word, at = _decode(data, at)
        if fields < 2 or not isinstance(word, str):
            raise _Unsupported("index word")
        pages, at = _array_head(data, at)
        run = _PAGES.match(data, at)  # the usual shape, in one step
        if run is not None and len(_PAGE.findall(data, at, run.end())) == pages:
            at = run.end()
            for _ in range(fields - 2):
                at = _skip(data, at)
        else:
            at = _skip(data, start)
        entries.append((word, data[start:at]))
    if at != len(data):
        raise _Unsupported("trailing bytes")
    return entries


def _array_head(data: bytes, at: int) -> tuple[int, int]:
    if data[at] >> 5 != 4:
        raise _Unsupported("not an array")
    value, at = _decode_head(data, at)
    return value, at


def _decode_head(data: bytes, at: int) -> tuple[int, int]:
    info = data[at] & 0x1F
    if info < 24:
        return info, at + 1
    if info > 27:
        raise _Unsupported("indefinite length")
    size = 1 << (info - 24)
    return int.from_bytes(data[at + 1:at + 1 + size], "big"), at + 1 + size


def _fixed_sizes() -> bytes:
    """Byte size of every CBOR item told by its first byte alone (integers and
    simple values); 0 for the others."""
    sizes = bytearray(256)
    for first in range(256):
        major, info = first >> 5, first & 0x1F
        if major in (0, 1, 7) and info <= 27:
            sizes[first] = 1 if info < 24 else 1 + (1 << (info - 24))
    return bytes(sizes)


_FIXED = _fixed_sizes()
_INT = rb"(?:[\x00-\x17\x20-\x37]|[\x18\x38].|[\x19\x39]..|[\x1a\x3a].{4}|[\x1b\x3b].{8})"
_INT_RUNS = [re.compile(_INT + b"{%d}" % n, re.DOTALL) for n in range(32)]
# a word's page: [page number, [locations], [locations in meta fields]]; each array
# of integers is followed by an array head or a text, never by an integer
_ARRAY = rb"(?:[\x80-\x97]|\x98.|\x99..)"
_PAGE_BYTES = rb"\x83" + _INT + _ARRAY + _INT + b"*" + _ARRAY + _INT + b"*"
_PAGE = re.compile(_PAGE_BYTES, re.DOTALL)
_PAGES = re.compile(b"(?:" + _PAGE_BYTES + b")*", re.DOTALL)


def _skip(data: bytes, at: int) -> int:
    """The end of the CBOR item at `at` (nothing is decoded but lengths; an array
    of up to 31 integers, Pagefind's word locations, is passed in one step)."""
    todo = 1
    while todo:
        todo -= 1
        first = data[at]
        size = _FIXED[first]
        if size:
            at += size
            continue
        major, info = first >> 5, first & 0x1F
        if info < 24:
            arg, at = info, at + 1
        elif info <= 27:
            size = 1 << (info - 24)
            arg, at = int.from_bytes(data[at + 1:at + 1 + size], "big"), at + 1 + size
        else:
            raise _Unsupported("indefinite length")
        if major in (2, 3):
            at += arg
        elif major == 4:
            run = _INT_RUNS[arg].match(data, at) if arg < 32 else None
            if run is not None:
                at = run.end()
            else:
                todo += arg
        elif major == 5:
            todo += 2 * arg
        elif major == 6:
            todo += 1
    return at


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
