"""Old Blogger addresses keep working (issue 15): the archive of the public HTML pages
and export files, built under a sub-path with `permalink: blogger` and with the
default pattern; every old address checked as GitHub Pages would serve it, with
`archive check --old-urls`, and the site crawled for broken links."""

from __future__ import annotations

import io
import json
import re
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from builder.build import build_site
from builder.check import check_site
from builder.config import load_config
from builder.errors import ArchiveError
from builder.oldurls import site_path
from builder.oldurls_check import read_addresses
from builder.report import Reporter
from tests.oldurls_site import make_project, old_addresses, old_posts

PATTERNS = ["blogger", None]  # None: the default {year}/{month}/{id}/


def build(site: Path, strict: bool = False):  # type: ignore[no-untyped-def]
    return build_site(load_config(site), reporter=Reporter(stream=io.StringIO()), workers=1,
                      strict=strict)


@pytest.fixture(scope="module", params=PATTERNS, ids=["blogger", "default"])
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
          ) -> tuple[Path, str | None]:
    site = make_project(tmp_path_factory.mktemp("old") / "site", request.param)
    result = build(site)
    assert result.warnings == []
    return site, request.param


def test_every_old_address_resolves_and_the_crawl_finds_nothing_broken(
        built: tuple[Path, str | None], run_archive) -> None:  # type: ignore[no-untyped-def]
    site, _ = built
    addresses = old_addresses(old_posts())
    (site / "old.txt").write_text("\n".join(addresses) + "\n", encoding="utf-8")
    done = run_archive("check", "--old-urls", "old.txt", cwd=site)
    assert done.returncode == 0, done.stderr
    assert f"0 of {len(addresses):,} old addresses do not lead to their page" in done.stdout
    assert "no broken links" in done.stdout


def test_posts_are_at_their_old_paths_with_blogger_and_redirected_otherwise(
        built: tuple[Path, str | None]) -> None:
    site, pattern = built
    out = site / "_site"
    for post in old_posts():
        page = out / post.path.lstrip("/")
        html = page.read_text(encoding="utf-8")
        soup = BeautifulSoup(html, "html.parser")
        if pattern == "blogger":
            assert soup.find("article", class_="post") is not None, post.path
            for comment in post.truth["comments"]:
                assert soup.find(id=f"c{comment['id']}") is not None
        else:
            assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"
            target = soup.html["data-redirect"]
            assert target.startswith("/REPO/") and target.endswith(f"/{post.id}/")
            assert soup.find("link", rel="canonical")["href"] == target
            assert soup.find("a", href=target) is not None  # the visible link
            refresh = soup.find("meta", attrs={"http-equiv": "refresh"})["content"]
            assert refresh == f"0; url={target}"
            assert (out / target.removeprefix("/REPO/") / "index.html").is_file()


def test_comments_keep_their_short_anchor_and_ids_stay_unique(
        built: tuple[Path, str | None]) -> None:
    site, _ = built
    for page in (site / "_site").rglob("*.html"):
        ids = re.findall(r'\sid="([^"]+)"', page.read_text(encoding="utf-8"))
        assert len(ids) == len(set(ids)), page
    post = next(p for p in old_posts() if p.path.endswith("snap-check-air-defence-units.html"))
    html = (site / "_site" / _page_file(site, post)).read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    first = soup.find(id="c1")
    assert first.name == "li" and first.find("article")["id"] == "c8002262703120810753"


def _page_file(site: Path, post) -> str:  # type: ignore[no-untyped-def]
    path = post.path.lstrip("/")
    html = (site / "_site" / path).read_text(encoding="utf-8")
    found = re.search(r'data-redirect="/REPO/([^"]+)"', html)
    return found.group(1) + "index.html" if found else path


def test_feed_at_bloggers_address_and_sitemap_lists_pages_not_redirects(
        built: tuple[Path, str | None]) -> None:
    site, pattern = built
    out = site / "_site"
    assert (out / "feeds/posts/default").read_bytes() == (out / "feed.xml").read_bytes()
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    assert "search/label" not in sitemap and "_archive.html" not in sitemap
    post = "2016/10/snap-check-air-defence-units.html"
    assert (f"<loc>/REPO/{post}</loc>" in sitemap) == (pattern == "blogger")


