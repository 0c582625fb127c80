# ruff: noqa: E501  (the "what" strings are table cells; their length is the data)
"""Ninth batch (901+): joins under a SHARED date line, joins of 3-5 dumps, and one-change
mutations round 8 did not try (blank lines removed inside one post, trailing NBSP on
structural lines, `said…` for `said...`).

Unlike round 8, the variants are made on the tagged TEMPLATES (dumpkit), not on the
written text: the changed template is parsed by dumpkit as usual, so the truth is
re-derived from the very lines written (a post that loses its date line gets the date
of the line above it, README "several posts per day").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from dumpkit import TAG_RE, encode, parse
from specs_hard import DUMPS as HARD
from specs_posts import DUMPS as POSTS
from specs_round3 import DUMPS as ROUND3
from specs_round4 import DUMPS as ROUND4
from specs_round5 import DUMPS as ROUND5
from specs_round6 import DUMPS as ROUND6
from specs_round7 import DUMPS as ROUND7T

RAW: list[dict[str, Any]] = []
_SPECS = {s["n"]: s for s in POSTS + HARD + ROUND3 + ROUND4 + ROUND5 + ROUND6 + ROUND7T}


def _lines(n: int) -> list[str]:
    return str(_SPECS[n]["text"]).strip("\n").split("\n")


def _tag(line: str) -> str:
    if line in ("", "@post"):
        return line
    m = TAG_RE.match(line)
    assert m, line
    return m.group(1)


def _join(parts: list[list[str]], shared: list[bool]) -> list[str]:
    """Template lines of one archive page: each part loses the chrome at the seam (the
    first part's trailing chrome, the next part's leading chrome); a part with shared=True
    also loses its first date line, so its first post is of the day printed above."""
    out: list[str] = []
    for i, part in enumerate(parts):
        p = list(part)
        if i < len(parts) - 1:
            while p and _tag(p[-1]) in ("", "x"):
                p.pop()
        if i > 0:
            while p and _tag(p[0]) in ("", "x"):
                p.pop(0)
            if shared[i]:
                assert _tag(p[0]) == "d", p[0]
                p.pop(0)
                while _tag(p[0]) == "":
                    p.pop(0)
                assert _tag(p[0]) == "t", p[0]
            out.append("")
        out += p
    return out


def _make(template: list[str]) -> Callable[[], tuple[bytes, dict[str, Any]]]:
    def make() -> tuple[bytes, dict[str, Any]]:
        lines, truth = parse("\n".join(template))
        return encode(lines), truth
    return make


def _raw(n: int, what: str, template: list[str]) -> None:
    RAW.append({"n": n, "what": what, "make": _make(template)})


def joined(n: int, sources: list[int], shared: list[bool], what: str) -> None:
    seams = " + ".join(f"{s}" + (" (shared date line)" if sh else "") for s, sh in zip(sources, shared, strict=True))
    _raw(n, f"one archive page: {seams}: {what}", _join([_lines(s) for s in sources], shared))


def no_blank_in_post(n: int, src: int, post: int, what: str) -> None:
    """The blank lines between the body paragraphs of ONE post (0-based) removed."""
    p = _lines(src)
    def post_of(i: int) -> int:
        return sum(1 for line in p[:i] if _tag(line) in ("t", "@post")) - 1
    drop = {i for i in range(1, len(p) - 1)
            if p[i] == "" and _tag(p[i - 1]) == "b" and _tag(p[i + 1]) == "b" and post_of(i) == post}
    assert drop
    _raw(n, f"dump {src} with ONE change: {what}", [line for i, line in enumerate(p) if i not in drop])


STRUCTURAL = ("d", "t", "c", "k", "h", "p", "l", "x", "s", "r")


def trailing(n: int, src: int, pad: str, what: str) -> None:
    """`pad` appended to every structural line (date, title, said-line, count header,
    footer, chrome/action, timestamp and read-more lines)."""
    p = [line + pad if _tag(line) in STRUCTURAL else line for line in _lines(src)]
    _raw(n, f"dump {src} with ONE change: {what}", p)


def ellipsis(n: int, src: int, what: str) -> None:
    p = [re.sub(r" said\.\.\.$", " said…", line) if _tag(line) in ("c", "k") else line
         for line in _lines(src)]
    assert p != _lines(src)
    _raw(n, f"dump {src} with ONE change: {what}", p)


# -- failing on main (4a88436)
joined(901, [323, 213], [False, True], "a post of the same day follows the numbered comments (`ReplyDelete` after each) with NO date line of its own: title, source line, body, `Posted by`, `No comments:`")
joined(902, [512, 213], [False, True], "as 901 after a different numbered-comment page: the next post of the same day has no date line")
joined(903, [308, 346], [False, True], "header-less classic comments (the last one without a timestamp) followed by a post of the same day with no date line: title, body, `Posted by`, `Labels:`, `2 comments:`, classic comments")
no_blank_in_post(904, 111, 1, "footerless archive: the second post's body printed without blank lines (title over a source line, body, a second source line, body), the other posts unchanged")
joined(909, [308, 642], [False, True], "as 903, but the next post of the same day prints a one-line footer carrying its count (`Posted by ... 2 comments: Links to this post`) over numbered comments")
no_blank_in_post(910, 111, 2, "footerless archive: the third post's body printed without blank lines (title, then caption, source line and prose in one block), the other posts unchanged")
no_blank_in_post(911, 326, 1, "footerless page with classic comments: the post after the comments printed without blank lines in its body (title, then source line and prose in one block)")
joined(912, [617, 533], [False, True], "stamped classic comments, then a post of the same day with no date line whose whole body is `Enough said...` right over its `Posted by` footer")
# -- passing representatives
joined(905, [222, 346, 213, 308], [False, True, False, True], "four pages mixed: numbered comments with action lines, classic stamped comments, numbered `ReplyDelete`, header-less classic; two seams share the date line")
trailing(906, 346, "\u00a0", "an NBSP after every structural line (date, title, `Posted by`, `Labels:`, count header, said-lines, stamps, chrome)")
ellipsis(907, 346, "every ` said...` of a said-line printed ` said…` (one ellipsis character)")
trailing(908, 222, " \u00a0", "a space and an NBSP after every structural line of a TAB-indented numbered list with `ReplyDelete` / `Replies` / `Reply`")
