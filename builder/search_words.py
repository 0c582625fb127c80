"""The entries of a Pagefind word index: read from a chunk without decoding them, and
the commonest words' entries cut to the size of one index chunk.  No I/O.

`word_entries` takes a chunk (gunzipped) and gives (word, entry bytes); `cap_entry`
takes one word's entry as Pagefind wrote it (CBOR: [word, [pages], ...], each page
[page delta, [locations], [meta locations]], a location list being word-position
deltas with negative weight markers) and the size it may have; gives the entry with
each page's first K locations only, K the largest that fits (at least 1).

Why: a query loads the whole entry of each word it names, in every shard.  The entry
of `the` lists every one of its ~400,000 places over 10,000 posts (330 kB as served),
while a rare word's is a few hundred bytes.  Kept: every page the word is on (so the
results and their count are a clean index's), the page's first places (the title's,
whose weight ranks first, and the excerpt's), the places in meta fields.  Lost, for
these words only: the term frequency past K (pages then rank by their length and
the weight of the places kept), the hits past the K-th in a page (the search page
finds the comments and notes a filter asks for in the post's text instead, see
static/search.js), and quoted phrases that need a later place of the word.
"""

from __future__ import annotations

import functools
import re

from builder.cbor import Unsupported as _Unsupported
from builder.cbor import array_length, head
from builder.cbor import decode as _decode
from builder.search_cut import ARRAY as _ARRAY
from builder.search_cut import INT as _INT
from builder.search_cut import INTS as _INTS
from builder.search_cut import ONE_INT as _ONE_INT
from builder.search_cut import cut_in_bulk as _cut_in_bulk
from builder.search_cut import head_size as _head_size

MAGIC = b"pagefind_dcd"



def cap_entry(entry: bytes, pages_at: int, pages_end: int, budget: int) -> bytes:
    """`entry` with each page's locations cut to the first K, K the largest (>= 1)
    that makes it at most `budget` bytes; `entry` itself when it fits already or has
    a shape this does not know.  The pages are entry[pages_at:pages_end] (after the
    head of their array)."""
    return cut_and_why(entry, pages_at, pages_end, budget)[0]


def cut_and_why(entry: bytes, pages_at: int, pages_end: int, budget: int
                ) -> tuple[bytes, int, int | None]:
    """`cap_entry`'s entry, its K (0: not cut) and how many bytes K + 1 locations a
    page would add (None when not worked out: K = 1, larger than `budget` already).

    The size only grows with K, and K is small for the words that need cutting, so
    every page takes one more location at a time until the entry outgrows `budget`:
    only the first K + 1 locations of a page are ever read."""
    if len(entry) <= budget:
        return entry, 0, None
    fast = _cut_in_bulk(entry, pages_at, pages_end, budget)
    if fast is not None:
        return fast
    pages = _pages(entry, pages_at, pages_end)
    if pages is None:
        return entry, 0, None
    total = len(entry) - (pages_end - pages_at) + sum(page.size for page in pages)
    k = grown = 0
    while k == 0 or total <= budget:
        k += 1
        grown = 0
        for page in pages:
            grown += page.add()
        if not grown:  # every location of every page fits
            return entry, 0, None
        total += grown
    if k == 1 and not any(page.add() for page in pages):
        return entry, 0, None  # one location a page is all there is
    keep = max(1, k - 1)
    body = b"".join(_page_bytes(page, keep) for page in pages)
    return entry[:pages_at] + body + entry[pages_end:], keep, grown if k > 1 else None


def cut_page(rest: bytes, k: int) -> bytes:
    """A page of an entry (its bytes after the page number) with its first `k`
    locations only, as `cap_entry` cuts it."""
    match = _REST.fullmatch(rest)
    if match is None:
        raise _Unsupported("a page of an index entry")
    page = _Page(b"", match.group(1), match.group(2))
    while len(page.places) < k and page.add():
        pass
    return _page_bytes(page, k)[1:]


def growth(rest: bytes, k: int) -> int:
    """How many bytes the (k + 1)-th location adds to a page (its bytes after the page
    number) cut to k."""
    return len(cut_page(rest, k + 1)) - len(cut_page(rest, k))


def cut_holds(size: int, whole: int, grown: int | None, budget: int) -> bool:
    """Whether an entry of `whole` bytes cut to K locations a page (`size` bytes, K + 1
    would add `grown`; None: K = 1) is as `cut_and_why` cuts it: it fits `budget` and
    one more location would not; or, at K = 1, it is larger than `budget` and some
    page lost locations (the cut one is smaller than the whole)."""
    if grown is None:
        return budget < size < whole
    return grown > 0 and size <= budget < size + grown


class _Page:
    """A word's page in an entry: its delta, its locations read one at a time (each
    with the weight marker to put before it when the ones before it are dropped, b""
    for the default weight), its meta locations; `size`: its bytes with the
    locations read so far."""

    __slots__ = (
        "_base",
        "_body",
        "_count",
        "_marker",
        "_weight",
        "delta",
        "items",
        "meta",
        "places",
        "size",
    )

    def __init__(self, delta: bytes, locations: bytes, meta: bytes) -> None:
        self.delta, self.meta = delta, meta
        self.places: list[tuple[bytes, bytes]] = []
        self.items = _ONE_INT.finditer(locations)
        self._base = 1 + len(delta) + len(meta)
        self._body = self._count = 0
        self._weight = self._marker = b""
        self.size = self._base + 1

    def add(self) -> int:
        """Read one more location; how many bytes the page grew by (0: none left)."""
        for match in self.items:
            item = match.group()
            if item[0] >= 0x20:  # negative: the weight of what follows
                self._marker = item
                continue
            self.places.append((self._marker, item))
            if self._marker != self._weight:
                self._body, self._count = self._body + len(self._marker), self._count + 1
                self._weight = self._marker
            self._body, self._count = self._body + len(item), self._count + 1
            before, self.size = self.size, self._base + _head_size(self._count) + self._body
            return self.size - before
        return 0


