"""Plain data of an archive: Post, Note, Comment and the Archive that holds them.

No I/O here.  `builder.load` makes these from `content/`; the page stages read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Note:
    """An editor's note (`WNU Editor: ...`) belonging to a post."""

    post: str
    marker: str
    order: int
    body: str
    path: str
    after: int | None = None  # body paragraphs printed before it; None: after the body


@dataclass(frozen=True, slots=True)
class Comment:
    """A reader comment; `parent` is the id of the comment it replies to."""

    id: str
    post: str
    author: str
    date: str | None
    parent: str | None
    removed: bool
    order: int
    body: str
    path: str
    time: str | None = None  # a time of day printed without a date ("7:41 AM")
    printed: tuple[str, ...] = ()  # the byline and timestamp lines as the dump printed them
    author_url: str | None = None  # the commenter's profile link, as the input gave it
    by_author: bool = False  # written by the blog's owner


@dataclass(frozen=True, slots=True)
class Post:
    id: str
    title: str
    date: str | None
    author: str | None
    tags: tuple[str, ...]
    source: str
    source_index: int
    read_more: bool
    comment_count: int | None
    body: str
    path: str
    notes: tuple[Note, ...] = ()
    comments: tuple[Comment, ...] = ()
    read_more_after: tuple[int, ...] = ()  # body paragraphs before each read-more line
    read_more_lines: tuple[str, ...] = ()  # the read-more lines as printed
    quotes: tuple[tuple[int, int], ...] = ()  # 1-based inclusive paragraph ranges quoted
    sources: tuple[int, ...] = ()  # 1-based paragraphs that are source lines
    printed: tuple[str, ...] = ()  # date, footer and count lines as the dump printed them
    draft: bool = False
    url: str | None = None  # the post's old address, when an input gave it
    comments_incomplete: bool = False  # the input showed fewer comments than existed
    language: str | None = None  # when it differs from the site's (a multilingual blog)
    published: str | None = None  # the exact timestamp an export or saved page gave

    @property
    def year(self) -> str | None:
        return self.date[:4] if self.date else None

    @property
    def month(self) -> str | None:
        return self.date[5:7] if self.date else None

    @property
    def day(self) -> str | None:
        return self.date[8:10] if self.date else None


@dataclass(frozen=True, slots=True)
class SitePage:
    """A stand-alone page of the blog (Blogger's /p/slug.html): no notes, no comments."""

    id: str
    title: str
    date: str | None
    body: str
    path: str
    url: str | None = None  # its old address
    author: str | None = None
    source: str = ""
    draft: bool = False


@dataclass(frozen=True, slots=True)
class Archive:
    """Every post, newest first (undated posts last, in source order), and the
    stand-alone pages, by id."""

    posts: tuple[Post, ...]
    warnings: tuple[str, ...] = field(default=())
    pages: tuple[SitePage, ...] = ()

    def post(self, post_id: str) -> Post:
        for post in self.posts:
            if post.id == post_id:
                return post
        raise KeyError(post_id)


def sort_key(post: Post) -> tuple[int, str, str, int]:
    """Newest first; undated last; ties by source file and position (stable)."""
    return (0 if post.date else 1, _invert(post.date or ""), post.source, post.source_index)


def _invert(text: str) -> str:
    return "".join(chr(0x10FFFF - ord(c)) for c in text)
