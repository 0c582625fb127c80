"""A word's entry in a Pagefind index with its pages numbered again, some dropped and
others added: what an exact patch of a search shard does to each word.  No I/O.

Takes: one word's entry as Pagefind wrote it (CBOR: [word, pages, variants]; a page
[page number delta, [locations], [locations in meta fields]]; a variant, a spelling
with diacritics, [form, pages]), the new number of each old page (DROPPED: none) and
the pages to add (already numbered, each from an entry Pagefind wrote for the changed
posts alone).  Gives the entry Pagefind would write for the whole shard.

What makes this exact (checked against Pagefind 1.5.2, tests/test_search_patch.py):
a page's locations do not depend on the other pages; pages are listed by number,
each number a delta from the one before; variants are listed in the order Pagefind
meets them (by their first page; in that page, the ones found in the text before the
ones found only in meta fields, each group by form).  A page's bytes after its delta
are moved as they are; a run of pages whose numbers all move by the same amount is
moved as one slice, only its first delta written again, so a one-post edit touches
a few bytes of most entries, not their thousands of pages.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from itertools import accumulate, groupby
from operator import add, itemgetter, sub
from typing import NamedTuple

from builder.cbor import Unsupported, array_length, head
from builder.cbor import decode as _decode
from builder.cbor import encode as _encode
from builder.search_cut import ARRAY as _ARRAY
from builder.search_cut import INT as _INT
from builder.search_words import MAGIC

# a page: its delta, then the rest (locations and meta locations) as it is
POSTING = re.compile(rb"\x83(" + _INT + rb")(" + _ARRAY + _INT + rb"*+" + _ARRAY + _INT
                      + rb"*+)", re.DOTALL)
RUN = re.compile(rb"(?:\x83" + _INT + _ARRAY + _INT + rb"*+" + _ARRAY + _INT + rb"*+)*+",
                  re.DOTALL)
DROPPED = -(1 << 40)  # the new number of a page dropped: its shift is its own


class Pages:
    """A list of pages inside an entry: absolute numbers and each page's bytes after
    its delta; read from an entry, also the deltas and where the list starts."""

    __slots__ = ("_starts", "at", "data", "deltas", "numbers", "rests", "sizes")

    def __init__(self, numbers: list[int], rests: list[bytes], data: bytes = b"",
                 at: int = 0, deltas: list[bytes] | None = None) -> None:
        self.numbers, self.rests, self.data, self.at = numbers, rests, data, at
        self.deltas = deltas or []
        self._starts: list[int] | None = None
        self.sizes: array | None = None  # each page's bytes, head and delta included

    def page_sizes(self) -> array:
        """Each page's size in its entry (its head, delta and the rest)."""
        if self.sizes is None:
            if len(self.deltas) != len(self.rests):
                raise Unsupported("pages not read from an entry")
            self.sizes = array("I", map((1).__add__, map(add, map(len, self.rests),
                                                         map(len, self.deltas))))
        return self.sizes

    def starts(self) -> list[int]:
        """Where each page starts in `data`, and where the list ends."""
        if self._starts is None:
            sizes = map(add, map(len, self.rests), map(len, self.deltas))
            self._starts = list(map(add, accumulate(sizes, initial=self.at),
                                    range(len(self.rests) + 1)))  # + each page's b"\x83"
        return self._starts

    def renumbered(self, numbers: list[int]) -> Pages:
        return Pages([numbers[n] for n in self.numbers], self.rests)

    def with_rests(self, rests: list[bytes]) -> Pages:
        return Pages(self.numbers, rests)


class Entry(NamedTuple):
    word: str
    pages: Pages
    variants: list[tuple[str, Pages]]


def numbered(entry: Entry, numbers: list[int]) -> Entry:
    """The entry with its pages (and its variants' pages) numbered `numbers[n]`."""
    return Entry(entry.word, entry.pages.renumbered(numbers),
                 [(form, found.renumbered(numbers)) for form, found in entry.variants])


def parse_entry(entry: bytes) -> Entry:
    """An entry's word, pages and variants; `Unsupported` for any other shape."""
    parsed, end = _entry_at(entry, 0)
    if end != len(entry):
        raise Unsupported("index entry")
    return parsed


def split_chunk(data: bytes) -> list[tuple[str, bytes, Entry]]:
    """A word index chunk's (word, entry bytes, parsed entry): MAGIC + [[entry, ...]]."""
    if not data.startswith(MAGIC) or data[len(MAGIC)] != 0x81:
        raise Unsupported("index chunk")
    count, at = array_length(data, len(MAGIC) + 1)
    found = []
    for _ in range(count):
        parsed, end = _entry_at(data, at)
        found.append((parsed.word, data[at:end], parsed))
        at = end
    if at != len(data):
        raise Unsupported("trailing bytes")
    return found


