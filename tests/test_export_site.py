"""A one-post Blogger export becomes a site: threaded comments under their Blogger
anchors, and search finds a word that only a reply holds (Chromium, real Pagefind)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from builder.build import build_site
from builder.config import load_config
from builder.report import Reporter
from tests.sitefixture import project_from_files
from tests.test_search_browser import search_results

pytestmark = pytest.mark.browser

KIND = "http://schemas.google.com/blogger/2008/kind#"
OWNER = "https://www.blogger.com/profile/0042"


def _comment(cid: str, when: str, author: str, body: str, parent: str | None = None,
             uri: str | None = None) -> str:
    related = (f"<link rel='related' type='application/atom+xml' href='https://www.blogger.com/"
               f"feeds/9/7001/comments/default/{parent}'/>" if parent else "")
    profile = f"<uri>{uri}</uri>" if uri else ""
    return (f"<entry><id>tag:blogger.com,1999:blog-9.post-{cid}</id><published>{when}</published>"
            f"<category scheme='http://schemas.google.com/g/2005#kind' term='{KIND}comment'/>"
            f"<title type='text'></title><content type='html'>{body}</content>{related}"
            f"<author><name>{author}</name>{profile}</author>"
            "<thr:in-reply-to ref='tag:blogger.com,1999:blog-9.post-7001' type='text/html'/>"
            "</entry>")


EXPORT = (
    "<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom' "
    "xmlns:thr='http://purl.org/syndication/thread/1.0'><id>tag:blogger.com,1999:blog-9.archive</id>"
    f"<entry><id>tag:blogger.com,1999:blog-9.settings.X</id><category scheme='http://schemas."
    f"google.com/g/2005#kind' term='{KIND}settings'/><content type='text'>x</content></entry>"
    "<entry><id>tag:blogger.com,1999:blog-9.post-7001</id>"
    "<published>2017-02-19T08:12:00.003-08:00</published>"
    f"<category scheme='http://schemas.google.com/g/2005#kind' term='{KIND}post'/>"
    "<category scheme='http://www.blogger.com/atom/ns#' term='Helm Sea'/>"
    "<title type='text'>Talks On Shipping Lanes</title><content type='html'>"
    "Tarsan invites four navies to talks.&lt;br /&gt;&lt;br /&gt;The talks open on Monday."
    "</content><link rel='alternate' type='text/html' "
    "href='https://w.blogspot.com/2017/02/talks-on-shipping-lanes.html'/>"
    f"<author><name>WNU Editor</name><uri>{OWNER}</uri></author><thr:total>2</thr:total></entry>"
    + _comment("8002", "2017-02-19T10:12:13.590-08:00", "WNU Editor",
               "Fair point, and the quetzalreply answer is yes.", parent="8001", uri=OWNER)
    + _comment("8001", "2017-02-19T09:05:05.193-08:00", "Harlan Vosk",
               "Will Morvania even attend?")
    + "</feed>\n")

SITE_YAML = """\
title: "Export Test Archive"
base_url: "https://example.github.io/REPO/"
language: en
timezone: UTC
"""


@pytest.fixture(scope="module")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = project_from_files(tmp_path_factory.mktemp("export-site"),
                              {"site.yaml": SITE_YAML, "seeds/blog-02-20-2017.xml": EXPORT})
    build_site(load_config(root), reporter=Reporter(verbosity=0, stream=io.StringIO()))
    return root / "_site"


@pytest.fixture
def base(built_site: Path, static_server: Any) -> str:
    return str(static_server(built_site, "/REPO/"))


def test_reply_sits_under_its_comment_with_blogger_anchors(page: Any, base: str) -> None:
    page.goto(base + "2017/02/talks-on-shipping-lanes/")
    assert page.locator("h1").first.text_content().strip() == "Talks On Shipping Lanes"
    thread = page.locator("li:has(> article[id='c8001'])")
    assert thread.count() == 1
    assert thread.locator("ol.comment-list article[id='c8002']").count() == 1
    assert "quetzalreply" in thread.locator("[id='c8002']").text_content()


def test_search_finds_a_word_only_a_reply_holds(page: Any, base: str) -> None:
    results = search_results(page, base, "quetzalreply")
    assert [r["title"] for r in results] == ["Talks On Shipping Lanes"]
    [hit] = results[0]["hits"]
    assert hit["href"] == "/REPO/2017/02/talks-on-shipping-lanes/#c8002"
    assert hit["label"] == "Comment by WNU Editor"
