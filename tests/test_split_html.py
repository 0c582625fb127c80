"""Saved HTML pages (issue 13): every page of tests/html (the public corpus's pages,
copied from shared/corpus/html, and our own) splits as its truth says, field by field,
whichever parser BeautifulSoup uses; the real saved pages in ../shared/corpus/real
give the comments a person sees; a page and the text copy of the same post agree."""

from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html
import pytest
from truth import (
    MARKERS,
    as_html_truth,
    differences,
    expected_html,
    parse_file,
    plain_words,
    words,
)

from builder.split.decode import Decoded, decode
from builder.split.html_page import read_html
from builder.split.read import read_dump
from builder.split.records import ParsedDump, ParsedPost

HERE = Path(__file__).parent
PAGES = sorted(HERE.glob("html/*.html"))
REAL = HERE.parent.parent / "shared" / "corpus" / "real"
PARSERS = ["lxml", "html.parser"]


def read(path: Path, parser: str | None = None, use_lxml: bool = True) -> ParsedDump:
    decoded = decode(path.read_bytes())
    assert isinstance(decoded, Decoded)
    return read_html(decoded.text, path.name, MARKERS, parser=parser, use_lxml=use_lxml)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("page", PAGES, ids=[p.name[:3] for p in PAGES])
def test_page_matches_ground_truth(page: Path, parser: str) -> None:
    diffs = differences(as_html_truth(read(page, parser)), expected_html(page))
    assert not diffs, "\n".join(diffs)


def test_corpus_has_every_public_page() -> None:
    assert len([p for p in PAGES if p.name[0] == "2"]) == 12
    assert len([p for p in PAGES if p.name[0] == "3"]) == 14  # round 1 of unseen pages
    assert len([p for p in PAGES if p.name[0] == "4"]) == 12  # round 2


def _real(name: str) -> Path:
    path = REAL / name
    if not path.exists():
        pytest.skip(f"{path} is not here (the real pages live in ../shared/corpus/real)")
    return path


@pytest.mark.parametrize("page", [*PAGES, "real:readability-blogger-source.html",
                                  "real:trafilatura-derpapierplanet.de.juni.html"],
                         ids=lambda p: p.name[:3] if isinstance(p, Path) else p[5:20])
def test_the_result_does_not_depend_on_the_parser(page: Path | str) -> None:
    """BeautifulSoup's parser (lxml or Python's) and whether lxml first cuts the page to
    its posts' region: four ways, one result (chrome lines included)."""
    path = _real(page[5:]) if isinstance(page, str) else page
    first = read(path, "lxml")
    assert read(path, "html.parser") == first
    assert read(path, "lxml", use_lxml=False) == first
    assert read(path, "html.parser", use_lxml=False) == first


def _comments_counted_with_lxml(path: Path) -> list[tuple[str, str | None]]:
    """(comment id, parent id) of every comment, found with lxml's own tree and XPath."""
    tree = lxml.html.fromstring(path.read_bytes())
    found = []
    for li in tree.xpath("//li[contains(concat(' ', @class, ' '), ' comment ')][@id]"):
        parent = li.xpath("ancestor::li[contains(concat(' ', @class, ' '), ' comment ')][1]")
        found.append((li.get("id")[1:], parent[0].get("id")[1:] if parent else None))
    for dt in tree.xpath("//dl[@id='comments-block']/dt[@id]"):
        found.append((dt.get("id")[1:], None))
    return found


@pytest.mark.parametrize("name,posts,comments,replies", [
    ("readability-blogger-source.html", 1, 0, 0),
    ("trafilatura-derpapierplanet.de.juni.html", 1, 13, 9),
])
def test_a_real_page_gives_the_comments_a_person_sees(name: str, posts: int, comments: int,
                                                      replies: int) -> None:
    path = _real(name)
    counted = _comments_counted_with_lxml(path)
    assert len(counted) == comments and sum(1 for _, p in counted if p) == replies
    dump = read(path)
    assert dump.error is None and len(dump.posts) == posts
    [post] = dump.posts
    assert post.title and post.date and plain_words(post.body)
    got = [(c.blogger_id, post.comments[c.parent].blogger_id if c.parent is not None else None)
           for c in post.comments]
    assert got == counted
    assert all(c.author and c.date and c.body for c in post.comments)


def test_the_real_pages_owner_replies_are_marked_and_dates_are_german() -> None:
    [post] = read(_real("trafilatura-derpapierplanet.de.juni.html")).posts
    assert post.date == "2015-06-05" and post.labels == ["genres", "through the booking glass"]
    assert post.url == "https://www.derpapierplanet.de/2015/06/through-booking-glass-juni-genre.html"
    owner = [c for c in post.comments if c.by_author]
    assert owner and all(c.parent is not None for c in owner)
    assert post.comment_count is None  # its header prints no number


