"""Old Blogger addresses -> this site's pages: the post paths of `permalink: blogger`
and the small redirect pages written for every other old address.

Takes: the archive, the URL rules, the tags and the pages already planned.  Gives:
`post_paths` (post id -> site path, for `permalink: blogger`) and `redirects` (old
address -> page, as `Redirect`s that the plan renders with `redirect.html`).

Safety: an old address becomes a file only through `site_path`, which refuses
`..`, `.`, hidden names, encoded slashes and backslashes, control characters and
the folders the build owns (`static/`, `pagefind/`); a redirect is written only
where no page of the site is, and only to a page of the site (a root-relative URL
under the base path).  Two posts that want one old address: the older keeps it, and
a warning names both (`--strict` fails).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from builder.blogger_slug import blogger_paths
from builder.model import Archive, Comment, Post
from builder.urls import BLOGGER, Urls

MAX_SEGMENT = 200  # bytes: file names stop at 255
RESERVED = frozenset({"static", "pagefind", "CNAME"})
_BAD = re.compile(r"%(2f|5c|00)", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x1f\x7f\\]")
_PAGE = re.compile(r"^(?:\d{4}/\d{2}|p)/[^/]+\.html$")  # where a post page may stand
SEARCH_TEMPLATE = "redirect.html"


@dataclass(frozen=True, slots=True)
class Redirect:
    path: str  # output file ("search/label/Ostrel dam.html")
    target: str  # root-relative URL of the page it leads to
    title: str  # what the page it leads to is called: a title, a tag, "2016-02", ""
    source: str  # what asked for it, for messages
    keep_query: bool = False  # the search page reads `?q=` from the address
    kind: str = "post"  # post, page, tag, month, search: the template words the link


def site_path(address: str | None) -> str | None:
    """An old address ('https://x.blogspot.com/2016/02/a.html?m=1', '/p/about.html')
    as a path inside the site ('2016/02/a.html'), decoded; None when it could escape
    the site or overwrite what the build owns."""
    if not address:
        return None
    path = urlsplit(address.strip()).path
    if _BAD.search(path):
        return None
    text = unquote(path, errors="strict") if "%" in path else path
    if _CONTROL.search(text):
        return None
    parts = text.lstrip("/").split("/")
    if not parts[0] or parts[0] in RESERVED:
        return None
    for i, part in enumerate(parts):
        if part == "" and i == len(parts) - 1:
            continue  # a trailing slash
        if not part or part.startswith(".") or len(part.encode()) > MAX_SEGMENT:
            return None
    return "/".join(parts)


def output_for(path: str) -> str:
    """The file GitHub Pages serves for a site path: 'a/' -> 'a/index.html',
    'a.html' -> itself, 'a' -> 'a.html' (Pages answers /a with a.html)."""
    if path == "" or path.endswith("/"):
        return path + "index.html"
    if path.endswith((".html", ".htm")):
        return path
    return path + ".html"


def _oldest_first(posts: Iterable[Post]) -> list[Post]:
    return sorted(posts, key=lambda p: (0 if p.date else 1, p.date or "", p.source,
                                        p.source_index, p.id))


def known_paths(posts: Iterable[Post], warnings: list[str] | None = None) -> dict[str, str]:
    """post id -> the output file of its old address (`url`), oldest post first; a
    second post with the same address is left out, with a warning naming both."""
    owner: dict[str, Post] = {}
    found: dict[str, str] = {}
    for post in _oldest_first(posts):
        if not post.url:
            continue
        path = site_path(post.url)
        if path is None:
            if warnings is not None:
                warnings.append(f"{post.path}: url {post.url!r} cannot be an address of this "
                                "site; no redirect written")
            continue
        file = output_for(path)
        first = owner.get(file)
        if first is not None:
            if warnings is not None:
                warnings.append(f"{first.path} and {post.path} both have the old address "
                                f"/{path}; it leads to {first.path}")
            continue
        owner[file] = post
        found[post.id] = file
    return found


def post_paths(archive: Archive, permalink: str) -> dict[str, str]:
    """`permalink: blogger`: post id -> 'YYYY/MM/<slug>.html', the post's old address
    when the content knows it, else the one Blogger would have made ({} otherwise)."""
    if permalink != BLOGGER:
        return {}
    paths = {pid: file for pid, file in known_paths(archive.posts).items() if _PAGE.match(file)}
    taken = set(paths.values())
    rest = [p for p in archive.posts if p.id not in paths]
    paths.update(blogger_paths(rest, taken))
    return paths


def _label_files(name: str) -> list[str]:
    """Where Blogger's /search/label/<name> lands: %20 decodes to a space, '+' does not."""
    if "/" in name or name.startswith(".") or _CONTROL.search(name) \
            or len(name.encode()) + 5 > MAX_SEGMENT:
        return []
    names = [name] + ([name.replace(" ", "+")] if " " in name else [])
    return [f"search/label/{n}.html" for n in names]


