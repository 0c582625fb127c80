"""`archive check --old-urls FILE`: does every old address still lead to its page?

Takes: a file of old addresses (one per line, a Blogger sitemap, or a Blogger export:
its `link rel=alternate` hrefs and Takeout's `blogger:filename` paths), the built site
and the content.  Gives: one line per address that does not resolve to the right
page, as GitHub Pages would serve the site (the query ignored; `/x` served by
`x.html`; `/x/` by `x/index.html`), following the site's redirect pages and checking
the `#fragment` on the page reached.  An address the content knows as a post's old
address must reach that post's page.  XML is read with lxml without entities, DTDs
or network.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from lxml import etree

from builder.errors import ArchiveError
from builder.model import Archive
from builder.oldurls import known_paths, post_paths, site_path
from builder.urls import Urls, output_file

MAX_HOPS = 5
_REDIRECT = re.compile(r'data-redirect="([^"]*)"')
ATOM = "{http://www.w3.org/2005/Atom}"
BLOGGER_FILENAME = "{http://schemas.google.com/blogger/2018}filename"


def read_addresses(path: Path) -> list[str]:
    """The old addresses in a plain list, a sitemap or an export, in file order."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArchiveError(f"cannot read: {exc.strerror}", path) from None
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return _xml_addresses(data, path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ArchiveError("not UTF-8 text", path) from None
    return [line.strip() for line in text.splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def _xml_addresses(data: bytes, path: Path) -> list[str]:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             recover=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ArchiveError(f"not readable XML: {exc.msg}", path, exc.lineno) from None
    if root is None:
        raise ArchiveError("not readable XML", path, 1)
    found: list[str] = []
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag.endswith("}loc") or tag == "loc":  # a sitemap (or a sitemap index)
            found.append((element.text or "").strip())
        elif tag == ATOM + "link" and element.get("rel") == "alternate":
            found.append((element.get("href") or "").strip())
        elif tag == BLOGGER_FILENAME:
            found.append((element.text or "").strip())
    return [address for address in found if address]


@dataclass
class _Site:
    folder: Path
    base_path: str
    expected: dict[str, str]  # output file of an old address -> its post's page file
    page_ids: Callable[[Path], set[str]]  # a page's ids (builder.check.page_ids)
    ids: dict[str, set[str]]

    def file(self, rel: str) -> str | None:
        """The file GitHub Pages serves for a site path, or None (its 404 page)."""
        candidates = ([rel] if rel and not rel.endswith("/") else []) + (
            [rel + ".html"] if rel and not rel.endswith("/") else []) + (
            [rel.rstrip("/") + "/index.html" if rel else "index.html"])
        for name in candidates:
            if (self.folder / name).is_file():
                return name
        return None

    def anchors(self, file: str) -> set[str]:
        if file not in self.ids:
            self.ids[file] = self.page_ids(self.folder / file)
        return self.ids[file]

    def redirect_of(self, file: str) -> str | None:
        if not file.endswith(".html"):
            return None
        with (self.folder / file).open(encoding="utf-8", errors="replace") as handle:
            head = handle.read(2048)
        found = _REDIRECT.search(head)
        return html.unescape(found.group(1)) if found else None


def _relative(address: str, base_path: str) -> str | None:
    path = urlsplit(address).path
    if base_path != "/" and (path + "/").startswith(base_path):
        path = "/" + path[len(base_path):]
    if path in ("", "/"):
        return ""
    return site_path(path)


def resolve(site: _Site, address: str) -> str | None:
    """Why `address` does not lead to its page, or None when it does."""
    rel = _relative(address, site.base_path)
    if rel is None:
        return "not an address inside this site"
    file = site.file(rel)
    if file is None:
        return "no page there (GitHub Pages would answer 404)"
    seen = [file]
    while (target := site.redirect_of(file)) is not None:
        if len(seen) > MAX_HOPS:
            return "redirects in a loop: " + " -> ".join(seen)
        if not target.startswith(site.base_path):
            return f"redirects outside the site, to {target}"
        following = site.file(unquote(target[len(site.base_path):]))
        if following is None:
            return f"redirects to {target}, which is not a page"
        file = following
        seen.append(file)
    want = site.expected.get(seen[0])
    if want is not None and file != want:
        return f"leads to {file}, not to its post's page {want}"
    fragment = unquote(urlsplit(address).fragment)
    if fragment and fragment not in site.anchors(file):
        return f"no anchor '#{fragment}' on {file}"
    return None


def check_old_urls(folder: Path, base_path: str, archive: Archive, permalink: str,
                   addresses: list[str], page_ids: Callable[[Path], set[str]]) -> list[str]:
    """One line per address that does not lead to its page (`page_ids`: the ids of a
    built page, where a #fragment may point)."""
    urls = Urls.from_base(base_path, permalink).with_paths(post_paths(archive, permalink))
    posts = {post.id: post for post in archive.posts}
    expected = {file: output_file(urls.post_path(posts[pid]))
                for pid, file in known_paths(archive.posts).items()}
    for path in (urls.paths or {}).values():
        expected.setdefault(output_file(path), output_file(path))
    site = _Site(folder, base_path, expected, page_ids, {})
    problems = []
    for address in addresses:
        why = resolve(site, address)
        if why is not None:
            problems.append(f"{address}: {why}")
    return problems
