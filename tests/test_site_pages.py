"""What the richer readers (exports, saved pages) add to content, on the built site:
stand-alone pages, a post's old address, commenters' profile links, the blog
owner's comments, incomplete comment lists and Blogger comment ids."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from builder.build import build_site
from builder.config import load_config
from builder.report import Reporter
from tests.sitefixture import clean_copy, copy_fixture, tree_bytes

CHINA = "content/2016/china-launches-new-carrier"
CHINA_PAGE = "2016/01/china-launches-new-carrier/index.html"
PAGE = """---
type: page
id: about
title: "About This Blog"
date: "2012-05-01"
url: "https://example.blogspot.com/p/about.html"
source: "blog-export.xml"
---
This blog gathered **world news** from 2009 on.
"""
COMMENT = """---
type: comment
id: c{id}
post: china-launches-new-carrier
author: "{author}"
date: "2016-01-16T09:00"
parent: {parent}
removed: false
order: {order}
{extra}
---
{body}
"""


def add_files(site: Path) -> None:
    (site / "content/pages/about").mkdir(parents=True)
    (site / "content/pages/about/page.md").write_text(PAGE, encoding="utf-8")
    post = site / CHINA / "post.md"
    text = post.read_text(encoding="utf-8").replace(
        "\n---\n", '\nurl: "https://example.blogspot.com/2016/01/china.html"\n'
        "comments_incomplete: true\n---\n", 1)
    post.write_text(text, encoding="utf-8")
    comments = [
        ("4312876512345", "Site Owner", "null",
         'by_author: true\nauthor_url: "https://www.blogger.com/profile/1"', "Thanks, all."),
        ("4312876512346", "Mallory", "c4312876512345", 'author_url: "javascript:alert(1)"',
         "A reply."),
        ("4312876512347", "Quoting <b>Q</b>", "null",
         'author_url: "https://q.example/\\"onmouseover=x"', "Hi."),
    ]
    for n, (cid, author, parent, extra, body) in enumerate(comments, start=50):
        (site / CHINA / f"comment-{n}.md").write_text(COMMENT.format(
            id=cid, author=author, parent=parent, order=n, extra=extra, body=body),
            encoding="utf-8")


def build(site: Path) -> Path:
    return build_site(load_config(site), reporter=Reporter(stream=io.StringIO())).output


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = copy_fixture(tmp_path_factory.mktemp("pages") / "site")
    add_files(site)
    return build(site)


def soup(out: Path, rel: str) -> BeautifulSoup:
    return BeautifulSoup((out / rel).read_text(encoding="utf-8"), "html.parser")


def test_a_page_has_its_own_address_linked_from_every_page(built: Path) -> None:
    page = soup(built, "p/about/index.html")
    assert page.h1.get_text() == "About This Blog"
    assert "world news" in page.select_one(".post-body strong").get_text()
    for rel in ("index.html", CHINA_PAGE, "tags/index.html", "404.html"):
        links = soup(built, rel).select("footer nav.page-links a")
        assert [(a.get_text(), a["href"]) for a in links] == [
            ("About This Blog", "/REPO/p/about/")], rel
    assert "https://example.github.io/REPO/p/about/" in (built / "sitemap.xml").read_text()


def test_a_post_keeps_its_old_address_and_says_comments_are_missing(built: Path) -> None:
    post = soup(built, CHINA_PAGE)
    old = post.select_one(".original a")
    assert old["href"] == "https://example.blogspot.com/2016/01/china.html"
    note = post.select_one("#comments .comments-incomplete")
    assert note is not None and "More comments existed" in note.get_text()


def test_commenter_links_only_for_web_addresses_and_the_owner_is_labelled(built: Path) -> None:
    post = soup(built, CHINA_PAGE)
    owner = post.select_one("article#c4312876512345")
    assert "by-author" in owner["class"]
    assert owner.select_one(".author-badge").get_text() == "Blog author"  # text, not colour
    link = owner.select_one("p:first-child > a:first-child")  # the meta line names them
    assert link["href"] == "https://www.blogger.com/profile/1"
    assert link["rel"] == ["nofollow", "ugc", "noopener"]
    mallory = post.select_one("article#c4312876512346")
    assert "javascript" not in str(mallory)
    name = mallory.select_one("p:first-child > a:first-child")
    assert name["href"] == "/REPO/commenters/mallory/"
    # a reply to a Blogger id threads under it, and its anchor is the id as given
    assert post.select_one("article#c4312876512345 + ol article#c4312876512346") is not None
    quoted = post.select_one("article#c4312876512347 > p:first-child > a:first-child")
    assert quoted.get_text() == "Quoting <b>Q</b>" and quoted.find("b") is None
    # an address with a quote in it is no valid address: no profile link at all
    assert quoted["href"] == "/REPO/commenters/quoting-b-q-b/" and not quoted.get("onmouseover")


def test_an_edited_page_builds_incrementally_as_a_clean_build(tmp_path: Path) -> None:
    site = copy_fixture(tmp_path / "site")
    add_files(site)
    build(site)
    page = site / "content/pages/about/page.md"
    page.write_text(page.read_text(encoding="utf-8").replace("About This Blog", "About Us"),
                    encoding="utf-8")
    out = build(site)
    assert "About Us" in (out / CHINA_PAGE).read_text(encoding="utf-8")  # the footer link
    assert tree_bytes(out) == tree_bytes(build(clean_copy(site, tmp_path / "clean")))


def test_a_page_is_searchable(built: Path) -> None:
    from builder.model import SitePage
    from builder.search_documents import page_document

    document = page_document(SitePage("about", "About <This>", None, "Some *text*.", "x"), "en")
    assert "<h1>About &lt;This&gt;</h1>" in document
    assert '<span data-pagefind-filter="kind">page</span>' in document
    assert "Some text." in document
    fragments = list((built / "pagefind" / "fragment").iterdir())
    assert len(fragments) == 9  # the fixture's 8 posts and the page


def test_a_page_is_reached_at_its_old_blogger_address(built: Path) -> None:
    redirect = BeautifulSoup((built / "p/about.html").read_text(encoding="utf-8"), "html.parser")
    canonical = redirect.find("link", rel="canonical")
    assert canonical is not None and canonical["href"].endswith("/p/about/")
    assert redirect.find("a", href="/REPO/p/about/") is not None
