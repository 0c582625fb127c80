"""Model -> the list of pages to render (no I/O, no HTML).

Takes: the Archive, the config and the URL rules.  Gives: `Plan`, whose `pages`
each name an output file, a template and the template's context, plus the site-wide
views the templates share (tags, commenters, the date tree).  Two pages at one
output path are refused here, before anything is rendered, naming both sources.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from builder.config import SiteConfig
from builder.errors import ArchiveError, BuildError, ErrorList
from builder.model import Archive, Comment, Post
from builder.oldurls import redirects
from builder.post_parts import FOLD_FROM, Part, Replies, body_parts, comment_tree, reply_counts
from builder.sitemap import sitemap_parts
from builder.titles import initial
from builder.urls import Urls, output_file, paged_path
from builder.views import (
    Commenter,
    TagView,
    c_key,
    commenter_urls,
    commenter_views,
    letter_pages,
    tag_views,
)

COMMENTS_PER_PAGE = 50
# the pages after a list's first name their posts, one line each (macros.post_lines):
# page_size of them would make 10,000 pages of a 100,000-post home list, mostly chrome
TITLES_PER_PAGE = 100
FEED_ENTRIES = 20
BLOGGER_FEED = "feeds/posts/default"  # where Blogger served the feed (also ?alt=rss)


@dataclass(frozen=True, slots=True)
class Page:
    path: str  # output file relative to the site folder ("2016/02/x/index.html")
    template: str
    context: dict[str, Any]
    source: str  # what the page comes from, for error messages
    url_path: str = ""  # site path of the page ("2016/02/x/"), for the sitemap


@dataclass(slots=True)
class Pager:
    number: int
    total: int
    items: Sequence[Any]
    first: str  # site path of page 1
    base_path: str  # the site's base path ("/REPO/")

    def url(self, number: int) -> str:
        return Urls("", self.base_path).url(paged_path(self.first, number))

    @property
    def prev_url(self) -> str | None:
        return self.url(self.number - 1) if self.number > 1 else None

    @property
    def next_url(self) -> str | None:
        return self.url(self.number + 1) if self.number < self.total else None


@dataclass(slots=True)
class Plan:
    pages: list[Page]
    tags: list[TagView]
    commenters: list[Commenter]
    warnings: list[str]
    post_tags: dict[str, list[TagView]]
    commenter_urls: dict[str, str] = field(default_factory=dict)  # c_key(name) -> URL
    # post id -> site path where it depends on the other posts (`permalink: blogger`)
    post_paths: Mapping[str, str] = field(default_factory=dict)

    def tags_of(self, post: Post) -> list[TagView]:
        """The template global `post_tags`: a post's tag views."""
        return self.post_tags.get(post.id, [])

    def commenter_url(self, name: str) -> str | None:
        """The template global `commenter_url`: a commenter's page (None: none)."""
        return self.commenter_urls.get(c_key(name))

    def reach(self, value: Any) -> Any:
        """What a template can look up of a model object beyond its own fields,
        through the two globals above (a page's key includes it): a post's tags
        (name, slug, URL, number of posts), its path when other posts decide it and
        its comments' commenter pages, a comment's commenter page."""
        if isinstance(value, Post):
            return ([(t.name, t.slug, t.url, len(t.posts)) for t in self.tags_of(value)],
                    self.post_paths.get(value.id),
                    [self.commenter_url(comment.author) for comment in value.comments])
        if isinstance(value, Comment):
            return self.commenter_url(value.author)
        return None

    def reach_state(self) -> Any:
        """Equal from one plan to another while `reach` gives the same of the same
        object: every tag's head and every commenter's page."""
        return ([(t.name, t.slug, t.url, len(t.posts)) for t in self.tags],
                self.commenter_urls, self.post_paths)


Remember = Callable[[str, Any, Callable[[], Any]], Any]


def compute(kind: str, key: Any, make: Callable[[], Any]) -> Any:
    """The plain `Remember`: works everything out every time."""
    return make()


def _post_parts(post: Post) -> tuple[tuple[Part, ...], Replies, Mapping[str, int]]:
    tree = comment_tree(post.comments)
    return body_parts(post), tree, reply_counts(tree)


