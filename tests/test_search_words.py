"""A common word's index entry is cut to the largest K locations a page that fits.

`cap_entry` reads each page's locations one at a time until the entry outgrows its
budget (the first K + 1 only); these tests hold it to the rule it states, worked out
the long way over every K, on entries shaped as Pagefind writes them: pages of
location deltas with weight markers (negative integers) before some of them, and
locations in meta fields.
"""

from __future__ import annotations

import random

from builder.cbor import decode, encode, head
from builder.pagefind import index_documents
from builder.search_bundle import decode_bundle, own_files
from builder.search_words import MAGIC, cut_entry, word_entries


def _entry(rng: random.Random, pages: int, usual: bool = False, most: int = 40
           ) -> list[object]:
    """[word, [[page delta, [locations], [meta locations]], ...]] with weights; `usual`:
    as Pagefind writes them, a marker only where the weight changes (each followed by a
    location), else markers anywhere."""
    made = []
    for _ in range(pages):
        locations: list[int] = []
        weight = None
        for _ in range(rng.randint(1, most)):
            if rng.random() < 0.15:
                marker = -rng.choice([2, 3, 7, 12])  # the weight of what follows
                if not usual or marker != weight:
                    locations.append(marker)
                    weight = marker
            locations.append(rng.choice([1, 3, 20, 30, 300, 70_000]))
        meta = [rng.randint(0, 40) for _ in range(rng.choice([0, 0, 1, 2]))]
        made.append([rng.randint(0, 500), locations, meta])
    return ["the", made]


def _cut_the_long_way(whole: list[object], budget: int) -> bytes:
    """The rule: the entry whose pages keep their first K locations (each with the
    weight marker in force, written where it changes), K the largest >= 1 that fits;
    the entry as it was when every K fits or K would keep everything.  The fields
    after the pages (Pagefind's variants) are kept as they are."""
    word, pages, *after = whole
    assert isinstance(pages, list)
    longest = max(sum(1 for v in p[1] if v >= 0) for p in pages)

    def cut(k: int) -> bytes:
        out = [encode(word), head(4, len(pages))]
        for delta, locations, meta in pages:
            kept: list[int] = []
            weight = marker = None
            places = 0
            for value in locations:
                if value < 0:
                    marker = value
                    continue
                if places == k:
                    break
                places += 1
                if marker != weight:
                    kept.append(marker)  # type: ignore[arg-type]
                    weight = marker
                kept.append(value)
            out.append(encode([delta, kept, meta]))
        return head(4, 2 + len(after)) + b"".join(out) + b"".join(map(encode, after))

    if len(encode(whole)) <= budget:
        return encode(whole)
    k = 1  # the largest that fits: the size only grows with K
    while k < longest and len(cut(k + 1)) <= budget:
        k += 1
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


def test_entries_in_pagefinds_shape_are_cut_by_the_rule_at_every_size() -> None:
    """Markers only where the weight changes: the shape `cut_entry` cuts every page at
    once; pages with up to 100 locations, so that K runs far past the first few."""
    rng = random.Random(18)
    cut = 0
    for _ in range(60):
        whole = _entry(rng, rng.randint(1, 30), usual=True, most=rng.choice([3, 40, 100]))
        size = len(encode(whole))
        for budget in {1, size // 10, size // 3, size // 2, size - 1, rng.randint(1, size)}:
            entry, k, _ = cut_entry(encode(whole), budget)
            assert entry == _cut_the_long_way(whole, budget), budget
            cut += k > 0
    assert cut > 150


def test_a_real_pagefind_index_is_cut_by_the_rule() -> None:
    """Every entry of an index Pagefind made (titles weigh more than text: markers),
    cut to several sizes, is the rule's cut of it."""
    rng = random.Random(5)
    words = ["the", "and", "of"] + [f"w{n}" for n in range(300)]
    documents = []
    for n in range(60):
        title = " ".join(rng.choice(words) for _ in range(4))
        body = " ".join(rng.choice(words[:3] if rng.random() < 0.4 else words)
                        for _ in range(rng.randint(20, 400)))
        documents.append((f"/p/{n}/", f"<html lang=en><body><h1>{title}</h1><p>{body}</p>"
                                      f"<h2 id=c1>Reply</h2><p>{title} {body[:200]}</p>"
                                      "</body></html>"))
    made, _ = index_documents(iter(documents), len(documents), "en")
    bundle = decode_bundle(own_files(made, 0))
    checked = cut = 0
    for _, entry in bundle.words:
        whole, end = decode(entry, 0)
        assert end == len(entry)
        for budget in (len(entry) // 2, len(entry) // 5, 200):
            short, k, _ = cut_entry(entry, budget)
            assert short == _cut_the_long_way(whole, budget), (whole[0], budget)
            checked += 1
            cut += k > 0
    assert cut > 50 and checked > 600
