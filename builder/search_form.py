"""A search shard's bundle kept decoded beside its record (`.cache/`), so that a patch
that moves no page (builder.search_inplace) decodes and encodes only what it changes.
No I/O.

Takes: what `encode_bundle` wrote (`Layout`: every word's entry as written, the chunks'
word counts, the meta file decoded), the whole entries of the words cut to the budget
and the bundle's filters, pagefind-entry.json and Pagefind's own files.  Gives a
`Form`: the word list; each word's pages (numbers and the byte size of each page in
its entry, one array for all words, so that finding the words of a page is a search
of bytes, not a decoding); each chunk's name and word count; the meta file, filters
and pagefind-entry.json decoded; the names of every file.  `form_bytes`/`read_form`
keep it on disk (marshal, with a hash of its content: a damaged form reads as none).
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from builder.cache_file import opened, sealed
from builder.search_bundle import Layout, filter_order
from builder.search_postings import Entry, Pages, parse_entry

FORM_FORMAT = 2
_ITEM = "I"  # page numbers and sizes: 4 bytes each, in the machine's order


@dataclass
class Form:
    language: str
    meta_name: str  # the meta file's name: the bundle this form is of
    words: list[str]  # every word, in order
    lengths: array  # each word's entry as written (cut: the cut one), bytes
    counts: array  # how many pages each word's whole entry lists
    numbers: array  # the page numbers of every word's whole entry, word after word
    sizes: array  # the byte size of each of those pages in the whole entry
    cut_sizes: dict[str, array]  # a cut word: the size of each page in its cut entry
    variant_pages: dict[str, list[int]]  # a word with variants: every page they name
    chunks: list[tuple[str, int]]  # each index chunk's name and word count
    meta: list[Any]  # the meta file; its page, chunk and filter lists at `at`
    at: tuple[int | None, int | None, int | None]
    filters: dict[str, list[list[Any]]]  # as in the filter files
    entry: dict[str, Any]  # pagefind-entry.json
    other: dict[str, int]  # Pagefind's own files -> their size (`other_sizes`)
    _starts: list[int] | None = field(default=None, compare=False, repr=False)

    def starts(self) -> list[int]:
        """Where each word's pages start in `numbers` and `sizes` (and the end)."""
        if self._starts is None:
            self._starts = list(accumulate(self.counts, initial=0))
        return self._starts

    def words_on(self, page: int) -> list[int]:
        """The words (their places in `words`) whose whole entry lists `page`."""
        raw = self.numbers.tobytes()
        pattern = array(_ITEM, [page]).tobytes()
        width = len(pattern)
        starts = self.starts()
        found = []
        at = raw.find(pattern)
        while at >= 0:
            if at % width == 0:
                found.append(bisect_right(starts, at // width) - 1)
                at = raw.find(pattern, at + width)
            else:
                at = raw.find(pattern, at + 1)
        found.extend(place for word, pages in self.variant_pages.items() if page in pages
                     for place in [self.place(word)] if place is not None)
        return sorted(set(found))

    def place(self, word: str) -> int | None:
        at = bisect_right(self.words, word) - 1
        return at if at >= 0 and self.words[at] == word else None

    def pages_of(self, place: int) -> tuple[array, array]:
        """A word's page numbers and their sizes (copies)."""
        start, end = self.starts()[place], self.starts()[place + 1]
        return self.numbers[start:end], self.sizes[start:end]


def sizes_of(entry: Entry) -> array:
    """The byte size of each page of a parsed entry (its head, delta and the rest)."""
    return array(_ITEM, entry.pages.page_sizes())


def variant_pages(entry: Entry) -> list[int]:
    return sorted({n for _, found in entry.variants for n in found.numbers}) if (
        entry.variants) else []


def make_form(layout: Layout, at: tuple[int | None, int | None, int | None],
              cut: dict[str, tuple[bytes, int, int | None]], filters: dict[str, Any],
              entry: dict[str, Any], other: dict[str, bytes], meta_name: str,
              shapes: dict[str, tuple[Pages, list[int]]], cut_shapes: dict[bytes, Pages]
              ) -> Form:
    """The form of a bundle `encode_bundle` wrote; `shapes`: the pages (numbers and
    sizes) and variants' pages of some words' whole entries, `cut_shapes` those of some
    cut entries, by their bytes (the others are read from their bytes)."""
    words, lengths, counts = [], array(_ITEM), array(_ITEM)
    numbers, sizes = array(_ITEM), array(_ITEM)
    cut_sizes, variants = {}, {}
    for word, written in layout.written:
        if word in shapes:
            pages, variant = shapes[word]
        else:
            found = parse_entry(cut[word][0] if word in cut else written)
            pages, variant = found.pages, variant_pages(found)
        words.append(word)
        lengths.append(len(written))
        counts.append(len(pages.numbers))
        numbers.extend(pages.numbers)
        sizes.extend(pages.page_sizes())
        if word in cut:
            short = cut_shapes.get(written) or parse_entry(written).pages
            cut_sizes[word] = array(_ITEM, short.page_sizes())
        if variant:
            variants[word] = variant
    chunks = layout.meta[at[1]] if at[1] is not None else []
    return Form(meta_name.split(".")[1].split("_")[0], meta_name, words, lengths, counts,
                numbers, sizes, cut_sizes, variants,
                [(name, count) for (_, _, name), count in zip(chunks, layout.counts,
                                                                strict=True)],
                layout.meta, at, {name: filter_order(values) for name, values in filters.items()},
                entry, other_sizes(other))


def other_sizes(other: dict[str, bytes]) -> dict[str, int]:
    """Pagefind's own files (its script, its WebAssembly) told apart by name and size:
    the binary that wrote them is in every shard's key (builder.search.common_key)."""
    return {name: len(data) for name, data in other.items()}


def form_bytes(form: Form) -> bytes | None:
    """The form on disk; None when its meta file holds what marshal cannot keep."""
    try:
        return sealed((
            FORM_FORMAT, form.language, form.meta_name, form.words, form.lengths.tobytes(),
            form.counts.tobytes(), form.numbers.tobytes(), form.sizes.tobytes(),
            {word: sizes.tobytes() for word, sizes in form.cut_sizes.items()},
            form.variant_pages, form.chunks, form.meta, form.at, form.filters, form.entry,
            form.other))
    except ValueError:  # a CBOR map (builder.cbor.Map) in the meta file or a filter
        return None


def read_form(data: bytes) -> Form | None:
    """The form `form_bytes` wrote; None when it is damaged or of another format."""
    fields = opened(data)
    if not (isinstance(fields, tuple) and len(fields) == 16 and fields[0] == FORM_FORMAT):
        return None
    try:
        (_, language, meta_name, words, lengths, counts, numbers, sizes, cut_sizes,
         variants, chunks, meta, at, filters, entry, other) = fields
        form = Form(language, meta_name, words, _array(lengths), _array(counts),
                    _array(numbers), _array(sizes),
                    {word: _array(s) for word, s in cut_sizes.items()}, variants,
                    [tuple(c) for c in chunks], meta, tuple(at), filters, entry, other)
        if (len(form.lengths) != len(words) or len(form.counts) != len(words)
                or len(form.numbers) != len(form.sizes)
                or form.starts()[-1] != len(form.numbers)
                or sum(count for _, count in form.chunks) != len(words)):
            return None
    except (ValueError, TypeError, AttributeError):
        return None
    return form


def _array(data: bytes) -> array:
    found = array(_ITEM)
    found.frombytes(data)
    return found



def without_counts(entry: dict[str, Any]) -> Any:
    """pagefind-entry.json but for what a patch changes (its meta file, its pages)."""
    return {**entry, "languages": {lang: {k: v for k, v in info.items()
                                          if k not in ("hash", "page_count")}
                                   for lang, info in entry.get("languages", {}).items()}}
