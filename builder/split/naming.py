"""Post ids and tags: deterministic, URL-safe, collision-free.

Takes: parsed posts and the ids already in use.  Gives: an id per post (a
slug of its title, else of its first words) and its tags (the dump's labels,
then the rules of site.yaml; case-insensitively unique).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from builder.config import TagRule
from builder.slugs import slugify

MAX_ID = 60  # characters of a post id made from a title or words (before -2, -3, ...)
# Names Windows refuses as file or folder names, whatever the extension.
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
             *(f"lpt{i}" for i in range(10))}


def _post_slug(text: str) -> str:
    """The slug of text as a post id; a name Windows refuses gets -post."""
    slug = slugify(text, MAX_ID, distinct=False)
    return slug + "-post" if slug in _RESERVED else slug


_MD_LINK = re.compile(r"!?\[([^\[\]]*)\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")


def _words(markdown: str) -> str:
    """The text of Markdown links and images (`[text](url)` -> text) for a slug."""
    for _ in range(2):  # a picture inside a link: [![alt](src)](href)
        markdown = _MD_LINK.sub(r"\1", markdown)
    return markdown


def address_slug(url: str | None) -> str:
    """The last part of an old address, `.../2017/09/first-frost.html?m=1` -> first-frost."""
    if not url:
        return ""
    path = url.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    return _post_slug(path.rsplit("/", 1)[-1].removesuffix(".html"))


def base_id(title: str, body: str, date: str | None, url: str | None = None) -> str:
    """A slug of the title, else of the old address, else of the first words."""
    slug = _post_slug(title) or address_slug(url)
    if not slug:
        slug = _post_slug(" ".join(_words(body).split()[:8]))
    if not slug:
        slug = f"post-{date}" if date else "post"
    return slug


def unique_id(base: str, taken: set[str]) -> str:
    """base, or base-2, base-3, ... whichever is free; the result is added to taken."""
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    taken.add(candidate)
    return candidate


def compile_rules(rules: Iterable[TagRule]) -> list[tuple[str, re.Pattern[str]]]:
    compiled = []
    for rule in rules:
        words = sorted((w.strip() for w in rule.words if w.strip()), key=len, reverse=True)
        if not words:
            continue
        alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
        compiled.append((rule.tag, re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)))
    return compiled


def tags_for(labels: Iterable[str], text: str,
             rules: list[tuple[str, re.Pattern[str]]]) -> list[str]:
    """The dump's labels first, then every rule whose words occur in the text."""
    tags: list[str] = []
    seen: set[str] = set()
    for tag in labels:
        key = tag.strip().casefold()
        if key and key not in seen:
            seen.add(key)
            tags.append(tag.strip())
    for tag, pattern in rules:
        if tag.casefold() not in seen and pattern.search(text):
            seen.add(tag.casefold())
            tags.append(tag)
    return tags
