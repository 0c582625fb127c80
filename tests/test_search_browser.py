"""Search in Chromium on a real build served under /REPO/.

A small archive where each probe word lives in exactly one place (a post body, an
editor's note, one reader comment), plus a shared word spread over three posts for
the filters and the sort.  `search_results(page, base, query, **filters)` is the
helper other tests can reuse (e.g. on the seed archive).
"""

from __future__ import annotations

import html
import io
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest

from builder.build import build_site
from builder.config import load_config
from builder.report import Reporter
from tests.sitefixture import project_from_files

pytestmark = pytest.mark.browser

SITE_YAML = """\
title: "Search Test Archive"
base_url: "https://example.github.io/REPO/"
language: en
timezone: UTC
permalink: "{year}/{month}/{id}/"
"""
XSS = '<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script>'


def _post(post_id: str, title: str, date: str | None, tags: list[str], body: str) -> str:
    return ("---\ntype: post\n"
            f"id: {post_id}\ntitle: {json.dumps(title)}\n"
            f"date: {json.dumps(date) if date else 'null'}\n"
            f"tags: {json.dumps(tags)}\nsource: {post_id}.txt\nsource_index: 1\n---\n{body}\n")


def _note(post_id: str, order: int, body: str) -> str:
    return (f"---\ntype: note\npost: {post_id}\nmarker: \"WNU Editor:\"\norder: {order}\n"
            f"after: null\n---\n{body}\n")


def _comment(post_id: str, cid: str, order: int, author: str, body: str) -> str:
    return (f"---\ntype: comment\nid: {cid}\npost: {post_id}\nauthor: {json.dumps(author)}\n"
            f"date: null\nparent: null\nremoved: false\norder: {order}\n---\n{body}\n")


FILES = {
    "site.yaml": SITE_YAML,
    "content/2016/falling-out/post.md": _post(
        "falling-out", "A Falling Out Between Russia And Iran", "2016-02-06", ["Iran", "Russia"],
        "Velayati met the envoy in zanzibarite fashion.\n\nA second paragraph about sharedword."),
    "content/2016/falling-out/note-1.md": _note(
        "falling-out", 1, "Regular readers know my quokkanote theory."),
    "content/2016/falling-out/comment-1.md": _comment(
        "falling-out", "c1", 1, "Harlan Vosk", "I doubt the narwhalcomment story."),
    "content/2016/falling-out/comment-2.md": _comment(
        "falling-out", "c2", 2, "Mila K.", f"Careful: {XSS} sharedword indeed."),
    "content/2017/syria-talks/post.md": _post(
        "syria-talks", "Syria Talks Resume", "2017-05-01", ["Syria"],
        "The talks resumed with sharedword on the agenda."),
    "content/2017/syria-talks/comment-1.md": _comment(
        "syria-talks", "c1", 1, "Anonymous", "Another sharedword from a reader."),
    "content/2017/syria-talks/comment-2.md": _comment(
        "syria-talks", "c2", 2, "<i>Eve</i>", "An evecomment here."),
    "content/undated/old-note/post.md": _post(
        "old-note", "An Undated Post", None, ["Iran"], "An undated sharedword mention."),
}

FILES.update({f"content/2015/paging-{n}/post.md": _post(
    f"paging-{n}", f"Paging Post {n}", f"2015-01-{n + 1:02d}", [], f"A pagingword post ({n}).")
    for n in range(12)})


def search_results(page: Any, base: str, query: str, **params: str) -> list[dict[str, Any]]:
    """Open the search page for `query` and return the visible results.

    Each result: {"title", "href", "hits": [{"label", "href", "text"}]}.
    """
    page.goto(base + "search/?" + urlencode({"q": query, **params}))
    page.wait_for_function(
        "() => { const s = document.getElementById('search-status');"
        " return s && s.textContent && !/Searching|^Type/.test(s.textContent); }")
    return page.eval_on_selector_all("#search-results > li", """items => items.map(li => ({
        title: li.querySelector('h2 a').textContent,
        href: li.querySelector('h2 a').getAttribute('href'),
        visible: li.offsetParent !== null,
        hits: Array.from(li.querySelectorAll('.search-hits > li')).map(h => ({
            label: h.querySelector('a').textContent,
            href: h.querySelector('a').getAttribute('href'),
            text: h.querySelector('.search-excerpt').textContent}))}))""")


@pytest.fixture(scope="module")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = project_from_files(tmp_path_factory.mktemp("search-site"), FILES)
    build_site(load_config(root), reporter=Reporter(verbosity=0, stream=io.StringIO()))
    return root / "_site"


@pytest.fixture
def base(built_site: Path, static_server: Any) -> str:
    return str(static_server(built_site, "/REPO/"))


def _titles(results: list[dict[str, Any]]) -> list[str]:
    return [r["title"] for r in results]


