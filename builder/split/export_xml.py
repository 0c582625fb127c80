"""A Blogger export file, read as a stream of small `Entry` records.

Takes: a path (or bytes) holding a legacy export ("Settings > Back up content",
Atom entries typed by a `.../blogger/2008/kind#...` category) or a Google
Takeout `feed.atom` (`blogger:type`, `blogger:status`, `blogger:parent`, ...).
Gives: one `Entry` per `<entry>`, in file order, with only what the readers
need; the XML tree is cleared as it goes, so memory stays bounded.

Hostile input: entities are never expanded and nothing is fetched (lxml with
resolve_entities=False, no_network, no DTD loading), and a file that declares
entities is refused outright.  An undeclared namespace prefix (a real export
writes `app:control` without declaring `app:`) is tolerated: libxml2 reports it
in the NAMESPACE domain, and only errors of other domains make a file
not well-formed.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from lxml import etree

KIND_PREFIX = "http://schemas.google.com/blogger/2008/kind#"
KIND_SCHEME = "http://schemas.google.com/g/2005#kind"
LABEL_SCHEME = "http://www.blogger.com/atom/ns#"
TAKEOUT_KINDS = {"POST": "post", "PAGE": "page", "COMMENT": "comment"}

_HEAD = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*)*"
    rb"(?:<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>\s*)?(?:<\?.*?\?>\s*|<!--.*?-->\s*)*"
    rb"<(?:[\w.-]+:)?feed[\s>/]",
    re.DOTALL,
)


def looks_like_feed(head: bytes) -> bool:
    """The file starts (after its XML declaration, PIs and comments) with an Atom `<feed>`."""
    return _HEAD.match(head) is not None


class NotWellFormed(Exception):
    """The file is not XML; `line`, `column` and the parser's message say where and why."""

    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(message)
        self.line, self.column, self.message = line, column, message


@dataclass(slots=True)
class Entry:
    line: int
    id: str = ""
    kind: str = "other"  # post, page, comment, settings, template, layout, other
    blogger: bool = False  # typed the Blogger way (a kind category or blogger:type)
    status: str | None = None  # Takeout blogger:status (LIVE, DRAFT, ...)
    draft: bool = False
    published: str | None = None
    updated: str | None = None
    title: str = ""
    content: str = ""
    content_type: str = "text"
    author: str | None = None
    author_uri: str | None = None
    author_flags: dict[str, str] = field(default_factory=dict)
    labels: list[str] = field(default_factory=list)
    alternate: str | None = None
    filename: str | None = None
    post_ref: str | None = None  # comment: the entry id of its post
    parent_ref: str | None = None  # comment: the id (or entry id) of the comment it answers
    removed: bool = False
    total: int | None = None
    feed_post: str | None = None  # the post id in a comment's own feed address


@dataclass(slots=True)
class Feed:
    """What the feed says of itself (outside its entries)."""

    updated: str = ""  # when the export was made
    author_uri: str | None = None  # the blog's owner


def local(tag: Any) -> str:
    """`{ns}name` or `prefix:name` (an undeclared prefix) -> name; '' for comments and PIs."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def _blogger_ns(tag: Any) -> bool:
    """A Takeout element: in Blogger's 2018 namespace (or under an undeclared `blogger:`)."""
    return isinstance(tag, str) and (tag.startswith("{http://schemas.google.com/blogger")
                                     or tag.startswith("blogger:"))


def _text(el: Any) -> str:
    return "".join(el.itertext()).strip()


def _category(entry: Entry, el: Any, takeout: bool) -> None:
    scheme, term = el.get("scheme") or "", (el.get("term") or "").strip()
    if term.startswith(KIND_PREFIX) or (scheme == KIND_SCHEME and "#" in term):
        entry.kind = term.rsplit("#", 1)[-1]
        entry.blogger = True
    elif scheme == LABEL_SCHEME or (takeout and term and scheme != KIND_SCHEME):
        entry.labels.append(term)


def _author(entry: Entry, el: Any) -> None:
    for child in el:
        name = local(child.tag)
        if name == "name":
            entry.author = _text(child)
        elif name == "uri":
            entry.author_uri = _text(child) or None
        elif name and name != "email" and name != "image":
            entry.author_flags[name] = _text(child)


def _link(entry: Entry, el: Any) -> None:
    rel, href = el.get("rel"), el.get("href")
    if rel == "alternate" and href:
        entry.alternate = href.strip()
    elif rel == "related" and href and "/comments/" in href:
        entry.parent_ref = href.strip().rstrip("/").rsplit("/", 1)[-1]
    elif rel in ("self", "edit") and href:
        found = _COMMENT_FEED.search(href)
        if found:
            entry.feed_post = found.group(1)


# a comment's own address in the comment feed of its post: .../feeds/<blog>/<post>/comments/...
_COMMENT_FEED = re.compile(r"/feeds/\d+/(\d+)/comments/")


