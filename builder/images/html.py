"""Stored pictures in a rendered page: their site address and their size.

Markdown gives `<img src="images/ab/<hash>.jpg#320x213" ...>` (`builder.markup`,
cached, knows nothing of the site); a page needs the address under the site's
base path and `width`/`height`, so that the layout does not jump while the
picture loads: the size the post showed it at (`#WxH`) or else the picture's own,
read from the stored file.  Links to a stored picture get the site address too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from builder.images.refs import LOCAL
from builder.images.store import Store

_IMG = re.compile(r"<img\b[^>]*>")
_ATTR = re.compile(r'([a-z-]+)="([^"]*)"')
_HREF = re.compile(r'(<a\b[^>]*?\bhref=")(images/[^"#]+)(")')


class PagePictures:
    """Rewrites fragments for one build; a picture missing from the store is a warning."""

    def __init__(self, store: Store, url: Callable[[str], str], warnings: list[str]) -> None:
        self.store, self.url, self.warnings = store, url, warnings
        self.sizes: dict[str, tuple[int, int] | None] = {}

    def _size(self, name: str) -> tuple[int, int] | None:
        if name not in self.sizes:
            self.sizes[name] = self.store.size(name)
            if self.sizes[name] is None and not self.store.has(name):
                self.warnings.append(f"content/{name}: a content file shows this picture, "
                                     "but it is not in the store (run 'archive images')")
        return self.sizes[name]

    def _img(self, match: re.Match[str]) -> str:
        attrs = dict(_ATTR.findall(match[0]))
        found = LOCAL.match(attrs.get("src", ""))
        if found is None:
            return match[0]
        name = attrs["src"].split("#", 1)[0]
        size = (int(found[1]), int(found[2])) if found[1] else self._size(name)
        out = [f'<img src="{self.url(name)}"', f' alt="{attrs.get("alt", "")}"']
        if size is not None:
            out.append(f' width="{size[0]}" height="{size[1]}"')
        out.append(' loading="lazy">')
        return "".join(out)

    def _href(self, match: re.Match[str]) -> str:
        if not LOCAL.match(match[2]):
            return match[0]
        return match[1] + self.url(match[2]) + match[3]

    def localise(self, fragment: str) -> str:
        """The fragment with its stored pictures' site addresses and sizes."""
        if "images/" not in fragment:
            return fragment
        return _HREF.sub(self._href, _IMG.sub(self._img, fragment))