def _pages(entry: bytes, at: int, end: int) -> list[_Page] | None:
    pages: list[_Page] = []
    while at < end:
        match = _PAGE_PARTS.match(entry, at)
        if match is None:
            return None
        delta, _, places, meta = match.groups()
        pages.append(_Page(delta, places, meta))
        at = match.end()
    return pages if at == end else None


def _page_bytes(page: _Page, k: int) -> bytes:
    items: list[bytes] = []
    weight = b""
    for marker, place in page.places[:k]:
        if marker != weight:
            items.append(marker)
            weight = marker
        items.append(place)
    # the first location after a kept one stays a delta from it; the kept ones are
    # the first K, so their deltas are Pagefind's own
    return b"\x83" + page.delta + head(4, len(items)) + b"".join(items) + page.meta


# -- reading a chunk's entries without decoding them ----------------------------------

Span = tuple[int, int, int]  # an entry's pages: how many, where they start and end in it
Spans = dict[str, Span]  # word -> its entry's Span: see `word_entries`


def word_entries(data: bytes, budget: int = 0, spans: Spans | None = None
                 ) -> list[tuple[str, bytes]]:
    """(word, its entry's CBOR bytes) of a chunk: [[[word, pages, ...], ...]]; with a
    `budget`, an entry larger than that is cut to it (`search_words.cap_entry`).
    `spans` gets, for each entry in the usual shape with no variant (its pages then
    its empty list of variants), word -> (its pages, where they start and end in it)."""
    if not data.startswith(MAGIC):
        raise _Unsupported("no Pagefind header")
    at = len(MAGIC)
    outer, at = array_length(data, at)
    count, at = array_length(data, at)
    if outer != 1:
        raise _Unsupported("index chunk")
    entries = []
    for _ in range(count):
        word, entry, at = _entry_at(data, at, budget, spans)
        entries.append((word, entry))
    if at != len(data):
        raise _Unsupported("trailing bytes")
    return entries


def cut_entry(entry: bytes, budget: int) -> tuple[bytes, int, int | None]:
    """One word's entry (as Pagefind wrote it) cut to `budget` bytes, as `word_entries`
    cuts it, with its K and growth (`cut_and_why`)."""
    fields, at = array_length(entry, 0)
    word, at = _decode(entry, at)
    if fields < 2 or not isinstance(word, str):
        raise _Unsupported("index word")
    pages, at = array_length(entry, at)
    end = _page_run(entry, at, pages)
    if end is None:
        return entry, 0, None
    return cut_and_why(entry, at, end, budget)


def _entry_at(data: bytes, start: int, budget: int, spans: Spans | None = None
              ) -> tuple[str, bytes, int]:
    """The word and entry starting at `start` (cut to `budget` when larger), and its end;
    `spans`: see `word_entries`."""
    fields, at = array_length(data, start)
    word, at = _decode(data, at)
    if fields < 2 or not isinstance(word, str):
        raise _Unsupported("index word")
    pages, at = array_length(data, at)
    end = _page_run(data, at, pages)  # the usual shape, in one step
    if end is not None:
        pages_at, pages_end, at = at, end, end
        for _ in range(fields - 2):
            at = _skip(data, at)
        entry = data[start:at]
        if budget and len(entry) > budget:
            entry = cap_entry(entry, pages_at - start, pages_end - start, budget)
        elif spans is not None and fields == 3 and at == pages_end + 1 and data[pages_end] == 0x80:
            spans[word] = (pages, pages_at - start, pages_end - start)
    else:
        at = _skip(data, start)
        entry = data[start:at]
    return word, entry, at


def _page_run(data: bytes, at: int, count: int) -> int | None:
    """Where the `count` pages from `at` end, when they are all in the usual shape
    (`_PAGE`) and no other page follows them; else None.  One pass over them: a run
    of 2**i pages a step."""
    step = 0
    while count:
        if count & 1:
            run = _pages_of(step).match(data, at)
            if run is None:
                return None
            at = run.end()
        count >>= 1
        step += 1
    return None if _PAGE.match(data, at) else at


@functools.cache
def _pages_of(step: int) -> re.Pattern[bytes]:
    return re.compile(b"(?:" + _PAGE_BYTES + b"){%d}+" % (1 << step), re.DOTALL)


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
_INT_RUNS = [re.compile(_INT + b"{%d}" % n, re.DOTALL) for n in range(32)]
# a word's page: [page number, [locations], [locations in meta fields]]
_PAGE_BYTES = rb"\x83" + _INT + _ARRAY + _INTS + _ARRAY + _INTS
_PAGE = re.compile(_PAGE_BYTES, re.DOTALL)
_PAGE_PARTS = re.compile(rb"\x83(" + _INT + rb")(" + _ARRAY + rb")(" + _INTS + rb")(" + _ARRAY
                         + _INTS + rb")", re.DOTALL)  # delta, head, locations, meta ones
_REST = re.compile(_ARRAY + rb"(" + _INTS + rb")(" + _ARRAY + _INTS + rb")", re.DOTALL)
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