def test_check_names_exactly_the_wrong_addresses(built: tuple[Path, str | None],
                                                 run_archive) -> None:  # type: ignore[no-untyped-def]
    site, _ = built
    host = "https://watchtower-news-updates.blogspot.com"
    good = [f"{host}/2016/10/snap-check-air-defence-units.html",
            f"{host}/2016/10/snap-check-air-defence-units.html#c8002262703120810753",
            f"{host}/search/label/Ostrel%20dam", f"{host}/2016/02/"]
    wrong = [f"{host}/2016/10/no-such-post.html",
             f"{host}/2016/10/snap-check-air-defence-units.html#c1234",
             f"{host}/search/label/No%20such%20label",
             f"{host}/../../etc/passwd", f"{host}/2031/01/"]
    (site / "mixed.txt").write_text("\n".join(good[:2] + wrong + good[2:]) + "\n")
    done = run_archive("check", "--old-urls", "mixed.txt", cwd=site)
    assert done.returncode == 1
    named = [line for line in done.stderr.splitlines() if "blogspot.com" in line]
    assert [line.split(": ", 2)[1] for line in named] == wrong, done.stderr
    assert "5 of 9 old addresses do not lead to their page" in done.stdout


def test_old_urls_from_a_sitemap_and_from_the_export(built: tuple[Path, str | None],
                                                     run_archive) -> None:  # type: ignore[no-untyped-def]
    site, _ = built
    truth = Path(__file__).parent.parent.parent / "shared/corpus/export/221_7d1f9a5341f02b84.xml"
    if not truth.is_file():
        pytest.skip(f"{truth} is absent")
    sitemap = site / "sitemap-old.xml"
    sitemap.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE urlset [<!ENTITY x "/2016/10/x.html">]>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<url><loc>https://watchtower-news-updates.blogspot.com/2016/05/"
        "is-duvrek-line-heating-up-again.html</loc></url><url><loc>&x;</loc></url></urlset>")
    assert read_addresses(sitemap) == [
        "https://watchtower-news-updates.blogspot.com/2016/05/is-duvrek-line-heating-up-again.html"]
    addresses = read_addresses(truth)
    assert len(addresses) > 40 and any("#c" in a for a in addresses)
    done = run_archive("check", "--old-urls", str(truth), cwd=site)
    assert done.returncode == 0, done.stderr


def test_old_address_list_that_cannot_be_read(tmp_path: Path) -> None:
    bad = tmp_path / "list.txt"
    bad.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(ArchiveError, match="not UTF-8"):
        read_addresses(bad)


@pytest.mark.parametrize(("address", "path"), [
    ("https://x.blogspot.com/2016/02/a.html?m=1#c1", "2016/02/a.html"),
    ("/p/about.html", "p/about.html"),
    ("https://x.blogspot.com/search/label/Mi%C3%B1o%20x", "search/label/Miño x"),
    ("/2016/02/", "2016/02/"),
    ("https://x.blogspot.com/../../etc/passwd", None),
    ("/2016/%2e%2e/%2e%2e/x.html", None),
    ("/a%2Fb.html", None),
    ("/a%5c..%5cb.html", None),
    ("/static/site.css", None),
    ("/pagefind/pagefind.js", None),
    ("/.git/config", None),
    ("/a//b.html", None),
    ("/a%00b.html", None),
    ("//evil.example/x.html", "x.html"),  # the host is dropped: a path of this site
    ("", None),
])
def test_old_paths_never_escape_the_site(address: str, path: str | None) -> None:
    assert site_path(address) == path


