"""A saved blog page (browser copy, wget mirror, Wayback Machine copy) -> ParsedDump.

Takes: the decoded text of an HTML file and the editor-note markers.  Gives: a
`ParsedDump` with one `ParsedPost` per post on the page (an item page holds
one, an archive, label, search or home page several), its comments on an item
page, and one line per kind of chrome left out (`dropped`); or the refusal
`not a blog dump` for HTML that holds no blog post.

Where things are comes from the selectors tables of `html_layouts`; bodies go
through the shared converter (`htmlmd.convert` + `body_into`, as for exports);
comments through `html_comments`; every address through `wayback.original_url`.
The page is parsed by BeautifulSoup with lxml when it is installed, else with
Python's own parser; the result is the same (tests run both).
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from builder.split import lines as L
from builder.split.dates import parse_date_line
from builder.split.decode import NOT_A_DUMP
from builder.split.html_comments import first, load_more_shown, read_comments, text_of
from builder.split.html_cut import HAVE_LXML, parse
from builder.split.html_layouts import LAYOUTS, Layout
from builder.split.htmlmd import body_into, convert
from builder.split.records import ParsedDump, ParsedPost
from builder.split.wayback import is_wayback, original_url, without_mobile_query

PARSER = "lxml" if HAVE_LXML else "html.parser"

_HTML_START = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_PAGE_TYPE = re.compile(r"""['"]pageType['"]\s*:\s*['"](\w+)['"]""")
# The blog's id: Blogger's page data (`'blogId': '<id>'`), the navbar's and the comment
# links' `blogID=`, the feed addresses (`/feeds/<id>/posts`); the first one found.
_BLOG_ID = re.compile(r"""blogId['"]?\s*:\s*['"](\d{5,})|[?&](?:target)?blogID=(\d{5,})|"""
                      r"""/feeds/(\d{5,})/""", re.IGNORECASE)
_ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_UTC = re.compile(r"(?:Z|[+-]00:?00)$")
_ITEM_TYPES = frozenset({"item", "static_page", "static", "page"})
_LISTING_TYPES = frozenset({"index", "home", "archive", "label", "search", "feed", "error"})
NOT_A_BLOG_PAGE = "an HTML page without blog posts (no hentry, post-title or post-body)"
TRUNCATED = "truncated page"
_PAGE_END = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """HTML by content: a doctype, `<html>`, `<head>` or `<body>` near the start."""
    head = text.lstrip()[:4096]
    return head.startswith("<") and bool(_HTML_START.search(head))


def fix_url(url: str) -> str:
    """Every address of a saved page: the original behind a Wayback rewrite."""
    return original_url(url)


def read_html(text: str, file: str, markers: re.Pattern[str], parser: str | None = None,
              use_lxml: bool = True) -> ParsedDump:
    """The page's posts; `parser` is BeautifulSoup's (lxml's when installed), `use_lxml`
    lets lxml hand over only the posts' region (the same result, faster)."""
    soup, dropped = parse(text, parser or PARSER, use_lxml)
    found = _find_posts(soup)
    if found is None:
        return ParsedDump(file, error=NOT_A_DUMP, detail=NOT_A_BLOG_PAGE)
    if not _PAGE_END.search(text):  # every saved copy closes its body; a cut one does not
        return ParsedDump(file, error=TRUNCATED, line=text.count("\n") + 1, detail=(
            "the page stops before its closing </body> or </html> (cut off while it was "
            "saved or copied?): its last post and comments may be incomplete"))
    layout, posts = found
    item = _is_item_page(text, soup, posts)
    dump = ParsedDump(file, kind="item page" if item else "listing page")
    dump.dropped = _chrome(soup, dropped)
    headers = _date_headers(layout, posts)
    canonical = _canonical(soup) if len(posts) == 1 else None
    blog = _blog_id(text)
    for index, element in enumerate(posts):
        post = _post(element, layout, headers.get(index), markers, item)
        post.blog = blog
        if post.url is None and canonical:
            post.url = canonical
        post.kind = "page" if _path(post.url).startswith("/p/") else "post"
        if post.kind == "page" and index not in headers:
            post.date = None  # a static page prints no date (its timestamp stays in published)
        if post.kind == "page":
            dump.keep_page_comments(post.url or "", post.comments, f"{file}:1")
        dump.posts.append(post)
    return dump


def _find_posts(soup: BeautifulSoup) -> tuple[Layout, list[Tag]] | None:
    for layout in LAYOUTS:
        region = first(soup, layout.container) or soup
        for selector in layout.post:
            posts = [p for p in region.select(selector) if first(p, layout.body) is not None]
            posts = [p for p in posts if not any(q is not p and q in p.parents for q in posts)]
            if posts:
                return layout, posts
    return None


def _is_item_page(text: str, soup: BeautifulSoup, posts: list[Tag]) -> bool:
    """One post with its comment section (or Blogger's own `pageType` says so)."""
    at = text.find("pageType")
    match = _PAGE_TYPE.search(text, max(0, at - 2), at + 40) if at >= 0 else None
    if match and match.group(1) in _ITEM_TYPES | _LISTING_TYPES:
        return match.group(1) in _ITEM_TYPES
    if len(posts) != 1:
        return False
    return soup.select_one("#comments, .comments, #comment-form, .comment-form") is not None


def _blog_id(text: str) -> str | None:
    found = _BLOG_ID.search(text)
    return next(g for g in found.groups() if g) if found else None


def _canonical(soup: BeautifulSoup) -> str | None:
    for selector, attr in (("link[rel=canonical][href]", "href"),
                           ("meta[property='og:url'][content]", "content")):
        tag = soup.select_one(selector)
        if tag is not None:
            return without_mobile_query(fix_url(str(tag[attr]).strip()))
    return None


def _path(url: str | None) -> str:
    if not url:
        return ""
    rest = url.split("//", 1)[-1]
    return "/" + rest.split("/", 1)[1] if "/" in rest else "/"


def _date_headers(layout: Layout, posts: list[Tag]) -> dict[int, str]:
    """The date header text governing each post: inside it, else the nearest one above."""
    found: dict[int, str] = {}
    for k, post in enumerate(posts):
        for name in layout.date_header:
            header = post.find(class_=name) or post.find_previous(class_=name)
            if isinstance(header, Tag) and (text := text_of(header)):
                found[k] = text
                break
    return found


def _post(element: Tag, layout: Layout, header: str | None, markers: re.Pattern[str],
          item: bool) -> ParsedPost:
    post = ParsedPost()
    body = first(element, layout.body)
    assert body is not None  # _find_posts keeps only posts with a body
    body.extract()  # the fields around it are then found without searching the body
    title = first(element, layout.title)
    post.title = text_of(title)
    _dates(post, element, layout, header)
    post.url = _url(element, layout)
    author = first(element, layout.author)
    post.author = text_of(author) or None
    post.labels = _labels(element, layout)
    if header:
        post.printed.append(header)
    if item:
        section = _comment_section(element, layout)
        if section is not None:
            _comments(post, section, layout)
    else:
        link = first(element, layout.count_link)
        if link is not None:
            post.comment_count = _count(text_of(link))
            if post.comment_count is not None:
                post.printed.append(text_of(link))
    converted = convert(body, fix_url=fix_url)
    post.images = converted.images
    body_into(post, converted.blocks, markers)
    return post


def _dates(post: ParsedPost, element: Tag, layout: Layout, header: str | None) -> None:
    """The machine-readable timestamp first (the blog's own offset), else the date header."""
    shown = parse_date_line(header) if header else None
    for selector, attr in layout.published:
        tag = element.select_one(selector)
        if tag is None:
            continue
        value = str(tag.get(attr) or "").strip()
        match = _ISO_DATE.match(value)
        if match:
            post.published = value
            utc_other_day = shown is not None and _UTC.search(value) and shown.iso != match.group(1)
            post.date = shown.iso if utc_other_day and shown else match.group(1)
            return
    if shown is not None:
        post.date = shown.iso


def _url(element: Tag, layout: Layout) -> str | None:
    for selector in (*layout.permalink, *layout.title_link):
        tag = element.select_one(selector)
        if tag is None:
            continue
        value = str(tag.get("href") or tag.get("content") or "").strip()
        if value and not value.startswith(("#", "javascript:")):
            return without_mobile_query(fix_url(value))
    return None


def _labels(element: Tag, layout: Layout) -> list[str]:
    for selector in layout.labels:
        found = [text_of(a) for a in element.select(selector)]
        found = [label for label in found if label]
        if found:
            return found
    return []


def _comment_section(element: Tag, layout: Layout) -> Tag | None:
    """The comments of an item page: inside the post's wrapper, or the page's one section."""
    for selector in layout.comments:
        name = selector.lstrip("#.")
        scope: Tag | None = element
        while scope is not None:
            found = scope.find(id=name) if selector[0] == "#" else scope.find(class_=name)
            if isinstance(found, Tag):
                return found
            scope = scope.parent if scope.name not in ("body", "[document]") else None
    return None


_LEADING_NUMBER = re.compile(r"^(\d+)\s+[^\W\d]")


def _count(text: str) -> int | None:
    """The number a count header or footer link prints (`5 comments:`, `No comments:`,
    localized); in these elements any `<N> <word>` is a count."""
    text = text.strip()
    found = L.count_header(text)
    if found is None and text and not text.endswith(":"):
        found = L.count_header(text + ":")
    if found is None and (match := _LEADING_NUMBER.match(text)):
        found = int(match.group(1))
    return found


def _comments(post: ParsedPost, section: Tag, layout: Layout) -> None:
    heading = first(section, layout.count_header)
    if heading is not None:
        printed = text_of(heading)
        post.comment_count = _count(printed)
        if post.comment_count is not None:
            post.printed.append(printed)
    post.comments = read_comments(section, fix_url, post.published)
    shown = len(post.comments)
    post.comments_incomplete = load_more_shown(section) or (
        post.comment_count is not None and shown < post.comment_count)


def _chrome(soup: BeautifulSoup, dropped: list[str]) -> list[str]:
    """The chrome lines, and the Wayback Machine's rewrites even where its toolbar is gone."""
    toolbar = any(line.startswith("the Wayback Machine toolbar") for line in dropped)
    links = soup.find_all("a", href=True, limit=50)
    if not toolbar and any(is_wayback(str(a.get("href") or "")) for a in links):
        return ["the Wayback Machine toolbar", *dropped]
    return dropped
