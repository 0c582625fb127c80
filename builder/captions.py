"""Picture captions and photo credits in a post's body: the one rule that keeps them
out of excerpts and of an untitled post's first words.

Takes: a post's Markdown body (and its source-line paragraphs).  Gives: the body's
paragraphs without source lines and captions.  A line is a caption when it is

- a credit alone: `Photo: Jane Doe`, `Foto: ...`, `Image courtesy of ...`,
  `Credit: ...`, `(c) Reuters`, `© Agency`;
- a line that ends with its credit: `... at the pier. Photo: Reuters`,
  `... on June 2. Credit Halden Post`, `... Meridian Wire photo`, `... – photo by a reader`;
- the alt text of one of the post's pictures;
- a short line right under a picture (10 words at most, or 20 without a final stop:
  Blogger's caption table, `td.tr-caption`, arrives as the line under its picture; so
  does a date caption), not sentences of prose;
- before any prose, a line whose last sentence is an outlet's name alone
  (`... in Moscow on January 28. Press TV`): the caption of a picture the text copy
  lost.

The captions stay in the post itself (they are body text, CONTRACT.md); only lists
leave them out.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from builder.markup import paragraphs, plain_text

_PICTURE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_WORD = (r"(?:photo(?:graph)?s?|fotos?|fotograf[íi]as?|pictures?|images?|credits?|"
         r"cr[ée]dits?(?:\s+photos?)?|bild(?:er)?|imagen|imagem)")
# the credit alone, at the start of a line
_CREDIT_LINE = re.compile(
    rf"^\W{{0,2}}(?:{_WORD}\s*(?::|\bby\b|\bde\b|\bvon\b|\bcourtesy\b)"
    r"|(?:©|\(c\))\s*(?-i:[A-Z0-9])|courtesy\s+of\b)", re.IGNORECASE)
# the credit at the end of a caption: after a sentence or a dash
_CREDIT_END = re.compile(
    rf"(?:[.!?][\"”’)]?\s+|\s[-–—|]\s*|^)(?:{_WORD}(?:\s*:|\s+by\b|\s+courtesy\b|\s+(?-i:[A-Z]))"
    r"|(?:©|\(c\))\s*(?-i:[A-Z0-9]))[^.!?]{0,80}$"
    rf"|[.!?][\"”’)]?\s+[^.!?]{{1,40}}\s{_WORD}\.?$", re.IGNORECASE)
# a sentence of one to four capitalised words, no final stop: an outlet's name
_OUTLET_END = re.compile(r"[.!?][\"”’)]?\s+[A-Z][\w&’'./-]*(?:\s+[A-Z0-9][\w&’'./-]*){0,3}$")
_SPACE = re.compile(r"\s+")
_SENTENCES = re.compile(r"[.!?][\"”’)]?\s+[A-Z]")  # two sentences: prose, not a caption
UNDER_PICTURE_WORDS = 20  # a line without a final stop, or ...
SHORT_WORDS = 10  # ... any line this short (a sentence of prose is longer)
_STOPS = (".", "!", "?", "…", ".\"", ".”", ".)")
CREDIT_WORDS = 12  # a credit alone is short (a long 'Images de la fête ...' line is prose)
MAX_CAPTION_WORDS = 60
MAX_CAPTION_CHARS = 600
_HINTS = ("phot", "fot", "pictur", "imag", "credit", "crédit", "bild", "courtesy", "©", "(c)")
TAIL = 160  # characters at the end of a line where its credit stands


def lead_paragraphs(body: str, sources: Collection[int] = (), count: int = 4) -> list[str]:
    """The body's first `count` paragraphs (Markdown) that a list may quote: without
    the source-line paragraphs (1-based numbers in `sources`) and without caption
    lines; the captions themselves when nothing else is left (pictures alone)."""
    alts = {_norm(alt) for alt in _PICTURE.findall(body) if alt.strip()} if "![" in body else set()
    kept: list[str] = []
    captions: list[str] = []
    under_picture = False
    for number, para in enumerate(paragraphs(body), start=1):
        if number in sources:
            under_picture = False
            continue
        lines: list[str] = []
        for line in para.split("\n"):
            text = _plain(line)
            if not text:
                under_picture = under_picture or bool(_PICTURE.search(line))
                continue
            if is_caption(text, alts, under_picture=under_picture or bool(_PICTURE.search(line)),
                          first=not kept and not lines):
                captions.append(text)
            else:
                lines.append(line)
            under_picture = False
        if lines:
            kept.append("\n".join(lines))
            if len(kept) == count:
                break
    return kept or captions


def is_caption(text: str, alts: Collection[str] = (), *, under_picture: bool = False,
               first: bool = False) -> bool:
    """One line of text (no Markdown) is a picture's caption or credit (module doc)."""
    if len(text) > MAX_CAPTION_CHARS:
        return False
    words = text.split()
    if not words or len(words) > MAX_CAPTION_WORDS:
        return False
    line = " ".join(words)
    tail = line[-TAIL:]  # a credit ends the line: no need to look further back
    if not (under_picture or first or alts) and not any(
            hint in tail.lower() for hint in _HINTS):
        return False  # the quick answer for most lines of prose
    if (alts and _norm(line) in alts) or _CREDIT_END.search(tail) or (
            len(words) <= CREDIT_WORDS and _CREDIT_LINE.search(line)):
        return True
    if under_picture and not _SENTENCES.search(line) and (len(words) <= SHORT_WORDS or (
            len(words) <= UNDER_PICTURE_WORDS and not line.endswith(_STOPS))):
        return True
    return first and _OUTLET_END.search(tail) is not None


def _plain(line: str) -> str:
    """The line's words, Markdown taken off (the excerpts' own rule), never shortened."""
    return plain_text(line, limit=len(line))


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()
