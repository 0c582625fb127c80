"""Markdown images in a content file's body: `![alt](src)` and `[![alt](src)](href)`.

The readers of saved pages and exports write a picture this way (the link when
the page linked the picture to its larger version); hand-written posts may too.
A stored picture is written `images/<2 hex>/<16 hex>.<ext>`, optionally followed
by `#<width>x<height>`, the size the page showed it at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# the name of a stored picture, as content files and pages write it
LOCAL = re.compile(r"^images/[0-9a-f]{2}/[0-9a-f]{16}\.(?:jpg|png|gif|webp|bmp|avif)"
                   r"(?:#(\d{1,5})x(\d{1,5}))?$")
_ALT = r"(?:\\.|[^\]\\\n])*"
_URL = r"<[^>\n]*>|[^\s()<>]+"
_TITLE = r"""(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?"""
_IMAGE = rf"!\[(?P<alt>{_ALT})\]\(\s*(?P<src>{_URL}){_TITLE}\s*\)"
IMAGE = re.compile(rf"(?P<open>\[\s*)?{_IMAGE}(?(open)\s*\]\(\s*(?P<href>{_URL}){_TITLE}\s*\))")


@dataclass(frozen=True, slots=True)
class Ref:
    """One picture of a body: what it shows and where each address stands."""

    alt: str
    src: str
    href: str | None
    src_span: tuple[int, int]
    href_span: tuple[int, int] | None
    line: int  # 1-based, within the body

    @property
    def local(self) -> bool:
        return LOCAL.match(self.src) is not None


def _address(match: re.Match[str], group: str) -> tuple[str, tuple[int, int]]:
    value, (start, end) = match[group], match.span(group)
    if value.startswith("<"):
        return value[1:-1], (start + 1, end - 1)
    return value, (start, end)


def find(body: str) -> list[Ref]:
    """Every picture of a body, in order."""
    refs = []
    for match in IMAGE.finditer(body):
        src, src_span = _address(match, "src")
        href: str | None = None
        href_span = None
        if match["href"] is not None:
            href, href_span = _address(match, "href")
        alt = re.sub(r"\\(.)", r"\1", match["alt"])
        refs.append(Ref(alt, src, href, src_span, href_span,
                        body.count("\n", 0, match.start()) + 1))
    return refs


def replace(body: str, changes: dict[tuple[int, int], str]) -> str:
    """The body with each (start, end) span replaced by its new text."""
    out, last = [], 0
    for (start, end), text in sorted(changes.items()):
        out.append(body[last:start])
        out.append(text)
        last = end
    out.append(body[last:])
    return "".join(out)
