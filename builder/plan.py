"""Model -> the list of pages to render (no I/O, no HTML).

Takes: the Archive, the config and the URL rules.  Gives: `Plan`, whose `pages`
each name an output file, a template and the template's context, plus the site-wide
views the templates share (tags, commenters, the date tree).  Two pages at one
output path are refused here, before anything is rendered, naming both sources.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from builder.config import SiteConfig
from builder.errors import ArchiveError, BuildError, ErrorList
from builder.markup import paragraphs, plain_text
from builder.model import Archive, Comment, Note, Post
from builder.titles import initial
from builder.urls import Urls, output_file, paged_path, slugify

RELATED_COUNT = 5
RELATED_WINDOW = 12  # neighbours per shared tag considered for "related posts"
COMMENTS_PER_PAGE = 50
MAX_DEPTH = 30  # reply nesting shown on a page
FOLD_FROM = 20  # a thread of more comments folds per reply branch (details)
FEED_ENTRIES = 20


@dataclass(frozen=True, slots=True)
class Page:
    path: str  # output file relative to the site folder ("2016/02/x/index.html")
    template: str
    context: dict[str, Any]
    source: str  # what the page comes from, for error messages
    url_path: str = ""  # site path of the page ("2016/02/x/"), for the sitemap


@dataclass(slots=True)
class Part:
    """A piece of a post page: body text, a quotation, a read-more marker or a note."""

    kind: str  # "text" | "quote" | "source" | "more" | "note"
    text: str = ""
    cite: str = ""  # quote: the source line it comes from
    note: Note | None = None


@dataclass(slots=True)
class TagView:
    name: str
    slug: str
    url: str
    posts: list[Post] = field(default_factory=list)


@dataclass(slots=True)
class Commenter:
    name: str
    slug: str
    url: str
    comments: list[tuple[Post, Comment]] = field(default_factory=list)
    aliases: tuple[str, ...] = ()  # the anonymous readers: every placeholder name used

ANONYMOUS_SLUG = "anonymous-readers"


@dataclass(slots=True)
class Pager:
    number: int
    total: int
    items: Sequence[Any]
    first: str  # site path of page 1
    urls: Urls

    def url(self, number: int) -> str:
        return self.urls.url(paged_path(self.first, number))

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


# -- post bodies -----------------------------------------------------------------------
def _kind(number: int, post: Post) -> str:
    if number in post.sources:
        return "source"
    if any(a <= number <= b for a, b in post.quotes):
        return "quote"
    return "text"


def _quote_range(number: int, post: Post) -> tuple[int, int] | None:
    for a, b in post.quotes:
        if a <= number <= b:
            return (a, b)
    return None


def body_parts(post: Post) -> list[Part]:
    """The post body cut where quotes, source lines, read-more lines and notes go."""
    paras = paragraphs(post.body)
    count = len(paras)
    inserts: dict[int, list[Part]] = defaultdict(list)
    for after, line in zip(post.read_more_after, post.read_more_lines or (), strict=False):
        inserts[min(max(after, 0), count)].append(Part("more", line))
    for after in post.read_more_after[len(post.read_more_lines):]:
        inserts[min(max(after, 0), count)].append(Part("more", "Read more"))
    for note in post.notes:
        at = count if note.after is None else min(max(note.after, 0), count)
        inserts[at].append(Part("note", note.body, note=note))
    parts: list[Part] = list(inserts.get(0, []))
    group: list[str] = []
    group_kind = ""
    group_range: tuple[int, int] | None = None

    def flush() -> None:
        nonlocal group
        if group:
            parts.append(Part(group_kind, "\n\n".join(group)))
            group = []

    for number, para in enumerate(paras, start=1):
        kind, rng = _kind(number, post), _quote_range(number, post)
        if kind != group_kind or kind == "source" or rng != group_range:
            flush()
            group_kind, group_range = kind, rng
        group.append(para)
        if number in inserts:
            flush()
            parts.extend(inserts[number])
            group_kind = ""
    flush()
    return _attach_cites(parts)


def _attach_cites(parts: list[Part]) -> list[Part]:
    result: list[Part] = []
    for part in parts:
        if part.kind == "quote" and result and result[-1].kind == "source":
            part.cite = plain_text(result.pop().text, limit=10_000)
        result.append(part)
    return result


# -- site-wide views -----------------------------------------------------------------------
def _tags(archive: Archive, urls: Urls, warnings: list[str]
          ) -> tuple[list[TagView], dict[str, TagView]]:
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    members: dict[str, list[Post]] = defaultdict(list)
    for post in archive.posts:
        for tag in post.tags:
            spellings[tag.casefold()][tag] += 1
            members[tag.casefold()].append(post)
    by_key: dict[str, TagView] = {}
    used: dict[str, str] = {}
    for key, name, base, slug in _slugged(spellings, used):
        if slug != base:
            warnings.append(
                f"tags '{used[base]}' and '{name}' have the same URL slug '{base}';"
                f" '{name}' is published at tags/{slug}/"
            )
        used[slug] = name
        by_key[key] = TagView(name, slug, urls.url(f"tags/{slug}/"), members[key])
    views = sorted(by_key.values(), key=lambda t: (t.name.casefold(), t.name))
    return views, by_key


def _slugged(spellings: dict[str, Counter[str]],
             used: dict[str, str]) -> Iterator[tuple[str, str, str, str]]:
    """(key, shown name, slug of the name, free slug) per case-folded name, in order: the
    most used spelling is shown; a slug already taken gets -2, -3, ..."""
    for key in sorted(spellings):
        name = min(spellings[key].items(), key=lambda kv: (-kv[1], kv[0]))[0]
        base = slug = slugify(name)
        number = 1
        while slug in used:
            number += 1
            slug = f"{base}-{number}"
        yield key, name, base, slug


def _commenters(archive: Archive, urls: Urls, placeholders: Sequence[str]) -> list[Commenter]:
    """One view per commenter, A-Z; comments signed with a placeholder name
    ('Anonymous', 'Unknown', site.yaml's anonymous_names) form one group, last."""
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    members: dict[str, list[tuple[Post, Comment]]] = defaultdict(list)
    anonymous = {name.casefold() for name in placeholders}
    unnamed: list[tuple[Post, Comment]] = []
    aliases: Counter[str] = Counter()
    for post in archive.posts:
        for comment in post.comments:
            name = comment.author.strip()
            if not name:
                continue
            if name.casefold() in anonymous:
                unnamed.append((post, comment))
                aliases[name] += 1
                continue
            spellings[name.casefold()][name] += 1
            members[name.casefold()].append((post, comment))
    result = []
    used: dict[str, str] = {ANONYMOUS_SLUG: "Anonymous readers"}
    for key, name, _base, slug in _slugged(spellings, used):
        used[slug] = name
        result.append(Commenter(name, slug, urls.url(f"commenters/{slug}/"), members[key]))
    result.sort(key=lambda c: (c.name.casefold(), c.name))
    if unnamed:
        result.append(Commenter("Anonymous readers", ANONYMOUS_SLUG,
                                urls.url(f"commenters/{ANONYMOUS_SLUG}/"), unnamed,
                                tuple(sorted(aliases, key=lambda a: (-aliases[a], a)))))
    return result


def _related(archive: Archive, tags: dict[str, TagView]) -> dict[str, list[Post]]:
    """Posts sharing the most tags, looking only at near neighbours in each tag (fast)."""
    position = {post.id: i for i, post in enumerate(archive.posts)}
    tag_positions = {key: [position[p.id] for p in view.posts] for key, view in tags.items()}
    related: dict[str, list[Post]] = {}
    for post in archive.posts:
        me = position[post.id]
        scores: Counter[int] = Counter()
        for tag in post.tags:
            plist = tag_positions[tag.casefold()]
            at = bisect.bisect_left(plist, me)
            for other in plist[max(0, at - RELATED_WINDOW):at + RELATED_WINDOW + 1]:
                if other != me:
                    scores[other] += 1
        best = sorted(scores.items(), key=lambda kv: (-kv[1], abs(kv[0] - me), kv[0]))
        related[post.id] = [archive.posts[i] for i, _ in best[:RELATED_COUNT]]
    return related


def comment_tree(comments: Sequence[Comment]) -> dict[str | None, list[Comment]]:
    """parent id (None for top level) -> its replies in dump order.

    Threads nest at any depth in the data; on the page, replies deeper than
    MAX_DEPTH are listed under their ancestor at that depth (a reading column
    cannot indent further, and the template recursion stays bounded).
    """
    depth: dict[str, int] = {}
    shown_parent: dict[str, str | None] = {}
    children: dict[str | None, list[Comment]] = defaultdict(list)
    for comment in comments:
        parent = comment.parent if comment.parent in depth else None
        level = 1 if parent is None else depth[parent] + 1
        if parent is not None and level > MAX_DEPTH:
            parent, level = shown_parent[parent], MAX_DEPTH
        depth[comment.id], shown_parent[comment.id] = level, parent
        children[parent].append(comment)
    return dict(children)


def reply_counts(tree: dict[str | None, list[Comment]]) -> dict[str, int]:
    """comment id -> how many replies are shown under it, at any depth."""
    counts: dict[str, int] = {}

    def count(comment_id: str) -> int:
        if comment_id not in counts:
            counts[comment_id] = sum(1 + count(c.id) for c in tree.get(comment_id, []))
        return counts[comment_id]

    for parent in tree:
        if parent is not None:
            count(parent)
    return counts


def _chunks(items: Sequence[Any], size: int) -> list[Sequence[Any]]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [items[:0]]


# -- the plan ---------------------------------------------------------------------------
class _Planner:
    def __init__(self, archive: Archive, config: SiteConfig, urls: Urls, search: bool,
                 memo: dict[str, Any] | None = None,
                 search_shards: Sequence[int] = ()) -> None:
        self.archive, self.config, self.urls, self.search = archive, config, urls, search
        self.memo = memo if memo is not None else {}
        self.search_shards = search_shards
        self.pages: list[Page] = []
        self.warnings: list[str] = []

    def add(self, site_path: str, template: str, source: str, **context: Any) -> None:
        self.pages.append(Page(output_file(site_path), template, context, source, site_path))

    def paged(self, first: str, items: Sequence[Any], size: int, template: str, source: str,
              **context: Any) -> None:
        chunks = _chunks(items, size)
        for number, chunk in enumerate(chunks, start=1):
            pager = Pager(number, len(chunks), chunk, first, self.urls)
            self.add(paged_path(first, number), template, f"{source} page {number}",
                     pager=pager, **context)

    def plan(self) -> Plan:
        archive, urls = self.archive, self.urls
        tags, tag_by_key = _tags(archive, urls, self.warnings)
        post_tags = {p.id: [tag_by_key[t.casefold()] for t in p.tags] for p in archive.posts}
        commenters = _commenters(archive, urls, self.config.anonymous_names)
        related = self._related(tag_by_key)
        posts = archive.posts
        self.paged("", posts, self.config.page_size, "index.html", "home")
        known: dict[int, tuple[Post, list[Part], dict[str | None, list[Comment]],
                               dict[str, int]]] = self.memo.get("parts", {})
        kept = {}
        for i, post in enumerate(posts):
            hit = known.get(id(post))
            if hit is None or hit[0] is not post:
                tree = comment_tree(post.comments)
                hit = (post, body_parts(post), tree, reply_counts(tree))
            kept[id(post)] = hit
            # parts, replies, reply_counts and fold come from the post alone: its key
            self.add(urls.post_path(post), "post.html", post.path, post=post,
                     parts=hit[1], replies=hit[2], reply_counts=hit[3],
                     fold=len(post.comments) > FOLD_FROM,
                     newer=posts[i - 1] if i > 0 else None,
                     older=posts[i + 1] if i + 1 < len(posts) else None,
                     related=related[post.id])
        self.memo["parts"] = kept
        self.add("tags/", "tags.html", "tag index", tags=tags)
        for tag in tags:
            self.paged(f"tags/{tag.slug}/", tag.posts, self.config.page_size, "tag.html",
                       f"tag '{tag.name}'", tag=tag)
        self._dates()
        people = [c for c in commenters if not c.aliases]
        anonymous = [c for c in commenters if c.aliases]
        letters = list(dict.fromkeys(initial(c.name) for c in people))
        self.add("commenters/", "commenters.html", "commenter index", commenters=people,
                 anonymous=anonymous, letters=letters, by_count=False)
        self.add("commenters/by-count.html", "commenters.html", "commenters by count",
                 commenters=sorted(people, key=lambda c: -len(c.comments)),
                 anonymous=anonymous, letters=[], by_count=True)
        for person in commenters:
            self.paged(f"commenters/{person.slug}/", person.comments, COMMENTS_PER_PAGE,
                       "commenter.html", f"commenter '{person.name}'", commenter=person)
        if self.search:
            self.add("search/", "search.html", "search page",
                     search_shards=" ".join(map(str, self.search_shards)))
        self.add("404.html", "404.html", "not-found page")
        self.add("feed.xml", "feed.xml", "Atom feed", posts=posts[:FEED_ENTRIES])
        self.add("robots.txt", "robots.txt", "robots.txt")
        self.pages.append(Page("sitemap.xml", "sitemap.xml",
                               {"paths": [p.url_path for p in self.pages if p.url_path.endswith("/")
                                          or p.url_path == ""]},
                               "sitemap", "sitemap.xml"))
        _refuse_collisions(self.pages)
        return Plan(self.pages, tags, commenters, self.warnings, post_tags)

    def _related(self, tag_by_key: dict[str, TagView]) -> dict[str, list[Post]]:
        """`_related`, computed again only when the posts' order or tags changed."""
        posts = self.archive.posts
        key = [(p.id, p.tags) for p in posts]
        found = self.memo.get("related")
        if found is None or found[0] != key:
            related = _related(self.archive, tag_by_key)
            self.memo["related"] = (key, {pid: [p.id for p in ps] for pid, ps in related.items()})
            return related
        by_id = {p.id: p for p in posts}
        return {pid: [by_id[other] for other in ids] for pid, ids in found[1].items()}

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
              memo: dict[str, Any] | None = None, search_shards: Sequence[int] = ()) -> Plan:
    """The plan.  `memo` (a dict kept between calls, by `archive serve`): what was
    worked out per post (body parts, comment tree) and the related posts are reused
    while the post (the same object) or the posts' order and tags are unchanged.  The
    search page lists the search shards (beyond the primary one) that the browser merges."""
    return _Planner(archive, config, urls, search, memo, search_shards).plan()
