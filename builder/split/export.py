"""A Blogger export (legacy "Back up content" file or Takeout feed.atom) -> ParsedDump.

Takes: the export's path and the note markers.  Gives: one `ParsedPost` per post
or page entry, in file order, drafts included (`draft: True`), each with its
comments joined on entry ids (never on URLs) and threaded: top-level comments by
publication time, each followed by its replies.  Bodies go through the shared
HTML-to-Markdown converter and the dump rules (`htmlmd.convert`, `body_into`).

Nothing is dropped unseen: template, settings and layout entries are counted in
`dropped` by kind; scheduled or deleted posts are kept as drafts and reported;
a reply whose parent is missing becomes a top-level comment and is reported; a
comment whose post is not in the file is kept in `orphans` and reported.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from builder.split.decode import NOT_A_DUMP
from builder.split.export_xml import Entry, Feed, NotWellFormed, entries
from builder.split.htmlmd import body_into, convert
from builder.split.lines import is_removed_notice
from builder.split.records import ParsedComment, ParsedDump, ParsedPost
from builder.split.spool import Spool

NOT_XML = "not well-formed XML"
DELETED = {"DELETED", "TRASHED", "SOFT_TRASHED", "REMOVED", "SPAM"}
_ID = re.compile(r"\.(?:post|page|comment)-(\d+)$")
_BLOG = re.compile(r"\bblog-(\d+)\b")


def blogger_id(ref: str | None) -> str | None:
    """The digits of an entry id (`tag:...post-123`) or of a bare id; None for nothing."""
    if not ref:
        return None
    found = _ID.search(ref)
    if found:
        return found.group(1)
    return ref if ref.isdigit() else None


def _when(published: str | None) -> float:
    """A sort key: the instant; an unparseable timestamp sorts last (file order kept)."""
    try:
        moment = dt.datetime.fromisoformat(published or "")
    except ValueError:
        return math.inf
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.timestamp()


def _instant(stamp: str) -> str:
    """A timestamp as UTC ISO text, so that two exports compare by the instant they were
    made (their offsets can differ); the text itself when it does not parse."""
    seconds = _when(stamp)
    if seconds == math.inf:
        return stamp
    return dt.datetime.fromtimestamp(seconds, dt.UTC).isoformat()


@dataclass(slots=True)
class _Comment:
    """What threading needs of a comment; the converted comment itself is in the spool."""

    id: str  # Blogger's comment id (digits), or the entry id when it has none
    post_ref: str | None
    parent: str | None
    key: float
    uri: str | None
    author: str
    line: int
    handle: Any


@dataclass(slots=True)
class _Post:
    entry_id: str
    kind: str
    title: str
    author: str | None
    uri: str | None
    status: str | None
    line: int
    handle: Any
    thread: list[tuple[Any, int | None, bool]] = field(default_factory=list)


def _html(entry: Entry) -> str:
    """The entry's content as HTML (a `type='text'` content is plain text, lines kept)."""
    if entry.content_type in ("html", "xhtml", "text/html"):
        return entry.content
    text = entry.content.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "<br />".join(text.split("\n"))


def post_of(entry: Entry, markers: re.Pattern[str]) -> ParsedPost:
    """A post or page entry -> ParsedPost (body through the shared converter and rules)."""
    post = ParsedPost(
        date=entry.published[:10] if entry.published else None,
        title=entry.title,
        author=entry.author,
        labels=list(entry.labels),
        comment_count=entry.total,
        line=entry.line,
    )
    post.kind = "page" if entry.kind == "page" else "post"
    post.draft = entry.draft or (entry.status is not None and entry.status != "LIVE")
    post.url = entry.alternate or entry.filename
    post.published = entry.published
    blog = _BLOG.search(entry.id)
    post.blog = blog.group(1) if blog else None
    converted = convert(_html(entry))
    body_into(post, converted.blocks, markers)
    post.images = list(converted.images)
    return post


def comment_of(entry: Entry, spool: Spool) -> _Comment:
    blocks = [b for b in convert(_html(entry)).blocks if b.kind != "more" and b.text.strip()]
    paragraphs = [b.markdown.split("\n") for b in blocks]
    text = " ".join(b.text for b in blocks)
    removed = entry.removed or (entry.status or "") in DELETED or is_removed_notice(text)
    parsed = ParsedComment(
        author=entry.author or "",
        date=entry.published[:16] if entry.published and len(entry.published) >= 16 else None,
        removed=removed,
        paragraphs=paragraphs,
        line=entry.line,
    )
    bid = blogger_id(entry.id)
    parsed.blogger_id = bid
    parsed.author_url = entry.author_uri
    return _Comment(bid or entry.id, _intern(entry.post_ref),
                    blogger_id(entry.parent_ref) or entry.parent_ref, _when(entry.published),
                    _intern(entry.author_uri), sys.intern(parsed.author), entry.line,
                    spool.put(parsed))


def _intern(text: str | None) -> str | None:
    return None if text is None else sys.intern(text)


def by_owner(comment: _Comment, post: _Post, owners: set[str]) -> bool:
    """The comment's author is the blog's: the profile address of the post's author (or
    of any post's), or, where the post's author has no address, the same name."""
    if comment.uri:
        return comment.uri in owners or comment.uri == post.uri
    if post.uri is None and post.author:
        return comment.author == post.author
    return False


