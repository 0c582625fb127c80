"""The exact patch of a search shard: the current bundle, its changed posts indexed alone.

Takes: the current site's bundle of a shard (its files), the record of what it was
made from (`Record`: each page's URL and digest in page order, the whole entries of
the words cut to the chunk budget), and this build's documents of the shard, newest
first.  Gives: the bundle a clean build would write for them, byte for byte, with
Pagefind run over the changed and new posts only; or None, and the caller indexes
the whole shard (too many changes, a record or bundle that is not as expected).

How: the changed and deleted posts' pages are dropped from the decoded bundle, the
new versions indexed alone are put in under the numbers a clean build gives them
(newest first: an added or re-dated post moves the numbers after it), and the result
is encoded by the code that encodes a clean build's bundle (builder.search_bundle).
This holds because Pagefind's data for a page (its word locations and weights, word
count, filter values, fragment) does not depend on the other pages of the index; what
does is renumbered here: page numbers (word entries, filter values, the meta file's
list), the order of a word's variants (builder.search_postings) and the meta field
numbers (a field's number is its place among every page's fields: a patch whose
fields would change indexes the whole shard).
"""

from __future__ import annotations

import copy
import gzip
import json
import marshal
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from builder.cbor import Unsupported
from builder.pagefind import index_documents
from builder.search_bundle import (
    MAGIC,
    Bundle,
    Cut,
    Known,
    decode_bundle,
    encode_bundle,
    own_files,
)
from builder.search_documents import document, language_code
from builder.search_postings import (
    DROPPED,
    Entry,
    Pages,
    parse_entry,
    remap_fields,
    renumber,
    split_chunk,
)
from builder.search_words import cut_page

RECORD_FORMAT = 2
MOST_CHANGED = 1 / 4  # above this share of a shard's pages changed, index it whole
FEWEST_CHANGED = 16  # ...but a shard of any size may have this many patched


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
    return zlib.compress(marshal.dumps((RECORD_FORMAT, record.key, record.common, record.budget,
                                        record.meta, record.pages, record.cut)), 1)


def read_record(data: bytes) -> Record | None:
    try:
        fields = marshal.loads(zlib.decompress(data))
    except (ValueError, EOFError, TypeError, zlib.error):
        return None
    if not (isinstance(fields, tuple) and len(fields) == 7 and fields[0] == RECORD_FORMAT):
        return None
    _, key, common, budget, meta, pages, cut = fields
    return Record(key, common, budget, meta, [tuple(p) for p in pages], cut)


class Base(NamedTuple):
    """A shard's current bundle: its record, its files (read when the patch runs) and
    this build's digest of each document's URL."""

    record: Record
    read: Callable[[], dict[str, bytes]]
    digests: dict[str, str]


def worth_patching(changed: int, pages: int) -> bool:
    """Patch when at most MOST_CHANGED of the shard's pages changed (or FEWEST_CHANGED).

    Measured on a 2,532-post shard (docs/dev/perf.md): patching 16 changed posts took
    0.9 s, 156 posts 1.2 s, 625 (a quarter) 3.6 s, against 8-10 s to index the shard
    whole: up to a quarter a patch costs less than half, beyond it the gain shrinks
    (Pagefind's time per post and the entries to renumber grow with the changes), and
    such a change is a bulk one (an import, a mass re-tag) that rebuilds most pages."""
    return changed <= max(FEWEST_CHANGED, pages * MOST_CHANGED)


def patch_shard(base: Base, items: Sequence[tuple[str, Any]], language: str, shard: int,
                budget: int, common: str
                ) -> tuple[dict[str, bytes], dict[str, Cut], int, int] | None:
    """(files, whole entries of the words cut, documents indexed, Pagefind's peak) of
    the shard whose (URL, post or page) `items` are in page order; None: index it whole."""
    record = base.record
    if record.budget != budget or record.common != common:
        return None
    before = dict(record.pages)
    urls = {url for url, _ in items}
    changed = [(url, item) for url, item in items if before.get(url) != base.digests.get(url)]
    gone = sum(1 for url in before if url not in urls)
    if not worth_patching(len(changed) + gone, len(record.pages)):
        return None
    try:
        small, peak = None, 0
        if changed:
            made, peak = index_documents(((url, document(item, language)) for url, item in changed),
                                         len(changed), language_code(language))
            small = decode_bundle(own_files(made, shard))
        files, cut = patch_bundle(base.read(), record, small, [url for url, _ in items],
                                  [url for url, _ in changed], budget, shard)
    except (Unsupported, OSError):  # OSError: the current bundle cannot be read
        return None
    return files, cut, len(changed), peak