def test_two_posts_with_one_old_address_warn_naming_both_and_strict_fails(
        tmp_path: Path) -> None:
    site = make_project(tmp_path / "site", "blogger")
    one = site / "content/2016/2016-05-is-duvrek-line-heating-up-again/post.md"
    other = site / "content/2008/2008-01-border-clash-leaves-14-dead-in-duvrek/post.md"
    other.write_text(re.sub(r'url: ".*"', 'url: "http://x.blogspot.com/2016/05/'
                            'is-duvrek-line-heating-up-again.html"', other.read_text()))
    result = build(site)
    names = [one.relative_to(site).as_posix(), other.relative_to(site).as_posix()]
    assert any(names[0] in w and names[1] in w and "both have the old address" in w
               for w in result.warnings), result.warnings
    heading = BeautifulSoup((site / "_site/2016/05/is-duvrek-line-heating-up-again.html")
                            .read_text(), "html.parser").h1.get_text()
    assert heading == "Border Clash Leaves 14 Dead In Duvrek Province"  # the older keeps it
    moved = BeautifulSoup((site / "_site/2016/05/is-duvrek-line-heating-up-again_18.html")
                          .read_text(), "html.parser").h1.get_text()
    assert moved == "Is The Duvrek Line Heating Up Again?"  # Blogger's _DD for the other
    with pytest.raises(ArchiveError, match="--strict"):
        build(site, strict=True)


def test_hostile_old_addresses_write_nothing_outside_or_over_a_page(tmp_path: Path) -> None:
    site = make_project(tmp_path / "site", None)
    posts = sorted((site / "content").rglob("post.md"))
    hostile = ["https://x.blogspot.com/../../outside.html", "/%2e%2e/outside2.html",
               "/2016/a%2Fb.html", "/2016/02/", "/static/site.css", "/index.html"]
    for post, url in zip(posts, hostile, strict=False):
        post.write_text(re.sub(r'url: ".*"', f'url: "{url}"', post.read_text()))
    result = build(site)
    assert not (tmp_path / "outside.html").exists() and not (site / "outside2.html").exists()
    assert "Posts of 2016-02" not in (site / "_site/2016/02/index.html").read_text()
    assert "This page has moved" not in (site / "_site/index.html").read_text()
    assert (site / "_site/static/site.css").read_bytes() == (site / "static/site.css").read_bytes()
    assert sum("cannot be an address of this site" in w for w in result.warnings) == 4
    assert sum("is a page of this site" in w for w in result.warnings) == 2


def test_pages_and_redirect_pages_are_valid_html(built: tuple[Path, str | None]) -> None:
    vnu = Path(__file__).resolve().parent.parent / "node_modules/vnu-jar/build/dist/vnu.jar"
    assert vnu.is_file(), "run `make browser-deps` for the Nu HTML checker"
    out = built[0] / "_site"
    # the pages this feature makes or changes: posts with comments (short anchors), the
    # 404 page, redirect pages of each kind
    files = [out / _page_file(built[0], p) for p in old_posts() if p.truth["comments"]]
    files += [out / "404.html", out / "search.html", out / "2016_02_28_archive.html",
              out / "search/label/Castrelo de Miño.html", out / old_posts()[0].path[1:]]
    done = subprocess.run(["java", "-jar", str(vnu), "--errors-only", "--format", "json",
                           *map(str, files)], capture_output=True, text=True, timeout=300)
    messages = json.loads(done.stderr or '{"messages": []}')["messages"]
    assert [(m.get("url", "").rsplit("/_site/", 1)[-1], m["message"]) for m in messages] == []


def test_a_post_whose_blogger_path_moves_is_linked_at_its_new_path(tmp_path: Path) -> None:
    site = make_project(tmp_path / "site", "blogger")
    post = site / "content/2016/2016-05-is-duvrek-line-heating-up-again/post.md"
    post.write_text(re.sub(r'url: ".*"\n', "", post.read_text()))  # its path is computed
    build(site)
    assert (site / "_site/2016/05/is-duvrek-line-heating-up-again.html").is_file()
    older = site / "content/2016/older-duvrek/post.md"
    older.parent.mkdir()
    older.write_text('---\ntype: post\nid: older-duvrek\ntitle: "Is The Duvrek Line '
                     'Heating Up Again?"\ndate: "2016-05-02"\n---\nAn earlier post.\n')
    build(site)  # incremental: the pages that list the moved post must link its new path
    out = site / "_site"
    assert "An earlier post." in (out / "2016/05/is-duvrek-line-heating-up-again.html").read_text()
    for page in ("2016/05/index.html", "tags/duvrek/index.html"):  # the tag page lists
        text = (out / page).read_text()  # only the moved post of the two
        assert "/REPO/2016/05/is-duvrek-line-heating-up-again_18.html" in text, page
    assert check_site(out, "/REPO/") == []
