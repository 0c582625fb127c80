"""Blogger's own post addresses: the slug Blogger computes from a title.

Takes: a post's title (and, for an untitled post, its text).  Gives: the slug
Blogger would have put in `YYYY/MM/<slug>.html`, and for a whole archive the
path of each post, with Blogger's `_DD` suffix for a second post of one slug in
one month.  The rules, read from real blogs' addresses:

- lower case; accents folded to ASCII (`ñ` -> `n`, `ç` -> `c`, `ß` -> `ss`);
- spaces and hyphens separate words; every other character that is not an ASCII
  letter or digit is removed without a separator (`What's` -> `whats`,
  `Syria...When` -> `syriawhen`), so is a letter of another script;
- `a`, `an` and `the` are left out, except as the first word;
- the words joined by `-`, cut after the last whole word that keeps the slug
  within 40 characters (a first word longer than that is cut at 40);
- no word left (a title in another script): `blog-post`; an untitled post takes
  the first words of its text;
- a second post with the same slug in the same month: `<slug>_DD`, DD its day.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from builder.markup import plain_text
from builder.model import Post

MAX_LENGTH = 40
STOP_WORDS = frozenset({"a", "an", "the"})
FALLBACK = "blog-post"
# Latin letters that Unicode does not decompose into an ASCII letter and a mark.
_FOLD = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o",
                       "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "þ": "th",
                       "Þ": "TH", "ð": "d", "Ð": "D", "ı": "i"})
_SEPARATORS = re.compile(r"[\s\-‐‑]+")
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")  # a picture adds no words to the text


def _words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text.translate(_FOLD))
    ascii_text = folded.encode("ascii", "ignore").decode().lower()
    words = (_NOT_WORD.sub("", part) for part in _SEPARATORS.split(ascii_text))
    return [w for w in words if w]


def blogger_slug(title: str, text: str = "") -> str:
    """The slug Blogger computes for a post with this title (or, untitled, this text).

    >>> blogger_slug("What's Next For The Syria...When Talks Fail")
    'whats-next-for-syriawhen-talks-fail'
    """
    words = _words(title) if title.strip() else _words(plain_text(_IMAGE.sub(" ", text), 400))
    words = [w for i, w in enumerate(words) if i == 0 or w not in STOP_WORDS]
    if not words:
        return FALLBACK
    slug = words[0][:MAX_LENGTH]
    for word in words[1:]:
        if len(slug) + 1 + len(word) > MAX_LENGTH:
            break
        slug += "-" + word
    return slug


def blogger_paths(posts: Iterable[Post], taken: Iterable[str] = ()) -> dict[str, str]:
    """post id -> 'YYYY/MM/<slug>.html' for dated posts, oldest first: a slug already
    used in its month (or a path in `taken`) gets `_DD`, the post's day, then
    `_DD_2`, `_DD_3`, ... if that is used too."""
    used = set(taken)
    paths: dict[str, str] = {}
    dated = sorted((p for p in posts if p.date), key=lambda p: (p.date or "", p.source,
                                                                p.source_index, p.id))
    for post in dated:
        folder = f"{post.year}/{post.month}/"
        slug = blogger_slug(post.title, post.body)
        path = f"{folder}{slug}.html"
        number = 1
        while path in used:
            suffix = f"_{post.day}" if number == 1 else f"_{post.day}_{number}"
            path = f"{folder}{slug}{suffix}.html"
            number += 1
        used.add(path)
        paths[post.id] = path
    return paths
