"""Synthetic saved Blogger item pages for benchmarks: one page of about 80 kB per post.

Takes: an output folder, a post count, a mean comment count and a seed.  Gives:
`NNNNN_<16 hex of sha256>.html` item pages made from the same synthetic posts as
benchmarks/generate.py (same seed, same posts), each rendered as Blogger's Minima
template renders an item page: navbar, header, the post (caption picture, source
line, quoted paragraphs, read-more link, editor's note, labels, share buttons), its
comments (half the pages classic `dl#comments-block`, half threaded `li.comment` with
replies), the comment form, a sidebar (search, profile, popular posts, a long archive
list, labels), the skin's CSS and the widget scripts; and a manifest beside the
folder with the totals.

    python benchmarks/gen_html.py OUT_DIR [--posts 10000] [--comments 6] [--seed 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import sys
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate

BLOG = "https://lighthouse-road-notes.blogspot.com"
TARGET_BYTES = 80_000


def _css(rng: random.Random) -> str:
    rules = []
    for k in range(420):
        rules.append(f".widget-{k} .item-{rng.randrange(999)} {{ margin: {k % 7}px 0; "
                     f"padding: {k % 5}px; color: #{rng.randrange(16 ** 6):06x}; }}")
    return "\n".join(rules)


def _script(rng: random.Random) -> str:
    calls = [f"_WidgetManager._RegisterWidget('_Widget{k}View', new _WidgetInfo('Widget{k}', "
             f"'sidebar', document.getElementById('Widget{k}'), {{}}, 'displayModeFull'));"
             for k in range(60)]
    data = ", ".join(f"'key{k}': '{rng.randrange(10 ** 12)}'" for k in range(120))
    return "\n".join(["_WidgetManager._Init('//www.blogger.com/rearrange?blogID=1');",
                      f"_WidgetManager._SetDataContext([{{'data': {{{data}}}}}]);", *calls])


def _sidebar(rng: random.Random, titles: list[str]) -> str:
    links = "\n".join(f"<li><a href='{BLOG}/2016/{1 + k % 12:02d}/post-{k}.html'>"
                      f"{escape(t)}</a></li>" for k, t in enumerate(titles))
    popular = "\n".join(f"<li><div class='item-title'><a href='{BLOG}/p{k}.html'>{escape(t)}"
                        f"</a></div><div class='item-snippet'>{escape(t)} ...</div></li>"
                        for k, t in enumerate(titles[:10]))
    return f"""<div id='sidebar-wrapper'><div class='sidebar section' id='sidebar'>
<div class='widget BlogSearch' id='BlogSearch1'><h2 class='title'>Search This Blog</h2>
<form action='{BLOG}/search'><input name='q' type='text'/></form></div>
<div class='widget Profile' id='Profile1'><h2>About Me</h2><a href='https://www.blogger.com/profile/1'>
Morag Tulloch</a></div>
<div class='widget PopularPosts' id='PopularPosts1'><h2>Popular Posts</h2><ul>{popular}</ul></div>
<div class='widget BlogArchive' id='BlogArchive1'><h2>Blog Archive</h2>
<ul class='hierarchy'><li class='archivedate expanded'><ul class='posts'>{links}</ul></li>
</ul></div>
<div class='widget Label' id='Label1'><h2>Labels</h2><ul>
{"".join(f"<li><a href='{BLOG}/search/label/l{k}'>label {k}</a> (3)</li>" for k in range(40))}
</ul></div></div></div>"""


def _when(t: dt.datetime | None) -> str:
    return f"{t:%B} {t.day}, {t.year} at {generate.clock12(t)}" if t else ""


def _classic(post: generate.Post, url: str) -> str:
    parts = []
    for k, c in enumerate(post.comments):
        cid = 1000000000 + k
        body = ("<span class='deleted-comment'>" + escape(c.body[0]) + "</span>" if c.removed
                else "<p>" + "<br /><br />".join(escape(p) for p in c.body) + "</p>")
        parts.append(f"""<dt class='comment-author' id='c{cid}'><a name='c{cid}'></a>
