"""Parsed posts -> content file texts (no I/O).

Takes: a `ParsedPost` with its id and tags.  Gives: the files of its folder
(`post.md`, `note-N.md`, `comment-N.md`) as (relative path, text) pairs, and
the same record as the `split --json` dictionary.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from builder import frontmatter
from builder.split.lines import is_source_line
from builder.split.records import ParsedPost


@dataclass(frozen=True, slots=True)
class NamedPost:
    """A parsed post with what naming gave it."""

    post: ParsedPost
    id: str
    tags: list[str]
    source: str
    index: int

    @property
    def folder(self) -> str:
        year = self.post.date[:4] if self.post.date else "undated"
        return f"{year}/{self.id}"


def comment_id(index: int) -> str:
    return f"c{index + 1}"


def layout(post: ParsedPost) -> tuple[list[tuple[int, int]], list[int]]:
    """(quoted paragraph ranges, source-line paragraphs), 1-based, from the body's shape.

    A source line (`Outlet: headline`) standing alone is the cite of the
    paragraphs after it, up to the next read-more line, note, source line or the
    end of the body.
    """
    paragraphs = post.paragraphs
    sources = [k for k, p in enumerate(paragraphs) if len(p) == 1 and is_source_line(p[0])]
    bounds = sorted({*post.read_more_after, *(n.after for n in post.notes), len(paragraphs),
                     *sources})
    quotes = []
    for s in sources:
        start = s + 1
        end = min(b for b in bounds if b > s)
        if end > start:
            quotes.append((start + 1, end))
    return quotes, [s + 1 for s in sources]


def post_meta(named: NamedPost) -> dict[str, Any]:
    post = named.post
    quotes, sources = layout(post)
    meta: dict[str, Any] = {
        "type": "post",
        "id": named.id,
        "title": post.title,
        "date": post.date,
        "author": post.author,
        "tags": named.tags,
        "source": named.source,
        "source_index": named.index,
        "read_more": post.read_more,
        "comment_count": post.comment_count,
    }
    optional = {
        "read_more_after": post.read_more_after,
        "read_more_lines": post.read_more_lines,
        "quotes": [list(q) for q in quotes],
        "sources": sources,
        "printed": post.printed,
    }
    meta.update({k: v for k, v in optional.items() if v})
    return meta


def post_files(named: NamedPost) -> list[tuple[str, str]]:
    """Every file of the post's folder, relative to content/."""
    post, folder = named.post, named.folder
    files = [(f"{folder}/post.md", frontmatter.dump(post_meta(named), post.body))]
    for n, note in enumerate(post.notes, start=1):
        meta = {"type": "note", "post": named.id, "marker": note.marker, "order": n,
                "after": note.after}
        files.append((f"{folder}/note-{n}.md", frontmatter.dump(meta, note.body)))
    for k, comment in enumerate(post.comments):
        meta = {
            "type": "comment",
            "id": comment_id(k),
            "post": named.id,
            "author": comment.author,
            "date": comment.date,
            "parent": comment_id(comment.parent) if comment.parent is not None else None,
            "removed": comment.removed,
            "order": k + 1,
        }
        if comment.time:
            meta["time"] = comment.time
        if comment.printed:
            meta["printed"] = comment.printed
        files.append((f"{folder}/comment-{k + 1}.md", frontmatter.dump(meta, comment.body)))
    return files


def post_json(named: NamedPost) -> dict[str, Any]:
    """The post as `archive split --json` prints it (contract §4, plus a few keys)."""
    post = named.post
    return {
        "id": named.id,
        "title": post.title,
        "date": post.date,
        "author": post.author,
        "tags": named.tags,
        "labels": post.labels,
        "source_index": named.index,
        "read_more": post.read_more,
        "comment_count": post.comment_count,
        "body": post.body,
        "notes": [{"marker": n.marker, "body": n.body} for n in post.notes],
        "comments": [
            {
                "id": comment_id(k),
                "author": c.author,
                "date": c.date,
                "time": c.time,
                "parent": comment_id(c.parent) if c.parent is not None else None,
                "parent_index": c.parent,
                "removed": c.removed,
                "body": c.body,
            }
            for k, c in enumerate(post.comments)
        ],
        "doubts": [{"line": d.line, "chose": d.chose, "other": d.other} for d in post.doubts],
    }
