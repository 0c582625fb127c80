"""Incremental builds: the parse cache and per-page input keys give exactly a clean build.

A one-post edit re-renders the pages that show that post (its page, its neighbours,
the lists it is on); every other page is taken over from the previous build as a
hard link.  After every kind of edit the site equals a clean build's, byte for byte.
"""

from __future__ import annotations

import gc
import io
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from builder.build import build_site
from builder.config import load_config
from builder.errors import ErrorList
from builder.report import Reporter
from tests.sitefixture import (
    REPO,
    clean_copy,
    copy_fixture,
    normal_path,
    tree_bytes,
    write_post,
)
from tests.test_serve_session import COMMENT as POSTER_COMMENT

CHINA = "content/2016/china-launches-new-carrier"


def build(root: Path):  # type: ignore[no-untyped-def]
    return build_site(load_config(root), reporter=Reporter(stream=io.StringIO()))


def clean_build(site: Path, where: Path) -> dict[str, bytes]:
    return tree_bytes(build(clean_copy(site, where)).output)


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return copy_fixture(tmp_path / "site")


def test_a_post_edit_renders_only_the_pages_that_show_that_post(site: Path) -> None:
    build(site)
    normal_path(site)
    replace(site / CHINA / "post.md", "second carrier", "second aircraft carrier")
    result = build(site)
    out = result.output

    def reused(rel: str) -> bool:
        return (out / rel).stat().st_nlink == 2  # a hard link to the previous build's file

    for rel in ("tags/europe/index.html", "tags/iraq/index.html", "2015/10/index.html",
                "2015/index.html", "undated/index.html", "page/2/index.html", "404.html",
                "robots.txt", "sitemap.xml", "commenters/reader-one/index.html"):
        assert reused(rel), rel
    for rel in ("2016/01/china-launches-new-carrier/index.html", "index.html",
                "2016/01/index.html", "tags/navy/index.html", "feed.xml"):
        assert not reused(rel), rel
    assert "second aircraft carrier" in (out / "tags/navy/index.html").read_text()


EDITS: list[tuple[str, Callable[[Path], object]]] = [
    ("body", lambda s: replace(s / CHINA / "post.md", "second carrier", "second new carrier")),
    ("title: neighbours' prev/next links",
     lambda s: replace(s / CHINA / "post.md", "China Launches New Aircraft Carrier",
                       "China Floats A Carrier")),
    ("renamed tag", lambda s: replace(s / CHINA / "post.md", '"Navy"', '"Naval Forces"')),
    ("comment author: commenter pages",
     lambda s: replace(s / CHINA / "comment-1.md", 'author: "', 'author: "Renamed ')),
    ("date: moves between months and home pages",
     lambda s: replace(s / CHINA / "post.md", '"2016-01-15"', '"2015-10-03"')),
    ("comment body", lambda s: replace(s / CHINA / "comment-1.md", "Big news.", "Big, big news.")),
    ("deleted comment", lambda s: (s / CHINA / "comment-2.md").unlink()),
    ("new post", lambda s: write_post(s, "brand-new", tags=["Europe", "Navy"], body="*New*.")),
    ("deleted post", lambda s: shutil.rmtree(s / "content/2015/untitled-dispatch")),
    ("edited template", lambda s: replace(s / "templates/macros.html", "d comments\"",
                                                     "d replies\"")),
    ("site.yaml: every page's title", lambda s: replace(s / "site.yaml", "World News Archive",
                                                        "World News Records")),
]


def test_every_kind_of_edit_gives_exactly_a_clean_build(site: Path, tmp_path: Path) -> None:
    build(site)
    for number, (what, edit) in enumerate(EDITS):
        edit(site)
        incremental = tree_bytes(build(site).output)
        assert incremental == clean_build(site, tmp_path / f"clean-{number}"), what


def test_a_build_leaves_the_garbage_collector_running(site: Path) -> None:
    """A build pauses Python's cyclic collector while it makes the model, the plan and
    the keys; after it, whether it built, found nothing changed or failed, the
    collector runs again (serve's long-lived process would otherwise grow)."""
    assert gc.isenabled()
    build(site)
    assert gc.isenabled()
    build(site)  # nothing changed
    assert gc.isenabled()
    replace(site / CHINA / "post.md", "comment_count: 2", "comment_count: two")
    with pytest.raises(ErrorList):
        build(site)
    assert gc.isenabled()


