"""The site-wide views the pages share: tags and commenters (with their slugs and
URLs).

Takes: the Archive and the URL rules (and site.yaml's placeholder names for
anonymous readers).  Gives: `TagView`s and `Commenter`s in display order, the
commenter-page lookup by name.  A tag or commenter whose slug is
taken gets -2, -3, ...; comments signed with a placeholder name form one group.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from builder.model import Archive, Comment, Post
from builder.slugs import slugify
from builder.titles import initial
from builder.urls import Urls

COMMENTERS_PER_PAGE = 500  # names on one page of the A-Z list of commenters


@dataclass(slots=True)
class TagView:
    name: str
    slug: str
    url: str
    posts: list[Post] = field(default_factory=list)


@dataclass(slots=True)
class Commenter:
    name: str
    slug: str
    url: str
    comments: list[tuple[Post, Comment]] = field(default_factory=list)
    aliases: tuple[str, ...] = ()  # the anonymous readers: every placeholder name used


ANONYMOUS_SLUG = "anonymous-readers"


def c_key(name: str) -> str:
    """Commenter names are one person whatever their case and surrounding spaces."""
    return name.strip().casefold()


def tag_views(archive: Archive, urls: Urls, warnings: list[str]
              ) -> tuple[list[TagView], dict[str, TagView]]:
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    members: dict[str, list[Post]] = defaultdict(list)
    for post in archive.posts:
        for tag in post.tags:
            spellings[tag.casefold()][tag] += 1
            members[tag.casefold()].append(post)
    by_key: dict[str, TagView] = {}
    used: dict[str, str] = {}
    for key, name, base, slug in _slugged(spellings, used):
        if slug != base:
            warnings.append(
                f"tags '{used[base]}' and '{name}' have the same URL slug '{base}';"
                f" '{name}' is published at tags/{slug}/"
            )
        used[slug] = name
        by_key[key] = TagView(name, slug, urls.url(f"tags/{slug}/"), members[key])
    views = sorted(by_key.values(), key=lambda t: (t.name.casefold(), t.name))
    return views, by_key


def _slugged(spellings: dict[str, Counter[str]],
             used: dict[str, str]) -> Iterator[tuple[str, str, str, str]]:
    """(key, shown name, slug of the name, free slug) per case-folded name, in order: the
    most used spelling is shown; a slug already taken gets -2, -3, ..."""
    for key in sorted(spellings):
        name = min(spellings[key].items(), key=lambda kv: (-kv[1], kv[0]))[0]
        base = slug = slugify(name)
        number = 1
        while slug in used:
            number += 1
            slug = f"{base}-{number}"
        yield key, name, base, slug


def commenter_views(archive: Archive, urls: Urls, placeholders: Sequence[str]) -> list[Commenter]:
    """One view per commenter, A-Z; comments signed with a placeholder name
    ('Anonymous', 'Unknown', site.yaml's anonymous_names) form one group, last."""
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    members: dict[str, list[tuple[Post, Comment]]] = defaultdict(list)
    anonymous = {name.casefold() for name in placeholders}
    unnamed: list[tuple[Post, Comment]] = []
    aliases: Counter[str] = Counter()
    for post in archive.posts:
        for comment in post.comments:
            name = comment.author.strip()
            if not name:
                continue
            if name.casefold() in anonymous:
                unnamed.append((post, comment))
                aliases[name] += 1
                continue
            spellings[name.casefold()][name] += 1
            members[name.casefold()].append((post, comment))
    result = []
    used: dict[str, str] = {ANONYMOUS_SLUG: "Anonymous readers"}
    for key, name, _base, slug in _slugged(spellings, used):
        used[slug] = name
        result.append(Commenter(name, slug, urls.url(f"commenters/{slug}/"), members[key]))
    # filed by initial first ('Åke' under A, not after 'Zoë'): each letter's names together
    result.sort(key=lambda c: (initial(c.name) != "#", initial(c.name), c.name.casefold(),
                               c.name))
    if unnamed:
        result.append(Commenter("Anonymous readers", ANONYMOUS_SLUG,
                                urls.url(f"commenters/{ANONYMOUS_SLUG}/"), unnamed,
                                tuple(sorted(aliases, key=lambda a: (-aliases[a], a)))))
    return result


def commenter_urls(commenters: Sequence[Commenter]) -> dict[str, str]:
    """c_key(name) -> the commenter's page, for every name signed: the anonymous
    readers' page under each placeholder name too (the `commenter_url` global and,
    through `Plan.reach`, the page keys follow it)."""
    return {c_key(name): c.url for c in commenters for name in (c.name, *c.aliases)}


def letter_pages(people: Sequence[Commenter], size: int = COMMENTERS_PER_PAGE
                 ) -> list[list[Commenter]]:
    """The A-Z list of commenters in pages of at most `size` names: a letter starts a
    new page when its names do not fit on the current one (a letter longer than a
    page continues over several)."""
    pages: list[list[Commenter]] = [[]]
    start = 0
    while start < len(people):
        letter = initial(people[start].name)
        end = start
        while end < len(people) and initial(people[end].name) == letter:
            end += 1
        if pages[-1] and len(pages[-1]) + end - start > size:
            pages.append([])
        for person in people[start:end]:
            if len(pages[-1]) == size:
                pages.append([])
            pages[-1].append(person)
        start = end
    return pages