def test_the_real_layouts_page_reads_its_microdata_post() -> None:
    [post] = read(_real("readability-blogger-source.html")).posts
    assert post.title == "Open Verilog flow for Silego GreenPak4 programmable logic devices"
    assert post.date == "2016-05-08" and post.labels == ["FPGA", "Tools"]
    assert post.url == ("http://siliconexposed.blogspot.tw/2016/05/"
                        "open-verilog-flow-for-silego-greenpak4.html")
    assert post.comments == [] and post.images


# ---------------------------------------------------------------- a page and its text copy

def _by_date_title(dumps: list[ParsedDump]) -> dict[tuple[str | None, str], ParsedPost]:
    return {(p.date, p.title): p for d in dumps for p in d.posts}


def _pairs() -> list[tuple[str, str]]:
    """(text dump, saved page) pairs of the corpus that hold the same post."""
    pages = {(p["date"], p["title"]): path.name for path in PAGES if path.name[0] == "2"
             for p in json.loads(path.with_suffix(".json").read_text())["posts"]}
    pairs = set()
    for dump in sorted(HERE.glob("corpus/*.json")):
        for p in json.loads(dump.read_text()).get("posts", []):
            if (p["date"], p["title"]) in pages:
                pairs.add((dump.with_suffix(".txt").name, pages[(p["date"], p["title"])]))
    return sorted(pairs)


def test_the_corpus_has_text_copies_of_the_pages() -> None:
    assert len(_pairs()) >= 10


@pytest.mark.parametrize("text,page", _pairs(), ids=lambda n: n[:3])
def test_a_page_and_its_text_copy_give_the_same_posts(text: str, page: str) -> None:
    dumped = read_dump((HERE / "corpus" / text).read_bytes(), text, MARKERS)
    saved = read(HERE / "html" / page)
    pages = _by_date_title([saved])
    for post in dumped.posts:
        if (post.date, post.title) not in pages:
            continue
        other = pages[(post.date, post.title)]
        assert words(plain_words(post.body)) == words(plain_words(other.body))
        assert post.read_more == other.read_more
        assert [(n.marker, words(plain_words(n.body))) for n in post.notes] == [
            (n.marker, words(plain_words(n.body))) for n in other.notes]
        theirs = other.comments
        assert len(post.comments) == len(theirs)
        for mine, their in zip(post.comments, theirs, strict=True):
            assert words(plain_words(mine.body)) == words(plain_words(their.body))
            assert mine.parent == their.parent and mine.removed == their.removed
            assert mine.author in ("", their.author)  # numbered mobile lists print no name
            assert mine.date in (None, their.date)


# ---------------------------------------------------------------- through the command line

def test_split_json_gives_addresses_images_and_blogger_ids(make_site, run_archive) -> None:
    wayback = next(HERE.glob("html/205_*.html"))
    site = make_site({f"seeds/{wayback.stem}": wayback.read_bytes(),  # no extension
                      "seeds/page.htm": next(HERE.glob("html/202_*.html")).read_bytes()},
                     copy_theme=False)
    result = run_archive("split", "--json", cwd=site)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert "web.archive.org" not in result.stdout.replace("\\/", "/")
    by_file = {Path(d["file"]).name[:3]: d for d in data["dumps"]}
    [post] = by_file["205"]["posts"]
    assert post["url"].startswith("http://watchtower-news-updates.blogspot.com/2017/03/")
    assert [c["id"] for c in post["comments"]] == [
        f"c{c['id']}" for c in json.loads(wayback.with_suffix(".json").read_text())
        ["posts"][0]["comments"]]
    assert all(i["src"].startswith("http") for i in post["images"])
    dropped = by_file["205"]["dropped"]
    assert dropped[0].startswith("the Wayback Machine toolbar") and len(dropped) < 20
    [threaded] = by_file["pag"]["posts"]
    replies = [c for c in threaded["comments"] if c["parent"]]
    assert replies and all(re.fullmatch(r"c\d{6,}", c["parent"]) for c in replies)


def test_a_load_more_page_says_its_comments_are_incomplete(make_site, run_archive) -> None:
    page = next(HERE.glob("html/211_*.html"))
    site = make_site({"seeds/211.html": page.read_bytes()}, copy_theme=False)
    assert run_archive("split", cwd=site).returncode == 0
    [post_md] = (site / "content").rglob("post.md")
    text = post_md.read_text(encoding="utf-8")
    assert "comments_incomplete: true" in text and "comment_count: 57" in text
    assert len(list(post_md.parent.glob("comment-*.md"))) == 9


