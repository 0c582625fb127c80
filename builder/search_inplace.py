"""The patch of a search shard whose changed pages keep their numbers (posts edited
without moving: same date, none added or deleted), made from the shard's form
(builder.search_form): only what holds those pages is decoded and encoded again.
No I/O.

Takes: the form, the whole entries of the words cut to the budget, Pagefind's bundle
of the changed pages alone (decoded) with their page numbers, and a function that
reads a file of the current bundle.  Gives (`InPlace`) the files that differ from the
current bundle's, the names of those that stay as they are, the words cut and the
new form; or None, and the caller patches the whole bundle (builder.search_patch):
the small bundle's meta fields, pagefind-entry.json or Pagefind files differ from the
shard's (`Unsupported`: the current bundle is not what the form says).  A word whose
variants (spellings with diacritics) name a changed page is renumbered as the whole
patch renumbers it.

Why the files are a clean build's: a page's item in a word's entry is [delta from
the page before, locations, meta locations] and does not depend on the other pages,
so putting in, replacing or dropping page N's item changes its bytes and the delta of
the page after it, nothing else (the head's page count aside).  The words of page N
are those whose pages list N (the form's arrays) and those of its new version.  A cut
word is cut again when its K no longer holds (`cut_holds`); else its cut entry gets
page N cut to K, as `cut_entry` would.  The chunks are cut again from every word's
size by the rule a clean build uses (`chunk_sizes`), and a chunk whose words all kept
their bytes keeps its file.  Filters and fragments change for page N only; the meta
file is encoded whole (it names the new fragments, chunks and filters).
"""

from __future__ import annotations

import gzip
import json
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import replace
from itertools import accumulate
from typing import Any, NamedTuple

from builder.cbor import Unsupported
from builder.cbor import encode as _encode
from builder.search_bundle import (
    MAGIC,
    Bundle,
    Cut,
    filter_file,
    filter_order,
    fragment_name,
    meta_files,
)
from builder.search_chunks import (
    chunk_bounds,
    chunk_data,
    chunk_head,
    chunk_name,
    chunk_sizes,
    pack_chunk,
)
from builder.search_form import Form, other_sizes, sizes_of, variant_pages, without_counts
from builder.search_postings import DROPPED, Entry, numbered, parse_entry, renumber, splice_page
from builder.search_words import cut_entry, cut_holds, cut_page, growth


class InPlace(NamedTuple):
    files: dict[str, bytes]  # the files that are new or changed
    kept: list[str]  # the current bundle's files that stay as they are
    cut: dict[str, Cut]
    form: Form


class _Word(NamedTuple):
    whole: bytes
    written: bytes
    numbers: array
    sizes: array
    cut: Cut | None
    cut_sizes: array | None
    variants: list[int]  # every page its variants name


def patch_in_place(form: Form, cut: dict[str, Cut], small: Bundle, numbers: list[int],
                   budget: int, shard: int, read: Callable[[str], bytes]) -> InPlace | None:
    """The shard with pages `numbers` (ascending) as `small` has them (its pages in that
    order); None: not a patch this module makes."""
    if not _same_kind(form, small) or len(small.pages) != len(numbers):
        return None
    fresh = {word: numbered(parse_entry(entry), numbers) for word, entry in small.words}
    on = {form.words[place] for n in numbers for place in form.words_on(n)}
    chunks = _Chunks(form, read)
    changed: dict[str, _Word | None] = {}
    for word in sorted(on | set(fresh)):
        place = form.place(word)
        made = _word(form, chunks, place, word, cut.get(word), fresh.get(word), numbers, budget)
        if (made is None or place is None or made.written != chunks.entry(place)
                or made.cut != cut.get(word)):
            changed[word] = made
    return _encode_patched(form, cut, small, numbers, shard, chunks, changed)


def _same_kind(form: Form, small: Bundle) -> bool:
    """The small bundle's meta fields (but its lists of pages, chunks and filters), its
    pagefind-entry.json (but its counts) and Pagefind's files are the shard's."""
    def rest(meta: list[Any], at: tuple[int | None, ...]) -> list[Any]:
        return [f for i, f in enumerate(meta) if i not in at]

    return (small.language == form.language and None not in small.at and None not in form.at
            and rest(small.meta, small.at) == rest(form.meta, form.at)
            and without_counts(small.entry) == without_counts(form.entry)
            and other_sizes(small.other) == form.other)


