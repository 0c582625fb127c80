"""`archive serve`: a live-reload preview around the build.

Takes a project (SiteConfig) and gives a local web server that rebuilds on every
saved change and reloads the open page by itself.

- The server part (`LiveServer`) imports nothing from the pipeline: like MkDocs'
  livereload server it is handed a `build(changed) -> Built` callable.  Only
  `run_serve` constructs that callable from `builder.build.build_site`.
- The site is built into a private temporary folder (never the user's `_site/`)
  with base_url `http://HOST:PORT/<base path>/`, and served under that same base
  path: every link that works on GitHub Pages works here, absolute links
  included, and a link that forgets the base path is broken here too, as it
  would be in production.  `/` redirects to the base path.
- Reloading uses the `livereload` package's WebSocket protocol and its
  livereload.js.  We send the reload ourselves after every rebuild, so its
  DEFAULT_RELOAD_TIME throttle never applies; each served page also carries the
  build number it was served from and asks for the current one when its socket
  (re)connects, so a rebuild that finished while the page was loading is not lost.
- A failed build keeps the last good site, prints the error in the terminal and
  shows it on every served page (or as the page, before any build succeeded).
- Responses carry no-cache headers; a request path never leaves the folder.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import mimetypes
import os
import shutil
import signal
import socket
import tempfile
import threading
import time
import traceback
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from livereload.handlers import LiveReloadHandler, LiveReloadJSHandler
from tornado import httpserver, netutil, web

from builder.report import Reporter
from builder.watch import ChangeWatcher

CLIENT_JS = """(function () {
  var me = document.currentScript;
  var build = me ? me.getAttribute("data-build") : "";
  document.addEventListener("LiveReloadConnect", function () {
    fetch("/__archive__/build", {cache: "no-store"})
      .then(function (r) { return r.text(); })
      .then(function (now) { if (now.trim() !== build) { location.reload(); } });
  });
  var s = document.createElement("script");
  var port = location.port || (location.protocol === "https:" ? 443 : 80);
  s.src = "/livereload.js?port=" + port + "&mindelay=300&maxdelay=3000";
  document.head.appendChild(s);
})();
"""

CLIENT_CSS = """#archive-serve-error {
  position: fixed; inset: 0 0 auto 0; z-index: 2147483647; max-height: 70vh;
  overflow: auto; margin: 0; padding: 1em 1.25em; background: #fff4f4; color: #5c0000;
  border-bottom: 4px solid #c00; box-shadow: 0 2px 12px rgba(0,0,0,.3);
  font: 14px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  white-space: pre-wrap; text-align: left;
}
#archive-serve-error strong { display: block; margin-bottom: .5em; font-size: 15px; }
"""

ERROR_HEADLINE = "archive serve: the last change did not build"
REFUSED_HEADLINE = ("archive serve: these dumps could not be split; "
                    "their posts are shown as they were")
# A build that stats every input (the watcher may miss a change: a file system it
# cannot watch, a folder moved in from elsewhere) runs CHECK_IDLE seconds after the
# last change, and every CHECK_EVERY seconds while nothing changes.
CHECK_IDLE = 5.0
CHECK_EVERY = 60.0
NO_CACHE = "no-cache, no-store, must-revalidate, max-age=0"
TEXT_TYPES = ("text/", "application/javascript", "application/json", "application/xml",
              "image/svg+xml", "application/atom+xml")


@dataclass
class Built:
    """What one successful build reports: its base path and the output files it changed."""

    base_path: str
    changed: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # dumps split refused: "path:line: why"


class BuildFailed(Exception):
    """A build that failed for a reason the user can fix; `lines` are shown as is."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


BuildFn = Callable[[frozenset[Path]], Built]


@dataclass
class ServeState:
    """What the server shows; only touched on the event loop's thread."""

    base_path: str = "/"
    generation: int = 0
    has_site: bool = False
    error: list[str] | None = None
    refused: list[str] = field(default_factory=list)
    reloads: int = 0


def content_type(path: Path) -> str:
    kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if kind.startswith(TEXT_TYPES):
        kind += "; charset=utf-8"
    return kind


def safe_target(root: Path, rel: str) -> tuple[int, Path | None]:
    """Map a decoded site-relative path to a file under root: (status, file or None).

    403 for `..`, `.` segments, and anything (symlinks included) that resolves outside
    root; 404 for NUL bytes, backslashes and missing files.
    """
    if "\x00" in rel or "\\" in rel:
        return 404, None
    parts = [p for p in rel.split("/") if p]
    if any(p in ("..", ".") for p in parts):
        return 403, None
    target = root.joinpath(*parts)
    if os.path.isdir(target):  # never raises: a too-long name is just "not found"
        target = target / "index.html"
    real = os.path.realpath(target)
    base = os.path.realpath(root)
    if real != base and not real.startswith(base + os.sep):
        return 403, None
    if not os.path.isfile(real):
        return 404, None
    return 200, Path(real)


