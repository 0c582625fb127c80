"""One search shard indexed by two Pagefinds at once, put together as one bundle.

Takes: a shard's (URL, post or page) items in page order, what makes an item's
document, the language's code, the shard's number and the chunk budget.  Gives: the
shard's files and words cut, byte for byte what one Pagefind over all of it gives
(`search.shard_bundle`), or None: index it whole.

Pagefind indexes one document after another on one core, and a shard of 2,000 posts
takes it some 5 s: the longest step of a clean build of a small archive, which has
one shard.  A page's Pagefind data does not depend on the other pages of the index
(builder.search_patch), so the two halves of the shard are indexed at once, each by
its own Pagefind, and put together under the page numbers one Pagefind gives them by
the exact patch: the first half's bundle decoded as Pagefind wrote it, the second
half's pages put in (`search_patch.patch_bundle`), encoded once by the code that
encodes every bundle.  Anything the patch does not expect (the second half with a
meta field the first has not): None, and the shard is indexed whole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from builder.cbor import Unsupported
from builder.pagefind import index_documents
from builder.search_bundle import Bundle, Cut, decode_bundle, own_files
from builder.search_patch import Record, patch_bundle

SPLIT_FROM = 400  # posts: a smaller shard is indexed whole (two Pagefinds cost more)


def split_shard(items: Sequence[tuple[str, Any]], make: Callable[[Any], str], code: str,
                shard: int, budget: int) -> tuple[dict[str, bytes], dict[str, Cut], int] | None:
    """(files, whole entries of the words cut, the Pagefinds' peaks summed) of the shard
    whose `items` are in page order (`make`: an item's document; `code`: the language's
    code), made by two Pagefinds at once; None: not split."""
    if len(items) < SPLIT_FROM:
        return None
    half = (len(items) + 1) // 2
    parts = [list(items[:half]), list(items[half:])]

    def index(part: list[tuple[str, Any]]) -> tuple[dict[str, bytes], int]:
        return index_documents(((url, make(item)) for url, item in part), len(part), code)

    def second_half() -> tuple[Bundle | None, int]:  # decoded as soon as it is made
        made, peak = index(parts[1])
        try:
            return decode_bundle(own_files(made, shard), with_spans=True), peak
        except Unsupported:
            return None, peak

    with ThreadPoolExecutor(1, thread_name_prefix="pagefind-half") as pool:
        later = pool.submit(second_half)
        first, first_peak = index(parts[0])
        second, second_peak = later.result()
    first = own_files(first, shard)
    metas = [name for name in first if name.endswith(".pf_meta")]
    if len(metas) != 1 or second is None:
        return None
    record = Record("", "", budget, metas[0], [(url, "") for url, _ in parts[0]], {})
    try:
        files, cut = patch_bundle(first, record, second, [url for url, _ in items],
                                  [url for url, _ in parts[1]], budget, shard)
    except Unsupported:
        return None
    return files, cut, first_peak + second_peak