<div class="avatar-image-container"><img src="//resources.blogblog.com/img/blank.gif" alt=""></div>
<a href='https://www.blogger.com/profile/{cid}' rel='nofollow'>{escape(c.author)}</a>
said...</dt><dd class='comment-body' id='Blog1_cmt-{cid}'>{body}</dd>
<dd class='comment-footer'><span class='comment-timestamp'><a href='{url}?showComment=1#c{cid}'
title='comment permalink'>{_when(c.when)}</a><span class='item-control blog-admin'>
<a class='comment-delete' href='https://www.blogger.com/delete-comment.g?postID={cid}'>
<img src='https://resources.blogblog.com/img/icon_delete13.gif'/></a></span></span></dd>""")
    return "<dl class='avatar-comment-indent' id='comments-block'>" + "".join(parts) + "</dl>"


def _threaded(post: generate.Post, url: str) -> str:
    def one(k: int, c: generate.Comment, replies: str) -> str:
        cid = 2000000000 + k
        body = ("<span class='deleted-comment'>" + escape(c.body[0]) + "</span>" if c.removed
                else "<br><br>".join(escape(p) for p in c.body))
        return (f'<li class="comment" id="c{cid}"><div class="avatar-image-container"><img '
                f'src="//resources.blogblog.com/img/blank.gif" alt=""/></div>'
                f'<div class="comment-block"><div class="comment-header"><cite class="user">'
                f'<a href="https://www.blogger.com/profile/{cid}" rel="nofollow">'
                f'{escape(c.author)}</a></cite><span class="icon user"></span>'
                f'<span class="datetime secondary-text"><a rel="nofollow" href="{url}?'
                f'showComment=1#c{cid}">{_when(c.when)}</a></span></div>'
                f'<p class="comment-content">'
                f'{body}</p><span class="comment-actions secondary-text"><a class="comment-reply" '
                f'target="_self">Reply</a></span></div><div class="comment-replies"><div '
                f'class="comment-thread inline-thread"><ol id="c{cid}-ra" class="thread-chrome">'
                f'<div>{replies}</div></ol></div></div></li>')
    tops = []
    for k, c in enumerate(post.comments):
        if c.parent is None:
            replies = "".join(one(r, post.comments[r], "") for r in range(len(post.comments))
                              if post.comments[r].parent == k)
            tops.append(one(k, c, replies))
    return ('<div class="comment-thread toplevel-thread"><ol id="top-ra">' + "".join(tops)
            + '</ol><div class="loadmore hidden"><a target="_self">Load more...</a></div></div>')


def page(post: generate.Post, n: int, rng: random.Random, css: str, script: str,
         sidebar: str) -> str:
    d = post.date or dt.date(2016, 1, 1)
    url = f"{BLOG}/{d.year}/{d.month:02d}/post-{n}.html"
    picture = ("<table class='tr-caption-container'><tbody><tr><td><a href='https://1.bp."
               f"blogspot.com/-a{n}/s1600/p{n}.jpg'><img src='https://1.bp.blogspot.com/-a{n}/"
               f"s320/p{n}.jpg' alt=''/></a></td></tr><tr><td class='tr-caption'>"
               f"{escape(post.body[0])}</td></tr></tbody></table>")
    body = [picture] + [escape(p) + "<br /><br />" for p in post.body[1:]]
    if post.read_more:
        body.append("<a href='https://news.example/story'>Read more ....</a><br /><br />")
    for marker, paras in post.notes:
        body.append(f"<b>{escape(marker)}</b> " + "<br /><br />".join(escape(p) for p in paras))
    labels = ",\n".join(f"<a href='{BLOG}/search/label/{escape(x)}' rel='tag'>{escape(x)}</a>"
                        for x in post.labels or ["news"])
    threaded = n % 2 == 1  # (generate_pages counts replies on these pages only)
    comments = _threaded(post, url) if threaded else _classic(post, url)
    count = len(post.comments)
    header = f"{count} comment{'s' if count != 1 else ''}:" if count else "No comments:"
    return f"""<!DOCTYPE html>
