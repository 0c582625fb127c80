"""How posts and commenters are named wherever they are listed: one rule each.

Takes: a post (and the site's `Language`) or a name.  Gives: the text a page shows.
An untitled post is named by its date (in the site's language, by Babel) and its
first words (never "Untitled post", in the site's language, when it has text).
"""

from __future__ import annotations

import unicodedata

from builder.i18n import Language
from builder.markup import paragraphs, plain_text
from builder.model import Post

FIRST_WORDS = 60  # characters of an untitled post's text that name it


def post_name(post: Post, language: Language) -> str:
    """The title; for an untitled post its date and first words; '' when it has
    neither (the search page names such a post in its own words)."""
    if post.title.strip():
        return post.title
    paras = [p for n, p in enumerate(paragraphs(post.body), start=1) if n not in post.sources]
    words = plain_text(" ".join(paras[:2]), FIRST_WORDS)
    date = language.date(post.date[:10]) if post.date else ""
    if date and words:
        return f"{date}: {words}"
    return date or words


def display_title(post: Post, language: Language) -> str:
    """`post_name`, or 'Untitled post' in the site's language when it has no name."""
    return post_name(post, language) or language.gettext("Untitled post")


def initial(name: str) -> str:
    """The letter a name is filed under in an A-Z list ('Émile' -> 'E'; '#' for others)."""
    first = unicodedata.normalize("NFKD", name.strip()[:1])[:1].upper()
    return first if first.isalpha() else "#"