def test_an_html_page_that_is_not_a_blog_page_gets_one_line(make_site, run_archive) -> None:
    site = make_site({"seeds/doc.html": b"<!DOCTYPE html><html><head><title>x</title></head>"
                      b"<body><h1>Manual</h1><p>Chapter one.</p></body></html>"},
                     copy_theme=False)
    result = run_archive("split", cwd=site)
    assert result.returncode == 1
    assert "seeds/doc.html:1: not a blog dump (an HTML page without blog posts" in result.stderr


def test_a_page_cut_off_is_refused_with_its_last_line_and_the_others_split(
        make_site, run_archive) -> None:
    """A copy that stops inside its post (no closing </body> or </html>) would give a
    post without its end and comments: refused, one line naming the file and its last
    line, no file written for it; the whole page beside it still splits."""
    page = next(HERE.glob("html/401_*.html")).read_bytes()
    cut = page[:page.index(b"Read more")]
    site = make_site({"seeds/cut.html": cut, "seeds/whole.html": next(
        HERE.glob("html/402_*.html")).read_bytes()}, copy_theme=False)
    result = run_archive("split", cwd=site)
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if "cut.html" in line]
    last = cut.count(b"\n") + 1
    assert lines == [f"error: seeds/cut.html:{last}: truncated page (the page "
                     "stops before its closing </body> or </html> (cut off while it was saved or "
                     "copied?): its last post and comments may be incomplete); not split, so its "
                     "posts are not in the site (hint: replace it with the page's text or saved "
                     "page, or move it out of seeds/)"]
    posts = list((site / "content").rglob("post.md"))
    assert len(posts) == 1 and "cut.html" not in posts[0].read_text(encoding="utf-8")


HATOM = """<!DOCTYPE html><html lang="en"><head><title>Gardening notes</title>
<script>var tracking = 1;</script></head><body>
<nav class="menu"><a href="/">Home</a></nav>
<article class="post h-entry hentry">
<h2 class="entry-title p-name"><a href="https://garden.example/2019/04/leeks/" rel="bookmark">
Leeks, at last</a></h2>
<time class="published dt-published" datetime="2019-04-02T09:15:00+01:00">2 April 2019</time>
<span class="author vcard"><span class="fn">Ruth Oyelaran</span></span>
<div class="entry-content e-content"><p>The leeks went in on Sunday.</p>
<p>WNU Editor: not a note here, just words.</p><p>Rows of twelve.</p></div>
<footer><a href="/tag/leeks" rel="tag">leeks</a> <a href="/tag/spring" rel="tag">spring</a>
</footer></article>
<aside class="sidebar"><div class="widget">Archives</div></aside></body></html>"""


def test_a_page_of_another_engine_with_hatom_is_read_through_the_same_path() -> None:
    dump = read_html(HATOM, "leeks.html", MARKERS)
    [post] = dump.posts
    assert (post.title, post.date, post.author, post.labels, post.url) == (
        "Leeks, at last", "2019-04-02", "Ruth Oyelaran", ["leeks", "spring"],
        "https://garden.example/2019/04/leeks/")
    assert post.body.startswith("The leeks went in on Sunday.")
    assert "scripts" in dump.dropped


def test_nothing_inside_a_post_body_or_comment_is_dropped() -> None:
    """Share buttons and scripts inside a body are the author's: they stay in the body."""
    page = next(HERE.glob("html/201_*.html")).read_text(encoding="utf-8")
    page = page.replace("<b>WNU Editor:</b>", '<span class="share-button">Shared</span> '
                        "<b>WNU Editor:</b>", 1)
    [post] = read_html(page, "x.html", MARKERS).posts
    assert "Shared" in " ".join(plain_words(p) for p in [post.body, *(n.body for n in post.notes)])


def test_every_truth_file_of_the_corpus_is_a_parsed_page() -> None:
    assert all(parse_file(p)["posts"] for p in PAGES)


def _fragments() -> list[tuple[str, str]]:
    """(where, HTML) of every post body and comment body of the saved pages."""
    from bs4 import BeautifulSoup

    found = []
    for page in PAGES:
        soup = BeautifulSoup(page.read_bytes(), "html.parser")
        for k, tag in enumerate(soup.select(".post-body, .comment-content, dd.comment-body")):
            found.append((f"{page.name[:3]}#{k}", str(tag)))
    return found


def test_the_converters_shortcut_gives_what_the_full_path_gives() -> None:
    from bs4 import BeautifulSoup

    from builder.split.htmlmd import _plain_tag_blocks, convert

    shortcut = 0
    for where, html in _fragments():
        fast = convert(BeautifulSoup(html, "html.parser").contents[0])
        full = convert(BeautifulSoup(html, "html.parser").contents[0], fast=False)
        assert fast.blocks == full.blocks, where
        shortcut += _plain_tag_blocks(BeautifulSoup(html, "html.parser").contents[0]) is not None
    assert shortcut > 50, shortcut  # most comments take it
