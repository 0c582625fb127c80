"""An archive project made from the truths of the public HTML pages and export files
(tests/oldurls_truth/, copied from ../shared/corpus/{html,export}/*.json), as the
page and export readers will write it: posts with their old `url`, comments with
Blogger's ids (`c<digits>`).  Also every old address those truths imply.

The same post can appear in several truths (a page and the export, over http and
https): it is one post, found at the path of its address.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit

from tests.sitefixture import project_from_files

TRUTHS = Path(__file__).resolve().parent / "oldurls_truth"


@dataclass
class OldPost:
    id: str
    path: str  # the old address's path: /2016/10/snap-check-air-defence-units.html
    addresses: set[str] = field(default_factory=set)  # every spelling of it in the truths
    truth: dict = field(default_factory=dict)


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def old_posts() -> list[OldPost]:
    """Every post and page with an address, once each (by path), in truth order."""
    found: dict[str, OldPost] = {}
    for file in sorted(TRUTHS.glob("*.json")):
        for post in json.loads(file.read_text(encoding="utf-8"))["posts"]:
            if not post.get("url") or post.get("draft"):
                continue
            path = urlsplit(post["url"]).path
            slug = path.rsplit("/", 1)[1].removesuffix(".html")
            pid = ("page-" if path.startswith("/p/") else path[1:8].replace("/", "-") + "-") + slug
            entry = found.setdefault(path, OldPost(pid, path, truth=post))
            entry.addresses.add(post["url"])
    return list(found.values())


def content_files(posts: list[OldPost]) -> dict[str, str]:
    files: dict[str, str] = {}
    for post in posts:
        t = post.truth
        folder = f"content/{(t['date'] or 'undated')[:4]}/{post.id}"
        tags = ", ".join(_q(tag) for tag in t["labels"])
        body = " ".join(w for w in (t["body_first_words"], t["body_last_words"]) if w)
        files[f"{folder}/post.md"] = (
            f"---\ntype: post\nid: {post.id}\ntitle: {_q(t['title'])}\n"
            f"date: {_q(t['date']) if t['date'] else 'null'}\n"
            f"author: {_q(t['author']) if t['author'] else 'null'}\ntags: [{tags}]\n"
            f"url: {_q(sorted(post.addresses)[0])}\n---\n{body or 'Text.'}\n")
        ids = [c["id"] for c in t["comments"]]
        for order, comment in enumerate(t["comments"], start=1):
            parent = f"c{ids[comment['parent']]}" if comment["parent"] is not None else "null"
            when = _q(comment["timestamp"]) if comment["timestamp"] else "null"
            files[f"{folder}/comment-{order}.md"] = (
                f"---\ntype: comment\nid: c{comment['id']}\npost: {post.id}\n"
                f"author: {_q(comment['author'])}\ndate: {when}\nparent: {parent}\n"
                f"removed: {'true' if comment['removed'] else 'false'}\norder: {order}\n---\n"
                f"{comment['first_words'] or 'Comment.'}\n")
    return files


def make_project(dest: Path, permalink: str | None, base_url: str = "/REPO/") -> Path:
    """The project folder; `permalink` None keeps the default pattern."""
    config = f'title: "Old addresses"\nbase_url: "{base_url}"\n'
    if permalink:
        config += f'permalink: "{permalink}"\n'
    files = {"site.yaml": config, **content_files(old_posts())}
    return project_from_files(dest, files)


def old_addresses(posts: list[OldPost]) -> list[str]:
    """Every old address of these posts: the posts and pages (as the truths give them,
    with ?m=1), each comment's permalink, the label, month, year and old archive pages,
    the feed and a search."""
    addresses: list[str] = []
    labels: set[str] = set()
    days: set[str] = set()
    for post in posts:
        t = post.truth
        for address in sorted(post.addresses):
            addresses += [address, address + "?m=1"]
            addresses += [f"{address}?showComment=1475600000000#c{c['id']}"
                          for c in t["comments"]]
            if t["comments"]:
                addresses.append(f"{address}#c{len(t['comments'])}")  # the short anchor
        labels.update(t["labels"])
        if t["date"] and not post.path.startswith("/p/"):
            y, m, d = t["date"].split("-")
            days.add(f"{y}/{m}/{d}")
    host = "https://watchtower-news-updates.blogspot.com"
    for label in sorted(labels):
        addresses.append(f"{host}/search/label/{quote(label)}")
        addresses.append(f"{host}/search/label/{quote(label, safe='')}?max-results=20")
        if " " in label:
            addresses.append(f"{host}/search/label/{quote(label).replace('%20', '+')}")
    for day in sorted(days):
        y, m, d = day.split("/")
        addresses += [f"{host}/{y}/{m}/", f"{host}/{y}/", f"{host}/{y}/{m}/?m=1",
                      f"{host}/{y}_{m}_{d}_archive.html", f"{host}/{y}_{m}_01_archive.html"]
    addresses += [f"{host}/", f"{host}/feeds/posts/default",
                  f"{host}/feeds/posts/default?alt=rss", f"{host}/search?q=frost"]
    return addresses
