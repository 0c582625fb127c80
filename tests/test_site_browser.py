"""The built site in Debian's Chromium, served under /REPO/ as on GitHub Pages.

axe-core (WCAG 2.1 A and AA) on every kind of page at 1280 and 375 px, the Nu HTML
checker over every page, a crawl for broken links, the site read with JavaScript
off, dark mode, no third-party requests, no sideways scrolling at 360 px, and the
screenshots the README shows (docs/screenshots/).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from builder.build import build_site
from builder.check import check_site
from builder.config import load_config
from builder.report import Reporter
from tests.sitefixture import REPO, copy_fixture

pytestmark = pytest.mark.browser

AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
VNU = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
SHOTS = REPO / "docs" / "screenshots"
POST = "2016/02/a-falling-out-between-russia-and-iran-over-syria/"
PAGES = {
    "home": "",
    "post": POST,
    "tag": "tags/syria/",
    "tag index": "tags/",
    "archive": "archive/",
    "year": "2016/",
    "month": "2016/02/",
    "commenter": "commenters/anonymous-readers/",
    "commenters": "commenters/",
    "404": "no/such/deep/page/",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = copy_fixture(tmp_path_factory.mktemp("browser") / "site")
    result = build_site(load_config(site), reporter=Reporter(stream=io.StringIO()))
    return result.output


@pytest.fixture
def served(built: Path, static_server: Callable[[Path, str], str]) -> str:
    return static_server(built, "/REPO/")


def open_page(page: Any, base: str, built: Path, path: str) -> None:
    """Open a site path; a missing path gets 404.html the way GitHub Pages serves it."""
    if path.startswith("no/such"):
        body = (built / "404.html").read_text()
        page.route(base + path, lambda route: route.fulfill(status=404, body=body,
                                                            content_type="text/html"))
    page.goto(base + path)


@pytest.fixture
def axe_page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(bypass_csp=True)  # lets the test inject axe-core
    pg = context.new_page()
    yield pg
    context.close()


@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("name", ["home", "post", "tag", "archive", "commenter", "404",
                                  "tag index", "month", "commenters", "year"])
def test_axe_finds_no_wcag21aa_violations(axe_page: Any, served: str, built: Path, name: str,
                                         width: int) -> None:
    axe_page.set_viewport_size({"width": width, "height": 900})
    open_page(axe_page, served, built, PAGES[name])
    axe_page.add_script_tag(path=str(AXE))
    result = axe_page.evaluate(
        "() => axe.run(document, {runOnly: {type: 'tag',"
        " values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})")
    problems = [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3])
                for v in result["violations"]]
    assert problems == []


@pytest.mark.parametrize("scheme", ["dark", "light"])
def test_axe_contrast_in_both_themes(browser: Any, served: str, scheme: str) -> None:
    context = browser.new_context(color_scheme=scheme, bypass_csp=True)
    page = context.new_page()
    page.goto(served + POST)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("() => axe.run(document, {runOnly: ['color-contrast']})")
    context.close()
    assert [v["nodes"][0]["target"] for v in result["violations"]] == []


def test_nu_html_checker_finds_no_errors(built: Path) -> None:
    done = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--skip-non-html",
                           "--format", "json", str(built)],
                          capture_output=True, text=True, timeout=300)
    messages = json.loads(done.stderr or '{"messages": []}')["messages"]
    assert [(m.get("url", "").rsplit("/_site/", 1)[-1], m.get("lastLine"), m["message"])
            for m in messages] == []
    assert len(list(built.rglob("*.html"))) > 40


def test_crawl_finds_no_broken_links(built: Path) -> None:
    assert check_site(built, "/REPO/") == []


def test_every_page_loads_without_errors_or_third_party_requests(browser: Any, served: str,
                                                                 built: Path) -> None:
    context = browser.new_context()
    page = context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    for file in sorted(built.rglob("*.html")):
        rel = file.relative_to(built).as_posix().removesuffix("index.html")
        response = page.goto(served + quote(rel))  # a file name may hold '#' (search/label/C#)
        assert response is not None and response.ok, rel
    context.close()
    assert errors == []
    assert all(url.startswith(served) for url in requests), [u for u in requests
                                                             if not u.startswith(served)][:5]


def test_reads_fully_with_javascript_off(browser: Any, served: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(served + POST)
    assert page.locator("#c3").is_visible()
    assert page.get_by_text("Regular readers of this blog know").is_visible()
    assert page.locator(".theme-toggle").is_hidden()  # nothing that needs JS is offered
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") != ""
    context.close()


def test_dark_mode_follows_the_system_and_the_toggle_overrides_it(browser: Any, served: str
                                                                  ) -> None:
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(served)
    background = "getComputedStyle(document.body).backgroundColor"
    assert page.evaluate(background) == "rgb(22, 24, 27)"
    # the button shows the theme it switches to: an icon, named for screen readers
    toggle = page.get_by_role("button", name="Switch to the light theme")
    assert toggle.locator("svg.icon-light").is_visible()
    assert toggle.locator("svg.icon-dark").is_hidden()
    toggle.click()
    assert page.evaluate(background) == "rgb(253, 253, 251)"
    toggle = page.get_by_role("button", name="Switch to the dark theme")
    assert toggle.locator("svg.icon-dark").is_visible()
    page.goto(served + "tags/")  # the choice is remembered on the next page
    assert page.evaluate(background) == "rgb(253, 253, 251)"
    context.close()


def test_skip_link_and_visible_focus(page: Any, served: str) -> None:
    page.goto(served + POST)
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    assert skip.evaluate("el => el === document.activeElement")
    assert skip.evaluate("el => el.getBoundingClientRect().top >= 0")
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"


def test_no_sideways_scrolling_at_360px(browser: Any, served: str) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    for path in ("", POST, "tags/", "commenters/anonymous-readers/"):
        page.goto(served + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 360, path
    context.close()


def test_comment_permalink_scrolls_to_its_comment(page: Any, served: str) -> None:
    page.goto(served + "commenters/b-poster/")
    title = "A Falling Out Between Russia And Iran Over Syria?"  # the post the comment is on
    page.get_by_role("link", name=title, exact=True).click()
    page.wait_for_url("**#c2")
    assert page.locator("#c2").evaluate("el => el.matches(':target')")
    assert page.locator("#c2").is_visible()


@pytest.mark.parametrize("width", [1280, 375])
def test_screenshots_for_the_readme(browser: Any, served: str, width: int,
                                    tmp_path: Path) -> None:
    """The README's pictures render; UPDATE_SCREENSHOTS=1 writes them into docs/
    (otherwise a test run would leave the working tree modified)."""
    shots = SHOTS if os.environ.get("UPDATE_SCREENSHOTS") == "1" else tmp_path
    shots.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": width, "height": 900 if width > 400 else 812},
                                  color_scheme="light")
    page = context.new_page()
    for name, path in (("home", ""), ("post", POST)):
        page.goto(served + path)
        target = shots / f"{name}-{width}.png"
        page.screenshot(path=str(target))
        assert target.stat().st_size > 10_000
    context.close()
