"""Every URL and output-path rule of the built site, in one place.

Takes: the site config (and an optional --base-url override).  Gives: `Urls`, whose
methods turn model objects into site-relative URLs that include the base path
("/REPO/2016/02/slug/"), absolute URLs for feeds and sitemaps, and the output file
of each page ("2016/02/slug/index.html").  Because every link is root-relative and
carries the base path, the same templates work at https://USER.github.io/REPO/, at
/ and from 404.html at any depth.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from urllib.parse import quote

from builder.blogger_slug import blogger_slug
from builder.config import split_base
from builder.model import Post, SitePage

BLOGGER = "blogger"  # the permalink setting for Blogger's own paths, YYYY/MM/<slug>.html


@dataclass(frozen=True, slots=True)
class Urls:
    """URL rules for one build.  `origin` is '' when the base URL is a bare path."""

    origin: str
    base_path: str
    permalink: str = "{year}/{month}/{id}/"
    # post id -> site path, where the path depends on the whole archive (`blogger`:
    # builder.oldurls.post_paths); not compared: it follows from the archive
    paths: Mapping[str, str] | None = field(default=None, compare=False, repr=False)

    @classmethod
    def from_base(cls, base_url: str, permalink: str) -> Urls:
        origin, path = split_base(base_url)
        return cls(origin, path, permalink)

    def with_paths(self, paths: Mapping[str, str]) -> Urls:
        """The same rules, with these posts' paths worked out beforehand."""
        return replace(self, paths=paths)

    # -- site paths (relative to the output folder, no leading slash) ---------------
    def post_path(self, post: Post) -> str:
        """'2016/02/slug/' (permalink pattern), '2016/02/slug.html' (`blogger`) or
        'undated/slug/'."""
        if self.paths is not None:
            found = self.paths.get(post.id)
            if found is not None:
                return found
        if not post.date:
            return f"undated/{post.id}/"
        if self.permalink == BLOGGER:  # without the archive: no `_DD` for a repeated slug
            return f"{post.year}/{post.month}/{blogger_slug(post.title, post.body)}.html"
        return _permalink(self.permalink, post.year, post.month, post.day, post.id)

    def page_path(self, page: SitePage) -> str:
        """'p/about/': a stand-alone page of the blog."""
        return f"p/{page.id}/"

    # -- URLs -----------------------------------------------------------------------
    def url(self, path: str = "") -> str:
        """Site path -> root-relative URL with the base path ('' -> '/REPO/')."""
        return self.base_path + _quote(path.lstrip("/"))

    def absolute(self, path: str = "") -> str:
        """Site path -> absolute URL (feeds, sitemap); root-relative without an origin."""
        return self.origin + self.url(path)

    def post_url(self, post: Post) -> str:
        """'/REPO/2016/02/slug/': the post's page, base path included."""
        return self.url(self.post_path(post))

    def page_url(self, page: SitePage) -> str:
        return self.url(self.page_path(page))

    def comment_url(self, post: Post, comment_id: str) -> str:
        return comment_link(self.post_url(post), comment_id)

    def static(self, name: str) -> str:
        return self.url("static/" + name)


# Both run for every post on every build (page keys, the search inputs): remembered.
@functools.lru_cache(maxsize=1 << 17)
def _permalink(pattern: str, year: str | None, month: str | None, day: str | None,
               post_id: str) -> str:
    path = pattern.format(year=year, month=month, day=day, id=post_id).lstrip("/")
    return path if path.endswith("/") else path + "/"


@functools.lru_cache(maxsize=1 << 17)
def _quote(path: str) -> str:
    return quote(path, safe="/#?=&%")


def comment_link(post_url: str, comment_id: str) -> str:
    """A comment's URL, given its post's."""
    return post_url + "#" + comment_id


def output_file(path: str) -> str:
    """A site path as the file that serves it: 'a/b/' -> 'a/b/index.html'."""
    path = path.lstrip("/")
    if path == "" or path.endswith("/"):
        return path + "index.html"
    return path


def paged_path(first: str, number: int) -> str:
    """Page `number` of a paginated list whose first page is at `first` ('tags/c/')."""
    return first if number == 1 else f"{first}page/{number}/"


def post_url(post: Post, base_url: str = "/", permalink: str = "{year}/{month}/{id}/") -> str:
    """'/REPO/2016/02/slug/' for a post (base path included); see `Urls.post_url`."""
    return Urls.from_base(base_url, permalink).post_url(post)
