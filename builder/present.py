"""Presentation helpers every template uses: dates, weekdays, excerpts.

Takes: model values.  Gives: text for the page (no HTML; templates escape it).
One function per rule, so that a page, the feed and the search page say a date
or cut an excerpt the same way.
"""

from __future__ import annotations

import datetime

from builder.markup import paragraphs, plain_text
from builder.model import Comment, Post

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def month_name(month: str) -> str:
    return MONTHS[int(month) - 1]


def format_date(value: str | None) -> str:
    """'2016-02-06' -> 'February 6, 2016'; '2016-10-04T08:03' -> '... at 08:03'."""
    if not value:
        return ""
    text = f"{month_name(value[5:7])} {int(value[8:10])}, {value[:4]}"
    if len(value) >= 16 and value[10] in "T ":
        text += f" at {value[11:16]}"
    return text


def weekday(date: str | None) -> str:
    if not date:
        return ""
    return WEEKDAYS[datetime.date(int(date[:4]), int(date[5:7]), int(date[8:10])).weekday()]


def atom_date(value: str | None) -> str:
    """'2016-02-06' or '2016-02-06T08:03' -> RFC 3339 in UTC ('...T08:03:00Z')."""
    if not value:
        return "1970-01-01T00:00:00Z"
    time_part = value[11:16] if len(value) >= 16 else "00:00"
    return f"{value[:10]}T{time_part}:00Z"


def comment_when(comment: Comment) -> str:
    if comment.date:
        return format_date(comment.date)
    return comment.time or ""


def web_link(address: str | None) -> str | None:
    """An address a page may link to: http or https only (a profile link from an
    export could be `javascript:` or `data:`); None for anything else."""
    if not address:
        return None
    text = address.strip()
    scheme = text.split(":", 1)[0].lower() if ":" in text else ""
    if scheme not in ("http", "https") or not text[len(scheme) + 1:].startswith("//"):
        return None
    return text


def post_excerpt(post: Post, limit: int = 280) -> str:
    """The body's opening words, leaving out source lines ("Outlet: headline")."""
    paras = paragraphs(post.body)
    kept = [p for n, p in enumerate(paras, start=1) if n not in post.sources]
    return plain_text("\n\n".join(kept[:4]), limit)
