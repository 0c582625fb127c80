"""Render pages in forked worker processes, each writing its own files.

Takes: the pages to render (with the key each is recorded under, or None: worked
out here with the given key function), the renderer and the site writer.
Gives: the site paths whose bytes changed and the template warnings.  Small jobs
stay in this process; larger ones fork workers that share the model (copy-on-write)
and write straight into the new site folder.

The workers are forked when the pool is entered, before the caller starts anything
else beside them (Pagefind's thread): a process is forked only while it runs one
thread, so no lock another thread held is copied into a worker locked, and no pipe
to Pagefind is inherited by the workers.

Beside a clean build's search index (forked, builder.search_fork), which is the
build's longest path, the workers may run at a lower priority (`nice`): the index's
Pagefinds then get the cores first and the pages fill what they leave, above all
the index's last step, on one core (2,000 posts: 5.54 -> 5.09 s, median of 8).
The caller asks for it only on a quiet machine (`forked.quiet_since`): beside other
programs' work, pages at nice 10 wait for them (a 2,000-post build beside two busy
loops on two cores: 8.7 s -> 13.1 s).
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from builder.errors import ArchiveError, BuildError
from builder.forked import resident_bytes, worker_count
from builder.output import SiteWriter
from builder.plan import Page
from builder.render import Renderer
from builder.report import Reporter

PARALLEL_MIN_PAGES = 400
CHUNK = 250
# what the workers may add: each comes to copy most of this process's memory (the
# reference counts of the model's objects are written to as pages show them), so
# a large archive renders here, in one process (100,000 posts: 2.5 GB a copy)
RENDER_MEMORY_BUDGET = 1536 << 20
YIELD_NICE = 10  # the workers' niceness when they yield to a forked search index

KeyFn = Callable[[Page], str]
_JOB: tuple[Sequence[tuple[Page, str | None]], Renderer, SiteWriter] | None = None
_SIDE: Callable[[], Any] | None = None  # the job run beside the pages (`RenderPool`)
Written = tuple[str, str, str | None]  # (path, hash of its bytes, its key)
RangeResult = tuple[list[Written], int, list[str], tuple[Any, ...] | None]


def _render_range(bounds: tuple[int, int]) -> RangeResult:
    """Render pages[start:end]: (files written, count, warnings, error or None)."""
    assert _JOB is not None
    pages, renderer, writer = _JOB
    written: list[Written] = []
    start, end = bounds
    before = len(renderer.warnings)
    try:
        for page, key in pages[start:end]:
            written.append((page.path, writer.put(page.path, renderer.render(page)), key))
    except ArchiveError as exc:
        return written, end - start, renderer.warnings[before:], (exc.message, exc.path,
                                                                  exc.line, exc.hint)
    except OSError as exc:
        return written, end - start, renderer.warnings[before:], (
            f"cannot write the page: {exc.strerror}", exc.filename, None, None)
    return written, end - start, renderer.warnings[before:], None


def _lower_priority(nice: int) -> None:
    """In a worker: run at `nice` (a lower priority) from now on."""
    with contextlib.suppress(OSError):  # where priorities cannot change: as before
        os.nice(nice)


def _run_side() -> Any:
    assert _SIDE is not None
    return _SIDE()


def _chunks(total: int) -> Iterator[tuple[int, int]]:
    for start in range(0, total, CHUNK):
        yield start, min(total, start + CHUNK)


class RenderPool:
    """`with RenderPool(pages, renderer, writer) as pool:` forks the workers (when the
    job is large enough and this process runs no other thread), which start on the
    pages at once; `pool.run(reporter)` renders and writes every page (takes the
    workers' results) and returns (changed paths, warnings).  `key_of`
    gives the key of a page listed without one (a build that can reuse nothing needs
    the keys only to record them): this process works them out while the workers
    render, with what it learnt keying the search shards.  `side`: a job of the
    caller's run in one of the workers while the others render (in this process,
    after the pages, when there are no workers); `side_outcome` is what it returned
    or raised.  `nice`: how much lower the workers' priority is (0: as this
    process's)."""

    def __init__(self, pages: Sequence[tuple[Page, str | None]], renderer: Renderer,
                 writer: SiteWriter, workers: int | None = None,
                 key_of: KeyFn | None = None, side: Callable[[], Any] | None = None,
                 nice: int = 0) -> None:
        self.pages, self.renderer, self.writer = pages, renderer, writer
        self.nice = nice
        self.workers, self.key_of, self.side = workers, key_of, side
        self.processes = 1  # that render (1: this one)
        self._pool: Any = None
        self._side: Any = None
        self._results: Iterator[RangeResult] | None = None
        self.side_outcome: Any = None

    def __enter__(self) -> RenderPool:
        global _JOB, _SIDE
        _JOB, _SIDE = (self.pages, self.renderer, self.writer), self.side
        count = worker_count(self.workers)
        if self.workers is None:
            count = min(count, RENDER_MEMORY_BUDGET // max(1, resident_bytes()))
        self.processes = 1
        if count > 1 and len(self.pages) >= PARALLEL_MIN_PAGES:
            for name in sorted({page.template for page, _ in self.pages}):
                self.renderer.env.get_template(name)  # compile once, before forking
            # the model's objects stay out of the collector's reach: a collection in a
            # worker would otherwise write to every object's header and copy the
            # parent's pages (the model is 2.5 GB at 100,000 posts)
            gc.freeze()
            self._pool = multiprocessing.get_context("fork").Pool(
                count, _lower_priority if self.nice else None, (self.nice,))
            self.processes = count
            if self.side is not None:  # first in the queue: one worker takes it at once
                self._side = self._pool.apply_async(_run_side)
            # the pages are queued at once: the workers render while the caller goes
            # on (a clean build keys its search shards before it reads their results)
            self._results = self._pool.imap(_render_range, _chunks(len(self.pages)))
        return self

    def __exit__(self, *exc: object) -> None:
        global _JOB, _SIDE
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = self._results = None
        _JOB = _SIDE = None

    def run(self, reporter: Reporter) -> tuple[list[str], list[str]]:
        """Render and write every page; returns (changed paths, warnings)."""
        pages, writer = self.pages, self.writer
        changed: list[str] = []
        warnings: list[str] = []
        done, last = 0, time.monotonic()
        results = (map(_render_range, _chunks(len(pages))) if self._results is None
                   else self._results)
        for (start, _), (written, number, part_warnings, error) in zip(
                _chunks(len(pages)), results, strict=True):
            if error is not None:
                raise BuildError(*error)
            for (path, h, key), (page, _) in zip(written, pages[start:], strict=False):
                if key is None and self.key_of is not None:
                    key = self.key_of(page)
                writer.record(path, h, key)
                if writer.changed(path, h):
                    changed.append(path)
            warnings.extend(part_warnings)
            done += number
            if time.monotonic() - last > 2 and done < len(pages):
                reporter.stage(f"  rendered {done:,} of {len(pages):,} pages")
                last = time.monotonic()
        if self.side is not None:
            try:
                self.side_outcome = self.side() if self._side is None else self._side.get()
            except Exception as error:  # the caller's to judge
                self.side_outcome = error
        return changed, warnings


def render_pages(pages: Sequence[tuple[Page, str | None]], renderer: Renderer,
                 writer: SiteWriter, reporter: Reporter, workers: int | None = None,
                 key_of: KeyFn | None = None) -> tuple[list[str], list[str]]:
    """Render and write every (page, key); returns (changed paths, warnings)."""
    with RenderPool(pages, renderer, writer, workers, key_of) as pool:
        return pool.run(reporter)
