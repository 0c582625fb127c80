"""Markdown -> safe HTML, cached by content hash, spread over the cores.

Takes: Markdown texts from content files (untrusted: reader comments, names,
titles).  Gives: HTML fragments that passed two layers: Python-Markdown with raw
HTML switched off (any `<tag>` in the text is shown as text), then nh3's allowlist
(no `javascript:`/`data:` URLs, no event handlers, no script, iframe or style).

Speed (issue 7): most old-blog paragraphs contain no Markdown syntax at all; for
those a fast path produces exactly what Python-Markdown + nh3 would (a test holds
the two equal).  Everything else is rendered once and cached in `.cache/markup/`,
one small file per document keyed by a hash of its text and of RENDERER_VERSION.
Cache misses are rendered by a process pool.  `plain_text` makes excerpts from the
Markdown source: the HTML is never re-parsed.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Iterable
from pathlib import Path

import markdown
import nh3

from builder import cache_file
from builder.forked import map_batches
from builder.i18n import PICTURE_WORDS
from builder.images.markdown_ext import (
    END,
    FULL_SIZE,
    IMAGE,
    IMAGE_ALT,
    LINK_TO,
    MISSING,
    PictureExtension,
)
from builder.images.refs import LOCAL

RENDERER_VERSION = "6"  # bump when the output of render_markdown changes

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "cite", "code", "del", "em", "h2", "h3", "h4",
    "h5", "h6", "hr", "i", "li", "ol", "p", "pre", "q", "s", "strong", "sub", "sup", "u",
    "ul", "img", "figure", "figcaption", "span",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"},
                      "img": {"src", "alt", "width", "height", "loading"}}
URL_SCHEMES = {"http", "https", "mailto"}
ALLOWED_CLASSES = {"span": {MISSING}}  # a picture's placeholder (builder.images.markdown_ext)

_MD: markdown.Markdown | None = None
# Anything Markdown could read as syntax sends a text down the full path: these
# characters, a line that starts with a space or (after any spaces) with a dash or a
# number and '.' or ')', a line that ends with two spaces.
_SYNTAX_CHARACTERS = "\\`*_[]<>&#|~=+{}!\t"
_LIST_ITEM = re.compile(r"\d+[.)]")
_BLANK_LINES = re.compile(r"\n[ \t]*\n+")


def _markdown() -> markdown.Markdown:
    global _MD
    if _MD is None:
        md = markdown.Markdown(output_format="html", extensions=[PictureExtension()])
        md.preprocessors.deregister("html_block")  # raw HTML blocks -> escaped text
        md.inlinePatterns.deregister("html")  # inline raw HTML -> escaped text
        _MD = md
    return _MD


_URL_SPACE = re.compile(r"[\x00-\x20\x7f]")


def _attribute_filter(tag: str, name: str, value: str) -> str | None:
    """Drop URLs with spaces or control characters (browsers strip some of them), and
    any image address but a stored picture's (a page loads nothing from elsewhere)."""
    if name in ("href", "src") and _URL_SPACE.search(value):
        return None
    if tag == "img" and name == "src" and not LOCAL.match(value):
        return None
    if tag == "img" and name in ("width", "height") and not value.isdigit():
        return None
    if tag == "img" and name == "loading" and value != "lazy":
        return None
    return value


def _clean(fragment: str) -> str:
    return nh3.clean(
        fragment, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, url_schemes=URL_SCHEMES,
        allowed_classes=ALLOWED_CLASSES,
        link_rel="nofollow noopener noreferrer", strip_comments=True,
        attribute_filter=_attribute_filter,
    )


def paragraphs(text: str) -> list[str]:
    """The text's paragraphs (separated by blank lines), stripped."""
    text = text.strip("\n")
    if not text.strip():
        return []
    return [p.strip("\n") for p in _BLANK_LINES.split(text)]


# a line after the first that Markdown reads as syntax: the line before it ends with
# two spaces (a hard break), it starts with a space, or after any spaces (Unicode's
# too: `\s`) with a dash or a number and '.' or ')'.  (Where the spaces run on over
# blank lines, the dash or number starts a later line: the same verdict.)
_SYNTAX_LINE = re.compile(r"\n(?:(?<=  \n)| |\s*(?:-|\d+[.)]))")


def is_plain(text: str) -> bool:
    """True when the text has nothing Markdown would treat as syntax: none of the
    syntax characters (one `in` each, mapped in C), and no line that starts or ends as
    syntax (the first and last lines looked at here, the others by one regular
    expression that looks only after line breaks: one of the same rules tried at every
    position took 15 us for a 350-character comment)."""
    if any(map(text.__contains__, _SYNTAX_CHARACTERS)):
        return False
    if text[:1] == " " or text[-2:] == "  ":
        return False
    start = text.lstrip() if text[:1].isspace() else text
    if start[:1] == "-" or (start[:1].isdecimal() and _LIST_ITEM.match(start)):
        return False
    return "\n" not in text or _SYNTAX_LINE.search(text) is None


_LINE_END_SPACES = re.compile(" +$", re.M)
_PARAGRAPH_BREAKS = re.compile("\n\n+")


