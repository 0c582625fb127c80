"""The first query for the commonest words stays small (builder/search_words.py).

An archive of generated posts in which `the` is nearly every other word and
`Anonymous` writes many comments is indexed with the commonest words' entries whole
(as Pagefind writes them) and cut to one index chunk (as the build does).  Chromium then
runs the same queries on both, served as GitHub Pages serves them (text gzipped, the
index files gzipped already), and the bytes it fetches are counted: the whole entries
cost more than 300 kB, the cut ones less, and the reader gets the same posts.
"""

from __future__ import annotations

import gzip
import io
import random
import shutil
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from builder.build import build_site
from builder.config import load_config
from builder.model import Archive, Comment, Post
from builder.report import Reporter
from builder.search import write_search_index
from builder.search_bundle import INDEX_CHUNK_BYTES, bundle_files
from tests.sitefixture import project_from_files
from tests.test_search_browser import FILES, search_results

pytestmark = pytest.mark.browser

POSTS = 2_500
BUDGET = 300_000  # bytes a first query may fetch (issue 18)
TEXT = (".js", ".css", ".html", ".json", ".svg", ".xml")  # what GitHub Pages gzips


def _archive() -> Archive:
    rng = random.Random(18)
    letters = "bcdfghjklmnpqrstvwxz"
    words = ["".join(rng.choice(letters) + rng.choice("aeiou") for _ in range(3))
             for _ in range(4_000)]

    def text(count: int) -> str:
        return " ".join("the" if rng.random() < 0.45 else rng.choice(words) for _ in range(count))

    posts = []
    for n in range(POSTS):
        post_id = f"gen-{n}"
        comments = tuple(
            Comment(id=f"c{i + 1}", post=post_id, order=i + 1, body=text(30), path="",
                    author="Anonymous" if rng.random() < 0.5 else f"Reader {rng.randint(1, 300)}",
                    date=None, parent=None, removed=False)
            for i in range(rng.randint(0, 6)))
        posts.append(Post(id=post_id, title=text(6), date=f"{2010 + n % 8}-0{1 + n % 9}-1{n % 10}",
                          author=None, tags=(), source="gen", source_index=n, read_more=False,
                          comment_count=len(comments), body=text(rng.randint(250, 550)), path="",
                          comments=comments))
    return Archive(posts=tuple(posts))


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """{"whole": site, "cut": site}: the search page of a real build over each index.

    Pagefind runs once (it is the slow part); the cut index is the whole one passed
    through the step the build passes Pagefind's files through (`bundle_files`,
    which leaves a canonical bundle as it is but for the cut)."""
    root = project_from_files(tmp_path_factory.mktemp("common-words"), FILES)
    build_site(load_config(root), reporter=Reporter(verbosity=0, stream=io.StringIO()))
    whole = tmp_path_factory.mktemp("whole") / "_site"
    shutil.copytree(root / "_site", whole)
    write_search_index(_archive(), lambda post: f"/REPO/{post.id}/", whole, "en",
                       Reporter(verbosity=0, stream=io.StringIO()), shards=1, common_budget=0)
    cut = tmp_path_factory.mktemp("cut") / "_site"
    shutil.copytree(whole, cut)
    folder = cut / "pagefind"
    files = {p.relative_to(folder).as_posix(): p.read_bytes()
             for p in folder.rglob("*") if p.is_file()}
    shutil.rmtree(folder)
    for name, data in bundle_files(files, 0, INDEX_CHUNK_BYTES)[0].items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    assert len(list((cut / "pagefind/fragment").iterdir())) == POSTS
    return {"whole": whole, "cut": cut}


def _first_query(browser: Any, base: str, site: Path, query: str,
                 **params: str) -> tuple[int, list[dict[str, Any]], str]:
    """(bytes fetched as GitHub Pages serves them, the results, the status line)."""
    context = browser.new_context()
    try:
        page = context.new_page()
        paths: set[str] = set()
        context.on("request", lambda request: paths.add(urlsplit(request.url).path))
        results = search_results(page, base, query, **params)
        status = page.text_content("#search-status") or ""
    finally:
        context.close()
    return sum(_served_bytes(site, path) for path in paths), results, status


def _served_bytes(site: Path, path: str) -> int:
    file = site / path.removeprefix("/REPO/")
    if file.is_dir():
        file = file / "index.html"
    data = file.read_bytes()
    return len(gzip.compress(data, 6)) if file.suffix in TEXT else len(data)


def test_the_commonest_words_fetch_less_than_300_kb_and_find_the_same_posts(
        sites: dict[str, Path], browser: Any, static_server: Any) -> None:
    bases = {name: str(static_server(site, "/REPO/")) for name, site in sites.items()}
    for query in ("the", "Anonymous"):
        whole, whole_results, whole_status = _first_query(
            browser, bases["whole"], sites["whole"], query)
        cut, cut_results, cut_status = _first_query(browser, bases["cut"], sites["cut"], query)
        if query == "the":  # this archive is large enough to need the cut
            assert whole > BUDGET > cut, (whole, cut)
        assert cut <= whole, (query, cut, whole)
        assert cut_status == whole_status  # "Showing 10 posts of N": the same posts
        assert len(cut_results) == len(whole_results) == 10
        assert all(result["hits"] for result in cut_results)


def test_a_filter_still_shows_the_commonest_words_in_the_comments_it_asks_for(
        sites: dict[str, Path], browser: Any, static_server: Any) -> None:
    for params in ({"commenter": "Anonymous"}, {"kind": "comment"}):
        seen = {}
        for name, site in sites.items():
            base = str(static_server(site, "/REPO/"))
            _, results, status = _first_query(browser, base, site, "the", **params)
            assert len(results) == 10, (name, params, status)
            for result in results:
                labels = [hit["label"] for hit in result["hits"]]
                if "commenter" in params:
                    assert "Comment by Anonymous" in labels, (name, result)
                else:
                    assert all(label.startswith("Comment by") for label in labels), (name, result)
                assert all("#c" in hit["href"] for hit in result["hits"])
                assert all("the" in hit["text"].split() for hit in result["hits"]), result
            seen[name] = status
        assert seen["cut"] == seen["whole"], params  # the same number of posts
