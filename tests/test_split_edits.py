"""Hand edits and the seeds folder, as a user meets them through `archive split` and
`archive build`: editing content and splitting again is the normal way of working."""

from __future__ import annotations

from pathlib import Path

from builder.load import load_archive

DUMP = """Monday, March 5, 2012

{title}

{text}

Labels: Notes

1 comment:

Reader One said...

A comment on the post.
"""
FIRST = "The first paragraph of the post, long enough to be a real paragraph of text."


def dump(title: str = "A Post About Gardens", text: str = FIRST) -> str:
    return DUMP.format(title=title, text=text)


def post_file(site: Path) -> Path:
    [found] = (site / "content").rglob("post.md")
    return found


def edit_title(path: Path, new: str) -> str:
    text = path.read_text(encoding="utf-8")
    edited = text.replace('title: "A Post About Gardens"', f'title: "{new}"')
    assert edited != text
    path.write_text(edited, encoding="utf-8")
    return edited


def test_an_edit_against_an_unchanged_dump_is_quiet_and_not_a_failure(make_site, run_archive):
    site = make_site({"seeds/a.txt": dump()}, copy_theme=False)
    assert run_archive("split", cwd=site).returncode == 0
    edited = edit_title(post_file(site), "Gardens, Better Titled")
    again = run_archive("split", cwd=site)
    assert again.returncode == 0, again.stderr
    assert "note:" not in again.stdout and again.stderr == ""
    assert "1 edited by hand kept" in again.stdout
    assert post_file(site).read_text(encoding="utf-8") == edited


def test_a_changed_dump_keeps_the_edit_shows_the_diff_and_names_the_way_back(
        make_site, run_archive):
    site = make_site({"seeds/a.txt": dump()})
    assert run_archive("split", cwd=site).returncode == 0
    path = post_file(site)
    rel = path.relative_to(site).as_posix()
    edited = edit_title(path, "Gardens, Better Titled")
    (site / "seeds" / "a.txt").write_text(dump(text=FIRST + " Now with a second sentence."),
                                          encoding="utf-8")
    result = run_archive("split", cwd=site)
    assert result.returncode == 0, result.stderr
    assert f"note: {rel}: kept your edit; the dump now reads differently:" in result.stdout
    assert '-title: "Gardens, Better Titled"' in result.stdout
    assert '+title: "A Post About Gardens"' in result.stdout
    assert "+The first paragraph" in result.stdout
    assert "Now with a second sentence." in result.stdout
    assert f"archive split --force {rel}" in result.stdout
    assert path.read_text(encoding="utf-8") == edited
    # said once: the next split and build are quiet, and --strict does not count it
    quiet = run_archive("split", cwd=site)
    assert quiet.returncode == 0 and "note:" not in quiet.stdout
    built = run_archive("build", "--base-url", "/", "--strict", cwd=site)
    assert built.returncode == 0, built.stderr
    assert "refused" not in built.stdout + built.stderr
    # the way back, for this one file: the other edited file stays as the user made it
    [comment] = path.parent.glob("comment-*.md")
    comment_text = comment.read_text(encoding="utf-8").replace("A comment on", "My comment on")
    comment.write_text(comment_text, encoding="utf-8")
    taken = run_archive("split", "--force", rel, cwd=site)
    assert taken.returncode == 0, taken.stderr
    assert 'title: "A Post About Gardens"' in path.read_text(encoding="utf-8")
    assert "Now with a second sentence." in path.read_text(encoding="utf-8")
    assert comment.read_text(encoding="utf-8") == comment_text


def test_build_with_a_changed_dump_keeps_the_edit_and_says_so_once(make_site, run_archive):
    site = make_site({"seeds/a.txt": dump()})
    assert run_archive("build", "--base-url", "/", cwd=site).returncode == 0
    edit_title(post_file(site), "Gardens, Better Titled")
    (site / "seeds" / "a.txt").write_text(dump(text=FIRST + " Changed."), encoding="utf-8")
    built = run_archive("build", "--base-url", "/", "--strict", cwd=site)
    assert built.returncode == 0, built.stderr
    assert built.stdout.count("kept your edit") == 1
    page = next((site / "_site").rglob("gardens*/index.html"), None) or next(
        p for p in (site / "_site").rglob("index.html") if "Better Titled" in p.read_text())
    assert "Gardens, Better Titled" in page.read_text(encoding="utf-8")
    again = run_archive("build", "--base-url", "/", "--strict", cwd=site)
    assert again.returncode == 0 and "kept your edit" not in again.stdout