def _follow(page: Any, base: str, href: str) -> None:
    """The link leads to the post page and, for an anchor, to an element with that id."""
    assert href.startswith("/REPO/"), href
    response = page.goto(base.split("/REPO/")[0] + href)
    assert response is not None and response.status == 200, href
    if "#" in href:
        anchor = href.split("#", 1)[1]
        assert page.locator(f"[id='{anchor}']").count() == 1, f"no element #{anchor} at {href}"


def test_word_only_in_a_comment_links_to_that_comment(page: Any, base: str) -> None:
    results = search_results(page, base, "narwhalcomment")
    assert _titles(results) == ["A Falling Out Between Russia And Iran"]
    assert results[0]["visible"]
    assert results[0]["href"] == "/REPO/2016/02/falling-out/"
    [hit] = results[0]["hits"]
    assert hit["label"] == "Comment by Harlan Vosk"
    assert hit["href"] == "/REPO/2016/02/falling-out/#c1"
    assert hit["text"].startswith("I doubt the narwhalcomment story")
    _follow(page, base, hit["href"])


def test_word_only_in_an_editors_note_links_to_the_note(page: Any, base: str) -> None:
    results = search_results(page, base, "quokkanote")
    assert _titles(results) == ["A Falling Out Between Russia And Iran"]
    [hit] = results[0]["hits"]
    assert hit["label"] == "Editor's note"
    assert hit["href"] == "/REPO/2016/02/falling-out/#note-1"
    _follow(page, base, hit["href"])


def test_word_only_in_a_post_body_links_to_the_post(page: Any, base: str) -> None:
    results = search_results(page, base, "zanzibarite")
    assert _titles(results) == ["A Falling Out Between Russia And Iran"]
    [hit] = results[0]["hits"]
    assert hit["label"] == "In the post"
    assert hit["href"] == "/REPO/2016/02/falling-out/"
    assert "zanzibarite" in hit["text"]
    _follow(page, base, hit["href"])


def test_a_commenters_name_finds_the_post(page: Any, base: str) -> None:
    results = search_results(page, base, "Vosk")
    assert _titles(results) == ["A Falling Out Between Russia And Iran"]
    assert results[0]["hits"][0]["href"].endswith("#c1")


def test_markup_in_a_comment_is_shown_as_text(page: Any, base: str) -> None:
    results = search_results(page, base, "careful")
    [hit] = results[0]["hits"]
    assert "<img src=x" in hit["text"]
    assert page.locator("#search-results img, #search-results script").count() == 0
    assert page.evaluate("window.__pwned") is None
    marked = page.eval_on_selector_all("#search-results mark", "ms => ms.map(m => m.textContent)")
    assert [m.lower().strip(":") for m in marked] == ["careful"]


def test_markup_in_a_commenters_name_is_shown_as_text(page: Any, base: str) -> None:
    results = search_results(page, base, "evecomment")
    [hit] = results[0]["hits"]
    assert hit["label"] == "Comment by <i>Eve</i>"
    assert hit["href"] == "/REPO/2017/05/syria-talks/#c2"
    assert page.locator("#search-results i").count() == 0


def test_each_filter_narrows_the_results(page: Any, base: str) -> None:
    every = _titles(search_results(page, base, "sharedword"))
    assert sorted(every) == ["A Falling Out Between Russia And Iran", "An Undated Post",
                             "Syria Talks Resume"]
    assert _titles(search_results(page, base, "sharedword", year="2017")) == [
        "Syria Talks Resume"]
    assert sorted(_titles(search_results(page, base, "sharedword", tag="Iran"))) == [
        "A Falling Out Between Russia And Iran", "An Undated Post"]
    by_mila = search_results(page, base, "sharedword", commenter="Mila K.")
    assert _titles(by_mila) == ["A Falling Out Between Russia And Iran"]
    assert [h["label"] for h in by_mila[0]["hits"]] == ["Comment by Mila K."]
    comments = search_results(page, base, "sharedword", kind="comment")
    assert sorted(_titles(comments)) == ["A Falling Out Between Russia And Iran",
                                         "Syria Talks Resume"]
    assert {h["label"] for r in comments for h in r["hits"]} == {
        "Comment by Mila K.", "Comment by Anonymous"}
    in_text = search_results(page, base, "sharedword", kind="post")
    assert {h["label"] for r in in_text for h in r["hits"]} == {"In the post"}
    assert len(in_text) == 3


def test_sort_by_date_puts_newest_first_and_undated_last(page: Any, base: str) -> None:
    assert _titles(search_results(page, base, "sharedword", sort="date")) == [
        "Syria Talks Resume", "A Falling Out Between Russia And Iran", "An Undated Post"]


