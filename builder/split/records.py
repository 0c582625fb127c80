"""What `parse` gives: one plain record type per thing found in a dump."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field


def join_paragraphs(paragraphs: list[list[str]]) -> str:
    return "\n\n".join("\n".join(p) for p in paragraphs if p)


@dataclass(frozen=True, slots=True)
class ImageRef:
    """A picture a post shows: its address, alt text and the link around it (if any)."""

    src: str
    alt: str = ""
    href: str | None = None


@dataclass(frozen=True, slots=True)
class Doubt:
    """Where split picked one reading of a line over another: the dump's line number
    (1-based), the reading chosen and the one it could also have been."""

    line: int
    chose: str
    other: str


@dataclass(slots=True)
class ParsedNote:
    marker: str
    after: int  # body paragraphs printed before the note
    paragraphs: list[list[str]] = field(default_factory=list)

    @property
    def body(self) -> str:
        return join_paragraphs(self.paragraphs)


@dataclass(slots=True)
class ParsedComment:
    author: str = ""
    date: str | None = None
    time: str | None = None
    parent: int | None = None  # 0-based index of the comment replied to
    removed: bool = False
    paragraphs: list[list[str]] = field(default_factory=list)
    printed: list[str] = field(default_factory=list)
    line: int = 0
    blogger_id: str | None = None  # Blogger's own comment id (digits), from exports and pages
    author_url: str | None = None  # the commenter's profile link
    by_author: bool = False  # written by the blog's owner

    @property
    def body(self) -> str:
        return join_paragraphs(self.paragraphs)


@dataclass(slots=True)
class ParsedPost:
    date: str | None = None
    title: str = ""
    author: str | None = None
    labels: list[str] = field(default_factory=list)
    read_more_lines: list[str] = field(default_factory=list)
    read_more_after: list[int] = field(default_factory=list)
    notes: list[ParsedNote] = field(default_factory=list)
    comment_count: int | None = None
    comments: list[ParsedComment] = field(default_factory=list)
    paragraphs: list[list[str]] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)
    sources: list[int] = field(default_factory=list)
    printed: list[str] = field(default_factory=list)
    line: int = 0
    # What richer inputs (exports, saved pages) know; text dumps leave the defaults.
    url: str | None = None  # the post's old address
    kind: str = "post"  # "post" or "page" (a Blogger static page, /p/slug.html)
    draft: bool = False
    comments_incomplete: bool = False  # the input showed fewer comments than existed
    published: str | None = None  # the exact timestamp as the input wrote it
    blog: str | None = None  # Blogger's blog id, when the input names it (two blogs never merge)
    images: list[ImageRef] = field(default_factory=list)
    inputs: list[str] = field(default_factory=list)  # every input file merged into this post
    doubts: list[Doubt] = field(default_factory=list)

    @property
    def body(self) -> str:
        return join_paragraphs(self.paragraphs)

    @property
    def read_more(self) -> bool:
        return bool(self.read_more_lines)


@dataclass(slots=True)
class ParsedDump:
    file: str
    posts: list[ParsedPost] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    error: str | None = None
    detail: str | None = None
    line: int = 1
    # What kind of input it is, for the merge rule (builder/split/merge.py RANK):
    # "dump" (text), "listing page" (archive, label, search, home), "item page", "export".
    kind: str = "dump"
    updated: str = ""  # an export's own date (ISO): of two exports the newer wins
    column: int | None = None  # where a markup input stops being well-formed
    # comments whose post is not in the input, with the post's id as the input names it
    orphans: list[tuple[str, ParsedComment]] = field(default_factory=list)
    reported: list[str] = field(default_factory=list)  # kept, but worth a line in the report
    # a big input's posts, read back one at a time instead of held in `posts`
    stream: Collection[ParsedPost] | None = None

    def each_post(self) -> Collection[ParsedPost]:
        return self.stream if self.stream is not None else self.posts

    def keep_page_comments(self, ref: str, comments: list[ParsedComment], where: str) -> None:
        """A static page's comments: the page lists them (`split --json`), but a page
        carries no comments in content/ (CONTRACT), so they are also kept in `orphans`
        (content/orphans/, to re-attach by hand) and reported."""
        if not comments:
            return
        self.orphans += [(ref, c) for c in comments]
        self.reported.append(f"{where}: the static page {ref} has {len(comments)} comment(s); "
                             "pages carry no comments, so they are kept in orphans")
