"""Parsed inputs -> each post once, named: the merge rule applied across a split run.

Takes: the parsed inputs of a run and what `.split-state.json` remembers.
Gives: the merged posts with their ids and tags (`NamedPost`, owned by the
richest input), and which other inputs must be read too.

An input holds posts that other inputs may hold as well (an item page and the
archive page listing it, a text copy, an export).  The state remembers, per
input, the ids of the posts it contributed to and the keys they match on
(`merge.match_keys`), so that re-reading one changed input also re-reads every
input that shares a post with it, before or after the change: the merged post
is then made from all of them again, and keeps its id.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from builder.split.files import NamedPost
from builder.split.merge import Found, Merged, match_keys, merge
from builder.split.naming import base_id, tags_for, unique_id
from builder.split.records import ParsedDump


@dataclass(slots=True)
class Input:
    """One input of the run: where it is, its bytes' hash and what it gave."""

    file: Any  # pathlib.Path
    source: str
    digest: str
    dump: ParsedDump


def keys_of(dump: ParsedDump) -> list[str]:
    return sorted({key for post in dump.posts for key in match_keys(post)})


def sharing(pool: dict[str, dict[str, Any]], sources: Iterable[str], keys: set[str],
            ids: set[str]) -> set[str]:
    """Inputs the state says hold a post with one of these keys or ids (besides `sources`)."""
    have = set(sources)
    return {source for source, entry in pool.items() if source not in have and (
        keys.intersection(entry.get("keys", [])) or ids.intersection(entry.get("posts", [])))}


def found_posts(inputs: list[Input]) -> list[Found]:
    return [Found(post, item.source, index, item.dump.kind, item.dump.updated)
            for item in inputs if not item.dump.error
            for index, post in enumerate(item.dump.posts, start=1)]


def name_posts(merged: list[Merged], previous: dict[str, list[str]], taken: set[str],
               rules: Any) -> list[NamedPost]:
    """An id for each merged post: one its inputs had before (kept stable), else a new one.

    `previous` gives, per input, the post ids by position from the last run; those
    ids are free for these posts to take again, and are taken first, so that a new
    post never takes the id of an old one that is still there.
    """
    mine = {pid for ids in previous.values() for pid in ids if pid}
    taken -= mine
    chosen: list[str | None] = []
    for item in merged:
        old = (_previous_id(previous, f.source, f.index) for f in item.members)
        pick = next((pid for pid in old if pid and pid not in taken), None)
        if pick:
            taken.add(pick)
        chosen.append(pick)
    named = []
    for item, pick in zip(merged, chosen, strict=True):
        post = item.post
        post_id = pick or unique_id(base_id(post.title, post.body, post.date, post.url), taken)
        text = "\n".join([post.title, post.body, *(n.body for n in post.notes)])
        named.append(NamedPost(post, post_id, tags_for(post.labels, text, rules),
                               item.owner.source, item.owner.index))
    taken |= mine - {n.id for n in named}
    return named


def _previous_id(previous: dict[str, list[str]], source: str, index: int) -> str | None:
    ids = previous.get(source, [])
    return ids[index - 1] if 0 < index <= len(ids) else None


def merge_inputs(inputs: list[Input]) -> list[Merged]:
    return merge(found_posts(inputs))


def post_ids_by_input(named: list[NamedPost], merged: list[Merged]) -> dict[str, list[str]]:
    """Per input, the id of the (merged) post each of its posts went into, by position."""
    by_input: dict[str, dict[int, str]] = {}
    for item, n in zip(merged, named, strict=True):
        for member in item.members:
            by_input.setdefault(member.source, {})[member.index] = n.id
    return {source: [ids.get(k, "") for k in range(1, max(ids) + 1)]
            for source, ids in by_input.items()}
