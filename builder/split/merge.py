"""One post held by several inputs -> one post.

Takes: every post a split run parsed, each with the input it came from, its
position there and how rich that kind of input is.  Gives: groups of the same
post, each reduced to one `ParsedPost`, in the order the first member of each
group was found.

The rule (one place, used for text dumps, saved pages and exports alike):

* two posts are the same post when the paths of their old addresses are equal
  (`/2016/10/slug.html`: host, scheme, query such as `?m=1` and fragment
  ignored); when either has no address, when their date and title are equal
  (an untitled post: its first words instead of the title).  Two posts of one
  input are never merged, nor two posts of different blogs (both inputs name
  their Blogger blog id, and the ids differ: `/p/about.html` of one blog is not
  another's);
* the richest input wins field by field: an export beats an item page, which
  beats an archive, label or search page, which beats a text dump; of two
  exports the newer wins; of two inputs of one kind, the one whose name sorts
  first.  A field the winner lacks (no author, no labels on a
  mobile page) comes from the next input that has it;
* comments are merged by Blogger id, else by author, first words and timestamp
  (equal, or missing on one side); a comment found in one input only is kept;
* `inputs` names every input that contributed, the winner first.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TypeVar
from urllib.parse import unquote, urlsplit

from builder.split.records import ParsedComment, ParsedPost

T = TypeVar("T")

# How rich each kind of input is (ParsedDump.kind); higher wins.
RANK = {"export": 40, "item page": 30, "listing page": 20, "dump": 10}
FIRST_WORDS = 8


@dataclass(slots=True)
class Found:
    """A post as one input gives it."""

    post: ParsedPost
    source: str  # the input file, relative to seeds/
    index: int  # 1-based position of the post in its input
    kind: str = "dump"  # a key of RANK
    updated: str = ""  # an export's own date: of two exports the newer wins

    @property
    def rank(self) -> tuple[int, str]:
        return RANK.get(self.kind, 0), self.updated


@dataclass(slots=True)
class Merged:
    """One post after merging: the winner says where its files live."""

    post: ParsedPost
    members: list[Found] = field(default_factory=list)  # richest first

    @property
    def owner(self) -> Found:
        return self.members[0]


def url_key(url: str | None) -> str | None:
    """The path of an old address, the part every copy of a post shares."""
    if not url:
        return None
    path = unquote(urlsplit(url.strip()).path).rstrip("/")
    return path.casefold() or None


def _words(text: str) -> str:
    return " ".join(text.split()[:FIRST_WORDS]).casefold()


def date_title_key(post: ParsedPost) -> str:
    """(date, title) as one string; an untitled post is named by its first words."""
    title = " ".join(post.title.split()).casefold() or "~" + _words(post.body)
    return f"{post.date or ''}|{title}"


def match_keys(post: ParsedPost) -> list[str]:
    """Every key a post can be matched on (what .split-state.json remembers)."""
    keys = [date_title_key(post)]
    path = url_key(post.url)
    if path:
        keys.insert(0, "url:" + path)
    return keys


@dataclass(slots=True)
class _Group:
    members: list[Found] = field(default_factory=list)
    paths: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    blogs: set[str] = field(default_factory=set)

    def takes(self, post: ParsedPost) -> bool:
        """Not a post of another blog (both blog ids known and different)."""
        return not (post.blog and self.blogs and post.blog not in self.blogs)


def group(found: Iterable[Found]) -> list[list[Found]]:
    """The posts in groups of the same post, in the order groups were first seen."""
    groups: list[_Group] = []
    by_path: dict[str, list[_Group]] = {}
    by_title: dict[str, list[_Group]] = {}
    for item in found:
        path = url_key(item.post.url)
        title_key = date_title_key(item.post)
        target = next((g for g in by_path.get(path, []) if g.takes(item.post)), None) \
            if path else None
        if target is None:
            for candidate in by_title.get(title_key, []):
                if (path is None or not candidate.paths) and candidate.takes(item.post):
                    target = candidate
                    break
        if target is None or item.source in target.sources:
            target = _Group()
            groups.append(target)
        target.members.append(item)
        target.sources.add(item.source)
        if item.post.blog:
            target.blogs.add(item.post.blog)
        if path:
            target.paths.add(path)
            paths = by_path.setdefault(path, [])
            if target not in paths:
                paths.append(target)
        bucket = by_title.setdefault(title_key, [])
        if target not in bucket:
            bucket.append(target)
    return [g.members for g in groups]


def merge(found: Iterable[Found]) -> list[Merged]:
    """Each post once: the groups of `group`, each merged field by field."""
    return [merge_group(members) for members in group(found)]


def merge_group(members: list[Found]) -> Merged:
    # richest first; on a tie the input named first (never the order they were read in)
    ranked = sorted(sorted(members, key=lambda f: (f.source, f.index)),
                    key=lambda f: f.rank, reverse=True)
    if len(ranked) == 1:
        return Merged(ranked[0].post, ranked)
    posts = [f.post for f in ranked]
    body_from = next((p for p in posts if p.paragraphs or p.notes), posts[0])
    merged = dataclasses.replace(
        body_from,
        title=_first([p.title for p in posts]) or "",
        date=_first(p.date for p in posts),
        published=_first(p.published for p in posts),
        author=_first(p.author for p in posts),
        url=_first(p.url for p in posts),
        labels=list(_first(p.labels for p in posts) or []),
        kind=posts[0].kind,
        draft=posts[0].draft,
        comment_count=_first(p.comment_count for p in posts),
        images=list(body_from.images or _first(p.images for p in posts) or []),
        doubts=[d for p in posts for d in p.doubts],
    )
    merged.comments = merge_comments([p.comments for p in posts])
    merged.comments_incomplete = _incomplete(posts, merged)
    merged.inputs = _unique(f.source for f in ranked)
    return Merged(merged, ranked)


def _first(values: Iterable[T | None]) -> T | None:
    """The first value that is set (not None, not empty)."""
    for value in values:
        if value is not None and value != "" and value != []:
            return value
    return None


def _unique(values: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        seen.setdefault(value, None)
    return list(seen)


def _incomplete(posts: list[ParsedPost], merged: ParsedPost) -> bool:
    shown = len(merged.comments)
    counts = [p.comment_count for p in posts if p.comment_count is not None]
    if counts and shown >= max(counts):
        return False
    return any(p.comments_incomplete and p.comments for p in posts) or any(
        p.comments_incomplete and shown < (p.comment_count or 0) for p in posts)


def same_comment(a: ParsedComment, b: ParsedComment) -> bool:
    """Blogger ids decide when both have one; else the first words must agree, and the
    author (when both print one) or the timestamp (when both print one).

    A commenter may show under another name in a later copy (a renamed profile): equal
    words at the same minute are still the same comment.
    """
    if a.blogger_id and b.blogger_id:
        return a.blogger_id == b.blogger_id
    if _words(a.body) != _words(b.body):
        return False
    names = [" ".join(c.author.split()).casefold() for c in (a, b)]
    dated = a.date is not None and b.date is not None
    if all(names) and names[0] != names[1]:  # a numbered mobile list prints no names
        return dated and a.date == b.date
    return not dated or a.date == b.date


def merge_comments(lists: list[list[ParsedComment]]) -> list[ParsedComment]:
    """The comments of every input once, in thread order (replies after their parent).

    The first list with comments is the base; comments of later lists fill in what
    the base lacks (id, profile link, owner mark, timestamp) or are added.
    """
    merged: list[ParsedComment] = []
    parents: list[int | None] = []
    for comments in lists:
        index_map: dict[int, int] = {}
        for k, comment in enumerate(comments):
            at = next((m for m, have in enumerate(merged) if same_comment(have, comment)), None)
            if at is None:
                merged.append(dataclasses.replace(comment))
                parents.append(index_map.get(comment.parent) if comment.parent is not None
                               else None)
                if comment.parent is not None and parents[-1] is None:
                    parents[-1] = -1  # parent not kept: stays a reply to nothing known
                at = len(merged) - 1
            else:
                _fill(merged[at], comment)
            index_map[k] = at
    return _thread_order(merged, parents)


def _fill(have: ParsedComment, other: ParsedComment) -> None:
    have.blogger_id = have.blogger_id or other.blogger_id
    have.author_url = have.author_url or other.author_url
    have.by_author = have.by_author or other.by_author
    if have.date is None and other.date is not None:
        have.date, have.time = other.date, other.time
    if not have.paragraphs and other.paragraphs:
        have.paragraphs = other.paragraphs


def _thread_order(comments: list[ParsedComment], parents: list[int | None]) -> list[ParsedComment]:
    """Top-level comments in order, each followed by its replies; parents re-indexed."""
    children: dict[int, list[int]] = {}
    for k, parent in enumerate(parents):
        if parent is not None and parent >= 0:
            children.setdefault(parent, []).append(k)
    order: list[int] = []

    def visit(k: int) -> None:
        order.append(k)
        for reply in children.get(k, []):
            visit(reply)

    for k, parent in enumerate(parents):
        if parent is None or parent < 0:
            visit(k)
    new_index = {old: new for new, old in enumerate(order)}
    result = []
    for old in order:
        comment, parent = comments[old], parents[old]
        comment.parent = new_index[parent] if parent is not None and parent >= 0 else None
        result.append(comment)
    return result
