"""A lone search shard indexed by two Pagefinds at once (builder/search_split.py) is
byte for byte the shard one Pagefind indexes whole: the generated documents of
test_search_patch (cut common words, diacritic variants, undated posts last, tags
and commenters as filters), enough of them to be split."""

from __future__ import annotations

import random

from builder.search_split import SPLIT_FROM, split_shard
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


def test_a_small_shard_is_indexed_whole() -> None:
    items = _ordered({p["url"]: p for p in (_post(random.Random(1), n) for n in range(9))})
    assert split_shard(items, lambda document: document, "en", SHARD, BUDGET) is None
