"""The bytes of the pages (issue 18): lists that repeat excerpts only on their first
page, commenter pages that link each comment to its post, no icon markup repeated on
every page, and a long A-Z list of commenters split into pages of whole letters; with
nothing a reader needs taken away.  Through real builds of the test archive."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from builder.build import build_site
from builder.config import load_config
from builder.report import Reporter
from builder.titles import initial
from builder.views import COMMENTERS_PER_PAGE, Commenter, letter_pages
from tests.sitefixture import add_long_thread, copy_fixture


def build(site: Path) -> Path:
    return build_site(load_config(site), reporter=Reporter(stream=io.StringIO())).output


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = copy_fixture(tmp_path_factory.mktemp("size") / "site")
    add_long_thread(site)
    return build(site)


def main(html: str) -> str:
    found = re.search(r"<main\b.*?</main>", html, re.S)
    assert found
    return found.group(0)


def test_no_page_repeats_the_theme_icons_the_script_draws_them(built: Path) -> None:
    for name in ("index.html", "2016/03/a-long-thread/index.html", "tags/index.html"):
        html = (built / name).read_text(encoding="utf-8")
        assert '<button class="theme-toggle" hidden' in html  # outside a form: no type
        assert "<svg" not in html, name
    script = (built / "static/theme.js").read_text(encoding="utf-8")
    assert 'class="icon-dark"' in script and 'class="icon-light"' in script


def test_the_security_policy_is_written_once_without_escaped_quotes(built: Path) -> None:
    html = (built / "index.html").read_text(encoding="utf-8")
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', html)
    assert policy and policy.group(1).startswith("default-src 'self'; ")
    assert "object-src 'none'" in policy.group(1) and "base-uri 'none'" in policy.group(1)
    assert "&#39;" not in policy.group(1)


def test_a_lists_first_page_has_excerpts_and_its_other_pages_name_the_posts(
        built: Path) -> None:
    for first, second in (("index.html", "page/2/index.html"),
                          ("tags/c/index.html", "tags/c/page/2/index.html")):
        if not (built / second).is_file():
            continue
        one = main((built / first).read_text(encoding="utf-8"))
        two = main((built / second).read_text(encoding="utf-8"))
        assert '<p class="excerpt"' in one and '<article class="summary">' in one
        assert '<p class="excerpt"' not in two and '<article class="summary">' not in two
        titles = re.findall(r'<li><a href="(/REPO/[^"]+/)"[^>]*>[^<]+</a> <span class="subtle">'
                            r'\w+ \d\d?, \d{4}', two)
        assert titles, second
        for link in titles:  # each named post is a page of the site
            assert (built / link.removeprefix("/REPO/") / "index.html").is_file()
    assert (built / "page/2/index.html").is_file()


def test_month_pages_name_every_post_of_the_month_with_its_comment_count(built: Path) -> None:
    html = main((built / "2016/03/index.html").read_text(encoding="utf-8"))
    assert "A Post Readers Argued About" in html and "34 comments" in html
    assert '<p class="excerpt"' not in html


def test_commenter_pages_link_each_comment_where_it_is_read_in_full(built: Path) -> None:
    page = main((built / "commenters/farah/index.html").read_text(encoding="utf-8"))
    links = re.findall(r'<a href="/REPO/2016/03/a-long-thread/#(c\d+)">', page)
    assert links
    post = (built / "2016/03/a-long-thread/index.html").read_text(encoding="utf-8")
    for anchor in links:
        assert f'id="{anchor}"' in post
    # each line names the post and the comment's day, in one line
    lines = re.findall(r'<li><a href="[^"]+">([^<]+)</a> · ([^<]+)</li>', page)
    assert len(lines) == len(links)
    assert all(title == "A Post Readers Argued About" and re.fullmatch(r"\w+ \d+, \d{4}", day)
               for title, day in lines), lines
    # the comment's words are on its post, not on the commenter's page
    whole = ("a reply long enough to wrap on a phone, so that the indentation of deep "
             "replies shows how much room the text keeps.")
    assert whole in post and whole not in page


def people(n: int, letters: str) -> list[Commenter]:
    names = sorted(f"{letter}{i:04d}" for letter in letters for i in range(n))
    return [Commenter(name, name.lower(), f"/{name}/") for name in names]


def test_letter_pages_keep_a_letter_on_one_page_where_it_fits() -> None:
    pages = letter_pages(people(3, "ABCD"), size=7)
    assert [[initial(c.name) for c in page] for page in pages] == [
        ["A"] * 3 + ["B"] * 3, ["C"] * 3 + ["D"] * 3]
    long = letter_pages(people(10, "AB"), size=4)  # a letter longer than a page
    assert [len(page) for page in long] == [4, 4, 2, 4, 4, 2]
    assert [c for page in long for c in page] == people(10, "AB")
    assert letter_pages([], size=4) == [[]]


def test_a_long_list_of_commenters_is_split_into_pages_that_lead_to_every_name(
        tmp_path: Path) -> None:
    site = copy_fixture(tmp_path / "site")
    folder = site / "content" / "2016" / "a-crowded-post"
    folder.mkdir(parents=True)
    (folder / "post.md").write_text(
        '---\ntype: "post"\nid: "a-crowded-post"\ntitle: "Everyone Came"\n'
        'date: "2016-03-20"\nauthor: null\ntags: []\nsource: "crowd.txt"\n'
        "source_index: 1\n---\nA post that many readers answered.\n", encoding="utf-8")
    names = [f"{letter}reader {n:03d}" for letter in "AMZ" for n in range(COMMENTERS_PER_PAGE // 2)]
    for n, name in enumerate(names, start=1):
        (folder / f"comment-{n}.md").write_text(
            f'---\ntype: "comment"\nid: "c{n}"\npost: "a-crowded-post"\nauthor: "{name}"\n'
            f'date: "2016-03-20T10:00"\nparent: null\norder: {n}\n---\nHello.\n',
            encoding="utf-8")
    out = build(site)
    pages = [out / "commenters/index.html"]
    while (out / f"commenters/page/{len(pages) + 1}/index.html").is_file():
        pages.append(out / f"commenters/page/{len(pages) + 1}/index.html")
    assert len(pages) >= 2
    listed: dict[str, int] = {}
    for number, path in enumerate(pages, start=1):
        html = main(path.read_text(encoding="utf-8"))
        assert "Pages of commenters" in html and "readers commented under a name" in html
        found = re.findall(r'<li><a href="/REPO/commenters/[^"]+/">([^<]+)</a>', html)
        assert 0 < len(found) <= COMMENTERS_PER_PAGE
        for name in found:
            assert name not in listed
            listed[name] = number
    assert set(names) <= set(listed)
    for letter in "AMZ":  # a letter that fits on a page is on one page
        assert len({listed[n] for n in names if n[0] == letter}) == 1
    # page 1's letter jump leads to each letter's heading, on the page that holds it
    first = main(pages[0].read_text(encoding="utf-8"))
    jump = {letter: href for href, letter
            in re.findall(r'<li><a href="([^"]+)">([A-Z#])</a></li>', first)}
    for letter in "AMZ":
        path, anchor = jump[letter].split("#")
        number = listed[f"{letter}reader 000"]
        assert path == ("" if number == 1 else f"/REPO/commenters/page/{number}/")
        heading = re.search(f'<h2 class="letter" id="{anchor}">([^<]+)</h2>',
                            pages[number - 1].read_text(encoding="utf-8"))
        assert heading and heading.group(1) == letter


def test_the_size_benchmark_counts_every_file_once_by_kind(built: Path) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import bench_size

    report = bench_size.measure_site(built)
    kinds, total = report["kinds"], report["total"]
    assert isinstance(kinds, dict) and isinstance(total, dict)
    every = [p for p in built.rglob("*") if p.is_file()]
    assert total["files"] == len(every)
    assert total["bytes"] == sum(p.stat().st_size for p in every)
    assert sum(k["files"] for k in kinds.values()) == len(every)
    post_folder = re.compile(r"(\d{4}/\d\d|undated)/[^/]+")
    posts = [p for p in every if p.name == "index.html"
             and post_folder.fullmatch(p.parent.relative_to(built).as_posix())]
    assert kinds["post pages"]["files"] == len(posts) > 0
    assert kinds["commenter pages"]["files"] > 0 and kinds["tag pages"]["files"] > 0
    assert kinds["redirects"]["files"] > 0  # the old Blogger archive addresses
    assert "post pages" in bench_size.table(report)


def test_every_comment_is_on_its_post_page_and_linked_from_its_commenters_pages(
        built: Path) -> None:
    """The slimmer markup keeps what a reader reads: each comment, by its anchor, with
    its commenter and its words on the post's page; each signed one linked from a page
    of its commenter."""
    from bs4 import BeautifulSoup

    from builder.load import load_archive

    archive = load_archive(built.parent / "content")
    linked = {a["href"] for page in (built / "commenters").rglob("index.html")
              for a in BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
              .select("ol.commenter-comments a[href]")}
    seen = 0
    for post in archive.posts:
        [page] = [*built.glob(f"[0-9]*/[0-9]*/{post.id}/index.html"),
                  *built.glob(f"undated/{post.id}/index.html")]
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        url = "/REPO/" + page.parent.relative_to(built).as_posix() + "/"
        for comment in post.comments:
            article = soup.find("article", id=comment.id)
            assert article is not None, (post.id, comment.id)
            meta, text = article.p.get_text(" "), article.get_text(" ")
            assert (comment.author.strip() or "Unknown reader") in meta
            words = re.findall(r"[^\W_]{3,}", comment.body)[:4]
            assert all(word in text for word in words), (post.id, comment.id, words)
            assert ("removed" in article.get("class", [])) == comment.removed
            if comment.author.strip():
                assert f"{url}#{comment.id}" in linked, (post.id, comment.id)
            seen += 1
    assert seen > 40  # the fixture's comments and the long thread's
