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
from collections.abc import Sequence
from typing import Any, NamedTuple

from builder.cbor import Unsupported
from builder.pagefind import index_documents
from builder.search_bundle import (
    MAGIC,
    Bundle,
    Cut,
    Known,
    Layout,
    decode_bundle,
    encode_bundle,
    own_files,
)
from builder.search_documents import document, language_code
from builder.search_form import Form, make_form, variant_pages, without_counts
from builder.search_inplace import InPlace, patch_in_place
from builder.search_join import appended
from builder.search_postings import (
    DROPPED,
    Entry,
    Pages,
    numbered,
    parse_entry,
    remap_fields,
    renumber,
    split_chunk,
)
from builder.search_record import Base, Record, read_record, record_bytes
from builder.search_words import cut_holds, cut_page, growth

__all__ = ["Base", "Record", "patch_bundle", "patch_shard", "read_record", "record_bytes"]

MOST_CHANGED = 1 / 4  # above this share of a shard's pages changed, index it whole
FEWEST_CHANGED = 16  # ...but a shard of any size may have this many patched


def worth_patching(changed: int, pages: int) -> bool:
    """Patch when at most MOST_CHANGED of the shard's pages changed (or FEWEST_CHANGED).

    Measured on a 2,532-post shard (docs/dev/perf.md): patching 16 changed posts took
    0.9 s, 156 posts 1.2 s, 625 (a quarter) 3.6 s, against 8-10 s to index the shard
    whole: up to a quarter a patch costs less than half, beyond it the gain shrinks
    (Pagefind's time per post and the entries to renumber grow with the changes), and
    such a change is a bulk one (an import, a mass re-tag) that rebuilds most pages."""
    return changed <= max(FEWEST_CHANGED, pages * MOST_CHANGED)


class Patched(NamedTuple):
    files: dict[str, bytes]  # the shard's files, but those in `same`
    cut: dict[str, Cut]  # the whole entries of the words cut
    indexed: int  # documents Pagefind indexed
    peak: int  # Pagefind's peak memory
    same: list[str]  # files of the current bundle that the new site's folder has already
    form: Form | None  # the new bundle's form (builder.search_form)
    in_place: bool  # patched from the form (builder.search_inplace)


def patch_shard(base: Base, items: Sequence[tuple[str, Any]], language: str, shard: int,
                budget: int, common: str
                ) -> tuple[dict[str, bytes], dict[str, Cut], int, int] | None:
    """(files, whole entries of the words cut, documents indexed, Pagefind's peak) of
    the shard whose (URL, post or page) `items` are in page order; None: index it whole."""
    made = patch_files(base, items, language, shard, budget, common, take_over=False)
    return made and (made.files, made.cut, made.indexed, made.peak)


def patch_files(base: Base, items: Sequence[tuple[str, Any]], language: str, shard: int,
                budget: int, common: str, take_over: bool = True) -> Patched | None:
    """`patch_shard`'s patch, with the files the new site's folder has already (when
    `take_over`) named, not read, and the new bundle's form.  Posts edited in place
    (no page moves) are patched from the shard's form (builder.search_inplace); any
    other change, or no usable form, decodes and encodes the whole bundle."""
    record = base.record
    if record.budget != budget or record.common != common:
        return None
    before = dict(record.pages)
    urls = {url for url, _ in items}
    changed = [(url, item) for url, item in items if before.get(url) != base.digests.get(url)]
    gone = sum(1 for url in before if url not in urls)
    if not worth_patching(len(changed) + gone, len(record.pages)):
        return None
    order = [url for url, _ in items]
    try:
        small, peak = None, 0
        if changed:
            made, peak = index_documents(((url, document(item, language)) for url, item in changed),
                                         len(changed), language_code(language))
            small = decode_bundle(own_files(made, shard))
        quick, read = None, base.read_file
        if small is not None and read is not None and order == list(before):
            place = {url: number for number, url in enumerate(order)}
            quick = _in_place(base, small, [place[url] for url, _ in changed], budget, shard)
        if quick is None or read is None:
            files, cut, new_form = _patch_bundle(base.read(), record, small, order,
                                                 [url for url, _ in changed], budget, shard)
            return Patched(files, cut, len(changed), peak, [], new_form, False)
        same = [name for name in quick.kept if take_over and base.ready(name)]
        taken = set(same)
        files = {**quick.files, **{name: read(name) for name in quick.kept
                                   if name not in taken}}
    except (Unsupported, OSError):  # OSError: the current bundle cannot be read
        return None
    return Patched(files, quick.cut, len(changed), peak, same, quick.form, True)


def _in_place(base: Base, small: Bundle, numbers: list[int], budget: int, shard: int
              ) -> InPlace | None:
    """The patch from the shard's form; None (the whole patch): no form, a form of
    another bundle, or a current bundle that is not what the form says."""
    form, read = base.form(), base.read_file
    if form is None or read is None or form.meta_name != base.record.meta:
        return None
    try:
        return patch_in_place(form, base.record.cut, small, numbers, budget, shard, read)
    except (Unsupported, OSError, ValueError, IndexError, KeyError, TypeError):
        return None


def form_of(files: dict[str, bytes], record: Record, budget: int, shard: int) -> Form | None:
    """The form of a bundle made as `record` says (a patch that changes nothing)."""
    order = [url for url, _ in record.pages]
    return _patch_bundle(files, record, None, order, [], budget, shard)[2]


