"""Where split picked one reading over another: collect, then hand to the posts.

Takes: (line number, chosen reading, other reading) triples noted while a dump
is read, the posts made and the dropped lines.  Gives: each post's `doubts`,
in line order, so that `split --json` and `split --review` can show the few
places a person should look at.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from builder.split.records import Doubt, ParsedPost

# readings, named once (the report and the JSON print them as they are)
TITLE = "title"
BODY = "body text"
CAPTION = "caption in the body"
DATE_LINE = "date line of a new post"
NEW_POST = "start of a new post"
COMMENT_TEXT = "comment text"
COMMENTS = "reader comments"
BODY_LIST = "numbered list in the body"
CHROME = "site chrome (dropped)"
CONTENT = "post content"
AUTHOR_LINE = "comment author line"
PREVIOUS_END = "last line of the previous post"
AUTHOR = "the post's author line"
FOOTER = "footer ending the post"

_PROSE_END = re.compile(r"[.!?…\"”’)]$")


def is_prose(text: str) -> bool:
    """A sentence of running text (eight words or more, ending like a sentence)."""
    return len(text.split()) >= 8 and bool(_PROSE_END.search(text))


def assign(posts: list[ParsedPost], noted: list[tuple[int, str, str]],
           dropped_lines: list[tuple[int, str]]) -> None:
    """Give each doubt to the post whose lines hold it (before the first post: the first).

    `dropped_lines`: (line number, text) of the dropped lines; those that read as prose
    are doubts too (chrome, or content lost).
    """
    if not posts:
        return
    found = {(line, chose): Doubt(line, chose, other) for line, chose, other in noted}
    for line, text in dropped_lines:
        if is_prose(text):
            found.setdefault((line, CHROME), Doubt(line, CHROME, CONTENT))
    starts = [post.line for post in posts]
    for doubt in sorted(found.values(), key=lambda d: (d.line, d.chose)):
        k = max(0, bisect_right(starts, doubt.line) - 1)
        posts[k].doubts.append(doubt)
