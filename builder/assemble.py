"""The records of one post -> its `Post`: notes in order, comments checked and threaded.

Takes: the post's record and its notes' and comments' records.  Gives: the model
object, with a warning for each comment that cannot stand as written (a repeated
id, a parent that is not an earlier comment).
"""

from __future__ import annotations

from builder.content_files import Record
from builder.model import Comment, Note, Post, SitePage


def _note(record: Record) -> Note:
    m = record.meta
    return Note(m["post"], m["marker"], m["order"], record.body, record.path, m["after"])


def _comments(records: list[Record], warnings: list[str]) -> tuple[Comment, ...]:
    records = sorted(records, key=lambda r: (r.meta["order"], r.path))
    ids = set()
    result = []
    for record in records:
        m = record.meta
        if m["id"] in ids:
            warnings.append(f"{record.path}:1: comment id '{m['id']}' repeated; later one skipped")
            continue
        ids.add(m["id"])
        parent = m["parent"]
        if parent is not None and (parent not in ids or parent == m["id"]):
            warnings.append(
                f"{record.path}:1: parent '{parent}' is not an earlier comment of this post;"
                " shown as a top-level comment"
            )
            parent = None
        author = m["author"] if m["author"] is not None else ""
        result.append(
            Comment(m["id"], m["post"], author, m["date"], parent, m["removed"], m["order"],
                    record.body, record.path, m["time"], tuple(m["printed"]),
                    m["author_url"], m["by_author"])
        )
    return tuple(result)


def make_post(record: Record, notes: list[Record], comments: list[Record],
              warnings: list[str]) -> Post:
    m = record.meta
    tags: list[str] = []
    seen: set[str] = set()
    for tag in m["tags"]:
        tag = tag.strip()
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return Post(
        id=m["id"],
        title=m["title"],
        date=m["date"],
        author=m["author"],
        tags=tuple(tags),
        source=m["source"],
        source_index=m["source_index"],
        read_more=m["read_more"],
        comment_count=m["comment_count"],
        body=record.body,
        path=record.path,
        notes=tuple(_note(n) for n in sorted(notes, key=lambda r: (r.meta["order"], r.path))),
        comments=_comments(comments, warnings),
        read_more_after=tuple(m["read_more_after"]),
        read_more_lines=tuple(m["read_more_lines"]),
        quotes=tuple(m["quotes"]),
        sources=tuple(m["sources"]),
        printed=tuple(m["printed"]),
        draft=m["draft"],
        url=m["url"],
        comments_incomplete=m["comments_incomplete"],
        language=m["language"],
        published=m["published"],
    )


def make_page(record: Record) -> SitePage:
    m = record.meta
    return SitePage(id=m["id"], title=m["title"], date=m["date"], body=record.body,
                    path=record.path, url=m["url"], author=m["author"], source=m["source"] or "",
                    draft=m["draft"])
