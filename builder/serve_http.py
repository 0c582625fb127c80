"""What `archive serve`'s web server answers: the built site under its base path,
livereload's socket and script, the build number, the error overlay.

Takes: the `ServeState` the server keeps (the base path, the build number, the
last error) and the folder the site is built into.  Gives: the tornado
application.  Every response is uncached; HTML pages get the reload script (and
any error) before </body>; a request path never leaves the folder.
"""

from __future__ import annotations

import html
import mimetypes
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from livereload.handlers import LiveReloadHandler, LiveReloadJSHandler
from tornado import web

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
NO_CACHE = "no-cache, no-store, must-revalidate, max-age=0"
TEXT_TYPES = ("text/", "application/javascript", "application/json", "application/xml",
              "image/svg+xml", "application/atom+xml")


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


def snippet(state: ServeState, overlay: bool = True) -> bytes:
    """What every served HTML page gets before </body>: the reload script (with the
    build number it was served from) and any error or refused dumps."""
    parts = []
    if overlay and state.error is not None:
        parts.append(error_overlay(state.error))
    elif overlay and state.refused:
        parts.append(error_overlay(state.refused, REFUSED_HEADLINE))
    parts.append(f'<script async src="/__archive__/client.js" data-build="{state.generation}">'
                 "</script>")
    return "".join(parts).encode()


def application(state: ServeState, output: Path,
                log: Callable[[web.RequestHandler], None]) -> web.Application:
    """The routes: livereload's socket and script, the build number, our client
    script and style, and the site."""
    LiveReloadHandler.live_css = False
    return web.Application([
        (r"/livereload", LiveReloadHandler),
        (r"/livereload\.js", ReloadScriptHandler),
        (r"/__archive__/build", BuildNumberHandler, {"state": state}),
        (r"/__archive__/client\.js", AssetHandler,
         {"body": CLIENT_JS, "kind": "text/javascript; charset=utf-8"}),
        (r"/__archive__/client\.css", AssetHandler,
         {"body": CLIENT_CSS, "kind": "text/css; charset=utf-8"}),
        (r"/.*", SiteHandler, {"state": state, "output": output}),
    ], compress_response=False, log_function=log)


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
    def initialize(self, state: ServeState) -> None:
        self.state = state

    def get(self) -> None:
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.finish(str(self.state.generation))


class SiteHandler(_NoCache):
    """The built site under its base path; HTML gets the reload script and any error."""

    def initialize(self, state: ServeState, output: Path) -> None:
        self.state, self.output = state, output

    def head(self) -> None:
        self.get()

    def get(self) -> None:
        state = self.state
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
        status, target = safe_target(self.output, rel)
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
            body = inject(body, snippet(self.state))
        self.set_status(status)
        self.set_header("Content-Type", kind)
        self.finish(body)

    def not_found(self) -> None:
        page = self.output / "404.html"
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
        self.finish(inject(page.encode(), snippet(self.state, overlay)))
