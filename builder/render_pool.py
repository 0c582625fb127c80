"""Render pages in forked worker processes, each writing its own files.

Takes: the pages to render (with the key each is recorded under), the renderer and
the site writer.  Gives: the site paths whose bytes changed and the template
warnings.  Small jobs stay in this process; larger ones fork workers that share
the model (copy-on-write) and write straight into the new site folder.
"""

from __future__ import annotations

import gc
import multiprocessing
import time
from collections.abc import Iterator, Sequence
from typing import Any

from builder.errors import ArchiveError, BuildError
from builder.markup import worker_count
from builder.output import SiteWriter
from builder.plan import Page
from builder.render import Renderer
from builder.report import Reporter

PARALLEL_MIN_PAGES = 400
CHUNK = 250

_JOB: tuple[Sequence[tuple[Page, str]], Renderer, SiteWriter] | None = None
Written = tuple[str, str, str]  # (path, hash of its bytes, its key)
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


def _chunks(total: int) -> Iterator[tuple[int, int]]:
    for start in range(0, total, CHUNK):
        yield start, min(total, start + CHUNK)


def render_pages(pages: Sequence[tuple[Page, str]], renderer: Renderer, writer: SiteWriter,
                 reporter: Reporter, workers: int | None = None) -> tuple[list[str], list[str]]:
    """Render and write every (page, key); returns (changed paths, warnings)."""
    global _JOB
    changed: list[str] = []
    _JOB = (pages, renderer, writer)
    count = worker_count(workers)
    warnings: list[str] = []
    done, last = 0, time.monotonic()
    try:
        if count == 1 or len(pages) < PARALLEL_MIN_PAGES:
            results: Iterator[Any] = map(_render_range, _chunks(len(pages)))
            pool = None
        else:
            for name in sorted({page.template for page, _ in pages}):
                renderer.env.get_template(name)  # compile once, before forking
            # the model's objects stay out of the collector's reach: a collection in a
            # worker would otherwise write to every object's header and copy the
            # parent's pages (the model is 2.5 GB at 100,000 posts)
            gc.freeze()
            pool = multiprocessing.get_context("fork").Pool(count)
            results = pool.imap(_render_range, _chunks(len(pages)))
        try:
            for written, number, part_warnings, error in results:
                if error is not None:
                    raise BuildError(*error)
                for path, h, key in written:
                    writer.record(path, h, key)
                    if writer.changed(path, h):
                        changed.append(path)
                warnings.extend(part_warnings)
                done += number
                if time.monotonic() - last > 2 and done < len(pages):
                    reporter.stage(f"  rendered {done:,} of {len(pages):,} pages")
                    last = time.monotonic()
        finally:
            if pool is not None:
                pool.terminate()
                pool.join()
    finally:
        _JOB = None
    return changed, warnings
