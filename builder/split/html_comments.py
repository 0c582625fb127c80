"""The comment section of a saved page -> ParsedComment records.

Takes: the comment section (a BeautifulSoup Tag), the `fix_url` of the page
and the post's UTC offset.  Gives: the comments in page order, each top-level
comment followed by its replies (`parent` = index of the comment answered),
with Blogger's id, author, profile link, owner mark, timestamp and removed
state; and whether the page says that more comments exist (`Load more...`).

Where each field lives is in `html_layouts` (THREADED, CLASSIC, GENERIC); the
reading rules (author without `said...`, timestamps in any language, removal
notices) are the text rules of `lines` and `dates`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from bs4 import Tag

from builder.split import lines as L
from builder.split.dates import parse_timestamp
from builder.split.html_layouts import CLASSIC, GENERIC, THREADED, CommentStyle
from builder.split.htmlmd import convert
from builder.split.records import ParsedComment

_ID = re.compile(r"^c(\d+)$")
_ID_IN_LINK = re.compile(r"#c(\d+)$")
_SHOW = re.compile(r"[?&]showComment=(\d{10,14})")
_OFFSET = re.compile(r"([+-])(\d{2}):?(\d{2})$")


def text_of(tag: Tag | None) -> str:
    return " ".join(tag.get_text(" ").split()) if tag is not None else ""


_SIMPLE = re.compile(r"^([a-z][a-z0-9]*)?(?:([.#])([\w-]+))?$")


def select_one(tag: Tag, selector: str) -> Tag | None:
    """tag.select_one(selector); `tag`, `.class`, `tag.class` and `#id` by BeautifulSoup's
    own find (the same element, several times faster than a CSS engine)."""
    simple = _SIMPLE.match(selector)
    if simple is None:
        return tag.select_one(selector)
    name, mark, value = simple.groups()
    attrs = {} if mark is None else {"class": value} if mark == "." else {"id": value}
    found = tag.find(name or True, attrs=attrs)
    return found if isinstance(found, Tag) else None


def first(tag: Tag, selectors: tuple[str, ...]) -> Tag | None:
    """The first element matching the first selector that matches anything."""
    for selector in selectors:
        found = select_one(tag, selector)
        if found is not None:
            return found
    return None


def _classes(tag: Tag) -> list[str]:
    value = tag.get("class")
    return value if isinstance(value, list) else []


def _hidden(tag: Tag) -> bool:
    style = str(tag.get("style") or "").replace(" ", "").lower()
    return "hidden" in _classes(tag) or "display:none" in style


def load_more_shown(section: Tag) -> bool:
    """Blogger's `Load more...` link is on the page (not hidden): the list is cut."""
    for tag in section.find_all(class_="loadmore"):
        if not any(_hidden(t) for t in (tag, *tag.parents) if isinstance(t, Tag)):
            return True
    return False


def read_comments(section: Tag, fix_url: Callable[[str], str],
                  offset: str | None) -> list[ParsedComment]:
    """Every comment of the section, in page order, replies after their parent."""
    for style in (THREADED, CLASSIC, GENERIC):
        items: list[Tag] = list(section.select(style.item))
        if style is THREADED:
            items = [i for i in items if first(i, THREADED.author) is not None]
        if items:
            index = {id(item): k for k, item in enumerate(items)}
            return [_comment(style, item, index, fix_url, offset) for item in items]
    return []


def _blogger_id(item: Tag) -> str | None:
    match = _ID.match(str(item.get("id") or ""))
    if match:
        return match.group(1)
    anchor = item.find("a", attrs={"name": _ID})
    if isinstance(anchor, Tag):
        found = _ID.match(str(anchor.get("name")))
        return found.group(1) if found else None
    return None


def _classic_parts(item: Tag) -> tuple[Tag | None, Tag | None]:
    """The dd.comment-body and dd.comment-footer after a classic dt."""
    body = footer = None
    for sibling in item.find_next_siblings():
        if sibling.name == "dt":
            break
        if "comment-body" in _classes(sibling) and body is None:
            body = sibling
        elif "comment-footer" in _classes(sibling) and footer is None:
            footer = sibling
    return body, footer


