"""serve shows the edited post's own page first (builder.preview), then builds the rest.

The page put in place before the build must be exactly the page the build makes
(so the build that follows finds it unchanged and the browser reloads once), the
site after the build must equal a clean build, and any edit whose page depends on
more than the post's own files gets no preview at all.  The build process is the
real spawned one `archive serve` uses; the watcher the real one.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from builder.serve_worker import BuildProcess
from builder.watch import ChangeWatcher
from tests.sitefixture import copy_fixture, tree_bytes
from tests.test_serve_session import (
    CHINA,
    CHINA_PAGE,
    URL,
    clean_build,
    pages,
    replace,
)


class Previewed:
    """serve's watcher and build process; what each preview showed, when it showed it."""

    def __init__(self, site: Path, output: Path) -> None:
        self.site, self.output = site, output
        self.shown: list[dict[str, bytes]] = []  # per preview: path -> served bytes then
        self.watcher = ChangeWatcher(site)
        self.watcher.start()
        self.builder = BuildProcess(site, URL, output, 0, on_preview=self.record)
        assert self.builder([])[0] == "ok"

    def record(self, paths: list[str]) -> None:
        self.shown.append({rel: (self.output / rel).read_bytes() for rel in paths})

    def rebuild(self) -> tuple[str, object]:
        batch = self.watcher.next_batch(timeout=10)
        assert batch, "the watcher reported nothing"
        while more := self.watcher.next_batch(timeout=0.3):
            batch |= more
        self.shown = []
        return self.builder(sorted(str(p) for p in batch))

    def close(self) -> None:
        self.watcher.stop()
        self.builder.close()


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Previewed]:
    running = Previewed(copy_fixture(tmp_path / "site"), tmp_path / "served")
    try:
        yield running
    finally:
        running.close()


def test_an_edited_post_is_shown_first_exactly_as_the_build_makes_it(
        served: Previewed, tmp_path: Path) -> None:
    replace(served.site / CHINA / "post.md", "second carrier", "second preview carrier")
    status, info = served.rebuild()
    assert status == "ok"
    assert [list(shown) for shown in served.shown] == [[CHINA_PAGE]]
    first = served.shown[0][CHINA_PAGE]
    assert b"second preview carrier" in first
    assert first == (served.output / CHINA_PAGE).read_bytes()  # the build kept it as it was
    assert CHINA_PAGE not in info["changed"]  # so the page is not reloaded twice
    assert "index.html" in info["changed"]  # the home page shows the post's excerpt
    assert pages(tree_bytes(served.output)) == pages(clean_build(served.site, tmp_path / "c"))


def test_an_edited_comment_is_shown_first(served: Previewed, tmp_path: Path) -> None:
    replace(served.site / CHINA / "comment-1.md", "Big news.", "Big preview news.")
    assert served.rebuild()[0] == "ok"
    assert [list(shown) for shown in served.shown] == [[CHINA_PAGE]]
    assert b"Big preview news." in served.shown[0][CHINA_PAGE]
    assert pages(tree_bytes(served.output)) == pages(clean_build(served.site, tmp_path / "c"))


def test_a_retitled_post_is_shown_first(served: Previewed, tmp_path: Path) -> None:
    """A post page names its neighbours without their titles: its own title is its own."""
    replace(served.site / CHINA / "post.md", "China Launches New Aircraft Carrier",
            "China Floats A Carrier")
    assert served.rebuild()[0] == "ok"
    assert [list(shown) for shown in served.shown] == [[CHINA_PAGE]]
    assert b"China Floats A Carrier" in served.shown[0][CHINA_PAGE]
    assert served.shown[0][CHINA_PAGE] == (served.output / CHINA_PAGE).read_bytes()
    assert pages(tree_bytes(served.output)) == pages(clean_build(served.site, tmp_path / "c"))


@pytest.mark.parametrize("what,file,old,new", [
    ("tag: the tag pages and related posts", "post.md", '"Navy"', '"Naval Forces"'),
    ("date: its address and order", "post.md", '"2016-01-15"', '"2015-10-03"'),
    ("a commenter without a page yet", "comment-1.md", 'author: "', 'author: "Newcomer '),
])
def test_an_edit_beyond_the_posts_own_page_is_built_whole(
        served: Previewed, tmp_path: Path, what: str, file: str, old: str, new: str) -> None:
    replace(served.site / CHINA / file, old, new)
    assert served.rebuild()[0] == "ok"
    assert served.shown == [], what
    assert pages(tree_bytes(served.output)) == pages(clean_build(served.site, tmp_path / "c"))


def test_a_broken_edit_shows_nothing_and_its_fix_is_built(
        served: Previewed, tmp_path: Path) -> None:
    post = served.site / CHINA / "post.md"
    replace(post, "comment_count: 2", "comment_count: two")
    status, lines = served.rebuild()
    assert status == "failed" and served.shown == []
    assert any("comment_count" in line for line in lines)  # type: ignore[union-attr]
    replace(post, "comment_count: two", "comment_count: 2")
    replace(post, "second carrier", "second mended carrier")
    assert served.rebuild()[0] == "ok"
    assert pages(tree_bytes(served.output)) == pages(clean_build(served.site, tmp_path / "c"))
    assert b"second mended carrier" in (served.output / CHINA_PAGE).read_bytes()