class _Chunks:
    """The current bundle's index chunks, read when a word's entry is needed."""

    def __init__(self, form: Form, read: Callable[[str], bytes]) -> None:
        self.form, self.read = form, read
        self.starts = list(accumulate((count for _, count in form.chunks), initial=0))
        self._data: dict[int, bytes] = {}

    def of(self, place: int) -> int:
        return bisect_right(self.starts, place) - 1

    def entry(self, place: int) -> bytes:
        number = self.of(place)
        data = self.data(number)
        first = self.starts[number]
        at = len(data) - sum(self.form.lengths[first:self.starts[number + 1]]) + sum(
            self.form.lengths[first:place])
        return data[at:at + self.form.lengths[place]]

    def data(self, number: int) -> bytes:
        if number not in self._data:
            name, count = self.form.chunks[number]
            data = gzip.decompress(self.packed(number))
            lengths = self.form.lengths[self.starts[number]:self.starts[number + 1]]
            start = MAGIC + chunk_head(count)
            if not data.startswith(start) or len(data) != len(start) + sum(lengths):
                raise Unsupported(f"index chunk {name} is not the form's")
            self._data[number] = data[len(MAGIC):]
        return self._data[number]

    def packed(self, number: int) -> bytes:
        return self.read(f"index/{self.form.chunks[number][0]}.pf_index")


def _word(form: Form, chunks: _Chunks, place: int | None, word: str, was: Cut | None,
          added: Entry | None, numbers: list[int], budget: int) -> _Word | None:
    """A word's entries with pages `numbers` as `added` has them (None: no page left)."""
    start = b"\x83" + _encode(word)
    if place is None:
        whole, pages, sizes = start + b"\x80\x80", array("I"), array("I")
    else:
        written = chunks.entry(place)
        whole = was[0] if was else written
        pages, sizes = form.pages_of(place)
    if not (whole.startswith(start) and (place is None or written.startswith(start))):
        raise Unsupported(f"the entry of {word!r} is not the form's")
    variants = form.variant_pages.get(word, [])
    if (added and added.variants) or set(variants) & set(numbers):  # variants change:
        return _with_variants(form, whole if place is not None else None, added, numbers,
                              budget)  # renumbered as the whole patch does
    fresh = dict(zip(added.pages.numbers, added.pages.rests, strict=True)) if added else {}
    before, old_rests = whole, []
    for n in numbers:  # the variants, after the pages, stay as they are
        whole, gone = splice_page(whole, start, pages, sizes, n, fresh.get(n))
        old_rests.append(gone)
    if not pages:
        return _with_variants(form, before, added, numbers, budget) if variants else None
    if not budget or len(whole) <= budget:
        return _Word(whole, whole, pages, sizes, None, None, variants)
    if was and place is not None:
        _, k, grown = was
        short, short_sizes = written, form.cut_sizes[word][:]
        pages_again = form.pages_of(place)[0]
        for n, old in zip(numbers, old_rests, strict=True):
            rest = fresh.get(n)
            short, _ = splice_page(short, start, pages_again, short_sizes, n,
                                   None if rest is None else cut_page(rest, k))
            if grown is not None:
                grown += (growth(rest, k) if rest is not None else 0) - (
                    growth(old, k) if old is not None else 0)
        if cut_holds(len(short), len(whole), grown, budget):
            return _Word(whole, short, pages, sizes, (whole, k, grown), short_sizes, variants)
    return _cut(whole, pages, sizes, variants, budget)


def _with_variants(form: Form, whole: bytes | None, added: Entry | None, numbers: list[int],
                   budget: int) -> _Word | None:
    new_of = list(range(len(form.meta[_lists(form)[0]])))
    for n in numbers:
        new_of[n] = DROPPED
    made = renumber(whole, new_of, added, parse_entry(whole) if whole is not None else None)
    if made is None:
        return None
    parsed = parse_entry(made)
    return _cut(made, array("I", parsed.pages.numbers), sizes_of(parsed),
                variant_pages(parsed), budget)


def _cut(whole: bytes, pages: array, sizes: array, variants: list[int], budget: int) -> _Word:
    """The word's entries, cut as a clean build cuts them."""
    short, k, grown = cut_entry(whole, budget) if budget and len(whole) > budget else (
        whole, 0, None)
    if not k:
        return _Word(whole, whole, pages, sizes, None, None, variants)
    return _Word(whole, short, pages, sizes, (whole, k, grown), sizes_of(parse_entry(short)),
                 variants)


