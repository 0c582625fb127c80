"""The sitemap's files: one `sitemap.xml`, or an index of parts within the protocol's limits.

Takes: the site paths the sitemap lists, in order, and the rule that makes them
absolute URLs.  Gives: the parts, each the paths one `<urlset>` file may hold
(sitemaps.org: at most 50,000 URLs and 50 MB uncompressed a file); a single part
when everything fits, which the plan writes as `sitemap.xml` itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

MAX_URLS = 50_000  # the protocol's limits for one file (tests lower them)
MAX_BYTES = 50 * 1024 * 1024
_FRAME = 200  # bytes of the XML declaration and the <urlset> tags around the entries
_ENTRY = len("<url><loc></loc></url>\n")


def sitemap_parts(paths: Sequence[str], absolute: Callable[[str], str]) -> list[list[str]]:
    """`paths` in order, cut into parts of at most MAX_URLS entries and MAX_BYTES
    (an entry as the template writes it: its URL escaped for XML, a little over
    rather than under).  Near the byte limit, a part may end a little early."""
    parts: list[list[str]] = [[]]
    size = _FRAME
    prefix = _ENTRY + len(absolute(""))
    for path in paths:
        # at most 12 characters a character (4 UTF-8 bytes %-escaped; `&` as `&amp;`):
        # the exact size is worked out only where that bound would not fit
        entry = prefix + 12 * len(path)
        if size + entry > MAX_BYTES:
            entry = _ENTRY + len(escape(absolute(path)).encode("utf-8"))
        if parts[-1] and (len(parts[-1]) >= MAX_URLS or size + entry > MAX_BYTES):
            parts.append([])
            size = _FRAME
        parts[-1].append(path)
        size += entry
    return parts