def patch_bundle(files: dict[str, bytes], record: Record, small: Bundle | None,
                 order: list[str], indexed: list[str], budget: int, shard: int
                 ) -> tuple[dict[str, bytes], dict[str, Cut]]:
    """The bundle of `files` (made as `record` says) with the pages `order` lists (URLs,
    in page order): those in `indexed` from `small` (Pagefind's bundle of them alone,
    in that order), the others from `files`."""
    known = Known()
    parsed: dict[str, Entry] = {}

    def split(data: bytes) -> list[tuple[str, bytes]]:
        found = split_chunk(data)
        parsed.update((word, entry) for word, _, entry in found)
        return [(word, entry) for word, entry, _ in found]

    old = decode_bundle(files, known, split)
    if (record.meta not in files or len(old.pages) != len(record.pages)
            or not set(record.cut) <= {word for word, _ in old.words}):
        raise Unsupported("the record is not this bundle's")
    whole = []
    was_cut: dict[str, tuple[Cut, Entry]] = {}  # word -> its record, its cut entry parsed
    for word, entry in old.words:
        if word in record.cut:
            full, k, grown = record.cut[word]
            known.cut[full] = (entry, k, grown)
            was_cut[word] = ((entry, k, grown), parsed.pop(word))
            entry = full
        whole.append((word, entry))
    place = {url: number for number, url in enumerate(order)}
    fresh = set(indexed)
    new_of = [DROPPED if url in fresh or url not in place else place[url]
              for url, _ in record.pages]
    small_of = [place[url] for url in indexed]
    if len(set(new_of) - {DROPPED}) + len(small_of) != len(order):
        raise Unsupported("pages neither kept nor indexed")
    fields = _field_numbers(old, small, new_of)
    pages: list[tuple[bytes, int]] = [(b"", 0)] * len(order)
    for number, page in enumerate(old.pages):
        if new_of[number] != DROPPED:
            pages[new_of[number]] = page
    added: dict[str, Entry] = {}
    if small is not None:
        for number, page in enumerate(small.pages):
            pages[small_of[number]] = page
        for word, entry in small.words:
            numbered = _numbered(parse_entry(entry), small_of)
            added[word] = remap_fields(numbered, fields) if fields else numbered
    words = []
    for word, entry in whole:
        extra = added.pop(word, None)
        before = parsed.get(word) or parse_entry(entry)
        made = renumber(entry, new_of, extra, before)
        if made is not None:
            if word in was_cut and made != entry:
                again = _cut_again(made, was_cut[word], before, new_of, extra, budget)
                if again is not None:
                    known.cut[made] = again
            words.append((word, made))
    for word, extra in added.items():
        made = renumber(None, new_of, extra)
        if made is not None:
            words.append((word, made))
    words.sort(key=lambda w: w[0])
    entry_json = copy.deepcopy(old.entry)
    for info in entry_json.get("languages", {}).values():
        info["page_count"] = len(order)
    patched = Bundle(old.language, old.meta, old.at, pages, words,
                     _filters(old, small, new_of, small_of), entry_json, old.other)
    return encode_bundle(patched, budget, shard, known)