def inject(page: bytes, snippet: bytes) -> bytes:
    """Put snippet just before </body> (or at the end when there is none)."""
    lower = page.lower()
    at = lower.rfind(b"</body>")
    if at < 0:
        return page + snippet
    return page[:at] + snippet + page[at:]


class LiveServer:
    """Serves an output folder under a base path, rebuilds on changes, reloads pages."""

    def __init__(self, build: BuildFn, output: Path, watcher: ChangeWatcher,
                 reporter: Reporter) -> None:
        self.build = build
        self.output = output
        self.watcher = watcher
        self.reporter = reporter
        self.state = ServeState()
        self.loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._builder: threading.Thread | None = None
        self._closing = threading.Event()
        self.ready = threading.Event()
        self.builds = 0

    # -- building (on the builder thread) ------------------------------------------

    def run_build(self, changed: frozenset[Path], quiet: bool = False
                  ) -> tuple[Built | None, list[str] | None]:
        """One build; `quiet`: say nothing when it changed nothing (a check)."""
        started = time.perf_counter()
        try:
            built = self.build(changed)
        except BuildFailed as exc:
            return None, exc.lines
        except Exception as exc:  # a bug in the pipeline must not kill the server
            self.reporter.error("".join(traceback.format_exception(exc)).rstrip())
            return None, [f"internal error: {type(exc).__name__}: {exc}"]
        finally:
            self.builds += 1
        took = time.perf_counter() - started
        if quiet and not built.changed:
            return built, None
        what = "a change the watcher did not report; " if quiet else ""
        self.reporter.stage(f"built in {took:.2f} s ({what}{len(built.changed)} file(s) changed)")
        return built, None

    def initial_build(self) -> None:
        """Start watching, then build: a save during this first build is not missed."""
        self.watcher.start()
        built, error = self.run_build(frozenset())
        self.apply(built, error)

    def apply(self, built: Built | None, error: list[str] | None) -> None:
        """Record a build's outcome; bump the build number when what is served changed."""
        state = self.state
        if error is not None:
            for line in error:
                self.reporter.error(line)
            self.reporter.stage("serving the last good site; fix the error and save again")
            changed = error != state.error
            state.error = error
        else:
            assert built is not None
            changed = (bool(built.changed) or state.error is not None or not state.has_site
                       or built.refused != state.refused)
            if built.refused != state.refused:
                for line in built.refused:
                    self.reporter.warn(line)
            state.error, state.has_site, state.refused = None, True, built.refused
            state.base_path = built.base_path
        if changed:
            state.generation += 1
            self.broadcast_reload()

    def broadcast_reload(self) -> None:
        """Tell every open page to reload now (no throttle: this is called once per build)."""
        self.state.reloads += 1
        message = {"command": "reload", "path": "*", "liveCSS": False, "liveImg": False}
        for waiter in list(LiveReloadHandler.waiters):
            try:
                waiter.write_message(message)
            except Exception:
                LiveReloadHandler.waiters.discard(waiter)

    def _build_loop(self) -> None:
        last = checked = time.monotonic()  # the last build, the last full check
        while not self._closing.is_set():
            batch = self.watcher.next_batch(timeout=0.5)
            if self._closing.is_set():
                continue
            now = time.monotonic()
            check = not batch and (checked < last < now - CHECK_IDLE
                                   or checked < now - CHECK_EVERY)
            if check:
                # the project root stands for "anything may have changed": the build
                # stats every input (catches what the watcher missed)
                batch, checked = {self.watcher.root}, now
            elif not batch:
                continue
            else:
                last = now
                self.reporter.info(f"changed: {', '.join(sorted(str(p) for p in batch)[:5])}"
                                   + (" ..." if len(batch) > 5 else ""))
            result = self.run_build(frozenset(batch), quiet=check)
            if check and not _news(result, self.state.error):
                continue
            if self.loop is not None and not self.loop.is_closed():
                self.loop.call_soon_threadsafe(self.apply, *result)

    # -- serving (on the event loop's thread) --------------------------------------

    def application(self) -> web.Application:
        LiveReloadHandler.live_css = False
        return web.Application([
            (r"/livereload", LiveReloadHandler),
            (r"/livereload\.js", ReloadScriptHandler),
            (r"/__archive__/build", BuildNumberHandler, {"server": self}),
            (r"/__archive__/client\.js", AssetHandler,
             {"body": CLIENT_JS, "kind": "text/javascript; charset=utf-8"}),
            (r"/__archive__/client\.css", AssetHandler,
             {"body": CLIENT_CSS, "kind": "text/css; charset=utf-8"}),
            (r"/.*", SiteHandler, {"server": self}),
        ], compress_response=False, log_function=self.log_request)

    def log_request(self, handler: web.RequestHandler) -> None:
        request = handler.request
        self.reporter.info(f"{handler.get_status()} {request.method} {request.uri}")

    def snippet(self, overlay: bool = True) -> bytes:
        state = self.state
        parts = []
        if overlay and state.error is not None:
            parts.append(error_overlay(state.error))
        elif overlay and state.refused:
            parts.append(error_overlay(state.refused, REFUSED_HEADLINE))
        parts.append(f'<script async src="/__archive__/client.js" data-build="{state.generation}">'
                     "</script>")
        return "".join(parts).encode()

    async def serve(self, sockets: list[socket.socket]) -> None:
        self.loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        server = httpserver.HTTPServer(self.application())
        server.add_sockets(sockets)
        self._builder = threading.Thread(target=self._build_loop, name="archive-rebuild",
                                         daemon=True)
        self._builder.start()
        self.ready.set()
        try:
            await self._stop.wait()
        finally:
            self._closing.set()
            server.stop()
            for waiter in list(LiveReloadHandler.waiters):
                waiter.close()
            self.watcher.stop()
            self._builder.join(timeout=10)

    def stop(self) -> None:
        """Stop serving (thread-safe)."""
        self._closing.set()
        if self.loop is not None and self._stop is not None and not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self._stop.set)


