"""A synthetic Blogger export for benchmarks: N posts and about 6N comments in one file.

Takes: an output file, a post count, a mean comment count per post and a seed.
Gives: a legacy export ("Settings > Back up content": Atom entries typed by
`kind#template`, `kind#settings`, `kind#post`, `kind#comment` categories, one
line per entry as Blogger writes it) or, with `--takeout`, a Google Takeout
`feed.atom` (`blogger:type`, `blogger:parent`, `blogger:inReplyTo`, ...).
The posts, notes and comments are the ones benchmarks/generate.py invents (same
seed, same words); replies answer a top-level comment of their post; comments
come after all posts, newest first, as in a real export.  A manifest
`<file>.manifest.json` beside it gives the totals.

    python benchmarks/gen_export.py OUT.xml [--posts 10000] [--comments 6] [--seed 1] [--takeout]
        [--manifest FILE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from pathlib import Path
from typing import IO
from xml.sax.saxutils import escape, quoteattr

sys.path.insert(0, str(Path(__file__).parent))

from generate import Generator, Post, slug

BLOG = "7301234567890123456"
HOST = "https://synthetic-archive.blogspot.com"
OWNER = ("WNU Editor", "https://www.blogger.com/profile/01980236859601789768")
KIND = "http://schemas.google.com/blogger/2008/kind#"
SETTINGS = 48


def stamp(when: dt.datetime, offset: str = "-07:00") -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}{offset}"


def body_html(post: Post) -> str:
    parts = [escape(p) for p in post.body]
    if post.read_more and parts:
        parts.insert(min(2, len(parts)), '<a name="more"></a>')
    for marker, paragraphs in post.notes:
        parts.append(f"<b>{escape(marker)}</b> " + "<br /><br />".join(map(escape, paragraphs)))
    return "<br /><br />".join(parts)


def _author(name: str, uri: str | None) -> str:
    link = f"<uri>{escape(uri)}</uri>" if uri else ""
    return f"<author><name>{escape(name)}</name>{link}<email>noreply@blogger.com</email></author>"


def legacy_post(pid: str, post: Post, when: dt.datetime, url: str) -> str:
    labels = "".join(f"<category scheme='http://www.blogger.com/atom/ns#' term={quoteattr(x)}/>"
                     for x in post.labels)
    return (f"<entry><id>tag:blogger.com,1999:blog-{BLOG}.post-{pid}</id>"
            f"<published>{stamp(when)}</published><updated>{stamp(when)}</updated>"
            f"<category scheme='http://schemas.google.com/g/2005#kind' term='{KIND}post'/>"
            f"{labels}<title type='text'>{escape(post.title)}</title>"
            f"<content type='html'>{escape(body_html(post))}</content>"
            f"<link rel='alternate' type='text/html' href={quoteattr(url)} title=''/>"
            f"{_author(*OWNER)}<thr:total>{len(post.comments)}</thr:total></entry>\n")


def legacy_comment(pid: str, cid: str, parent: str | None, author: str, uri: str | None,
                   when: dt.datetime, html: str, url: str) -> str:
    related = (f"<link rel='related' type='application/atom+xml' href='https://www.blogger.com/"
               f"feeds/{BLOG}/{pid}/comments/default/{parent}'/>" if parent else "")
    return (f"<entry><id>tag:blogger.com,1999:blog-{BLOG}.post-{cid}</id>"
            f"<published>{stamp(when)}</published><updated>{stamp(when)}</updated>"
            f"<category scheme='http://schemas.google.com/g/2005#kind' term='{KIND}comment'/>"
            f"<title type='text'></title><content type='html'>{escape(html)}</content>"
            f"<link rel='alternate' type='text/html' href={quoteattr(url + '#c' + cid)}/>"
            f"{related}{_author(author, uri)}"
            f"<thr:in-reply-to href={quoteattr(url)} ref='tag:blogger.com,1999:blog-{BLOG}."
            f"post-{pid}' type='text/html'/></entry>\n")


def takeout_post(pid: str, post: Post, when: dt.datetime, path: str) -> str:
    labels = "".join(f"<category scheme='tag:blogger.com,1999:blog-{BLOG}' term={quoteattr(x)}/>"
                     for x in post.labels)
    return (f"<entry><id>tag:blogger.com,1999:blog-{BLOG}.post-{pid}</id>"
            f"<blogger:type>POST</blogger:type><blogger:status>LIVE</blogger:status>"
            f"{_author(*OWNER)}<title>{escape(post.title)}</title>"
            f"<content type='html'>{escape(body_html(post))}</content>"
            f"<published>{stamp(when)}</published>{labels}"
            f"<blogger:filename>{escape(path)}</blogger:filename></entry>\n")


def takeout_comment(pid: str, cid: str, parent: str | None, author: str, uri: str | None,
                    when: dt.datetime, html: str, url: str) -> str:
    reply = f"tag:blogger.com,1999:blog-{BLOG}.post-{parent}" if parent else ""
    return (f"<entry><id>tag:blogger.com,1999:blog-{BLOG}.post-{cid}</id>"
            f"<blogger:parent>tag:blogger.com,1999:blog-{BLOG}.post-{pid}</blogger:parent>"
            f"<blogger:inReplyTo>{reply}</blogger:inReplyTo><blogger:type>COMMENT</blogger:type>"
            f"<blogger:status>LIVE</blogger:status>{_author(author, uri)}"
            f"<content type='html'>{escape(html)}</content>"
            f"<published>{stamp(when)}</published></entry>\n")


def header(takeout: bool) -> str:
    if takeout:
        return ("<?xml version='1.0' encoding='utf-8'?>\n<feed xmlns='http://www.w3.org/2005/Atom'"
                " xmlns:blogger='http://schemas.google.com/blogger/2018'>"
                f"<id>tag:blogger.com,1999:blog-{BLOG}</id><title>Synthetic Archive</title>\n")
    settings = "".join(
        f"<entry><id>tag:blogger.com,1999:blog-{BLOG}.settings.SETTING_{k}</id>"
        f"<category scheme='http://schemas.google.com/g/2005#kind' term='{KIND}settings'/>"
        f"<title type='text'>Setting {k}</title><content type='text'>value {k}</content></entry>\n"
        for k in range(SETTINGS))
    return ("<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom' "
            "xmlns:thr='http://purl.org/syndication/thread/1.0' "
            "xmlns:app='http://purl.org/atom/app#'>"
            f"<id>tag:blogger.com,1999:blog-{BLOG}.archive</id>"
            f"<title type='text'>Synthetic Archive</title>{_author(*OWNER)}\n"
            f"<entry><id>tag:blogger.com,1999:blog-{BLOG}.layout</id>"
            f"<category scheme='http://schemas.google.com/g/2005#kind' term='{KIND}template'/>"
            f"<title type='text'>Template</title><content type='text'>&lt;html/&gt;</content>"
            f"</entry>\n{settings}")


def generate(out: Path, posts: int, comments: float, seed: int, takeout: bool) -> dict[str, int]:
    gen = Generator(seed)
    post_entry = takeout_post if takeout else legacy_post
    comment_entry = takeout_comment if takeout else legacy_comment
    counts = {"posts": 0, "comments": 0, "replies": 0}
    ids = iter(range(10**17, 10**18, 7919))
    with out.open("w", encoding="utf-8") as f, \
            tempfile.TemporaryFile("w+", encoding="utf-8") as tail:
        f.write(header(takeout))
        for _ in range(posts):
            day = gen.some_date()
            post = gen.news_post(day) if gen.rng.random() < 0.7 else gen.plain_post(day, "en")
            post.labels = gen.rng.sample(["Valdoria", "Morvania", "Helm Sea", "drones, UAVs",
                                          "Ostrel dam", "Mañana Line", "video"], 2)
            n = int(gen.rng.expovariate(1 / comments) + 0.5) if comments else 0
            post.comments = gen.comments(min(n, int(comments * 8) + 1), day, "en", threads=True)
            pid = str(next(ids))
            when = dt.datetime.combine(day, dt.time(gen.rng.randrange(24), gen.rng.randrange(60)))
            path = f"/{day:%Y/%m}/{slug(post.title)[:40] or 'post'}.html"
            f.write(post_entry(pid, post, when, path if takeout else HOST + path))
            counts["posts"] += 1
            _comments(tail, comment_entry, pid, post, HOST + path, ids, counts, gen)
        tail.seek(0)
        for line in tail:
            f.write(line)
        f.write("</feed>\n")
    return counts


def _comments(tail: IO[str], entry: object, pid: str, post: Post, url: str, ids: object,
              counts: dict[str, int], gen: Generator) -> None:
    cids = [str(next(ids)) for _ in post.comments]  # type: ignore[call-overload]
    for k, c in reversed(list(enumerate(post.comments))):  # newest first
        parent = cids[c.parent] if c.parent is not None else None
        uri = OWNER[1] if c.author == OWNER[0] else (
            None if c.author == "Anonymous" else f"https://www.blogger.com/profile/{k}{pid[:8]}")
        html = "<br /><br />".join(escape(p) for p in c.body)
        when = c.when or dt.datetime(2010, 1, 1)
        tail.write(entry(pid, cids[k], parent, c.author, uri, when, html, url))  # type: ignore[operator]
        counts["comments"] += 1
        counts["replies"] += parent is not None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--posts", type=int, default=10000)
    ap.add_argument("--comments", type=float, default=6)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--takeout", action="store_true")
    ap.add_argument("--manifest", type=Path, help="default: OUT.manifest.json beside OUT")
    args = ap.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    counts = generate(args.out, args.posts, args.comments, args.seed, args.takeout)
    counts["bytes"] = args.out.stat().st_size
    manifest = args.manifest or args.out.with_name(args.out.name + ".manifest.json")
    manifest.write_text(json.dumps(counts) + "\n", encoding="utf-8")
    print(json.dumps(counts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
