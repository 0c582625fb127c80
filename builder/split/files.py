"""Parsed posts -> content file texts (no I/O).

Takes: a `ParsedPost` with its id and tags.  Gives: the files of its folder
(`post.md`, `note-N.md`, `comment-N.md`) as (relative path, text) pairs, and
the same record as the `split --json` dictionary.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from builder import frontmatter
from builder.split.language import other_language
from builder.split.lines import is_source_line
from builder.split.records import ParsedComment, ParsedPost


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
        if self.post.kind == "page":
            return f"pages/{self.id}"
        year = self.post.date[:4] if self.post.date else "undated"
        return f"{year}/{self.id}"


def comment_id(index: int) -> str:
    return f"c{index + 1}"


def comment_ids(post: ParsedPost) -> list[str]:
    """Each comment's id: `c<Blogger id>` when the input gave one (old `#c<id>` anchors keep
    working), else `c<position>`; a position id never collides with a Blogger one."""
    ids: list[str] = []
    taken = {f"c{c.blogger_id}" for c in post.comments if c.blogger_id}
    for k, comment in enumerate(post.comments):
        candidate = f"c{comment.blogger_id}" if comment.blogger_id else comment_id(k)
        if candidate in ids or (not comment.blogger_id and candidate in taken):
            n = k + 1
            while f"c{n}" in taken or f"c{n}" in ids:
                n += 1
            candidate = f"c{n}"
        ids.append(candidate)
    return ids


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


def post_meta(named: NamedPost, site_language: str = "") -> dict[str, Any]:
    """`site_language`: a post whose printed lines are clearly in another language gets
    `language:` (none is guessed without it)."""
    post = named.post
    # Readers of HTML know the quotes from the markup; a dump's come from its shape.
    quotes, sources = (post.quotes, post.sources) if post.quotes or post.sources else layout(post)
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
    meta.update(_rich_meta(post))
    language = other_language(post.printed, site_language) if site_language else None
    if language:
        meta["language"] = language
    return meta


def _rich_meta(post: ParsedPost) -> dict[str, Any]:
    """What exports and saved pages add; written only when set (dumps' files stay as they were)."""
    extra: dict[str, Any] = {
        "url": post.url,
        "draft": post.draft,
        "published": post.published,
        "comments_incomplete": post.comments_incomplete,
        "inputs": post.inputs if len(post.inputs) > 1 else [],
    }
    return {k: v for k, v in extra.items() if v}


def page_files(named: NamedPost) -> list[tuple[str, str]]:
    """A Blogger static page: one `page.md` (it has no notes or comments)."""
    post = named.post
    meta: dict[str, Any] = {"type": "page", "id": named.id, "title": post.title,
                            "date": post.date, "url": post.url, "author": post.author,
                            "source": named.source}
    extra = {"draft": post.draft, "published": post.published,
             "inputs": post.inputs if len(post.inputs) > 1 else []}
    meta.update({k: v for k, v in extra.items() if v})
    return [(f"{named.folder}/page.md", frontmatter.dump(meta, post.body))]


def post_files(named: NamedPost, site_language: str = "") -> list[tuple[str, str]]:
    """Every file of the post's folder, relative to content/."""
    post, folder = named.post, named.folder
    if post.kind == "page":
        return page_files(named)
    files = [(f"{folder}/post.md", frontmatter.dump(post_meta(named, site_language),
                                                    post.body))]
    for n, note in enumerate(post.notes, start=1):
        meta = {"type": "note", "post": named.id, "marker": note.marker, "order": n,
                "after": note.after}
        files.append((f"{folder}/note-{n}.md", frontmatter.dump(meta, note.body)))
    ids = comment_ids(post)
    for k, comment in enumerate(post.comments):
        meta = {
            "type": "comment",
            "id": ids[k],
            "post": named.id,
            "author": comment.author,
            "date": comment.date,
            "parent": ids[comment.parent] if comment.parent is not None else None,
            "removed": comment.removed,
            "order": k + 1,
        }
        if comment.time:
            meta["time"] = comment.time
        if comment.printed:
            meta["printed"] = comment.printed
        if comment.author_url:
            meta["author_url"] = comment.author_url
        if comment.by_author:
            meta["by_author"] = True
        files.append((f"{folder}/comment-{k + 1}.md", frontmatter.dump(meta, comment.body)))
    return files


def post_json(named: NamedPost, site_language: str = "") -> dict[str, Any]:
    """The post as `archive split --json` prints it (contract §4, plus a few keys)."""
    post = named.post
    ids = comment_ids(post)
    record: dict[str, Any] = {
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
        "comments": [_comment_json(c, ids[k], ids) for k, c in enumerate(post.comments)],
    }
    rich: dict[str, Any] = {
        "kind": post.kind if post.kind != "post" else None,
        "url": post.url,
        "draft": post.draft,
        "published": post.published,
        "comments_incomplete": post.comments_incomplete,
        "images": [{"src": i.src, "alt": i.alt, "href": i.href} for i in post.images],
        "sources": post.inputs if len(post.inputs) > 1 else [],
        "language": other_language(post.printed, site_language) if site_language else None,
    }
    record.update({k: v for k, v in rich.items() if v})
    record["doubts"] = [{"line": d.line, "chose": d.chose, "other": d.other} for d in post.doubts]
    return record


def _comment_json(c: ParsedComment, cid: str, ids: list[str]) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": cid,
        "author": c.author,
        "date": c.date,
        "time": c.time,
        "parent": ids[c.parent] if c.parent is not None else None,
        "parent_index": c.parent,
        "removed": c.removed,
        "body": c.body,
    }
    if c.blogger_id:
        record["blogger_id"] = c.blogger_id
    if c.author_url:
        record["author_url"] = c.author_url
    if c.by_author:
        record["by_author"] = True
    return record


def orphans_json(orphans: list[tuple[str, ParsedComment]]) -> list[dict[str, Any]]:
    """Comments whose post is not in the input, as `split --json` lists them."""
    out = []
    for post_ref, c in orphans:
        record = _comment_json(c, f"c{c.blogger_id}" if c.blogger_id else "", [])
        record.pop("parent_index", None)
        record["parent"] = None
        out.append({"post": post_ref, **record})
    return out


def orphans_file(source: str, records: list[dict[str, Any]]) -> tuple[str, str]:
    """content/orphans/<input>.json: kept for the reader to re-attach by hand (never loaded)."""
    text = json.dumps(records, ensure_ascii=False, indent=1) + "\n"
    return f"orphans/{source.replace('/', '__')}.json", text
