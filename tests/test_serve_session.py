"""serve's build process keeps what it read between builds (builder.session.BuildSession)
and re-reads only the paths the watcher reports; the served site must still end
byte for byte equal to a clean build, whatever the edits and whatever the watcher
missed.

The watcher here is the real one (inotify), the build process the real spawned one
`archive serve` uses; only the HTTP server is left out.
"""

from __future__ import annotations

import io
import os
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from builder.build import build_site
from builder.build_stop import stop_when
from builder.config import load_config
from builder.errors import BuildStopped
from builder.report import Reporter
from builder.serve_worker import BuildProcess
from builder.session import BuildSession
from builder.watch import ChangeWatcher
from tests.sitefixture import clean_copy, copy_fixture, tree_bytes, write_post

URL = "http://127.0.0.1:8000/"
CHINA = "content/2016/china-launches-new-carrier"
CHINA_PAGE = "2016/01/china-launches-new-carrier/index.html"
SEED = next((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def clean_build(site: Path, where: Path) -> dict[str, bytes]:
    """What `archive build` makes of the project as it is now (serve's base URL, drafts)."""
    return tree_bytes(build_site(load_config(clean_copy(site, where)), base_url=URL + "REPO/",
                                 drafts=True, reporter=Reporter(stream=io.StringIO())).output)


def pages(tree: dict[str, bytes]) -> dict[str, bytes]:
    """Everything but the search index (serve brings that up to date a moment later)."""
    return {rel: data for rel, data in tree.items() if not rel.startswith("pagefind/")}


class Served:
    """The watcher and the build process of `archive serve`, on a copy of the fixture."""

    def __init__(self, site: Path, output: Path) -> None:
        self.site, self.output = site, output
        self.watcher = ChangeWatcher(site)
        self.watcher.start()
        self.builder = BuildProcess(site, URL, output, 0)
        assert self.builder([])[0] == "ok"

    def rebuild(self) -> tuple[str, Any]:
        """Build the watcher's next batch of changes, as serve's rebuild loop does."""
        batch = self.watcher.next_batch(timeout=10)
        assert batch, "the watcher reported nothing"
        while more := self.watcher.next_batch(timeout=0.3):  # the tail of a burst
            batch |= more
        return self.builder(sorted(str(p) for p in batch))

    def close(self) -> None:
        self.watcher.stop()
        self.builder.close()


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    site = copy_fixture(tmp_path / "site")
    running = Served(site, tmp_path / "served")
    try:
        yield running
    finally:
        running.close()


def move(site: Path, old: str, new: str) -> None:
    (site / new).parent.mkdir(parents=True, exist_ok=True)
    os.rename(site / old, site / new)


STEPS: list[tuple[str, Callable[[Path], object]]] = [
    ("a post body", lambda s: replace(s / CHINA / "post.md", "second carrier", "new carrier")),
    ("a new post in a new folder", lambda s: write_post(s, "brand-new", tags=["Navy"],
                                                         body="*Brand new*.")),
    ("a post folder renamed", lambda s: move(s, CHINA, "content/2016/china-renamed")),
    ("a comment deleted", lambda s: (s / "content/2016/china-renamed/comment-2.md").unlink()),
    ("a comment file renamed", lambda s: move(s, "content/2016/china-renamed/comment-1.md",
                                               "content/2016/china-renamed/comment-7.md")),
    ("a comment moved to another post by its front matter", lambda s: replace(
        s / "content/2015/new-years-eve-round-up/comment-1.md",
        "post: \"new-years-eve-round-up\"", "post: \"untitled-dispatch\"")),
    ("a comment author renamed", lambda s: replace(
        s / "content/2016/china-renamed/comment-7.md", 'author: "', 'author: "Renamed ')),
    ("a date that moves the post to another month", lambda s: replace(
        s / "content/2016/china-renamed/post.md", '"2016-01-15"', '"2015-10-03"')),
    ("a post folder moved to another year's folder",
     lambda s: move(s, "content/2016/brand-new", "content/2015/brand-new")),
    ("a whole post folder deleted", lambda s: shutil.rmtree(s / "content/2015/brand-new")),
    ("a template", lambda s: replace(s / "templates/macros.html", "d comments\"",
                                                     "d replies\"")),
]


def test_edits_creations_deletions_and_renames_end_equal_to_a_clean_build(
        served: Served, tmp_path: Path) -> None:
    for number, (what, step) in enumerate(STEPS):
        step(served.site)
        status, info = served.rebuild()
        assert status == "ok", (what, info)
        expected = clean_build(served.site, tmp_path / f"clean-{number}")
        assert pages(tree_bytes(served.output)) == pages(expected), what
    # and the search index catches up by itself, a moment after the last change
    deadline = time.monotonic() + 60
    while tree_bytes(served.output) != expected and time.monotonic() < deadline:
        time.sleep(0.2)
    assert tree_bytes(served.output) == expected


def test_a_broken_edit_is_reported_until_fixed_even_when_the_fix_restores_old_bytes(
        served: Served, tmp_path: Path) -> None:
    post = served.site / CHINA / "post.md"
    good = post.read_text(encoding="utf-8")
    post.write_text(good.replace("comment_count: 2", "comment_count: two"), encoding="utf-8")
    status, lines = served.rebuild()
    assert status == "failed"
    assert lines[0].startswith(f"{CHINA}/post.md:11: 'comment_count': expected a whole number")
    # neither a change elsewhere nor a path with no change hides the error
    replace(served.site / "content/2015/untitled-dispatch/post.md", "\n---\n", "\n---\n\n")
    status, lines = served.rebuild()
    assert status == "failed", lines
    assert served.builder([str(served.site / "content/2015")])[0] == "failed"
    post.write_text(good, encoding="utf-8")
    assert served.rebuild()[0] == "ok"
    expected = clean_build(served.site, tmp_path / "clean")
    assert pages(tree_bytes(served.output)) == pages(expected)


def test_a_change_the_watcher_did_not_report_is_caught_by_a_full_check(
        served: Served, tmp_path: Path) -> None:
    served.watcher.stop()  # from here on, nothing is reported
    replace(served.site / CHINA / "post.md", "second carrier", "unreported carrier")
    write_post(served.site, "unreported-post", body="Nobody said.")
    # another path, unchanged: nothing to rebuild as far as the session knows
    status, info = served.builder([str(served.site / "content/2015")])
    assert status == "ok" and info["changed"] == []
    assert "unreported" not in (served.output / CHINA_PAGE).read_text(encoding="utf-8")
    # what serve sends for its periodic check (and the watcher for lost events): the root
    status, info = served.builder([str(served.site)])
    assert status == "ok"
    assert CHINA_PAGE in info["changed"]
    assert "2016/03/unreported-post/index.html" in info["changed"]
    expected = clean_build(served.site, tmp_path / "clean")
    assert pages(tree_bytes(served.output)) == pages(expected)


def test_a_session_build_equals_a_clean_build_after_paths_outside_content(
        tmp_path: Path) -> None:
    """site.yaml, templates and static changes rebuild fully, in the same session."""
    site = copy_fixture(tmp_path / "site")
    session = BuildSession()

    def build(changed: list[Path] | None) -> dict[str, bytes]:
        result = session.build(load_config(site), base_url=URL + "REPO/", drafts=True,
                               output=tmp_path / "served",
                               reporter=Reporter(stream=io.StringIO()), changed=changed)
        return tree_bytes(result.output)

    build([])
    replace(site / "static/site.css", "body", "body ")
    replace(site / CHINA / "post.md", "second carrier", "static carrier")
    assert pages(build([site / "static/site.css"])) == pages(
        clean_build(site, tmp_path / "clean-1"))
    replace(site / "site.yaml", '"World News Archive"', '"Renamed News Archive"')
    tree = build([site / "site.yaml"])
    assert b"Renamed" in tree["index.html"]
    assert tree == clean_build(site, tmp_path / "clean-2")



def test_paged_lists_keyed_on_heads_fall_back_when_a_template_shows_more(
        served: Served, tmp_path: Path) -> None:
    """A commenter page whose template lists all of the commenter's comments is keyed on
    all of them: renaming the post one comment is on changes every page of it."""
    folder = served.site / "content/2015/untitled-dispatch"
    for n in range(1, 61):  # B.Poster's comments now fill two pages
        (folder / f"comment-{n}.md").write_text(COMMENT.format(n=n), encoding="utf-8")
    template = served.site / "templates/commenter.html"
    replace(template, "{% block content %}", "{% block content %}<ul class=\"all\">"
            "{% for post, c in commenter.comments %}<li>{{ post.title }}</li>{% endfor %}</ul>")
    assert served.rebuild()[0] == "ok"
    replace(served.site / CHINA / "post.md", "China Launches New Aircraft Carrier",
            "China Floats A Carrier")
    assert served.rebuild()[0] == "ok"
    expected = clean_build(served.site, tmp_path / "clean")
    assert pages(tree_bytes(served.output)) == pages(expected)
    shown = [rel for rel, data in expected.items()
             if rel.startswith("commenters/") and b"China Floats A Carrier" in data]
    assert shown == ["commenters/b-poster/index.html", "commenters/b-poster/page/2/index.html"]


COMMENT = """---
type: comment
id: c{n}
post: untitled-dispatch
author: "B.Poster"
date: null
parent: null
removed: false
order: {n}
---
Comment {n}.
"""


@pytest.mark.slow
def test_archive_serve_checks_every_input_a_few_seconds_after_the_last_change(
        tmp_path: Path) -> None:
    """The real `archive serve`: a post in a folder its watcher ignores (a stand-in for
    any change the watcher misses) is on the served site a few seconds later."""
    from tests.test_serve import start_server, stop_server

    site = copy_fixture(tmp_path / "site")
    served = start_server(site)
    try:
        replace(site / CHINA / "post.md", "second carrier", "watched carrier")
        deadline = time.monotonic() + 20
        while served.builds() < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        outside = write_post(tmp_path / "elsewhere", "missed-post", date="2016-04-01",
                             body="The watcher missed me.").parent
        (site / "content/node_modules").mkdir()
        os.rename(outside, site / "content/node_modules/missed-post")
        served.wait_for(r"a change the watcher did not report; \d+ file\(s\) changed", 30)
        assert served.output is not None
        page = served.output / "2016/04/missed-post/index.html"
        assert "The watcher missed me." in page.read_text(encoding="utf-8")
    finally:
        stop_server(served)
    assert served.proc.returncode == 0, served.text()


def test_the_search_pass_of_a_sharded_index_ends_equal_to_a_clean_build(
        tmp_path: Path) -> None:
    """serve answers an edit with the old index, then its search pass re-indexes: with
    the index in shards, the pass must give the shards a clean build gives."""
    site = copy_fixture(tmp_path / "site")
    with (site / "site.yaml").open("a", encoding="utf-8") as config:
        config.write("search_shards: 3\n")
    session, said = BuildSession(), io.StringIO()

    def build(changed: list[Path] | None, later: bool) -> dict[str, bytes]:
        said.seek(0)
        said.truncate()
        result = session.build(load_config(site), base_url=URL + "REPO/", drafts=True,
                               output=tmp_path / "served", search_later=later,
                               reporter=Reporter(stream=said, verbosity=2), changed=changed)
        return tree_bytes(result.output)

    before = build(None, later=False)
    assert any(rel.startswith("pagefind/s1/") for rel in before)
    replace(site / CHINA / "post.md", "second carrier", "sharded carrier")
    answered = build([site / CHINA / "post.md"], later=True)
    assert b"sharded carrier" in answered[CHINA_PAGE]
    searched = build([], later=False)  # the pass serve runs when no edit comes
    assert searched == clean_build(site, tmp_path / "clean")
    assert searched != {**answered, **pages(searched)}  # the pass changed the index
    # only the shard holding the edited post was indexed again, and only that post:
    # the pass patched the shard's bundle (builder/search_patch.py)
    assert "indexed 1 posts with their notes and comments (1 of 3 shard(s)); " \
        "1 shard(s) patched" in said.getvalue()


def test_serves_check_of_every_input_rebuilds_only_what_the_watcher_missed(
        tmp_path: Path) -> None:
    """The check serve runs a few seconds after the last save (the project root as the
    changed path): nothing changed stops after the stat of every input; content files
    it finds changed are read as an edit of them (no full load); any other input makes
    the build full.  Every result equals a clean build."""
    site = copy_fixture(tmp_path / "site")
    session, said = BuildSession(), io.StringIO()

    def check() -> Any:
        said.seek(0)
        said.truncate()
        # as serve's build process does with every request: a preview first (none here)
        assert session.preview(load_config(site), base_url=URL + "REPO/", drafts=True,
                               output=tmp_path / "served", changed=[site]) == []
        return session.build(load_config(site), base_url=URL + "REPO/", drafts=True,
                             output=tmp_path / "served", changed=[site],
                             reporter=Reporter(stream=said))

    session.build(load_config(site), base_url=URL + "REPO/", drafts=True,
                  output=tmp_path / "served", reporter=Reporter(stream=io.StringIO()))
    assert check().skipped
    assert "nothing changed" in said.getvalue()
    # content changes the watcher missed: an edit, a new post, a deleted comment
    replace(site / CHINA / "post.md", "second carrier", "unreported carrier")
    write_post(site, "unreported-post", body="Nobody said.")
    (site / CHINA / "comment-2.md").unlink()
    result = check()
    assert not result.skipped and CHINA_PAGE in result.changed
    assert "loading content/" not in said.getvalue()  # read as an edit, not a full load
    assert pages(tree_bytes(result.output)) == pages(clean_build(site, tmp_path / "clean-1"))
    assert check().skipped
    # a template and a static file: a full build
    replace(site / "templates/macros.html", "d comments\"", "d replies\"")
    replace(site / "static/site.css", "body", "body ")
    result = check()
    assert "loading content/" in said.getvalue()
    assert pages(tree_bytes(result.output)) == pages(clean_build(site, tmp_path / "clean-2"))
    assert check().skipped
    # a new dump in seeds/: split, then built
    (site / "seeds").mkdir(exist_ok=True)
    shutil.copy(SEED, site / "seeds" / SEED.name)
    result = check()
    assert len(list((site / "content").rglob("post.md"))) > len(list(
        (tmp_path / "clean-2" / "content").rglob("post.md")))
    assert pages(tree_bytes(result.output)) == pages(clean_build(site, tmp_path / "clean-3"))
    assert check().skipped


def test_an_edit_build_stopped_for_a_newer_change_leaves_the_site_and_is_done_next(
        tmp_path: Path) -> None:
    """serve tells its build a newer save came: an edit's build gives up between two
    stages, the site stays as it was (no half-written page), and the next build, even
    one that finds no newer change on disk, does the stopped build's work.  A full
    build (here: a template changed) is never given up."""
    site = copy_fixture(tmp_path / "site")
    session = BuildSession()
    post = site / CHINA / "post.md"

    def build(changed: list[Path] | None) -> Any:
        return session.build(load_config(site), base_url=URL + "REPO/", drafts=True,
                             output=tmp_path / "served", changed=changed,
                             reporter=Reporter(stream=io.StringIO()))

    build(None)
    before = tree_bytes(tmp_path / "served")
    replace(post, "second carrier", "stopped carrier")
    stop_when(lambda: True)
    try:
        with pytest.raises(BuildStopped):
            build([post])
        assert tree_bytes(tmp_path / "served") == before
        replace(site / "templates/macros.html", "d comments\"", "d replies\"")
        result = build([site / "templates/macros.html"])  # full: not given up
        assert b"stopped carrier" in tree_bytes(result.output)[CHINA_PAGE]
        replace(post, "stopped carrier", "twice stopped carrier")
        with pytest.raises(BuildStopped):
            build([post])
    finally:
        stop_when(None)
    result = build([post])  # the same path, unchanged since the stopped build read it
    assert not result.skipped and CHINA_PAGE in result.changed
    assert pages(tree_bytes(result.output)) == pages(clean_build(site, tmp_path / "clean"))
    assert build([post]).skipped
