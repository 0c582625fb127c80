"""The build side of `archive serve`: build_site in a separate, single-threaded process.

Takes build requests (the changed input paths) over a pipe; gives back either
`("ok", {"base_path", "changed"})`, `("failed", [error lines])` or `("stopped",
[])` (the server said a newer change came: the build gave up, see
`builder.build_stop`), preceded, when the request is an edit of one post, by
`("preview", [site paths])`: that post's own page already put in place
(`builder.preview`), the rest of the build to follow.

Between requests it keeps a `builder.session.BuildSession`: an edit to one content
file re-reads that file (the paths come from the watcher), not the stat of every
input and the parse cache; anything the session cannot attribute to content/
makes that build a full one (as does the server's periodic check, which sends the
project root).  A search pass changes no page: it indexes what the last build read.

Search comes second: an edit is answered as soon as its pages are swapped in, with
the previous search index kept (Pagefind takes ~2 s per 1,000 posts).  When no new
request comes within SEARCH_DELAY (1 s), a search pass builds again, which re-indexes and
swaps in the up-to-date index; a request arriving meanwhile stops Pagefind, the pass
keeps the old index (its pages are the same as before) and is tried again after that
request.

Why a process: the server runs an event loop, a watcher and a rebuild thread, and
the build forks worker processes to render in parallel.  Forking a multi-threaded
process can deadlock the children on locks other threads held at that moment, so
the build runs in a process that has one thread (started with "spawn", so it
inherits none).  It also keeps a crashing or hung build from taking the server
with it, and is where an in-memory model could live between rebuilds.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import signal
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from builder.errors import BuildStopped


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


Reply = tuple[str, Any]
# seconds without a request before the search index is brought up to date: saves
# come seconds apart when one writes, so the index is usually fresh a moment later
SEARCH_DELAY = 1.0
COLLECT_DELAY = 5.0  # seconds without a request before a full garbage collection


def _build_once(root: Path, site_url: str, output: Path, verbosity: int, session: Any,
                search_later: bool = True, changed: list[str] | None = None
                ) -> tuple[Reply, bool]:
    """One build: (reply, whether the search index was left out of date).

    `session` (a `builder.session.BuildSession`) keeps what the build read between
    calls; `changed` are the paths the watcher reported (None: unknown, the build
    stats everything)."""
    from builder.config import load_config
    from builder.errors import ArchiveError, BuildStopped, ErrorList
    from builder.report import Reporter

    try:
        config = load_config(root)
        result = session.build(config, base_url=site_url + config.base_path.lstrip("/"),
                               output=output, strict=False, drafts=True,
                               reporter=Reporter(verbosity=verbosity),
                               search_later=search_later,
                               workers=None if search_later else 1,
                               changed=None if changed is None else [Path(p) for p in changed])
    except BuildStopped:  # a newer change is waiting: the site is as it was
        return ("stopped", []), False
    except ErrorList as exc:
        return ("failed", [str(e) for e in exc.errors]), False
    except ArchiveError as exc:
        return ("failed", [str(exc)]), False
    except Exception as exc:  # a bug in the pipeline: show it, keep serving
        traceback.print_exc()
        return ("failed", [f"internal error: {type(exc).__name__}: {exc}"]), False
    return ("ok", {"base_path": config.base_path, "changed": list(result.changed),
                   "refused": list(result.refused)}), result.search_pending


def _preview_once(root: Path, site_url: str, output: Path, session: Any,
                  changed: list[str]) -> list[str]:
    """The edited post's own page, put in place before the build (`builder.preview`);
    the site paths written.  Never fails the request: the build that follows makes
    the page anyway (and reports any error)."""
    from builder.config import load_config
    from builder.errors import ArchiveError

    try:
        config = load_config(root)
        shown: list[str] = session.preview(
            config, base_url=site_url + config.base_path.lstrip("/"), output=output,
            drafts=True, changed=[Path(p) for p in changed])
    except ArchiveError:
        return []
    except Exception:  # a bug: show it, let the build answer
        traceback.print_exc()
        return []
    return shown


def _search_pass(conn: Connection, root: Path, site_url: str, output: Path,
                 verbosity: int, session: Any) -> bool:
    """Bring the search index up to date, unless a request comes first; True when done."""
    from builder.build_stop import allow_search, stop_search

    done = threading.Event()
    interrupted = threading.Event()

    def watch() -> None:
        while not done.is_set():
            if conn.poll(0.05):
                interrupted.set()
                stop_search()
                return

    allow_search()
    watcher = threading.Thread(target=watch, name="search-pass-watch", daemon=True)
    watcher.start()
    try:
        # one process (workers=1): no fork while the watcher thread runs
        # changed=[]: the pages are the last build's (a change the watcher missed is
        # the server's periodic check's to find, so that the page reloads)
        reply, _ = _build_once(root, site_url, output, verbosity, session,
                               search_later=False, changed=[])
    finally:
        done.set()
        watcher.join()
        allow_search()
    if reply[0] != "ok" and not interrupted.is_set():
        for line in reply[1]:
            print(f"search index: {line}", flush=True)
    return not interrupted.is_set()  # failed for another reason: reported, not retried


def _settle(collect: bool = False) -> None:
    """Keep the garbage collector off the session's millions of long-lived objects.

    A full collection walks every tracked object (seconds' worth at 10,000 posts,
    and it struck in the middle of edits).  After each build what is alive is
    frozen (never scanned again); after a search pass, which runs when nobody is
    waiting, everything is unfrozen, collected once and frozen again."""
    if collect:
        gc.unfreeze()
        gc.collect()
    gc.freeze()


def worker_main(conn: Connection, root: str, site_url: str, output: str,
                verbosity: int, newer: Any = None) -> None:
    """Serve build requests until the pipe closes or a None request arrives.  `newer`
    (an Event): set by the server when a change comes during a build, which then
    stops between two stages if it can (an edit's, not a full one)."""
    from builder.build_stop import stop_when
    from builder.session import BuildSession

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the server's to handle
    if newer is not None:
        stop_when(newer.is_set)
    session = BuildSession()
    pending = False
    uncollected = False  # builds since the last full garbage collection
    while True:
        try:
            if pending and not conn.poll(SEARCH_DELAY):
                pending = not _search_pass(conn, Path(root), site_url, Path(output), verbosity,
                                           session)
                if conn.poll(0):  # an edit is waiting: it comes first
                    _settle()
                else:
                    _settle(collect=True)
                    uncollected = False
                continue
            if uncollected and not pending and not conn.poll(COLLECT_DELAY):
                _settle(collect=True)
                uncollected = False
                continue
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        if request:  # the watcher's paths: the page being edited comes first
            shown = _preview_once(Path(root), site_url, Path(output), session, list(request))
            if shown:
                conn.send(("preview", shown))
        reply, search_pending = _build_once(Path(root), site_url, Path(output), verbosity,
                                            session, changed=list(request))
        pending = pending or search_pending
        conn.send(reply)
        session.prepare(Path(output))
        _settle()
        uncollected = True


class BuildProcess:
    """Callable: build(changed) -> ("ok", info) | ("failed", lines) | ("stopped", []),
    in a child process; `interrupt()` (any thread): a newer change is waiting, the
    build running now may stop."""

    def __init__(self, root: Path, site_url: str, output: Path, verbosity: int,
                 on_preview: Callable[[list[str]], None] | None = None) -> None:
        self.args = (str(root), site_url, str(output), verbosity)
        self.on_preview = on_preview  # called with the site paths a preview put in place
        self._ctx = multiprocessing.get_context("spawn")
        self._newer = self._ctx.Event()
        self._start()

    def _start(self) -> None:
        self.conn, child = self._ctx.Pipe()
        self.proc = self._ctx.Process(target=worker_main,
                                      args=(child, *self.args, self._newer),
                                      name="archive-build")
        self.proc.start()
        child.close()

    def interrupt(self) -> None:
        self._newer.set()

    def __call__(self, changed: list[str]) -> Reply:
        try:
            self._newer.clear()  # what comes from now on is newer than this request
            self.conn.send(changed)
            while True:
                reply: Reply = self.conn.recv()
                if reply[0] != "preview":
                    return reply
                if self.on_preview is not None:
                    self.on_preview(list(reply[1]))
        except (EOFError, OSError):
            code = self.proc.exitcode
            self.close()
            self._start()
            return "failed", [f"internal error: the build process died (exit code {code}); "
                              "it was restarted, save again to rebuild"]

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.proc.join(10)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(5)
        self.conn.close()


def make_build(root: Path, site_url: str, output: Path, verbosity: int,
               on_preview: Callable[[list[str]], None] | None = None
               ) -> tuple[BuildFn, Callable[[], None], Callable[[], None]]:
    """The one place serve touches the pipeline: build_site in a child process.

    Returns the build callable (BuildStopped when it stopped for a newer change), a
    function that says a newer change is waiting (any thread) and one that stops the
    child.  `on_preview` is called (on the caller's thread, during a build) with the
    site paths of an edited post's page put in place before the rest of the build.
    """
    process = BuildProcess(root, site_url, output, verbosity, on_preview)

    def build(changed: frozenset[Path]) -> Built:
        status, payload = process(sorted(str(p) for p in changed))
        if status == "stopped":
            raise BuildStopped("stopped for a newer change")
        if status != "ok":
            raise BuildFailed(list(payload))
        return Built(base_path=payload["base_path"], changed=list(payload["changed"]),
                     refused=list(payload.get("refused", [])))

    return build, process.interrupt, process.close
