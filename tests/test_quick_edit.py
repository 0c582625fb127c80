"""`archive build` after a small text edit takes the quick path (builder/incremental/
quick.py): only the pages that show the edited posts are rendered, from the last
build's snapshot, and their search shard is patched.  After every edit the site is
a clean build's byte for byte, search index included; anything the quick path does
not take (a changed title, date, tag, comment author, an added or deleted file, a
template or site.yaml change, a damaged snapshot, too many files) takes the normal
path, says why under -v, and ends the same.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Callable
from pathlib import Path

import pytest

from builder.build import BuildResult, build_site
from builder.config import load_config
from builder.errors import ArchiveError
from builder.incremental.quick import MOST_FOLDERS
from builder.report import Reporter
from tests.sitefixture import clean_copy, copy_fixture, project_from_files, tree_bytes, write_post
from tests.test_build_incremental import replace
from tests.test_search_shards import SHARD_FILES
from tests.test_serve_session import COMMENT as POSTER_COMMENT

CHINA = "content/2016/china-launches-new-carrier"  # newest but one: home page, feed, tags
FALLING = "content/2016/a-falling-out-between-russia-and-iran-over-syria"  # has a note
RAMADI = "content/2015/iraq-offensive-ramadi"  # on page 2 of the home list
MAILBAG = "content/undated/from-the-mailbag"  # undated, with a comment


def build(root: Path) -> tuple[BuildResult, str]:
    said = io.StringIO()
    result = build_site(load_config(root), reporter=Reporter(verbosity=2, stream=said))
    return result, said.getvalue()


def same_as_clean(site: Path, where: Path) -> None:
    out = tree_bytes(site / "_site")
    clean = tree_bytes(build(clean_copy(site, where))[0].output)
    assert sorted(out) == sorted(clean)
    assert [rel for rel in clean if out[rel] != clean[rel]] == []


def said_quick(said: str) -> bool:
    quick = "quick edit: " in said
    assert quick != ("quick edit not possible" in said), said
    return quick


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = copy_fixture(tmp_path / "site")
    _, said = build(root)
    assert "quick edit not possible: no snapshot of the last build" in said
    return root


QUICK: list[tuple[str, Callable[[Path], object]]] = [
    ("a post body (home page, tag pages, feed)",
     lambda s: replace(s / CHINA / "post.md", "second carrier", "second new carrier")),
    ("a note body", lambda s: replace(s / FALLING / "note-1.md", "**sceptical**", "*wary*")),
    ("a comment body (commenter page)",
     lambda s: replace(s / CHINA / "comment-1.md", "Big news.", "Big, big news.")),
    ("two posts at once", lambda s: (
        replace(s / RAMADI / "post.md", "advanced into Ramadi", "pushed into Ramadi"),
        replace(s / MAILBAG / "post.md", "\n---\n", "\n---\nA first line.\n\n"))),
    ("an edit", lambda s: replace(s / CHINA / "post.md", "is larger", "is much larger")),
    ("...and its revert", lambda s: replace(s / CHINA / "post.md", "is much larger",
                                            "is larger")),
    ("a word only a search finds", lambda s: replace(
        s / RAMADI / "post.md", "pushed into Ramadi", "pushed into Ramadi (quokkaword)")),
]


def test_text_edits_take_the_quick_path_and_equal_a_clean_build(site: Path,
                                                                tmp_path: Path) -> None:
    for number, (what, edit) in enumerate(QUICK):
        edit(site)
        result, said = build(site)
        assert said_quick(said), (what, said)
        assert result.changed, what
        assert "search: indexed 1 posts" in said or "two" in what, (what, said)
        same_as_clean(site, tmp_path / f"clean-{number}")
    assert any(b"quokkaword" in gzip.decompress(data) for data in
               tree_bytes(site / "_site" / "pagefind").values() if data[:2] == b"\x1f\x8b")
    result, said = build(site)
    assert result.skipped and "nothing changed since the last build" in said


def test_a_reverted_edit_gives_back_the_old_bytes(site: Path) -> None:
    page = site / "_site/2016/01/china-launches-new-carrier/index.html"
    before = page.read_bytes()
    replace(site / CHINA / "post.md", "second carrier", "second quick carrier")
    assert said_quick(build(site)[1])
    assert b"second quick carrier" in page.read_bytes()
    replace(site / CHINA / "post.md", "second quick carrier", "second carrier")
    assert said_quick(build(site)[1])
    assert page.read_bytes() == before
    # and the normal path after it takes nothing stale over
    (site / "templates/post.html").write_text(
        (site / "templates/post.html").read_text() + "\n", encoding="utf-8")
    assert not said_quick(build(site)[1])


def _template(site: Path) -> None:
    path = site / "templates/base.html"
    path.write_text(path.read_text(encoding="utf-8").replace("</footer>", " </footer>", 1),
                    encoding="utf-8")


def _damage(site: Path) -> None:
    [folder] = (site / ".cache").glob("build-*.quick")
    (folder / "pages.pickle").write_bytes(b"not a pickle")
    replace(site / CHINA / "post.md", "is larger", "is larger, undamaged")


def _many(site: Path) -> None:
    for number in range(MOST_FOLDERS + 1):
        write_post(site, f"many-{number}", body=f"Post {number}.")
    build(site)  # the normal path: new posts
    for number in range(MOST_FOLDERS + 1):
        replace(site / f"content/2016/many-{number}/post.md", f"Post {number}.",
                f"Post number {number}.")


NORMAL: list[tuple[str, str, Callable[[Path], object]]] = [
    ("title", "its title changed", lambda s: replace(
        s / CHINA / "post.md", "China Launches New Aircraft Carrier", "China Floats A Carrier")),
    ("date", "its date changed", lambda s: replace(s / CHINA / "post.md", '"2016-01-15"',
                                                   '"2015-10-03"')),
    ("tag", "its tags changed", lambda s: replace(s / CHINA / "post.md", '"Navy"', '"Naval"')),
    ("comment author", "its comment author changed",
     lambda s: replace(s / CHINA / "comment-1.md", 'author: "', 'author: "Renamed ')),
    ("deleted comment", "added or removed", lambda s: (s / CHINA / "comment-2.md").unlink()),
    ("added comment", "added or removed", lambda s: (s / MAILBAG / "comment-9.md").write_text(
        (s / MAILBAG / "comment-1.md").read_text(encoding="utf-8").replace(
            'id: "', 'id: "new-', 1), encoding="utf-8")),
    ("added post", "added or removed", lambda s: write_post(s, "brand-new", body="*New*.")),
    ("template", "besides content/", _template),
    ("site.yaml", "besides content/", lambda s: replace(
        s / "site.yaml", 'title: "World News Archive"', 'title: "World News"')),
    ("a file beside the content files", "not a content file changed", lambda s: (
        (s / CHINA / "notes.txt").write_text("mine", encoding="utf-8"),
        replace(s / CHINA / "post.md", "second carrier", "second noted carrier"))),
    ("damaged snapshot", "", _damage),
    ("more files than the limit", "post folders changed (at most", _many),
]


def test_other_edits_take_the_normal_path_and_equal_a_clean_build(site: Path,
                                                                  tmp_path: Path) -> None:
    for number, (what, reason, edit) in enumerate(NORMAL):
        edit(site)
        _, said = build(site)
        assert not said_quick(said), (what, said)
        assert reason in said.split("quick edit not possible: ")[1].splitlines()[0], (what, said)
        same_as_clean(site, tmp_path / f"clean-{number}")
        replace(site / RAMADI / "post.md", "advanced into Ramadi",
                f"advanced into Ramadi ({number})")
        assert said_quick(build(site)[1]), what  # the normal path wrote a new snapshot
        same_as_clean(site, tmp_path / f"clean-{number}-after")


def test_a_bad_file_fails_as_the_normal_path_does_and_leaves_the_site(site: Path) -> None:
    before = tree_bytes(site / "_site")
    post = site / CHINA / "post.md"
    good = post.read_text(encoding="utf-8")
    post.write_text(good.replace('date: "2016-01-15"', 'date: "yesterday"'), encoding="utf-8")
    with pytest.raises(ArchiveError) as error:
        build(site)
    assert f"{CHINA}/post.md:" in str(error.value)
    assert tree_bytes(site / "_site") == before
    post.write_text(good.replace("second carrier", "second mended carrier"), encoding="utf-8")
    assert said_quick(build(site)[1])
    assert b"second mended carrier" in (site / "_site/2016/01/china-launches-new-carrier"
                                        / "index.html").read_bytes()


def test_a_sharded_index_patches_the_edited_posts_shard(tmp_path: Path) -> None:
    root = project_from_files(tmp_path / "sharded", SHARD_FILES)
    build(root)
    replace(root / "content/2016/falling-out/post.md", "zanzibarite fashion",
            "zanzibarite fashion, quokkaword")
    said = build(root)[1]
    assert said_quick(said) and "search shard" in said
    assert "search: indexed 1 posts with their notes and comments (1 of 4 shard(s))" in said
    same_as_clean(root, tmp_path / "clean")


def test_a_long_commenter_has_one_page_rendered(site: Path) -> None:
    """A commenter page is rendered again only when it lists a comment of the edited
    post (its template shows of the commenter only the head, whose facts do not
    change in a quick edit); the commenters index not at all."""
    folder = site / "content/2015/untitled-dispatch"
    for n in range(1, 61):  # with the comment on the China post: two pages of B.Poster's
        (folder / f"comment-{n}.md").write_text(POSTER_COMMENT.format(n=n), encoding="utf-8")
    build(site)
    replace(site / CHINA / "comment-1.md", "Big news.", "Big, quick news.")
    said = build(site)[1]
    assert said_quick(said)
    [line] = [line for line in said.splitlines() if line.startswith("quick edit rendered ")]
    rendered = line.split()[3:]
    listed = [path for path in rendered if path.startswith("commenters/")]
    assert len(listed) == 1 and listed[0].startswith("commenters/b-poster/"), rendered
    assert "2016/01/china-launches-new-carrier/index.html" in rendered


def test_a_large_archive_keeps_no_snapshot_and_edits_the_normal_way(
        site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from builder.incremental import snapshot

    assert list((site / ".cache").glob("build-*.quick"))  # the fixture's build kept one
    monkeypatch.setattr(snapshot, "KEEP_UP_TO", 5)  # the fixture's nine posts are "large"
    replace(site / RAMADI / "post.md", "advanced into Ramadi", "advanced into Ramadi (1)")
    assert said_quick(build(site)[1])  # a quick edit keeps the snapshot it started from
    replace(site / RAMADI / "post.md", "\"Iraq", "\"Retitled Iraq")  # the normal path
    assert not said_quick(build(site)[1])
    assert not list((site / ".cache").glob("build-*.quick"))  # ...which keeps none
    replace(site / RAMADI / "post.md", "advanced into Ramadi", "advanced into Ramadi (2)")
    _, said = build(site)
    assert "quick edit not possible: no snapshot of the last build" in said
    same_as_clean(site, tmp_path / "clean")
