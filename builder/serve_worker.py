"""The build side of `archive serve`: build_site in a separate, single-threaded process.

Takes build requests (the changed input paths) over a pipe; gives back either
`("ok", {"base_path", "changed"})` or `("failed", [error lines])`.

Why a process: the server runs an event loop, a watcher and a rebuild thread, and
the build forks worker processes to render in parallel.  Forking a multi-threaded
process can deadlock the children on locks other threads held at that moment, so
the build runs in a process that has one thread (started with "spawn", so it
inherits none).  It also keeps a crashing or hung build from taking the server
with it, and is where an in-memory model could live between rebuilds.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import traceback
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

Reply = tuple[str, Any]


def _build_once(root: Path, site_url: str, output: Path, verbosity: int) -> Reply:
    from builder.build import build_site
    from builder.config import load_config
    from builder.errors import ArchiveError, ErrorList
    from builder.report import Reporter

    try:
        config = load_config(root)
        result = build_site(config, base_url=site_url + config.base_path.lstrip("/"),
                            output=output, strict=False, drafts=True,
                            reporter=Reporter(verbosity=verbosity))
    except ErrorList as exc:
        return "failed", [str(e) for e in exc.errors]
    except ArchiveError as exc:
        return "failed", [str(exc)]
    except Exception as exc:  # a bug in the pipeline: show it, keep serving
        traceback.print_exc()
        return "failed", [f"internal error: {type(exc).__name__}: {exc}"]
    return "ok", {"base_path": config.base_path, "changed": list(result.changed),
                  "refused": list(result.refused)}


def worker_main(conn: Connection, root: str, site_url: str, output: str,
                verbosity: int) -> None:
    """Serve build requests until the pipe closes or a None request arrives."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the server's to handle
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        conn.send(_build_once(Path(root), site_url, Path(output), verbosity))


class BuildProcess:
    """Callable: build(changed) -> ("ok", info) | ("failed", lines), in a child process."""

    def __init__(self, root: Path, site_url: str, output: Path, verbosity: int) -> None:
        self.args = (str(root), site_url, str(output), verbosity)
        self._ctx = multiprocessing.get_context("spawn")
        self._start()

    def _start(self) -> None:
        self.conn, child = self._ctx.Pipe()
        self.proc = self._ctx.Process(target=worker_main, args=(child, *self.args),
                                      name="archive-build")
        self.proc.start()
        child.close()

    def __call__(self, changed: list[str]) -> Reply:
        try:
            self.conn.send(changed)
            reply: Reply = self.conn.recv()
            return reply
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