def _entry_at(data: bytes, at: int) -> tuple[Entry, int]:
    word, pages, at = _named_pages(data, at, 0x83, "index entry")
    count, at = array_length(data, at)
    variants = []
    for _ in range(count):
        form, found, at = _named_pages(data, at, 0x82, "variant")
        variants.append((form, found))
    return Entry(word, pages, variants), at


def _named_pages(data: bytes, at: int, array: int, what: str) -> tuple[str, Pages, int]:
    """An array (head byte `array`) of a string and a page list: a word's entry (with
    its variants after) or a variant."""
    if data[at] != array:
        raise Unsupported(what)
    name, at = _decode(data, at + 1)
    if not isinstance(name, str):
        raise Unsupported(f"{what}: not a string")
    pages, at = _pages(data, at)
    return name, pages, at


def _pages(data: bytes, at: int) -> tuple[Pages, int]:
    count, at = array_length(data, at)
    run = RUN.match(data, at)
    end = run.end() if run else at
    found = POSTING.findall(data, at, end)
    if len(found) < count:
        raise Unsupported("pages")
    deltas = list(map(itemgetter(0), found))
    joined = b"".join(deltas)
    if len(joined) == count:
        if count and max(joined) >= 0x18:
            raise Unsupported("a page number going back")
        numbers = list(accumulate(joined))
    else:
        numbers = list(accumulate(map(page_delta, deltas)))
    pages = Pages(numbers, list(map(itemgetter(1), found)), data, at, deltas)
    if len(found) > count:  # never seen: what follows a list is no page
        del found[count:], deltas[count:], numbers[count:], pages.rests[count:]
        end = pages.starts()[-1]
    return pages, end


def page_delta(item: bytes) -> int:
    if item[0] >= 0x1C:
        raise Unsupported("a page number going back")
    return item[0] if len(item) == 1 else int.from_bytes(item[1:], "big")


def renumber(entry: bytes | None, new_of: list[int], added: Entry | None,
             parsed: Entry | None = None, shape: list[Pages] | None = None) -> bytes | None:
    """The entry (`parsed`: already parsed) with its pages numbered `new_of[old]`
    (DROPPED: dropped) and the pages of `added` (numbered already) put in (`entry`
    None: a new word); None when no page is left.  `entry` itself when nothing about
    it changes.  `shape` gets the new entry's pages (numbers and sizes)."""
    if entry is None:
        if added is None:
            return None
        old = Entry(added.word, _NONE, [])
    else:
        old = parsed or parse_entry(entry)
        if added is None and not old.variants and _unmoved(old.pages.numbers, new_of):
            return entry
    body, count, pages = _moved(old.pages, new_of, added.pages if added else None)
    if shape is not None:
        shape.append(pages)
    variants = {form: _moved(found, new_of, None) for form, found in old.variants}
    before = dict(old.variants)
    for form, found in added.variants if added else []:
        variants[form] = _moved(before.get(form, _NONE), new_of, found)
    kept = sorted(((_first(found), form, data, n) for form, (data, n, found)
                   in variants.items() if n), key=lambda v: (v[0], v[1]))
    if not count and not kept:
        return None
    return (b"\x83" + _encode(old.word) + head(4, count) + body + head(4, len(kept))
            + b"".join(b"\x82" + _encode(form) + head(4, n) + data
                       for _, form, data, n in kept))


_NONE = Pages([], [])


def _unmoved(numbers: list[int], new_of: list[int]) -> bool:
    """Every page keeps its number."""
    try:
        return list(map(new_of.__getitem__, numbers)) == numbers
    except IndexError:
        raise Unsupported("a page number past the shard's pages") from None


def _first(found: Pages) -> tuple[int, int]:
    """What orders variants (then their form): the first page's number, and 1 when that
    page has the form only in meta fields (no locations in the text)."""
    return found.numbers[0], 1 if found.rests[0][:1] == b"\x80" else 0


