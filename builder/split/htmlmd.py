"""One HTML-to-Markdown converter for every HTML input (export bodies, saved pages).

Takes: a post body as HTML (a BeautifulSoup Tag, or a string such as an export's
`<content>`).  Gives: `Converted`, the body as a list of `Block`s (each with its
Markdown and its plain words) and the pictures it shows.

The structure is ours, the inline Markdown is markdownify's:

1. *Blocks.*  Block elements (`p`, `div`, `blockquote`, headings, lists, tables,
   ...) and runs of two or more `<br>` end a paragraph; a single `<br>` is a line
   break inside it; inline elements (`a`, `b`, `span`, ...) never separate words.
   Blogger's caption table (`table.tr-caption-container`) becomes one paragraph:
   the picture on its first line, the caption (`td.tr-caption`) on the next.
   `<a name="more">` / `<!--more-->` (the jump break) is a block of its own kind.
   An embedded video becomes a link to it.  Scripts, styles and forms are not text.
2. *Markdown.*  Each block's inline content goes through markdownify (links,
   emphasis, images as `![alt](src)` or `[![alt](src)](href)`), Markdown syntax in
   the text escaped.  Simple tables become Markdown tables; a table Markdown cannot
   hold keeps its text, one paragraph per row.
3. *Rules.*  `body_into` applies the dump rules (editor's notes, read-more lines,
   source line + quoted block) to the blocks, so both readers share them.

`fix_url` rewrites every `href`/`src` first (the saved-page reader strips Wayback
prefixes with it).  The tree given is changed in place (its nodes are moved into
the blocks); pass a copy if you still need it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from markdownify import MarkdownConverter

from builder.split.lines import is_read_more, is_source_line
from builder.split.records import ImageRef, ParsedNote, ParsedPost

BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "center", "dd", "details", "dir", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption",
})
SKIP_TAGS = frozenset({"script", "style", "noscript", "form", "input", "button", "select",
                       "textarea", "template", "link", "meta", "head", "title"})
MEDIA_TAGS = frozenset({"iframe", "embed", "object", "video", "audio"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
JUMP_BREAK = "<!--more-->"
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph-level piece of a body."""

    kind: str  # p, quote, heading, list, table, rule, more
    markdown: str
    text: str  # its words, whitespace collapsed (lines kept)
    group: int | None = None  # for kind "quote": which blockquote it belongs to


@dataclass(slots=True)
class Converted:
    blocks: list[Block] = field(default_factory=list)
    images: list[ImageRef] = field(default_factory=list)


