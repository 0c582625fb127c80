"""`archive serve`: the real command in a subprocess, a real build, real Chromium.

Each test starts `python -m builder serve --port 0` on a throw-away project and
stops it in the fixture's teardown, whatever happened.
"""

from __future__ import annotations

import http.client
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import archive_env

SITE_YAML = """\
title: "Serve test archive"
base_url: "https://example.github.io/blog-archive/"
permalink: "{year}/{month}/{id}/"
"""

POST_ID = "falling-out"
POST_PATH = f"content/2016/{POST_ID}/post.md"


def post_md(body: str, title: str = "A Falling Out Between Russia And Iran") -> str:
    return f"""---
type: post
id: {POST_ID}
title: "{title}"
date: "2016-02-06"
author: null
tags: ["Iran", "Russia"]
source: "000_test.txt"
source_index: 1
read_more: false
comment_count: 0
---
{body}
"""


OTHER_POST = """---
type: post
id: second-post
title: "A second post"
date: "2015-11-03"
author: null
tags: ["Syria"]
source: "000_test.txt"
source_index: 2
read_more: false
comment_count: 0
---
Nothing to see here.
"""


@dataclass
class Served:
    """A running `archive serve` process and what it printed."""

    proc: subprocess.Popen[str]
    root: Path
    url: str = ""
    output: Path | None = None
    lines: list[str] = field(default_factory=list)
    started: threading.Event = field(default_factory=threading.Event)

    @property
    def port(self) -> int:
        return urlsplit(self.url).port or 80

    def post_url(self) -> str:
        return f"{self.url}2016/02/{POST_ID}/"

    def text(self) -> str:
        return "\n".join(self.lines)

    def builds(self) -> int:
        return sum(1 for line in self.lines if line.startswith("built in "))

    def write(self, rel: str, text: str) -> None:
        (self.root / rel).write_text(text, encoding="utf-8")

    def wait_for(self, pattern: str, timeout: float = 20) -> re.Match[str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = re.search(pattern, self.text())
            if found:
                return found
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        raise AssertionError(f"server never printed {pattern!r}; it printed:\n{self.text()}")


def _read(served: Served) -> None:
    assert served.proc.stdout is not None
    for line in served.proc.stdout:
        served.lines.append(line.rstrip("\n"))
        found = re.match(r"serving on (\S+)", line)
        if found:
            served.url = found.group(1)
            served.started.set()
        found = re.match(r"building .* into (\S+)", line)
        if found:
            served.output = Path(found.group(1))


def start_server(root: Path) -> Served:
    proc = subprocess.Popen(
        [sys.executable, "-m", "builder", "--site", str(root), "serve", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=archive_env(),
    )
    served = Served(proc, root)
    threading.Thread(target=_read, args=(served,), daemon=True).start()
    if not served.started.wait(60):
        stop_server(served)
        raise AssertionError(f"archive serve did not start:\n{served.text()}")
    return served


def stop_server(served: Served) -> None:
    if served.proc.poll() is None:
        served.proc.send_signal(signal.SIGTERM)
        try:
            served.proc.wait(10)
        except subprocess.TimeoutExpired:
            served.proc.kill()
            served.proc.wait(10)


@pytest.fixture
def site(make_site: Callable[..., Path]) -> Path:
    return make_site({
        "site.yaml": SITE_YAML,
        POST_PATH: post_md("The first version of the body."),
        "content/2015/second-post/post.md": OTHER_POST,
    })


@pytest.fixture
def server(site: Path) -> Iterator[Served]:
    served = start_server(site)
    try:
        yield served
    finally:
        stop_server(served)
    assert served.proc.returncode == 0, served.text()
    if served.output is not None:
        assert not served.output.parent.exists(), "serve left its private folder behind"


def wait_connected(page: object) -> None:
    """Until the page's livereload socket is open (a save before that cannot reload it)."""
    page.wait_for_function(  # type: ignore[attr-defined]
        "() => window.LiveReload && window.LiveReload.connector"
        " && window.LiveReload.connector._isSocketConnected()", timeout=10_000)


def body_has(page: object, text: str, timeout: float = 15_000) -> None:
    page.wait_for_function(  # type: ignore[attr-defined]
        "t => document.body && document.body.innerText.includes(t)", arg=text, timeout=timeout)


# -- the browser side -----------------------------------------------------------------


@pytest.mark.browser
def test_edit_shows_in_open_page_without_touching_the_browser(server: Served, page: object) -> None:
    page.goto(server.post_url())  # type: ignore[attr-defined]
    body_has(page, "The first version of the body.")
    wait_connected(page)
    server.write(POST_PATH, post_md("The body after an edit."))
    body_has(page, "The body after an edit.")
    assert page.url == server.post_url()  # type: ignore[attr-defined]
    assert "The first version" not in page.inner_text("body")  # type: ignore[attr-defined]


@pytest.mark.browser
def test_two_saves_300_ms_apart_end_on_the_second(server: Served, page: object) -> None:
    page.goto(server.post_url())  # type: ignore[attr-defined]
    wait_connected(page)
    for round_ in range(3):
        builds = server.builds()
        server.write(POST_PATH, post_md(f"Save one of round {round_}."))
        time.sleep(0.3)
        server.write(POST_PATH, post_md(f"Save two of round {round_}."))
        body_has(page, f"Save two of round {round_}.")
        # the server has settled: no more builds pending, and the page stays on save two
        deadline = time.monotonic() + 10
        while server.builds() < builds + 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(1.0)
        body_has(page, f"Save two of round {round_}.", timeout=1000)
        assert f"Save one of round {round_}." not in page.inner_text("body")  # type: ignore[attr-defined]


@pytest.mark.browser
def test_broken_edit_shows_file_and_line_keeps_last_good_site_then_recovers(
        server: Served, page: object) -> None:
    page.goto(server.post_url())  # type: ignore[attr-defined]
    wait_connected(page)
    broken = post_md("This edit is broken.").replace('tags: ["Iran", "Russia"]',
                                                      'tags: ["Iran", "Russia"')
    server.write(POST_PATH, broken)

    overlay = page.locator("#archive-serve-error")  # type: ignore[attr-defined]
    overlay.wait_for(timeout=15_000)
    message = overlay.inner_text()
    assert "did not build" in message
    assert re.search(r"post\.md:\d+", message), message
    # the last good site stays served
    assert "The first version of the body." in page.inner_text("body")  # type: ignore[attr-defined]
    assert "This edit is broken." not in page.inner_text("body")  # type: ignore[attr-defined]
    # the terminal names the file and line too, and the server is still alive
    server.wait_for(r"error: .*post\.md:\d+")
    assert server.proc.poll() is None

    server.write(POST_PATH, post_md("The body after the fix."))
    body_has(page, "The body after the fix.")
    assert page.locator("#archive-serve-error").count() == 0  # type: ignore[attr-defined]


@pytest.mark.browser
def test_links_work_locally_under_the_base_path(server: Served, page: object) -> None:
    assert urlsplit(server.url).path == "/blog-archive/"
    page.goto(f"http://127.0.0.1:{server.port}/")  # type: ignore[attr-defined]
    assert page.url == server.url  # type: ignore[attr-defined]  # / redirects to the base path
    page.get_by_role("link", name="A second post").first.click()  # type: ignore[attr-defined]
    body_has(page, "Nothing to see here.")
    assert page.url.startswith(server.url)  # type: ignore[attr-defined]


# -- HTTP: headers and path safety ----------------------------------------------------


def get(served: Served, path: str, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    """A raw request: http.client sends the path exactly as given (no normalising)."""
    conn = http.client.HTTPConnection("127.0.0.1", served.port, timeout=10)
    try:
        conn.request(method, path)
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def test_responses_carry_no_cache_headers(server: Served) -> None:
    base = urlsplit(server.url).path
    for path in (base, f"{base}2016/02/{POST_ID}/", f"{base}no-such-page/", "/livereload.js"):
        status, headers, _ = get(server, path)
        assert status in (200, 404), path
        assert "no-store" in headers["cache-control"], (path, headers)
        assert "no-cache" in headers["cache-control"], (path, headers)
        assert "etag" not in headers, path
    status, headers, body = get(server, f"{base}2016/02/{POST_ID}/", method="HEAD")
    assert (status, body) == (200, b"") and "no-store" in headers["cache-control"]


def test_request_paths_never_escape_the_served_folder(server: Served, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    assert server.output is not None
    os.symlink(secret, server.output / "leak.txt")
    os.symlink(tmp_path, server.output / "leakdir")
    rel_secret = os.path.relpath(secret, server.output)
    base = urlsplit(server.url).path
    attempts = [
        f"{base}../{rel_secret}",
        f"{base}{'../' * 12}etc/passwd",
        f"{base}%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        f"{base}%2E%2E%2F%2E%2E%2F%2E%2E%2F%2E%2E%2F%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
        f"{base}..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
        f"{base}..%5c..%5c..%5c..%5c..%5c..%5cetc%5cpasswd",
        f"{base}%252e%252e/%252e%252e/etc/passwd",
        f"{base}leak.txt",
        f"{base}leakdir/secret.txt",
        f"{base}2016/../../../../../../etc/passwd",
        f"{base}x%00.html",
        f"{base}{'a' * 5000}/",
        "/../../../../../../etc/passwd",
    ]
    for path in attempts:
        status, _, body = get(server, path)
        assert status in (403, 404), (path, status)
        assert b"TOP-SECRET" not in body, path
        assert b"root:" not in body, path
    assert get(server, f"{base}2016/02/{POST_ID}/")[0] == 200


def test_a_burst_of_500_changed_files_costs_one_or_two_rebuilds(server: Served) -> None:
    before = server.builds()
    for n in range(500):
        server.write(f"content/2015/second-post/comment-{n + 1}.md", f"""---
type: comment
id: c{n + 1}
post: second-post
author: "Reader {n}"
date: null
parent: null
removed: false
order: {n + 1}
---
Comment number {n}.
""")
    time.sleep(0.5)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        _, _, body = get(server, f"{urlsplit(server.url).path}2015/11/second-post/")
        if b"Comment number 499." in body and server.builds() > before:
            break
        time.sleep(0.2)
    time.sleep(1.5)  # any rebuild still to come would have started by now
    assert b"Comment number 499." in body
    assert 1 <= server.builds() - before <= 2, server.text()


@pytest.mark.browser
def test_template_error_names_the_template_and_line_then_recovers(
        server: Served, page: object) -> None:
    page.goto(server.post_url())  # type: ignore[attr-defined]
    wait_connected(page)
    template = server.root / "templates" / "post.html"
    good = template.read_text(encoding="utf-8")
    lines = good.splitlines(keepends=True)
    lines.insert(4, "{% if %}\n")  # line 5: a syntax error
    template.write_text("".join(lines), encoding="utf-8")

    overlay = page.locator("#archive-serve-error")  # type: ignore[attr-defined]
    overlay.wait_for(timeout=15_000)
    assert re.search(r"post\.html:5\b", overlay.inner_text()), overlay.inner_text()
    assert "The first version of the body." in page.inner_text("body")  # type: ignore[attr-defined]

    template.write_text(good, encoding="utf-8")
    page.locator("#archive-serve-error").wait_for(state="detached", timeout=15_000)  # type: ignore[attr-defined]
    body_has(page, "The first version of the body.")


@pytest.mark.browser
def test_a_site_broken_from_the_start_is_served_as_an_error_page_until_fixed(
        site: Path, page: object) -> None:
    good = (site / POST_PATH).read_text(encoding="utf-8")
    (site / POST_PATH).write_text(good.replace('tags: ["Iran", "Russia"]', "tags: [Iran"),
                                  encoding="utf-8")
    served = start_server(site)
    try:
        page.goto(served.post_url())  # type: ignore[attr-defined]
        overlay = page.locator("#archive-serve-error")  # type: ignore[attr-defined]
        assert re.search(r"post\.md:\d+", overlay.inner_text()), overlay.inner_text()
        wait_connected(page)
        served.write(POST_PATH, post_md("Fixed before the first good build."))
        body_has(page, "Fixed before the first good build.")
        assert page.locator("#archive-serve-error").count() == 0  # type: ignore[attr-defined]
    finally:
        stop_server(served)
    assert served.proc.returncode == 0, served.text()


@pytest.mark.browser
def test_a_rebuild_that_finishes_while_the_page_reloads_is_not_lost(
        server: Served, page: object) -> None:
    """Save two's reload goes out after the page has unloaded for save one but before
    its new socket is connected (nobody hears it): the page must still end on save two."""
    page.goto(server.post_url())  # type: ignore[attr-defined]
    wait_connected(page)
    held: list[str] = []

    def hold_socket_script(route: object) -> None:
        if not held:  # the reloaded page (save one) is shown; its socket is not open yet
            held.append(page.inner_text("body"))  # type: ignore[attr-defined]
            builds = server.builds()
            server.write(POST_PATH, post_md("Save two, written while the page loads."))
            deadline = time.monotonic() + 15
            while server.builds() <= builds and time.monotonic() < deadline:
                time.sleep(0.05)
            time.sleep(0.3)  # its reload message has gone out to no one
        route.continue_()  # type: ignore[attr-defined]

    page.route("**/livereload.js*", hold_socket_script)  # type: ignore[attr-defined]
    server.write(POST_PATH, post_md("Save one."))
    body_has(page, "Save two, written while the page loads.")
    assert len(held) == 1 and "Save one." in held[0]


def test_site_yaml_changes_rebuild_and_a_new_base_path_is_followed(server: Served) -> None:
    server.write("site.yaml", SITE_YAML.replace("Serve test archive", "Renamed archive")
                 .replace("/blog-archive/", "/moved/"))
    deadline = time.monotonic() + 30
    status, body = 0, b""
    while time.monotonic() < deadline:
        status, _, body = get(server, "/moved/")
        if status == 200 and b"Renamed archive" in body:
            break
        time.sleep(0.1)
    assert status == 200 and b"Renamed archive" in body, server.text()
    assert b'href="/moved/' in body
    status, _, body = get(server, "/blog-archive/")
    assert status == 404 and b'href="/moved/"' in body  # points to where the site went


def test_a_port_in_use_is_one_clear_error(site: Path, run_archive: Callable[..., object]) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_archive("--site", str(site), "serve", "--port", str(port), timeout=60)
    assert result.returncode == 1  # type: ignore[attr-defined]
    assert result.stderr.strip() == (  # type: ignore[attr-defined]
        f"error: cannot serve on 127.0.0.1:{port}: Address already in use "
        "(hint: another server may be using it; try --port 8001)")


@pytest.mark.browser
def test_a_dump_that_cannot_be_split_is_named_in_the_page_until_removed(
        server: Served, page: object) -> None:
    page.goto(server.post_url())  # type: ignore[attr-defined]
    wait_connected(page)
    server.write("seeds/001_broken.txt", "Just a shopping list.\nEggs\nMilk\n")

    overlay = page.locator("#archive-serve-error")  # type: ignore[attr-defined]
    overlay.wait_for(timeout=15_000)
    assert "could not be split" in overlay.inner_text()
    assert re.search(r"001_broken\.txt(:\d+)?: ", overlay.inner_text()), overlay.inner_text()
    assert "The first version of the body." in page.inner_text("body")  # type: ignore[attr-defined]
    server.wait_for(r"warning: seeds/001_broken\.txt:\d+: .*; not split, so its posts are not in "
                    r"the site \(hint: ")

    (server.root / "seeds" / "001_broken.txt").unlink()
    page.locator("#archive-serve-error").wait_for(state="detached", timeout=15_000)  # type: ignore[attr-defined]