def _title(el: Any) -> str:
    """The title's text; an `html` title is HTML escaped once more (tags and entities)."""
    text = _text(el)
    if (el.get("type") or "").lower() == "html":
        text = html.unescape(re.sub(r"<[^>]*>", "", text)).strip()
    return text


def _inner(el: Any) -> str:
    """An `xhtml` content's markup: the children of its `div`, as HTML text."""
    parts = [el.text or ""]
    for child in el:
        parts.append(etree.tostring(child, encoding="unicode", with_tail=True))
    return "".join(parts)


def _property(entry: Entry, el: Any) -> None:
    if el.get("name") == "blogger.contentRemoved" and el.get("value") == "true":
        entry.removed = True


def entry_of(el: Any) -> Entry:
    """The fields of one `<entry>` element."""
    entry = Entry(line=el.sourceline or 0)
    children = list(el)
    takeout = any(_blogger_ns(c.tag) for c in children)
    for child in children:
        name = local(child.tag)
        if name == "id":
            entry.id = _text(child)
        elif name == "published":
            entry.published = _text(child) or None
        elif name == "updated":
            entry.updated = _text(child) or None
        elif name == "title":
            entry.title = _title(child)
        elif name == "content":
            entry.content_type = (child.get("type") or "text").lower()
            entry.content = _inner(child) if entry.content_type == "xhtml" else child.text or ""
        elif name == "category":
            _category(entry, child, takeout)
        elif name == "author":
            _author(entry, child)
        elif name == "link":
            _link(entry, child)
        elif name == "control":
            entry.draft = any(local(c.tag) == "draft" and _text(c).lower() == "yes" for c in child)
        elif name == "in-reply-to":
            entry.post_ref = (child.get("ref") or "").strip() or None
        elif name == "extendedProperty":
            _property(entry, child)
        elif name == "total":
            digits = _text(child)
            entry.total = int(digits) if digits.isdigit() else None
        elif _blogger_ns(child.tag):
            _takeout_field(entry, name, child)
    if entry.kind == "comment" and entry.post_ref is None and entry.feed_post:
        # no thr:in-reply-to: the post's id is in the comment's own feed address
        entry.post_ref = entry.id.rsplit(".post-", 1)[0] + ".post-" + entry.feed_post
    return entry


def _takeout_field(entry: Entry, name: str, el: Any) -> None:
    value = _text(el)
    if name == "type":
        entry.kind = TAKEOUT_KINDS.get(value.upper(), value.lower() or "other")
        entry.blogger = True
    elif name == "status":
        entry.status = value.upper() or None
        entry.draft = entry.status == "DRAFT"
    elif name == "parent":
        entry.post_ref = value or None
    elif name == "inReplyTo":
        entry.parent_ref = value or None
    elif name == "filename":
        entry.filename = value or None


def _feed_field(feed: Feed, el: Any) -> None:
    if local(el.tag) == "updated":
        feed.updated = _text(el)
    else:
        feed.author_uri = next((_text(c) for c in el if local(c.tag) == "uri"), None) or None


def _first_error(log: Any) -> tuple[int, int, str] | None:
    for err in log:
        if err.domain_name != "NAMESPACE" and err.level_name in ("ERROR", "FATAL"):
            return err.line, err.column, err.message.strip()
    return None


def _refuse_entities(root: Any) -> None:
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise NotWellFormed(1, 1, "the file declares XML entities (refused: a Blogger "
                                  "export has none, and they can expand without bound or "
                                  "read local files)")


def entries(source: str | Path | IO[bytes], progress: Callable[[], None] | None = None,
            feed: Feed | None = None) -> Iterator[Entry]:
    """Every `<entry>` of the feed, in file order.

    Raises NotWellFormed (at the first error, or at the end) when the file is not
    well-formed XML; the caller must not keep anything it was given before then.
    """
    context = etree.iterparse(
        source if not isinstance(source, Path) else str(source),
        events=("start", "end"), resolve_entities=False, no_network=True, load_dtd=False,
        recover=True, remove_comments=True, remove_pis=True,
    )
    depth, checked, logged = 0, False, 0
    try:
        for event, el in context:
            if event == "start":
                depth += 1
                if not checked:
                    _refuse_entities(el)
                    checked = True
                continue
            depth -= 1
            if depth == 1 and feed is not None and local(el.tag) in ("updated", "author"):
                _feed_field(feed, el)
            if depth == 1 and local(el.tag) == "entry":
                if len(context.error_log) != logged:  # look again only when it grew
                    logged = len(context.error_log)
                    error = _first_error(context.error_log)
                    if error:
                        raise NotWellFormed(*error)
                yield entry_of(el)
                if progress is not None:
                    progress()
                el.clear()
                parent = el.getparent()
                while parent is not None and el.getprevious() is not None:
                    del parent[0]
    except etree.XMLSyntaxError as exc:
        line, column = exc.position
        raise NotWellFormed(line, column, exc.msg.rsplit(", line ", 1)[0]) from None
    error = _first_error(context.error_log)
    if error:
        raise NotWellFormed(*error)
    if not checked:
        raise NotWellFormed(1, 1, "no root element")
