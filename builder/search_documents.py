"""What Pagefind indexes for one post: a small HTML document made from the model.

Takes a post (its title, text, editor's notes and reader comments) or a stand-alone
page and the site's language; gives an HTML page, everything in it escaped, whose
headings carry the anchors of the notes (`#note-N`) and comments (`#cN`), so that
Pagefind's sub-results say where the words were found (a note's heading is an <h2>,
a comment's an <h3> naming its commenter).  Filters (`tag`, `year`,
`kind`, `commenter`) and meta (`title`, `date`, `when`) ride in elements
Pagefind reads but does not index.  There is no sort key: the documents of a shard
go to Pagefind newest first, so a result's page number is its date order
(builder.search.index_shards).
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from babel import Locale

from builder.i18n import load_language
from builder.model import Note, Post, SitePage
from builder.present import Dates
from builder.titles import display_title

_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")  # a picture: its alt text
_MD_MARKS = re.compile(r"(?<!\w)[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?!\w)|^#{1,6}\s+|^>\s?",
                       re.MULTILINE)


def note_anchor(note: Note) -> str:
    """The HTML id of an editor's note on its post page (agreed with the post template)."""
    return f"note-{note.order}"


def language_code(language: str) -> str:
    return (language or "en").split("-")[0].split("_")[0].lower() or "en"


def search_document(post: Post, language: str) -> str:
    """A minimal HTML page for Pagefind: title, body, notes and comments, all escaped."""
    dates = Dates(_locale(language))
    title = display_title(post, dates.date)  # "": the search page says "untitled"
    parts = [f'<!DOCTYPE html><html lang="{_attr(language_code(language))}"><body>',
             '<main data-pagefind-body>',
             f"<h1>{_text(title)}</h1>",
             _hidden_fields(post, dates, title),
             _paragraphs(post.body)]
    for note in post.notes:
        parts.append(f'<h2 id="{_attr(note_anchor(note))}" data-pagefind-weight="1">'
                     f"{_text(note.marker.strip(' :[') or '#' + note_anchor(note))}</h2>"
                     f"{_paragraphs(note.body)}")  # the page labels hits in its language
    for comment in post.comments:  # an <h3>: the search page knows a comment by it
        if comment.removed:
            continue
        parts.append(f'<h3 id="{_attr(comment.id)}" data-pagefind-weight="1">'
                     f"{_text(comment.author.strip() or '#' + comment.id)}</h3>"
                     f"{_paragraphs(comment.body)}")
    parts.append("</main></body></html>")
    return "".join(parts)


def document(item: Post | SitePage, language: str) -> str:
    """A post's or a stand-alone page's document."""
    return search_document(item, language) if isinstance(item, Post) else page_document(
        item, language)


def page_document(page: SitePage, language: str) -> str:
    """A stand-alone page for Pagefind: its title and text, of kind `page`."""
    fields = [("meta", "title", page.title),  # the search page names an untitled one
              ("filter", "kind", "page")]
    hidden = _captured(fields)
    return (f'<!DOCTYPE html><html lang="{_attr(language_code(language))}"><body>'
            f'<main data-pagefind-body><h1>{_text(page.title)}</h1>'
            f"{hidden}{_paragraphs(page.body)}</main></body></html>")


@lru_cache(maxsize=8)
def _locale(language: str) -> Locale:
    """The language's locale (its code's: the catalogues, which may change while
    `serve` runs, are not read here), found once, not for each of 70,000 documents."""
    return load_language(language).locale


def _hidden_fields(post: Post, dates: Dates, title: str) -> str:
    """Filters and meta: captured by Pagefind, not indexed as words."""
    fields: list[tuple[str, str, str]] = [("meta", "title", title)]
    if post.date:
        when = dates.post_date(post)  # as the pages say it
        fields += [("meta", "date", post.date), ("meta", "when", when),
                   ("filter", "year", post.date[:4])]
    fields += [("filter", "tag", tag) for tag in post.tags]
    fields += [("filter", "kind", kind) for kind in post_kinds(post)]
    # who wrote each comment is its heading's text (the anchors Pagefind keeps), not
    # written again in a meta field: 580,000 comments in a big archive
    names = (c.author.strip() for c in post.comments if not c.removed)
    fields += [("filter", "commenter", name) for name in dict.fromkeys(names) if name]
    return _captured(fields)


def _captured(fields: list[tuple[str, str, str]]) -> str:
    """(filter|meta, name, value) as elements Pagefind reads but does not index."""
    spans = "".join(f'<span data-pagefind-{what}="{_attr(key)}">{_text(value)}</span>'
                    for what, key, value in fields)
    return f"<div data-pagefind-ignore>{spans}</div>"


def post_kinds(post: Post) -> list[str]:
    kinds = ["post"] if post.body.strip() or post.title.strip() else []
    if post.notes:
        kinds.append("note")
    if any(not c.removed for c in post.comments):
        kinds.append("comment")
    return kinds


def _paragraphs(markdown: str) -> str:
    """Markdown paragraphs as escaped plain-text <p> elements (links keep their text)."""
    text = _MD_LINK.sub(r"\1", _MD_IMAGE.sub(r"\1", markdown)) if "](" in markdown else markdown
    if any(mark in text for mark in "*_#>"):
        text = _MD_MARKS.sub("", text)
    paragraphs = (p.strip() for p in re.split(r"\n\s*\n", text))
    return "".join(f"<p>{_text(p)}</p>" for p in paragraphs if p)


def _text(value: str) -> str:
    return html.escape(value, quote=False)


def _attr(value: str) -> str:
    return html.escape(value, quote=True)
