"""Reading the archive in Debian's Chromium at 1280 and 375 px: the archive page by
year and month, the pager, breadcrumbs, long threads, commenters, the search page
and the phone header; on the test archive plus a long thread, and on a 2,000-post
generated archive.  axe (WCAG 2.1 AA) and the Nu checker at 0 on the new pages."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from builder.build import build_site
from builder.config import load_config
from builder.plan import TITLES_PER_PAGE
from builder.report import Reporter
from tests.sitefixture import REPO, add_long_thread, copy_fixture

pytestmark = pytest.mark.browser

AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
VNU = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
POST = "2016/02/a-falling-out-between-russia-and-iran-over-syria/"
WIDTHS = [1280, 375]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = copy_fixture(tmp_path_factory.mktemp("reading") / "site")
    add_long_thread(site)
    return build_site(load_config(site), reporter=Reporter(stream=io.StringIO())).output


@pytest.fixture
def served(built: Path, static_server: Any) -> str:
    return str(static_server(built, "/REPO/"))


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """2,000 generated posts in every dump layout (benchmarks/generate.py), split and built."""
    site = tmp_path_factory.mktemp("big") / "site"
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "generate.py"), str(site / "seeds"),
                    "--posts", "2000"], check=True, capture_output=True)
    copy_fixture(site)  # the theme and site.yaml (page_size 3); its content joins the posts
    return build_site(load_config(site), reporter=Reporter(stream=io.StringIO())).output


def view(browser: Any, width: int, **options: Any) -> Any:
    context = browser.new_context(viewport={"width": width, "height": 667 if width < 400 else 900},
                                  **options)
    return context.new_page()


def axe(page: Any) -> list[Any]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "() => axe.run(document, {runOnly: {type: 'tag',"
        " values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})")
    return [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3])
            for v in result["violations"]]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", ["archive/", "2016/03/a-long-thread/", "commenters/",
                                  "commenters/by-count.html", "page/2/", "search/?q=syria"])
def test_new_pages_have_no_wcag21aa_violations(browser: Any, served: str, path: str,
                                               width: int) -> None:
    page = view(browser, width, bypass_csp=True)
    page.goto(served + path)
    if path.startswith("search"):
        page.wait_for_selector(".search-result")
    assert axe(page) == []
    page.context.close()


def test_nu_html_checker_finds_no_errors_on_the_new_pages(built: Path) -> None:
    done = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--skip-non-html",
                           "--format", "json", str(built)],
                          capture_output=True, text=True, timeout=300)
    messages = json.loads(done.stderr or '{"messages": []}')["messages"]
    assert [(m.get("url", "").rsplit("/_site/", 1)[-1], m.get("message")) for m in messages] == []
    assert (built / "commenters" / "by-count.html").is_file()


@pytest.mark.parametrize("width", WIDTHS)
def test_the_archive_page_lists_each_months_titles_in_years_that_fold(
        browser: Any, served: str, width: int) -> None:
    page = view(browser, width)
    page.goto(served + "archive/")
    years = page.locator("details.archive-year")
    assert years.count() == 3  # 2016, 2015, undated
    assert years.nth(0).get_attribute("open") is not None  # the latest year is open
    assert years.nth(1).get_attribute("open") is None
    latest = page.get_by_role("link", name="A Post Readers Argued About")
    assert latest.is_visible()
    older = page.get_by_role("link", name="Russia Expands Air Strikes In Syria")
    assert older.is_hidden()
    page.locator("details.archive-year > summary").nth(1).click()  # open 2015
    assert older.is_visible()
    assert page.get_by_role("heading", name="October 2015 (2)").is_visible()
    older.click()
    page.wait_for_url("**/2015/10/russia-syria-airstrikes/")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_a_post_page_has_breadcrumbs_back_to_its_month(browser: Any, served: str,
                                                       width: int) -> None:
    page = view(browser, width)
    page.goto(served + POST)
    crumbs = page.get_by_role("navigation", name="Breadcrumb")
    assert crumbs.get_by_role("link").all_inner_texts() == ["2016", "February"]
    assert crumbs.locator("li").nth(1).evaluate(
        "el => getComputedStyle(el, '::before').content") == '"›"'
    crumbs.get_by_role("link", name="February").click()
    page.wait_for_url("**/2016/02/")
    assert page.get_by_role("heading", name="February 2016").is_visible()
    page.context.close()


def test_the_read_more_marker_is_not_styled_like_a_link(page: Any, served: str) -> None:
    page.goto(served + POST)
    marker = page.locator(".read-more span").last
    link = page.get_by_role("navigation", name="Breadcrumb").get_by_role("link").first
    style = "el => [getComputedStyle(el).color, getComputedStyle(el).textDecorationLine]"
    color, decoration = marker.evaluate(style)
    assert decoration == "none"
    assert color != link.evaluate(style)[0]
    assert page.locator(".read-more a").count() == 0


@pytest.mark.parametrize("width", WIDTHS)
def test_a_long_thread_folds_per_reply_branch_and_the_header_jumps_to_it(
        browser: Any, served: str, width: int) -> None:
    page = view(browser, width)
    page.goto(served + "2016/03/a-long-thread/")
    page.get_by_role("link", name="Jump to the 34 comments").click()
    page.wait_for_url("**#comments")
    assert page.locator("#comments-title").evaluate(
        "el => el.getBoundingClientRect().top < window.innerHeight")
    branches = page.locator("details.replies")
    assert branches.count() == 7 * 4 - 1  # 7 branches of 5 (the last of 4), 4 levels each
    first = branches.first
    assert first.locator("> summary").inner_text() == "4 replies to Bram"
    reply = page.locator("#c2")
    assert reply.is_visible()
    first.locator("> summary").click()
    assert reply.is_hidden() and page.locator("#c6").is_visible()  # only that branch folds
    page.context.close()


def test_deep_replies_keep_a_readable_column_on_a_phone(browser: Any, served: str) -> None:
    page = view(browser, 375)
    page.goto(served + "2016/03/a-long-thread/")
    width = "el => el.querySelector('p + p').getBoundingClientRect().width"
    top = page.locator("#c1").evaluate(width)
    deepest = page.locator("#c5").evaluate(width)  # four replies down
    assert deepest >= 0.8 * top, (deepest, top)
    page.context.close()


def test_a_short_thread_is_not_folded(page: Any, served: str) -> None:
    page.goto(served + POST)
    assert page.locator("details.replies").count() == 0
    assert page.get_by_role("link", name="5 comments").count() == 1


def test_lists_say_nothing_of_zero_comments_and_name_untitled_posts(page: Any,
                                                                   served: str) -> None:
    page.goto(served + "2015/10/")  # a month page names its posts (no excerpts)
    untitled = page.locator(".post-list li", has_text="A post that was printed")
    assert untitled.get_by_role("link").inner_text() == (
        "October 1, 2015: A post that was printed without a title.")
    assert "comment" not in untitled.locator(".subtle").inner_text()
    assert "Untitled post" not in page.content()
    page.goto(served)
    falling = page.locator("article.summary", has_text="A Falling Out")
    assert falling.locator(".meta").inner_text().endswith(
        "5 comments · the original page said 6 comments")


@pytest.mark.parametrize("width", WIDTHS)
def test_commenters_group_placeholder_names_sort_by_count_and_jump_by_letter(
        browser: Any, served: str, width: int) -> None:
    page = view(browser, width)
    page.goto(served + "commenters/")
    people = page.locator(".commenter-index a").all_inner_texts()
    assert "Anonymous" not in people and "Unknown" not in people
    assert people == sorted(people, key=str.casefold)
    page.get_by_role("link", name="anonymous readers").click()
    page.wait_for_url("**/commenters/anonymous-readers/")
    assert page.get_by_role("heading", name="Comments by Anonymous readers").is_visible()
    page.goto(served + "commenters/")
    jump = page.get_by_role("navigation", name="Jump to a letter")
    jump.get_by_role("link", name="F").click()
    letter = page.locator("h2.letter", has_text="F")
    assert letter.evaluate("el => el.matches(':target')")
    assert letter.evaluate("el => el.getBoundingClientRect().top < window.innerHeight")
    page.get_by_role("link", name="Most comments first").click()
    page.wait_for_url("**/commenters/by-count.html")
    counts = [int(t.rsplit("(", 1)[1].rstrip(")"))
              for t in page.locator(".commenter-ranking li").all_inner_texts()]
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]
    page.context.close()


def test_the_phone_header_is_one_row_plus_the_search(browser: Any, served: str) -> None:
    page = view(browser, 375)
    page.goto(served + POST)
    tops = [page.locator(sel).first.evaluate("el => Math.round(el.getBoundingClientRect().top)")
            for sel in ("body > header > nav", ".theme-toggle")]
    title = page.locator("body > header > p").evaluate("el => el.getBoundingClientRect()")
    assert all(title["top"] - 4 <= top <= title["top"] + title["height"] for top in tops)
    header = page.locator("body > header").evaluate("el => el.getBoundingClientRect().height")
    assert header <= 110, header
    assert page.locator("body > header input[type=search]").is_visible()
    page.context.close()


def test_the_search_page_has_one_box_results_as_you_type_and_site_dates(
        browser: Any, served: str) -> None:
    page = view(browser, 375)
    page.goto(served + "search/")
    assert page.locator("input[type=search]").count() == 1
    page.locator("#search-q").press_sequentially("syria", delay=40)  # no Enter
    first = page.locator(".search-result").first
    first.wait_for(timeout=10_000)
    assert "q=syria" in page.url
    box = first.locator("h2").evaluate("el => el.getBoundingClientRect()")
    assert box["bottom"] <= 667, box  # the first result shows without scrolling
    dates = page.locator(".search-result-date").all_inner_texts()
    assert "February 6, 2016" in dates
    page.context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_a_2000_post_archive_offers_page_numbers_and_the_archive(
        browser: Any, big: Path, static_server: Any, width: int) -> None:
    base = str(static_server(big, "/REPO/"))
    page = view(browser, width)
    page.goto(base)
    pager = page.get_by_role("navigation", name="Pages of posts")
    numbers = pager.locator(".page-numbers a").all_inner_texts()
    total = int(numbers[-1])  # 3 posts with excerpts, then titles 100 a page
    posts = [*big.glob("[0-9]*/[0-9]*/*/index.html"), *big.glob("undated/*/index.html")]
    assert total == 1 + -(-(len(posts) - 3) // TITLES_PER_PAGE)
    assert total > 10 and numbers[:3] == ["1", "2", "3"]
    assert pager.locator("[aria-current=page]").inner_text() == "1"
    pager.get_by_role("link", name=f"Page {total}").click()
    page.wait_for_url(f"**/page/{total}/")
    assert page.get_by_role("navigation", name="Pages of posts").locator(
        "[aria-current=page]").inner_text() == str(total)
    page.get_by_role("link", name="Every post by year and month").click()
    page.wait_for_url("**/archive/")
    latest = page.locator("details.archive-year").first
    assert latest.get_attribute("open") is not None
    assert latest.locator(".post-list a").count() > 50  # the latest year's titles, readable
    assert page.locator("details.archive-year[open]").count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.context.close()