def test_a_content_path_without_force_is_refused_with_the_command_to_use(make_site, run_archive):
    site = make_site({"seeds/a.txt": dump()}, copy_theme=False)
    run_archive("split", cwd=site)
    rel = post_file(site).relative_to(site).as_posix()
    result = run_archive("split", rel, cwd=site)
    assert result.returncode == 1
    assert f"`archive split --force {rel}`" in result.stderr


def test_a_copy_of_a_dump_is_split_once_with_a_note(make_site, run_archive):
    site = make_site({"seeds/a.txt": dump()}, copy_theme=False)
    assert run_archive("split", cwd=site).returncode == 0
    before = sorted(p.relative_to(site).as_posix() for p in (site / "content").rglob("*.md"))
    (site / "seeds" / "old").mkdir()
    (site / "seeds" / "old" / "a.txt").write_text(dump(), encoding="utf-8")
    (site / "seeds" / "a copy.txt").write_text(dump(), encoding="utf-8")
    result = run_archive("split", cwd=site)
    assert result.returncode == 0, result.stderr
    assert "note: seeds/a copy.txt: the same text as seeds/a.txt; split once" in result.stdout
    assert "note: seeds/old/a.txt: the same text as seeds/a.txt; split once" in result.stdout
    after = sorted(p.relative_to(site).as_posix() for p in (site / "content").rglob("*.md"))
    assert after == before
    assert len(load_archive(site / "content").posts) == 1
    quiet = run_archive("split", cwd=site)
    assert quiet.returncode == 0 and "note:" not in quiet.stdout


def test_a_renamed_dump_keeps_its_posts_and_their_addresses(make_site, run_archive):
    site = make_site({"seeds/a.txt": dump()}, copy_theme=False)
    assert run_archive("split", cwd=site).returncode == 0
    folder = post_file(site).parent.relative_to(site)
    (site / "seeds" / "a.txt").rename(site / "seeds" / "gardens.txt")
    result = run_archive("split", cwd=site)
    assert result.returncode == 0, result.stderr
    assert "note: seeds/gardens.txt: the same text as seeds/a.txt, which is gone" in result.stdout
    assert post_file(site).parent.relative_to(site) == folder
    [post] = load_archive(site / "content").posts
    assert post.source == "gardens.txt"
    assert "is gone" not in run_archive("split", cwd=site).stdout


def test_a_deleted_dump_leaves_orphans_until_prune_removes_them_by_name(make_site, run_archive):
    site = make_site({"seeds/a.txt": dump(), "seeds/b.txt": dump("Another Post On Roses")},
                     copy_theme=False)
    assert run_archive("split", cwd=site).returncode == 0
    assert len(load_archive(site / "content").posts) == 2
    (site / "seeds" / "b.txt").unlink()
    result = run_archive("split", cwd=site)
    assert result.returncode == 0, result.stderr
    assert "note: seeds/b.txt is gone; its 1 post(s) stay in content/ (another-post-on-roses)" \
        in result.stdout
    assert "`archive split --prune` removes them" in result.stdout
    assert len(load_archive(site / "content").posts) == 2
    built = run_archive("build", "--base-url", "/", cwd=site)
    assert "seeds/b.txt is gone" in built.stdout
    pruned = run_archive("split", "--prune", cwd=site)
    assert pruned.returncode == 0, pruned.stderr
    assert "removed content/2012/another-post-on-roses/ (its dump seeds/b.txt is gone)" \
        in pruned.stdout
    assert [p.title for p in load_archive(site / "content").posts] == ["A Post About Gardens"]
    assert not (site / "content" / "2012" / "another-post-on-roses").exists()
    assert "is gone" not in run_archive("split", cwd=site).stdout


def test_build_after_a_rename_rewrites_the_posts_source(make_site, run_archive):
    site = make_site({"seeds/a.txt": dump()})
    assert run_archive("build", "--base-url", "/", cwd=site).returncode == 0
    (site / "seeds" / "a.txt").rename(site / "seeds" / "gardens.txt")
    built = run_archive("build", "--base-url", "/", cwd=site)
    assert built.returncode == 0, built.stderr
    assert "its posts now come from this file" in built.stdout
    [post] = load_archive(site / "content").posts
    assert post.source == "gardens.txt"
