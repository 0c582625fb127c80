"""A search index split into shards: merged in Chromium, and re-indexed one shard at a time.

The browser archive of test_search_browser (plus two posts in other shards) built with
`search_shards: 4`: the probe post lives in a shard that is not the primary one, the
filters and the date order hold across shards, and a one-post edit re-indexes only
the shard of that post while the site stays byte for byte a clean build.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from builder.build import build_site
from builder.config import load_config
from builder.errors import ErrorList
from builder.model import Archive
from builder.report import Reporter
from builder.search import shard_count, shard_of
from tests.sitefixture import (
    clean_copy,
    copy_fixture,
    normal_path,
    project_from_files,
    tree_bytes,
)
from tests.test_build_incremental import CHINA, replace
from tests.test_search_browser import FILES, SITE_YAML, _comment, _note, _post, search_results

SHARDS = 4
SHARD_FILES = dict(FILES)
SHARD_FILES["site.yaml"] = SITE_YAML + f"search_shards: {SHARDS}\n"
SHARD_FILES.update({
    "content/2014/early-report/post.md": _post(
        "early-report", "An Early Report", "2014-06-01", ["Iran"], "A sharedword from 2014."),
    "content/2014/early-report/comment-1.md": _comment(
        "early-report", "c1", 1, "Mila K.", "My own sharedword, years before."),
    "content/2017/later-talks/post.md": _post(
        "later-talks", "Later Talks", "2017-09-09", ["Syria"], "Talks without the word."),
    "content/2017/later-talks/note-1.md": _note("later-talks", 1, "A sharedword in a note."),
})


def _titles(results: list[dict[str, Any]]) -> list[str]:
    return [r["title"] for r in results]


@pytest.fixture(scope="module")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = project_from_files(tmp_path_factory.mktemp("shard-site"), SHARD_FILES)
    build_site(load_config(root), reporter=Reporter(verbosity=0, stream=io.StringIO()))
    return root / "_site"


@pytest.fixture
def base(built_site: Path, static_server: Any) -> str:
    return str(static_server(built_site, "/REPO/"))


def test_the_probe_post_is_in_a_merged_shard_without_pagefinds_own_files(
        built_site: Path) -> None:
    shard = shard_of("falling-out", SHARDS)
    assert shard != 0  # the words below are found only by merging that shard
    assert {shard_of(i, SHARDS) for i in ("early-report", "later-talks", "syria-talks")} \
        == {0, 1, shard}
    folder = built_site / "pagefind" / f"s{shard}"
    assert (folder / "pagefind-entry.json").is_file()
    assert not [p.name for p in folder.iterdir() if p.name.endswith((".js", ".pagefind"))]
    assert (built_site / "pagefind/pagefind.js").is_file()
    page = (built_site / "search/index.html").read_text(encoding="utf-8")
    assert 'data-pagefind-shards="1 2 3"' in page


@pytest.mark.browser
def test_words_in_a_merged_shard_link_to_the_right_place(page: Any, base: str) -> None:
    for word, label, href in (
            ("narwhalcomment", "Comment by Harlan Vosk", "/REPO/2016/02/falling-out/#c1"),
            ("quokkanote", "Editor's note", "/REPO/2016/02/falling-out/#note-1"),
            ("zanzibarite", "In the post", "/REPO/2016/02/falling-out/")):
        results = search_results(page, base, word)
        assert _titles(results) == ["A Falling Out Between Russia And Iran"], word
        assert [(h["label"], h["href"]) for h in results[0]["hits"]] == [(label, href)]
        assert word in results[0]["hits"][0]["text"].lower()
    assert page.locator("#search-results b, #search-results i, #search-results img").count() == 0


@pytest.mark.browser
def test_filters_narrow_across_shards(page: Any, base: str) -> None:
    every = {"A Falling Out Between Russia And Iran", "An Undated Post", "Syria Talks Resume",
             "An Early Report", "Later Talks"}
    assert set(_titles(search_results(page, base, "sharedword"))) == every
    assert set(_titles(search_results(page, base, "sharedword", year="2017"))) == {
        "Syria Talks Resume", "Later Talks"}
    assert set(_titles(search_results(page, base, "sharedword", tag="Iran"))) == {
        "A Falling Out Between Russia And Iran", "An Undated Post", "An Early Report"}
    by_mila = search_results(page, base, "sharedword", commenter="Mila K.")
    assert set(_titles(by_mila)) == {"A Falling Out Between Russia And Iran", "An Early Report"}
    assert {h["label"] for r in by_mila for h in r["hits"]} == {"Comment by Mila K."}
    notes = search_results(page, base, "sharedword", kind="note")
    assert _titles(notes) == ["Later Talks"]
    assert notes[0]["hits"][0]["href"] == "/REPO/2017/09/later-talks/#note-1"


@pytest.mark.browser
def test_filter_choices_count_every_shard(page: Any, base: str) -> None:
    search_results(page, base, "sharedword")
    page.click("#search-filters summary")
    page.wait_for_function("() => document.querySelectorAll('#search-year option').length > 1")
    years = page.eval_on_selector_all("#search-year option", "os => os.map(o => o.textContent)")
    assert years == ["Any year", "2017 (2)", "2016 (1)", "2015 (12)", "2014 (1)"]
    commenters = page.eval_on_selector_all("#search-commenter option", "os => os.map(o => o.value)")
    assert set(commenters) == {"", "Harlan Vosk", "Mila K.", "Anonymous", "<i>Eve</i>"}


@pytest.mark.browser
def test_date_order_holds_across_shards(page: Any, base: str) -> None:
    assert _titles(search_results(page, base, "sharedword", sort="date")) == [
        "Later Talks", "Syria Talks Resume", "A Falling Out Between Russia And Iran",
        "An Early Report", "An Undated Post"]
    # twelve posts over all four shards, newest first, ten and then the other two
    paging = {shard_of(f"paging-{n}", SHARDS) for n in range(12)}
    assert paging == set(range(SHARDS))
    first = _titles(search_results(page, base, "pagingword", sort="date"))
    assert first == [f"Paging Post {n}" for n in range(11, 1, -1)]
    assert page.inner_text("#search-status") == "Showing 10 posts of 12 for \u201cpagingword\u201d."
    page.click("#search-more")
    page.wait_for_function("() => document.querySelectorAll('#search-results > li').length === 12")
    shown = page.eval_on_selector_all("#search-results h2 a", "as => as.map(a => a.textContent)")
    assert shown == [f"Paging Post {n}" for n in range(11, -1, -1)]
    assert page.inner_text("#search-status") == "12 posts found for \u201cpagingword\u201d."


@pytest.mark.browser
def test_best_match_order_ranks_across_shards(page: Any, base: str) -> None:
    results = search_results(page, base, "pagingword")
    assert len(results) == 10
    page.click("#search-more")
    page.wait_for_function("() => document.querySelectorAll('#search-results > li').length === 12")
    shown = page.eval_on_selector_all("#search-results h2 a", "as => as.map(a => a.textContent)")
    assert sorted(shown) == sorted(f"Paging Post {n}" for n in range(12))


# -- incremental builds ---------------------------------------------------------------

def _build(root: Path):  # type: ignore[no-untyped-def]
    return build_site(load_config(root), reporter=Reporter(stream=io.StringIO()))


def _sharded_fixture(where: Path, shards: str = str(SHARDS)) -> Path:
    site = copy_fixture(where)
    with (site / "site.yaml").open("a", encoding="utf-8") as config:
        config.write(f"search_shards: {shards}\n")
    return site


def _clean_build(site: Path, where: Path) -> dict[str, bytes]:
    return tree_bytes(_build(clean_copy(site, where)).output)


def _shard_files(out: Path, k: int) -> list[Path]:
    folder = out / "pagefind" / (f"s{k}" if k else "")
    files = [p for p in folder.rglob("*") if p.is_file()]
    if k == 0:
        files = [p for p in files if not p.relative_to(folder).parts[0].startswith("s")]
    return files


def test_a_one_post_edit_reindexes_only_its_shard(tmp_path: Path) -> None:
    site = _sharded_fixture(tmp_path / "site")
    post_id = CHINA.rsplit("/", 1)[1]
    edited = shard_of(post_id, SHARDS)
    out = _build(site).output
    others = [k for k in range(SHARDS) if k != edited]
    assert all(_shard_files(out, k) for k in range(SHARDS))  # every shard has posts
    normal_path(site)  # (the quick edit's patch: tests/test_quick_edit.py)
    replace(site / CHINA / "post.md", "second carrier", "second zeppelin carrier")
    out = _build(site).output
    for k in others:
        assert all(p.stat().st_nlink == 2 for p in _shard_files(out, k)), k  # taken over
    entry = out / "pagefind" / (f"s{edited}" if edited else "") / "pagefind-entry.json"
    assert entry.stat().st_nlink == 1  # indexed again
    assert tree_bytes(out) == _clean_build(site, tmp_path / "clean")


def test_a_new_shard_count_gives_exactly_a_clean_build(tmp_path: Path) -> None:
    site = _sharded_fixture(tmp_path / "site")
    _build(site)
    replace(site / "site.yaml", f"search_shards: {SHARDS}", "search_shards: 2")
    out = _build(site).output
    assert not (out / "pagefind/s3").exists()
    assert tree_bytes(out) == _clean_build(site, tmp_path / "clean")
    replace(site / "site.yaml", "search_shards: 2", "search_shards: auto")
    out = _build(site).output
    assert not (out / "pagefind/s1").exists()
    assert tree_bytes(out) == _clean_build(site, tmp_path / "clean2")


def test_a_bad_shard_count_is_one_clear_error(tmp_path: Path) -> None:
    site = _sharded_fixture(tmp_path / "site", "0")
    with pytest.raises(ErrorList) as error:
        load_config(site)
    assert str(error.value).endswith(
        "site.yaml: 'search_shards' must be 'auto' or a whole number from 1 to 64")


def test_shard_count_follows_the_text_size_in_powers_of_two() -> None:
    from builder.search import SHARD_TEXT
    from tests.test_search import _post as model_post

    def posts(count: int, size: int) -> list[Any]:
        return [model_post(id=f"p{n}", body="x" * size) for n in range(count)]

    assert shard_count(posts(10, 10)) == 1
    assert shard_count(posts(10, SHARD_TEXT // 10 + 1)) == 2
    assert shard_count(posts(30, SHARD_TEXT // 10)) == 4
    assert shard_count(posts(50, SHARD_TEXT // 10)) == 8
    assert shard_count(posts(30, 10), 3) == 3
    assert shard_count(Archive(posts=()).posts, 8) == 8
    # the primary shard always has posts: a forced count too large for the archive shrinks
    lone = posts(1, 10)
    assert shard_of("p0", shard_count(lone, 8)) == 0


# -- small index chunks -----------------------------------------------------------------

def _made_up_word(n: int) -> str:
    letters = "bcdfghjklmnpqrstvwxz"
    word = ""
    while True:
        word += letters[n % 20] + "aeiou"[n % 5]
        n //= 20
        if not n:
            return "q" + word


@pytest.fixture(scope="module")
def chunked_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """300 posts, each with 60 words no other post has: an index of many chunks."""
    files = {"site.yaml": SITE_YAML}
    for n in range(300):
        words = " ".join(_made_up_word(n * 60 + i) for i in range(60))
        files[f"content/2016/post-{n}/post.md"] = _post(f"post-{n}", f"Post {n}", "2016-03-01",
                                                       [], words)
    root = project_from_files(tmp_path_factory.mktemp("chunked-site"), files)
    build_site(load_config(root), reporter=Reporter(verbosity=0, stream=io.StringIO()))
    return root / "_site"


def test_the_word_index_is_cut_into_small_chunks(chunked_site: Path) -> None:
    from builder.search_bundle import INDEX_CHUNK_BYTES, _load

    chunks = sorted((chunked_site / "pagefind/index").glob("*.pf_index"))
    assert len(chunks) > 10
    sizes = sorted(len(_encode_words(_load(c.read_bytes()))) for c in chunks)
    assert sizes[-2] < 2 * INDEX_CHUNK_BYTES  # only the last chunk may be smaller


def _encode_words(value: Any) -> bytes:
    from builder.search_bundle import _encode

    return _encode(value)


@pytest.mark.browser
def test_words_and_prefixes_are_found_in_every_chunk(
        chunked_site: Path, page: Any, static_server: Any) -> None:
    base = str(static_server(chunked_site, "/REPO/"))
    chunks = len(list((chunked_site / "pagefind/index").glob("*.pf_index")))
    probes = [(n, i) for n in (3, 77, 150, 299) for i in (0, 6, 11, 19)]
    words = {_made_up_word(n * 60 + i)[:2] for n, i in probes}
    assert len(words) >= 4  # different starts: words from different chunks
    for n, i in probes:
        word = _made_up_word(n * 60 + i)
        assert f"Post {n}" in _titles(search_results(page, base, word)), (word, chunks)
    prefix = _made_up_word(150 * 60 + 30)[:-1]  # a term that is the start of longer words
    assert search_results(page, base, prefix)


def test_serves_deferred_index_catches_up_shard_by_shard(tmp_path: Path) -> None:
    site = _sharded_fixture(tmp_path / "site")
    out = _build(site).output
    edited = shard_of(CHINA.rsplit("/", 1)[1], SHARDS)
    entry = out / "pagefind" / (f"s{edited}" if edited else "") / "pagefind-entry.json"
    before = entry.read_bytes()
    replace(site / CHINA / "post.md", "second carrier", "second zeppelin carrier")
    later = build_site(load_config(site), reporter=Reporter(stream=io.StringIO()),
                       search_later=True)
    assert later.search_pending and entry.read_bytes() == before  # the old index, for now
    again = _build(site)
    assert not again.search_pending
    assert entry.read_bytes() != before
    assert tree_bytes(again.output) == _clean_build(site, tmp_path / "clean")