def patch_bundle(files: dict[str, bytes], record: Record, small: Bundle | None,
                 order: list[str], indexed: list[str], budget: int, shard: int
                 ) -> tuple[dict[str, bytes], dict[str, Cut]]:
    """The bundle of `files` (made as `record` says) with the pages `order` lists (URLs,
    in page order): those in `indexed` from `small` (Pagefind's bundle of them alone,
    in that order), the others from `files`."""
    made, cut, _ = _patch_bundle(files, record, small, order, indexed, budget, shard,
                                 with_form=False)
    return made, cut


def _patch_bundle(files: dict[str, bytes], record: Record, small: Bundle | None,
                  order: list[str], indexed: list[str], budget: int, shard: int,
                  with_form: bool = True
                  ) -> tuple[dict[str, bytes], dict[str, Cut], Form | None]:
    """`patch_bundle`'s files and words cut, and (`with_form`) the form of the new
    bundle."""
    known = Known()
    parsed: dict[str, Entry] = {}

    def split(data: bytes) -> list[tuple[str, bytes]]:
        found = split_chunk(data)
        parsed.update((word, entry) for word, _, entry in found)
        return [(word, entry) for word, entry, _ in found]

    place = {url: number for number, url in enumerate(order)}
    fresh = set(indexed)
    new_of = [DROPPED if url in fresh or url not in place else place[url]
              for url, _ in record.pages]
    small_of = [place[url] for url in indexed]
    # the second half of a shard put after the first (builder.search_split): entries
    # are joined, not renumbered page by page, and only the words both halves have
    # are read
    after = len(new_of) if (small is not None and not with_form and not record.cut
                            and new_of == list(range(len(new_of)))
                            and small_of == list(range(len(new_of), len(order)))) else 0
    old = (decode_bundle(files, known, with_spans=True) if after
           else decode_bundle(files, known, split))
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
    if len(set(new_of) - {DROPPED}) + len(small_of) != len(order):
        raise Unsupported("pages neither kept nor indexed")
    fields = _field_numbers(old, small, new_of)
    if fields:  # the second half's meta field numbers differ: renumbered page by page
        after = 0
    pages: list[tuple[bytes, int]] = [(b"", 0)] * len(order)
    for number, page in enumerate(old.pages):
        if new_of[number] != DROPPED:
            pages[new_of[number]] = page
    added: dict[str, bytes] = {}
    small_spans = small.spans if small is not None else {}
    if small is not None:
        for number, page in enumerate(small.pages):
            pages[small_of[number]] = page
        added = dict(small.words)

    def numbers_of(extra: bytes) -> Entry:
        moved = numbered(parse_entry(extra), small_of)
        return remap_fields(moved, fields) if fields else moved

    words = []
    shapes: dict[str, tuple[Pages, list[int]]] = {}  # word -> its new pages, its variants'
    cut_shapes = {cut: parsed_cut.pages for (cut, _, _), parsed_cut in was_cut.values()}
    for word, entry in whole:
        more = added.pop(word, None)
        joined = (entry if more is None else appended(
            entry, more, after, (old.spans.get(word), small_spans.get(word)))) if after else None
        if joined is not None:  # a word of the first half alone stays as it is
            words.append((word, joined))
            continue
        before = parsed.get(word) or parse_entry(entry)
        extra = None if more is None else numbers_of(more)
        shape: list[Pages] = []
        made = renumber(entry, new_of, extra, before, shape)
        if made is entry:
            shapes[word] = (before.pages, variant_pages(before))
        elif shape and not before.variants and not (extra and extra.variants):
            shapes[word] = (shape[0], [])
        if made is not None:
            if word in was_cut and made != entry:
                shape = []
                again = _cut_again(made, was_cut[word], before, new_of, extra, budget, shape)
                if again is not None:
                    known.cut[made] = again
                    cut_shapes[again[0]] = shape[0]
            words.append((word, made))
    for word, more in added.items():
        joined = appended(None, more, after, (None, small_spans.get(word))) if after else None
        if joined is not None:
            words.append((word, joined))
            continue
        shape = []
        extra = numbers_of(more)
        made = renumber(None, new_of, extra, None, shape)
        if made is not None:
            words.append((word, made))
            if not extra.variants:
                shapes[word] = (shape[0], [])
    words.sort(key=lambda w: w[0])
    entry_json = copy.deepcopy(old.entry)
    for info in entry_json.get("languages", {}).values():
        info["page_count"] = len(order)
    patched = Bundle(old.language, old.meta, old.at, pages, words,
                     _filters(old, small, new_of, small_of), entry_json, old.other)
    layout = Layout()
    made_files, cut = encode_bundle(patched, budget, shard, known, layout)
    meta = [name for name in made_files if name.endswith(".pf_meta")]
    form = make_form(layout, patched.at, cut, patched.filters,
                     json.loads(made_files["pagefind-entry.json"]), patched.other, meta[0],
                     shapes, cut_shapes) if with_form and len(meta) == 1 else None
    return made_files, cut, form


def _cut_again(entry: bytes, was: tuple[Cut, Entry], whole: Entry, new_of: list[int],
               added: Entry | None, budget: int, shape: list[Pages]) -> Cut | None:
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
    made = renumber(cut, new_of, short, parsed, shape)
    if made is None:
        return None
    pages = list(zip(whole.pages.numbers, whole.pages.rests, strict=True))
    if grown is not None:
        grown += sum(growth(r, k) for r in fresh) - sum(
            growth(r, k) for n, r in pages if new_of[n] == DROPPED)
    return (made, k, grown) if cut_holds(len(made), len(entry), grown, budget) else None


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
        if not set(mine) <= set(ours) or without_counts(small.entry) != without_counts(old.entry):
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