def post_page_own(post: Post, remember: Remember = compute) -> dict[str, Any]:
    """What a post's page is given from the post alone: the post, its body parts, its
    comment tree and whether the tree folds (being in the context, all are in the
    page's key); the rest of its context (its neighbours) comes from the other posts."""
    parts, replies, counts = remember("post parts", post, partial(_post_parts, post))
    return {"post": post, "parts": parts, "replies": replies, "reply_counts": counts,
            "fold": len(post.comments) > FOLD_FROM}


def _chunks(items: Sequence[Any], size: int, later: int = 0) -> list[Sequence[Any]]:
    """`size` items on the first page, `later` (default `size`) on each of the others."""
    later = later or size
    return [items[:size]] + [items[i:i + later] for i in range(size, len(items), later)]


# -- the plan ---------------------------------------------------------------------------
class _Planner:
    def __init__(self, archive: Archive, config: SiteConfig, urls: Urls, search: bool,
                 remember: Remember = compute,
                 search_shards: Sequence[int] = (), old_urls: bool = False,
                 stop: Callable[[], None] = lambda: None) -> None:
        self.archive, self.config, self.urls, self.search = archive, config, urls, search
        self.remember = remember
        self.old_urls = old_urls
        self.search_shards = search_shards
        self.stop = stop
        self.page_links = [(p.title, urls.page_url(p)) for p in archive.pages]  # "": untitled
        self.pages: list[Page] = []
        self.warnings: list[str] = []

    def add(self, site_path: str, template: str, source: str, **context: Any) -> None:
        """A page; every page also gets `page_links`, the stand-alone pages' titles and
        URLs (the site's navigation shows them)."""
        context["page_links"] = self.page_links
        self.pages.append(Page(output_file(site_path), template, context, source, site_path))

    def paged(self, first: str, items: Sequence[Any], size: int, template: str, source: str,
              later: int = 0, **context: Any) -> None:
        chunks = _chunks(items, size, later)
        for number, chunk in enumerate(chunks, start=1):
            pager = Pager(number, len(chunks), chunk, first, self.urls.base_path)
            self.add(paged_path(first, number), template, f"{source} page {number}",
                     pager=pager, **context)

    def plan(self) -> Plan:
        archive, urls = self.archive, self.urls
        tags, tag_by_key = tag_views(archive, urls, self.warnings)
        post_tags = {p.id: [tag_by_key[t.casefold()] for t in p.tags] for p in archive.posts}
        self.stop()
        commenters = commenter_views(archive, urls, self.config.anonymous_names)
        self.stop()
        posts = archive.posts
        self.paged("", posts, self.config.page_size, "index.html", "home", TITLES_PER_PAGE)
        for i, post in enumerate(posts):
            if i % 1000 == 999:
                self.stop()
            self.add(urls.post_path(post), "post.html", post.path,
                     **post_page_own(post, self.remember),
                     newer=posts[i - 1] if i > 0 else None,
                     older=posts[i + 1] if i + 1 < len(posts) else None)
        for site_page in archive.pages:
            self.add(urls.page_path(site_page), "page.html", site_page.path, site_page=site_page)
        self.add("tags/", "tags.html", "tag index", tags=tags)
        for tag in tags:
            self.paged(f"tags/{tag.slug}/", tag.posts, self.config.page_size, "tag.html",
                       f"tag '{tag.name}'", TITLES_PER_PAGE, tag=tag)
        self.stop()
        self._dates()
        self.stop()
        people = [c for c in commenters if not c.aliases]
        anonymous = [c for c in commenters if c.aliases]
        self._commenter_index(people, anonymous)
        self.add("commenters/by-count.html", "commenters.html", "commenters by count",
                 commenters=sorted(people, key=lambda c: -len(c.comments)),
                 people=len(people), anonymous=anonymous, letters=[], by_count=True)
        self.stop()
        for person in commenters:
            self.paged(f"commenters/{person.slug}/", person.comments, COMMENTS_PER_PAGE,
                       "commenter.html", f"commenter '{person.name}'", commenter=person)
        if self.search:
            self.add("search/", "search.html", "search page",
                     search_shards=" ".join(map(str, self.search_shards)))
        self.add("404.html", "404.html", "not-found page")
        self.add("feed.xml", "feed.xml", "Atom feed", posts=posts[:FEED_ENTRIES])
        self.add("robots.txt", "robots.txt", "robots.txt")
        self.add(BLOGGER_FEED, "feed.xml", "Atom feed at Blogger's address",
                 posts=posts[:FEED_ENTRIES])
        self.stop()
        self._sitemap()
        if self.old_urls:
            for moved in redirects(archive, urls, tags, self.pages, self.warnings, self.search):
                self.pages.append(Page(moved.path, "redirect.html",
                                       {"target": moved.target, "title": moved.title,
                                        "kind": moved.kind, "keep_query": moved.keep_query},
                                       moved.source, moved.path))
        _refuse_collisions(self.pages)
        return Plan(self.pages, tags, commenters, self.warnings, post_tags,
                    commenter_urls(commenters), urls.paths or {})

    def _sitemap(self) -> None:
        """`sitemap.xml` listing every page; past the protocol's limits, an index of
        the parts `sitemap-1.xml`, `sitemap-2.xml`, ... (the same template)."""
        parts = sitemap_parts([p.url_path for p in self.pages if p.url_path.endswith("/")
                               or p.url_path == "" or p.template == "post.html"],
                              self.urls.absolute)
        if len(parts) == 1:
            self.add("sitemap.xml", "sitemap.xml", "sitemap", paths=parts[0], parts=[])
            return
        names = [f"sitemap-{number}.xml" for number in range(1, len(parts) + 1)]
        for number, (name, part) in enumerate(zip(names, parts, strict=True), start=1):
            self.add(name, "sitemap.xml", f"sitemap part {number}", paths=part, parts=[])
        self.add("sitemap.xml", "sitemap.xml", "sitemap index", paths=[], parts=names)

    def _commenter_index(self, people: list[Commenter], anonymous: list[Commenter]) -> None:
        """The A-Z list of commenters, in pages of whole letters (`letter_pages`); each
        page's letter jump leads to the page and heading of every letter."""
        chunks = letter_pages(people)
        letters: dict[str, str] = {}
        for number, chunk in enumerate(chunks, start=1):
            for person in chunk:
                letters.setdefault(initial(person.name), paged_path("commenters/", number))
        for number, chunk in enumerate(chunks, start=1):
            here = paged_path("commenters/", number)
            pager = Pager(number, len(chunks), chunk, "commenters/", self.urls.base_path)
            self.add(here, "commenters.html", f"commenter index page {number}",
                     commenters=chunk, pager=pager, people=len(people), anonymous=anonymous,
                     by_count=False, letters=[(letter, "" if path == here else self.urls.url(path))
                                              for letter, path in letters.items()])

    def _dates(self) -> None:
        years: dict[str, dict[str, list[Post]]] = defaultdict(lambda: defaultdict(list))
        undated: list[Post] = []
        for post in self.archive.posts:
            if post.year and post.month:
                years[post.year][post.month].append(post)
            else:
                undated.append(post)
        tree = [(year, sorted(months.items(), reverse=True)) for year, months
                in sorted(years.items(), reverse=True)]
        self.add("archive/", "archive.html", "archive tree", tree=tree, undated=undated)
        for year, months in tree:
            self.add(f"{year}/", "year.html", f"year {year}", year=year, months=months)
            for month, posts in months:
                self.add(f"{year}/{month}/", "month.html", f"month {year}-{month}",
                         year=year, month=month, posts=posts)
        if undated:
            self.add("undated/", "month.html", "undated posts", year=None, month=None,
                     posts=undated)


def _refuse_collisions(pages: list[Page]) -> None:
    seen: dict[str, Page] = {}
    errors: list[ArchiveError] = []
    for page in pages:
        other = seen.get(page.path)
        if other is not None:
            errors.append(BuildError(
                f"two pages at one output path: {other.source} and {page.source}",
                page.path, hint="give one of them another id or date"))
        else:
            seen[page.path] = page
    if errors:
        raise ErrorList(errors)


def plan_site(archive: Archive, config: SiteConfig, urls: Urls, *, search: bool = False,
              remember: Remember = compute, search_shards: Sequence[int] = (),
              old_urls: bool = False, stop: Callable[[], None] = lambda: None) -> Plan:
    """The plan.  `remember(kind, key, make)` gives `make()`, or what it gave for the
    same key before (`builder.incremental` keeps it between serve's builds); keys are
    a post object (its body parts and comment tree).  The search page lists the search shards
    (beyond the primary one) that the browser merges.  With `old_urls` (the theme has
    `redirect.html`), a redirect page at every old Blogger address that is not a page
    of the site (`builder.oldurls`).  `stop()` is called now and then (it raises to
    give the build up: serve's newer change)."""
    return _Planner(archive, config, urls, search, remember, search_shards, old_urls,
                    stop).plan()
