"""`archive images` against a local HTTP server (127.0.0.1; no internet is used).

The server stands in for Blogger's image hosts and the Wayback Machine as an HTTP
proxy (HTTP_PROXY points at it, as a user behind a proxy would have it), and
serves redirects, errors, slow, huge and lying answers on its own address.
"""

from __future__ import annotations

import io
import json
import os
import pty
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import imagesize
import pytest

from builder.config import load_config
from builder.frontmatter import parse
from builder.images.fetch import FetchOptions, mirror_file
from builder.images.run import fetch_images
from builder.report import Reporter
from tests.conftest import archive_env
from tests.imageserver import ImageServer, png, proxy_env, redirect, send, serving, slow, status

BP = "http://1.bp.blogspot.com/-abc/def/AAAAAAAAAAA/xyz"
GU = "http://blogger.googleusercontent.com/img/a/AVvXsEhQ"


def post(slug: str, body: str) -> dict[str, str]:
    return {f"content/2016/{slug}/post.md": (
        f'---\ntype: post\nid: {slug}\ntitle: "{slug}"\ndate: "2016-02-06"\n---\n{body}\n')}


def body_of(site: Path, slug: str) -> str:
    return parse((site / "content" / "2016" / slug / "post.md").read_text("utf-8"))[1]


def run_images(site: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "builder", "images", *args], cwd=site,
                          env={**archive_env(), **env}, capture_output=True, text=True,
                          timeout=120)


def fetch(site: Path, server: ImageServer, monkeypatch: pytest.MonkeyPatch,
          **options: float) -> tuple[object, str]:
    for name, value in proxy_env(server, no_proxy="127.0.0.1").items():
        monkeypatch.setenv(name, value)
    out = io.StringIO()
    result = fetch_images(load_config(site), Reporter(stream=out),
                          options=FetchOptions(**{"retries": 1, "backoff": 0.05, **options}))
    return result, out.getvalue()


def stored(site: Path) -> list[Path]:
    root = site / "content" / "images"
    return sorted(p for p in root.glob("*/*") if p.is_file()) if root.is_dir() else []


def test_blogger_size_variants_are_fetched_at_full_size_and_shown_at_their_size(
        make_site: Callable[..., Path]) -> None:
    site = make_site(post("sizes", f"![A ferry]({BP}/s320/ferry.png)\n\n"
                                   f"[![]({GU}=w400-h300)]({GU}=s1600)\n\n"
                                   f"![]({BP}/s1600-h/quay.png)"))
    with serving() as server:
        server.sites["1.bp.blogspot.com"] = {"/-abc/def/AAAAAAAAAAA/xyz/s1600/ferry.png":
                                             png(1200, 800, 1),
                                             "/-abc/def/AAAAAAAAAAA/xyz/s1600/quay.png":
                                             png(300, 200, 2)}
        server.sites["blogger.googleusercontent.com"] = {"/img/a/AVvXsEhQ=s1600": png(800, 600, 3)}
        done = run_images(site, proxy_env(server))
        asked = server.seen()
    assert done.returncode == 0, done.stderr
    assert "images: 3 fetched, 0 already stored, 1 content file(s) rewritten, 0 not fetched" \
        in done.stdout
    assert sorted(asked) == sorted([f"{BP}/s1600/ferry.png", f"{GU}=s1600", f"{BP}/s1600/quay.png"])
    text = body_of(site, "sizes")
    assert "blogspot" not in text and "googleusercontent" not in text
    names = [p.relative_to(site / "content").as_posix() for p in stored(site)]
    sizes = {imagesize.get(str(site / "content" / n)): n for n in names}
    ferry, gu, quay = sizes[(1200, 800)], sizes[(800, 600)], sizes[(300, 200)]
    assert f"![A ferry]({ferry}#320x213)" in text  # s320: the longest side was 320
    assert f"[![]({gu}#400x300)]({gu})" in text  # the link to the larger version: local
    assert f"![]({quay})" in text  # s1600-h was already full size
    sidecar = json.loads((site / "content" / "images" / "sources.json").read_text("utf-8"))
    assert sidecar["files"][ferry]["sources"] == [f"{BP}/s320/ferry.png"]
    assert sidecar["files"][gu]["from"] == f"{GU}=s1600"


