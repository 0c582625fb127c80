"""Reuse of the current site's files: unchanged pages and search shards.

Takes: the pages (or search shards) of this build with their keys, and the site
writer, which knows the current site's files and the key each was made from.
Gives: the ones that must be made again; every other is taken over from the
current site as it is (a hard link: no rendering, no writing, no Pagefind).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from builder.incremental.keys import PageKeys, digest
from builder.output import SiteWriter

SEARCH_FOLDER = "pagefind/"


def reuse_pages(pages: Sequence[Any], keys: PageKeys, writer: SiteWriter,
                changed: list[str], stop: Callable[[], None] = lambda: None
                ) -> list[tuple[Any, str]]:
    """Take over every page whose key is the current site's file's key (adding it to
    `changed` when its bytes differ from that file's, which happens only when the
    current site is not the last build's); the rest, with their keys, to render.
    `stop()` is called every thousand pages (it raises to give the build up)."""
    todo = []
    for number, page in enumerate(pages):
        if number % 1000 == 999:
            stop()
        key = keys.key(page)
        h = writer.reuse_live(page.path, key)
        if h is None:
            todo.append((page, key))
            continue
        writer.record(page.path, h, key)
        if writer.changed(page.path, h):
            changed.append(page.path)
    return todo


def shard_key(documents: Sequence[tuple[str, Any]], common: str) -> str:
    """A search shard's key: its documents (each a post's URL and digest, which stands
    for the post's search document) and what every shard depends on (`common`)."""
    return digest((common, list(documents)))


def reuse_shards(keyed: Sequence[tuple[int, str]], writer: SiteWriter,
                 shard_of_file: Any) -> list[int]:
    """The shards (of (number, key) pairs) whose files cannot be taken over from the
    current site: those not made from the same key."""
    made_from: dict[str, list[str]] = {}  # key -> the current site's search files made from it
    for rel, old in writer.live_keys.items():
        if rel.startswith(SEARCH_FOLDER):
            made_from.setdefault(old, []).append(rel)
    todo = []
    for k, key in keyed:
        previous = sorted(rel for rel in made_from.get(key, [])
                          if shard_of_file(rel[len(SEARCH_FOLDER):]) == k)
        if previous and all(writer.reuse_live(rel, key) for rel in previous):
            for rel in previous:
                writer.record(rel, str(writer.live[rel]), key)
        else:
            todo.append(k)
    return todo


def keep_stale_search(writer: SiteWriter) -> bool:
    """Take the current site's search index over as it is, out of date (serve answers
    an edit first and indexes a moment later); False when there is none."""
    stale = sorted(rel for rel in writer.live if rel.startswith(SEARCH_FOLDER))
    if not stale or not all(writer.take_live(rel) for rel in stale):
        return False
    for rel in stale:  # the key of what made these bytes: the next build compares it
        writer.record(rel, str(writer.live[rel]), writer.live_keys.get(rel))
    return True


def take_over_pages(writer: SiteWriter, stop: Callable[[], None] = lambda: None) -> None:
    """Every file of the current site but the search index, as it is (serve's search
    pass: the pages are the last build's).  `stop()` is called every thousand files
    (it raises to give the pass up: serve's next edit came)."""
    from builder.errors import BuildError

    for number, (rel, h) in enumerate(writer.live.items()):
        if number % 1000 == 999:
            stop()
        if rel.startswith(SEARCH_FOLDER):
            continue
        if h is None or writer.take_live(rel) != h:
            raise BuildError(f"the current site lost a file: {rel}")
        writer.record(rel, h, writer.live_keys.get(rel))
