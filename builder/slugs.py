"""The one slug rule: text -> lower-case ASCII letters, digits and single hyphens.

Used for post ids (`split`: folder names and permalinks) and for tag and
commenter pages (`views`: `tags/<slug>/`).  Both fold accents away (Café -> cafe)
and keep at most `max_len` characters; they differ where their jobs differ:

- a post id may come out empty (the caller then tries the old address, the first
  words, the date) and an over-long one is cut at a word boundary (the caller
  makes ids unique with -2, -3, ...);
- a `distinct` slug (a tag's, a commenter's) must never merge two names nor be
  empty: `+ # & @` are spelled out (C, C++ and C# give c, c-plus-plus, c-sharp), a
  text with nothing left (a script with no ASCII spelling) gives `x-<digest>`, and an
  over-long one keeps a readable start and a digest of the whole text.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

MAX_SLUG = 80  # a distinct slug's length limit (file names have one)
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
# Characters that would otherwise vanish from a slug and merge distinct names.
_SYMBOLS = {"+": " plus ", "#": " sharp ", "&": " and ", "@": " at "}


def slugify(text: str, max_len: int = MAX_SLUG, *, distinct: bool = True) -> str:
    """The slug of text (see the module): `distinct` for names that must stay apart,
    else a post id's ('' when nothing is left)."""
    spelled = "".join(_SYMBOLS.get(ch, ch) for ch in text) if distinct else text
    folded = unicodedata.normalize("NFKD", spelled).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_SLUG.sub("-", folded.lower()).strip("-")
    if not distinct:
        if len(slug) > max_len:
            cut = slug[:max_len]
            slug = cut.rsplit("-", 1)[0] if "-" in cut[max_len // 2:] else cut
            slug = slug.strip("-")
        return slug
    digest = hashlib.sha1(text.casefold().encode()).hexdigest()[:10]
    if not slug:
        return "x-" + digest
    if len(slug) > max_len:
        slug = slug[:max_len - 11].rstrip("-") + "-" + digest
    return slug
