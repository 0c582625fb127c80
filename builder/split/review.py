"""`archive split --review`: one self-contained HTML page to check a split by eye.

Takes: the dumps as split (their text, the posts made with their folders, the
dropped lines, the doubts).  Gives: the text of an HTML page that shows each
dump beside what was made of it, the doubtful lines highlighted, every dropped
line listed, and for each doubt a relative link to the content file to edit.
No script, no network, no external file: it opens from disk.  Every dump
string is escaped.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from html import escape
from pathlib import Path
from urllib.parse import quote

from builder.split.files import NamedPost
from builder.split.records import Doubt


@dataclass
class ReviewedDump:
    name: str  # as messages show it (seeds/NAME)
    text: str  # the decoded dump ("" when refused)
    posts: list[NamedPost]
    dropped: list[str]
    error: str | None = None


_CSS = """
body{font:14px/1.4 system-ui,sans-serif;margin:0 1rem 3rem;color:#1b1b1b;background:#fff}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin:2rem 0 .5rem;border-top:2px solid #444;
padding-top:.5rem}h3{font-size:1rem;margin:.8rem 0 .2rem}
.dump{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1rem}
pre{margin:0;white-space:pre-wrap;word-break:break-word;font:12px/1.45 ui-monospace,monospace;
background:#f6f6f6;padding:.4rem;max-height:40rem;overflow:auto}
pre span{display:block}pre span i{color:#777;font-style:normal;user-select:none}
.doubt{background:#ffe08a}.drop{color:#8a8a8a;text-decoration:line-through}
.doubt.drop{text-decoration:none;color:#5a3d00}
.post{border-left:3px solid #4a7;padding-left:.6rem;margin-bottom:.8rem}
.err{color:#a00;font-weight:bold}ul{margin:.2rem 0;padding-left:1.2rem}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.15rem .4rem;text-align:left}
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _href(target: Path, base: Path) -> str:
    return quote(Path(os.path.relpath(target, base)).as_posix())


def doubt_file(named: NamedPost, doubt: Doubt) -> str:
    """The content file (relative to content/) that holds the doubtful line."""
    file = "post.md"
    for k, comment in enumerate(named.post.comments):
        if comment.line and comment.line <= doubt.line:
            file = f"comment-{k + 1}.md"
    return f"{named.folder}/{file}"


def _dump_lines(index: int, dump: ReviewedDump) -> str:
    doubtful = {d.line for n in dump.posts for d in n.post.doubts}
    dropped = set(dump.dropped)
    out = []
    for number, raw in enumerate(dump.text.split("\n"), start=1):
        classes = []
        if number in doubtful:
            classes.append("doubt")
        if raw.strip() and raw.strip() in dropped:
            classes.append("drop")
        attr = f' class="{" ".join(classes)}"' if classes else ""
        out.append(f'<span id="d{index}-l{number}"{attr}><i>{number:>5} </i>{_e(raw)}</span>')
    return "<pre>" + "".join(out) + "</pre>"


def _post(index: int, named: NamedPost, content: Path, base: Path) -> str:
    post = named.post
    link = _href(content / named.folder / "post.md", base)
    facts = [f"date {_e(post.date or 'none')}", f"author {_e(post.author or 'none')}",
             f"{len(post.notes)} note(s)", f"{len(post.comments)} comment(s)",
             f"count {_e(post.comment_count if post.comment_count is not None else 'none')}"]
    words = post.body.split()
    body = " ".join(words[:30]) + (" …" if len(words) > 30 else "")
    parts = [f'<div class="post"><h3>{named.index}. {_e(post.title or "(no title)")}</h3>',
             f'<p><a href="{link}">{_e(named.folder)}/post.md</a> · {" · ".join(facts)}</p>',
             f"<p>{_e(body) or '<em>(empty body)</em>'}</p>"]
    if post.doubts:
        items = []
        for doubt in post.doubts:
            target = doubt_file(named, doubt)
            items.append(
                f'<li class="doubt-item"><a href="#d{index}-l{doubt.line}">line {doubt.line}</a>: '
                f"read as <b>{_e(doubt.chose)}</b>, could be <b>{_e(doubt.other)}</b> — edit "
                f'<a class="edit" href="{_href(content / target, base)}">{_e(target)}</a></li>')
        parts.append(f"<p>Doubts:</p><ul>{''.join(items)}</ul>")
    parts.append("</div>")
    return "".join(parts)


def _section(index: int, dump: ReviewedDump, content: Path, base: Path) -> str:
    head = f'<h2 id="d{index}">{_e(dump.name)}</h2>'
    if dump.error:
        return head + f'<p class="err">refused: {_e(dump.error)}</p>'
    posts = "".join(_post(index, n, content, base) for n in dump.posts)
    dropped = "".join(f"<li>{_e(line)}</li>" for line in dump.dropped)
    right = (f"<div>{posts}<h3>Dropped lines ({len(dump.dropped)})</h3>"
             f'<ul class="dropped">{dropped}</ul></div>')
    return head + f'<div class="dump">{_dump_lines(index, dump)}{right}</div>'


def review_html(dumps: list[ReviewedDump], content: Path, report: Path) -> str:
    """The report's HTML; links are relative to the folder the report is written to."""
    base = report.parent
    doubts = sum(len(n.post.doubts) for d in dumps for n in d.posts)
    rows = []
    for k, dump in enumerate(dumps):
        count = sum(len(n.post.doubts) for n in dump.posts)
        state = _e(dump.error) if dump.error else f"{len(dump.posts)} post(s)"
        rows.append(f'<tr><td><a href="#d{k}">{_e(dump.name)}</a></td><td>{state}</td>'
                    f"<td>{count}</td><td>{len(dump.dropped)}</td></tr>")
    summary = ("<table><tr><th>dump</th><th>made</th><th>doubts</th><th>dropped</th></tr>"
               + "".join(rows) + "</table>")
    sections = "".join(_section(k, d, content, base) for k, d in enumerate(dumps))
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>Split review</title><style>" + _CSS + "</style></head><body>"
        f"<h1>Split review: {len(dumps)} dump(s), {doubts} doubt(s)</h1>"
        "<p>Each dump beside what split made of it. Highlighted lines are doubtful: split "
        "picked one reading over another; check them and edit the linked content file. "
        "Struck-through lines were dropped as site chrome.</p>"
        f"{summary}{sections}</body></html>\n"
    )