def _archive_days(post: Post) -> list[str]:
    """Blogger's old archive pages that list this post: its day, the first of its month
    (the old monthly pages) and the first day of its week (Sunday or Monday)."""
    assert post.date
    day = datetime.date(int(post.date[:4]), int(post.date[5:7]), int(post.date[8:10]))
    sunday = day - datetime.timedelta(days=(day.weekday() + 1) % 7)
    monday = day - datetime.timedelta(days=day.weekday())
    firsts = (day, day.replace(day=1), sunday, monday)
    return [f"{d:%Y_%m_%d}_archive.html" for d in firsts]


class _Wanted:
    def __init__(self, real: set[str], warnings: list[str]) -> None:
        self.real, self.warnings = real, warnings
        self.found: dict[str, Redirect] = {}

    def add(self, redirect: Redirect, loud: bool = False) -> None:
        target = redirect.target
        if not target.startswith("/") or target.startswith("//") or "\\" in target:
            return  # never a redirect out of the site
        if redirect.path in self.real or redirect.path in self.found:
            if loud and redirect.path in self.real:
                self.warnings.append(f"{redirect.source}: its old address /{redirect.path} is "
                                     "a page of this site; no redirect written")
            return
        self.found[redirect.path] = redirect


def redirects(archive: Archive, urls: Urls, tags: Sequence[Any], pages: Iterable[Any],
              warnings: list[str], search: bool = False) -> list[Redirect]:
    """Every old address that needs a redirect page, none where a page already is."""
    real = {page.path for page in pages}
    wanted = _Wanted(real, warnings)
    posts = {p.id: p for p in archive.posts}
    for pid, file in known_paths(archive.posts, warnings).items():
        post = posts[pid]
        own = _output(urls.post_path(post))
        if file != own:
            wanted.add(Redirect(file, urls.post_url(post), post.title, post.path), loud=True)
    for page in archive.pages:  # Blogger's static pages: /p/<slug>.html -> p/<id>/
        path = site_path(page.url) if page.url else None
        if path is not None:
            wanted.add(Redirect(output_for(path), urls.page_url(page),
                                page.title, page.path, kind="page"), loud=True)
    for tag in tags:
        spellings = sorted({t for p in tag.posts for t in p.tags
                            if t.casefold() == tag.name.casefold()})
        for name in spellings:
            for file in _label_files(name):
                wanted.add(Redirect(file, tag.url, tag.name, f"tag '{tag.name}'", kind="tag"))
    days_seen: set[str] = set()  # posts of a day after the first add no redirect
    for post in _oldest_first(p for p in archive.posts if p.date):
        assert post.date
        if post.date[:10] in days_seen:
            continue
        days_seen.add(post.date[:10])
        month = urls.url(f"{post.year}/{post.month}/")
        for file in _archive_days(post):
            wanted.add(Redirect(file, month, f"{post.year}-{post.month}",
                                f"month {post.year}-{post.month}", kind="month"))
    if search:
        wanted.add(Redirect("search.html", urls.url("search/"), "", "search page",
                            keep_query=True, kind="search"))
    return [wanted.found[path] for path in sorted(wanted.found)]


def _output(path: str) -> str:
    return path + "index.html" if path == "" or path.endswith("/") else path


def short_anchor(post: Post, comment: Comment) -> str | None:
    """`c<position>` for a comment whose id is Blogger's (`c<digits>`), when no comment
    of the post has that id: the short anchor (#c3) and the old one both resolve."""
    short = f"c{comment.order}"
    if comment.id == short:
        return None
    taken = _ids.get(post.id)
    if taken is None or taken[0] is not post:
        taken = _ids[post.id] = (post, frozenset(c.id for c in post.comments))
    return None if short in taken[1] else short


_ids: dict[str, tuple[Post, frozenset[str]]] = {}
