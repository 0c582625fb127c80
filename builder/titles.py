"""How posts and dates are named wherever they are listed: one rule each.

Takes: a post or a date string.  Gives: the text a page shows.  An untitled post
is named by its date and its first words (never "Untitled post" when it has text).
"""

from __future__ import annotations

import unicodedata

from builder.markup import paragraphs, plain_text
from builder.model import Post

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
FIRST_WORDS = 60  # characters of an untitled post's text that name it


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


def display_title(post: Post) -> str:
    """The title; for an untitled post its date and first words ('Untitled post' when
    it has neither)."""
    if post.title.strip():
        return post.title
    paras = [p for n, p in enumerate(paragraphs(post.body), start=1) if n not in post.sources]
    words = plain_text(" ".join(paras[:2]), FIRST_WORDS)
    date = format_date(post.date[:10]) if post.date else ""
    if date and words:
        return f"{date}: {words}"
    return date or words or "Untitled post"


def initial(name: str) -> str:
    """The letter a name is filed under in an A-Z list ('Émile' -> 'E'; '#' for others)."""
    first = unicodedata.normalize("NFKD", name.strip()[:1])[:1].upper()
    return first if first.isalpha() else "#"
