"""A saved page -> the part BeautifulSoup needs to read, and a summary of the rest.

Takes: the decoded text of an HTML page.  Gives: `Cut`, the HTML of the region
holding the posts (Blogger's Blog widget, else the whole body) with the head's
canonical address, and the chrome lines for `dropped` (one per kind of chrome,
`html_layouts.CHROME`, with how many there were).

Saved Blogger pages are mostly chrome: skin CSS, widget scripts, sidebars.  Building
a BeautifulSoup tree of all of it costs ten times more than reading the posts, so
when lxml is installed its C parser reads the whole page once, summarises the chrome
and hands over only the posts' region (serialised) for BeautifulSoup to parse.
Without lxml the whole page is parsed by BeautifulSoup and summarised the same way;
the results are the same (tests compare the two paths).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from bs4 import BeautifulSoup

from builder.split.html_layouts import CHROME, KEPT_CLASSES, NOT_CHROME_CLASSES

try:
    import lxml.etree
    import lxml.html

    HAVE_LXML = True
except ImportError:  # pragma: no cover - lxml is a dependency
    HAVE_LXML = False

# Where Blogger keeps its posts (the Blog widget), by id and by class; else the body.
REGION_IDS = ("Blog1",)
REGION_CLASSES = ("blog-posts", "hfeed")
HEAD_KEEP = ("link[@rel='canonical']", "meta[@property='og:url']")


@dataclass(frozen=True, slots=True)
class Cut:
    html: str
    dropped: list[str]
    kept_addresses: bool = False  # some href/src was set aside from libxml2's escaping


# libxml2's HTML serialiser %-escapes the value of href, src, action (and name on `a`):
# spaces, non-ASCII letters, leading blanks ("./My Page_files/a b.jpg" would come back
# as "./My%20Page_files/a%20b.jpg").  Such a value is moved to KEEP + name before the
# cut and put back in the soup, so an address stays as the page wrote it.
URI_ATTRS = ("href", "src", "action", "name")
KEEP = "data-split-kept-"
_URI_SAFE = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*")


def _classes(value: Any) -> list[str]:
    if isinstance(value, str):
        return value.split()
    return list(value) if isinstance(value, list) else []


def chrome_lines(root: Any, children: Callable[[Any], Iterable[Any]], name: Callable[[Any], str],
                 attr: Callable[[Any, str], Any]) -> list[str]:
    """One line per kind of chrome under root; post and comment bodies are not looked into."""
    counts: Counter[str] = Counter()

    def walk(node: Any, in_article: bool) -> None:
        for child in children(node):
            classes = set(_classes(attr(child, "class")))
            if classes & KEPT_CLASSES:
                continue
            tag = name(child)
            kind = None if classes & NOT_CHROME_CLASSES else _kind(
                tag, str(attr(child, "id") or ""), classes, in_article)
            if kind:
                counts[kind] += 1
            else:
                walk(child, in_article or tag == "article" or "hentry" in classes)

    walk(root, False)
    return [f"{c.what} ({counts[c.what]})" if counts[c.what] > 1 else c.what
            for c in CHROME if counts[c.what]]


def _index(field: str) -> dict[str, int]:
    """tag, id or class -> the position of the first kind of chrome it marks."""
    found: dict[str, int] = {}
    for k, chrome in enumerate(CHROME):
        for key in getattr(chrome, field):
            found.setdefault(key, k)
    return found


_BY_TAG, _BY_ID, _BY_CLASS = _index("tags"), _index("ids"), _index("classes")


def _kind(tag: str, id_: str, classes: set[str], in_article: bool) -> str | None:
    marks = [_BY_TAG.get(tag), _BY_ID.get(id_), *(_BY_CLASS.get(c) for c in classes)]
    for k in sorted(m for m in marks if m is not None):
        if not (CHROME[k].outside_posts and in_article):
            return CHROME[k].what
    return None


def soup_chrome(soup: BeautifulSoup) -> list[str]:
    return chrome_lines(soup, lambda t: t.find_all(True, recursive=False),
                        lambda t: str(t.name), lambda t, a: t.get(a))


def _lxml_children(element: Any) -> Iterable[Any]:
    return (c for c in element if isinstance(c.tag, str))


def cut(text: str) -> Cut | None:
    """The posts' region and the chrome summary, by lxml; None when lxml is missing or
    cannot read the page (the caller then parses it all)."""
    if not HAVE_LXML:
        return None
    try:
        root = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError):
        return None
    dropped = chrome_lines(root, _lxml_children, lambda e: str(e.tag).lower(),
                           lambda e, a: e.get(a))
    region = _region(root)
    head = [lxml.html.tostring(e, encoding="unicode", with_tail=False)
            for path in HEAD_KEEP for e in root.xpath("//head//" + path)]
    kept = _keep_addresses(region)
    body = lxml.html.tostring(region, encoding="unicode", with_tail=False)
    return Cut(f"<html><head>{''.join(head)}</head><body>{body}</body></html>", dropped, kept)


def _keep_addresses(region: Any) -> bool:
    """Move every address libxml2 would escape out of its reach (see URI_ATTRS)."""
    kept = False
    for element in region.xpath("descendant-or-self::*[@href or @src or @action or @name]"):
        for name in URI_ATTRS:
            value = element.get(name)
            if value is not None and not _URI_SAFE.fullmatch(value):
                element.set(KEEP + name, value)
                del element.attrib[name]
                kept = True
    return kept


def _restore_addresses(soup: BeautifulSoup) -> None:
    names = [KEEP + name for name in URI_ATTRS]
    for tag in soup.find_all(lambda t: any(n in t.attrs for n in names)):
        for name in URI_ATTRS:
            if KEEP + name in tag.attrs:
                tag[name] = tag.attrs.pop(KEEP + name)


def _region(root: Any) -> Any:
    for id_ in REGION_IDS:
        found = root.get_element_by_id(id_, None)
        if found is not None:
            return found
    for name in REGION_CLASSES:
        found = root.xpath(f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]")
        if found:
            return found[0]
    body = root.find("body")
    return body if body is not None else root


def parse(text: str, parser: str, use_lxml: bool = True) -> tuple[BeautifulSoup, list[str]]:
    """The page's soup (its posts' region when lxml cut it) and its chrome lines."""
    found = cut(text) if use_lxml else None
    if found is not None:
        soup = BeautifulSoup(found.html, parser)
        if found.kept_addresses:
            _restore_addresses(soup)
        return soup, found.dropped
    soup = BeautifulSoup(text, parser)
    return soup, soup_chrome(soup)