def _cut_again(entry: bytes, was: tuple[Cut, Entry], whole: Entry, new_of: list[int],
               added: Entry | None, budget: int) -> Cut | None:
    """The renumbered `entry` of a word that was cut to K locations a page, cut as
    `cut_entry` would cut it, when K stays (else None: `cut_entry` does it again).

    K stays when the cut entry still fits `budget` (K = 1: whatever its size) and one
    more location a page still does not: the cut entry is the old one renumbered with
    the added pages cut to K, and the growth at K + 1 is the old one less the dropped
    pages' plus the added pages'."""
    (cut, k, grown), parsed = was
    if len(entry) <= budget:
        return None
    fresh = added.pages.rests if added else []
    short = Entry(added.word, Pages(added.pages.numbers, [cut_page(r, k) for r in fresh]),
                  added.variants) if added else None
    made = renumber(cut, new_of, short, parsed)
    if made is None:
        return None
    pages = list(zip(whole.pages.numbers, whole.pages.rests, strict=True))
    if grown is None:  # K = 1 and larger than budget: some page must have a second place
        if k != 1 or len(made) <= budget:
            return None
        more = any(_growth(r, 1) for r in fresh) or any(
            _growth(r, 1) for n, r in pages if new_of[n] != DROPPED)
        return (made, 1, None) if more else None
    grown += sum(_growth(r, k) for r in fresh) - sum(
        _growth(r, k) for n, r in pages if new_of[n] == DROPPED)
    if grown <= 0 or len(made) + grown <= budget or (k > 1 and len(made) > budget):
        return None
    return made, k, grown


def _growth(rest: bytes, k: int) -> int:
    """How many bytes the (k + 1)-th location adds to a page cut to k."""
    return len(cut_page(rest, k + 1)) - len(cut_page(rest, k))


def _numbered(entry: Entry, numbers: list[int]) -> Entry:
    return Entry(entry.word, entry.pages.renumbered(numbers),
                 [(form, found.renumbered(numbers)) for form, found in entry.variants])


def _field_numbers(old: Bundle, small: Bundle | None, new_of: list[int]) -> list[int]:
    """How the small bundle's meta field numbers map to the shard's ([]: the same);
    `Unsupported` when anything but the pages, chunks, filters and field names of the
    two meta files differ, or when the shard's fields would change."""
    rest = [f for i, f in enumerate(old.meta) if i not in old.at]
    names = [f for f in rest if isinstance(f, list) and all(isinstance(n, str) for n in f)]
    ours = max(names, key=len) if names else []
    if small is None:
        mine: list[str] = []
    else:
        other = [f for i, f in enumerate(small.meta) if i not in small.at]
        if len(other) != len(rest) or small.language != old.language:
            raise Unsupported("another kind of meta file")
        mine = []
        for a, b in zip(rest, other, strict=True):
            if a != b and a is not ours:
                raise Unsupported("another meta file")
            if a is ours:
                mine = b
        if not set(mine) <= set(ours) or _without_counts(small.entry) != _without_counts(old.entry):
            raise Unsupported("new meta fields or another pagefind-entry.json")
        if small.other != old.other:
            raise Unsupported("another Pagefind")
    missing = [name for name in ours if name not in mine]
    for number, (fragment, _) in enumerate(old.pages):
        if not missing:
            break
        if new_of[number] != DROPPED:
            keys = json.loads(gzip.decompress(fragment)[len(MAGIC):]).get("meta", {})
            missing = [name for name in missing if name not in keys]
    if missing:
        raise Unsupported("a meta field would go")
    return [] if mine == ours else [ours.index(name) for name in mine]


def _without_counts(entry: dict[str, Any]) -> Any:
    return {**entry, "languages": {lang: {k: v for k, v in info.items()
                                          if k not in ("hash", "page_count")}
                                   for lang, info in entry.get("languages", {}).items()}}


def _filters(old: Bundle, small: Bundle | None, new_of: list[int], small_of: list[int]
             ) -> dict[str, list[list[Any]]]:
    merged: dict[str, dict[Any, list[int]]] = {}
    for name, values in old.filters.items():
        for value, numbers in values:
            kept = [new_of[n] for n in numbers if new_of[n] != DROPPED]
            if kept:
                merged.setdefault(name, {}).setdefault(value, []).extend(kept)
    for name, values in small.filters.items() if small else []:
        for value, numbers in values:
            merged.setdefault(name, {}).setdefault(value, []).extend(small_of[n] for n in numbers)
    return {name: [[value, sorted(numbers)] for value, numbers in values.items()]
            for name, values in merged.items()}
