"""A post page's pieces: its body cut into parts, its comments as a tree.

Takes: a `Post`.  Gives: `body_parts` (text, quotations under their source line,
read-more markers and editor's notes, in reading order) and `comment_tree`
(replies under their parents, nesting bounded for the page) with `reply_counts`
(how many replies each comment's branch shows, for folding long threads).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType

from builder.markup import paragraphs, plain_text
from builder.model import Comment, Note, Post

MAX_DEPTH = 30  # reply nesting shown on a page
FOLD_FROM = 20  # a thread of more comments folds per reply branch (details)


@dataclass(frozen=True, slots=True)
class Part:
    """A piece of a post page: body text, a quotation, a read-more marker or a note."""

    kind: str  # "text" | "quote" | "source" | "more" | "note"
    text: str = ""
    cite: str = ""  # quote: the source line it comes from
    note: Note | None = None


# -- post bodies -----------------------------------------------------------------------
def _kind(number: int, post: Post) -> str:
    if number in post.sources:
        return "source"
    if any(a <= number <= b for a, b in post.quotes):
        return "quote"
    return "text"


def _quote_range(number: int, post: Post) -> tuple[int, int] | None:
    for a, b in post.quotes:
        if a <= number <= b:
            return (a, b)
    return None


def body_parts(post: Post) -> tuple[Part, ...]:
    """The post body cut where quotes, source lines, read-more lines and notes go."""
    paras = paragraphs(post.body)
    count = len(paras)
    inserts: dict[int, list[Part]] = defaultdict(list)
    for after, line in zip(post.read_more_after, post.read_more_lines or (), strict=False):
        inserts[min(max(after, 0), count)].append(Part("more", line))
    for after in post.read_more_after[len(post.read_more_lines):]:
        inserts[min(max(after, 0), count)].append(Part("more", ""))  # the theme says it
    for note in post.notes:
        at = count if note.after is None else min(max(note.after, 0), count)
        inserts[at].append(Part("note", note.body, note=note))
    parts: list[Part] = list(inserts.get(0, []))
    group: list[str] = []
    group_kind = ""
    group_range: tuple[int, int] | None = None

    def flush() -> None:
        nonlocal group
        if group:
            text = "\n\n".join(group)  # most often the whole body: then that very string
            parts.append(Part(group_kind, post.body if text == post.body else text))
            group = []

    for number, para in enumerate(paras, start=1):
        kind, rng = _kind(number, post), _quote_range(number, post)
        if kind != group_kind or kind == "source" or rng != group_range:
            flush()
            group_kind, group_range = kind, rng
        group.append(para)
        if number in inserts:
            flush()
            parts.extend(inserts[number])
            group_kind = ""
    flush()
    return tuple(_attach_cites(parts))


def _attach_cites(parts: list[Part]) -> list[Part]:
    result: list[Part] = []
    for part in parts:
        if part.kind == "quote" and result and result[-1].kind == "source":
            part = replace(part, cite=plain_text(result.pop().text, limit=10_000))
        result.append(part)
    return result


Replies = Mapping[str | None, tuple[Comment, ...]]


def comment_tree(comments: Sequence[Comment]) -> Replies:
    """parent id (None for top level) -> its replies in dump order (read-only).

    Threads nest at any depth in the data; on the page, replies deeper than
    MAX_DEPTH are listed under their ancestor at that depth (a reading column
    cannot indent further, and the template recursion stays bounded).
    """
    depth: dict[str, int] = {}
    shown_parent: dict[str, str | None] = {}
    children: dict[str | None, list[Comment]] = defaultdict(list)
    for comment in comments:
        parent = comment.parent if comment.parent in depth else None
        level = 1 if parent is None else depth[parent] + 1
        if parent is not None and level > MAX_DEPTH:
            parent, level = shown_parent[parent], MAX_DEPTH
        depth[comment.id], shown_parent[comment.id] = level, parent
        children[parent].append(comment)
    return MappingProxyType({parent: tuple(replies) for parent, replies in children.items()})


def reply_counts(tree: Replies) -> Mapping[str, int]:
    """comment id -> how many replies are shown under it, at any depth (read-only)."""
    counts: dict[str, int] = {}

    def count(comment_id: str) -> int:
        if comment_id not in counts:
            counts[comment_id] = sum(1 + count(c.id) for c in tree.get(comment_id, ()))
        return counts[comment_id]

    for parent in tree:
        if parent is not None:
            count(parent)
    return MappingProxyType(counts)