class _Markdown(MarkdownConverter):
    """markdownify with our choices: ATX headings, `-` bullets, no title on links."""

    def __init__(self) -> None:
        super().__init__(heading_style="ATX", bullets="-", escape_misc=False,
                         keep_inline_images_in=["td", "th", "a", "span", "li", "p", "div"])

    def convert_a(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        el.attrs.pop("title", None)  # a link's title is noise in old blogs
        base: Any = super()
        return str(base.convert_a(el, text, parent_tags))


_CONVERTER: Any = None  # markdownify's stubs lack process_tag


def _converter() -> Any:
    global _CONVERTER
    if _CONVERTER is None:
        _CONVERTER = _Markdown()
    return _CONVERTER


_FACTORY: BeautifulSoup | None = None


def _factory() -> BeautifulSoup:
    """One empty soup to make wrapper tags with (a new soup per paragraph was a third of
    the time of a short body)."""
    global _FACTORY
    if _FACTORY is None:
        _FACTORY = BeautifulSoup("", "html.parser")
    return _FACTORY


def _collapse(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def plain_text(node: Tag) -> str:
    """The words of a node as a reader sees them: `<br>` and blocks start lines."""
    parts: list[str] = []
    for item in node.descendants:
        if isinstance(item, Comment):
            continue
        if isinstance(item, NavigableString):
            if not any(p.name in SKIP_TAGS for p in item.parents if isinstance(p, Tag)):
                parts.append(str(item))
        elif isinstance(item, Tag) and (item.name == "br" or item.name in BLOCK_TAGS):
            parts.append("\n")
    return _collapse("".join(parts))


class _Walker:
    def __init__(self, soup: BeautifulSoup | Tag) -> None:
        self.soup = soup
        self.blocks: list[Block] = []
        self.run: list[Tag | NavigableString] = []
        self.quote: int | None = None
        self.quotes = 0

    # -- runs of inline content -> one paragraph
    def flush(self) -> None:
        run, self.run = self.run, []
        while run and (getattr(run[-1], "name", None) == "br"):
            run.pop()
        if not run:
            return
        wrapper = _factory().new_tag("p")
        for node in run:
            wrapper.append(node.extract())
        self.add_tag("quote" if self.quote is not None else "p", wrapper)

    def add_tag(self, kind: str, tag: Tag) -> None:
        text = plain_text(tag)
        has_image = tag.name == "img" or tag.find("img") is not None
        if not text and not has_image:
            return
        markdown = _converter().process_tag(tag, set()).strip("\n")
        markdown = "\n".join(line.replace("\u00a0", " ").rstrip()
                             for line in markdown.split("\n")).strip()
        if markdown or text:
            self.blocks.append(Block(kind, markdown or text, text,
                                     self.quote if kind == "quote" else None))

    # -- the tree
    def walk(self, node: Tag) -> None:
        children = list(node.children)
        k = 0
        while k < len(children):
            child = children[k]
            k += 1
            if isinstance(child, Comment):
                if child.strip().lower() == "more":
                    self.more()
                continue
            if isinstance(child, NavigableString):
                self.run.append(child)
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            if name in SKIP_TAGS:
                continue
            if name == "br":
                k, breaks = self.count_breaks(children, k)
                if breaks >= 2:
                    self.flush()
                else:
                    self.run.append(child)
                continue
            if name == "a" and child.get("name") == "more" and not child.get_text(strip=True):
                self.more()
                continue
            if name in MEDIA_TAGS:
                self.flush()
                self.media(child)
                continue
            if name in BLOCK_TAGS or child.find(BLOCK_TAGS) is not None or _has_break_run(child):
                self.flush()
                self.block(child)
                continue
            self.run.append(child)
        # a container's end closes its paragraph only for block containers (the caller flushes)

    def count_breaks(self, children: Sequence[object], k: int) -> tuple[int, int]:
        breaks = 1
        while k < len(children):
            nxt = children[k]
            if isinstance(nxt, Tag) and nxt.name == "br":
                breaks += 1
            elif not (isinstance(nxt, NavigableString) and not isinstance(nxt, Comment)
                      and not nxt.strip()):
                break
            k += 1
        return k, breaks

    def more(self) -> None:
        self.flush()
        self.blocks.append(Block("more", JUMP_BREAK, ""))

    def media(self, tag: Tag) -> None:
        found: Any = tag.get("src") or tag.get("data") or ""
        if not found:
            inner = tag.find(["source", "embed", "param"], attrs={"src": True})
            found = inner.get("src", "") if inner else ""
        src = str(found or "")
        if not src:
            return
        title = str(tag.get("title") or tag.get("aria-label") or "").strip()
        label = f"Video: {title}" if title else "Embedded video"
        label = label.replace("[", "\\[").replace("]", "\\]")
        url = ("https:" + src) if src.startswith("//") else src
        self.blocks.append(Block("p", f"[{label}]({url.replace(')', '%29')})", label))

    def block(self, tag: Tag) -> None:
        name = tag.name
        if name == "blockquote":
            outer, self.quotes = self.quote, self.quotes + 1
            self.quote = self.quotes
            self.walk(tag)
            self.flush()
            self.quote = outer
        elif name in HEADINGS:
            self.add_tag("heading", tag)
        elif name in ("ul", "ol", "dl", "menu", "dir"):
            self.add_tag("list", tag)
        elif name == "hr":
            self.blocks.append(Block("rule", "---", ""))
        elif name == "pre":
            self.add_tag("p", tag)
        elif name == "table":
            self.table(tag)
        else:
            self.walk(tag)
            self.flush()

    def table(self, tag: Tag) -> None:
        classes: Any = tag.get("class") or []
        if "tr-caption-container" in classes:
            self.caption_table(tag)
        elif tag.find(["table", "blockquote", "ul", "ol", "img", "h1", "h2", "h3", "h4"]) or \
                tag.find(["td", "th"], colspan=True) or tag.find(["td", "th"], rowspan=True) or \
                len(tag.find_all("tr")) < 2:
            for cell in tag.find_all(["td", "th"]):
                if cell.find_parent("table") is tag:
                    self.walk(cell)
                    self.flush()
        else:
            self.add_tag("table", tag)

    def caption_table(self, tag: Tag) -> None:
        pictures = [c for c in tag.find_all("td") if "tr-caption" not in (c.get("class") or [])]
        captions = [c for c in tag.find_all("td") if "tr-caption" in (c.get("class") or [])]
        wrapper = _factory().new_tag("p")
        for cell in pictures:
            for node in list(cell.children):
                wrapper.append(node.extract())
        for cell in captions:
            if wrapper.contents:
                wrapper.append(BeautifulSoup("", "html.parser").new_tag("br"))
            for node in list(cell.children):
                wrapper.append(node.extract())
        self.add_tag("quote" if self.quote is not None else "p", wrapper)


def _has_break_run(tag: Tag) -> bool:
    """An inline element holding `<br><br>` (a `span` around paragraphs) acts as a block."""
    for br in tag.find_all("br"):
        nxt = br.next_sibling
        while isinstance(nxt, NavigableString) and not nxt.strip():
            nxt = nxt.next_sibling
        if isinstance(nxt, Tag) and nxt.name == "br":
            return True
    return False


def _fix_urls(root: Tag, fix_url: Callable[[str], str]) -> None:
    for tag in root.find_all(["a", "img", "iframe", "embed", "source", "video", "audio"]):
        for attr in ("href", "src"):
            value = tag.get(attr)
            if isinstance(value, str):
                tag[attr] = fix_url(value.strip())


def _images(root: Tag) -> list[ImageRef]:
    refs = []
    for img in root.find_all("img"):
        src = str(img.get("src") or "").strip()
        if not src:
            continue
        link = img.find_parent("a")
        href = str(link.get("href")).strip() if link is not None and link.get("href") else None
        refs.append(ImageRef(src, str(img.get("alt") or "").strip(), href))
    return refs


_PLAIN = re.compile(r"(?:[^<]|<br\s*/?>)*", re.IGNORECASE)
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_BREAK_RUN = re.compile(r"<br\s*/?>(?:\s*<br\s*/?>)+", re.IGNORECASE)
_NEWLINE_SPACE = re.compile(r"[\t \r\n]*[\r\n][\t \r\n]*")
_TAB_SPACE = re.compile(r"[\t ]+")


def _plain_blocks(fragment: str) -> list[Block] | None:
    """The blocks of text that holds no tag but `<br>` (most comments), without parsing.

    The same result as the tree walk (tests/test_htmlmd.py holds the two side by side):
    runs of two or more breaks end a paragraph, one break is a line, and the Markdown is
    markdownify's own text handling (whitespace, escapes) of each line.
    """
    if not _PLAIN.fullmatch(fragment):
        return None
    escape = _converter().escape
    blocks = []
    for paragraph in _BREAK_RUN.split(fragment):
        lines = [html.unescape(part) for part in _BREAK.split(paragraph)]
        text = _collapse("\n".join(lines))
        if not text:
            continue
        markdown = "  \n".join(escape(_TAB_SPACE.sub(" ", _NEWLINE_SPACE.sub("\n", line)), set())
                               for line in lines).strip(" \t\r\n")
        markdown = "\n".join(line.replace("\u00a0", " ").rstrip()
                             for line in markdown.split("\n")).strip()
        blocks.append(Block("p", markdown or text, text))
    return blocks


def convert(fragment: Tag | str, *, fix_url: Callable[[str], str] | None = None) -> Converted:
    """A post body's blocks and images (see the module's docstring)."""
    if isinstance(fragment, str) and fix_url is None:
        plain = _plain_blocks(fragment)
        if plain is not None:
            return Converted(plain, [])
    if isinstance(fragment, str):
        root: Tag = BeautifulSoup(fragment, "html.parser")
    else:
        root = fragment
    if fix_url is not None:
        _fix_urls(root, fix_url)
    images = _images(root)
    walker = _Walker(root)
    walker.walk(root)
    walker.flush()
    return Converted(walker.blocks, images)


# ---------------------------------------------------------------- the dump rules on blocks


def _strip_marker(markdown: str, marker: str) -> str:
    """The note's Markdown after its marker (which may be set in bold or italics)."""
    pattern = re.compile(r"^(\*\*|__|\*|_)?\s*" + re.escape(marker) + r"\s*(\1)?\s*", re.I)
    match = pattern.match(markdown)
    if match:
        return markdown[match.end():]
    index = markdown.lower().find(marker.lower())
    return markdown[index + len(marker):].lstrip() if index >= 0 else markdown


def body_into(post: ParsedPost, blocks: list[Block], markers: re.Pattern[str]) -> None:
    """Fill the post's paragraphs, notes, read-more lines, quotes and sources from blocks.

    The dump rules: a paragraph opening with a marker starts an editor's note, which runs
    over the following paragraphs until a read-more line, a jump break, a source line
    opening a quoted block, or the end; a stand-alone read-more line is recorded, not
    body; a paragraph directly followed by a blockquote is that quote's source line.
    """
    note: ParsedNote | None = None
    quote_start: dict[int, int] = {}
    for k, block in enumerate(blocks):
        first_line = block.text.split("\n", 1)[0]
        if block.kind == "more" or (block.kind == "p" and is_read_more(block.text)):
            note = None
            post.read_more_after.append(len(post.paragraphs))
            # the line as Markdown: a read-more link keeps where it pointed
            post.read_more_lines.append(block.markdown if block.kind == "p" else JUMP_BREAK)
            continue
        opens_quote = (block.kind != "quote" and k + 1 < len(blocks)
                       and blocks[k + 1].kind == "quote")
        if opens_quote and (is_source_line(first_line) or note is not None):
            note = None
        match = markers.match(block.text) if block.kind in ("p", "quote") else None
        if match and not opens_quote:
            note = ParsedNote(match.group("marker"), len(post.paragraphs))
            rest = _strip_marker(block.markdown, match.group("marker"))
            note.paragraphs.append(rest.split("\n") if rest.strip() else [])
            post.notes.append(note)
            continue
        if note is not None and block.kind in ("p", "list", "heading", "table"):
            note.paragraphs.append(block.markdown.split("\n"))
            continue
        note = None
        if opens_quote:
            post.sources.append(len(post.paragraphs) + 1)
        if block.kind == "quote" and block.group is not None:
            start = quote_start.setdefault(block.group, len(post.paragraphs) + 1)
            post.quotes = [q for q in post.quotes if q[0] != start]
            post.quotes.append((start, len(post.paragraphs) + 1))
        post.paragraphs.append(block.markdown.split("\n"))
    for n in post.notes:
        n.paragraphs = [p for p in n.paragraphs if p]
