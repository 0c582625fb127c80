"""A lone search shard indexed by two Pagefinds at once (builder/search_split.py) is
byte for byte the shard one Pagefind indexes whole: the generated documents of
test_search_patch (cut common words, diacritic variants, undated posts last, tags
and commenters as filters), enough of them to be split."""

from __future__ import annotations

import random

from builder.pagefind import index_documents
from builder.search_bundle import decode_bundle, own_files
from builder.search_join import appended
from builder.search_split import SPLIT_FROM, split_shard
from builder.search_words import Spans
from tests.test_search_patch import BUDGET, SHARD, _ordered, _post, _whole


def test_two_halves_at_once_make_the_bundle_one_pagefind_makes() -> None:
    rng = random.Random(18)
    posts = {post["url"]: post for post in (_post(rng, n) for n in range(SPLIT_FROM + 21))}
    items = _ordered(posts)
    whole = _whole(items)
    halves = split_shard(items, lambda document: document, "en", SHARD, BUDGET)
    assert halves is not None
    files, cut, peak = halves
    assert whole.cut and cut == whole.cut  # common words were cut, and cut alike
    assert sorted(files) == sorted(whole.files)
    assert files == whole.files
    assert peak > 0


def test_halves_whose_pages_have_the_same_fields_are_joined_word_by_word() -> None:
    """Every post dated: both halves know the same meta fields, and the second half's
    entries are put after the first's as they are (`appended`)."""
    rng = random.Random(5)
    posts = {}
    for n in range(SPLIT_FROM + 3):
        post = _post(rng, n)
        post["date"] = post["date"] or f"2009-0{rng.randint(1, 9)}-11"
        posts[post["url"]] = post
    items = _ordered(posts)
    whole = _whole(items)
    halves = split_shard(items, lambda document: document, "en", SHARD, BUDGET)
    assert halves is not None
    assert halves[0] == whole.files and halves[1] == whole.cut

    def entries(part: list[tuple[str, str]]) -> tuple[dict[str, bytes], Spans]:
        made, _ = index_documents(iter(part), len(part), "en")
        bundle = decode_bundle(own_files(made, SHARD), with_spans=True)
        return dict(bundle.words), bundle.spans

    half = len(items) // 2
    (one, _), (first, spans_one), (second, spans_two) = (
        entries(items), entries(items[:half]), entries(items[half:]))
    joined = spanned = 0
    for word, entry in one.items():
        made = appended(first.get(word), second[word], half) if word in second else first[word]
        if word in first and word in second:  # where the decoder found each half's
            spans = (spans_one.get(word), spans_two.get(word))  # pages: not read again
            assert appended(first[word], second[word], half, spans) == made, word
            spanned += all(spans)
        if made is not None:  # None: variants, renumbered page by page
            assert made == entry, word
            joined += 1
    assert joined >= 0.8 * len(one) and spanned >= 20


def test_a_small_shard_is_indexed_whole() -> None:
    items = _ordered({p["url"]: p for p in (_post(random.Random(1), n) for n in range(9))})
    assert split_shard(items, lambda document: document, "en", SHARD, BUDGET) is None
