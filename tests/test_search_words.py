"""A common word's index entry is cut to the largest K locations a page that fits.

`cap_entry` reads each page's locations one at a time until the entry outgrows its
budget (the first K + 1 only); these tests hold it to the rule it states, worked out
the long way over every K, on entries shaped as Pagefind writes them: pages of
location deltas with weight markers (negative integers) before some of them, and
locations in meta fields.
"""

from __future__ import annotations

import random

from builder.cbor import encode, head
from builder.search_words import MAGIC, word_entries


def _entry(rng: random.Random, pages: int) -> list[object]:
    """[word, [[page delta, [locations], [meta locations]], ...]] with weights."""
    made = []
    for _ in range(pages):
        locations: list[int] = []
        for _ in range(rng.randint(1, 40)):
            if rng.random() < 0.15:
                locations.append(-rng.choice([2, 3, 7, 12]))  # the weight of what follows
            locations.append(rng.choice([1, 3, 20, 30, 300, 70_000]))
        meta = [rng.randint(0, 40) for _ in range(rng.choice([0, 0, 1, 2]))]
        made.append([rng.randint(0, 500), locations, meta])
    return ["the", made]


def _cut_the_long_way(whole: list[object], budget: int) -> bytes:
    """The rule: the entry whose pages keep their first K locations (each with the
    weight marker in force, written where it changes), K the largest >= 1 that fits;
    the entry as it was when every K fits or K would keep everything."""
    word, pages = whole
    assert isinstance(pages, list)
    longest = max(sum(1 for v in p[1] if v >= 0) for p in pages)

    def cut(k: int) -> bytes:
        out = [encode(word), head(4, len(pages))]
        for delta, locations, meta in pages:
            kept: list[int] = []
            weight = marker = None
            for value in locations:
                if value < 0:
                    marker = value
                    continue
                if len([v for v in kept if v >= 0]) == k:
                    break
                if marker != weight:
                    kept.append(marker)  # type: ignore[arg-type]
                    weight = marker
                kept.append(value)
            out.append(encode([delta, kept, meta]))
        return head(4, 2) + b"".join(out)

    if len(encode(whole)) <= budget:
        return encode(whole)
    fitting = [k for k in range(1, longest + 1) if len(cut(k)) <= budget]
    k = max(fitting, default=1)
    return encode(whole) if k >= longest else cut(k)


def test_a_cut_entry_keeps_the_most_locations_that_fit() -> None:
    rng = random.Random(7)
    checked = 0
    for _ in range(200):
        whole = _entry(rng, rng.randint(1, 30))
        size = len(encode(whole))
        budget = rng.choice([1, size // 10, size // 3, size // 2, size - 1, size])
        chunk = MAGIC + encode([[whole]])
        [(word, entry)] = word_entries(chunk, budget)
        assert word == "the"
        assert entry == _cut_the_long_way(whole, budget), budget
        checked += entry != encode(whole)
    assert checked > 60  # many entries were cut
