"""One dump file -> ParsedDump: decode, refuse what is not a blog dump, parse.

A saved HTML page (recognised by its content, whatever its name) is read by
`html_page`; anything else as a text dump by `parse`.

Takes: bytes and the note markers.  Gives: a `ParsedDump` whose `error` is one
of the contract's categories when the dump is refused (then `posts` is empty).
"""

from __future__ import annotations

import re

from builder.split.decode import NOT_A_DUMP, Decoded, decode
from builder.split.html_page import looks_like_html, read_html
from builder.split.parse import not_a_dump_reason, parse_text
from builder.split.records import ParsedDump


def read_dump(data: bytes, file: str, markers: re.Pattern[str]) -> ParsedDump:
    decoded = decode(data)
    if not isinstance(decoded, Decoded):
        return ParsedDump(file, error=decoded.category, detail=decoded.detail, line=decoded.line)
    if looks_like_html(decoded.text):
        return read_html(decoded.text, file, markers)
    reason = not_a_dump_reason(decoded.text)
    if reason:
        return ParsedDump(file, error=NOT_A_DUMP, detail=reason)
    dump = parse_text(decoded.text, markers, file)
    if not dump.posts:
        return ParsedDump(file, error=NOT_A_DUMP,
                          detail="no post structure (no date line, title or comment section)")
    return dump