def test_an_edit_that_keeps_size_and_mtime_is_still_seen(site: Path) -> None:
    build(site)
    post = site / CHINA / "post.md"
    before = post.stat()
    replace(post, "second carrier", "second CARRIER")  # same size
    os.utime(post, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the old mtime
    result = build(site)
    assert "second CARRIER" in (result.output / "2016/01/china-launches-new-carrier/"
                                "index.html").read_text()


def test_a_broken_file_is_reported_on_every_build_until_fixed(site: Path) -> None:
    build(site)
    post = site / CHINA / "post.md"
    good = post.read_text(encoding="utf-8")
    post.write_text(good.replace("comment_count: 2", "comment_count: two"), encoding="utf-8")
    for _ in range(2):
        with pytest.raises(ErrorList) as caught:
            build(site)
        assert [str(e) for e in caught.value.errors] == [  # the same, once, every build
            f"{CHINA}/post.md:11: 'comment_count': expected a whole number; until it is "
            "fixed, the 2 note and comment file(s) beside it are left out"]
    post.write_text(good.replace("second carrier", "fixed carrier"), encoding="utf-8")
    result = build(site)
    assert "fixed carrier" in (result.output / "2016/01/china-launches-new-carrier/"
                               "index.html").read_text()


def test_a_damaged_parse_cache_is_ignored(site: Path, tmp_path: Path) -> None:
    build(site)
    cache = site / ".cache" / "load.marshal"
    assert cache.is_file()
    cache.write_bytes(b"\x00garbage")
    replace(site / CHINA / "post.md", "second carrier", "third carrier")
    incremental = tree_bytes(build(site).output)
    assert incremental == clean_build(site, tmp_path / "clean")


def test_search_index_is_kept_when_no_searchable_text_changed(site: Path) -> None:
    build(site)
    replace(site / "templates/base.html", "Skip to content", "Skip to the text")
    out = build(site).output
    bundle = sorted((out / "pagefind").rglob("*.pf_*"))
    assert bundle and all(f.stat().st_nlink == 2 for f in bundle)  # taken over, not re-indexed
    replace(site / CHINA / "post.md", "second carrier", "second zeppelin carrier")
    out = build(site).output
    assert (out / "pagefind/pagefind-entry.json").stat().st_nlink == 1  # indexed again


def test_search_later_keeps_the_old_index_until_the_next_build(site: Path, tmp_path: Path
                                                               ) -> None:
    build(site)
    before = (site / "_site/pagefind/pagefind-entry.json").read_bytes()
    replace(site / CHINA / "post.md", "second carrier", "second zeppelin carrier")
    result = build_site(load_config(site), reporter=Reporter(stream=io.StringIO()),
                        search_later=True)
    assert result.search_pending
    assert "zeppelin" in (result.output / "2016/01/china-launches-new-carrier/"
                          "index.html").read_text()
    assert (result.output / "pagefind/pagefind-entry.json").read_bytes() == before
    again = build(site)
    assert not again.search_pending and not again.skipped
    assert tree_bytes(again.output) == clean_build(site, tmp_path / "clean")


def test_serve_build_process_answers_first_then_brings_search_up_to_date(
        site: Path, tmp_path: Path) -> None:
    from builder.serve_worker import BuildProcess

    url = "http://127.0.0.1:8000/"
    builder = BuildProcess(site, url, site / "_site", 0)
    try:
        assert builder([])[0] == "ok"
        replace(site / CHINA / "post.md", "second carrier", "second zeppelin carrier")
        assert builder([str(site / CHINA / "post.md")])[0] == "ok"
        page = site / "_site/2016/01/china-launches-new-carrier/index.html"
        assert "zeppelin" in page.read_text()
        import time

        time.sleep(1.1)  # the search pass may have started: a new request stops it
        replace(site / CHINA / "post.md", "zeppelin", "airship")
        assert builder([str(site / CHINA / "post.md")])[0] == "ok"
        assert "airship" in page.read_text()
        clean = copy_fixture(tmp_path / "clean")
        shutil.rmtree(clean / "content")
        shutil.copytree(site / "content", clean / "content")
        expected = tree_bytes(build_site(
            load_config(clean), base_url=url + "REPO/", drafts=True,
            reporter=Reporter(stream=io.StringIO())).output)
        deadline = time.monotonic() + 60
        while tree_bytes(site / "_site") != expected and time.monotonic() < deadline:
            time.sleep(0.2)
        assert tree_bytes(site / "_site") == expected
    finally:
        builder.close()


def test_a_post_edit_renders_one_page_of_a_long_commenter_and_no_commenter_index(
        site: Path) -> None:
    """Commenter pages and the commenters index are keyed on what they show of each
    commenter (name, address, count), so a post edit re-renders the one page of a
    commenter that lists a comment on that post, not all of the commenter's pages."""
    folder = site / "content/2015/untitled-dispatch"
    for n in range(1, 61):  # with the comment on the China post: two pages of B.Poster's
        (folder / f"comment-{n}.md").write_text(POSTER_COMMENT.format(n=n), encoding="utf-8")
    build(site)
    normal_path(site)
    replace(site / CHINA / "post.md", "second carrier", "second aircraft carrier")
    out = build(site).output
    pages = ["commenters/b-poster/index.html", "commenters/b-poster/page/2/index.html"]
    reused = {rel: (out / rel).stat().st_nlink == 2 for rel in pages}
    assert sorted(reused.values()) == [False, True], reused
    for rel in ("commenters/index.html", "commenters/by-count.html",
                "commenters/reader-one/index.html"):
        assert (out / rel).stat().st_nlink == 2, rel


def test_the_shipped_templates_are_keyed_on_heads_of_views() -> None:
    """Every page template we ship shows of tags and commenters only their heads (the
    key analysis must parse them: a template it cannot read keys whole views, and an
    edit to one post then re-renders every page of its commenters)."""
    from builder.incremental.heads import heads_only
    from builder.render import template_source

    source = template_source(REPO / "templates")
    pages = sorted(p.name for p in (REPO / "templates").iterdir() if p.name != "macros.html")
    assert [name for name in pages if not heads_only(name, source)] == []


def test_a_damaged_key_store_is_ignored(site: Path, tmp_path: Path) -> None:
    """The last build's page keys, kept by the names of the files their posts were made
    from (builder.incremental.names), are a cache: garbage in it costs a full hashing
    of every page, never a stale page."""
    build(site)
    stores = list((site / ".cache").glob("*.keys.marshal"))
    assert len(stores) == 1
    stores[0].write_bytes(b"\x00garbage")
    replace(site / CHINA / "post.md", "second carrier", "fourth carrier")
    incremental = tree_bytes(build(site).output)
    assert incremental == clean_build(site, tmp_path / "clean")
    assert "fourth carrier" in (site / "_site/tags/navy/index.html").read_text()


def test_the_parse_cache_keeps_an_edit_beside_it(site: Path, tmp_path: Path) -> None:
    """A few files changed are kept in a side file (`load.marshal.delta`), not by
    rewriting the whole cache; a later edit reads both, and a damaged side file only
    costs reading those files again."""
    build(site)
    cache = site / ".cache" / "load.marshal"
    whole = cache.read_bytes()
    normal_path(site)
    replace(site / CHINA / "post.md", "second carrier", "fifth carrier")
    build(site)
    delta = site / ".cache" / "load.marshal.delta"
    assert cache.read_bytes() == whole and delta.is_file()
    normal_path(site)
    replace(site / CHINA / "comment-1.md", "Big news.", "Big, big news.")
    assert tree_bytes(build(site).output) == clean_build(site, tmp_path / "clean-1")
    delta.write_bytes(b"\x00garbage")
    normal_path(site)
    replace(site / CHINA / "post.md", "fifth carrier", "sixth carrier")
    assert tree_bytes(build(site).output) == clean_build(site, tmp_path / "clean-2")
