"""The chunks of a Pagefind word index: which words each holds, its bytes, its name,
its file, and the bounds the meta file lists.  No I/O.

One rule for a clean build's bundle (builder.search_bundle) and a patch that keeps
the other chunks' files (builder.search_inplace): a chunk ends with the word that
takes it to INDEX_CHUNK_BYTES, so a chunk's words follow from the sizes of the
entries alone, and a chunk whose words and bytes stay keeps its name and file.
"""

from __future__ import annotations

import gzip
import hashlib
import itertools
from collections.abc import Iterable

from builder.cbor import head as _head
from builder.search_words import MAGIC

INDEX_CHUNK_BYTES = 16_000  # uncompressed; 7-10 kB as served (gzip)


def chunk_sizes(lengths: Iterable[int]) -> list[int]:
    """How many words each chunk holds, of words whose entries are `lengths` bytes (in
    word order): a chunk ends with the word that takes it to INDEX_CHUNK_BYTES."""
    counts = [0]
    size = 0
    for length in lengths:
        if size >= INDEX_CHUNK_BYTES:
            counts.append(0)
            size = 0
        counts[-1] += 1
        size += length
    return counts


def chunk_data(entries: list[bytes]) -> bytes:
    return chunk_head(len(entries)) + b"".join(entries)


def chunk_head(count: int) -> bytes:
    """A chunk's bytes before its entries: [[entry, ...]]."""
    return _head(4, 1) + _head(4, count)


def chunk_name(language: str, number: int, data: bytes) -> str:
    """The chunk's number and two hex digits of its content (as fragments are named)."""
    return f"{language}_{number:x}{hashlib.sha256(data).hexdigest()[:2]}"


def pack_chunk(data: bytes) -> bytes:
    return pack(data, 4)  # 9: 5 times the time, 5 % smaller


def chunk_bounds(chunks: list[list[str]]) -> list[list[str]]:
    """The meta file's list of chunks from [first word, last word, name] of each."""
    for left, right in itertools.pairwise(chunks):
        left[1], right[0] = _prefixes(left[1], right[0])
    return chunks


def _prefixes(last: str, first: str) -> tuple[str, str]:
    """Pagefind's chunk boundary: the shortest prefixes of the last word of a chunk and
    the first word of the next that differ."""
    common = 0
    for a, b in zip(last, first, strict=False):
        if a != b:
            break
        common += 1
    return last[:common + 1], first[:common + 1]


def pack(cbor: bytes, level: int = 9) -> bytes:
    """A bundle file: gzip of Pagefind's header and the CBOR."""
    return gzip.compress(MAGIC + cbor, compresslevel=level, mtime=0)