def _in_avatar(node: object) -> bool:
    parents = getattr(node, "parents", [])
    return any("avatar-image-container" in _classes(p) or p.name == "noscript" for p in parents
               if isinstance(p, Tag))


def _author(style: CommentStyle, item: Tag) -> tuple[str, str | None]:
    """(name as printed, profile link) of a comment."""
    if style is CLASSIC:
        links = [a for a in item.find_all("a", href=True) if not _in_avatar(a)]
        text = " ".join(" ".join(str(t) for t in item.find_all(string=True)
                                 if not _in_avatar(t)).split())
        said = L.said_name(text)
        link = str(links[0]["href"]) if links else None
        return L.clean_author(said if said is not None else text), link
    tag = first(item, style.author)
    link_tag = first(item, style.author_link) if style.author_link else None
    name = text_of(tag)
    said = L.said_name(name)
    link = str(link_tag["href"]) if link_tag is not None else None
    return L.clean_author(said if said is not None else name), link


def _own(item: Tag, style: CommentStyle) -> list[Tag]:
    """The elements of this comment, not of its replies."""
    header = item.select_one(".comment-block") or item
    return [header]


def _comment(style: CommentStyle, item: Tag, index: dict[int, int], fix_url: Callable[[str], str],
             offset: str | None) -> ParsedComment:
    comment = ParsedComment()
    comment.blogger_id = _blogger_id(item)
    comment.author, link = _author(style, item)
    comment.author_url = fix_url(link) if link else None
    if style is CLASSIC:
        body, footer = _classic_parts(item)
        stamp_tag = first(footer, style.stamp) if footer is not None else None
        owner = "blog-author" in _classes(item)
    else:
        block = _own(item, style)[0]
        body = first(block, style.body)
        stamp_tag = first(block, style.stamp)
        owner = (select_one(block, style.owner) is not None
                 or style.owner.strip(".") in _classes(item))
    comment.by_author = owner
    _stamp(comment, stamp_tag, fix_url, offset)
    if comment.blogger_id is None and stamp_tag is not None:
        href = str(stamp_tag.get("href") or "")
        match = _ID_IN_LINK.search(href)
        comment.blogger_id = match.group(1) if match else None
    if body is not None:
        removed = select_one(body, style.removed) is not None
        converted = convert(body, fix_url=fix_url)
        comment.paragraphs = [b.markdown.split("\n") for b in converted.blocks
                              if b.markdown.strip()]
        comment.removed = removed or L.is_removed_notice(comment.body)
    comment.parent = _thread_top(item, style, index)
    return comment


def _thread_top(item: Tag, style: CommentStyle, index: dict[int, int]) -> int | None:
    """The index of the top-level comment whose reply list holds the item: the outermost
    comment around it (Blogger threads are one level deep, so a reply rendered inside a
    reply still belongs to the thread's top comment)."""
    name, _, class_ = style.item.partition(".")
    top = None
    for parent in item.find_parents(name, class_=class_):
        top = index.get(id(parent), top)
    return top


def _stamp(comment: ParsedComment, tag: Tag | None, fix_url: Callable[[str], str],
           offset: str | None) -> None:
    if tag is None:
        return
    shown = text_of(tag)
    stamp = parse_timestamp(shown) if shown else None
    if stamp is not None:
        comment.date, comment.time = stamp.iso, None if stamp.iso else stamp.time
        if stamp.iso:
            comment.printed = [shown]
    href = str(tag.get("href") or "")
    if comment.date is None:
        comment.date = _from_epoch(href, offset)
        if comment.date is not None and shown:
            comment.printed = [shown]
    elif not shown:
        return


def _from_epoch(href: str, offset: str | None) -> str | None:
    """The `showComment=<epoch ms>` of a permalink, in the post's time zone."""
    match = _SHOW.search(href)
    if not match:
        return None
    moment = datetime.fromtimestamp(int(match.group(1)[:13]) / 1000, UTC)
    zone = _OFFSET.search(offset or "")
    if zone:
        sign = -1 if zone.group(1) == "-" else 1
        moment += sign * timedelta(hours=int(zone.group(2)), minutes=int(zone.group(3)))
    return moment.strftime("%Y-%m-%dT%H:%M")