def _encode_patched(form: Form, cut: dict[str, Cut], small: Bundle, numbers: list[int],
                    shard: int, chunks: _Chunks, changed: dict[str, _Word | None]) -> InPlace:
    language = form.language
    cut, cut_sizes, variants = dict(cut), dict(form.cut_sizes), dict(form.variant_pages)
    words: list[str] = []
    lengths, counts, pages, sizes = array("I"), array("I"), array("I"), array("I")
    old_of: list[int | None] = []  # each word's place in the form (None: changed)
    starts = form.starts()

    def keep(done: int, upto: int) -> None:
        words.extend(form.words[done:upto])
        lengths.extend(form.lengths[done:upto])
        counts.extend(form.counts[done:upto])
        pages.extend(form.numbers[starts[done]:starts[upto]])
        sizes.extend(form.sizes[starts[done]:starts[upto]])
        old_of.extend(range(done, upto))

    done = 0
    for word, made in sorted(changed.items()):
        place = form.place(word)
        upto = bisect_left(form.words, word) if place is None else place
        keep(done, upto)
        done = upto + (place is not None)
        cut.pop(word, None)
        cut_sizes.pop(word, None)
        variants.pop(word, None)
        if made is None:
            continue
        if made.variants:
            variants[word] = made.variants
        words.append(word)
        lengths.append(len(made.written))
        counts.append(len(made.numbers))
        pages.extend(made.numbers)
        sizes.extend(made.sizes)
        old_of.append(None)
        if made.cut is not None and made.cut_sizes is not None:
            cut[word], cut_sizes[word] = made.cut, made.cut_sizes
    keep(done, len(form.words))

    files: dict[str, bytes] = {}
    first_of = {form.words[chunks.starts[c]]: c for c in range(len(form.chunks))}
    touched = {chunks.of(place) for word in changed
               if (place := form.place(word)) is not None}
    listed, grouped = [], chunk_sizes(lengths)
    at = 0
    for number, count in enumerate(grouped):
        group = range(at, at + count)
        at += count
        old = first_of.get(words[group.start])
        if (old is not None and old not in touched and form.chunks[old][1] == count
                and None not in old_of[group.start:group.stop]):  # its words and bytes
            name = f"{language}_{number:x}{form.chunks[old][0][-2:]}"
            if name != form.chunks[old][0]:
                files[f"index/{name}.pf_index"] = chunks.packed(old)
        else:
            data = chunk_data([chunks.entry(place) if (place := old_of[i]) is not None
                               else _written(changed[words[i]]) for i in group])
            name = chunk_name(language, number, data)
            files[f"index/{name}.pf_index"] = pack_chunk(data)
        listed.append([words[group.start], words[group.stop - 1], name])
    chunk_list = chunk_bounds(listed)

    at_pages, _, at_filters = _lists(form)
    fragments = list(form.meta[at_pages])
    for (data, words_on_page), n in zip(small.pages, numbers, strict=True):
        name = fragment_name(f"{language}_{shard:x}_", n, data)
        fragments[n] = [name, words_on_page]
        files[f"fragment/{name}.pf_fragment"] = data
    filters = _filters(form.filters, small.filters, numbers)
    old_files = dict(form.meta[at_filters])
    filter_list = []
    for name, values in sorted(filters.items()):
        if values == form.filters.get(name):
            filter_list.append([name, old_files[name]])
            continue
        file, packed = filter_file(name, values, language)
        filter_list.append([name, file])
        files[f"filter/{file}.pf_filter"] = packed
    meta = list(form.meta)
    for at_list, value in zip(_lists(form), (fragments, chunk_list, filter_list), strict=True):
        meta[at_list] = value
    described = meta_files(meta, form.entry, language)
    files.update(described)
    names = (set(form.other) | set(described)
             | {f"fragment/{name}.pf_fragment" for name, _ in fragments}
             | {f"index/{name}.pf_index" for _, _, name in chunk_list}
             | {f"filter/{file}.pf_filter" for _, file in filter_list})
    new_form = replace(
        form, meta_name=next(name for name in described if name.endswith(".pf_meta")),
        words=words,
        lengths=lengths, counts=counts, numbers=pages, sizes=sizes, cut_sizes=cut_sizes,
        variant_pages=variants,
        chunks=[(name, count) for (_, _, name), count in zip(chunk_list, grouped, strict=True)],
        meta=meta, filters=filters, entry=json.loads(described["pagefind-entry.json"]),
        _starts=None)
    return InPlace(files, sorted(names - set(files)), cut, new_form)


def _lists(form: Form) -> tuple[int, int, int]:
    """Where the meta file lists the pages, the chunks and the filters."""
    at_pages, at_chunks, at_filters = form.at
    if at_pages is None or at_chunks is None or at_filters is None:
        raise Unsupported("a meta file without pages, chunks or filters")
    return at_pages, at_chunks, at_filters


def _written(made: _Word | None) -> bytes:
    if made is None:
        raise Unsupported("a word with no page in a chunk")
    return made.written


def _filters(old: dict[str, list[list[Any]]], small: dict[str, list[list[Any]]],
             numbers: list[int]) -> dict[str, list[list[Any]]]:
    """The filters with pages `numbers` given the values `small` gives them."""
    gone = set(numbers)
    merged = {name: {value: [p for p in found if p not in gone] for value, found in values}
              for name, values in old.items()}
    for name, values in small.items():
        into = merged.setdefault(name, {})
        for value, found in values:
            into.setdefault(value, []).extend(numbers[n] for n in found)
    return {name: filter_order([[value, sorted(found)] for value, found in values.items()
                                if found])
            for name, values in merged.items() if any(values.values())}
