"""A one-off build's model laid out again in fresh memory, so that reading it costs
no memory once it is read.

Takes: the archive just made from the content files.  Gives: `packed` bytes of it,
and `unpacked`, an equal archive made from them.

Reading the content files makes millions of small short-lived objects (front
matter, checked values, records, the parse cache's entries) among the model's own.
Freed, they leave holes in every one of Python's memory arenas that a model object
still holds, and an arena goes back to the system only when all of it is free: at
10,000 posts the arenas kept 225 MB for 60 MB of live objects, at 100,000 posts the
build held 2.8 GB through rendering and search.  Packed, the model is dropped with
the content index that made it, the arenas they shared go back, and unpacking
places the model's objects side by side (at 10,000 posts 262 MB became 131 MB, for
1.2 s of CPU).  The forked render workers then also copy fewer pages.

That is worth its CPU only for a large archive (`worth_laying_out`): at 10,000
posts the 1.2 s was an eighth of a one-post edit's build for memory that fits
anyway; at 100,000 posts it spares more than a gigabyte.

The model is plain frozen data (builder.model) with no cycles and no identity that
a page depends on, so the pickled copy renders byte for byte as the original.
"""

from __future__ import annotations

import gc
import pickle

from builder.model import Archive

# from this many posts on, a one-off build lays its model out again (below it the
# arenas kept are a few hundred MB at most: 10,000 posts held 262 MB, not 131 MB)
LAY_OUT_FROM = 50_000


def worth_laying_out(archive: Archive) -> bool:
    """Whether the memory `packed` and `unpacked` give back is worth their CPU."""
    return len(archive.posts) >= LAY_OUT_FROM


def packed(archive: Archive) -> bytes:
    """The archive as bytes; the caller drops the archive and what made it, then
    calls `unpacked`."""
    return pickle.dumps(archive, protocol=pickle.HIGHEST_PROTOCOL)


def unpacked(data: bytes) -> Archive:
    # a full collection first: with the collector paused (builder.collector) the freed
    # arenas stayed with the process until one ran (10,000 posts: 288 MB, not 119 MB)
    gc.collect()
    archive = pickle.loads(data)  # our own bytes, made just before
    if not isinstance(archive, Archive):
        raise TypeError(f"not an archive: {type(archive).__name__}")
    return archive
