"""`archive split` as a user runs it: the seed, re-runs, hand edits, bad input, odd titles."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import pytest

from builder import frontmatter
from builder.load import load_archive

REPO = Path(__file__).resolve().parent.parent
SEED = next((REPO / "seeds").glob("*.txt"))

ITEM = """Monday, March 5, 2012

{title}

The first paragraph of the post, long enough to be a real paragraph of text.

Labels: {labels}

1 comment:

Reader One said...

A comment on the post.
"""


def tree(root: Path) -> dict[str, tuple[str, int]]:
    """Every file under root: (sha256, mtime_ns)."""
    return {
        p.relative_to(root).as_posix(): (hashlib.sha256(p.read_bytes()).hexdigest(),
                                         p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_the_seed_splits_into_a_tagged_post_a_note_and_two_comments(make_site, run_archive):
    site = make_site({f"seeds/{SEED.name}": SEED.read_bytes(),
                      "site.yaml": (REPO / "site.yaml").read_bytes()}, copy_theme=False)
    result = run_archive("split", cwd=site)
    assert result.returncode == 0, result.stderr
    archive = load_archive(site / "content")
    [post] = archive.posts
    assert post.title == "A Falling Out Between Russia And Iran Over Syria?"
    assert post.date == "2016-02-06"
    assert {"Iran", "Russia", "Syria"} <= set(post.tags)
    assert [n.marker for n in post.notes] == ["WNU Editor:"]
    assert post.notes[0].body.startswith("Regular readers of this blog")
    assert [c.author for c in post.comments] == ["Jay Farquharson", "Anonymous"]
    assert post.comments[0].body.startswith("WNU Editor,")
    assert post.read_more and post.comment_count == 2
    assert post.quotes == ((3, 5),) and post.sources == (2,)


def test_rerunning_split_changes_no_byte(make_site, run_archive):
    site = make_site({f"seeds/{SEED.name}": SEED.read_bytes()}, copy_theme=False)
    assert run_archive("split", cwd=site).returncode == 0
    before = tree(site / "content")
    assert run_archive("split", cwd=site).returncode == 0
    assert tree(site / "content") == before


def test_a_hand_edit_is_never_overwritten_without_force(make_site, run_archive):
    site = make_site({f"seeds/{SEED.name}": SEED.read_bytes()}, copy_theme=False)
    run_archive("split", cwd=site)
    [post_file] = (site / "content").rglob("post.md")
    edited = post_file.read_text(encoding="utf-8").replace(
        'title: "A Falling Out', 'title: "My better title: A Falling Out')
    post_file.write_text(edited, encoding="utf-8")
    result = run_archive("split", cwd=site)
    assert result.returncode == 0, result.stderr
    assert "1 edited by hand kept" in result.stdout
    assert post_file.read_text(encoding="utf-8") == edited
    forced = run_archive("split", "--force", cwd=site)
    assert forced.returncode == 0, forced.stderr
    assert "My better title" not in post_file.read_text(encoding="utf-8")


def test_dry_run_and_json_write_nothing(make_site, run_archive):
    site = make_site({f"seeds/{SEED.name}": SEED.read_bytes()}, copy_theme=False)
    dry = run_archive("split", "--dry-run", cwd=site)
    assert dry.returncode == 0 and "would write 4 file(s)" in dry.stdout
    as_json = run_archive("split", "--json", cwd=site)
    assert as_json.returncode == 0
    assert json.loads(as_json.stdout)["dumps"][0]["posts"][0]["comment_count"] == 2
    assert list((site / "content").rglob("*")) == []


BAD = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"  \n\t\n \xc2\xa0\n", "empty file"),
    "photo.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary file"),
    "dump.txt.gz": (gzip.compress(b"Monday, March 5, 2012\n\nTitle\n\nText."), "binary file"),
    "rows.csv": (b"id,name,value\n1,a,2\n2,b,3\n3,c,4\n4,d,5\n", "not a blog dump"),
    "page.html": (b"<!DOCTYPE html>\n<html>\n<body>\n<p>Hi</p>\n</body>\n</html>\n",
                  "not a blog dump"),
    "film.srt": (b"1\n00:00:01,000 --> 00:00:02,000\nHello said...\n\n2\n"
                 b"00:00:03,000 --> 00:00:04,000\nMonday, March 5, 2012\n", "not a blog dump"),
}


def test_bad_dumps_get_one_line_each_and_the_good_one_is_still_split(make_site, run_archive):
    files = {f"seeds/{name}": data for name, (data, _) in BAD.items()}
    files[f"seeds/{SEED.name}"] = SEED.read_bytes()
    site = make_site(files, copy_theme=False)
    result = run_archive("split", cwd=site)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == len(BAD)
    for name, (_, reason) in BAD.items():
        assert any(line.startswith(f"error: seeds/{name}:1: {reason} (") for line in errors), name
    assert "Traceback" not in result.stderr
    [post] = load_archive(site / "content").posts
    assert post.source == SEED.name
    assert {p.parent.name for p in (site / "content").rglob("post.md")} == {post.id}


@pytest.mark.parametrize("title", [
    "../../etc", "CON", "no", "on", "1:30", "0123", "---", "# heading", 'He said "yes"',
    "Ünïcödé – ελληνικά 中文", "null", "~", "2016-02-06 in review", "yes: odd & true",
])
def test_odd_titles_stay_inside_content_and_read_back_identically(title, make_site, run_archive):
    site = make_site({"seeds/a.txt": ITEM.format(title=title, labels="no, On")},
                     copy_theme=False)
    assert run_archive("split", cwd=site).returncode == 0
    files = [p for p in site.rglob("*") if p.is_file()]
    assert all(site / "content" in p.parents or site / "seeds" in p.parents for p in files)
    [post] = load_archive(site / "content").posts
    assert post.title == title
    assert post.tags == ("no", "On")


def _on(day: int, title: str, labels: str) -> str:
    return ITEM.format(title=title, labels=labels).replace("March 5,", f"March {day},")


def test_same_title_twice_gives_distinct_stable_ids(make_site, run_archive):
    site = make_site({"seeds/a.txt": _on(5, "Same", "x"), "seeds/b.txt": _on(6, "Same", "y")},
                     copy_theme=False)
    assert run_archive("split", cwd=site).returncode == 0
    ids = {p.source: p.id for p in load_archive(site / "content").posts}
    assert ids == {"a.txt": "same", "b.txt": "same-2"}
    (site / "seeds" / "0.txt").write_text(_on(7, "Same", "z"), encoding="utf-8")
    assert run_archive("split", cwd=site).returncode == 0
    ids = {p.source: p.id for p in load_archive(site / "content").posts}
    assert ids == {"a.txt": "same", "b.txt": "same-2", "0.txt": "same-3"}


def test_one_post_in_two_dumps_is_kept_once_naming_both(make_site, run_archive):
    site = make_site({"seeds/a.txt": _on(5, "Same", "x"), "seeds/b.txt": _on(5, "Same", "y")},
                     copy_theme=False)
    assert run_archive("split", cwd=site).returncode == 0
    [post] = load_archive(site / "content").posts
    assert post.source == "a.txt" and len(post.comments) == 1
    meta, _, _ = frontmatter.parse((site / "content" / "2012" / "same" / "post.md")
                                   .read_text(encoding="utf-8"), "post.md")
    assert meta["inputs"] == ["a.txt", "b.txt"]


@pytest.mark.parametrize("encoding,newline", [
    ("utf-8-sig", "\r\n"), ("utf-16", "\n"), ("cp1252", "\r"), ("utf-8", "\n"),
])
def test_encodings_and_line_ends_split_alike(encoding, newline, make_site, run_archive):
    text = ITEM.format(title="Caf\u00e9 \u201cquotes\u201d \u2013 dash", labels="a")
    data = text.replace("\n", newline).encode(encoding)
    site = make_site({"seeds/a.txt": data}, copy_theme=False)
    assert run_archive("split", cwd=site).returncode == 0
    [post] = load_archive(site / "content").posts
    assert post.title == "Caf\u00e9 \u201cquotes\u201d \u2013 dash"
    assert post.comments[0].author == "Reader One"


def test_tags_labels_first_then_rules_case_insensitively_once(make_site, run_archive):
    config = 'tags:\n  Iran: [Tehran, Iran]\n  Navy: [warship]\n'
    text = ITEM.format(title="Tehran news", labels="iran, Ships")
    site = make_site({"seeds/a.txt": text, "site.yaml": config}, copy_theme=False)
    assert run_archive("split", cwd=site).returncode == 0
    [post] = load_archive(site / "content").posts
    assert post.tags == ("iran", "Ships")


def test_front_matter_that_would_run_code_is_refused(make_site, run_archive):
    site = make_site({"content/2012/x/post.md":
                      "---\ntype: post\nid: x\ntitle: !!python/object/apply:os.system ['echo hi']\n"
                      "date: null\n---\nbody\n"}, copy_theme=False)
    from builder.errors import ErrorList

    with pytest.raises(ErrorList) as caught:
        load_archive(site / "content")
    assert "content/2012/x/post.md:4: bad YAML" in str(caught.value)


def test_yaml_aliases_are_refused():
    text = "---\ntype: post\nid: x\ntitle: &a hi\nauthor: *a\ndate: null\n---\n"
    from builder.errors import ContentError

    with pytest.raises(ContentError, match="aliases"):
        frontmatter.parse(text, "x.md")


def test_losing_the_state_file_does_not_duplicate_posts(make_site, run_archive):
    site = make_site({f"seeds/{SEED.name}": SEED.read_bytes()}, copy_theme=False)
    assert run_archive("split", cwd=site).returncode == 0
    before = tree(site / "content")
    (site / "content" / ".split-state.json").unlink()
    assert run_archive("split", cwd=site).returncode == 0
    after = tree(site / "content")
    assert {k: v[0] for k, v in after.items()} == {k: v[0] for k, v in before.items()}
