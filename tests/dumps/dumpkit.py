"""Tagged-line templates -> (dump bytes, ground truth), for the hand-written test dumps.

Each dump is written as a template: one template line per dump line, ``TAG|raw``, where
``raw`` is the exact dump line and ``TAG`` says what the line is, so the truth is derived
from the very text that is written (first/last words cannot drift from the dump).

Tags (``[..]`` holds ``;``-separated arguments):

    (empty line)          blank line
    |raw                  whitespace-only line (raw must be blank after strip())
    x|raw                 chrome line -> boilerplate_lines (stripped)
    d[YYYY-MM-DD]|raw     date line: governs the next posts; a post that so far has only
                          its title gets it too (title printed before its date line)
    t|raw                 title line: starts a post, title = raw.strip()
    @post                 (no output) starts a post without a title line
    b|raw                 body words
    r|raw                 stand-alone read-more line (read_more = true, no words)
    n[marker]|raw         editor note starts; raw.strip() starts with marker; words after it
    m|raw                 editor note continues
    p[author;count;date]|raw  "Posted by" footer (count optional: one-line footer with count;
                          date: the footer prints the post's date and no date line governs)
    l|raw                 labels line: labels = text after the first ':' split on ','
    l[a;b]|raw            another engine's labels line (`Posted in a`, `Tagged: a, b`): adds a, b
    h[N]|raw              comment count header
    c[author;ts;parent]|raw     comment starts; the line itself carries no body words
    k[author;ts;parent;skip]|raw  comment starts; its words after `skip` words are body
    w|raw                 comment body words
    s|raw                 structural line without words and not chrome (timestamp lines)
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

NOTICES = (
    "This comment has been removed by the author.",
    "This comment has been removed by a blog administrator.",
)
TAG_RE = re.compile(r"^([a-z@]*)(?:\[(.*?)\])?\|(.*)$", re.S)


def ends(words: list[str]) -> tuple[str, str]:
    """First and last 8 words joined by single spaces (README "Words")."""
    return " ".join(words[:8]), " ".join(words[-8:])


@dataclass
class Comment:
    author: str
    timestamp: str | None
    parent: int | None
    words: list[str] = field(default_factory=list)

    def truth(self) -> dict[str, Any]:
        first, last = ends(self.words)
        removed = " ".join(self.words) in NOTICES
        return {"author": self.author, "timestamp": self.timestamp,
                "first_words": first, "last_words": last,
                "parent": self.parent, "removed": removed}


@dataclass
class Note:
    marker: str
    words: list[str] = field(default_factory=list)

    def truth(self) -> dict[str, Any]:
        first, last = ends(self.words)
        return {"marker": self.marker, "first_words": first, "last_words": last}


@dataclass
class Post:
    date: str | None
    title: str
    author: str | None = None
    labels: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    read_more: bool = False
    notes: list[Note] = field(default_factory=list)
    count: int | None = None
    comments: list[Comment] = field(default_factory=list)
    touched: bool = False  # anything after the title yet?

    def truth(self) -> dict[str, Any]:
        first, last = ends(self.body)
        return {"date": self.date, "title": self.title, "author": self.author,
                "labels": self.labels, "body_first_words": first,
                "body_last_words": last, "read_more": self.read_more,
                "editor_notes": [n.truth() for n in self.notes],
                "comment_count_header": self.count,
                "comments": [c.truth() for c in self.comments]}


def _args(raw: str | None) -> list[str]:
    return [] if raw is None else raw.split(";")


def _opt(args: list[str], i: int) -> str | None:
    return args[i] if len(args) > i and args[i] != "" else None


def parse(template: str) -> tuple[list[str], dict[str, Any]]:
    """Turn a template into (dump lines, truth dict)."""
    lines: list[str] = []
    posts: list[Post] = []
    chrome: list[str] = []
    date: str | None = None
    post: Post | None = None
    note: Note | None = None
    comment: Comment | None = None
    for n, tline in enumerate(template.split("\n"), 1):
        if tline == "":
            lines.append("")
            continue
        if tline == "@post":
            post = Post(date, "")
            posts.append(post)
            note = comment = None
            continue
        m = TAG_RE.match(tline)
        if not m:
            raise ValueError(f"template line {n}: no tag: {tline!r}")
        tag, argstr, raw = m.groups()
        args = _args(argstr)
        lines.append(raw)
        where = f"template line {n} ({tline!r})"
        if tag == "":
            assert raw.strip() == "", where
            continue
        if tag == "x":
            s = raw.strip()
            if s not in chrome:
                chrome.append(s)
            note = None
            continue
        if tag == "d":
            date = args[0]
            if post is not None and not post.touched and post.date != date:
                post.date = date  # title printed before its date line
            if _opt(args, 1) is not None and post is not None:
                post.count = int(args[1])  # `05-Jul-2008 (4 comments)`
            continue
        if tag == "t":
            post = Post(date, raw.strip())
            posts.append(post)
            note = comment = None
            continue
        assert post is not None, where
        post.touched = True
        words = raw.split()
        if tag == "b":
            assert comment is None, where
            post.body += words
            note = None
        elif tag == "r":
            post.read_more = True
            note = None
        elif tag == "n":
            marker = args[0]
            assert raw.strip().startswith(marker), where
            note = Note(marker, raw.strip()[len(marker):].split())
            post.notes.append(note)
        elif tag == "m":
            assert note is not None, where
            note.words += words
        elif tag == "p":
            post.author = args[0]
            if _opt(args, 1) is not None:
                post.count = int(args[1])
            if _opt(args, 2) is not None and post.date is None:
                post.date = args[2]  # the footer's own date, on a page without date lines
            note = None
        elif tag == "l" and args:  # another engine's footer (`Posted in A`): labels given
            post.labels += args
        elif tag == "l":
            post.labels = [s.strip() for s in raw.split(":", 1)[1].split(",")]
            note = None
        elif tag == "h":
            post.count = int(args[0])
            note = None
        elif tag in ("c", "k"):
            parent = _opt(args, 2)
            comment = Comment(args[0], _opt(args, 1), None if parent is None else int(parent))
            if comment.parent is not None:
                assert post.comments[comment.parent].parent is None, where
            if tag == "k":
                comment.words = words[int(_opt(args, 3) or 0):]
            post.comments.append(comment)
            note = None
        elif tag == "w":
            assert comment is not None, where
            comment.words += words
        elif tag == "s":
            pass
        else:
            raise ValueError(f"{where}: unknown tag {tag!r}")
    truth = {"posts": [p.truth() for p in posts], "boilerplate_lines": chrome}
    return lines, truth


def encode(lines: list[str], encoding: str = "utf-8", newline: str = "\n",
           final_newline: bool = True) -> bytes:
    text = newline.join(lines) + (newline if final_newline else "")
    # "utf-16" means little-endian with a byte-order mark
    if encoding == "utf-16":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    elif encoding == "utf-16-be":  # big-endian with a byte-order mark
        data = b"\xfe\xff" + text.encode("utf-16-be")
    else:
        data = text.encode(encoding)
    if encoding == "cp1252":
        assert data.decode("cp1252") == text
    return data


def file_stem(number: int, data: bytes) -> str:
    return f"{number:03d}_{hashlib.sha256(data).hexdigest()[:16]}"


def dumps_json(truth: dict[str, Any]) -> str:
    return json.dumps(truth, ensure_ascii=False, indent=2) + "\n"