def _moved(old: Pages, new_of: list[int], added: Pages | None) -> tuple[bytes, int, Pages]:
    """The pages of `old` numbered again and those of `added` put in: their bytes, how
    many, and the result as `Pages` (numbers and rests, to order variants by)."""
    try:
        moved = list(map(new_of.__getitem__, old.numbers))
    except IndexError:
        raise Unsupported("a page number past the shard's pages") from None
    runs: list[tuple[int, int, int]] = []  # (new number of its first page, first, last)
    at = 0
    for _, run in groupby(map(sub, moved, old.numbers)):
        first = at
        at += len(list(run))
        if moved[first] >= 0:  # a dropped page is a run of its own (its shift is its own)
            runs.append((moved[first], first, at - 1))
    inserts = list(zip(added.numbers, added.rests, strict=True)) if added else []
    spots = [n for n, _ in inserts]
    pieces: list[tuple[int, int, int, int]] = [(n, 1, i, i) for i, n in enumerate(spots)]
    for start, first, last in runs:  # cut where an added page falls inside a run
        for n in spots[bisect_left(spots, start):bisect_left(spots, moved[last])]:
            split = bisect_left(moved, n, first, last + 1)
            pieces.append((moved[first], 0, first, split - 1))
            first = split
        pieces.append((moved[first], 0, first, last))
    out: list[bytes] = []
    numbers: list[int] = []
    rests: list[bytes] = []
    sizes = array("I")
    for start, kind, first, last in sorted(pieces):
        if numbers and start <= numbers[-1]:
            raise Unsupported("pages out of order")
        step = head(0, start - (numbers[-1] if numbers else 0))
        if kind:
            out.append(b"\x83" + step + inserts[first][1])
            numbers.append(start)
            rests.append(inserts[first][1])
            sizes.append(len(out[-1]))
            continue
        starts = old.starts()
        out.append(b"\x83" + step + old.rests[first] + old.data[starts[first + 1]:starts[last + 1]])
        numbers.extend(moved[first:last + 1])
        rests.extend(old.rests[first:last + 1])
        sizes.append(1 + len(step) + len(old.rests[first]))
        sizes.extend(map(sub, starts[first + 2:last + 2], starts[first + 1:last + 1]))
    made = Pages(numbers, rests)
    made.sizes = sizes
    return b"".join(out), len(numbers), made


def splice_page(entry: bytes, start: bytes, pages: array, sizes: array, n: int,
            rest: bytes | None) -> tuple[bytes, bytes | None]:
    """`entry` (its head `start`, then its pages) with page n's item, after its delta,
    `rest` (None: no item), `pages` and `sizes` made to match; and the item's bytes
    it had (None: none)."""
    count = len(pages)
    at = len(start) + len(head(4, count))
    i = bisect_left(pages, n)
    has = i < count and pages[i] == n
    if not has and rest is None:
        return entry, None
    begin = at + sum(sizes[:i])
    end = begin + (sizes[i] if has else 0)
    gone = entry[begin + 1 + _int_size(entry[begin + 1]):end] if has else None
    before = pages[i - 1] if i else 0
    items, numbers, lengths = [], array("I"), array("I")
    if rest is not None:
        items.append(b"\x83" + head(0, n - before) + rest)
        numbers.append(n)
        lengths.append(len(items[-1]))
    after = i + 1 if has else i  # the page after n: its delta is from n or from `before`
    tail = end
    if after < count:
        tail = end + sizes[after]
        then = entry[end + 1 + _int_size(entry[end + 1]):tail]
        items.append(b"\x83" + head(0, pages[after] - (before if rest is None else n)) + then)
        numbers.append(pages[after])
        lengths.append(len(items[-1]))
        after += 1
    pages[i:after] = numbers
    sizes[i:after] = lengths
    return start + head(4, len(pages)) + entry[at:begin] + b"".join(items) + entry[tail:], gone


def _int_size(first: int) -> int:
    """The size of the CBOR unsigned integer whose head byte is `first`."""
    if first < 0x18:
        return 1
    if first > 0x1B:
        raise Unsupported("a page number going back")
    return 1 + (1 << (first - 0x18))




def remap_fields(entry: Entry, fields: list[int]) -> Entry:
    """The entry with the meta field numbers in its pages' meta locations replaced
    (field i -> fields[i]: a small index knows fewer meta fields than the shard)."""
    def one(found: Pages) -> Pages:
        return found.with_rests([_remap_rest(rest, fields) for rest in found.rests])

    return Entry(entry.word, one(entry.pages),
                 [(form, one(found)) for form, found in entry.variants])


def _remap_rest(rest: bytes, fields: list[int]) -> bytes:
    _, at = _decode(rest, 0)
    meta, end = _decode(rest, at)
    if end != len(rest) or not isinstance(meta, list):
        raise Unsupported("meta locations")
    return rest[:at] + _encode([-fields[-v - 1] - 1 if v < 0 else v for v in meta])


