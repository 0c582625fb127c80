"""Blogger export files split exactly as their ground truth says, field by field.

Every export in tests/export (copied from shared/corpus/export, then the rounds of
unseen files) goes through `archive split --json` and the content files it writes,
and is compared with its truth JSON (corpus README, "Conventions for export files").
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import markdown
import pytest
from bs4 import BeautifulSoup
from truth import differences, words

from builder import frontmatter

HERE = Path(__file__).parent
EXPORTS = sorted(HERE.glob("export/*.xml"))


def plain(md: str) -> str:
    """The words a reader sees in a Markdown body (links keep their text, images none)."""
    html = markdown.markdown(md, extensions=["tables"])
    return BeautifulSoup(html, "html.parser").get_text(" ")


def as_truth(post: dict[str, Any]) -> dict[str, Any]:
    """A `split --json` post in the truth's shape."""
    first, last = words(plain(post["body"]))
    notes = []
    for note in post["notes"]:
        nf, nl = words(plain(note["body"]))
        notes.append({"marker": note["marker"], "first_words": nf, "last_words": nl})
    comments = []
    for c in post["comments"]:
        cf, cl = words(plain(c["body"]))
        comments.append({"id": c.get("blogger_id"), "author": c["author"], "timestamp": c["date"],
                         "first_words": cf, "last_words": cl, "parent": c["parent_index"],
                         "removed": c["removed"]})
    return {
        "date": post["date"], "title": post["title"], "url": post.get("url"),
        "kind": post.get("kind", "post"), "draft": post.get("draft", False),
        "author": post["author"], "labels": post["labels"], "body_first_words": first,
        "body_last_words": last, "read_more": post["read_more"], "editor_notes": notes,
        "comment_count_header": post["comment_count"], "comments": comments,
        "images": [{"src": i["src"], "alt": i["alt"]} for i in post.get("images", [])],
    }


def expected(export: Path) -> dict[str, Any]:
    truth = json.loads(export.with_suffix(".json").read_text(encoding="utf-8"))
    if "error" in truth:
        return truth
    for post in truth["posts"]:  # `full` and `in_mirror` belong to the image store
        post["images"] = [{"src": i["src"], "alt": i["alt"]} for i in post.get("images", [])]
    return {"posts": truth["posts"]}


def split_json(site: Path, run_archive: Any) -> dict[str, Any]:
    result = run_archive("split", "--json", cwd=site)
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("export", EXPORTS, ids=[e.name.split("_")[0] for e in EXPORTS])
def test_export_matches_ground_truth(export: Path, tmp_path: Path, run_archive: Any) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / export.name).write_bytes(export.read_bytes())
    [record] = split_json(tmp_path, run_archive)["dumps"]
    want = expected(export)
    if "error" in want:
        assert record["error"], "the export should have been refused"
        return
    assert record["error"] is None, record.get("detail")
    diffs = differences({"posts": [as_truth(p) for p in record["posts"]]}, want)
    assert not diffs, "\n".join(diffs)


@pytest.mark.parametrize("export", EXPORTS[:2], ids=["221", "222"])
def test_written_files_hold_what_split_json_printed(export: Path, tmp_path: Path,
                                                    run_archive: Any) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / export.name).write_bytes(export.read_bytes())
    [record] = split_json(tmp_path, run_archive)["dumps"]
    assert run_archive("split", cwd=tmp_path).returncode == 0
    content = tmp_path / "content"
    for post in record["posts"]:
        kind = post.get("kind", "post")
        [path] = content.glob(f"*/{post['id']}/{kind}.md")
        meta, body, _ = frontmatter.parse(path.read_text(encoding="utf-8"), str(path))
        assert (meta["type"], meta["title"], meta.get("url"), meta.get("draft", False)) == (
            kind, post["title"], post.get("url"), post.get("draft", False))
        assert body.strip() == post["body"].strip()
        files = sorted(path.parent.glob("comment-*.md"), key=lambda p: int(p.stem[8:]))
        got = [frontmatter.parse(f.read_text(encoding="utf-8"), str(f))[0] for f in files]
        assert [(m["id"], m["parent"], m["date"]) for m in got] == [
            (c["id"], c["parent"], c["date"]) for c in post["comments"]]


def test_untitled_posts_stay_untitled_and_get_their_old_address_as_id(
        tmp_path: Path, run_archive: Any) -> None:
    export = next(e for e in EXPORTS if e.name.startswith("222"))
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / export.name).write_bytes(export.read_bytes())
    posts = split_json(tmp_path, run_archive)["dumps"][0]["posts"]
    untitled = [p for p in posts if not p["title"]]
    assert [p["id"] for p in untitled] == ["first-frost-on-allotment-this-morning",
                                           "early-voting-opened-at-library-this"]


def test_the_blog_owner_comments_are_marked_and_profiles_kept(tmp_path: Path,
                                                               run_archive: Any) -> None:
    export = next(e for e in EXPORTS if e.name.startswith("221"))
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / export.name).write_bytes(export.read_bytes())
    record = split_json(tmp_path, run_archive)["dumps"][0]
    comments = [c for p in record["posts"] for c in p["comments"]]
    owner = [c for c in comments if c.get("by_author")]
    assert owner and all(c["author"] == "WNU Editor" for c in owner)
    assert all(not c.get("by_author") for c in comments if c["author"] != "WNU Editor")
    assert all("author_url" not in c for c in comments if c["author"] == "Anonymous")
    harlan = next(c for c in comments if c["author"] == "Harlan Vosk")
    assert harlan["author_url"].startswith("https://www.blogger.com/profile/")
    assert record["dropped"] == ["settings entries: 48", "template entries: 1"]


@pytest.mark.parametrize("export", EXPORTS, ids=[e.name.split("_")[0] for e in EXPORTS])
def test_a_spooled_export_gives_the_same_posts(export: Path) -> None:
    """Big exports wait in a temporary file and come back post by post: the same posts."""
    from truth import MARKERS

    from builder.split.export import read_export

    with export.open("rb") as one, export.open("rb") as two:
        kept = read_export(one, export.name, MARKERS)
        spooled = read_export(two, export.name, MARKERS, spool=True)
    assert kept.stream is None and spooled.posts == [] and spooled.stream is not None
    assert list(spooled.each_post()) == kept.posts and len(spooled.each_post()) == len(kept.posts)
    assert (spooled.reported, spooled.dropped) == (kept.reported, kept.dropped)
