"""What a search shard's bundle was made from, kept beside the site (`.cache/`), and
the current bundle a patch starts from (builder.search_patch).  No I/O but through
the functions a `Base` is given.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from builder.cache_file import opened, sealed
from builder.search_bundle import Cut
from builder.search_form import Form

RECORD_FORMAT = 3


@dataclass
class Record:
    """What a shard's bundle was made from, kept beside the site (`.cache/`)."""

    key: str  # the shard's input key (builder.search_write)
    common: str  # the language, the binary and our code (builder.search.common_key)
    budget: int  # the size the commonest words' entries were cut to
    meta: str  # the bundle's meta file, a check that the bundle is the one meant
    pages: list[tuple[str, str]]  # (URL, digest) of each page, in page order
    cut: dict[str, Cut]  # word -> (whole entry, K, growth) of each word cut to the budget


def record_bytes(record: Record) -> bytes:
    """The record on disk (not compressed: it is written at every patch); a damaged
    one reads as none."""
    return sealed((RECORD_FORMAT, record.key, record.common, record.budget, record.meta,
                   record.pages, record.cut))


def read_record(data: bytes) -> Record | None:
    fields = opened(data)
    if not (isinstance(fields, tuple) and len(fields) == 7 and fields[0] == RECORD_FORMAT):
        return None
    _, key, common, budget, meta, pages, cut = fields
    return Record(key, common, budget, meta, [tuple(p) for p in pages], cut)


class Base(NamedTuple):
    """A shard's current bundle: its record, its files (read when the patch runs) and
    this build's digest of each document's URL; and, when there is one, its form
    (read when the patch runs), a reader of one of its files and whether the new
    site's folder has a file of it already (then it is taken over, not read)."""

    record: Record
    read: Callable[[], dict[str, bytes]]
    digests: dict[str, str]
    form: Callable[[], Form | None] = lambda: None
    read_file: Callable[[str], bytes] | None = None
    ready: Callable[[str], bool] = lambda name: False
