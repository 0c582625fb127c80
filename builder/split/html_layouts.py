"""What the markup of blog pages looks like: one table of CSS selectors.

Site knowledge only, no extraction logic (as trafilatura and readability keep
theirs): `html_page` and `html_comments` read a page through these tables.
Each `Layout` names, for one family of templates, where the posts are and
where each field of a post lives; the first layout whose `post` selector finds
a post on the page is the one used.  Selectors are tried in order, the first
that matches wins.

Blogger's templates, old and new, share most class names (`post hentry`,
`post-title`, `post-body`, `date-header`, `timestamp-link`, `post-labels`):
Minima, Layouts, Simple, Watermark and the other 2006-2016 templates; the
2017 ones (Contempo, Soho, Notable, Emporio) write `time.published` and
`article.post-outer-container`; mobile copies (`?m=1`) the same classes with a
`mobile-` prefix here and there.  Other engines' pages are read when they carry
the hAtom or h-entry microformat.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Layout:
    name: str
    container: tuple[str, ...]  # the region holding the posts (searched in order)
    post: tuple[str, ...]  # one post inside the region
    title: tuple[str, ...]
    body: tuple[str, ...]
    date_header: tuple[str, ...]  # class of the date printed once per day above the posts
    published: tuple[tuple[str, str], ...]  # (selector, attribute) of the exact timestamp
    permalink: tuple[str, ...]  # the post's own address
    title_link: tuple[str, ...]
    author: tuple[str, ...]
    labels: tuple[str, ...]
    count_link: tuple[str, ...]  # "4 comments:" under a post on index pages
    comments: tuple[str, ...]  # the comment section of an item page
    count_header: tuple[str, ...]  # "5 comments:" heading of the comment section


BLOGGER = Layout(
    name="blogger",
    container=("#Blog1", ".widget.Blog", ".blog-posts", "#main"),
    post=("div.post.hentry", "article.post.hentry", ".post-outer > .post",
          ".post-outer-container .post", ".mobile-post-outer .post", "div.post"),
    title=(".post-title", ".entry-title"),
    body=(".post-body", ".entry-content"),
    date_header=("date-header",),
    published=(("abbr.published[title]", "title"), ("time.published[datetime]", "datetime"),
               ("[itemprop=datePublished][content]", "content"),
               ("[itemprop=datePublished][datetime]", "datetime"),
               ("[itemprop=datePublished][title]", "title")),
    permalink=("a.timestamp-link[href]", ".post-timestamp a[href]",
               "[itemprop=url][content]"),
    title_link=(".post-title a[href]", ".entry-title a[href]"),
    author=(".post-author .fn", ".post-author [itemprop=name]", ".post-author a[rel=author]",
            ".byline.post-author .fn", ".author .fn", ".p-author"),
    labels=(".post-labels a[rel=tag]", ".post-labels a", ".labels-content a", "a[rel=tag]"),
    count_link=(".post-comment-link a.comment-link", "a.comment-link"),
    comments=("#comments", ".comments"),
    count_header=("h4", "h3.title", "h2.title", "h4#comment-post-message"),
)

HATOM = Layout(
    name="hatom",
    container=("main", "body"),
    post=(".hentry", ".h-entry", "article[itemtype$=BlogPosting]"),
    title=(".entry-title", ".p-name", "[itemprop=headline]"),
    body=(".entry-content", ".e-content", "[itemprop=articleBody]"),
    date_header=(),
    published=(("time.published[datetime]", "datetime"), ("abbr.published[title]", "title"),
               (".dt-published[datetime]", "datetime"), (".published[title]", "title"),
               ("time.entry-date[datetime]", "datetime"),
               ("[itemprop=datePublished][datetime]", "datetime"),
               ("[itemprop=datePublished][content]", "content")),
    permalink=("a[rel=bookmark][href]", ".u-url[href]"),
    title_link=(".entry-title a[href]", ".p-name a[href]"),
    author=(".author .fn", ".vcard .fn", ".p-author", ".author", "[rel=author]"),
    labels=("a[rel=tag]", ".p-category"),
    count_link=(),
    comments=("#comments",),
    count_header=("h2", "h3", "h4"),
)

LAYOUTS = (BLOGGER, HATOM)


@dataclass(frozen=True, slots=True)
class CommentStyle:
    """One way of printing comments: where each field of a comment lives."""

    name: str
    item: str  # one comment
    author: tuple[str, ...]
    author_link: tuple[str, ...]
    body: tuple[str, ...]
    stamp: tuple[str, ...]  # the shown date and time (a permalink with #c<id>)
    removed: str  # the wrapper of a removal notice
    owner: str  # the mark of the blog owner's own comments


# Blogger's threaded comments (2011-): li.comment#c<id>, replies in ol#c<id>-ra.
THREADED = CommentStyle(
    name="threaded",
    item="li.comment",
    author=("cite.user", ".comment-header .user", ".comment-author"),
    author_link=("cite.user a[href]", ".comment-header .user a[href]"),
    body=(".comment-content", "p.comment-content"),
    stamp=(".datetime a", "span.datetime", ".comment-timestamp a"),
    removed=".deleted-comment",
    owner=".blog-author",
)

# Blogger's classic comments: dl#comments-block of dt.comment-author + dd.comment-body.
CLASSIC = CommentStyle(
    name="classic",
    item="dt.comment-author",
    author=(),
    author_link=("a[href]",),
    body=("dd.comment-body",),
    stamp=(".comment-timestamp a", "span.comment-timestamp", ".comment-footer a"),
    removed=".deleted-comment",
    owner=".blog-author",
)

# Other engines (WordPress and the like): li.comment with .comment-author .fn.
GENERIC = CommentStyle(
    name="generic",
    item="li.comment",
    author=(".comment-author .fn", ".comment-author cite", ".fn", ".p-author"),
    author_link=(".comment-author a.url[href]", ".comment-author a[href]", ".u-url[href]"),
    body=(".comment-content", ".comment-body", ".e-content"),
    stamp=(".comment-meta time", ".comment-metadata time", "time", ".comment-meta a"),
    removed=".deleted-comment",
    owner=".bypostauthor",
)

@dataclass(frozen=True, slots=True)
class Chrome:
    """One kind of chrome: an element is of this kind by its tag, id or one of its classes."""

    what: str
    tags: frozenset[str] = frozenset()
    ids: frozenset[str] = frozenset()
    classes: frozenset[str] = frozenset()
    outside_posts: bool = False  # a <header> or <footer> inside an article is the post's


def _kind(what: str, tags: str = "", ids: str = "", classes: str = "",
          outside_posts: bool = False) -> Chrome:
    return Chrome(what, frozenset(tags.split()), frozenset(ids.split()),
                  frozenset(classes.split()), outside_posts)


# Chrome: what a page holds besides posts and comments, summarised in `dropped` as one
# line per kind with how many there were; the first kind an element matches counts it,
# and what is inside it is not counted again.
CHROME = (
    _kind("the Wayback Machine toolbar", ids="wm-ipp-base wm-ipp wm-ipp-print donato"),
    _kind("the Blogger navbar", ids="navbar navbar-iframe Navbar1", classes="navbar"),
    _kind("the blog header", tags="header", ids="header header-wrapper",
          classes="header-outer header-wrapper", outside_posts=True),
    _kind("the label/search status line", classes="status-msg-wrap"),
    _kind("the sidebar", tags="aside", ids="sidebar sidebar-wrapper sidebar-container",
          classes="sidebar sidebar-container sidebar-wrapper"),
    _kind("the page footer", tags="footer", ids="footer footer-wrapper",
          classes="footer-outer footer-wrapper", outside_posts=True),
    _kind("share buttons", ids="mobile-share-button",
          classes="post-share-buttons share-button sharing post-share"),
    _kind("the comment form", ids="comment-form comment-editor comment-post-message",
          classes="comment-form comment-replybox-thread comment-replybox-single"),
    _kind("the older/newer post links", ids="blog-pager", classes="blog-pager mobile-link-button"),
    _kind("the feed links", classes="post-feeds feed-links"),
    _kind("the jump link to the full post", classes="jump-link"),
    _kind("the comment actions",
          classes="item-control comment-actions thread-toggle continue loadmore"),
    _kind("other widgets", classes="widget"),
    _kind("scripts", tags="script noscript"),
    _kind("styles", tags="style"),
    _kind("embedded frames outside posts", tags="iframe"),
)
# Never chrome, and never looked into: post bodies and comment bodies.
KEPT_CLASSES = frozenset({"post-body", "entry-content", "e-content", "comment-content",
                          "comment-body"})
# Not chrome themselves (looked into): the posts' widget.
NOT_CHROME_CLASSES = frozenset({"Blog", "hentry", "h-entry", "post"})