def _news(result: tuple[Built | None, list[str] | None], shown: list[str] | None) -> bool:
    """Whether a check build has anything to show: changed files, a new error or a fix."""
    built, error = result
    if built is not None:
        return bool(built.changed) or shown is not None
    return error != shown


def error_overlay(lines: list[str], headline: str = "") -> str:
    headline = headline or f"{ERROR_HEADLINE}; showing the last good site."
    text = html.escape("\n".join(lines))
    return ('<link rel="stylesheet" href="/__archive__/client.css">'
            f'<div id="archive-serve-error" role="alert"><strong>{html.escape(headline)}'
            f"</strong>{text}</div>")


def error_page(lines: list[str]) -> str:
    text = html.escape("\n".join(lines))
    return ('<!doctype html><html lang="en"><head><meta charset="utf-8">'
            "<title>Build failed - archive serve</title>"
            '<link rel="stylesheet" href="/__archive__/client.css"></head><body>'
            f'<div id="archive-serve-error" role="alert"><strong>{ERROR_HEADLINE}.</strong>'
            f"{text}</div></body></html>")


def no_cache(handler: web.RequestHandler) -> None:
    handler.set_header("Cache-Control", NO_CACHE)
    handler.set_header("Pragma", "no-cache")
    handler.set_header("Expires", "0")
    handler.set_header("X-Content-Type-Options", "nosniff")


class _NoCache(web.RequestHandler):
    def set_default_headers(self) -> None:
        no_cache(self)

    def compute_etag(self) -> None:
        return None


class ReloadScriptHandler(LiveReloadJSHandler):
    """livereload.js, uncached like everything else."""

    def set_default_headers(self) -> None:
        no_cache(self)

    def compute_etag(self) -> None:
        return None


class AssetHandler(_NoCache):
    def initialize(self, body: str, kind: str) -> None:
        self.body, self.kind = body, kind

    def get(self) -> None:
        self.set_header("Content-Type", self.kind)
        self.finish(self.body)


class BuildNumberHandler(_NoCache):
    def initialize(self, server: LiveServer) -> None:
        self.server = server

    def get(self) -> None:
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.finish(str(self.server.state.generation))


class SiteHandler(_NoCache):
    """The built site under its base path; HTML gets the reload script and any error."""

    def initialize(self, server: LiveServer) -> None:
        self.server = server

    def head(self) -> None:
        self.get()

    def get(self) -> None:
        state = self.server.state
        if not state.has_site:
            page = error_page(state.error or ["still building ..."])
            return self.send_page(503, page, overlay=False)
        raw = self.request.path
        prefix = state.base_path
        if not raw.startswith(prefix):
            if raw in ("/", prefix.rstrip("/")):
                return self.redirect(prefix)
            return self.outside(prefix)
        rel = unquote(raw[len(prefix):], errors="replace")
        status, target = safe_target(self.server.output, rel)
        if status == 200 and target is not None:
            return self.send_file(200, target, raw)
        if status == 403:
            return self.send_page(403, "<!doctype html><title>403</title><p>Forbidden.</p>")
        return self.not_found()

    def send_file(self, status: int, target: Path, raw: str) -> None:
        dir_request = target.name == "index.html" and not raw.endswith(("/", "index.html"))
        if dir_request:
            query = f"?{self.request.query}" if self.request.query else ""
            return self.redirect(raw + "/" + query)
        body = target.read_bytes()
        kind = content_type(target)
        if kind.startswith("text/html"):
            body = inject(body, self.server.snippet())
        self.set_status(status)
        self.set_header("Content-Type", kind)
        self.finish(body)

    def not_found(self) -> None:
        page = self.server.output / "404.html"
        if page.is_file():
            return self.send_file(404, page, "/404.html")
        self.send_page(404, "<!doctype html><title>404</title><p>Not found.</p>")

    def outside(self, prefix: str) -> None:
        link = html.escape(prefix)
        self.send_page(404, f'<!doctype html><title>404</title><p>Not found. The site is '
                            f'served under <a href="{link}">{link}</a> (its base path).</p>')

    def send_page(self, status: int, page: str, overlay: bool = True) -> None:
        self.set_status(status)
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.finish(inject(page.encode(), self.server.snippet(overlay)))