<html dir='ltr' lang='en'><head><meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<link href='{url}' rel='canonical'/><title>Lighthouse Road: {escape(post.title)}</title>
<style id='page-skin-1' type='text/css'>{css}</style></head>
<body><div class='navbar section' id='navbar'><div class='widget Navbar' id='Navbar1'>
<iframe src='https://www.blogger.com/navbar.g?blogID=1' id='navbar-iframe'></iframe></div></div>
<div id='outer-wrapper'><div id='header-wrapper'><div class='header section' id='header'>
<h1 class='title'><a href='{BLOG}/'>Lighthouse Road</a></h1></div></div>
<div id='main-wrapper'><div class='main section' id='main'><div class='widget Blog' id='Blog1'>
<div class='blog-posts hfeed'><div class="date-outer">
<h2 class='date-header'><span>{generate.date_line(d, "en", 0.1)}</span></h2>
<div class="date-posts"><div class='post-outer'><div class='post hentry'>
<a name='{n}'></a><h3 class='post-title entry-title'>{escape(post.title)}</h3>
<div class='post-body entry-content' id='post-body-{n}'>{"".join(body)}
<div style='clear: both;'></div></div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>Posted by
<span class='fn'>{escape(post.author or "Morag")}</span></span>
<span class='post-timestamp'>at <a class='timestamp-link' href='{url}' rel='bookmark'><abbr
class='published' title='{d.isoformat()}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00+01:00'>
10:14 AM</abbr></a></span>
<div class='post-share-buttons'><a class='share-button sb-email' href='https://www.blogger.com/share-post.g'>
<span class='share-button-link-text'>Email This</span></a></div></div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels: {labels}</span>
</div></div></div>
<div class='comments' id='comments'><a name='comments'></a><h4>{header}</h4>
<div class='comments-content'><div id='comment-holder'>{comments}</div></div>
<p class='comment-footer'><a href='https://www.blogger.com/comment.g?blogID=1'>
Post a Comment</a></p>
</div></div></div></div>
<div class='blog-pager' id='blog-pager'><a class='home-link' href='{BLOG}/'>Home</a></div>
</div></div></div>{sidebar}
<div id='footer-wrapper'><div class='widget Attribution'>Powered by Blogger.</div></div></div>
<script type='text/javascript'>{script}</script></body></html>
"""


def generate_pages(out_dir: Path, posts: int = 10000, comments: float = 6,
                   seed: int = 1) -> dict[str, object]:
    gen = generate.Generator(seed)
    all_posts = [p for d in generate._dumps(gen, posts, comments) for p in d.posts]
    rng = random.Random(seed)
    css, script = _css(rng), _script(rng)
    titles = [p.title for p in all_posts[:300]]
    out_dir.mkdir(parents=True, exist_ok=True)
    total = replies = count = 0
    for n, post in enumerate(all_posts[:posts]):
        shown = sidebar = _sidebar(rng, titles[: 60 + n % 40])
        text = page(post, n, rng, css, script, shown)
        if len(text) < TARGET_BYTES:  # a longer archive list, as busy blogs have
            more = 60 + (TARGET_BYTES - len(text)) // 75
            sidebar = _sidebar(rng, [titles[k % len(titles)] for k in range(more)])
            text = page(post, n, rng, css, script, sidebar)
        data = text.encode("utf-8")
        (out_dir / f"{n:05d}_{hashlib.sha256(data).hexdigest()[:16]}.html").write_bytes(data)
        total += len(data)
        count += len(post.comments)
        if n % 2 == 1:  # classic comments (even pages) print replies flat, as Blogger did
            replies += sum(1 for c in post.comments if c.parent is not None)
    made = min(posts, len(all_posts))
    manifest = {"seed": seed, "pages": made, "posts": made,
                "comments": count, "replies": replies, "bytes": total}
    generate.manifest_path(out_dir).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--posts", type=int, default=10000)
    ap.add_argument("--comments", type=float, default=6)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    manifest = generate_pages(args.out_dir, args.posts, args.comments, args.seed)
    print(json.dumps(manifest))
    return 0


if __name__ == "__main__":
    sys.exit(main())