def test_a_wayback_copy_is_fetched_from_the_archive_at_full_size(
        make_site: Callable[..., Path]) -> None:
    wb = "http://web.archive.org/web/20170312093512im_/"
    site = make_site(post("wayback", f"![Column]({wb}{BP}/s400/column.png)"))
    with serving() as server:
        server.sites["web.archive.org"] = {
            f"/web/20170312093512im_/{BP}/s1600/column.png": png(640, 480, 4)}
        done = run_images(site, proxy_env(server))
        asked = server.seen()
    assert done.returncode == 0, done.stderr
    assert asked == [f"{wb}{BP}/s1600/column.png"]
    assert "#400x300)" in body_of(site, "wayback")


def test_redirect_404_html_svg_and_loops_are_told_apart(make_site: Callable[..., Path]) -> None:
    with serving() as server:
        base = server.url
        site = make_site(post("mixed", "\n\n".join([
            f"![moved]({base}/old.png)", f"![gone]({base}/gone.jpg)",
            f"![lying]({base}/page.jpg)", f"![drawing]({base}/drawing.svg)",
            f"![loop]({base}/loop.png)", f"![ftp]({base}/to-ftp.png)"])))
        server.routes.update({
            "/old.png": redirect("/new.png"), "/new.png": png(50, 40, 5),
            "/gone.jpg": status(404),
            "/page.jpg": lambda h: send(h, 200, b"<!DOCTYPE html><html><body>Sorry</body>"
                                               b"</html>", "image/jpeg"),
            "/drawing.svg": lambda h: send(h, 200, b'<svg xmlns="http://www.w3.org/2000/svg">'
                                                   b"<script>alert(1)</script></svg>",
                                           "image/svg+xml"),
            "/loop.png": redirect("/loop.png"),
            "/to-ftp.png": redirect("ftp://example.org/x.png")})
        done = run_images(site, {"NO_PROXY": "127.0.0.1", "no_proxy": "127.0.0.1"})
    assert done.returncode == 0, done.stderr  # failures never stop the run...
    errors = done.stderr
    line = "content/2016/mixed/post.md:{}: image " + base + "/{} not fetched: {}"
    assert line.format(8, "gone.jpg", "HTTP 404 Not Found") in errors
    assert line.format(10, "page.jpg", "an HTML page, not a picture") in errors
    assert line.format(12, "drawing.svg", "an SVG drawing (it may hold scripts): not stored") \
        in errors
    assert line.format(14, "loop.png", "too many redirects (more than 5)") in errors
    assert line.format(16, "to-ftp.png", "redirected to a ftp address") in errors
    assert "1 fetched" in done.stdout and "5 not fetched" in done.stdout
    assert len(stored(site)) == 1 and stored(site)[0].suffix == ".png"  # the redirect's
    text = body_of(site, "mixed")
    assert f"![gone]({base}/gone.jpg)" in text  # kept its address
    assert not any(b"<svg" in p.read_bytes() for p in stored(site))
    strict = run_images(site, {"NO_PROXY": "127.0.0.1", "no_proxy": "127.0.0.1"}, "--strict")
    assert strict.returncode == 1
    assert "error: 5 image(s) not fetched (--strict)" in strict.stderr
    assert "(in an earlier run; --retry tries again)" in strict.stderr


