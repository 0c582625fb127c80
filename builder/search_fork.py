"""A clean build's search index, made by a process forked from the build's.

Takes: what indexes the shards (`search.index_shards` over the loaded model, told
of each shard as it is made), the site writer (its new folder, where the files go)
and each shard's folder in the site.  Gives: each shard's `ShardResult`, its files
written already (their names and hashes in `written`, no bytes in `files`).

A build that can take nothing over (a clean one-off build) indexes from the model
alone, so the process is forked as soon as the model is loaded: Pagefind starts
before the pages are planned, and the Python work around it (the search documents,
the messages to Pagefind, decoding and cutting its bundles: ~7 s of CPU at 10,000
posts) runs under its own interpreter lock, not beside page keys and the render
workers' results under the build's.  It is forked while the build runs one thread,
as the render workers are (no lock is copied held), and its results come back
through a pipe (a Pool would start threads in the build).  `fork_search` says when:
more than one core and a model small enough to copy (the render workers' budget);
otherwise Pagefind runs in a thread of the build, as every other build does.
"""

from __future__ import annotations

import gc
import multiprocessing
import pickle
from collections.abc import Callable
from typing import Any

from builder.errors import ArchiveError, BuildError
from builder.forked import CpuSample, quiet_since, resident_bytes, worker_count
from builder.output import SiteWriter
from builder.pagefind import leave_exits, wait_left
from builder.search import ShardResult

Done = Callable[[int, ShardResult], None]
Index = Callable[[Done], dict[int, ShardResult]]  # index(done): `done` as each shard is made


def can_fork(workers: int | None, budget: int) -> bool:
    """A process may be forked for the index: several cores (and `workers`, the
    build's worker processes, not 1), no other thread, and this process's memory (what
    the child comes to copy) within half of `budget`."""
    return worker_count(workers) > 1 and 2 * resident_bytes() <= budget


class ForkedSearch:
    """`start()` forks the process that runs `index` and writes its files through
    `writer` (`folder(k)`: shard k's folder in the site); `results()` waits for it
    (its error raised again here); `stop()` kills it (the build failed)."""

    def __init__(self, index: Index, writer: SiteWriter, folder: Callable[[int], str]) -> None:
        self.index, self.writer, self.folder = index, writer, folder
        self._process: Any = None
        self._results: Any = None
        self.quiet = False  # no other program wanted the cores until it started

    def start(self, since: CpuSample | None = None) -> None:
        """Fork the index; `quiet` tells whether other programs kept the cores busy
        from `since` (as the content began loading) until now (builder.forked)."""
        self.quiet = quiet_since(since)
        context = multiprocessing.get_context("fork")
        self._results, sending = context.Pipe(duplex=False)
        self._process = context.Process(target=_index, name="search-index", daemon=True,
                                        args=(self.index, self.writer, self.folder, sending))
        self._process.start()
        sending.close()  # only the child's end is left: its exit ends the pipe

    def results(self) -> dict[int, ShardResult]:
        assert self._process is not None
        try:
            outcome, value = self._results.recv()
        except EOFError:
            self._process.join()
            raise BuildError("search: the process indexing the site stopped "
                             f"(exit code {self._process.exitcode})") from None
        finally:
            self._results.close()
        self._process.join()
        if outcome == "error":
            message, hint = value
            raise BuildError(message, hint=hint)
        return dict(value)

    def stop(self) -> None:
        if self._process is not None and self._process.is_alive():
            self._process.kill()
            self._process.join()


def _index(index: Index, writer: SiteWriter, folder: Callable[[int], str],
           sending: Any) -> None:
    """In the forked process: index, write each shard's files as it is made (beside
    the other shards' Pagefinds), send the results."""
    gc.freeze()  # the build's objects: a collection here would copy their pages
    gc.enable()
    leave_exits()  # its Pagefinds end as it goes on (waited for once it has sent)

    def write(k: int, result: ShardResult) -> None:
        result.written = {name: writer.put(folder(k) + name, data)
                          for name, data in sorted(result.files.items())}
        result.files = {}

    try:
        reply: tuple[str, Any] = ("done", index(write))
    except ArchiveError as error:
        reply = ("error", (error.message, error.hint))
    except OSError as error:
        reply = ("error", (f"search: cannot write the index: {error}", None))
    except Exception as error:  # a bug: said in one line rather than lost with the process
        reply = ("error", (f"search: {type(error).__name__}: {error}", None))
    try:
        sending.send(reply)
    except (pickle.PicklingError, TypeError) as error:
        sending.send(("error", (f"search: the index could not be sent back: {error}", None)))
    finally:
        sending.close()
        wait_left()
