"""The commonest words' index entries cut to a budget every page at once, by the
regular expression engine; and the byte patterns of a word's entry.  No I/O.

`cut_in_bulk` is `builder.search_words.cut_and_why` for entries whose pages are in
Pagefind's usual shape (each weight marker followed by a location, and only where
the weight changes): the same entry, K and growth, without reading each page's
locations one at a time in Python (a shard's commonest words hold ~70,000 pages
over 2,000 posts).  Any other shape gives None, and `cut_and_why` reads it the long
way.
"""

from __future__ import annotations

import functools
import re
from itertools import chain, repeat
from operator import itemgetter, methodcaller

from builder.cbor import head

INT = rb"(?:[\x00-\x17\x20-\x37]|[\x18\x38].|[\x19\x39]..|[\x1a\x3a].{4}|[\x1b\x3b].{8})"
INTS = (rb"[\x00-\x17\x20-\x37]*+(?:(?:[\x18\x38].|[\x19\x39]..|[\x1a\x3a].{4}|[\x1b\x3b].{8})"
         rb"[\x00-\x17\x20-\x37]*+)*+")  # INT*, the one-byte integers in one step (3 times
# as fast as INT*: the engine's loop over a set of bytes is tighter than over a group)
ARRAY = rb"(?:[\x80-\x97]|\x98.|\x99..)"  # an array's head; each array of integers
# is followed by an array head or a text, never by an integer
ONE_INT = re.compile(INT, re.DOTALL)
POS = rb"(?:[\x00-\x17]|\x18.|\x19..|\x1a.{4}|\x1b.{8})"  # a location (a delta)
POSS = rb"[\x00-\x17]*+(?:(?:\x18.|\x19..|\x1a.{4}|\x1b.{8})[\x00-\x17]*+)*+"  # POS*
NEG = rb"(?:[\x20-\x37]|\x38.|\x39..|\x3a.{4}|\x3b.{8})"  # a weight marker
# a page in the usual shape (`cut_in_bulk`): each marker followed by a location and
# not by itself again; (delta, head and locations, the last marker, meta locations)
_USUAL = re.compile(rb"\x83(" + INT + rb")(" + ARRAY + rb")(" + POSS + rb"(?:(" + NEG + rb")"
                    + POS + POSS + rb"(?!\4))*+)(" + ARRAY + INTS + rb")", re.DOTALL)


def cut_in_bulk(entry: bytes, at: int, end: int, budget: int
                ) -> tuple[bytes, int, int | None] | None:
    """`search_words.cut_and_why` with each step done for every page at once (None:
    some page is not in the usual shape, and `cut_and_why` reads the pages one
    location at a time).

    The usual shape: each weight marker is followed by a location and differs from
    the marker before it (Pagefind writes one where the weight changes).  A page cut
    to its first k locations then holds the bytes of its locations up to the k-th as
    they are.  The entry's size grows with k until every location is kept (and is
    the whole entry's, larger than `budget`), so the first k that outgrows `budget`
    is found by steps of one up to 8 (K is small), then doubling k and halving the
    steps."""
    pages = _USUAL.findall(entry, at, end)  # (delta, head, locations, marker, meta)
    if sum(map(len, map(b"".join, pages))) - sum(map(len, map(itemgetter(3), pages))) + len(
            pages) != end - at:
        return None
    places = list(map(itemgetter(2), pages))
    fixed = len(entry) - sum(map(len, places)) - sum(map(len, map(itemgetter(1), pages)))
    sizes: dict[int, int] = {}

    def size(k: int) -> int:
        if k == 0:  # every page's locations an empty list: its head alone
            return fixed + len(places)
        if k not in sizes:
            kept = list(map(_END, map(_first(k).match, places)))
            heads = len(kept) if max(kept, default=0) < 24 else sum(  # < 24 integers: 1 byte
                head_size(_items(p[:n])) for p, n in zip(places, kept, strict=True))
            sizes[k] = fixed + sum(kept) + heads
        return sizes[k]

    low, high = 0, 1  # size(low) <= budget < size(high)
    while size(high) <= budget:  # K is small (1-5 over 2,000 posts): a step at a time,
        if size(high) == size(low):  # every location of every page fits
            return entry, 0, None
        low, high = high, high + 1 if high < 8 else high * 2  # then by doubling
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if size(middle) <= budget else (low, middle)
    if high == 1 and size(2) == size(1):
        return entry, 0, None  # one location a page is all there is
    keep = max(1, high - 1)
    first = _first(keep).match
    kept = [first(p).group() for p in places]  # type: ignore[union-attr]
    heads = map(_array_head, map(_items, kept))
    body = b"".join(chain.from_iterable(zip(repeat(b"\x83"), map(itemgetter(0), pages), heads,
                                            kept, map(itemgetter(4), pages))))
    return (entry[:at] + body + entry[end:], keep,
            size(high) - size(high - 1) if high > 1 else None)


def _items(locations: bytes) -> int:
    """How many integers `locations` holds."""
    return len(ONE_INT.findall(locations))


@functools.cache
def _array_head(count: int) -> bytes:
    return head(4, count)


@functools.cache
def _first(k: int) -> re.Pattern[bytes]:
    """A page's first k locations with their markers (in the usual shape)."""
    return re.compile(rb"(?:" + NEG + rb"?" + POS + rb"){0,%d}+" % k, re.DOTALL)


_END = methodcaller("end")


def head_size(count: int) -> int:
    """len(head(4, count))."""
    return 1 if count < 24 else 2 if count < 1 << 8 else 3 if count < 1 << 16 else (
        5 if count < 1 << 32 else 9)
