"""Compare what split parsed with a ground-truth JSON, as corpus/README.md defines it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from builder.config import DEFAULT_MARKERS
from builder.split.lines import marker_regex
from builder.split.read import read_dump
from builder.split.records import ParsedDump

MARKERS = marker_regex(DEFAULT_MARKERS)


def words(text: str) -> tuple[str, str]:
    w = text.split()
    return " ".join(w[:8]), " ".join(w[-8:])


def as_truth(dump: ParsedDump) -> dict[str, Any]:
    """The parsed dump in the ground truth's shape."""
    if dump.error:
        return {"error": dump.error}
    posts = []
    for post in dump.posts:
        first, last = words(post.body)
        notes = []
        for note in post.notes:
            nf, nl = words(note.body)
            notes.append({"marker": note.marker, "first_words": nf, "last_words": nl})
        comments = []
        for c in post.comments:
            cf, cl = words(c.body)
            comments.append({"author": c.author, "timestamp": c.date, "first_words": cf,
                             "last_words": cl, "parent": c.parent, "removed": c.removed})
        posts.append({
            "date": post.date, "title": post.title, "author": post.author,
            "labels": post.labels, "body_first_words": first, "body_last_words": last,
            "read_more": post.read_more, "editor_notes": notes,
            "comment_count_header": post.comment_count, "comments": comments,
        })
    return {"posts": posts, "boilerplate_lines": dump.dropped}


def parse_file(path: Path) -> dict[str, Any]:
    return as_truth(read_dump(path.read_bytes(), path.name, MARKERS))


def expected(path: Path) -> dict[str, Any]:
    truth = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    if "error" in truth:
        return {"error": truth["error"]}
    return truth


def differences(got: dict[str, Any], want: dict[str, Any], where: str = "") -> list[str]:
    """Field-by-field differences, each as 'path: got X, want Y'."""
    if isinstance(want, dict) and isinstance(got, dict):
        out = []
        for key in sorted(set(want) | set(got)):
            out += differences(got.get(key, "<missing>"), want.get(key, "<missing>"),
                               f"{where}.{key}")
        return out
    if isinstance(want, list) and isinstance(got, list) and not (
        want and not isinstance(want[0], (dict, list))
    ):
        out = []
        if len(want) != len(got):
            out.append(f"{where}: {len(got)} items, want {len(want)}")
        for k, (g, w) in enumerate(zip(got, want, strict=False)):
            out += differences(g, w, f"{where}[{k}]")
        return out
    return [] if got == want else [f"{where}: got {got!r}, want {want!r}"]


def plain_words(markdown_text: str) -> str:
    """The words a reader sees in split's Markdown (pictures add none)."""
    import markdown
    from bs4 import BeautifulSoup

    from builder.split.htmlmd import plain_text

    soup = BeautifulSoup(markdown.markdown(markdown_text), "html.parser")
    for img in soup.find_all("img"):
        img.decompose()
    return plain_text(soup)


def as_html_truth(dump: ParsedDump) -> dict[str, Any]:
    """A saved page or export as parsed, in the shape of the corpus's HTML truth
    (images as src and alt: `full` and `in_mirror` belong to the image store)."""
    if dump.error:
        return {"error": dump.error}
    posts = []
    for post in dump.posts:
        first, last = words(plain_words(post.body))
        notes = []
        for note in post.notes:
            nf, nl = words(plain_words(note.body))
            notes.append({"marker": note.marker, "first_words": nf, "last_words": nl})
        comments = []
        for c in post.comments:
            cf, cl = words(plain_words(c.body))
            comments.append({"id": c.blogger_id, "author": c.author, "timestamp": c.date,
                             "first_words": cf, "last_words": cl, "parent": c.parent,
                             "removed": c.removed})
        posts.append({
            "date": post.date, "title": post.title, "url": post.url, "kind": post.kind,
            "draft": post.draft, "author": post.author, "labels": post.labels,
            "body_first_words": first, "body_last_words": last, "read_more": post.read_more,
            "editor_notes": notes, "comment_count_header": post.comment_count,
            "comments": comments,
            "images": [{"src": i.src, "alt": i.alt} for i in post.images],
        })
    return {"posts": posts, "boilerplate_lines": []}


def expected_html(path: Path) -> dict[str, Any]:
    """The truth of a page or export, images cut to src and alt."""
    truth = expected(path)
    for post in truth.get("posts", []):
        post["images"] = [{"src": i["src"], "alt": i["alt"]} for i in post.get("images", [])]
    return truth
