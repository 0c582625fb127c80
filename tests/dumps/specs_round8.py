# ruff: noqa: E501  (the "what" strings are table cells; their length is the data)
"""Ninth batch (801+): one-change variants of the HARDER hand-written dumps (2xx-7xx).

Round 7 varied the public corpus dumps one allowed change at a time; round 8 does the
same to the hand-written dumps that carry the rarer structures (specs_hard.py,
specs_round3..7.py), and joins two of them into one archive page. Each variant is
computed at generation time from the source template (dumpkit parses the same lines it
writes), so the truth cannot drift from the bytes: the source's truth is kept and only
what the one change touches is adjusted (appended chrome lines are merged into
`boilerplate_lines`; a joined page lists both dumps' posts and chrome).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import specs_round7 as r7
from dumpkit import encode, parse
from specs_hard import DUMPS as HARD
from specs_round3 import DUMPS as ROUND3
from specs_round4 import DUMPS as ROUND4
from specs_round5 import DUMPS as ROUND5
from specs_round6 import DUMPS as ROUND6
from specs_round7 import DUMPS as ROUND7T

RAW: list[dict[str, Any]] = []
_SPECS = {s["n"]: s for s in HARD + ROUND3 + ROUND4 + ROUND5 + ROUND6 + ROUND7T}


def load(n: int) -> tuple[str, dict[str, Any]]:
    """A hand-written dump as text (BOM, CR and legacy encodings undone) and its truth."""
    spec = _SPECS[n]
    lines, truth = parse(spec["text"].strip("\n"))
    data = encode(lines, spec.get("encoding", "utf-8"), "\n", True)
    if data.startswith(b"\xff\xfe"):
        text = data[2:].decode("utf-16-le")
    else:
        text = data.removeprefix(b"\xef\xbb\xbf").decode(spec.get("encoding", "utf-8"))
    return text, truth


def raw(n: int, what: str, make: Callable[[], tuple[bytes, dict[str, Any]]]) -> None:
    RAW.append({"n": n, "what": what, "make": make})


def locale_variant(n: int, src: int, loc: str, what: str) -> None:
    def make() -> tuple[bytes, dict[str, Any]]:
        text, truth = load(src)
        return r7.enc(r7.relocale(text, truth, loc)), truth
    raw(n, f"dump {src} with ONE change: {what}", make)


def chrome_after(n: int, src: int, lines: list[str], what: str) -> None:
    def make() -> tuple[bytes, dict[str, Any]]:
        text, truth = load(src)
        truth = copy.deepcopy(truth)
        truth["boilerplate_lines"] = r7._merge(truth["boilerplate_lines"], lines)
        return r7.enc(text.rstrip("\n") + "\n\n" + "\n\n".join(lines) + "\n"), truth
    raw(n, f"dump {src} with ONE change: {what}", make)


def joined(n: int, first: int, second: int, what: str) -> None:
    """Two item pages one after the other (an archive page showing comments), each post
    with its own date line, title, footer and comments."""
    def make() -> tuple[bytes, dict[str, Any]]:
        ta, ra = load(first)
        tb, rb = load(second)
        truth = {"posts": ra["posts"] + rb["posts"],
                 "boilerplate_lines": r7._merge(ra["boilerplate_lines"], rb["boilerplate_lines"])}
        return r7.enc(ta.rstrip("\n") + "\n\n" + tb), truth
    raw(n, f"dump {first} followed by dump {second}: {what}", make)


# -- the generic count header ("a number, a few words and a colon directly before the
#    comments") over every comment rendering the hard dumps carry
locale_variant(801, 222, "people", "`4 comments:` replaced by `4 people had something to say:` over a TAB-indented numbered list with `ReplyDelete` / `Replies` / nested `1.` replies / `Reply`")
locale_variant(802, 346, "people", "`2 comments:` replaced by `2 people had something to say:` after the navigation and `Subscribe to:` chrome, over classic stamped comments")
locale_variant(803, 511, "people", "`2 comments:` replaced by `2 people had something to say:` after the note and the navigation line, over classic stamped comments (a comment holding `Continue reading...`)")
locale_variant(804, 531, "people", "`2 comments:` replaced by `2 people had something to say:` over threaded-copy comments (`<name> <timestamp>` lines)")
locale_variant(805, 613, "people", "`2 comments:` replaced by `2 people had something to say:` on a date-less title-only post, directly over classic comments")
locale_variant(806, 648, "people", "`2 comments:` replaced by `2 people had something to say:` over an indented numbered list")
# -- chrome and joined pages
chrome_after(807, 218, ["Subscribe to: Post Comments (Atom)", "Powered by Blogger."], "chrome appended after one blank line to a page with no blank lines at all (`Read more ....` then a `WNU Editor:` note line)")
joined(808, 218, 346, "a page with no blank lines (read-more line, then a note line) followed, after one blank line, by a classic item page")
joined(809, 654, 419, "margin-level numbered comments (nested reply last) followed directly by the next item page's date line at the margin")
# -- passing representatives
locale_variant(810, 222, "de", "German date line over the TAB-indented numbered list with action lines")
locale_variant(811, 346, "us_short", "classic comment stamp lines in US short form `4/10/17 9:00 PM`")
joined(812, 346, 222, "a classic item page followed by a numbered-list item page")
