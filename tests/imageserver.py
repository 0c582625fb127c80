"""A local HTTP server for the image tests (127.0.0.1 only; no internet is used).

It answers two kinds of request:
- as an HTTP proxy (`GET http://host/path`, what urllib sends when HTTP_PROXY
  points here): from `sites[host][path]`, else from a mirror folder laid out as
  `host/path`, else 404; `CONNECT` (HTTPS_PROXY) is refused with 403 and noted;
- as a plain server (`GET /path`): from `routes[path]`.

A response is bytes (200, sniffable), or a callable taking the handler and writing
its own answer (redirects, slow or huge answers).  Every request is recorded.
"""

from __future__ import annotations

import http.server
import re
import struct
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

Answer = bytes | Callable[[http.server.BaseHTTPRequestHandler], None]


def png(width: int, height: int, seed: int = 0) -> bytes:
    """A valid PNG of width x height, its colour from seed (no two seeds alike)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    pixel = bytes([(seed * 37) % 256, (seed * 91) % 256, (seed // 7 * 53) % 256])
    rows = b"".join(b"\x00" + pixel * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                                0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def send(handler: http.server.BaseHTTPRequestHandler, status: int, data: bytes,
         content_type: str = "image/png", headers: dict[str, str] | None = None) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(data)))
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.end_headers()
    if handler.command != "HEAD":
        handler.wfile.write(data)


def redirect(location: str, status: int = 302) -> Answer:
    return lambda h: send(h, status, b"", "text/plain", {"Location": location})


def slow(seconds: float, data: bytes) -> Answer:
    def answer(h: http.server.BaseHTTPRequestHandler) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:  # bounded: ends after `seconds`
            time.sleep(0.05)
        send(h, 200, data)
    return answer


def status(code: int) -> Answer:
    return lambda h: send(h, code, b"<html><body>error</body></html>", "text/html")


class ImageServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, mirror: Path | None = None) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.mirror = mirror
        self.sites: dict[str, dict[str, Answer]] = {}
        self.routes: dict[str, Answer] = {}
        self.requests: list[tuple[str, str]] = []
        self.agents: set[str] = set()
        self.lock = threading.Lock()

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client killed mid-answer (the resume test) is expected

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def answer(self, target: str) -> Answer | None:
        if target.startswith("/"):
            return self.routes.get(urlsplit(target).path)
        parts = urlsplit(target)
        host = parts.hostname or ""
        found = self.sites.get(host, {}).get(parts.path)
        archived = re.match(r"^/web/\d{14}im_/(https?://.+)$", parts.path)
        if found is None and host == "web.archive.org" and archived:  # a Wayback copy
            return self.answer(archived[1])
        if found is None and self.mirror is not None:
            file = self.mirror / host / unquote(parts.path).lstrip("/")
            if file.is_file() and file.resolve().is_relative_to(self.mirror.resolve()):
                found = file.read_bytes()
        return found

    def seen(self, method: str = "GET") -> list[str]:
        with self.lock:
            return [target for m, target in self.requests if m == method]


class _Handler(http.server.BaseHTTPRequestHandler):
    server: ImageServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        with self.server.lock:
            self.server.requests.append(("GET", self.path))
            self.server.agents.add(self.headers.get("User-Agent", ""))
        found = self.server.answer(self.path)
        if found is None:
            send(self, 404, b"<html><body>Not Found</body></html>", "text/html")
        elif isinstance(found, bytes):
            send(self, 200, found)
        else:
            found(self)

    def do_CONNECT(self) -> None:
        with self.server.lock:
            self.server.requests.append(("CONNECT", self.path))
        send(self, 403, b"no tunnels here", "text/plain")


@contextmanager
def serving(mirror: Path | None = None) -> Iterator[ImageServer]:
    server = ImageServer(mirror)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def proxy_env(server: ImageServer, no_proxy: str = "") -> dict[str, str]:
    """Environment variables that send http and https through the server."""
    env = {name: "" for name in ("http_proxy", "https_proxy", "no_proxy", "all_proxy",
                                 "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "ALL_PROXY")}
    env.update(HTTP_PROXY=server.url, HTTPS_PROXY=server.url, NO_PROXY=no_proxy,
               http_proxy=server.url, https_proxy=server.url, no_proxy=no_proxy)
    return env