def thread(comments: list[_Comment], report: list[str],
           where: str) -> list[tuple[_Comment, int | None]]:
    """Top-level comments by time, each followed by its replies by time, with the index
    of the comment each answers.

    A reply to a reply hangs under the top-level comment of its thread (Blogger threads
    are one level deep); a reply whose parent is not in the file becomes top-level.
    """
    by_id = {c.id: c for c in comments}

    def root(c: _Comment) -> _Comment:
        """The top of c's thread: the first comment up the chain with no (known) parent."""
        start, seen = c, {c.id}
        while c.parent and c.parent in by_id:
            if c.parent in seen:  # a loop of replies: no thread to hang it in
                return start
            c = by_id[c.parent]
            seen.add(c.id)
        return c

    tops: list[_Comment] = []
    replies: dict[str, list[_Comment]] = defaultdict(list)
    for c in comments:
        top = root(c)
        if top is c:
            if c.parent and c.parent not in by_id:
                report.append(f"{where}: comment c{c.id} answers comment {c.parent}, which is "
                              "not in the file; kept as a top-level comment")
            tops.append(c)
        else:
            replies[top.id].append(c)
    ordered: list[tuple[_Comment, int | None]] = []
    for top in sorted(tops, key=lambda c: c.key):
        index = len(ordered)
        ordered.append((top, None))
        ordered += [(reply, index) for reply in sorted(replies.get(top.id, []),
                                                      key=lambda c: c.key)]
    return ordered


class ExportPosts:
    """The export's posts in file order, each read back from the spool with its comments."""

    def __init__(self, spool: Spool, posts: list[_Post]) -> None:
        self.spool, self.posts = spool, posts

    def __len__(self) -> int:
        return len(self.posts)

    def __contains__(self, item: object) -> bool:
        return any(item is p for p in self)

    def __iter__(self) -> Iterator[ParsedPost]:
        for post in self.posts:
            parsed: ParsedPost = self.spool.get(post.handle)
            for handle, parent, owner in post.thread:
                comment: ParsedComment = self.spool.get(handle)
                comment.parent, comment.by_author = parent, owner
                parsed.comments.append(comment)
            yield parsed


def _summary(kinds: Counter[str]) -> list[str]:
    return [f"{kind} entries: {n}" for kind, n in sorted(kinds.items())]


SPOOL_FROM = 8 << 20  # bytes: smaller exports are read into memory


def read_export(source: Path | IO[bytes], file: str, markers: re.Pattern[str],
                progress: Callable[[], None] | None = None, *,
                spool: bool = False) -> ParsedDump:
    """The export's posts and pages with their threaded comments, or the reason it is refused.

    With spool, the converted posts and comments wait in a temporary file and
    `dump.stream` gives them back one post at a time (bounded memory); else they are
    in `dump.posts`.
    """
    store = Spool(spool)
    feed = Feed()
    latest = ""  # the newest entry's `updated`, for a feed that gives no date of its own
    posts: list[_Post] = []
    comments: list[_Comment] = []
    other: Counter[str] = Counter()
    blogger = False
    try:
        for entry in entries(source, progress, feed):
            blogger = blogger or entry.blogger
            latest = max(latest, entry.updated or "")
            if entry.kind in ("post", "page"):
                post = post_of(entry, markers)
                posts.append(_Post(entry.id, post.kind, post.title, entry.author,
                                   entry.author_uri, entry.status, entry.line, store.put(post)))
            elif entry.kind == "comment":
                comments.append(comment_of(entry, store))
            else:
                other[entry.kind] += 1
    except NotWellFormed as exc:
        store.close()
        return ParsedDump(file, error=NOT_XML, detail=exc.message, line=exc.line,
                          column=exc.column)
    if not blogger:
        store.close()
        return ParsedDump(file, error=NOT_A_DUMP,
                          detail="an Atom feed, but not a Blogger export (no Blogger entry kinds)")
    # the merge rule: an export beats every other input, a newer export an older one
    dump = ParsedDump(file, dropped=_summary(other), kind="export",
                      updated=_instant(feed.updated or latest))
    _attach(dump, posts, comments, store, feed.author_uri)
    stream = ExportPosts(store, posts)
    if spool:
        dump.stream = stream
    else:
        dump.posts = list(stream)
    return dump


def _attach(dump: ParsedDump, posts: list[_Post], comments: list[_Comment],
            store: Spool, owner: str | None) -> None:
    """Thread each post's comments (kept on the post as spool handles); report the rest."""
    owners = {p.uri for p in posts if p.uri and p.kind == "post"} | ({owner} if owner else set())
    by_entry = {p.entry_id: p for p in posts}
    grouped: dict[str, list[_Comment]] = defaultdict(list)
    for c in comments:
        post = by_entry.get(c.post_ref or "")
        if post is None:
            dump.orphans.append((c.post_ref or "", store.get(c.handle)))
            dump.reported.append(f"{dump.file}:{c.line}: comment c{c.id} belongs to "
                                 f"{c.post_ref or '(no post given)'}, which is not a post of "
                                 "the file; kept in orphans")
            continue
        grouped[post.entry_id].append(c)
    for post in posts:
        if post.status not in (None, "LIVE", "DRAFT"):
            dump.reported.append(f"{dump.file}:{post.line}: {post.kind} "
                                 f"{post.title or '(untitled)'!r} is {post.status.lower()}: "
                                 "kept with draft: true")
        mine = grouped.pop(post.entry_id, None)
        if mine:
            post.thread = [(c.handle, parent, by_owner(c, post, owners))
                           for c, parent in thread(mine, dump.reported,
                                                   f"{dump.file}:{post.line}")]
            if post.kind == "page":
                dump.keep_page_comments(post.entry_id, [store.get(h) for h, _, _ in post.thread],
                                        f"{dump.file}:{post.line}")
