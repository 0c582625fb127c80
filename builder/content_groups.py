"""The content files as read, grouped by the post (or page) they belong to.

Takes: every content file as read (`content_files.Read`), in path order.  Gives:
`Grouped` (posts, their notes and comments, stand-alone pages, the problems and
warnings met); `check_owners` raises every problem at once, orphan notes and
comments folded per post.  `same_place` and `swap` let a later build put a
re-read file where its earlier read was instead of grouping everything again.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from builder.content_files import Parts, Read, Record
from builder.errors import ArchiveError, ContentError, ErrorList
from builder.orphans import fold_orphans


@dataclass(slots=True)
class Grouped:
    posts: dict[str, Record] = field(default_factory=dict)
    notes: dict[str, list[Record]] = field(default_factory=lambda: defaultdict(list))
    comments: dict[str, list[Record]] = field(default_factory=lambda: defaultdict(list))
    pages: dict[str, Record] = field(default_factory=dict)  # Blogger static pages (`type: page`)
    errors: list[ArchiveError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def group(files: dict[Parts, Read], order: list[Parts]) -> Grouped:
    """Group the files read (in `order`: sorted by path parts) by post."""
    out = Grouped()
    for parts in order:
        item = files[parts]
        if isinstance(item, ArchiveError):
            out.errors.append(item)
            continue
        record = item.record
        out.warnings.extend(item.warnings)
        if record.kind == "post":
            post_id = record.meta["id"]
            if post_id in out.posts:
                other = out.posts[post_id].path
                out.errors.append(
                    ContentError(f"post id '{post_id}' is also used by {other}", record.path, 1)
                )
                continue
            out.posts[post_id] = record
        elif record.kind == "note":
            out.notes[record.meta["post"]].append(record)
        elif record.kind == "page":
            page_id = record.meta["id"]
            if page_id in out.pages:
                other = out.pages[page_id].path
                out.errors.append(
                    ContentError(f"page id '{page_id}' is also used by {other}", record.path, 1))
                continue
            out.pages[page_id] = record
        else:
            out.comments[record.meta["post"]].append(record)
    return out


def check_owners(grouped: Grouped) -> None:
    """ErrorList of every problem met, notes and comments of a missing post folded."""
    orphans: dict[str, list[str]] = {}
    for post_id, records in [*grouped.notes.items(), *grouped.comments.items()]:
        if post_id not in grouped.posts and records:
            orphans.setdefault(post_id, []).extend(record.path for record in records)
    errors = fold_orphans(grouped.errors, orphans,
                          {pid: record.path for pid, record in grouped.posts.items()})
    if errors:
        raise ErrorList(errors)


def _owner(record: Record) -> tuple[str, Any]:
    return record.kind, record.meta["id"] if record.kind in ("post", "page") else \
        record.meta["post"]


def same_place(old: Read, new: Read) -> bool:
    """Two reads of one file that group the same way (same kind, same owner, same
    warnings)."""
    return (not isinstance(old, ArchiveError) and not isinstance(new, ArchiveError)
            and _owner(old.record) == _owner(new.record) and old.warnings == new.warnings)


def swap(grouped: Grouped, old: Record, new: Record) -> bool:
    """Put new where old is in the grouping; False when old is not there."""
    kind, owner = _owner(old)
    if kind in ("post", "page"):
        found = grouped.posts if kind == "post" else grouped.pages
        if found.get(owner) is not old:
            return False
        found[owner] = new
        return True
    records = (grouped.notes if kind == "note" else grouped.comments).get(owner, [])
    for number, record in enumerate(records):
        if record is old:
            records[number] = new
            return True
    return False
