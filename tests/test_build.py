"""`archive build`: the pipeline end to end on real files (no mocks)."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest

from builder.build import build_site
from builder.config import load_config
from builder.errors import ArchiveError, ErrorList
from builder.report import Reporter
from tests.sitefixture import copy_fixture, normal_path, tree_bytes, write_post

POST = "2016/02/a-falling-out-between-russia-and-iran-over-syria/index.html"


def build(root: Path, **kwargs):  # type: ignore[no-untyped-def]
    reporter = Reporter(stream=io.StringIO())
    return build_site(load_config(root), reporter=reporter, **kwargs), reporter


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return copy_fixture(tmp_path / "site")


def test_cli_build_prints_stages_and_summary(site: Path, run_archive) -> None:  # type: ignore[no-untyped-def]
    done = run_archive("build", cwd=site)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "loading content/"
    assert "writing" in done.stdout and "search index" in done.stdout
    assert re.match(r"built \d+ files into _site/ \(\d+ changed\) in \d+\.\d\d s", lines[-2])
    assert lines[-1].startswith("to look at it, run `archive serve --open`")  # main's hint
    assert (site / "_site" / POST).is_file()


def test_every_kind_of_page_exists(site: Path) -> None:
    result, _ = build(site)
    out = result.output
    for rel in ("index.html", "page/2/index.html", POST,
                "undated/from-the-mailbag/index.html", "tags/index.html", "tags/c/index.html",
                "tags/c-plus-plus/index.html", "tags/c-sharp/index.html", "archive/index.html",
                "2016/index.html", "2016/02/index.html", "2015/12/index.html", "undated/index.html",
                "commenters/index.html", "commenters/b-poster/index.html", "404.html", "feed.xml",
                "sitemap.xml", "robots.txt", ".nojekyll", "static/site.css"):
        assert (out / rel).is_file(), rel
    assert not (out / "page/3").exists()  # page 1's posts, then 50 titles a page
    assert not (out / "CNAME").exists()
    assert result.pages == len([p for p in out.rglob("*") if p.is_file()])
    assert POST in result.changed


def test_post_page_shows_quote_notes_read_more_and_thread(site: Path) -> None:
    result, _ = build(site)
    html = (result.output / POST).read_text()
    quote = re.search(r'<figure class="quote">.*?</figure>', html, re.S)
    assert quote is not None
    assert "<cite>Debka: Iran and Russia in first major falling-out" in quote.group(0)
    assert "Tehran is furious" in quote.group(0)
    # read-more marker, then the note (after paragraph 5), then paragraph 6
    body = html[html.index('class="post-body"'):html.index("</article>")]
    assert body.index("Read more ....") < body.index("WNU Editor:") < body.index("anyone's guess")
    assert '<aside class="note" id="note-1" aria-label="WNU Editor note">' in body
    # c3 replies to c2 which replies to c1: three nested lists
    nest = html[html.index('id="c1"'):html.index('id="c3"')]
    assert nest.count('<ol class="comment-list">') == 2
    assert '<a href="#c2">' in html and "7:41 AM" in html
    assert '<article id="c4" class="removed">' in html
    assert "The original page said 6 comments." in html
    assert '<a href="/REPO/tags/iran/">Iran</a>' in html


def test_tags_keep_c_cplusplus_csharp_apart_and_merge_case(site: Path) -> None:
    write_post(site, "lower-case-tag", tags=["syria", "c++"])
    result, _ = build(site)
    tags = (result.output / "tags/index.html").read_text()
    assert '<a href="/REPO/tags/c/">C</a> <span class="count">(1)</span>' in tags
    assert '<a href="/REPO/tags/c-plus-plus/">C++</a> <span class="count">(3)</span>' in tags
    assert '<a href="/REPO/tags/c-sharp/">C#</a> <span class="count">(1)</span>' in tags
    assert tags.count(">Syria</a>") == 1 and ">syria</a>" not in tags


def test_tag_slug_collision_is_reported_never_overwritten(site: Path) -> None:
    write_post(site, "spelled-out", tags=["C Plus Plus"])
    result, _ = build(site)
    warning = ("tags 'C Plus Plus' and 'C++' have the same URL slug 'c-plus-plus';"
               " 'C++' is published at tags/c-plus-plus-2/")
    assert warning in result.warnings
    assert "C Plus Plus" in (result.output / "tags/c-plus-plus/index.html").read_text()
    assert "Tag: C++" in (result.output / "tags/c-plus-plus-2/index.html").read_text()


def test_two_pages_at_one_path_fail_naming_both(site: Path) -> None:
    first = write_post(site, "same-id-a", date="2016-03-01")
    (site / "site.yaml").write_text((site / "site.yaml").read_text().replace(
        'permalink: "{year}/{month}/{id}/"', 'permalink: "{year}/{month}/"'))
    write_post(site, "same-id-b", date="2016-03-09")
    with pytest.raises(ErrorList) as caught:
        build(site)
    text = str(caught.value)
    assert "2016/03/index.html: two pages at one output path:" in text
    assert first.relative_to(site).as_posix() in text or "month 2016-03" in text
    assert not (site / "_site").exists()


def test_strict_fails_on_warning_and_keeps_old_site(site: Path) -> None:
    build(site)
    before = tree_bytes(site / "_site")
    write_post(site, "odd-key", extra='colour: "blue"')
    result, _ = build(site)  # without --strict: a warning, the build succeeds
    assert any("unknown key 'colour' ignored" in w for w in result.warnings)
    write_post(site, "odd-key-2", extra='colour: "red"')
    with pytest.raises(ArchiveError, match=r"--strict: \d+ warning"):
        build(site, strict=True)
    assert tree_bytes(site / "_site") != before  # the non-strict build did land
    assert "odd-key-2" not in str(list((site / "_site").rglob("*")))


def test_template_error_names_file_and_line(site: Path) -> None:
    post = site / "templates" / "post.html"
    lines = post.read_text().splitlines()
    lines.insert(4, "{% if %}")
    post.write_text("\n".join(lines) + "\n")
    with pytest.raises(ArchiveError) as caught:
        build(site)
    assert str(caught.value).startswith("templates/post.html:5: template error:")


def test_template_runtime_error_names_file_and_line(site: Path) -> None:
    tags = site / "templates" / "tags.html"
    tags.write_text(tags.read_text().replace('<h1>{{ _("Tags") }}</h1>',
                                             "<h1>{{ tags.nope.deeper }}</h1>"))
    with pytest.raises(ArchiveError) as caught:
        build(site)
    assert re.match(r"templates/tags\.html:\d+: template error while rendering tags/index\.html",
                    str(caught.value))


def test_undefined_variable_is_a_warning_then_strict_failure(site: Path) -> None:
    tags = site / "templates" / "tags.html"
    tags.write_text(tags.read_text().replace('<h1>{{ _("Tags") }}</h1>',
                                             "<h1>Tags{{ no_such_thing }}</h1>"))
    result, _ = build(site)
    assert "templates/tags.html:4: undefined variable 'no_such_thing'" in result.warnings
    with pytest.raises(ArchiveError, match="--strict"):
        build(site, strict=True, output=site / "other")
    assert not (site / "other").exists()


def test_base_url_override_builds_for_root(site: Path) -> None:
    result, _ = build(site, base_url="/")
    html = (result.output / "index.html").read_text()
    assert 'href="/static/site.css"' in html and "/REPO/" not in html
    feed = (result.output / "feed.xml").read_text()
    assert "<id>/2016/02/a-falling-out-between-russia-and-iran-over-syria/</id>" in feed


def test_feed_sitemap_robots_use_absolute_urls(site: Path) -> None:
    result, _ = build(site)
    feed = (result.output / "feed.xml").read_text()
    assert '<link href="https://example.github.io/REPO/feed.xml" rel="self"' in feed
    assert "<updated>2016-02-06T00:00:00Z</updated>" in feed
    assert feed.count("<entry>") == 7  # the undated post has no date to give
    sitemap = (result.output / "sitemap.xml").read_text()
    assert "<loc>https://example.github.io/REPO/2015/10/untitled-dispatch/</loc>" in sitemap
    assert "<loc>https://example.github.io/REPO/</loc>" in sitemap
    robots = (result.output / "robots.txt").read_text()
    assert "Sitemap: https://example.github.io/REPO/sitemap.xml" in robots


def test_cname_written_when_configured(site: Path) -> None:
    config = site / "site.yaml"
    config.write_text(config.read_text() + "cname: archive.example.org\n")
    result, _ = build(site)
    assert (result.output / "CNAME").read_text() == "archive.example.org\n"


def test_404_links_are_absolute_so_it_works_at_any_depth(site: Path) -> None:
    result, _ = build(site)
    html = (result.output / "404.html").read_text()
    links = re.findall(r'(?:href|src|action)="([^"]+)"', html)
    assert links and all(link.startswith(("/REPO/", "#")) for link in links), links


def test_no_change_rebuild_is_skipped_and_an_edit_rebuilds(site: Path) -> None:
    first, _ = build(site)
    again, reporter = build(site)
    assert again.skipped and again.pages == first.pages
    assert "nothing changed since the last build" in reporter.stream.getvalue()  # type: ignore[union-attr]
    post = site / "content/2016/china-launches-new-carrier/post.md"
    post.write_text(post.read_text().replace("second carrier", "second aircraft carrier"))
    edited, _ = build(site)
    assert not edited.skipped
    assert "2016/01/china-launches-new-carrier/index.html" in edited.changed
    assert "tags/c/index.html" not in edited.changed


def test_incremental_output_equals_a_clean_build(site: Path, tmp_path: Path) -> None:
    build(site)
    # a changed post, a deleted post, a renamed tag, an edited template
    post = site / "content/2016/china-launches-new-carrier/post.md"
    post.write_text(post.read_text().replace('"Navy"', '"Naval Forces"'))
    for file in (site / "content/2015/untitled-dispatch").iterdir():
        file.unlink()
    (site / "content/2015/untitled-dispatch").rmdir()
    base = site / "templates" / "base.html"
    base.write_text(base.read_text().replace("Skip to content", "Skip to the text"))
    incremental, _ = build(site)
    assert "tags/navy/index.html" in incremental.removed
    clean = copy_fixture(tmp_path / "clean")
    for sub in ("content", "templates"):
        import shutil

        shutil.rmtree(clean / sub)
        shutil.copytree(site / sub, clean / sub)
    fresh, _ = build(clean)
    assert tree_bytes(incremental.output) == tree_bytes(fresh.output)


def test_markdown_cache_is_one_file_per_document(site: Path) -> None:
    build(site)
    entries = list((site / ".cache" / "markup").rglob("*.html"))
    assert entries, "documents with Markdown syntax are cached"
    assert all(len(e.stem) == 32 and e.parent.name == e.stem[:2] for e in entries)


def test_deterministic_across_hash_seed_timezone_and_folder(tmp_path: Path, run_archive) -> None:  # type: ignore[no-untyped-def]
    a = copy_fixture(tmp_path / "one" / "site")
    b = copy_fixture(tmp_path / "another-folder" / "x")
    env_a = {"PYTHONHASHSEED": "1", "TZ": "Pacific/Kiritimati", "LC_ALL": "C"}
    env_b = {"PYTHONHASHSEED": "4242", "TZ": "America/Adak", "LC_ALL": "C.UTF-8"}
    assert run_archive("build", cwd=a, env=env_a).returncode == 0
    assert run_archive("build", cwd=b, env=env_b).returncode == 0
    one, two = tree_bytes(a / "_site"), tree_bytes(b / "_site")
    assert one.keys() == two.keys()
    assert [k for k in one if one[k] != two[k]] == []


def test_source_date_epoch_is_the_only_timestamp(site: Path, run_archive) -> None:  # type: ignore[no-untyped-def]
    done = run_archive("build", cwd=site, env={"SOURCE_DATE_EPOCH": "1700000000"})
    assert done.returncode == 0
    assert "Built 2023-11-14T22:13:20Z" in (site / "_site/index.html").read_text()
    os.environ.pop("SOURCE_DATE_EPOCH", None)
    done = run_archive("build", cwd=site)
    assert "Built " not in (site / "_site/index.html").read_text()


def test_reused_spare_folder_gives_exactly_a_clean_build(site: Path, tmp_path: Path) -> None:
    import shutil

    edits = [
        lambda: write_post(site, "new-one", tags=["Navy", "Brand New"], body="*New* post."),
        lambda: (site / "content/2016/programming-languages-in-defence/note-1.md").unlink(),
        lambda: write_post(site, "new-one", tags=["Navy"], body="Changed again."),
        lambda: shutil.rmtree(site / "content/2016/new-one"),
    ]
    build(site)
    for number, edit in enumerate(edits):
        edit()
        incremental, _ = build(site)
        clean = tmp_path / f"clean-{number}"
        copy_fixture(clean)
        shutil.rmtree(clean / "content")
        shutil.copytree(site / "content", clean / "content")
        fresh, _ = build(clean)
        assert tree_bytes(incremental.output) == tree_bytes(fresh.output), number
    assert (site / "._site.spare").is_dir()
    assert "tags/brand-new/index.html" not in tree_bytes(site / "_site")


def test_a_very_deep_thread_builds_and_keeps_every_comment(site: Path) -> None:
    folder = site / "content/2016/china-launches-new-carrier"
    for number in range(3, 303):
        (folder / f"comment-{number}.md").write_text(
            f'---\ntype: "comment"\nid: "c{number}"\npost: "china-launches-new-carrier"\n'
            f'author: "Deep"\nparent: "c{number - 1}"\norder: {number}\n---\nReply {number}.\n')
    result, _ = build(site)
    html = (result.output / "2016/01/china-launches-new-carrier/index.html").read_text()
    assert all(f'id="c{n}"' in html for n in range(1, 303))
    assert html.count('<ol class="comment-list">') == 30  # nesting stops at 30 levels


def test_unaffected_post_pages_are_reused_not_rendered(site: Path) -> None:
    build(site)
    normal_path(site)
    post = site / "content/2016/china-launches-new-carrier/post.md"
    post.write_text(post.read_text().replace("second carrier", "second aircraft carrier"))
    result, _ = build(site)
    # reused pages are hard links to the previous build's file (now the spare folder)
    assert (result.output / "undated/from-the-mailbag/index.html").stat().st_nlink == 2
    assert (result.output / "2016/01/china-launches-new-carrier/index.html").stat().st_nlink == 1
    # the month page names the post without its excerpt: unchanged
    assert result.changed == ["2016/01/china-launches-new-carrier/index.html",
                              "feed.xml", "feeds/posts/default",
                              "index.html", "tags/c-plus-plus/index.html", "tags/china/index.html",
                              "tags/navy/index.html"]