def _render_plain(text: str) -> str:
    """What Markdown makes of a text `is_plain` passed (line ends "\n"): its paragraphs
    (between blank lines: no line of it starts with a space or a tab) each in <p>, the
    spaces that end a line dropped, no-break spaces as `&nbsp;`.  Nothing to escape:
    `&`, `<` and `>` are syntax characters, never in such a text."""
    text = text.strip("\n")
    if not text or text.isspace():
        return ""
    if " \n" in text or text[-1:] == " ":
        text = _LINE_END_SPACES.sub("", text)
    if "\xa0" in text:
        text = text.replace("\xa0", "&nbsp;")
    return "<p>" + _PARAGRAPH_BREAKS.sub("</p>\n<p>", text) + "</p>"


_PICTURE_MARKS = (IMAGE_ALT, IMAGE, FULL_SIZE, LINK_TO)
_MARKED = re.compile(f"{IMAGE_ALT}(.*?){END}|{IMAGE}|{FULL_SIZE}|{LINK_TO}(.*?){END}", re.S)


def localize(fragment: str, words: dict[str, str] | None = None) -> str:
    """The words the renderer marked in a fragment (pictures' labels), in the site's
    language (`Language.picture_words`; English without one)."""
    if not any(map(fragment.__contains__, _PICTURE_MARKS)):
        return fragment
    said = {**PICTURE_WORDS, **(words or {})}

    def word(match: re.Match[str]) -> str:
        mark = match.group(0)[0]
        if mark == IMAGE_ALT:
            return html.escape(said["image_alt"].replace("%(alt)s", "\0")).replace(
                "\0", match.group(1))
        if mark == LINK_TO:
            return html.escape(said["link_to"].replace("%(host)s", "\0")).replace(
                "\0", match.group(2))
        return html.escape(said["full_size" if mark == FULL_SIZE else "image"])

    return _MARKED.sub(word, fragment)


def render_markdown(text: str) -> str:
    """One Markdown document -> sanitised HTML, its words in English (no cache)."""
    return localize(_render(text))


def _render(text: str) -> str:
    """One Markdown document -> sanitised HTML, the words of pictures marked."""
    text = text.replace("\r\n", "\n").strip("\n")
    if not text.strip():
        return ""
    if is_plain(text):
        return _render_plain(text)
    md = _markdown()
    md.reset()
    return _clean(md.convert(text))


def doc_key(text: str) -> str:
    return hashlib.blake2b((RENDERER_VERSION + "\0" + text).encode(), digest_size=16).hexdigest()


class MarkupCache:
    """`.cache/markup/ab/<hash>.html`: one small file per rendered document."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def _file(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / key[:2] / f"{key}.html"

    def get(self, key: str) -> str | None:
        if self.folder is None:
            return None
        try:
            return self._file(key).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def put(self, key: str, fragment: str) -> None:
        if self.folder is None:
            return
        cache_file.write(self._file(key), fragment.encode("utf-8"))


def cached_fragment(text: str, cache: MarkupCache) -> str:
    """One document's HTML, from the cache when it is there (as `render_all` gives it)."""
    if is_plain(text):
        return _render_plain(text.replace("\r\n", "\n").strip("\n"))
    key = doc_key(text)
    found = cache.get(key)
    if found is None:
        found = _render(text)
        cache.put(key, found)
    return found


def _render_batch(texts: list[str]) -> list[str]:
    return [_render(t) for t in texts]


def render_all(texts: Iterable[str], cache: MarkupCache, workers: int | None = None
               ) -> dict[str, str]:
    """Every distinct text -> its HTML, keyed by `doc_key`; misses rendered in parallel."""
    done: dict[str, str] = {}
    todo: dict[str, str] = {}
    for text in texts:
        key = doc_key(text)
        if key in done or key in todo:
            continue
        if is_plain(text):
            done[key] = _render_plain(text.replace("\r\n", "\n").strip("\n"))
            continue
        cached = cache.get(key)
        if cached is not None:
            done[key] = cached
        else:
            todo[key] = text
    if todo:
        keys = list(todo)
        rendered = map_batches(_render_batch, [todo[k] for k in keys], workers)
        for key, fragment in zip(keys, rendered, strict=True):
            done[key] = fragment
            cache.put(key, fragment)
    return done


# -- plain text (excerpts, feed summaries, commenter listings) -------------------------
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_LINE_MARKS = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)", re.M)
_MARKS = re.compile(r"\*\*|__|[*`~]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")


def plain_text(text: str, limit: int = 280) -> str:
    """A short plain-text excerpt of Markdown source (escaped later by the template).
    Each pattern runs only on a text holding what it needs (most comments hold none);
    whitespace runs become one space (str.split's whitespace is the patterns' \\s)."""
    if "![" in text:
        text = _IMAGE.sub("", text)
    if "](" in text:
        text = _LINK.sub(r"\1", text)
    text = _LINE_MARKS.sub("", text)
    if "*" in text or "_" in text or "`" in text or "~" in text:
        text = _MARKS.sub("", text)
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:.-–—")
    return cut + "…"
