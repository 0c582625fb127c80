"""Fetching a picture's bytes: from a local mirror, or politely from the network.

The network: urllib with the proxies of the environment (`HTTP_PROXY`,
`HTTPS_PROXY`, `NO_PROXY`), a timeout per request, a few retries with back-off
(connection errors, timeouts, 5xx and 429 only), at most `per_host` requests at a
time to one host, a user agent naming the tool, at most `max_redirects` redirects
and only to http or https, at most `max_bytes` read.  A mirror: the file at
`DIR/<host>/<path>` (scheme and query dropped), as wget and HTTrack save a site.

Whatever the source, the bytes must be a picture by their first bytes (JPEG, PNG,
GIF, WebP, BMP, AVIF); the header is never believed.  SVG is refused: it can hold
scripts.  Nothing fetched is ever run or parsed beyond those first bytes.
"""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from urllib.parse import unquote, urlsplit

from builder import __version__

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class FetchOptions:
    timeout: float = 20.0  # seconds per request (connecting and reading)
    retries: int = 3  # attempts after the first, for errors that may pass
    backoff: float = 1.0  # seconds before the first retry, doubled each time
    per_host: int = 2  # requests at a time to one host
    workers: int = 8  # requests at a time in all
    max_bytes: int = 20 * MB
    max_redirects: int = 5
    user_agent: str = f"blog-archive/{__version__} (keeping an archived blog's own pictures)"


def _too_big(options: FetchOptions) -> str:
    limit = options.max_bytes
    return f"larger than {limit / MB:g} MB" if limit >= MB else f"larger than {limit:,} bytes"


class Refused(Exception):
    """The picture could not be had; `permanent` when trying again will not help."""

    def __init__(self, reason: str, permanent: bool = True) -> None:
        super().__init__(reason)
        self.reason, self.permanent = reason, permanent


# -- what the bytes are ------------------------------------------------------------------
def sniff(data: bytes) -> str | None:
    """The picture format of `data` by its first bytes (a file extension), else None."""
    if data.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[:2] == b"BM" and len(data) > 26:
        return "bmp"
    if data[4:12] in (b"ftypavif", b"ftypavis"):
        return "avif"
    return None


def _looks_like_svg(data: bytes) -> bool:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return b"<svg" in head and (head.startswith(b"<") or head.startswith(b"\xef"))


def check_picture(data: bytes) -> str:
    """The extension of a picture's bytes, or Refused with the reason."""
    kind = sniff(data)
    if kind is not None:
        return kind
    if _looks_like_svg(data):
        raise Refused("an SVG drawing (it may hold scripts): not stored")
    if not data:
        raise Refused("an empty response, not a picture")
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        raise Refused("an HTML page, not a picture")
    raise Refused("not a picture (unknown bytes)")


# -- a mirror ------------------------------------------------------------------------------
def mirror_file(mirror: Path, address: str) -> Path | None:
    """The mirror's file for `address`, None when there is none.  Never a path
    outside the mirror, whatever the address says."""
    parts = urlsplit(address)
    host = (parts.hostname or "").lower()
    if not host or parts.scheme not in ("http", "https"):
        return None
    root = mirror.resolve()
    for path in dict.fromkeys((parts.path, unquote(parts.path))):
        segments = [s for s in path.split("/") if s]
        if not segments or any(s in (".", "..") or "\0" in s for s in segments):
            continue
        file = root.joinpath(host, *segments)
        try:
            resolved = file.resolve()
        except (OSError, RuntimeError):
            continue
        if resolved.is_relative_to(root) and resolved.is_file():
            return resolved
    return None


def read_mirror(file: Path, options: FetchOptions) -> bytes:
    if file.stat().st_size > options.max_bytes:
        raise Refused(_too_big(options))
    return file.read_bytes()


# -- the network ---------------------------------------------------------------------------
class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = 5

    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any,
                         newurl: str) -> Any:
        if urlsplit(newurl).scheme not in ("http", "https"):
            raise Refused(f"redirected to a {urlsplit(newurl).scheme or 'schemeless'} address")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class Fetcher:
    """Fetches addresses with the manners above; safe to use from several threads."""

    def __init__(self, options: FetchOptions | None = None) -> None:
        self.options = options or FetchOptions()
        redirects = type("Redirects", (_Redirects,),
                         {"max_redirections": self.options.max_redirects})()
        # ProxyHandler() reads HTTP_PROXY, HTTPS_PROXY and NO_PROXY from the environment
        self.opener = urllib.request.build_opener(urllib.request.ProxyHandler(), redirects)
        self._hosts: dict[str, threading.Semaphore] = {}
        self._lock = threading.Lock()
        self.requests = 0

    def _slot(self, host: str) -> threading.Semaphore:
        with self._lock:
            if host not in self._hosts:
                self._hosts[host] = threading.Semaphore(self.options.per_host)
            return self._hosts[host]

    def fetch(self, url: str) -> bytes:
        """The picture at `url` (checked by its bytes), or Refused."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise Refused(f"not an http or https address: {url[:80]}")
        delay = self.options.backoff
        for attempt in range(self.options.retries + 1):
            try:
                with self._slot(parts.hostname.lower()):
                    data = self._get(url)
                check_picture(data)
                return data
            except Refused as exc:
                if exc.permanent or attempt == self.options.retries:
                    raise
            time.sleep(delay)
            delay *= 2
        raise AssertionError("unreachable")

    def _get(self, url: str) -> bytes:
        with self._lock:
            self.requests += 1
        request = urllib.request.Request(url, headers={
            "User-Agent": self.options.user_agent, "Accept": "image/*,*/*;q=0.5"})
        try:
            with self.opener.open(request, timeout=self.options.timeout) as response:
                length = response.headers.get("Content-Length", "")
                if length.isdigit() and int(length) > self.options.max_bytes:
                    raise Refused(_too_big(self.options))
                return self._read(response)
        except urllib.error.HTTPError as exc:
            if 300 <= exc.code < 400:
                raise Refused(f"too many redirects (more than {self.options.max_redirects})"
                              ) from None
            permanent = exc.code < 500 and exc.code != 429
            raise Refused(f"HTTP {exc.code} {exc.reason}", permanent) from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, Refused):
                raise reason from None
            if isinstance(reason, TimeoutError):
                raise Refused(f"timed out after {self.options.timeout:g} s", False) from None
            raise Refused(f"cannot connect: {reason}", False) from None
        except TimeoutError:
            raise Refused(f"timed out after {self.options.timeout:g} s", False) from None
        except OSError as exc:
            raise Refused(f"connection failed: {exc}", False) from None

    def _read(self, response: IO[bytes]) -> bytes:
        """The body, within the size limit and the timeout as a whole (`read1` returns
        what has come, so a server trickling bytes is stopped in time)."""
        deadline = time.monotonic() + self.options.timeout
        read = getattr(response, "read1", response.read)
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = read(64 * 1024)
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > self.options.max_bytes:
                raise Refused(_too_big(self.options))
            if time.monotonic() > deadline:
                raise Refused(f"timed out after {self.options.timeout:g} s", False)
            chunks.append(chunk)
