# ruff: noqa: E501  (the "what" strings are table cells; their length is the data)
"""Tenth batch (1001+): SINGLE realistic pages made by the random page generator
(`gen10.page(seed)`), kept because the splitter failed them and the README decides their
truth (plus two passing representatives).  The generator writes dumpkit templates, so the
truth is derived from the very lines written; a page's template choices (footer, share
row, title before/after the date, comment rendering, comment stamps) are page-wide as in
Blogger templates.  Fixes: merged into builder/ (docs/dev/split-round10.md).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import gen10
from dumpkit import encode, parse

RAW: list[dict[str, Any]] = []


def _make(seed: int) -> Callable[[], tuple[bytes, dict[str, Any]]]:
    def make() -> tuple[bytes, dict[str, Any]]:
        lines, truth = parse(gen10.page(seed))
        return encode(lines), truth
    return make


def page(n: int, seed: int, what: str) -> None:
    RAW.append({"n": n, "what": f"random page (gen10 seed {seed}): {what}", "make": _make(seed)})


page(1001, 2916, "French item page, title printed over its date line, the body is one hat-tip line `H/T <name>` (body, not a title: README \"Body\"), `0 commentaires:`")
page(1002, 1078, "item page, title over its date line, the body is a `* * *` separator then `Read more ....` (the separator is body, not the title)")
page(1003, 570, "item page, title over its date line, body opens with a `Source: Outlet, headline` line (body, not a title), then a caption")
page(1004, 2542, "scraper copy (no date line): title, then `Source: …` and `* * *` lines as the first body paragraphs, read-more lines")
page(1005, 820, "untitled item page (two blank lines), a date-only caption right after `Read more...`, followed by prose under ONE blank line: caption, not a new post")
page(1006, 1348, "item page: a date-only caption line right after a read-more line, then prose (caption, not a new post)")
page(1008, 940, "item page with a prefixed date line (`<Blog> — <date>:`): the body ends in a numbered list directly over `No comments:` (a body list, not numbered comments)")
page(1009, 2671, "archive page: a post whose body is a numbered list followed by its count header and no comments (the list precedes the header: body)")
page(1010, 1, "passing representative (random single page)")
page(1011, 2, "passing representative (random single page)")