def test_filter_choices_load_when_opened_and_narrow(page: Any, base: str) -> None:
    search_results(page, base, "sharedword")
    page.click("#search-filters summary")
    page.wait_for_function("() => document.querySelectorAll('#search-commenter option').length > 1")
    options = page.eval_on_selector_all("#search-commenter option", "os => os.map(o => o.value)")
    assert set(options) == {"", "Harlan Vosk", "Mila K.", "Anonymous", "<i>Eve</i>"}
    page.select_option("#search-year", "2016")
    page.wait_for_url("**year=2016**")
    page.wait_for_function("() => document.querySelectorAll('#search-results > li').length === 1")
    assert page.inner_text("#search-results h2") == "A Falling Out Between Russia And Iran"


def test_an_address_with_an_order_opens_the_filters_but_loads_no_choices(
        page: Any, base: str) -> None:
    requested: list[str] = []
    page.context.on("request", lambda request: requested.append(request.url))
    assert _titles(search_results(page, base, "sharedword", sort="date"))
    assert page.eval_on_selector("#search-filters", "box => box.open")
    assert not [url for url in requested if "/filter/" in url]  # every tag, year, commenter
    page.focus("#search-tag")  # the reader goes to a filter: now its choices load
    page.wait_for_function("() => document.querySelectorAll('#search-tag option').length > 1")
    assert [url for url in requested if "/filter/" in url]


def test_header_search_box_leads_to_results(page: Any, base: str) -> None:
    page.goto(base)
    page.fill("#site-search", "zanzibarite")
    page.press("#site-search", "Enter")
    page.wait_for_selector("#search-results > li")
    assert page.inner_text("#search-results h2 a") == "A Falling Out Between Russia And Iran"
    assert page.input_value("#search-q") == "zanzibarite"


def test_only_the_search_page_allows_webassembly(built_site: Path) -> None:
    csp = re.compile(r'http-equiv="Content-Security-Policy" content="([^"]*)"')
    def policies(page: str) -> list[str]:
        text = (built_site / page / "index.html").read_text(encoding="utf-8")
        return [html.unescape(c) for c in csp.findall(text)]

    search, post = policies("search"), policies("2016/02/falling-out")
    assert len(search) == 1 and "script-src 'self' 'wasm-unsafe-eval'" in search[0]
    assert len(post) == 1 and "wasm-unsafe-eval" not in post[0]
    assert search[0].replace(" 'wasm-unsafe-eval'", "") == post[0]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_results_page_has_no_wcag21aa_violations(browser: Any, base: str, scheme: str) -> None:
    axe = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"
    context = browser.new_context(color_scheme=scheme, bypass_csp=True)  # to inject axe-core
    try:
        page = context.new_page()
        search_results(page, base, "sharedword")
        page.click("#search-filters summary")
        page.add_script_tag(path=str(axe))
        result = page.evaluate(
            "() => axe.run(document, {runOnly: {type: 'tag',"
            " values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})")
        problems = [(v["id"], [n["target"] for n in v["nodes"]][:3])
                    for v in result["violations"]]
        assert problems == []
    finally:
        context.close()


def test_no_request_leaves_the_site(page: Any, base: str) -> None:
    origin = base.split("/REPO/")[0]
    urls: list[str] = []
    page.on("request", lambda request: urls.append(request.url))
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    search_results(page, base, "sharedword")
    assert urls and all(u.startswith(origin + "/REPO/") for u in urls), urls
    assert not [e for e in errors if "Content Security Policy" in e], errors


def test_without_javascript_the_page_says_so_and_links_archives(
        browser: Any, base: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(base + "search/?q=sharedword")
        message = page.locator("#search-nojs")
        assert message.is_visible()
        assert "needs JavaScript" in message.inner_text()
        links = message.locator("a").evaluate_all("as => as.map(a => a.getAttribute('href'))")
        assert links == ["/REPO/tags/", "/REPO/archive/"]
        assert not page.locator("#search-form").is_visible()
    finally:
        context.close()


def test_an_archive_without_posts_finds_nothing(
        tmp_path: Path, page: Any, static_server: Any) -> None:
    project_from_files(tmp_path, {"site.yaml": SITE_YAML})
    (tmp_path / "content").mkdir()
    build_site(load_config(tmp_path), reporter=Reporter(verbosity=0, stream=io.StringIO()))
    results = search_results(page, static_server(tmp_path / "_site", "/REPO/"), "hello")
    assert results == []
    assert page.inner_text("#search-status") == (
        "Nothing found for \u201chello\u201d: the archive has no posts yet.")


def test_more_results_button_shows_the_rest(page: Any, base: str) -> None:
    assert len(search_results(page, base, "pagingword")) == 10
    assert page.inner_text("#search-status") == "Showing 10 posts of 12 for \u201cpagingword\u201d."
    page.click("#search-more")
    page.wait_for_function("() => document.querySelectorAll('#search-results > li').length === 12")
    assert page.inner_text("#search-status") == "12 posts found for \u201cpagingword\u201d."
    assert not page.is_visible("#search-more")
