"""One input file -> ParsedDump: a Blogger export, a saved HTML page or a text dump.

Takes: a path (or bytes) and the note markers.  Gives: a `ParsedDump` whose
`error` is one of the contract's categories when the input is refused (then
`posts` is empty).  Inputs are told apart by their content, never by their name:
an Atom `<feed>` is an export (read as a stream, `export`), a saved page is read
by `html_page`, anything else as a text dump by `parse`.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

from builder.split.decode import NOT_A_DUMP, Decoded, decode
from builder.split.export import SPOOL_FROM, read_export
from builder.split.export_xml import looks_like_feed
from builder.split.html_page import looks_like_html, read_html
from builder.split.parse import not_a_dump_reason, parse_text
from builder.split.records import ParsedDump

HEAD = 65536  # bytes read to tell an export from a dump


def read_dump(data: bytes, file: str, markers: re.Pattern[str]) -> ParsedDump:
    if looks_like_feed(data[:HEAD]):
        return read_export(io.BytesIO(data), file, markers)
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


def read_path(path: Path, file: str, markers: re.Pattern[str],
              progress: Callable[[int, int], None] | None = None, *,
              stream: bool = False) -> ParsedDump:
    """Like read_dump, but an export is read from disk as it is parsed.

    progress(bytes read, bytes in all) is called as an export is read.  With stream, a
    big export's posts are not in `posts` but come back one at a time from
    `each_post()` (bounded memory however big): only for a caller that reads them so.
    """
    with path.open("rb") as source:
        if looks_like_feed(source.read(HEAD)):
            source.seek(0)
            size = path.stat().st_size
            tick = (lambda: progress(source.tell(), size)) if progress else None
            return read_export(source, file, markers, tick, spool=stream and size >= SPOOL_FROM)
    return read_dump(path.read_bytes(), file, markers)
