"""`archive serve`: a live-reload preview around the build.

Takes a project (SiteConfig) and gives a local web server that rebuilds on every
saved change and reloads the open page by itself.

- The server part (`LiveServer`) imports nothing from the pipeline: like MkDocs'
  livereload server it is handed a `build(changed) -> Built` callable.  Only
  `run_serve` asks for that callable (`builder.serve_worker.make_build`: the
  build in a child process).
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
- What the web server answers (handlers, headers, the overlay) is
  `builder.serve_http`'s; this module runs the server and its rebuilds.
"""

from __future__ import annotations

import asyncio
import contextlib
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
from pathlib import Path
from typing import Any

from livereload.handlers import LiveReloadHandler
from tornado import httpserver, netutil, web

from builder.errors import BuildStopped
from builder.report import Reporter
from builder.serve_http import ServeState, application
from builder.serve_worker import BuildFailed, BuildFn, Built, make_build
from builder.watch import ChangeWatcher

# A build that stats every input (the watcher may miss a change: a file system it
# cannot watch, a folder moved in from elsewhere) runs CHECK_IDLE seconds after the
# last change, and every CHECK_EVERY seconds while nothing changes.
CHECK_IDLE = 5.0
CHECK_EVERY = 60.0
class LiveServer:
    """Serves an output folder under a base path, rebuilds on changes, reloads pages."""

    def __init__(self, build: BuildFn, output: Path, watcher: ChangeWatcher,
                 reporter: Reporter, interrupt: Callable[[], None] | None = None) -> None:
        self.build = build
        self.interrupt = interrupt  # tells the running build a newer change is waiting
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
        self._started = 0.0  # when the running build began
        self._building = False

    # -- building (on the builder thread) ------------------------------------------

    def run_build(self, changed: frozenset[Path], quiet: bool = False
                  ) -> tuple[Built | None, list[str] | None]:
        """One build; `quiet`: say nothing when it changed nothing (a check)."""
        started = self._started = time.perf_counter()
        self._building = True
        try:
            built = self.build(changed)
        except BuildStopped:
            raise
        except BuildFailed as exc:
            return None, exc.lines
        except Exception as exc:  # a bug in the pipeline must not kill the server
            self.reporter.error("".join(traceback.format_exception(exc)).rstrip())
            return None, [f"internal error: {type(exc).__name__}: {exc}"]
        finally:
            self._building = False
            self.builds += 1
        took = time.perf_counter() - started
        if quiet and not built.changed:
            return built, None
        what = "a change the watcher did not report; " if quiet else ""
        self.reporter.stage(f"built in {took:.2f} s ({what}{len(built.changed)} file(s) changed)")
        return built, None

    def previewed(self, shown: list[str]) -> None:
        """The edited post's page is in place before the rest of the build: reload the
        open pages now (called on the builder thread, during its build)."""
        took = time.perf_counter() - self._started
        self.reporter.stage(f"showed {', '.join(shown)} in {took:.2f} s; building the rest")
        if self.loop is not None and not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self._reload_preview)

    def _reload_preview(self) -> None:
        if self.state.error is None and self.state.has_site:
            self.state.generation += 1
            self.broadcast_reload()

    def _changed(self) -> None:
        """A change came (on the watcher's thread): the build running, if any, may stop
        for it (an edit's build stops between two stages; the page comes first)."""
        if self._building and self.interrupt is not None:
            self.interrupt()

    def initial_build(self) -> None:
        """Start watching, then build: a save during this first build is not missed."""
        self.watcher.on_change = self._changed
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
        carry: set[Path] = set()  # the changes of a build that stopped for newer ones
        while not self._closing.is_set():
            batch = self.watcher.next_batch(timeout=0 if carry else 0.5) or set()
            if self._closing.is_set():
                continue
            now = time.monotonic()
            check = not batch and not carry and (checked < last < now - CHECK_IDLE
                                                 or checked < now - CHECK_EVERY)
            if check:
                # the project root stands for "anything may have changed": the build
                # stats every input (catches what the watcher missed)
                batch, checked, was_checked = {self.watcher.root}, now, checked
            elif not batch and not carry:
                continue
            else:
                if batch:
                    last = now
                    self.reporter.info(
                        f"changed: {', '.join(sorted(str(p) for p in batch)[:5])}"
                        + (" ..." if len(batch) > 5 else ""))
                batch, carry = batch | carry, set()
            try:
                result = self.run_build(frozenset(batch), quiet=check)
            except BuildStopped:
                self.reporter.info("stopped for a newer change")
                if check:
                    checked = was_checked  # checked again after the newer change
                else:
                    carry = batch
                continue
            if check and not _news(result, self.state.error):
                continue
            if self.loop is not None and not self.loop.is_closed():
                self.loop.call_soon_threadsafe(self.apply, *result)

    # -- serving (on the event loop's thread) --------------------------------------

    def application(self) -> web.Application:
        return application(self.state, self.output, self.log_request)

    def log_request(self, handler: web.RequestHandler) -> None:
        request = handler.request
        self.reporter.info(f"{handler.get_status()} {request.method} {request.uri}")

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
        servers: list[LiveServer] = []
        build, interrupt, close = make_build(
            config.root, origin, output, reporter.verbosity,
            on_preview=lambda shown: servers[0].previewed(shown))
        server = LiveServer(build, output, watcher, reporter, interrupt)
        servers.append(server)
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
