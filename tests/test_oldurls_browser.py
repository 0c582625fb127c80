"""Old Blogger addresses in Chromium, served the way GitHub Pages serves a project
site (the query ignored, `/x` answered by `x.html`, `/x` of a folder redirected to
`/x/` with its query, a miss answered by `404.html` with status 404), under /REPO/."""

from __future__ import annotations

import functools
import http.server
import io
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

from builder.build import build_site
from builder.config import load_config
from builder.report import Reporter
from tests.oldurls_site import make_project

PREFIX = "/REPO/"
OLD = "2016/10/snap-check-air-defence-units.html"
COMMENT = "c5462891555459307516"


class _PagesHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass

    def translate_path(self, path: str) -> str:
        path = path.split("?", 1)[0].split("#", 1)[0]
        if not path.startswith(PREFIX):
            return str(Path(self.directory) / "__outside__")
        rel = unquote(path[len(PREFIX):])
        full = Path(self.directory) / rel
        if rel and not rel.endswith("/") and not full.is_file() \
                and full.with_name(full.name + ".html").is_file():
            return str(full) + ".html"
        return super().translate_path("/" + path[len(PREFIX):])

    def send_error(self, code: int, message: str | None = None,
                   explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module", params=["blogger", None], ids=["blogger", "default"])
def served(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[tuple[str, str | None]]:
    root = tmp_path_factory.mktemp("oldweb")
    output = root / "site" / "_site"
    output.mkdir(parents=True)
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_PagesHandler, directory=str(output)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    site = make_project(root / "site", request.param, base_url=base)
    result = build_site(load_config(site), reporter=Reporter(stream=io.StringIO()), workers=1)
    assert result.warnings == []
    yield base, request.param
    server.shutdown()
    server.server_close()


def test_an_old_comment_link_lands_on_its_comment(page: Any, served: tuple[str, str | None]
                                                 ) -> None:
    base, pattern = served
    page.goto(f"{base}{OLD}?showComment=1475600000000#{COMMENT}")
    page.wait_for_function(f"document.getElementById('{COMMENT}') !== null")
    if pattern == "blogger":
        assert page.url.startswith(f"{base}{OLD}")
    else:
        assert page.url == f"{base}2016/10/2016-10-snap-check-air-defence-units/#{COMMENT}"
    assert page.evaluate("document.querySelector(':target').id") == COMMENT
    assert page.locator("h1").inner_text().startswith("Valdoria Orders Snap Readiness Check")


def test_label_and_archive_addresses_land_on_their_pages(page: Any,
                                                        served: tuple[str, str | None]) -> None:
    base, _ = served
    page.goto(f"{base}search/label/Ostrel%20dam?max-results=20")
    page.wait_for_url(f"{base}tags/ostrel-dam/")
    assert "Ostrel dam" in page.locator("h1").inner_text()
    page.goto(f"{base}search/label/Castrelo+de+Mi%C3%B1o")
    page.wait_for_url(f"{base}tags/castrelo-de-mino/")
    page.goto(f"{base}2016_02_28_archive.html")
    page.wait_for_url(f"{base}2016/02/")


def test_old_search_address_searches(page: Any, served: tuple[str, str | None]) -> None:
    base, _ = served
    page.goto(f"{base}search?q=frost")
    page.wait_for_url(f"{base}search/?q=frost")
    page.wait_for_function("document.getElementById('search-q').value === 'frost'")


def test_unknown_old_address_offers_its_words_as_a_search(page: Any,
                                                          served: tuple[str, str | None]) -> None:
    base, _ = served
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    response = page.goto(f"{base}2015/03/ostrel-dam-talks-collapse_12.html?m=1")
    assert response.status == 404
    link = page.locator("#notfound-search a")
    assert link.inner_text() == "ostrel dam talks collapse"
    assert link.get_attribute("href") == f"{PREFIX}search/?q=ostrel%20dam%20talks%20collapse"
    assert all(url.startswith(base) for url in requests), requests


def test_without_javascript_the_refresh_still_leads_to_the_page(
        browser: Any, served: tuple[str, str | None]) -> None:
    base, pattern = served
    context = browser.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        tab.goto(f"{base}search/label/Ostrel%20dam")
        tab.wait_for_url(f"{base}tags/ostrel-dam/")
        if pattern is None:
            tab.goto(f"{base}{OLD}")
            tab.wait_for_url(f"{base}2016/10/2016-10-snap-check-air-defence-units/")
    finally:
        context.close()