def bind(host: str, port: int) -> tuple[list[socket.socket], int]:
    """Listening sockets for host:port (port 0 picks a free one) and the actual port."""
    sockets = netutil.bind_sockets(port, host, reuse_port=False)
    return sockets, sockets[0].getsockname()[1]


def url_host(host: str) -> str:
    """The host to put in links: loopback for wildcard addresses, [..] for IPv6."""
    if host in ("", "0.0.0.0"):
        return "127.0.0.1"
    if host == "::":
        return "[::1]"
    return f"[{host}]" if ":" in host else host


def serve_forever(server: LiveServer, sockets: list[socket.socket]) -> None:
    """Run the server on this thread until SIGINT/SIGTERM or server.stop()."""

    async def main() -> None:
        loop = asyncio.get_running_loop()
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                with contextlib.suppress(NotImplementedError):  # Windows: Ctrl+C still works
                    loop.add_signal_handler(sig, server.stop)
        await server.serve(sockets)

    asyncio.run(main())


def make_build(root: Path, site_url: str, output: Path,
               verbosity: int) -> tuple[BuildFn, Callable[[], None]]:
    """The one place serve touches the pipeline: build_site in a child process.

    Returns the build callable and a function that stops the child.
    """
    from builder.serve_worker import BuildProcess

    process = BuildProcess(root, site_url, output, verbosity)

    def build(changed: frozenset[Path]) -> Built:
        status, payload = process(sorted(str(p) for p in changed))
        if status != "ok":
            raise BuildFailed(list(payload))
        return Built(base_path=payload["base_path"], changed=list(payload["changed"]),
                     refused=list(payload.get("refused", [])))

    return build, process.close


def scratch_dir(need: int = 2 << 30) -> str | None:
    """Where to build: /dev/shm (memory) when it has room, else the usual temp folder.

    Each rebuild writes a new folder and swaps it in; on a disk that costs seconds
    at 1,000 posts (hard links and rmdir of the old tree), in memory a fraction.
    """
    shm = "/dev/shm"
    try:
        stats = os.statvfs(shm)
    except OSError:
        return None
    room = stats.f_bavail * stats.f_frsize
    return shm if room >= need and os.access(shm, os.W_OK) else None


def run_serve(config: Any, host: str, port: int, open_browser: bool,
              reporter: Reporter) -> int:
    """Build into a temporary folder, serve it with live reload until interrupted."""
    from builder.errors import ArchiveError

    try:
        sockets, port = bind(host, port)
    except OSError as exc:
        raise ArchiveError(f"cannot serve on {host}:{port}: {exc.strerror or exc}",
                           hint="another server may be using it; try --port 8001") from exc
    # A private folder holding the site and whatever the build keeps beside it
    # (its work and spare folders); all of it goes when serve stops.
    private = Path(tempfile.mkdtemp(prefix="archive-serve-", dir=scratch_dir()))
    output = private / "site"
    origin = f"http://{url_host(host)}:{port}/"
    close: Callable[[], None] = lambda: None  # noqa: E731
    watcher = ChangeWatcher(config.root)
    try:
        build, close = make_build(config.root, origin, output, reporter.verbosity)
        server = LiveServer(build, output, watcher, reporter)
        server.state.base_path = config.base_path
        reporter.stage(f"building {config.root} into {output}")
        server.initial_build()
        url = origin.rstrip("/") + server.state.base_path
        reporter.stage(f"serving on {url} (Ctrl+C to stop)")
        if open_browser:
            threading.Timer(0.5, webbrowser.open, args=(url,)).start()
        serve_forever(server, sockets)
    finally:
        watcher.stop()
        close()
        for sock in sockets:
            sock.close()
        shutil.rmtree(private, ignore_errors=True)
    reporter.stage("stopped")
    return 0
