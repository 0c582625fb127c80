"""The two halves of a search shard joined word by word (builder.search_split).  No I/O.

Takes: a word's entry in the first half's index and in the second's, as Pagefind
wrote them, and how many pages the first half has.  Gives: the word's entry in one
index of both, the second's pages put after the first's: only its first page's delta
is written again (from the first's last page), the rest is moved as it is.  Entries
with variants are left to `search_postings.renumber` (their order is both halves').
"""

from __future__ import annotations

import re

from builder.cbor import Unsupported, array_length, head
from builder.cbor import decode as _decode
from builder.search_cut import ARRAY, INT
from builder.search_postings import POSTING, RUN, page_delta
from builder.search_words import Span

_DELTA = re.compile(rb"\x83(" + INT + rb")(?:" + ARRAY + INT + rb"*+){2}", re.DOTALL)  # delta


def appended(first: bytes | None, second: bytes, shift: int,
             spans: tuple[Span | None, Span | None] = (None, None)) -> bytes | None:
    """The entry `first` (None: none) with the pages of `second`, numbered `shift` on,
    put after its own: only the second's first delta changes, the rest is moved as it
    is; None (`renumber` does it) when either has variants (their order is both's).
    `spans`: where each entry's pages are, when its decoder found them in the usual
    shape with no variant (`search_words.word_entries`): they are not read again."""
    two = _page_list(second, spans[1], last=spans[1] is None)
    one = _page_list(first, spans[0]) if first is not None else (0, 0, 0, 0)
    lead = POSTING.match(second, two[1]) if two and one and two[0] else None
    if lead is None or two is None or one is None:
        return None
    body = ((first[one[1]:one[2]] if first is not None else b"") + b"\x83"
            + head(0, page_delta(lead.group(1)) + shift - one[3]) + lead.group(2)
            + second[lead.end():two[2]])
    return second[:_word_end(second)] + head(4, two[0] + one[0]) + body + b"\x80"


def _word_end(entry: bytes) -> int:
    if entry[:1] != b"\x83":
        raise Unsupported("index entry")
    return _decode(entry, 1)[1]


def _page_list(entry: bytes, span: Span | None = None, last: bool = True
               ) -> tuple[int, int, int, int] | None:
    """(pages, where they start and end, the last one's number: 0 unless `last`); None:
    variants.  `span`: (pages, start, end) as the decoder found them."""
    if span is not None:
        count, at, end = span
        if not last:
            return count, at, end, 0
    else:
        count, at = array_length(entry, _word_end(entry))
        run = RUN.match(entry, at)
        end = run.end() if run else at
        if end != len(entry) - 1 or entry[end] != 0x80:
            return None
    deltas = _DELTA.findall(entry, at, end)
    if len(deltas) != count:
        return None
    joined = b"".join(deltas)
    return count, at, end, sum(joined) if len(joined) == count else sum(map(page_delta, deltas))
