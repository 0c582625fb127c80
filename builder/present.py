"""Presentation helpers every template uses: feed dates, links, excerpts (the dates a
reader sees are the site language's: `builder.i18n`).

Takes: model values.  Gives: text for the page (no HTML; templates escape it).
One function per rule, so that a page, the feed and the search page say a date
or cut an excerpt the same way.
"""

from __future__ import annotations

from builder.markup import paragraphs, plain_text
from builder.model import Post

_NOT_IN_URLS = frozenset('"<>\\^`{|}')


def atom_date(value: str | None) -> str:
    """'2016-02-06' or '2016-02-06T08:03' -> RFC 3339 in UTC ('...T08:03:00Z')."""
    if not value:
        return "1970-01-01T00:00:00Z"
    time_part = value[11:16] if len(value) >= 16 else "00:00"
    return f"{value[:10]}T{time_part}:00Z"


def web_link(address: str | None) -> str | None:
    """An address a page may link to: http or https only (a profile link from an
    export could be `javascript:` or `data:`); None for anything else."""
    if not address:
        return None
    text = address.strip()
    scheme = text.split(":", 1)[0].lower() if ":" in text else ""
    if scheme not in ("http", "https") or not text[len(scheme) + 1:].startswith("//"):
        return None
    if any(ch in _NOT_IN_URLS or ord(ch) < 0x21 or ord(ch) == 0x7F for ch in text):
        return None  # not a valid address (a browser would mend it; a checker refuses it)
    return text


def post_excerpt(post: Post, limit: int = 280) -> str:
    """The body's opening words, leaving out source lines ("Outlet: headline")."""
    paras = paragraphs(post.body)
    kept = [p for n, p in enumerate(paras, start=1) if n not in post.sources]
    return plain_text("\n\n".join(kept[:4]), limit)
