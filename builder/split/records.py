"""What `parse` gives: one plain record type per thing found in a dump."""

from __future__ import annotations

from dataclasses import dataclass, field


def join_paragraphs(paragraphs: list[list[str]]) -> str:
    return "\n\n".join("\n".join(p) for p in paragraphs if p)


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