def test_a_slow_server_hits_the_timeout_and_a_huge_answer_is_refused(
        make_site: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> None:
    with serving() as server:
        site = make_site(post("slow", f"![slow]({server.url}/slow.png)\n\n"
                                      f"![big]({server.url}/big.png)\n\n"
                                      f"![stream]({server.url}/stream.png)"))
        big = png(8, 8, 6) + b"\0" * 300_000
        server.routes.update({"/slow.png": slow(3, png(10, 10, 7)), "/big.png": big,
                              "/stream.png": lambda h: _stream(h, big)})
        started = time.monotonic()
        result, _ = fetch(site, server, monkeypatch, timeout=0.5, max_bytes=200_000)
        took = time.monotonic() - started
        slow_tries = server.seen().count("/slow.png")
    reasons = {f.address.rsplit("/", 1)[1]: f.reason for f in result.failures}  # type: ignore
    assert reasons == {"slow.png": "timed out after 0.5 s", "big.png": "larger than 200,000 bytes",
                       "stream.png": "larger than 200,000 bytes"}
    assert slow_tries == 2  # a timeout may pass: one retry
    assert took < 6
    assert stored(site) == []


def _stream(handler: object, data: bytes) -> None:
    """An answer without Content-Length: the size shows only while reading."""
    h: Any = handler
    h.send_response(200)
    h.send_header("Content-Type", "image/png")
    h.end_headers()
    h.wfile.write(data)
    h.close_connection = True


def test_a_second_run_fetches_nothing(make_site: Callable[..., Path]) -> None:
    site = make_site({**post("a", f"![a]({BP}/s320/a.png)\n\n![gone]({BP}/s320/gone.png)"),
                      **post("b", f"Same picture: ![a]({BP}/s320/a.png)")})
    with serving() as server:
        server.sites["1.bp.blogspot.com"] = {"/-abc/def/AAAAAAAAAAA/xyz/s1600/a.png":
                                             png(400, 300, 8)}
        first = run_images(site, proxy_env(server))
        count = len(server.seen())
        before = {p: p.read_bytes() for p in (site / "content").rglob("*") if p.is_file()}
        second = run_images(site, proxy_env(server))
        assert len(server.seen()) == count == 2  # a.png once for both posts, gone.png
    assert "1 fetched" in first.stdout
    assert "images: 0 fetched, 0 already stored, 0 content file(s) rewritten, 1 not fetched" \
        in second.stdout
    assert {p: p.read_bytes() for p in (site / "content").rglob("*") if p.is_file()} == before


def test_a_run_killed_midway_resumes_without_fetching_again(
        make_site: Callable[..., Path]) -> None:
    count = 24
    files = {}
    for n in range(count):
        files.update(post(f"p{n}", f"![picture {n}]({BP}/s320/p{n}.png)"))
    site = make_site(files)
    with serving() as server:
        server.sites["1.bp.blogspot.com"] = {
            f"/-abc/def/AAAAAAAAAAA/xyz/s1600/p{n}.png": png(60, 40, 100 + n)
            for n in range(count)}
        slow_site = {path: slow(0.3, data)
                     for path, data in server.sites["1.bp.blogspot.com"].items()}
        server.sites["1.bp.blogspot.com"] = slow_site  # type: ignore[assignment]
        proc = subprocess.Popen([sys.executable, "-m", "builder", "images"], cwd=site,
                                env={**archive_env(), **proxy_env(server)},
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        journal = site / "content" / "images" / ".journal"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and (
                not journal.is_file() or journal.read_text().count("\n") < 4):
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        first = len(server.seen())
        kept = len(stored(site))
        assert 4 <= kept < count
        done = run_images(site, proxy_env(server))
        second = len(server.seen()) - first
    assert done.returncode == 0, done.stderr
    assert second <= count - 4  # what the killed run stored is not fetched again
    assert f"{count} content file(s) rewritten" in done.stdout
    assert len(stored(site)) == count
    assert not list((site / "content" / "images").rglob("*.tmp"))
    for n in range(count):
        assert "blogspot" not in body_of(site, f"p{n}")
    for path in stored(site):
        assert imagesize.get(str(path)) == (60, 40)


def test_proxy_variables_are_honoured(make_site: Callable[..., Path]) -> None:
    with serving() as proxy, serving() as direct:
        direct.routes["/local.png"] = png(20, 20, 9)
        site = make_site(post("proxy", f"![a]({BP}/s320/a.png)\n\n"
                                       "![b](https://3.bp.blogspot.com/x/y/z/w/s320/b.png)\n\n"
                                       f"![c]({direct.url}/local.png)"))
        proxy.sites["1.bp.blogspot.com"] = {"/x/y/z/w/s1600/a.png": png(30, 30, 10),
                                            "/-abc/def/AAAAAAAAAAA/xyz/s1600/a.png":
                                            png(30, 30, 10)}
        done = run_images(site, proxy_env(proxy, no_proxy="127.0.0.1"))
        through_proxy, tunnels, direct_seen = proxy.seen(), proxy.seen("CONNECT"), direct.seen()
    assert through_proxy == [f"{BP}/s1600/a.png"]  # HTTP_PROXY
    assert tunnels and all(t == "3.bp.blogspot.com:443" for t in tunnels)  # HTTPS_PROXY
    assert direct_seen == ["/local.png"]  # NO_PROXY
    assert "https://3.bp.blogspot.com/x/y/z/w/s1600/b.png not fetched: cannot connect" \
        in done.stderr
    assert "2 fetched" in done.stdout


def test_a_plain_build_never_touches_the_network(make_site: Callable[..., Path],
                                                run_archive: Callable[..., object]) -> None:
    site = make_site(post("remote", f"![A ferry]({BP}/s320/ferry.png)\n"
                                    "The ferry at the quay."))
    with serving() as proxy:
        built = subprocess.run([sys.executable, "-m", "builder", "build"], cwd=site,
                               env={**archive_env(), **proxy_env(proxy)},
                               capture_output=True, text=True, timeout=300)
        assert proxy.requests == []
    assert built.returncode == 0, built.stderr
    page = (site / "_site" / "2016" / "02" / "remote" / "index.html").read_text("utf-8")
    assert "<img" not in page.split("<main", 1)[1]
    assert f'<a href="{BP}/s320/ferry.png" rel="nofollow noopener noreferrer">Image: A ferry</a>' \
        in page
    assert "<figcaption>The ferry at the quay.</figcaption>" in page


def test_check_lists_every_picture_not_fetched_and_build_can_fetch_first(
        make_site: Callable[..., Path]) -> None:
    site = make_site(post("c", f"![a]({BP}/s320/a.png)\n\n![b]({BP}/s320/b.png)"))
    with serving() as server:
        server.sites["1.bp.blogspot.com"] = {"/-abc/def/AAAAAAAAAAA/xyz/s1600/a.png":
                                             png(40, 30, 11)}
        env = {**archive_env(), **proxy_env(server)}
        plain = subprocess.run([sys.executable, "-m", "builder", "build"], cwd=site, env=env,
                               capture_output=True, text=True, timeout=300)
        check = subprocess.run([sys.executable, "-m", "builder", "check"], cwd=site, env=env,
                               capture_output=True, text=True, timeout=300)
        assert server.requests == []
        fetched = subprocess.run([sys.executable, "-m", "builder", "build", "--fetch-images",
                                  "--strict"], cwd=site, env=env, capture_output=True, text=True,
                                 timeout=300)
        assert len(server.seen()) == 2
        again = subprocess.run([sys.executable, "-m", "builder", "check", "--strict"], cwd=site,
                               env=env, capture_output=True, text=True, timeout=300)
    assert plain.returncode == 0 and check.returncode == 0, check.stderr
    for name in ("a", "b"):
        assert (f"content/2016/c/post.md:{6 if name == 'a' else 8}: image {BP}/s1600/{name}.png "
                "not fetched: not fetched yet (run 'archive images')") in check.stderr
    assert fetched.returncode == 1  # --strict: b.png was not had, but the site was built
    assert "error: 1 image(s) not fetched (--strict)" in fetched.stderr
    assert "images: 1 fetched" in fetched.stdout and "built " in fetched.stdout
    page = (site / "_site" / "2016" / "02" / "c" / "index.html").read_text("utf-8")
    assert '<img src="/images/' in page and 'width="40" height="30"' in page
    assert again.returncode == 1
    assert f"image {BP}/s1600/b.png not fetched: HTTP 404 Not Found" in again.stderr
    assert "a.png not fetched" not in again.stderr


def test_requests_name_the_tool_and_keep_to_two_at_a_time_per_host(
        make_site: Callable[..., Path]) -> None:
    busy = {"now": 0, "most": 0}
    lock = threading.Lock()

    def counted(data: bytes) -> Callable[[Any], None]:
        def answer(handler: Any) -> None:
            with lock:
                busy["now"] += 1
                busy["most"] = max(busy["most"], busy["now"])
            time.sleep(0.2)
            with lock:
                busy["now"] -= 1
            send(handler, 200, data)
        return answer

    site = make_site(post("many", "\n\n".join(f"![{n}]({BP}/s320/m{n}.png)" for n in range(8))))
    with serving() as server:
        server.sites["1.bp.blogspot.com"] = {  # type: ignore[dict-item]
            f"/-abc/def/AAAAAAAAAAA/xyz/s1600/m{n}.png": counted(png(9, 9, 200 + n))
            for n in range(8)}
        done = run_images(site, proxy_env(server))
        agents = server.agents
    assert done.returncode == 0, done.stderr
    assert "8 fetched" in done.stdout
    assert busy["most"] == 2
    assert len(agents) == 1 and agents.pop().startswith("blog-archive/")


def test_no_address_reads_outside_the_mirror_or_writes_outside_the_store(
        make_site: Callable[..., Path], tmp_path: Path) -> None:
    mirror = tmp_path / "mirror"
    (mirror / "1.bp.blogspot.com").mkdir(parents=True)
    secret = tmp_path / "secret.png"
    secret.write_bytes(png(5, 5, 1))
    (mirror / "1.bp.blogspot.com" / "link.png").symlink_to(secret)
    assert mirror_file(mirror, "http://1.bp.blogspot.com/../secret.png") is None
    assert mirror_file(mirror, "http://1.bp.blogspot.com/%2e%2e/%2e%2e/secret.png") is None
    assert mirror_file(mirror, "http://1.bp.blogspot.com/link.png") is None
    assert mirror_file(mirror, "file:///etc/passwd") is None
    site = make_site(post("hostile", "![a](http://1.bp.blogspot.com/%2e%2e/%2e%2e/secret.png)\n\n"
                                     "![b](../../../secret.png)\n\n"
                                     "![c](file:///etc/passwd)"))
    done = run_images(site, {}, "--mirror", str(mirror), "--offline")
    assert done.returncode == 0, done.stderr
    assert "3 not fetched" in done.stdout
    assert "image ../../../secret.png not fetched: not in the mirror" in done.stderr
    written = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    assert {w for w in written if not w.startswith(("templates/", "static/"))} == {
        "content/2016/hostile/post.md", "content/images/sources.json"}


def test_a_progress_bar_shows_on_a_terminal_only(make_site: Callable[..., Path]) -> None:
    site = make_site(post("bar", f"![a]({BP}/s320/a.png)"))
    with serving() as server:
        server.sites["1.bp.blogspot.com"] = {"/-abc/def/AAAAAAAAAAA/xyz/s1600/a.png":
                                             png(9, 9, 1)}
        main, other = pty.openpty()
        proc = subprocess.Popen([sys.executable, "-m", "builder", "images"], cwd=site,
                                env={**archive_env(), **proxy_env(server)},
                                stdout=subprocess.PIPE, stderr=other)
        os.close(other)
        stdout, _ = proc.communicate(timeout=60)
        seen = b""
        while True:  # bounded: ends when the child's end of the terminal is closed
            try:
                chunk = os.read(main, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        os.close(main)
    assert b"\rimages [" in seen and b"] 1/1" in seen
    assert b"images [" not in stdout  # a pipe: no bar


def test_pictures_in_notes_and_comments_are_archived_too(make_site: Callable[..., Path],
                                                         tmp_path: Path) -> None:
    mirror = tmp_path / "mirror"
    folder = mirror / "1.bp.blogspot.com" / "-abc" / "def" / "AAAAAAAAAAA" / "xyz" / "s1600"
    folder.mkdir(parents=True)
    (folder / "n.png").write_bytes(png(30, 20, 1))
    (folder / "c.png").write_bytes(png(20, 30, 2))
    site = make_site({
        **post("talk", "The post."),
        "content/2016/talk/note-1.md": ('---\ntype: note\npost: talk\nmarker: "WNU Editor:"\n'
                                        f"order: 1\n---\nSee ![the map]({BP}/s320/n.png)\n"),
        "content/2016/talk/comment-1.md": (
            '---\ntype: comment\nid: c1\npost: talk\nauthor: "Ann"\ndate: null\norder: 1\n---\n'
            f"Here: ![]({BP}/s320/c.png)\n")})
    done = run_images(site, {}, "--mirror", str(mirror), "--offline")
    assert done.returncode == 0, done.stderr
    assert "2 fetched" in done.stdout and "2 content file(s) rewritten" in done.stdout
    built = subprocess.run([sys.executable, "-m", "builder", "build", "--strict"], cwd=site,
                           env=archive_env(), capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    page = (site / "_site" / "2016" / "02" / "talk" / "index.html").read_text("utf-8")
    assert 'alt="the map" width="30" height="20"' in page
    assert 'alt="" width="20" height="30"' in page


def test_what_the_mirror_lacks_is_fetched_from_the_network_later(
        make_site: Callable[..., Path], tmp_path: Path) -> None:
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    site = make_site(post("later", f"![a]({BP}/s320/a.png)"))
    offline = run_images(site, {}, "--mirror", str(mirror), "--offline")
    assert "not fetched: not in the mirror" in offline.stderr
    with serving() as server:
        server.sites["1.bp.blogspot.com"] = {"/-abc/def/AAAAAAAAAAA/xyz/s1600/a.png":
                                             png(12, 12, 3)}
        online = run_images(site, proxy_env(server))
    assert "images: 1 fetched" in online.stdout, online.stderr
    assert "blogspot" not in body_of(site, "later")


def test_a_server_trickling_bytes_is_stopped_at_the_timeout(
        make_site: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> None:
    def trickle(handler: Any) -> None:
        data = png(10, 10, 1)
        handler.send_response(200)
        handler.send_header("Content-Type", "image/png")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        for n in range(len(data)):  # bounded: one byte every 0.1 s, ~10 s in all
            handler.wfile.write(data[n:n + 1])
            handler.wfile.flush()
            time.sleep(0.1)

    with serving() as server:
        site = make_site(post("trickle", f"![t]({server.url}/t.png)"))
        server.routes["/t.png"] = trickle
        started = time.monotonic()
        result, _ = fetch(site, server, monkeypatch, timeout=0.5, retries=0)
        took = time.monotonic() - started
    assert [f.reason for f in result.failures] == ["timed out after 0.5 s"]  # type: ignore
    assert took < 3
