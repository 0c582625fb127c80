"""How posts and commenters are named wherever they are listed: one rule each.

Takes: a post or a name.  Gives: the text a page shows (dates: `present`).  An untitled
post is named by its date and its first words, captions left out (`captions`); never
"Untitled post" when it has text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from builder.captions import lead_paragraphs
from builder.markup import plain_text
from builder.model import Post

FIRST_WORDS = 60  # characters of an untitled post's text that name it


def display_title(post: Post, say_date: Callable[[str], str] = str,
                  untitled: str = "") -> str:
    """The title; for an untitled post its date (as `say_date` words it: the site's
    language, `builder.i18n`) and first words (`untitled` when it has neither)."""
    if post.title.strip():
        return post.title
    words = plain_text(" ".join(lead_paragraphs(post.body, post.sources, 2)), FIRST_WORDS)
    date = say_date(post.date[:10]) if post.date else ""
    if date and words:
        return f"{date}: {words}"
    return date or words or untitled


def initial(name: str) -> str:
    """The letter a name is filed under in an A-Z list ('Émile' -> 'E'; '#' for others)."""
    first = unicodedata.normalize("NFKD", name.strip()[:1])[:1].upper()
    return first if first.isalpha() else "#"
